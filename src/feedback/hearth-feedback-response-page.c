/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-response-page.h"
#include "hearth-text-field.h"

struct _HearthFeedbackResponsePage
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkLabel        *name_label;
  GtkLabel        *meaning_label;
  GtkBox          *layout_box;
  GtkBox          *descriptors_box;
  GtkLabel        *descriptors_label;
  GtkBox          *scale_box;
  GtkBox          *choices_box;
  GtkCheckButton  *not_seen_check;
  HearthTextField *example_field;

  /* borrowed: the radio buttons of the scale, point 1 first; the first
   * groups the others and “not seen enough to say” */
  GPtrArray       *choices;

  gint64           behaviour_id;
  gboolean         development_only;
  gboolean         filling;   /* showing saved answers: no ::changed */
};

G_DEFINE_FINAL_TYPE (HearthFeedbackResponsePage, hearth_feedback_response_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
changed_cb (HearthFeedbackResponsePage *self)
{
  if (!self->filling)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
choice_toggled_cb (HearthFeedbackResponsePage *self,
                   GtkCheckButton             *check)
{
  /* Each change of choice toggles two buttons: say it once, for the new one. */
  if (gtk_check_button_get_active (check))
    changed_cb (self);
}

/* One bullet a descriptor, as the framework lists them one a line. */
static char *
format_descriptors (const char *descriptors)
{
  g_auto(GStrv) lines = g_strsplit (descriptors, "\n", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", lines[i]);
    }
  return g_string_free (text, FALSE);
}

static void
hearth_feedback_response_page_dispose (GObject *object)
{
  HearthFeedbackResponsePage *self = HEARTH_FEEDBACK_RESPONSE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_RESPONSE_PAGE);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_feedback_response_page_parent_class)->dispose (object);
}

static void
hearth_feedback_response_page_class_init (HearthFeedbackResponsePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_response_page_dispose;

  /* The rater chose or wrote something. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-response-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, layout_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, descriptors_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, descriptors_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, scale_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, choices_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, not_seen_check);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponsePage, example_field);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);
}

static void
hearth_feedback_response_page_init (HearthFeedbackResponsePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choices = g_ptr_array_new ();
  g_object_set (self->example_field, "max-chars", (guint) HEARTH_FEEDBACK_TEXT_MAX, NULL);
}

/* The scale's points as radio buttons, built here because the scale is
 * the framework's: 2 to 10 points. */
static void
add_choices (HearthFeedbackResponsePage   *self,
             HearthFeedbackResponseSource *source)
{
  guint n = hearth_feedback_response_source_get_scale_size (source);

  for (guint value = 1; value <= n; value++)
    {
      /* Translators: a point on the rating scale: its number and its label,
       * as in “3 · Often”. */
      g_autofree char *label = g_strdup_printf (_("%u · %s"), value,
                                                hearth_feedback_response_source_get_scale_label (source, value));
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->not_seen_check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (choice_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_insert_child_after (self->choices_box, check,
                                  self->choices->len > 0
                                    ? g_ptr_array_index (self->choices, self->choices->len - 1)
                                    : NULL);
      g_ptr_array_add (self->choices, check);
    }
}

GtkWidget *
hearth_feedback_response_page_new (HearthFeedbackResponseSource *source,
                                   guint                         index)
{
  HearthFeedbackResponsePage *self;
  const char *meaning;
  g_autofree char *descriptors = NULL;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (source), NULL);
  g_return_val_if_fail (index < hearth_feedback_response_source_get_n_behaviours (source), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_PAGE, NULL);
  self->behaviour_id = hearth_feedback_response_source_get_behaviour_id (source, index);
  self->development_only = hearth_feedback_response_source_get_development_only (source);

  gtk_label_set_label (self->name_label,
                       hearth_feedback_response_source_get_behaviour_name (source, index));
  meaning = hearth_feedback_response_source_get_behaviour_meaning (source, index);
  gtk_label_set_label (self->meaning_label, meaning);
  gtk_widget_set_visible (GTK_WIDGET (self->meaning_label), meaning[0] != '\0');
  descriptors = format_descriptors (hearth_feedback_response_source_get_behaviour_descriptors (source, index));
  gtk_label_set_label (self->descriptors_label, descriptors);
  gtk_widget_set_visible (GTK_WIDGET (self->descriptors_box), descriptors[0] != '\0');

  /* Development only: words, no numbers anywhere. */
  if (self->development_only)
    gtk_widget_set_visible (GTK_WIDGET (self->scale_box), FALSE);
  else
    add_choices (self, source);
  gtk_box_set_homogeneous (self->layout_box, !self->development_only && descriptors[0] != '\0');

  return GTK_WIDGET (self);
}

gint64
hearth_feedback_response_page_get_behaviour_id (HearthFeedbackResponsePage *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (self), 0);

  return self->behaviour_id;
}

void
hearth_feedback_response_page_set_answers (HearthFeedbackResponsePage  *self,
                                           const HearthFeedbackAnswers *answers)
{
  int rating;

  g_return_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (self));
  g_return_if_fail (answers != NULL);

  self->filling = TRUE;
  rating = hearth_feedback_answers_get_rating (answers, self->behaviour_id);
  if (hearth_feedback_answers_get_not_seen (answers, self->behaviour_id))
    gtk_check_button_set_active (self->not_seen_check, TRUE);
  else if (rating >= 1 && (guint) rating <= self->choices->len)
    gtk_check_button_set_active (g_ptr_array_index (self->choices, rating - 1), TRUE);
  hearth_text_field_set_text (self->example_field,
                              hearth_feedback_answers_get_example (answers, self->behaviour_id));
  self->filling = FALSE;
}

void
hearth_feedback_response_page_get_answers (HearthFeedbackResponsePage *self,
                                           HearthFeedbackAnswers      *answers)
{
  g_autofree char *example = NULL;

  g_return_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (self));
  g_return_if_fail (answers != NULL);

  if (!self->development_only)
    {
      if (gtk_check_button_get_active (self->not_seen_check))
        hearth_feedback_answers_set_not_seen (answers, self->behaviour_id, TRUE);
      for (guint i = 0; i < self->choices->len; i++)
        if (gtk_check_button_get_active (g_ptr_array_index (self->choices, i)))
          hearth_feedback_answers_set_rating (answers, self->behaviour_id, (int) i + 1);
    }

  example = hearth_text_field_dup_text (self->example_field);
  if (example[0] != '\0')
    hearth_feedback_answers_set_example (answers, self->behaviour_id, example);
}

void
hearth_feedback_response_page_set_narrow (HearthFeedbackResponsePage *self,
                                          gboolean                    narrow)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->layout_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
}

void
hearth_feedback_response_page_focus (HearthFeedbackResponsePage *self)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (self));

  if (self->development_only)
    {
      gtk_widget_grab_focus (GTK_WIDGET (hearth_text_field_get_view (self->example_field)));
      return;
    }

  for (guint i = 0; i < self->choices->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->choices, i)))
      {
        gtk_widget_grab_focus (g_ptr_array_index (self->choices, i));
        return;
      }
  gtk_widget_grab_focus (self->choices->len > 0 ? g_ptr_array_index (self->choices, 0)
                                                : GTK_WIDGET (self->not_seen_check));
}
