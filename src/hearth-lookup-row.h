/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-lookup-item.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LOOKUP_ROW (hearth_lookup_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthLookupRow, hearth_lookup_row, HEARTH, LOOKUP_ROW, AdwEntryRow)

/* One name on one of the team's lists, to rename in place (::apply says
 * the new name is ready) and to remove with its button, which activates
 * lookup.remove with the name's id where an ancestor provides it. */
/* @title names what the row holds ("Outcome"), so that a screen reader
 * tells one list's rows from another's. */
GtkWidget        *hearth_lookup_row_new      (HearthLookupItem *item,
                                              const char       *title);
HearthLookupItem *hearth_lookup_row_get_item (HearthLookupRow  *self);

G_END_DECLS
