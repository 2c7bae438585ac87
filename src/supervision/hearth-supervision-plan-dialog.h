/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"
#include "hearth-supervision-pair.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_PLAN_DIALOG (hearth_supervision_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionPlanDialog, hearth_supervision_plan_dialog, HEARTH,
                      SUPERVISION_PLAN_DIALOG, HearthFormDialog)

/* Plans the pair's next one-to-one on a day picked from a calendar. */
AdwDialog *hearth_supervision_plan_dialog_new (HearthStore           *store,
                                               HearthSupervisionPair *pair);

G_END_DECLS
