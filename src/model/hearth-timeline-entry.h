/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TIMELINE_ENTRY (hearth_timeline_entry_get_type ())
G_DECLARE_FINAL_TYPE (HearthTimelineEntry, hearth_timeline_entry, HEARTH, TIMELINE_ENTRY,
                      HearthItem)

gint64      hearth_timeline_entry_get_id           (HearthTimelineEntry *self);
gint64      hearth_timeline_entry_get_case_id      (HearthTimelineEntry *self);
gint64      hearth_timeline_entry_get_resident_id  (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_kind         (HearthTimelineEntry *self);
gint64      hearth_timeline_entry_get_occurred_at  (HearthTimelineEntry *self);
gint64      hearth_timeline_entry_get_author_id    (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_author_name  (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_summary      (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_body         (HearthTimelineEntry *self);
gint64      hearth_timeline_entry_get_amount_pence (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_spend_for    (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_money_kind   (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_expert_name  (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_expert_from  (HearthTimelineEntry *self);
guint       hearth_timeline_entry_get_version      (HearthTimelineEntry *self);
gboolean    hearth_timeline_entry_get_edited       (HearthTimelineEntry *self);
/* Items of "what we agreed" still open, and those of them past their date. */
guint       hearth_timeline_entry_get_open_items    (HearthTimelineEntry *self);
guint       hearth_timeline_entry_get_overdue_items (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_icon_name    (HearthTimelineEntry *self);
const char *hearth_timeline_entry_get_kind_label   (HearthTimelineEntry *self);

/* The timeline of one case. Params: :case_id (required: no case, no rows),
 * :kind, :outcomes (TRUE: only what we agreed, money outcomes and closing),
 * :author_id, :search (an FTS5 query). Deleted entries never appear.
 * Sorts: "newest", "oldest". */
HearthQueryModel *hearth_timeline_entry_query_new (HearthStore *store);
/* The timeline of one resident: the entries of all their cases and their
 * notes outside any case. Params: :resident_id (required), and the same
 * filters and sorts as a case's timeline. */
HearthQueryModel *hearth_timeline_entry_query_new_for_resident (HearthStore *store);

/* A person's name for a kind of entry ("What we agreed"), and its icon. */
const char *hearth_timeline_entry_kind_label     (const char *kind);
const char *hearth_timeline_entry_kind_icon_name (const char *kind);

G_END_DECLS
