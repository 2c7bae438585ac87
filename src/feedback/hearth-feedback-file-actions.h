/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Installs the cycle page's file actions on a widget class with a "store"
 * property (the window): "feedback.export-form" and
 * "feedback.print-blank-form" (a rater's id) and "feedback.import-responses"
 * (a cycle's id). Each asks for a file or a printer, does the work through
 * the response file and the blank form of src/export, and says how it went
 * in a toast. */
void hearth_feedback_file_actions_install (GtkWidgetClass *widget_class);

G_END_DECLS
