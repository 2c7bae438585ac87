/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"
#include "hearth-timeline-entry.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ENTRY_ROW (hearth_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthEntryRow, hearth_entry_row, HEARTH, ENTRY_ROW, GtkWidget)

/* One entry of a timeline: a line that says what happened, and when opened,
 * the whole text, what was agreed (to tick off), earlier versions and the
 * entry's actions (timeline.edit-entry and timeline.delete-entry, with the
 * entry's id, where an ancestor provides them). */
GtkWidget           *hearth_entry_row_new          (HearthStore         *store);
HearthTimelineEntry *hearth_entry_row_get_entry    (HearthEntryRow      *self);
void                 hearth_entry_row_set_entry    (HearthEntryRow      *self,
                                                    HearthTimelineEntry *entry);
/* The day shown above the entry when it is the first of its day, or NULL. */
const char          *hearth_entry_row_get_heading  (HearthEntryRow      *self);
void                 hearth_entry_row_set_heading  (HearthEntryRow      *self,
                                                    const char          *heading);
gboolean             hearth_entry_row_get_expanded (HearthEntryRow      *self);
void                 hearth_entry_row_set_expanded (HearthEntryRow      *self,
                                                    gboolean             expanded);

G_END_DECLS
