/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a case's timeline: entries, their edits (kept as history) and
 * deletions (recorded, and undoable), and the items of "what we agreed".
 * Every change is one transaction that announces the rows it touched.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-change-util.h"
#include "hearth-date.h"
#include "hearth-money.h"
#include "hearth-timeline-changes.h"

static const char * const writable_kinds[] = {
  "conversation", "home-visit", "phone-call", "message", "agreement", "action", "spend",
  "expertise", "money-outcome", "note", NULL
};

static gboolean
is_kind (const char         *kind,
         const char * const *kinds)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static gboolean
uses_amount (const char *kind)
{
  return g_strcmp0 (kind, "spend") == 0 || g_strcmp0 (kind, "money-outcome") == 0;
}

void
hearth_entry_fields_init (HearthEntryFields *fields)
{
  g_return_if_fail (fields != NULL);

  memset (fields, 0, sizeof *fields);
  fields->kind = "conversation";
  fields->amount_pence = -1;
}

gboolean
hearth_entry_fields_validate (const HearthEntryFields  *fields,
                              gint64                    now,
                              GError                  **error)
{
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!is_kind (fields->kind, writable_kinds))
    return hearth_refuse (error, _("Choose what kind of entry this is"));
  if (hearth_text_is_blank (fields->summary))
    return hearth_refuse (error, _("Write a short summary of what happened"));
  if (!hearth_check_text (fields->summary, HEARTH_ENTRY_SUMMARY_MAX,
                          _("The summary is too long: keep it to one line, and put the rest in the details"),
                          error) ||
      !hearth_check_text (fields->body, HEARTH_ENTRY_BODY_MAX,
                          _("The details are too long to save; split them over two entries"), error) ||
      !hearth_check_text (fields->spend_for, HEARTH_ENTRY_DETAIL_MAX,
                          _("What the money was for is too long"), error) ||
      !hearth_check_text (fields->expert_name, HEARTH_ENTRY_DETAIL_MAX,
                          _("The name of who came is too long"), error) ||
      !hearth_check_text (fields->expert_from, HEARTH_ENTRY_DETAIL_MAX,
                          _("Where they came from is too long"), error))
    return FALSE;

  if (fields->occurred_at < 0)
    return hearth_refuse (error, _("Choose when this happened"));
  if (fields->occurred_at > now + HEARTH_ENTRY_FUTURE_GRACE)
    return hearth_refuse (error, _("An entry records what has happened, so its time cannot be "
                                   "in the future; use “What we agreed” with a due date for what is to come"));

  if (uses_amount (fields->kind))
    {
      if (fields->amount_pence < 0)
        return hearth_refuse (error, _("Type the amount in pounds and pence, like 12.50"));
      if (fields->amount_pence > HEARTH_MONEY_MAX_PENCE)
        return hearth_refuse (error, _("That is more than one million pounds; check the amount"));
    }
  if (g_strcmp0 (fields->kind, "money-outcome") == 0 &&
      g_strcmp0 (fields->money_kind, "debt-resolved") != 0 &&
      g_strcmp0 (fields->money_kind, "income-gained") != 0)
    return hearth_refuse (error, _("Say whether debt was resolved or income gained"));
  if (g_strcmp0 (fields->kind, "expertise") == 0 && hearth_text_is_blank (fields->expert_name))
    return hearth_refuse (error, _("Say who came to the resident"));

  return TRUE;
}

gboolean
hearth_agreement_fields_validate (const HearthAgreementFields  *fields,
                                  GError                      **error)
{
  static const char * const owner_kinds[] = { "resident", "staff", "other", NULL };

  g_return_val_if_fail (fields != NULL, FALSE);

  if (hearth_text_is_blank (fields->text))
    return hearth_refuse (error, _("Write what will be done"));
  if (!hearth_check_text (fields->text, HEARTH_AGREEMENT_TEXT_MAX,
                          _("What will be done is too long; split it into two items"), error) ||
      !hearth_check_text (fields->owner_name, HEARTH_AGREEMENT_OWNER_MAX,
                          _("The name of who will do it is too long"), error))
    return FALSE;
  if (!is_kind (fields->owner_kind, owner_kinds))
    return hearth_refuse (error, _("Say who will do it"));
  if (g_str_equal (fields->owner_kind, "other") && hearth_text_is_blank (fields->owner_name))
    return hearth_refuse (error, _("Say who will do it"));

  if (fields->due_on != NULL && *fields->due_on != '\0' &&
      !hearth_date_parse (fields->due_on, NULL, error))
    return FALSE;

  return TRUE;
}

const char * const *
hearth_timeline_writable_kinds (void)
{
  return writable_kinds;
}

/* The case's last activity follows its newest entry that is not deleted. */
static gboolean
touch_case (HearthStore  *store,
            gint64        case_id,
            GError      **error)
{
  if (case_id <= 0)
    return TRUE;

  return hearth_store_write (store, error, "cases", HEARTH_CHANGE_UPDATE, case_id,
                             "UPDATE cases SET last_activity_at = max (opened_at, coalesce ("
                             "  (SELECT max (occurred_at) FROM timeline_entries"
                             "    WHERE case_id = ?1 AND deleted_at IS NULL), 0))"
                             " WHERE id = ?1",
                             "x", case_id) != 0;
}

/* Returns the new item's id, or 0 with @error set. */
static gint64
insert_item (HearthStore                  *store,
             gint64                        entry_id,
             int                           position,
             const HearthAgreementFields  *item,
             GError                      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (item->text));
  g_autofree char *owner_name = g_strstrip (g_strdup (or_empty (item->owner_name)));
  gboolean by_staff = g_str_equal (item->owner_kind, "staff");
  gint64 now = hearth_store_now (store);
  gint64 actor = hearth_store_get_actor (store);

  /* "Me" is the person writing, when no one else is named. */
  return hearth_store_write (store, error, "agreement_items", HEARTH_CHANGE_INSERT, 0,
                             "INSERT INTO agreement_items (entry_id, position, text, owner_kind,"
                             " owner_staff_id, owner_name, due_on, created_at, created_by,"
                             " updated_at, updated_by)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)",
                             "xissosSxo", entry_id, position, text, item->owner_kind,
                             by_staff ? (item->owner_staff_id > 0 ? item->owner_staff_id : actor)
                                      : 0,
                             owner_name,
                             item->due_on != NULL && *item->due_on != '\0' ? item->due_on : NULL,
                             now, actor);
}

/* Whether an entry may be added to @case_id: it exists and is open. */
static gboolean
check_case_open (HearthStore  *store,
                 gint64        case_id,
                 GError      **error)
{
  gboolean found = FALSE;
  gboolean open = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT status = 'open' FROM cases WHERE id = ?1", "x>i",
                              case_id, &open))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This case no longer exists; it may have been removed elsewhere"));
  if (!open)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This case is closed; reopen it to add to its timeline"));
  return TRUE;
}

gint64
hearth_timeline_add_entry (HearthStore                  *store,
                           gint64                        case_id,
                           gint64                        resident_id,
                           const HearthEntryFields      *fields,
                           const HearthAgreementFields  *items,
                           guint                         n_items,
                           GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *spend_for = NULL;
  g_autofree char *expert_name = NULL;
  g_autofree char *expert_from = NULL;
  gint64 now;
  gint64 actor;
  gint64 entry_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (n_items == 0 || items != NULL, 0);

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  if (!hearth_entry_fields_validate (fields, now, error))
    return 0;
  if (case_id <= 0 && resident_id <= 0)
    {
      hearth_refuse (error, _("Choose the case or the resident this is about"));
      return 0;
    }
  if (n_items > 0 && !g_str_equal (fields->kind, "agreement"))
    {
      hearth_refuse (error, _("Only “What we agreed” has items"));
      return 0;
    }
  for (guint i = 0; i < n_items; i++)
    {
      if (!hearth_agreement_fields_validate (&items[i], error))
        return 0;
    }

  summary = g_strstrip (g_strdup (fields->summary));
  spend_for = g_strstrip (g_strdup (or_empty (fields->spend_for)));
  expert_name = g_strstrip (g_strdup (or_empty (fields->expert_name)));
  expert_from = g_strstrip (g_strdup (or_empty (fields->expert_from)));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || (case_id > 0 && !check_case_open (store, case_id, error)))
    return 0;

  entry_id = hearth_store_write (store, error, "timeline_entries", HEARTH_CHANGE_INSERT, 0,
                                 "INSERT INTO timeline_entries (case_id, resident_id, kind,"
                                 " occurred_at, author_id, summary, body, amount_pence, spend_for,"
                                 " money_kind, expert_name, expert_from, created_at, created_by,"
                                 " updated_at, updated_by)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                 "  ?13, ?5, ?13, ?5)",
                                 "oosxossXsSssx", case_id, resident_id, fields->kind,
                                 fields->occurred_at > 0 ? fields->occurred_at : now, actor,
                                 summary, fields->body,
                                 uses_amount (fields->kind) ? &fields->amount_pence : NULL,
                                 g_str_equal (fields->kind, "spend") ? spend_for : NULL,
                                 g_str_equal (fields->kind, "money-outcome")
                                   ? or_empty (fields->money_kind) : NULL,
                                 g_str_equal (fields->kind, "expertise") ? expert_name : NULL,
                                 g_str_equal (fields->kind, "expertise") ? expert_from : NULL,
                                 now);
  if (entry_id == 0)
    return 0;

  for (guint i = 0; i < n_items; i++)
    {
      if (insert_item (store, entry_id, (int) i, &items[i], error) == 0)
        return 0;
    }

  if (!touch_case (store, case_id, error) ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return entry_id;
}

/* The entry's case and kind, or FALSE with a message when it is gone. */
static gboolean
look_up_entry (HearthStore  *store,
               gint64        entry_id,
               gint64       *case_id,
               char        **kind,
               gboolean     *deleted,
               GError      **error)
{
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT coalesce (case_id, 0), kind, deleted_at IS NOT NULL"
                              " FROM timeline_entries WHERE id = ?1",
                              "x>xsi", entry_id, case_id, kind, deleted))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This entry no longer exists"));
  return TRUE;
}

/* Whether saving @fields over the entry's current text would change it. */
static gboolean
entry_differs (HearthStore              *store,
               gint64                    entry_id,
               const HearthEntryFields  *fields,
               gint64                    occurred_at,
               const char               *summary,
               gboolean                 *differs,
               GError                  **error)
{
  gboolean found = FALSE;
  gboolean same = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT occurred_at IS ?2 AND summary IS ?3 AND body IS ?4"
                              " AND amount_pence IS ?5 AND spend_for IS ?6 AND money_kind IS ?7"
                              " AND expert_name IS ?8 AND expert_from IS ?9"
                              " FROM timeline_entries WHERE id = ?1",
                              "xxssXsSss>i", entry_id, occurred_at, summary, fields->body,
                              uses_amount (fields->kind) ? &fields->amount_pence : NULL,
                              g_str_equal (fields->kind, "spend") ? fields->spend_for : NULL,
                              g_str_equal (fields->kind, "money-outcome")
                                ? or_empty (fields->money_kind) : NULL,
                              g_str_equal (fields->kind, "expertise") ? fields->expert_name : NULL,
                              g_str_equal (fields->kind, "expertise") ? fields->expert_from : NULL,
                              &same))
    return FALSE;
  *differs = !found || !same;
  return TRUE;
}

gboolean
hearth_timeline_update_entry (HearthStore              *store,
                              gint64                    entry_id,
                              const HearthEntryFields  *fields,
                              GError                  **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *spend_for = NULL;
  g_autofree char *expert_name = NULL;
  g_autofree char *expert_from = NULL;
  HearthEntryFields clean;
  gint64 case_id = 0;
  gint64 now;
  gint64 occurred_at;
  gboolean deleted = FALSE;
  gboolean differs = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  now = hearth_store_now (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_entry (store, entry_id, &case_id, &kind, &deleted, error))
    return FALSE;
  if (deleted)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This entry was deleted; undo the deletion to change it"));
  if (g_str_equal (kind, "case-opened") || g_str_equal (kind, "case-closed"))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Opening and closing a case are recorded as they happened and "
                                 "cannot be changed"));
  if (fields->kind != NULL && !g_str_equal (fields->kind, kind))
    return hearth_refuse (error, _("An entry keeps its kind; add a new entry instead"));

  /* Validate as the entry's own kind, whatever the caller passed. */
  clean = *fields;
  clean.kind = kind;
  if (!hearth_entry_fields_validate (&clean, now, error))
    return FALSE;

  summary = g_strstrip (g_strdup (clean.summary));
  spend_for = g_strstrip (g_strdup (or_empty (clean.spend_for)));
  expert_name = g_strstrip (g_strdup (or_empty (clean.expert_name)));
  expert_from = g_strstrip (g_strdup (or_empty (clean.expert_from)));
  clean.spend_for = spend_for;
  clean.expert_name = expert_name;
  clean.expert_from = expert_from;
  clean.body = or_empty (clean.body);

  occurred_at = clean.occurred_at;
  if (occurred_at == 0 &&
      !hearth_store_read_row (store, NULL, error,
                              "SELECT occurred_at FROM timeline_entries WHERE id = ?1", "x>x",
                              entry_id, &occurred_at))
    return FALSE;

  /* Saved again as it was, the entry keeps its version. */
  if (!entry_differs (store, entry_id, &clean, occurred_at, summary, &differs, error))
    return FALSE;
  if (!differs)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  /* The version being replaced goes into the history first. */
  if (hearth_store_write (store, error, "timeline_entry_versions", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO timeline_entry_versions (entry_id, version,"
                          " occurred_at, summary, body, amount_pence, spend_for, money_kind,"
                          " expert_name, expert_from, written_at, written_by)"
                          " SELECT id, version, occurred_at, summary, body, amount_pence,"
                          "  spend_for, money_kind, expert_name, expert_from, updated_at,"
                          "  updated_by FROM timeline_entries WHERE id = ?1",
                          "x", entry_id) == 0 ||
      hearth_store_write (store, error, "timeline_entries", HEARTH_CHANGE_UPDATE, entry_id,
                          "UPDATE timeline_entries SET occurred_at = ?2, summary = ?3,"
                          " body = ?4, amount_pence = ?5, spend_for = ?6, money_kind = ?7,"
                          " expert_name = ?8, expert_from = ?9, version = version + 1,"
                          " updated_at = ?10, updated_by = ?11 WHERE id = ?1",
                          "xxssXsSssxo", entry_id, occurred_at, summary, clean.body,
                          uses_amount (kind) ? &clean.amount_pence : NULL,
                          g_str_equal (kind, "spend") ? spend_for : NULL,
                          g_str_equal (kind, "money-outcome")
                            ? or_empty (clean.money_kind) : NULL,
                          g_str_equal (kind, "expertise") ? expert_name : NULL,
                          g_str_equal (kind, "expertise") ? expert_from : NULL,
                          now, hearth_store_get_actor (store)) == 0 ||
      !touch_case (store, case_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

static gboolean
set_deleted (HearthStore  *store,
             gint64        entry_id,
             gboolean      delete,
             GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) item_ids = NULL;
  g_autofree char *kind = NULL;
  gint64 case_id = 0;
  gint64 now, actor;
  gboolean deleted = FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_entry (store, entry_id, &case_id, &kind, &deleted, error))
    return FALSE;
  if (g_str_equal (kind, "case-opened") || g_str_equal (kind, "case-closed"))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Opening and closing a case are part of its story and cannot "
                                 "be deleted"));
  if (deleted == delete)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  /* The agreement items leave the case with their entry, and come back
   * with it (a trigger on deleted_at keeps them so for any other writer). */
  item_ids = hearth_store_read_ids (store, error,
                                    "SELECT id FROM agreement_items WHERE entry_id = ?1",
                                    "x", entry_id);
  if (item_ids == NULL)
    return FALSE;
  for (guint i = 0; i < item_ids->len; i++)
    {
      gint64 item_id = g_array_index (item_ids, gint64, i);

      if (hearth_store_write (store, error, "agreement_items", HEARTH_CHANGE_UPDATE, item_id,
                              "UPDATE agreement_items SET case_id = ?2 WHERE id = ?1",
                              "xo", item_id, delete ? (gint64) 0 : case_id) == 0)
        return FALSE;
    }

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  if (hearth_store_write (store, error, "timeline_entries",
                          delete ? HEARTH_CHANGE_DELETE : HEARTH_CHANGE_UPDATE, entry_id,
                          "UPDATE timeline_entries SET deleted_at = ?2, deleted_by = ?3,"
                          " updated_at = ?4, updated_by = ?5 WHERE id = ?1",
                          "xXoxo", entry_id, delete ? &now : NULL, delete ? actor : 0, now,
                          actor) == 0 ||
      !touch_case (store, case_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_timeline_delete_entry (HearthStore  *store,
                              gint64        entry_id,
                              GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  return set_deleted (store, entry_id, TRUE, error);
}

gboolean
hearth_timeline_restore_entry (HearthStore  *store,
                               gint64        entry_id,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  return set_deleted (store, entry_id, FALSE, error);
}

gboolean
hearth_timeline_move_to_case (HearthStore  *store,
                              gint64        entry_id,
                              gint64        case_id,
                              GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *kind = NULL;
  gint64 current_case = 0;
  gboolean deleted = FALSE;
  gboolean same_resident = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_entry (store, entry_id, &current_case, &kind, &deleted, error))
    return FALSE;
  if (deleted)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This entry was deleted; undo the deletion to move it"));
  if (current_case > 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This entry is already part of a case"));
  if (!check_case_open (store, case_id, error))
    return FALSE;

  /* Only into a case of the same resident: a note about one person never
   * lands on another's story. */
  if (!hearth_store_read_row (store, &same_resident, error,
                              "SELECT 1 FROM timeline_entries e JOIN case_residents cr"
                              "  ON cr.resident_id = e.resident_id AND cr.case_id = ?2"
                              " WHERE e.id = ?1",
                              "xx>", entry_id, case_id))
    return FALSE;
  if (!same_resident)
    return hearth_refuse (error, _("That case is not about the resident this note is about"));

  if (hearth_store_write (store, error, "timeline_entries", HEARTH_CHANGE_UPDATE, entry_id,
                          "UPDATE timeline_entries SET case_id = ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1",
                          "xxxo", entry_id, case_id, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0 ||
      !touch_case (store, case_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_agreement_add_item (HearthStore                  *store,
                           gint64                        entry_id,
                           const HearthAgreementFields  *fields,
                           GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *kind = NULL;
  gint64 case_id = 0;
  gint64 item_id = 0;
  gboolean deleted = FALSE;
  int position = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!hearth_agreement_fields_validate (fields, error))
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_entry (store, entry_id, &case_id, &kind, &deleted, error))
    return 0;
  if (!g_str_equal (kind, "agreement") || deleted)
    {
      hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                          _("Items can only be added to “What we agreed”"));
      return 0;
    }

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT coalesce (max (position) + 1, 0) FROM agreement_items"
                              " WHERE entry_id = ?1",
                              "x>i", entry_id, &position))
    return 0;

  item_id = insert_item (store, entry_id, position, fields, error);
  if (item_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return item_id;
}

/* Writes the item's status, or refuses when the item is gone. */
static gboolean
set_item_status (HearthStore  *store,
                 gint64        item_id,
                 const char   *status,
                 const char   *reason,
                 GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gint64 now = hearth_store_now (store);

  if (item_id <= 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This agreement no longer exists"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      hearth_store_write (store, error, "agreement_items", HEARTH_CHANGE_UPDATE, item_id,
                          "UPDATE agreement_items SET status = ?2, dropped_reason = ?3,"
                          " done_at = iif (?2 = 'done', coalesce (done_at, ?4), NULL),"
                          " updated_at = ?4, updated_by = ?5 WHERE id = ?1",
                          "xssxo", item_id, status, reason, now,
                          hearth_store_get_actor (store)) == 0)
    return FALSE;
  if (hearth_store_get_changes (store) == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This agreement no longer exists"));
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_agreement_set_done (HearthStore  *store,
                           gint64        item_id,
                           gboolean      done,
                           GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  return set_item_status (store, item_id, done ? "done" : "open", NULL, error);
}

gboolean
hearth_agreement_drop (HearthStore  *store,
                       gint64        item_id,
                       const char   *reason,
                       GError      **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (hearth_text_is_blank (reason))
    return hearth_refuse (error, _("Say why this will not happen, so others know"));
  if (!hearth_check_text (reason, HEARTH_AGREEMENT_REASON_MAX, _("The reason is too long"), error))
    return FALSE;

  clean = g_strstrip (g_strdup (reason));
  return set_item_status (store, item_id, "dropped", clean, error);
}

gboolean
hearth_agreement_set_owner (HearthStore                  *store,
                            gint64                        item_id,
                            const HearthAgreementFields  *fields,
                            GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *owner_name = NULL;
  HearthAgreementFields checked;
  gboolean by_staff;
  gint64 actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  /* The text is not changed here; only who and when are checked. */
  checked = *fields;
  checked.text = "-";
  if (!hearth_agreement_fields_validate (&checked, error))
    return FALSE;
  if (item_id <= 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This agreement no longer exists"));

  by_staff = g_str_equal (fields->owner_kind, "staff");
  owner_name = hearth_dup_trimmed (g_str_equal (fields->owner_kind, "other") ? fields->owner_name : NULL);
  actor = hearth_store_get_actor (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      hearth_store_write (store, error, "agreement_items", HEARTH_CHANGE_UPDATE, item_id,
                          "UPDATE agreement_items SET owner_kind = ?2, owner_staff_id = ?3,"
                          " owner_name = ?4, due_on = ?5, updated_at = ?6, updated_by = ?7"
                          " WHERE id = ?1",
                          "xsosSxo", item_id, fields->owner_kind,
                          by_staff ? (fields->owner_staff_id > 0 ? fields->owner_staff_id : actor)
                                   : 0,
                          owner_name,
                          fields->due_on != NULL && *fields->due_on != '\0'
                            ? fields->due_on : NULL,
                          hearth_store_now (store), actor) == 0)
    return FALSE;
  if (hearth_store_get_changes (store) == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This agreement no longer exists"));
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}
