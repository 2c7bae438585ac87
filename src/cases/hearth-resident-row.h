/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hearth-resident.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT_ROW (hearth_resident_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthResidentRow, hearth_resident_row, HEARTH, RESIDENT_ROW, GtkBox)

/* A resident in the Residents view: their name, with their area and
 * tenancy reference where they have them. It follows the resident's
 * changes while it shows them. */
GtkWidget      *hearth_resident_row_new          (void);
HearthResident *hearth_resident_row_get_resident (HearthResidentRow *self);
void            hearth_resident_row_set_resident (HearthResidentRow *self,
                                                  HearthResident    *resident);

G_END_DECLS
