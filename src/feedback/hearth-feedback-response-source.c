/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include "hearth-feedback-response-source.h"

G_DEFINE_INTERFACE (HearthFeedbackResponseSource, hearth_feedback_response_source, G_TYPE_OBJECT)

static void
hearth_feedback_response_source_default_init (HearthFeedbackResponseSourceInterface *iface)
{
}

const char *
hearth_feedback_response_source_get_person (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_person != NULL, "");
  return iface->get_person (self);
}

const char *
hearth_feedback_response_source_get_cycle_title (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_cycle_title != NULL, "");
  return iface->get_cycle_title (self);
}

const char *
hearth_feedback_response_source_get_closes_on (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_closes_on != NULL, "");
  return iface->get_closes_on (self);
}

const char *
hearth_feedback_response_source_get_rater_name (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_rater_name != NULL, "");
  return iface->get_rater_name (self);
}

HearthRelationship
hearth_feedback_response_source_get_relationship (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), HEARTH_RELATIONSHIP_PEER);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_relationship != NULL, HEARTH_RELATIONSHIP_PEER);
  return iface->get_relationship (self);
}

gboolean
hearth_feedback_response_source_get_development_only (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), FALSE);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_development_only != NULL, FALSE);
  return iface->get_development_only (self);
}

gboolean
hearth_feedback_response_source_get_alone (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), FALSE);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_alone != NULL, FALSE);
  return iface->get_alone (self);
}

guint
hearth_feedback_response_source_get_scale_size (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), 0);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_scale_size != NULL, 0);
  return iface->get_scale_size (self);
}

const char *
hearth_feedback_response_source_get_scale_label (HearthFeedbackResponseSource *self,
                                                 guint value)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_scale_label != NULL, "");
  return iface->get_scale_label (self, value);
}

guint
hearth_feedback_response_source_get_n_behaviours (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), 0);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_n_behaviours != NULL, 0);
  return iface->get_n_behaviours (self);
}

gint64
hearth_feedback_response_source_get_behaviour_id (HearthFeedbackResponseSource *self,
                                                  guint index)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), 0);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_behaviour_id != NULL, 0);
  return iface->get_behaviour_id (self, index);
}

const char *
hearth_feedback_response_source_get_behaviour_name (HearthFeedbackResponseSource *self,
                                                    guint index)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_behaviour_name != NULL, "");
  return iface->get_behaviour_name (self, index);
}

const char *
hearth_feedback_response_source_get_behaviour_meaning (HearthFeedbackResponseSource *self,
                                                       guint index)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_behaviour_meaning != NULL, "");
  return iface->get_behaviour_meaning (self, index);
}

const char *
hearth_feedback_response_source_get_behaviour_descriptors (HearthFeedbackResponseSource *self,
                                                           guint index)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), "");

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_behaviour_descriptors != NULL, "");
  return iface->get_behaviour_descriptors (self, index);
}

gboolean
hearth_feedback_response_source_get_submitted (HearthFeedbackResponseSource *self)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), FALSE);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->get_submitted != NULL, FALSE);
  return iface->get_submitted (self);
}

HearthFeedbackAnswers *
hearth_feedback_response_source_dup_answers (HearthFeedbackResponseSource *self,
                                             GError **error)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), NULL);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->dup_answers != NULL, NULL);
  return iface->dup_answers (self, error);
}

gboolean
hearth_feedback_response_source_save (HearthFeedbackResponseSource *self,
                                      const HearthFeedbackAnswers *answers,
                                      GError **error)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), FALSE);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->save != NULL, FALSE);
  return iface->save (self, answers, error);
}

gboolean
hearth_feedback_response_source_submit (HearthFeedbackResponseSource *self,
                                        const HearthFeedbackAnswers *answers,
                                        GError **error)
{
  HearthFeedbackResponseSourceInterface *iface;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (self), FALSE);

  iface = HEARTH_FEEDBACK_RESPONSE_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->submit != NULL, FALSE);
  return iface->submit (self, answers, error);
}
