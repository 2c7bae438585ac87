/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-practice-example.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PRACTICE_EXAMPLE_ROW (hearth_practice_example_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthPracticeExampleRow, hearth_practice_example_row, HEARTH,
                      PRACTICE_EXAMPLE_ROW, AdwActionRow)

/* An example of practice: what happened, when, on which case and, for one
 * escalated, to whom and what came of it. Activating it runs
 * "practice.edit" with its id. */
GtkWidget             *hearth_practice_example_row_new         (HearthPracticeExample    *example);
HearthPracticeExample *hearth_practice_example_row_get_example (HearthPracticeExampleRow *self);

G_END_DECLS
