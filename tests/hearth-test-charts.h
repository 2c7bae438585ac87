/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Draws @chart alone in a window, 360 pixels wide as on a phone and 800 as
 * on a desktop, in the widget's font at two sizes, and checks each time
 * that it drew something, that it drew text, that all it drew lies within
 * its width, and that its text grew with the font its style gives it: that
 * every label is laid out from the widget's own Pango context. Sinks a
 * floating @chart; the caller keeps a reference it held.
 *
 * With HEARTH_TEST_CHART_DIR set, each drawing is also saved there as a
 * PNG, to compare charts pixel by pixel before and after a change. */
void hearth_test_check_chart_drawing (GtkWidget  *chart,
                                      const char *name);

G_END_DECLS
