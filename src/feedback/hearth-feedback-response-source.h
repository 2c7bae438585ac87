/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_SOURCE (hearth_feedback_response_source_get_type ())
G_DECLARE_INTERFACE (HearthFeedbackResponseSource, hearth_feedback_response_source,
                     HEARTH, FEEDBACK_RESPONSE_SOURCE, GObject)

/* Where the response pages read what is asked and keep what a rater
 * answers: a draft in the team's database, or a response file for a rater
 * without it. The pages ask nothing else, so both show the same pages.
 *
 * Behaviours are numbered from 0; scale points from 1. Texts are never
 * NULL (empty when there is nothing). */
struct _HearthFeedbackResponseSourceInterface
{
  GTypeInterface parent_iface;

  const char         *(*get_person)                (HearthFeedbackResponseSource *self);
  const char         *(*get_cycle_title)           (HearthFeedbackResponseSource *self);
  const char         *(*get_closes_on)             (HearthFeedbackResponseSource *self);
  const char         *(*get_rater_name)            (HearthFeedbackResponseSource *self);
  HearthRelationship  (*get_relationship)          (HearthFeedbackResponseSource *self);
  gboolean            (*get_development_only)      (HearthFeedbackResponseSource *self);
  gboolean            (*get_alone)                 (HearthFeedbackResponseSource *self);
  guint               (*get_scale_size)            (HearthFeedbackResponseSource *self);
  const char         *(*get_scale_label)           (HearthFeedbackResponseSource *self,
                                                    guint                         value);
  guint               (*get_n_behaviours)          (HearthFeedbackResponseSource *self);
  gint64              (*get_behaviour_id)          (HearthFeedbackResponseSource *self,
                                                    guint                         index);
  const char         *(*get_behaviour_name)        (HearthFeedbackResponseSource *self,
                                                    guint                         index);
  const char         *(*get_behaviour_meaning)     (HearthFeedbackResponseSource *self,
                                                    guint                         index);
  const char         *(*get_behaviour_descriptors) (HearthFeedbackResponseSource *self,
                                                    guint                         index);
  /* The answers were sent: the pages show them locked, or thank the rater
   * when they can no longer be read (in Hearth they are no longer linked
   * to the rater). */
  gboolean            (*get_submitted)             (HearthFeedbackResponseSource *self);
  /* What was kept last, or nothing answered; NULL with @error. */
  HearthFeedbackAnswers *(*dup_answers)            (HearthFeedbackResponseSource *self,
                                                    GError                      **error);
  /* Keeps the answers as they are now: called as the rater writes. */
  gboolean            (*save)                      (HearthFeedbackResponseSource *self,
                                                    const HearthFeedbackAnswers  *answers,
                                                    GError                      **error);
  /* Sends them; afterwards nothing can change. */
  gboolean            (*submit)                    (HearthFeedbackResponseSource *self,
                                                    const HearthFeedbackAnswers  *answers,
                                                    GError                      **error);
};

const char         *hearth_feedback_response_source_get_person           (HearthFeedbackResponseSource *self);
const char         *hearth_feedback_response_source_get_cycle_title      (HearthFeedbackResponseSource *self);
const char         *hearth_feedback_response_source_get_closes_on        (HearthFeedbackResponseSource *self);
const char         *hearth_feedback_response_source_get_rater_name       (HearthFeedbackResponseSource *self);
HearthRelationship  hearth_feedback_response_source_get_relationship     (HearthFeedbackResponseSource *self);
gboolean            hearth_feedback_response_source_get_development_only (HearthFeedbackResponseSource *self);
gboolean            hearth_feedback_response_source_get_alone            (HearthFeedbackResponseSource *self);
guint               hearth_feedback_response_source_get_scale_size       (HearthFeedbackResponseSource *self);
const char         *hearth_feedback_response_source_get_scale_label      (HearthFeedbackResponseSource *self,
                                                                          guint                         value);
guint               hearth_feedback_response_source_get_n_behaviours     (HearthFeedbackResponseSource *self);
gint64              hearth_feedback_response_source_get_behaviour_id     (HearthFeedbackResponseSource *self,
                                                                          guint                         index);
const char         *hearth_feedback_response_source_get_behaviour_name   (HearthFeedbackResponseSource *self,
                                                                          guint                         index);
const char         *hearth_feedback_response_source_get_behaviour_meaning (HearthFeedbackResponseSource *self,
                                                                           guint                         index);
const char         *hearth_feedback_response_source_get_behaviour_descriptors (HearthFeedbackResponseSource *self,
                                                                               guint                         index);
gboolean            hearth_feedback_response_source_get_submitted        (HearthFeedbackResponseSource *self);
HearthFeedbackAnswers *hearth_feedback_response_source_dup_answers       (HearthFeedbackResponseSource *self,
                                                                          GError                      **error);
gboolean            hearth_feedback_response_source_save                 (HearthFeedbackResponseSource *self,
                                                                          const HearthFeedbackAnswers  *answers,
                                                                          GError                      **error);
gboolean            hearth_feedback_response_source_submit               (HearthFeedbackResponseSource *self,
                                                                          const HearthFeedbackAnswers  *answers,
                                                                          GError                      **error);

G_END_DECLS
