/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hearth-query-model.h"
#include "hearth-timeline-entry.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STORY_ROW (hearth_story_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthStoryRow, hearth_story_row, HEARTH, STORY_ROW, GtkBox)

/* An entry of a resident's whole story: its kind, when and by whom, its
 * summary and which of @cases (the resident's cases) it belongs to. A note
 * in no case offers to move into one of the open ones, through the
 * "story.move" action with the entry's and the case's ids, "(xx)". */
GtkWidget           *hearth_story_row_new       (HearthQueryModel    *cases);
HearthTimelineEntry *hearth_story_row_get_entry (HearthStoryRow      *self);
void                 hearth_story_row_set_entry (HearthStoryRow      *self,
                                                 HearthTimelineEntry *entry);

G_END_DECLS
