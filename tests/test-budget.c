/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The teams' budgets: setting, changing and removing them, the refusals
 * (which write nothing), what is left across the end of a period and below
 * zero, and what a budget was spent on. Every expected figure is summed
 * here from the rows the test inserted.
 */

#include "config.h"

#include "hearth-budget.h"
#include "hearth-test-utils.h"

/* Sunday 15 November 2026, 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1794744000)

#define PRIYA   1   /* Tenancy */
#define TOMASZ  2   /* Tenancy, written with other capitals */
#define CHLOE   3   /* Customer Services */
#define OWEN    4   /* no team */

#define PRIYAS_CASE  10   /* Priya leads it; closed, living a better life */
#define CHLOES_CASE  11   /* Chloe leads it; open */
#define OWENS_CASE   12   /* Owen leads it */

typedef struct {
  char        *dir;
  char        *path;
  HearthStore *store;
} Fixture;

#define query(fixture, ...) hearth_test_query_intf ((fixture)->store, __VA_ARGS__)
#define query_text(fixture, ...) hearth_test_query_textf ((fixture)->store, __VA_ARGS__)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (fixture->store, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name, team) VALUES (1, 'Priya Raman', 'Tenancy'),"
    "  (2, 'Tomasz Nowak', ' tenancy '), (3, 'Chloe Bennett', 'Customer Services'),"
    "  (4, 'Owen Price', '');"
    "INSERT INTO residents (id, name, preferred_name, area) VALUES"
    "  (1, 'Dorothy Evans', 'Dot', 'Felling'), (2, 'Brendan Kelly', '', 'Low Fell');"
    "INSERT INTO cases (id, title, lead_id, status, opened_at, closed_at, outcome_id,"
    "  last_activity_at) VALUES"
    "  (10, 'Warm home', 1, 'closed', 1780000000, 1790000000, 1, 1790000000),"
    "  (11, 'Getting out again', 3, 'open', 1780000000, NULL, NULL, 1780000000),"
    "  (12, 'The shed', 4, 'open', 1780000000, NULL, NULL, 1780000000);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (10, 1), (11, 2);",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, PRIYA);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Every column of every budget and every audit row, quoted, so that NULL,
 * "" and each byte differ. */
static char *
dup_contents (Fixture *fixture)
{
  return query_text (fixture,
                     "SELECT coalesce (group_concat (x, '|'), '') FROM ("
                     " SELECT concat_ws (',', 'b', id, quote (team), quote (name), amount_pence,"
                     "  starts_on, ends_on, quote (deleted_at), quote (deleted_by), created_at,"
                     "  quote (created_by), updated_at, quote (updated_by)) AS x FROM budgets"
                     " UNION ALL SELECT concat_ws (',', 'a', quote (a.table_name), a.row_id,"
                     "  quote (a.action)) FROM audit_log a)");
}

static gint64
create (Fixture    *fixture,
        const char *team,
        const char *name,
        const char *amount,
        const char *starts_on,
        const char *ends_on)
{
  HearthBudgetFields fields = { team, name, amount, starts_on, ends_on };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hearth_budget_create (fixture->store, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* The time of @hour:@minute local time on a day. */
static gint64
local (int year,
       int month,
       int day,
       int hour,
       int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

/* --- Writing, and refusing ------------------------------------------------------- */

static void
test_create_update_remove (Fixture       *fixture,
                           gconstpointer  data)
{
  HearthBudgetFields fields = { "Tenancy", " 2026–27 Q4 ", "£2,500.50", "2027-01-01",
                                "2027-03-31" };
  g_autoptr(HearthBudget) budget = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 q3, q4;
  gint64 audit;

  q3 = create (fixture, "Tenancy", "2026–27 Q3", "3000", "2026-10-01", "2026-12-31");
  q4 = hearth_budget_create (fixture->store, &fields, &error);
  g_assert_no_error (error);

  budget = hearth_budget_read (fixture->store, q4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_budget_get_team (budget), ==, "Tenancy");
  g_assert_cmpstr (hearth_budget_get_name (budget), ==, "2026–27 Q4");
  g_assert_cmpint (hearth_budget_get_amount_pence (budget), ==, 250050);
  g_assert_cmpstr (hearth_budget_get_starts_on (budget), ==, "2027-01-01");
  g_assert_cmpstr (hearth_budget_get_ends_on (budget), ==, "2027-03-31");
  g_assert_cmpint (query (fixture, "SELECT created_by FROM budgets WHERE id = %" G_GINT64_FORMAT,
                          q4), ==, PRIYA);
  g_clear_object (&budget);

  /* A period next to another, to the day, is not an overlap. */
  fields.amount = "2,000";
  fields.starts_on = "2027-01-01";
  hearth_store_set_actor (fixture->store, TOMASZ);
  g_assert_true (hearth_budget_update (fixture->store, q4, &fields, &error));
  g_assert_no_error (error);
  budget = hearth_budget_read (fixture->store, q4, &error);
  g_assert_cmpint (hearth_budget_get_amount_pence (budget), ==, 200000);
  g_assert_cmpint (query (fixture, "SELECT updated_by FROM budgets WHERE id = %" G_GINT64_FORMAT,
                          q4), ==, TOMASZ);
  g_clear_object (&budget);

  /* Saving the same again writes nothing. */
  audit = query (fixture, "SELECT count (*) FROM audit_log");
  g_assert_true (hearth_budget_update (fixture->store, q4, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audit);

  /* Another team may hold the same days. */
  create (fixture, "Customer Services", "Q3", "500", "2026-10-01", "2026-12-31");

  list = hearth_budget_list_read (fixture->store, "tenancy", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  budget = g_list_model_get_item (list, 0);
  g_assert_cmpint (hearth_budget_get_id (budget), ==, q3);
  g_clear_object (&budget);
  g_clear_object (&list);

  g_assert_true (hearth_budget_remove (fixture->store, q3, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_budget_read (fixture->store, q3, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT deleted_by FROM budgets WHERE id = %" G_GINT64_FORMAT,
                          q3), ==, TOMASZ);

  list = hearth_budget_list_read (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* Its days are free again. */
  create (fixture, "Tenancy", "2026–27 Q3 again", "100", "2026-10-01", "2026-12-31");
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  const struct {
    const char *team, *name, *amount, *starts_on, *ends_on;
  } refused[] = {
    { "Tenancy", "Q2", "0", "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", "£0.00", "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", "-100", "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", "lots", "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", "", "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", NULL, "2026-07-01", "2026-09-30" },
    { "Tenancy", "Q2", "100", "2026-09-30", "2026-07-01" },
    { "Tenancy", "Q2", "100", "2026-07-01", "2026-02-30" },
    { "Tenancy", "Q2", "100", "next week", "2026-09-30" },
    { "Tenancy", "  ", "100", "2026-07-01", "2026-09-30" },
    { "", "Q2", "100", "2026-07-01", "2026-09-30" },
#define N_NOT_OVERLAPS 11
    /* Overlaps with Q3, at either end, inside and around it, whatever
     * the capitals and spaces of the team's name. */
    { "Tenancy", "Q2", "100", "2026-07-01", "2026-10-01" },
    { "Tenancy", "Q4", "100", "2026-12-31", "2027-03-31" },
    { "TENANCY ", "Part", "100", "2026-11-01", "2026-11-30" },
    { "tenancy", "Year", "100", "2026-04-01", "2027-03-31" },
  };
  HearthBudgetFields fields;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) reader = NULL;
  gint64 q3, cs;

  q3 = create (fixture, "Tenancy", "2026–27 Q3", "3000", "2026-10-01", "2026-12-31");
  cs = create (fixture, "Customer Services", "2026–27 Q2", "500", "2026-07-01", "2026-09-30");
  before = dup_contents (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      fields = (HearthBudgetFields) { refused[i].team, refused[i].name, refused[i].amount,
                                      refused[i].starts_on, refused[i].ends_on };
      g_test_message ("%s %s %s %s %s", refused[i].team, refused[i].name, refused[i].amount,
                      refused[i].starts_on, refused[i].ends_on);

      g_assert_cmpint (hearth_budget_create (fixture->store, &fields, &error), ==, 0);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);

      /* Changing the other team's budget into the same is refused alike
       * (the overlaps are Tenancy's alone, so not those). */
      if (i < N_NOT_OVERLAPS)
        {
          if (!g_str_equal (refused[i].team, ""))
            fields.team = "Customer Services";
          g_assert_false (hearth_budget_update (fixture->store, cs, &fields, &error));
          g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
          g_clear_error (&error);
        }

      g_free (after);
      after = dup_contents (fixture);
      g_assert_cmpstr (after, ==, before);
    }

  /* Moving the other team's budget onto Tenancy's days is an overlap. */
  fields = (HearthBudgetFields) { "Tenancy", "2026–27 Q2", "500", "2026-07-01", "2026-10-15" };
  g_assert_false (hearth_budget_update (fixture->store, cs, &fields, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_free (after);
  after = dup_contents (fixture);
  g_assert_cmpstr (after, ==, before);

  /* A budget that is gone cannot change. */
  fields = (HearthBudgetFields) { "Tenancy", "Q", "1", "2030-01-01", "2030-01-02" };
  g_assert_false (hearth_budget_update (fixture->store, q3 + 100, &fields, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_budget_remove (fixture->store, q3 + 100, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A store that only reads writes nothing, and says why. */
  reader = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_budget_create (reader, &fields, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (hearth_budget_update (reader, q3, &fields, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (hearth_budget_remove (reader, q3, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_finalize_object (g_steal_pointer (&reader));

  g_free (after);
  after = dup_contents (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* --- What is left ---------------------------------------------------------------- */

typedef struct
{
  gint64      at;
  gint64      author;     /* 0 for someone no longer on the list */
  gint64      case_id;
  gint64      pence;
  const char *spend_for;
  gboolean    deleted;
  const char *team;       /* whose budget it counts against, by the rule */
} Spend;

static void
insert_spends (Fixture     *fixture,
               const Spend *spends,
               guint        n_spends)
{
  for (guint i = 0; i < n_spends; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (hearth_store_run_sql (fixture->store, &error,
                                           "INSERT INTO timeline_entries (case_id, kind,"
                                           "  occurred_at, author_id, summary, amount_pence,"
                                           "  spend_for, deleted_at)"
                                           " VALUES (?1, 'spend', ?2, ?3, 'Spend', ?4, ?5,"
                                           "  iif (?6, ?2, NULL))",
                                           "xxoxsi", spends[i].case_id, spends[i].at,
                                           spends[i].author, spends[i].pence,
                                           spends[i].spend_for, spends[i].deleted));
      g_assert_no_error (error);
    }
}

/* What the test's own spends add up to for @team from @first to @last:
 * the local day of each spend against the days, as text. */
static gint64
sum_spends (const Spend *spends,
            guint        n_spends,
            const char  *team,
            const char  *first,
            const char  *last,
            guint       *n)
{
  gint64 total = 0;

  if (n != NULL)
    *n = 0;
  for (guint i = 0; i < n_spends; i++)
    {
      g_autofree char *day = hearth_budget_dup_local_day (spends[i].at);

      if (!spends[i].deleted && g_str_equal (spends[i].team, team) &&
          g_strcmp0 (day, first) >= 0 && g_strcmp0 (day, last) <= 0)
        {
          total += spends[i].pence;
          if (n != NULL)
            (*n)++;
        }
    }

  return total;
}

static const Spend spends[] = {
  /* The last evening of Q2 and the first minutes of Q3, local time. */
  { 0, PRIYA, PRIYAS_CASE, 4000, "Heater", FALSE, "Tenancy" },
  { 0, TOMASZ, PRIYAS_CASE, 1250, "heater ", FALSE, "Tenancy" },
  /* Tenancy's staff spend on another team's case: theirs. */
  { 0, PRIYA, CHLOES_CASE, 2000, "Bus pass", FALSE, "Tenancy" },
  /* Chloe spends on Priya's case: Customer Services'. */
  { 0, CHLOE, PRIYAS_CASE, 700, "Food", FALSE, "Customer Services" },
  /* Someone no longer on the list: the lead's team. */
  { 0, 0, PRIYAS_CASE, 300, "Gift for Dot", FALSE, "Tenancy" },
  /* Owen has no team, nor has his case's lead: nobody's. */
  { 0, OWEN, OWENS_CASE, 999, "Paint", FALSE, "" },
  /* A deleted spend counts for nothing. */
  { 0, PRIYA, PRIYAS_CASE, 50000, "Mistake", TRUE, "Tenancy" },
  /* Spent in Q2, in another month. */
  { 0, PRIYA, CHLOES_CASE, 1500, "Bus pass", FALSE, "Tenancy" },
};

static Spend *
dup_spends (void)
{
  Spend *copy = g_memdup2 (spends, sizeof spends);

  copy[0].at = local (2026, 9, 30, 23, 30);
  copy[1].at = local (2026, 10, 1, 0, 15);
  copy[2].at = local (2026, 11, 3, 10, 0);
  copy[3].at = local (2026, 10, 20, 9, 0);
  copy[4].at = local (2026, 11, 9, 14, 0);
  copy[5].at = local (2026, 10, 5, 11, 0);
  copy[6].at = local (2026, 10, 6, 11, 0);
  copy[7].at = local (2026, 8, 12, 16, 0);

  return copy;
}

static void
test_left (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree Spend *all = dup_spends ();
  g_autoptr(HearthBudget) budget = NULL;
  g_autoptr(GError) error = NULL;
  gint64 q2, q3, left = 0, q2_spent, q3_spent, cs_spent;

  insert_spends (fixture, all, G_N_ELEMENTS (spends));
  q2 = create (fixture, "Tenancy", "2026–27 Q2", "50.00", "2026-07-01", "2026-09-30");
  q3 = create (fixture, "Tenancy", "2026–27 Q3", "£100", "2026-10-01", "2026-12-31");
  create (fixture, "Customer Services", "Autumn", "20", "2026-10-01", "2026-12-31");

  q2_spent = sum_spends (all, G_N_ELEMENTS (spends), "Tenancy", "2026-07-01", "2026-09-30", NULL);
  q3_spent = sum_spends (all, G_N_ELEMENTS (spends), "Tenancy", "2026-10-01", "2026-12-31", NULL);
  cs_spent = sum_spends (all, G_N_ELEMENTS (spends), "Customer Services", "2026-10-01",
                         "2026-12-31", NULL);
  /* The test would prove nothing if the periods took the same spends. */
  g_assert_cmpint (q2_spent, >, 0);
  g_assert_cmpint (q3_spent, >, 0);

  /* The last day of Q2 and the first of Q3 each read their own budget. */
  g_assert_true (hearth_budget_read_left (fixture->store, "Tenancy", "2026-09-30", &budget, &left,
                                          &error));
  g_assert_no_error (error);
  g_assert_nonnull (budget);
  g_assert_cmpint (hearth_budget_get_id (budget), ==, q2);
  g_assert_cmpint (left, ==, 5000 - q2_spent);
  /* Q2 was overspent: what is left is below zero, and said so. */
  g_assert_cmpint (left, <, 0);
  g_clear_object (&budget);

  g_assert_true (hearth_budget_read_left (fixture->store, " tenancy", "2026-10-01", &budget,
                                          &left, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_budget_get_id (budget), ==, q3);
  g_assert_cmpint (left, ==, 10000 - q3_spent);
  g_assert_cmpint (left, >, 0);
  g_clear_object (&budget);

  g_assert_true (hearth_budget_read_left (fixture->store, "Customer Services", "2026-12-31",
                                          &budget, &left, &error));
  g_assert_no_error (error);
  g_assert_cmpint (left, ==, 2000 - cs_spent);
  g_clear_object (&budget);

  /* No budget holds the day, or the team has none: nothing, and no error. */
  left = 12;
  g_assert_true (hearth_budget_read_left (fixture->store, "Tenancy", "2027-01-01", &budget, &left,
                                          &error));
  g_assert_no_error (error);
  g_assert_null (budget);
  g_assert_cmpint (left, ==, 0);
  g_assert_true (hearth_budget_read_left (fixture->store, "", "2026-10-01", &budget, &left,
                                          &error));
  g_assert_null (budget);

  /* Whose budget a spend logged now counts against, by the same rule. */
  {
    const struct { gint64 staff, case_id; const char *team; } teams[] = {
      { PRIYA, CHLOES_CASE, "Tenancy" },
      { CHLOE, PRIYAS_CASE, "Customer Services" },
      { OWEN, PRIYAS_CASE, "Tenancy" },
      { 99, CHLOES_CASE, "Customer Services" },
      { OWEN, OWENS_CASE, "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (teams); i++)
      {
        g_autofree char *team = hearth_budget_dup_spend_team (fixture->store, teams[i].staff,
                                                              teams[i].case_id, &error);

        g_assert_no_error (error);
        g_assert_cmpstr (team, ==, teams[i].team);
      }
  }

  /* A spend logged now takes Q3 below zero. */
  {
    Spend more = { local (2026, 12, 31, 23, 59), TOMASZ, CHLOES_CASE, 10000 - q3_spent + 1,
                   "Carpet", FALSE, "Tenancy" };

    insert_spends (fixture, &more, 1);
    g_assert_true (hearth_budget_read_left (fixture->store, "Tenancy", "2026-11-15", &budget,
                                            &left, &error));
    g_assert_no_error (error);
    g_assert_cmpint (left, ==, -1);
    g_clear_object (&budget);
  }
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree Spend *all = dup_spends ();
  g_autofree char *outcome = query_text (fixture, "SELECT name FROM outcomes WHERE id = 1");
  g_autoptr(HearthBudgetReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const HearthInsightsCount *items;
  guint n = 0, n_spends = 0;
  gint64 q3, spent, heater, bus, total = 0;
  guint cases = 0;

  insert_spends (fixture, all, G_N_ELEMENTS (spends));
  q3 = create (fixture, "Tenancy", "2026–27 Q3", "£100", "2026-10-01", "2026-12-31");
  spent = sum_spends (all, G_N_ELEMENTS (spends), "Tenancy", "2026-10-01", "2026-12-31",
                      &n_spends);

  report = hearth_budget_report_read (fixture->store, q3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_budget_report_get_spent_pence (report), ==, spent);
  g_assert_cmpint (hearth_budget_report_get_left_pence (report), ==, 10000 - spent);
  g_assert_cmpuint (hearth_budget_report_get_n_spends (report), ==, n_spends);

  /* Each month of the quarter, in order, adding up to the whole. */
  items = hearth_budget_report_get_months (report, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("2026-%02u", 10 + i);
      g_autofree char *first = g_strdup_printf ("%s-01", key);
      g_autofree char *last = g_strdup_printf ("%s-31", key);

      g_assert_cmpstr (items[i].label, ==, key);
      g_assert_cmpint (items[i].value, ==, sum_spends (all, G_N_ELEMENTS (spends), "Tenancy",
                                                       first, last, NULL));
      total += items[i].value;
    }
  g_assert_cmpint (total, ==, spent);

  /* What for: the same words together, whatever their capitals; words
   * that name the resident never shown. */
  heater = 0;
  bus = 0;
  for (guint i = 0; i < G_N_ELEMENTS (spends); i++)
    {
      g_autofree char *day = hearth_budget_dup_local_day (all[i].at);

      if (all[i].deleted || !g_str_equal (all[i].team, "Tenancy") ||
          g_strcmp0 (day, "2026-10-01") < 0 || g_strcmp0 (day, "2026-12-31") > 0)
        continue;
      if (g_ascii_strncasecmp (all[i].spend_for, "heater", 6) == 0)
        heater += all[i].pence;
      else if (g_str_equal (all[i].spend_for, "Bus pass"))
        bus += all[i].pence;
    }
  items = hearth_budget_report_get_spend_for (report, &n);
  total = 0;
  for (guint i = 0; i < n; i++)
    {
      g_assert_null (g_strstr_len (items[i].label, -1, "Dot"));
      if (g_ascii_strcasecmp (items[i].label, "heater") == 0)
        g_assert_cmpint (items[i].value, ==, heater);
      if (g_str_equal (items[i].label, "Bus pass"))
        g_assert_cmpint (items[i].value, ==, bus);
      if (i > 0)
        g_assert_cmpint (items[i - 1].value, >=, items[i].value);
      total += items[i].value;
    }
  g_assert_cmpint (total, ==, spent);

  /* The cases that spent: Priya's closed case under its outcome, Chloe's
   * open one last. */
  items = hearth_budget_report_get_outcomes (report, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (items[0].label, ==, outcome);
  g_assert_null (items[1].label);
  total = 0;
  for (guint i = 0; i < n; i++)
    {
      total += items[i].value;
      cases += items[i].count;
    }
  g_assert_cmpint (total, ==, spent);
  g_assert_cmpuint (cases, ==, 2);
}

/* The quarters of the financial year, April to June the first. */
static void
test_quarter (void)
{
  const struct { const char *day, *name, *starts_on, *ends_on; } quarters[] = {
    { "2026-04-01", "2026–27 Q1", "2026-04-01", "2026-06-30" },
    { "2026-09-30", "2026–27 Q2", "2026-07-01", "2026-09-30" },
    { "2026-11-15", "2026–27 Q3", "2026-10-01", "2026-12-31" },
    { "2027-02-28", "2026–27 Q4", "2027-01-01", "2027-03-31" },
    { "2000-01-01", "1999–00 Q4", "2000-01-01", "2000-03-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    {
      g_autofree char *starts_on = NULL;
      g_autofree char *ends_on = NULL;
      g_autofree char *name = hearth_budget_dup_quarter (quarters[i].day, &starts_on, &ends_on);

      g_assert_cmpstr (name, ==, quarters[i].name);
      g_assert_cmpstr (starts_on, ==, quarters[i].starts_on);
      g_assert_cmpstr (ends_on, ==, quarters[i].ends_on);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/budget/quarter", test_quarter);
  g_test_add ("/budget/create-update-remove", Fixture, NULL,
              fixture_set_up, test_create_update_remove, fixture_tear_down);
  g_test_add ("/budget/refusals", Fixture, NULL,
              fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/budget/left", Fixture, NULL,
              fixture_set_up, test_left, fixture_tear_down);
  g_test_add ("/budget/report", Fixture, NULL,
              fixture_set_up, test_report, fixture_tear_down);

  return g_test_run ();
}
