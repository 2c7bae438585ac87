/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AGREEMENT_SUMMARY_DIALOG (hearth_agreement_summary_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthAgreementSummaryDialog, hearth_agreement_summary_dialog, HEARTH, AGREEMENT_SUMMARY_DIALOG, AdwDialog)

/* What was agreed, written to the resident, from a "what we agreed" entry:
 * shown as it will read, to copy into an e-mail, print, or save as a PDF.
 * @contact is how residents reach the team (may be empty). */
AdwDialog  *hearth_agreement_summary_dialog_new      (HearthStore                  *store,
                                                      gint64                        entry_id,
                                                      const char                   *contact);
/* The text shown and copied; NULL when the summary could not be made. */
const char *hearth_agreement_summary_dialog_get_text (HearthAgreementSummaryDialog *self);
/* Prints the summary, through GTK's print dialog, or with @export_path
 * straight into that PDF file without asking (for tests and scripts). */
gboolean    hearth_agreement_summary_dialog_print    (HearthAgreementSummaryDialog *self,
                                                      const char                   *export_path,
                                                      GError                      **error);

G_END_DECLS
