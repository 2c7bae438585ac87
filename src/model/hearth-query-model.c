/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include "hearth-query-model.h"

/* Rows fetched at once when a position is asked for that is not cached. */
#define PAGE_SIZE 64
/* Past this many cached rows, rows nobody else holds are let go. */
#define CACHE_LIMIT 4096

/*
 *                GtkListView
 *                     │
 *   GtkSingleSelection (and a GtkFilterListModel, if any)
 *                     │ get_n_items (), get_item (position)
 *           ┌─────────▼──────────┐
 *           │  HearthQueryModel  │ ids[]: the order, one id per row
 *           │  (this file)       │ cache: id → item, filled a page at a time
 *           └───┬────────────▲───┘
 *   ids query,  │            │ ::changed (table, rowid, kind),
 *   row queries │            │ once per committed transaction
 *           ┌───▼────────────┴───┐
 *           │    HearthStore     │ one connection, cached statements
 *           └─────────┬──────────┘
 *                     │
 *           hearth.db (SQLite file, WAL)
 *
 * Paging: the list's order is the array of row ids that one query returns;
 * its length is the number of items and it costs eight bytes a row. Items,
 * which cost far more, are made only when a position is asked for: the page
 * of PAGE_SIZE rows around it is read with the row query, one row at a time
 * by id, and kept in the cache, so the same row stays the same object while
 * it is cached. When the cache passes CACHE_LIMIT, items only the cache holds
 * are let go.
 *
 * Change tracking: when the store announces a change to a table the list
 * depends on, or a parameter or the sort changes, the ids are read again and
 * compared with the old ones. The rows kept at the start and at the end are
 * skipped; a single row that moved is reported as one removal and one
 * addition, anything else as one replacement of the rows in between. Items
 * that left the list, and those nobody but the cache holds, are dropped; the
 * others are filled again and notify only the properties that changed.
 */
struct _HearthQueryModel
{
  GObject            parent_instance;

  /* owned */
  HearthStore       *store;
  char              *ids_sql;
  char              *row_sql;
  GArray            *ids;         /* gint64 */
  GHashTable        *cache;       /* gint64* id → GObject */
  GHashTable        *params;      /* name → GVariant */
  GPtrArray         *sorts;       /* Sort */
  GError            *error;
  const char       **tables;      /* the array is owned, the strings are interned */

  /* borrowed */
  const char        *sort;        /* the name of one of sorts */

  GType              item_type;
  HearthRowFillFunc  fill;
  gulong             changed_id;
  guint              frozen;
  gboolean           dirty;
  gboolean           loaded;
};

typedef struct
{
  char *name;
  char *order_by;
  char *sql;
} Sort;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthQueryModel, hearth_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  PROP_SORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sort_free (gpointer data)
{
  Sort *sort = data;

  g_free (sort->name);
  g_free (sort->order_by);
  g_free (sort->sql);
  g_free (sort);
}

static Sort *
find_sort (HearthQueryModel *self,
           const char       *name)
{
  for (guint i = 0; i < self->sorts->len; i++)
    {
      Sort *sort = g_ptr_array_index (self->sorts, i);

      if (g_strcmp0 (sort->name, name) == 0)
        return sort;
    }

  return NULL;
}

/* The ids query for the current sort; the ORDER BY clauses come from code,
 * never from what a person typed. */
static const char *
current_ids_sql (HearthQueryModel *self)
{
  Sort *sort = find_sort (self, self->sort);

  if (sort == NULL && self->sorts->len == 0)
    hearth_query_model_add_sort (self, "id", "id");

  sort = find_sort (self, self->sort);
  g_assert (sort != NULL);

  if (sort->sql == NULL)
    {
      g_auto(GStrv) parts = g_strsplit (self->ids_sql, "{order}", 2);

      sort->sql = g_strjoinv (sort->order_by, parts);
    }

  return sort->sql;
}

static void
bind_param (sqlite3_stmt *stmt,
            int           index,
            GVariant     *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    sqlite3_bind_int64 (stmt, index, g_variant_get_uint32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    sqlite3_bind_int (stmt, index, g_variant_get_boolean (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else
    g_critical ("Query parameters of type %s are not supported", g_variant_get_type_string (value));
}

static GArray *
load_ids (HearthQueryModel  *self,
          GError           **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;
  int n_params;

  stmt = hearth_store_prepare (self->store, current_ids_sql (self), error);
  if (stmt == NULL)
    return NULL;

  n_params = sqlite3_bind_parameter_count (stmt);
  for (int i = 1; i <= n_params; i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);

      bind_param (stmt, i, name ? g_hash_table_lookup (self->params, name) : NULL);
    }

  for (;;)
    {
      if (!hearth_store_step (self->store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
      }
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

static gboolean
fill_item (HearthQueryModel *self,
           GObject          *item,
           gint64            id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  stmt = hearth_store_prepare (self->store, self->row_sql, &error);
  if (stmt == NULL)
    {
      g_warning ("Could not read a row: %s", error->message);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  if (!hearth_store_step (self->store, stmt, &has_row, &error))
    {
      g_warning ("Could not read a row: %s", error->message);
      return FALSE;
    }

  if (has_row)
    self->fill (item, stmt);

  sqlite3_reset (stmt);
  return has_row;
}

/* Lets go of cached items only the cache holds, when it has grown large. */
static void
trim_cache (HearthQueryModel *self)
{
  GHashTableIter iter;
  gpointer value;

  if (g_hash_table_size (self->cache) <= CACHE_LIMIT)
    return;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (G_OBJECT (value)->ref_count == 1)
      g_hash_table_iter_remove (&iter);
}

static GObject *
cached_or_new (HearthQueryModel *self,
               gint64            id)
{
  GObject *item = g_hash_table_lookup (self->cache, &id);

  if (item == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      item = g_object_new (self->item_type, NULL);
      fill_item (self, item, id);
      g_hash_table_insert (self->cache, key, item);
    }

  return item;
}

/* The first look at the list reads it; nobody has seen it before, so there
 * is nothing to announce. */
static void
ensure_loaded (HearthQueryModel *self)
{
  if (self->loaded)
    return;

  self->loaded = TRUE;
  self->dirty = FALSE;
  g_clear_error (&self->error);
  g_array_unref (self->ids);
  self->ids = load_ids (self, &self->error);
  if (self->ids == NULL)
    {
      g_warning ("Could not load a list: %s", self->error->message);
      self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
}

static GType
hearth_query_model_get_item_type (GListModel *model)
{
  return HEARTH_QUERY_MODEL (model)->item_type;
}

static guint
hearth_query_model_get_n_items (GListModel *model)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (model);

  ensure_loaded (self);
  return self->ids->len;
}

static gpointer
hearth_query_model_get_item (GListModel *model,
                             guint       position)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (model);
  gint64 id;
  guint start, end;

  ensure_loaded (self);
  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  if (g_hash_table_contains (self->cache, &id))
    return g_object_ref (g_hash_table_lookup (self->cache, &id));

  trim_cache (self);

  /* The page around the position: lists ask for neighbours next. */
  start = position - position % PAGE_SIZE;
  end = MIN (start + PAGE_SIZE, self->ids->len);
  for (guint i = start; i < end; i++)
    cached_or_new (self, g_array_index (self->ids, gint64, i));

  return g_object_ref (g_hash_table_lookup (self->cache, &id));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_query_model_get_item_type;
  iface->get_n_items = hearth_query_model_get_n_items;
  iface->get_item = hearth_query_model_get_item;
}

static gboolean
ids_equal (const gint64 *a,
           const gint64 *b,
           guint         n)
{
  return n == 0 || memcmp (a, b, n * sizeof (gint64)) == 0;
}

/* Compares the old and new orders and emits the exact change between them. */
static void
emit_difference (HearthQueryModel *self,
                 GArray           *old_ids,
                 GArray           *new_ids)
{
  const gint64 *o = (const gint64 *) old_ids->data;
  const gint64 *n = (const gint64 *) new_ids->data;
  guint old_len = old_ids->len, new_len = new_ids->len;
  guint prefix = 0, suffix = 0, old_win, new_win;

  while (prefix < old_len && prefix < new_len && o[prefix] == n[prefix])
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         o[old_len - 1 - suffix] == n[new_len - 1 - suffix])
    suffix++;

  old_win = old_len - prefix - suffix;
  new_win = new_len - prefix - suffix;

  if (old_win == 0 && new_win == 0)
    return;

  /* One row moved from one end of the window to the other. */
  if (old_win == new_win && old_win > 1)
    {
      const gint64 *ow = o + prefix, *nw = n + prefix;
      guint w = old_win;

      if (ow[0] == nw[w - 1] && ids_equal (ow + 1, nw, w - 1))
        {
          /* Moved down: from the window's start to its end. */
          g_list_model_items_changed (G_LIST_MODEL (self), prefix, 1, 0);
          g_list_model_items_changed (G_LIST_MODEL (self), prefix + w - 1, 0, 1);
          return;
        }
      if (ow[w - 1] == nw[0] && ids_equal (ow, nw + 1, w - 1))
        {
          /* Moved up: from the window's end to its start. */
          g_list_model_items_changed (G_LIST_MODEL (self), prefix + w - 1, 1, 0);
          g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, 1);
          return;
        }
    }

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_win, new_win);
}

static void
reload (HearthQueryModel *self)
{
  g_autoptr(GArray) old_ids = NULL;
  g_autoptr(GArray) new_ids = NULL;
  g_autoptr(GHashTable) kept = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (self->frozen > 0)
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  if (!self->loaded)
    return;

  g_clear_error (&self->error);
  new_ids = load_ids (self, &self->error);
  if (new_ids == NULL)
    {
      g_warning ("Could not load a list: %s", self->error->message);
      new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  /* Cached rows that left the list go; those that stay are read again. */
  kept = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < new_ids->len; i++)
    g_hash_table_add (kept, &g_array_index (new_ids, gint64, i));

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (kept, key))
        g_hash_table_iter_remove (&iter);
      else
        fill_item (self, value, *(gint64 *) key);
    }

  old_ids = g_steal_pointer (&self->ids);
  self->ids = g_steal_pointer (&new_ids);
  emit_difference (self, old_ids, self->ids);

  if (old_ids->len != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
store_changed_cb (HearthQueryModel *self,
                  GPtrArray        *changes,
                  HearthStore      *store)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      for (guint t = 0; self->tables[t] != NULL; t++)
        if (change->table == self->tables[t])
          {
            reload (self);
            return;
          }
    }
}

static void
hearth_query_model_dispose (GObject *object)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_query_model_parent_class)->dispose (object);
}

static void
hearth_query_model_finalize (GObject *object)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  g_free (self->ids_sql);
  g_free (self->row_sql);
  g_free (self->tables);
  g_array_unref (self->ids);
  g_hash_table_unref (self->params);
  g_ptr_array_unref (self->sorts);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (hearth_query_model_parent_class)->finalize (object);
}

static void
hearth_query_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self)));
      break;

    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_query_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SORT:
      hearth_query_model_set_sort (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_query_model_class_init (HearthQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_query_model_dispose;
  object_class->finalize = hearth_query_model_finalize;
  object_class->get_property = hearth_query_model_get_property;
  object_class->set_property = hearth_query_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_query_model_init (HearthQueryModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_variant_unref);
  self->sorts = g_ptr_array_new_with_free_func (sort_free);
}

HearthQueryModel *
hearth_query_model_new (HearthStore        *store,
                        GType               item_type,
                        const char         *ids_sql,
                        const char         *row_sql,
                        HearthRowFillFunc   fill,
                        const char * const *tables)
{
  HearthQueryModel *self;
  guint n_tables;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (ids_sql != NULL && strstr (ids_sql, "{order}") != NULL, NULL);
  g_return_val_if_fail (row_sql != NULL, NULL);
  g_return_val_if_fail (fill != NULL, NULL);
  g_return_val_if_fail (tables != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_QUERY_MODEL, "store", store, NULL);
  self->item_type = item_type;
  self->ids_sql = g_strdup (ids_sql);
  self->row_sql = g_strdup (row_sql);
  self->fill = fill;

  n_tables = g_strv_length ((char **) tables);
  self->tables = g_new0 (char *, n_tables + 1);
  for (guint i = 0; i < n_tables; i++)
    self->tables[i] = (char *) g_intern_string (tables[i]);

  self->changed_id = g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb),
                                              self, G_CONNECT_SWAPPED);

  return self;
}

HearthStore *
hearth_query_model_get_store (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  return self->store;
}

void
hearth_query_model_add_sort (HearthQueryModel *self,
                             const char       *name,
                             const char       *order_by)
{
  Sort *sort;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (order_by != NULL);
  g_return_if_fail (find_sort (self, name) == NULL);

  sort = g_new0 (Sort, 1);
  sort->name = g_strdup (name);
  sort->order_by = g_strdup (order_by);
  g_ptr_array_add (self->sorts, sort);

  /* The first sort added is the default one. */
  if (self->sorts->len == 1)
    self->sort = sort->name;
}

void
hearth_query_model_set_sort (HearthQueryModel *self,
                             const char       *name)
{
  Sort *sort;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));

  sort = find_sort (self, name);
  if (sort == NULL)
    {
      g_critical ("No sort called “%s”", name);
      return;
    }

  if (self->sort == sort->name)
    return;

  self->sort = sort->name;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

const char *
hearth_query_model_get_sort (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  return self->sort;
}

void
hearth_query_model_set_param (HearthQueryModel *self,
                              const char       *name,
                              GVariant         *value)
{
  GVariant *old;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL && name[0] == ':');

  if (value != NULL)
    g_variant_ref_sink (value);

  old = g_hash_table_lookup (self->params, name);
  if ((old == NULL && value == NULL) ||
      (old != NULL && value != NULL && g_variant_equal (old, value)))
    {
      g_clear_pointer (&value, g_variant_unref);
      return;
    }

  if (value != NULL)
    g_hash_table_replace (self->params, g_strdup (name), value);
  else
    g_hash_table_remove (self->params, name);

  reload (self);
}

void
hearth_query_model_freeze (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));

  self->frozen++;
}

void
hearth_query_model_thaw (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (self->frozen > 0);

  if (--self->frozen == 0 && self->dirty)
    reload (self);
}

void
hearth_query_model_refresh (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));

  reload (self);
}

guint
hearth_query_model_find_id (HearthQueryModel *self,
                            gint64            id)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), G_MAXUINT);

  ensure_loaded (self);
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

gint64
hearth_query_model_get_id (HearthQueryModel *self,
                           guint             position)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), 0);

  ensure_loaded (self);
  if (position >= self->ids->len)
    return 0;

  return g_array_index (self->ids, gint64, position);
}

const GError *
hearth_query_model_get_error (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  ensure_loaded (self);
  return self->error;
}
