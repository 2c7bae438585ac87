/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-one-to-ones-csv.h"

/* The counts only: this file may go wider than the two people in each
 * one-to-one, so the wellbeing series of HearthSupervisionInsightsPerson is
 * never read here. */
HearthCsvWriter *
hearth_one_to_ones_csv_new (HearthSupervisionInsights *insights)
{
  g_autoptr(HearthCsvWriter) writer = NULL;
  guint n;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (insights), NULL);

  writer = hearth_csv_writer_new ();
  hearth_csv_writer_add_row (writer, _("Member of staff"), _("One-to-ones held"),
                             _("On rhythm"), _("Late"), _("Actions done"), _("Actions dropped"),
                             _("Actions open"), NULL);

  n = hearth_supervision_insights_get_n_people (insights);
  for (guint i = 0; i < n; i++)
    {
      const HearthSupervisionInsightsPerson *person =
        hearth_supervision_insights_get_person (insights, i);

      hearth_csv_writer_add_field (writer, person->name);
      hearth_csv_writer_add_int (writer, person->held);
      hearth_csv_writer_add_int (writer, person->on_rhythm);
      hearth_csv_writer_add_int (writer, person->late);
      hearth_csv_writer_add_int (writer, person->done);
      hearth_csv_writer_add_int (writer, person->dropped);
      hearth_csv_writer_add_int (writer, person->open);
      hearth_csv_writer_end_row (writer);
    }

  return g_steal_pointer (&writer);
}

static char *
month_key (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time);

  return g_date_time_format (dt, "%Y-%m");
}

char *
hearth_one_to_ones_csv_dup_file_name (HearthSupervisionInsights *insights)
{
  g_autofree char *first = NULL, *last = NULL;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (insights), NULL);

  first = month_key (hearth_supervision_insights_get_start (insights));
  last = month_key (hearth_supervision_insights_get_end (insights) - 1);
  return g_strdup_printf ("hearth-one-to-ones-%s-to-%s.csv", first, last);
}
