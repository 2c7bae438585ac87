/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-response-source.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW (hearth_feedback_response_view_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponseView, hearth_feedback_response_view,
                      HEARTH, FEEDBACK_RESPONSE_VIEW, AdwBin)

/* A rater's answers, page by page: who the feedback is for and how the
 * answers are kept (and, when the rater would be alone in their group,
 * that plainly); a page per behaviour; keep doing and try; then Submit,
 * which asks once and then locks the pages. What is answered is kept in
 * the source as the rater writes, and at once by
 * hearth_feedback_response_view_flush() (the hosts call it on closing).
 *
 * The same in Hearth (a HearthFeedbackResponseDraft) and in the window
 * that answers a response file. Alt+Left and Alt+Right turn the pages.
 * ::submitted once the answers are sent. */
GtkWidget                    *hearth_feedback_response_view_new        (void);
HearthFeedbackResponseSource *hearth_feedback_response_view_get_source (HearthFeedbackResponseView   *self);
/* Shows @source's pages and what was answered before; FALSE with @error
 * when that cannot be read (the view then shows nothing to answer). */
gboolean                      hearth_feedback_response_view_set_source (HearthFeedbackResponseView   *self,
                                                                        HearthFeedbackResponseSource *source,
                                                                        GError                      **error);
/* Keeps what is answered now, if anything is waiting to be kept: TRUE
 * when nothing is left unkept. */
gboolean                      hearth_feedback_response_view_flush      (HearthFeedbackResponseView   *self);
gboolean                      hearth_feedback_response_view_get_locked (HearthFeedbackResponseView   *self);
/* The descriptors above the scale rather than beside it, for narrow windows. */
gboolean                      hearth_feedback_response_view_get_narrow (HearthFeedbackResponseView   *self);
void                          hearth_feedback_response_view_set_narrow (HearthFeedbackResponseView   *self,
                                                                        gboolean                      narrow);

G_END_DECLS
