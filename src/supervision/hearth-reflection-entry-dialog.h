/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"
#include "hearth-supervision.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REFLECTION_ENTRY_DIALOG (hearth_reflection_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthReflectionEntryDialog, hearth_reflection_entry_dialog, HEARTH,
                      REFLECTION_ENTRY_DIALOG, HearthFormDialog)

/* Links one or more entries of the timeline of the case a one-to-one
 * reflects on, ticked in a list of them (day, kind, what it says).
 * @linked: the HearthSupervisionLink items linked already, shown ticked. */
AdwDialog *hearth_reflection_entry_dialog_new (HearthStore       *store,
                                               HearthSupervision *record,
                                               GListModel        *linked);

G_END_DECLS
