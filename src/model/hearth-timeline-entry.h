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

/* The timeline of one case, once it is set (no case, no rows), narrowed by
 * the filters below. Deleted entries never appear. Sorts: "newest",
 * "oldest". */
HearthQueryModel *hearth_timeline_entry_query_new (HearthStore *store);
/* The timeline of one resident, once they are set: the entries of all their
 * cases and their notes outside any case, with the same filters and sorts
 * as a case's timeline. */
HearthQueryModel *hearth_timeline_entry_query_new_for_resident (HearthStore *store);

/* Entries chosen by @ids_sql (see hearth_query_model_new(); its rows are
 * "timeline_entries e"), with the timelines' sorts, for a list of entries
 * kept beside its own SQL. @tables: what else the choice depends on,
 * "timeline_entries" and "staff" among them. */
HearthQueryModel *hearth_timeline_entry_query_new_from (HearthStore        *store,
                                                        const char         *ids_sql,
                                                        const char * const *tables);

/* One entry, read once, as long as it has not been deleted; NULL with
 * HEARTH_ERROR_NOT_FOUND when it is gone or deleted. */
HearthTimelineEntry *hearth_timeline_entry_load (HearthStore  *store,
                                                 gint64        entry_id,
                                                 GError      **error);

/* A case's whole timeline in the order it happened (oldest first, deleted
 * entries left out), read once into a list, for a document: a case of
 * 10,000 entries reads in a fraction of a second. @cancellable is checked
 * as the rows are read. NULL with @error set. */
GListModel *hearth_timeline_entry_list_new_whole_case (HearthStore   *store,
                                                       gint64         case_id,
                                                       GCancellable  *cancellable,
                                                       GError       **error);

/* A person's name for a kind of entry ("What we agreed"), and its icon. */
const char *hearth_timeline_entry_kind_label     (const char *kind);
const char *hearth_timeline_entry_kind_icon_name (const char *kind);

/* The list's filters; each reloads it unless it is frozen. */

/* For hearth_timeline_entry_query_new(): the case whose timeline it is; 0 or
 * -1 for none. */
void hearth_timeline_entry_list_set_case          (HearthQueryModel *entries,
                                                   gint64            case_id);

/* For hearth_timeline_entry_query_new_for_resident(): whose story it is; 0
 * for none. */
void hearth_timeline_entry_list_set_resident      (HearthQueryModel *entries,
                                                   gint64            resident_id);

/* Entries of one kind; NULL for every kind. */
void hearth_timeline_entry_list_set_kind          (HearthQueryModel *entries,
                                                   const char       *kind);

/* TRUE: only what we agreed, money outcomes and closing. */
void hearth_timeline_entry_list_set_outcomes_only (HearthQueryModel *entries,
                                                   gboolean          outcomes_only);

/* What one person wrote; 0 for anyone. */
void hearth_timeline_entry_list_set_author        (HearthQueryModel *entries,
                                                   gint64            author_id);

/* An FTS5 query over entries; NULL for none. */
void hearth_timeline_entry_list_set_search        (HearthQueryModel *entries,
                                                   const char       *fts);

G_END_DECLS
