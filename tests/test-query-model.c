/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hearth-query-model.h"

/* --- A small item type over the staff table -------------------------------- */

#define TEST_TYPE_STAFF (test_staff_get_type ())
G_DECLARE_FINAL_TYPE (TestStaff, test_staff, TEST, STAFF, GObject)

struct _TestStaff
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *team;
};

G_DEFINE_FINAL_TYPE (TestStaff, test_staff, G_TYPE_OBJECT)

enum {
  STAFF_PROP_0,
  STAFF_PROP_ID,
  STAFF_PROP_NAME,
  STAFF_PROP_TEAM,
  STAFF_N_PROPS
};

static GParamSpec *staff_properties[STAFF_N_PROPS];

/* How many times the model filled an item; tells how much it read. */
static guint n_fills;
/* How many items were made and let go; tells how much the model holds. */
static guint n_made;
static guint n_finalized;

static void
test_staff_finalize (GObject *object)
{
  TestStaff *self = TEST_STAFF (object);

  g_free (self->name);
  g_free (self->team);
  n_finalized++;

  G_OBJECT_CLASS (test_staff_parent_class)->finalize (object);
}

static void
test_staff_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TestStaff *self = TEST_STAFF (object);

  switch (prop_id)
    {
    case STAFF_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case STAFF_PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case STAFF_PROP_TEAM:
      g_value_set_string (value, self->team);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_staff_class_init (TestStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = test_staff_finalize;
  object_class->get_property = test_staff_get_property;

  staff_properties[STAFF_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  staff_properties[STAFF_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  staff_properties[STAFF_PROP_TEAM] =
    g_param_spec_string ("team", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, STAFF_N_PROPS, staff_properties);
}

static void
test_staff_init (TestStaff *self)
{
  n_made++;
}

static void
set_string (TestStaff   *self,
            char       **field,
            const char  *value,
            int          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), staff_properties[prop]);
}

static void
test_staff_fill (GObject      *item,
                 sqlite3_stmt *stmt)
{
  TestStaff *self = TEST_STAFF (item);
  gint64 id = sqlite3_column_int64 (stmt, 0);

  n_fills++;

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (item, staff_properties[STAFF_PROP_ID]);
    }
  set_string (self, &self->name, (const char *) sqlite3_column_text (stmt, 1), STAFF_PROP_NAME);
  set_string (self, &self->team, (const char *) sqlite3_column_text (stmt, 2), STAFF_PROP_TEAM);
}

/* --- Fixture ---------------------------------------------------------------- */

#define IDS_SQL \
  "SELECT id FROM staff" \
  " WHERE (:team IS NULL OR team = :team)" \
  "   AND (:min_id IS NULL OR id >= :min_id)" \
  "   AND (:active IS NULL OR active = :active)" \
  "   AND (:overflow IS NULL OR abs (:overflow) >= 0)" \
  " ORDER BY {order}"
#define ROW_SQL "SELECT id, name, team FROM staff WHERE id = :id"

static const char * const watched_tables[] = { "staff", NULL };

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Emission;

typedef struct
{
  char             *dir;
  HearthStore      *store;
  HearthQueryModel *model;
  GArray           *mirror;      /* gint64: the model's ids as told by items-changed */
  GArray           *emissions;   /* Emission */
  guint             n_items_notifies;
  guint             sort_notifies;
} Fixture;

static void
assert_mirror (Fixture *f)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  g_assert_cmpuint (f->mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (f->mirror, gint64, i), ==,
                     hearth_query_model_get_id (f->model, i));
  g_assert_cmpint (hearth_query_model_get_id (f->model, n), ==, 0);
}

/* Applies each emission to the mirror and checks that the model, at the
 * moment it emits, looks exactly like the mirror. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  Emission e = { position, removed, added };

  g_assert_true (model == G_LIST_MODEL (f->model));
  g_array_append_val (f->emissions, e);

  g_assert_cmpuint (position + removed, <=, f->mirror->len);
  if (removed > 0)
    g_array_remove_range (f->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = hearth_query_model_get_id (f->model, position + i);

      g_array_insert_val (f->mirror, position + i, id);
    }

  assert_mirror (f);
}

static void
n_items_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   Fixture    *f)
{
  f->n_items_notifies++;
}

static void
sort_notify_cb (GObject    *object,
                GParamSpec *pspec,
                Fixture    *f)
{
  f->sort_notifies++;
}

static gint64
insert_staff (HearthStore *store,
              const char  *name,
              const char  *team)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  hearth_store_begin (store, &error);
  g_assert_no_error (error);

  stmt = hearth_store_prepare (store, "INSERT INTO staff (name, team) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, team, -1, SQLITE_TRANSIENT);
  hearth_store_run (store, stmt, &error);
  g_assert_no_error (error);
  id = hearth_store_last_insert_id (store);
  hearth_store_note_change (store, "staff", id, HEARTH_CHANGE_INSERT);

  hearth_store_commit (store, &error);
  g_assert_no_error (error);

  return id;
}

/* @column is a fixed column name from the test, never data. */
static void
update_staff (HearthStore *store,
              gint64       id,
              const char  *column,
              const char  *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE staff SET %s = ?2 WHERE id = ?1", column);
  sqlite3_stmt *stmt;

  hearth_store_begin (store, &error);
  g_assert_no_error (error);

  stmt = hearth_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  hearth_store_run (store, stmt, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_changes (hearth_store_get_db (store)), ==, 1);
  hearth_store_note_change (store, "staff", id, HEARTH_CHANGE_UPDATE);

  hearth_store_commit (store, &error);
  g_assert_no_error (error);
}

static void
delete_staff (HearthStore *store,
              gint64       id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  hearth_store_begin (store, &error);
  g_assert_no_error (error);

  stmt = hearth_store_prepare (store, "DELETE FROM staff WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  hearth_store_run (store, stmt, &error);
  g_assert_no_error (error);
  hearth_store_note_change (store, "staff", id, HEARTH_CHANGE_DELETE);

  hearth_store_commit (store, &error);
  g_assert_no_error (error);
}

/* Eight people, in name order, in two teams. */
static const struct {
  const char *name;
  const char *team;
} people[] = {
  { "Amina", "north" },
  { "Bert",  "south" },
  { "Chloe", "north" },
  { "Dara",  "south" },
  { "Eve",   "north" },
  { "Femi",  "south" },
  { "Gus",   "north" },
  { "Hana",  "south" },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("hearth-query-model-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (f->dir, "hearth.db", NULL);
  f->store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  f->mirror = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  n_fills = 0;
}

static void
add_people (Fixture *f)
{
  /* Not in name order, so that the ids and the names sort differently. */
  static const guint order[] = { 3, 0, 6, 1, 7, 4, 2, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    insert_staff (f->store, people[order[i]].name, people[order[i]].team);
}

static HearthQueryModel *
make_model (Fixture    *f,
            const char *ids_sql)
{
  HearthQueryModel *model;

  model = hearth_query_model_new (f->store, TEST_TYPE_STAFF, ids_sql, ROW_SQL,
                                  test_staff_fill, watched_tables);
  hearth_query_model_add_sort (model, "name", "name COLLATE NOCASE, id");
  hearth_query_model_add_sort (model, "newest", "id DESC");

  return model;
}

/* Makes the fixture's model and reads it once, as a list view would. */
static void
fixture_make_model (Fixture *f)
{
  guint n;

  f->model = make_model (f, IDS_SQL);
  g_signal_connect (f->model, "items-changed", G_CALLBACK (items_changed_cb), f);
  g_signal_connect (f->model, "notify::n-items", G_CALLBACK (n_items_notify_cb), f);
  g_signal_connect (f->model, "notify::sort", G_CALLBACK (sort_notify_cb), f);

  n = g_list_model_get_n_items (G_LIST_MODEL (f->model));
  for (guint i = 0; i < n; i++)
    {
      gint64 id = hearth_query_model_get_id (f->model, i);

      g_array_append_val (f->mirror, id);
    }
  assert_mirror (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (f->model != NULL)
    g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  g_array_unref (f->mirror);
  g_array_unref (f->emissions);

  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
}

/* Checks the emissions since the last call: @n triples of position,
 * removed, added. */
static void
assert_emissions (Fixture *f,
                  guint    n,
                  ...)
{
  va_list args;

  g_assert_cmpuint (f->emissions->len, ==, n);

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      Emission *e = &g_array_index (f->emissions, Emission, i);
      guint position = va_arg (args, guint);
      guint removed = va_arg (args, guint);
      guint added = va_arg (args, guint);

      g_assert_cmpuint (e->position, ==, position);
      g_assert_cmpuint (e->removed, ==, removed);
      g_assert_cmpuint (e->added, ==, added);
    }
  va_end (args);

  g_array_set_size (f->emissions, 0);
  assert_mirror (f);
}

static gint64
id_of (Fixture    *f,
       const char *name)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gint64 id;

  stmt = hearth_store_prepare (f->store, "SELECT id FROM staff WHERE name = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  hearth_store_step (f->store, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

static char *
name_at (Fixture *f,
         guint    position)
{
  g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), position);

  g_assert_nonnull (item);
  g_assert_cmpint (item->id, ==, hearth_query_model_get_id (f->model, position));

  return g_strdup (item->name);
}

static void
assert_names (Fixture           *f,
              const char * const *names)
{
  guint n = g_strv_length ((char **) names);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = name_at (f, i);

      g_assert_cmpstr (name, ==, names[i]);
    }
}

/* --- Tests ------------------------------------------------------------------ */

static void
test_initial (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  GType item_type = G_TYPE_INVALID;

  add_people (f);
  fixture_make_model (f);

  assert_names (f, (const char * const[]) { "Amina", "Bert", "Chloe", "Dara", "Eve", "Femi",
                                            "Gus", "Hana", NULL });
  g_assert_cmpuint (g_list_model_get_item_type (G_LIST_MODEL (f->model)), ==, TEST_TYPE_STAFF);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->model), 8));
  g_assert_cmpstr (hearth_query_model_get_sort (f->model), ==, "name");
  g_assert_true (hearth_query_model_get_store (f->model) == f->store);
  g_assert_null (hearth_query_model_get_error (f->model));
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id_of (f, "Eve")), ==, 4);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, 999999), ==, G_MAXUINT);

  g_object_get (f->model, "store", &store, "item-type", &item_type, NULL);
  g_assert_true (store == f->store);
  g_assert_cmpuint (item_type, ==, TEST_TYPE_STAFF);

  /* Reading the list announces nothing; a refresh with no change neither. */
  hearth_query_model_refresh (f->model);
  assert_emissions (f, 0);
  g_assert_cmpuint (f->n_items_notifies, ==, 0);
}

static void
test_insert (Fixture       *f,
             gconstpointer  data)
{
  gint64 id;

  add_people (f);
  fixture_make_model (f);

  id = insert_staff (f->store, "Cara", "north");
  assert_emissions (f, 1, 2, 0, 1);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 2);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);

  /* At both ends too. */
  insert_staff (f->store, "Aaron", "south");
  assert_emissions (f, 1, 0, 0, 1);
  insert_staff (f->store, "Zoe", "south");
  assert_emissions (f, 1, 10, 0, 1);
  g_assert_cmpuint (f->n_items_notifies, ==, 3);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TestStaff) hana = NULL;
  gint64 id;

  add_people (f);
  fixture_make_model (f);

  /* Held, so the model keeps and refills it across the move. */
  hana = g_list_model_get_item (G_LIST_MODEL (f->model), 7);
  g_assert_cmpstr (hana->name, ==, "Hana");

  /* Up: from the end to the top. */
  id = id_of (f, "Hana");
  update_staff (f->store, id, "name", "Aaron");
  assert_emissions (f, 2,
                    7, 1, 0,
                    0, 0, 1);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 0);
  g_assert_cmpstr (hana->name, ==, "Aaron");
  {
    g_autoptr(TestStaff) top = g_list_model_get_item (G_LIST_MODEL (f->model), 0);
    g_assert_true (top == hana);
  }

  /* Down: Bert, now third, to the end. */
  id = id_of (f, "Bert");
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 2);
  update_staff (f->store, id, "name", "Zed");
  assert_emissions (f, 2,
                    2, 1, 0,
                    7, 0, 1);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 7);

  /* Down by a few places in the middle: Chloe (2) goes after Eve (4). */
  id = id_of (f, "Chloe");
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 2);
  update_staff (f->store, id, "name", "Ezra");
  assert_emissions (f, 2,
                    2, 1, 0,
                    4, 0, 1);

  /* Up by one: Gus (6) goes before Femi (5). */
  id = id_of (f, "Gus");
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 6);
  update_staff (f->store, id, "name", "Fay");
  g_assert_cmpuint (f->emissions->len, ==, 2);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, 5);
  g_array_set_size (f->emissions, 0);

  assert_names (f, (const char * const[]) { "Aaron", "Amina", "Dara", "Eve", "Ezra", "Fay",
                                            "Femi", "Zed", NULL });

  /* A move changes no count. */
  g_assert_cmpuint (f->n_items_notifies, ==, 0);
}

typedef struct
{
  guint name;
  guint team;
} Notifies;

static void
item_notify_cb (GObject    *object,
                GParamSpec *pspec,
                Notifies   *counts)
{
  if (g_str_equal (pspec->name, "name"))
    counts->name++;
  else if (g_str_equal (pspec->name, "team"))
    counts->team++;
  else
    g_assert_not_reached ();
}

static void
test_update_in_place (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TestStaff) chloe = NULL;
  Notifies counts = { 0, };
  gint64 id;

  add_people (f);
  fixture_make_model (f);

  chloe = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  id = chloe->id;
  g_assert_cmpstr (chloe->name, ==, "Chloe");
  g_signal_connect (chloe, "notify", G_CALLBACK (item_notify_cb), &counts);

  /* Still between Bert and Dara: no items-changed, one notification. */
  update_staff (f->store, id, "name", "Chloé");
  assert_emissions (f, 0);
  g_assert_cmpuint (counts.name, ==, 1);
  g_assert_cmpuint (counts.team, ==, 0);
  g_assert_cmpstr (chloe->name, ==, "Chloé");

  /* The same value again: nothing at all. */
  update_staff (f->store, id, "name", "Chloé");
  assert_emissions (f, 0);
  g_assert_cmpuint (counts.name, ==, 1);

  /* Another column: only that one notifies. */
  update_staff (f->store, id, "team", "east");
  assert_emissions (f, 0);
  g_assert_cmpuint (counts.name, ==, 1);
  g_assert_cmpuint (counts.team, ==, 1);
  g_assert_cmpstr (chloe->team, ==, "east");

  /* The same row is the same object while someone holds it. */
  {
    g_autoptr(TestStaff) again = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
    g_assert_true (again == chloe);
  }

  g_signal_handlers_disconnect_by_func (chloe, item_notify_cb, &counts);
}

/* A listener that reads another row of the list when it hears of a
 * change, which reads that row's page with the page statement. */
typedef struct
{
  HearthQueryModel *model;
  guint             position;
  gboolean          read;
} ReadAgain;

static void
read_again_cb (GObject    *object,
               GParamSpec *pspec,
               ReadAgain  *again)
{
  g_autoptr(TestStaff) other = NULL;

  if (again->read)
    return;

  again->read = TRUE;
  other = g_list_model_get_item (G_LIST_MODEL (again->model), again->position);
  g_assert_nonnull (other);
}

/* Rows of one page that changed together are read again with one
 * statement. Their listeners hear of it once that statement is done, so a
 * listener that reads the list (stepping the same statement from the
 * start) loses none of the page's rows. */
static void
test_refill_listener_reads (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TestStaff *held[3];
  ReadAgain again = { NULL, 7, FALSE };
  sqlite3_stmt *stmt;

  add_people (f);
  fixture_make_model (f);
  again.model = f->model;

  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    {
      held[i] = g_list_model_get_item (G_LIST_MODEL (f->model), i);
      g_signal_connect (held[i], "notify::team", G_CALLBACK (read_again_cb), &again);
    }

  hearth_store_begin (f->store, &error);
  g_assert_no_error (error);
  stmt = hearth_store_prepare (f->store, "UPDATE staff SET team = 'west' WHERE id IN (?1, ?2, ?3)",
                               &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    {
      sqlite3_bind_int64 (stmt, i + 1, held[i]->id);
      hearth_store_note_change (f->store, "staff", held[i]->id, HEARTH_CHANGE_UPDATE);
    }
  hearth_store_run (f->store, stmt, &error);
  g_assert_no_error (error);
  hearth_store_commit (f->store, &error);
  g_assert_no_error (error);

  g_assert_true (again.read);
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    {
      g_assert_cmpstr (held[i]->team, ==, "west");
      g_signal_handlers_disconnect_by_data (held[i], &again);
      g_object_unref (held[i]);
    }
  assert_emissions (f, 0);
}

static void
test_filter_leave (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id;

  add_people (f);
  fixture_make_model (f);

  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  g_assert_cmpuint (f->emissions->len, >, 0);
  g_array_set_size (f->emissions, 0);
  f->n_items_notifies = 0;
  assert_names (f, (const char * const[]) { "Amina", "Chloe", "Eve", "Gus", NULL });

  /* Eve leaves the team, and with it the list. */
  id = id_of (f, "Eve");
  update_staff (f->store, id, "team", "south");
  assert_emissions (f, 1, 2, 1, 0);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, G_MAXUINT);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);

  /* And comes back to the same place. */
  update_staff (f->store, id, "team", "north");
  assert_emissions (f, 1, 2, 0, 1);
  g_assert_cmpuint (f->n_items_notifies, ==, 2);

  /* Someone outside the list changes: nothing to say. */
  update_staff (f->store, id_of (f, "Bert"), "name", "Bertie");
  assert_emissions (f, 0);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  gint64 id;

  add_people (f);
  fixture_make_model (f);

  id = id_of (f, "Dara");
  delete_staff (f->store, id);
  assert_emissions (f, 1, 3, 1, 0);
  g_assert_cmpuint (hearth_query_model_find_id (f->model, id), ==, G_MAXUINT);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);

  delete_staff (f->store, id_of (f, "Hana"));
  assert_emissions (f, 1, 6, 1, 0);
  delete_staff (f->store, id_of (f, "Amina"));
  assert_emissions (f, 1, 0, 1, 0);
  assert_names (f, (const char * const[]) { "Bert", "Chloe", "Eve", "Femi", "Gus", NULL });
}

static void
test_unwatched_table (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TestStaff) held = NULL;
  sqlite3_stmt *stmt;

  add_people (f);
  fixture_make_model (f);
  held = g_list_model_get_item (G_LIST_MODEL (f->model), 0);
  n_fills = 0;

  hearth_store_begin (f->store, &error);
  g_assert_no_error (error);
  stmt = hearth_store_prepare (f->store, "INSERT INTO access_needs (name) VALUES (?1)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, "A need made up by the test", -1, SQLITE_STATIC);
  hearth_store_run (f->store, stmt, &error);
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "access_needs", hearth_store_last_insert_id (f->store),
                            HEARTH_CHANGE_INSERT);
  hearth_store_commit (f->store, &error);
  g_assert_no_error (error);

  /* No reload at all: no signal, and the held item was not read again. */
  assert_emissions (f, 0);
  g_assert_cmpuint (n_fills, ==, 0);
  g_assert_cmpuint (f->n_items_notifies, ==, 0);
}

static void
test_transaction (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_people (f);
  fixture_make_model (f);

  hearth_store_begin (f->store, &error);
  g_assert_no_error (error);
  insert_staff (f->store, "Zara", "north");
  insert_staff (f->store, "Aaron", "north");
  insert_staff (f->store, "Danny", "south");
  assert_emissions (f, 0);
  hearth_store_commit (f->store, &error);
  g_assert_no_error (error);

  /* One refresh for the three: the rows between the first and the last
   * insertion are replaced at once. */
  assert_emissions (f, 1, 0, 8, 11);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);
  assert_names (f, (const char * const[]) { "Aaron", "Amina", "Bert", "Chloe", "Danny", "Dara",
                                            "Eve", "Femi", "Gus", "Hana", "Zara", NULL });

  /* Three next to each other are one insertion. */
  hearth_store_begin (f->store, &error);
  g_assert_no_error (error);
  insert_staff (f->store, "Bo", "north");
  insert_staff (f->store, "Bob", "north");
  insert_staff (f->store, "Bobby", "south");
  hearth_store_commit (f->store, &error);
  g_assert_no_error (error);
  assert_emissions (f, 1, 3, 0, 3);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  add_people (f);
  fixture_make_model (f);

  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  g_assert_cmpuint (f->emissions->len, >=, 1);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Amina", "Chloe", "Eve", "Gus", NULL });
  g_assert_cmpuint (f->n_items_notifies, ==, 1);

  /* The same value again changes nothing. */
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  assert_emissions (f, 0);

  /* Unset: everybody again. */
  hearth_query_model_set_param (f->model, ":team", NULL);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Amina", "Bert", "Chloe", "Dara", "Eve", "Femi",
                                            "Gus", "Hana", NULL });
  g_assert_cmpuint (f->n_items_notifies, ==, 2);

  /* Every supported parameter type binds. Ids were given in the order
   * Dara, Amina, Gus, Bert, Hana, Eve, Chloe, Femi. */
  hearth_query_model_set_param (f->model, ":min_id", g_variant_new_int64 (7));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Chloe", "Femi", NULL });
  hearth_query_model_set_param (f->model, ":min_id", g_variant_new_int32 (6));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Chloe", "Eve", "Femi", NULL });
  hearth_query_model_set_param (f->model, ":min_id", g_variant_new_uint32 (8));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Femi", NULL });
  hearth_query_model_set_param (f->model, ":min_id", g_variant_new_double (5.5));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Chloe", "Eve", "Femi", NULL });
  hearth_query_model_set_param (f->model, ":active", g_variant_new_boolean (FALSE));
  assert_emissions (f, 1, 0, 3, 0);
  hearth_query_model_set_param (f->model, ":active", g_variant_new_boolean (TRUE));
  assert_emissions (f, 1, 0, 0, 3);
  hearth_query_model_set_param (f->model, ":min_id", NULL);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);

  /* Frozen: nothing happens until the thaw, which reloads once. */
  f->n_items_notifies = 0;
  hearth_query_model_freeze (f->model);
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("south"));
  hearth_query_model_set_sort (f->model, "newest");
  hearth_query_model_freeze (f->model);
  insert_staff (f->store, "Ines", "south");
  hearth_query_model_thaw (f->model);
  g_assert_cmpuint (f->emissions->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);
  hearth_query_model_thaw (f->model);
  g_assert_cmpuint (f->emissions->len, ==, 1);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Ines", "Femi", "Hana", "Bert", "Dara", NULL });

  /* A thaw with nothing to do does nothing. */
  hearth_query_model_freeze (f->model);
  hearth_query_model_thaw (f->model);
  assert_emissions (f, 0);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  add_people (f);
  fixture_make_model (f);

  hearth_query_model_set_sort (f->model, "newest");
  g_assert_cmpuint (f->emissions->len, >=, 1);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpstr (hearth_query_model_get_sort (f->model), ==, "newest");
  g_assert_cmpuint (f->sort_notifies, ==, 1);
  g_assert_cmpuint (f->n_items_notifies, ==, 0);
  assert_names (f, (const char * const[]) { "Femi", "Chloe", "Eve", "Hana", "Bert", "Gus",
                                            "Amina", "Dara", NULL });
  for (guint i = 1; i < 8; i++)
    g_assert_cmpint (hearth_query_model_get_id (f->model, i - 1), >,
                     hearth_query_model_get_id (f->model, i));

  /* The same sort again: nothing. */
  hearth_query_model_set_sort (f->model, "newest");
  assert_emissions (f, 0);
  g_assert_cmpuint (f->sort_notifies, ==, 1);

  /* The newest row goes on top, as one insertion. */
  insert_staff (f->store, "Cara", "north");
  assert_emissions (f, 1, 0, 0, 1);

  /* And through the property. */
  g_object_set (f->model, "sort", "name", NULL);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpuint (f->sort_notifies, ==, 2);
  assert_names (f, (const char * const[]) { "Amina", "Bert", "Cara", "Chloe", "Dara", "Eve",
                                            "Femi", "Gus", "Hana", NULL });
}

static void
test_same_object (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TestStaff) first = NULL;
  g_autoptr(TestStaff) second = NULL;
  g_autoptr(TestStaff) third = NULL;
  gint64 id;

  add_people (f);
  fixture_make_model (f);
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  g_array_set_size (f->emissions, 0);

  id = id_of (f, "Eve");
  first = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  second = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  g_assert_cmpint (first->id, ==, id);
  g_assert_true (first == second);

  /* Out of the list and back: the model let go of it, so a new object. */
  update_staff (f->store, id, "team", "south");
  assert_emissions (f, 1, 2, 1, 0);
  update_staff (f->store, id, "team", "north");
  assert_emissions (f, 1, 2, 0, 1);
  third = g_list_model_get_item (G_LIST_MODEL (f->model), 2);
  g_assert_cmpint (third->id, ==, id);
  g_assert_true (third != first);
  g_assert_cmpstr (third->team, ==, "north");

  /* The model let go of the old one when its row left the list, so it was
   * not read again: it still says what it said then. */
  g_assert_cmpstr (first->team, ==, "north");
}

static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TestStaff) held = NULL;
  const guint n = 100000;

  fixture_make_model (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 0);

  /* Rows written behind the store's back, as another program might. */
  g_assert_true (hearth_store_exec (f->store,
                                    "WITH RECURSIVE i (n) AS (SELECT 0 UNION ALL"
                                    "   SELECT n + 1 FROM i WHERE n + 1 < 100000)"
                                    " INSERT INTO staff (name, team)"
                                    " SELECT printf ('Person %06d', n),"
                                    "   CASE n % 2 WHEN 1 THEN 'north' ELSE 'south' END FROM i",
                                    &error));
  g_assert_no_error (error);

  /* Nothing was noted, so nothing happened yet. */
  assert_emissions (f, 0);
  hearth_query_model_refresh (f->model);
  assert_emissions (f, 1, 0, 0, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
  g_assert_cmpuint (f->n_items_notifies, ==, 1);
  g_assert_cmpuint (n_fills, ==, 0);

  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 50000);

    g_assert_cmpuint (n_fills, >, 0);
    g_assert_cmpuint (n_fills, <=, 64);
    g_assert_cmpint (item->id, ==, 50001);
    g_assert_cmpstr (item->name, ==, "Person 050000");
  }

  /* A neighbour on the same page is read already. */
  n_fills = 0;
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 50001);

    g_assert_cmpuint (n_fills, ==, 0);
    g_assert_cmpstr (item->name, ==, "Person 050001");
  }

  n_fills = 0;
  held = g_list_model_get_item (G_LIST_MODEL (f->model), 0);
  g_assert_cmpuint (n_fills, <=, 64);
  g_assert_cmpint (held->id, ==, 1);
  g_assert_cmpstr (held->name, ==, "Person 000000");

  n_fills = 0;
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), n - 1);

    g_assert_cmpuint (n_fills, <=, 64);
    g_assert_cmpint (item->id, ==, n);
    g_assert_cmpstr (item->name, ==, "Person 099999");
  }

  /* Scroll through a hundred pages without holding on to anything. */
  for (guint i = 64; i < 100 * 64; i++)
    {
      g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), i);

      g_assert_cmpint (item->id, ==, i + 1);
    }

  /* The cache is bounded: early pages were let go and are read again, but
   * the item held all along is still the same object. */
  n_fills = 0;
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 64);

    g_assert_cmpuint (n_fills, ==, 64);
    g_assert_cmpint (item->id, ==, 65);
  }
  n_fills = 0;
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 0);

    g_assert_true (item == held);
    g_assert_cmpuint (n_fills, ==, 0);
  }

  /* A filter on a large list is not a flood of signals: the rows replaced
   * go in one removal, then the new ones in one addition, so that a list
   * view never reads every row added looking for the ones it followed. */
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  g_assert_cmpuint (f->emissions->len, ==, 2);
  g_assert_cmpuint (g_array_index (f->emissions, Emission, 0).added, ==, 0);
  g_assert_cmpuint (g_array_index (f->emissions, Emission, 1).removed, ==, 0);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n / 2);
}

static void
test_error (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HearthQueryModel) broken = NULL;
  const GError *error;

  add_people (f);

  /* A query that cannot be prepared. */
  broken = make_model (f, "SELECT id FROM staff WHERE no_such_column = 1 ORDER BY {order}");
  g_test_expect_message ("hearth-model", G_LOG_LEVEL_WARNING, "*");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (broken)), ==, 0);
  g_test_assert_expected_messages ();
  error = hearth_query_model_get_error (broken);
  g_assert_nonnull (error);
  g_assert_true (error->domain == HEARTH_ERROR);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (broken), 0));
  g_assert_cmpint (hearth_query_model_get_id (broken, 0), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&broken));

  /* A query that fails while it runs, on a list that was showing rows:
   * they are all removed, and come back once the query works again. */
  fixture_make_model (f);
  g_test_expect_message ("hearth-model", G_LOG_LEVEL_WARNING, "*");
  hearth_query_model_set_param (f->model, ":overflow", g_variant_new_int64 (G_MININT64));
  g_test_assert_expected_messages ();
  assert_emissions (f, 1, 0, 8, 0);
  g_assert_nonnull (hearth_query_model_get_error (f->model));
  g_assert_cmpuint (f->n_items_notifies, ==, 1);

  hearth_query_model_set_param (f->model, ":overflow", g_variant_new_int64 (1));
  assert_emissions (f, 1, 0, 0, 8);
  g_assert_null (hearth_query_model_get_error (f->model));
}

/* SQL text of the statements the store's connection started, while traced. */
static int
trace_statement_cb (unsigned int  type,
                    void         *data,
                    void         *p,
                    void         *x)
{
  g_ptr_array_add (data, g_strdup (sqlite3_sql (p)));
  return 0;
}

static void
trace_statements (HearthStore *store,
                  GPtrArray   *statements)
{
  sqlite3_trace_v2 (hearth_store_get_db (store), statements != NULL ? SQLITE_TRACE_STMT : 0,
                    statements != NULL ? trace_statement_cb : NULL, statements);
}

/* A page of rows is read with one statement when the row query ends with
 * its condition on the id, and one row at a time when it does not; the
 * items are the same either way. */
static void
test_page_one_statement (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HearthQueryModel) by_row = NULL;
  guint n;

  g_assert_true (hearth_store_exec (f->store,
                                    "WITH RECURSIVE i (n) AS (SELECT 0 UNION ALL"
                                    "   SELECT n + 1 FROM i WHERE n + 1 < 150)"
                                    " INSERT INTO staff (name, team)"
                                    " SELECT printf ('Person %03d', (n * 37) % 150),"
                                    "   CASE n % 3 WHEN 1 THEN 'north' ELSE 'south' END FROM i",
                                    &error));
  g_assert_no_error (error);
  fixture_make_model (f);
  n = g_list_model_get_n_items (G_LIST_MODEL (f->model));
  g_assert_cmpuint (n, ==, 150);

  by_row = hearth_query_model_new (f->store, TEST_TYPE_STAFF, IDS_SQL,
                                   "SELECT id, name, team FROM staff WHERE :id = id",
                                   test_staff_fill, watched_tables);
  hearth_query_model_add_sort (by_row, "name", "name COLLATE NOCASE, id");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (by_row)), ==, n);
  /* Every id read, so that only the page is read below. */
  g_assert_cmpint (hearth_query_model_get_id (by_row, n - 1), !=, 0);

  /* The second page: one statement, and every row of the page filled. */
  n_fills = 0;
  trace_statements (f->store, statements);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (f->model), 70));
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 1);
  g_assert_cmpuint (n_fills, ==, 64);

  /* The last page, shorter: one statement too. */
  g_ptr_array_set_size (statements, 0);
  trace_statements (f->store, statements);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (f->model), n - 1));
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 1);

  /* The other form, a statement a row. */
  g_ptr_array_set_size (statements, 0);
  trace_statements (f->store, statements);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (by_row), 70));
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 64);

  /* Each item is its own row, whichever way it was read. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TestStaff) paged = g_list_model_get_item (G_LIST_MODEL (f->model), i);
      g_autoptr(TestStaff) single = g_list_model_get_item (G_LIST_MODEL (by_row), i);
      g_autofree char *name = NULL;

      g_assert_cmpint (paged->id, ==, hearth_query_model_get_id (f->model, i));
      g_assert_true (hearth_store_read_row (f->store, NULL, &error,
                                            "SELECT name FROM staff WHERE id = ?1", "x>s",
                                            paged->id, &name));
      g_assert_no_error (error);
      g_assert_cmpstr (paged->name, ==, name);
      g_assert_cmpint (single->id, ==, paged->id);
      g_assert_cmpstr (single->name, ==, paged->name);
      g_assert_cmpstr (single->team, ==, paged->team);
    }

  /* Rows others hold are read again after a change, still a page at a
   * statement. */
  {
    g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (f->model), i));

    g_ptr_array_set_size (statements, 0);
    trace_statements (f->store, statements);
    update_staff (f->store, ((TestStaff *) g_ptr_array_index (held, 5))->id, "team", "east");
    trace_statements (f->store, NULL);
    g_assert_cmpstr (((TestStaff *) g_ptr_array_index (held, 5))->team, ==, "east");

    /* The update, its audit row and commit, the ids, then three pages. */
    {
      guint pages = 0;

      for (guint i = 0; i < statements->len; i++)
        pages += strstr (g_ptr_array_index (statements, i), "json_each") != NULL;
      g_assert_cmpuint (pages, ==, (n + 63) / 64);
    }
  }
}

static void
record_emission_cb (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    GArray     *emissions)
{
  Emission e = { position, removed, added };

  g_array_append_val (emissions, e);
}

/* A list first shown reads its length and its first page only; the rest
 * of its ids shortly after, or when a row past the first page is asked for.
 * A change before then is announced as exactly as the first page allows. */
static void
test_first_page_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  g_autoptr(HearthQueryModel) lazy = NULL;
  g_autoptr(HearthQueryModel) idle = NULL;
  g_autoptr(TestStaff) first = NULL;
  g_autoptr(TestStaff) moved = NULL;
  gint64 far_id;

  g_assert_true (hearth_store_exec (f->store,
                                    "WITH RECURSIVE i (n) AS (SELECT 0 UNION ALL"
                                    "   SELECT n + 1 FROM i WHERE n + 1 < 150)"
                                    " INSERT INTO staff (name, team)"
                                    " SELECT printf ('Person %03d', (n * 37) % 150), 'north' FROM i",
                                    &error));
  g_assert_no_error (error);
  far_id = id_of (f, "Person 100");

  lazy = make_model (f, IDS_SQL);
  g_signal_connect (lazy, "items-changed", G_CALLBACK (record_emission_cb), emissions);
  trace_statements (f->store, statements);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (lazy)), ==, 150);
  first = g_list_model_get_item (G_LIST_MODEL (lazy), 0);
  trace_statements (f->store, NULL);
  /* The count, the first page's ids and its rows. */
  g_assert_cmpuint (statements->len, ==, 3);
  g_assert_cmpstr (first->name, ==, "Person 000");

  /* Past the end (a selection asks there to select nothing) is known from
   * the count: no ids are read for it. */
  g_ptr_array_set_size (statements, 0);
  trace_statements (f->store, statements);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (lazy), 150));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (lazy), G_MAXUINT));
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 0);

  /* A row far down the list moves to its top: one move, from just past
   * the first page, which is all anyone can have seen. */
  update_staff (f->store, far_id, "name", "Aaron");
  g_assert_cmpuint (emissions->len, ==, 2);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).position, ==, 64);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (emissions, Emission, 0).added, ==, 0);
  g_assert_cmpuint (g_array_index (emissions, Emission, 1).position, ==, 0);
  g_assert_cmpuint (g_array_index (emissions, Emission, 1).removed, ==, 0);
  g_assert_cmpuint (g_array_index (emissions, Emission, 1).added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (lazy)), ==, 150);
  moved = g_list_model_get_item (G_LIST_MODEL (lazy), 0);
  g_assert_cmpint (moved->id, ==, far_id);
  {
    g_autoptr(TestStaff) second = g_list_model_get_item (G_LIST_MODEL (lazy), 1);

    g_assert_true (second == first);
  }

  /* Left alone, a list reads the rest of its ids shortly after: one
   * statement, and then nothing more to read. */
  idle = make_model (f, IDS_SQL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (idle)), ==, 150);
  g_ptr_array_set_size (statements, 0);
  trace_statements (f->store, statements);
  while (statements->len == 0)
    g_main_context_iteration (NULL, TRUE);
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 1);
  g_ptr_array_set_size (statements, 0);
  trace_statements (f->store, statements);
  for (guint i = 0; i < 150; i++)
    g_assert_cmpint (hearth_query_model_get_id (idle, i), ==,
                     hearth_query_model_get_id (lazy, i));
  trace_statements (f->store, NULL);
  g_assert_cmpuint (statements->len, ==, 0);
}

/* A variant of the ids query is used while its parameter is set, and lists
 * the same rows as the list's own query, change notices included. */
static void
test_variant (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HearthQueryModel) plain = NULL;
  gint64 id;

  add_people (f);
  fixture_make_model (f);
  hearth_query_model_add_variant (f->model, ":team",
                                  "SELECT id FROM staff"
                                  " WHERE id IN (SELECT t.id FROM staff t WHERE t.team = :team)"
                                  "   AND (:min_id IS NULL OR id >= :min_id)"
                                  "   AND (:active IS NULL OR active = :active)"
                                  "   AND (:overflow IS NULL OR abs (:overflow) >= 0)"
                                  " ORDER BY {order}");
  plain = make_model (f, IDS_SQL);

  for (guint round = 0; round < 3; round++)
    {
      const char *team = round == 0 ? "north" : round == 1 ? "south" : NULL;
      guint n;

      g_ptr_array_set_size (statements, 0);
      trace_statements (f->store, statements);
      hearth_query_model_set_text (f->model, ":team", team);
      trace_statements (f->store, NULL);
      hearth_query_model_set_text (plain, ":team", team);

      /* The variant's statement read the ids while the team was set. */
      if (team != NULL)
        {
          g_assert_cmpuint (statements->len, ==, 1);
          g_assert_nonnull (strstr (g_ptr_array_index (statements, 0), "staff t"));
        }
      else
        {
          g_assert_cmpuint (statements->len, ==, 1);
          g_assert_null (strstr (g_ptr_array_index (statements, 0), "staff t"));
        }

      n = g_list_model_get_n_items (G_LIST_MODEL (plain));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (hearth_query_model_get_id (f->model, i), ==,
                         hearth_query_model_get_id (plain, i));
    }

  /* A change while the variant is in use. */
  hearth_query_model_set_text (f->model, ":team", "north");
  g_array_set_size (f->emissions, 0);
  id = insert_staff (f->store, "Aaron", "north");
  assert_emissions (f, 1, 0, 0, 1);
  g_assert_cmpint (hearth_query_model_get_id (f->model, 0), ==, id);
  insert_staff (f->store, "Abel", "south");
  assert_emissions (f, 0);
}

/* A clause in "{if :name}…{end}" is in the statement only while :name is
 * set, and the rows are those of the same filter written to test for NULL. */
static void
test_optional_clause (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HearthQueryModel) plain = NULL;

  add_people (f);
  f->model = make_model (f, "SELECT id FROM staff WHERE 1"
                            "{if :team} AND team = :team{end}"
                            "{if :min_id} AND id >= :min_id{end}"
                            " ORDER BY {order}");
  plain = make_model (f, "SELECT id FROM staff"
                         " WHERE (:team IS NULL OR team = :team)"
                         "   AND (:min_id IS NULL OR id >= :min_id)"
                         " ORDER BY {order}");

  for (guint round = 0; round < 4; round++)
    {
      const char *team = round % 2 == 0 ? "north" : NULL;
      gint64 min_id = round >= 2 ? 3 : 0;
      const char *sql;
      guint n;

      /* Read once, so that every change of a parameter reads it again. */
      g_list_model_get_n_items (G_LIST_MODEL (f->model));
      g_ptr_array_set_size (statements, 0);
      trace_statements (f->store, statements);
      hearth_query_model_set_text (f->model, ":team", team);
      hearth_query_model_set_number (f->model, ":min_id", min_id);
      hearth_query_model_refresh (f->model);
      trace_statements (f->store, NULL);
      hearth_query_model_set_text (plain, ":team", team);
      hearth_query_model_set_number (plain, ":min_id", min_id);

      /* The last statement read the ids with both parameters as they are. */
      g_assert_cmpuint (statements->len, >=, 1);
      sql = g_ptr_array_index (statements, statements->len - 1);
      g_test_message ("round %u: %s", round, sql);
      g_assert_null (strstr (sql, "{if"));
      g_assert_null (strstr (sql, "{end}"));
      g_assert_true ((strstr (sql, "team = ") != NULL) == (team != NULL));
      g_assert_true ((strstr (sql, "id >= ") != NULL) == (min_id != 0));

      n = g_list_model_get_n_items (G_LIST_MODEL (plain));
      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (hearth_query_model_get_id (f->model, i), ==,
                         hearth_query_model_get_id (plain, i));
    }
}

/* Scrolling a long list reads page after page; the cache stays bounded
 * without ever letting go of thousands of rows at once, which would stall
 * the frame that reads the next page, and what it lets go of is what was
 * read longest ago. */
static void
test_trim_spread (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TestStaff) held = NULL;
  const guint n = 20000;
  guint most_let_go = 0;
  guint made, finalized;

  g_assert_true (hearth_store_exec (f->store,
                                    "WITH RECURSIVE i (n) AS (SELECT 0 UNION ALL"
                                    "   SELECT n + 1 FROM i WHERE n + 1 < 20000)"
                                    " INSERT INTO staff (name, team)"
                                    " SELECT printf ('Person %06d', n), 'north' FROM i",
                                    &error));
  g_assert_no_error (error);

  fixture_make_model (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);

  made = n_made;
  finalized = n_finalized;
  held = g_list_model_get_item (G_LIST_MODEL (f->model), 10);

  /* Top to bottom, a row at a time, as a list's widgets ask for them. */
  for (guint i = 0; i < n; i++)
    {
      guint before = n_finalized;
      g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), i);

      g_assert_cmpint (item->id, ==, i + 1);
      most_let_go = MAX (most_let_go, n_finalized - before);
    }

  /* Every row was made once, most were let go, and never many at a time. */
  g_assert_cmpuint (n_made - made, ==, n);
  g_assert_cmpuint (n_finalized - finalized, >=, n / 2);
  g_assert_cmpuint (most_let_go, >, 0);
  g_assert_cmpuint (most_let_go, <=, 2 * 64);
  g_assert_cmpuint ((n_made - made) - (n_finalized - finalized), <=, n / 4);

  /* The last pages read are still there; the first ones were let go, but
   * not the row held all along. */
  n_fills = 0;
  for (guint i = n - 3 * 64; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (f->model), i));
  g_assert_cmpuint (n_fills, ==, 0);
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 10);

    g_assert_true (item == held);
    g_assert_cmpuint (n_fills, ==, 0);
  }
  {
    g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), 64);

    g_assert_cmpuint (n_fills, ==, 64);
    g_assert_cmpint (item->id, ==, 65);
  }

  /* A reload keeps the cache's order in step: scrolling on still works. */
  hearth_query_model_set_param (f->model, ":min_id", g_variant_new_int64 (2));
  for (guint i = 0; i < n - 1; i++)
    {
      g_autoptr(TestStaff) item = g_list_model_get_item (G_LIST_MODEL (f->model), i);

      g_assert_cmpint (item->id, ==, i + 2);
    }
}

/* A name that is not a parameter of the list is refused loudly: bound to
 * nothing, it would quietly leave its filter off. */
static void
test_unknown_param (Fixture       *f,
                    gconstpointer  data)
{
  const char *not_params[] = { ":taem", ":tea", ":min", ":team_id", "::team", ":id" };

  add_people (f);
  fixture_make_model (f);

  for (guint i = 0; i < G_N_ELEMENTS (not_params); i++)
    {
      g_autofree char *message = g_strdup_printf ("“%s” is not a parameter of the list of TestStaff",
                                                  not_params[i]);

      g_test_expect_message ("hearth-model", G_LOG_LEVEL_CRITICAL, message);
      hearth_query_model_set_param (f->model, not_params[i], g_variant_new_string ("north"));
      g_test_assert_expected_messages ();
    }
  assert_emissions (f, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);

  /* The same name spelt right filters. */
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Amina", "Chloe", "Eve", "Gus", NULL });
}

/* A parameter that only a sort's ORDER BY uses is a parameter too. */
static void
test_sort_param (Fixture       *f,
                 gconstpointer  data)
{
  add_people (f);
  fixture_make_model (f);
  hearth_query_model_add_sort (f->model, "nearest", "abs (id - coalesce (:near, 0)), id");

  /* Ids were given in the order Dara, Amina, Gus, Bert, Hana, Eve, Chloe,
   * Femi. */
  hearth_query_model_set_param (f->model, ":near", g_variant_new_int64 (5));
  hearth_query_model_set_sort (f->model, "nearest");
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Hana", "Bert", "Eve", "Gus", "Chloe", "Amina",
                                            "Femi", "Dara", NULL });
}

/* The helpers of the typed setters leave a filter unbound for "any": a
 * flag that is off, an id of 0, no text. */
static void
test_param_helpers (Fixture       *f,
                    gconstpointer  data)
{
  add_people (f);
  fixture_make_model (f);

  hearth_query_model_set_text (f->model, ":team", "north");
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Amina", "Chloe", "Eve", "Gus", NULL });
  hearth_query_model_set_text (f->model, ":team", NULL);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);

  hearth_query_model_set_number (f->model, ":min_id", 7);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Chloe", "Femi", NULL });
  hearth_query_model_set_number (f->model, ":min_id", 0);
  g_array_set_size (f->emissions, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);

  /* Bound as FALSE, the flag would keep only the inactive: nobody. */
  hearth_query_model_set_flag (f->model, ":active", FALSE);
  assert_emissions (f, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);
  hearth_query_model_set_flag (f->model, ":active", TRUE);
  assert_emissions (f, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n)
{
  (*n)++;
}

static void
record_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           GArray     *emissions)
{
  Emission e = { position, removed, added };

  g_array_append_val (emissions, e);
}

static void
wait_loaded (HearthQueryModel *model)
{
  while (hearth_query_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);
}

/* A thaw whose ids are read on a worker: the list keeps its rows until
 * they come, then announces exactly what a thaw on the main thread
 * announces (a twin model's); a change in the store in between is read at
 * once, and the ids the worker read before it never show. */
static void
test_thaw_in_thread (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthQueryModel) twin = NULL;
  g_autoptr(GArray) twin_emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  guint loading_notifies = 0;

  add_people (f);
  fixture_make_model (f);
  g_signal_connect (f->model, "notify::loading", G_CALLBACK (count_notify_cb), &loading_notifies);
  twin = make_model (f, IDS_SQL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (twin)), ==, 8);
  g_signal_connect (twin, "items-changed", G_CALLBACK (record_cb), twin_emissions);

  hearth_query_model_freeze (f->model);
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("north"));
  hearth_query_model_thaw_in_thread (f->model);
  g_assert_true (hearth_query_model_get_loading (f->model));
  g_assert_cmpuint (loading_notifies, ==, 1);
  assert_emissions (f, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 8);

  hearth_query_model_freeze (twin);
  hearth_query_model_set_param (twin, ":team", g_variant_new_string ("north"));
  hearth_query_model_thaw (twin);
  g_assert_false (hearth_query_model_get_loading (twin));
  g_assert_cmpuint (twin_emissions->len, >=, 1);

  wait_loaded (f->model);
  g_assert_cmpuint (loading_notifies, ==, 2);
  g_assert_cmpuint (f->emissions->len, ==, twin_emissions->len);
  g_assert_cmpmem (f->emissions->data, f->emissions->len * sizeof (Emission),
                   twin_emissions->data, twin_emissions->len * sizeof (Emission));
  g_assert_cmpuint (f->n_items_notifies, ==, 1);
  g_array_set_size (f->emissions, 0);
  g_array_set_size (twin_emissions, 0);
  assert_names (f, (const char * const[]) { "Amina", "Chloe", "Eve", "Gus", NULL });

  /* A row added while the worker reads: the list reads it at once, and
   * the worker's ids, which lack it, are dropped. */
  hearth_query_model_freeze (f->model);
  hearth_query_model_set_param (f->model, ":team", g_variant_new_string ("south"));
  hearth_query_model_thaw_in_thread (f->model);
  g_assert_true (hearth_query_model_get_loading (f->model));
  insert_staff (f->store, "Ines", "south");
  g_assert_false (hearth_query_model_get_loading (f->model));
  g_assert_cmpuint (loading_notifies, ==, 4);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Bert", "Dara", "Femi", "Hana", "Ines", NULL });

  /* Whatever order the two reads finish in, the list ends as the last one
   * found it. */
  hearth_query_model_freeze (f->model);
  hearth_query_model_set_sort (f->model, "newest");
  hearth_query_model_thaw_in_thread (f->model);
  wait_loaded (f->model);
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Ines", "Femi", "Hana", "Bert", "Dara", NULL });
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  assert_emissions (f, 0);
  g_assert_false (hearth_query_model_get_loading (f->model));

  /* A thaw here while the worker reads makes the list current at once. */
  hearth_query_model_freeze (f->model);
  hearth_query_model_set_sort (f->model, "name");
  hearth_query_model_thaw_in_thread (f->model);
  g_assert_true (hearth_query_model_get_loading (f->model));
  hearth_query_model_freeze (f->model);
  hearth_query_model_thaw (f->model);
  g_assert_false (hearth_query_model_get_loading (f->model));
  g_array_set_size (f->emissions, 0);
  assert_names (f, (const char * const[]) { "Bert", "Dara", "Femi", "Hana", "Ines", NULL });
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  assert_emissions (f, 0);

  /* A thaw with nothing to read reads nothing. */
  hearth_query_model_freeze (f->model);
  hearth_query_model_thaw_in_thread (f->model);
  g_assert_false (hearth_query_model_get_loading (f->model));
  assert_emissions (f, 0);

  /* A list let go while it reads goes at once. */
  {
    HearthQueryModel *gone = make_model (f, IDS_SQL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gone)), ==, 9);
    hearth_query_model_freeze (gone);
    hearth_query_model_set_param (gone, ":team", g_variant_new_string ("north"));
    hearth_query_model_thaw_in_thread (gone);
    g_assert_true (hearth_query_model_get_loading (gone));
    g_assert_finalize_object (gone);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/query-model/initial", test_initial);
  ADD ("/query-model/insert", test_insert);
  ADD ("/query-model/move", test_move);
  ADD ("/query-model/update-in-place", test_update_in_place);
  ADD ("/query-model/refill-listener-reads", test_refill_listener_reads);
  ADD ("/query-model/filter-leave", test_filter_leave);
  ADD ("/query-model/delete", test_delete);
  ADD ("/query-model/unwatched-table", test_unwatched_table);
  ADD ("/query-model/transaction", test_transaction);
  ADD ("/query-model/filter", test_filter);
  ADD ("/query-model/unknown-param", test_unknown_param);
  ADD ("/query-model/sort-param", test_sort_param);
  ADD ("/query-model/param-helpers", test_param_helpers);
  ADD ("/query-model/sort", test_sort);
  ADD ("/query-model/same-object", test_same_object);
  ADD ("/query-model/paging", test_paging);
  ADD ("/query-model/trim-spread", test_trim_spread);
  ADD ("/query-model/error", test_error);
  ADD ("/query-model/page-one-statement", test_page_one_statement);
  ADD ("/query-model/variant", test_variant);
  ADD ("/query-model/optional-clause", test_optional_clause);
  ADD ("/query-model/first-page-only", test_first_page_only);
  ADD ("/query-model/thaw-in-thread", test_thaw_in_thread);

#undef ADD

  return g_test_run ();
}
