/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-case.h"
#include "hearth-form-dialog.h"
#include "hearth-resident.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_DIALOG (hearth_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthCaseDialog, hearth_case_dialog, HEARTH, CASE_DIALOG, HearthFormDialog)

/* With @item NULL: opens a new case — find the residents it is for (or add
 * new ones by name), a title, who leads it and who else is involved. With a
 * case: changes its title, lead and others involved. Emits ::saved, then
 * closes; a save that fails says why and keeps what was typed. */
AdwDialog *hearth_case_dialog_new         (HearthStore      *store,
                                           HearthCase       *item);
/* A new case for @resident: they are chosen already, and the title
 * suggested from their name. */
void       hearth_case_dialog_add_resident (HearthCaseDialog *self,
                                            HearthResident   *resident);
/* The case opened or changed, once ::saved; 0 before. */
gint64     hearth_case_dialog_get_case_id (HearthCaseDialog *self);

G_END_DECLS
