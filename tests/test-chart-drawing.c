/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The line and bar charts of Insights, drawn alone under a virtual display
 * at a phone's width and a desktop's, in light and dark styles: each draws
 * its scale, its figures and their labels within its width, in the font
 * its style gives it.
 */

#include "config.h"

#include <adwaita.h>

#include "hearth-bar-chart.h"
#include "hearth-line-chart.h"
#include "hearth-test-charts.h"
#include "hearth-ui-utils.h"

static void
test_line_chart (void)
{
  static const char *const levels[] = { "Struggling", "Low", "Okay", "Good", "Thriving", NULL };
  static const int values[] = { 3, 2, 2, 4, 5, 4, 1, 3 };
  HearthLineChart *chart = HEARTH_LINE_CHART (hearth_line_chart_new ());

  hearth_line_chart_set_title (chart, "Wellbeing");
  hearth_line_chart_set_levels (chart, levels);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *label = g_strdup_printf ("%u Mar", 1 + 3 * i);
      g_autofree char *spoken = g_strdup_printf ("%u March: %s", 1 + 3 * i, levels[values[i] - 1]);

      hearth_line_chart_add (chart, 3 * i, values[i], label, spoken);
    }

  hearth_test_check_chart_drawing (GTK_WIDGET (chart), "line");
}

static void
test_column_chart (void)
{
  static const char *const months[] = { "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  HearthBarChart *chart = HEARTH_BAR_CHART (hearth_bar_chart_new (GTK_ORIENTATION_VERTICAL));

  hearth_bar_chart_set_title (chart, "Cases opened and closed each month");
  hearth_bar_chart_set_series (chart, "Opened", "Closed");
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *opened = g_strdup_printf ("%u", 4 + i * 3);
      g_autofree char *closed = g_strdup_printf ("%u", 2 + i * 2);

      hearth_bar_chart_add_pair (chart, months[i], 4 + i * 3, opened, NULL, 2 + i * 2, closed, NULL);
    }

  hearth_test_check_chart_drawing (GTK_WIDGET (chart), "columns");
}

/* A chart of one series, a bar for each of @labels, each shorter than the
 * one before. */
static void
check_one_series (GtkOrientation     orientation,
                  const char        *title,
                  const char *const *labels,
                  guint              n,
                  const char        *name)
{
  HearthBarChart *chart = HEARTH_BAR_CHART (hearth_bar_chart_new (orientation));

  hearth_bar_chart_set_title (chart, title);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", 12 / (i + 1));

      hearth_bar_chart_add (chart, labels[i], 12 / (i + 1), text);
    }

  hearth_test_check_chart_drawing (GTK_WIDGET (chart), name);
}

static void
test_single_column_chart (void)
{
  static const char *const bands[] = { "Up to a week", "Up to a month", "Up to three months", "Longer" };

  check_one_series (GTK_ORIENTATION_VERTICAL, "Agreements overdue", bands, G_N_ELEMENTS (bands),
                    "single-columns");
}

static void
test_row_chart (void)
{
  static const char *const needs[] = { "Hearing", "Sight", "Easy read", "An interpreter for British Sign Language" };

  check_one_series (GTK_ORIENTATION_HORIZONTAL, "Residents by access need", needs, G_N_ELEMENTS (needs),
                    "rows");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add_func ("/chart-drawing/line", test_line_chart);
  g_test_add_func ("/chart-drawing/columns", test_column_chart);
  g_test_add_func ("/chart-drawing/single-columns", test_single_column_chart);
  g_test_add_func ("/chart-drawing/rows", test_row_chart);

  return g_test_run ();
}
