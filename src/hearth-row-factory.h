/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef GtkWidget *(*HearthRowNewFunc) (void);

/* A factory for a list whose results are replaced wholesale, as a search
 * replaces them: each list item's child is a row @new_row makes, and the
 * rows GTK takes down are kept, up to @n_spare of them, and given to the
 * next items rather than made anew. Whoever uses it connects to "bind" and
 * "unbind" to show an item in its row and to let go of it; a row handed on
 * must keep nothing of the item it showed before. */
GtkListItemFactory *hearth_row_factory_new (HearthRowNewFunc new_row,
                                            guint            n_spare);

G_END_DECLS
