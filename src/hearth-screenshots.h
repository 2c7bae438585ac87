/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-window.h"

G_BEGIN_DECLS

/* Saves a PNG of each area of @window, and of a case with its timeline, into
 * @directory, prints their paths and quits the application. For newcomers on
 * a machine without a display, and for the AppStream screenshots. */
void     hearth_screenshots_run     (HearthWindow  *window,
                                     const char    *directory);

/* Renders @widget as it is now into a PNG file at @path. */
gboolean hearth_screenshots_save    (GtkWidget     *widget,
                                     const char    *path,
                                     GError       **error);

G_END_DECLS
