/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV that spreadsheets open as they should, and that never loses a file
 * when it cannot be written.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "hearth-csv-writer.h"
#include "hearth-test-utils.h"

static char *
contents (HearthCsvWriter *writer)
{
  g_autoptr(GBytes) bytes = hearth_csv_writer_dup_bytes (writer);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >=, 3);
  g_assert_cmpmem (data, 3, "\xEF\xBB\xBF", 3);
  return g_strndup (data + 3, size - 3);
}

static void
test_csv_quoting (void)
{
  g_autoptr(HearthCsvWriter) writer = hearth_csv_writer_new ();
  g_autofree char *text = NULL;

  hearth_csv_writer_add_row (writer, "plain", "a, b", "say \"hi\"", "two\nlines", " pad", "", NULL);
  hearth_csv_writer_add_row (writer, "Zeynep Yıldız", "مرحبا", "🏠", "semi;colon", NULL);
  text = contents (writer);

  g_assert_cmpstr (text, ==,
                   "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n"
                   "Zeynep Yıldız,مرحبا,🏠,\"semi;colon\"\r\n");
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (writer), ==, 2);
}

static void
test_csv_formulas (void)
{
  g_autoptr(HearthCsvWriter) writer = hearth_csv_writer_new ();
  g_autofree char *text = NULL;

  hearth_csv_writer_add_row (writer, "=HYPERLINK(\"http://x\")", "+1", "-2.5", "@SUM(A1)", "-x", NULL);
  hearth_csv_writer_add_int (writer, -42);
  hearth_csv_writer_add_pence (writer, -1250);
  hearth_csv_writer_end_row (writer);
  text = contents (writer);

  /* Plain numbers stay numbers; anything else that starts like a formula
   * is kept as text. */
  g_assert_cmpstr (text, ==,
                   "\"'=HYPERLINK(\"\"http://x\"\")\",+1,-2.5,'@SUM(A1),'-x\r\n"
                   "-42,-12.50\r\n");
}

static void
test_csv_values (void)
{
  g_autoptr(HearthCsvWriter) writer = hearth_csv_writer_new ();
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 11, 22, 15, 4, 0);
  gint64 when = g_date_time_to_unix (local);

  hearth_csv_writer_add_pence (writer, 0);
  hearth_csv_writer_add_pence (writer, 5);
  hearth_csv_writer_add_pence (writer, 28900);
  hearth_csv_writer_add_pence (writer, G_MININT64);
  hearth_csv_writer_add_int (writer, G_MAXINT64);
  hearth_csv_writer_add_time (writer, when);
  hearth_csv_writer_add_date (writer, when);
  hearth_csv_writer_add_date (writer, 0);
  hearth_csv_writer_add_field (writer, NULL);
  hearth_csv_writer_add_field (writer, "bad \xFF utf-8");
  hearth_csv_writer_end_row (writer);
  /* A row that is never ended does not appear. */
  hearth_csv_writer_add_field (writer, "unfinished");
  text = contents (writer);

  g_assert_cmpstr (text, ==,
                   "0.00,0.05,289.00,-92233720368547758.08,9223372036854775807,"
                   "2026-11-22 15:04,2026-11-22,,,bad \xEF\xBF\xBD utf-8\r\n");
}

static void
test_csv_save (void)
{
  g_autofree char *dir = hearth_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "cases.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthCsvWriter) writer = hearth_csv_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize size;

  hearth_csv_writer_add_row (writer, "title", "resident", NULL);
  hearth_csv_writer_add_row (writer, "A new cooker", "Dot", NULL);
  g_assert_true (hearth_csv_writer_save (writer, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, &size, NULL));
  g_assert_cmpstr (saved, ==, "\xEF\xBB\xBFtitle,resident\r\nA new cooker,Dot\r\n");

  /* A disk that fills up halfway through: the save fails with an error and
   * the file already there is kept whole. A file size limit stands in for
   * the full disk, since the tests may run as root. */
  {
    g_autoptr(HearthCsvWriter) big = hearth_csv_writer_new ();
    g_autofree char *after = NULL;
    struct rlimit old_limit, limit;

    for (guint i = 0; i < 20000; i++)
      hearth_csv_writer_add_row (big, "A row long enough to fill the disk quickly", NULL);

    g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
    limit = old_limit;
    limit.rlim_cur = 64 * 1024;
    signal (SIGXFSZ, SIG_IGN);
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    g_assert_false (hearth_csv_writer_save (big, file, NULL, &error));
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
    g_assert_nonnull (error);
    g_test_message ("full disk: %s", error->message);
    g_clear_error (&error);

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    /* Not g_assert_cmpstr: a failure would print a megabyte. */
    g_assert_cmpuint (strlen (after), ==, strlen (saved));
    g_assert_true (g_str_equal (after, saved));

    /* And the half-written temporary file is gone. */
    {
      g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
      guint n_files = 0;

      while (g_dir_read_name (listing) != NULL)
        n_files++;
      g_assert_cmpuint (n_files, ==, 1);
    }
  }

  /* A path that is a folder is refused, not overwritten. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    g_assert_false (hearth_csv_writer_save (writer, folder, NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  hearth_test_remove_tree (dir);
}

/* Every export holds residents' records: it is its owner's alone, however
 * lax the umask, and a save over someone else's wider file narrows it. */
static void
test_csv_save_private (void)
{
  g_autofree char *dir = hearth_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "cases.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthCsvWriter) writer = hearth_csv_writer_new ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  mode_t old_umask;

  hearth_csv_writer_add_row (writer, "resident", NULL);
  hearth_csv_writer_add_row (writer, "Dot", NULL);

  old_umask = umask (0);
  g_assert_true (hearth_csv_writer_save (writer, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_true (hearth_csv_writer_save (writer, file, NULL, &error));
  umask (old_umask);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  hearth_test_remove_tree (dir);
}

/* A new export on a full disk leaves nothing behind: no empty file, no
 * temporary one. */
static void
test_csv_save_new_on_full_disk (void)
{
  g_autofree char *dir = hearth_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "cases.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthCsvWriter) big = hearth_csv_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  struct rlimit old_limit, limit;

  for (guint i = 0; i < 20000; i++)
    hearth_csv_writer_add_row (big, "A row long enough to fill the disk quickly", NULL);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 64 * 1024;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (hearth_csv_writer_save (big, file, NULL, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "cases.csv"));

  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));

  hearth_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-writer/quoting", test_csv_quoting);
  g_test_add_func ("/csv-writer/formulas", test_csv_formulas);
  g_test_add_func ("/csv-writer/values", test_csv_values);
  g_test_add_func ("/csv-writer/save", test_csv_save);
  g_test_add_func ("/csv-writer/save/private", test_csv_save_private);
  g_test_add_func ("/csv-writer/save/new-on-full-disk", test_csv_save_new_on_full_disk);

  return g_test_run ();
}
