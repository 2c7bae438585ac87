/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Searching the case list off the main thread: matches in residents, cases
 * and timelines, odd text typed by people, the same cases as a query that
 * looks for them another way, and a newer search that supersedes or a
 * cancelled one that delivers nothing.
 */

#include "config.h"

#include "hearth-case.h"
#include "hearth-case-search.h"
#include "hearth-sample-data.h"
#include "hearth-search-text.h"
#include "hearth-test-search.h"
#include "hearth-test-utils.h"

typedef HearthTestSearchFixture Fixture;

/* Each word is in one place only: "winter" in case 1's title, "accordion"
 * in what matters to case 2's resident, "boiler" in case 3's timeline. Case
 * 4's "zither" is in a deleted entry, "mandolin" in a note about a resident
 * who has no case: neither is found. */
static const char people_sql[] =
  "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
  "INSERT INTO residents (id, name, preferred_name, what_matters) VALUES"
  "  (1, 'Dorothy Evans', 'Dot', ''),"
  "  (2, 'Zeynep Yıldız', '', 'Playing the accordion with the grandchildren'),"
  "  (3, 'Siobhán Ó Súilleabháin', '', ''),"
  "  (4, 'Tomasz Nowak', '', ''),"
  "  (5, 'Amara Okoye', '', '');"
  "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at) VALUES"
  "  (1, 'A warm home for winter', 1, 1000, 1000),"
  "  (2, 'Seeing the family more', 1, 1000, 2000),"
  "  (3, 'Heating that works', 1, 1000, 3000),"
  "  (4, 'Music at home', 1, 1000, 4000),"
  "  (5, 'Café mornings 😀 \"together\"', 1, 1000, 5000);"
  "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1), (2, 2), (3, 3), (4, 4),"
  "  (5, 1);"
  "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at, summary, body)"
  "  VALUES (1, 3, NULL, 'phone-call', 1500, 'Rang about the boiler', 'It stopped again.'),"
  "  (2, 4, NULL, 'note', 1600, 'Plays the zither', ''),"
  "  (3, NULL, 5, 'note', 1700, 'Learning the mandolin', ''),"
  "  (4, 2, NULL, 'conversation', 1800, 'NEAR the park: “quotes” and AND/OR', '');"
  "UPDATE timeline_entries SET deleted_at = 1650 WHERE id = 2;";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hearth_test_search_set_up (f, HEARTH_TYPE_CASE_SEARCH,
                             GPOINTER_TO_INT (data) ? NULL : people_sql);
  if (GPOINTER_TO_INT (data))
    hearth_sample_data_fill (f->store, HEARTH_SAMPLE_TEAM, &error);
  g_assert_no_error (error);
}

/* Runs one search to its end and returns the ids as "1,3" (empty: none),
 * checking that they come ascending and distinct. */
static char *
find (Fixture      *f,
      const char   *text,
      GCancellable *cancellable,
      GError      **error)
{
  char *ids = hearth_test_search_find (f->search, text, cancellable, error);
  g_auto(GStrv) each = ids != NULL && *ids != '\0' ? g_strsplit (ids, ",", -1) : NULL;

  for (guint i = 1; each != NULL && each[i] != NULL; i++)
    g_assert_cmpint (g_ascii_strtoll (each[i - 1], NULL, 10), <,
                     g_ascii_strtoll (each[i], NULL, 10));
  return ids;
}

static char *
find_ok (Fixture    *f,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  char *ids = find (f, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return ids;
}

static int
compare_pointer_ints (gconstpointer a,
                      gconstpointer b)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

/* The same question asked another way: case by case and word by word, does
 * its own text, one of its residents or one of its live entries hold the
 * word? A case is found when every word is somewhere in it. The entries'
 * words are looked up in an index of the test's own, made afresh from the
 * table each time, so a word index the triggers failed to keep in step
 * gives a different answer. */
static char *
reference (HearthStore *store,
           const char  *text)
{
  g_auto(GStrv) terms = hearth_search_text_to_fts_terms (text);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  guint n_terms;
  guint n = 0;

  if (terms == NULL)
    return g_strdup ("");
  n_terms = g_strv_length (terms);

  g_assert_true (hearth_store_exec (store,
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.reference_fts USING fts5 ("
    "  summary, body, tokenize='unicode61 remove_diacritics 2');"
    "DELETE FROM temp.reference_fts;"
    "INSERT INTO temp.reference_fts (rowid, summary, body)"
    "  SELECT id, summary, body FROM timeline_entries WHERE deleted_at IS NULL;", &error));
  g_assert_no_error (error);

  stmt = hearth_store_prepare (store,
    "SELECT c.id FROM cases c WHERE"
    "  EXISTS (SELECT 1 FROM cases_fts WHERE cases_fts MATCH ?1 AND rowid = c.id)"
    "  OR EXISTS (SELECT 1 FROM case_residents cr"
    "             JOIN residents_fts rf ON rf.rowid = cr.resident_id"
    "             WHERE cr.case_id = c.id AND residents_fts MATCH ?1)"
    "  OR EXISTS (SELECT 1 FROM temp.reference_fts tf JOIN timeline_entries e ON e.id = tf.rowid"
    "             WHERE reference_fts MATCH ?1 AND e.case_id = c.id)"
    " ORDER BY c.id", &error);
  g_assert_no_error (error);

  /* How many of the words each case holds. */
  for (guint t = 0; t < n_terms; t++)
    {
      gboolean has_row = TRUE;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, terms[t], -1, SQLITE_TRANSIENT);
      for (;;)
        {
          gpointer id;

          g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
          g_assert_no_error (error);
          if (!has_row)
            break;
          id = GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, 0));
          g_hash_table_insert (counts, id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) + 1));
        }
    }
  sqlite3_reset (stmt);

  {
    g_autoptr(GList) ids = g_hash_table_get_keys (counts);

    ids = g_list_sort (ids, compare_pointer_ints);
    for (GList *l = ids; l != NULL; l = l->next)
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, l->data)) == n_terms)
        g_string_append_printf (out, "%s%d", n++ > 0 ? "," : "", GPOINTER_TO_INT (l->data));
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_found (Fixture    *f,
              const char *text,
              const char *expected)
{
  g_autofree char *ids = find_ok (f, text);
  g_autofree char *ref = reference (f->store, text);

  g_test_message ("search “%s”: %s", text, ids);
  g_assert_cmpstr (ids, ==, expected);
  g_assert_cmpstr (ids, ==, ref);
}

static void
test_sources (Fixture       *f,
              gconstpointer  data)
{
  /* One word in each of the three places. */
  assert_found (f, "winter", "1");
  assert_found (f, "accordion", "2");
  assert_found (f, "boiler", "3");
  /* Words are prefixes, case does not matter, and all must be in the case. */
  assert_found (f, "BOI", "3");
  assert_found (f, "rang boil", "3");
  assert_found (f, "rang winter", "");
  /* Anywhere in it: a resident's name and a word of the timeline, of the
   * case's title, or of another resident's record. */
  assert_found (f, "siobhan boiler", "3");
  assert_found (f, "dot winter", "1");
  assert_found (f, "together dot", "5");
  assert_found (f, "accordion park", "2");
  assert_found (f, "accordion boiler", "");
  /* A resident's name finds all their cases. */
  assert_found (f, "dorothy", "1,5");
  assert_found (f, "dot", "1,5");
  /* Deleted entries and notes outside any case are not found. */
  assert_found (f, "zither", "");
  assert_found (f, "mandolin", "");
  /* Nothing to look for, or nothing there. */
  assert_found (f, "", "");
  assert_found (f, "   ", "");
  assert_found (f, "qwertyuiop", "");
}

static void
test_odd_text (Fixture       *f,
               gconstpointer  data)
{
  /* Accents and letters beyond ASCII, with and without the accents. */
  assert_found (f, "Siobhán", "3");
  assert_found (f, "siobhan", "3");
  assert_found (f, "SÚILLEABHÁIN", "3");
  assert_found (f, "cafe", "5");
  assert_found (f, "café", "5");
  assert_found (f, "Yıldız", "2");
  /* Spaces of other kinds separate words like a plain space. */
  assert_found (f, "rang\u00a0boiler", "3");
  assert_found (f, "rang\u3000boiler", "3");
  assert_found (f, "\tboiler\n", "3");
  /* Emoji and punctuation alone hold no word. */
  assert_found (f, "😀", "");
  assert_found (f, "…", "");
  assert_found (f, "café 😀", "5");
  /* Text that is not UTF-8 is searched for what it holds. */
  assert_found (f, "boil\xff", "3");
}

static void
test_operators (Fixture       *f,
                gconstpointer  data)
{
  /* Typed quotes and FTS5 syntax are text, never syntax: an error here
   * would be an FTS5 syntax error reaching the person. */
  assert_found (f, "\"boiler", "3");
  assert_found (f, "boiler\"", "3");
  assert_found (f, "\"\"\"", "");
  assert_found (f, "“quotes”", "2");
  assert_found (f, "together\"", "5");
  assert_found (f, "NEAR(boiler", "");
  assert_found (f, "near park", "2");
  assert_found (f, "and/or", "2");
  assert_found (f, "^boiler", "3");
  assert_found (f, "boiler*", "3");
  assert_found (f, "-boiler", "3");
  assert_found (f, "title:winter", "");
  assert_found (f, "{title}: winter", "");
  assert_found (f, "*", "");
  assert_found (f, "(", "");
  assert_found (f, "'", "");
  /* As syntax this would find cases 1 and 3; as text, a row would need a
   * word starting with "or". */
  assert_found (f, "boiler OR winter", "");
  assert_found (f, "boiler NOT rang", "");
}

/* A search through the sample team's records finds what the query that
 * looks case by case finds, for words taken from those records. */
static void
test_sample_matches_reference (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;
  guint nonempty = 0;

  /* The first word of some summaries and titles, and of residents' names. */
  stmt = hearth_store_prepare (f->store,
    "SELECT DISTINCT lower (substr (t, 1, instr (t || ' ', ' ') - 1)) FROM ("
    "  SELECT summary AS t FROM timeline_entries WHERE id % 7 = 0"
    "  UNION ALL SELECT title FROM cases UNION ALL SELECT name FROM residents)"
    " LIMIT 40", &error);
  g_assert_no_error (error);
  for (;;)
    {
      g_assert_true (hearth_store_step (f->store, stmt, &has_row, &error));
      if (!has_row)
        break;
      g_ptr_array_add (words, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    }
  g_assert_cmpuint (words->len, >, 10);
  g_ptr_array_add (words, g_strdup ("a"));
  g_ptr_array_add (words, g_strdup ("rent arrears"));

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      g_autofree char *ids = find_ok (f, word);
      g_autofree char *ref = reference (f->store, word);

      g_assert_cmpstr (ids, ==, ref);
      if (*ids != '\0')
        nonempty++;
    }

  /* The words came from the records, so most find something. */
  g_assert_cmpuint (nonempty, >, words->len / 2);
}

static void
test_cancelled_delivers_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  /* Cancelled before it started. */
  g_cancellable_cancel (cancellable);
  ids = find (f, "boiler", cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (ids);
}

/* Typing: each keystroke starts a search that supersedes the one before,
 * and only the newest reaches :match-ids. */
static void
test_typing_supersedes (Fixture       *f,
                        gconstpointer  data)
{
  HearthTestSearchWatch watch;
  g_autoptr(GError) error = NULL;

  hearth_test_search_watch (&watch, f->search);

  g_assert_null (hearth_case_search_get_match_ids (f->search));
  g_assert_false (hearth_case_search_get_searching (f->search));

  hearth_case_search_set_text (f->search, "w");
  g_assert_true (hearth_case_search_get_searching (f->search));
  hearth_case_search_set_text (f->search, "wi");
  hearth_case_search_set_text (f->search, "winter");
  hearth_case_search_set_text (f->search, "boiler");
  hearth_test_search_wait (f->search);

  /* One result, the last search's; none of the earlier ones. */
  g_assert_cmpuint (watch.seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (watch.seen, 0), ==, "[3]");
  g_assert_cmpuint (watch.done, ==, 1);
  g_assert_null (hearth_case_search_get_error (f->search));

  /* The old results stay while the next search runs. */
  hearth_case_search_set_text (f->search, "dorothy");
  g_assert_true (hearth_case_search_get_searching (f->search));
  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[3]");
  hearth_test_search_wait (f->search);
  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[1,5]");

  /* No word: every case; a word nobody wrote: none. */
  hearth_test_search_assert_no_words (f->search, "winter");

  /* New words written on a case are found without typing again. */
  hearth_case_search_set_text (f->search, "boiler");
  hearth_test_search_wait (f->search);
  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[3]");
  g_assert_true (hearth_store_exec (f->store,
                                    "INSERT INTO timeline_entries (id, case_id, kind, occurred_at,"
                                    "  summary) VALUES (10, 1, 'note', 2500, 'New boiler fitted')",
                                    &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "timeline_entries", 10, HEARTH_CHANGE_INSERT);
  g_assert_true (hearth_case_search_get_searching (f->search));
  hearth_test_search_wait (f->search);
  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[1,3]");

  hearth_test_search_unwatch (&watch);
}

/* Many rows: a search of a common word is cancelled by the next keystroke
 * while it reads, and what it found never shows. */
static void
test_long_search_superseded (Fixture       *f,
                             gconstpointer  data)
{
  HearthTestSearchWatch watch;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  gint64 started;

  /* 150,000 entries across the five cases, each with the word "housing". */
  g_assert_true (hearth_store_exec (f->store,
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000)"
    " INSERT INTO timeline_entries (case_id, kind, occurred_at, summary)"
    " SELECT 1 + i % 5, 'note', 2000 + i, 'Housing visit number ' || i FROM n", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "timeline_entries", 1, HEARTH_CHANGE_INSERT);

  g_assert_cmpstr ((all = reference (f->store, "housing")), ==, "1,2,3,4,5");

  hearth_test_search_watch (&watch, f->search);

  /* The long search runs a little, then a new keystroke takes over. */
  hearth_case_search_set_text (f->search, "housing");
  started = g_get_monotonic_time ();
  while (g_get_monotonic_time () - started < 5000)
    g_main_context_iteration (NULL, FALSE);
  hearth_case_search_set_text (f->search, "accordion");
  hearth_test_search_wait (f->search);

  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[2]");
  g_assert_cmpuint (watch.done, ==, 1);
  for (guint i = 0; i < watch.seen->len; i++)
    g_assert_cmpstr (g_ptr_array_index (watch.seen, i), !=, "[1,2,3,4,5]");

  /* Left to run, it finds every case, and shows nothing before that: a
   * part of the matches would give the list another first page. */
  g_ptr_array_set_size (watch.seen, 0);
  hearth_case_search_set_text (f->search, "housing");
  hearth_test_search_wait (f->search);
  g_assert_cmpstr (hearth_case_search_get_match_ids (f->search), ==, "[1,2,3,4,5]");
  g_assert_cmpuint (watch.seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (watch.seen, 0), ==, "[1,2,3,4,5]");

  /* Cancelled while it runs: only the cancellation comes back. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GArray) ids = NULL;

    hearth_case_search_find_async (f->search, "housing", cancellable,
                                   hearth_test_search_got_result_cb, &result);
    started = g_get_monotonic_time ();
    while (g_get_monotonic_time () - started < 2000)
      g_main_context_iteration (NULL, FALSE);
    g_cancellable_cancel (cancellable);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    ids = hearth_case_search_find_finish (f->search, result, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (ids);
  }

  hearth_test_search_unwatch (&watch);
}

/* The first ids of @cases, as "7 3 9", at most a page of them. */
static char *
first_page (HearthQueryModel *cases)
{
  GString *out = g_string_new (NULL);
  guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (cases)), 64);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            hearth_query_model_get_id (cases, i));
  return g_string_free (out, FALSE);
}

/* What a long search shows must be the finished search's first page, in
 * every status, even where the timeline's entry ids run against the order
 * of the cases' activity: it delivers once, every match. */
static void
test_first_results_first_page (Fixture       *f,
                               gconstpointer  data)
{
  static const char *const statuses[] = { "open", "closed", NULL };
  HearthTestSearchWatch watch;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_ids = NULL;
  g_autoptr(GString) json = g_string_new ("[");

  /* 300 cases, a quarter closed. Case k's six entries happen at
   * 10000 + 10k + j, so the later k, the more recently active; their ids
   * run the other way, the newest entry of the newest case first. Every
   * seventh case has nothing about the boiler, every third only an old
   * entry that mentions it. */
  g_assert_true (hearth_store_exec (f->store,
    "WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 300)"
    " INSERT INTO cases (id, title, lead_id, status, opened_at, closed_at, last_activity_at)"
    " SELECT 100 + k, 'Case ' || k, 1, iif (k % 4 = 0, 'closed', 'open'), 1000,"
    "   iif (k % 4 = 0, 900000, NULL), 10000 + 10 * k + 5 FROM n;"
    "WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 300),"
    "  j (j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j WHERE j < 5)"
    " INSERT INTO timeline_entries (id, case_id, kind, occurred_at, summary)"
    " SELECT 1000 + (300 - k) * 6 + (5 - j), 100 + k, 'note', 10000 + 10 * k + j,"
    "   CASE WHEN k % 7 = 0 THEN 'Radiator bled'"
    "        WHEN k % 3 = 0 AND j > 0 THEN 'Tea and a chat'"
    "        ELSE 'Boiler checked again' END"
    " FROM n, j;", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "timeline_entries", 1000, HEARTH_CHANGE_INSERT);

  hearth_test_search_watch (&watch, f->search);
  hearth_case_search_set_text (f->search, "boiler");
  hearth_test_search_wait (f->search);

  /* The matches, asked case by case. */
  expected_ids = reference (f->store, "boiler");
  g_string_append (json, expected_ids);
  g_string_append_c (json, ']');

  g_assert_cmpuint (watch.seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (watch.seen, 0), ==, json->str);

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      g_autoptr(HearthQueryModel) shown = hearth_case_query_new (f->store);
      g_autoptr(HearthQueryModel) exact = hearth_case_query_new (f->store);
      g_autofree char *got = NULL;
      g_autofree char *expected = NULL;

      hearth_case_list_set_status (shown, statuses[s]);
      hearth_case_list_set_match_ids (shown, g_ptr_array_index (watch.seen, 0));
      got = first_page (shown);
      hearth_case_list_set_status (exact, statuses[s]);
      hearth_case_list_set_match_ids (exact, json->str);
      expected = first_page (exact);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exact)), >, 64);
      g_assert_cmpstr (got, ==, expected);
    }

  hearth_test_search_unwatch (&watch);
}

/* The case list over what the search found: filters and sorts still apply. */
static void
test_case_list_over_matches (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (f->store);
  const char *match_ids;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 5);

  hearth_case_search_set_text (f->search, "dorothy");
  hearth_test_search_wait (f->search);
  match_ids = hearth_case_search_get_match_ids (f->search);
  hearth_query_model_set_param (cases, ":match_ids", g_variant_new_string (match_ids));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 2);
  /* Newest activity first: case 5, then case 1. */
  g_assert_cmpint (hearth_query_model_get_id (cases, 0), ==, 5);
  g_assert_cmpint (hearth_query_model_get_id (cases, 1), ==, 1);

  hearth_query_model_set_sort (cases, "opened");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 2);

  g_assert_true (hearth_store_exec (f->store,
                                    "UPDATE cases SET status = 'closed', closed_at = 6000,"
                                    "  outcome_id = 1 WHERE id = 1", NULL));
  hearth_query_model_set_param (cases, ":status", g_variant_new_string ("closed"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (cases, 0), ==, 1);

  hearth_query_model_set_param (cases, ":match_ids", g_variant_new_string ("[]"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/case-search/sources", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_sources, hearth_test_search_tear_down);
  g_test_add ("/case-search/odd-text", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_odd_text, hearth_test_search_tear_down);
  g_test_add ("/case-search/operators", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_operators, hearth_test_search_tear_down);
  g_test_add ("/case-search/sample-matches-reference", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_sample_matches_reference, hearth_test_search_tear_down);
  g_test_add ("/case-search/cancelled", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_cancelled_delivers_nothing, hearth_test_search_tear_down);
  g_test_add ("/case-search/typing-supersedes", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_typing_supersedes, hearth_test_search_tear_down);
  g_test_add ("/case-search/long-search-superseded", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_long_search_superseded, hearth_test_search_tear_down);
  g_test_add ("/case-search/first-results-first-page", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_first_results_first_page, hearth_test_search_tear_down);
  g_test_add ("/case-search/case-list-over-matches", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_case_list_over_matches, hearth_test_search_tear_down);

  return g_test_run ();
}
