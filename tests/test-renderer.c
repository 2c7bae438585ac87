/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing the renderer: cairo where GL draws in software, GTK's own choice
 * otherwise, and always the one someone named.
 */

#include "config.h"

#include <adwaita.h>
#include <epoxy/gl.h>
#include <string.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "hearth-renderer.h"
#include "hearth-ui-utils.h"

static void
test_software_names (void)
{
  /* Mesa's driver for llvmpipe and softpipe, and the same over a display
   * device without a graphics card. */
  g_assert_true (hearth_renderer_is_software ("swrast"));
  g_assert_true (hearth_renderer_is_software ("kms_swrast"));

  /* Graphics cards, and GL over Vulkan. */
  g_assert_false (hearth_renderer_is_software ("iris"));
  g_assert_false (hearth_renderer_is_software ("radeonsi"));
  g_assert_false (hearth_renderer_is_software ("virtio_gpu"));
  g_assert_false (hearth_renderer_is_software ("zink"));
  g_assert_false (hearth_renderer_is_software (""));
  g_assert_false (hearth_renderer_is_software (NULL));
}

/* What GL on this display says draws, asked of a GL context of its own
 * rather than the way Hearth asks; NULL without GL. */
static char *
gl_renderer_here (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  char *name;

  if (!gdk_display_prepare_gl (display, NULL))
    return NULL;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return NULL;
  gdk_gl_context_make_current (context);
  name = g_strdup ((const char *) glGetString (GL_RENDERER));
  gdk_gl_context_clear_current ();
  return name;
}

/* Whether GL here is one of Mesa's processor rasterisers, by GL's own name
 * for it. */
static gboolean
gl_here_is_software (GdkDisplay *display)
{
  g_autofree char *gl_renderer = gl_renderer_here (display);

  g_test_message ("GL here: %s", gl_renderer != NULL ? gl_renderer : "none");
  return gl_renderer != NULL && (strstr (gl_renderer, "llvmpipe") != NULL ||
                                 strstr (gl_renderer, "softpipe") != NULL);
}

/* A window shown after the choice is drawn with cairo when GL here draws in
 * software, and with GTK's own choice otherwise. This is also where a GTK
 * that stopped honouring the choice would show. */
static void
test_window_follows_choice (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  gboolean has_gl = gdk_display_prepare_gl (display, NULL);
  gboolean software;
  const char *chosen;
  GtkWidget *window;
  GskRenderer *renderer;

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (display))
#endif
    {
      g_test_skip ("Hearth chooses only on X11");
      return;
    }

  software = gl_here_is_software (display);
  chosen = hearth_choose_renderer (display);
  if (software)
    g_assert_cmpstr (chosen, ==, "cairo");
  else
    g_assert_null (chosen);

  window = gtk_window_new ();
  gtk_widget_realize (window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_test_message ("drawn with %s", G_OBJECT_TYPE_NAME (renderer));
  if (software || !has_gl)
    g_assert_true (GSK_IS_CAIRO_RENDERER (renderer));
  else
    g_assert_false (GSK_IS_CAIRO_RENDERER (renderer));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* GSK_RENDERER is someone's choice, for this session: Hearth keeps out. */
static void
test_named_renderer_stays (void)
{
  if (g_test_subprocess ())
    {
      GdkDisplay *display;

      g_setenv ("GSK_RENDERER", "gl", TRUE);
      gtk_init ();
      display = gdk_display_get_default ();
      g_assert_null (hearth_choose_renderer (display));
      g_assert_null (g_object_get_data (G_OBJECT (display), "gsk-renderer"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* An empty GSK_RENDERER names nothing: Hearth chooses as if it were unset. */
static void
test_empty_name_is_no_name (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (g_test_subprocess ())
    {
      g_setenv ("GSK_RENDERER", "", TRUE);
      gtk_init ();
      display = gdk_display_get_default ();
      if (gl_here_is_software (display))
        g_assert_cmpstr (hearth_choose_renderer (display), ==, "cairo");
      else
        g_assert_null (hearth_choose_renderer (display));
      return;
    }

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (display))
#endif
    {
      g_test_skip ("Hearth chooses only on X11");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && g_strv_contains ((const char * const *) argv, "--GTestSubprocess"))
    {
      /* The subprocess sets its own GSK_RENDERER before GTK starts. */
      g_test_init (&argc, &argv, NULL);
    }
  else
    {
      /* The choice is Hearth's only where nobody named a renderer; the
       * checks start from there, whatever the shell running them says. */
      g_unsetenv ("GSK_RENDERER");
      gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
      adw_init ();
      hearth_ui_init ();
    }

  g_test_add_func ("/renderer/software-names", test_software_names);
  g_test_add_func ("/renderer/window-follows-choice", test_window_follows_choice);
  g_test_add_func ("/renderer/named-renderer-stays", test_named_renderer_stays);
  g_test_add_func ("/renderer/empty-name-is-no-name", test_empty_name_is_no_name);

  return g_test_run ();
}
