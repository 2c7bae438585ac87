/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The whole story of one case on paper, for handing a case over, a review
 * or a resident's request for what is held about them:
 *
 *  - the case: title, residents, lead worker and others involved, opened
 *    and closed dates, the outcome and the closing note;
 *  - each resident's profile in their own words (what matters to me, my
 *    strengths and gifts, what a good life looks like to me, what we can do
 *    together), with "Not written yet" where a part is empty;
 *  - what we agreed that is still open, with who and by when, overdue
 *    items marked;
 *  - money: debt resolved and income gained, and what was spent and on what;
 *  - the timeline, oldest first, grouped by day: time, kind, author,
 *    summary, details, amounts and agreement items. Deleted entries are
 *    left out.
 *
 * Reads @store on the calling thread, row by row into the writer's text,
 * which takes a small part of the time (the layout waits for the save);
 * @cancellable is checked between entries. Returns the document, to save
 * with hearth_pdf_writer_save_async() so the window is never held up, or
 * NULL with @error set (HEARTH_ERROR_NOT_FOUND for a case that does not
 * exist, G_IO_ERROR_CANCELLED, or the store's error). */
HearthPdfWriter *hearth_case_pdf_new            (HearthStore   *store,
                                                 gint64         case_id,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

/* hearth_case_pdf_new() and hearth_pdf_writer_save() in one, all on the
 * calling thread (the command line): the PDF is written atomically to
 * @file, or not at all. */
gboolean         hearth_case_pdf_save           (HearthStore   *store,
                                                 gint64         case_id,
                                                 GFile         *file,
                                                 GCancellable  *cancellable,
                                                 GError       **error);

/* A name to offer when saving: the case title made safe for a file name,
 * as in "Warm and safe at home – case summary.pdf". */
char            *hearth_case_pdf_dup_file_name  (const char    *case_title);

G_END_DECLS
