/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-feedback-rater.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RATER_ROW (hearth_feedback_rater_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackRaterRow, hearth_feedback_rater_row, HEARTH, FEEDBACK_RATER_ROW,
                      AdwActionRow)

/* One rater of a cycle on the cycle page: their name and relationship,
 * their status when @show_status (only the cycle's supervisor sees who has
 * answered, and only while it is open), and what can be done for them:
 * answer as them from a paper form ("feedback.answer"), export their
 * response form ("feedback.export-form"), print a blank form
 * ("feedback.print-blank-form"), mark that they will not answer
 * ("cycle.decline-rater", for the supervisor) or take them out
 * ("cycle.remove-rater"), each with the rater's id. */
GtkWidget *hearth_feedback_rater_row_new (HearthFeedbackRater *rater,
                                          gboolean             show_status,
                                          gboolean             open);

G_END_DECLS
