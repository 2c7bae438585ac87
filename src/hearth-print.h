/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-pdf-writer.h"

G_BEGIN_DECLS

/* Prints @pdf's own pages, drawn by the same renderer as the saved PDF, so
 * the printed sheet and the file are the same document. With @export_path
 * the print goes to that file instead of a printer (as tests do). Returns
 * FALSE with @error only when printing failed, not when it was cancelled. */
gboolean hearth_print_pdf (GtkWindow        *parent,
                           const char       *job_name,
                           HearthPdfWriter  *pdf,
                           const char       *export_path,
                           GError          **error);

G_END_DECLS
