/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-ui"

#include "config.h"

#include "hearth-print.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                HearthPdfWriter   *pdf)
{
  gtk_print_operation_set_n_pages (operation, (int) hearth_pdf_writer_paginate (pdf));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              HearthPdfWriter   *pdf)
{
  if (page < 0)
    return;

  /* The whole sheet is the page: the PDF's page, made to fit the paper,
   * keeps its own margins. */
  hearth_pdf_writer_draw_page (pdf, gtk_print_context_get_cairo_context (context),
                               gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context), (guint) page);
}

gboolean
hearth_print_pdf (GtkWindow        *parent,
                  const char       *job_name,
                  HearthPdfWriter  *pdf,
                  const char       *export_path,
                  GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (pdf), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = gtk_print_operation_new ();
  if (job_name != NULL)
    gtk_print_operation_set_job_name (operation, job_name);
  /* Points, from the corner of the sheet. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), pdf);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), pdf);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
