/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-report-view.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_REPORT_VIEW_DIALOG (hearth_feedback_report_view_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackReportViewDialog, hearth_feedback_report_view_dialog,
                      HEARTH, FEEDBACK_REPORT_VIEW_DIALOG, AdwDialog)

/* A cycle's report in a dialog; @store (or NULL) is where a release is
 * written. */
AdwDialog                *hearth_feedback_report_view_dialog_new      (HearthStore                    *store,
                                                                       HearthFeedbackReport           *report);
HearthFeedbackReportView *hearth_feedback_report_view_dialog_get_view (HearthFeedbackReportViewDialog *self);

/* Installs @action_name (such as "win.feedback-report") on a window class
 * whose windows have a "store" property: with a cycle's id (int64), it
 * opens the cycle's report as the store's actor may read it, or says in
 * a toast why not (an open cycle has no report yet). */
void hearth_feedback_report_view_dialog_install_action (GtkWidgetClass *widget_class,
                                                        const char     *action_name);

G_END_DECLS
