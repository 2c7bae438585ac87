/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-report.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_FEEDBACK_CHART_RADAR,  /* self against others, a spoke per behaviour */
  HEARTH_FEEDBACK_CHART_BARS,   /* each group shown, a row of bars per behaviour */
} HearthFeedbackChartKind;

#define HEARTH_TYPE_FEEDBACK_CHART_KIND (hearth_feedback_chart_kind_get_type ())
GType hearth_feedback_chart_kind_get_type (void) G_GNUC_CONST;

#define HEARTH_TYPE_FEEDBACK_CHART (hearth_feedback_chart_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackChart, hearth_feedback_chart, HEARTH, FEEDBACK_CHART, GtkWidget)

/* A chart of a feedback report's figures, drawn in the style's colours
 * (dark and high contrast too), with an accessible description that
 * lists every figure it draws and says which groups are not shown. It
 * reads only the report, so it shows nothing the report does not hold:
 * no figure for a group below its minimum, and none at all in a
 * development-only cycle. */
GtkWidget               *hearth_feedback_chart_new             (HearthFeedbackChartKind  kind);
HearthFeedbackChartKind  hearth_feedback_chart_get_kind        (HearthFeedbackChart     *self);
void                     hearth_feedback_chart_set_kind        (HearthFeedbackChart     *self,
                                                                HearthFeedbackChartKind  kind);
void                     hearth_feedback_chart_set_report      (HearthFeedbackChart     *self,
                                                                HearthFeedbackReport    *report);
/* The text alternative: what screen readers read as its description. */
char                    *hearth_feedback_chart_dup_description (HearthFeedbackChart     *self);

/* Why a group shows no figure, in the report's words: “Not shown: fewer
 * than 3 peers answered”. */
char *hearth_feedback_dup_not_shown (const HearthFeedbackFigures *figures);

G_END_DECLS
