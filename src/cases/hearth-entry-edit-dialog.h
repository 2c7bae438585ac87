/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-form-dialog.h"
#include "hearth-store.h"
#include "hearth-timeline-entry.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ENTRY_EDIT_DIALOG (hearth_entry_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthEntryEditDialog, hearth_entry_edit_dialog, HEARTH, ENTRY_EDIT_DIALOG,
                      HearthFormDialog)

/* Changes the summary and details of a timeline entry. The version it
 * replaces is kept in the entry's history, and the dialog says so; Save is
 * offered only for words that would save (a summary, within the limits).
 * A save that fails says why and keeps what was typed; emits ::saved after
 * a save, then closes. */
AdwDialog *hearth_entry_edit_dialog_new (HearthStore         *store,
                                         HearthTimelineEntry *entry);

G_END_DECLS
