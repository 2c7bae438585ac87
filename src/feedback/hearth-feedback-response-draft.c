/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-behaviour.h"
#include "hearth-error.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-rater.h"
#include "hearth-feedback-response-draft.h"
#include "hearth-framework-changes.h"

struct _HearthFeedbackResponseDraft
{
  GObject              parent_instance;

  /* owned */
  HearthStore         *store;
  HearthFeedbackCycle *cycle;
  HearthFeedbackRater *rater;
  GPtrArray           *behaviours;   /* of HearthBehaviour */
  char               **scale;
  gboolean             alone;
  gboolean             submitted;
};

static void source_iface_init (HearthFeedbackResponseSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthFeedbackResponseDraft, hearth_feedback_response_draft,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HEARTH_TYPE_FEEDBACK_RESPONSE_SOURCE,
                                                      source_iface_init))

#define SELF(source) HEARTH_FEEDBACK_RESPONSE_DRAFT (source)

static HearthBehaviour *
behaviour_at (HearthFeedbackResponseDraft *self,
              guint                        index)
{
  g_return_val_if_fail (index < self->behaviours->len, NULL);
  return g_ptr_array_index (self->behaviours, index);
}

static const char *
get_person (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_cycle_get_subject_name (SELF (source)->cycle);
}

static const char *
get_cycle_title (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_cycle_get_title (SELF (source)->cycle);
}

static const char *
get_closes_on (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_cycle_get_closes_on (SELF (source)->cycle);
}

static const char *
get_rater_name (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_rater_get_name (SELF (source)->rater);
}

static HearthRelationship
get_relationship (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_rater_get_relationship (SELF (source)->rater);
}

static gboolean
get_development_only (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_cycle_get_development_only (SELF (source)->cycle);
}

static gboolean
get_alone (HearthFeedbackResponseSource *source)
{
  return SELF (source)->alone;
}

static guint
get_scale_size (HearthFeedbackResponseSource *source)
{
  HearthFeedbackResponseDraft *self = SELF (source);

  return hearth_feedback_cycle_get_development_only (self->cycle) ? 0 : g_strv_length (self->scale);
}

static const char *
get_scale_label (HearthFeedbackResponseSource *source,
                 guint                         value)
{
  HearthFeedbackResponseDraft *self = SELF (source);

  g_return_val_if_fail (value >= 1 && value <= g_strv_length (self->scale), "");
  return self->scale[value - 1];
}

static guint
get_n_behaviours (HearthFeedbackResponseSource *source)
{
  return SELF (source)->behaviours->len;
}

static gint64
get_behaviour_id (HearthFeedbackResponseSource *source,
                  guint                         index)
{
  HearthBehaviour *behaviour = behaviour_at (SELF (source), index);

  return behaviour != NULL ? hearth_behaviour_get_id (behaviour) : 0;
}

static const char *
get_behaviour_name (HearthFeedbackResponseSource *source,
                    guint                         index)
{
  HearthBehaviour *behaviour = behaviour_at (SELF (source), index);

  return behaviour != NULL ? hearth_behaviour_get_name (behaviour) : "";
}

static const char *
get_behaviour_meaning (HearthFeedbackResponseSource *source,
                       guint                         index)
{
  HearthBehaviour *behaviour = behaviour_at (SELF (source), index);

  return behaviour != NULL ? hearth_behaviour_get_meaning (behaviour) : "";
}

static const char *
get_behaviour_descriptors (HearthFeedbackResponseSource *source,
                           guint                         index)
{
  HearthBehaviour *behaviour = behaviour_at (SELF (source), index);

  return behaviour != NULL ? hearth_behaviour_get_descriptors (behaviour) : "";
}

static gboolean
get_submitted (HearthFeedbackResponseSource *source)
{
  return SELF (source)->submitted;
}

static HearthFeedbackAnswers *
dup_answers (HearthFeedbackResponseSource  *source,
             GError                       **error)
{
  HearthFeedbackResponseDraft *self = SELF (source);

  /* Sent answers are no longer linked to the rater: there is nothing to read. */
  if (self->submitted)
    return hearth_feedback_answers_new ();
  return hearth_feedback_load_draft (self->store, hearth_feedback_rater_get_id (self->rater),
                                     error);
}

static gboolean
save (HearthFeedbackResponseSource  *source,
      const HearthFeedbackAnswers   *answers,
      GError                       **error)
{
  HearthFeedbackResponseDraft *self = SELF (source);

  return hearth_feedback_save_draft (self->store, hearth_feedback_rater_get_id (self->rater),
                                     answers, error);
}

static gboolean
submit (HearthFeedbackResponseSource  *source,
        const HearthFeedbackAnswers   *answers,
        GError                       **error)
{
  HearthFeedbackResponseDraft *self = SELF (source);

  if (!hearth_feedback_submit (self->store, hearth_feedback_rater_get_id (self->rater),
                               answers, error))
    return FALSE;
  self->submitted = TRUE;
  return TRUE;
}

static void
source_iface_init (HearthFeedbackResponseSourceInterface *iface)
{
  iface->get_person = get_person;
  iface->get_cycle_title = get_cycle_title;
  iface->get_closes_on = get_closes_on;
  iface->get_rater_name = get_rater_name;
  iface->get_relationship = get_relationship;
  iface->get_development_only = get_development_only;
  iface->get_alone = get_alone;
  iface->get_scale_size = get_scale_size;
  iface->get_scale_label = get_scale_label;
  iface->get_n_behaviours = get_n_behaviours;
  iface->get_behaviour_id = get_behaviour_id;
  iface->get_behaviour_name = get_behaviour_name;
  iface->get_behaviour_meaning = get_behaviour_meaning;
  iface->get_behaviour_descriptors = get_behaviour_descriptors;
  iface->get_submitted = get_submitted;
  iface->dup_answers = dup_answers;
  iface->save = save;
  iface->submit = submit;
}

static void
hearth_feedback_response_draft_dispose (GObject *object)
{
  HearthFeedbackResponseDraft *self = SELF (object);

  g_clear_pointer (&self->behaviours, g_ptr_array_unref);
  g_clear_object (&self->rater);
  g_clear_object (&self->cycle);
  g_clear_object (&self->store);
  g_clear_pointer (&self->scale, g_strfreev);

  G_OBJECT_CLASS (hearth_feedback_response_draft_parent_class)->dispose (object);
}

static void
hearth_feedback_response_draft_class_init (HearthFeedbackResponseDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_feedback_response_draft_dispose;
}

static void
hearth_feedback_response_draft_init (HearthFeedbackResponseDraft *self)
{
}

/* The rater and their cycle. The model finds raters by cycle, so each
 * cycle's list is looked in: a team runs a handful of cycles at a time. */
static gboolean
find_rater (HearthFeedbackResponseDraft  *self,
            gint64                        rater_id,
            GError                      **error)
{
  g_autoptr(HearthQueryModel) cycles = hearth_feedback_cycle_query_new (self->store);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (cycles));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthFeedbackCycle) cycle = g_list_model_get_item (G_LIST_MODEL (cycles), i);
      g_autoptr(HearthQueryModel) raters =
        hearth_feedback_rater_list_new (self->store, hearth_feedback_cycle_get_id (cycle));
      guint position = hearth_query_model_find_id (raters, rater_id);

      if (position == G_MAXUINT)
        continue;
      self->rater = g_list_model_get_item (G_LIST_MODEL (raters), position);
      self->cycle = g_steal_pointer (&cycle);
      return TRUE;
    }

  g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                       _("This person is no longer asked for feedback."));
  return FALSE;
}

HearthFeedbackResponseDraft *
hearth_feedback_response_draft_new (HearthStore  *store,
                                    gint64        rater_id,
                                    GError      **error)
{
  g_autoptr(HearthFeedbackResponseDraft) self = NULL;
  g_autoptr(HearthQueryModel) behaviours = NULL;
  HearthRaterStatus status;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_DRAFT, NULL);
  self->store = g_object_ref (store);
  if (!find_rater (self, rater_id, error))
    return NULL;

  status = hearth_feedback_rater_get_status (self->rater);
  if (status == HEARTH_RATER_DECLINED)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT,
                   _("%s declined to give feedback."), hearth_feedback_rater_get_name (self->rater));
      return NULL;
    }
  self->submitted = status == HEARTH_RATER_SUBMITTED;
  if (!self->submitted && !hearth_feedback_cycle_get_is_open (self->cycle))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT,
                           _("This feedback has closed: answers can no longer be given."));
      return NULL;
    }

  self->scale = hearth_framework_dup_scale (store, hearth_feedback_cycle_get_framework_id (self->cycle),
                                            error);
  if (self->scale == NULL)
    return NULL;

  /* Read once: the pages are built for the behaviours as they are now. */
  behaviours = hearth_behaviour_list_new (store, hearth_feedback_cycle_get_framework_id (self->cycle));
  if (hearth_query_model_get_error (behaviours) != NULL)
    {
      g_propagate_error (error, g_error_copy (hearth_query_model_get_error (behaviours)));
      return NULL;
    }
  self->behaviours = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (behaviours)); i++)
    g_ptr_array_add (self->behaviours, g_list_model_get_item (G_LIST_MODEL (behaviours), i));

  if (!self->submitted)
    {
      GError *local = NULL;

      self->alone = hearth_feedback_rater_is_alone (store, rater_id, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

gint64
hearth_feedback_response_draft_get_rater_id (HearthFeedbackResponseDraft *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_DRAFT (self), 0);

  return hearth_feedback_rater_get_id (self->rater);
}
