/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier.h"
#include "hearth-barrier-csv.h"

HearthCsvWriter *
hearth_barrier_csv_new (GListModel *barriers)
{
  HearthCsvWriter *writer;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (barriers), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (barriers) == HEARTH_TYPE_BARRIER, NULL);

  writer = hearth_csv_writer_new ();
  hearth_csv_writer_add_row (writer,
                             C_("csv column", "Barrier"),
                             C_("csv column", "Category"),
                             C_("csv column", "Status"),
                             C_("csv column", "Owner"),
                             C_("csv column", "Teams affected"),
                             C_("csv column", "Weight"),
                             C_("csv column", "Votes"),
                             C_("csv column", "First action"),
                             C_("csv column", "Action due"),
                             C_("csv column", "Raised"),
                             C_("csv column", "Last update"),
                             C_("csv column", "Removed"),
                             C_("csv column", "Parked because"),
                             C_("csv column", "What happens"),
                             NULL);

  /* Row by row, so that a long log is not all held at once. */
  n = g_list_model_get_n_items (barriers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) item = g_list_model_get_item (barriers, i);

      if (item == NULL)
        continue;
      hearth_csv_writer_add_field (writer, hearth_barrier_get_title (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_category_label (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_status_label (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_owner_name (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_teams (item));
      hearth_csv_writer_add_int (writer, hearth_barrier_get_weight (item));
      hearth_csv_writer_add_int (writer, hearth_barrier_get_votes (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_first_action (item));
      /* Already an ISO date, "2026-12-18", or empty. */
      hearth_csv_writer_add_field (writer, hearth_barrier_get_action_due_on (item));
      hearth_csv_writer_add_date (writer, hearth_barrier_get_created_at (item));
      hearth_csv_writer_add_date (writer, hearth_barrier_get_last_update_at (item));
      hearth_csv_writer_add_date (writer, hearth_barrier_get_removed_at (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_parked_reason (item));
      hearth_csv_writer_add_field (writer, hearth_barrier_get_what_happens (item));
      hearth_csv_writer_end_row (writer);
    }

  return writer;
}
