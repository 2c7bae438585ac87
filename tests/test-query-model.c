/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HearthQueryModel: every items-changed is counted and checked, and a mirror
 * of the list, kept only from the signals, must always equal the model.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-query-model.h"

/* --- A small item over the staff table -------------------------------------- */

#define TEST_TYPE_ITEM (test_item_get_type ())
G_DECLARE_FINAL_TYPE (TestItem, test_item, TEST, ITEM, GObject)

struct _TestItem
{
  GObject  parent_instance;
  gint64   id;
  char    *name;
};

G_DEFINE_FINAL_TYPE (TestItem, test_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_NAME, N_PROPS };
static GParamSpec *item_properties[N_PROPS];
static guint fills;

static void
test_item_finalize (GObject *object)
{
  g_free (TEST_ITEM (object)->name);
  G_OBJECT_CLASS (test_item_parent_class)->finalize (object);
}

static void
test_item_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_set_string (value, TEST_ITEM (object)->name);
}

static void
test_item_class_init (TestItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = test_item_finalize;
  object_class->get_property = test_item_get_property;
  item_properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, item_properties);
}

static void
test_item_init (TestItem *self)
{
}

static void
fill_item (GObject      *object,
           sqlite3_stmt *stmt)
{
  TestItem *self = TEST_ITEM (object);
  const char *name = (const char *) sqlite3_column_text (stmt, 1);

  fills++;
  self->id = sqlite3_column_int64 (stmt, 0);
  if (g_strcmp0 (self->name, name) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (name);
      g_object_notify_by_pspec (object, item_properties[PROP_NAME]);
    }
}

/* --- Fixture ------------------------------------------------------------------ */

typedef struct
{
  guint position, removed, added;
} Emission;

typedef struct
{
  char             *dir;
  HearthStore      *store;
  HearthQueryModel *model;
  GArray           *mirror;     /* gint64 ids, kept from items-changed only */
  GArray           *emissions;  /* Emission */
} Fixture;

static const char *const tables[] = { "staff", NULL };

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  Emission e = { position, removed, added };

  g_array_append_val (fixture->emissions, e);
  g_array_remove_range (fixture->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 id = hearth_query_model_get_id (fixture->model, position + i);
      g_array_insert_val (fixture->mirror, position + i, id);
    }
}

static void
assert_mirror (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->model));

  g_assert_cmpuint (fixture->mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (fixture->mirror, gint64, i), ==,
                     hearth_query_model_get_id (fixture->model, i));
}

static gint64
insert (Fixture    *fixture,
        const char *name,
        const char *team)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_assert_true (hearth_store_begin (fixture->store, &error));
  stmt = hearth_store_prepare (fixture->store, "INSERT INTO staff (name, team) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, team, -1, SQLITE_TRANSIENT);
  g_assert_true (hearth_store_run (fixture->store, stmt, &error));
  id = hearth_store_last_insert_id (fixture->store);
  hearth_store_note_change (fixture->store, "staff", id, HEARTH_CHANGE_INSERT);
  g_assert_true (hearth_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  return id;
}

static void
update (Fixture    *fixture,
        gint64      id,
        const char *column,
        const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE staff SET %s = ?1 WHERE id = ?2", column);
  sqlite3_stmt *stmt;

  g_assert_true (hearth_store_begin (fixture->store, &error));
  stmt = hearth_store_prepare (fixture->store, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  g_assert_true (hearth_store_run (fixture->store, stmt, &error));
  hearth_store_note_change (fixture->store, "staff", id, HEARTH_CHANGE_UPDATE);
  g_assert_true (hearth_store_commit (fixture->store, &error));
}

static void
delete (Fixture *fixture,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  g_assert_true (hearth_store_begin (fixture->store, &error));
  stmt = hearth_store_prepare (fixture->store, "DELETE FROM staff WHERE id = ?1", &error);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_true (hearth_store_run (fixture->store, stmt, &error));
  hearth_store_note_change (fixture->store, "staff", id, HEARTH_CHANGE_DELETE);
  g_assert_true (hearth_store_commit (fixture->store, &error));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  static const char *const names[] = { "Bea", "Dev", "Fay", "Hal", "Ivy" };

  fixture->dir = g_dir_make_tmp ("hearth-query-model-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    insert (fixture, names[i], i % 2 ? "Blue" : "Red");

  fixture->model = hearth_query_model_new (fixture->store, TEST_TYPE_ITEM,
                                           "SELECT id FROM staff WHERE (:team IS NULL OR team = :team)"
                                           " ORDER BY {order}",
                                           "SELECT id, name FROM staff WHERE id = :id",
                                           fill_item, tables);
  hearth_query_model_add_sort (fixture->model, "name", "name COLLATE NOCASE, id");
  hearth_query_model_add_sort (fixture->model, "newest", "id DESC");

  fixture->mirror = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->emissions = g_array_new (FALSE, FALSE, sizeof (Emission));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->model)); i++)
    {
      gint64 id = hearth_query_model_get_id (fixture->model, i);
      g_array_append_val (fixture->mirror, id);
    }
  g_signal_connect (fixture->model, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = NULL;

  g_assert_finalize_object (fixture->model);
  g_assert_finalize_object (fixture->store);
  g_array_unref (fixture->mirror);
  g_array_unref (fixture->emissions);

  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (fixture->dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
assert_emission (Fixture *fixture,
                 guint    index,
                 guint    position,
                 guint    removed,
                 guint    added)
{
  Emission *e;

  g_assert_cmpuint (index, <, fixture->emissions->len);
  e = &g_array_index (fixture->emissions, Emission, index);
  g_assert_cmpuint (e->position, ==, position);
  g_assert_cmpuint (e->removed, ==, removed);
  g_assert_cmpuint (e->added, ==, added);
}

/* --- Tests --------------------------------------------------------------------- */

static void
test_insert (Fixture       *fixture,
             gconstpointer  data)
{
  /* Bea Dev Fay Hal Ivy: "Eve" goes in third place. */
  insert (fixture, "Eve", "Red");

  g_assert_cmpuint (fixture->emissions->len, ==, 1);
  assert_emission (fixture, 0, 2, 0, 1);
  assert_mirror (fixture);
}

static void
test_update_moves (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 bea = hearth_query_model_get_id (fixture->model, 0);
  gint64 ivy = hearth_query_model_get_id (fixture->model, 4);

  /* Down: Bea becomes Gil, between Fay and Hal. */
  update (fixture, bea, "name", "Gil");
  g_assert_cmpuint (fixture->emissions->len, ==, 2);
  assert_emission (fixture, 0, 0, 1, 0);
  assert_emission (fixture, 1, 2, 0, 1);
  assert_mirror (fixture);

  /* Up: Ivy becomes Abe, the first. */
  update (fixture, ivy, "name", "Abe");
  g_assert_cmpuint (fixture->emissions->len, ==, 4);
  assert_emission (fixture, 2, 4, 1, 0);
  assert_emission (fixture, 3, 0, 0, 1);
  assert_mirror (fixture);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_update_in_place (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TestItem) dev = g_list_model_get_item (G_LIST_MODEL (fixture->model), 1);
  guint notifies = 0;

  g_signal_connect (dev, "notify::name", G_CALLBACK (notify_cb), &notifies);

  /* A new name that keeps its place: no items-changed, one notify. */
  update (fixture, dev->id, "name", "Dee");
  g_assert_cmpuint (fixture->emissions->len, ==, 0);
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpstr (dev->name, ==, "Dee");

  /* The same value again: nothing at all. */
  update (fixture, dev->id, "name", "Dee");
  g_assert_cmpuint (notifies, ==, 1);
  assert_mirror (fixture);
}

static void
test_filter_and_delete (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 fay = hearth_query_model_get_id (fixture->model, 2);

  /* Red: Bea, Fay, Ivy. */
  hearth_query_model_set_param (fixture->model, ":team", g_variant_new_string ("Red"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 3);
  assert_mirror (fixture);

  /* Fay leaves the team, so leaves the list. */
  g_array_set_size (fixture->emissions, 0);
  update (fixture, fay, "team", "Blue");
  g_assert_cmpuint (fixture->emissions->len, ==, 1);
  assert_emission (fixture, 0, 1, 1, 0);
  assert_mirror (fixture);

  /* Deleting the first. */
  delete (fixture, hearth_query_model_get_id (fixture->model, 0));
  g_assert_cmpuint (fixture->emissions->len, ==, 2);
  assert_emission (fixture, 1, 0, 1, 0);
  assert_mirror (fixture);

  /* Freezing coalesces two changes of parameters into one reload. */
  g_array_set_size (fixture->emissions, 0);
  hearth_query_model_freeze (fixture->model);
  hearth_query_model_set_param (fixture->model, ":team", NULL);
  hearth_query_model_set_param (fixture->model, ":team", g_variant_new_string ("Blue"));
  g_assert_cmpuint (fixture->emissions->len, ==, 0);
  hearth_query_model_thaw (fixture->model);
  g_assert_cmpuint (fixture->emissions->len, ==, 1);
  assert_mirror (fixture);
}

static void
test_sort_and_unwatched (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 newest;

  hearth_query_model_set_sort (fixture->model, "newest");
  assert_mirror (fixture);
  newest = hearth_query_model_get_id (fixture->model, 0);
  g_assert_cmpint (newest, >, hearth_query_model_get_id (fixture->model, 1));

  /* A change to a table the list does not read: no reload, no signal. */
  g_array_set_size (fixture->emissions, 0);
  g_assert_true (hearth_store_begin (fixture->store, &error));
  hearth_store_note_change (fixture->store, "residents", 1, HEARTH_CHANGE_UPDATE);
  g_assert_true (hearth_store_commit (fixture->store, &error));
  g_assert_cmpuint (fixture->emissions->len, ==, 0);
}

static void
test_same_object (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TestItem) a = g_list_model_get_item (G_LIST_MODEL (fixture->model), 3);
  g_autoptr(TestItem) b = g_list_model_get_item (G_LIST_MODEL (fixture->model), 3);

  g_assert_true (a == b);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->model), 99));
}

static void
test_paging (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(TestItem) first = NULL;
  g_autoptr(TestItem) middle = NULL;
  g_autoptr(TestItem) last = NULL;

  g_assert_true (hearth_store_begin (fixture->store, &error));
  stmt = hearth_store_prepare (fixture->store,
                               "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                               " WHERE i < 100000) INSERT INTO staff (name, team)"
                               " SELECT printf ('Worker %06d', i), 'Green' FROM n", &error);
  g_assert_true (hearth_store_run (fixture->store, stmt, &error));
  g_assert_true (hearth_store_commit (fixture->store, &error));

  hearth_query_model_set_param (fixture->model, ":team", g_variant_new_string ("Green"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 100000);
  assert_mirror (fixture);

  fills = 0;
  middle = g_list_model_get_item (G_LIST_MODEL (fixture->model), 50000);
  g_assert_cmpstr (middle->name, ==, "Worker 050001");
  g_assert_cmpuint (fills, >, 0);
  g_assert_cmpuint (fills, <=, 64);

  first = g_list_model_get_item (G_LIST_MODEL (fixture->model), 0);
  last = g_list_model_get_item (G_LIST_MODEL (fixture->model), 99999);
  g_assert_cmpstr (first->name, ==, "Worker 000001");
  g_assert_cmpstr (last->name, ==, "Worker 100000");
  g_assert_cmpuint (fills, <=, 3 * 64);
}

static void
test_broken_query (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-query-model-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autoptr(HearthStore) store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_autoptr(HearthQueryModel) model = NULL;

  g_assert_no_error (error);
  model = hearth_query_model_new (store, TEST_TYPE_ITEM,
                                  "SELECT id FROM staff WHERE no_such_column = 1 ORDER BY {order}",
                                  "SELECT id, name FROM staff WHERE id = :id", fill_item, tables);

  g_test_expect_message ("hearth-model", G_LOG_LEVEL_WARNING, "*");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_test_assert_expected_messages ();
  g_assert_nonnull (hearth_query_model_get_error (model));

  g_clear_object (&model);
  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/query-model/insert", test_insert);
  ADD ("/query-model/update-moves", test_update_moves);
  ADD ("/query-model/update-in-place", test_update_in_place);
  ADD ("/query-model/filter-and-delete", test_filter_and_delete);
  ADD ("/query-model/sort-and-unwatched", test_sort_and_unwatched);
  ADD ("/query-model/same-object", test_same_object);
  ADD ("/query-model/paging", test_paging);
#undef ADD
  g_test_add_func ("/query-model/broken-query", test_broken_query);

  return g_test_run ();
}
