/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-case.h"
#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_STATUS_DIALOG (hearth_case_status_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthCaseStatusDialog, hearth_case_status_dialog, HEARTH, CASE_STATUS_DIALOG,
                      HearthFormDialog)

/* Closes an open case (an outcome from the team's list and a closing note)
 * or reopens a closed one (saying why). A save that fails says why and
 * keeps what was typed; emits ::saved after a save, then closes. */
AdwDialog *hearth_case_status_dialog_new (HearthStore *store,
                                          HearthCase  *item);

G_END_DECLS
