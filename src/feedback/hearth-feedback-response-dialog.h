/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-response-source.h"
#include "hearth-feedback-response-view.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_DIALOG (hearth_feedback_response_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponseDialog, hearth_feedback_response_dialog,
                      HEARTH, FEEDBACK_RESPONSE_DIALOG, AdwDialog)

/* The response pages of one rater, in a dialog. Closing it keeps what was
 * answered. NULL with @error when the answers cannot be read. */
AdwDialog                  *hearth_feedback_response_dialog_new      (HearthFeedbackResponseSource  *source,
                                                                      GError                       **error);
HearthFeedbackResponseView *hearth_feedback_response_dialog_get_view (HearthFeedbackResponseDialog  *self);

/* Installs @action_name (such as "win.feedback-answer") on a window class
 * whose windows have a "store" property: with a rater's id (int64), it
 * opens their response pages in Hearth, or says in a toast why not. */
void hearth_feedback_response_dialog_install_action (GtkWidgetClass *widget_class,
                                                     const char     *action_name);

G_END_DECLS
