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
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return hearth_test_query_int (fixture->store, sql);
}

/* A digest of every row of every table but the search indexes' own, the
 * audit trail and the database's own random id, in rowid order where the table has rowids and in primary key
 * order where it has not. Each value is hashed with its type, so that NULL,
 * '' and 0 differ. */
static char *
digest (HearthStore *store)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = hearth_store_get_db (store);
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;

  stmt = hearth_store_prepare (store, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                      " AND name NOT LIKE '%\\_fts%' ESCAPE '\\'"
                                      " AND name NOT IN ('audit_log', 'hearth_meta') ORDER BY name",
                               &error);
  g_assert_no_error (error);
  while (hearth_store_step (store, stmt, &has_row, &error) && has_row)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_assert_no_error (error);
  sqlite3_reset (stmt);
  g_assert_cmpuint (tables->len, >, 20);

  for (guint t = 0; t < tables->len; t++)
    {
      /* Table names come from the schema, not from people. */
      g_autofree char *by_rowid = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                                   (char *) tables->pdata[t]);
      g_autofree char *plain = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);
      sqlite3_stmt *rows = NULL;
      guint n_rows = 0;

      /* WITHOUT ROWID tables have no rowid, and scan in primary key order. */
      if (sqlite3_prepare_v2 (db, by_rowid, -1, &rows, NULL) != SQLITE_OK)
        g_assert_cmpint (sqlite3_prepare_v2 (db, plain, -1, &rows, NULL), ==, SQLITE_OK);

      g_checksum_update (checksum, (const guchar *) tables->pdata[t], -1);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          n_rows++;
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              guchar type = (guchar) sqlite3_column_type (rows, c);
              const guchar *text = sqlite3_column_text (rows, c);

              g_checksum_update (checksum, &type, 1);
              if (text != NULL)
                g_checksum_update (checksum, text, sqlite3_column_bytes (rows, c));
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
        }
      g_assert_cmpint (sqlite3_finalize (rows), ==, SQLITE_OK);
      g_checksum_update (checksum, (const guchar *) &n_rows, sizeof n_rows);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

static void
assert_sound (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_assert_cmpint (count (fixture, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  stmt = hearth_store_prepare (fixture->store, "PRAGMA integrity_check", &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_step (fixture->store, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_reset (stmt);

  /* The timeline's word index, which holds no text, has a row for every
   * entry not deleted, under its case, and none for anything else. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_words_fts"), ==,
                   count (fixture, "SELECT count (*) FROM timeline_entries WHERE deleted_at IS NULL"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_words_fts w"
                                   " LEFT JOIN timeline_entries e ON e.id = (w.rowid & 0xffffffff)"
                                   " WHERE e.id IS NULL OR e.deleted_at IS NOT NULL"
                                   "    OR ifnull (e.case_id, 0) <> (w.rowid >> 32)"), ==, 0);

  /* The search indexes hold what their tables hold. */
  g_assert_true (hearth_store_exec (fixture->store,
                                    "INSERT INTO timeline_words_fts (timeline_words_fts) VALUES ('integrity-check');"
                                    "INSERT INTO residents_fts (residents_fts, rank) VALUES ('integrity-check', 1);"
                                    "INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)",
                                    &error));
  g_assert_no_error (error);
}

/* What holds for every case, in both kinds of sample data. */
static void
assert_cases_coherent (Fixture *fixture)
{
  /* Every case opens with its first entry, at the time it opened. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM timeline_entries e"
                          " WHERE e.case_id = c.id AND e.kind = 'case-opened' AND e.occurred_at = c.opened_at)"),
                   ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM timeline_entries e JOIN cases c ON c.id = e.case_id"
                          " WHERE e.occurred_at < c.opened_at"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM timeline_entries WHERE kind = 'case-opened'"), ==,
                   count (fixture, "SELECT count (*) FROM cases"));

  /* Closed cases have an outcome and end with their closing entry. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM cases c WHERE status = 'closed' AND (outcome_id IS NULL"
                          " OR closed_at IS NULL OR NOT EXISTS (SELECT 1 FROM timeline_entries e"
                          "  WHERE e.case_id = c.id AND e.kind = 'case-closed' AND e.occurred_at = c.closed_at)"
                          " OR closed_at < (SELECT max (occurred_at) FROM timeline_entries e"
                          "  WHERE e.case_id = c.id))"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM cases c WHERE status = 'open' AND (outcome_id IS NOT NULL"
                          " OR EXISTS (SELECT 1 FROM timeline_entries e"
                          "  WHERE e.case_id = c.id AND e.kind = 'case-closed'))"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM cases WHERE status = 'closed'"), >, 0);

  /* The last activity is the newest entry, and nothing happened in the future. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM cases c WHERE last_activity_at IS NOT"
                          " (SELECT max (occurred_at) FROM timeline_entries e WHERE e.case_id = c.id)"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE occurred_at > hearth_now ()"),
                   ==, 0);

  /* Every case has a resident and a lead; some have two residents. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM cases c WHERE lead_id IS NULL OR NOT EXISTS"
                          " (SELECT 1 FROM case_residents r WHERE r.case_id = c.id)"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM (SELECT case_id FROM case_residents GROUP BY case_id"
                          " HAVING count (*) = 2)"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM case_workers"), >, 0);

  /* Money is whole pence where the kind needs it. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM timeline_entries WHERE kind IN ('spend', 'money-outcome')"
                          " AND (amount_pence IS NULL OR typeof (amount_pence) <> 'integer')"), ==, 0);

  /* Agreement items follow their entry's case, and each was due after it was agreed. */
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM agreement_items a JOIN timeline_entries e ON e.id = a.entry_id"
                          " WHERE a.case_id IS NOT e.case_id OR e.kind <> 'agreement'"
                          " OR a.due_on < date (e.occurred_at, 'unixepoch')"), ==, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM agreement_items WHERE status = 'open'"
                          " AND due_on < date (hearth_now (), 'unixepoch')"), >, 0);
  g_assert_cmpint (count (fixture,
                          "SELECT count (*) FROM agreement_items WHERE (status = 'done') <> (done_at IS NOT NULL)"),
                   ==, 0);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) other = new_store (fixture->dir, "b.db");
  g_autoptr(HearthStore) third = new_store (fixture->dir, "c.db");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_sample_data_fill (other, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);

  a = digest (fixture->store);
  b = digest (other);
  g_assert_cmpstr (a, ==, b);

  /* The digest sees a difference: another clock gives other dates. */
  hearth_store_set_clock (third, NOW + 24 * 60 * 60);
  g_assert_true (hearth_sample_data_fill (third, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);
  c = digest (third);
  g_assert_cmpstr (a, !=, c);

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&third));
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
  static const char *const outcomes[] = {
    "Living a better life", "On a longer journey", "Did not engage",
  };

  g_assert_true (hearth_sample_data_is_empty (fixture->store, &empty, &error));
  g_assert_no_error (error);
  g_assert_true (empty);
  hearth_store_set_actor (fixture->store, 0);
  g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_sample_data_is_empty (fixture->store, &empty, &error));
  g_assert_false (empty);
  /* The team is written as each colleague wrote it; the store's own clock
   * and actor are as they were. */
  g_assert_cmpint (hearth_store_get_clock (fixture->store), ==, NOW);
  g_assert_cmpint (hearth_store_get_actor (fixture->store), ==, 0);

  assert_sound (fixture);
  assert_cases_coherent (fixture);

  /* A team of about fourteen, two of whom supervise, three ambassadors. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM staff"), ==, 14);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT supervisor_id) FROM staff"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM staff WHERE supervisor_id IS NULL"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM staff WHERE is_ambassador = 1"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT team) FROM staff"), ==, 4);

  /* About 36 residents with their own words; some the team has not opened a case for. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents"), ==, 36);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents WHERE what_matters = '' OR strengths = ''"
                                   " OR good_life = '' OR together = '' OR pronouns = '' OR tenancy_ref = ''"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents WHERE preferred_name <> ''"), >, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents r WHERE NOT EXISTS"
                                   " (SELECT 1 FROM case_residents c WHERE c.resident_id = r.id)"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT need_id) FROM resident_access_needs"), >=, 7);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents WHERE tenancy_ref NOT GLOB 'ISL-[0-9][0-9][0-9][0-9][0-9]'"),
                   ==, 0);

  /* About thirty cases, each with a living timeline of 4 to 25 entries
   * within the last eight months. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM cases"), ==, 30);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM (SELECT case_id, count (*) AS n FROM timeline_entries"
                                   " WHERE case_id IS NOT NULL GROUP BY case_id HAVING n < 4 OR n > 25)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM (SELECT case_id, count (*) AS n FROM timeline_entries"
                                   " WHERE case_id IS NOT NULL GROUP BY case_id HAVING n >= 12)"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries"
                                   " WHERE occurred_at < hearth_now () - 245 * 86400"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries"
                                   " WHERE occurred_at < hearth_now () - 200 * 86400"), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM timeline_entries"
                                              " WHERE kind = '%s'", kinds[i]);
      g_test_message ("kind %s", kinds[i]);
      g_assert_cmpint (count (fixture, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM cases c JOIN outcomes o"
                                              " ON o.id = c.outcome_id WHERE o.name = '%s'", outcomes[i]);
      g_assert_cmpint (count (fixture, sql), >, 0);
    }

  /* The stories of the background: a fall-prevention visit with tea, the
   * team budget, expertise brought in, money resolved and gained. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'home-visit'"
                                   " AND body LIKE '%cup of tea%'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'spend'"
                                   " AND amount_pence IN (320, 28900)"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'spend'"
                                   " AND spend_for LIKE '%bus pass%'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'expertise'"
                                   " AND (expert_name = '' OR expert_from = '')"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE expert_from LIKE 'Citizens Advice%'"),
                   >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE summary LIKE '%referr%'"
                                   " OR body LIKE '%referr%'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'money-outcome'"
                                   " AND money_kind = 'debt-resolved'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE kind = 'money-outcome'"
                                   " AND money_kind = 'income-gained'"), >, 0);

  /* Notes from before a case existed. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id IS NULL"
                                   " AND resident_id IS NOT NULL"), >=, 2);

  /* One entry was edited: its earlier words are kept. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entry_versions v JOIN timeline_entries e"
                                   " ON e.id = v.entry_id WHERE v.version = 1 AND e.version = 2"
                                   " AND v.summary <> e.summary AND e.updated_at > e.created_at"), ==, 1);

  /* Agreements: done, open and due soon, overdue, and one dropped with a reason. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items WHERE status = 'done'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items WHERE status = 'open'"
                                   " AND due_on BETWEEN date (hearth_now (), 'unixepoch')"
                                   " AND date (hearth_now (), 'unixepoch', '+7 days')"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items WHERE status = 'dropped'"
                                   " AND dropped_reason <> ''"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items WHERE owner_kind = 'resident'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items WHERE owner_kind = 'staff'"
                                   " AND owner_staff_id IS NULL"), ==, 0);

  /* Only one case matches "cooker", as the window's search test expects. */
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT rowid >> 32) FROM timeline_words_fts"
                                   " WHERE timeline_words_fts MATCH 'cooker'"), ==, 1);

  /* Stop Shop: every status and category, weight from a second raising,
   * a stalled barrier, one removed lately. */
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM barriers WHERE status = '%s'",
                                              statuses[i]);
      g_assert_cmpint (count (fixture, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM barriers WHERE category = '%s'",
                                              categories[i]);
      g_assert_cmpint (count (fixture, sql), >, 0);
    }
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM stopshop_sessions"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM stopshop_sessions WHERE phase = 'closed'"
                                   " AND closed_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers b WHERE weight = 2 AND"
                                   " (SELECT count (*) FROM stopshop_session_barriers s WHERE s.barrier_id = b.id"
                                   "  AND s.raised_here = 1) = 2"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers WHERE weight <>"
                                   " (SELECT count (*) FROM stopshop_session_barriers s WHERE s.barrier_id = barriers.id"
                                   "  AND s.raised_here = 1)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers WHERE status NOT IN ('removed', 'parked')"
                                   " AND last_update_at < hearth_now () - 6 * 7 * 86400"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers WHERE status = 'removed'"
                                   " AND removed_at > hearth_now () - 30 * 86400"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers WHERE status = 'parked' AND parked_reason = ''"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers b WHERE last_update_at <>"
                                   " (SELECT max (at) FROM barrier_updates u WHERE u.barrier_id = b.id)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers WHERE (status = 'raised') <> (owner_id IS NULL)"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT sum (votes) FROM stopshop_session_barriers"), >, 0);

  /* Both frameworks, each behaviour with three descriptors, on five points. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM behaviours b JOIN frameworks f"
                                   " ON f.id = b.framework_id WHERE f.kind = 'behaviours'"), ==, 6);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM behaviours b JOIN frameworks f"
                                   " ON f.id = b.framework_id WHERE f.kind = 'values'"), ==, 5);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM behaviours b WHERE (SELECT count (*) FROM descriptors d"
                                   " WHERE d.behaviour_id = b.id) <> 3"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM scale_points"), ==, 10);

  /* Cycles: an open one with raters in every status, a closed one with
   * every response in, and one for development only, without ratings. */
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT r.status) FROM feedback_raters r JOIN feedback_cycles c"
                                   " ON c.id = r.cycle_id WHERE c.development_only = 0"
                                   " AND c.closes_on >= date (hearth_now (), 'unixepoch')"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM feedback_cycles c WHERE closes_on < date (hearth_now (),"
                                   " 'unixepoch') AND (SELECT count (*) FROM feedback_responses r"
                                   " WHERE r.cycle_id = c.id) = (SELECT count (*) FROM feedback_raters r"
                                   " WHERE r.cycle_id = c.id) AND (SELECT count (*) FROM feedback_raters r"
                                   " WHERE r.cycle_id = c.id AND r.relationship = 'peer') >= 3"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM feedback_ratings g JOIN feedback_responses r"
                                   " ON r.id = g.response_id JOIN feedback_cycles c ON c.id = r.cycle_id"
                                   " WHERE c.development_only = 1 AND g.rating IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM feedback_cycles WHERE development_only = 1"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM feedback_responses WHERE keep_doing = '' OR try_doing = ''"),
                   ==, 0);
  /* Peers' responses do not say who wrote them: the table has no such column. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM pragma_table_info ('feedback_responses')"
                                   " WHERE name LIKE '%rater%' OR name LIKE '%staff%'"), ==, 0);

  /* One-to-ones every four weeks with the supervisor, and once late,
   * some locked with an addendum, actions carried over, done and one
   * dropped. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions s JOIN staff t ON t.id = s.staff_id"
                                   " WHERE t.supervisor_id IS NOT s.supervisor_id"), ==, 0);
#define GAPS "SELECT count (*) FROM supervisions a JOIN supervisions b" \
             " ON b.staff_id = a.staff_id AND b.held_on > a.held_on AND NOT EXISTS" \
             " (SELECT 1 FROM supervisions m WHERE m.staff_id = a.staff_id" \
             "  AND m.held_on > a.held_on AND m.held_on < b.held_on)" \
             " WHERE julianday (b.held_on) - julianday (a.held_on) "
  g_assert_cmpint (count (fixture, GAPS "< 28"), ==, 0);
  g_assert_cmpint (count (fixture, GAPS "> 28"), ==, 1);
  g_assert_cmpint (count (fixture, GAPS "> 28 + 14"), ==, 1);
  g_assert_cmpint (count (fixture, GAPS "= 28"), >, 1);
#undef GAPS
  /* Someone's one-to-ones span half a year, and how they were moves: down
   * to finding it hard and back. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM (SELECT staff_id FROM supervisions"
                                   " GROUP BY staff_id HAVING count (*) BETWEEN 5 AND 6 AND"
                                   " julianday (max (held_on)) - julianday (min (held_on)) >= 150)"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions d WHERE d.wellbeing = 2"
                                   " AND EXISTS (SELECT 1 FROM supervisions b WHERE b.staff_id = d.staff_id"
                                   "  AND b.held_on < d.held_on AND b.wellbeing >= 4)"
                                   " AND EXISTS (SELECT 1 FROM supervisions a WHERE a.staff_id = d.staff_id"
                                   "  AND a.held_on > d.held_on AND a.wellbeing >= 4)"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions WHERE locked_at IS NOT NULL AND"
                                   " (agreed_by_staff_at IS NULL OR agreed_by_supervisor_at IS NULL)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_addenda a JOIN supervisions s"
                                   " ON s.id = a.supervision_id WHERE s.locked_at IS NOT NULL"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_addenda a JOIN supervisions s"
                                   " ON s.id = a.supervision_id WHERE s.locked_at IS NULL"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions WHERE wellbeing IS NULL OR wellbeing_note = ''"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions WHERE reflection_case_id IS NOT NULL"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions a JOIN supervisions s"
                                   " ON s.id = a.supervision_id WHERE a.status = 'open'"
                                   " AND s.locked_at IS NOT NULL"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions WHERE status = 'done'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions WHERE status = 'dropped'"
                                   " AND dropped_reason <> ''"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions a JOIN supervisions s"
                                   " ON s.id = a.supervision_id WHERE a.status = 'dropped'"
                                   " AND a.dropped_at > a.created_at AND a.dropped_at = a.updated_at"
                                   " AND date (a.dropped_at, 'unixepoch') > s.held_on"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions WHERE"
                                   " (status = 'dropped') <> (dropped_at IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM practice_examples WHERE kind = 'celebrate'"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM practice_examples WHERE kind = 'escalate'"), ==, 1);
  /* The one escalated says to whom and what came of it, and was raised in
   * a one-to-one of the same person, on or after the day it happened. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM practice_examples x JOIN supervisions s"
                                   " ON s.id = x.supervision_id AND s.staff_id = x.staff_id"
                                   " WHERE x.kind = 'escalate' AND x.escalated_to <> ''"
                                   " AND x.outcome <> '' AND s.held_on >= x.happened_on"), ==, 1);
  /* Someone with one-to-ones has a released 360° report, and the
   * one-to-ones held after it name it. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM feedback_cycles f"
                                   " WHERE f.released_at IS NOT NULL AND EXISTS (SELECT 1 FROM"
                                   " supervisions s WHERE s.staff_id = f.subject_id"
                                   " AND s.feedback_cycle_id = f.id)"), >, 0);

  /* Who wrote what: rows people write name an author and a time. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE author_id IS NULL"
                                   " OR created_by IS NULL OR created_at <> occurred_at"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM cases WHERE created_by IS NULL"
                                   " OR created_at <> opened_at OR updated_at < created_at"), ==, 0);
  /* The team's changes are announced, and so are in the audit trail. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM audit_log WHERE table_name = 'timeline_entries'"
                                   " AND action = 'insert'"), ==,
                   count (fixture, "SELECT count (*) FROM timeline_entries"));
  /* Written through the model as a person would write them: each audit row
   * names who wrote the row and when, as the row itself does. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries e WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'timeline_entries'"
                                   "  AND a.row_id = e.id AND a.action = 'insert'"
                                   "  AND a.staff_id = e.created_by AND a.at = e.created_at)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents r WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'residents'"
                                   "  AND a.row_id = r.id AND a.action = 'insert'"
                                   "  AND a.staff_id = r.created_by AND a.at = r.created_at)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM cases c WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'cases'"
                                   "  AND a.row_id = c.id AND a.action = 'insert' AND a.at = c.opened_at)"
                                   " OR (status = 'closed' AND NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'cases'"
                                   "  AND a.row_id = c.id AND a.action = 'update' AND a.at = c.closed_at))"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items i WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'agreement_items'"
                                   "  AND a.row_id = i.id AND a.action = 'insert' AND a.at = i.created_at)"
                                   " OR (status = 'done' AND NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'agreement_items'"
                                   "  AND a.row_id = i.id AND a.action = 'update' AND a.at = i.done_at))"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM staff s WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'staff'"
                                   "  AND a.row_id = s.id AND a.action = 'insert')"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barrier_updates u WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'barrier_updates'"
                                   "  AND a.row_id = u.id AND a.action = 'insert'"
                                   "  AND a.staff_id IS u.author_id AND a.at = u.at)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervisions s WHERE NOT EXISTS"
                                   " (SELECT 1 FROM audit_log a WHERE a.table_name = 'supervisions'"
                                   "  AND a.row_id = s.id AND a.action = 'insert'"
                                   "  AND a.staff_id = s.created_by AND a.at = s.created_at)"), ==, 0);
  /* Feedback responses are audited without anyone's name, row or time of day. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM audit_log WHERE table_name = 'feedback_responses'"
                                   " AND row_id = 0 AND staff_id IS NULL AND at % 86400 = 0"), ==,
                   count (fixture, "SELECT count (*) FROM feedback_responses"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM audit_log WHERE table_name = 'feedback_responses'"
                                   " AND (row_id <> 0 OR staff_id IS NOT NULL)"), ==, 0);
  /* The entry corrected after it was written keeps its first words. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entry_versions v"
                                   " JOIN timeline_entries e ON e.id = v.entry_id"
                                   " WHERE v.version = 1 AND e.version = 2 AND v.summary <> e.summary"
                                   " AND v.written_by = e.author_id"), ==, 1);
  /* Every team on the list holds a budget for today, and for each quarter
   * back to a year ago, none overlapping another of its own. */
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT team) FROM staff WHERE team <> ''"
                                   " AND team NOT IN (SELECT b.team FROM budgets b"
                                   "  WHERE b.starts_on <= date (hearth_now (), 'unixepoch', 'localtime')"
                                   "    AND b.ends_on >= date (hearth_now (), 'unixepoch', 'localtime'))"),
                   ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM budgets b WHERE b.starts_on <="
                                   " date (hearth_now (), 'unixepoch', 'localtime', '-1 year')"), >, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM budgets a JOIN budgets b"
                                   " ON a.team = b.team AND a.id < b.id"
                                   " AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on"), ==, 0);
}

/* A database that holds anybody already is left alone, whole. */
static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char *const seeds[] = {
    "INSERT INTO staff (name) VALUES ('Someone already here')",
    "INSERT INTO residents (name) VALUES ('Someone already here')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("seeded-%u.db", i);
      g_autoptr(HearthStore) store = new_store (fixture->dir, name);
      gboolean empty = TRUE;
      gint64 before;

      g_assert_true (hearth_store_exec (store, seeds[i], &error));
      g_assert_no_error (error);
      g_assert_true (hearth_sample_data_is_empty (store, &empty, &error));
      g_assert_false (empty);
      before = hearth_test_query_int (store, "SELECT total_changes ()");

      g_assert_false (hearth_sample_data_fill (store, HEARTH_SAMPLE_TEAM, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
      g_clear_error (&error);
      g_assert_false (hearth_sample_data_fill_scale_sized (store, 5, 10, 5, 40, 1, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);

      g_assert_cmpint (hearth_test_query_int (store, "SELECT total_changes ()"), ==, before);
      g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM staff") +
                       hearth_test_query_int (store, "SELECT count (*) FROM residents"), ==, 1);
      g_assert_finalize_object (g_steal_pointer (&store));
    }

  /* And a second fill of a filled database changes nothing. */
  {
    g_autoptr(GError) error = NULL;
    gint64 before;

    g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
    g_assert_no_error (error);
    before = count (fixture, "SELECT count (*) FROM timeline_entries");
    g_assert_false (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
    g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries"), ==, before);
  }
}

static void
progress_cb (const char *stage,
             double      fraction,
             gpointer    user_data)
{
  GArray *fractions = user_data;

  g_assert_nonnull (stage);
  g_array_append_val (fractions, fraction);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));

  g_assert_true (hearth_sample_data_fill_full (fixture->store, HEARTH_SAMPLE_TEAM, 99, progress_cb,
                                               fractions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 3);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_scale_sized (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) other = new_store (fixture->dir, "b.db");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (hearth_sample_data_fill_scale_sized (fixture->store, 50, 400, 200, 10000, 7, &error));
  g_assert_no_error (error);

  assert_sound (fixture);
  assert_cases_coherent (fixture);

  g_assert_cmpint (count (fixture, "SELECT count (*) FROM staff"), ==, 50);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM residents"), ==, 400);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM cases"), ==, 200);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries"), ==, 10000);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id IS NULL"), ==, 0);

  /* The long case holds a quarter of the entries (10,000 at full scale);
   * the others spread round the average, every one with at least three. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries e JOIN cases c ON c.id = e.case_id"
                                   " WHERE c.title = 'Scale: the long case'"), ==, 2500);
  g_assert_cmpint (count (fixture, "SELECT min (n) FROM (SELECT count (*) AS n FROM timeline_entries"
                                   " GROUP BY case_id)"), >=, 3);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT n) FROM (SELECT count (*) AS n FROM timeline_entries"
                                   " GROUP BY case_id)"), >, 10);

  /* Common words in many rows, rare ones in few. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_words_fts WHERE timeline_words_fts MATCH 'housing'"),
                   >, 1000);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_words_fts WHERE timeline_words_fts MATCH 'zither'"),
                   <, 100);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM agreement_items"), ==,
                   count (fixture, "SELECT count (*) FROM agreement_items a JOIN timeline_entries e"
                                   " ON e.id = a.entry_id WHERE e.kind = 'agreement'"));
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM timeline_entries e WHERE kind = 'agreement'"
                                   " AND NOT EXISTS (SELECT 1 FROM agreement_items a WHERE a.entry_id = e.id)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM frameworks"), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM barriers"), ==, 15);
  g_assert_cmpint (count (fixture, "SELECT count (DISTINCT status) FROM barriers"), ==, 6);

  /* The scale goes through the audit trail once per table, not row by row. */
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM audit_log WHERE row_id <> 0"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM audit_log"), ==,
                   count (fixture, "SELECT count (DISTINCT table_name) FROM audit_log"));

  /* The same seed gives the same database here too. */
  g_assert_true (hearth_sample_data_fill_scale_sized (other, 50, 400, 200, 10000, 7, &error));
  g_assert_no_error (error);
  a = digest (fixture->store);
  b = digest (other);
  g_assert_cmpstr (a, ==, b);
  g_assert_finalize_object (g_steal_pointer (&other));
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
  g_test_add ("/sample-data/refuses-non-empty", Fixture, NULL, fixture_set_up, test_refuses_non_empty,
              fixture_tear_down);
  g_test_add ("/sample-data/progress", Fixture, NULL, fixture_set_up, test_progress,
              fixture_tear_down);
  g_test_add ("/sample-data/scale-sized", Fixture, NULL, fixture_set_up, test_scale_sized,
              fixture_tear_down);

  return g_test_run ();
}
