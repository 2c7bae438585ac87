/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"
#include "hearth-supervision-action.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_DROP_DIALOG (hearth_supervision_drop_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionDropDialog, hearth_supervision_drop_dialog, HEARTH,
                      SUPERVISION_DROP_DIALOG, HearthFormDialog)

/* Drops an open action, with the reason, in the one-to-one
 * @in_supervision_id. */
AdwDialog *hearth_supervision_drop_dialog_new (HearthStore             *store,
                                               HearthSupervisionAction *action,
                                               gint64                   in_supervision_id);

G_END_DECLS
