/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROMISES_DIALOG (hearth_promises_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthPromisesDialog, hearth_promises_dialog, HEARTH, PROMISES_DIALOG,
                      AdwDialog)

/* The history of promises made in the one-to-ones of the store's actor:
 * those of everyone they supervise, what they promised their people, each
 * of their people's, and their own as a member of staff. */
AdwDialog *hearth_promises_dialog_new (HearthStore *store);

/* Which promises are shown: the position in the list of whose promises. */
void       hearth_promises_dialog_set_scope (HearthPromisesDialog *self,
                                             guint                 scope);

G_END_DECLS
