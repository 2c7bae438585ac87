/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_CYCLE (hearth_feedback_cycle_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackCycle, hearth_feedback_cycle, HEARTH, FEEDBACK_CYCLE, GObject)

gint64      hearth_feedback_cycle_get_id               (HearthFeedbackCycle *self);
gint64      hearth_feedback_cycle_get_subject_id       (HearthFeedbackCycle *self);
const char *hearth_feedback_cycle_get_subject_name     (HearthFeedbackCycle *self);
gint64      hearth_feedback_cycle_get_framework_id     (HearthFeedbackCycle *self);
const char *hearth_feedback_cycle_get_framework_name   (HearthFeedbackCycle *self);
const char *hearth_feedback_cycle_get_title            (HearthFeedbackCycle *self);
const char *hearth_feedback_cycle_get_opens_on         (HearthFeedbackCycle *self);
const char *hearth_feedback_cycle_get_closes_on        (HearthFeedbackCycle *self);
gboolean    hearth_feedback_cycle_get_development_only (HearthFeedbackCycle *self);
gboolean    hearth_feedback_cycle_get_released         (HearthFeedbackCycle *self);
guint       hearth_feedback_cycle_get_rater_count      (HearthFeedbackCycle *self);
guint       hearth_feedback_cycle_get_submitted_count  (HearthFeedbackCycle *self);
guint       hearth_feedback_cycle_get_declined_count   (HearthFeedbackCycle *self);
/* Who runs the cycle (0 and "" for nobody), who may release its report,
 * whether it is still open (“released” says whether it was released),
 * its mode and its minimums. */
gint64             hearth_feedback_cycle_get_supervisor_id   (HearthFeedbackCycle    *self);
const char        *hearth_feedback_cycle_get_supervisor_name (HearthFeedbackCycle    *self);
HearthReleaseBy    hearth_feedback_cycle_get_release_by      (HearthFeedbackCycle    *self);
gboolean           hearth_feedback_cycle_get_is_open         (HearthFeedbackCycle    *self);
HearthFeedbackMode hearth_feedback_cycle_get_mode            (HearthFeedbackCycle    *self);
void               hearth_feedback_cycle_get_minimums        (HearthFeedbackCycle    *self,
                                                              HearthFeedbackMinimums *minimums);
gboolean           hearth_feedback_cycle_get_min_confirmed   (HearthFeedbackCycle    *self);

/* 360° feedback cycles, latest closing first. Sort: "closes". */
HearthQueryModel *hearth_feedback_cycle_query_new         (HearthStore      *store);
/* Only the cycles for @subject_id; 0 for everyone's. */
void              hearth_feedback_cycle_query_set_subject (HearthQueryModel *model,
                                                           gint64            subject_id);

G_END_DECLS
