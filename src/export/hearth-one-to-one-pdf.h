/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The shared record of one one-to-one on paper, as the two people in it
 * see it: who, with whom and when; how the person really was (the
 * wellbeing is theirs, so it is in their copy); what is going well, what
 * has been hard, the reflection on a case with the entries linked,
 * learning and development and behaviours; the agreed actions, those
 * carried over into it first, with who does them, by when, how many
 * one-to-ones they were carried over and what became of them; who agreed
 * the record and when; then the addenda.
 *
 * Never the supervisor's private note: it is not read here at all, for
 * anyone, so no copy of the record can carry it.
 *
 * Reads @store on the calling thread; returns the document to save with
 * hearth_pdf_writer_save_async(), or NULL with @error set
 * (HEARTH_ERROR_NOT_FOUND for a one-to-one that does not exist, or the
 * store's error). */
HearthPdfWriter *hearth_one_to_one_pdf_new           (HearthStore   *store,
                                                      gint64         supervision_id,
                                                      GError       **error);

/* hearth_one_to_one_pdf_new() and hearth_pdf_writer_save() in one, on the
 * calling thread (the command line): written atomically to @file, readable
 * by its owner alone, or not written at all. */
gboolean         hearth_one_to_one_pdf_save          (HearthStore   *store,
                                                      gint64         supervision_id,
                                                      GFile         *file,
                                                      GCancellable  *cancellable,
                                                      GError       **error);

/* A name to offer when saving, as in
 * "One-to-one with Sam Okafor, 2026-12-01.pdf". */
char            *hearth_one_to_one_pdf_dup_file_name (const char    *staff_name,
                                                      const char    *held_on);

G_END_DECLS
