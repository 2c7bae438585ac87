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

GListModel *
hearth_lookup_item_list_new (HearthStore       *store,
                             HearthLookupTable  table,
                             GError           **error)
{
  static const char *const queries[] = {
    [HEARTH_LOOKUP_OUTCOMES] =
      "SELECT id, name, position FROM outcomes WHERE active = 1 ORDER BY position, id",
    [HEARTH_LOOKUP_ACCESS_NEEDS] =
      "SELECT id, name, position FROM access_needs WHERE active = 1 ORDER BY position, id",
  };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) table < G_N_ELEMENTS (queries), NULL);

  stmt = hearth_store_prepare (store, queries[table], error);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_LOOKUP_ITEM, stmt, error);
}
