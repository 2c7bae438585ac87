/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_FRAMEWORK_CONFLICT_DIALOG (hearth_framework_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthFrameworkConflictDialog, hearth_framework_conflict_dialog, HEARTH,
                      FRAMEWORK_CONFLICT_DIALOG, AdwAlertDialog)

/* Says that the framework @name cannot lose a behaviour or change its scale
 * because @cycles (phrases naming each cycle and its person) use it, and
 * offers to duplicate it instead: the response "duplicate". */
AdwDialog *hearth_framework_conflict_dialog_new (const char         *name,
                                                 const char * const *cycles);

G_END_DECLS
