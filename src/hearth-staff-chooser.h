/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STAFF_CHOOSER (hearth_staff_chooser_get_type ())
G_DECLARE_FINAL_TYPE (HearthStaffChooser, hearth_staff_chooser, HEARTH, STAFF_CHOOSER, AdwDialog)

/* Asks who is using Hearth: someone already on the team, or someone new.
 * Emits ::staff-chosen with the staff id, then closes. */
AdwDialog *hearth_staff_chooser_new (HearthStore *store);

G_END_DECLS
