/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUMMARY_DIALOG (hearth_summary_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthSummaryDialog, hearth_summary_dialog, HEARTH, SUMMARY_DIALOG, AdwDialog)

/* A summary to send, shown as it will read: to copy into an e-mail
 * (Ctrl+Shift+C), print (Ctrl+P) or save as a PDF (Ctrl+S). The printed
 * pages are the PDF's. A summary that could not be made says why, and
 * offers nothing to copy, print or save. */

/* What was agreed, written to the resident, from a "what we agreed" entry.
 * @contact is how residents reach the team (may be NULL or empty; the
 * dialog then says where to add it). */
AdwDialog  *hearth_summary_dialog_new_agreement (HearthStore         *store,
                                                 gint64               entry_id,
                                                 const char          *contact);
/* What a Stop Shop session did: the barriers gathered, the top ones with
 * their owners and first actions, what was removed since the session
 * before. */
AdwDialog  *hearth_summary_dialog_new_session   (HearthStore         *store,
                                                 gint64               session_id);

/* The text shown and copied; NULL when the summary could not be made. */
const char *hearth_summary_dialog_get_text      (HearthSummaryDialog *self);
/* Prints the summary, through GTK's print dialog, or with @export_path
 * straight into that PDF file without asking (for tests and scripts). */
gboolean    hearth_summary_dialog_print         (HearthSummaryDialog *self,
                                                 const char          *export_path,
                                                 GError             **error);

G_END_DECLS
