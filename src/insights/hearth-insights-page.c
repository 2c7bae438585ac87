/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-bar-chart.h"
#include "hearth-budget.h"
#include "hearth-budget-dialog.h"
#include "hearth-date.h"
#include "hearth-insights-csv.h"
#include "hearth-insights-tracker.h"
#include "hearth-one-to-one-insights-row.h"
#include "hearth-one-to-ones-csv.h"
#include "hearth-save-as.h"
#include "hearth-insights-page.h"
#include "hearth-ui-utils.h"
#include "hearth-money.h"
#include "hearth-supervision-insights.h"

/* How many areas the chart names before it adds up the rest. */
#define MAX_AREAS 10

/* What the team can learn from its records, to learn and never to score:
 *
 *   HearthInsightsPage --> HearthInsights (computed in a worker) --> HearthStore
 *        |   \--> HearthInsightsTracker (when to compute them again)
 *        |
 *        +--> HearthBarChart per section, HearthCsvWriter to export
 *        +--> HearthBudgetReport (read in a worker) --> HearthStore
 *        +--> HearthBudgetDialog to set a team's budget
 *        +--> HearthSupervisionInsights (read in a worker) --> HearthStore
 *               \--> HearthOneToOneInsightsRow per person the actor supervises
 *
 * No resident is named here: only counts, sums and the team's own lists.
 * The one-to-ones are the actor's own people's, and nobody else's. */
struct _HearthInsightsPage
{
  AdwBin           parent_instance;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkDropDown     *period_dropdown;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *open_now_label;
  GtkLabel        *opened_label;
  GtkLabel        *closed_label;
  GtkLabel        *debt_label;
  GtkLabel        *income_label;
  GtkLabel        *spend_label;
  GtkLabel        *spends_label;
  GtkLabel        *overdue_label;
  GtkLabel        *residents_label;
  HearthBarChart  *cases_chart;
  HearthBarChart  *outcomes_chart;
  HearthBarChart  *money_chart;
  HearthBarChart  *spend_chart;
  HearthBarChart  *overdue_chart;
  HearthBarChart  *needs_chart;
  HearthBarChart  *areas_chart;
  GtkStack        *budget_stack;
  GtkDropDown     *budget_dropdown;
  GtkLabel        *budget_amount_label;
  GtkLabel        *budget_spent_label;
  GtkLabel        *budget_left_label;
  GtkLabel        *budget_left_caption;
  GtkLabel        *budget_summary_label;
  HearthBarChart  *budget_months_chart;
  HearthBarChart  *budget_for_chart;
  HearthBarChart  *budget_outcomes_chart;
  GtkGrid         *needs_grid;
  AdwPreferencesGroup *one_to_ones_group;
  GtkListBox      *one_to_ones_list;

  /* owned */
  HearthStore     *store;
  HearthInsightsTracker *tracker;
  HearthInsights  *insights;
  GCancellable    *cancellable;
  GListModel      *budgets;        /* of HearthBudget, as the dropdown lists them */
  HearthBudgetReport *report;
  GCancellable    *report_cancellable;
  HearthSupervisionInsights *one_to_ones;
  GCancellable    *one_to_ones_cancellable;
};

G_DEFINE_FINAL_TYPE (HearthInsightsPage, hearth_insights_page, ADW_TYPE_BIN)

static char *
format_count (gint64 n)
{
  return g_strdup_printf ("%'" G_GINT64_FORMAT, n);
}

/* Whole pounds, thousands or millions, to fit over a narrow column. */
static char *
format_pence_short (gint64 pence)
{
  gint64 pounds = (pence + 50) / 100;

  if (pounds < 1000)
    {
      /* The number first: a format with G_GINT64_FORMAT in it cannot be
       * extracted for translation. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, pounds);

      /* Translators: whole pounds over a column of a chart, "£120". */
      return g_strdup_printf (_("£%s"), number);
    }
  if (pounds < 1000000)
    /* Translators: thousands of pounds over a column of a chart, "£1.2k". */
    return g_strdup_printf (_("£%.1fk"), pounds / 1000.0);

  /* Translators: millions of pounds over a column of a chart, "£1.2m". */
  return g_strdup_printf (_("£%.1fm"), pounds / 1000000.0);
}

static void
set_count (GtkLabel *label,
           gint64    n)
{
  g_autofree char *text = format_count (n);

  gtk_label_set_label (label, text);
}

static void
set_pence (GtkLabel *label,
           gint64    pence)
{
  g_autofree char *text = hearth_money_format (pence);

  gtk_label_set_label (label, text);
}

static void
add_count_bar (HearthBarChart *chart,
               const char     *label,
               gint64          n)
{
  g_autofree char *text = format_count (n);

  hearth_bar_chart_add (chart, label, n, text);
}

static char *
month_label (const HearthInsightsMonth *month,
             const char                *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (month->start);

  return g_date_time_format (dt, format);
}

static void
show_cases (HearthInsightsPage        *self,
            const HearthInsightsMonth *months,
            guint                      n_months)
{
  set_count (self->open_now_label, hearth_insights_get_open_now (self->insights));
  set_count (self->opened_label, hearth_insights_get_opened (self->insights));
  set_count (self->closed_label, hearth_insights_get_closed (self->insights));

  hearth_bar_chart_clear (self->cases_chart);
  /* Translators: the two series of the chart of cases by month. */
  hearth_bar_chart_set_series (self->cases_chart, C_("chart", "Opened"), C_("chart", "Closed"));
  for (guint i = 0; i < n_months; i++)
    {
      /* Translators: a month under a column of a chart, short; see strftime. */
      g_autofree char *label = month_label (&months[i], C_("chart month", "%b"));
      g_autofree char *opened = format_count (months[i].opened);
      g_autofree char *closed = format_count (months[i].closed);

      g_autofree char *spoken = month_label (&months[i], C_("period", "%B %Y"));

      hearth_bar_chart_add_pair (self->cases_chart, label, months[i].opened, opened, NULL,
                                 months[i].closed, closed, NULL);
      hearth_bar_chart_set_spoken_label (self->cases_chart, i, spoken);
    }
}

static void
show_outcomes (HearthInsightsPage *self)
{
  const HearthInsightsCount *outcomes;
  guint n;

  outcomes = hearth_insights_get_outcomes (self->insights, &n);
  hearth_bar_chart_clear (self->outcomes_chart);
  for (guint i = 0; i < n; i++)
    add_count_bar (self->outcomes_chart,
                   outcomes[i].label[0] != '\0' ? outcomes[i].label : _("No outcome recorded"),
                   outcomes[i].value);
}

static void
show_money (HearthInsightsPage        *self,
            const HearthInsightsMonth *months,
            guint                      n_months)
{
  set_pence (self->debt_label, hearth_insights_get_debt_resolved_pence (self->insights));
  set_pence (self->income_label, hearth_insights_get_income_gained_pence (self->insights));

  hearth_bar_chart_clear (self->money_chart);
  hearth_bar_chart_set_series (self->money_chart,
                               C_("chart", "Debt resolved"), C_("chart", "Income gained"));
  for (guint i = 0; i < n_months; i++)
    {
      g_autofree char *label = month_label (&months[i], C_("chart month", "%b"));
      g_autofree char *debt = hearth_money_format (months[i].debt_resolved_pence);
      g_autofree char *income = hearth_money_format (months[i].income_gained_pence);
      g_autofree char *spoken = month_label (&months[i], C_("period", "%B %Y"));
      g_autofree char *debt_short = format_pence_short (months[i].debt_resolved_pence);
      g_autofree char *income_short = format_pence_short (months[i].income_gained_pence);

      hearth_bar_chart_add_pair (self->money_chart, label,
                                 months[i].debt_resolved_pence, debt, debt_short,
                                 months[i].income_gained_pence, income, income_short);
      hearth_bar_chart_set_spoken_label (self->money_chart, i, spoken);
    }
}

static void
show_spend (HearthInsightsPage *self)
{
  const HearthInsightsCount *spend_for;
  guint n;

  set_pence (self->spend_label, hearth_insights_get_spend_pence (self->insights));
  set_count (self->spends_label, hearth_insights_get_n_spends (self->insights));

  spend_for = hearth_insights_get_spend_for (self->insights, &n);
  hearth_bar_chart_clear (self->spend_chart);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = hearth_money_format (spend_for[i].value);

      hearth_bar_chart_add (self->spend_chart,
                            spend_for[i].label[0] != '\0' ? spend_for[i].label
                                                          : _("Not said, or naming someone"),
                            spend_for[i].value, text);
    }
}

static void
show_agreements (HearthInsightsPage *self)
{
  const char *bands[] = {
    [HEARTH_INSIGHTS_OVERDUE_WEEK] = _("Up to a week"),
    [HEARTH_INSIGHTS_OVERDUE_MONTH] = _("Up to a month"),
    [HEARTH_INSIGHTS_OVERDUE_QUARTER] = _("Up to three months"),
    [HEARTH_INSIGHTS_OVERDUE_LONGER] = _("Longer"),
  };

  set_count (self->overdue_label, hearth_insights_get_overdue (self->insights));

  hearth_bar_chart_clear (self->overdue_chart);
  for (guint i = 0; i < HEARTH_INSIGHTS_N_OVERDUE_BANDS; i++)
    add_count_bar (self->overdue_chart, bands[i],
                   hearth_insights_get_overdue_band (self->insights, i));
}

static void
show_residents (HearthInsightsPage *self)
{
  const HearthInsightsCount *counts;
  gint64 others = 0;
  guint n, n_others = 0;

  set_count (self->residents_label, hearth_insights_get_residents (self->insights));

  counts = hearth_insights_get_access_needs (self->insights, &n);
  hearth_bar_chart_clear (self->needs_chart);
  for (guint i = 0; i < n; i++)
    add_count_bar (self->needs_chart, counts[i].label, counts[i].value);

  counts = hearth_insights_get_areas (self->insights, &n);
  hearth_bar_chart_clear (self->areas_chart);
  for (guint i = 0; i < n; i++)
    {
      if (i < MAX_AREAS && counts[i].label[0] != '\0')
        add_count_bar (self->areas_chart, counts[i].label, counts[i].value);
      else
        {
          others += counts[i].value;
          n_others++;
        }
    }
  if (n_others > 0)
    add_count_bar (self->areas_chart,
                   n_others == 1 && counts[n - 1].label[0] == '\0' ? _("Area not recorded")
                                                                   : _("Other areas"),
                   others);
}

static GtkWidget *
new_cell (const char *text,
          const char *spoken,
          gboolean    heading,
          float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  /* A need's name wraps at the same width however wide the table is let to
   * be: in a table that scrolls sideways, the label is measured for its
   * height at its narrowest, and would otherwise leave a gap under it. */
  if (heading && xalign > 0)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 9);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 9);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
    }
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  if (spoken != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                    -1);
  return label;
}

/* The table of residents by access need (columns) and area (rows). Its
 * cells are made here: how many columns and rows it has is the team's list
 * of needs and the areas its residents live in, known only once counted.
 * Each cell is named in full ("Felling, Wheelchair user: 3 residents"), so
 * a screen reader that reads it alone still says what it counts. */
static void
show_needs_by_area (HearthInsightsPage *self)
{
  const HearthInsightsCount *needs, *areas;
  GtkWidget *child;
  guint n_needs, n_areas;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->needs_grid))) != NULL)
    gtk_grid_remove (self->needs_grid, child);

  needs = hearth_insights_get_access_needs (self->insights, &n_needs);
  areas = hearth_insights_get_areas (self->insights, &n_areas);

  gtk_grid_attach (self->needs_grid, new_cell (_("Area"), NULL, TRUE, 0), 0, 0, 1, 1);
  for (guint i = 0; i < n_needs; i++)
    gtk_grid_attach (self->needs_grid, new_cell (needs[i].label, NULL, TRUE, 1), (int) i + 1, 0,
                     1, 1);

  for (guint a = 0; a < n_areas; a++)
    {
      const char *area = areas[a].label[0] != '\0' ? areas[a].label : _("Area not recorded");

      gtk_grid_attach (self->needs_grid, new_cell (area, NULL, TRUE, 0), 0, (int) a + 1, 1, 1);
      for (guint i = 0; i < n_needs; i++)
        {
          guint n = hearth_insights_get_need_in_area (self->insights, i, a);
          g_autofree char *text = format_count (n);
          /* Translators: a cell of the table of residents by access need and
           * area, as a screen reader says it: "Felling, Wheelchair user: 3
           * residents". */
          g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "%s, %s: %s resident",
                                                                  "%s, %s: %s residents", n),
                                                     area, needs[i].label, text);

          gtk_grid_attach (self->needs_grid, new_cell (text, spoken, FALSE, 1), (int) i + 1,
                           (int) a + 1, 1, 1);
        }
    }
}

/* --- The team's budget ----------------------------------------------------------- */

/* "1 October to 31 December 2026". */
static char *
dup_period_words (HearthBudget *budget)
{
  /* Translators: the first day of a period, in strftime format: "1 October". */
  g_autofree char *first = hearth_date_format (hearth_budget_get_starts_on (budget),
                                               C_("budget period", "%-d %B"));
  /* Translators: the last day of a period, in strftime format: "31 December 2026". */
  g_autofree char *last = hearth_date_format (hearth_budget_get_ends_on (budget),
                                              C_("budget period", "%-d %B %Y"));

  /* Translators: a budget's period: "1 October to 31 December 2026". */
  return g_strdup_printf (_("%s to %s"), first, last);
}

static void
show_budget_report (HearthInsightsPage *self)
{
  HearthBudget *budget = hearth_budget_report_get_budget (self->report);
  gint64 amount = hearth_budget_get_amount_pence (budget);
  gint64 spent = hearth_budget_report_get_spent_pence (self->report);
  gint64 left = hearth_budget_report_get_left_pence (self->report);
  guint n_spends = hearth_budget_report_get_n_spends (self->report);
  g_autofree char *amount_text = hearth_money_format (amount);
  g_autofree char *spent_text = hearth_money_format (spent);
  g_autofree char *left_text = hearth_money_format (ABS (left));
  g_autofree char *period = dup_period_words (budget);
  g_autofree char *summary = NULL;
  const HearthInsightsCount *items;
  gint64 so_far;
  guint n;

  set_pence (self->budget_amount_label, amount);
  set_pence (self->budget_spent_label, spent);
  set_pence (self->budget_left_label, ABS (left));
  gtk_label_set_label (self->budget_left_caption, left < 0 ? _("Over") : _("Left"));
  if (left < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->budget_left_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->budget_left_label), "error");

  /* The figures in one sentence, for anyone who does not read charts. */
  if (left < 0)
    /* Translators: "Tenancy Management’s 2026–27 Q3 budget, 1 October to 31
     * December 2026: £1,620.00 spent of £1,500.00 in 14 spends, £120.00 over." */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s’s %s budget, %s: %s spent of %s in %u spend, "
                                            "%s over.",
                                            "%s’s %s budget, %s: %s spent of %s in %u spends, "
                                            "%s over.",
                                            n_spends),
                               hearth_budget_get_team (budget), hearth_budget_get_name (budget),
                               period, spent_text, amount_text, n_spends, left_text);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s’s %s budget, %s: %s spent of %s in %u spend, "
                                            "%s left.",
                                            "%s’s %s budget, %s: %s spent of %s in %u spends, "
                                            "%s left.",
                                            n_spends),
                               hearth_budget_get_team (budget), hearth_budget_get_name (budget),
                               period, spent_text, amount_text, n_spends, left_text);
  gtk_label_set_label (self->budget_summary_label, summary);

  /* Each month beside what was spent so far, to read against the budget. */
  items = hearth_budget_report_get_months (self->report, &n);
  hearth_bar_chart_clear (self->budget_months_chart);
  {
    /* Translators: the title of a chart; %s is the budget's amount. */
    g_autofree char *title = g_strdup_printf (_("Spent each month, of a budget of %s"),
                                              amount_text);

    hearth_bar_chart_set_title (self->budget_months_chart, title);
  }
  hearth_bar_chart_set_series (self->budget_months_chart, C_("chart", "In the month"),
                               C_("chart", "So far"));
  so_far = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *day = g_strdup_printf ("%s-01", items[i].label);
      /* Translators: a month under a column of a chart, short; see strftime. */
      g_autofree char *label = hearth_date_format (day, C_("chart month", "%b"));
      g_autofree char *spoken = hearth_date_format (day, C_("period", "%B %Y"));
      g_autofree char *text = hearth_money_format (items[i].value);
      g_autofree char *text_short = format_pence_short (items[i].value);
      g_autofree char *total = NULL;
      g_autofree char *total_short = NULL;

      so_far += items[i].value;
      total = hearth_money_format (so_far);
      total_short = format_pence_short (so_far);
      hearth_bar_chart_add_pair (self->budget_months_chart, label, items[i].value, text,
                                 text_short, so_far, total, total_short);
      hearth_bar_chart_set_spoken_label (self->budget_months_chart, i, spoken);
    }

  items = hearth_budget_report_get_spend_for (self->report, &n);
  hearth_bar_chart_clear (self->budget_for_chart);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = hearth_money_format (items[i].value);

      hearth_bar_chart_add (self->budget_for_chart,
                            items[i].label[0] != '\0' ? items[i].label
                                                      : _("Not said, or naming someone"),
                            items[i].value, text);
    }

  items = hearth_budget_report_get_outcomes (self->report, &n);
  hearth_bar_chart_clear (self->budget_outcomes_chart);
  for (guint i = 0; i < n; i++)
    {
      const char *label = items[i].label == NULL ? _("Still open")
                          : items[i].label[0] != '\0' ? items[i].label
                                                      : _("No outcome recorded");
      g_autofree char *money = hearth_money_format (items[i].value);
      /* Translators: cases that spent from the budget, and how much: "3 cases, £120.00". */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case, %s",
                                                            "%u cases, %s", items[i].count),
                                               items[i].count, money);

      hearth_bar_chart_add (self->budget_outcomes_chart, label, items[i].count, text);
    }

  gtk_stack_set_visible_child_name (self->budget_stack, "budget");
}

static void
report_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HearthInsightsPage *self;
  g_autoptr(HearthBudgetReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* The page holds no reference while the figures are read, so that closing
   * it lets it go at once: it cancels the read as it goes, and a cancelled
   * read always ends here, before the page is touched. */
  report = hearth_budget_report_read_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = HEARTH_INSIGHTS_PAGE (user_data);

  g_clear_object (&self->report_cancellable);
  if (report == NULL)
    {
      /* Removed in another window while it was read: the list follows. */
      if (!g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        g_warning ("Could not read the budget's figures: %s", error->message);
      return;
    }

  g_set_object (&self->report, report);
  show_budget_report (self);
}

static HearthBudget *
chosen_budget (HearthInsightsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->budget_dropdown);

  if (self->budgets == NULL || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_list_model_get_item (self->budgets, selected);
}

static void
read_budget_report (HearthInsightsPage *self)
{
  g_autoptr(HearthBudget) budget = chosen_budget (self);

  g_cancellable_cancel (self->report_cancellable);
  g_clear_object (&self->report_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.edit-budget", budget != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->budget_dropdown), budget != NULL);
  if (budget == NULL)
    {
      g_clear_object (&self->report);
      gtk_stack_set_visible_child_name (self->budget_stack, "none");
      return;
    }

  self->report_cancellable = g_cancellable_new ();
  hearth_budget_report_read_async (self->store, hearth_budget_get_id (budget),
                                   self->report_cancellable, report_read_cb, self);
}

static void
budget_chosen_cb (HearthInsightsPage *self)
{
  read_budget_report (self);
}

/* The team of whoever uses Hearth, to show their budget first. */
static char *
dup_own_team (HearthInsightsPage *self)
{
  g_autoptr(GError) error = NULL;
  char *team = hearth_budget_dup_staff_team (self->store, hearth_store_get_actor (self->store),
                                             &error);

  return team != NULL ? team : g_strdup ("");
}

/* Reads the budgets again, keeping the one shown, or else showing the one
 * of the person's team for today (or the latest begun, of any team). */
static void
load_budgets (HearthInsightsPage *self,
              gint64              keep_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) budgets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_budget_dup_local_day (hearth_store_now (self->store));
  g_autofree char *team = dup_own_team (self);
  g_autofree char *latest_starts = NULL;
  guint n, selected = GTK_INVALID_LIST_POSITION, latest = GTK_INVALID_LIST_POSITION;

  budgets = hearth_budget_list_read (self->store, NULL, &error);
  if (budgets == NULL)
    {
      g_warning ("Could not read the budgets: %s", error->message);
      budgets = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_BUDGET));
    }

  n = g_list_model_get_n_items (budgets);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBudget) budget = g_list_model_get_item (budgets, i);
      /* Translators: a budget in the list to choose from: its team, then its name. */
      g_autofree char *name = g_strdup_printf (_("%s · %s"), hearth_budget_get_team (budget),
                                               hearth_budget_get_name (budget));
      gboolean holds_today = g_strcmp0 (hearth_budget_get_starts_on (budget), today) <= 0 &&
                             g_strcmp0 (hearth_budget_get_ends_on (budget), today) >= 0;

      gtk_string_list_append (names, name);
      if (hearth_budget_get_id (budget) == keep_id)
        selected = i;
      else if (keep_id == 0 && selected == GTK_INVALID_LIST_POSITION && holds_today &&
               g_utf8_collate (hearth_budget_get_team (budget), team) == 0)
        selected = i;
      if (g_strcmp0 (hearth_budget_get_starts_on (budget), today) <= 0 &&
          (latest_starts == NULL ||
           g_strcmp0 (hearth_budget_get_starts_on (budget), latest_starts) > 0))
        {
          latest = i;
          g_free (latest_starts);
          latest_starts = g_strdup (hearth_budget_get_starts_on (budget));
        }
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = latest != GTK_INVALID_LIST_POSITION ? latest : (n > 0 ? 0 : selected);

  g_set_object (&self->budgets, budgets);
  g_signal_handlers_block_by_func (self->budget_dropdown, budget_chosen_cb, self);
  gtk_drop_down_set_model (self->budget_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->budget_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->budget_dropdown, budget_chosen_cb, self);
  read_budget_report (self);
}

static void
reload_budgets (HearthInsightsPage *self)
{
  g_autoptr(HearthBudget) shown = chosen_budget (self);

  load_budgets (self, shown != NULL ? hearth_budget_get_id (shown) : 0);
}

static void
new_budget_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (widget);
  g_autoptr(HearthBudget) shown = chosen_budget (self);
  g_autofree char *team = shown != NULL ? g_strdup (hearth_budget_get_team (shown))
                                        : dup_own_team (self);

  adw_dialog_present (hearth_budget_dialog_new (self->store, NULL, team), widget);
}

static void
edit_budget_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (widget);
  g_autoptr(HearthBudget) shown = chosen_budget (self);

  if (shown != NULL)
    adw_dialog_present (hearth_budget_dialog_new (self->store, shown, NULL), widget);
}

static void
show_insights (HearthInsightsPage *self)
{
  const HearthInsightsMonth *months;
  guint n_months;

  months = hearth_insights_get_months (self->insights, &n_months);

  if (n_months > 0)
    {
      /* Translators: a month in the period shown, such as "December 2025". */
      g_autofree char *first = month_label (&months[0], C_("period", "%B %Y"));
      g_autofree char *last = month_label (&months[n_months - 1], C_("period", "%B %Y"));
      /* Translators: the period of the figures, such as "December 2025 to November 2026". */
      g_autofree char *period = n_months == 1 ? g_strdup (first)
                                              : g_strdup_printf (_("%s to %s"), first, last);

      adw_window_title_set_subtitle (self->window_title, period);
    }

  if (hearth_insights_is_empty (self->insights))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_cases (self, months, n_months);
  show_outcomes (self);
  show_money (self, months, n_months);
  show_spend (self);
  show_agreements (self);
  show_residents (self);
  show_needs_by_area (self);
  reload_budgets (self);

  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
show_toast (HearthInsightsPage *self,
            const char         *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HearthInsightsPage) self = user_data;
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  insights = hearth_insights_compute_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (insights == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Hearth could not work out the figures: %s"),
                                                  error->message);

      g_warning ("Could not compute the insights: %s", error->message);
      show_toast (self, message);
      return;
    }

  g_set_object (&self->insights, insights);
  show_insights (self);
}

/* A row for each of the actor's people, by name. The rows are made here:
 * how many there are is known only once read, one per person (a handful),
 * each its own template. */
static void
show_one_to_ones (HearthInsightsPage *self)
{
  guint n = hearth_supervision_insights_get_n_people (self->one_to_ones);

  gtk_list_box_remove_all (self->one_to_ones_list);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->one_to_ones_list,
                         hearth_one_to_one_insights_row_new (
                           hearth_supervision_insights_get_person (self->one_to_ones, i)));

  /* Only for someone who supervises someone. */
  gtk_widget_set_visible (GTK_WIDGET (self->one_to_ones_group), n > 0);
}

static void
one_to_ones_computed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  HearthInsightsPage *self;
  g_autoptr(HearthSupervisionInsights) one_to_ones = NULL;
  g_autoptr(GError) error = NULL;

  /* As with the budget: no reference is held while the one-to-ones are
   * worked out, so closing the page lets it go at once; it cancels the work
   * as it goes, and cancelled work ends here before the page is touched. */
  one_to_ones = hearth_supervision_insights_compute_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = HEARTH_INSIGHTS_PAGE (user_data);

  g_clear_object (&self->one_to_ones_cancellable);

  if (one_to_ones == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Hearth could not work out the one-to-ones: %s"),
                                                  error->message);

      g_warning ("Could not compute the one-to-ones' insights: %s", error->message);
      show_toast (self, message);
      return;
    }

  g_set_object (&self->one_to_ones, one_to_ones);
  show_one_to_ones (self);
}

static void
get_period (HearthInsightsPage *self,
            gint64             *start,
            gint64             *end)
{
  gint64 now = hearth_store_now (self->store);

  switch (gtk_drop_down_get_selected (self->period_dropdown))
    {
    case HEARTH_INSIGHTS_PERIOD_3_MONTHS:
      hearth_insights_period_last_months (now, 3, start, end);
      break;

    case HEARTH_INSIGHTS_PERIOD_6_MONTHS:
      hearth_insights_period_last_months (now, 6, start, end);
      break;

    case HEARTH_INSIGHTS_PERIOD_THIS_YEAR:
      hearth_insights_period_this_year (now, start, end);
      break;

    case HEARTH_INSIGHTS_PERIOD_12_MONTHS:
    default:
      hearth_insights_period_last_months (now, 12, start, end);
      break;
    }
}

static void
refresh (HearthInsightsPage *self)
{
  gint64 start, end;

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Figures of another period are not shown while the new ones come. */
  g_clear_object (&self->insights);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  get_period (self, &start, &end);
  hearth_insights_compute_async (self->store, start, end, self->cancellable, computed_cb,
                                 g_object_ref (self));

  g_cancellable_cancel (self->one_to_ones_cancellable);
  g_clear_object (&self->one_to_ones_cancellable);
  self->one_to_ones_cancellable = g_cancellable_new ();
  g_clear_object (&self->one_to_ones);
  hearth_supervision_insights_compute_async (self->store, start, end,
                                             self->one_to_ones_cancellable,
                                             one_to_ones_computed_cb, self);
}

static void
period_changed_cb (HearthInsightsPage *self)
{
  refresh (self);
}

/* A change to what the figures are worked out from, a moment ago. */
static void
tracker_changed_cb (HearthInsightsPage *self)
{
  refresh (self);
}

/* One table of the figures shown when Export was chosen. */
typedef struct
{
  HearthInsights     *insights;
  HearthInsightsCsv   table;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->insights);
  g_free (export);
}

static HearthCsvWriter *
export_csv_new (gpointer data)
{
  Export *export = data;

  return hearth_insights_csv_new (export->insights, export->table);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (widget);
  int table = g_variant_get_int32 (parameter);
  g_autofree char *name = NULL;
  Export *export;

  if (self->insights == NULL || table < 0 || table >= HEARTH_INSIGHTS_N_CSV)
    return;

  name = hearth_insights_csv_dup_file_name (self->insights, table);
  export = g_new0 (Export, 1);
  export->insights = g_object_ref (self->insights);
  export->table = table;
  hearth_csv_save_as (widget, self->toast_overlay, _("Export as CSV"), name, export_csv_new,
                      export, (GDestroyNotify) export_free);
}

static HearthCsvWriter *
one_to_ones_csv_new (gpointer data)
{
  return hearth_one_to_ones_csv_new (data);
}

/* The counts of the one-to-ones shown, never their wellbeing. */
static void
export_one_to_ones_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->one_to_ones == NULL)
    return;

  name = hearth_one_to_ones_csv_dup_file_name (self->one_to_ones);
  hearth_csv_save_as (widget, self->toast_overlay, _("Export as CSV"), name, one_to_ones_csv_new,
                      g_object_ref (self->one_to_ones), g_object_unref);
}

static void
hearth_insights_page_dispose (GObject *object)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->report_cancellable);
  g_clear_object (&self->report_cancellable);
  g_cancellable_cancel (self->one_to_ones_cancellable);
  g_clear_object (&self->one_to_ones_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_INSIGHTS_PAGE);

  g_clear_object (&self->report);
  g_clear_object (&self->one_to_ones);
  g_clear_object (&self->budgets);
  g_clear_object (&self->insights);
  g_clear_object (&self->tracker);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_insights_page_parent_class)->dispose (object);
}

static void
hearth_insights_page_class_init (HearthInsightsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_insights_page_dispose;

  g_type_ensure (HEARTH_TYPE_BAR_CHART);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hearthapp/Hearth/insights/hearth-insights-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, open_now_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, opened_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, closed_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, debt_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, income_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, spend_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, spends_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, residents_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, cases_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, outcomes_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, money_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, spend_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, overdue_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, needs_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, areas_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_amount_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_spent_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_left_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_left_caption);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_summary_label);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_months_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_for_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, budget_outcomes_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, needs_grid);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, one_to_ones_group);
  gtk_widget_class_bind_template_child (widget_class, HearthInsightsPage, one_to_ones_list);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, budget_chosen_cb);

  gtk_widget_class_install_action (widget_class, "insights.export", "i", export_action_cb);
  gtk_widget_class_install_action (widget_class, "insights.export-one-to-ones", NULL,
                                   export_one_to_ones_action_cb);
  gtk_widget_class_install_action (widget_class, "insights.new-budget", NULL, new_budget_action);
  gtk_widget_class_install_action (widget_class, "insights.edit-budget", NULL,
                                   edit_budget_action);
}

static void
hearth_insights_page_init (HearthInsightsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

GtkWidget *
hearth_insights_page_new (void)
{
  return g_object_new (HEARTH_TYPE_INSIGHTS_PAGE, NULL);
}

void
hearth_insights_page_set_store (HearthInsightsPage *self,
                                HearthStore        *store)
{
  g_return_if_fail (HEARTH_IS_INSIGHTS_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->tracker);
  self->tracker = hearth_insights_tracker_new (store);
  g_signal_connect_object (self->tracker, "changed", G_CALLBACK (tracker_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
}

void
hearth_insights_page_set_period (HearthInsightsPage   *self,
                                 HearthInsightsPeriod  period)
{
  g_return_if_fail (HEARTH_IS_INSIGHTS_PAGE (self));
  g_return_if_fail (period <= HEARTH_INSIGHTS_PERIOD_THIS_YEAR);

  gtk_drop_down_set_selected (self->period_dropdown, period);
}

HearthInsights *
hearth_insights_page_get_insights (HearthInsightsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS_PAGE (self), NULL);

  return self->insights;
}

HearthSupervisionInsights *
hearth_insights_page_get_one_to_ones (HearthInsightsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS_PAGE (self), NULL);

  return self->one_to_ones;
}

AdwDialog *
hearth_insights_page_new_dialog (HearthStore *store)
{
  AdwDialog *dialog;
  GtkWidget *page;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  page = hearth_insights_page_new ();
  hearth_insights_page_set_store (HEARTH_INSIGHTS_PAGE (page), store);

  dialog = adw_dialog_new ();
  adw_dialog_set_title (dialog, _("Insights"));
  adw_dialog_set_content_width (dialog, 1000);
  adw_dialog_set_content_height (dialog, 760);
  adw_dialog_set_child (dialog, page);

  return dialog;
}
