/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Notes about a resident in no case: the conversation with a returning
 * resident, logged before anyone decides whether a case is needed.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-resident-notes.h"
#include "hearth-timeline-entry.h"

/*
 *        resident page (notes in no case, newest first)
 *                          │
 *          HearthQueryModel of HearthTimelineEntry
 *                          │ notes_ids_sql, :resident_id
 *   timeline_entries (case_id IS NULL, resident_id = …) ── timeline_by_resident
 *
 * A resident's loose notes are few (a handful of calls before a case opens);
 * the index on (resident_id, occurred_at DESC) finds them without a scan and
 * in the order shown.
 */
static const char notes_ids_sql[] =
  "SELECT e.id FROM timeline_entries e"
  " WHERE e.resident_id = :resident_id AND e.case_id IS NULL AND e.deleted_at IS NULL"
  " ORDER BY {order}";

static const char * const notes_tables[] = {
  "timeline_entries", "agreement_items", "staff", NULL
};

static const char * const loose_kinds[] = {
  "conversation", "home-visit", "phone-call", "message", "note", NULL
};

HearthQueryModel *
hearth_resident_notes_query_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return hearth_timeline_entry_query_new_from (store, notes_ids_sql, notes_tables);
}

void
hearth_resident_notes_set_resident (HearthQueryModel *notes,
                                    gint64            resident_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (notes));

  hearth_query_model_set_number (notes, ":resident_id", resident_id);
}

gboolean
hearth_resident_notes_allows_kind (const char *kind)
{
  return kind != NULL && g_strv_contains (loose_kinds, kind);
}

gint64
hearth_resident_notes_add (HearthStore              *store,
                           gint64                    resident_id,
                           const HearthEntryFields  *fields,
                           GError                  **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gboolean found = FALSE;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* What was typed first: that is what the person can put right. */
  if (!hearth_entry_fields_validate (fields, hearth_store_now (store), error))
    return 0;
  if (!hearth_resident_notes_allows_kind (fields->kind))
    {
      hearth_refuse (error, _("What we agreed, spends and outcomes belong to a case: open a "
                              "case for this resident to log them"));
      return 0;
    }

  if (hearth_store_is_read_only (store))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                           _("Hearth is open for reading only, so the note was not saved"));
      return 0;
    }

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT 1 FROM residents WHERE id = ?1", "x>", resident_id))
    return 0;
  if (!found)
    {
      hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                          _("This resident is no longer in Hearth"));
      return 0;
    }

  id = hearth_timeline_add_entry (store, 0, resident_id, fields, NULL, 0, error);
  if (id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return id;
}

gint64
hearth_resident_notes_count (HearthStore  *store,
                             gint64        resident_id,
                             GError      **error)
{
  gint64 count = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), -1);

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT count (*) FROM timeline_entries"
                              " WHERE resident_id = ?1 AND case_id IS NULL AND deleted_at IS NULL",
                              "x>x", resident_id, &count))
    return -1;
  return count;
}
