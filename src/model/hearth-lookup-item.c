/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-lookup-item.h"

struct _HearthLookupItem
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  int      position;
};

G_DEFINE_FINAL_TYPE (HearthLookupItem, hearth_lookup_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_lookup_item_finalize (GObject *object)
{
  g_free (HEARTH_LOOKUP_ITEM (object)->name);

  G_OBJECT_CLASS (hearth_lookup_item_parent_class)->finalize (object);
}

static void
hearth_lookup_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthLookupItem *self = HEARTH_LOOKUP_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lookup_item_class_init (HearthLookupItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_lookup_item_finalize;
  object_class->get_property = hearth_lookup_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_lookup_item_init (HearthLookupItem *self)
{
  self->name = g_strdup ("");
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
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) table < G_N_ELEMENTS (queries), NULL);

  stmt = hearth_store_prepare (store, queries[table], error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (HEARTH_TYPE_LOOKUP_ITEM);
  for (;;)
    {
      g_autoptr(HearthLookupItem) item = NULL;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      item = g_object_new (HEARTH_TYPE_LOOKUP_ITEM, NULL);
      item->id = sqlite3_column_int64 (stmt, 0);
      g_free (item->name);
      item->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->position = sqlite3_column_int (stmt, 2);
      g_list_store_append (list, item);
    }

  sqlite3_reset (stmt);
  return G_LIST_MODEL (g_steal_pointer (&list));
}
