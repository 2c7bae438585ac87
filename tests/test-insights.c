/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The insights over rows each test inserts itself: every expected figure is
 * counted or summed here from what was inserted, never taken from the code
 * under test.
 */

#include "config.h"

#include <time.h>

#include <string.h>

#include "hearth-insights.h"
#include "hearth-insights-csv.h"
#include "hearth-insights-tracker.h"
#include "hearth-test-utils.h"

/* Sunday 15 November 2026, 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1794744000)

typedef struct
{
  char        *dir;
  HearthStore *store;
  gint64       start;
  gint64       end;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  hearth_insights_period_last_months (NOW, 12, &fixture->start, &fixture->end);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     int second)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, second);

  return g_date_time_to_unix (dt);
}

/* The team's month of @t: local, as the CSV and the page show it. */
static char *
month_key (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (t);

  return g_date_time_format (dt, "%Y-%m");
}

static void
run_sql (HearthStore *store,
         const char  *sql,
         const char  *types,
         ...)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hearth_store_prepare (store, sql, &error);
  va_list args;

  g_assert_no_error (error);
  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else if (types[i] == 's')
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else if (types[i] == 'n')
        sqlite3_bind_null (stmt, i + 1);
      else
        g_assert_not_reached ();
    }
  va_end (args);

  hearth_store_run (store, stmt, &error);
  g_assert_no_error (error);
}

/* A case opened at @opened_at, closed at @closed_at unless that is 0. */
static gint64
add_case (HearthStore *store,
          gint64       opened_at,
          gint64       closed_at,
          gint64       outcome_id)
{
  if (closed_at == 0)
    run_sql (store,
             "INSERT INTO cases (title, opened_at, last_activity_at) VALUES ('A case', ?1, ?1)",
             "i", opened_at);
  else if (outcome_id == 0)
    run_sql (store,
             "INSERT INTO cases (title, status, opened_at, closed_at, last_activity_at)"
             " VALUES ('A case', 'closed', ?1, ?2, ?2)",
             "ii", opened_at, closed_at);
  else
    run_sql (store,
             "INSERT INTO cases (title, status, opened_at, closed_at, outcome_id, last_activity_at)"
             " VALUES ('A case', 'closed', ?1, ?2, ?3, ?2)",
             "iii", opened_at, closed_at, outcome_id);

  return hearth_store_last_insert_id (store);
}

static gint64
add_entry (HearthStore *store,
           gint64       case_id,
           const char  *kind,
           gint64       occurred_at,
           gint64       pence,
           const char  *detail,
           gboolean     deleted)
{
  gboolean is_money = g_str_equal (kind, "money-outcome");

  run_sql (store,
           "INSERT INTO timeline_entries (case_id, kind, occurred_at, summary, amount_pence,"
           " spend_for, money_kind) VALUES (?1, ?2, ?3, 'Something', ?4, ?5, ?6)",
           "isiiss",
           case_id, kind, occurred_at, pence,
           is_money ? "" : detail,
           is_money ? detail : NULL);
  if (deleted)
    run_sql (store, "UPDATE timeline_entries SET deleted_at = ?1 WHERE id = ?2", "ii",
             occurred_at + 60, hearth_store_last_insert_id (store));

  return hearth_store_last_insert_id (store);
}

/* The id, or the name, of the outcome at @position in the team's list. */
static gint64
outcome_id (HearthStore *store,
            int          position)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hearth_store_prepare (store, "SELECT id FROM outcomes WHERE position = ?1",
                                             &error);
  gboolean has_row = FALSE;
  gint64 id;

  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, position);
  hearth_store_step (store, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static char *
outcome_name (HearthStore *store,
              int          position)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hearth_store_prepare (store,
                                             "SELECT name FROM outcomes WHERE position = ?1",
                                             &error);
  gboolean has_row = FALSE;
  char *name;

  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, position);
  hearth_store_step (store, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

static HearthInsights *
compute (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  HearthInsights *insights;

  insights = hearth_insights_compute (fixture->store, fixture->start, fixture->end, &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

static void
test_period (void)
{
  gint64 start, end;

  hearth_insights_period_last_months (NOW, 12, &start, &end);
  g_assert_cmpint (start, ==, utc (2025, 12, 1, 0, 0, 0));
  g_assert_cmpint (end, ==, utc (2026, 12, 1, 0, 0, 0));

  hearth_insights_period_last_months (utc (2026, 1, 31, 23, 59, 59), 3, &start, &end);
  g_assert_cmpint (start, ==, utc (2025, 11, 1, 0, 0, 0));
  g_assert_cmpint (end, ==, utc (2026, 2, 1, 0, 0, 0));

  hearth_insights_period_last_months (utc (2026, 12, 1, 0, 0, 0), 1, &start, &end);
  g_assert_cmpint (start, ==, utc (2026, 12, 1, 0, 0, 0));
  g_assert_cmpint (end, ==, utc (2027, 1, 1, 0, 0, 0));

  hearth_insights_period_this_year (NOW, &start, &end);
  g_assert_cmpint (start, ==, utc (2026, 1, 1, 0, 0, 0));
  g_assert_cmpint (end, ==, utc (2026, 12, 1, 0, 0, 0));
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = compute (fixture);
  const HearthInsightsMonth *months;
  const HearthInsightsCount *needs;
  guint n_months, n_needs, n;

  g_assert_true (hearth_insights_is_empty (insights));
  g_assert_cmpuint (hearth_insights_get_open_now (insights), ==, 0);
  g_assert_cmpuint (hearth_insights_get_opened (insights), ==, 0);
  g_assert_cmpuint (hearth_insights_get_closed (insights), ==, 0);
  g_assert_cmpint (hearth_insights_get_spend_pence (insights), ==, 0);
  g_assert_cmpint (hearth_insights_get_debt_resolved_pence (insights), ==, 0);
  g_assert_cmpint (hearth_insights_get_income_gained_pence (insights), ==, 0);
  g_assert_cmpuint (hearth_insights_get_overdue (insights), ==, 0);
  g_assert_cmpuint (hearth_insights_get_residents (insights), ==, 0);

  months = hearth_insights_get_months (insights, &n_months);
  g_assert_cmpuint (n_months, ==, 12);
  g_assert_cmpstr (months[0].key, ==, "2025-12");
  g_assert_cmpstr (months[11].key, ==, "2026-11");
  for (guint i = 0; i < n_months; i++)
    g_assert_cmpuint (months[i].opened + months[i].closed, ==, 0);

  /* Every need the team records shows, with nobody in it. */
  needs = hearth_insights_get_access_needs (insights, &n_needs);
  g_assert_cmpuint (n_needs, ==,
                    hearth_test_query_int (fixture->store,
                                           "SELECT count(*) FROM access_needs WHERE active = 1"));
  for (guint i = 0; i < n_needs; i++)
    g_assert_cmpint (needs[i].value, ==, 0);

  hearth_insights_get_areas (insights, &n);
  g_assert_cmpuint (n, ==, 0);
  hearth_insights_get_outcomes (insights, &n);
  g_assert_cmpuint (n, ==, 0);
  hearth_insights_get_spend_for (insights, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* Adds one to the count under @key. */
static void
count_in (GHashTable *counts,
          const char *key)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_insert (counts, g_strdup (key), GUINT_TO_POINTER (n + 1));
}

static void
test_cases_by_month (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(GHashTable) opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) closed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The edges of the period and of a month, and a spread between them. */
  gint64 times[64] = {
    utc (2025, 11, 30, 23, 59, 59), utc (2025, 12, 1, 0, 0, 0),
    utc (2026, 3, 31, 23, 59, 59), utc (2026, 4, 1, 0, 0, 0),
    utc (2026, 11, 30, 23, 59, 59), utc (2026, 12, 1, 0, 0, 0),
  };
  const HearthInsightsMonth *months;
  guint n_months, n_opened = 0, n_closed = 0, n_open_now = 0;

  for (guint i = 6; i < G_N_ELEMENTS (times); i++)
    times[i] = utc (2025, 9, 1, 0, 0, 0) + g_test_rand_int_range (0, 480 * 86400);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      /* Every third case closes ten days and a bit after it opened. */
      gint64 closed_at = i % 3 == 0 ? times[i] + 10 * 86400 + 3600 : 0;
      g_autofree char *open_key = month_key (times[i]);

      add_case (fixture->store, times[i], closed_at, 0);
      if (times[i] >= fixture->start && times[i] < fixture->end)
        {
          count_in (opened, open_key);
          n_opened++;
        }
      if (closed_at != 0 && closed_at >= fixture->start && closed_at < fixture->end)
        {
          g_autofree char *close_key = month_key (closed_at);

          count_in (closed, close_key);
          n_closed++;
        }
      if (closed_at == 0)
        n_open_now++;
    }

  insights = compute (fixture);
  g_assert_false (hearth_insights_is_empty (insights));
  g_assert_cmpuint (hearth_insights_get_opened (insights), ==, n_opened);
  g_assert_cmpuint (hearth_insights_get_closed (insights), ==, n_closed);
  g_assert_cmpuint (hearth_insights_get_open_now (insights), ==, n_open_now);

  months = hearth_insights_get_months (insights, &n_months);
  g_assert_cmpuint (n_months, ==, 12);
  for (guint i = 0; i < n_months; i++)
    {
      g_autofree char *key = month_key (months[i].start);

      g_assert_cmpstr (months[i].key, ==, key);
      g_assert_cmpuint (months[i].opened, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (opened, months[i].key)));
      g_assert_cmpuint (months[i].closed, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (closed, months[i].key)));
    }

  /* The first second of the period and of April count; the last second
   * before either does not fall into them. */
  g_assert_cmpuint (months[0].opened, >=, 1);
  g_assert_cmpuint (months[4].opened, >=, 1);
}

static void
test_outcomes (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint expected[4] = { 0, };   /* by outcome position 1..3, then none */
  gint64 inside = utc (2026, 6, 10, 9, 0, 0);
  gint64 outside = utc (2025, 6, 10, 9, 0, 0);
  const HearthInsightsCount *outcomes;
  guint n;

  for (guint i = 0; i < 40; i++)
    {
      guint which = g_test_rand_int_range (0, 4);
      gboolean in_period = i % 5 != 0;
      gint64 outcome = 0;

      if (which < 3)
        outcome = outcome_id (fixture->store, which + 1);

      add_case (fixture->store, outside - 86400, in_period ? inside : outside, outcome);
      if (in_period)
        expected[which]++;
    }
  /* A case still open has no outcome to count. */
  add_case (fixture->store, inside, 0, 0);

  insights = compute (fixture);
  outcomes = hearth_insights_get_outcomes (insights, &n);

  for (guint which = 0, k = 0; which < 4; which++)
    {
      if (expected[which] == 0)
        continue;

      g_assert_cmpuint (k, <, n);
      if (which < 3)
        {
          g_autofree char *name = outcome_name (fixture->store, which + 1);

          g_assert_cmpstr (outcomes[k].label, ==, name);
        }
      else
        g_assert_cmpstr (outcomes[k].label, ==, "");
      g_assert_cmpint (outcomes[k].value, ==, expected[which]);
      k++;
      if (which == 3)
        g_assert_cmpuint (k, ==, n);
    }
}

static void
test_money (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  gint64 case_id = add_case (fixture->store, utc (2025, 1, 1, 0, 0, 0), 0, 0);
  gint64 spend = 0, debt = 0, income = 0, spend_by_month[12] = { 0, };
  gint64 lamp = 0;
  guint n_spends = 0, n_lamps = 0;
  const HearthInsightsMonth *months;
  const HearthInsightsCount *spend_for;
  guint n_months, n;

  for (guint i = 0; i < 300; i++)
    {
      static const char *const kinds[] = { "spend", "debt-resolved", "income-gained" };
      guint kind = g_test_rand_int_range (0, 3);
      gint64 at = utc (2025, 10, 1, 0, 0, 0) + g_test_rand_int_range (0, 450 * 86400);
      /* Up to a million pounds, to the penny. */
      gint64 pence = i == 0 ? 100000000 : g_test_rand_int_range (0, 100000000);
      gboolean deleted = i % 7 == 3;
      gboolean in_period = at >= fixture->start && at < fixture->end;

      if (kind == 0)
        add_entry (fixture->store, case_id, "spend", at, pence,
                   i % 2 ? "A desk lamp" : "  a desk LAMP ", deleted);
      else
        add_entry (fixture->store, case_id, "money-outcome", at, pence, kinds[kind], deleted);

      if (deleted || !in_period)
        continue;

      if (kind == 0)
        {
          /* The team's months are local, as Insights counts them. */
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (at);
          int index = (g_date_time_get_year (dt) - 2025) * 12 + g_date_time_get_month (dt) - 12;

          spend += pence;
          spend_by_month[index] += pence;
          n_spends++;
          lamp += pence;
          n_lamps++;
        }
      else if (kind == 1)
        debt += pence;
      else
        income += pence;
    }
  /* Other kinds of entry carry no money. */
  add_entry (fixture->store, case_id, "conversation", utc (2026, 5, 1, 0, 0, 0), 500, "", FALSE);

  insights = compute (fixture);
  g_assert_cmpint (hearth_insights_get_spend_pence (insights), ==, spend);
  g_assert_cmpint (hearth_insights_get_debt_resolved_pence (insights), ==, debt);
  g_assert_cmpint (hearth_insights_get_income_gained_pence (insights), ==, income);
  g_assert_cmpuint (hearth_insights_get_n_spends (insights), ==, n_spends);

  months = hearth_insights_get_months (insights, &n_months);
  for (guint i = 0; i < n_months; i++)
    g_assert_cmpint (months[i].spend_pence, ==, spend_by_month[i]);

  /* The same thing typed with other spaces and capitals is one thing. */
  spend_for = hearth_insights_get_spend_for (insights, &n);
  g_assert_cmpuint (n, ==, n_lamps > 0 ? 1 : 0);
  if (n_lamps > 0)
    {
      g_assert_cmpint (spend_for[0].value, ==, lamp);
      g_assert_cmpuint (spend_for[0].count, ==, n_lamps);
    }
}

/* Words that name a resident on the case never show as what a spend was
 * for; the same words elsewhere, or other words on that case, do. */
static void
test_spend_names (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  gint64 with_dot = add_case (fixture->store, utc (2026, 1, 1, 0, 0, 0), 0, 0);
  gint64 nobody = add_case (fixture->store, utc (2026, 1, 1, 0, 0, 0), 0, 0);
  gint64 at = utc (2026, 6, 1, 12, 0, 0);
  const HearthInsightsCount *spend_for;
  guint n;

  run_sql (fixture->store,
           "INSERT INTO residents (name, preferred_name) VALUES ('Dorothy Okafor', 'Dot')", "");
  run_sql (fixture->store, "INSERT INTO case_residents (case_id, resident_id) VALUES (?1, ?2)",
           "ii", with_dot, hearth_store_last_insert_id (fixture->store));

  add_entry (fixture->store, with_dot, "spend", at, 500, "A gift for DOT and biscuits", FALSE);
  add_entry (fixture->store, with_dot, "spend", at, 700, "Shoes for the Okafor twins", FALSE);
  add_entry (fixture->store, with_dot, "spend", at, 250, "", FALSE);
  add_entry (fixture->store, with_dot, "spend", at, 300, "A kettle", FALSE);
  add_entry (fixture->store, nobody, "spend", at, 100, "Anecdote book", FALSE);

  insights = compute (fixture);
  spend_for = hearth_insights_get_spend_for (insights, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (spend_for[0].label, ==, "");
  g_assert_cmpint (spend_for[0].value, ==, 500 + 700 + 250);
  g_assert_cmpuint (spend_for[0].count, ==, 3);
  g_assert_cmpstr (spend_for[1].label, ==, "A kettle");
  g_assert_cmpint (spend_for[1].value, ==, 300);
  g_assert_cmpstr (spend_for[2].label, ==, "Anecdote book");
  g_assert_cmpuint (hearth_insights_get_n_spends (insights), ==, 5);
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  gint64 case_id = add_case (fixture->store, utc (2025, 1, 1, 0, 0, 0), 0, 0);
  gint64 kept = add_entry (fixture->store, case_id, "agreement", NOW - 86400, 0, "", FALSE);
  gint64 gone = add_entry (fixture->store, case_id, "agreement", NOW - 86400, 0, "", TRUE);
  GDate *today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  guint bands[HEARTH_INSIGHTS_N_OVERDUE_BANDS] = { 0, };
  /* Today is not overdue; yesterday is; then each edge of a band. */
  int days[] = { -3, 0, 1, 7, 8, 30, 31, 90, 91, 400, 5, 12, 45 };
  guint overdue = 0;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    for (guint variant = 0; variant < 3; variant++)
      {
        GDate due = *today;
        char text[16];
        gboolean counts;

        if (days[i] >= 0)
          g_date_subtract_days (&due, days[i]);
        else
          g_date_add_days (&due, -days[i]);
        g_date_strftime (text, sizeof text, "%Y-%m-%d", &due);

        /* variant 0: open; 1: done; 2: open on a deleted entry. */
        run_sql (fixture->store,
                 "INSERT INTO agreement_items (entry_id, text, due_on, status, done_at)"
                 " VALUES (?1, 'Call back', ?2, ?3, ?4)",
                 variant == 1 ? "issi" : "issn",
                 variant == 2 ? gone : kept, text, variant == 1 ? "done" : "open",
                 (gint64) NOW);

        counts = variant == 0 && days[i] >= 1;
        if (!counts)
          continue;

        overdue++;
        if (days[i] <= 7)
          bands[HEARTH_INSIGHTS_OVERDUE_WEEK]++;
        else if (days[i] <= 30)
          bands[HEARTH_INSIGHTS_OVERDUE_MONTH]++;
        else if (days[i] <= 90)
          bands[HEARTH_INSIGHTS_OVERDUE_QUARTER]++;
        else
          bands[HEARTH_INSIGHTS_OVERDUE_LONGER]++;
      }
  g_date_free (today);

  insights = compute (fixture);
  g_assert_cmpuint (hearth_insights_get_overdue (insights), ==, overdue);
  for (guint i = 0; i < HEARTH_INSIGHTS_N_OVERDUE_BANDS; i++)
    g_assert_cmpuint (hearth_insights_get_overdue_band (insights, i), ==, bands[i]);
}

static void
test_residents (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  static const char *const areas[] = { "Highbury", "Canonbury", "Holloway", "" };
  guint by_area[G_N_ELEMENTS (areas)] = { 0, };
  guint by_need[9] = { 0, };
  guint by_need_area[9][G_N_ELEMENTS (areas)] = { { 0, }, };
  g_autoptr(HearthCsvWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) expected = NULL;
  guint area_of[G_N_ELEMENTS (areas)];
  gint64 in_case = add_case (fixture->store, utc (2025, 1, 1, 0, 0, 0), 0, 0);
  gint64 closed_early = add_case (fixture->store, utc (2025, 1, 1, 0, 0, 0),
                                  utc (2025, 11, 30, 23, 59, 59), 0);
  gint64 also_in = add_case (fixture->store, utc (2026, 11, 30, 0, 0, 0), 0, 0);
  const HearthInsightsCount *counts;
  guint served = 0, n;

  for (guint i = 0; i < 60; i++)
    {
      guint area = g_test_rand_int_range (0, G_N_ELEMENTS (areas));
      guint where = i % 4;   /* 0: one case, 1: two cases, 2: out of period, 3: none */
      gint64 resident;

      run_sql (fixture->store, "INSERT INTO residents (name, area) VALUES ('Someone', ?1)", "s",
               areas[area]);
      resident = hearth_store_last_insert_id (fixture->store);

      if (where <= 1)
        run_sql (fixture->store,
                 "INSERT INTO case_residents (case_id, resident_id) VALUES (?1, ?2)", "ii",
                 in_case, resident);
      if (where == 1)
        run_sql (fixture->store,
                 "INSERT INTO case_residents (case_id, resident_id) VALUES (?1, ?2)", "ii",
                 also_in, resident);
      if (where == 2)
        run_sql (fixture->store,
                 "INSERT INTO case_residents (case_id, resident_id) VALUES (?1, ?2)", "ii",
                 closed_early, resident);

      for (gint64 need = 1; need <= 8; need++)
        {
          if (g_test_rand_int_range (0, 3) != 0)
            continue;
          run_sql (fixture->store,
                   "INSERT INTO resident_access_needs (resident_id, need_id)"
                   " SELECT ?1, id FROM access_needs WHERE position = ?2", "ii",
                   resident, need);
          if (where <= 1)
            {
              by_need[need]++;
              by_need_area[need][area]++;
            }
        }

      if (where <= 1)
        {
          served++;
          by_area[area]++;
        }
    }

  insights = compute (fixture);
  g_assert_cmpuint (hearth_insights_get_residents (insights), ==, served);

  counts = hearth_insights_get_access_needs (insights, &n);
  g_assert_cmpuint (n, ==, 8);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (counts[i].value, ==, by_need[i + 1]);

  counts = hearth_insights_get_areas (insights, &n);
  for (guint i = 0; i < n; i++)
    {
      guint a;

      for (a = 0; a < G_N_ELEMENTS (areas); a++)
        if (g_str_equal (areas[a], counts[i].label))
          break;
      g_assert_cmpuint (a, <, G_N_ELEMENTS (areas));
      area_of[i] = a;

      /* Each need in each area, as inserted. */
      for (guint need = 0; need < 8; need++)
        g_assert_cmpuint (hearth_insights_get_need_in_area (insights, need, i), ==,
                          by_need_area[need + 1][a]);

      g_assert_cmpint (counts[i].value, ==, by_area[a]);
      by_area[a] = 0;
      /* The largest first, and residents without an area last. */
      if (i > 0 && counts[i].label[0] != '\0')
        g_assert_cmpint (counts[i - 1].value, >=, counts[i].value);
      if (counts[i].label[0] == '\0')
        g_assert_cmpuint (i, ==, n - 1);
    }
  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    g_assert_cmpuint (by_area[a], ==, 0);

  /* The same table as a file: an area a row, a need a column. */
  expected = g_string_new ("\xEF\xBB\xBF" "Area");
  counts = hearth_insights_get_access_needs (insights, &n);
  for (guint need = 0; need < 8; need++)
    g_string_append_printf (expected, ",%s", counts[need].label);
  g_string_append (expected, "\r\n");
  hearth_insights_get_areas (insights, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = areas[area_of[i]];

      g_string_append (expected, name[0] != '\0' ? name : "Area not recorded");
      for (guint need = 0; need < 8; need++)
        g_string_append_printf (expected, ",%u", by_need_area[need + 1][area_of[i]]);
      g_string_append (expected, "\r\n");
    }
  writer = hearth_insights_csv_new (insights, HEARTH_INSIGHTS_CSV_NEEDS_BY_AREA);
  bytes = hearth_csv_writer_dup_bytes (writer);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected->str, expected->len);
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(HearthCsvWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) expected = g_string_new ("\xEF\xBB\xBF" "Month,Cases opened,Cases closed\r\n");
  g_autofree char *name = NULL;
  gint64 case_id;

  add_case (fixture->store, utc (2026, 2, 3, 4, 5, 6), 0, 0);
  add_case (fixture->store, utc (2026, 2, 28, 4, 5, 6), utc (2026, 3, 1, 0, 0, 0), 0);
  case_id = add_case (fixture->store, utc (2026, 11, 1, 0, 0, 0), 0, 0);
  add_entry (fixture->store, case_id, "spend", utc (2026, 11, 2, 0, 0, 0), 1250,
             "=cooker, \"new\"", FALSE);

  insights = compute (fixture);
  writer = hearth_insights_csv_new (insights, HEARTH_INSIGHTS_CSV_CASES);
  for (int i = 0; i < 12; i++)
    {
      int month = (11 + i) % 12 + 1;
      int year = i == 0 ? 2025 : 2026;

      g_string_append_printf (expected, "%04d-%02d,%d,%d\r\n", year, month,
                              (month == 2 ? 2 : 0) + (month == 11 ? 1 : 0),
                              month == 3 ? 1 : 0);
    }
  bytes = hearth_csv_writer_dup_bytes (writer);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected->str, expected->len);
  g_clear_object (&writer);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* Money as pounds and pence, text a spreadsheet would run kept as text. */
  writer = hearth_insights_csv_new (insights, HEARTH_INSIGHTS_CSV_SPEND);
  bytes = hearth_csv_writer_dup_bytes (writer);
  {
    const char *want = "\xEF\xBB\xBF" "What for,Times,Spent (£)\r\n"
                       "\"'=cooker, \"\"new\"\"\",1,12.50\r\n";

    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                     want, strlen (want));
  }

  name = hearth_insights_csv_dup_file_name (insights, HEARTH_INSIGHTS_CSV_OUTCOMES);
  g_assert_cmpstr (name, ==, "hearth-outcomes-2025-12-to-2026-11.csv");

  for (guint t = 0; t < HEARTH_INSIGHTS_N_CSV; t++)
    {
      g_autoptr(HearthCsvWriter) each = hearth_insights_csv_new (insights, t);

      g_assert_cmpuint (hearth_csv_writer_get_n_rows (each), >=, 1);
    }
}

static void
compute_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  HearthInsights **out = data;
  g_autoptr(GError) error = NULL;

  *out = hearth_insights_compute_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthInsights) here = NULL;
  g_autoptr(HearthInsights) there = NULL;
  gint64 case_id = add_case (fixture->store, utc (2026, 5, 1, 0, 0, 0), 0, 0);

  add_entry (fixture->store, case_id, "money-outcome", utc (2026, 5, 2, 0, 0, 0), 123456,
             "debt-resolved", FALSE);
  add_case (fixture->store, utc (2026, 6, 1, 0, 0, 0), utc (2026, 7, 1, 0, 0, 0), 0);

  hearth_insights_compute_async (fixture->store, fixture->start, fixture->end, NULL,
                                 compute_cb, &there);
  while (there == NULL)
    g_main_context_iteration (NULL, TRUE);

  here = compute (fixture);
  g_assert_cmpint (hearth_insights_get_now (there), ==, NOW);
  g_assert_cmpuint (hearth_insights_get_opened (there), ==, 2);
  g_assert_cmpuint (hearth_insights_get_closed (there), ==, 1);
  g_assert_cmpuint (hearth_insights_get_open_now (there), ==, hearth_insights_get_open_now (here));
  g_assert_cmpint (hearth_insights_get_debt_resolved_pence (there), ==, 123456);
}

/* Across the spring clock change, a case opened in the first hour of a
 * month in summer time is that month's, not the one before: 00:30 BST on
 * 1 July is 23:30 UTC on 30 June. */
static void
test_local_months (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  const HearthInsightsMonth *months;
  guint n_months = 0;
  gint64 start, end;
  guint june = 0, july = 0;

  hearth_insights_period_last_months (utc (2026, 7, 15, 12, 0, 0), 2, &start, &end);
  g_assert_cmpint (start, ==, utc (2026, 5, 31, 23, 0, 0));   /* 00:00 BST, 1 June */
  g_assert_cmpint (end, ==, utc (2026, 7, 31, 23, 0, 0));     /* 00:00 BST, 1 August */

  add_case (fixture->store, utc (2026, 6, 30, 23, 30, 0), 0, 0);
  add_case (fixture->store, utc (2026, 6, 30, 22, 30, 0), 0, 0);
  add_case (fixture->store, utc (2026, 5, 31, 23, 30, 0), 0, 0);  /* 00:30 BST, 1 June */
  add_case (fixture->store, utc (2026, 5, 31, 22, 30, 0), 0, 0);  /* 23:30 BST, 31 May: out */

  insights = hearth_insights_compute (fixture->store, start, end, NULL);
  months = hearth_insights_get_months (insights, &n_months);
  g_assert_cmpuint (n_months, ==, 2);
  for (guint i = 0; i < n_months; i++)
    {
      if (g_str_equal (months[i].key, "2026-06"))
        june = months[i].opened;
      else if (g_str_equal (months[i].key, "2026-07"))
        july = months[i].opened;
    }
  g_assert_cmpuint (june, ==, 2);
  g_assert_cmpuint (july, ==, 1);
  g_assert_cmpuint (hearth_insights_get_opened (insights), ==, 3);
}

static void
count_cb (guint *n)
{
  (*n)++;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

/* The tracker says the figures may have changed once for a burst of
 * changes to what they are worked out from, a moment after the last, and
 * not at all for other changes. */
static void
test_tracker (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthInsightsTracker) tracker = hearth_insights_tracker_new (fixture->store);
  guint n_changed = 0;

  g_assert_true (hearth_insights_tracker_get_store (tracker) == fixture->store);
  g_signal_connect_swapped (tracker, "changed", G_CALLBACK (count_cb), &n_changed);

  /* The team's list and the barriers are not in the figures. */
  hearth_store_note_change (fixture->store, "staff", 1, HEARTH_CHANGE_UPDATE);
  hearth_store_note_change (fixture->store, "barriers", 1, HEARTH_CHANGE_INSERT);
  run_for (HEARTH_INSIGHTS_TRACKER_DELAY_MS * 2);
  g_assert_cmpuint (n_changed, ==, 0);

  /* A burst: a case, its entry and a resident's needs. */
  hearth_store_note_change (fixture->store, "cases", 1, HEARTH_CHANGE_INSERT);
  run_for (HEARTH_INSIGHTS_TRACKER_DELAY_MS / 4);
  hearth_store_note_change (fixture->store, "timeline_entries", 1, HEARTH_CHANGE_INSERT);
  hearth_store_note_change (fixture->store, "resident_access_needs", 1, HEARTH_CHANGE_INSERT);
  run_for (HEARTH_INSIGHTS_TRACKER_DELAY_MS / 2);
  g_assert_cmpuint (n_changed, ==, 0);
  run_for (HEARTH_INSIGHTS_TRACKER_DELAY_MS * 2);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Nothing is left to fire once the tracker is gone. */
  hearth_store_note_change (fixture->store, "outcomes", 1, HEARTH_CHANGE_UPDATE);
  g_assert_finalize_object (g_steal_pointer (&tracker));
  run_for (HEARTH_INSIGHTS_TRACKER_DELAY_MS * 2);
  g_assert_cmpuint (n_changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The team's months are local; a zone with a clock change shows it. */
  g_setenv ("TZ", "Europe/London", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/insights/period", test_period);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/insights/empty", test_empty);
  ADD ("/insights/cases-by-month", test_cases_by_month);
  ADD ("/insights/outcomes", test_outcomes);
  ADD ("/insights/money", test_money);
  ADD ("/insights/spend-names", test_spend_names);
  ADD ("/insights/overdue", test_overdue);
  ADD ("/insights/residents", test_residents);
  ADD ("/insights/csv", test_csv);
  ADD ("/insights/async", test_async);
  ADD ("/insights/local-months", test_local_months);
  ADD ("/insights/tracker", test_tracker);
#undef ADD

  return g_test_run ();
}
