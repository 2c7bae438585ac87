/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-response-dialog.h"
#include "hearth-feedback-response-draft.h"
#include "hearth-store.h"
#include "hearth-window.h"

struct _HearthFeedbackResponseDialog
{
  AdwDialog                   parent_instance;

  /* template widgets */
  HearthFeedbackResponseView *view;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackResponseDialog, hearth_feedback_response_dialog, ADW_TYPE_DIALOG)

static void
closed_cb (HearthFeedbackResponseDialog *self)
{
  /* Closing loses nothing. */
  hearth_feedback_response_view_flush (self->view);
}

static void
hearth_feedback_response_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FEEDBACK_RESPONSE_DIALOG);

  G_OBJECT_CLASS (hearth_feedback_response_dialog_parent_class)->dispose (object);
}

static void
hearth_feedback_response_dialog_class_init (HearthFeedbackResponseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_response_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-response-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseDialog, view);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
}

static void
hearth_feedback_response_dialog_init (HearthFeedbackResponseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_feedback_response_dialog_new (HearthFeedbackResponseSource  *source,
                                     GError                       **error)
{
  HearthFeedbackResponseDialog *self;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (source), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_DIALOG, NULL);
  if (!hearth_feedback_response_view_set_source (self->view, source, error))
    {
      g_object_unref (g_object_ref_sink (self));
      return NULL;
    }

  /* The first page says whom it is for; the title says what to do. */
  adw_dialog_set_title (ADW_DIALOG (self), _("Give Feedback"));
  return ADW_DIALOG (self);
}

HearthFeedbackResponseView *
hearth_feedback_response_dialog_get_view (HearthFeedbackResponseDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_DIALOG (self), NULL);

  return self->view;
}

static void
answer_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFeedbackResponseDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog = NULL;

  g_object_get (widget, "store", &store, NULL);
  if (store == NULL)
    return;

  draft = hearth_feedback_response_draft_new (store, g_variant_get_int64 (parameter), &error);
  if (draft != NULL)
    dialog = hearth_feedback_response_dialog_new (HEARTH_FEEDBACK_RESPONSE_SOURCE (draft), &error);
  if (dialog == NULL)
    {
      if (HEARTH_IS_WINDOW (widget))
        hearth_window_show_error (HEARTH_WINDOW (widget), error);
      else
        g_warning ("Could not open the response: %s", error->message);
      return;
    }
  adw_dialog_present (dialog, widget);
}

void
hearth_feedback_response_dialog_install_action (GtkWidgetClass *widget_class,
                                                const char     *action_name)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (action_name != NULL);

  gtk_widget_class_install_action (widget_class, action_name, "x", answer_action_cb);
}
