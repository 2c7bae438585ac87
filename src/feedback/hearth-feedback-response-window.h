/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-response-view.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_WINDOW (hearth_feedback_response_window_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponseWindow, hearth_feedback_response_window,
                      HEARTH, FEEDBACK_RESPONSE_WINDOW, AdwApplicationWindow)

/* A window of its own for a response file opened from the file manager or
 * the command line, for a rater who has no team database: the pages of
 * the form, kept in the file as they are answered. A file that is not a
 * response form, or is damaged, is shown with the reason instead. */
GtkWindow                  *hearth_feedback_response_window_new      (GtkApplication               *application,
                                                                      GFile                        *file);
HearthFeedbackResponseView *hearth_feedback_response_window_get_view (HearthFeedbackResponseWindow *self);
/* Whether the file was opened as a form (FALSE: the reason is shown). */
gboolean                    hearth_feedback_response_window_get_opened (HearthFeedbackResponseWindow *self);

G_END_DECLS
