/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT_DIALOG (hearth_resident_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthResidentDialog, hearth_resident_dialog, HEARTH, RESIDENT_DIALOG,
                      HearthFormDialog)

/* Edits a resident (or, with @resident_id 0, adds one named @name): who
 * they are, how to reach them, their profile in their own words and their
 * access needs. Emits ::saved, then closes; a save that fails says why and
 * keeps everything typed. */
AdwDialog *hearth_resident_dialog_new (HearthStore *store,
                                       gint64       resident_id,
                                       const char  *name);
/* The resident's id: the new one's once it is saved, else 0. */
gint64     hearth_resident_dialog_get_resident_id (HearthResidentDialog *self);

G_END_DECLS
