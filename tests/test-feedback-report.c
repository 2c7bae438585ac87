/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report of a 360° feedback cycle and its rules of anonymity, each at
 * its edges: a group exactly at its minimum and one below, an answer of
 * “not seen enough to say” that takes a group below it, a comment minimum
 * that differs from the rating minimum, combined figures that give nothing
 * away by subtraction, no figures while a cycle is open, development-only
 * cycles without numbers, and comments in a shuffled order that stays.
 */

#include "config.h"

#include <string.h>

#include "hearth-feedback-changes.h"
#include "hearth-feedback-report.h"
#include "hearth-framework-changes.h"
#include "hearth-sample-data.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM   1   /* the supervisor */
#define PRIYA 2   /* the person the feedback is for */

/* The behaviours of the test's framework. */
#define N_BEHAVIOURS 3

/* A rating of “not seen enough to say”, and of nothing at all. */
#define NOT_SEEN (-1)
#define NONE     0

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       framework_id;
  gint64       behaviours[N_BEHAVIOURS];
  guint        n_raters;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *const names[N_BEHAVIOURS] = { "Listening", "Follow-through", "Kindness" };
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah');"
    "UPDATE staff SET supervisor_id = 1 WHERE id = 2;",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);

  fixture->framework_id = hearth_framework_create (fixture->store, "Test behaviours",
                                                   HEARTH_FRAMEWORK_BEHAVIOURS, &error);
  g_assert_no_error (error);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      fixture->behaviours[b] = hearth_framework_add_behaviour (fixture->store,
                                                               fixture->framework_id, names[b],
                                                               "", "", &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
create_cycle (Fixture            *fixture,
              HearthFeedbackMode  mode)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .framework_id = fixture->framework_id,
    .title = "Priya’s feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = mode,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };
  gint64 id;

  id = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static void
set_minimums (Fixture *fixture,
              gint64   cycle,
              guint    other,
              guint    comments)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackMinimums minimums = { 1, 1, other, comments };

  g_assert_true (hearth_feedback_set_minimums (fixture->store, cycle, &minimums, TRUE, &error));
  g_assert_no_error (error);
}

/* Asks someone of @relationship and sends their answers: a rating for
 * each behaviour (NOT_SEEN or NONE for none), words, and an example for
 * each behaviour rated, made from @example. Returns the rater's id. */
static gint64
answer (Fixture            *fixture,
        gint64              cycle,
        HearthRelationship  relationship,
        const int          *ratings,
        const char         *keep_doing,
        const char         *try_doing,
        const char         *example)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autofree char *name = g_strdup_printf ("Rater %u", ++fixture->n_raters);
  gint64 rater;

  rater = hearth_feedback_add_rater (fixture->store, cycle, 0,
                                     relationship == HEARTH_RELATIONSHIP_SELF ? NULL : name,
                                     relationship, &error);
  g_assert_no_error (error);

  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      if (ratings[b] == NOT_SEEN)
        hearth_feedback_answers_set_not_seen (answers, fixture->behaviours[b], TRUE);
      else if (ratings[b] > 0)
        hearth_feedback_answers_set_rating (answers, fixture->behaviours[b], ratings[b]);

      if (example != NULL)
        {
          g_autofree char *text = g_strdup_printf ("%s on behaviour %u", example, b);

          hearth_feedback_answers_set_example (answers, fixture->behaviours[b], text);
        }
    }
  hearth_feedback_answers_set_keep_doing (answers, keep_doing);
  hearth_feedback_answers_set_try (answers, try_doing);

  g_assert_true (hearth_feedback_submit (fixture->store, rater, answers, &error));
  g_assert_no_error (error);

  return rater;
}

/* A rater asked who has not answered. */
static void
ask (Fixture            *fixture,
     gint64              cycle,
     HearthRelationship  relationship)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Rater %u", ++fixture->n_raters);

  hearth_feedback_add_rater (fixture->store, cycle, 0, name, relationship, &error);
  g_assert_no_error (error);
}

static void
close_cycle (Fixture *fixture,
             gint64   cycle)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_assert_no_error (error);
}

static HearthFeedbackReport *
report_for (Fixture *fixture,
            gint64   cycle,
            gint64   viewer)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackReport *report;

  report = hearth_feedback_report_new (fixture->store, cycle, viewer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static HearthFeedbackFigures
figures_of (HearthFeedbackReport *report,
            guint                 behaviour,
            HearthRelationship    relationship)
{
  HearthFeedbackFigures figures;

  memset (&figures, 0xff, sizeof figures);
  g_assert_true (hearth_feedback_report_get_figures (report, behaviour, relationship, &figures));
  g_assert_cmpint (figures.relationship, ==, relationship);
  return figures;
}

/* A group not shown holds no figure at all. */
static void
assert_hidden (HearthFeedbackReport *report,
               guint                 behaviour,
               HearthRelationship    relationship,
               HearthFeedbackShown   why)
{
  HearthFeedbackFigures figures = figures_of (report, behaviour, relationship);

  g_assert_cmpint (figures.shown, ==, why);
  g_assert_cmpuint (figures.n_ratings, ==, 0);
  g_assert_cmpfloat (figures.mean, ==, 0);
  g_assert_cmpint (figures.lowest, ==, 0);
  g_assert_cmpint (figures.highest, ==, 0);
}

/* The mean, lowest and highest of the ratings of @n raters for behaviour
 * @b, worked out here from the same ratings the test sent. */
static void
assert_shown (HearthFeedbackReport *report,
              guint                 b,
              HearthRelationship    relationship,
              const int            *ratings,
              guint                 n)
{
  HearthFeedbackFigures figures = figures_of (report, b, relationship);
  guint count = 0;
  int sum = 0, lowest = G_MAXINT, highest = G_MININT;

  for (guint i = 0; i < n; i++)
    {
      int rating = ratings[i * N_BEHAVIOURS + b];

      if (rating <= 0)
        continue;
      count++;
      sum += rating;
      lowest = MIN (lowest, rating);
      highest = MAX (highest, rating);
    }

  g_assert_cmpint (figures.shown, ==, HEARTH_FEEDBACK_SHOWN);
  g_assert_cmpuint (figures.n_ratings, ==, count);
  g_assert_cmpfloat_with_epsilon (figures.mean, (double) sum / count, 1e-9);
  g_assert_cmpint (figures.lowest, ==, lowest);
  g_assert_cmpint (figures.highest, ==, highest);
}

static guint
strv_length (const char * const *strv)
{
  return g_strv_length ((char **) strv);
}

static gboolean
strv_has (const char * const *strv,
          const char         *text)
{
  return g_strv_contains (strv, text);
}

/* --- Figures only once closed, and released --------------------------------- */

static void
test_open_cycle (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int ratings[N_BEHAVIOURS] = { 4, 4, 4 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  guint counts[HEARTH_N_RATER_STATUSES];

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, ratings, "", "", NULL);
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, "Keep", "Try", NULL);
  ask (fixture, cycle, HEARTH_RELATIONSHIP_PEER);

  /* While open, there is no report for anyone; only counts. */
  report = hearth_feedback_report_new (fixture->store, cycle, SAM, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_assert_null (report);
  g_clear_error (&error);
  g_assert_true (hearth_feedback_count_raters (fixture->store, cycle, counts, &error));
  g_assert_cmpuint (counts[HEARTH_RATER_SUBMITTED], ==, 4);
  g_assert_cmpuint (counts[HEARTH_RATER_INVITED], ==, 1);

  close_cycle (fixture, cycle);
  report = report_for (fixture, cycle, SAM);
  g_assert_false (hearth_feedback_report_get_released (report));
  g_clear_object (&report);

  /* The person sees it only once released. */
  report = hearth_feedback_report_new (fixture->store, cycle, PRIYA, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_assert_null (report);
  g_clear_error (&error);
  g_assert_true (hearth_feedback_release (fixture->store, cycle, &error));
  report = report_for (fixture, cycle, PRIYA);
  g_assert_true (hearth_feedback_report_get_released (report));
  g_assert_cmpstr (hearth_feedback_report_get_subject_name (report), ==, "Priya Shah");
  g_assert_cmpstr (hearth_feedback_report_get_title (report), ==, "Priya’s feedback");
  g_assert_cmpstr (hearth_feedback_report_get_framework_name (report), ==, "Test behaviours");
  g_assert_cmpuint (hearth_feedback_report_get_n_behaviours (report), ==, N_BEHAVIOURS);
  g_assert_cmpstr (hearth_feedback_report_get_behaviour_name (report, 1), ==, "Follow-through");
  g_assert_cmpuint (hearth_feedback_report_get_scale_size (report), ==, 5);
  g_assert_cmpstr (hearth_feedback_report_get_scale_label (report, 5), ==, "A role model");
  g_clear_object (&report);

  /* Reopened, the report and its release are gone; closed again, it is
   * back for the supervisor, and for the person once released again. */
  g_assert_true (hearth_feedback_reopen_cycle (fixture->store, cycle, &error));
  report = hearth_feedback_report_new (fixture->store, cycle, SAM, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  report = hearth_feedback_report_new (fixture->store, cycle, PRIYA, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);

  answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, "Late keep", "", NULL);
  close_cycle (fixture, cycle);
  report = hearth_feedback_report_new (fixture->store, cycle, PRIYA, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  report = report_for (fixture, cycle, SAM);
  g_assert_false (hearth_feedback_report_get_released (report));
  g_assert_cmpuint (figures_of (report, 0, HEARTH_RELATIONSHIP_PEER).n_responses, ==, 4);
  g_assert_true (strv_has (hearth_feedback_report_get_keep_doing (report), "Late keep"));
  g_clear_object (&report);

  report = hearth_feedback_report_new (fixture->store, 999, SAM, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* --- Minimums ------------------------------------------------------------------ */

/* Exactly at the minimum a group is shown; one below, it is not. Self and
 * manager need one each. */
static void
test_minimum_edges (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int self[N_BEHAVIOURS] = { 3, 2, 5 };
  const int manager[N_BEHAVIOURS] = { 4, 4, 1 };
  const int peers[3 * N_BEHAVIOURS] = { 5, 2, 3,   4, 3, 3,   2, 5, 4 };
  const int partners[2 * N_BEHAVIOURS] = { 1, 1, 1,   5, 5, 5 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, self, "", "", NULL);
  answer (fixture, cycle, HEARTH_RELATIONSHIP_MANAGER, manager, "", "", NULL);
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, peers + i * N_BEHAVIOURS, "", "", NULL);
  for (guint i = 0; i < 2; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PARTNER, partners + i * N_BEHAVIOURS, "", "",
            NULL);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      double rating = 0;

      assert_shown (report, b, HEARTH_RELATIONSHIP_SELF, self, 1);
      assert_shown (report, b, HEARTH_RELATIONSHIP_MANAGER, manager, 1);
      assert_shown (report, b, HEARTH_RELATIONSHIP_PEER, peers, 3);
      assert_hidden (report, b, HEARTH_RELATIONSHIP_PARTNER, HEARTH_FEEDBACK_TOO_FEW_ANSWERED);
      g_assert_cmpuint (figures_of (report, b, HEARTH_RELATIONSHIP_PARTNER).n_responses, ==, 2);
      g_assert_cmpuint (figures_of (report, b, HEARTH_RELATIONSHIP_PARTNER).minimum, ==, 3);
      g_assert_true (hearth_feedback_report_get_self_rating (report, b, &rating));
      g_assert_cmpfloat (rating, ==, self[b]);
    }

  /* Groups nobody was asked from have no figures at all. */
  {
    HearthFeedbackFigures figures;

    g_assert_false (hearth_feedback_report_get_figures (report, 0, HEARTH_RELATIONSHIP_RESIDENT,
                                                        &figures));
  }
  g_assert_cmpuint (hearth_feedback_report_get_n_groups (report), ==, 4);
  g_assert_cmpint (hearth_feedback_report_get_group (report, 0), ==, HEARTH_RELATIONSHIP_SELF);
  g_assert_cmpint (hearth_feedback_report_get_group (report, 3), ==, HEARTH_RELATIONSHIP_PARTNER);
  g_clear_object (&report);

  /* A minimum of 2, confirmed: the two partners are shown, at it. */
  set_minimums (fixture, cycle, 2, 3);
  report = report_for (fixture, cycle, SAM);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    assert_shown (report, b, HEARTH_RELATIONSHIP_PARTNER, partners, 2);
  g_clear_object (&report);

  /* A minimum of 4: the three peers are one below it. */
  set_minimums (fixture, cycle, 4, 4);
  report = report_for (fixture, cycle, SAM);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    assert_hidden (report, b, HEARTH_RELATIONSHIP_PEER, HEARTH_FEEDBACK_TOO_FEW_ANSWERED);
}

/* “Not seen enough to say” is no rating: three peers answered, but one
 * did not see the second behaviour, which leaves two ratings of it, one
 * below the minimum. */
static void
test_not_seen_below_minimum (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int peers[3 * N_BEHAVIOURS] = { 4, NOT_SEEN, 2,   3, 5, 2,   5, 4, NONE };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);

  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, peers + i * N_BEHAVIOURS, "Keep", "",
            "Seen");
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  assert_shown (report, 0, HEARTH_RELATIONSHIP_PEER, peers, 3);
  assert_hidden (report, 1, HEARTH_RELATIONSHIP_PEER, HEARTH_FEEDBACK_TOO_FEW_RATED);
  assert_hidden (report, 2, HEARTH_RELATIONSHIP_PEER, HEARTH_FEEDBACK_TOO_FEW_RATED);
  g_assert_cmpuint (figures_of (report, 1, HEARTH_RELATIONSHIP_PEER).n_responses, ==, 3);

  /* Their words are shown, but no example of a behaviour they are hidden
   * for. */
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 3);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, 0)), ==, 3);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, 1)), ==, 0);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, 2)), ==, 0);
}

/* The comment minimum is its own: at 4, three peers' ratings are shown and
 * their words are not; at 2, below the rating minimum of 3, two peers show
 * neither. */
static void
test_comment_minimum (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int ratings[N_BEHAVIOURS] = { 4, 3, 2 };
  const int all[4 * N_BEHAVIOURS] = { 4, 3, 2,  4, 3, 2,  4, 3, 2,  4, 3, 2 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  gint64 small = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  const char *const *keep;

  answer (fixture, cycle, HEARTH_RELATIONSHIP_MANAGER, ratings, "Manager keep", "Manager try",
          "Manager saw");
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, "Peer keep", "Peer try",
            "Peer saw");
  set_minimums (fixture, cycle, 3, 4);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  assert_shown (report, 0, HEARTH_RELATIONSHIP_PEER, all, 3);
  keep = hearth_feedback_report_get_keep_doing (report);
  g_assert_cmpuint (strv_length (keep), ==, 1);
  g_assert_cmpstr (keep[0], ==, "Manager keep");
  g_assert_false (strv_has (hearth_feedback_report_get_try (report), "Peer try"));
  g_assert_false (strv_has (hearth_feedback_report_get_examples (report, 0), "Peer saw on behaviour 0"));
  g_assert_true (strv_has (hearth_feedback_report_get_examples (report, 0),
                           "Manager saw on behaviour 0"));
  g_assert_cmpuint (hearth_feedback_report_get_words_left_out (report), ==,
                    HEARTH_RELATIONSHIP_BIT (HEARTH_RELATIONSHIP_PEER));
  g_clear_object (&report);

  /* A fourth peer, exactly at the comment minimum. */
  g_assert_true (hearth_feedback_reopen_cycle (fixture->store, cycle, NULL));
  answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, "Peer keep", "Peer try", "Peer saw");
  close_cycle (fixture, cycle);
  report = report_for (fixture, cycle, SAM);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 5);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, 2)), ==, 5);
  g_assert_cmpuint (hearth_feedback_report_get_words_left_out (report), ==, 0);
  g_clear_object (&report);

  /* A comment minimum below the rating minimum shows no more. */
  for (guint i = 0; i < 2; i++)
    answer (fixture, small, HEARTH_RELATIONSHIP_PEER, ratings, "Small keep", "Small try",
            "Small saw");
  set_minimums (fixture, small, 3, 2);
  close_cycle (fixture, small);
  report = report_for (fixture, small, SAM);
  assert_hidden (report, 0, HEARTH_RELATIONSHIP_PEER, HEARTH_FEEDBACK_TOO_FEW_ANSWERED);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 0);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_try (report)), ==, 0);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, 0)), ==, 0);
}

/* --- Combined figures ------------------------------------------------------------- */

/* The combined figure is the mean of exactly the ratings of the groups
 * shown other than self, and names the groups it leaves out: taking the
 * groups shown away from it leaves nothing, so it says nothing about a
 * group that is not shown. */
static void
test_combined_leaves_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int self[N_BEHAVIOURS] = { 2, 2, 2 };
  const int manager[N_BEHAVIOURS] = { 4, 3, 5 };
  const int peers[3 * N_BEHAVIOURS] = { 5, 4, 3,   4, 4, NOT_SEEN,   3, 5, 4 };
  const int reports[2 * N_BEHAVIOURS] = { 1, 1, 1,   1, 1, 1 };
  const int partners[3 * N_BEHAVIOURS] = { 2, 3, 4,   5, 5, 5,   4, 2, 3 };
  /* The peers are shown for the first two behaviours; for the third, one
   * of them did not see it, which leaves two ratings. */
  const struct {
    HearthRelationship  relationship;
    const int          *ratings;
    guint               n;
    gboolean            shown[N_BEHAVIOURS];
  } shown[] = {
    { HEARTH_RELATIONSHIP_MANAGER, manager, 1, { TRUE, TRUE, TRUE } },
    { HEARTH_RELATIONSHIP_PEER, peers, 3, { TRUE, TRUE, FALSE } },
    { HEARTH_RELATIONSHIP_PARTNER, partners, 3, { TRUE, TRUE, TRUE } },
  };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, self, "", "", NULL);
  answer (fixture, cycle, HEARTH_RELATIONSHIP_MANAGER, manager, "", "", NULL);
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, peers + i * N_BEHAVIOURS, "", "", NULL);
  for (guint i = 0; i < 2; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_DIRECT_REPORT, reports + i * N_BEHAVIOURS, "", "",
            NULL);
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PARTNER, partners + i * N_BEHAVIOURS, "", "",
            NULL);
  ask (fixture, cycle, HEARTH_RELATIONSHIP_RESIDENT);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      HearthFeedbackCombined combined;
      double expected_sum = 0, shown_sum = 0;
      guint expected_count = 0, shown_count = 0;
      guint expected_groups = 0;
      guint expected_left_out = HEARTH_RELATIONSHIP_BIT (HEARTH_RELATIONSHIP_DIRECT_REPORT) |
                                HEARTH_RELATIONSHIP_BIT (HEARTH_RELATIONSHIP_RESIDENT);
      guint left_out = 0;

      /* What the test sent, for the groups that should be shown. */
      for (guint g = 0; g < G_N_ELEMENTS (shown); g++)
        {
          if (!shown[g].shown[b])
            {
              expected_left_out |= HEARTH_RELATIONSHIP_BIT (shown[g].relationship);
              continue;
            }
          expected_groups++;
          for (guint i = 0; i < shown[g].n; i++)
            if (shown[g].ratings[i * N_BEHAVIOURS + b] > 0)
              {
                expected_sum += shown[g].ratings[i * N_BEHAVIOURS + b];
                expected_count++;
              }
        }

      /* What the report shows for each group but self, and what it does
       * not. */
      for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
        {
          HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
          HearthFeedbackFigures figures = figures_of (report, b, relationship);

          if (relationship == HEARTH_RELATIONSHIP_SELF)
            continue;
          if (figures.shown == HEARTH_FEEDBACK_SHOWN)
            {
              shown_sum += figures.mean * figures.n_ratings;
              shown_count += figures.n_ratings;
            }
          else
            left_out |= HEARTH_RELATIONSHIP_BIT (relationship);
        }

      g_assert_true (hearth_feedback_report_get_combined (report, b, &combined));
      g_assert_true (combined.shown);
      g_assert_cmpuint (combined.n_groups, ==, expected_groups);
      g_assert_cmpuint (combined.n_ratings, ==, expected_count);
      g_assert_cmpfloat_with_epsilon (combined.mean, expected_sum / expected_count, 1e-9);
      g_assert_cmpuint (combined.left_out, ==, expected_left_out);
      g_assert_cmpuint (combined.left_out, ==, left_out);

      /* Combined minus the groups shown: nothing left over. */
      g_assert_cmpuint (combined.n_ratings - shown_count, ==, 0);
      g_assert_cmpfloat_with_epsilon (combined.mean * combined.n_ratings - shown_sum, 0, 1e-9);
    }
}

/* With one group but self shown, there is no combined figure: it would be
 * that group's. The gap then is to that group. */
static void
test_single_group_no_combined (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int self[N_BEHAVIOURS] = { 5, 1, 3 };
  const int peers[3 * N_BEHAVIOURS] = { 2, 2, 3,   2, 3, 3,   2, 1, 3 };
  const int partners[2 * N_BEHAVIOURS] = { 4, 4, 4,   4, 4, 4 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  double expected[N_BEHAVIOURS];
  guint behaviour = 0;
  double gap = 0, last = G_MAXDOUBLE;

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, self, "", "", NULL);
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, peers + i * N_BEHAVIOURS, "", "", NULL);
  for (guint i = 0; i < 2; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PARTNER, partners + i * N_BEHAVIOURS, "", "",
            NULL);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      HearthFeedbackCombined combined;

      g_assert_true (hearth_feedback_report_get_combined (report, b, &combined));
      g_assert_false (combined.shown);
      g_assert_cmpfloat (combined.mean, ==, 0);
      g_assert_cmpuint (combined.n_ratings, ==, 0);
      g_assert_cmpuint (combined.left_out, ==, HEARTH_RELATIONSHIP_BIT (HEARTH_RELATIONSHIP_PARTNER));

      expected[b] = self[b] - (peers[b] + peers[N_BEHAVIOURS + b] + peers[2 * N_BEHAVIOURS + b]) / 3.0;
    }

  /* The gaps, self minus peers, biggest first. */
  g_assert_cmpuint (hearth_feedback_report_get_n_gaps (report), ==, N_BEHAVIOURS);
  for (guint i = 0; hearth_feedback_report_get_gap (report, i, &behaviour, &gap); i++)
    {
      g_assert_cmpfloat_with_epsilon (gap, expected[behaviour], 1e-9);
      g_assert_cmpfloat (ABS (gap), <=, last);
      last = ABS (gap);
    }
  g_assert_false (hearth_feedback_report_get_gap (report, N_BEHAVIOURS, &behaviour, &gap));
}

/* --- Modes and raters -------------------------------------------------------------- */

/* Development only: words, and no number anywhere in the report. */
static void
test_development_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int none[N_BEHAVIOURS] = { NONE, NOT_SEEN, NONE };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_DEVELOPMENT_ONLY);

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, none, "My keep", "My try", "I saw");
  answer (fixture, cycle, HEARTH_RELATIONSHIP_MANAGER, none, "Manager keep", "", "Manager saw");
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, none, "Peer keep", "Peer try", "Peer saw");
  for (guint i = 0; i < 2; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PARTNER, none, "Partner keep", "", "Partner saw");
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  g_assert_true (hearth_feedback_report_get_development_only (report));
  g_assert_cmpuint (hearth_feedback_report_get_scale_size (report), ==, 0);
  g_assert_cmpuint (hearth_feedback_report_get_n_gaps (report), ==, 0);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      HearthFeedbackCombined combined;
      double rating;

      g_assert_false (hearth_feedback_report_get_self_rating (report, b, &rating));
      g_assert_false (hearth_feedback_report_get_combined (report, b, &combined));
      for (guint r = 0; r < HEARTH_N_RELATIONSHIPS; r++)
        {
          HearthFeedbackFigures figures;

          g_assert_false (hearth_feedback_report_get_figures (report, b, r, &figures));
        }

      /* The words follow the same minimums. */
      g_assert_cmpuint (strv_length (hearth_feedback_report_get_examples (report, b)), ==, 4);
      g_assert_false (strv_has (hearth_feedback_report_get_examples (report, b),
                                "Partner saw on behaviour 0"));
    }
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 4);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_try (report)), ==, 3);
  g_assert_cmpstr (hearth_feedback_report_get_self_keep_doing (report), ==, "My keep");
  g_assert_cmpstr (hearth_feedback_report_get_self_example (report, 1), ==, "I saw on behaviour 1");
  g_assert_cmpuint (hearth_feedback_report_get_words_left_out (report), ==,
                    HEARTH_RELATIONSHIP_BIT (HEARTH_RELATIONSHIP_PARTNER));
}

/* One rater sending twice is one response. */
static void
test_same_rater_twice (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  g_autoptr(HearthFeedbackAnswers) again = hearth_feedback_answers_new ();
  g_autoptr(GError) error = NULL;
  const int ratings[N_BEHAVIOURS] = { 5, 5, 5 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  gint64 manager;

  manager = answer (fixture, cycle, HEARTH_RELATIONSHIP_MANAGER, ratings, "Once", "", NULL);
  hearth_feedback_answers_set_rating (again, fixture->behaviours[0], 1);
  hearth_feedback_answers_set_keep_doing (again, "Twice");
  g_assert_false (hearth_feedback_submit (fixture->store, manager, again, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  g_assert_cmpuint (figures_of (report, 0, HEARTH_RELATIONSHIP_MANAGER).n_responses, ==, 1);
  assert_shown (report, 0, HEARTH_RELATIONSHIP_MANAGER, ratings, 1);
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 1);
  g_assert_cmpstr (hearth_feedback_report_get_keep_doing (report)[0], ==, "Once");
}

/* The person's own words are theirs, apart from the raters' words. */
static void
test_self_words_apart (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthFeedbackReport) report = NULL;
  const int ratings[N_BEHAVIOURS] = { 3, 3, 3 };
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);

  answer (fixture, cycle, HEARTH_RELATIONSHIP_SELF, ratings, "Self keep", "Self try", "Self saw");
  for (guint i = 0; i < 3; i++)
    answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, "Peer keep", "  ", NULL);
  close_cycle (fixture, cycle);

  report = report_for (fixture, cycle, SAM);
  g_assert_cmpstr (hearth_feedback_report_get_self_keep_doing (report), ==, "Self keep");
  g_assert_cmpstr (hearth_feedback_report_get_self_try (report), ==, "Self try");
  g_assert_cmpstr (hearth_feedback_report_get_self_example (report, 2), ==, "Self saw on behaviour 2");
  g_assert_false (strv_has (hearth_feedback_report_get_keep_doing (report), "Self keep"));
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_keep_doing (report)), ==, 3);
  /* Blank words are no comment. */
  g_assert_cmpuint (strv_length (hearth_feedback_report_get_try (report)), ==, 0);
}

/* --- Shuffled comments --------------------------------------------------------------- */

static char *
dup_order (Fixture *fixture,
           gint64   cycle)
{
  g_autoptr(HearthFeedbackReport) report = report_for (fixture, cycle, SAM);
  const char *const *keep = hearth_feedback_report_get_keep_doing (report);
  const char *const *examples = hearth_feedback_report_get_examples (report, 0);
  g_autofree char *keep_order = g_strjoinv ("|", (char **) keep);
  g_autofree char *example_order = g_strjoinv ("|", (char **) examples);

  return g_strconcat (keep_order, "/", example_order, NULL);
}

/* The same order each time the report is made; another with another seed,
 * as each cycle has; neither the order the comments came in. */
static void
test_comment_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orders = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sent = g_string_new (NULL);
  const int ratings[N_BEHAVIOURS] = { 4, 4, 4 };
  const guint n_peers = 8;
  gint64 cycle = create_cycle (fixture, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  gboolean differs = FALSE;

  for (guint i = 0; i < n_peers; i++)
    {
      g_autofree char *keep = g_strdup_printf ("Keep %u", i);
      g_autofree char *example = g_strdup_printf ("Example %u", i);

      answer (fixture, cycle, HEARTH_RELATIONSHIP_PEER, ratings, keep, "", example);
      g_string_append_printf (sent, "%s%s", i > 0 ? "|" : "", keep);
    }
  close_cycle (fixture, cycle);

  first = dup_order (fixture, cycle);
  again = dup_order (fixture, cycle);
  g_assert_cmpstr (first, ==, again);
  g_assert_false (g_str_has_prefix (first, sent->str));

  /* Every comment is there, once. */
  {
    g_autoptr(HearthFeedbackReport) report = report_for (fixture, cycle, SAM);
    const char *const *keep = hearth_feedback_report_get_keep_doing (report);

    g_assert_cmpuint (strv_length (keep), ==, n_peers);
    for (guint i = 0; i < n_peers; i++)
      {
        g_autofree char *text = g_strdup_printf ("Keep %u", i);

        g_assert_true (strv_has (keep, text));
      }
  }

  /* Other seeds, other orders: of five, not all can be the first. */
  for (gint64 seed = 1; seed <= 5; seed++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE feedback_cycles SET shuffle_seed = %"
                                              G_GINT64_FORMAT " + shuffle_seed", seed);

      g_assert_true (hearth_store_exec (fixture->store, sql, &error));
      g_assert_no_error (error);
      g_ptr_array_add (orders, dup_order (fixture, cycle));
      differs = differs || g_strcmp0 (orders->pdata[orders->len - 1], first) != 0;
    }
  g_assert_true (differs);
}

/* --- The sample team ------------------------------------------------------------------ */

/* Every closed cycle of the sample team has a report that keeps the rules,
 * and no open one has. */
static void
test_sample_cycles (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "sample.db", NULL);
  g_autoptr(HearthStore) store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GArray) cycles = NULL;
  guint n_reports = 0;

  g_assert_no_error (error);
  hearth_store_set_clock (store, NOW);
  g_assert_true (hearth_sample_data_fill (store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);

  cycles = hearth_store_read_ids (store, &error, "SELECT id FROM feedback_cycles ORDER BY id", "");
  g_assert_no_error (error);
  g_assert_cmpuint (cycles->len, >, 0);

  for (guint c = 0; c < cycles->len; c++)
    {
      gint64 id = g_array_index (cycles, gint64, c);
      gboolean open = hearth_test_query_intf (store, "SELECT closed_at IS NULL FROM feedback_cycles"
                                                     " WHERE id = %" G_GINT64_FORMAT, id);
      g_autoptr(HearthFeedbackReport) report = NULL;
      g_autoptr(GError) local_error = NULL;

      report = hearth_feedback_report_new (store, id, 0, &local_error);
      if (open)
        {
          g_assert_error (local_error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
          continue;
        }

      g_assert_no_error (local_error);
      n_reports++;
      for (guint b = 0; b < hearth_feedback_report_get_n_behaviours (report); b++)
        {
          HearthFeedbackCombined combined = { 0, };

          for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
            {
              HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
              HearthFeedbackFigures figures;

              if (!hearth_feedback_report_get_figures (report, b, relationship, &figures))
                {
                  g_assert_true (hearth_feedback_report_get_development_only (report));
                  continue;
                }
              if (figures.shown == HEARTH_FEEDBACK_SHOWN)
                g_assert_cmpuint (figures.n_ratings, >=, figures.minimum);
              else
                g_assert_cmpuint (figures.n_ratings, ==, 0);
            }

          if (hearth_feedback_report_get_combined (report, b, &combined) && combined.shown)
            g_assert_cmpuint (combined.n_groups, >=, 2);
        }
    }

  g_assert_cmpuint (n_reports, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/feedback-report/open-cycle", test_open_cycle);
  ADD ("/feedback-report/minimum-edges", test_minimum_edges);
  ADD ("/feedback-report/not-seen-below-minimum", test_not_seen_below_minimum);
  ADD ("/feedback-report/comment-minimum", test_comment_minimum);
  ADD ("/feedback-report/combined-leaves-nothing", test_combined_leaves_nothing);
  ADD ("/feedback-report/single-group-no-combined", test_single_group_no_combined);
  ADD ("/feedback-report/development-only", test_development_only);
  ADD ("/feedback-report/same-rater-twice", test_same_rater_twice);
  ADD ("/feedback-report/self-words-apart", test_self_words_apart);
  ADD ("/feedback-report/comment-order", test_comment_order);
  ADD ("/feedback-report/sample-cycles", test_sample_cycles);

  return g_test_run ();
}
