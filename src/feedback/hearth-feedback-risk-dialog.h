/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-feedback-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RISK_DIALOG (hearth_feedback_risk_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackRiskDialog, hearth_feedback_risk_dialog, HEARTH,
                      FEEDBACK_RISK_DIALOG, AdwAlertDialog)

/* Asks before a cycle shows a group, or its comments, with fewer answers
 * than the defaults: says what that risks. The response "lower" agrees. */
AdwDialog *hearth_feedback_risk_dialog_new (const HearthFeedbackMinimums *minimums);

G_END_DECLS
