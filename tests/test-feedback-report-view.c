/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report of a closed 360° feedback cycle on screen, opened through
 * the window's action under a virtual display: a group below its minimum
 * shows why and no figure anywhere (rows, charts, their descriptions); the
 * charts' descriptions list the figures the report holds; a
 * development-only cycle shows words and no numbers; and the release.
 */

#include "config.h"

#include <string.h>

#include "hearth-feedback-chart.h"
#include "hearth-feedback-changes.h"
#include "hearth-feedback-report-view-dialog.h"
#include "hearth-framework-changes.h"
#include "hearth-test-charts.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM   1   /* the supervisor */
#define PRIYA 2   /* the person the feedback is for */

#define N_BEHAVIOURS 3
#define NOT_SEEN (-1)

typedef struct
{
  char         *dir;
  HearthStore  *store;
  HearthWindow *window;
  gint64        behaviours[N_BEHAVIOURS];
  gint64        cycle;
  guint         n_raters;
} Fixture;

static void
answer (Fixture            *fixture,
        HearthRelationship  relationship,
        const int          *ratings,
        const char         *keep_doing,
        const char         *example)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autofree char *name = g_strdup_printf ("Rater %u", ++fixture->n_raters);
  gint64 rater;

  rater = hearth_feedback_add_rater (fixture->store, fixture->cycle, 0,
                                     relationship == HEARTH_RELATIONSHIP_SELF ? NULL : name,
                                     relationship, &error);
  g_assert_no_error (error);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      if (ratings != NULL && ratings[b] == NOT_SEEN)
        hearth_feedback_answers_set_not_seen (answers, fixture->behaviours[b], TRUE);
      else if (ratings != NULL && ratings[b] > 0)
        hearth_feedback_answers_set_rating (answers, fixture->behaviours[b], ratings[b]);
      if (example != NULL)
        hearth_feedback_answers_set_example (answers, fixture->behaviours[b], example);
    }
  hearth_feedback_answers_set_keep_doing (answers, keep_doing);
  g_assert_true (hearth_feedback_submit (fixture->store, rater, answers, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *const names[N_BEHAVIOURS] = { "Listening", "Follow-through", "Kindness" };
  gboolean development_only = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .title = "Priya’s autumn feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = development_only ? HEARTH_FEEDBACK_DEVELOPMENT_ONLY : HEARTH_FEEDBACK_RATINGS_AND_WORDS,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah');"
    "UPDATE staff SET supervisor_id = 1 WHERE id = 2;", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);

  spec.framework_id = hearth_framework_create (fixture->store, "Test behaviours",
                                               HEARTH_FRAMEWORK_BEHAVIOURS, &error);
  g_assert_no_error (error);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      fixture->behaviours[b] = hearth_framework_add_behaviour (fixture->store, spec.framework_id,
                                                               names[b], "What it means", "",
                                                               &error);
      g_assert_no_error (error);
    }
  fixture->cycle = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (hearth_window_new (NULL, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  hearth_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwDialog *dialog;

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window))) != NULL)
    hearth_test_close_dialog (dialog);
  /* GTK holds the window until it is destroyed. */
  g_object_unref (fixture->window);
  hearth_test_destroy (GTK_WINDOW (fixture->window));
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static AdwDialog *
visible_dialog (Fixture *fixture)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
}

static void
close_cycle (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_feedback_close_cycle (fixture->store, fixture->cycle, &error));
  g_assert_no_error (error);
}

/* Opens the report as the cycle page does, and waits for it. */
static HearthFeedbackReportView *
open_report (Fixture *fixture)
{
  HearthFeedbackReportView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.feedback-report",
                                             "x", fixture->cycle));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_REPORT_VIEW_DIALOG (visible_dialog (fixture)));
  view = hearth_feedback_report_view_dialog_get_view (HEARTH_FEEDBACK_REPORT_VIEW_DIALOG (visible_dialog (fixture)));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view)));
  return view;
}

/* Every text the view shows, one a line. */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_texts (child, texts);
}

static char *
dup_texts (HearthFeedbackReportView *view)
{
  GString *texts = g_string_new (NULL);

  collect_texts (GTK_WIDGET (view), texts);
  return g_string_free (texts, FALSE);
}

static HearthFeedbackChart *
chart (HearthFeedbackReportView *view,
       guint                     n)
{
  return HEARTH_FEEDBACK_CHART (hearth_test_find (GTK_WIDGET (view), HEARTH_TYPE_FEEDBACK_CHART, n));
}

/* The row of @title in the group of the behaviour named @behaviour. */
static AdwActionRow *
find_row (HearthFeedbackReportView *view,
          const char               *behaviour,
          const char               *title)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *group = hearth_test_find (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP, i);

      g_assert_nonnull (group);
      if (g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), behaviour) == 0)
        return ADW_ACTION_ROW (hearth_test_find_labelled (group, title));
    }
}

static void
test_suppressed_group (Fixture       *fixture,
                       gconstpointer  data)
{
  static const int self[] = { 3, 4, 3 };
  static const int manager[] = { 4, 4, 3 };
  static const int reports[][N_BEHAVIOURS] = { { 5, 3, 4 }, { 5, 4, 4 }, { 4, 4, NOT_SEEN } };
  /* Only two peers: below the minimum of three, with figures no other
   * group has, so that any trace of them would show. */
  static const int peers[][N_BEHAVIOURS] = { { 1, 1, 1 }, { 1, 1, 1 } };
  HearthFeedbackReportView *view;
  HearthFeedbackReport *report;
  HearthFeedbackFigures figures;
  g_autofree char *texts = NULL;
  g_autofree char *why = NULL;
  AdwActionRow *row;

  answer (fixture, HEARTH_RELATIONSHIP_SELF, self, "Keep listening", NULL);
  answer (fixture, HEARTH_RELATIONSHIP_MANAGER, manager, "Keep the huddles going", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    answer (fixture, HEARTH_RELATIONSHIP_DIRECT_REPORT, reports[i], "Keep asking us first", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (peers); i++)
    answer (fixture, HEARTH_RELATIONSHIP_PEER, peers[i], "A peer’s words", "A peer’s example");
  close_cycle (fixture);

  view = open_report (fixture);
  report = hearth_feedback_report_view_get_report (view);

  /* The peers' row says why, with no figure. */
  g_assert_true (hearth_feedback_report_get_figures (report, 0, HEARTH_RELATIONSHIP_PEER, &figures));
  g_assert_cmpint (figures.shown, ==, HEARTH_FEEDBACK_TOO_FEW_ANSWERED);
  why = hearth_feedback_dup_not_shown (&figures);
  g_assert_true (g_str_has_prefix (why, "Not shown: fewer than 3 peers"));
  row = find_row (view, "Listening", hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_PEER));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, why);
  g_assert_null (hearth_test_find (GTK_WIDGET (row), GTK_TYPE_LABEL, 3));

  /* Nowhere a figure of theirs: their mean (1.0), their spread, their
   * words. */
  texts = dup_texts (view);
  g_assert_null (strstr (texts, "1.0"));
  g_assert_null (strstr (texts, "From 1 to 1"));
  g_assert_null (strstr (texts, "A peer’s"));
  for (guint c = 0; c < 2; c++)
    {
      g_autofree char *description = hearth_feedback_chart_dup_description (chart (view, c));

      g_assert_null (strstr (description, "1.0"));
    }

  /* The groups shown have their figures and spread. */
  g_assert_true (hearth_feedback_report_get_figures (report, 0, HEARTH_RELATIONSHIP_DIRECT_REPORT, &figures));
  g_assert_cmpint (figures.shown, ==, HEARTH_FEEDBACK_SHOWN);
  {
    g_autofree char *mean = g_strdup_printf ("%.1f", figures.mean);
    g_autofree char *spread = g_strdup_printf ("From %d to %d", figures.lowest, figures.highest);

    g_assert_nonnull (strstr (texts, mean));
    g_assert_nonnull (strstr (texts, spread));
  }
}

static void
test_chart_descriptions (Fixture       *fixture,
                         gconstpointer  data)
{
  static const int self[] = { 2, 5, 3 };
  static const int manager[] = { 4, 3, 3 };
  static const int reports[][N_BEHAVIOURS] = { { 5, 3, 4 }, { 4, 4, 4 }, { 4, 2, 5 } };
  HearthFeedbackReportView *view;
  HearthFeedbackReport *report;
  g_autofree char *radar = NULL;
  g_autofree char *bars = NULL;

  answer (fixture, HEARTH_RELATIONSHIP_SELF, self, "Keep listening", NULL);
  answer (fixture, HEARTH_RELATIONSHIP_MANAGER, manager, "Keep going", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    answer (fixture, HEARTH_RELATIONSHIP_DIRECT_REPORT, reports[i], "Keep asking", NULL);
  close_cycle (fixture);

  view = open_report (fixture);
  report = hearth_feedback_report_view_get_report (view);
  g_assert_cmpint (hearth_feedback_chart_get_kind (chart (view, 0)), ==, HEARTH_FEEDBACK_CHART_RADAR);
  g_assert_cmpint (hearth_feedback_chart_get_kind (chart (view, 1)), ==, HEARTH_FEEDBACK_CHART_BARS);
  radar = hearth_feedback_chart_dup_description (chart (view, 0));
  bars = hearth_feedback_chart_dup_description (chart (view, 1));

  /* Every figure the report holds, for every behaviour, in the text. */
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      HearthFeedbackCombined combined;
      double rating;

      g_assert_nonnull (strstr (radar, hearth_feedback_report_get_behaviour_name (report, b)));
      g_assert_nonnull (strstr (bars, hearth_feedback_report_get_behaviour_name (report, b)));

      g_assert_true (hearth_feedback_report_get_self_rating (report, b, &rating));
      {
        g_autofree char *figure = g_strdup_printf ("%s %.1f",
                                                   hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_SELF),
                                                   rating);

        g_assert_nonnull (strstr (radar, figure));
        g_assert_nonnull (strstr (bars, figure));
      }
      g_assert_true (hearth_feedback_report_get_combined (report, b, &combined));
      g_assert_true (combined.shown);
      {
        g_autofree char *figure = g_strdup_printf ("%.1f", combined.mean);

        g_assert_nonnull (strstr (radar, figure));
      }
      for (HearthRelationship r = HEARTH_RELATIONSHIP_MANAGER; r <= HEARTH_RELATIONSHIP_DIRECT_REPORT; r += 2)
        {
          HearthFeedbackFigures figures;
          g_autofree char *figure = NULL;

          g_assert_true (hearth_feedback_report_get_figures (report, b, r, &figures));
          figure = g_strdup_printf ("%s %.1f", hearth_relationship_get_group_label (r), figures.mean);
          g_assert_nonnull (strstr (bars, figure));
        }
    }

  /* That text is what screen readers are given. */
  {
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart (view, 0)),
                                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                                 radar);

    g_assert_null (wrong);
  }
}

/* Each chart, drawn alone from the report at a phone's width and a
 * desktop's, draws its scale, its figures and their labels. */
static void
test_charts_drawn (Fixture       *fixture,
                   gconstpointer  data)
{
  static const int self[] = { 2, 5, 3 };
  static const int manager[] = { 4, 3, 3 };
  static const int reports[][N_BEHAVIOURS] = { { 5, 3, 4 }, { 4, 4, 4 }, { 4, 2, 5 } };
  static const int peers[][N_BEHAVIOURS] = { { 3, 3, 2 }, { 4, 5, 3 }, { 3, 4, 4 } };
  HearthFeedbackReport *report;
  GtkWidget *radar, *bars;

  answer (fixture, HEARTH_RELATIONSHIP_SELF, self, "Keep listening", NULL);
  answer (fixture, HEARTH_RELATIONSHIP_MANAGER, manager, "Keep going", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    answer (fixture, HEARTH_RELATIONSHIP_DIRECT_REPORT, reports[i], "Keep asking", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (peers); i++)
    answer (fixture, HEARTH_RELATIONSHIP_PEER, peers[i], "Keep sharing", NULL);
  close_cycle (fixture);
  report = hearth_feedback_report_view_get_report (open_report (fixture));

  radar = hearth_feedback_chart_new (HEARTH_FEEDBACK_CHART_RADAR);
  hearth_feedback_chart_set_report (HEARTH_FEEDBACK_CHART (radar), report);
  hearth_test_check_chart_drawing (radar, "feedback-radar");

  bars = hearth_feedback_chart_new (HEARTH_FEEDBACK_CHART_BARS);
  hearth_feedback_chart_set_report (HEARTH_FEEDBACK_CHART (bars), report);
  hearth_test_check_chart_drawing (bars, "feedback-bars");
}

static void
test_development_only (Fixture       *fixture,
                       gconstpointer  data)
{
  HearthFeedbackReportView *view;
  g_autofree char *texts = NULL;
  g_autoptr(GRegex) figure = g_regex_new ("[0-9][.,][0-9]|From [0-9]", 0, 0, NULL);

  answer (fixture, HEARTH_RELATIONSHIP_SELF, NULL, "Keep listening", "My own example");
  answer (fixture, HEARTH_RELATIONSHIP_MANAGER, NULL, "Keep the huddles", "The manager’s example");
  for (guint i = 0; i < 3; i++)
    answer (fixture, HEARTH_RELATIONSHIP_PEER, NULL, "Keep sharing", "A peer’s example");
  close_cycle (fixture);

  view = open_report (fixture);
  texts = dup_texts (view);

  /* Words, and no number anywhere: no figure, no spread, no chart. */
  g_assert_nonnull (strstr (texts, "Keep sharing"));
  g_assert_nonnull (strstr (texts, "A peer’s example"));
  g_assert_false (g_regex_match (figure, texts, 0, NULL));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (chart (view, 0))));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (chart (view, 1))));
  g_assert_null (find_row (view, "Listening", hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_PEER)));
}

static void
test_release (Fixture       *fixture,
              gconstpointer  data)
{
  static const int ratings[] = { 3, 4, 2 };
  HearthFeedbackReportView *view;
  GtkWidget *button;

  answer (fixture, HEARTH_RELATIONSHIP_SELF, ratings, "Keep listening", NULL);
  close_cycle (fixture);
  view = open_report (fixture);

  button = hearth_test_find_named (GTK_WIDGET (view), GTK_TYPE_BUTTON, "Release Report…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_activate (button));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  g_signal_emit_by_name (visible_dialog (fixture), "response", "release");
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_visible (button));
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT released_at IS NOT NULL FROM feedback_cycles"
                                           " WHERE id = %" G_GINT64_FORMAT, fixture->cycle), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/feedback-report-view/suppressed-group", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_suppressed_group, fixture_tear_down);
  g_test_add ("/feedback-report-view/chart-descriptions", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_chart_descriptions, fixture_tear_down);
  g_test_add ("/feedback-report-view/charts-drawn", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_charts_drawn, fixture_tear_down);
  g_test_add ("/feedback-report-view/development-only", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_development_only, fixture_tear_down);
  g_test_add ("/feedback-report-view/release", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_release, fixture_tear_down);

  return g_test_run ();
}
