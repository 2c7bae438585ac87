/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hearth-test-utils.h"

char *
hearth_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hearth-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
hearth_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          hearth_test_remove_tree (child);
        }
      g_dir_close (dir);
      g_assert_no_errno (g_rmdir (path));
    }
  else
    {
      g_assert_no_errno (g_unlink (path));
    }
}

HearthStore *
hearth_test_store_new (char   **dir,
                       gint64   now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HearthStore *store;

  g_assert_nonnull (dir);
  *dir = hearth_test_make_dir ();
  path = g_build_filename (*dir, "hearth.db", NULL);
  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (now != 0)
    hearth_store_set_clock (store, now);
  return store;
}

void
hearth_test_store_free (HearthStore *store,
                        const char  *dir)
{
  if (store != NULL)
    g_assert_finalize_object (store);
  if (dir != NULL)
    hearth_test_remove_tree (dir);
}

void
hearth_test_assert_has (const char *text,
                        const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in:\n%s", needle, text);
}

void
hearth_test_assert_lacks (const char *text,
                          const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("“%s” should not be in:\n%s", needle, text);
}

gint64
hearth_test_query_int (HearthStore *store,
                       const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gint64 value;

  stmt = hearth_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);

  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

char *
hearth_test_query_text (HearthStore *store,
                        const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  char *value;

  stmt = hearth_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);

  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gint64
hearth_test_query_intf (HearthStore *store,
                        const char  *format,
                        ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return hearth_test_query_int (store, sql);
}

char *
hearth_test_query_textf (HearthStore *store,
                         const char  *format,
                         ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return hearth_test_query_text (store, sql);
}

char *
hearth_test_pdf_to_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = 0;
  gboolean space = FALSE;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed on %s: %s", path, err);

  /* Lines, pages and spaces as one space each, wherever the layout broke. */
  for (const char *p = out; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        {
          space = text->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (text, ' ');
      g_string_append_c (text, *p);
      space = FALSE;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

guint
hearth_test_pdf_count_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *pages;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}
