/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_CYCLE (hearth_feedback_cycle_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackCycle, hearth_feedback_cycle, HEARTH, FEEDBACK_CYCLE,
                      HearthItem)

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
/* When its report was released, Unix time; 0 while it is not. */
gint64      hearth_feedback_cycle_get_released_at      (HearthFeedbackCycle *self);
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

/* The cycle of @staff_id's latest released report (the newest release),
 * with when it was released in *@released_at (may be NULL), or 0 when
 * none is released: a cycle still open, or closed and not released, is
 * never it. 0 with @error when it cannot be read. */
gint64 hearth_feedback_cycle_find_latest_released (HearthStore  *store,
                                                   gint64        staff_id,
                                                   gint64       *released_at,
                                                   GError      **error);

/* Cycle @cycle_id, read whole; NULL with @error, HEARTH_ERROR_NOT_FOUND
 * when there is no such cycle. */
HearthFeedbackCycle *hearth_feedback_cycle_load (HearthStore  *store,
                                                 gint64        cycle_id,
                                                 GError      **error);

/* 360° feedback cycles, narrowed by the filter below. Sort: "closes". */
HearthQueryModel *hearth_feedback_cycle_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* The cycles about one person; 0 for everyone's. */
void hearth_feedback_cycle_list_set_subject (HearthQueryModel *cycles,
                                             gint64            subject_id);

G_END_DECLS
