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

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* Both frameworks of the team ship ready to use: every behaviour with a
 * one-line meaning and three descriptors, on the default five-point scale. */
static void
assert_shipped_frameworks (sqlite3 *db)
{
  static const struct {
    const char *framework;
    const char *kind;
    const char *behaviours;
  } shipped[] = {
    { "High performance behaviours", "behaviours",
      "Empathy|Team work|Developing people|Building confidence|Proactivity|Customer focus" },
    { "Our values", "values", "Ambitious|Professional|Human|Accountable|Empathic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *where = g_strdup_printf ("(SELECT id FROM frameworks WHERE name = '%s'"
                                                " AND kind = '%s' AND archived = 0)",
                                                shipped[i].framework, shipped[i].kind);
      g_autofree char *names_sql = g_strdup_printf ("SELECT group_concat (name, '|') FROM"
                                                    " (SELECT name FROM behaviours WHERE"
                                                    " framework_id = %s ORDER BY position)", where);
      g_autofree char *scale_sql = g_strdup_printf ("SELECT group_concat (label, '|') FROM"
                                                    " (SELECT label FROM scale_points WHERE"
                                                    " framework_id = %s ORDER BY value)", where);
      g_autofree char *meanings_sql = g_strdup_printf ("SELECT count (*) FROM behaviours WHERE"
                                                       " framework_id = %s AND removed_at IS NULL"
                                                       " AND length (meaning) BETWEEN 20 AND 200"
                                                       " AND instr (meaning, char (10)) = 0",
                                                       where);
      g_autofree char *descriptors_sql = g_strdup_printf ("SELECT count (*) FROM behaviours b"
                                                          " WHERE framework_id = %s AND"
                                                          " (SELECT count (*) FROM descriptors d"
                                                          "  WHERE d.behaviour_id = b.id) = 3",
                                                          where);
      g_autofree char *description_sql = g_strdup_printf ("SELECT length (description) FROM"
                                                          " frameworks WHERE id = %s", where);
      g_autofree char *names = raw_text (db, names_sql);
      g_autofree char *scale = raw_text (db, scale_sql);
      g_auto(GStrv) behaviours = g_strsplit (shipped[i].behaviours, "|", -1);
      guint n_behaviours = g_strv_length (behaviours);

      g_assert_cmpstr (names, ==, shipped[i].behaviours);
      g_assert_cmpstr (scale, ==, "Not yet seen|Sometimes|Often|Consistently|A role model");
      g_assert_cmpint (raw_int (db, meanings_sql), ==, n_behaviours);
      g_assert_cmpint (raw_int (db, descriptors_sql), ==, n_behaviours);
      g_assert_cmpint (raw_int (db, description_sql), >, 0);
    }

  /* The shipped texts hold nothing but what people would write. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM descriptors WHERE text <> trim (text)"
                                " OR length (text) < 10"), ==, 0);
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
  assert_shipped_frameworks (db);
  /* The database has an id of its own: 128 random bits in hex. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM hearth_meta WHERE key = 'database-id'"
                                " AND length (value) = 32 AND value NOT GLOB '*[^0-9a-f]*'"), ==, 1);
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

      /* A marker table shows the migration kept what the file held.
       * At version 0 a file holding only someone else's table is not
       * Hearth's (refused, see test-store), so the marker waits until
       * Hearth's own tables are there. */
      db = raw_open (path);
      raw_migrate_to (db, v);
      if (v == 0)
        raw_exec (db, "PRAGMA application_id = " G_STRINGIFY (HEARTH_APPLICATION_ID));
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

      /* Hearth's id makes it a file Hearth started, not another program's. */
      db = raw_open (path);
      raw_exec (db, "PRAGMA application_id = " G_STRINGIFY (HEARTH_APPLICATION_ID));
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

/* The feedback of a file from before version 3, as the sample data of that
 * time made it: a released cycle with every response in, and an open one. */
static void
fill_old_feedback (sqlite3 *db)
{
  raw_exec (db,
            "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor');"
            "INSERT INTO staff (id, name, supervisor_id) VALUES (2, 'Priya Shah', 1),"
            "  (3, 'Tomasz Nowak', 1), (4, 'Grace Adeyemi', 1), (5, 'Fatima Begum', 1);"
            "INSERT INTO frameworks (id, name, description) VALUES"
            "  (1, 'High performance behaviours', 'Ours');"
            "INSERT INTO behaviours (id, framework_id, position, name, description) VALUES"
            "  (1, 1, 0, 'Empathy', 'Our own meaning'), (2, 1, 1, 'Listening', '');"
            "INSERT INTO descriptors (behaviour_id, position, text) VALUES (1, 0, 'Asks first');"
            "INSERT INTO scale_points (framework_id, value, label) VALUES"
            "  (1, 1, 'Low'), (1, 2, 'Mid'), (1, 3, 'High');"
            "INSERT INTO feedback_cycles (id, subject_id, framework_id, title, opens_on, closes_on,"
            "  released_at) VALUES (1, 2, 1, 'Autumn', '2025-09-01', '2025-10-01', 1759650000),"
            "  (2, 2, 1, 'Spring', '2026-03-01', '2099-01-01', NULL);"
            "INSERT INTO feedback_raters (cycle_id, staff_id, name, relationship, status, token)"
            "  VALUES (1, 2, '', 'self', 'submitted', NULL), (1, 1, '', 'manager', 'submitted', NULL),"
            "  (1, 3, '', 'peer', 'submitted', NULL), (1, 4, '', 'peer', 'submitted', NULL),"
            "  (1, 5, '', 'peer', 'submitted', NULL),"
            "  (1, NULL, 'Jo Marsh', 'partner', 'submitted', '00112233aabbccdd'),"
            "  (2, 3, '', 'peer', 'invited', 'ffeeddcc99887766');"
            "INSERT INTO feedback_responses (id, cycle_id, relationship, submitted_at, keep_doing,"
            "  try_doing) VALUES (1, 1, 'self', 1759300001, 'keep 1', 'try 1'),"
            "  (2, 1, 'manager', 1759300002, 'keep 2', 'try 2'),"
            "  (3, 1, 'peer', 1759300003, 'keep 3', 'try 3'),"
            "  (4, 1, 'peer', 1759300004, 'keep 4', 'try 4'),"
            "  (5, 1, 'peer', 1759300005, 'keep 5', 'try 5'),"
            "  (6, 1, 'partner', 1759300006, 'keep 6', 'try 6');"
            "INSERT INTO feedback_ratings (response_id, behaviour_id, rating, example)"
            "  SELECT r.id, b.id, r.id % 3 + 1, 'example ' || r.id FROM feedback_responses r,"
            "  behaviours b;"
            "INSERT INTO audit_log (at, staff_id, table_name, row_id, action)"
            "  SELECT 1759300000 + id * 3617, 1, 'feedback_responses', id, 'insert'"
            "  FROM feedback_responses;"
            "INSERT INTO supervisions (supervisor_id, staff_id, held_on, feedback_cycle_id)"
            "  VALUES (1, 2, '2025-10-10', 1);");
}

/* Version 3 gives responses random ids and drops their submission time,
 * and keeps every response and rating of a file from version 1 or 2, each
 * with its own ratings. */
static void
test_feedback_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  guint from = GPOINTER_TO_UINT (data);
  g_autofree char *reference = dup_reference_schema (fixture->dir);
  g_autofree char *schema = NULL;
  g_autofree char *id = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, from);
  fill_old_feedback (db);
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  db = raw_open (fixture->path);
  schema = dup_schema (db);
  g_assert_cmpstr (schema, ==, reference);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* Every response and rating is there, each rating with its response. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_responses"), ==, 6);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_ratings"), ==, 12);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_ratings g JOIN feedback_responses r"
                                " ON r.id = g.response_id WHERE g.example = 'example ' ||"
                                " substr (r.keep_doing, 6) AND g.rating = substr (r.keep_doing, 6) % 3 + 1"
                                " AND r.try_doing = 'try ' || substr (r.keep_doing, 6)"
                                " AND g.not_seen = 0"), ==, 12);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_responses WHERE cycle_id = 1 AND"
                                " relationship = CASE substr (keep_doing, 6) WHEN '1' THEN 'self'"
                                " WHEN '2' THEN 'manager' WHEN '6' THEN 'partner' ELSE 'peer' END"),
                   ==, 6);

  /* Their ids no longer follow the order they came in, nor does anything
   * say when they came: not the table, nor the audit trail. */
  g_assert_cmpint (raw_int (db, "SELECT min (id) FROM feedback_responses"), >, 1000000);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_table_info ('feedback_responses')"
                                " WHERE name = 'submitted_at'"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log"
                                " WHERE table_name = 'feedback_responses'"), ==, 6);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log WHERE table_name ="
                                " 'feedback_responses' AND (row_id <> 0 OR staff_id IS NOT NULL"
                                " OR at % 86400 <> 0)"), ==, 0);

  /* The raters are as they were, without the tokens no file ever held. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_raters"), ==, 7);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_raters WHERE status = 'submitted'"),
                   ==, 6);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_raters WHERE token IS NOT NULL"
                                " OR token_used <> 0"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_drafts"), ==, 0);

  /* The released cycle is closed, the open one is not; the person's
   * supervisor runs both, and each has a secret and a seed of its own. */
  g_assert_cmpint (raw_int (db, "SELECT closed_at IS NOT NULL AND closed_at <= released_at"
                                " FROM feedback_cycles WHERE id = 1"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT closed_at IS NULL FROM feedback_cycles WHERE id = 2"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_cycles WHERE supervisor_id = 1"
                                " AND release_by = 'supervisor' AND released_by IS NULL"
                                " AND min_confirmed = 0 AND length (secret) = 64"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count (DISTINCT secret) FROM feedback_cycles"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count (DISTINCT shuffle_seed) FROM feedback_cycles"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT feedback_cycle_id FROM supervisions"), ==, 1);

  /* The framework the file had keeps its own words and scale; the other
   * one ships beside it. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM frameworks"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM behaviours WHERE framework_id = 1"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM behaviours WHERE id = 1 AND"
                                " meaning = 'Our own meaning' AND removed_at IS NULL"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM scale_points WHERE framework_id = 1"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM descriptors WHERE behaviour_id IN (1, 2)"),
                   ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM behaviours b JOIN frameworks f"
                                " ON f.id = b.framework_id WHERE f.name = 'Our values'"), ==, 5);
  id = raw_text (db, "SELECT value FROM hearth_meta WHERE key = 'database-id'");
  g_assert_cmpint (strlen (id), ==, 32);
  sqlite3_close (db);
}

/* A version 2 file whose step to version 3 fails keeps its feedback exactly
 * as it was, at version 2. */
static void
test_feedback_failure_rolls_back (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 2);
  fill_old_feedback (db);
  /* A table the step makes near its end is there already. */
  raw_exec (db, "CREATE TABLE feedback_draft_ratings (mine TEXT)");
  before = dup_schema (db);
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
  g_assert_null (store);

  db = raw_open (fixture->path);
  after = dup_schema (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_responses WHERE id BETWEEN 1 AND 6"),
                   ==, 6);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_responses WHERE submitted_at"
                                " IS NOT NULL"), ==, 6);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_ratings"), ==, 12);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM frameworks"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log WHERE row_id > 0"), ==, 6);
  g_assert_false (table_exists (db, "hearth_meta"));
  sqlite3_close (db);
}

/* Version 5 makes a supervision pair for everyone who already holds
 * one-to-ones with someone, on the member of staff's rhythm from the first
 * one-to-one; keeps every one-to-one and action; links the case a record
 * reflected on; and from then on a locked record cannot change. */
static void
test_supervision_pairs (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *reference = dup_reference_schema (fixture->dir);
  g_autofree char *schema = NULL;
  g_autofree char *texts = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  char *message = NULL;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 4);
  raw_exec (db,
            "INSERT INTO staff (id, name, supervision_weeks) VALUES (1, 'Sam Okafor', 4),"
            "  (2, 'Priya Shah', 2), (3, 'Tomasz Nowak', 6), (4, 'Grace Adeyemi', 4);"
            "INSERT INTO cases (id, title, opened_at, last_activity_at)"
            "  VALUES (9, 'Damp in the bathroom', 1750000000, 1750000000);"
            "INSERT INTO supervisions (id, supervisor_id, staff_id, held_on, going_well,"
            "  reflection_case_id, locked_at, created_at, updated_at) VALUES"
            "  (1, 1, 2, '2026-03-02', 'one', NULL, 1772500000, 1772400000, 1772500000),"
            "  (2, 1, 2, '2026-01-05', 'two', 9, 1767700000, 1767600000, 1767700000),"
            "  (3, 1, 3, '2026-02-10', 'three', NULL, NULL, 1770700000, 1770800000),"
            "  (4, 4, 3, '2026-04-01', 'four', NULL, NULL, 1775000000, 1775000000),"
            "  (5, 1, 2, '2026-05-11', 'five', NULL, NULL, 1778500000, 1778600000);"
            "INSERT INTO supervision_actions (supervision_id, text, status, dropped_reason,"
            "  done_at, updated_at) VALUES (2, 'Book the course', 'done', '', 1770000000, 1770000000),"
            "  (2, 'Lunch breaks', 'dropped', 'A later start instead', NULL, 1771000000),"
            "  (3, 'Shadow Ruth', 'open', '', NULL, 1770700000);"
            "INSERT INTO practice_examples (staff_id, kind, happened_on, text)"
            "  VALUES (2, 'celebrate', '2026-02-01', 'The visit to Dot');");
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  db = raw_open (fixture->path);
  schema = dup_schema (db);
  g_assert_cmpstr (schema, ==, reference);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* One pair for each supervisor and member of staff, none twice. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_pairs"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_pairs WHERE supervisor_id = 1"
                                " AND staff_id = 2 AND rhythm_weeks = 2 AND started_on = '2026-01-05'"
                                " AND next_on IS NULL AND ended_on IS NULL"
                                " AND created_at = 1767600000 AND updated_at = 1778600000"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_pairs WHERE supervisor_id = 1"
                                " AND staff_id = 3 AND rhythm_weeks = 6"
                                " AND started_on = '2026-02-10'"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_pairs WHERE supervisor_id = 4"
                                " AND staff_id = 3 AND rhythm_weeks = 6"
                                " AND started_on = '2026-04-01'"), ==, 1);
  /* Sam and Grace hold none with each other, so they are no pair. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_pairs WHERE staff_id IN (1, 4)"),
                   ==, 0);

  /* The records are as they were, at their first version. */
  texts = raw_text (db, "SELECT group_concat (going_well, '|') FROM (SELECT going_well"
                        " FROM supervisions ORDER BY id)");
  g_assert_cmpstr (texts, ==, "one|two|three|four|five");
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervisions WHERE version = 1"
                                " AND started_at IS NULL"), ==, 5);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_case_links WHERE"
                                " supervision_id = 2 AND case_id = 9 AND entry_id IS NULL"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_case_links"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_actions"
                                " WHERE closed_in_id IS NULL"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT dropped_at FROM supervision_actions"
                                " WHERE status = 'dropped'"), ==, 1771000000);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_actions"
                                " WHERE dropped_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM practice_examples WHERE shared = 1"
                                " AND escalated_to = '' AND outcome = ''"
                                " AND supervision_id IS NULL"), ==, 1);

  /* A locked record refuses every change of its text; an open one takes it. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE supervisions SET going_well = 'changed' WHERE id = 1",
                                 NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "locked"));
  sqlite3_free (message);
  g_clear_pointer (&texts, g_free);
  texts = raw_text (db, "SELECT going_well FROM supervisions WHERE id = 1");
  g_assert_cmpstr (texts, ==, "one");
  raw_exec (db, "UPDATE supervisions SET going_well = 'changed' WHERE id = 3");
  /* Erasing a case still clears the link of a locked record to it. */
  raw_exec (db, "PRAGMA foreign_keys = ON; DELETE FROM cases WHERE id = 9");
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervisions"
                                " WHERE reflection_case_id IS NOT NULL"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM supervision_case_links"), ==, 0);
  sqlite3_close (db);
}

/* Version 6 adds the teams' budgets to a database that has spends already,
 * and its checks refuse what a budget cannot be. */
static void
test_budgets (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *reference = dup_reference_schema (fixture->dir);
  g_autofree char *schema = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *refused[] = {
    /* No amount, or none to spend. */
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', 0, '2026-04-01', '2026-06-30')",
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', -100, '2026-04-01', '2026-06-30')",
    "INSERT INTO budgets (team, name, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', '2026-04-01', '2026-06-30')",
    /* Ending before it starts. */
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', 100, '2026-04-01', '2026-03-31')",
    /* Days that are not days. */
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', 100, '2026-02-30', '2026-06-30')",
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', 'Q1', 100, '2026-04-01', 'soon')",
    /* No team, no name. */
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('  ', 'Q1', 100, '2026-04-01', '2026-06-30')",
    "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
    "  VALUES ('Tenancy', '', 100, '2026-04-01', '2026-06-30')",
  };
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 5);
  raw_exec (db,
            "INSERT INTO staff (id, name, team) VALUES (1, 'Priya Raman', 'Tenancy');"
            "INSERT INTO cases (id, title, opened_at, last_activity_at)"
            "  VALUES (9, 'Damp in the bathroom', 1750000000, 1750000000);"
            "INSERT INTO timeline_entries (case_id, kind, occurred_at, author_id, summary,"
            "  amount_pence, spend_for) VALUES (9, 'spend', 1750000000, 1, 'Heater', 4500, 'Heater');");
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  db = raw_open (fixture->path);
  schema = dup_schema (db);
  g_assert_cmpstr (schema, ==, reference);
  g_assert_true (table_exists (db, "budgets"));
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM budgets"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT sum (amount_pence) FROM timeline_entries"
                                " WHERE kind = 'spend'"), ==, 4500);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_cmpint (sqlite3_exec (db, refused[i], NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    }
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM budgets"), ==, 0);

  /* A budget of a single day is a period too. */
  raw_exec (db, "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on)"
                "  VALUES ('Tenancy', 'One day', 1, '2026-04-01', '2026-04-01')");
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM budgets"), ==, 1);
  sqlite3_close (db);
}

/* Version 7 keeps every audit row as it was while letting the trail
 * record reads, and adds the decisions to keep a closed case, which need
 * a reason. */
static void
test_rights (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *reference = dup_reference_schema (fixture->dir);
  g_autofree char *schema = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *refused[] = {
    "INSERT INTO audit_log (at, table_name, row_id, action) VALUES (1, 'cases', 9, 'peek')",
    "INSERT INTO retention_decisions (case_id, kept_at, kept_by, reason, keep_until)"
    "  VALUES (9, 100, 1, '   ', 200)",
    "INSERT INTO retention_decisions (case_id, kept_at, kept_by, reason, keep_until)"
    "  VALUES (9, 100, 1, 'A claim is open', 100)",
  };
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 6);
  raw_exec (db,
            "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
            "INSERT INTO cases (id, title, status, opened_at, closed_at, last_activity_at)"
            "  VALUES (9, 'Damp in the bathroom', 'closed', 1500000000, 1550000000, 1550000000);"
            "INSERT INTO audit_log (id, at, staff_id, table_name, row_id, action) VALUES"
            "  (41, 1500000000, 1, 'cases', 9, 'insert'),"
            "  (42, 1550000000, NULL, 'cases', 9, 'update');");
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  db = raw_open (fixture->path);
  schema = dup_schema (db);
  g_assert_cmpstr (schema, ==, reference);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log WHERE (id = 41 AND"
                                " staff_id = 1 AND action = 'insert' AND at = 1500000000) OR"
                                " (id = 42 AND staff_id IS NULL AND action = 'update')"),
                   ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_cmpint (sqlite3_exec (db, refused[i], NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    }

  raw_exec (db, "INSERT INTO audit_log (at, staff_id, table_name, row_id, action)"
                "  VALUES (1600000000, 1, 'cases', 9, 'read');"
                "INSERT INTO retention_decisions (case_id, kept_at, kept_by, reason, keep_until)"
                "  VALUES (9, 1600000000, 1, 'A claim is open', 1700000000);");
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log"), ==, 3);

  /* A decision goes with its case. */
  raw_exec (db, "PRAGMA foreign_keys = ON; DELETE FROM cases WHERE id = 9");
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM retention_decisions"), ==, 0);
  sqlite3_close (db);
}

/* The case ids, in order, of the live entries that hold @word. */
static char *
words_cases (sqlite3    *db,
             const char *word)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (c || ':' || e, ' ') FROM"
                                          " (SELECT rowid >> 32 AS c, rowid & 0xffffffff AS e"
                                          "  FROM timeline_words_fts WHERE timeline_words_fts"
                                          "  MATCH '%s' ORDER BY rowid)", word);

  return raw_text (db, sql);
}

/* Version 8 indexes the timeline's words by case: every live entry found
 * again under its case (0 for a note outside any), none that was deleted,
 * and the index kept in step as entries are edited, moved and deleted. */
static void
test_timeline_words (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  sqlite3 *db;

  db = raw_open (fixture->path);
  raw_migrate_to (db, 7);
  raw_exec (db,
            "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
            "INSERT INTO residents (id, name) VALUES (3, 'Dot Evans');"
            "INSERT INTO cases (id, title, status, opened_at, last_activity_at) VALUES"
            "  (9, 'Damp in the bathroom', 'open', 1500000000, 1500000000),"
            "  (12, 'Rent arrears', 'open', 1500000000, 1500000000);"
            "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at, author_id,"
            "  summary, body, deleted_at) VALUES"
            "  (5, 9, NULL, 'note', 1500000000, 1, 'Mould behind the wardrobe', '', NULL),"
            "  (6, 12, NULL, 'note', 1500000000, 1, 'Talked about mould too', 'and the boiler', NULL),"
            "  (7, 12, NULL, 'note', 1500000000, 1, 'Mould, struck out', '', 1500000100),"
            "  (8, NULL, 3, 'note', 1500000000, 1, 'Dot mentioned mould', '', NULL);");
  sqlite3_close (db);

  store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, 8);
  g_clear_object (&store);

  db = raw_open (fixture->path);
  found = words_cases (db, "mould");
  g_assert_cmpstr (found, ==, "0:8 9:5 12:6");
  g_clear_pointer (&found, g_free);
  g_assert_null (words_cases (db, "struck"));
  g_assert_false (table_exists (db, "timeline_fts"));

  /* Kept in step: a new entry, an edit, a move, a deletion, an undo. */
  raw_exec (db, "INSERT INTO timeline_entries (id, case_id, kind, occurred_at, author_id, summary)"
                "  VALUES (10, 9, 'home-visit', 1500000200, 1, 'Mould again');"
                "UPDATE timeline_entries SET body = 'the boiler is fixed' WHERE id = 5;"
                "UPDATE timeline_entries SET summary = 'Talked about rent' WHERE id = 6;"
                "UPDATE timeline_entries SET case_id = 9, resident_id = NULL WHERE id = 8;"
                "UPDATE timeline_entries SET deleted_at = NULL WHERE id = 7;"
                "UPDATE timeline_entries SET deleted_at = 1500000300 WHERE id = 10;");
  found = words_cases (db, "mould");
  g_assert_cmpstr (found, ==, "9:5 9:8 12:7");
  g_clear_pointer (&found, g_free);
  found = words_cases (db, "boiler");
  g_assert_cmpstr (found, ==, "9:5 12:6");
  g_clear_pointer (&found, g_free);
  raw_exec (db, "DELETE FROM timeline_entries WHERE id IN (5, 6)");
  found = words_cases (db, "boiler");
  g_assert_null (found);
  raw_exec (db, "INSERT INTO timeline_words_fts (timeline_words_fts) VALUES ('integrity-check')");
  sqlite3_close (db);
}

/* Each new database gets an id of its own. */
static void
test_database_ids_differ (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  const char *paths[] = { fixture->path, other };
  char **ids[] = { &a, &b };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(HearthStore) store = NULL;
      g_autoptr(GError) error = NULL;

      store = hearth_store_open (paths[i], HEARTH_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      *ids[i] = hearth_test_query_text (store, "SELECT value FROM hearth_meta"
                                               " WHERE key = 'database-id'");
    }

  g_assert_cmpint (strlen (a), ==, 32);
  g_assert_cmpstr (a, !=, b);
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
  g_test_add ("/migrations/feedback-kept-from-1", Fixture, GUINT_TO_POINTER (1),
              fixture_setup, test_feedback_kept, fixture_teardown);
  g_test_add ("/migrations/feedback-kept-from-2", Fixture, GUINT_TO_POINTER (2),
              fixture_setup, test_feedback_kept, fixture_teardown);
  g_test_add ("/migrations/feedback-failure-rolls-back", Fixture, NULL,
              fixture_setup, test_feedback_failure_rolls_back, fixture_teardown);
  g_test_add ("/migrations/supervision-pairs", Fixture, NULL,
              fixture_setup, test_supervision_pairs, fixture_teardown);
  g_test_add ("/migrations/budgets", Fixture, NULL,
              fixture_setup, test_budgets, fixture_teardown);
  g_test_add ("/migrations/rights", Fixture, NULL,
              fixture_setup, test_rights, fixture_teardown);
  g_test_add ("/migrations/timeline-words", Fixture, NULL,
              fixture_setup, test_timeline_words, fixture_teardown);
  g_test_add ("/migrations/database-ids-differ", Fixture, NULL,
              fixture_setup, test_database_ids_differ, fixture_teardown);
  g_test_add ("/migrations/up-to-date-runs-nothing", Fixture, NULL,
              fixture_setup, test_up_to_date_runs_nothing, fixture_teardown);

  return g_test_run ();
}
