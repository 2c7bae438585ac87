/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups: made with SQLite's backup API into a folder beside the
 * database, a week of them kept; restored after a check that refuses what
 * is not a whole Hearth backup of this or an older version, with the
 * replaced records kept aside; and replaced after an erasure.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-backups.h"
#include "hearth-test-utils.h"

#define NOW 1796000000 /* 2026-11-30, a Monday */
#define HOUR 3600

typedef struct {
  char        *dir;
  HearthStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
    "INSERT INTO residents (id, name) VALUES (1, 'Marker Backupson');", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
residents_named (HearthStore *store,
                 const char  *name)
{
  return hearth_test_query_intf (store, "SELECT count (*) FROM residents WHERE name = '%s'", name);
}

/* The rows of @path read with plain SQLite, as a person would check it. */
static gint64
count_in_file (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_make (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = hearth_backups_dup_folder (fixture->store);
  g_autofree char *wal = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GStatBuf st;

  g_assert_true (hearth_backups_is_due (fixture->store));
  g_assert_cmpint (hearth_backups_get_newest (fixture->store), ==, 0);

  path = hearth_backups_make (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_prefix (path, folder));

  /* Private, whole in itself, with no log beside it. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_in_file (path, "SELECT count (*) FROM residents WHERE name = 'Marker Backupson'"), ==, 1);
  g_assert_cmpint (count_in_file (path, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);

  list = hearth_backups_list (fixture->store);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, path);
  g_assert_cmpint (hearth_backups_get_newest (fixture->store), ==, NOW);
  g_assert_false (hearth_backups_is_due (fixture->store));
  hearth_store_set_clock (fixture->store, NOW + 24 * HOUR);
  g_assert_true (hearth_backups_is_due (fixture->store));
}

/* A week of them is kept, newest first. */
static void
test_keep_a_week (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *newest = NULL;

  for (int i = 0; i < HEARTH_BACKUPS_KEPT + 3; i++)
    {
      g_autoptr(GError) error = NULL;

      hearth_store_set_clock (fixture->store, NOW + i * 24 * HOUR);
      g_free (newest);
      newest = hearth_backups_make (fixture->store, &error);
      g_assert_no_error (error);
    }
  list = hearth_backups_list (fixture->store);
  g_assert_cmpuint (list->len, ==, HEARTH_BACKUPS_KEPT);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, newest);
  g_assert_cmpint (hearth_backups_get_newest (fixture->store), ==,
                   NOW + (HEARTH_BACKUPS_KEPT + 2) * 24 * HOUR);
}

static void
made_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = hearth_backups_make_finish (HEARTH_STORE (source), result, &error);
  g_assert_no_error (error);
}

/* Made on a thread while the store goes on writing. */
static void
test_make_async (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  hearth_backups_make_async (fixture->store, NULL, made_cb, &path);
  g_assert_true (hearth_store_exec (fixture->store,
                                    "INSERT INTO residents (name) VALUES ('Written meanwhile')",
                                    &error));
  g_assert_no_error (error);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The task lets the store go once its thread has finished too. */
  while (G_OBJECT (fixture->store)->ref_count > 1)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpint (count_in_file (path, "SELECT count (*) FROM residents WHERE name = 'Marker Backupson'"), ==, 1);
}

static void
changed_cb (HearthStore *store,
            GPtrArray   *changes,
            gpointer     user_data)
{
  gboolean *residents_changed = user_data;

  for (guint i = 0; i < changes->len; i++)
    if (((HearthStoreChange *) g_ptr_array_index (changes, i))->table == g_intern_static_string ("residents"))
      *residents_changed = TRUE;
}

/* Restoring brings the records back as they were, keeps the replaced
 * ones aside, and tells every list. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean residents_changed = FALSE;
  gsize before_length = 0, after_length = 0;

  backup = hearth_backups_make (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &before, &before_length, &error));

  g_assert_true (hearth_store_exec (fixture->store,
                                    "DELETE FROM residents; INSERT INTO residents (name)"
                                    " VALUES ('Written after the backup')", &error));
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &residents_changed);

  hearth_store_set_clock (fixture->store, NOW + HOUR);
  aside = hearth_backups_restore (fixture->store, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_cmpint (residents_named (fixture->store, "Marker Backupson"), ==, 1);
  g_assert_cmpint (residents_named (fixture->store, "Written after the backup"), ==, 0);
  g_assert_true (residents_changed);
  g_signal_handlers_disconnect_by_func (fixture->store, changed_cb, &residents_changed);

  /* The replaced records are kept aside; the backup is as it was. */
  g_assert_cmpint (count_in_file (aside, "SELECT count (*) FROM residents WHERE name = 'Written after the backup'"), ==, 1);
  g_assert_true (g_file_get_contents (backup, &after, &after_length, &error));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  /* The store goes on working. */
  g_assert_true (hearth_store_exec (fixture->store, "INSERT INTO residents (name) VALUES ('Next')",
                                    &error));
  g_assert_no_error (error);
}

typedef enum {
  BAD_NOT_A_DATABASE,
  BAD_DAMAGED,
  BAD_NEWER,
  BAD_OTHER_PROGRAM,
} Bad;

/* A backup that is not whole, newer or not Hearth's is refused with a
 * reason: the records and the backup file stay as they were. */
static void
test_restore_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  Bad bad = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *folder = hearth_backups_dup_folder (fixture->store);
  gsize before_length = 0, after_length = 0;
  sqlite3 *db = NULL;

  backup = hearth_backups_make (fixture->store, &error);
  g_assert_no_error (error);

  switch (bad)
    {
    case BAD_NOT_A_DATABASE:
      g_assert_true (g_file_set_contents (backup, "Shopping: milk, bread\n", -1, &error));
      break;
    case BAD_DAMAGED:
      {
        g_autofree char *bytes = NULL;
        gsize length = 0;

        g_assert_true (g_file_get_contents (backup, &bytes, &length, &error));
        g_assert_cmpuint (length, >, 8192);
        /* The pages after the first are overwritten. */
        memset (bytes + 4096, 0x5a, length - 4096);
        g_assert_true (g_file_set_contents (backup, bytes, length, &error));
      }
      break;
    case BAD_NEWER:
      g_assert_cmpint (sqlite3_open (backup, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      break;
    case BAD_OTHER_PROGRAM:
      g_assert_cmpint (sqlite3_open (backup, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1234", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      break;
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &before, &before_length, &error));
  g_assert_true (hearth_store_exec (fixture->store,
                                    "INSERT INTO residents (name) VALUES ('Kept through a refusal')",
                                    &error));

  aside = hearth_backups_restore (fixture->store, backup, &error);
  g_assert_null (aside);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "cannot be restored"));

  g_assert_cmpint (residents_named (fixture->store, "Kept through a refusal"), ==, 1);
  g_assert_cmpint (residents_named (fixture->store, "Marker Backupson"), ==, 1);
  g_assert_true (g_file_get_contents (backup, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);
  /* Nothing left behind: only the backup in its folder, no copy beside
   * the database. */
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    g_autoptr(GDir) top = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
    while ((name = g_dir_read_name (top)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".restore-"));
  }
}

/* After an erasure the old backups, which hold what was erased, are gone
 * and one new backup holds the records as they are now. */
static void
test_replace_all (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;

  first = hearth_backups_make (fixture->store, &error);
  hearth_store_set_clock (fixture->store, NOW + HOUR);
  g_free (hearth_backups_make (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_true (hearth_store_exec (fixture->store, "DELETE FROM residents", &error));
  hearth_store_set_clock (fixture->store, NOW + 2 * HOUR);
  g_assert_true (hearth_backups_replace_all (fixture->store, &error));
  g_assert_no_error (error);

  list = hearth_backups_list (fixture->store);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_in_file (g_ptr_array_index (list, 0), "SELECT count (*) FROM residents"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/backups/make", test_make, NULL);
  ADD ("/backups/keep-a-week", test_keep_a_week, NULL);
  ADD ("/backups/make-async", test_make_async, NULL);
  ADD ("/backups/restore", test_restore, NULL);
  ADD ("/backups/restore/not-a-database", test_restore_refused, GINT_TO_POINTER (BAD_NOT_A_DATABASE));
  ADD ("/backups/restore/damaged", test_restore_refused, GINT_TO_POINTER (BAD_DAMAGED));
  ADD ("/backups/restore/newer", test_restore_refused, GINT_TO_POINTER (BAD_NEWER));
  ADD ("/backups/restore/other-program", test_restore_refused, GINT_TO_POINTER (BAD_OTHER_PROGRAM));
  ADD ("/backups/replace-all", test_replace_all, NULL);
#undef ADD

  return g_test_run ();
}
