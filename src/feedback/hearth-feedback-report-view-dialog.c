/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-report-view-dialog.h"
#include "hearth-window.h"

struct _HearthFeedbackReportViewDialog
{
  AdwDialog                 parent_instance;

  /* template widgets */
  HearthFeedbackReportView *view;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackReportViewDialog, hearth_feedback_report_view_dialog, ADW_TYPE_DIALOG)

static void
hearth_feedback_report_view_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FEEDBACK_REPORT_VIEW_DIALOG);

  G_OBJECT_CLASS (hearth_feedback_report_view_dialog_parent_class)->dispose (object);
}

static void
hearth_feedback_report_view_dialog_class_init (HearthFeedbackReportViewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_report_view_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_FEEDBACK_REPORT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-report-view-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportViewDialog, view);
}

static void
hearth_feedback_report_view_dialog_init (HearthFeedbackReportViewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_feedback_report_view_dialog_new (HearthStore          *store,
                                        HearthFeedbackReport *report)
{
  HearthFeedbackReportViewDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (store == NULL || HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (report), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_REPORT_VIEW_DIALOG, NULL);
  hearth_feedback_report_view_set_report (self->view, store, report);
  title = g_strdup_printf (_("Feedback Report for %s"), hearth_feedback_report_get_subject_name (report));
  adw_dialog_set_title (ADW_DIALOG (self), title);
  /* From the top: the first row would scroll the charts out of sight. */
  adw_dialog_set_focus (ADW_DIALOG (self), hearth_feedback_report_view_get_first_focus (self->view));
  return ADW_DIALOG (self);
}

HearthFeedbackReportView *
hearth_feedback_report_view_dialog_get_view (HearthFeedbackReportViewDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW_DIALOG (self), NULL);

  return self->view;
}

static void
report_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFeedbackReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_object_get (widget, "store", &store, NULL);
  if (store == NULL)
    return;

  report = hearth_feedback_report_new (store, g_variant_get_int64 (parameter),
                                       hearth_store_get_actor (store), &error);
  if (report == NULL)
    {
      if (HEARTH_IS_WINDOW (widget))
        hearth_window_show_error (HEARTH_WINDOW (widget), error);
      else
        g_warning ("Could not open the report: %s", error->message);
      return;
    }
  adw_dialog_present (hearth_feedback_report_view_dialog_new (store, report), widget);
}

void
hearth_feedback_report_view_dialog_install_action (GtkWidgetClass *widget_class,
                                                   const char     *action_name)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (action_name != NULL);

  gtk_widget_class_install_action (widget_class, action_name, "x", report_action_cb);
}
