/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where GL has no graphics card behind it (remote and virtual desktops, thin
 * clients), Mesa draws GL on the processor. GTK does not take that GL as its
 * first choice, but on X11 it still ends up there when nothing else is left,
 * and its GL renderer then redraws the whole window every frame: 12 ms for an
 * empty libadwaita window of 1280 × 800 on two cores, 14–17 ms for Hearth's
 * lists. The cairo renderer redraws only what changed, which for typing in a
 * search box or scrolling a list is a small part of the window (1.5–2.5 ms a
 * frame), and starts without compiling shaders. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#ifdef GDK_WINDOWING_X11
#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <gdk/x11/gdkx.h>
#endif

#include "hearth-renderer.h"

gboolean
hearth_renderer_is_software (const char *driver)
{
  /* Mesa's driver for llvmpipe and softpipe, on its own or over a display
   * device without a graphics card (kms_swrast). */
  return driver != NULL && g_str_has_suffix (driver, "swrast");
}

/* Asks EGL which Mesa driver GDK's display uses (EGL_MESA_query_driver).
 * Only on X11, where GDK has readied GL as it opened the display: the
 * question is asked of the display GDK set up, so it costs nothing, and a
 * display GDK did not set up (GL through GLX, or not at all) is not touched.
 * A Wayland session with a graphics card draws with Vulkan and would start GL
 * only to ask, so it keeps GTK's choice. */
static gboolean
gl_draws_in_software (GdkDisplay *display)
{
#ifdef GDK_WINDOWING_X11
  PFNEGLGETDISPLAYDRIVERNAMEPROC get_driver_name;
  EGLDisplay egl;
  const char *extensions;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;

  /* Without GL, GTK draws with cairo already. */
  if (!gdk_display_prepare_gl (display, NULL))
    return FALSE;

  /* The same display as GDK's, for the same X connection; an EGL display
   * nobody initialized answers no query. GTK 4.18 deprecates its X11 calls
   * with the X11 backend itself, for removal in GTK 5; this branch goes with
   * them. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  egl = eglGetPlatformDisplay (EGL_PLATFORM_X11_KHR, gdk_x11_display_get_xdisplay (display), NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (egl == EGL_NO_DISPLAY)
    return FALSE;
  extensions = eglQueryString (egl, EGL_EXTENSIONS);
  if (extensions == NULL || strstr (extensions, "EGL_MESA_query_driver") == NULL)
    return FALSE;

  get_driver_name = (PFNEGLGETDISPLAYDRIVERNAMEPROC) eglGetProcAddress ("eglGetDisplayDriverName");
  return get_driver_name != NULL && hearth_renderer_is_software (get_driver_name (egl));
#else
  return FALSE;
#endif
}

const char *
hearth_choose_renderer (GdkDisplay *display)
{
  const char *named;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  /* A renderer someone named, for the whole session or this display, stays.
   * An empty GSK_RENDERER names none. */
  named = g_getenv ("GSK_RENDERER");
  if ((named != NULL && *named != '\0') ||
      g_object_get_data (G_OBJECT (display), "gsk-renderer") != NULL)
    return NULL;

  if (!gl_draws_in_software (display))
    return NULL;

  /* GTK reads this before anything else as it picks the renderer of each
   * window it realizes on @display. It is not public API, but it is how
   * GTK's own inspector chooses the renderer of its display (from
   * GTK_INSPECTOR_RENDERER). Should GTK stop reading it, windows keep GTK's
   * choice, and test-renderer says so. */
  g_object_set_data (G_OBJECT (display), "gsk-renderer", (gpointer) "cairo");
  g_debug ("GL draws in software: windows are drawn with cairo");
  return "cairo";
}
