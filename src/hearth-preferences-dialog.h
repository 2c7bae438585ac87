/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PREFERENCES_DIALOG (hearth_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthPreferencesDialog, hearth_preferences_dialog, HEARTH, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *hearth_preferences_dialog_new (HearthStore *store,
                                          GSettings   *settings);

G_END_DECLS
