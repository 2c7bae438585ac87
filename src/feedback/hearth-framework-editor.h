/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FRAMEWORK_EDITOR (hearth_framework_editor_get_type ())
G_DECLARE_FINAL_TYPE (HearthFrameworkEditor, hearth_framework_editor, HEARTH, FRAMEWORK_EDITOR,
                      AdwDialog)

/* The team's frameworks beside the one chosen: its name, its behaviours
 * (or values) in order, and its rating scale. Each change is saved as it is
 * made; removals can be undone from a toast. */
AdwDialog *hearth_framework_editor_new              (HearthStore           *store);
/* Shows the framework @framework_id, when it is in the list. */
void       hearth_framework_editor_select_framework (HearthFrameworkEditor *self,
                                                     gint64                 framework_id);
gint64     hearth_framework_editor_get_framework_id (HearthFrameworkEditor *self);

G_END_DECLS
