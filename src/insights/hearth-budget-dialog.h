/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-budget.h"
#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BUDGET_DIALOG (hearth_budget_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthBudgetDialog, hearth_budget_dialog, HEARTH, BUDGET_DIALOG,
                      HearthFormDialog)

/* Sets a new budget for a team (@budget NULL), starting with @team chosen
 * (or the first team) and the quarter that holds today; or changes or
 * removes @budget. */
AdwDialog *hearth_budget_dialog_new (HearthStore  *store,
                                     HearthBudget *budget,
                                     const char   *team);

G_END_DECLS
