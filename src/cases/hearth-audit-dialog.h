/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AUDIT_DIALOG (hearth_audit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthAuditDialog, hearth_audit_dialog, HEARTH, AUDIT_DIALOG, AdwDialog)

/* Who looked at or changed the record of resident @resident_id, and when,
 * newest first, with an export as CSV. */
AdwDialog *hearth_audit_dialog_new (HearthStore *store,
                                    gint64       resident_id);

G_END_DECLS
