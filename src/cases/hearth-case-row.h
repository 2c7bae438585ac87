/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hearth-case.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_ROW (hearth_case_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthCaseRow, hearth_case_row, HEARTH, CASE_ROW, GtkBox)

/* A case in the case list: its title with "Overdue" and "Closed" pills, its
 * residents, its lead worker and when it last moved. It follows the case's
 * changes while it shows it. */
GtkWidget  *hearth_case_row_new      (void);
HearthCase *hearth_case_row_get_case (HearthCaseRow *self);
void        hearth_case_row_set_case (HearthCaseRow *self,
                                      HearthCase    *item);

G_END_DECLS
