/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include "hearth-feedback-response-file.h"

struct _HearthFeedbackResponseFile
{
  GObject             parent_instance;

  /* owned */
  HearthFeedbackFile *file;
};

static void source_iface_init (HearthFeedbackResponseSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthFeedbackResponseFile, hearth_feedback_response_file,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HEARTH_TYPE_FEEDBACK_RESPONSE_SOURCE,
                                                      source_iface_init))

#define FILE_OF(source) (HEARTH_FEEDBACK_RESPONSE_FILE (source)->file)

static const char *
text_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static const char *
get_person (HearthFeedbackResponseSource *source)
{
  return text_or_empty (hearth_feedback_file_get_person (FILE_OF (source)));
}

static const char *
get_cycle_title (HearthFeedbackResponseSource *source)
{
  return text_or_empty (hearth_feedback_file_get_cycle_title (FILE_OF (source)));
}

static const char *
get_closes_on (HearthFeedbackResponseSource *source)
{
  return text_or_empty (hearth_feedback_file_get_closes_on (FILE_OF (source)));
}

static const char *
get_rater_name (HearthFeedbackResponseSource *source)
{
  return text_or_empty (hearth_feedback_file_get_rater_name (FILE_OF (source)));
}

static HearthRelationship
get_relationship (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_file_get_relationship (FILE_OF (source));
}

static gboolean
get_development_only (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_file_get_development_only (FILE_OF (source));
}

static gboolean
get_alone (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_file_get_alone (FILE_OF (source));
}

static guint
get_scale_size (HearthFeedbackResponseSource *source)
{
  if (hearth_feedback_file_get_development_only (FILE_OF (source)))
    return 0;
  return hearth_feedback_file_get_scale_size (FILE_OF (source));
}

static const char *
get_scale_label (HearthFeedbackResponseSource *source,
                 guint                         value)
{
  return text_or_empty (hearth_feedback_file_get_scale_label (FILE_OF (source), value));
}

static guint
get_n_behaviours (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_file_get_n_behaviours (FILE_OF (source));
}

static gint64
get_behaviour_id (HearthFeedbackResponseSource *source,
                  guint                         index)
{
  return hearth_feedback_file_get_behaviour_id (FILE_OF (source), index);
}

static const char *
get_behaviour_name (HearthFeedbackResponseSource *source,
                    guint                         index)
{
  return text_or_empty (hearth_feedback_file_get_behaviour_name (FILE_OF (source), index));
}

static const char *
get_behaviour_meaning (HearthFeedbackResponseSource *source,
                       guint                         index)
{
  return text_or_empty (hearth_feedback_file_get_behaviour_meaning (FILE_OF (source), index));
}

static const char *
get_behaviour_descriptors (HearthFeedbackResponseSource *source,
                           guint                         index)
{
  return text_or_empty (hearth_feedback_file_get_behaviour_descriptors (FILE_OF (source), index));
}

static gboolean
get_submitted (HearthFeedbackResponseSource *source)
{
  return hearth_feedback_file_get_submitted (FILE_OF (source));
}

static HearthFeedbackAnswers *
dup_answers (HearthFeedbackResponseSource  *source,
             GError                       **error)
{
  return hearth_feedback_file_dup_answers (FILE_OF (source));
}

/* Kept in the file itself, written whole each time (a temporary file
 * beside it, then renamed), so that closing loses nothing. */
static gboolean
save (HearthFeedbackResponseSource  *source,
      const HearthFeedbackAnswers   *answers,
      GError                       **error)
{
  hearth_feedback_file_set_answers (FILE_OF (source), answers);
  return hearth_feedback_file_save (FILE_OF (source), error);
}

static gboolean
submit (HearthFeedbackResponseSource  *source,
        const HearthFeedbackAnswers   *answers,
        GError                       **error)
{
  hearth_feedback_file_set_answers (FILE_OF (source), answers);
  return hearth_feedback_file_submit (FILE_OF (source), error);
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
hearth_feedback_response_file_dispose (GObject *object)
{
  HearthFeedbackResponseFile *self = HEARTH_FEEDBACK_RESPONSE_FILE (object);

  g_clear_object (&self->file);

  G_OBJECT_CLASS (hearth_feedback_response_file_parent_class)->dispose (object);
}

static void
hearth_feedback_response_file_class_init (HearthFeedbackResponseFileClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_feedback_response_file_dispose;
}

static void
hearth_feedback_response_file_init (HearthFeedbackResponseFile *self)
{
}

HearthFeedbackResponseFile *
hearth_feedback_response_file_new (HearthFeedbackFile *file)
{
  HearthFeedbackResponseFile *self;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (file), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_FILE, NULL);
  self->file = g_object_ref (file);
  return self;
}

HearthFeedbackFile *
hearth_feedback_response_file_get_file (HearthFeedbackResponseFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_FILE (self), NULL);

  return self->file;
}
