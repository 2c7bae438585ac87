/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-bar-chart.h"
#include "hearth-insights-csv.h"
#include "hearth-save-as.h"
#include "hearth-insights-page.h"
#include "hearth-ui-utils.h"
#include "hearth-money.h"

/* How many areas the chart names before it adds up the rest. */
#define MAX_AREAS 10

/* What the team can learn from its records, to learn and never to score:
 *
 *   HearthInsightsPage --> HearthInsights (computed in a worker) --> HearthStore
 *        |
 *        +--> HearthBarChart per section, HearthCsvWriter to export
 *
 * No resident is named here: only counts, sums and the team's own lists. */
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

  /* owned */
  HearthStore     *store;
  HearthInsights  *insights;
  GCancellable    *cancellable;
  guint            refresh_id;
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
}

static void
period_changed_cb (HearthInsightsPage *self)
{
  refresh (self);
}

static gboolean
refresh_timeout_cb (gpointer data)
{
  HearthInsightsPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A change somewhere in the records: the figures follow a moment later, once
 * for a burst of changes. */
static void
store_changed_cb (HearthInsightsPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add_seconds (1, refresh_timeout_cb, self);
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
  hearth_csv_save_as (widget, self->toast_overlay, _("Export CSV"), name, export_csv_new,
                      export, (GDestroyNotify) export_free);
}

static void
hearth_insights_page_dispose (GObject *object)
{
  HearthInsightsPage *self = HEARTH_INSIGHTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_INSIGHTS_PAGE);

  g_clear_object (&self->insights);
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
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);

  gtk_widget_class_install_action (widget_class, "insights.export", "i", export_action_cb);
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

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);

  if (!g_set_object (&self->store, store))
    return;

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
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
