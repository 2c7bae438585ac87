/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-lookup-item.h"

struct _HearthLookupItem
{
  HearthItem parent_instance;

  gint64   id;
  char    *name;
  int      position;
};

G_DEFINE_FINAL_TYPE (HearthLookupItem, hearth_lookup_item, HEARTH_TYPE_ITEM)

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthLookupItem, member) }

/* The columns of the queries of hearth_lookup_item_list_new(), in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("name", STRING, 1, name),
  FIELD ("position", INT, 2, position),
};

static void
hearth_lookup_item_class_init (HearthLookupItemClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_lookup_item_init (HearthLookupItem *self)
{
}

gint64
hearth_lookup_item_get_id (HearthLookupItem *self)
{
  g_return_val_if_fail (HEARTH_IS_LOOKUP_ITEM (self), 0);

  return self->id;
}

const char *
hearth_lookup_item_get_name (HearthLookupItem *self)
{
  g_return_val_if_fail (HEARTH_IS_LOOKUP_ITEM (self), NULL);

  return self->name;
}

int
hearth_lookup_item_get_position (HearthLookupItem *self)
{
  g_return_val_if_fail (HEARTH_IS_LOOKUP_ITEM (self), 0);

  return self->position;
}

static const char * const outcomes_tables[] = { "outcomes", NULL };
static const char * const access_needs_tables[] = { "access_needs", NULL };

/* Each lookup table, and the query of its active rows in their order. */
static const struct
{
  const char * const *tables;
  const char         *sql;
} lookups[] = {
  [HEARTH_LOOKUP_OUTCOMES] = {
    outcomes_tables,
    "SELECT id, name, position FROM outcomes WHERE active = 1 ORDER BY position, id",
  },
  [HEARTH_LOOKUP_ACCESS_NEEDS] = {
    access_needs_tables,
    "SELECT id, name, position FROM access_needs WHERE active = 1 ORDER BY position, id",
  },
};

/* What a list needs to follow its tables; lives as long as the list does. */
typedef struct
{
  GListStore         *list;   /* borrowed: the closure goes with it */
  const char         *sql;    /* static */
  const char * const *tables; /* static */
} Watch;

static void
watch_free (gpointer  data,
            GClosure *closure)
{
  g_free (data);
}

static GListModel *
read_list (HearthStore  *store,
           const char   *sql,
           GError      **error)
{
  sqlite3_stmt *stmt = hearth_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_LOOKUP_ITEM, stmt, error);
}

static gboolean
same_items (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthLookupItem) x = g_list_model_get_item (a, i);
      g_autoptr(HearthLookupItem) y = g_list_model_get_item (b, i);

      if (x->id != y->id || x->position != y->position || !g_str_equal (x->name, y->name))
        return FALSE;
    }

  return TRUE;
}

/* One of the tables changed: the list is read again, and when anything in
 * it differs, it is replaced whole. These lists are a handful of rows, and a
 * renamed row must be announced too, which items-changed alone cannot do
 * for a row that stays in its place. */
static void
store_changed_cb (HearthStore *store,
                  GPtrArray   *changes,
                  Watch       *watch)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean touched = FALSE;
  guint n;

  for (guint i = 0; i < changes->len && !touched; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      for (guint t = 0; watch->tables[t] != NULL && !touched; t++)
        touched = change->table == g_intern_static_string (watch->tables[t]);
    }
  if (!touched)
    return;

  fresh = read_list (store, watch->sql, &error);
  if (fresh == NULL)
    {
      g_warning ("Could not read the %s again: %s", watch->tables[0], error->message);
      return;
    }
  if (same_items (G_LIST_MODEL (watch->list), fresh))
    return;

  n = g_list_model_get_n_items (fresh);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (fresh, i));
  g_list_store_splice (watch->list, 0, g_list_model_get_n_items (G_LIST_MODEL (watch->list)),
                       items->pdata, items->len);
}

GListModel *
hearth_lookup_item_list_new_from_query (HearthStore         *store,
                                        const char          *sql,
                                        const char * const  *tables,
                                        GError             **error)
{
  g_autoptr(GListModel) list = NULL;
  GClosure *closure;
  Watch *watch;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (tables != NULL && tables[0] != NULL, NULL);

  list = read_list (store, sql, error);
  if (list == NULL)
    return NULL;

  /* The handler goes when the list does (or the store). */
  watch = g_new0 (Watch, 1);
  watch->list = G_LIST_STORE (list);
  watch->sql = sql;
  watch->tables = tables;
  closure = g_cclosure_new (G_CALLBACK (store_changed_cb), watch, watch_free);
  g_object_watch_closure (G_OBJECT (list), closure);
  g_signal_connect_closure (store, "changed", closure, FALSE);

  return g_steal_pointer (&list);
}

GListModel *
hearth_lookup_item_list_new (HearthStore       *store,
                             HearthLookupTable  table,
                             GError           **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) table < G_N_ELEMENTS (lookups), NULL);

  return hearth_lookup_item_list_new_from_query (store, lookups[table].sql, lookups[table].tables,
                                                 error);
}
