/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-supervision-insights.h"

#include "hearth-store-job.h"

/* What a supervisor can learn from the one-to-ones with their own people:
 * how they kept to the rhythm, how each person said they were, and what
 * became of the actions they agreed. To learn, not to score: the people
 * come by name, and nothing here compares one with another.
 *
 *   HearthInsightsPage (UI) --> HearthSupervisionInsights (this) --> HearthStore
 *                                   (a read-only connection in a worker)
 *
 * An object of its own rather than a part of HearthInsights: those figures
 * are the whole team's and go to CSV files shared wider than the two
 * people in a one-to-one, while wellbeing stays between them. Kept apart,
 * no export of HearthInsights can reach it, and only the actor's own people
 * are ever read. */
struct _HearthSupervisionInsights
{
  GObject  parent_instance;

  gint64   supervisor_id;
  gint64   start;
  gint64   end;

  /* owned */
  GArray  *people;        /* of HearthSupervisionInsightsPerson */
};

G_DEFINE_FINAL_TYPE (HearthSupervisionInsights, hearth_supervision_insights, G_TYPE_OBJECT)

static void
clear_person (gpointer data)
{
  HearthSupervisionInsightsPerson *person = data;

  g_clear_pointer (&person->name, g_free);
  g_clear_pointer (&person->wellbeing, g_array_unref);
}

static char *
local_day (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const HearthSupervisionInsightsPerson *x = a, *y = b;
  int cmp = g_utf8_collate (x->name, y->name);

  if (cmp != 0)
    return cmp;
  return x->staff_id < y->staff_id ? -1 : x->staff_id > y->staff_id;
}

static gboolean
read_people (HearthStore                *store,
             HearthSupervisionInsights  *self,
             GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT p.staff_id, st.name, p.rhythm_weeks, p.started_on"
                             "  FROM supervision_pairs p JOIN staff st ON st.id = p.staff_id"
                             " WHERE p.supervisor_id = ?1 AND p.ended_on IS NULL",
                             "x", self->supervisor_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthSupervisionInsightsPerson person = {
        .staff_id = sqlite3_column_int64 (stmt, 0),
        .name = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        .rhythm_weeks = (guint) sqlite3_column_int (stmt, 2),
        .wellbeing = g_array_new (FALSE, TRUE, sizeof (HearthWellbeingPoint)),
      };

      g_array_append_val (self->people, person);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_array_sort (self->people, compare_people);
  return TRUE;
}

static gboolean
read_rhythm (HearthStore                      *store,
             HearthSupervisionInsights        *self,
             HearthSupervisionInsightsPerson  *person,
             const char                       *first_day,
             const char                       *end_day,
             GError                          **error)
{
  gint64 held = 0, on_rhythm = 0, late = 0;

  /* Each one-to-one of the pair against the one before it, of any time,
   * or against the day the pair started for the first. */
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT count (*), coalesce (sum (held_on <= due), 0),"
                              "  coalesce (sum (held_on > due), 0) FROM ("
                              "  SELECT v.held_on, date (coalesce (lag (v.held_on) OVER w,"
                              "      (SELECT started_on FROM supervision_pairs"
                              "        WHERE supervisor_id = ?1 AND staff_id = ?2)),"
                              "    '+' || (?3 * 7) || ' days') AS due"
                              "  FROM supervisions v"
                              "  WHERE v.supervisor_id = ?1 AND v.staff_id = ?2"
                              "  WINDOW w AS (ORDER BY v.held_on, v.id))"
                              " WHERE held_on >= ?4 AND held_on < ?5",
                              "xxiss>xxx", self->supervisor_id, person->staff_id,
                              (int) person->rhythm_weeks, first_day, end_day,
                              &held, &on_rhythm, &late))
    return FALSE;

  person->held = (guint) held;
  person->on_rhythm = (guint) on_rhythm;
  person->late = (guint) late;
  return TRUE;
}

static gboolean
read_actions (HearthStore                      *store,
              HearthSupervisionInsights        *self,
              HearthSupervisionInsightsPerson  *person,
              GError                          **error)
{
  gint64 done = 0, dropped = 0, open = 0;

  /* Closed by the day they were closed; an action closed before those days
   * were kept counts from when it was last written. */
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT coalesce (sum (a.status = 'done'"
                              "    AND coalesce (a.done_at, a.updated_at) >= ?3"
                              "    AND coalesce (a.done_at, a.updated_at) < ?4), 0),"
                              "  coalesce (sum (a.status = 'dropped'"
                              "    AND coalesce (a.dropped_at, a.updated_at) >= ?3"
                              "    AND coalesce (a.dropped_at, a.updated_at) < ?4), 0),"
                              "  coalesce (sum (a.status = 'open'), 0)"
                              "  FROM supervision_actions a"
                              "  JOIN supervisions v ON v.id = a.supervision_id"
                              " WHERE v.supervisor_id = ?1 AND v.staff_id = ?2",
                              "xxxx>xxx", self->supervisor_id, person->staff_id, self->start,
                              self->end, &done, &dropped, &open))
    return FALSE;

  person->done = (guint) done;
  person->dropped = (guint) dropped;
  person->open = (guint) open;
  return TRUE;
}

static gboolean
read_wellbeing (HearthStore                      *store,
                HearthSupervisionInsights        *self,
                HearthSupervisionInsightsPerson  *person,
                const char                       *first_day,
                const char                       *end_day,
                GError                          **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  /* Only the one-to-ones the actor held: how someone was with an earlier
   * supervisor stays between them. */
  stmt = hearth_store_query (store, error,
                             "SELECT id, held_on, wellbeing FROM supervisions"
                             " WHERE supervisor_id = ?1 AND staff_id = ?2"
                             "   AND wellbeing IS NOT NULL AND held_on < ?4"
                             "   AND held_on >= coalesce ((SELECT max (held_on) FROM supervisions"
                             "     WHERE supervisor_id = ?1 AND staff_id = ?2"
                             "       AND wellbeing IS NOT NULL AND held_on < ?3), ?3)"
                             " ORDER BY held_on, id",
                             "xxss", self->supervisor_id, person->staff_id, first_day, end_day);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthWellbeingPoint point = {
        .supervision_id = sqlite3_column_int64 (stmt, 0),
        .wellbeing = sqlite3_column_int (stmt, 2),
      };

      g_strlcpy (point.held_on, (const char *) sqlite3_column_text (stmt, 1),
                 sizeof point.held_on);
      g_array_append_val (person->wellbeing, point);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
compute (HearthStore                *store,
         HearthSupervisionInsights  *self,
         GError                    **error)
{
  g_autofree char *first_day = local_day (self->start);
  g_autofree char *end_day = local_day (self->end);

  if (self->supervisor_id <= 0)
    return TRUE;

  if (!read_people (store, self, error))
    return FALSE;

  for (guint i = 0; i < self->people->len; i++)
    {
      HearthSupervisionInsightsPerson *person =
        &g_array_index (self->people, HearthSupervisionInsightsPerson, i);

      if (!read_rhythm (store, self, person, first_day, end_day, error) ||
          !read_actions (store, self, person, error) ||
          !read_wellbeing (store, self, person, first_day, end_day, error))
        return FALSE;
    }

  return TRUE;
}

static void
hearth_supervision_insights_finalize (GObject *object)
{
  HearthSupervisionInsights *self = HEARTH_SUPERVISION_INSIGHTS (object);

  g_clear_pointer (&self->people, g_array_unref);

  G_OBJECT_CLASS (hearth_supervision_insights_parent_class)->finalize (object);
}

static void
hearth_supervision_insights_class_init (HearthSupervisionInsightsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_supervision_insights_finalize;
}

static void
hearth_supervision_insights_init (HearthSupervisionInsights *self)
{
  self->people = g_array_new (FALSE, TRUE, sizeof (HearthSupervisionInsightsPerson));
  g_array_set_clear_func (self->people, clear_person);
}

/**
 * hearth_supervision_insights_compute:
 * @store: the store to read, with its actor set
 * @start: the first second of the period, Unix time
 * @end: the second after the period
 * @error: return location for a #GError in %HEARTH_ERROR
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
HearthSupervisionInsights *
hearth_supervision_insights_compute (HearthStore  *store,
                                     gint64        start,
                                     gint64        end,
                                     GError      **error)
{
  g_autoptr(HearthSupervisionInsights) self = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (start < end, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_SUPERVISION_INSIGHTS, NULL);
  self->supervisor_id = hearth_store_get_actor (store);
  self->start = start;
  self->end = end;

  if (!compute (store, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

typedef struct
{
  gint64 start;
  gint64 end;
} Period;

/* In the worker. Whose people: the reader's actor, who was the store's
 * when asked, should that change meanwhile. */
static gpointer
compute_on_reader (HearthStore  *reader,
                   gpointer      input,
                   GError      **error)
{
  Period *period = input;

  return hearth_supervision_insights_compute (reader, period->start, period->end, error);
}

void
hearth_supervision_insights_compute_async (HearthStore         *store,
                                           gint64               start,
                                           gint64               end,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  Period *period;

  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (start < end);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  period = g_new (Period, 1);
  period->start = start;
  period->end = end;
  hearth_store_read_async (store, compute_on_reader, period, g_free, g_object_unref,
                           cancellable, callback, user_data);
}

HearthSupervisionInsights *
hearth_supervision_insights_compute_finish (GAsyncResult  *result,
                                            GError       **error)
{
  return hearth_store_read_finish (result, error);
}

gint64
hearth_supervision_insights_get_start (HearthSupervisionInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (self), 0);
  return self->start;
}

gint64
hearth_supervision_insights_get_end (HearthSupervisionInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (self), 0);
  return self->end;
}

gint64
hearth_supervision_insights_get_supervisor_id (HearthSupervisionInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (self), 0);
  return self->supervisor_id;
}

guint
hearth_supervision_insights_get_n_people (HearthSupervisionInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (self), 0);
  return self->people->len;
}

const HearthSupervisionInsightsPerson *
hearth_supervision_insights_get_person (HearthSupervisionInsights *self,
                                        guint                      index)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_INSIGHTS (self), NULL);
  g_return_val_if_fail (index < self->people->len, NULL);
  return &g_array_index (self->people, HearthSupervisionInsightsPerson, index);
}
