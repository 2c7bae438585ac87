/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-insights-csv.h"

static void
add_counts (HearthCsvWriter           *writer,
            const HearthInsightsCount *counts,
            guint                      n,
            const char                *group,
            const char                *unnamed)
{
  for (guint i = 0; i < n; i++)
    {
      if (group != NULL)
        hearth_csv_writer_add_field (writer, group);
      hearth_csv_writer_add_field (writer, counts[i].label[0] != '\0' ? counts[i].label : unnamed);
      hearth_csv_writer_add_int (writer, counts[i].value);
      hearth_csv_writer_end_row (writer);
    }
}

char *
hearth_insights_csv_dup_file_name (HearthInsights    *insights,
                                   HearthInsightsCsv  table)
{
  static const char *const names[] = {
    [HEARTH_INSIGHTS_CSV_CASES] = "cases",
    [HEARTH_INSIGHTS_CSV_OUTCOMES] = "outcomes",
    [HEARTH_INSIGHTS_CSV_MONEY] = "money",
    [HEARTH_INSIGHTS_CSV_SPEND] = "spend",
    [HEARTH_INSIGHTS_CSV_AGREEMENTS] = "agreements-overdue",
    [HEARTH_INSIGHTS_CSV_RESIDENTS] = "residents",
    [HEARTH_INSIGHTS_CSV_NEEDS_BY_AREA] = "access-needs-by-area",
  };
  const HearthInsightsMonth *months;
  guint n_months;

  g_return_val_if_fail (HEARTH_IS_INSIGHTS (insights), NULL);
  g_return_val_if_fail ((guint) table < HEARTH_INSIGHTS_N_CSV, NULL);

  months = hearth_insights_get_months (insights, &n_months);
  if (n_months == 0)
    return g_strdup_printf ("hearth-%s.csv", names[table]);

  return g_strdup_printf ("hearth-%s-%s-to-%s.csv", names[table],
                          months[0].key, months[n_months - 1].key);
}

HearthCsvWriter *
hearth_insights_csv_new (HearthInsights    *insights,
                         HearthInsightsCsv  table)
{
  g_autoptr(HearthCsvWriter) writer = NULL;
  const HearthInsightsMonth *months;
  const HearthInsightsCount *counts;
  guint n_months, n;

  g_return_val_if_fail (HEARTH_IS_INSIGHTS (insights), NULL);
  g_return_val_if_fail ((guint) table < HEARTH_INSIGHTS_N_CSV, NULL);

  writer = hearth_csv_writer_new ();
  months = hearth_insights_get_months (insights, &n_months);

  switch (table)
    {
    case HEARTH_INSIGHTS_CSV_CASES:
      hearth_csv_writer_add_row (writer, _("Month"), _("Cases opened"), _("Cases closed"), NULL);
      for (guint i = 0; i < n_months; i++)
        {
          hearth_csv_writer_add_field (writer, months[i].key);
          hearth_csv_writer_add_int (writer, months[i].opened);
          hearth_csv_writer_add_int (writer, months[i].closed);
          hearth_csv_writer_end_row (writer);
        }
      break;

    case HEARTH_INSIGHTS_CSV_OUTCOMES:
      hearth_csv_writer_add_row (writer, _("Outcome"), _("Cases closed"), NULL);
      counts = hearth_insights_get_outcomes (insights, &n);
      add_counts (writer, counts, n, NULL, _("No outcome recorded"));
      break;

    case HEARTH_INSIGHTS_CSV_MONEY:
      hearth_csv_writer_add_row (writer, _("Month"), _("Debt resolved (£)"),
                                 _("Income gained (£)"), _("Spent from the team budget (£)"),
                                 NULL);
      for (guint i = 0; i < n_months; i++)
        {
          hearth_csv_writer_add_field (writer, months[i].key);
          hearth_csv_writer_add_pence (writer, months[i].debt_resolved_pence);
          hearth_csv_writer_add_pence (writer, months[i].income_gained_pence);
          hearth_csv_writer_add_pence (writer, months[i].spend_pence);
          hearth_csv_writer_end_row (writer);
        }
      break;

    case HEARTH_INSIGHTS_CSV_SPEND:
      hearth_csv_writer_add_row (writer, _("What for"), _("Times"), _("Spent (£)"), NULL);
      counts = hearth_insights_get_spend_for (insights, &n);
      for (guint i = 0; i < n; i++)
        {
          const char *what = counts[i].label[0] != '\0' ? counts[i].label
                                                         : _("Not said, or naming someone");

          hearth_csv_writer_add_field (writer, what);
          hearth_csv_writer_add_int (writer, counts[i].count);
          hearth_csv_writer_add_pence (writer, counts[i].value);
          hearth_csv_writer_end_row (writer);
        }
      break;

    case HEARTH_INSIGHTS_CSV_AGREEMENTS:
      {
        const char *bands[] = {
          [HEARTH_INSIGHTS_OVERDUE_WEEK] = _("Up to a week"),
          [HEARTH_INSIGHTS_OVERDUE_MONTH] = _("Up to a month"),
          [HEARTH_INSIGHTS_OVERDUE_QUARTER] = _("Up to three months"),
          [HEARTH_INSIGHTS_OVERDUE_LONGER] = _("Longer"),
        };

        hearth_csv_writer_add_row (writer, _("Overdue by"), _("Open agreements"), NULL);
        for (guint i = 0; i < HEARTH_INSIGHTS_N_OVERDUE_BANDS; i++)
          {
            hearth_csv_writer_add_field (writer, bands[i]);
            hearth_csv_writer_add_int (writer, hearth_insights_get_overdue_band (insights, i));
            hearth_csv_writer_end_row (writer);
          }
      }
      break;

    case HEARTH_INSIGHTS_CSV_RESIDENTS:
      hearth_csv_writer_add_row (writer, _("Grouped by"), _("Name"), _("Residents"), NULL);
      counts = hearth_insights_get_access_needs (insights, &n);
      add_counts (writer, counts, n, _("Access need"), "");
      counts = hearth_insights_get_areas (insights, &n);
      add_counts (writer, counts, n, _("Area"), _("Area not recorded"));
      break;

    case HEARTH_INSIGHTS_CSV_NEEDS_BY_AREA:
      {
        const HearthInsightsCount *needs = hearth_insights_get_access_needs (insights, &n);
        const HearthInsightsCount *areas;
        guint n_areas;

        /* One row for each area, one column for each need, as on the page. */
        hearth_csv_writer_add_field (writer, _("Area"));
        for (guint i = 0; i < n; i++)
          hearth_csv_writer_add_field (writer, needs[i].label);
        hearth_csv_writer_end_row (writer);

        areas = hearth_insights_get_areas (insights, &n_areas);
        for (guint a = 0; a < n_areas; a++)
          {
            hearth_csv_writer_add_field (writer, areas[a].label[0] != '\0' ? areas[a].label
                                                                          : _("Area not recorded"));
            for (guint i = 0; i < n; i++)
              hearth_csv_writer_add_int (writer, hearth_insights_get_need_in_area (insights, i, a));
            hearth_csv_writer_end_row (writer);
          }
      }
      break;

    case HEARTH_INSIGHTS_N_CSV:
    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&writer);
}
