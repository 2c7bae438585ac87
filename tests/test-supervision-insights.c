/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Insights for supervisors: one-to-ones on rhythm and late, wellbeing over
 * time for the supervisor's own people only, and actions done and dropped
 * by the day they were closed; and no wellbeing in the insights' CSV files.
 */

#include "config.h"

#include "hearth-insights-csv.h"
#include "hearth-one-to-ones-csv.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-insights.h"
#include "hearth-test-utils.h"

#define SAM     1   /* supervises Priya and Tomasz; once supervised Eve */
#define PRIYA   2   /* supervised by Grace until the start of January */
#define TOMASZ  3
#define GRACE   4   /* supervises Dev */
#define DEV     5
#define EVE     6

/* What Dev told Grace: it must reach nobody else. */
#define DEV_NOTE "In the words of Dev: a hard month"

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       start;   /* 1 February 2026, local */
  gint64       end;     /* 1 June 2026, local */
} Fixture;

static gint64
local_time (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, 12, 0, 0);

  return g_date_time_to_unix (dt);
}

static void
exec (Fixture    *fixture,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_exec (fixture->store, sql, &error));
  g_assert_no_error (error);
}

static void
add_one_to_one (Fixture    *fixture,
                gint64      id,
                gint64      supervisor,
                gint64      staff,
                const char *held_on,
                int         wellbeing)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO supervisions (id, supervisor_id, staff_id, held_on,"
                         " wellbeing, wellbeing_note) VALUES (%" G_GINT64_FORMAT ", %"
                         G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', %d, '%s')",
                         id, supervisor, staff, held_on, wellbeing,
                         staff == DEV ? DEV_NOTE : "");
  exec (fixture, sql);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = hearth_test_store_new (&fixture->dir, local_time (2026, 5, 20));
  fixture->start = local_time (2026, 2, 1) - 12 * 3600;
  fixture->end = local_time (2026, 6, 1) - 12 * 3600;

  exec (fixture,
        "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah'),"
        "  (3, 'Tomasz Nowak'), (4, 'Grace Adeyemi'), (5, 'Dev Patel'), (6, 'Eve Ward');"
        /* Sam's pairs: Tomasz listed first, to show the people come by name. */
        "INSERT INTO supervision_pairs (supervisor_id, staff_id, rhythm_weeks, started_on)"
        "  VALUES (1, 3, 4, '2026-01-01'), (1, 2, 4, '2026-01-05'), (4, 5, 4, '2026-01-01');"
        "INSERT INTO supervision_pairs (supervisor_id, staff_id, rhythm_weeks, started_on,"
        "  ended_on) VALUES (1, 6, 4, '2025-06-01', '2026-01-31'),"
        "  (4, 2, 2, '2025-06-01', '2026-01-04');");

  /* Priya with Grace, before Sam: how she was then is between the two of them. */
  add_one_to_one (fixture, 1, GRACE, PRIYA, "2025-12-10", 1);
  /* Priya with Sam: the first three weeks after they paired, then 25 days
   * on, then 49 days (late), then exactly four weeks. */
  add_one_to_one (fixture, 2, SAM, PRIYA, "2026-01-26", 3);
  add_one_to_one (fixture, 3, SAM, PRIYA, "2026-02-20", 4);
  add_one_to_one (fixture, 4, SAM, PRIYA, "2026-04-10", 2);
  add_one_to_one (fixture, 5, SAM, PRIYA, "2026-05-08", 5);
  /* Tomasz's first one-to-one, ten weeks after they paired: late. */
  add_one_to_one (fixture, 6, SAM, TOMASZ, "2026-03-12", 4);
  /* Grace stood in for Sam once in March: that one is hers and Priya's. */
  add_one_to_one (fixture, 9, GRACE, PRIYA, "2026-03-15", 1);
  /* Dev with Grace; Eve with Sam while they were paired. */
  add_one_to_one (fixture, 7, GRACE, DEV, "2026-03-02", 1);
  add_one_to_one (fixture, 8, SAM, EVE, "2026-01-20", 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static HearthSupervisionInsights *
compute_as (Fixture *fixture,
            gint64   actor)
{
  g_autoptr(GError) error = NULL;
  HearthSupervisionInsights *insights;

  hearth_store_set_actor (fixture->store, actor);
  insights = hearth_supervision_insights_compute (fixture->store, fixture->start, fixture->end,
                                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  g_assert_cmpint (hearth_supervision_insights_get_supervisor_id (insights), ==, actor);
  return insights;
}

static const HearthSupervisionInsightsPerson *
find_person (HearthSupervisionInsights *insights,
             gint64                     staff_id)
{
  for (guint i = 0; i < hearth_supervision_insights_get_n_people (insights); i++)
    {
      const HearthSupervisionInsightsPerson *person =
        hearth_supervision_insights_get_person (insights, i);

      if (person->staff_id == staff_id)
        return person;
    }

  return NULL;
}

static void
test_rhythm (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HearthSupervisionInsights) insights = compute_as (fixture, SAM);
  const HearthSupervisionInsightsPerson *priya, *tomasz;

  priya = find_person (insights, PRIYA);
  g_assert_nonnull (priya);
  /* February, April (late) and May in the period; January's is before it. */
  g_assert_cmpuint (priya->held, ==, 3);
  g_assert_cmpuint (priya->on_rhythm, ==, 2);
  g_assert_cmpuint (priya->late, ==, 1);
  g_assert_cmpuint (priya->rhythm_weeks, ==, 4);

  /* The first one-to-one is measured from the day the pair started. */
  tomasz = find_person (insights, TOMASZ);
  g_assert_nonnull (tomasz);
  g_assert_cmpuint (tomasz->held, ==, 1);
  g_assert_cmpuint (tomasz->on_rhythm, ==, 0);
  g_assert_cmpuint (tomasz->late, ==, 1);

  /* A first one-to-one within the rhythm of the start is on it. */
  exec (fixture, "UPDATE supervision_pairs SET started_on = '2026-02-20'"
                 " WHERE supervisor_id = 1 AND staff_id = 3");
  g_clear_object (&insights);
  insights = compute_as (fixture, SAM);
  tomasz = find_person (insights, TOMASZ);
  g_assert_cmpuint (tomasz->on_rhythm, ==, 1);
  g_assert_cmpuint (tomasz->late, ==, 0);

  /* A rhythm of two weeks makes 25 days late. */
  exec (fixture, "UPDATE supervision_pairs SET rhythm_weeks = 2"
                 " WHERE supervisor_id = 1 AND staff_id = 2");
  g_clear_object (&insights);
  insights = compute_as (fixture, SAM);
  priya = find_person (insights, PRIYA);
  g_assert_cmpuint (priya->on_rhythm, ==, 0);
  g_assert_cmpuint (priya->late, ==, 3);
}

static void
test_people_by_name (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HearthSupervisionInsights) insights = compute_as (fixture, SAM);

  /* Sam's current people, by name whatever their figures: not Eve, whose
   * pair ended, nor Dev, whom Grace supervises. */
  g_assert_cmpuint (hearth_supervision_insights_get_n_people (insights), ==, 2);
  g_assert_cmpstr (hearth_supervision_insights_get_person (insights, 0)->name, ==, "Priya Shah");
  g_assert_cmpstr (hearth_supervision_insights_get_person (insights, 1)->name, ==,
                   "Tomasz Nowak");
}

static void
test_wellbeing_own_people_only (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(HearthSupervisionInsights) insights = compute_as (fixture, SAM);
  const HearthSupervisionInsightsPerson *priya;
  const HearthWellbeingPoint *points;

  g_assert_null (find_person (insights, DEV));
  g_assert_null (find_person (insights, EVE));

  /* January's one-to-one starts the line; Grace's in December and March
   * are hers and Priya's, not Sam's. */
  priya = find_person (insights, PRIYA);
  g_assert_cmpuint (priya->wellbeing->len, ==, 4);
  points = (const HearthWellbeingPoint *) (gpointer) priya->wellbeing->data;
  g_assert_cmpstr (points[0].held_on, ==, "2026-01-26");
  g_assert_cmpint (points[0].wellbeing, ==, 3);
  g_assert_cmpstr (points[1].held_on, ==, "2026-02-20");
  g_assert_cmpint (points[1].wellbeing, ==, 4);
  g_assert_cmpstr (points[2].held_on, ==, "2026-04-10");
  g_assert_cmpint (points[2].wellbeing, ==, 2);
  g_assert_cmpstr (points[3].held_on, ==, "2026-05-08");
  g_assert_cmpint (points[3].wellbeing, ==, 5);
  for (guint i = 0; i < priya->wellbeing->len; i++)
    g_assert_cmpint (points[i].supervision_id, !=, 1);
  for (guint i = 0; i < priya->wellbeing->len; i++)
    g_assert_cmpint (points[i].supervision_id, !=, 9);

  /* Grace sees Dev's, and nothing of Priya's, though she once supervised her. */
  g_clear_object (&insights);
  insights = compute_as (fixture, GRACE);
  g_assert_cmpuint (hearth_supervision_insights_get_n_people (insights), ==, 1);
  g_assert_null (find_person (insights, PRIYA));
  g_assert_cmpuint (find_person (insights, DEV)->wellbeing->len, ==, 1);

  /* Someone who supervises nobody, and nobody at all, see no one. */
  g_clear_object (&insights);
  insights = compute_as (fixture, PRIYA);
  g_assert_cmpuint (hearth_supervision_insights_get_n_people (insights), ==, 0);
  g_clear_object (&insights);
  insights = compute_as (fixture, 0);
  g_assert_cmpuint (hearth_supervision_insights_get_n_people (insights), ==, 0);
}

static void
test_actions_by_closing_day (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HearthSupervisionInsights) insights = NULL;
  g_autofree char *sql = NULL;
  const HearthSupervisionInsightsPerson *priya;

  /* All agreed in January, before the period; closed before it or in it. */
  sql = g_strdup_printf (
    "INSERT INTO supervision_actions (supervision_id, text, status, dropped_reason, done_at,"
    "  dropped_at) VALUES"
    "  (2, 'Done in March', 'done', '', %" G_GINT64_FORMAT ", NULL),"
    "  (2, 'Done in April', 'done', '', %" G_GINT64_FORMAT ", NULL),"
    "  (2, 'Done in January', 'done', '', %" G_GINT64_FORMAT ", NULL),"
    "  (2, 'Dropped in April', 'dropped', 'No longer needed', NULL, %" G_GINT64_FORMAT "),"
    "  (2, 'Dropped in January', 'dropped', 'Moved team', NULL, %" G_GINT64_FORMAT "),"
    "  (3, 'Still open', 'open', '', NULL, NULL),"
    "  (4, 'Also open', 'open', '', NULL, NULL),"
    "  (7, 'Dev''s, done in March', 'done', '', %" G_GINT64_FORMAT ", NULL)",
    local_time (2026, 3, 3), local_time (2026, 4, 20), local_time (2026, 1, 28),
    local_time (2026, 4, 11), local_time (2026, 1, 29), local_time (2026, 3, 3));
  exec (fixture, sql);

  insights = compute_as (fixture, SAM);
  priya = find_person (insights, PRIYA);
  g_assert_cmpuint (priya->done, ==, 2);
  g_assert_cmpuint (priya->dropped, ==, 1);
  g_assert_cmpuint (priya->open, ==, 2);

  g_assert_cmpuint (find_person (insights, TOMASZ)->done, ==, 0);
  g_assert_cmpuint (find_person (insights, TOMASZ)->open, ==, 0);
}

static void
test_no_wellbeing_in_csv (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(GError) error = NULL;

  hearth_store_set_actor (fixture->store, GRACE);
  insights = hearth_insights_compute (fixture->store, fixture->start, fixture->end, &error);
  g_assert_no_error (error);

  for (guint table = 0; table < HEARTH_INSIGHTS_N_CSV; table++)
    {
      g_autoptr(HearthCsvWriter) writer = hearth_insights_csv_new (insights, table);
      g_autoptr(GBytes) bytes = hearth_csv_writer_dup_bytes (writer);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL),
                                         g_bytes_get_size (bytes));

      hearth_test_assert_lacks (text, DEV_NOTE);
      hearth_test_assert_lacks (text, "Dev Patel");
      for (int wellbeing = 1; wellbeing <= 5; wellbeing++)
        hearth_test_assert_lacks (text, hearth_wellbeing_get_label (wellbeing));
    }
}

static void
test_one_to_ones_csv (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthSupervisionInsights) insights = NULL;
  g_autoptr(HearthCsvWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) expected = g_string_new ("\xEF\xBB\xBF" "Member of staff,One-to-ones held,"
                                              "On rhythm,Late,Actions done,Actions dropped,"
                                              "Actions open\r\n");
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  exec (fixture, "INSERT INTO supervision_actions (supervision_id, text, status, done_at)"
                 "  VALUES (3, 'Done', 'done', unixepoch ('2026-03-03'));"
                 "INSERT INTO supervision_actions (supervision_id, text) VALUES (4, 'Open');");
  insights = compute_as (fixture, SAM);

  /* The counts of each of Sam's people as the model has them, by name. */
  for (guint i = 0; i < hearth_supervision_insights_get_n_people (insights); i++)
    {
      const HearthSupervisionInsightsPerson *person =
        hearth_supervision_insights_get_person (insights, i);

      g_string_append_printf (expected, "%s,%u,%u,%u,%u,%u,%u\r\n", person->name, person->held,
                              person->on_rhythm, person->late, person->done, person->dropped,
                              person->open);
    }
  writer = hearth_one_to_ones_csv_new (insights);
  bytes = hearth_csv_writer_dup_bytes (writer);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected->str, expected->len);

  /* No wellbeing in it, in words or as a figure's column. */
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  hearth_test_assert_has (text, "Priya Shah,3,2,1,1,0,1");
  hearth_test_assert_lacks (text, "ellbeing");
  for (int wellbeing = 1; wellbeing <= 5; wellbeing++)
    hearth_test_assert_lacks (text, hearth_wellbeing_get_label (wellbeing));
  hearth_test_assert_lacks (text, "Dev Patel");

  name = hearth_one_to_ones_csv_dup_file_name (insights);
  g_assert_cmpstr (name, ==, "hearth-one-to-ones-2026-02-to-2026-05.csv");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/supervision-insights/rhythm", test_rhythm);
  ADD ("/supervision-insights/people-by-name", test_people_by_name);
  ADD ("/supervision-insights/wellbeing-own-people-only", test_wellbeing_own_people_only);
  ADD ("/supervision-insights/actions-by-closing-day", test_actions_by_closing_day);
  ADD ("/supervision-insights/no-wellbeing-in-csv", test_no_wellbeing_in_csv);
  ADD ("/supervision-insights/one-to-ones-csv", test_one_to_ones_csv);

#undef ADD

  return g_test_run ();
}
