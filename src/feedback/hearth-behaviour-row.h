/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-behaviour.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BEHAVIOUR_ROW (hearth_behaviour_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthBehaviourRow, hearth_behaviour_row, HEARTH, BEHAVIOUR_ROW, AdwActionRow)

/* One behaviour of a framework in the framework editor: its name and
 * meaning, a handle to drag it by, and buttons to move, edit and remove it.
 * Alt+Up and Alt+Down move it too. Each activates the editor's action
 * ("editor.move-behaviour", "editor.edit-behaviour", …) with the
 * behaviour's id. */
GtkWidget       *hearth_behaviour_row_new           (HearthBehaviour    *behaviour);
HearthBehaviour *hearth_behaviour_row_get_behaviour (HearthBehaviourRow *self);

G_END_DECLS
