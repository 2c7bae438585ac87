/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_SCALE_POINT_ROW (hearth_scale_point_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthScalePointRow, hearth_scale_point_row, HEARTH, SCALE_POINT_ROW,
                      AdwEntryRow)

/* The label of one point of a rating scale, being edited, with a button to
 * take the point out (the editor's "editor.remove-point" with its value). */
GtkWidget *hearth_scale_point_row_new       (guint                value,
                                             const char          *label);
void       hearth_scale_point_row_set_value (HearthScalePointRow *self,
                                             guint                value);

G_END_DECLS
