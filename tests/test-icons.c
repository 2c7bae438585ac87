/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every icon Hearth names is in the icon theme it runs with: one that is
 * not shows as a broken picture, and nothing else says so. Icon themes drop
 * names between releases (Adwaita 48 has no emblem-ok-symbolic).
 */

#include "config.h"

#include <adwaita.h>

#include "hearth-ui-utils.h"

#define RESOURCE_ROOT "/io/github/hearthapp/Hearth/"

/* Adds to @names every icon named in the templates under @path. */
static void
collect_from_resources (const char *path,
                        GHashTable *names,
                        GRegex     *icon_property)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                            &error);

  g_assert_no_error (error);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (g_str_has_suffix (child, "/"))
        {
          collect_from_resources (child, names, icon_property);
          continue;
        }
      if (!g_str_has_suffix (child, ".ui"))
        continue;

      bytes = g_resources_lookup_data (child, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_regex_match_full (icon_property, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                          0, 0, &match, NULL);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        g_hash_table_add (names, g_match_info_fetch (match, 1));
    }
}

/* Adds to @names every symbolic icon named in the C files under @dir. */
static void
collect_from_sources (const char *dir,
                      GHashTable *names,
                      GRegex     *symbolic_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_from_sources (path, names, symbolic_name);
          continue;
        }
      if (!g_str_has_suffix (name, ".c"))
        continue;

      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      g_regex_match (symbolic_name, text, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        g_hash_table_add (names, g_match_info_fetch (match, 1));
    }
}

static void
test_named_icons_exist (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRegex) icon_property = g_regex_new ("<property name=\"icon-name\">([^<]+)</property>",
                                                 0, 0, NULL);
  g_autoptr(GRegex) symbolic_name = g_regex_new ("\"([a-z0-9-]+-symbolic)\"", 0, 0, NULL);
  g_autofree char *sources = g_test_build_filename (G_TEST_DIST, "..", "src", NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  GHashTableIter iter;
  gpointer name;

  collect_from_resources (RESOURCE_ROOT, names, icon_property);
  collect_from_sources (sources, names, symbolic_name);
  /* The templates and the sources both name icons: a search that finds
   * none would pass whatever the theme held. */
  g_assert_true (g_hash_table_contains (names, "open-menu-symbolic"));
  g_assert_true (g_hash_table_contains (names, "call-start-symbolic"));
  g_assert_cmpuint (g_hash_table_size (names), >, 20);

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!gtk_icon_theme_has_icon (theme, name))
      g_string_append_printf (missing, " %s", (const char *) name);

  if (missing->len > 0)
    g_error ("Icons named but not in the “%s” icon theme:%s",
             gtk_icon_theme_get_theme_name (theme), missing->str);
}

/* Hearth's own icon comes with Hearth, not only with an installation: the
 * About dialog and the window show it when Hearth runs from its build folder,
 * where no icon theme has it. GtkApplication adds the icons under its
 * resource base path (RESOURCE_ROOT, as HearthApplication sets it) to the
 * theme when it starts, as this does. Read from the resources themselves,
 * so that a copy installed on the machine cannot stand in for them. */
static void
test_application_icon (void)
{
  static const char *icons[] = {
    RESOURCE_ROOT "icons/scalable/apps/" APPLICATION_ID ".svg",
    RESOURCE_ROOT "icons/symbolic/apps/" APPLICATION_ID "-symbolic.svg",
  };
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (icons[i], G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                         &error);

      g_assert_no_error (error);
      g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<svg"));
    }

  /* Where the theme looks for them: both names, in the folders hicolor has. */
  gtk_icon_theme_add_resource_path (theme, RESOURCE_ROOT "icons/");
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add_func ("/icons/named-icons-exist", test_named_icons_exist);
  g_test_add_func ("/icons/application-icon", test_application_icon);

  return g_test_run ();
}
