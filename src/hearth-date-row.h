/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_DATE_ROW (hearth_date_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthDateRow, hearth_date_row, HEARTH, DATE_ROW, AdwActionRow)

/* A day picked from a calendar, not typed: the row shows it in words and
 * opens a calendar whose every control is named. :date is "YYYY-MM-DD", or
 * "" when none is chosen (only an :optional row can be cleared). */
GtkWidget  *hearth_date_row_new          (void);
const char *hearth_date_row_get_date     (HearthDateRow *self);
/* Takes a day hearth_date_parse() reads, or NULL or "" for none. */
void        hearth_date_row_set_date     (HearthDateRow *self,
                                          const char    *date);
gboolean    hearth_date_row_get_optional (HearthDateRow *self);
void        hearth_date_row_set_optional (HearthDateRow *self,
                                          gboolean       optional);

G_END_DECLS
