/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The small lists the team edits: outcomes at close, access needs. */
typedef enum {
  HEARTH_LOOKUP_OUTCOMES,
  HEARTH_LOOKUP_ACCESS_NEEDS,
} HearthLookupTable;

#define HEARTH_TYPE_LOOKUP_ITEM (hearth_lookup_item_get_type ())
G_DECLARE_FINAL_TYPE (HearthLookupItem, hearth_lookup_item, HEARTH, LOOKUP_ITEM, HearthItem)

gint64      hearth_lookup_item_get_id       (HearthLookupItem  *self);
const char *hearth_lookup_item_get_name     (HearthLookupItem  *self);
int         hearth_lookup_item_get_position (HearthLookupItem  *self);

/* The active rows of @table in their order, as a GListStore: these lists are
 * a handful of rows, so they are read whole. The list follows the table: it
 * is read again when the table changes and, if anything differs, replaced
 * whole in one items-changed. NULL with @error on failure. */
GListModel *hearth_lookup_item_list_new     (HearthStore       *store,
                                             HearthLookupTable  table,
                                             GError           **error);

/* A list like those above for a short list of choices read from other
 * tables: @sql (static) reads the columns id, name and position of every
 * row, and the list is read again when any of @tables (static,
 * NULL-terminated) changes. */
GListModel *hearth_lookup_item_list_new_from_query (HearthStore         *store,
                                                    const char          *sql,
                                                    const char * const  *tables,
                                                    GError             **error);

G_END_DECLS
