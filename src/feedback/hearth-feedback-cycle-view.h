/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_CYCLE_VIEW (hearth_feedback_cycle_view_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackCycleView, hearth_feedback_cycle_view, HEARTH,
                      FEEDBACK_CYCLE_VIEW, AdwDialog)

/* The cycle page: what the cycle is, its raters and how far they have got,
 * and closing, reopening and releasing it.
 *
 * What others provide, it asks for by action, each with an id: the report
 * ("feedback.show-report", the cycle), answering as a rater from a paper
 * form ("feedback.answer", the rater), their response form
 * ("feedback.export-form", the rater), a blank form to print
 * ("feedback.print-blank-form", the rater) and reading returned forms
 * ("feedback.import-responses", the cycle). Until something handles one,
 * its button stays insensitive. */
AdwDialog *hearth_feedback_cycle_view_new          (HearthStore             *store,
                                                    gint64                   cycle_id);
gint64     hearth_feedback_cycle_view_get_cycle_id (HearthFeedbackCycleView *self);

G_END_DECLS
