/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"
#include "hearth-supervision.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REFLECTION_CASE_DIALOG (hearth_reflection_case_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthReflectionCaseDialog, hearth_reflection_case_dialog, HEARTH,
                      REFLECTION_CASE_DIALOG, HearthFormDialog)

/* Chooses the case a one-to-one reflects on from the member of staff's own
 * (those they lead or work on), found by its title or its residents.
 * Choosing another case takes the entries linked from the first away with
 * it. */
AdwDialog *hearth_reflection_case_dialog_new (HearthStore       *store,
                                              HearthSupervision *record);

G_END_DECLS
