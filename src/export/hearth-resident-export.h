/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* Everything Hearth holds about one resident, for a subject access request
 * (UK GDPR, article 15), as one machine-readable JSON file: their record,
 * profile and access needs; every case they are on; every timeline entry
 * that concerns them, with its author, dates, earlier versions and
 * agreements; and their agreements, spends and money outcomes.
 *
 * An entry concerns them when it was written about them (its resident is
 * theirs), or about the case as a whole (no resident) on a case they are
 * on. An entry of a shared case written about another resident is left
 * out, and so are the other residents' records.
 *
 * Written privately (readable by its owner only) and atomically with
 * hearth_export_file_save(). Returns FALSE with @error set
 * (HEARTH_ERROR_NOT_FOUND for a resident who is not there) and no file
 * written on failure. */
gboolean hearth_resident_export_json (HearthStore   *store,
                                      gint64         resident_id,
                                      GFile         *file,
                                      GError       **error);

/* The same, as a PDF a resident can read: their record and profile, their
 * cases, what was written about them with its author, date, earlier
 * versions and agreements, and the money. new_pdf() returns the document
 * to save (with hearth_pdf_writer_save_async() from a window), or NULL with
 * @error set; export_pdf() saves it at once, privately and atomically. */
HearthPdfWriter *hearth_resident_export_new_pdf (HearthStore   *store,
                                                 gint64         resident_id,
                                                 GError       **error);
gboolean hearth_resident_export_pdf  (HearthStore   *store,
                                      gint64         resident_id,
                                      GFile         *file,
                                      GError       **error);

G_END_DECLS
