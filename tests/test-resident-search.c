/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Residents view's search, off the main thread: the residents found
 * are those a resident-by-resident check finds, in the list's order, for
 * odd and hostile text as much as for names; the list shows them in that
 * order; a newer search supersedes the one before and a cancelled one
 * delivers nothing.
 */

#include "config.h"

#include <string.h>

#include "hearth-resident.h"
#include "hearth-resident-search.h"
#include "hearth-search-text.h"
#include "hearth-test-search.h"
#include "hearth-test-utils.h"

typedef HearthTestSearchFixture Fixture;

/* Names and words people write, and text that looks like FTS5 syntax. */
static const char residents_sql[] =
  "INSERT INTO residents (id, name, preferred_name, tenancy_ref, area, what_matters) VALUES"
  "  (1, 'Dorothy Evans', 'Dot', 'NG-0042', 'Northgate', 'A warm home'),"
  "  (2, 'Siobhán Ó Súilleabháin', '', 'RV-0007', 'Riverside', 'Her allotment'),"
  "  (3, 'Zeynep Yıldız', '', '', 'Northgate', 'Playing the accordion'),"
  "  (4, 'Seán O''Brien', 'Seán', 'NG-0099', 'Northgate', 'The \"good\" room'),"
  "  (5, 'Δημήτρης Δημητρίου', 'Dimitris', '', 'Riverside', 'Family near by'),"
  "  (6, 'dorothy adeyemi', '', '', 'Hillside', 'NEAR the park; AND/OR * stars'),"
  "  (7, 'Llŷr Evans-Jones', '', 'HS-0001', 'Hillside', 'Café mornings 😀'),"
  "  (8, 'Amara Okoye', 'Ama', '', 'Riverside', 'Not this - or that'),"
  "  (9, '王 小明', '', '', 'Northgate', 'Chess club'),"
  "  (10, 'evans', '', '', '', '');";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hearth_test_search_set_up (f, HEARTH_TYPE_RESIDENT_SEARCH, residents_sql);
}

/* The same question asked another way: every resident in the list's order
 * (by name, then id), and for each, word by word, whether that one row
 * holds the word; found when it holds every word. */
static char *
reference (HearthStore *store,
           const char  *text)
{
  g_auto(GStrv) terms = hearth_search_text_to_fts_terms (text);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) everyone = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean has_row = TRUE;
  guint n = 0;

  if (terms == NULL)
    return g_strdup ("");

  stmt = hearth_store_prepare (store, "SELECT id FROM residents ORDER BY name COLLATE NOCASE, id",
                               &error);
  g_assert_no_error (error);
  for (;;)
    {
      gint64 id;

      g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
      if (!has_row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (everyone, id);
    }
  sqlite3_reset (stmt);

  stmt = hearth_store_prepare (store,
                               "SELECT count (*) FROM residents_fts"
                               " WHERE residents_fts MATCH ?1 AND rowid = ?2", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < everyone->len; i++)
    {
      gint64 id = g_array_index (everyone, gint64, i);
      gboolean all = TRUE;

      for (guint t = 0; terms[t] != NULL && all; t++)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, terms[t], -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 2, id);
          g_assert_true (hearth_store_step (store, stmt, &has_row, &error));
          g_assert_no_error (error);
          g_assert_true (has_row);
          all = sqlite3_column_int64 (stmt, 0) > 0;
        }
      if (all)
        g_string_append_printf (out, "%s%" G_GINT64_FORMAT, n++ > 0 ? "," : "", id);
    }
  sqlite3_reset (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Finds @text, checks it against the reference and returns the ids. */
static char *
find_checked (Fixture    *f,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ref = reference (f->store, text);
  char *ids = hearth_test_search_find (f->search, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_test_message ("search “%s”: %s", text, ids);
  g_assert_cmpstr (ids, ==, ref);
  return ids;
}

/* That a search of @text finds, in order, the residents named in @names
 * ("Seán O'Brien|Dorothy Evans"; "" for nobody), and what the reference
 * finds. */
static void
assert_found (Fixture    *f,
              const char *text,
              const char *names)
{
  g_autofree char *ids = find_checked (f, text);
  g_auto(GStrv) id_list = g_strsplit (ids, ",", -1);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; id_list[i] != NULL && *id_list[i] != '\0'; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM residents WHERE id = %s",
                                              id_list[i]);
      g_autofree char *name = hearth_test_query_text (f->store, sql);

      g_string_append_printf (found, "%s%s", i > 0 ? "|" : "", name);
    }
  g_assert_cmpstr (found->str, ==, names);
}

static void
test_names_and_order (Fixture       *f,
                      gconstpointer  data)
{
  /* In the list's order, by name whatever the case, then by id. */
  assert_found (f, "evans", "Dorothy Evans|evans|Llŷr Evans-Jones");
  assert_found (f, "dor", "dorothy adeyemi|Dorothy Evans");
  assert_found (f, "DOROTHY", "dorothy adeyemi|Dorothy Evans");
  /* Every word, each a prefix, in any of the record's fields. */
  assert_found (f, "dor ev", "Dorothy Evans");
  assert_found (f, "northgate accordion", "Zeynep Yıldız");
  assert_found (f, "ng-00", "Dorothy Evans|Seán O'Brien");
  assert_found (f, "dot", "Dorothy Evans");
  assert_found (f, "dorothy riverside", "");
  assert_found (f, "qwertyuiop", "");
}

static void
test_odd_text (Fixture       *f,
               gconstpointer  data)
{
  const char *const texts[] = {
    /* Accents, with and without, and letters beyond ASCII. */
    "Siobhán", "siobhan", "SÚILLEABHÁIN", "sean", "Seán", "Yıldız", "Llŷr", "llyr",
    "Δημήτρης", "δημήτρης", "王", "王 小明", "cafe", "café 😀", "😀", "…",
    /* Other spaces separate words; text that is not UTF-8 is searched for
     * what it holds. */
    "dorothy\u00a0evans", "dorothy\u3000evans", "\tevans\n", "evan\xff",
    /* Quotes, stars, operators and minus signs are text, never syntax. */
    "o'brien", "O’Brien", "\"good\"", "\"", "\"\"\"", "good\"", "*", "star*", "stars*",
    "NEAR", "near park", "NEAR(park", "NEAR/2", "and/or", "AND", "OR", "NOT",
    "dorothy OR zeynep", "dorothy NOT evans", "-", "-evans", "evans-jones", "not this - or",
    "^evans", "name:evans", "{name}: evans", "(", ")", "'", ":", "+", "evans)",
    "", "   ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_free (find_checked (f, texts[i]));

  /* A few of them, by name, so the reference cannot be wrong alike. */
  assert_found (f, "o'brien", "Seán O'Brien");
  assert_found (f, "siobhan", "Siobhán Ó Súilleabháin");
  assert_found (f, "near park", "dorothy adeyemi");
  assert_found (f, "dorothy OR zeynep", "");
  assert_found (f, "-evans", "Dorothy Evans|evans|Llŷr Evans-Jones");
  assert_found (f, "*", "");
  assert_found (f, "\"good\"", "Seán O'Brien");
}

/* @ids ("4,1") as the JSON array :match-ids holds. */
static char *
as_json (const char *ids)
{
  return g_strdup_printf ("[%s]", ids);
}

/* As the Residents view does: the list follows what the search found. */
static void
follow_cb (HearthResidentSearch *search,
           GParamSpec           *pspec,
           HearthQueryModel     *list)
{
  hearth_resident_list_set_match_ids (list, hearth_resident_search_get_match_ids (search));
}

/* Typing: each keystroke supersedes the search before it; only the newest
 * reaches :match-ids, and the list shows it in the list's own order. */
static void
test_typing_supersedes (Fixture       *f,
                        gconstpointer  data)
{
  HearthTestSearchWatch watch;
  g_autoptr(HearthQueryModel) shown = hearth_resident_query_new (f->store);
  g_autoptr(HearthQueryModel) old_way = hearth_resident_query_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *evans = reference (f->store, "evans");
  g_autofree char *evans_json = as_json (evans);
  g_autofree char *siobhan = reference (f->store, "siob");
  g_autofree char *siobhan_json = as_json (siobhan);
  g_autofree char *evans_fts = hearth_search_text_to_fts ("evans");

  hearth_test_search_watch (&watch, f->search);

  g_assert_null (hearth_resident_search_get_match_ids (f->search));
  g_assert_false (hearth_resident_search_get_searching (f->search));

  hearth_resident_search_set_text (f->search, "ev");
  g_assert_true (hearth_resident_search_get_searching (f->search));
  hearth_resident_search_set_text (f->search, "eva");
  hearth_resident_search_set_text (f->search, "evans");
  hearth_test_search_wait (f->search);

  /* One result, the last search's. */
  g_assert_cmpuint (watch.seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (watch.seen, 0), ==, evans_json);
  g_assert_cmpuint (watch.done, ==, 1);
  g_assert_null (hearth_resident_search_get_error (f->search));

  /* The list over them: the rows the list's own search finds, in the same
   * order. */
  hearth_resident_list_set_match_ids (shown, hearth_resident_search_get_match_ids (f->search));
  hearth_resident_list_set_search (old_way, evans_fts);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (old_way)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (shown)); i++)
    g_assert_cmpint (hearth_query_model_get_id (shown, i), ==,
                     hearth_query_model_get_id (old_way, i));

  /* The old results stay while the next search runs; a fast second
   * search supersedes the first. */
  g_ptr_array_set_size (watch.seen, 0);
  hearth_resident_search_set_text (f->search, "dorothy");
  g_assert_true (hearth_resident_search_get_searching (f->search));
  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, evans_json);
  hearth_resident_search_set_text (f->search, "siob");
  hearth_test_search_wait (f->search);
  g_assert_cmpuint (watch.seen->len, ==, 1);
  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, siobhan_json);

  /* No word: everyone; a word nobody has: nobody. */
  hearth_test_search_assert_no_words (f->search, "evans");

  /* A resident renamed is found, in their new place, without typing
   * again; one erased leaves the list at once. */
  hearth_resident_search_set_text (f->search, "evans");
  hearth_test_search_wait (f->search);
  hearth_resident_list_set_match_ids (shown, hearth_resident_search_get_match_ids (f->search));
  g_signal_connect (f->search, "notify::match-ids", G_CALLBACK (follow_cb), shown);
  g_assert_true (hearth_store_exec (f->store,
                                    "UPDATE residents SET name = 'Amara Evans' WHERE id = 8;"
                                    "DELETE FROM residents WHERE id = 10;", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "residents", 8, HEARTH_CHANGE_UPDATE);
  hearth_store_note_change (f->store, "residents", 10, HEARTH_CHANGE_DELETE);
  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, "[1,7]");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  g_assert_cmpint (hearth_query_model_get_id (shown, 0), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (shown, 1), ==, 7);
  g_assert_true (hearth_resident_search_get_searching (f->search));
  hearth_test_search_wait (f->search);
  g_clear_pointer (&evans, g_free);
  evans = reference (f->store, "evans");
  g_clear_pointer (&evans_json, g_free);
  evans_json = as_json (evans);
  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, evans_json);
  g_assert_cmpstr (evans, ==, "8,1,7");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 3);
  g_assert_cmpint (hearth_query_model_get_id (shown, 0), ==, 8);

  g_signal_handlers_disconnect_by_data (f->search, shown);
  hearth_test_search_unwatch (&watch);
}

/* Many residents: a search that matches them all is cancelled by the next
 * keystroke while it reads, and what it found never shows. */
static void
test_long_search_superseded (Fixture       *f,
                             gconstpointer  data)
{
  HearthTestSearchWatch watch;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *all_json = NULL;
  g_autofree char *dimitris = NULL;
  g_autofree char *dimitris_json = NULL;

  g_assert_true (hearth_store_exec (f->store,
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
    " INSERT INTO residents (name, area, what_matters)"
    " SELECT 'Resident ' || (20000 - i), 'Ward ' || (i % 40), 'Housing and heating' FROM n",
    &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "residents", 11, HEARTH_CHANGE_INSERT);
  /* Checking 20,000 rows one by one takes a minute: the words are where
   * the rows above put them, and nowhere else. */
  all = hearth_test_query_text (f->store,
                                "SELECT group_concat (id) FROM (SELECT id FROM residents"
                                " WHERE what_matters = 'Housing and heating'"
                                " ORDER BY name COLLATE NOCASE, id)");
  all_json = as_json (all);
  dimitris = hearth_test_query_text (f->store,
                                     "SELECT group_concat (id) FROM residents"
                                     " WHERE preferred_name = 'Dimitris'");
  dimitris_json = as_json (dimitris);
  g_assert_cmpuint (strlen (dimitris), >, 0);

  hearth_test_search_watch (&watch, f->search);

  /* The main loop is not run meanwhile: whether the first search was
   * stopped or had finished, its result must not show. */
  hearth_resident_search_set_text (f->search, "housing");
  g_usleep (3000);
  hearth_resident_search_set_text (f->search, "dimitris");
  hearth_test_search_wait (f->search);

  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, dimitris_json);
  g_assert_cmpuint (watch.done, ==, 1);
  g_assert_cmpuint (watch.seen->len, ==, 1);

  /* Left to run, it finds every one of them, in the list's order. */
  hearth_resident_search_set_text (f->search, "housing");
  hearth_test_search_wait (f->search);
  g_assert_cmpstr (hearth_resident_search_get_match_ids (f->search), ==, all_json);

  /* Cancelled while it runs: only the cancellation comes back. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autofree char *ids = NULL;

    g_cancellable_cancel (cancellable);
    ids = hearth_test_search_find (f->search, "housing", cancellable, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (ids);
  }

  hearth_test_search_unwatch (&watch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/resident-search/names-and-order", Fixture, NULL,
              fixture_set_up, test_names_and_order, hearth_test_search_tear_down);
  g_test_add ("/resident-search/odd-text", Fixture, NULL,
              fixture_set_up, test_odd_text, hearth_test_search_tear_down);
  g_test_add ("/resident-search/typing-supersedes", Fixture, NULL,
              fixture_set_up, test_typing_supersedes, hearth_test_search_tear_down);
  g_test_add ("/resident-search/long-search-superseded", Fixture, NULL,
              fixture_set_up, test_long_search_superseded, hearth_test_search_tear_down);

  return g_test_run ();
}
