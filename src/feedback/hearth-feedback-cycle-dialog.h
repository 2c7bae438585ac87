/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_CYCLE_DIALOG (hearth_feedback_cycle_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackCycleDialog, hearth_feedback_cycle_dialog, HEARTH,
                      FEEDBACK_CYCLE_DIALOG, HearthFormDialog)

/* Starts a cycle (@cycle_id 0) or changes one: who it is for, its title
 * and framework, when it opens and closes, its mode, who runs it and who
 * may release its report, and its minimums. Minimums below the defaults are
 * saved only after a dialog that says what they risk. */
AdwDialog *hearth_feedback_cycle_dialog_new          (HearthStore               *store,
                                                      gint64                     cycle_id);
/* The cycle started or changed; 0 before a new one is saved. */
gint64     hearth_feedback_cycle_dialog_get_cycle_id (HearthFeedbackCycleDialog *self);

G_END_DECLS
