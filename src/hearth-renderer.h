/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether @driver, the name EGL gives the Mesa driver behind a display
 * (eglGetDisplayDriverName ()), draws on the processor. */
gboolean    hearth_renderer_is_software (const char *driver);

/* Has @display's windows drawn by GTK's cairo renderer when its GL draws in
 * software; leaves GTK's own choice otherwise, and always when someone has
 * named a renderer (GSK_RENDERER). Call it before the first window is
 * shown. Returns the renderer chosen, as GSK_RENDERER would name it, or
 * %NULL where GTK chooses. */
const char *hearth_choose_renderer   (GdkDisplay *display);

G_END_DECLS
