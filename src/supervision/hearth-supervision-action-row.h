/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-supervision-action.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_ACTION_ROW (hearth_supervision_action_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionActionRow, hearth_supervision_action_row, HEARTH,
                      SUPERVISION_ACTION_ROW, AdwActionRow)

/* An agreed action: what, who, by when, how often it was carried over,
 * and while it is open and @editable, Done and Drop. */
GtkWidget *hearth_supervision_action_row_new (HearthSupervisionAction *action,
                                              gboolean                 editable);

G_END_DECLS
