/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of one-to-ones, for the history of promises and for the
 * supervisors' insights:
 *
 *   supervisions, supervision_actions, supervision_pairs (store)
 *     → figures per quarter, wellbeing over time, rhythm (here)
 *       → the history of promises, insights for supervisors
 *
 * Wellbeing belongs to the two people in a one-to-one, so it is read only
 * for them.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-supervision-history.h"

static const HearthPromisesFilter no_filter = { 0, 0, 0 };

GArray *
hearth_supervision_history_promises (HearthStore                 *store,
                                     const HearthPromisesFilter  *filter,
                                     GError                     **error)
{
  g_autoptr(GArray) quarters = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter == NULL)
    filter = &no_filter;

  stmt = hearth_store_query (store, error,
                             "SELECT CAST (strftime ('%Y', s.held_on) AS INTEGER) AS y,"
                             "  (CAST (strftime ('%m', s.held_on) AS INTEGER) + 2) / 3 AS q,"
                             "  count (*),"
                             "  sum (a.status = 'done' AND (a.due_on IS NULL OR a.done_at IS NULL"
                             "    OR date (a.done_at, 'unixepoch', 'localtime') <= a.due_on)),"
                             "  sum (a.status = 'done' AND a.due_on IS NOT NULL"
                             "    AND date (a.done_at, 'unixepoch', 'localtime') > a.due_on),"
                             "  sum (a.status = 'dropped'), sum (a.status = 'open')"
                             " FROM supervision_actions a"
                             "  JOIN supervisions s ON s.id = a.supervision_id"
                             " WHERE (?1 <= 0 OR s.staff_id = ?1)"
                             "   AND (?2 <= 0 OR s.supervisor_id = ?2)"
                             "   AND (?3 <= 0 OR a.owner_id = ?3)"
                             " GROUP BY y, q ORDER BY y, q", "xxx",
                             filter->staff_id, filter->supervisor_id, filter->owner_id);
  if (stmt == NULL)
    return NULL;

  quarters = g_array_new (FALSE, TRUE, sizeof (HearthPromiseQuarter));
  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthPromiseQuarter quarter = {
        .year = sqlite3_column_int (stmt, 0),
        .quarter = sqlite3_column_int (stmt, 1),
        .agreed = (guint) sqlite3_column_int (stmt, 2),
        .done_on_time = (guint) sqlite3_column_int (stmt, 3),
        .done_late = (guint) sqlite3_column_int (stmt, 4),
        .dropped = (guint) sqlite3_column_int (stmt, 5),
        .open = (guint) sqlite3_column_int (stmt, 6),
      };

      g_array_append_val (quarters, quarter);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&quarters);
}

void
hearth_promise_quarters_total (GArray               *quarters,
                               HearthPromiseQuarter *total)
{
  g_return_if_fail (quarters != NULL);
  g_return_if_fail (total != NULL);

  *total = (HearthPromiseQuarter) { 0, };
  for (guint i = 0; i < quarters->len; i++)
    {
      const HearthPromiseQuarter *quarter = &g_array_index (quarters, HearthPromiseQuarter, i);

      total->agreed += quarter->agreed;
      total->done_on_time += quarter->done_on_time;
      total->done_late += quarter->done_late;
      total->dropped += quarter->dropped;
      total->open += quarter->open;
    }
}

GArray *
hearth_supervision_history_wellbeing (HearthStore  *store,
                                      gint64        staff_id,
                                      GError      **error)
{
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 actor;
  gboolean supervises = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  actor = hearth_store_get_actor (store);
  if (actor > 0 && actor != staff_id &&
      !hearth_store_read_row (store, &supervises, error,
                              "SELECT 1 FROM supervisions WHERE supervisor_id = ?1"
                              " AND staff_id = ?2 UNION SELECT 1 FROM supervision_pairs"
                              " WHERE supervisor_id = ?1 AND staff_id = ?2", "xx>",
                              actor, staff_id))
    return NULL;
  if (actor <= 0 || (actor != staff_id && !supervises))
    {
      hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                          _("How someone is stays between them and their supervisor"));
      return NULL;
    }

  stmt = hearth_store_query (store, error,
                             "SELECT id, held_on, wellbeing FROM supervisions"
                             " WHERE staff_id = ?1 AND wellbeing IS NOT NULL"
                             "   AND (?1 = ?2 OR supervisor_id = ?2)"
                             " ORDER BY held_on, id", "xx", staff_id, actor);
  if (stmt == NULL)
    return NULL;

  points = g_array_new (FALSE, TRUE, sizeof (HearthWellbeingPoint));
  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthWellbeingPoint point = {
        .supervision_id = sqlite3_column_int64 (stmt, 0),
        .wellbeing = sqlite3_column_int (stmt, 2),
      };

      g_strlcpy (point.held_on, (const char *) sqlite3_column_text (stmt, 1),
                 sizeof point.held_on);
      g_array_append_val (points, point);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&points);
}

gboolean
hearth_supervision_history_rhythm (HearthStore                 *store,
                                   const HearthPromisesFilter  *filter,
                                   HearthRhythmFigures         *figures,
                                   GError                     **error)
{
  gint64 on_rhythm = 0, late = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (filter == NULL)
    filter = &no_filter;

  /* Each one-to-one against the one before it of the same pair, on the
   * pair's rhythm (the team list's when there is no pair). */
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT coalesce (sum (held_on <= due), 0),"
                              "  coalesce (sum (held_on > due), 0) FROM ("
                              "  SELECT v.held_on, date (lag (v.held_on) OVER w, '+' ||"
                              "    (coalesce (p.rhythm_weeks, st.supervision_weeks, 4) * 7)"
                              "    || ' days') AS due"
                              "  FROM supervisions v"
                              "   LEFT JOIN supervision_pairs p ON p.supervisor_id = v.supervisor_id"
                              "    AND p.staff_id = v.staff_id"
                              "   LEFT JOIN staff st ON st.id = v.staff_id"
                              "  WHERE (?1 <= 0 OR v.staff_id = ?1)"
                              "    AND (?2 <= 0 OR v.supervisor_id = ?2)"
                              "  WINDOW w AS (PARTITION BY v.supervisor_id, v.staff_id"
                              "    ORDER BY v.held_on, v.id))"
                              " WHERE due IS NOT NULL", "xx>xx",
                              filter->staff_id, filter->supervisor_id, &on_rhythm, &late))
    return FALSE;

  figures->on_rhythm = (guint) on_rhythm;
  figures->late = (guint) late;
  return TRUE;
}
