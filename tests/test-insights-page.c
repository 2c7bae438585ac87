/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The insights page under a virtual display, opened the way a person opens
 * it: it shows the sample team's figures, each counted here again in SQL,
 * states them to screen readers, names no resident, and greets an empty
 * database with words instead of zeros.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hearth-bar-chart.h"
#include "hearth-budget-dialog.h"
#include "hearth-date.h"
#include "hearth-date-row.h"
#include "hearth-case-changes.h"
#include "hearth-insights-page.h"
#include "hearth-line-chart.h"
#include "hearth-one-to-one-insights-row.h"
#include "hearth-supervision-changes.h"
#include "hearth-money.h"
#include "hearth-sample-data.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

/* The period of the page at first: the last twelve whole months to now. */
#define IN_12_MONTHS(column) \
  column " >= unixepoch (hearth_now (), 'unixepoch', 'start of month', '-11 months')" \
  " AND " column " < unixepoch (hearth_now (), 'unixepoch', 'start of month', '+1 month')"
#define IN_3_MONTHS(column) \
  column " >= unixepoch (hearth_now (), 'unixepoch', 'start of month', '-2 months')" \
  " AND " column " < unixepoch (hearth_now (), 'unixepoch', 'start of month', '+1 month')"

typedef struct
{
  char        *dir;
  HearthStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, 0);

  if (GPOINTER_TO_INT (data))
    {
      hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static HearthBarChart *
find_chart (GtkWidget  *page,
            const char *title)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();

  collect (page, HEARTH_TYPE_BAR_CHART, charts);
  for (guint i = 0; i < charts->len; i++)
    if (g_strcmp0 (hearth_bar_chart_get_title (charts->pdata[i]), title) == 0)
      return charts->pdata[i];

  g_assert_not_reached ();
}

static const char *
label_text (GtkWidget  *page,
            const char *name)
{
  GtkWidget *label = find_named (page, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static void
assert_count (GtkWidget  *page,
              const char *name,
              gint64      expected)
{
  g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT, expected);

  g_assert_cmpstr (label_text (page, name), ==, text);
}

static void
assert_pence (GtkWidget  *page,
              const char *name,
              gint64      expected)
{
  g_autofree char *text = hearth_money_format (expected);

  g_assert_cmpstr (label_text (page, name), ==, text);
}

static gint64
query (HearthStore *store,
       const char  *sql)
{
  return hearth_test_query_int (store, sql);
}

/* What the page shows: figures, the empty state or the spinner. */
static const char *
shown_state (GtkWidget *page)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (find_named (page, "insights-state")));
}

static HearthWindow *
open_window (HearthStore *store)
{
  HearthWindow *window = hearth_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  hearth_test_present (GTK_WINDOW (window));
  return window;
}

/* Opens the page with the window's action and waits for its figures. */
static HearthInsightsPage *
open_insights (HearthWindow *window)
{
  AdwDialog *dialog;
  HearthInsightsPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.insights", NULL));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (dialog);
  page = HEARTH_INSIGHTS_PAGE (adw_dialog_get_child (dialog));

  HEARTH_TEST_ITERATE_UNTIL (hearth_insights_page_get_insights (page) != NULL);
  hearth_test_wait_drawn (GTK_WIDGET (page));

  return page;
}

static void
wait_for_figures (HearthInsightsPage *page)
{
  HEARTH_TEST_ITERATE_UNTIL (hearth_insights_page_get_insights (page) != NULL);
}

static void
close_window (HearthWindow *window)
{
  hearth_test_destroy (GTK_WINDOW (window));
}

static void
test_sample_team (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthInsightsPage *page = open_insights (window);
  GtkWidget *widget = GTK_WIDGET (page);
  g_autofree char *outcomes = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *expected = NULL;
  HearthStore *store = fixture->store;
  HearthBarChart *chart;
  gint64 n;

  g_assert_cmpstr (shown_state (widget), ==, "figures");

  assert_count (widget, "open-now-label",
                query (store, "SELECT count(*) FROM cases WHERE closed_at IS NULL"));
  n = query (store, "SELECT count(*) FROM cases WHERE " IN_12_MONTHS ("opened_at"));
  g_assert_cmpint (n, >, 0);
  assert_count (widget, "opened-label", n);
  assert_count (widget, "closed-label",
                query (store, "SELECT count(*) FROM cases WHERE " IN_12_MONTHS ("closed_at")));
  assert_pence (widget, "debt-label",
                query (store, "SELECT coalesce (sum (amount_pence), 0) FROM timeline_entries"
                              " WHERE money_kind = 'debt-resolved' AND deleted_at IS NULL"
                              "   AND " IN_12_MONTHS ("occurred_at")));
  assert_pence (widget, "income-label",
                query (store, "SELECT coalesce (sum (amount_pence), 0) FROM timeline_entries"
                              " WHERE money_kind = 'income-gained' AND deleted_at IS NULL"
                              "   AND " IN_12_MONTHS ("occurred_at")));
  n = query (store, "SELECT coalesce (sum (amount_pence), 0) FROM timeline_entries"
                    " WHERE kind = 'spend' AND deleted_at IS NULL"
                    "   AND " IN_12_MONTHS ("occurred_at"));
  g_assert_cmpint (n, >, 0);
  assert_pence (widget, "spend-label", n);
  assert_count (widget, "overdue-label",
                query (store, "SELECT count(*) FROM agreement_items a"
                              "  JOIN timeline_entries e ON e.id = a.entry_id"
                              " WHERE a.status = 'open' AND e.deleted_at IS NULL"
                              "   AND a.due_on < date (hearth_now (), 'unixepoch')"));
  assert_count (widget, "residents-label",
                query (store, "SELECT count(DISTINCT cr.resident_id) FROM case_residents cr"
                              "  JOIN cases c ON c.id = cr.case_id"
                              " WHERE c.opened_at < unixepoch (hearth_now (), 'unixepoch',"
                              "         'start of month', '+1 month')"
                              "   AND (c.closed_at IS NULL OR c.closed_at >= unixepoch ("
                              "         hearth_now (), 'unixepoch', 'start of month',"
                              "         '-11 months'))"));

  /* A screen reader hears the figures the bars draw. */
  n = query (store, "SELECT count(*) FROM cases c JOIN outcomes o ON o.id = c.outcome_id"
                    " WHERE o.position = 1 AND " IN_12_MONTHS ("c.closed_at"));
  g_assert_cmpint (n, >, 0);
  outcomes = hearth_bar_chart_dup_description (find_chart (widget, "Cases closed, by outcome"));
  expected = g_strdup_printf ("Living a better life: %" G_GINT64_FORMAT, n);
  g_assert_nonnull (strstr (outcomes, expected));
  {
    g_autofree char *cases = hearth_bar_chart_dup_description (
      find_chart (widget, "Cases opened and closed each month"));
    g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (hearth_store_now (fixture->store));
    g_autofree char *month = g_date_time_format (now, "%B %Y: Opened ");

    g_assert_nonnull (strstr (cases, month));
  }
  needs = hearth_bar_chart_dup_description (find_chart (widget, "Residents by access need"));
  g_assert_nonnull (strstr (needs, "Residents by access need. Wheelchair user: "));

  /* Nothing on the page names a resident. */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    g_autoptr(GPtrArray) charts = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;
    sqlite3_stmt *stmt = hearth_store_prepare (fixture->store, "SELECT name FROM residents UNION"
                                                       " SELECT preferred_name FROM residents"
                                                       " WHERE preferred_name <> ''", &error);
    gboolean has_row = TRUE;

    g_assert_no_error (error);
    collect (widget, GTK_TYPE_LABEL, labels);
    collect (widget, HEARTH_TYPE_BAR_CHART, charts);
    g_assert_cmpuint (charts->len, ==, 10);
    for (;;)
      {
        const char *resident;

        g_assert_true (hearth_store_step (fixture->store, stmt, &has_row, &error));
        if (!has_row)
          break;
        resident = (const char *) sqlite3_column_text (stmt, 0);
        for (guint i = 0; i < labels->len; i++)
          g_assert_null (strstr (gtk_label_get_label (labels->pdata[i]), resident));
        for (guint i = 0; i < charts->len; i++)
          {
            g_autofree char *text = hearth_bar_chart_dup_description (charts->pdata[i]);

            g_assert_null (strstr (text, resident));
          }
      }
    sqlite3_reset (stmt);
  }

  /* Another period brings its own figures. */
  hearth_insights_page_set_period (page, HEARTH_INSIGHTS_PERIOD_3_MONTHS);
  wait_for_figures (page);
  assert_count (widget, "opened-label",
                query (store, "SELECT count(*) FROM cases WHERE " IN_3_MONTHS ("opened_at")));
  chart = find_chart (widget, "Cases opened and closed each month");
  g_assert_cmpuint (hearth_bar_chart_get_n_bars (chart), ==, 3);

  /* A second press of the shortcut does not open a second page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.insights", NULL));
  g_assert_true (adw_dialog_get_child (adw_application_window_get_visible_dialog (
                   ADW_APPLICATION_WINDOW (window))) == widget);

  close_window (window);
}

/* The budget of the team of whoever uses Hearth for today, with what was
 * spent from it, each figure summed here again in SQL by the rule in
 * hearth-budget.h (every sample spend is logged by someone on the list);
 * and the table of access needs by area, cell by cell as a screen reader
 * names it. */
static void
test_budget_and_needs (Fixture       *fixture,
                       gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  g_autofree char *starts_on = NULL;
  g_autofree char *ends_on = NULL;
  g_autofree char *budget_sql = NULL;
  g_autofree char *spent_sql = NULL;
  HearthWindow *window;
  HearthInsightsPage *page;
  GtkWidget *widget;
  AdwDialog *dialog;
  gint64 priya, amount, spent, n_budgets;
  gboolean found = FALSE;

  priya = query (store, "SELECT id FROM staff WHERE name = 'Priya Raman'");
  hearth_store_set_actor (store, priya);
  g_assert_true (hearth_store_read_row (store, NULL, &error,
                                        "SELECT b.team, b.starts_on, b.ends_on, b.amount_pence"
                                        "  FROM budgets b JOIN staff s ON s.team = b.team"
                                        " WHERE s.id = ?1 AND b.deleted_at IS NULL"
                                        "   AND b.starts_on <= date (hearth_now (), 'unixepoch',"
                                        "                            'localtime')"
                                        "   AND b.ends_on >= date (hearth_now (), 'unixepoch',"
                                        "                          'localtime')",
                                        "x>sssx", priya, &team, &starts_on, &ends_on, &amount));
  g_assert_no_error (error);
  spent_sql = g_strdup_printf ("SELECT coalesce (sum (e.amount_pence), 0) FROM timeline_entries e"
                               "  JOIN staff a ON a.id = e.author_id"
                               " WHERE e.kind = 'spend' AND e.deleted_at IS NULL AND a.team = '%s'"
                               "   AND date (e.occurred_at, 'unixepoch', 'localtime')"
                               "       BETWEEN '%s' AND '%s'", team, starts_on, ends_on);
  spent = query (store, spent_sql);

  window = open_window (store);
  page = open_insights (window);
  widget = GTK_WIDGET (page);

  {
    g_autofree char *amount_text = hearth_money_format (amount);
    g_autofree char *spent_text = hearth_money_format (spent);
    g_autofree char *left_text = hearth_money_format (ABS (amount - spent));

    HEARTH_TEST_ITERATE_UNTIL (g_str_equal (label_text (widget, "budget-amount-label"),
                                            amount_text) &&
                               g_str_equal (label_text (widget, "budget-spent-label"),
                                            spent_text));
    g_assert_cmpstr (label_text (widget, "budget-left-label"), ==, left_text);
  }
  /* A bar for each month of the quarter, spoken as well as drawn. */
  g_assert_cmpuint (hearth_bar_chart_get_n_bars (find_chart (widget,
                                                              "What the budget was spent on")),
                    >, 0);
  {
    g_autofree char *title = NULL;
    g_autofree char *amount_text = hearth_money_format (amount);
    g_autoptr(GPtrArray) charts = g_ptr_array_new ();
    HearthBarChart *months = NULL;

    title = g_strdup_printf ("Spent each month, of a budget of %s", amount_text);
    collect (widget, HEARTH_TYPE_BAR_CHART, charts);
    for (guint i = 0; i < charts->len; i++)
      if (g_strcmp0 (hearth_bar_chart_get_title (charts->pdata[i]), title) == 0)
        months = charts->pdata[i];
    g_assert_nonnull (months);
    g_assert_cmpuint (hearth_bar_chart_get_n_bars (months), ==, 3);
  }

  /* A cell of the table of needs by area, named in full. */
  {
    g_autofree char *area = NULL;
    g_autofree char *need = NULL;
    gint64 n = 0;

    g_assert_true (hearth_store_read_row (store, &found, &error,
      "SELECT trim (r.area), n.name, count (DISTINCT r.id) FROM residents r"
      "  JOIN resident_access_needs ran ON ran.resident_id = r.id"
      "  JOIN access_needs n ON n.id = ran.need_id"
      "  JOIN case_residents cr ON cr.resident_id = r.id JOIN cases c ON c.id = cr.case_id"
      " WHERE trim (r.area) <> '' AND " IN_12_MONTHS ("c.opened_at")
      " GROUP BY trim (r.area), n.id ORDER BY count (DISTINCT r.id) DESC LIMIT 1",
      ">ssx", &area, &need, &n));
    g_assert_no_error (error);
    g_assert_true (found);
    /* Residents on cases opened in the period are among those served: at
     * least that many, and the cell says how many exactly. */
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT count (DISTINCT r.id) FROM residents r"
        "  JOIN resident_access_needs ran ON ran.resident_id = r.id"
        "  JOIN access_needs n ON n.id = ran.need_id"
        " WHERE trim (r.area) = '%s' AND n.name = '%s' AND r.id IN"
        "  (SELECT cr.resident_id FROM case_residents cr JOIN cases c ON c.id = cr.case_id"
        "    WHERE c.opened_at < unixepoch (hearth_now (), 'unixepoch', 'start of month',"
        "                                   '+1 month')"
        "      AND (c.closed_at IS NULL OR c.closed_at >= unixepoch (hearth_now (), 'unixepoch',"
        "           'start of month', '-11 months')))", area, need);
      gint64 served = query (store, sql);
      g_autofree char *spoken = g_strdup_printf ("%s, %s: %'" G_GINT64_FORMAT " %s", area, need,
                                                 served, served == 1 ? "resident" : "residents");

      g_assert_cmpint (served, >=, n);
      g_assert_nonnull (hearth_test_find_labelled (widget, spoken));
    }
  }

  /* Setting a budget: the quarter offered at first is the one the team has
   * already, and the overlap is refused in words with nothing written. */
  n_budgets = query (store, "SELECT count (*) FROM budgets");
  g_assert_true (gtk_widget_activate_action (widget, "insights.new-budget", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_application_window_get_visible_dialog (
                                ADW_APPLICATION_WINDOW (window))) != NULL &&
                             HEARTH_IS_BUDGET_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                  "Amount in pounds")), "250");
  g_assert_false (hearth_form_dialog_save (HEARTH_FORM_DIALOG (dialog)));
  g_assert_nonnull (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpint (query (store, "SELECT count (*) FROM budgets"), ==, n_budgets);

  /* Ten years on, the days are free: it is set, for the team chosen. */
  {
    g_autofree char *first = hearth_test_query_text (store, "SELECT date (max (ends_on),"
                                                            " '+10 years', '+1 day') FROM budgets");
    g_autofree char *last = hearth_test_query_text (store, "SELECT date (max (ends_on),"
                                                           " '+10 years', '+3 months')"
                                                           " FROM budgets");

    hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                          "First day")), first);
    hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                          "Last day")), last);
    g_assert_true (hearth_form_dialog_save (HEARTH_FORM_DIALOG (dialog)));
    g_assert_cmpint (query (store, "SELECT count (*) FROM budgets"), ==, n_budgets + 1);
    g_assert_cmpint (hearth_test_query_intf (store, "SELECT count (*) FROM budgets b JOIN staff s"
                                                    " ON s.team = b.team"
                                                    " WHERE s.name = 'Priya Raman'"
                                                    " AND b.amount_pence = 25000"
                                                    " AND b.starts_on = '%s'", first), ==, 1);
  }

  /* The budget shown can be removed from its form; its spends stay. */
  HEARTH_TEST_ITERATE_UNTIL (adw_application_window_get_visible_dialog (
                               ADW_APPLICATION_WINDOW (window)) == ADW_DIALOG (
                               gtk_widget_get_ancestor (widget, ADW_TYPE_DIALOG)));
  g_assert_true (gtk_widget_activate_action (widget, "insights.edit-budget", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_application_window_get_visible_dialog (
                                ADW_APPLICATION_WINDOW (window))) != NULL &&
                             HEARTH_IS_BUDGET_DIALOG (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "budget.remove", NULL));
  {
    g_autofree char *removed = g_strdup_printf ("SELECT count (*) FROM budgets"
                                                " WHERE deleted_at IS NOT NULL AND team = '%s'"
                                                " AND starts_on = '%s'", team, starts_on);

    HEARTH_TEST_ITERATE_UNTIL (query (store, removed) == 1);
  }
  g_assert_cmpint (query (store, spent_sql), ==, spent);

  close_window (window);
}

/* The figures follow the records: a case closed elsewhere leaves the open
 * ones, a moment later, without the page being opened again. */
static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthWindow *window = open_window (fixture->store);
  HearthInsightsPage *page = open_insights (window);
  GtkWidget *widget = GTK_WIDGET (page);
  gint64 open_now = query (fixture->store, "SELECT count(*) FROM cases WHERE status = 'open'");
  g_autofree char *fewer = g_strdup_printf ("%'" G_GINT64_FORMAT, open_now - 1);

  assert_count (widget, "open-now-label", open_now);
  g_assert_true (hearth_case_close (fixture->store,
                                    query (fixture->store, "SELECT min (id) FROM cases"
                                                           " WHERE status = 'open'"),
                                    query (fixture->store, "SELECT min (id) FROM outcomes"),
                                    "", &error));
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (hearth_insights_page_get_insights (page) != NULL &&
                             g_str_equal (label_text (widget, "open-now-label"), fewer));

  close_window (window);
}

/* Opens the page and waits for the one-to-ones of the store's actor. */
static HearthInsightsPage *
open_one_to_ones (HearthWindow *window)
{
  HearthInsightsPage *page = open_insights (window);

  HEARTH_TEST_ITERATE_UNTIL (hearth_insights_page_get_one_to_ones (page) != NULL);
  hearth_test_wait_drawn (GTK_WIDGET (page));
  return page;
}

/* What the chart of @staff_id's wellbeing should tell a screen reader: each
 * of their one-to-ones with @supervisor_id, in words. */
static char *
dup_expected_points (HearthStore *store,
                     gint64       supervisor_id,
                     gint64       staff_id,
                     guint       *n_points)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (held_on || wellbeing, ',')"
                                          " FROM (SELECT held_on, wellbeing FROM supervisions"
                                          " WHERE supervisor_id = %" G_GINT64_FORMAT
                                          " AND staff_id = %" G_GINT64_FORMAT
                                          " AND wellbeing IS NOT NULL ORDER BY held_on, id)",
                                          supervisor_id, staff_id);
  g_autofree char *list = hearth_test_query_text (store, sql);
  g_auto(GStrv) points = g_strsplit (list != NULL ? list : "", ",", -1);

  *n_points = 0;
  for (guint i = 0; points[i] != NULL && points[i][0] != '\0'; i++)
    {
      g_autofree char *day = g_strndup (points[i], 10);
      g_autofree char *words = hearth_date_format (day, "%-d %B");
      g_autofree char *level = g_utf8_strdown (hearth_wellbeing_get_label (atoi (points[i] + 10)),
                                               -1);

      g_string_append_printf (expected, "%s%s: %s", i > 0 ? "; " : "", words, level);
      (*n_points)++;
    }

  return g_string_free (g_steal_pointer (&expected), FALSE);
}

static void
test_one_to_ones (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthWindow *window;
  HearthInsightsPage *page;
  GtkWidget *group, *row, *previous = NULL;
  gint64 supervisor, nobody;
  guint n_people, n_rows = 0;

  /* The sample's busiest supervisor, and a member of staff with no people. */
  supervisor = query (fixture->store, "SELECT supervisor_id FROM supervision_pairs"
                                      " WHERE ended_on IS NULL GROUP BY supervisor_id"
                                      " ORDER BY count (*) DESC, supervisor_id LIMIT 1");
  nobody = query (fixture->store, "SELECT min (id) FROM staff WHERE id NOT IN"
                                  " (SELECT supervisor_id FROM supervision_pairs)");
  n_people = query (fixture->store, "SELECT count (*) FROM supervision_pairs WHERE ended_on"
                                    " IS NULL AND supervisor_id = (SELECT supervisor_id FROM"
                                    " supervision_pairs WHERE ended_on IS NULL GROUP BY"
                                    " supervisor_id ORDER BY count (*) DESC, supervisor_id"
                                    " LIMIT 1)");
  g_assert_cmpint (supervisor, >, 0);
  g_assert_cmpint (nobody, >, 0);
  g_assert_cmpuint (n_people, >, 1);
  /* Every one-to-one of the sample falls within the page's twelve months. */
  g_assert_cmpint (query (fixture->store, "SELECT count (*) FROM supervisions WHERE"
                                          " held_on < date (hearth_now (), 'unixepoch', '-300 days')"),
                   ==, 0);

  hearth_store_set_actor (fixture->store, supervisor);
  window = open_window (fixture->store);
  page = open_one_to_ones (window);

  group = find_named (GTK_WIDGET (page), "one-to-ones-group");
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));

  for (row = hearth_test_find (group, HEARTH_TYPE_ONE_TO_ONE_INSIGHTS_ROW, 0); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *name = hearth_one_to_one_insights_row_get_name (HEARTH_ONE_TO_ONE_INSIGHTS_ROW (row));
      g_auto(GStrv) parts = g_strsplit (name, "'", -1);
      g_autofree char *quoted = g_strjoinv ("''", parts);
      g_autofree char *sql = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *description = NULL;
      HearthLineChart *chart;
      gint64 staff_id;
      guint n_points;

      /* One of the supervisor's people, by name and never by a figure. */
      sql = g_strdup_printf ("SELECT p.staff_id FROM supervision_pairs p JOIN staff s ON"
                             " s.id = p.staff_id WHERE p.ended_on IS NULL AND"
                             " p.supervisor_id = %" G_GINT64_FORMAT " AND s.name = '%s'",
                             supervisor, quoted);
      staff_id = query (fixture->store, sql);
      g_assert_cmpint (staff_id, >, 0);
      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (hearth_one_to_one_insights_row_get_name (
                                           HEARTH_ONE_TO_ONE_INSIGHTS_ROW (previous)), name),
                         <=, 0);
      previous = row;

      /* Named for a screen reader, and reached by keyboard. */
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           name);
      g_assert_true (gtk_widget_get_focusable (row));

      /* The chart tells each point in words. */
      chart = HEARTH_LINE_CHART (hearth_test_find (row, HEARTH_TYPE_LINE_CHART, 0));
      expected = dup_expected_points (fixture->store, supervisor, staff_id, &n_points);
      g_assert_cmpuint (n_points, >, 1);
      g_assert_cmpuint (hearth_line_chart_get_n_points (chart), ==, n_points);
      description = hearth_line_chart_dup_description (chart);
      g_assert_cmpstr (description, ==, expected);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, n_people);

  /* The first person's row takes the focus from the keyboard. */
  row = hearth_test_find (group, HEARTH_TYPE_ONE_TO_ONE_INSIGHTS_ROW, 0);
  gtk_widget_grab_focus (row);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (row));

  close_window (window);

  /* Someone who supervises nobody sees no such group. */
  hearth_store_set_actor (fixture->store, nobody);
  window = open_window (fixture->store);
  page = open_one_to_ones (window);
  g_assert_cmpuint (hearth_supervision_insights_get_n_people (
                      hearth_insights_page_get_one_to_ones (page)), ==, 0);
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (page), "one-to-ones-group")));
  g_assert_null (hearth_test_find (GTK_WIDGET (page), HEARTH_TYPE_LINE_CHART, 0));

  close_window (window);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthInsightsPage *page = open_insights (window);

  g_assert_true (hearth_insights_is_empty (hearth_insights_page_get_insights (page)));
  g_assert_cmpstr (shown_state (GTK_WIDGET (page)), ==, "empty");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/insights-page/sample-team", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_sample_team, fixture_tear_down);
  g_test_add ("/insights-page/budget-and-needs", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_budget_and_needs, fixture_tear_down);
  g_test_add ("/insights-page/follows-changes", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_follows_changes, fixture_tear_down);
  g_test_add ("/insights-page/one-to-ones", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_one_to_ones, fixture_tear_down);
  g_test_add ("/insights-page/empty", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
