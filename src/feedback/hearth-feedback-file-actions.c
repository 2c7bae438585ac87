/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-file.h"
#include "hearth-feedback-file-actions.h"
#include "hearth-print.h"
#include "hearth-window.h"

/* What an action on @widget needs once the file is chosen. */
typedef struct
{
  GtkWidget   *widget;
  HearthStore *store;
  gint64       id;
} FileJob;

static void
file_job_free (FileJob *job)
{
  g_clear_object (&job->widget);
  g_clear_object (&job->store);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileJob, file_job_free)

static FileJob *
file_job_new (GtkWidget *widget,
              GVariant  *parameter)
{
  FileJob *job = g_new0 (FileJob, 1);

  job->widget = g_object_ref (widget);
  g_object_get (widget, "store", &job->store, NULL);
  job->id = g_variant_get_int64 (parameter);
  return job;
}

static void
say (GtkWidget  *widget,
     const char *message)
{
  if (HEARTH_IS_WINDOW (widget))
    hearth_window_show_toast (HEARTH_WINDOW (widget), message);
}

static void
say_error (GtkWidget    *widget,
           const GError *error)
{
  if (HEARTH_IS_WINDOW (widget))
    hearth_window_show_error (HEARTH_WINDOW (widget), error);
}

static GtkFileFilter *
new_response_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Feedback forms"));
  gtk_file_filter_add_mime_type (filter, "application/x-hearth-feedback");
  gtk_file_filter_add_suffix (filter, "hearth-feedback");
  return filter;
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* --- A form for one rater ---------------------------------------------------- */

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(FileJob) job = data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file == NULL)
    return;

  if (!hearth_feedback_file_export (job->store, job->id, file, &error))
    {
      say_error (job->widget, error);
      return;
    }
  say (job->widget, _("Form saved: send it to the rater, and read it in once they return it"));
}

static void
export_form_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = new_response_filter ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Save Feedback Form"));
  /* Translators: the file name offered for a rater's feedback form. */
  gtk_file_dialog_set_initial_name (dialog, _("Feedback form.hearth-feedback"));
  gtk_file_dialog_save (dialog, parent_window (widget), NULL, export_chosen_cb,
                        file_job_new (widget, parameter));
}

static void
print_blank_form_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_autoptr(FileJob) job = file_job_new (widget, parameter);
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autoptr(GError) error = NULL;

  pdf = hearth_feedback_blank_form_new_pdf (job->store, job->id, &error);
  if (pdf == NULL || !hearth_print_pdf (parent_window (widget), _("Feedback form"), pdf, NULL, &error))
    {
      if (error != NULL)
        say_error (widget, error);
    }
}

/* --- Forms returned for a cycle -------------------------------------------- */

static void
import_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(FileJob) job = data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) first_error = NULL;
  guint n_read = 0;
  guint n_refused = 0;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (files == NULL)
    return;

  /* Each form is read in whole or not at all; one refused does not stop
   * the others. */
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autoptr(GError) error = NULL;

      if (hearth_feedback_file_import (job->store, file, &error))
        n_read++;
      else
        {
          n_refused++;
          if (first_error == NULL)
            first_error = g_steal_pointer (&error);
        }
    }

  if (first_error != NULL)
    say_error (job->widget, first_error);
  if (n_read > 0 || n_refused == 0)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u form read in", "%u forms read in",
                                              n_read),
                                 n_read);
      say (job->widget, message);
    }
}

static void
import_responses_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = new_response_filter ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Read In Feedback Forms"));
  gtk_file_dialog_open_multiple (dialog, parent_window (widget), NULL, import_chosen_cb,
                                 file_job_new (widget, parameter));
}

void
hearth_feedback_file_actions_install (GtkWidgetClass *widget_class)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  gtk_widget_class_install_action (widget_class, "feedback.export-form", "x", export_form_action);
  gtk_widget_class_install_action (widget_class, "feedback.print-blank-form", "x",
                                   print_blank_form_action);
  gtk_widget_class_install_action (widget_class, "feedback.import-responses", "x",
                                   import_responses_action);
}
