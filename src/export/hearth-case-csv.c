/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-case.h"
#include "hearth-case-csv.h"

HearthCsvWriter *
hearth_case_csv_new (GListModel *cases)
{
  HearthCsvWriter *writer;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (cases), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (cases) == HEARTH_TYPE_CASE, NULL);

  writer = hearth_csv_writer_new ();
  hearth_csv_writer_add_row (writer,
                             C_("csv column", "Case"),
                             C_("csv column", "Residents"),
                             C_("csv column", "Lead worker"),
                             C_("csv column", "Status"),
                             C_("csv column", "Opened"),
                             C_("csv column", "Closed"),
                             C_("csv column", "Outcome"),
                             C_("csv column", "Last activity"),
                             C_("csv column", "Open agreements"),
                             C_("csv column", "Overdue agreements"),
                             NULL);

  /* Row by row: the list reads its rows in pages, and an item let go of
   * here is not kept, so a long list is not all held at once. */
  n = g_list_model_get_n_items (cases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (cases, i);

      if (item == NULL)
        continue;
      hearth_csv_writer_add_field (writer, hearth_case_get_title (item));
      hearth_csv_writer_add_field (writer, hearth_case_get_residents (item));
      hearth_csv_writer_add_field (writer, hearth_case_get_lead_name (item));
      hearth_csv_writer_add_field (writer, hearth_case_get_is_open (item)
                                           ? C_("case status", "Open")
                                           : C_("case status", "Closed"));
      hearth_csv_writer_add_date (writer, hearth_case_get_opened_at (item));
      hearth_csv_writer_add_date (writer, hearth_case_get_closed_at (item));
      hearth_csv_writer_add_field (writer, hearth_case_get_outcome_name (item));
      hearth_csv_writer_add_time (writer, hearth_case_get_last_activity_at (item));
      hearth_csv_writer_add_int (writer, hearth_case_get_open_agreements (item));
      hearth_csv_writer_add_int (writer, hearth_case_get_overdue_agreements (item));
      hearth_csv_writer_end_row (writer);
    }

  return writer;
}
