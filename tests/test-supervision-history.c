/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of one-to-ones: how promises were kept per quarter, by
 * person, by supervisor and by owner; how someone was over time, for the
 * two people in each one-to-one only; and whether one-to-ones kept to
 * their rhythm.
 */

#include "config.h"

#include "hearth-supervision-changes.h"
#include "hearth-supervision-history.h"
#include "hearth-test-utils.h"

/* Noon UTC on each day the story below moves to. */
#define MARCH_10  G_GINT64_CONSTANT (1773144000)
#define MARCH_18  G_GINT64_CONSTANT (1773835200)
#define APRIL_7   G_GINT64_CONSTANT (1775563200)
#define MAY_5     G_GINT64_CONSTANT (1777982400)
#define MAY_20    G_GINT64_CONSTANT (1779278400)
#define SEPT_1    G_GINT64_CONSTANT (1788264000)

#define SAM     1   /* supervises Priya and Tomasz */
#define PRIYA   2
#define TOMASZ  3
#define GRACE   4   /* supervises Priya from September */

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       sam_priya;
  gint64       first;
  gint64       second;
  gint64       third;
  gint64       fourth;
} Fixture;

static gint64
start (Fixture *fixture,
       gint64   pair_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_start (fixture->store, pair_id, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_action (Fixture    *fixture,
            gint64      supervision_id,
            gint64      owner_id,
            const char *due_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_add_action (fixture->store, supervision_id, "Something promised",
                                             owner_id, due_on, &error);

  g_assert_no_error (error);
  return id;
}

static void
set_wellbeing (Fixture *fixture,
               gint64   supervision_id,
               int      wellbeing)
{
  g_autoptr(GError) error = NULL;
  gint64 version = hearth_test_query_intf (fixture->store, "SELECT version FROM supervisions"
                                           " WHERE id = %" G_GINT64_FORMAT, supervision_id);

  g_assert_true (hearth_supervision_set_wellbeing (fixture->store, supervision_id, version,
                                                   wellbeing, NULL, &error));
  g_assert_no_error (error);
}

static void
close_action (Fixture    *fixture,
              gint64      action_id,
              gint64      in_supervision_id,
              const char *drop_reason)
{
  g_autoptr(GError) error = NULL;

  if (drop_reason != NULL)
    g_assert_true (hearth_supervision_action_drop (fixture->store, action_id, in_supervision_id,
                                                   drop_reason, &error));
  else
    g_assert_true (hearth_supervision_action_done (fixture->store, action_id, in_supervision_id,
                                                   &error));
  g_assert_no_error (error);
}

/* Sam holds one-to-ones with Priya in March, April and May, and one with
 * Tomasz in March; Grace takes Priya on in September. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 sam_tomasz, grace_priya, a, b, c, d;

  fixture->store = hearth_test_store_new (&fixture->dir, 0);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah'),"
    "  (3, 'Tomasz Nowak'), (4, 'Grace Adeyemi');", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);

  /* March: four promises to Priya (one by Sam), one to Tomasz. */
  hearth_store_set_clock (fixture->store, MARCH_10);
  fixture->sam_priya = hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 4, &error);
  sam_tomasz = hearth_supervision_pair_create (fixture->store, SAM, TOMASZ, 4, &error);
  g_assert_no_error (error);
  fixture->first = start (fixture, fixture->sam_priya);
  set_wellbeing (fixture, fixture->first, 2);
  a = add_action (fixture, fixture->first, PRIYA, "2026-03-20");
  b = add_action (fixture, fixture->first, PRIYA, "2026-03-20");
  c = add_action (fixture, fixture->first, PRIYA, NULL);
  d = add_action (fixture, fixture->first, SAM, "2026-04-30");
  add_action (fixture, start (fixture, sam_tomasz), TOMASZ, "2026-03-31");

  /* One done on time, before the next one-to-one. */
  hearth_store_set_clock (fixture->store, MARCH_18);
  close_action (fixture, a, 0, NULL);

  /* April, on rhythm: one done late, one dropped, one more promised. */
  hearth_store_set_clock (fixture->store, APRIL_7);
  fixture->second = start (fixture, fixture->sam_priya);
  set_wellbeing (fixture, fixture->second, 4);
  close_action (fixture, b, fixture->second, NULL);
  close_action (fixture, c, fixture->second, "Not needed once the rota changed");
  add_action (fixture, fixture->second, PRIYA, "2026-05-01");

  /* Sam's own promise, late. */
  hearth_store_set_clock (fixture->store, MAY_5);
  close_action (fixture, d, 0, NULL);

  /* May, two weeks late, with nothing said about wellbeing. */
  hearth_store_set_clock (fixture->store, MAY_20);
  fixture->third = start (fixture, fixture->sam_priya);

  /* September: Grace. */
  hearth_store_set_clock (fixture->store, SEPT_1);
  hearth_store_set_actor (fixture->store, GRACE);
  grace_priya = hearth_supervision_pair_create (fixture->store, GRACE, PRIYA, 4, &error);
  g_assert_no_error (error);
  fixture->fourth = start (fixture, grace_priya);
  set_wellbeing (fixture, fixture->fourth, 5);
  hearth_store_set_actor (fixture->store, SAM);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* The quarters of @filter as "2026-Q1 agreed/on time/late/dropped/open; …". */
static char *
dup_promises (Fixture                    *fixture,
              const HearthPromisesFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) quarters = hearth_supervision_history_promises (fixture->store, filter,
                                                                    &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < quarters->len; i++)
    {
      const HearthPromiseQuarter *q = &g_array_index (quarters, HearthPromiseQuarter, i);

      g_string_append_printf (out, "%s%d-Q%d %u/%u/%u/%u/%u", i > 0 ? "; " : "", q->year,
                              q->quarter, q->agreed, q->done_on_time, q->done_late, q->dropped,
                              q->open);
    }
  return g_string_free (out, FALSE);
}

#define assert_promises(fixture, want, ...) G_STMT_START {              \
    HearthPromisesFilter assert_filter = { __VA_ARGS__ };                \
    g_autofree char *assert_got = dup_promises (fixture, &assert_filter); \
    g_assert_cmpstr (assert_got, ==, want);                             \
  } G_STMT_END

static void
test_promises (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) quarters = NULL;
  HearthPromisesFilter priya = { .staff_id = PRIYA };
  HearthPromiseQuarter total;

  /* By person: what was promised in Priya's one-to-ones. */
  assert_promises (fixture, "2026-Q1 4/1/2/1/0; 2026-Q2 1/0/0/0/1", .staff_id = PRIYA);
  assert_promises (fixture, "2026-Q1 1/0/0/0/1", .staff_id = TOMASZ);
  /* By supervisor: in the one-to-ones Sam held, and what Sam promised. */
  assert_promises (fixture, "2026-Q1 5/1/2/1/1; 2026-Q2 1/0/0/0/1", .supervisor_id = SAM);
  assert_promises (fixture, "2026-Q1 1/0/1/0/0", .supervisor_id = SAM, .owner_id = SAM);
  assert_promises (fixture, "2026-Q1 3/1/1/1/0; 2026-Q2 1/0/0/0/1", .staff_id = PRIYA,
                   .owner_id = PRIYA);
  assert_promises (fixture, "", .supervisor_id = GRACE);
  assert_promises (fixture, "2026-Q1 5/1/2/1/1; 2026-Q2 1/0/0/0/1", 0);

  quarters = hearth_supervision_history_promises (fixture->store, &priya, &error);
  g_assert_no_error (error);
  hearth_promise_quarters_total (quarters, &total);
  g_assert_cmpuint (total.agreed, ==, 5);
  g_assert_cmpuint (total.done_on_time, ==, 1);
  g_assert_cmpuint (total.done_late, ==, 2);
  g_assert_cmpuint (total.dropped, ==, 1);
  g_assert_cmpuint (total.open, ==, 1);
  g_assert_cmpuint (total.agreed, ==, total.done_on_time + total.done_late + total.dropped +
                                      total.open);
}

/* Wellbeing over time as "2026-03-10 2, …". */
static char *
dup_wellbeing (Fixture  *fixture,
               gint64    staff_id,
               GError  **error)
{
  g_autoptr(GArray) points = hearth_supervision_history_wellbeing (fixture->store, staff_id,
                                                                   error);
  GString *out;

  if (points == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < points->len; i++)
    {
      const HearthWellbeingPoint *p = &g_array_index (points, HearthWellbeingPoint, i);

      g_string_append_printf (out, "%s%s %d", i > 0 ? ", " : "", p->held_on, p->wellbeing);
      g_assert_cmpint (p->supervision_id, >, 0);
    }
  return g_string_free (out, FALSE);
}

/* Wellbeing is the two of theirs: the member of staff sees all of it, each
 * supervisor what was said to them, and nobody else anything. */
static void
test_wellbeing (Fixture       *fixture,
                gconstpointer  data)
{
  static const gint64 others[] = { TOMASZ, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *sam = NULL;
  g_autofree char *grace = NULL;
  g_autofree char *priya = NULL;

  sam = dup_wellbeing (fixture, PRIYA, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam, ==, "2026-03-10 2, 2026-04-07 4");

  hearth_store_set_actor (fixture->store, GRACE);
  grace = dup_wellbeing (fixture, PRIYA, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grace, ==, "2026-09-01 5");

  hearth_store_set_actor (fixture->store, PRIYA);
  priya = dup_wellbeing (fixture, PRIYA, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (priya, ==, "2026-03-10 2, 2026-04-07 4, 2026-09-01 5");

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *none = NULL;

      hearth_store_set_actor (fixture->store, others[i]);
      none = dup_wellbeing (fixture, PRIYA, &error);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
      g_assert_null (none);
      g_clear_error (&error);
    }

  /* Grace is not Tomasz's supervisor. */
  hearth_store_set_actor (fixture->store, GRACE);
  g_assert_null (dup_wellbeing (fixture, TOMASZ, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
}

static void
assert_rhythm (Fixture *fixture,
               gint64   staff_id,
               gint64   supervisor_id,
               guint    on_rhythm,
               guint    late)
{
  g_autoptr(GError) error = NULL;
  HearthPromisesFilter filter = { .staff_id = staff_id, .supervisor_id = supervisor_id };
  HearthRhythmFigures figures = { 99, 99 };

  g_assert_true (hearth_supervision_history_rhythm (fixture->store, &filter, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.on_rhythm, ==, on_rhythm);
  g_assert_cmpuint (figures.late, ==, late);
}

/* April came four weeks after March, on rhythm; May six weeks after
 * April, late, until the pair meets every seven weeks. Each pair's first
 * one-to-one is neither. */
static void
test_rhythm (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  assert_rhythm (fixture, PRIYA, 0, 1, 1);
  assert_rhythm (fixture, 0, SAM, 1, 1);
  assert_rhythm (fixture, 0, GRACE, 0, 0);
  assert_rhythm (fixture, TOMASZ, 0, 0, 0);

  g_assert_true (hearth_supervision_pair_set_rhythm (fixture->store, fixture->sam_priya, 7,
                                                     &error));
  g_assert_no_error (error);
  assert_rhythm (fixture, PRIYA, 0, 2, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/supervision-history/promises", test_promises);
  ADD ("/supervision-history/wellbeing", test_wellbeing);
  ADD ("/supervision-history/rhythm", test_rhythm);

  return g_test_run ();
}
