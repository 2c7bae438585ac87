/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE (hearth_case_get_type ())
G_DECLARE_FINAL_TYPE (HearthCase, hearth_case, HEARTH, CASE, HearthItem)

gint64      hearth_case_get_id                 (HearthCase *self);
const char *hearth_case_get_title              (HearthCase *self);
const char *hearth_case_get_status             (HearthCase *self);
gboolean    hearth_case_get_is_open            (HearthCase *self);
gint64      hearth_case_get_lead_id            (HearthCase *self);
const char *hearth_case_get_lead_name          (HearthCase *self);
const char *hearth_case_get_residents          (HearthCase *self);
gint64      hearth_case_get_opened_at          (HearthCase *self);
gint64      hearth_case_get_closed_at          (HearthCase *self);
const char *hearth_case_get_outcome_name       (HearthCase *self);
gint64      hearth_case_get_last_activity_at   (HearthCase *self);
guint       hearth_case_get_open_agreements    (HearthCase *self);
guint       hearth_case_get_overdue_agreements (HearthCase *self);
/* The note written when the case closed; "" while open. */
const char *hearth_case_get_closing_note       (HearthCase *self);

/* One case, read once (it does not follow later changes); NULL with
 * HEARTH_ERROR_NOT_FOUND when there is no such case. */
HearthCase *hearth_case_load                   (HearthStore  *store,
                                                gint64        case_id,
                                                GError      **error);

/* The money of a case, from its timeline (deleted entries left out). */
typedef struct
{
  gint64 debt_resolved_pence;
  gint64 income_gained_pence;
  gint64 spent_pence;         /* from the team budget */
  guint  n_spends;
} HearthCaseMoney;

gboolean    hearth_case_read_money             (HearthStore      *store,
                                                gint64            case_id,
                                                HearthCaseMoney  *money,
                                                GError          **error);

/* What the team budget was spent on in a case: one per "spend for" (the
 * same words), the largest total first. */
typedef struct
{
  char   *spend_for;          /* "" when not said */
  gint64  pence;
  guint   count;
} HearthCaseSpend;

/* A GArray of HearthCaseSpend that frees its own strings; NULL with @error
 * set. */
GArray     *hearth_case_dup_spends             (HearthStore  *store,
                                                gint64        case_id,
                                                GError      **error);

/* Every case, narrowed by the filters below.
 * Sorts: "activity", "name", "opened". */
HearthQueryModel *hearth_case_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* "open" or "closed" cases; NULL for both. */
void hearth_case_list_set_status    (HearthQueryModel *cases,
                                     const char       *status);

/* The cases @staff_id leads or works on, for "mine"; 0 for everyone's. */
void hearth_case_list_set_mine      (HearthQueryModel *cases,
                                     gint64            staff_id);

/* The same, for a worker chosen from the team; 0 for any. */
void hearth_case_list_set_worker    (HearthQueryModel *cases,
                                     gint64            staff_id);

/* Cases closed with that outcome; 0 for any. */
void hearth_case_list_set_outcome   (HearthQueryModel *cases,
                                     gint64            outcome_id);

/* One resident's cases; 0 for everyone's. */
void hearth_case_list_set_resident  (HearthQueryModel *cases,
                                     gint64            resident_id);

/* TRUE: only cases with an agreement due within a week or overdue. */
void hearth_case_list_set_follow_up (HearthQueryModel *cases,
                                     gboolean          follow_up);

/* A JSON array of case ids, such as HearthCaseSearch finds off the main
 * thread: only those cases; NULL for all. */
void hearth_case_list_set_match_ids (HearthQueryModel *cases,
                                     const char       *match_ids);

G_END_DECLS
