/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case list under a virtual display, driven through its own widgets:
 * words typed in the search box, the status, outcome and worker filters
 * together, the rows they leave checked against SQL that asks the same
 * question another way, and the CSV export holding what the list shows.
 */

#include "config.h"

#include "hearth-case.h"
#include "hearth-case-csv.h"
#include "hearth-case-list-page.h"
#include "hearth-case-row.h"
#include "hearth-case-search.h"
#include "hearth-case-view.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"

/* The filter drop-down's rows, in order. */
enum { SHOW_OPEN, SHOW_MINE, SHOW_FOLLOW_UP, SHOW_CLOSED, SHOW_ALL };

typedef struct
{
  char               *dir;
  HearthStore        *store;
  AdwWindow          *window;
  HearthCaseListPage *page;
  GtkEditable        *search_entry;
  GtkDropDown        *filter;
  GtkDropDown        *outcome;
  GtkDropDown        *worker;
  guint               least_shown;  /* the fewest rows the list has had */
} Fixture;

/* A name longer than half a sidebar. */
#define LONG_NAME "Ada Lovelace-Featherstonehaugh-Montgomery-Smythe"

/* Outcomes: 1 living a better life, 2 on a longer journey, 3 did not
 * engage. "boiler" is in cases 2 and 5's titles and case 3's timeline. */
static const char records_sql[] =
  "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak'),"
  "  (3, '" LONG_NAME "');"
  "INSERT INTO residents (id, name) VALUES (1, 'Dorothy Evans'), (2, 'Liam Uddin');"
  "INSERT INTO cases (id, title, lead_id, status, opened_at, closed_at, outcome_id,"
  "  last_activity_at) VALUES"
  "  (1, 'A warm home for winter', 1, 'open', 100, NULL, NULL, 5000),"
  "  (2, 'Boiler and heating', 2, 'open', 200, NULL, NULL, 4000),"
  "  (3, 'Feeling safe', 1, 'closed', 300, 900, 1, 3000),"
  "  (4, 'Back to work', 2, 'closed', 400, 900, 3, 2000),"
  "  (5, 'Boiler, again', 3, 'closed', 500, 900, 1, 1000);"
  "INSERT INTO case_workers (case_id, staff_id) VALUES (2, 1), (4, 3);"
  "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1), (3, 1), (2, 2), (4, 2),"
  "  (5, 2);"
  "INSERT INTO timeline_entries (case_id, kind, occurred_at, summary)"
  "  VALUES (3, 'phone-call', 800, 'Rang about the boiler');";

static GListModel *
shown (Fixture *f)
{
  return hearth_case_list_page_get_model (f->page);
}

static void
n_items_cb (GListModel *model,
            GParamSpec *pspec,
            Fixture    *f)
{
  f->least_shown = MIN (f->least_shown, g_list_model_get_n_items (model));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = hearth_test_store_new (&f->dir, 0);
  g_assert_true (hearth_store_exec (f->store, records_sql, &error));
  g_assert_no_error (error);
  hearth_store_set_actor (f->store, 1);

  f->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  f->page = g_object_new (HEARTH_TYPE_CASE_LIST_PAGE, NULL);
  adw_window_set_content (f->window, GTK_WIDGET (f->page));
  hearth_case_list_page_set_store (f->page, f->store);
  hearth_test_present (GTK_WINDOW (f->window));

  /* The case list's own search box and filters, not the timeline's. */
  f->search_entry = GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (f->page), "Search cases"));
  f->filter = GTK_DROP_DOWN (hearth_test_find_labelled (GTK_WIDGET (f->page), "Which cases to show"));
  f->outcome = GTK_DROP_DOWN (hearth_test_find_labelled (GTK_WIDGET (f->page), "Outcome of the cases to show"));
  f->worker = GTK_DROP_DOWN (hearth_test_find_labelled (GTK_WIDGET (f->page), "Worker on the cases to show"));
  g_assert_nonnull (f->search_entry);
  g_assert_nonnull (f->filter);
  g_assert_nonnull (f->outcome);
  g_assert_nonnull (f->worker);

  f->least_shown = G_MAXUINT;
  g_signal_connect (shown (f), "notify::n-items", G_CALLBACK (n_items_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  HearthStore *store = f->store;

  g_signal_handlers_disconnect_by_data (shown (f), f);
  /* GTK holds the window until it is destroyed. */
  g_object_unref (f->window);
  hearth_test_destroy (GTK_WINDOW (f->window));

  /* The search's worker may hold the store a moment longer. */
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_unref (f->store);
  HEARTH_TEST_ITERATE_UNTIL (store == NULL);
  hearth_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The ids the list shows, in its order, as "2,3". */
static char *
shown_ids (Fixture *f)
{
  GListModel *model = shown (f);
  g_autoptr(GString) out = g_string_new (NULL);

  /* By id, so that looking reads no row. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            hearth_query_model_get_id (HEARTH_QUERY_MODEL (model), i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The same question in SQL, written out case by case with LIKE rather than
 * full-text search: the ids in the list's order (newest activity first). */
static char *
expected_ids (Fixture    *f,
              const char *where)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT group_concat (id, ',') FROM (SELECT c.id FROM cases c WHERE %s"
    " ORDER BY c.last_activity_at DESC, c.id DESC)", where);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hearth_store_prepare (f->store, sql, &error);
  gboolean has_row = FALSE;
  char *ids;

  g_assert_no_error (error);
  g_assert_true (hearth_store_step (f->store, stmt, &has_row, &error));
  g_assert_true (has_row);
  ids = g_strdup (sqlite3_column_text (stmt, 0) != NULL
                  ? (const char *) sqlite3_column_text (stmt, 0) : "");
  sqlite3_reset (stmt);
  return ids;
}

#define BOILER_SQL \
  "(c.title LIKE '%boiler%' OR EXISTS (SELECT 1 FROM timeline_entries e" \
  " WHERE e.case_id = c.id AND e.summary LIKE '%boiler%'))"
#define WORKS_ON_SQL(staff) \
  "(c.lead_id = " staff " OR c.id IN (SELECT case_id FROM case_workers WHERE staff_id = " staff "))"

/* Waits until the list shows @where's cases, for at most HEARTH_TEST_WAIT_USEC. */
static void
assert_shows (Fixture    *f,
              const char *where)
{
  g_autofree char *expected = expected_ids (f, where);
  g_autofree char *ids = NULL;

  gint64 until = g_get_monotonic_time () + HEARTH_TEST_WAIT_USEC;

  /* Not HEARTH_TEST_ITERATE_UNTIL: a failure shows both lists. */
  for (ids = shown_ids (f); !g_str_equal (ids, expected) && g_get_monotonic_time () < until;
       g_free (ids), ids = shown_ids (f))
    g_main_context_iteration (NULL, FALSE);

  g_test_message ("%s: %s", where, ids);
  g_assert_cmpstr (ids, ==, expected);
}

/* The row of @dropdown whose text is @text, with its list opened and
 * closed again first, as a person would see it. */
static guint
position_of (GtkDropDown *dropdown,
             const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  GtkWidget *popover = hearth_test_find (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER, 0);

  g_assert_nonnull (popover);
  gtk_popover_popup (GTK_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_mapped (popover));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (string), text) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static void
test_search_and_filters (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthCsvWriter) writer = NULL;

  /* Open cases, the newest activity first. */
  assert_shows (f, "c.status = 'open'");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->outcome)));

  /* Words typed narrow the list; it never goes empty on the way. */
  gtk_editable_set_text (f->search_entry, "boi");
  assert_shows (f, "c.status = 'open' AND " BOILER_SQL);
  g_assert_cmpuint (f->least_shown, ==, 1);
  /* A screen reader hears how many were found, once the search ends. */
  {
    gint64 n = hearth_test_query_intf (f->store, "SELECT count (*) FROM cases c WHERE"
                                       " c.status = 'open' AND %s", BOILER_SQL);
    g_autofree char *found = g_strdup_printf (n == 1 ? "%" G_GINT64_FORMAT " case found"
                                                     : "%" G_GINT64_FORMAT " cases found", n);

    g_assert_cmpint (n, >, 0);
    g_test_message ("announced: %s", hearth_test_get_announcement ());

    HEARTH_TEST_ITERATE_UNTIL (g_strcmp0 (hearth_test_get_announcement (), found) == 0);
  }

  /* All cases: the closed ones whose title or timeline holds the word too. */
  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  assert_shows (f, BOILER_SQL);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->outcome)));

  /* By outcome, with the search. */
  gtk_drop_down_set_selected (f->outcome, position_of (f->outcome, "Living a better life"));
  assert_shows (f, BOILER_SQL " AND c.outcome_id = 1");

  /* By worker: cases they lead or work on. */
  gtk_drop_down_set_selected (f->worker, position_of (f->worker, "Priya Raman"));
  assert_shows (f, BOILER_SQL " AND c.outcome_id = 1 AND " WORKS_ON_SQL ("1"));
  gtk_drop_down_set_selected (f->outcome, 0);
  assert_shows (f, BOILER_SQL " AND " WORKS_ON_SQL ("1"));

  /* Closed cases someone works on without leading them count too. */
  gtk_drop_down_set_selected (f->filter, SHOW_CLOSED);
  gtk_drop_down_set_selected (f->worker, position_of (f->worker, LONG_NAME));
  assert_shows (f, "c.status = 'closed' AND " WORKS_ON_SQL ("3") " AND " BOILER_SQL);

  /* The export holds the rows the list shows, no more. */
  writer = hearth_case_csv_new (shown (f));
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (writer), ==,
                    1 + g_list_model_get_n_items (shown (f)));
  g_clear_object (&writer);

  /* Open cases have no outcome: the choice goes, and cannot be made. */
  gtk_drop_down_set_selected (f->outcome, position_of (f->outcome, "Did not engage"));
  assert_shows (f, "c.status = 'closed' AND " WORKS_ON_SQL ("3") " AND " BOILER_SQL
                " AND c.outcome_id = 3");
  gtk_drop_down_set_selected (f->filter, SHOW_OPEN);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->outcome)));
  g_assert_cmpuint (gtk_drop_down_get_selected (f->outcome), ==, 0);
  gtk_drop_down_set_selected (f->worker, position_of (f->worker, "Priya Raman"));
  assert_shows (f, "c.status = 'open' AND " BOILER_SQL " AND " WORKS_ON_SQL ("1"));

  /* No words: every open case of theirs. */
  gtk_editable_set_text (f->search_entry, "");
  assert_shows (f, "c.status = 'open' AND " WORKS_ON_SQL ("1"));
  gtk_drop_down_set_selected (f->worker, 0);
  assert_shows (f, "c.status = 'open'");

  /* Mine: cases the person using Hearth leads or works on. */
  gtk_drop_down_set_selected (f->filter, SHOW_MINE);
  assert_shows (f, "c.status = 'open' AND " WORKS_ON_SQL ("1"));

  /* A resident's name finds their cases, a word nobody wrote none. */
  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  gtk_editable_set_text (f->search_entry, "dorothy");
  assert_shows (f, "c.id IN (SELECT case_id FROM case_residents WHERE resident_id = 1)");
  gtk_editable_set_text (f->search_entry, "qwertyuiop");
  assert_shows (f, "0");

  writer = hearth_case_csv_new (shown (f));
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (writer), ==, 1);
}

/* Text cleared by code and a filter chosen straight after show every case
 * at once (the search box announces an empty text without its delay, and
 * no words need no search): code that wants a case shown relies on that. */
static void
test_cleared_in_code_applies_at_once (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *ids = NULL;
  g_autofree char *all = NULL;

  gtk_editable_set_text (f->search_entry, "boiler");
  assert_shows (f, "c.status = 'open' AND " BOILER_SQL);

  gtk_editable_set_text (f->search_entry, "");
  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  ids = shown_ids (f);
  all = expected_ids (f, "1");
  g_assert_cmpstr (ids, ==, all);
}

/* Enter opens the first case found for what was typed, even when the
 * search has not finished when it is pressed. */
static void
test_enter_opens_first_found (Fixture       *f,
                              gconstpointer  data)
{
  HearthCaseView *view = hearth_case_list_page_get_case_view (f->page);
  HearthCase *opened;

  gtk_editable_set_text (f->search_entry, "heating");
  g_signal_emit_by_name (f->search_entry, "activate");
  HEARTH_TEST_ITERATE_UNTIL ((opened = hearth_case_view_get_case (view)) != NULL);
  g_assert_cmpint (hearth_case_get_id (opened), ==, 2);
}

/* Enter pressed once the search has finished but before the list has
 * taken its results in (it reads them on a worker) opens the first case
 * found, not the first of the list shown before. */
static void
test_enter_waits_for_the_list (Fixture       *f,
                               gconstpointer  data)
{
  HearthCaseView *view = hearth_case_list_page_get_case_view (f->page);
  HearthCaseSearch *search = hearth_case_list_page_get_search (f->page);
  HearthQueryModel *cases = HEARTH_QUERY_MODEL (hearth_case_list_page_get_model (f->page));
  HearthCase *opened;

  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  assert_shows (f, "1");
  g_assert_cmpint (hearth_query_model_get_id (cases, 0), !=, 2);

  gtk_editable_set_text (f->search_entry, "heating");
  HEARTH_TEST_ITERATE_UNTIL (hearth_case_search_get_match_ids (search) != NULL &&
                             !hearth_case_search_get_searching (search));
  g_assert_true (hearth_query_model_get_loading (cases));
  g_signal_emit_by_name (f->search_entry, "activate");
  HEARTH_TEST_ITERATE_UNTIL ((opened = hearth_case_view_get_case (view)) != NULL);
  g_assert_cmpint (hearth_case_get_id (opened), ==, 2);
  g_assert_cmpint (hearth_query_model_get_id (cases, 0), ==, 2);
}

static int
count_rows_cb (unsigned int  type,
               void         *data,
               void         *stmt,
               void         *x)
{
  guint *rows = data;

  /* The row query reads one case by id; the ids query starts otherwise. */
  if (g_str_has_prefix (sqlite3_sql (stmt), "SELECT c.id, c.title"))
    (*rows)++;
  return 0;
}

/* A search that changes thousands of rows reads the rows shown, not all of
 * them: the list view must not look through every row added for the rows
 * it was showing. The open case stays highlighted. */
static void
test_large_change_reads_rows_shown (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *list = hearth_test_find_named (GTK_WIDGET (f->page), GTK_TYPE_GRID_VIEW, "Cases");
  HearthCaseView *view = hearth_case_list_page_get_case_view (f->page);
  guint rows = 0;
  guint position;

  /* 3,000 more open cases: every one says "kettle", a third "toaster". */
  g_assert_true (hearth_store_exec (f->store,
    "WITH RECURSIVE n (i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 3009)"
    " INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    " SELECT i, iif (i % 3 = 0, 'A kettle and a toaster ', 'A kettle ') || i, 1, 100, 10000 + i"
    " FROM n", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "cases", 10, HEARTH_CHANGE_INSERT);
  assert_shows (f, "c.status = 'open'");
  hearth_test_wait_drawn (list);

  gtk_editable_set_text (f->search_entry, "kettle");
  assert_shows (f, "c.status = 'open' AND c.title LIKE '%kettle%'");
  hearth_test_wait_drawn (list);

  /* Case 1500 is open; it says both words. */
  position = hearth_query_model_find_id (HEARTH_QUERY_MODEL (shown (f)), 1500);
  hearth_case_list_page_open_case (f->page, position);
  HEARTH_TEST_ITERATE_UNTIL (hearth_case_view_get_case (view) != NULL &&
                             hearth_case_get_id (hearth_case_view_get_case (view)) == 1500);
  hearth_test_wait_drawn (GTK_WIDGET (f->window));

  /* The rows a search reads are read as the list draws them. */
  sqlite3_trace_v2 (hearth_store_get_db (f->store), SQLITE_TRACE_STMT, count_rows_cb, &rows);
  gtk_editable_set_text (f->search_entry, "toaster");
  assert_shows (f, "c.status = 'open' AND c.title LIKE '%toaster%'");
  hearth_test_wait_drawn (list);
  sqlite3_trace_v2 (hearth_store_get_db (f->store), 0, NULL, NULL);

  /* A thousand rows replaced three thousand. The rows shown are read, and
   * those the list still holds are read again (134 here); looking through
   * every row added would read all thousand and more (1,207 when it did). */
  g_test_message ("%u rows read", rows);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 1000);
  g_assert_cmpuint (rows, <, 500);

  /* The open case is still the one highlighted, where it now is. */
  position = hearth_query_model_find_id (HEARTH_QUERY_MODEL (shown (f)), 1500);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_assert_true (gtk_selection_model_is_selected (gtk_grid_view_get_model (GTK_GRID_VIEW (list)), position));
}

/* Each row the list draws shows the case at its place, as its title, its
 * pills and its accessible name say, however often the rows were handed
 * from one search's results to the next. Returns how many rows show a
 * case. */
static guint
assert_rows_show_cases (Fixture   *f,
                        GtkWidget *list)
{
  HearthCaseRow *row;
  guint n = 0;

  hearth_test_wait_drawn (list);
  while ((row = HEARTH_CASE_ROW (hearth_test_find (list, HEARTH_TYPE_CASE_ROW, n))) != NULL)
    {
      HearthCase *item = hearth_case_row_get_case (row);
      const char *title;
      GtkWidget *item_widget = gtk_widget_get_parent (GTK_WIDGET (row));

      g_assert_nonnull (item);
      title = hearth_case_get_title (item);
      g_assert_cmpuint (hearth_query_model_find_id (HEARTH_QUERY_MODEL (shown (f)),
                                                    hearth_case_get_id (item)), !=, G_MAXUINT);
      g_assert_nonnull (hearth_test_find_named (GTK_WIDGET (row), GTK_TYPE_LABEL, title));
      g_assert_true (gtk_widget_get_visible (hearth_test_find_named (GTK_WIDGET (row), GTK_TYPE_LABEL,
                                                                     "Closed")) ==
                     !hearth_case_get_is_open (item));
      /* Screen readers hear the row by the case's title. */
      g_assert_true (hearth_test_find_named (list, G_OBJECT_TYPE (item_widget), title) ==
                     item_widget);
      n++;
    }

  return n;
}

/* Rows handed on from one search's results to the next show their new
 * cases, and follow a case renamed. */
static void
test_rows_follow_results (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *list = hearth_test_find_named (GTK_WIDGET (f->page), GTK_TYPE_GRID_VIEW, "Cases");

  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  assert_shows (f, "1");
  g_assert_cmpuint (assert_rows_show_cases (f, list), ==, 5);

  gtk_editable_set_text (f->search_entry, "boiler");
  assert_shows (f, BOILER_SQL);
  g_assert_cmpuint (assert_rows_show_cases (f, list), ==, 3);

  gtk_editable_set_text (f->search_entry, "dorothy");
  assert_shows (f, "c.id IN (SELECT case_id FROM case_residents WHERE resident_id = 1)");
  g_assert_cmpuint (assert_rows_show_cases (f, list), ==, 2);

  gtk_editable_set_text (f->search_entry, "");
  assert_shows (f, "1");
  g_assert_cmpuint (assert_rows_show_cases (f, list), ==, 5);

  /* A case renamed: its row and its name for screen readers follow. */
  g_assert_true (hearth_store_exec (f->store, "UPDATE cases SET title = 'Boiler mended'"
                                              " WHERE id = 2", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "cases", 2, HEARTH_CHANGE_UPDATE);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_named (list, GTK_TYPE_LABEL, "Boiler mended") != NULL);
  g_assert_null (hearth_test_find_named (list, GTK_TYPE_WIDGET, "Boiler and heating"));
  g_assert_cmpuint (assert_rows_show_cases (f, list), ==, 5);
}

/* Every filter is reached from the keyboard, and the controls fit a
 * sidebar of 300 pixels whatever is chosen. */
static void
test_keyboard_and_narrow (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *toolbar = gtk_widget_get_parent (GTK_WIDGET (f->search_entry));
  int minimum = 0, natural = 0;

  gtk_drop_down_set_selected (f->filter, SHOW_ALL);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->outcome)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->worker)));

  /* The longest choices. */
  gtk_drop_down_set_selected (f->filter, SHOW_FOLLOW_UP);
  gtk_drop_down_set_selected (f->filter, SHOW_CLOSED);
  gtk_drop_down_set_selected (f->outcome, position_of (f->outcome, "On a longer journey"));
  gtk_drop_down_set_selected (f->worker, position_of (f->worker, LONG_NAME));
  hearth_test_wait_drawn (toolbar);

  gtk_widget_measure (toolbar, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_test_message ("filters need %d pixels, %d would be natural", minimum, natural);
  g_assert_cmpint (minimum + gtk_widget_get_margin_start (toolbar) +
                   gtk_widget_get_margin_end (toolbar), <=, 300);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/case-list/search-and-filters", Fixture, NULL,
              fixture_set_up, test_search_and_filters, fixture_tear_down);
  g_test_add ("/case-list/cleared-in-code-applies-at-once", Fixture, NULL,
              fixture_set_up, test_cleared_in_code_applies_at_once, fixture_tear_down);
  g_test_add ("/case-list/enter-opens-first-found", Fixture, NULL,
              fixture_set_up, test_enter_opens_first_found, fixture_tear_down);
  g_test_add ("/case-list/large-change-reads-rows-shown", Fixture, NULL,
              fixture_set_up, test_large_change_reads_rows_shown, fixture_tear_down);
  g_test_add ("/case-list/enter-waits-for-the-list", Fixture, NULL,
              fixture_set_up, test_enter_waits_for_the_list, fixture_tear_down);
  g_test_add ("/case-list/rows-follow-results", Fixture, NULL,
              fixture_set_up, test_rows_follow_results, fixture_tear_down);
  g_test_add ("/case-list/keyboard-and-narrow", Fixture, NULL,
              fixture_set_up, test_keyboard_and_narrow, fixture_tear_down);

  return g_test_run ();
}
