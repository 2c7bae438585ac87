/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-feedback-cycle.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_CYCLE_ROW (hearth_feedback_cycle_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackCycleRow, hearth_feedback_cycle_row, HEARTH, FEEDBACK_CYCLE_ROW,
                      AdwBin)

/* A cycle in the Feedback page's list: its person, title and framework,
 * its dates, whether it is open, closed or released, and how many have
 * answered. "summary" says all of it in one line, for screen readers. */
HearthFeedbackCycle *hearth_feedback_cycle_row_get_cycle   (HearthFeedbackCycleRow *self);
void                 hearth_feedback_cycle_row_set_cycle   (HearthFeedbackCycleRow *self,
                                                            HearthFeedbackCycle    *cycle);
const char          *hearth_feedback_cycle_row_get_summary (HearthFeedbackCycleRow *self);

/* "Open", "Closed" or "Released", and "4 of 7 answered": shared with the
 * cycle page. */
const char          *hearth_feedback_cycle_status_label    (HearthFeedbackCycle    *cycle);
char                *hearth_feedback_cycle_dup_progress    (HearthFeedbackCycle    *cycle);
char                *hearth_feedback_cycle_dup_dates       (HearthFeedbackCycle    *cycle);

G_END_DECLS
