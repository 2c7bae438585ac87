/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FRAMEWORK_DIALOG (hearth_framework_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFrameworkDialog, hearth_framework_dialog, HEARTH, FRAMEWORK_DIALOG,
                      HearthFormDialog)

/* Makes a new framework: its name, and whether it holds behaviours or
 * values. It starts on the default scale, with no behaviours yet. */
AdwDialog *hearth_framework_dialog_new              (HearthStore           *store);
/* The framework made, once ::saved; 0 before. */
gint64     hearth_framework_dialog_get_framework_id (HearthFrameworkDialog *self);

G_END_DECLS
