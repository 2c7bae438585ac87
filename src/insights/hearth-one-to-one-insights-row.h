/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-supervision-insights.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ONE_TO_ONE_INSIGHTS_ROW (hearth_one_to_one_insights_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthOneToOneInsightsRow, hearth_one_to_one_insights_row, HEARTH,
                      ONE_TO_ONE_INSIGHTS_ROW, GtkListBoxRow)

/* One of a supervisor's people: their one-to-ones on rhythm and late, how
 * they said they were (a line chart, with its points in words), and their
 * actions done, dropped and open. */
GtkWidget *hearth_one_to_one_insights_row_new       (const HearthSupervisionInsightsPerson *person);

const char *hearth_one_to_one_insights_row_get_name (HearthOneToOneInsightsRow *self);

G_END_DECLS
