/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a PDF or a spreadsheet where the person chooses: the file dialog,
 * the writing (a PDF's on a worker thread), and the toast that says how it
 * went.
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-save-as.h"
#include "hearth-ui-utils.h"

typedef struct
{
  GtkWidget         *widget;
  AdwToastOverlay   *overlay;
  HearthPdfMakeFunc  make;
  HearthCsvMakeFunc  make_csv;
  gpointer           data;
  GDestroyNotify     destroy;
  GCancellable      *cancellable;
  GFile             *file;
} Save;

static void
save_free (Save *save)
{
  if (save->destroy != NULL)
    save->destroy (save->data);
  g_clear_object (&save->widget);
  g_clear_object (&save->overlay);
  g_clear_object (&save->cancellable);
  g_clear_object (&save->file);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Save, save_free)

static void
say (Save       *save,
     const char *message)
{
  GtkWidget *overlay = save->overlay != NULL
                       ? GTK_WIDGET (save->overlay)
                       : gtk_widget_get_ancestor (save->widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* Says the file was saved, or why not; nothing when it was cancelled. */
static void
say_saved (Save   *save,
           GError *error)
{
  if (error == NULL)
    {
      g_autofree char *name = g_file_get_basename (save->file);
      /* Translators: %s is a file name. */
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      say (save, message);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = hearth_dup_save_error (save->file, error);

      say (save, message);
    }
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(Save) save = data;
  g_autoptr(GError) error = NULL;

  hearth_pdf_writer_save_finish (HEARTH_PDF_WRITER (source), result, &error);
  say_saved (save, error);
}

static void
file_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(Save) save = data;
  g_autoptr(HearthPdfWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  save->file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (save->file == NULL)
    return;

  if (save->make_csv != NULL)
    {
      g_autoptr(HearthCsvWriter) csv = save->make_csv (save->data);

      hearth_csv_writer_save (csv, save->file, NULL, &error);
      say_saved (save, error);
      return;
    }

  writer = save->make (save->data, &error);
  if (writer == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        say (save, error->message);
      return;
    }
  hearth_pdf_writer_save_async (writer, save->file, save->cancellable, saved_cb,
                                g_steal_pointer (&save));
}

/* Asks where to save, with one filter for the kind of file, then goes on
 * in file_chosen_cb(). Takes @save. */
static void
choose_file (Save       *save,
             const char *title,
             const char *initial_name,
             const char *filter_name,
             const char *mime_type,
             const char *suffix)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  g_list_store_append (filters, filter);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (save->widget)), save->cancellable,
                        file_chosen_cb, save);
}

static Save *
save_new (GtkWidget       *widget,
          AdwToastOverlay *overlay,
          gpointer         data,
          GDestroyNotify   destroy,
          GCancellable    *cancellable)
{
  Save *save = g_new0 (Save, 1);

  save->widget = g_object_ref (widget);
  save->overlay = overlay != NULL ? g_object_ref (overlay) : NULL;
  save->data = data;
  save->destroy = destroy;
  save->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  return save;
}

void
hearth_pdf_save_as (GtkWidget          *widget,
                    AdwToastOverlay    *overlay,
                    const char         *title,
                    const char         *initial_name,
                    HearthPdfMakeFunc   make,
                    gpointer            data,
                    GDestroyNotify      destroy,
                    GCancellable       *cancellable)
{
  Save *save;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (make != NULL);

  save = save_new (widget, overlay, data, destroy, cancellable);
  save->make = make;
  choose_file (save, title, initial_name, _("PDF Document"), "application/pdf", "pdf");
}

void
hearth_csv_save_as (GtkWidget          *widget,
                    AdwToastOverlay    *overlay,
                    const char         *title,
                    const char         *initial_name,
                    HearthCsvMakeFunc   make,
                    gpointer            data,
                    GDestroyNotify      destroy)
{
  Save *save;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (make != NULL);

  save = save_new (widget, overlay, data, destroy, NULL);
  save->make_csv = make;
  choose_file (save, title, initial_name, _("Spreadsheet (CSV)"), "text/csv", "csv");
}
