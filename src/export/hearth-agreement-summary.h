/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AGREEMENT_SUMMARY (hearth_agreement_summary_get_type ())
G_DECLARE_FINAL_TYPE (HearthAgreementSummary, hearth_agreement_summary, HEARTH,
                      AGREEMENT_SUMMARY, GObject)

/* "What we agreed", in plain words for the resident: a greeting with their
 * preferred name, what was talked about (the entry's summary and details),
 * "What we will do" (items for the team or someone else, by name, with
 * "by Friday 4 December" when there is a date), "What you will do" (the
 * resident's items), and how to reach us (the lead worker and @contact).
 * Done items say so; dropped items are left out. No codes, ids or other
 * residents' names: on a case with several residents only the one it is
 * addressed to is named.
 *
 * Reads @entry_id, a "what we agreed" entry, from @store once; the summary
 * does not follow later changes. @resident_id is the resident to address,
 * who must be on the entry's case; 0 means the resident the entry is about,
 * or else the first resident of its case. @contact is how to reach the team
 * ("Call 01632 960 123, Monday to Friday"), may be NULL or empty, and is
 * shown as given. Fails with a sentence to show (HEARTH_ERROR_NOT_FOUND for
 * an entry that is gone, HEARTH_ERROR_INVALID for a resident who is not on
 * the case, or the store's error). */
HearthAgreementSummary *hearth_agreement_summary_new           (HearthStore            *store,
                                                                gint64                  entry_id,
                                                                gint64                  resident_id,
                                                                const char             *contact,
                                                                GError                **error);

/* "What we agreed on 24 November 2026": an e-mail's subject, the PDF's title. */
const char             *hearth_agreement_summary_get_title     (HearthAgreementSummary *self);
/* The summary as plain text, ready to paste into an e-mail or a letter:
 * paragraphs separated by blank lines, list items starting "- ". */
const char             *hearth_agreement_summary_get_text      (HearthAgreementSummary *self);
/* A name to offer when saving, such as "what-we-agreed-2026-11-24.pdf". */
char                   *hearth_agreement_summary_dup_file_name (HearthAgreementSummary *self);

/* The same content as a PDF, to save, print or attach; it is laid out when
 * saved, which hearth_pdf_writer_save_async() does on another thread. */
HearthPdfWriter        *hearth_agreement_summary_new_pdf       (HearthAgreementSummary *self);
/* Writes the PDF to @file atomically; see hearth_pdf_writer_save(). */
gboolean                hearth_agreement_summary_save_pdf      (HearthAgreementSummary *self,
                                                                GFile                  *file,
                                                                GCancellable           *cancellable,
                                                                GError                **error);

G_END_DECLS
