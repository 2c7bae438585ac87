/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hearth-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HearthApplication) app = NULL;
  const char *localedir = g_getenv ("HEARTH_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* The build's own translations, before they are installed: the
   * screenshots in each language are taken from the build folder. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = hearth_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
