/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-barrier-update.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER_UPDATE_ROW (hearth_barrier_update_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthBarrierUpdateRow, hearth_barrier_update_row, HEARTH, BARRIER_UPDATE_ROW,
                      AdwActionRow)

/* One line of a barrier's log: what changed or what was said ("Raised →
 * Understood: we know why"), then when and who. */
GtkWidget *hearth_barrier_update_row_new (HearthBarrierUpdate *update);

G_END_DECLS
