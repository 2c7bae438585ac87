/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sample data: the same seed and clock give the same database, and what it
 * holds is coherent enough to explore and to test the areas with.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-sample-data.h"
#include "hearth-test-utils.h"

/* 22 November 2026, 12:00 UTC: a fixed "now" for the fills. */
#define NOW G_GINT64_CONSTANT (1795348800)

typedef struct
{
  char        *dir;
  HearthStore *store;
} Fixture;

static HearthStore *
new_store (const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  HearthStore *store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  hearth_store_set_clock (store, NOW);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hearth_test_make_dir ();
  fixture->store = new_store (fixture->dir, "a.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* A digest of every row of every table but the search indexes' own. */
static char *
digest (HearthStore *store)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;

  stmt = hearth_store_prepare (store, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                      " AND name NOT LIKE '%fts%' AND name <> 'audit_log'"
                                      " ORDER BY name", &error);
  g_assert_no_error (error);
  while (hearth_store_step (store, stmt, &has_row, &error) && has_row)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_assert_no_error (error);
  sqlite3_reset (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      /* Table names come from the schema, not from people. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (hearth_store_get_db (store), sql, -1, &rows, NULL), ==,
                       SQLITE_OK);
      g_checksum_update (checksum, (const guchar *) sql, -1);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (rows); c++)
          {
            const guchar *text = sqlite3_column_text (rows, c);

            g_checksum_update (checksum, text ? text : (const guchar *) "\x01NULL", -1);
            g_checksum_update (checksum, (const guchar *) "\x1f", 1);
          }
      sqlite3_finalize (rows);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) other = new_store (fixture->dir, "b.db");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_sample_data_fill (other, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);

  a = digest (fixture->store);
  b = digest (other);
  g_assert_cmpstr (a, ==, b);
}

static void
test_coherent (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;
  static const char *const kinds[] = {
    "conversation", "home-visit", "phone-call", "message", "agreement", "action", "spend",
    "expertise", "money-outcome", "note", "case-opened", "case-closed",
  };
  static const char *const statuses[] = {
    "raised", "understood", "action-agreed", "in-progress", "removed", "parked",
  };
  static const char *const categories[] = {
    "system", "process", "policy", "ways-of-working", "it", "partner-agency", "other",
  };

  g_assert_true (hearth_sample_data_is_empty (fixture->store, &empty, &error));
  g_assert_true (empty);
  g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_sample_data_is_empty (fixture->store, &empty, &error));
  g_assert_false (empty);

  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM staff"), >=, 10);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM residents"), >=, 30);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM cases"), >=, 25);

  /* Every case starts with its opening; closed ones have an outcome and an end. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM"
                              " timeline_entries e WHERE e.case_id = c.id AND e.kind = 'case-opened')"),
                   ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM cases c WHERE status = 'closed' AND"
                              " (outcome_id IS NULL OR NOT EXISTS (SELECT 1 FROM timeline_entries e"
                              "  WHERE e.case_id = c.id AND e.kind = 'case-closed'))"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM cases c WHERE last_activity_at <>"
                              " (SELECT max (occurred_at) FROM timeline_entries e WHERE e.case_id = c.id)"),
                   ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM timeline_entries WHERE occurred_at > hearth_now ()"),
                   ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM timeline_entries"
                                              " WHERE kind = '%s'", kinds[i]);
      g_test_message ("kind %s", kinds[i]);
      g_assert_cmpint (hearth_test_query_int (fixture->store, sql), >, 0);
    }

  /* Agreements due soon, overdue, done and dropped; money in whole pence. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM agreement_items WHERE status = 'open'"
                              " AND due_on < date (hearth_now (), 'unixepoch')"), >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM agreement_items WHERE status = 'dropped'"), >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM timeline_entries WHERE kind = 'money-outcome'"
                              " AND money_kind = 'debt-resolved'"), >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM timeline_entries WHERE kind = 'money-outcome'"
                              " AND money_kind = 'income-gained'"), >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM timeline_entries WHERE case_id IS NULL"), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM barriers WHERE status = '%s'",
                                              statuses[i]);
      g_assert_cmpint (hearth_test_query_int (fixture->store, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM barriers WHERE category = '%s'",
                                              categories[i]);
      g_assert_cmpint (hearth_test_query_int (fixture->store, sql), >, 0);
    }
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM barriers WHERE weight > 1"), >, 0);

  /* Both frameworks, each with the behaviours DESIGN.md names. */
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM behaviours b JOIN frameworks f"
                                              " ON f.id = b.framework_id WHERE f.kind = 'behaviours'"),
                   ==, 6);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM behaviours b JOIN frameworks f"
                                              " ON f.id = b.framework_id WHERE f.kind = 'values'"),
                   ==, 5);
  /* Peers' responses do not say who wrote them: the table has no such column. */
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM pragma_table_info"
                                              " ('feedback_responses') WHERE name LIKE '%rater%'"),
                   ==, 0);

  /* One-to-ones with actions still open from an earlier session. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM supervision_actions a JOIN supervisions s"
                              " ON s.id = a.supervision_id WHERE a.status = 'open'"
                              " AND s.locked_at IS NOT NULL"), >, 0);

  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* Agreement items know their case, also when their entry moves to another. */
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items a JOIN"
                                              " timeline_entries e ON e.id = a.entry_id"
                                              " WHERE a.case_id IS NOT e.case_id"), ==, 0);
  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE timeline_entries SET case_id = (SELECT max (id) FROM cases)"
                                    " WHERE id = (SELECT min (entry_id) FROM agreement_items)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items a JOIN"
                                              " timeline_entries e ON e.id = a.entry_id"
                                              " WHERE a.case_id IS NOT e.case_id"), ==, 0);

  /* Items of a deleted entry count for no case, until it is restored. */
  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE timeline_entries SET deleted_at = 1"
                                    " WHERE id = (SELECT min (entry_id) FROM agreement_items)", &error));
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items WHERE"
                                              " entry_id = (SELECT min (entry_id) FROM agreement_items)"
                                              " AND case_id IS NOT NULL"), ==, 0);
  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE timeline_entries SET deleted_at = NULL"
                                    " WHERE id = (SELECT min (entry_id) FROM agreement_items)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items a JOIN"
                                              " timeline_entries e ON e.id = a.entry_id"
                                              " WHERE a.case_id IS NOT e.case_id"), ==, 0);

  /* A second fill is refused and changes nothing. */
  {
    gint64 before = hearth_test_query_int (fixture->store, "SELECT count (*) FROM timeline_entries");

    g_assert_false (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
    g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM timeline_entries"), ==, before);
  }
}

static void
test_scale_sized (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_sample_data_fill_scale_sized (fixture->store, 50, 400, 200, 10000, 7, &error));
  g_assert_no_error (error);

  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM staff"), ==, 50);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM residents"), ==, 400);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM cases"), ==, 200);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM timeline_entries"), ==, 10000);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM timeline_fts"
                                              " WHERE timeline_fts MATCH 'rent'"), >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                              "SELECT count (*) FROM cases c WHERE last_activity_at <"
                              " (SELECT max (occurred_at) FROM timeline_entries e WHERE e.case_id = c.id)"),
                   ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items a JOIN"
                                              " timeline_entries e ON e.id = a.entry_id"
                                              " WHERE a.case_id IS NOT e.case_id"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/sample-data/deterministic", Fixture, NULL, fixture_set_up, test_deterministic,
              fixture_tear_down);
  g_test_add ("/sample-data/coherent", Fixture, NULL, fixture_set_up, test_coherent,
              fixture_tear_down);
  g_test_add ("/sample-data/scale-sized", Fixture, NULL, fixture_set_up, test_scale_sized,
              fixture_tear_down);

  return g_test_run ();
}
