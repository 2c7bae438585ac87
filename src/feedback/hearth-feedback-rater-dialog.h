/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RATER_DIALOG (hearth_feedback_rater_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackRaterDialog, hearth_feedback_rater_dialog, HEARTH,
                      FEEDBACK_RATER_DIALOG, HearthFormDialog)

/* Asks someone for feedback in the cycle: a team member, or someone
 * outside the team by name (partners, residents), and who they are to the
 * person. */
AdwDialog *hearth_feedback_rater_dialog_new (HearthStore *store,
                                             gint64       cycle_id);

G_END_DECLS
