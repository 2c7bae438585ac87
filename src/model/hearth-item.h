/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* What a field of an item holds, and so how it is read from its column and
 * which kind of property shows it. */
typedef enum {
  HEARTH_FIELD_INT64,   /* gint64 */
  HEARTH_FIELD_UINT,    /* guint, from an integer column */
  HEARTH_FIELD_INT,     /* int */
  HEARTH_FIELD_BOOLEAN, /* gboolean: a column that is not 0 */
  HEARTH_FIELD_STRING,  /* char *, owned; "" for NULL, never NULL itself */
} HearthFieldType;

/* A field worked out from others by the class's fill_computed, not read
 * from a column. */
#define HEARTH_FIELD_COMPUTED (-1)

/* One field of an item: the read-only property @name that shows it, the
 * column of the row query it is read from (or HEARTH_FIELD_COMPUTED), and
 * where it lives in the instance struct (G_STRUCT_OFFSET). */
typedef struct
{
  const char      *name;
  HearthFieldType  type;
  int              column;
  gsize            offset;
} HearthItemField;

#define HEARTH_TYPE_ITEM (hearth_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (HearthItem, hearth_item, HEARTH, ITEM, GObject)

struct _HearthItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  /* Set by hearth_item_class_install_fields(). */
  const HearthItemField  *fields;
  guint                   n_fields;
  guint                   n_columns;
  GParamSpec            **pspecs;   /* [0] unused, then one per field */

  /*< public >*/
  /* After the columns are read, while notifications are held: sets the
   * computed fields from the others with hearth_item_set_*(). */
  void (*fill_computed) (HearthItem *self);

  gpointer padding[4];
};

/* Installs one read-only property for each of @fields (a static table: it
 * is kept, not copied), numbered from 1 in the table's order. The columns
 * must be 0 to n - 1, each read by one field, where n is the number of
 * columns of the row query. Call once, from class_init. */
void hearth_item_class_install_fields (HearthItemClass       *klass,
                                       const HearthItemField *fields,
                                       guint                  n_fields);

/* A HearthRowFillFunc: sets each field of @item from its column of the
 * current row of @stmt, then the computed ones, and notifies only the
 * properties whose value changed, at once when done. A row query with
 * another number of columns than the table reads is a g_critical(), and
 * the item is left as it was. */
void hearth_item_fill                 (GObject               *item,
                                       sqlite3_stmt          *stmt);

/* Every row of @stmt, prepared on @store with its parameters bound, as a
 * new item of @item_type each, in a GListStore: for the short lists that
 * are read whole. The statement is reset when done. NULL with @error on
 * failure. */
GListModel *hearth_item_read_list     (HearthStore           *store,
                                       GType                  item_type,
                                       sqlite3_stmt          *stmt,
                                       GError               **error);

/* The first row of @stmt, prepared on @store with its parameters bound, as
 * a new item of @item_type: for reading one record whole. The statement is
 * reset when done. NULL with @error on failure, and with
 * HEARTH_ERROR_NOT_FOUND when there is no row. */
gpointer    hearth_item_read_one      (HearthStore           *store,
                                       GType                  item_type,
                                       sqlite3_stmt          *stmt,
                                       GError               **error);

/* For fill_computed: set @field, a member of @self that is in the class's
 * table, to @value, and notify its property if it changed. */
void hearth_item_set_string           (HearthItem            *self,
                                       char                 **field,
                                       const char            *value);
void hearth_item_set_boolean          (HearthItem            *self,
                                       gboolean              *field,
                                       gboolean               value);

G_END_DECLS
