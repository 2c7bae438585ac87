/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-csv-writer.h"
#include "hearth-pdf-writer.h"

G_BEGIN_DECLS

/* Makes the PDF to save from what @data points at; NULL with @error when it
 * cannot. Runs on the main thread: it reads, and the writer lays out later. */
typedef HearthPdfWriter *(*HearthPdfMakeFunc) (gpointer   data,
                                               GError   **error);

/* Asks where to save a PDF (offering @initial_name), makes it with @make
 * and writes it on a worker thread, then says how it went in a toast on
 * @overlay, or on the toast overlay around @widget when @overlay is NULL.
 * A full disk or a folder that cannot be written to is said in plain
 * words. @destroy frees @data when all is done. */
void hearth_pdf_save_as (GtkWidget          *widget,
                         AdwToastOverlay    *overlay,
                         const char         *title,
                         const char         *initial_name,
                         HearthPdfMakeFunc   make,
                         gpointer            data,
                         GDestroyNotify      destroy,
                         GCancellable       *cancellable);

/* Makes the CSV to save from what @data points at, as it is shown now. */
typedef HearthCsvWriter *(*HearthCsvMakeFunc) (gpointer data);

/* As hearth_pdf_save_as(), for a spreadsheet: asks where to save it
 * (offering @initial_name), makes it with @make once a file is chosen and
 * writes it, then says how it went in a toast. */
void hearth_csv_save_as (GtkWidget          *widget,
                         AdwToastOverlay    *overlay,
                         const char         *title,
                         const char         *initial_name,
                         HearthCsvMakeFunc   make,
                         gpointer            data,
                         GDestroyNotify      destroy);

G_END_DECLS
