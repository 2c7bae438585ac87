/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening, closing and reopening cases, and who works on them. Each change
 * is one transaction and leaves its mark on the case's timeline, so the
 * story says when and by whom a case began and ended.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-case-changes.h"
#include "hearth-change-util.h"
#include "hearth-resident-changes.h"
#include "hearth-timeline-changes.h"

static gboolean
check_title (const char  *title,
             GError     **error)
{
  if (hearth_text_is_blank (title))
    return hearth_refuse (error, _("Give the case a short title, such as what the resident asked for"));
  return hearth_check_text (title, HEARTH_CASE_TITLE_MAX,
                            _("The title is too long; keep it to one line"), error);
}

static gboolean
check_staff (HearthStore  *store,
             gint64        staff_id,
             GError      **error)
{
  return hearth_check_staff (store, staff_id,
                             _("One of the workers chosen is no longer on the team"), error);
}

/* The case's status, or FALSE with a message when the case is gone. */
static gboolean
look_up_case (HearthStore  *store,
              gint64        case_id,
              gboolean     *open,
              GError      **error)
{
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT status = 'open' FROM cases WHERE id = ?1", "x>i",
                              case_id, open))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This case no longer exists; it may have been removed elsewhere"));
  return TRUE;
}

/* Opening and closing are written here, not through the composer: they are
 * the kinds no one can write, edit or delete by hand. */
static gboolean
write_milestone (HearthStore  *store,
                 gint64        case_id,
                 const char   *kind,
                 const char   *summary,
                 const char   *body,
                 GError      **error)
{
  g_autofree char *line = NULL;
  gint64 now = hearth_store_now (store);
  glong length;

  /* A long title or outcome still fits the one-line summary. */
  length = g_utf8_strlen (summary, -1);
  if (length > HEARTH_ENTRY_SUMMARY_MAX)
    {
      g_autofree char *start = g_utf8_substring (summary, 0, HEARTH_ENTRY_SUMMARY_MAX - 1);

      line = g_strconcat (start, "…", NULL);
    }
  else
    line = g_strdup (summary);

  return hearth_store_write (store, error, "timeline_entries", HEARTH_CHANGE_INSERT, 0,
                             "INSERT INTO timeline_entries (case_id, kind, occurred_at,"
                             " author_id, summary, body, created_at, created_by, updated_at,"
                             " updated_by)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?3, ?4, ?3, ?4)",
                             "xsxoss", case_id, kind, now, hearth_store_get_actor (store), line,
                             body) != 0;
}

/* The words of an opening or closing line, when its writer chose them. */
static gboolean
check_milestone (const char  *summary,
                 const char  *body,
                 GError     **error)
{
  return hearth_check_text (summary, HEARTH_ENTRY_SUMMARY_MAX,
                            _("The first line is too long: keep it to one line, and put the rest in the details"),
                            error) &&
         hearth_check_text (body, HEARTH_ENTRY_BODY_MAX,
                            _("The details are too long to save; shorten them"), error);
}

/* The workers' rows are noted as a change of the case's. */
static gboolean
replace_workers (HearthStore   *store,
                 gint64         case_id,
                 gint64         lead_id,
                 const gint64  *worker_ids,
                 guint          n_workers,
                 GError       **error)
{
  if (hearth_store_write (store, error, "case_workers", HEARTH_CHANGE_UPDATE, case_id,
                          "DELETE FROM case_workers WHERE case_id = ?1",
                          "x", case_id) == 0)
    return FALSE;

  for (guint i = 0; i < n_workers; i++)
    {
      /* The lead is the lead, not one of the others as well. */
      if (worker_ids[i] == lead_id)
        continue;
      if (!check_staff (store, worker_ids[i], error))
        return FALSE;
      if (hearth_store_write (store, error, "case_workers", HEARTH_CHANGE_UPDATE, case_id,
                              "INSERT OR IGNORE INTO case_workers (case_id, staff_id)"
                              " VALUES (?1, ?2)",
                              "xx", case_id, worker_ids[i]) == 0)
        return FALSE;
    }

  return TRUE;
}

gint64
hearth_case_open (HearthStore   *store,
                  const char    *title,
                  const gint64  *resident_ids,
                  guint          n_residents,
                  gint64         lead_id,
                  const gint64  *worker_ids,
                  guint          n_workers,
                  GError       **error)
{
  return hearth_case_open_telling (store, title, resident_ids, n_residents, lead_id, worker_ids,
                                   n_workers, NULL, NULL, error);
}

gint64
hearth_case_open_telling (HearthStore   *store,
                          const char    *title,
                          const gint64  *resident_ids,
                          guint          n_residents,
                          gint64         lead_id,
                          const gint64  *worker_ids,
                          guint          n_workers,
                          const char    *summary_text,
                          const char    *body,
                          GError       **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean_title = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 actor;
  gint64 case_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (n_residents == 0 || resident_ids != NULL, 0);
  g_return_val_if_fail (n_workers == 0 || worker_ids != NULL, 0);

  if (!check_title (title, error) || !check_milestone (summary_text, body, error))
    return 0;
  if (n_residents == 0)
    {
      hearth_refuse (error, _("Choose the resident this case is for"));
      return 0;
    }

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  if (lead_id <= 0)
    lead_id = actor;
  clean_title = hearth_dup_trimmed (title);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;
  if (lead_id > 0 && !check_staff (store, lead_id, error))
    return 0;

  case_id = hearth_store_write (store, error, "cases", HEARTH_CHANGE_INSERT, 0,
                                "INSERT INTO cases (title, lead_id, opened_at, last_activity_at,"
                                " created_at, created_by, updated_at, updated_by)"
                                " VALUES (?1, ?2, ?3, ?3, ?3, ?4, ?3, ?4)",
                                "soxo", clean_title, lead_id, now, actor);
  if (case_id == 0)
    return 0;

  for (guint i = 0; i < n_residents; i++)
    {
      gboolean exists = FALSE;

      if (!hearth_store_read_row (store, &exists, error, "SELECT 1 FROM residents WHERE id = ?1",
                                  "x>", resident_ids[i]))
        return 0;
      if (!exists)
        {
          hearth_refuse (error, _("One of the residents chosen is no longer in Hearth"));
          return 0;
        }
      if (hearth_store_write (store, error, "case_residents", HEARTH_CHANGE_INSERT, case_id,
                              "INSERT OR IGNORE INTO case_residents (case_id, resident_id,"
                              " position) VALUES (?1, ?2, ?3)",
                              "xxi", case_id, resident_ids[i], (int) i) == 0)
        return 0;
    }

  if (!replace_workers (store, case_id, lead_id, worker_ids, n_workers, error))
    return 0;

  if (!hearth_text_is_blank (summary_text))
    summary = hearth_dup_trimmed (summary_text);
  else
    /* Translators: the first line of a new case's timeline; %s is its title. */
    summary = g_strdup_printf (_("Case opened: %s"), clean_title);
  if (!write_milestone (store, case_id, "case-opened", summary, body, error) ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return case_id;
}

gboolean
hearth_case_close (HearthStore  *store,
                   gint64        case_id,
                   gint64        outcome_id,
                   const char   *note,
                   GError      **error)
{
  return hearth_case_close_telling (store, case_id, outcome_id, note, NULL, error);
}

gboolean
hearth_case_close_telling (HearthStore  *store,
                           gint64        case_id,
                           gint64        outcome_id,
                           const char   *note,
                           const char   *summary_text,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *clean_note = NULL;
  gboolean open = FALSE;
  gboolean found = FALSE;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!hearth_check_text (note, HEARTH_CASE_NOTE_MAX,
                          _("The closing note is too long to save; shorten it"), error) ||
      !check_milestone (summary_text, NULL, error))
    return FALSE;
  clean_note = hearth_dup_trimmed (note);
  now = hearth_store_now (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_case (store, case_id, &open, error))
    return FALSE;
  if (!open)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This case is already closed"));

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name FROM outcomes WHERE id = ?1 AND active", "x>s",
                              outcome_id, &outcome))
    return FALSE;
  if (!found)
    return hearth_refuse (error, _("Choose how the case ended"));

  if (hearth_store_write (store, error, "cases", HEARTH_CHANGE_UPDATE, case_id,
                          "UPDATE cases SET status = 'closed', closed_at = ?2, outcome_id = ?3,"
                          " closing_note = ?4, updated_at = ?2, updated_by = ?5 WHERE id = ?1",
                          "xxxso", case_id, now, outcome_id, clean_note,
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  if (!hearth_text_is_blank (summary_text))
    summary = hearth_dup_trimmed (summary_text);
  else
    /* Translators: a case's timeline entry; %s is the outcome, such as
     * “Living a better life”. */
    summary = g_strdup_printf (_("Case closed: %s"), outcome);
  if (!write_milestone (store, case_id, "case-closed", summary, clean_note, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_case_reopen (HearthStore  *store,
                    gint64        case_id,
                    const char   *reason,
                    GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean_reason = NULL;
  gboolean open = FALSE;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (hearth_text_is_blank (reason))
    return hearth_refuse (error, _("Say why the case is being reopened"));
  if (!hearth_check_text (reason, HEARTH_CASE_NOTE_MAX,
                          _("The reason is too long to save; shorten it"), error))
    return FALSE;
  clean_reason = hearth_dup_trimmed (reason);
  now = hearth_store_now (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_case (store, case_id, &open, error))
    return FALSE;
  if (open)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This case is already open"));

  if (hearth_store_write (store, error, "cases", HEARTH_CHANGE_UPDATE, case_id,
                          "UPDATE cases SET status = 'open', closed_at = NULL, outcome_id = NULL,"
                          " updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                          "xxo", case_id, now, hearth_store_get_actor (store)) == 0 ||
      !write_milestone (store, case_id, "case-opened", _("Case reopened"), clean_reason, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_case_set_team (HearthStore   *store,
                      gint64         case_id,
                      const char    *title,
                      gint64         lead_id,
                      const gint64  *worker_ids,
                      guint          n_workers,
                      GError       **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean_title = NULL;
  gboolean open = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_workers == 0 || worker_ids != NULL, FALSE);

  if (!check_title (title, error))
    return FALSE;
  if (lead_id <= 0)
    return hearth_refuse (error, _("Choose who leads the case"));
  clean_title = hearth_dup_trimmed (title);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_case (store, case_id, &open, error) ||
      !check_staff (store, lead_id, error))
    return FALSE;

  /* Only a new title or lead is a change of the case itself. */
  if (hearth_store_write (store, error, "cases", HEARTH_CHANGE_UPDATE, case_id,
                          "UPDATE cases SET title = ?2, lead_id = ?3, updated_at = ?4,"
                          " updated_by = ?5"
                          " WHERE id = ?1 AND (title IS NOT ?2 OR lead_id IS NOT ?3)",
                          "xsxxo", case_id, clean_title, lead_id, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0 ||
      !replace_workers (store, case_id, lead_id, worker_ids, n_workers, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64 *
hearth_case_dup_worker_ids (HearthStore  *store,
                            gint64        case_id,
                            guint        *n_workers,
                            GError      **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (n_workers != NULL, NULL);

  *n_workers = 0;
  ids = hearth_store_read_ids (store, error,
                               "SELECT w.staff_id FROM case_workers w JOIN staff s ON s.id = w.staff_id"
                               " WHERE w.case_id = ?1 ORDER BY s.name COLLATE NOCASE",
                               "x", case_id);
  if (ids == NULL)
    return NULL;

  *n_workers = ids->len;
  return (gint64 *) g_array_free (g_steal_pointer (&ids), FALSE);
}

gint64
hearth_case_open_with_residents (HearthStore               *store,
                                 const char                *title,
                                 const HearthCaseResident  *residents,
                                 guint                      n_residents,
                                 gint64                     lead_id,
                                 const gint64              *worker_ids,
                                 guint                      n_workers,
                                 GError                   **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 case_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (n_residents == 0 || residents != NULL, 0);
  g_return_val_if_fail (n_workers == 0 || worker_ids != NULL, 0);

  /* What was typed is checked before anyone new is added. */
  if (!check_title (title, error))
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_residents);
  for (guint i = 0; i < n_residents; i++)
    {
      gint64 id = residents[i].id;

      if (id <= 0)
        {
          HearthResidentDetails details = { .name = (char *) residents[i].name };

          id = hearth_resident_create (store, &details, error);
          if (id == 0)
            return 0;
        }
      g_array_append_val (ids, id);
    }

  case_id = hearth_case_open (store, title, (const gint64 *) ids->data, ids->len, lead_id,
                              worker_ids, n_workers, error);
  if (case_id == 0)
    return 0;
  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return case_id;
}
