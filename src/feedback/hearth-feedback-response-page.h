/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-feedback-response-source.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_PAGE (hearth_feedback_response_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponsePage, hearth_feedback_response_page,
                      HEARTH, FEEDBACK_RESPONSE_PAGE, AdwBin)

/* One behaviour of a response: its name, meaning and descriptors beside
 * the scale (a radio button a point, “not seen enough to say” last; none
 * in a development-only cycle) and an optional example. ::changed as the
 * rater answers. */
GtkWidget  *hearth_feedback_response_page_new           (HearthFeedbackResponseSource *source,
                                                         guint                         index);
gint64      hearth_feedback_response_page_get_behaviour_id (HearthFeedbackResponsePage *self);
/* Shows what was answered before. */
void        hearth_feedback_response_page_set_answers   (HearthFeedbackResponsePage  *self,
                                                         const HearthFeedbackAnswers *answers);
/* Adds what is answered on the page to @answers. */
void        hearth_feedback_response_page_get_answers   (HearthFeedbackResponsePage  *self,
                                                         HearthFeedbackAnswers       *answers);
/* The descriptors above the scale rather than beside it. */
void        hearth_feedback_response_page_set_narrow    (HearthFeedbackResponsePage  *self,
                                                         gboolean                     narrow);
/* Puts the keyboard focus on the choice made, or the first one. */
void        hearth_feedback_response_page_focus         (HearthFeedbackResponsePage  *self);

G_END_DECLS
