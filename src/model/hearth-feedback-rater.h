/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RATER (hearth_feedback_rater_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackRater, hearth_feedback_rater, HEARTH, FEEDBACK_RATER,
                      HearthItem)

gint64             hearth_feedback_rater_get_id                 (HearthFeedbackRater *self);
gint64             hearth_feedback_rater_get_cycle_id           (HearthFeedbackRater *self);
/* 0 for someone outside the team. */
gint64             hearth_feedback_rater_get_staff_id           (HearthFeedbackRater *self);
/* The team member's name, or the name typed for someone outside the team. */
const char        *hearth_feedback_rater_get_name               (HearthFeedbackRater *self);
HearthRelationship hearth_feedback_rater_get_relationship       (HearthFeedbackRater *self);
HearthRaterStatus  hearth_feedback_rater_get_status             (HearthFeedbackRater *self);
/* The same as people read them. */
const char        *hearth_feedback_rater_get_relationship_label (HearthFeedbackRater *self);
const char        *hearth_feedback_rater_get_status_label       (HearthFeedbackRater *self);

/* The raters of a cycle: self, manager, then each group, by name. */
HearthQueryModel  *hearth_feedback_rater_list_new               (HearthStore         *store,
                                                                 gint64               cycle_id);

G_END_DECLS
