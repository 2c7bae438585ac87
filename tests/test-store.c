/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-migrations.h"
#include "hearth-store.h"
#include "hearth-store-job.h"
#include "hearth-test-utils.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

/* Counts ::changed and keeps a copy of every change announced. */
typedef struct {
  guint   emissions;
  GArray *changes;   /* HearthStoreChange */
  GArray *sizes;     /* guint, the number of changes per emission */
} Recorder;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hearth-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static HearthStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store;

  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (HEARTH_IS_STORE (store));

  return store;
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("SQL failed: %s", message);
}

static gint64
insert_staff (HearthStore *store,
              const char  *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_INSERT, 0,
                           "INSERT INTO staff (name) VALUES (?1)", "s", name);
  g_assert_no_error (error);

  return id;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
assert_unchanged (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  return st.st_mode & 0777;
}

static void
changed_cb (HearthStore *store,
            GPtrArray   *changes,
            Recorder    *recorder)
{
  guint size = changes->len;

  recorder->emissions++;
  g_array_append_val (recorder->sizes, size);
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      g_array_append_vals (recorder->changes, change, 1);
    }
}

static void
recorder_init (Recorder    *recorder,
               HearthStore *store)
{
  recorder->emissions = 0;
  recorder->changes = g_array_new (FALSE, TRUE, sizeof (HearthStoreChange));
  recorder->sizes = g_array_new (FALSE, TRUE, sizeof (guint));
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), recorder);
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->changes, g_array_unref);
  g_clear_pointer (&recorder->sizes, g_array_unref);
}

static void
assert_change (Recorder         *recorder,
               guint             index,
               const char       *table,
               gint64            rowid,
               HearthChangeKind  kind)
{
  const HearthStoreChange *change;

  g_assert_cmpuint (index, <, recorder->changes->len);
  change = &g_array_index (recorder->changes, HearthStoreChange, index);
  g_assert_true (change->table == g_intern_string (table));
  g_assert_cmpint (change->rowid, ==, rowid);
  g_assert_cmpint (change->kind, ==, kind);
}

/* --- Opening -------------------------------------------------------------- */

static void
test_default_path (void)
{
  g_autofree char *path = hearth_store_dup_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db",
                                                NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_path_is_absolute (path));
}

static void
test_connection_settings (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autofree char *path = NULL;
  gboolean read_only = TRUE;
  sqlite3_stmt *stmt;
  g_autoptr(GError) error = NULL;
  gboolean has_row;

  g_assert_cmpstr (hearth_store_get_path (store), ==, fixture->path);
  g_assert_false (hearth_store_is_read_only (store));
  g_assert_null (hearth_store_get_read_only_reason (store));
  g_assert_nonnull (hearth_store_get_db (store));

  g_object_get (store, "path", &path, "read-only", &read_only, NULL);
  g_assert_cmpstr (path, ==, fixture->path);
  g_assert_false (read_only);

  g_assert_cmpint (hearth_test_query_int (store, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (hearth_test_query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "PRAGMA synchronous"), ==, 2);  /* FULL */

  stmt = hearth_store_prepare (store, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
}

static void
test_refuse_too_new (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_exec (db, "CREATE TABLE future (x); INSERT INTO future VALUES ('from a newer Hearth');"
                "PRAGMA user_version = 99;");
  sqlite3_close (db);
  before = read_bytes (fixture->path);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_SCHEMA_TOO_NEW);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  assert_unchanged (fixture->path, before);

  /* Asking for reading only makes no difference. */
  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_SCHEMA_TOO_NEW);
  g_assert_null (store);
  assert_unchanged (fixture->path, before);
}

/* Writes a real database with a few pages of data, not in WAL mode. */
static void
make_filled_database (const char *path)
{
  sqlite3 *db = raw_open (path);

  /* Hearth's id: the file is one Hearth started, not another program's. */
  raw_exec (db, "PRAGMA page_size = 4096;"
                "PRAGMA application_id = " G_STRINGIFY (HEARTH_APPLICATION_ID) ";"
                "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                "CREATE INDEX t_by_v ON t (v);"
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                "  INSERT INTO t (v) SELECT printf ('row %d %s', i, hex (randomblob (20))) FROM n;");
  sqlite3_close (db);
}

static void
assert_refused_damaged (const char *path)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_bytes (path);

  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_true (error->domain == HEARTH_ERROR);
  g_test_message ("Refused: %s", error->message);
  g_assert_true (error->code == HEARTH_ERROR_CORRUPT ||
                 error->code == HEARTH_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  assert_unchanged (path, before);
}

static void
test_refuse_damaged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* Garbage over the middle of the file, well past the first page. */
  make_filled_database (fixture->path);
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + 3 * 4096, 0xa5, 2 * 4096);
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);
  assert_refused_damaged (fixture->path);

  {
    g_autoptr(HearthStore) store = NULL;

    store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CORRUPT);
    g_clear_error (&error);
  }

  /* The end of the file lost, as after a copy that stopped half way. */
  make_filled_database (truncated);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (truncated, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (truncated, contents, length / 2 + 100, &error);
  g_assert_no_error (error);
  assert_refused_damaged (truncated);
}

static void copy_file (const char *from,
                       const char *to);

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
is_read_only (HearthStore *store)
{
  return hearth_store_is_read_only (store);
}

static gboolean
has_passed_check (HearthStore *store)
{
  return hearth_test_query_int (store, "SELECT count (*) FROM hearth_meta"
                                       " WHERE key = 'checked-at'") > 0;
}

/* Runs the main loop, as the window's would, until @done says the store's
 * full check has reported; a timeout source wakes the loop to look again. */
static void
iterate_until (HearthStore *store,
               gboolean   (*done) (HearthStore *store))
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (100, wake_up, NULL);

  while (!done (store))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake);
}

/* Runs everything the main loop has to do now, without waiting. */
static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Fills a Hearth file past the size that is checked in full at open. */
static void
make_large (const char *path)
{
  g_autoptr(HearthStore) store = open_store (path);
  sqlite3 *db;

  g_clear_object (&store);
  db = raw_open (path);
  raw_exec (db, "CREATE TABLE filler (id INTEGER PRIMARY KEY, v BLOB);"
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 11000)"
                "  INSERT INTO filler (v) SELECT randomblob (3500) FROM n;"
                "PRAGMA wal_checkpoint (TRUNCATE);");
  sqlite3_close (db);
}

/* Overwrites four pages in the middle, where the filler table is. */
static void
damage_middle (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 32 * 1024 * 1024);
  memset (contents + (length / 2 / 4096) * 4096, 0xa5, 4 * 4096);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A file too large to check in full before it opens, and never checked,
 * is checked once Hearth has started. Writes do not wait for the check;
 * once it finds damage, the store turns read-only and writes no more. */
static void
test_large_damaged (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  make_large (fixture->path);
  damage_middle (fixture->path);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Written before the check");
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);

  g_test_expect_message ("hearth-store", G_LOG_LEVEL_WARNING, "*failed its check*");
  iterate_until (store, is_read_only);
  g_test_assert_expected_messages ();
  g_assert_true (hearth_store_is_read_only (store));
  g_assert_nonnull (strstr (hearth_store_get_read_only_reason (store), "damaged"));

  g_assert_false (hearth_store_begin (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_object (&store);
}

/* A large file that passed its check and was closed cleanly opens without
 * one; a session that ended without closing it (its -wal left holding
 * changes) makes the next start check it again. */
static void
test_large_checked_when_needed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *crashed = g_build_filename (fixture->dir, "crashed.db", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  make_large (fixture->path);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  iterate_until (store, has_passed_check);
  g_assert_false (hearth_store_is_read_only (store));
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Damage the check would find goes unlooked-for: there is no reason to
   * look, and no start pays for looking. */
  damage_middle (fixture->path);
  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  drain_main_loop ();
  g_assert_false (hearth_store_is_read_only (store));
  g_clear_object (&store);

  /* A copy taken while a change sits in the -wal is what a killed session
   * leaves behind. */
  db = raw_open (fixture->path);
  raw_exec (db, "PRAGMA wal_autocheckpoint = 0;"
                "INSERT INTO staff (name) VALUES ('Left in the WAL');");
  copy_file (fixture->path, crashed);
  copy_file (wal, crashed_wal);
  sqlite3_close (db);

  store = hearth_store_open (crashed, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_test_expect_message ("hearth-store", G_LOG_LEVEL_WARNING, "*failed its check*");
  iterate_until (store, is_read_only);
  g_test_assert_expected_messages ();
  g_assert_true (hearth_store_is_read_only (store));
}

static void
assert_refused_not_a_database (const char *path,
                               const char *contents,
                               gssize      length)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  before = read_bytes (path);

  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  assert_unchanged (path, before);

  store = hearth_store_open (path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE);
  g_assert_null (store);
  assert_unchanged (path, before);
}

/* The names in @dir, sorted, one a line. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

/* Opens @path as Hearth would, read-write and read-only, expecting @code;
 * the file and its folder must be as they were, byte for byte and name for
 * name: no -wal, -shm or -journal left behind. */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *listing = list_folder (dir);
  g_autoptr(GBytes) before = read_bytes (path);
  const HearthStoreOpenFlags flags[] = { HEARTH_STORE_OPEN_DEFAULT, HEARTH_STORE_OPEN_READ_ONLY };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(HearthStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GBytes) bytes = NULL;

      store = hearth_store_open (path, flags[i], &error);
      g_assert_error (error, HEARTH_ERROR, code);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, path));

      bytes = read_bytes (path);
      g_assert_true (g_bytes_equal (before, bytes));
      after = list_folder (dir);
      g_assert_cmpstr (after, ==, listing);
    }
}

/* A database of another program's, closed cleanly in @journal_mode. */
static void
make_other_programs_database (const char *path,
                              const char *journal_mode,
                              int         user_version,
                              int         application_id)
{
  g_autofree char *sql = NULL;
  sqlite3 *db = raw_open (path);

  sql = g_strdup_printf ("PRAGMA journal_mode = %s;"
                         "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT);"
                         "INSERT INTO contacts (name, phone) VALUES ('Someone', '01234 567890');"
                         "PRAGMA user_version = %d; PRAGMA application_id = %d;",
                         journal_mode, user_version, application_id);
  raw_exec (db, sql);
  sqlite3_close (db);
}

static void
test_refuse_other_programs (Fixture       *fixture,
                            gconstpointer  data)
{
  struct {
    const char *journal_mode;
    int         user_version;
    int         application_id;
  } cases[] = {
    { "WAL", 0, 0 },          /* the commonest: no version, no id */
    { "DELETE", 0, 0 },
    { "WAL", 3, 0 },          /* a version number that Hearth also uses */
    { "WAL", 0, 0x46697265 }, /* another program's own id */
    { "DELETE", 3, 0x46697265 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.sqlite", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_test_message ("%s, user_version %d, application_id %d", cases[i].journal_mode,
                      cases[i].user_version, cases[i].application_id);
      make_other_programs_database (path, cases[i].journal_mode, cases[i].user_version,
                                    cases[i].application_id);
      assert_refused_untouched (path, HEARTH_ERROR_NOT_A_DATABASE);
    }
}

/* A newer Hearth's file, a truncated one and a read-only one are refused
 * without leaving -wal or -shm files beside them. */
static void
test_refusals_leave_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *cut = g_build_filename (fixture->dir, "cut.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  /* Written by Hearth itself, then taken to a version from the future. */
  {
    g_autoptr(HearthStore) store = open_store (newer);

    insert_staff (store, "Sam");
  }
  {
    sqlite3 *db = raw_open (newer);

    raw_exec (db, "PRAGMA user_version = 99");
    sqlite3_close (db);
  }
  g_assert_false (g_file_test (newer, G_FILE_TEST_IS_DIR));
  assert_refused_untouched (newer, HEARTH_ERROR_SCHEMA_TOO_NEW);

  /* The same, read-only to its owner. */
  g_assert_no_errno (g_chmod (newer, 0400));
  assert_refused_untouched (newer, HEARTH_ERROR_SCHEMA_TOO_NEW);

  /* A Hearth file whose end was lost in a copy. */
  {
    g_autoptr(HearthStore) store = open_store (cut);

    g_assert_true (hearth_store_exec (store,
                                      "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL"
                                      "  SELECT i + 1 FROM n WHERE i < 3000)"
                                      " INSERT INTO staff (name)"
                                      "  SELECT printf ('Person %d %s', i, hex (randomblob (40)))"
                                      "  FROM n",
                                      &error));
    g_assert_no_error (error);
  }
  g_file_get_contents (cut, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (cut, contents, length / 2, &error);
  g_assert_no_error (error);
  assert_refused_untouched (cut, HEARTH_ERROR_CORRUPT);
}

static void
test_application_id (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autofree char *wal = g_strconcat (empty, "-wal", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  gint64 sam;

  /* A new database says it is Hearth's. */
  {
    g_autoptr(HearthStore) store = open_store (fixture->path);

    sam = insert_staff (store, "Sam");
    g_assert_cmpint (hearth_test_query_int (store, "PRAGMA application_id"), ==,
                     HEARTH_APPLICATION_ID);
  }

  /* One of Hearth's files from before the id gets it, and keeps its records.
   * It is made at version 3 step by step, since later steps change more
   * than the id. */
  {
    g_autofree char *insert = g_strdup_printf ("INSERT INTO staff (id, name) VALUES (%"
                                               G_GINT64_FORMAT ", 'Sam')", sam);
    sqlite3 *db = raw_open (old);

    for (guint v = 1; v <= 3; v++)
      raw_exec (db, hearth_migrations_get_sql (v));
    raw_exec (db, "PRAGMA user_version = 3;");
    raw_exec (db, insert);
    sqlite3_close (db);
  }
  {
    g_autoptr(HearthStore) store = open_store (old);

    g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
    g_assert_cmpint (hearth_test_query_int (store, "PRAGMA application_id"), ==,
                     HEARTH_APPLICATION_ID);
    g_assert_cmpint (hearth_test_query_intf (store, "SELECT count (*) FROM staff WHERE id = %"
                                             G_GINT64_FORMAT, sam), ==, 1);
  }

  /* An empty file made by someone else, readable by everyone: read-only, it
   * holds nothing to show; filled, it is its owner's alone. */
  g_assert_true (g_file_set_contents (empty, "", 0, &error));
  g_assert_no_errno (g_chmod (empty, 0644));
  {
    g_autoptr(HearthStore) store = hearth_store_open (empty, HEARTH_STORE_OPEN_READ_ONLY, &error);

    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "no Hearth records"));
    g_assert_null (store);
    g_clear_error (&error);
  }
  {
    g_autoptr(HearthStore) store = open_store (empty);

    insert_staff (store, "Kim");
    g_assert_cmpuint (file_mode (empty), ==, 0600);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (file_mode (wal), ==, 0600);
  }
}

static void
test_refuse_not_a_database (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autofree char *sub = g_build_filename (fixture->dir, "a-folder", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *header_only = NULL;

  assert_refused_not_a_database (fixture->path,
                                 "Name,Phone\nSomeone,01234 567890\n", -1);
  assert_refused_not_a_database (fixture->path, png, sizeof png - 1);
  /* Shorter than a header, and a header with nothing behind it. */
  assert_refused_not_a_database (fixture->path, "SQLite", -1);
  header_only = g_malloc0 (100);
  memcpy (header_only, "SQLite format 3", 16);
  memset (header_only + 16, 0xff, 84);
  assert_refused_not_a_database (fixture->path, header_only, 100);

  g_assert_no_errno (g_mkdir (sub, 0700));
  store = hearth_store_open (sub, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE);
  g_assert_null (store);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 0);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* Copies a database in the middle of a change, as if the program writing
 * it had stopped: the copy has a hot journal. */
static void
make_half_written_copy (const char *source,
                        const char *copy)
{
  g_autofree char *source_journal = g_strconcat (source, "-journal", NULL);
  g_autofree char *copy_journal = g_strconcat (copy, "-journal", NULL);
  sqlite3 *db = raw_open (source);

  /* Hearth's id: the file is one Hearth started, not another program's. */
  raw_exec (db, "PRAGMA page_size = 4096;"
                "PRAGMA application_id = " G_STRINGIFY (HEARTH_APPLICATION_ID) ";"
                "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                "  INSERT INTO t (v) SELECT printf ('before %d %s', i, hex (zeroblob (100))) "
                "  FROM n;"
                "PRAGMA cache_size = 2;"
                "BEGIN;"
                "UPDATE t SET v = 'after' || v;");
  copy_file (source, copy);
  copy_file (source_journal, copy_journal);
  raw_exec (db, "ROLLBACK");
  sqlite3_close (db);
}

static void
test_hot_journal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *source = g_build_filename (fixture->dir, "source.db", NULL);
  g_autofree char *other_source = g_build_filename (fixture->dir, "other-source.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autofree char *other_journal = g_strconcat (other, "-journal", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) journal_before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) journal_after = NULL;

  /* Opened for writing, the half-done change is undone, then migrated. */
  make_half_written_copy (source, fixture->path);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM t"), ==, 3000);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM t WHERE v LIKE 'before%'"), ==, 3000);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_clear_object (&store);

  /* Read-only, it cannot be repaired, and is left alone. */
  make_half_written_copy (other_source, other);
  before = read_bytes (other);
  journal_before = read_bytes (other_journal);

  store = hearth_store_open (other, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, other));
  g_assert_null (store);

  after = read_bytes (other);
  journal_after = read_bytes (other_journal);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (g_bytes_equal (journal_before, journal_after));
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *outer = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *inner = g_build_filename (outer, "hearth", NULL);
  g_autofree char *path = g_build_filename (inner, "hearth.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old_umask;

  /* A lax umask must not leak resident records to other accounts. */
  old_umask = umask (0022);
  store = open_store (path);
  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Sam");
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
  umask (old_umask);

  g_assert_cmpuint (file_mode (outer), ==, 0700);
  g_assert_cmpuint (file_mode (inner), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
}

static void
test_read_only_flag (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  sqlite3_stmt *stmt;
  gboolean read_only = FALSE;
  gboolean has_row = FALSE;

  store = open_store (fixture->path);
  insert_staff (store, "Sam");
  g_clear_object (&store);
  before = read_bytes (fixture->path);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (store));
  g_object_get (store, "read-only", &read_only, NULL);
  g_assert_true (read_only);
  /* It was asked for, so there is nothing to explain. */
  g_assert_null (hearth_store_get_read_only_reason (store));
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);

  /* Reading works. */
  stmt = hearth_store_prepare (store, "SELECT name FROM staff", &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Sam");

  /* Writing fails, every way round. */
  g_assert_false (hearth_store_begin (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);

  stmt = hearth_store_prepare (store, "INSERT INTO staff (name) VALUES ('Kim')", &error);
  g_assert_no_error (error);
  g_assert_false (hearth_store_run (store, stmt, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  g_assert_false (hearth_store_exec (store, "DELETE FROM staff", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  g_clear_object (&store);

  {
    g_autoptr(GBytes) after = read_bytes (fixture->path);

    g_assert_true (g_bytes_equal (before, after));
  }
}

static void
test_read_only_refusals (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *older = NULL;
  sqlite3 *db;

  /* Nothing to read: nothing is created either. */
  store = hearth_store_open (missing, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION);
  g_assert_null (store);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* An older file would need migrating, which is a write. */
  store = open_store (fixture->path);
  g_clear_object (&store);
  db = raw_open (fixture->path);
  older = g_strdup_printf ("PRAGMA user_version = %d", HEARTH_STORE_SCHEMA_VERSION - 1);
  raw_exec (db, older);
  sqlite3_close (db);
  before = read_bytes (fixture->path);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, fixture->path));
  assert_unchanged (fixture->path, before);
}

/* Root may write to any file, so this runs only as an ordinary user. */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *listing_after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("Root can write to read-only files");
      return;
    }

  store = open_store (fixture->path);
  insert_staff (store, "Sam");
  g_clear_object (&store);
  g_assert_no_errno (g_chmod (fixture->path, 0400));
  before = read_bytes (fixture->path);
  listing = list_folder (fixture->dir);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (store));
  g_assert_nonnull (hearth_store_get_read_only_reason (store));
  g_assert_nonnull (strstr (hearth_store_get_read_only_reason (store), fixture->path));
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);

  g_assert_false (hearth_store_begin (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_object (&store);

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  listing_after = list_folder (fixture->dir);
  g_assert_cmpstr (listing_after, ==, listing);
  g_assert_no_errno (g_chmod (fixture->path, 0600));
}

/* A database in WAL mode in a folder nobody may write to cannot get its
 * -shm file; it is still readable. Root may write anywhere, so this runs only
 * as an ordinary user. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  if (geteuid () == 0)
    {
      g_test_skip ("Root can write to read-only folders");
      return;
    }

  store = open_store (fixture->path);
  insert_staff (store, "Sam");
  g_clear_object (&store);
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  before = read_bytes (fixture->path);
  g_assert_no_errno (g_chmod (fixture->dir, 0500));

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (store));
  g_assert_nonnull (hearth_store_get_read_only_reason (store));
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);

  g_assert_false (hearth_store_begin (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_object (&store);

  g_assert_no_errno (g_chmod (fixture->dir, 0700));
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* --- Statements ------------------------------------------------------------ */

static void
test_text_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *const texts[] = {
    "O'Brien said \"hello\"; DROP TABLE residents; -- and left",
    "'); DELETE FROM staff; --",
    "Family 👩🏽‍🔧👨‍👩‍👧‍👦 and 🏳️‍🌈",
    "\u200F" "مرحبا بالعالم" "\u200F",
    "\u200F" "שלום עולם" "\u200F" " and Ali \u200F" "علي" "\u200F",
    /* Decomposed on purpose: SQLite must not normalize it. */
    "Zoe\u0308 Jose\u0301 n\u0303 A\u030A",
    "Tab\tand\nnew line\r\nand back\\slash %s %d",
  };
  static const char with_nul[] = "before\0after\0";
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gsize big_length = 1024 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gint64 id;

      stmt = hearth_store_prepare (store, "INSERT INTO residents (name, what_matters) "
                                          "VALUES (?1, ?1)", &error);
      g_assert_no_error (error);
      sqlite3_bind_text (stmt, 1, texts[i], -1, SQLITE_STATIC);
      g_assert_true (hearth_store_run (store, stmt, &error));
      g_assert_no_error (error);
      id = hearth_store_last_insert_id (store);

      stmt = hearth_store_prepare (store, "SELECT name, what_matters FROM residents "
                                          "WHERE id = ?1", &error);
      g_assert_no_error (error);
      sqlite3_bind_int64 (stmt, 1, id);
      g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
      g_assert_true (has_row);
      g_assert_cmpint (sqlite3_column_bytes (stmt, 0), ==, strlen (texts[i]));
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, texts[i]);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, texts[i]);
    }

  g_assert_true (hearth_store_exec (store, "CREATE TEMP TABLE texts (id INTEGER PRIMARY KEY, "
                                           "v TEXT NOT NULL)", &error));
  g_assert_no_error (error);

  /* A NUL inside the text is kept when the length is given. */
  stmt = hearth_store_prepare (store, "INSERT INTO texts (id, v) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, 1);
  sqlite3_bind_text (stmt, 2, with_nul, sizeof with_nul - 1, SQLITE_STATIC);
  g_assert_true (hearth_store_run (store, stmt, &error));

  /* A megabyte of mixed-width characters. */
  big = g_malloc (big_length + 1);
  for (gsize at = 0; at < big_length; )
    {
      static const char pattern[] = "ab'\"; é 🏠 ";
      gsize n = MIN (sizeof pattern - 1, big_length - at);

      /* Stop short rather than cut a character in half. */
      if (n < sizeof pattern - 1)
        {
          memset (big + at, 'z', n);
          at += n;
          continue;
        }
      memcpy (big + at, pattern, n);
      at += n;
    }
  big[big_length] = '\0';
  g_assert_true (g_utf8_validate (big, big_length, NULL));

  stmt = hearth_store_prepare (store, "INSERT INTO texts (id, v) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, 2);
  sqlite3_bind_text (stmt, 2, big, big_length, SQLITE_STATIC);
  g_assert_true (hearth_store_run (store, stmt, &error));
  g_assert_no_error (error);

  stmt = hearth_store_prepare (store, "SELECT v FROM texts WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, 1);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_bytes (stmt, 0), ==, sizeof with_nul - 1);
  g_assert_cmpmem (sqlite3_column_text (stmt, 0), sqlite3_column_bytes (stmt, 0),
                   with_nul, sizeof with_nul - 1);

  stmt = hearth_store_prepare (store, "SELECT v FROM texts WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, 2);
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_bytes (stmt, 0), ==, big_length);
  g_assert_true (memcmp (sqlite3_column_text (stmt, 0), big, big_length) == 0);
}

/* Reads column @col of the one row of t back: its type, and its value as
 * text (NULL for NULL). */
static int
read_back (HearthStore  *store,
           int           col,
           char        **text)
{
  g_autofree char *sql = g_strdup_printf ("SELECT c%d FROM t", col);
  sqlite3_stmt *stmt = NULL;
  int type;

  g_assert_cmpint (sqlite3_prepare_v2 (hearth_store_get_db (store), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  type = sqlite3_column_type (stmt, 0);
  *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return type;
}

static void
test_run_sql (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  struct {
    int         type;
    const char *text;
  } expected[] = {
    { SQLITE_INTEGER, "5000000001" },  /* 'x' keeps all 64 bits */
    { SQLITE_INTEGER, "-7" },          /* 'i' */
    { SQLITE_TEXT, "" },               /* 's' NULL */
    { SQLITE_TEXT, "tea" },            /* 's' */
    { SQLITE_NULL, NULL },             /* 'S' NULL */
    { SQLITE_TEXT, "toast" },          /* 'S' */
    { SQLITE_NULL, NULL },             /* 'o' 0 */
    { SQLITE_NULL, NULL },             /* 'o' -3 */
    { SQLITE_INTEGER, "6000000042" },  /* 'o' */
    { SQLITE_NULL, NULL },             /* 'n' */
    { SQLITE_INTEGER, "1" },           /* 'i' after 'n' took no argument */
    { SQLITE_INTEGER, "-2" },          /* 'X' */
    { SQLITE_NULL, NULL },             /* 'X' NULL */
  };
  const gint64 minus_two = -2;

  g_assert_true (hearth_store_exec (store,
                                    "CREATE TABLE t (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10,"
                                    " c11, c12, c13,"
                                    " must NOT NULL DEFAULT 'x')",
                                    &error));
  g_assert_no_error (error);

  g_assert_true (hearth_store_run_sql (store, &error,
                                       "INSERT INTO t (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10,"
                                       " c11, c12, c13) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                       " ?9, ?10, ?11, ?12, ?13)",
                                       "xissSSooxniXX",
                                       G_GINT64_CONSTANT (5000000001), -7, NULL, "tea",
                                       NULL, "toast", (gint64) 0, (gint64) -3,
                                       G_GINT64_CONSTANT (6000000042), TRUE, &minus_two, NULL));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_changes (hearth_store_get_db (store)), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = NULL;

      g_test_message ("column c%u", i + 1);
      g_assert_cmpint (read_back (store, (int) i + 1, &text), ==, expected[i].type);
      g_assert_cmpstr (text, ==, expected[i].text);
    }

  /* Parameters may be used out of order and more than once. */
  g_assert_true (hearth_store_run_sql (store, &error,
                                       "UPDATE t SET c3 = ?2, c4 = ?2 WHERE c1 = ?1",
                                       "xs", G_GINT64_CONSTANT (5000000001), "jam"));
  g_assert_no_error (error);
  for (int col = 3; col <= 4; col++)
    {
      g_autofree char *text = NULL;

      g_assert_cmpint (read_back (store, col, &text), ==, SQLITE_TEXT);
      g_assert_cmpstr (text, ==, "jam");
    }

  /* A statement that fails, or cannot be prepared, sets the error. */
  g_assert_false (hearth_store_run_sql (store, &error, "UPDATE t SET must = ?1", "S", NULL));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (hearth_store_run_sql (store, &error, "UPDAT t SET c1 = ?1", "i", 1));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_clear_error (&error);

  /* The failed update changed nothing. */
  {
    g_autofree char *text = NULL;

    g_assert_cmpint (read_back (store, 1, &text), ==, SQLITE_INTEGER);
    g_assert_cmpstr (text, ==, "5000000001");
  }

  /* Wrong letters, or too few of them, are the caller's mistake. */
  g_test_expect_message ("hearth-store", G_LOG_LEVEL_CRITICAL, "*types_are_valid*");
  g_assert_false (hearth_store_run_sql (store, &error, "UPDATE t SET c1 = ?1", "d", 1.5));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  g_test_expect_message ("hearth-store", G_LOG_LEVEL_CRITICAL, "*names 1 parameters*has 2*");
  g_assert_false (hearth_store_run_sql (store, &error, "UPDATE t SET c1 = ?1, c2 = ?2", "i", 1));
  g_test_assert_expected_messages ();
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
}

static void
test_statement_cache (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *first;
  sqlite3_stmt *again;
  sqlite3_stmt *other;
  gboolean has_row = FALSE;

  first = hearth_store_prepare (store, "SELECT ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (first, 1, 42);
  g_assert_true (hearth_store_step (store, first, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_int (first, 0), ==, 42);
  g_assert_true (sqlite3_stmt_busy (first));

  /* The same text gives the same statement, reset and with no bindings. */
  again = hearth_store_prepare (store, "SELECT ?1", &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
  g_assert_false (sqlite3_stmt_busy (again));
  g_assert_true (hearth_store_step (store, again, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_type (again, 0), ==, SQLITE_NULL);

  /* Done is not an error, and a row is not done. */
  g_assert_true (hearth_store_step (store, again, &has_row, &error));
  g_assert_no_error (error);
  g_assert_false (has_row);

  other = hearth_store_prepare (store, "SELECT ?1 + 1", &error);
  g_assert_no_error (error);
  g_assert_true (other != first);

  /* Bad SQL, and more than one statement, are errors, not crashes. */
  g_assert_null (hearth_store_prepare (store, "SELEC nothing", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "syntax error"));
  g_clear_error (&error);

  g_assert_null (hearth_store_prepare (store, "SELECT 1; SELECT 2", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_clear_error (&error);

  /* The failures were not cached. */
  g_assert_null (hearth_store_prepare (store, "SELECT 1; SELECT 2", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
}

static void
test_constraint_errors (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  /* CHECK: a name that is only spaces. */
  stmt = hearth_store_prepare (store, "INSERT INTO staff (name) VALUES (?1)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, "   ", -1, SQLITE_STATIC);
  g_assert_false (hearth_store_run (store, stmt, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_assert_nonnull (strstr (error->message, "CHECK constraint failed"));
  g_clear_error (&error);
  /* The statement was reset and works again. */
  g_assert_false (sqlite3_stmt_busy (stmt));

  /* NOT NULL. */
  stmt = hearth_store_prepare (store, "INSERT INTO staff (name) VALUES (?1)", &error);
  g_assert_no_error (error);
  g_assert_false (hearth_store_run (store, stmt, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A foreign key, which only fails when foreign keys are on. */
  stmt = hearth_store_prepare (store, "INSERT INTO cases (title, lead_id, opened_at, "
                                      "last_activity_at) VALUES ('Damp', 999, 1, 1)", &error);
  g_assert_no_error (error);
  g_assert_false (hearth_store_run (store, stmt, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* UNIQUE, through exec. */
  g_assert_false (hearth_store_exec (store, "INSERT INTO outcomes (name) VALUES "
                                            "('Did not engage')", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM cases"), ==, 0);
}

static void
test_error_mapping (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    int rc;
    int code;
  } cases[] = {
    { SQLITE_CONSTRAINT, HEARTH_ERROR_CONSTRAINT },
    { SQLITE_CONSTRAINT_UNIQUE, HEARTH_ERROR_CONSTRAINT },
    { SQLITE_CONSTRAINT_FOREIGNKEY, HEARTH_ERROR_CONSTRAINT },
    { SQLITE_BUSY, HEARTH_ERROR_BUSY },
    { SQLITE_BUSY_SNAPSHOT, HEARTH_ERROR_BUSY },
    { SQLITE_LOCKED, HEARTH_ERROR_BUSY },
    { SQLITE_CORRUPT, HEARTH_ERROR_CORRUPT },
    { SQLITE_CORRUPT_INDEX, HEARTH_ERROR_CORRUPT },
    { SQLITE_NOTADB, HEARTH_ERROR_NOT_A_DATABASE },
    { SQLITE_IOERR, HEARTH_ERROR_IO },
    { SQLITE_IOERR_WRITE, HEARTH_ERROR_IO },
    { SQLITE_READONLY, HEARTH_ERROR_READ_ONLY },
    { SQLITE_READONLY_DBMOVED, HEARTH_ERROR_READ_ONLY },
    { SQLITE_FULL, HEARTH_ERROR_FULL },
    { SQLITE_CANTOPEN, HEARTH_ERROR_PERMISSION },
    { SQLITE_PERM, HEARTH_ERROR_PERMISSION },
    { SQLITE_AUTH, HEARTH_ERROR_PERMISSION },
    { SQLITE_ERROR, HEARTH_ERROR_FAILED },
    { SQLITE_MISMATCH, HEARTH_ERROR_FAILED },
    { SQLITE_RANGE, HEARTH_ERROR_FAILED },
  };
  g_autoptr(HearthStore) store = open_store (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      hearth_store_set_error (store, &error, cases[i].rc, "saving a note");
      g_assert_error (error, HEARTH_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, fixture->path));
      g_assert_nonnull (strstr (error->message, "saving a note"));
      g_assert_nonnull (strstr (error->message, sqlite3_errstr (cases[i].rc)));
    }

  /* A NULL error is allowed, as everywhere in GLib. */
  hearth_store_set_error (store, NULL, SQLITE_FULL, NULL);
}

/* --- Transactions and announcements ----------------------------------------- */

static void
test_transaction_nesting (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hearth_store_get_db (store);
  Recorder recorder;
  gint64 sam;

  recorder_init (&recorder, store);

  g_assert_true (hearth_store_begin (store, &error));
  g_assert_false (sqlite3_get_autocommit (db));
  g_assert_true (hearth_store_begin (store, &error));
  sam = insert_staff (store, "Sam");

  /* The inner commit does not end the transaction or announce anything. */
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 0);

  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 1);
  assert_change (&recorder, 0, "staff", sam, HEARTH_CHANGE_INSERT);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);

  /* The outermost rollback undoes everything and announces nothing. */
  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Kim");
  hearth_store_rollback (store);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM audit_log"), ==, 1);

  recorder_clear (&recorder);
}

static void
test_inner_rollback (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hearth_store_get_db (store);
  Recorder recorder;

  recorder_init (&recorder, store);

  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Sam");

  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Kim");
  hearth_store_rollback (store);
  g_assert_false (sqlite3_get_autocommit (db));

  /* The outer part goes on, but cannot be saved without the inner one. */
  insert_staff (store, "Lou");
  g_assert_false (hearth_store_commit (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM audit_log"), ==, 0);

  /* The next transaction starts afresh. */
  g_assert_true (hearth_store_begin (store, &error));
  insert_staff (store, "Ash");
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpuint (recorder.changes->len, ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 1);

  recorder_clear (&recorder);
}

/* The guard rolls back whatever it has not committed when it goes out of
 * scope, and a commit announces the changes once. */
static gboolean
write_two_and_fail (HearthStore  *store,
                    gboolean      fail,
                    GError      **error)
{
  g_autoptr(HearthTransaction) tx = hearth_store_begin_transaction (store, error);

  if (tx == NULL)
    return FALSE;
  if (hearth_store_write (store, error, "staff", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO staff (name) VALUES (?1)", "s", "Sam") == 0)
    return FALSE;
  if (fail)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, "refused");
      return FALSE;
    }
  if (hearth_store_write (store, error, "staff", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO staff (name) VALUES (?1)", "s", "Kim") == 0)
    return FALSE;
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

static void
test_transaction_guard (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hearth_store_get_db (store);
  Recorder recorder;

  recorder_init (&recorder, store);

  g_assert_false (write_two_and_fail (store, TRUE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM audit_log"), ==, 0);

  g_assert_true (write_two_and_fail (store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpuint (recorder.changes->len, ==, 2);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 2);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM audit_log"), ==, 2);

  /* Inside another transaction, a failed part dooms the outer one. */
  {
    g_autoptr(HearthTransaction) outer = hearth_store_begin_transaction (store, &error);

    g_assert_nonnull (outer);
    g_assert_false (write_two_and_fail (store, TRUE, &error));
    g_clear_error (&error);
    g_assert_false (sqlite3_get_autocommit (db));
    g_assert_false (hearth_transaction_commit (g_steal_pointer (&outer), &error));
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
    g_clear_error (&error);
  }
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM staff"), ==, 2);

  /* A read-only store cannot begin one. */
  g_clear_object (&store);
  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (hearth_store_begin_transaction (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);

  recorder_clear (&recorder);
}

static void
test_write (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  Recorder recorder;
  gint64 sam, id;

  recorder_init (&recorder, store);
  hearth_store_set_clock (store, 1767225600);

  /* An insert notes the new row, announced at once outside a transaction. */
  sam = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_INSERT, 0,
                            "INSERT INTO staff (name) VALUES (?1)", "s", "Sam");
  g_assert_no_error (error);
  g_assert_cmpint (sam, >, 0);
  g_assert_cmpint (sam, ==, hearth_store_last_insert_id (store));
  g_assert_cmpint (hearth_store_get_changes (store), ==, 1);
  g_assert_cmpuint (recorder.emissions, ==, 1);
  assert_change (&recorder, 0, "staff", sam, HEARTH_CHANGE_INSERT);
  g_assert_cmpint (hearth_test_query_intf (store, "SELECT count(*) FROM audit_log"
                                           " WHERE table_name = 'staff' AND row_id = %"
                                           G_GINT64_FORMAT " AND action = 'insert'", sam),
                   ==, 1);

  /* An update names its row. */
  id = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_UPDATE, sam,
                           "UPDATE staff SET name = ?2 WHERE id = ?1", "xs", sam, "Samira");
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, sam);
  assert_change (&recorder, 1, "staff", sam, HEARTH_CHANGE_UPDATE);

  /* One that matches nothing notes nothing and writes no audit row. */
  id = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_UPDATE, sam + 100,
                           "UPDATE staff SET name = ?2 WHERE id = ?1", "xs", sam + 100, "No one");
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, sam + 100);
  g_assert_cmpint (hearth_store_get_changes (store), ==, 0);
  g_assert_cmpuint (recorder.emissions, ==, 2);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count(*) FROM audit_log"), ==, 2);

  /* A failure returns 0 with the error, and announces nothing. */
  id = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_INSERT, 0,
                           "INSERT INTO staff (name) VALUES (?1)", "S", NULL);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_assert_cmpint (id, ==, 0);
  g_clear_error (&error);
  g_assert_cmpuint (recorder.emissions, ==, 2);

  recorder_clear (&recorder);
}

/* Writing around hearth_store_write() and forgetting to note it is caught
 * when the transaction commits. */
static void
test_unnoted_write (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(HearthTransaction) tx = hearth_store_begin_transaction (store, &error);

      g_assert_true (hearth_store_run_sql (store, &error, "INSERT INTO staff (name) VALUES (?1)",
                                           "s", "Unannounced"));
      hearth_transaction_commit (g_steal_pointer (&tx), &error);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*changed rows but noted no change*");
}

/* An anonymous write is announced and audited without its row, its author
 * or its time of day, while the writes around it keep theirs. */
static void
test_write_unattributed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 day = 1767225600;
  const gint64 now = day + 13 * 60 * 60 + 7 * 60 + 11;
  g_autofree char *actions = NULL;
  Recorder recorder;
  gint64 sam, ada;

  sam = insert_staff (store, "Sam");
  recorder_init (&recorder, store);
  hearth_store_set_clock (store, now);
  hearth_store_set_actor (store, sam);

  tx = hearth_store_begin_transaction (store, &error);
  g_assert_no_error (error);
  hearth_store_write (store, &error, "staff", HEARTH_CHANGE_UPDATE, sam,
                      "UPDATE staff SET role = 'Supervisor' WHERE id = ?1", "x", sam);
  g_assert_no_error (error);
  g_assert_true (hearth_store_write_unattributed (store, &error, "residents",
                                                  "INSERT INTO residents (id, name) VALUES (?1, ?2)",
                                                  "xs", (gint64) 4242, "Ada"));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_changes (store), ==, 1);
  /* The audit row does not take the place of the row inserted. */
  ada = hearth_store_last_insert_id (store);
  g_assert_cmpint (ada, ==, 4242);
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpuint (recorder.changes->len, ==, 2);
  assert_change (&recorder, 0, "staff", sam, HEARTH_CHANGE_UPDATE);
  assert_change (&recorder, 1, "residents", 0, HEARTH_CHANGE_INSERT);
  g_assert_cmpint (hearth_test_query_intf (store, "SELECT count (*) FROM audit_log WHERE"
                                           " table_name = 'staff' AND row_id = %" G_GINT64_FORMAT
                                           " AND staff_id = %" G_GINT64_FORMAT " AND at = %"
                                           G_GINT64_FORMAT, sam, sam, now), ==, 1);
  g_assert_cmpint (hearth_test_query_intf (store, "SELECT count (*) FROM audit_log WHERE"
                                           " table_name = 'residents' AND row_id = 0 AND"
                                           " staff_id IS NULL AND action = 'insert' AND at = %"
                                           G_GINT64_FORMAT, day), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM audit_log WHERE row_id = 4242"
                                                 " OR at % 86400 = 0 AND staff_id IS NOT NULL"), ==, 0);

  /* The kind follows the statement, in any case and after white space. */
  g_assert_true (hearth_store_write_unattributed (store, &error, "residents",
                                                  "  update residents SET area = ?2 WHERE id = ?1",
                                                  "xs", ada, "North"));
  g_assert_no_error (error);
  assert_change (&recorder, 2, "residents", 0, HEARTH_CHANGE_UPDATE);
  g_assert_true (hearth_store_write_unattributed (store, &error, "residents",
                                                  "DELETE FROM residents WHERE id = ?1", "x", ada));
  g_assert_no_error (error);
  assert_change (&recorder, 3, "residents", 0, HEARTH_CHANGE_DELETE);
  actions = hearth_test_query_text (store, "SELECT group_concat (action, ' ') FROM (SELECT action"
                                           " FROM audit_log WHERE table_name = 'residents'"
                                           " ORDER BY id)");
  g_assert_cmpstr (actions, ==, "insert update delete");
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM audit_log WHERE"
                                                 " table_name = 'residents' AND (row_id <> 0"
                                                 " OR staff_id IS NOT NULL OR at % 86400 <> 0)"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM audit_log WHERE"
                                                 " table_name = 'residents'"), ==, 3);

  /* One that matches nothing notes nothing; a failure announces nothing. */
  g_assert_true (hearth_store_write_unattributed (store, &error, "residents",
                                                  "DELETE FROM residents WHERE id = ?1", "x", ada));
  g_assert_cmpint (hearth_store_get_changes (store), ==, 0);
  g_assert_false (hearth_store_write_unattributed (store, &error, "residents",
                                                   "INSERT INTO residents (name) VALUES (?1)",
                                                   "S", NULL));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_assert_cmpuint (recorder.emissions, ==, 3);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM audit_log"), ==, 5);

  recorder_clear (&recorder);
}

/* A statement that does not write cannot be recorded. */
static void
test_write_unattributed_not_a_write (Fixture       *fixture,
                                     gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(HearthStore) store = open_store (fixture->path);
      g_autoptr(GError) error = NULL;

      hearth_store_write_unattributed (store, &error, "staff", "SELECT 1", "");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*is not an INSERT, UPDATE or DELETE*");
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_size;
}

/* Emptying the write-ahead log waits for a transaction to end, and for a
 * reader to let go, and then happens by itself. */
static void
test_truncate_wal (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *reader;

  insert_staff (store, "Sam");
  g_assert_cmpint (file_size (wal), >, 0);
  g_assert_true (hearth_store_truncate_wal (store));
  g_assert_cmpint (file_size (wal), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM staff"), ==, 1);

  /* In a transaction, it happens once the transaction commits. */
  tx = hearth_store_begin_transaction (store, &error);
  insert_staff (store, "Ada");
  g_assert_false (hearth_store_truncate_wal (store));
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_size (wal), ==, 0);

  /* While another program reads, it waits for a later commit. */
  insert_staff (store, "Bo");
  reader = raw_open (fixture->path);
  raw_exec (reader, "BEGIN; SELECT count (*) FROM staff;");
  g_assert_false (hearth_store_truncate_wal (store));
  g_assert_cmpint (file_size (wal), >, 0);
  tx = hearth_store_begin_transaction (store, &error);
  insert_staff (store, "Cy");
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_cmpint (file_size (wal), >, 0);
  raw_exec (reader, "COMMIT");
  sqlite3_close (reader);

  tx = hearth_store_begin_transaction (store, &error);
  insert_staff (store, "Di");
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_size (wal), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM staff"), ==, 5);

  /* Once done, later commits leave the log alone again. */
  tx = hearth_store_begin_transaction (store, &error);
  insert_staff (store, "Ed");
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_cmpint (file_size (wal), >, 0);
}

static void
test_read_row (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *missing = NULL;
  gint64 id = 0, sam;
  gboolean found = TRUE;
  double half = 0;
  int active = -1;

  sam = hearth_store_write (store, &error, "staff", HEARTH_CHANGE_INSERT, 0,
                            "INSERT INTO staff (name) VALUES (?1)", "s", "Sam");
  g_assert_no_error (error);

  g_assert_true (hearth_store_read_row (store, NULL, &error,
                                        "SELECT id, name, active, 0.5, NULL FROM staff"
                                        " WHERE name = ?1",
                                        "s>xsidS", "Sam", &id, &name, &active, &half, &missing));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, sam);
  g_assert_cmpstr (name, ==, "Sam");
  g_assert_cmpint (active, ==, 1);
  g_assert_cmpfloat (half, ==, 0.5);
  g_assert_null (missing);

  /* Without @found, no row is an error; with it, it is an answer. */
  id = -1;
  g_assert_false (hearth_store_read_row (store, NULL, &error,
                                         "SELECT id FROM staff WHERE name = ?1", "s>x", "Kim",
                                         &id));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (id, ==, -1);
  g_assert_true (hearth_store_read_row (store, &found, &error,
                                        "SELECT id FROM staff WHERE name = ?1", "s>x", "Kim",
                                        &id));
  g_assert_no_error (error);
  g_assert_false (found);
  g_assert_cmpint (id, ==, -1);

  /* The statement is reset: no read snapshot is left open. */
  g_assert_true (hearth_store_read_row (store, &found, &error, "SELECT count(*) FROM staff",
                                        ">x", &id));
  g_assert_true (found);
  g_assert_cmpint (id, ==, 1);
  for (sqlite3_stmt *stmt = sqlite3_next_stmt (hearth_store_get_db (store), NULL);
       stmt != NULL; stmt = sqlite3_next_stmt (hearth_store_get_db (store), stmt))
    g_assert_false (sqlite3_stmt_busy (stmt));
}

static void
test_read_list (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const char *const team[] = { "Sam", "Kim", "Lou" };
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (team); i++)
    {
      hearth_store_write (store, &error, "staff", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO staff (name) VALUES (?1)", "s", team[i]);
      g_assert_no_error (error);
    }

  ids = hearth_store_read_ids (store, &error, "SELECT id FROM staff WHERE name <> ?1 ORDER BY id",
                               "s", "Kim");
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 3);
  g_clear_pointer (&ids, g_array_unref);

  ids = hearth_store_read_ids (store, &error, "SELECT id FROM staff WHERE id > ?1", "x",
                               (gint64) 10);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  g_assert_null (hearth_store_read_ids (store, &error, "SELECT id FROM nowhere", ""));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_clear_error (&error);

  stmt = hearth_store_query (store, &error, "SELECT name FROM staff WHERE id >= ?1 ORDER BY name",
                             "x", (gint64) 2);
  g_assert_no_error (error);
  while (hearth_store_next (store, stmt, &error))
    g_string_append_printf (names, "%s;", sqlite3_column_text (stmt, 0));
  g_assert_no_error (error);
  g_assert_cmpstr (names->str, ==, "Kim;Lou;");
  g_assert_false (sqlite3_stmt_busy (stmt));
}

static gint64
insert_resident (HearthStore *store,
                 const char  *name)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (store, "INSERT INTO residents (name) VALUES (?1)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  g_assert_true (hearth_store_run (store, stmt, &error));
  g_assert_no_error (error);

  return hearth_store_last_insert_id (store);
}

static void
test_changed (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  Recorder recorder;
  gint64 sam, ada, bo;

  recorder_init (&recorder, store);

  /* Outside a transaction a change is announced at once, alone. */
  sam = insert_staff (store, "Sam");
  g_assert_cmpuint (recorder.emissions, ==, 1);
  g_assert_cmpuint (g_array_index (recorder.sizes, guint, 0), ==, 1);
  assert_change (&recorder, 0, "staff", sam, HEARTH_CHANGE_INSERT);

  /* Inside one, every change comes in one announcement, in order, once. */
  g_assert_true (hearth_store_begin (store, &error));
  ada = insert_resident (store, "Ada");
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_INSERT);
  g_assert_true (hearth_store_exec (store, "UPDATE residents SET area = 'North'", &error));
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_UPDATE);
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_UPDATE);
  bo = insert_resident (store, "Bo");
  hearth_store_note_change (store, "residents", bo, HEARTH_CHANGE_INSERT);
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_UPDATE);
  g_assert_true (hearth_store_exec (store, "DELETE FROM residents WHERE name = 'Bo'", &error));
  hearth_store_note_change (store, "residents", bo, HEARTH_CHANGE_DELETE);
  g_assert_cmpuint (recorder.emissions, ==, 1);

  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder.emissions, ==, 2);
  g_assert_cmpuint (g_array_index (recorder.sizes, guint, 1), ==, 4);
  g_assert_cmpuint (recorder.changes->len, ==, 5);
  assert_change (&recorder, 1, "residents", ada, HEARTH_CHANGE_INSERT);
  assert_change (&recorder, 2, "residents", ada, HEARTH_CHANGE_UPDATE);
  assert_change (&recorder, 3, "residents", bo, HEARTH_CHANGE_INSERT);
  assert_change (&recorder, 4, "residents", bo, HEARTH_CHANGE_DELETE);

  /* A transaction that changed nothing announces nothing. */
  g_assert_true (hearth_store_begin (store, &error));
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_cmpuint (recorder.emissions, ==, 2);

  /* Nor does one that was rolled back, and its changes do not linger. */
  g_assert_true (hearth_store_begin (store, &error));
  hearth_store_note_change (store, "residents", insert_resident (store, "Cy"),
                            HEARTH_CHANGE_INSERT);
  hearth_store_rollback (store);
  g_assert_cmpuint (recorder.emissions, ==, 2);

  g_assert_true (hearth_store_begin (store, &error));
  hearth_store_note_change (store, "staff", sam, HEARTH_CHANGE_UPDATE);
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_cmpuint (recorder.emissions, ==, 3);
  g_assert_cmpuint (g_array_index (recorder.sizes, guint, 2), ==, 1);
  assert_change (&recorder, 5, "staff", sam, HEARTH_CHANGE_UPDATE);

  recorder_clear (&recorder);
}

static void
test_audit_log (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gint64 sam, ada;
  struct {
    gint64      staff_id;   /* 0 for NULL */
    const char *table;
    gint64      row_id;
    const char *action;
  } expected[4];

  hearth_store_set_clock (store, 1767225600);
  g_assert_cmpint (hearth_store_now (store), ==, 1767225600);

  /* Before anyone is chosen, writes are by nobody. */
  sam = insert_staff (store, "Sam");

  hearth_store_set_actor (store, sam);
  g_assert_true (hearth_store_begin (store, &error));
  ada = insert_resident (store, "Ada");
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_INSERT);
  /* The audit row must not take the place of the resident's id. */
  g_assert_cmpint (hearth_store_last_insert_id (store), ==, ada);
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_UPDATE);
  hearth_store_note_change (store, "residents", ada, HEARTH_CHANGE_DELETE);
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);

  expected[0].staff_id = 0, expected[0].table = "staff", expected[0].row_id = sam;
  expected[0].action = "insert";
  expected[1].staff_id = sam, expected[1].table = "residents", expected[1].row_id = ada;
  expected[1].action = "insert";
  expected[2] = expected[1], expected[2].action = "update";
  expected[3] = expected[1], expected[3].action = "delete";

  stmt = hearth_store_prepare (store, "SELECT at, staff_id, table_name, row_id, action "
                                      "FROM audit_log ORDER BY id", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
      g_assert_true (has_row);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 1767225600);
      if (expected[i].staff_id == 0)
        g_assert_cmpint (sqlite3_column_type (stmt, 1), ==, SQLITE_NULL);
      else
        g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, expected[i].staff_id);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, expected[i].table);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, expected[i].row_id);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, expected[i].action);
    }
  g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
  g_assert_false (has_row);
}

static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *other;

  g_assert_true (hearth_store_exec (store, "PRAGMA busy_timeout = 50", &error));
  g_assert_no_error (error);

  other = raw_open (fixture->path);
  raw_exec (other, "BEGIN IMMEDIATE");

  g_assert_false (hearth_store_begin (store, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);
  g_assert_true (sqlite3_get_autocommit (hearth_store_get_db (store)));

  /* A plain write outside a transaction is refused the same way. */
  g_assert_false (hearth_store_exec (store, "INSERT INTO staff (name) VALUES ('Sam')", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY);
  g_clear_error (&error);

  raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  g_assert_true (hearth_store_begin (store, &error));
  g_assert_no_error (error);
  insert_staff (store, "Sam");
  g_assert_true (hearth_store_commit (store, &error));
  g_assert_no_error (error);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_actor_and_clock (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  guint notified = 0;
  gint64 actor = -1;
  gint64 before;
  gint64 now;

  g_signal_connect (store, "notify::actor", G_CALLBACK (notify_cb), &notified);

  g_assert_cmpint (hearth_store_get_actor (store), ==, 0);
  hearth_store_set_actor (store, 5);
  g_assert_cmpint (hearth_store_get_actor (store), ==, 5);
  g_assert_cmpuint (notified, ==, 1);
  hearth_store_set_actor (store, 5);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (store, "actor", (gint64) 7, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (store, "actor", &actor, NULL);
  g_assert_cmpint (actor, ==, 7);

  hearth_store_set_clock (store, 1000);
  g_assert_cmpint (hearth_store_now (store), ==, 1000);

  /* Unpinned, it follows the real clock. */
  hearth_store_set_clock (store, 0);
  before = g_get_real_time () / G_USEC_PER_SEC;
  now = hearth_store_now (store);
  g_assert_cmpint (now, >=, before);
  g_assert_cmpint (now, <=, g_get_real_time () / G_USEC_PER_SEC);
}

/* hearth_store_read_async (): what a job saw of its reader, to be checked
 * on the main thread, where a failed assertion names the test. */
typedef struct {
  char     *name;
  gint64    now;
  gint64    actor;
  gboolean  read_only;
  gboolean  is_writer;
  gboolean  on_main_thread;
  GError   *write_error;
} Sight;

/* Opened by the main thread once the job is running, to cancel it while it
 * works. */
typedef struct {
  GMutex   lock;
  GCond    cond;
  gboolean started;
  gboolean open;
} Gate;

typedef struct {
  HearthStore *writer;       /* compared with the reader, never touched */
  GThread     *main_thread;
  gint64       staff_id;
  Gate        *gate;         /* or NULL */
} Ask;

typedef struct {
  gboolean  done;
  Sight    *sight;
  GError   *error;
} Outcome;

static int sights_alive;
static int asks_alive;

static void
sight_free (Sight *sight)
{
  g_clear_error (&sight->write_error);
  g_free (sight->name);
  g_free (sight);
  g_atomic_int_add (&sights_alive, -1);
}

static void
ask_free (Ask *ask)
{
  g_free (ask);
  g_atomic_int_add (&asks_alive, -1);
}

static Ask *
ask_new (HearthStore *writer,
         gint64       staff_id,
         Gate        *gate)
{
  Ask *ask = g_new0 (Ask, 1);

  ask->writer = writer;
  ask->main_thread = g_thread_self ();
  ask->staff_id = staff_id;
  ask->gate = gate;
  g_atomic_int_inc (&asks_alive);

  return ask;
}

static gpointer
look (HearthStore  *reader,
      gpointer      input,
      GError      **error)
{
  Ask *ask = input;
  g_autofree char *name = NULL;
  Sight *sight;

  if (ask->gate != NULL)
    {
      g_mutex_lock (&ask->gate->lock);
      ask->gate->started = TRUE;
      g_cond_signal (&ask->gate->cond);
      while (!ask->gate->open)
        g_cond_wait (&ask->gate->cond, &ask->gate->lock);
      g_mutex_unlock (&ask->gate->lock);
    }

  if (!hearth_store_read_row (reader, NULL, error, "SELECT name FROM staff WHERE id = ?1",
                              "x>s", ask->staff_id, &name))
    return NULL;

  sight = g_new0 (Sight, 1);
  g_atomic_int_inc (&sights_alive);
  sight->name = g_steal_pointer (&name);
  sight->now = hearth_store_now (reader);
  sight->actor = hearth_store_get_actor (reader);
  sight->read_only = hearth_store_is_read_only (reader);
  sight->is_writer = reader == ask->writer;
  sight->on_main_thread = g_thread_self () == ask->main_thread;
  hearth_store_write (reader, &sight->write_error, "staff", HEARTH_CHANGE_UPDATE, ask->staff_id,
                      "UPDATE staff SET name = 'Changed' WHERE id = ?1", "x", ask->staff_id);

  return sight;
}

static void
looked_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Outcome *outcome = user_data;

  g_assert_null (source);
  g_assert_false (outcome->done);
  outcome->sight = hearth_store_read_finish (result, &outcome->error);
  outcome->done = TRUE;
}

/* Until the job has let go of what it was given and what it made: that
 * happens as the last reference to its task goes, which may be the worker's
 * a moment after the callback. */
static void
wait_for_job (Outcome *outcome,
              int      sights_kept)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while ((!outcome->done || g_atomic_int_get (&asks_alive) != 0 ||
          g_atomic_int_get (&sights_alive) != sights_kept) &&
         g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (outcome->done);
  g_assert_cmpint (g_atomic_int_get (&asks_alive), ==, 0);
  g_assert_cmpint (g_atomic_int_get (&sights_alive), ==, sights_kept);
}

static void
test_read_async_result (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0 };
  g_autofree char *name = NULL;
  gint64 sam, kim;

  sam = insert_staff (store, "Sam");
  kim = insert_staff (store, "Kim");
  hearth_store_set_clock (store, 1700000000);
  hearth_store_set_actor (store, kim);

  hearth_store_read_async (store, look, ask_new (store, sam, NULL), (GDestroyNotify) ask_free,
                           (GDestroyNotify) sight_free, NULL, looked_cb, &outcome);
  /* The clock and actor of the moment it was asked. */
  hearth_store_set_clock (store, 1800000000);
  hearth_store_set_actor (store, sam);
  wait_for_job (&outcome, 1);

  g_assert_no_error (outcome.error);
  g_assert_nonnull (outcome.sight);
  g_assert_cmpstr (outcome.sight->name, ==, "Sam");
  g_assert_cmpint (outcome.sight->now, ==, 1700000000);
  g_assert_cmpint (outcome.sight->actor, ==, kim);

  /* The reader is a connection of its own, in a worker, that cannot write. */
  g_assert_false (outcome.sight->is_writer);
  g_assert_false (outcome.sight->on_main_thread);
  g_assert_true (outcome.sight->read_only);
  g_assert_error (outcome.sight->write_error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_true (hearth_store_read_row (store, NULL, &error, "SELECT name FROM staff WHERE id = ?1",
                                        "x>s", sam, &name));
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Sam");

  sight_free (outcome.sight);
  g_assert_cmpint (g_atomic_int_get (&sights_alive), ==, 0);
}

static void
test_read_async_error (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  Outcome outcome = { 0 };

  hearth_store_read_async (store, look, ask_new (store, 42, NULL), (GDestroyNotify) ask_free,
                           (GDestroyNotify) sight_free, NULL, looked_cb, &outcome);
  wait_for_job (&outcome, 0);

  g_assert_null (outcome.sight);
  g_assert_error (outcome.error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&outcome.error);
}

static void
test_read_async_cancelled (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HearthStore) store = open_store (fixture->path);
  g_autoptr(GCancellable) before = g_cancellable_new ();
  g_autoptr(GCancellable) during = g_cancellable_new ();
  Outcome outcome = { 0 };
  Gate gate = { 0 };
  gint64 sam;

  sam = insert_staff (store, "Sam");

  /* Cancelled before it starts: the work is never done. */
  g_cancellable_cancel (before);
  hearth_store_read_async (store, look, ask_new (store, sam, NULL), (GDestroyNotify) ask_free,
                           (GDestroyNotify) sight_free, before, looked_cb, &outcome);
  wait_for_job (&outcome, 0);
  g_assert_null (outcome.sight);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);

  /* Cancelled while it works: what it made is dropped, not delivered. */
  outcome = (Outcome) { 0 };
  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  hearth_store_read_async (store, look, ask_new (store, sam, &gate), (GDestroyNotify) ask_free,
                           (GDestroyNotify) sight_free, during, looked_cb, &outcome);
  g_mutex_lock (&gate.lock);
  while (!gate.started)
    g_cond_wait (&gate.cond, &gate.lock);
  g_cancellable_cancel (during);
  gate.open = TRUE;
  g_cond_signal (&gate.cond);
  g_mutex_unlock (&gate.lock);
  wait_for_job (&outcome, 0);
  g_assert_null (outcome.sight);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  g_cond_clear (&gate.cond);
  g_mutex_clear (&gate.lock);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/default-path", test_default_path);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store/open/settings", test_connection_settings);
  ADD ("/store/open/refuse-too-new", test_refuse_too_new);
  ADD ("/store/open/refuse-damaged", test_refuse_damaged);
  ADD ("/store/open/refuse-not-a-database", test_refuse_not_a_database);
  ADD ("/store/open/refuse-other-programs", test_refuse_other_programs);
  ADD ("/store/open/refusals-leave-nothing", test_refusals_leave_nothing);
  ADD ("/store/open/application-id", test_application_id);
  ADD ("/store/open/large-damaged", test_large_damaged);
  ADD ("/store/open/large-checked-when-needed", test_large_checked_when_needed);
  ADD ("/store/open/permissions", test_permissions);
  ADD ("/store/open/hot-journal", test_hot_journal);
  ADD ("/store/read-only/flag", test_read_only_flag);
  ADD ("/store/read-only/refusals", test_read_only_refusals);
  ADD ("/store/read-only/file", test_read_only_file);
  ADD ("/store/read-only/folder", test_read_only_folder);
  ADD ("/store/statements/text-round-trip", test_text_round_trip);
  ADD ("/store/statements/cache", test_statement_cache);
  ADD ("/store/statements/run-sql", test_run_sql);
  ADD ("/store/errors/constraint", test_constraint_errors);
  ADD ("/store/errors/mapping", test_error_mapping);
  ADD ("/store/errors/busy", test_busy);
  ADD ("/store/transactions/nesting", test_transaction_nesting);
  ADD ("/store/transactions/inner-rollback", test_inner_rollback);
  ADD ("/store/transactions/guard", test_transaction_guard);
  ADD ("/store/statements/write", test_write);
  ADD ("/store/statements/unnoted-write", test_unnoted_write);
  ADD ("/store/statements/write-unattributed", test_write_unattributed);
  ADD ("/store/statements/write-unattributed-not-a-write", test_write_unattributed_not_a_write);
  ADD ("/store/truncate-wal", test_truncate_wal);
  ADD ("/store/statements/read-row", test_read_row);
  ADD ("/store/statements/read-list", test_read_list);
  ADD ("/store/changes/changed", test_changed);
  ADD ("/store/changes/audit-log", test_audit_log);
  ADD ("/store/actor-and-clock", test_actor_and_clock);
  ADD ("/store/read-async/result", test_read_async_result);
  ADD ("/store/read-async/error", test_read_async_error);
  ADD ("/store/read-async/cancelled", test_read_async_cancelled);

#undef ADD

  return g_test_run ();
}
