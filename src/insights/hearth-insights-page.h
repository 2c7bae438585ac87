/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-insights.h"
#include "hearth-store.h"
#include "hearth-supervision-insights.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_INSIGHTS_PAGE (hearth_insights_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthInsightsPage, hearth_insights_page, HEARTH, INSIGHTS_PAGE, AdwBin)

/* The periods the page offers, in the order of its period menu. */
typedef enum {
  HEARTH_INSIGHTS_PERIOD_3_MONTHS,
  HEARTH_INSIGHTS_PERIOD_6_MONTHS,
  HEARTH_INSIGHTS_PERIOD_12_MONTHS,
  HEARTH_INSIGHTS_PERIOD_THIS_YEAR,
} HearthInsightsPeriod;

GtkWidget      *hearth_insights_page_new          (void);
/* Sets the store and computes the figures in the background. */
void            hearth_insights_page_set_store    (HearthInsightsPage   *self,
                                                   HearthStore          *store);
void            hearth_insights_page_set_period   (HearthInsightsPage   *self,
                                                   HearthInsightsPeriod  period);
/* The figures shown, or NULL while they are being computed. */
HearthInsights *hearth_insights_page_get_insights (HearthInsightsPage   *self);
/* The figures of the actor's own people's one-to-ones, or NULL while they
 * are being computed. */
HearthSupervisionInsights *hearth_insights_page_get_one_to_ones (HearthInsightsPage *self);
/* A page in an AdwDialog sized for it, ready to present over @parent. */
AdwDialog      *hearth_insights_page_new_dialog   (HearthStore          *store);

G_END_DECLS
