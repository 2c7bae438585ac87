/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ONE_TO_ONE_DIALOG (hearth_one_to_one_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthOneToOneDialog, hearth_one_to_one_dialog, HEARTH, ONE_TO_ONE_DIALOG,
                      AdwDialog)

/* A one-to-one, in the order of the conversation, saved as it is typed;
 * once both have agreed it, read-only with its addenda below. NULL with
 * @error when it is gone. */
AdwDialog *hearth_one_to_one_dialog_new   (HearthStore  *store,
                                           gint64        supervision_id,
                                           GError      **error);
/* Saves what was typed and not saved yet, at once. */
void       hearth_one_to_one_dialog_flush (HearthOneToOneDialog *self);

G_END_DECLS
