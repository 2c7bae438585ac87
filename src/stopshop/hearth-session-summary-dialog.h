/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SESSION_SUMMARY_DIALOG (hearth_session_summary_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthSessionSummaryDialog, hearth_session_summary_dialog, HEARTH, SESSION_SUMMARY_DIALOG, AdwDialog)

/* What a Stop Shop session did: the barriers gathered, the top ones with
 * their owners and first actions, what was removed since the session
 * before. Shown as it will read, to copy into an e-mail or save as a PDF. */
AdwDialog  *hearth_session_summary_dialog_new      (HearthStore                *store,
                                                    gint64                      session_id);
/* The text shown and copied; NULL when the summary could not be made. */
const char *hearth_session_summary_dialog_get_text (HearthSessionSummaryDialog *self);

G_END_DECLS
