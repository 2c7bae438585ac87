/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-behaviour.h"
#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BEHAVIOUR_DIALOG (hearth_behaviour_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthBehaviourDialog, hearth_behaviour_dialog, HEARTH, BEHAVIOUR_DIALOG,
                      HearthFormDialog)

/* Adds a behaviour to the framework (@behaviour NULL), or edits
 * @behaviour: its name, its one-line meaning and its descriptors. */
AdwDialog *hearth_behaviour_dialog_new (HearthStore     *store,
                                        gint64           framework_id,
                                        HearthBehaviour *behaviour);

G_END_DECLS
