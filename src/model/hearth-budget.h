/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-insights.h"
#include "hearth-item.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* A team's budget for a period: front-line staff spend from it without
 * asking, and Hearth says what is left. Amounts are pence, days are
 * "YYYY-MM-DD" (hearth-date.h), both ends of the period included.
 *
 * Which spends count: a spend counts against the budget of the team of
 * the person who logged it, as the team list has them now; when that
 * person has left the list or has no team, against the team of the case's
 * lead. It counts in the budget whose period holds the local day it is
 * dated, and a deleted spend counts for nothing. */

#define HEARTH_TYPE_BUDGET (hearth_budget_get_type ())
G_DECLARE_FINAL_TYPE (HearthBudget, hearth_budget, HEARTH, BUDGET, HearthItem)

gint64      hearth_budget_get_id           (HearthBudget *self);
const char *hearth_budget_get_team         (HearthBudget *self);
/* In the team's words: "2026–27 Q3". */
const char *hearth_budget_get_name         (HearthBudget *self);
gint64      hearth_budget_get_amount_pence (HearthBudget *self);
const char *hearth_budget_get_starts_on    (HearthBudget *self);
const char *hearth_budget_get_ends_on      (HearthBudget *self);

/* What a person types to set a budget. */
typedef struct
{
  const char *team;
  const char *name;
  const char *amount;     /* as typed: "£3,000", "3000.50" */
  const char *starts_on;  /* "YYYY-MM-DD" */
  const char *ends_on;    /* "YYYY-MM-DD", on or after starts_on */
} HearthBudgetFields;

/* Sets a budget for a team. Refused with HEARTH_ERROR_INVALID, writing
 * nothing, when the amount is not a sum of money above nothing, a day is
 * not a day, the period ends before it starts, or it overlaps another
 * budget of the same team; with HEARTH_ERROR_READ_ONLY on a store that only
 * reads. Returns the new budget's id, or 0. */
gint64        hearth_budget_create   (HearthStore               *store,
                                      const HearthBudgetFields  *fields,
                                      GError                   **error);
/* Changes a budget, with the same refusals; HEARTH_ERROR_NOT_FOUND for one
 * that is gone. */
gboolean      hearth_budget_update   (HearthStore               *store,
                                      gint64                     budget_id,
                                      const HearthBudgetFields  *fields,
                                      GError                   **error);
/* Removes a budget (marked deleted, so it is recorded and can be traced).
 * The spends stay as they were. */
gboolean      hearth_budget_remove   (HearthStore               *store,
                                      gint64                     budget_id,
                                      GError                   **error);

/* One budget; HEARTH_ERROR_NOT_FOUND when it is gone. */
HearthBudget *hearth_budget_read     (HearthStore               *store,
                                      gint64                     budget_id,
                                      GError                   **error);
/* The budgets of @team (every team's for NULL), by team and then the
 * earliest first, as a GListStore of HearthBudget. */
GListModel   *hearth_budget_list_read (HearthStore              *store,
                                       const char               *team,
                                       GError                  **error);
/* The teams on the team list, as HearthLookupItems named after each team,
 * read again when the team list changes. */
GListModel   *hearth_budget_team_list_new (HearthStore          *store,
                                           GError              **error);
/* The team of a member of staff, "" for none or nobody. */
char         *hearth_budget_dup_staff_team (HearthStore         *store,
                                            gint64               staff_id,
                                            GError             **error);

/* The team whose budget a spend that @staff_id logs on @case_id now counts
 * against, by the rule above; "" for none. */
char         *hearth_budget_dup_spend_team (HearthStore         *store,
                                            gint64               staff_id,
                                            gint64               case_id,
                                            GError             **error);

/* The budget of @team whose period holds @day, and what is left of it:
 * its amount less every spend that counts against it (see above), which
 * is below zero when the team has spent more. Sets *budget to NULL (and
 * *left_pence to 0) when no budget holds the day. FALSE with @error only
 * when the store fails. */
gboolean      hearth_budget_read_left (HearthStore              *store,
                                       const char               *team,
                                       const char               *day,
                                       HearthBudget            **budget,
                                       gint64                   *left_pence,
                                       GError                  **error);

/* The quarter of the financial year (April to June is the first) that
 * holds @day: its name, such as "2026–27 Q3", and in @starts_on and
 * @ends_on its first and last days. NULL when @day is not a day. */
char         *hearth_budget_dup_quarter   (const char           *day,
                                           char                **starts_on,
                                           char                **ends_on);

/* The local day of @time (Unix seconds), "YYYY-MM-DD". */
char         *hearth_budget_dup_local_day (gint64                time);

#define HEARTH_TYPE_BUDGET_REPORT (hearth_budget_report_get_type ())
G_DECLARE_FINAL_TYPE (HearthBudgetReport, hearth_budget_report, HEARTH, BUDGET_REPORT, GObject)

/* What a budget was spent on, to learn from: read whole, in this thread. */
HearthBudgetReport        *hearth_budget_report_read           (HearthStore         *store,
                                                                gint64               budget_id,
                                                                GError             **error);
/* The same in a worker thread, on a connection of its own that only reads,
 * as hearth_insights_compute_async() does. */
void                       hearth_budget_report_read_async     (HearthStore         *store,
                                                                gint64               budget_id,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
HearthBudgetReport        *hearth_budget_report_read_finish    (GAsyncResult        *result,
                                                                GError             **error);
HearthBudget              *hearth_budget_report_get_budget     (HearthBudgetReport  *self);
gint64                     hearth_budget_report_get_spent_pence (HearthBudgetReport *self);
/* Amount less spent: below zero when overspent. */
gint64                     hearth_budget_report_get_left_pence (HearthBudgetReport  *self);
guint                      hearth_budget_report_get_n_spends   (HearthBudgetReport  *self);
/* Each month the period touches, in order, labelled "2026-11": value is
 * pence spent, count the number of spends. */
const HearthInsightsCount *hearth_budget_report_get_months     (HearthBudgetReport  *self,
                                                                guint               *n_months);
/* What it was spent on, the largest first, as hearth_insights_get_spend_for()
 * has it: words that name a resident on the case count under "". */
const HearthInsightsCount *hearth_budget_report_get_spend_for  (HearthBudgetReport  *self,
                                                                guint               *n_items);
/* The cases that spent, by outcome: closed cases under their outcome in the
 * team's order ("" for none), then the cases still open under NULL. value
 * is pence spent on them, count the number of cases. */
const HearthInsightsCount *hearth_budget_report_get_outcomes   (HearthBudgetReport  *self,
                                                                guint               *n_outcomes);

G_END_DECLS
