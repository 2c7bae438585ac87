/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-report.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_REPORT_VIEW (hearth_feedback_report_view_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackReportView, hearth_feedback_report_view,
                      HEARTH, FEEDBACK_REPORT_VIEW, AdwBin)

/* The report of a closed cycle, as the report holds it and nothing more:
 * per behaviour, self against others by group where shown (“Not shown:
 * fewer than 3 peers answered” where not) with the spread, the biggest
 * gaps, the raters' words (strengths, areas to develop, examples), a
 * radar chart and a bar chart; words only in a development-only cycle.
 * With a store, *Release Report* releases it to the person. */
GtkWidget            *hearth_feedback_report_view_new        (void);
HearthFeedbackReport *hearth_feedback_report_view_get_report (HearthFeedbackReportView *self);
/* Shows @report; @store (or NULL) is where a release is written. */
void                  hearth_feedback_report_view_set_report (HearthFeedbackReportView *self,
                                                              HearthStore              *store,
                                                              HearthFeedbackReport     *report);
/* Where the keyboard starts: the release button, or else the first
 * chart, or NULL (then the first control). */
GtkWidget            *hearth_feedback_report_view_get_first_focus (HearthFeedbackReportView *self);
/* The charts one above the other, for narrow windows. */
gboolean              hearth_feedback_report_view_get_narrow (HearthFeedbackReportView *self);
void                  hearth_feedback_report_view_set_narrow (HearthFeedbackReportView *self,
                                                              gboolean                  narrow);

G_END_DECLS
