/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A resident's rights over their data: erasure counts what will go, then
 * leaves not a byte of the resident's words in the database file, its log
 * or the full-text indexes, while a case they shared keeps the other
 * resident's story without their name; erasures that are refused write
 * nothing. The subject access export holds every piece of the resident's
 * data and none of another resident's. Closed cases past the team's
 * period are listed for review, kept with a reason or erased as
 * thoroughly. The audit trail records reads once in a while and tells who
 * did what to a resident's record without a word of it.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "hearth-audit-csv.h"
#include "hearth-audit-trail.h"
#include "hearth-backups.h"
#include "hearth-resident-erasure.h"
#include "hearth-resident-notes.h"
#include "hearth-resident.h"
#include "hearth-retention.h"
#include "hearth-resident-export.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

/* In every piece of Zebedee's data, and nowhere else. The tokenizer of the
 * full-text index keeps "7f3a9c" as a word of its own. */
#define MARKER "7f3a9c"
#define ERASED "[a resident who asked to be erased]"

enum { ZEBEDEE = 1, OONA = 2 };
enum { SOLE_CASE = 1, JOINT_CASE = 2, OONA_CASE = 3 };

typedef struct {
  char        *dir;
  char        *path;
  HearthStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (fixture->store, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak');"
    "INSERT INTO residents (id, name, preferred_name, pronouns, address, what_matters) VALUES"
    "  (1, 'Zebedee-7f3a9c Pryce', 'Zebbie-7f3a9c', 'he/him', 'Flat 7f3a9c, Long Row',"
    "   'Keeping the allotment 7f3a9c'),"
    "  (2, 'Oona Pryce', '', 'she/her', '', 'My garden b21e04');"
    "INSERT INTO resident_access_needs (resident_id, need_id) VALUES (1, 2), (2, 3);"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at) VALUES"
    "  (1, 'Warm home for Zebedee-7f3a9c', 1, 1795000000, 1795000000),"
    "  (2, 'The Pryce household', 1, 1795000000, 1795000000),"
    "  (3, 'Oona on her own', 2, 1795000000, 1795000000);"
    "INSERT INTO case_residents (case_id, resident_id, position) VALUES"
    "  (1, 1, 0), (2, 1, 0), (2, 2, 1), (3, 2, 0);"
    "INSERT INTO case_workers (case_id, staff_id) VALUES (1, 1), (2, 1), (3, 2);"
    "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at, author_id,"
    "  summary, body, amount_pence, spend_for, money_kind) VALUES"
    "  (1, 1, NULL, 'conversation', 1795100000, 1, 'Talked with Zebedee-7f3a9c',"
    "   'Sole case words 7f3a9c', NULL, '', NULL),"
    "  (2, 1, NULL, 'spend', 1795100100, 1, 'A cooker', '', 2000, 'Cooker 7f3a9c', NULL),"
    "  (3, 1, NULL, 'money-outcome', 1795100200, 1, 'Debt written off', '', 5000, '',"
    "   'debt-resolved'),"
    "  (4, 1, NULL, 'agreement', 1795100300, 1, 'What we agreed', '', NULL, '', NULL),"
    "  (5, 2, NULL, 'home-visit', 1795100400, 1, 'Home visit',"
    "   'Zebedee-7f3a9c Pryce and Oona Pryce talked about the damp; Zebbie-7f3a9c made tea',"
    "   NULL, '', NULL),"
    "  (6, 2, 1, 'note', 1795100500, 1, 'About Zebedee-7f3a9c alone', 'His own 7f3a9c',"
    "   NULL, '', NULL),"
    "  (7, 2, 2, 'note', 1795100600, 2, 'Oona''s own story', 'Oona kept her job b21e04',"
    "   NULL, '', NULL),"
    "  (8, NULL, 1, 'phone-call', 1795100700, 2, 'Called before a case 7f3a9c', '',"
    "   NULL, '', NULL),"
    "  (9, 3, NULL, 'note', 1795100800, 2, 'Oona alone', 'Her allotment b21e04', NULL, '', NULL),"
    "  (10, 2, NULL, 'agreement', 1795100900, 1, 'What we agreed together', '', NULL, '',"
    "   NULL);"
    "INSERT INTO timeline_entry_versions (entry_id, version, occurred_at, summary, body,"
    "  written_at, written_by) VALUES"
    "  (5, 1, 1795100400, 'Home visit', 'First draft: Zebedee-7f3a9c was out', 1795100400, 1),"
    "  (6, 1, 1795100500, 'About him', 'First draft 7f3a9c', 1795100500, 1);"
    "INSERT INTO agreement_items (entry_id, position, text, owner_kind) VALUES"
    "  (4, 0, 'Zebedee-7f3a9c phones the council', 'resident'),"
    "  (4, 1, 'Priya finds a cooker', 'staff'),"
    "  (10, 0, 'zebedee-7f3a9c brings the letter', 'resident'),"
    "  (10, 1, 'Oona brings the rent book', 'resident');"
    "INSERT INTO practice_examples (id, staff_id, kind, happened_on, case_id, text) VALUES"
    "  (1, 1, 'celebrate', '2026-11-20', 1, 'Priya found Zebedee-7f3a9c a cooker in a day');",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Whether @needle is anywhere in the bytes of the file at @path (a file
 * that is not there holds nothing). */
static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

/* Whether a backup Hearth made of the database holds @needle. */
static gboolean
backups_hold (Fixture    *fixture,
              const char *needle)
{
  g_autoptr(GPtrArray) backups = hearth_backups_list (fixture->store);

  for (guint i = 0; i < backups->len; i++)
    if (file_holds (g_ptr_array_index (backups, i), needle))
      return TRUE;
  return FALSE;
}

/* Whether the database file, its log, a rollback journal or a backup
 * holds @needle. */
static gboolean
files_hold (Fixture    *fixture,
            const char *needle)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);

  return file_holds (fixture->path, needle) || file_holds (wal, needle) ||
         file_holds (journal, needle) || backups_hold (fixture, needle);
}

static gint64
fts_count (Fixture    *fixture,
           const char *table,
           const char *word)
{
  return hearth_test_query_intf (fixture->store,
                                 "SELECT count (*) FROM %s WHERE %s MATCH '\"%s\"'",
                                 table, table, word);
}

static void
test_erasure_counts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthErasureCounts counts;

  g_assert_true (hearth_resident_erasure_count (fixture->store, ZEBEDEE, &counts, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (counts.cases, ==, 1);
  g_assert_cmpuint (counts.shared_cases, ==, 1);
  /* The sole case's four, the note on the joint case, the call before a case. */
  g_assert_cmpuint (counts.entries, ==, 6);
  g_assert_cmpuint (counts.agreements, ==, 2);
  g_assert_cmpuint (counts.spends, ==, 1);
  g_assert_cmpuint (counts.money_outcomes, ==, 1);
  /* Name, preferred name, pronouns, address, what matters, one access need. */
  g_assert_cmpuint (counts.profile_fields, ==, 6);
  /* The home visit names him. */
  g_assert_cmpuint (counts.renamed, ==, 1);

  /* Counting wrote nothing. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entries"
                                          " WHERE body LIKE '%" ERASED "%'"), ==, 0);

  g_assert_true (hearth_resident_erasure_count (fixture->store, OONA, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.cases, ==, 1);
  g_assert_cmpuint (counts.shared_cases, ==, 1);
  g_assert_cmpuint (counts.entries, ==, 2);
  g_assert_cmpuint (counts.agreements, ==, 0);
  g_assert_cmpuint (counts.profile_fields, ==, 4);
  /* "Pryce" is Zebedee's name too, so only "Oona" goes: the home visit
   * and the agreement entry's item (the entry itself does not name her). */
  g_assert_cmpuint (counts.renamed, ==, 1);

  g_assert_false (hearth_resident_erasure_count (fixture->store, 999, &counts, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

static void
test_erasure_leaves_no_trace (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *version = NULL;
  g_autofree char *item = NULL;
  g_autofree char *title = NULL;
  g_autofree char *oona = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *example = NULL;

  /* The search finds the marker before, so its absence after means
   * something: write enough to spread the rows over pages of the log. A
   * backup made before holds it too. */
  {
    g_autofree char *backup = hearth_backups_make (fixture->store, &error);

    g_assert_no_error (error);
    g_assert_true (file_holds (backup, MARKER));
  }
  g_assert_true (files_hold (fixture, MARKER));
  g_assert_true (files_hold (fixture, "Zebedee"));
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", MARKER), >, 0);
  g_assert_cmpint (fts_count (fixture, "residents_fts", MARKER), >, 0);
  g_assert_cmpint (fts_count (fixture, "cases_fts", MARKER), >, 0);

  g_assert_true (hearth_resident_erase (fixture->store, ZEBEDEE, &error));
  g_assert_no_error (error);

  /* Not a byte of it in the file, the log or a journal. */
  g_assert_false (files_hold (fixture, MARKER));
  g_assert_false (files_hold (fixture, "Zebedee"));
  g_assert_false (files_hold (fixture, "zebedee"));
  g_assert_false (files_hold (fixture, "Zebbie"));
  g_assert_false (files_hold (fixture, "allotment 7f3a9c"));
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", MARKER), ==, 0);
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", "zebedee"), ==, 0);
  g_assert_cmpint (fts_count (fixture, "residents_fts", MARKER), ==, 0);
  g_assert_cmpint (fts_count (fixture, "cases_fts", MARKER), ==, 0);

  /* He and everything only he was in are gone. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM residents WHERE id = 1"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM cases WHERE id = 1"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entries"
                                          " WHERE id IN (1, 2, 3, 4, 6, 8)"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM resident_access_needs"
                                          " WHERE resident_id = 1"), ==, 0);

  /* The joint case keeps Oona's story, without his name: the rest of each
   * text is as it was, and her name, which shares his surname, stays. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT group_concat (resident_id) FROM case_residents"
                                          " WHERE case_id = 2"), ==, OONA);
  body = hearth_test_query_text (fixture->store, "SELECT body FROM timeline_entries WHERE id = 5");
  g_assert_cmpstr (body, ==,
                   ERASED " and Oona Pryce talked about the damp; " ERASED " made tea");
  version = hearth_test_query_text (fixture->store,
                                    "SELECT body FROM timeline_entry_versions WHERE entry_id = 5");
  g_assert_cmpstr (version, ==, "First draft: " ERASED " was out");
  item = hearth_test_query_text (fixture->store,
                                 "SELECT group_concat (text, '|') FROM agreement_items"
                                 " WHERE entry_id = 10 ORDER BY position");
  g_assert_cmpstr (item, ==, ERASED " brings the letter|Oona brings the rent book");
  oona = hearth_test_query_text (fixture->store,
                                 "SELECT summary || ': ' || body FROM timeline_entries WHERE id = 7");
  g_assert_cmpstr (oona, ==, "Oona's own story: Oona kept her job b21e04");
  /* The example of practice raised about his own case stays Priya's, without him. */
  example = hearth_test_query_text (fixture->store,
                                    "SELECT coalesce (case_id, 0) || ': ' || text"
                                    " FROM practice_examples WHERE id = 1");
  g_assert_cmpstr (example, ==, "0: Priya found " ERASED " a cooker in a day");
  title = hearth_test_query_text (fixture->store, "SELECT title FROM cases WHERE id = 2");
  g_assert_cmpstr (title, ==, "The Pryce household");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entries"
                                          " WHERE case_id = 3"), ==, 1);
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", "damp"), ==, 1);
  g_assert_cmpint (fts_count (fixture, "residents_fts", "Oona"), ==, 1);

  /* Who erased and when is recorded, as row ids without a word of text. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM audit_log WHERE staff_id = 1"
                                          " AND table_name = 'residents' AND row_id = 1"
                                          " AND action = 'delete'"), ==, 1);

  integrity = hearth_test_query_text (fixture->store, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
}

static void
test_erasure_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) reader = NULL;
  gint64 audit = hearth_test_query_int (fixture->store, "SELECT count (*) FROM audit_log");
  gint64 changes = sqlite3_total_changes64 (hearth_store_get_db (fixture->store));

  g_assert_false (hearth_resident_erase (fixture->store, 999, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_total_changes64 (hearth_store_get_db (fixture->store)), ==, changes);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM audit_log"), ==,
                   audit);

  reader = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_resident_erase (reader, ZEBEDEE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM residents WHERE id = 1"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entries"), ==, 10);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM audit_log"), ==,
                   audit);
}

/* A one-to-one that reflected on his cases and a feedback rater who is
 * him lose his name; a one-to-one's link to his own case goes with it. */
static void
test_erasure_one_to_ones (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *locked = NULL;
  g_autofree char *open = NULL;
  g_autofree char *raters = NULL;
  HearthErasureCounts counts;

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO supervisions (id, supervisor_id, staff_id, held_on, reflection, going_well,"
    "  locked_at) VALUES"
    "  (1, 2, 1, '2026-11-01', 'How Zebedee-7f3a9c Pryce and Oona coped', 'Oona smiled', 1795200000),"
    "  (2, 2, 1, '2026-11-15', 'Zebbie-7f3a9c on his own', '', NULL),"
    "  (3, 2, 1, '2026-11-16', 'Nothing about anyone', '', NULL);"
    "INSERT INTO supervision_case_links (id, supervision_id, case_id) VALUES"
    "  (1, 1, 2), (2, 2, 1), (3, 3, 3);"
    "INSERT INTO feedback_cycles (id, subject_id, framework_id, opens_on, closes_on)"
    "  VALUES (1, 1, (SELECT min (id) FROM frameworks), '2026-11-01', '2026-11-30');"
    "INSERT INTO feedback_raters (id, cycle_id, name, relationship) VALUES"
    "  (1, 1, 'Zebedee-7f3a9c Pryce', 'resident'), (2, 1, 'Oona Pryce', 'resident'),"
    "  (3, 1, 'Tomasz Nowak', 'peer'), (4, 1, ' zebbie-7f3a9c ', 'resident');",
    &error));
  g_assert_no_error (error);

  g_assert_true (hearth_resident_erasure_count (fixture->store, ZEBEDEE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.links, ==, 1);
  g_assert_cmpuint (counts.one_to_ones, ==, 2);
  g_assert_cmpuint (counts.raters, ==, 2);

  g_assert_true (hearth_resident_erase (fixture->store, ZEBEDEE, &error));
  g_assert_no_error (error);

  /* The locked record changes only where it named him. */
  locked = hearth_test_query_text (fixture->store,
                                   "SELECT reflection || '|' || going_well || '|' ||"
                                   " (locked_at IS NOT NULL) FROM supervisions WHERE id = 1");
  g_assert_cmpstr (locked, ==, "How " ERASED " and Oona coped|Oona smiled|1");
  open = hearth_test_query_text (fixture->store,
                                 "SELECT reflection FROM supervisions WHERE id = 2");
  g_assert_cmpstr (open, ==, ERASED " on his own");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT group_concat (id, '') FROM"
                                          " (SELECT id FROM supervision_case_links"
                                          "  ORDER BY id)"), ==, 13);
  raters = hearth_test_query_text (fixture->store,
                                   "SELECT group_concat (quote (name), '|') FROM"
                                   " (SELECT name FROM feedback_raters ORDER BY id)");
  /* His preferred name in other capitals is his; Oona shares his surname
   * only. */
  g_assert_cmpstr (raters, ==, "''|'Oona Pryce'|'Tomasz Nowak'|''");

  /* A locked record still refuses every other change. */
  g_assert_cmpint (sqlite3_exec (hearth_store_get_db (fixture->store),
                                 "UPDATE supervisions SET reflection = 'x' WHERE id = 1",
                                 NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_false (files_hold (fixture, MARKER));
}

/* Quentin is on one closed case only, and his words carry their own
 * marker. */
#define QUENTIN_MARKER "5d8e71"

enum { QUENTIN = 3 };
enum { QUENTIN_CASE = 4, RECENT_CASE = 5, KEPT_CASE = 6, KEPT_ONCE_CASE = 7 };

static void
add_closed_cases (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  /* NOW is 2026-11-22: six years before is 2020-11-22. */
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO residents (id, name) VALUES (3, 'Quentin-5d8e71 Hale');"
    "INSERT INTO cases (id, title, status, lead_id, opened_at, closed_at, outcome_id,"
    "  last_activity_at) VALUES"
    "  (4, 'Rent arrears 5d8e71', 'closed', 1, 1450000000, 1500000000, 1, 1500000000),"
    "  (5, 'Recently closed', 'closed', 1, 1700000000, 1740000000, NULL, 1740000000),"
    "  (6, 'Kept for a claim', 'closed', 1, 1450000000, 1520000000, NULL, 1520000000),"
    "  (7, 'Kept once', 'closed', 1, 1200000000, 1262304000, NULL, 1262304000);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (4, 3), (6, 2), (7, 2);"
    "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at, author_id,"
    "  summary, body, amount_pence, spend_for) VALUES"
    "  (20, 4, NULL, 'conversation', 1460000000, 1, 'Met Quentin-5d8e71', 'Arrears 5d8e71',"
    "   NULL, ''),"
    "  (21, 4, NULL, 'spend', 1460000100, 1, 'Food', '', 1500, 'Food 5d8e71'),"
    "  (22, 4, NULL, 'agreement', 1460000200, 1, 'What we agreed', '', NULL, '');"
    "INSERT INTO agreement_items (entry_id, position, text, owner_kind) VALUES"
    "  (22, 0, 'Quentin-5d8e71 calls the landlord', 'resident');"
    "INSERT INTO supervisions (id, supervisor_id, staff_id, held_on, reflection) VALUES"
    "  (9, 2, 1, '2016-08-01', 'Quentin-5d8e71 is doing well');"
    "INSERT INTO supervision_case_links (supervision_id, case_id) VALUES (9, 4);"
    "INSERT INTO retention_decisions (case_id, kept_at, kept_by, reason, keep_until) VALUES"
    "  (6, 1790000000, 2, 'A claim is open', 1900000000),"
    "  (7, 1600000000, 2, 'An inquiry', 1700000000);",
    &error));
  g_assert_no_error (error);
}

static char *
due_ids (Fixture *fixture,
         guint    years)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = hearth_retention_list_due (fixture->store, years, &error);
  g_autoptr(GString) ids = g_string_new ("");

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(HearthRetentionCase) item = g_list_model_get_item (due, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                              hearth_retention_case_get_id (item));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_retention_due (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(HearthRetentionCase) item = NULL;
  g_autofree char *six = NULL;
  g_autofree char *one = NULL;
  g_autofree char *twenty = NULL;

  add_closed_cases (fixture);

  /* Oldest first; kept until a day now past is due again; open ones never. */
  six = due_ids (fixture, 6);
  g_assert_cmpstr (six, ==, "7,4");
  one = due_ids (fixture, 1);
  g_assert_cmpstr (one, ==, "7,4,5");
  twenty = due_ids (fixture, 20);
  g_assert_cmpstr (twenty, ==, "");

  due = hearth_retention_list_due (fixture->store, 6, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (due, 1);
  g_assert_cmpstr (hearth_retention_case_get_title (item), ==, "Rent arrears " QUENTIN_MARKER);
  g_assert_cmpstr (hearth_retention_case_get_residents (item), ==, "Quentin-5d8e71 Hale");
  g_assert_cmpint (hearth_retention_case_get_closed_at (item), ==, 1500000000);
  g_assert_cmpstr (hearth_retention_case_get_outcome (item), ==, "Living a better life");

  g_assert_null (hearth_retention_list_due (fixture->store, 0, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_retention_keep (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *due = NULL;
  gint64 decisions;

  add_closed_cases (fixture);
  decisions = hearth_test_query_int (fixture->store,
                                     "SELECT count (*) FROM retention_decisions");

  /* A reason is required; an open case is not reviewed. */
  g_assert_false (hearth_retention_keep (fixture->store, QUENTIN_CASE, 6, "  \n ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_retention_keep (fixture->store, JOINT_CASE, 6, "Why not", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM retention_decisions"),
                   ==, decisions);

  g_assert_true (hearth_retention_keep (fixture->store, QUENTIN_CASE, 6,
                                        " The ombudsman asked for it ", &error));
  g_assert_no_error (error);

  /* Who, when, why, and until six years from now (2032-11-22 12:00). */
  decision = hearth_test_query_text (fixture->store,
                                     "SELECT kept_by || '|' || kept_at || '|' || reason || '|'"
                                     " || keep_until FROM retention_decisions"
                                     " WHERE case_id = 4");
  g_assert_cmpstr (decision, ==, "1|1795348800|The ombudsman asked for it|1984737600");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM audit_log WHERE"
                                          " table_name = 'retention_decisions' AND"
                                          " action = 'insert' AND staff_id = 1"), ==, 1);
  due = due_ids (fixture, 6);
  g_assert_cmpstr (due, ==, "7");
}

static void
test_retention_erase (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) reader = NULL;
  g_autofree char *reflection = NULL;
  g_autofree char *integrity = NULL;
  HearthCaseErasureCounts counts;

  add_closed_cases (fixture);

  g_assert_true (hearth_retention_count (fixture->store, QUENTIN_CASE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.entries, ==, 3);
  g_assert_cmpuint (counts.agreements, ==, 1);
  g_assert_cmpuint (counts.spends, ==, 1);
  g_assert_cmpuint (counts.money_outcomes, ==, 0);
  g_assert_cmpuint (counts.links, ==, 1);
  g_assert_cmpuint (counts.residents, ==, 1);

  /* Oona is on other cases: her kept-once case goes, she stays. */
  g_assert_true (hearth_retention_count (fixture->store, KEPT_ONCE_CASE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.residents, ==, 0);

  /* An open case is not erased this way; a read-only store erases nothing. */
  g_assert_false (hearth_retention_erase (fixture->store, JOINT_CASE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  reader = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_retention_erase (reader, QUENTIN_CASE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&reader);

  {
    g_autofree char *backup = hearth_backups_make (fixture->store, &error);

    g_assert_no_error (error);
    g_assert_true (file_holds (backup, QUENTIN_MARKER));
  }
  g_assert_true (files_hold (fixture, QUENTIN_MARKER));
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", QUENTIN_MARKER), >, 0);

  g_assert_true (hearth_retention_erase (fixture->store, QUENTIN_CASE, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_retention_erase (fixture->store, KEPT_ONCE_CASE, &error));
  g_assert_no_error (error);

  /* Not a byte of it in the file, its log, a journal or a backup. */
  g_assert_false (files_hold (fixture, QUENTIN_MARKER));
  g_assert_false (files_hold (fixture, "Quentin"));
  g_assert_cmpint (fts_count (fixture, "timeline_words_fts", QUENTIN_MARKER), ==, 0);
  g_assert_cmpint (fts_count (fixture, "cases_fts", QUENTIN_MARKER), ==, 0);
  g_assert_cmpint (fts_count (fixture, "residents_fts", QUENTIN_MARKER), ==, 0);

  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM cases WHERE id IN (4, 7)"),
                   ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM residents WHERE id = 3"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM residents WHERE id = 2"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM supervision_case_links"
                                          " WHERE supervision_id = 9"), ==, 0);
  reflection = hearth_test_query_text (fixture->store,
                                       "SELECT reflection FROM supervisions WHERE id = 9");
  g_assert_cmpstr (reflection, ==, ERASED " is doing well");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM audit_log WHERE staff_id = 1"
                                          " AND table_name = 'cases' AND row_id = 4"
                                          " AND action = 'delete'"), ==, 1);

  integrity = hearth_test_query_text (fixture->store, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
}

static gint64
reads (Fixture *fixture)
{
  return hearth_test_query_int (fixture->store,
                                "SELECT count (*) FROM audit_log WHERE action = 'read'");
}

/* Opening a resident's page or a case records one read per person and
 * record in HEARTH_STORE_READ_WINDOW; narrowing a list to a resident or a
 * case records nothing; a read-only store records nothing. */
static void
test_audit_reads (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) notes = hearth_resident_notes_query_new (fixture->store);
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (fixture->store);
  g_autoptr(HearthStore) reader = NULL;
  g_autofree char *row = NULL;

  g_assert_cmpint (reads (fixture), ==, 0);

  /* A list narrowed to someone, as an export or a chooser does, and read:
   * nobody opened a record. */
  hearth_resident_notes_set_resident (notes, ZEBEDEE);
  hearth_resident_list_set_case (residents, JOINT_CASE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (residents)), ==, 2);
  hearth_resident_notes_set_resident (notes, OONA);
  hearth_resident_list_set_case (residents, OONA_CASE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (residents)), ==, 1);
  g_assert_cmpint (reads (fixture), ==, 0);

  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  g_assert_cmpint (reads (fixture), ==, 1);
  row = hearth_test_query_text (fixture->store,
                                "SELECT staff_id || '|' || table_name || '|' || row_id || '|' || at"
                                " FROM audit_log WHERE action = 'read'");
  g_assert_cmpstr (row, ==, "1|residents|1|1795348800");

  /* Back and forth within the window: nothing more. */
  hearth_audit_trail_note_resident_opened (fixture->store, OONA);
  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  g_assert_cmpint (reads (fixture), ==, 2);
  hearth_store_set_clock (fixture->store, NOW + HEARTH_STORE_READ_WINDOW - 1);
  hearth_audit_trail_note_resident_opened (fixture->store, OONA);
  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  g_assert_cmpint (reads (fixture), ==, 2);

  /* After it, or by someone else, once more. */
  hearth_store_set_clock (fixture->store, NOW + HEARTH_STORE_READ_WINDOW);
  hearth_audit_trail_note_resident_opened (fixture->store, OONA);
  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  g_assert_cmpint (reads (fixture), ==, 4);
  hearth_store_set_actor (fixture->store, 2);
  hearth_audit_trail_note_resident_opened (fixture->store, OONA);
  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  g_assert_cmpint (reads (fixture), ==, 6);

  /* A case opened, twice in the window: one read, of the case. */
  hearth_audit_trail_note_case_opened (fixture->store, JOINT_CASE);
  hearth_audit_trail_note_case_opened (fixture->store, JOINT_CASE);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM audit_log WHERE action = 'read'"
                                          " AND table_name = 'cases' AND row_id = 2"), ==, 1);

  /* Every read names who read. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM audit_log WHERE action = 'read'"
                                          " AND staff_id IS NULL"), ==, 0);

  reader = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (reader, 1);
  hearth_store_set_clock (reader, NOW + 10 * HEARTH_STORE_READ_WINDOW);
  g_assert_true (hearth_store_record_read (reader, "residents", ZEBEDEE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_total_changes64 (hearth_store_get_db (reader)), ==, 0);
  g_assert_cmpint (reads (fixture), ==, 7);
}

static void
test_audit_trail (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trail = NULL;
  g_autoptr(HearthCsvWriter) csv = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) seen = g_string_new ("");
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *text = NULL;

  /* Priya changes his profile; later Tomasz reads his record, changes an
   * entry of the joint case and one of Oona's own case. */
  tx = hearth_store_begin_transaction (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_write (fixture->store, &error, "residents",
                                       HEARTH_CHANGE_UPDATE, ZEBEDEE,
                                       "UPDATE residents SET good_life = 'A shed 7f3a9c'"
                                       " WHERE id = ?1", "x", (gint64) ZEBEDEE), ==, ZEBEDEE);
  g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
  g_assert_no_error (error);

  hearth_store_set_clock (fixture->store, NOW + 60);
  hearth_store_set_actor (fixture->store, 2);
  hearth_audit_trail_note_resident_opened (fixture->store, ZEBEDEE);
  hearth_store_set_clock (fixture->store, NOW + 120);
  g_assert_cmpint (hearth_store_write (fixture->store, &error, "timeline_entries",
                                       HEARTH_CHANGE_UPDATE, 5,
                                       "UPDATE timeline_entries SET body = body || ' 7f3a9c'"
                                       " WHERE id = ?1", "x", (gint64) 5), ==, 5);
  g_assert_cmpint (hearth_store_write (fixture->store, &error, "timeline_entries",
                                       HEARTH_CHANGE_UPDATE, 9,
                                       "UPDATE timeline_entries SET body = body || ' more'"
                                       " WHERE id = ?1", "x", (gint64) 9), ==, 9);
  g_assert_no_error (error);

  trail = hearth_audit_trail_load (fixture->store, ZEBEDEE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (trail); i++)
    {
      g_autoptr(HearthAuditEvent) event = g_list_model_get_item (trail, i);

      g_string_append_printf (seen, "%" G_GINT64_FORMAT " %s: %s %s\n",
                              hearth_audit_event_get_at (event) - NOW,
                              hearth_audit_event_get_who (event),
                              hearth_audit_event_get_action_label (event),
                              hearth_audit_event_get_record_label (event));
    }
  /* Newest first; Oona's own case is not in his trail. */
  g_assert_cmpstr (seen->str, ==,
                   "120 Tomasz Nowak: Changed A timeline entry or note\n"
                   "60 Tomasz Nowak: Viewed Their details and profile\n"
                   "0 Priya Raman: Changed Their details and profile\n");

  /* The export names people and kinds of record, never what they hold. */
  csv = hearth_audit_csv_new (trail);
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (csv), ==, 4);
  bytes = hearth_csv_writer_dup_bytes (csv);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "Tomasz Nowak"));
  g_assert_nonnull (strstr (text, "Viewed"));
  g_assert_null (strstr (text, MARKER));
  g_assert_null (strstr (text, "Zebedee"));
  g_assert_null (strstr (text, "shed"));
  g_assert_null (strstr (text, "damp"));

  /* Saved as the other exports are: whole, and for its owner only. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "trail.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GStatBuf st;

    g_assert_true (hearth_csv_writer_save (csv, file, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_true (file_holds (path, "Tomasz Nowak"));
    g_assert_false (file_holds (path, MARKER));
  }
}

/* Oona's own words, in her profile and in the entries about her alone. */
#define OTHER_MARKER "b21e04"

static JsonNode *
export_and_parse (Fixture  *fixture,
                  gint64    resident_id,
                  char    **text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "resident.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length = 0;

  g_assert_true (hearth_resident_export_json (fixture->store, resident_id, file, &error));
  g_assert_no_error (error);

  /* Readable by its owner only. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, NULL,
                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777,
                   ==, 0600);

  g_assert_true (g_file_get_contents (path, text, &length, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, *text, (gssize) length, &error));
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The "id" (or @member) of each object of the array @name, joined by commas. */
static char *
ids_of (JsonObject *root,
        const char *name,
        const char *member)
{
  JsonArray *array = json_object_get_array_member (root, name);
  g_autoptr(GString) ids = g_string_new ("");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                              json_object_get_int_member (object, member));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_export_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = export_and_parse (fixture, ZEBEDEE, &text);
  JsonObject *root = json_node_get_object (node);
  JsonObject *resident = json_object_get_object_member (root, "resident");
  JsonObject *profile = json_object_get_object_member (root, "profile");
  JsonObject *visit = NULL;
  JsonArray *entries = json_object_get_array_member (root, "entries");
  g_autofree char *case_ids = ids_of (root, "cases", "id");
  g_autofree char *entry_ids = ids_of (root, "entries", "id");
  g_autofree char *agreement_entries = ids_of (root, "agreements", "entry_id");
  g_autofree char *spends = ids_of (root, "spends", "amount_pence");
  g_autofree char *money = ids_of (root, "money_outcomes", "amount_pence");

  g_assert_cmpint (json_object_get_int_member (root, "hearth_subject_access"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (resident, "name"), ==, "Zebedee-7f3a9c Pryce");
  g_assert_cmpstr (json_object_get_string_member (resident, "address"), ==,
                   "Flat 7f3a9c, Long Row");
  g_assert_cmpstr (json_object_get_string_member (profile, "what_matters"), ==,
                   "Keeping the allotment 7f3a9c");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (resident,
                                                                          "access_needs")), ==, 1);

  /* Both his cases; the entries about him or about his cases as a whole,
   * oldest first; not Oona's note on the joint case, nor her own case. */
  g_assert_cmpstr (case_ids, ==, "1,2");
  g_assert_cmpstr (entry_ids, ==, "1,2,3,4,5,6,8,10");
  g_assert_cmpstr (agreement_entries, ==, "4,4,10,10");
  g_assert_cmpstr (spends, ==, "2000");
  g_assert_cmpstr (money, ==, "5000");

  /* Authors and dates, and the earlier version of an edited entry. */
  visit = json_array_get_object_element (entries, 4);
  g_assert_cmpstr (json_object_get_string_member (visit, "author"), ==, "Priya Raman");
  g_assert_cmpstr (json_object_get_string_member (visit, "occurred_at"), ==,
                   "2026-11-19T15:00:00Z");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (visit,
                                                                          "earlier_versions")),
                    ==, 1);

  /* Every piece of his, none of hers. */
  g_assert_nonnull (strstr (text, "Called before a case 7f3a9c"));
  g_assert_nonnull (strstr (text, "Cooker 7f3a9c"));
  g_assert_nonnull (strstr (text, "First draft 7f3a9c"));
  g_assert_null (strstr (text, OTHER_MARKER));
}

static void
test_export_other_resident (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = export_and_parse (fixture, OONA, &text);
  JsonObject *root = json_node_get_object (node);
  g_autofree char *entry_ids = ids_of (root, "entries", "id");

  /* Hers, and the joint case's own: not what was written about him alone. */
  g_assert_cmpstr (entry_ids, ==, "5,7,9,10");
  g_assert_nonnull (strstr (text, OTHER_MARKER));
  g_assert_null (strstr (text, "Keeping the allotment"));
  g_assert_null (strstr (text, "About Zebedee-7f3a9c alone"));
  g_assert_null (strstr (text, "Called before a case"));
  g_assert_null (strstr (text, "Cooker 7f3a9c"));
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "resident.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;

  g_assert_true (hearth_resident_export_pdf (fixture->store, ZEBEDEE, file, &error));
  g_assert_no_error (error);
  text = hearth_test_pdf_to_text (path);

  /* His record, profile, cases, entries, agreements and money, none of hers. */
  g_assert_nonnull (strstr (text, "Everything Hearth holds about Zebedee-7f3a9c Pryce"));
  g_assert_nonnull (strstr (text, "Flat 7f3a9c, Long Row"));
  g_assert_nonnull (strstr (text, "Keeping the allotment 7f3a9c"));
  g_assert_nonnull (strstr (text, "Warm home for Zebedee-7f3a9c"));
  g_assert_nonnull (strstr (text, "The Pryce household"));
  g_assert_nonnull (strstr (text, "Called before a case 7f3a9c"));
  g_assert_nonnull (strstr (text, "Zebedee-7f3a9c phones the council"));
  g_assert_nonnull (strstr (text, "First draft 7f3a9c"));
  g_assert_nonnull (strstr (text, "Cooker 7f3a9c"));
  g_assert_nonnull (strstr (text, "Priya Raman"));
  g_assert_null (strstr (text, OTHER_MARKER));
  g_assert_null (strstr (text, "Oona's own story"));
}

static void
test_export_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "nobody.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (hearth_resident_export_json (fixture->store, 999, file, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_error (&error);
  g_assert_false (hearth_resident_export_pdf (fixture->store, 999, file, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/resident-rights/erasure/counts", Fixture, NULL, fixture_set_up,
              test_erasure_counts, fixture_tear_down);
  g_test_add ("/resident-rights/erasure/no-trace", Fixture, NULL, fixture_set_up,
              test_erasure_leaves_no_trace, fixture_tear_down);
  g_test_add ("/resident-rights/erasure/refused", Fixture, NULL, fixture_set_up,
              test_erasure_refused, fixture_tear_down);
  g_test_add ("/resident-rights/erasure/one-to-ones", Fixture, NULL, fixture_set_up,
              test_erasure_one_to_ones, fixture_tear_down);

  g_test_add ("/resident-rights/retention/due", Fixture, NULL, fixture_set_up,
              test_retention_due, fixture_tear_down);
  g_test_add ("/resident-rights/retention/keep", Fixture, NULL, fixture_set_up,
              test_retention_keep, fixture_tear_down);
  g_test_add ("/resident-rights/retention/erase", Fixture, NULL, fixture_set_up,
              test_retention_erase, fixture_tear_down);

  g_test_add ("/resident-rights/audit/reads", Fixture, NULL, fixture_set_up,
              test_audit_reads, fixture_tear_down);
  g_test_add ("/resident-rights/audit/trail", Fixture, NULL, fixture_set_up,
              test_audit_trail, fixture_tear_down);

  g_test_add ("/resident-rights/export/json", Fixture, NULL, fixture_set_up,
              test_export_json, fixture_tear_down);
  g_test_add ("/resident-rights/export/other-resident", Fixture, NULL, fixture_set_up,
              test_export_other_resident, fixture_tear_down);
  g_test_add ("/resident-rights/export/pdf", Fixture, NULL, fixture_set_up,
              test_export_pdf, fixture_tear_down);
  g_test_add ("/resident-rights/export/refused", Fixture, NULL, fixture_set_up,
              test_export_refused, fixture_tear_down);

  return g_test_run ();
}
