/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RETENTION_DIALOG (hearth_retention_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthRetentionDialog, hearth_retention_dialog, HEARTH, RETENTION_DIALOG,
                      AdwDialog)

/* The closed cases older than @years, each to keep with a reason or to
 * erase. */
AdwDialog *hearth_retention_dialog_new (HearthStore *store,
                                        guint        years);

G_END_DECLS
