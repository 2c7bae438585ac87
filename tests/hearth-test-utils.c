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

char *
hearth_test_pdf_info (const char *path,
                      const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s:", key);
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

gboolean
hearth_test_pdf_fonts_embedded (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "pdffonts", path, NULL };
  gsize emb = 0;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The header names the columns; the "emb" column says yes or no. */
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  emb = strstr (lines[0], " emb ") - lines[0] + 1;
  g_assert_cmpuint (emb, >, 1);
  for (guint i = 2; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && (strlen (lines[i]) < emb + 3 ||
                               strncmp (lines[i] + emb, "yes", 3) != 0))
      return FALSE;
  return TRUE;
}

guint
hearth_test_pdf_count_pages (const char *path)
{
  g_autofree char *pages = hearth_test_pdf_info (path, "Pages");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages, NULL, 10);
}
