/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-migrations.h"
#include "hearth-store.h"
#include "hearth-test-utils.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("hearth-test-migrations-XXXXXX", &error);
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
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static gboolean
table_exists (sqlite3    *db,
              const char *name)
{
  sqlite3_stmt *stmt = NULL;
  gboolean exists;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT 1 FROM sqlite_schema WHERE name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);

  return exists;
}

/* Everything the schema holds, as one string, to compare two databases. */
static char *
dup_schema (sqlite3 *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, tbl_name, coalesce (sql, '') "
                                       "FROM sqlite_schema ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s|%s|%s|%s\n",
                            sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

/* Takes a database to @version the slow way, without the store. */
static void
raw_migrate_to (sqlite3 *db,
                guint    version)
{
  int current = (int) raw_int (db, "PRAGMA user_version");

  for (guint v = (guint) current + 1; v <= version; v++)
    {
      g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %u", v);

      raw_exec (db, "BEGIN");
      raw_exec (db, hearth_migrations_get_sql (v));
      raw_exec (db, set);
      raw_exec (db, "COMMIT");
    }
}

/* The schema of the newest version, made by hand in a database of its own. */
static char *
dup_reference_schema (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "reference.db", NULL);
  sqlite3 *db = raw_open (path);
  char *schema;

  raw_migrate_to (db, hearth_migrations_get_count ());
  schema = dup_schema (db);
  sqlite3_close (db);
  g_assert_no_errno (g_unlink (path));

  return schema;
}

static void
assert_up_to_date (const char *path,
                   const char *reference_schema)
{
  sqlite3 *db = raw_open (path);
  g_autofree char *schema = dup_schema (db);

  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_true (table_exists (db, "staff"));
  g_assert_true (table_exists (db, "residents"));
  g_assert_true (table_exists (db, "timeline_entries"));
  g_assert_true (table_exists (db, "audit_log"));
  g_assert_cmpstr (schema, ==, reference_schema);
  /* The lists people choose from come with the first version. */
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM access_needs"), ==, 8);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM outcomes"), ==, 3);
  sqlite3_close (db);
}

static void
test_version_matches_migrations (void)
{
  g_assert_cmpuint (hearth_migrations_get_count (), ==, HEARTH_STORE_SCHEMA_VERSION);

  for (guint v = 1; v <= hearth_migrations_get_count (); v++)
    {
      g_assert_nonnull (hearth_migrations_get_sql (v));
      g_assert_cmpuint (strlen (hearth_migrations_get_sql (v)), >, 0);
    }
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = dup_reference_schema (fixture->dir);

  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  assert_up_to_date (fixture->path, reference);
}

/* A file chooser may leave an empty file behind: that is a new database. */
static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = dup_reference_schema (fixture->dir);

  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  assert_up_to_date (fixture->path, reference);
}

static void
test_every_older_version (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *reference = dup_reference_schema (fixture->dir);

  for (guint v = 0; v < hearth_migrations_get_count (); v++)
    {
      g_autofree char *name = g_strdup_printf ("from-%u.db", v);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(HearthStore) store = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3 *db;

      g_test_message ("Migrating from version %u", v);

      /* A marker table shows the migration kept what the file held. */
      db = raw_open (path);
      raw_migrate_to (db, v);
      raw_exec (db, "CREATE TABLE kept_marker (x); INSERT INTO kept_marker VALUES (42);");
      g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, v);
      sqlite3_close (db);

      store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
      g_clear_object (&store);

      db = raw_open (path);
      g_assert_cmpint (raw_int (db, "SELECT x FROM kept_marker"), ==, 42);
      raw_exec (db, "DROP TABLE kept_marker");
      sqlite3_close (db);

      assert_up_to_date (path, reference);
    }
}

/* A step that fails half way leaves nothing of itself behind. The clashing
 * table is made before the store runs the step, so one of its statements
 * fails: first the very first statement, then the very last. */
static void
test_failing_migration_rolls_back (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const char *const clashing[] = { "staff", "audit_log" };

  for (guint i = 0; i < G_N_ELEMENTS (clashing); i++)
    {
      g_autofree char *name = g_strdup_printf ("clash-%s.db", clashing[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *create = g_strdup_printf ("CREATE TABLE %s (mine TEXT)", clashing[i]);
      g_autoptr(HearthStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *schema_before = NULL;
      g_autofree char *schema_after = NULL;
      sqlite3 *db;

      db = raw_open (path);
      raw_exec (db, create);
      schema_before = dup_schema (db);
      sqlite3_close (db);

      store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
      g_test_message ("Refused: %s", error->message);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, "already exists"));

      db = raw_open (path);
      g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 0);
      schema_after = dup_schema (db);
      g_assert_cmpstr (schema_after, ==, schema_before);
      g_assert_true (table_exists (db, clashing[i]));
      g_assert_false (table_exists (db, "access_needs"));
      g_assert_false (table_exists (db, "residents"));
      g_assert_false (table_exists (db, "residents_fts"));
      g_assert_false (table_exists (db, "practice_examples"));
      sqlite3_close (db);
    }
}

/* Version 2 gives a Stop Shop session the number of people voting, and a
 * record of merges to undo; the sessions and votes of a version 1 file stay
 * as they were. A failure in step 2 leaves the file at version 1. */
static void
test_stopshop_voters (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *clash = g_build_filename (fixture->dir, "clash-v2.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 1);
  raw_exec (db,
            "INSERT INTO stopshop_sessions (id, held_on, votes_per_person) VALUES (7, '2026-10-01', 5);"
            "INSERT INTO barriers (id, title) VALUES (3, 'Forms ask twice');"
            "INSERT INTO stopshop_session_barriers (session_id, barrier_id, votes) VALUES (7, 3, 4);");
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), >=, 2);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT voters FROM stopshop_sessions WHERE id = 7"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT votes_per_person FROM stopshop_sessions"), ==, 5);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT votes FROM stopshop_session_barriers"), ==, 4);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM barrier_merges"), ==, 0);
  /* The new column keeps to its range. */
  g_assert_false (hearth_store_exec (store, "UPDATE stopshop_sessions SET voters = -1", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (hearth_store_exec (store, "UPDATE stopshop_sessions SET voters = 40", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  db = raw_open (clash);
  raw_migrate_to (db, 1);
  raw_exec (db, "CREATE TABLE barrier_merge_sessions (mine TEXT)");
  sqlite3_close (db);

  store = hearth_store_open (clash, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_assert_null (store);
  g_clear_error (&error);

  db = raw_open (clash);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_false (table_exists (db, "barrier_merges"));
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_table_info ('stopshop_sessions')"
                                " WHERE name = 'voters'"), ==, 0);
  sqlite3_close (db);
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
test_up_to_date_runs_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *bare = g_build_filename (fixture->dir, "bare.db", NULL);
  g_autofree char *set = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  sqlite3 *db;

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  before = read_bytes (fixture->path);

  /* Reopening writes nothing at all. */
  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sqlite3_total_changes (hearth_store_get_db (store)), ==, 0);
  g_clear_object (&store);
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  /* A file that says it is up to date is taken at its word: no step runs
   * again, so none of the tables appear. */
  db = raw_open (bare);
  set = g_strdup_printf ("PRAGMA user_version = %d", HEARTH_STORE_SCHEMA_VERSION);
  raw_exec (db, set);
  sqlite3_close (db);

  store = hearth_store_open (bare, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  db = raw_open (bare);
  g_assert_false (table_exists (db, "staff"));
  g_assert_false (table_exists (db, "audit_log"));
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/version-matches", test_version_matches_migrations);
  g_test_add ("/migrations/new-file", Fixture, NULL,
              fixture_setup, test_new_file, fixture_teardown);
  g_test_add ("/migrations/empty-file", Fixture, NULL,
              fixture_setup, test_empty_file, fixture_teardown);
  g_test_add ("/migrations/every-older-version", Fixture, NULL,
              fixture_setup, test_every_older_version, fixture_teardown);
  g_test_add ("/migrations/failure-rolls-back", Fixture, NULL,
              fixture_setup, test_failing_migration_rolls_back, fixture_teardown);
  g_test_add ("/migrations/stopshop-voters", Fixture, NULL,
              fixture_setup, test_stopshop_voters, fixture_teardown);
  g_test_add ("/migrations/up-to-date-runs-nothing", Fixture, NULL,
              fixture_setup, test_up_to_date_runs_nothing, fixture_teardown);

  return g_test_run ();
}
