/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-file.h"
#include "hearth-feedback-response-file.h"
#include "hearth-feedback-response-window.h"

struct _HearthFeedbackResponseWindow
{
  AdwApplicationWindow        parent_instance;

  /* template widgets */
  AdwWindowTitle             *window_title;
  GtkStack                   *stack;
  HearthFeedbackResponseView *view;
  AdwStatusPage              *refused_page;

  /* owned */
  HearthFeedbackResponseFile *source;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackResponseWindow, hearth_feedback_response_window,
                     ADW_TYPE_APPLICATION_WINDOW)

/* Closing loses nothing: what was typed is written to the file. */
static gboolean
close_request_cb (HearthFeedbackResponseWindow *self)
{
  if (self->source != NULL)
    hearth_feedback_response_view_flush (self->view);
  return GDK_EVENT_PROPAGATE;
}

static void
hearth_feedback_response_window_dispose (GObject *object)
{
  HearthFeedbackResponseWindow *self = HEARTH_FEEDBACK_RESPONSE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_RESPONSE_WINDOW);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (hearth_feedback_response_window_parent_class)->dispose (object);
}

static void
hearth_feedback_response_window_class_init (HearthFeedbackResponseWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_response_window_dispose;

  g_type_ensure (HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-response-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseWindow, view);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseWindow, refused_page);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
}

static void
hearth_feedback_response_window_init (HearthFeedbackResponseWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
hearth_feedback_response_window_new (GtkApplication *application,
                                     GFile          *file)
{
  HearthFeedbackResponseWindow *self;
  g_autoptr(HearthFeedbackFile) form = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_WINDOW, "application", application, NULL);
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);

  form = hearth_feedback_file_load (file, &error);
  if (form != NULL)
    {
      self->source = hearth_feedback_response_file_new (form);
      if (!hearth_feedback_response_view_set_source (self->view,
                                                     HEARTH_FEEDBACK_RESPONSE_SOURCE (self->source),
                                                     &error))
        g_clear_object (&self->source);
    }

  if (self->source == NULL)
    {
      /* The reason says which file and why, in words a rater can act on. */
      adw_status_page_set_description (self->refused_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "refused");
    }

  return GTK_WINDOW (self);
}

HearthFeedbackResponseView *
hearth_feedback_response_window_get_view (HearthFeedbackResponseWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_WINDOW (self), NULL);

  return self->view;
}

gboolean
hearth_feedback_response_window_get_opened (HearthFeedbackResponseWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_WINDOW (self), FALSE);

  return self->source != NULL;
}
