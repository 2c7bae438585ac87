/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SESSION_SUMMARY (hearth_session_summary_get_type ())
G_DECLARE_FINAL_TYPE (HearthSessionSummary, hearth_session_summary, HEARTH,
                      SESSION_SUMMARY, GObject)

/* What a Stop Shop session did, to send to everyone who came and to the
 * owners of barriers:
 *  - the session: its day, place, theme, facilitating ambassadors and the
 *    teams attending;
 *  - the barriers gathered (raised at this session), in the order raised,
 *    with their weight when raised more than once and the session's votes
 *    when it voted;
 *  - the top ones (HEARTH_SESSION_TOP_BARRIERS, by votes in the session,
 *    then weight) with owner, first action and date, or "No owner yet";
 *  - what was removed since the last session (after the day of the session
 *    before, up to this session's day);
 *  - open barriers that have stalled: no update for the session's
 *    stall_weeks weeks before its day.
 * Nothing private: only barrier titles, staff names and the totals of
 * votes; no resident names, no story of a resident (the effect on
 * residents is left out), nothing read from cases, no one's votes.
 *
 * Reads @session_id from @store once; the summary does not follow later
 * changes. Fails with a sentence to show (HEARTH_ERROR_NOT_FOUND for a
 * session that does not exist, or the store's error). */
HearthSessionSummary *hearth_session_summary_new           (HearthStore           *store,
                                                            gint64                 session_id,
                                                            GError               **error);

/* "Stop Shop on Friday 4 December 2026": an e-mail's subject, the PDF's
 * title. */
const char           *hearth_session_summary_get_title     (HearthSessionSummary  *self);
/* The summary as plain text, ready to paste into an e-mail: paragraphs
 * separated by blank lines, list items starting "- ". */
const char           *hearth_session_summary_get_text      (HearthSessionSummary  *self);
/* A name to offer when saving, such as "stop-shop-2026-12-04.pdf". */
char                 *hearth_session_summary_dup_file_name (HearthSessionSummary  *self);

/* The same content as a PDF, laid out when saved, which
 * hearth_pdf_writer_save_async() does on another thread. */
HearthPdfWriter      *hearth_session_summary_new_pdf       (HearthSessionSummary  *self);
/* Writes the PDF to @file atomically; see hearth_pdf_writer_save(). */
gboolean              hearth_session_summary_save_pdf      (HearthSessionSummary  *self,
                                                            GFile                 *file,
                                                            GCancellable          *cancellable,
                                                            GError               **error);

G_END_DECLS
