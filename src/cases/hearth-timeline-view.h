/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TIMELINE_VIEW (hearth_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (HearthTimelineView, hearth_timeline_view, HEARTH, TIMELINE_VIEW, AdwBin)

void        hearth_timeline_view_set_store   (HearthTimelineView *self,
                                              HearthStore        *store);
/* Shows the timeline of the case with @case_id; -1 for no case. */
void        hearth_timeline_view_set_case_id (HearthTimelineView *self,
                                              gint64              case_id);
gint64      hearth_timeline_view_get_case_id (HearthTimelineView *self);
/* The entries shown, in their order (a HearthQueryModel). */
GListModel *hearth_timeline_view_get_model   (HearthTimelineView *self);
/* Scrolls to the entry and gives it the focus, showing every entry first
 * if a filter hid it, as soon as the case's entries are read. */
gboolean    hearth_timeline_view_show_entry  (HearthTimelineView *self,
                                              gint64              entry_id);

G_END_DECLS
