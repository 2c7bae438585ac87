/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-retention.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RETENTION_KEEP_DIALOG (hearth_retention_keep_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthRetentionKeepDialog, hearth_retention_keep_dialog, HEARTH,
                      RETENTION_KEEP_DIALOG, HearthFormDialog)

/* Asks why the closed case @item is kept, and keeps it for @years more. */
AdwDialog *hearth_retention_keep_dialog_new (HearthStore         *store,
                                             HearthRetentionCase *item,
                                             guint                years);

G_END_DECLS
