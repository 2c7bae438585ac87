/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* One calendar month (UTC) of the period. */
typedef struct
{
  char   *key;                  /* "2026-11" */
  gint64  start;                /* the month's first second, Unix time */
  guint   opened;               /* cases opened in the month */
  guint   closed;               /* cases closed in the month */
  gint64  spend_pence;          /* spent from the team budget */
  gint64  debt_resolved_pence;
  gint64  income_gained_pence;
} HearthInsightsMonth;

/* A named figure: how many cases closed with an outcome, how many residents
 * live in an area, what was spent on a kind of thing. */
typedef struct
{
  char   *label;
  gint64  value;                /* a count, or pence for spend */
  guint   count;                /* for spend: how many times */
} HearthInsightsCount;

/* How long open agreements have been overdue, in days. */
typedef enum {
  HEARTH_INSIGHTS_OVERDUE_WEEK,         /* 1 to 7 days */
  HEARTH_INSIGHTS_OVERDUE_MONTH,        /* 8 to 30 days */
  HEARTH_INSIGHTS_OVERDUE_QUARTER,      /* 31 to 90 days */
  HEARTH_INSIGHTS_OVERDUE_LONGER,       /* more than 90 days */
  HEARTH_INSIGHTS_N_OVERDUE_BANDS
} HearthInsightsOverdueBand;

#define HEARTH_TYPE_INSIGHTS (hearth_insights_get_type ())
G_DECLARE_FINAL_TYPE (HearthInsights, hearth_insights, HEARTH, INSIGHTS, GObject)

/* The whole months from @n_months - 1 months before the month of @now up to
 * the end of the month of @now: [*start, *end). */
void                       hearth_insights_period_last_months (gint64   now,
                                                               guint    n_months,
                                                               gint64  *start,
                                                               gint64  *end);
/* From the first of January of @now's year to the end of @now's month. */
void                       hearth_insights_period_this_year   (gint64   now,
                                                               gint64  *start,
                                                               gint64  *end);

/* The figures of [@start, @end), read on @store's own connection, in this
 * thread. "Now" (open cases, overdue agreements) is hearth_store_now(). */
HearthInsights            *hearth_insights_compute        (HearthStore          *store,
                                                           gint64                start,
                                                           gint64                end,
                                                           GError              **error);
/* The same in a worker thread, on a connection of its own that only reads,
 * so that a large database does not hold up the window. */
void                       hearth_insights_compute_async  (HearthStore          *store,
                                                           gint64                start,
                                                           gint64                end,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
HearthInsights            *hearth_insights_compute_finish (GAsyncResult         *result,
                                                           GError              **error);

gint64                     hearth_insights_get_start      (HearthInsights       *self);
gint64                     hearth_insights_get_end        (HearthInsights       *self);
gint64                     hearth_insights_get_now        (HearthInsights       *self);
/* TRUE when the database holds no cases at all. */
gboolean                   hearth_insights_is_empty       (HearthInsights       *self);

guint                      hearth_insights_get_open_now   (HearthInsights       *self);
guint                      hearth_insights_get_opened     (HearthInsights       *self);
guint                      hearth_insights_get_closed     (HearthInsights       *self);
gint64                     hearth_insights_get_debt_resolved_pence (HearthInsights *self);
gint64                     hearth_insights_get_income_gained_pence (HearthInsights *self);
gint64                     hearth_insights_get_spend_pence (HearthInsights      *self);
guint                      hearth_insights_get_n_spends   (HearthInsights       *self);
guint                      hearth_insights_get_overdue    (HearthInsights       *self);
guint                      hearth_insights_get_overdue_band (HearthInsights     *self,
                                                             HearthInsightsOverdueBand band);
guint                      hearth_insights_get_residents  (HearthInsights       *self);

const HearthInsightsMonth *hearth_insights_get_months     (HearthInsights       *self,
                                                           guint                *n_months);
/* Cases closed in the period by outcome, in the team's order of outcomes;
 * cases closed without one come last with an empty label. */
const HearthInsightsCount *hearth_insights_get_outcomes   (HearthInsights       *self,
                                                           guint                *n_outcomes);
/* What the spend was for, the largest total first; at most ten. Spend for
 * nothing said, or described in words that name a resident on its case,
 * counts under an empty label. */
const HearthInsightsCount *hearth_insights_get_spend_for  (HearthInsights       *self,
                                                           guint                *n_items);
/* Residents on a case open at some time in the period, by access need in the
 * team's order (needs nobody has show 0), and by area, the largest first
 * (an empty label for residents without an area). */
const HearthInsightsCount *hearth_insights_get_access_needs (HearthInsights     *self,
                                                             guint              *n_needs);
const HearthInsightsCount *hearth_insights_get_areas      (HearthInsights       *self,
                                                           guint                *n_areas);

/* How many residents of those above have the access need at @need of
 * hearth_insights_get_access_needs() and live in the area at @area of
 * hearth_insights_get_areas(). */
guint                      hearth_insights_get_need_in_area (HearthInsights   *self,
                                                             guint             need,
                                                             guint             area);

/* Whether @text (casefolded) holds a word of @names of two letters or more:
 * staff write what a spend was for in their own words, and those words may
 * name the resident ("a gift for Dot"), which no figure may show. */
gboolean                   hearth_insights_text_names_someone (const char *text,
                                                               const char *names);

G_END_DECLS
