/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include "hearth-insights.h"

#include "hearth-store-job.h"

/* What the team can learn from its records over a period: cases opened and
 * closed, outcomes at close, money resolved and gained, spend, agreements
 * overdue, and who the team serves. Plain figures, computed in SQL:
 *
 *   HearthInsightsPage (UI) --> HearthInsights (this) --> HearthStore
 *                                   (a read-only connection in a worker)
 *
 * Nothing here names a resident. */
struct _HearthInsights
{
  GObject  parent_instance;

  gint64   start;
  gint64   end;
  gint64   now;
  gboolean empty;

  guint    open_now;
  guint    opened;
  guint    closed;
  gint64   debt_resolved_pence;
  gint64   income_gained_pence;
  gint64   spend_pence;
  guint    n_spends;
  guint    overdue;
  guint    overdue_bands[HEARTH_INSIGHTS_N_OVERDUE_BANDS];
  guint    residents;

  /* owned */
  GArray  *months;        /* of HearthInsightsMonth */
  GArray  *outcomes;      /* of HearthInsightsCount */
  GArray  *spend_for;     /* of HearthInsightsCount */
  GArray  *access_needs;  /* of HearthInsightsCount */
  GArray  *areas;         /* of HearthInsightsCount */
  guint   *need_in_area;  /* [need * areas->len + area] */
};

G_DEFINE_FINAL_TYPE (HearthInsights, hearth_insights, G_TYPE_OBJECT)

#define MAX_SPEND_FOR 10

/* Cases that were open at some time in the period; the statements over the
 * period bind its start as ?1 and its end as ?2. */
#define CASES_IN_PERIOD "c.opened_at < ?2 AND (c.closed_at IS NULL OR c.closed_at >= ?1)"

static void
clear_month (gpointer data)
{
  HearthInsightsMonth *month = data;

  g_free (month->key);
}

static void
clear_count (gpointer data)
{
  HearthInsightsCount *count = data;

  g_free (count->label);
}

static GArray *
new_counts (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (HearthInsightsCount));

  g_array_set_clear_func (array, clear_count);
  return array;
}

static void
add_count (GArray     *array,
           const char *label,
           gint64      value,
           guint       count)
{
  HearthInsightsCount item = { g_strdup (label ? label : ""), value, count };

  g_array_append_val (array, item);
}

static gint64
month_start (int year,
             int month)
{
  /* Months are the team's: they begin at local midnight, so a case opened
   * at 00:30 on 1 July in summer time counts in July, as the CSV shows it. */
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, 1, 0, 0, 0);

  return g_date_time_to_unix (dt);
}

static void
fill_months (HearthInsights *self)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_local (self->start);
  int year = g_date_time_get_year (first);
  int month = g_date_time_get_month (first);

  /* A guard against a period that never ends: a hundred years of months. */
  for (guint i = 0; i < 1200; i++)
    {
      HearthInsightsMonth item = { NULL, };
      gint64 start = month_start (year, month);

      if (start >= self->end)
        break;

      item.key = g_strdup_printf ("%04d-%02d", year, month);
      item.start = start;
      g_array_append_val (self->months, item);

      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }
}

static HearthInsightsMonth *
find_month (HearthInsights *self,
            const char     *key)
{
  if (key == NULL)
    return NULL;

  for (guint i = 0; i < self->months->len; i++)
    {
      HearthInsightsMonth *month = &g_array_index (self->months, HearthInsightsMonth, i);

      if (g_str_equal (month->key, key))
        return month;
    }

  return NULL;
}

typedef void (*RowFunc) (HearthInsights *self,
                         sqlite3_stmt   *stmt,
                         gpointer        data);

/* Calls @func for each row of @stmt, from hearth_store_query(): NULL when
 * that failed, with the error set. */
static gboolean
each_row (HearthStore     *store,
          HearthInsights  *self,
          sqlite3_stmt    *stmt,
          RowFunc          func,
          gpointer         data,
          GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    func (self, stmt, data);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static void
opened_row (HearthInsights *self,
            sqlite3_stmt   *stmt,
            gpointer        data)
{
  HearthInsightsMonth *month = find_month (self, (const char *) sqlite3_column_text (stmt, 0));

  if (month != NULL)
    month->opened = sqlite3_column_int (stmt, 1);
}

static void
closed_row (HearthInsights *self,
            sqlite3_stmt   *stmt,
            gpointer        data)
{
  HearthInsightsMonth *month = find_month (self, (const char *) sqlite3_column_text (stmt, 0));

  if (month != NULL)
    month->closed = sqlite3_column_int (stmt, 1);
}

static void
money_row (HearthInsights *self,
           sqlite3_stmt   *stmt,
           gpointer        data)
{
  HearthInsightsMonth *month = find_month (self, (const char *) sqlite3_column_text (stmt, 0));

  if (month == NULL)
    return;

  month->spend_pence = sqlite3_column_int64 (stmt, 1);
  month->debt_resolved_pence = sqlite3_column_int64 (stmt, 2);
  month->income_gained_pence = sqlite3_column_int64 (stmt, 3);
}

static void
count_row (HearthInsights *self,
           sqlite3_stmt   *stmt,
           gpointer        data)
{
  add_count (data, (const char *) sqlite3_column_text (stmt, 0),
             sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2));
}

gboolean
hearth_insights_text_names_someone (const char *text,
                                    const char *names)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (names == NULL || *names == '\0')
    return FALSE;

  folded = g_utf8_casefold (names, -1);
  words = g_strsplit_set (folded, " \t\n,.-'’()\"", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 2 && strstr (text, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

static int
compare_spend (gconstpointer a,
               gconstpointer b)
{
  const HearthInsightsCount *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;

  return g_utf8_collate (x->label, y->label);
}

/* What the spend was for, one entry for the same words however they were
 * capitalised or spaced; words that name a resident on the case count under
 * an empty label instead, with spend for nothing said. */
static gboolean
collect_spend_for (HearthStore     *store,
                   HearthInsights  *self,
                   GError         **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) all = new_counts ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT trim (e.spend_for), e.amount_pence,"
                             "       (SELECT group_concat (r.name || ' ' || r.preferred_name, ' ')"
                             "          FROM residents r"
                             "         WHERE r.id = e.resident_id"
                             "            OR r.id IN (SELECT resident_id FROM case_residents"
                             "                         WHERE case_id = e.case_id))"
                             "  FROM timeline_entries e"
                             " WHERE e.kind = 'spend' AND e.occurred_at >= ?1"
                             "   AND e.occurred_at < ?2 AND e.deleted_at IS NULL",
                             "xx", self->start, self->end);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *what;
      g_autofree char *key = NULL;
      gpointer found;
      guint position;

      self->n_spends++;
      what = (const char *) sqlite3_column_text (stmt, 0);
      key = g_utf8_casefold (what != NULL ? what : "", -1);
      if (hearth_insights_text_names_someone (key, (const char *) sqlite3_column_text (stmt, 2)))
        {
          g_free (key);
          key = g_strdup ("");
          what = "";
        }

      if (g_hash_table_lookup_extended (index, key, NULL, &found))
        position = GPOINTER_TO_UINT (found);
      else
        {
          position = all->len;
          add_count (all, what, 0, 0);
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (position));
        }

      g_array_index (all, HearthInsightsCount, position).value += sqlite3_column_int64 (stmt, 1);
      g_array_index (all, HearthInsightsCount, position).count++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_array_sort (all, compare_spend);
  for (guint i = 0; i < all->len && i < MAX_SPEND_FOR; i++)
    {
      HearthInsightsCount *item = &g_array_index (all, HearthInsightsCount, i);

      add_count (self->spend_for, item->label, item->value, item->count);
    }

  return TRUE;
}

/* The index of each label of @counts, to find a figure's row by its name. */
static GHashTable *
index_labels (GArray *counts)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < counts->len; i++)
    g_hash_table_insert (index, g_array_index (counts, HearthInsightsCount, i).label,
                         GUINT_TO_POINTER (i + 1));

  return index;
}

/* How many of the residents served have each access need and live in each
 * area: the cells of a table whose rows and columns are the needs and the
 * areas as counted above, so that each row adds up to at most its need's
 * figure (a resident may have several needs, but lives in one area). */
static gboolean
collect_need_in_area (HearthStore     *store,
                      HearthInsights  *self,
                      GError         **error)
{
  g_autoptr(GHashTable) needs = index_labels (self->access_needs);
  g_autoptr(GHashTable) areas = index_labels (self->areas);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_free (self->need_in_area);
  self->need_in_area = g_new0 (guint, MAX (self->access_needs->len * self->areas->len, 1));

  stmt = hearth_store_query (store, error,
                             "WITH served AS (SELECT DISTINCT cr.resident_id AS id FROM cases c"
                             "  JOIN case_residents cr ON cr.case_id = c.id"
                             "  WHERE " CASES_IN_PERIOD ")"
                             "SELECT n.name, trim (r.area), count(*)"
                             "  FROM served s JOIN residents r ON r.id = s.id"
                             "  JOIN resident_access_needs ran ON ran.resident_id = s.id"
                             "  JOIN access_needs n ON n.id = ran.need_id AND n.active = 1"
                             " GROUP BY n.id, trim (r.area)",
                             "xx", self->start, self->end);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      guint need = GPOINTER_TO_UINT (g_hash_table_lookup (needs, sqlite3_column_text (stmt, 0)));
      guint area = GPOINTER_TO_UINT (g_hash_table_lookup (areas, sqlite3_column_text (stmt, 1)));

      /* Both were counted by the statements above, over the same rows. */
      if (need == 0 || area == 0)
        {
          g_warning ("An access need or area of the table was not counted");
          continue;
        }
      self->need_in_area[(need - 1) * self->areas->len + area - 1] = sqlite3_column_int (stmt, 2);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
compute (HearthStore     *store,
         HearthInsights  *self,
         GError         **error)
{
  gint64 open_now = 0, residents = 0;
  gint64 overdue[HEARTH_INSIGHTS_N_OVERDUE_BANDS + 1] = { 0, };
  sqlite3_stmt *stmt;

  fill_months (self);

  if (!hearth_store_read_row (store, NULL, error, "SELECT NOT EXISTS (SELECT 1 FROM cases)",
                              ">i", &self->empty) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT count(*) FROM cases WHERE status = 'open'",
                              ">x", &open_now))
    return FALSE;
  self->open_now = open_now;

  stmt = hearth_store_query (store, error,
                             "SELECT strftime ('%Y-%m', opened_at, 'unixepoch', 'localtime') AS month, count(*)"
                             "  FROM cases WHERE opened_at >= ?1 AND opened_at < ?2 GROUP BY month",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, opened_row, NULL, error))
    return FALSE;
  stmt = hearth_store_query (store, error,
                             "SELECT strftime ('%Y-%m', closed_at, 'unixepoch', 'localtime') AS month, count(*)"
                             "  FROM cases WHERE closed_at >= ?1 AND closed_at < ?2 GROUP BY month",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, closed_row, NULL, error))
    return FALSE;

  /* Entries deleted from a timeline no longer count; notes not yet pulled
   * into a case do. */
  stmt = hearth_store_query (store, error,
                             "SELECT strftime ('%Y-%m', occurred_at, 'unixepoch', 'localtime') AS month,"
                             "       sum (iif (kind = 'spend', amount_pence, 0)),"
                             "       sum (iif (money_kind = 'debt-resolved', amount_pence, 0)),"
                             "       sum (iif (money_kind = 'income-gained', amount_pence, 0))"
                             "  FROM timeline_entries"
                             " WHERE kind IN ('spend', 'money-outcome') AND occurred_at >= ?1"
                             "   AND occurred_at < ?2 AND deleted_at IS NULL"
                             "   AND amount_pence IS NOT NULL"
                             " GROUP BY month",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, money_row, NULL, error))
    return FALSE;

  for (guint i = 0; i < self->months->len; i++)
    {
      HearthInsightsMonth *month = &g_array_index (self->months, HearthInsightsMonth, i);

      self->opened += month->opened;
      self->closed += month->closed;
      self->spend_pence += month->spend_pence;
      self->debt_resolved_pence += month->debt_resolved_pence;
      self->income_gained_pence += month->income_gained_pence;
    }

  /* Outcomes in the team's order; a case closed without one comes last. */
  stmt = hearth_store_query (store, error,
                             "SELECT o.name, count(*), 0"
                             "  FROM cases c LEFT JOIN outcomes o ON o.id = c.outcome_id"
                             " WHERE c.closed_at >= ?1 AND c.closed_at < ?2"
                             " GROUP BY c.outcome_id"
                             " ORDER BY c.outcome_id IS NULL, o.position, o.id",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, count_row, self->outcomes, error))
    return FALSE;

  if (!collect_spend_for (store, self, error))
    return FALSE;

  /* Overdue agreements: open, due before today, and on an entry that is not
   * deleted (case_id is NULL then). Today is the local date of now. */
  G_STATIC_ASSERT (HEARTH_INSIGHTS_N_OVERDUE_BANDS == 4);
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT count(*), sum (d <= 7), sum (d > 7 AND d <= 30),"
                              "       sum (d > 30 AND d <= 90), sum (d > 90)"
                              "  FROM (SELECT julianday (date (?1, 'unixepoch', 'localtime'))"
                              "                 - julianday (due_on) AS d"
                              "          FROM agreement_items"
                              "         WHERE status = 'open' AND due_on < date (?1, 'unixepoch', 'localtime')"
                              "           AND case_id IS NOT NULL)",
                              "x>xxxxx", self->now, &overdue[0], &overdue[1], &overdue[2],
                              &overdue[3], &overdue[4]))
    return FALSE;
  self->overdue = overdue[0];
  for (guint i = 0; i < HEARTH_INSIGHTS_N_OVERDUE_BANDS; i++)
    self->overdue_bands[i] = overdue[i + 1];

  /* Who the team serves: residents on a case open at some time in the period. */
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT count(DISTINCT cr.resident_id) FROM cases c"
                              "  JOIN case_residents cr ON cr.case_id = c.id"
                              " WHERE " CASES_IN_PERIOD,
                              "xx>x", self->start, self->end, &residents))
    return FALSE;
  self->residents = residents;

  stmt = hearth_store_query (store, error,
                             "WITH served AS (SELECT DISTINCT cr.resident_id AS id FROM cases c"
                             "  JOIN case_residents cr ON cr.case_id = c.id"
                             "  WHERE " CASES_IN_PERIOD ")"
                             "SELECT n.name, (SELECT count(*) FROM resident_access_needs ran"
                             "                  JOIN served s ON s.id = ran.resident_id"
                             "                 WHERE ran.need_id = n.id), 0"
                             "  FROM access_needs n WHERE n.active = 1 ORDER BY n.position, n.id",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, count_row, self->access_needs, error))
    return FALSE;

  stmt = hearth_store_query (store, error,
                             "WITH served AS (SELECT DISTINCT cr.resident_id AS id FROM cases c"
                             "  JOIN case_residents cr ON cr.case_id = c.id"
                             "  WHERE " CASES_IN_PERIOD ")"
                             "SELECT trim (r.area) AS place, count(*) AS n, 0"
                             "  FROM served s JOIN residents r ON r.id = s.id"
                             " GROUP BY place ORDER BY place = '', n DESC, place",
                             "xx", self->start, self->end);
  if (!each_row (store, self, stmt, count_row, self->areas, error))
    return FALSE;

  return collect_need_in_area (store, self, error);
}

static void
hearth_insights_finalize (GObject *object)
{
  HearthInsights *self = HEARTH_INSIGHTS (object);

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);
  g_clear_pointer (&self->spend_for, g_array_unref);
  g_clear_pointer (&self->access_needs, g_array_unref);
  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_pointer (&self->need_in_area, g_free);

  G_OBJECT_CLASS (hearth_insights_parent_class)->finalize (object);
}

static void
hearth_insights_class_init (HearthInsightsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_insights_finalize;
}

static void
hearth_insights_init (HearthInsights *self)
{
  self->months = g_array_new (FALSE, TRUE, sizeof (HearthInsightsMonth));
  g_array_set_clear_func (self->months, clear_month);
  self->outcomes = new_counts ();
  self->spend_for = new_counts ();
  self->access_needs = new_counts ();
  self->areas = new_counts ();
}

void
hearth_insights_period_last_months (gint64  now,
                                    guint   n_months,
                                    gint64 *start,
                                    gint64 *end)
{
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);
  int year, month, back;

  g_return_if_fail (n_months >= 1 && n_months <= 1200);
  g_return_if_fail (start != NULL && end != NULL);

  year = g_date_time_get_year (today);
  month = g_date_time_get_month (today);

  *end = month == 12 ? month_start (year + 1, 1) : month_start (year, month + 1);

  back = (year * 12 + month - 1) - (int) (n_months - 1);
  *start = month_start (back / 12, back % 12 + 1);
}

void
hearth_insights_period_this_year (gint64  now,
                                  gint64 *start,
                                  gint64 *end)
{
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);

  g_return_if_fail (start != NULL && end != NULL);

  hearth_insights_period_last_months (now, g_date_time_get_month (today), start, end);
}

/**
 * hearth_insights_compute:
 * @store: the store to read
 * @start: the first second of the period, Unix time
 * @end: the second after the period
 * @error: return location for a #GError in %HEARTH_ERROR
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
HearthInsights *
hearth_insights_compute (HearthStore  *store,
                         gint64        start,
                         gint64        end,
                         GError      **error)
{
  g_autoptr(HearthInsights) self = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (start < end, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_INSIGHTS, NULL);
  self->start = start;
  self->end = end;
  self->now = hearth_store_now (store);

  if (!compute (store, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

typedef struct
{
  gint64 start;
  gint64 end;
} Period;

static gpointer
compute_on_reader (HearthStore  *reader,
                   gpointer      input,
                   GError      **error)
{
  Period *period = input;

  return hearth_insights_compute (reader, period->start, period->end, error);
}

void
hearth_insights_compute_async (HearthStore         *store,
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

HearthInsights *
hearth_insights_compute_finish (GAsyncResult  *result,
                                GError       **error)
{
  return hearth_store_read_finish (result, error);
}

gint64
hearth_insights_get_start (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->start;
}

gint64
hearth_insights_get_end (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->end;
}

gint64
hearth_insights_get_now (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->now;
}

gboolean
hearth_insights_is_empty (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), TRUE);
  return self->empty;
}

guint
hearth_insights_get_open_now (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->open_now;
}

guint
hearth_insights_get_opened (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->opened;
}

guint
hearth_insights_get_closed (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->closed;
}

gint64
hearth_insights_get_debt_resolved_pence (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->debt_resolved_pence;
}

gint64
hearth_insights_get_income_gained_pence (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->income_gained_pence;
}

gint64
hearth_insights_get_spend_pence (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->spend_pence;
}

guint
hearth_insights_get_n_spends (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->n_spends;
}

guint
hearth_insights_get_overdue (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->overdue;
}

guint
hearth_insights_get_overdue_band (HearthInsights            *self,
                                  HearthInsightsOverdueBand  band)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  g_return_val_if_fail ((guint) band < HEARTH_INSIGHTS_N_OVERDUE_BANDS, 0);
  return self->overdue_bands[band];
}

guint
hearth_insights_get_residents (HearthInsights *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  return self->residents;
}

const HearthInsightsMonth *
hearth_insights_get_months (HearthInsights *self,
                            guint          *n_months)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), NULL);
  g_return_val_if_fail (n_months != NULL, NULL);

  *n_months = self->months->len;
  return (const HearthInsightsMonth *) (gpointer) self->months->data;
}

static const HearthInsightsCount *
counts (GArray *array,
        guint  *n)
{
  *n = array->len;
  return (const HearthInsightsCount *) (gpointer) array->data;
}

const HearthInsightsCount *
hearth_insights_get_outcomes (HearthInsights *self,
                              guint          *n_outcomes)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), NULL);
  g_return_val_if_fail (n_outcomes != NULL, NULL);
  return counts (self->outcomes, n_outcomes);
}

const HearthInsightsCount *
hearth_insights_get_spend_for (HearthInsights *self,
                               guint          *n_items)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);
  return counts (self->spend_for, n_items);
}

const HearthInsightsCount *
hearth_insights_get_access_needs (HearthInsights *self,
                                  guint          *n_needs)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), NULL);
  g_return_val_if_fail (n_needs != NULL, NULL);
  return counts (self->access_needs, n_needs);
}

const HearthInsightsCount *
hearth_insights_get_areas (HearthInsights *self,
                           guint          *n_areas)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), NULL);
  g_return_val_if_fail (n_areas != NULL, NULL);
  return counts (self->areas, n_areas);
}

guint
hearth_insights_get_need_in_area (HearthInsights *self,
                                  guint           need,
                                  guint           area)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS (self), 0);
  g_return_val_if_fail (need < self->access_needs->len, 0);
  g_return_val_if_fail (area < self->areas->len, 0);

  if (self->need_in_area == NULL)
    return 0;

  return self->need_in_area[need * self->areas->len + area];
}
