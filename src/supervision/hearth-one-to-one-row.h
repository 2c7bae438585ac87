/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-supervision.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ONE_TO_ONE_ROW (hearth_one_to_one_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthOneToOneRow, hearth_one_to_one_row, HEARTH, ONE_TO_ONE_ROW, AdwActionRow)

/* One one-to-one in a person's list: its day and where the record stands.
 * Activating it runs "supervision.open" with its id. */
GtkWidget *hearth_one_to_one_row_new (HearthSupervision *supervision);

G_END_DECLS
