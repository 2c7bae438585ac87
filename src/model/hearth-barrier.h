/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER (hearth_barrier_get_type ())
G_DECLARE_FINAL_TYPE (HearthBarrier, hearth_barrier, HEARTH, BARRIER, HearthItem)

gint64      hearth_barrier_get_id                  (HearthBarrier *self);
const char *hearth_barrier_get_title               (HearthBarrier *self);
const char *hearth_barrier_get_what_happens        (HearthBarrier *self);
const char *hearth_barrier_get_effect_on_residents (HearthBarrier *self);
const char *hearth_barrier_get_category            (HearthBarrier *self);
const char *hearth_barrier_get_teams               (HearthBarrier *self);
gint64      hearth_barrier_get_owner_id            (HearthBarrier *self);
const char *hearth_barrier_get_owner_name          (HearthBarrier *self);
const char *hearth_barrier_get_status              (HearthBarrier *self);
const char *hearth_barrier_get_parked_reason       (HearthBarrier *self);
const char *hearth_barrier_get_first_action        (HearthBarrier *self);
const char *hearth_barrier_get_action_due_on       (HearthBarrier *self);
guint       hearth_barrier_get_weight              (HearthBarrier *self);
guint       hearth_barrier_get_votes               (HearthBarrier *self);
gint64      hearth_barrier_get_last_update_at      (HearthBarrier *self);
gint64      hearth_barrier_get_created_at          (HearthBarrier *self);
gint64      hearth_barrier_get_removed_at          (HearthBarrier *self);
const char *hearth_barrier_get_category_label      (HearthBarrier *self);
const char *hearth_barrier_get_status_label        (HearthBarrier *self);

/* Not removed or parked. */
gboolean    hearth_barrier_is_open                 (HearthBarrier *self);
/* Open, with no update for @stall_weeks weeks before @now (the store's
 * clock, hearth_store_now()). */
gboolean    hearth_barrier_is_stalled              (HearthBarrier *self,
                                                    gint64         now,
                                                    guint          stall_weeks);

/* Barriers across all sessions, merged ones folded into the one they joined
 * and deleted ones left out, narrowed by the filters below.
 * Sorts: "weight" (most first), "age" (oldest first), "updated" (latest
 * update first), "quiet" (longest without an update first), "votes" (most
 * votes in the session of hearth_barrier_list_set_session(), or over all
 * sessions without one; then weight: the order of the Act phase), "board"
 * (the order raised in that session). */
HearthQueryModel *hearth_barrier_query_new (HearthStore *store);

/* Lists read whole and once, for a document such as a session's summary
 * (they do not follow later changes); merged and deleted barriers are left
 * out. NULL with @error set.
 *
 * The barriers raised at a session, in the order raised; their votes are
 * the session's. */
GListModel *hearth_barrier_list_new_raised_at       (HearthStore   *store,
                                                     gint64         session_id,
                                                     GError       **error);
/* A session's barriers in the order of its Act phase: the session's votes
 * (their votes), then weight, then the order raised; at most
 * @max_barriers, 0 for all. */
GListModel *hearth_barrier_list_new_top             (HearthStore   *store,
                                                     gint64         session_id,
                                                     guint          max_barriers,
                                                     GError       **error);
/* Those removed after the day @after_day ("YYYY-MM-DD", local time; NULL
 * for since ever) up to and including @up_to_day, in the order removed. */
GListModel *hearth_barrier_list_new_removed_between (HearthStore   *store,
                                                     const char    *after_day,
                                                     const char    *up_to_day,
                                                     GError       **error);
/* Those open with no update for @stall_weeks weeks by the end of @day
 * ("YYYY-MM-DD"): stalled as a session on that day sees them, the longest
 * without news first. */
GListModel *hearth_barrier_list_new_stalled_on      (HearthStore   *store,
                                                     const char    *day,
                                                     guint          stall_weeks,
                                                     GError       **error);

/* What the barrier log can be narrowed to, as lists of HearthLookupItem
 * that follow the log (each read whole, not barrier by barrier): the owners
 * of the barriers in the log, by name (id and name of each), and every
 * distinct way their teams are written (each name a list such as "Repairs,
 * Income and Money", for the caller to split). A barrier given a new
 * owner, or an owner renamed, changes the lists as a new barrier does.
 * NULL with @error on failure. */
GListModel *hearth_barrier_owner_list_new  (HearthStore   *store,
                                            GError       **error);
GListModel *hearth_barrier_team_list_new   (HearthStore   *store,
                                            GError       **error);

/* The start of the calendar quarter (January, April, July, October) that
 * @now falls in, local time, as a Unix time. */
gint64      hearth_barrier_quarter_start   (gint64 now);

const char *hearth_barrier_category_label (const char *category);
const char *hearth_barrier_status_label   (const char *status);

/* The list's filters; each reloads it unless it is frozen. */

/* Barriers in one status; NULL for any. */
void hearth_barrier_list_set_status        (HearthQueryModel *barriers,
                                            const char       *status);

/* TRUE: only those not removed or parked. */
void hearth_barrier_list_set_open_only     (HearthQueryModel *barriers,
                                            gboolean          open_only);

/* The barriers one person owns; 0 for anyone's. */
void hearth_barrier_list_set_owner         (HearthQueryModel *barriers,
                                            gint64            owner_id);

/* One category; NULL for any. */
void hearth_barrier_list_set_category      (HearthQueryModel *barriers,
                                            const char       *category);

/* Those that affect one of the teams, whatever its case; NULL for any. */
void hearth_barrier_list_set_team          (HearthQueryModel *barriers,
                                            const char       *team);

/* Those removed at or after @since (a Unix time; with
 * hearth_barrier_quarter_start(), "removed this quarter"); 0 for no such
 * filter. */
void hearth_barrier_list_set_removed_since (HearthQueryModel *barriers,
                                            gint64            since);

/* Those open with no update for @stall_weeks weeks, by the store's clock:
 * stalled; 0 for no such filter. */
void hearth_barrier_list_set_stall_weeks   (HearthQueryModel *barriers,
                                            guint             stall_weeks);

/* The barriers on one session's board, and the "votes" and "board" sorts of
 * that session; 0 for every session. */
void hearth_barrier_list_set_session       (HearthQueryModel *barriers,
                                            gint64            session_id);

G_END_DECLS
