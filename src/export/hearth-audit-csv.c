/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-audit-csv.h"
#include "hearth-audit-trail.h"

HearthCsvWriter *
hearth_audit_csv_new (GListModel *trail)
{
  HearthCsvWriter *writer;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (trail), NULL);
  g_return_val_if_fail (g_list_model_get_item_type (trail) == HEARTH_TYPE_AUDIT_EVENT, NULL);

  writer = hearth_csv_writer_new ();
  hearth_csv_writer_add_row (writer,
                             C_("csv column", "When"),
                             C_("csv column", "Who"),
                             C_("csv column", "What"),
                             C_("csv column", "Record"),
                             NULL);

  n = g_list_model_get_n_items (trail);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthAuditEvent) event = g_list_model_get_item (trail, i);

      hearth_csv_writer_add_time (writer, hearth_audit_event_get_at (event));
      hearth_csv_writer_add_field (writer, hearth_audit_event_get_who (event));
      hearth_csv_writer_add_field (writer, hearth_audit_event_get_action_label (event));
      hearth_csv_writer_add_field (writer, hearth_audit_event_get_record_label (event));
      hearth_csv_writer_end_row (writer);
    }

  return writer;
}
