/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Answering 360° feedback in Hearth, through the window's action and the
 * real response pages under a virtual display: a whole response by
 * keyboard alone (Tab to move, Space and Enter to choose, typing into the
 * focused field), answers kept when the pages close half-way and shown
 * again, Submit that asks once and then locks, the notice for a rater
 * alone in their group, and pages without a scale in a development-only
 * cycle.
 */

#include "config.h"

#include "hearth-feedback-changes.h"
#include "hearth-feedback-file.h"
#include "hearth-feedback-response-dialog.h"
#include "hearth-feedback-response-file.h"
#include "hearth-feedback-response-page.h"
#include "hearth-feedback-response-view.h"
#include "hearth-feedback-response-window.h"
#include "hearth-framework-changes.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM    1   /* the supervisor */
#define PRIYA  2   /* the person the feedback is for */
#define TOMASZ 3   /* her only peer */

typedef struct
{
  char         *dir;
  HearthStore  *store;
  HearthWindow *window;
  gint64        behaviours[2];
  gint64        cycle;
  gint64        self_rater;
  gint64        peer_rater;
  char        **scale;
} Fixture;

static gint64
create_cycle (Fixture            *fixture,
              HearthFeedbackMode  mode)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .framework_id = 0,
    .title = "Priya’s autumn feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = mode,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };
  gint64 framework, cycle;

  framework = hearth_framework_create (fixture->store, "Test behaviours",
                                       HEARTH_FRAMEWORK_BEHAVIOURS, &error);
  g_assert_no_error (error);
  fixture->behaviours[0] =
    hearth_framework_add_behaviour (fixture->store, framework, "Listening",
                                    "Hears people out before answering",
                                    "Lets people finish\nAsks what matters to them", &error);
  g_assert_no_error (error);
  fixture->behaviours[1] =
    hearth_framework_add_behaviour (fixture->store, framework, "Follow-through",
                                    "Does what was agreed", "Writes things down", &error);
  g_assert_no_error (error);
  fixture->scale = hearth_framework_dup_scale (fixture->store, framework, &error);
  g_assert_no_error (error);

  spec.framework_id = framework;
  cycle = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  return cycle;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackMode mode = GPOINTER_TO_INT (data);

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah'),"
    "  (3, 'Tomasz Nowak');"
    "UPDATE staff SET supervisor_id = 1 WHERE id IN (2, 3);", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);

  fixture->cycle = create_cycle (fixture, mode);
  fixture->self_rater = hearth_feedback_add_rater (fixture->store, fixture->cycle, PRIYA, NULL,
                                                   HEARTH_RELATIONSHIP_SELF, &error);
  g_assert_no_error (error);
  fixture->peer_rater = hearth_feedback_add_rater (fixture->store, fixture->cycle, TOMASZ, NULL,
                                                   HEARTH_RELATIONSHIP_PEER, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (hearth_window_new (NULL, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 760);
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
  g_strfreev (fixture->scale);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static AdwDialog *
visible_dialog (Fixture *fixture)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
}

static GtkStack *
pages_of (HearthFeedbackResponseView *view)
{
  return GTK_STACK (hearth_test_find (GTK_WIDGET (view), GTK_TYPE_STACK, 0));
}

static GtkWidget *
visible_page (HearthFeedbackResponseView *view)
{
  return gtk_stack_get_visible_child (pages_of (view));
}

/* Waits until @page is shown and has slid into place. */
static void
wait_for_page (HearthFeedbackResponseView *view,
               GtkWidget                  *page)
{
  HEARTH_TEST_ITERATE_UNTIL (visible_page (view) == page && gtk_widget_get_mapped (page) &&
                             !gtk_stack_get_transition_running (pages_of (view)));
}

/* Opens the rater's pages as the cycle page does, through the window's
 * action, and waits for them. */
static HearthFeedbackResponseView *
open_response (Fixture *fixture,
               gint64   rater)
{
  HearthFeedbackResponseView *view;
  AdwDialog *dialog;

  g_assert_null (visible_dialog (fixture));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.feedback-answer",
                                             "x", rater));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_DIALOG (visible_dialog (fixture)) &&
                             gtk_widget_get_mapped (GTK_WIDGET (visible_dialog (fixture))));
  dialog = visible_dialog (fixture);
  view = hearth_feedback_response_dialog_get_view (HEARTH_FEEDBACK_RESPONSE_DIALOG (dialog));
  wait_for_page (view, visible_page (view));
  return view;
}

static void
close_response (Fixture *fixture)
{
  AdwDialog *dialog = visible_dialog (fixture);

  g_assert_nonnull (dialog);
  g_assert_true (adw_dialog_close (dialog));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
}

static GtkWidget *
focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* What a key that moves the focus does: the window's "move-focus", as
 * its Tab and arrow key bindings emit it. */
static void
press_move (Fixture          *fixture,
            GtkDirectionType  direction)
{
  g_signal_emit_by_name (fixture->window, "move-focus", direction);
}

/* Presses Tab until the focus is on @target (or inside it), and the
 * arrow keys within a group of radio buttons, as a person moves through
 * a page; fails when the keys never get there. */
static void
tab_to (Fixture   *fixture,
        GtkWidget *target)
{
  g_assert_nonnull (target);
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *focused = focus (fixture);

      if (focused != NULL && (focused == target || gtk_widget_is_ancestor (focused, target)))
        return;
      if (GTK_IS_CHECK_BUTTON (focused) && GTK_IS_CHECK_BUTTON (target) &&
          gtk_widget_get_parent (focused) == gtk_widget_get_parent (target))
        press_move (fixture, GTK_DIR_DOWN);
      else
        press_move (fixture, GTK_DIR_TAB_FORWARD);
    }
  g_assert_not_reached ();
}

/* Space on the focused control: a radio button is chosen, a button pressed. */
static void
press_space (Fixture *fixture)
{
  GtkWidget *focused = focus (fixture);

  g_assert_nonnull (focused);
  g_assert_true (gtk_widget_activate (focused));
}

static void
type (Fixture    *fixture,
      const char *text)
{
  GtkWidget *focused = focus (fixture);

  g_assert_true (GTK_IS_TEXT_VIEW (focused));
  gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focused)),
                                                text, -1, TRUE);
}

static GtkWidget *
find_check (GtkWidget  *within,
            const char *label)
{
  GtkWidget *found = hearth_test_find_named (within, GTK_TYPE_CHECK_BUTTON, label);

  g_assert_nonnull (found);
  return found;
}

static GtkWidget *
find_button (GtkWidget  *within,
             const char *label)
{
  GtkWidget *found = hearth_test_find_named (within, GTK_TYPE_BUTTON, label);

  g_assert_nonnull (found);
  return found;
}

static char *
point_label (Fixture *fixture,
             guint    value)
{
  return g_strdup_printf ("%u · %s", value, fixture->scale[value - 1]);
}

/* The label that says the rater is alone in their group, if it shows. */
static gboolean
alone_notice_shown (HearthFeedbackResponseView *view)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = hearth_test_find (GTK_WIDGET (view), GTK_TYPE_LABEL, i);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_has_css_class (label, "warning"))
        return gtk_widget_get_mapped (label) && gtk_label_get_label (GTK_LABEL (label))[0] != '\0';
    }
}

static void
next_page_by_keyboard (Fixture                    *fixture,
                       HearthFeedbackResponseView *view)
{
  GtkWidget *before = visible_page (view);

  tab_to (fixture, find_button (GTK_WIDGET (view), "Next"));
  press_space (fixture);
  HEARTH_TEST_ITERATE_UNTIL (visible_page (view) != before);
  wait_for_page (view, visible_page (view));
}

static void
test_keyboard_only (Fixture       *fixture,
                    gconstpointer  data)
{
  HearthFeedbackResponseView *view = open_response (fixture, fixture->peer_rater);
  g_autofree char *often = point_label (fixture, 4);
  GtkWidget *send;

  /* Tomasz is Priya's only peer, and is told so before he starts. */
  g_assert_true (alone_notice_shown (view));

  /* The first behaviour: a point on the scale and an example. */
  next_page_by_keyboard (fixture, view);
  g_assert_true (GTK_IS_CHECK_BUTTON (focus (fixture)));
  tab_to (fixture, find_check (visible_page (view), often));
  press_space (fixture);
  tab_to (fixture, hearth_test_find (visible_page (view), GTK_TYPE_TEXT_VIEW, 0));
  type (fixture, "Waited for Dot to finish at the huddle 🙂");

  /* The second: not seen enough to say, the last choice. */
  next_page_by_keyboard (fixture, view);
  tab_to (fixture, find_check (visible_page (view), "Not seen enough to say"));
  press_space (fixture);

  /* Keep doing and try. */
  next_page_by_keyboard (fixture, view);
  type (fixture, "Keep asking residents first");
  tab_to (fixture, hearth_test_find (visible_page (view), GTK_TYPE_TEXT_VIEW, 1));
  type (fixture, "Try leading the Stop Shop");

  /* Submit asks once; Enter on the default answer sends. */
  next_page_by_keyboard (fixture, view);
  g_assert_true (focus (fixture) == find_button (GTK_WIDGET (view), "Submit…"));
  press_space (fixture);
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  send = find_button (GTK_WIDGET (visible_dialog (fixture)), "Send Answers");
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (send) &&
                             gtk_widget_is_ancestor (focus (fixture), GTK_WIDGET (visible_dialog (fixture))));
  tab_to (fixture, send);
  press_space (fixture);
  HEARTH_TEST_ITERATE_UNTIL (hearth_feedback_response_view_get_locked (view));

  /* One response, in his group and without his name, with what he chose. */
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT status = 'submitted' FROM feedback_raters"
                                           " WHERE id = %" G_GINT64_FORMAT, fixture->peer_rater), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM feedback_responses"
                                          " WHERE relationship = 'peer'"
                                          "   AND keep_doing = 'Keep asking residents first'"
                                          "   AND try_doing = 'Try leading the Stop Shop'"), ==, 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT rating FROM feedback_ratings WHERE behaviour_id = %"
                                           G_GINT64_FORMAT, fixture->behaviours[0]), ==, 4);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM feedback_ratings WHERE behaviour_id = %"
                                           G_GINT64_FORMAT " AND example LIKE 'Waited for Dot%%'",
                                           fixture->behaviours[0]), ==, 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT not_seen FROM feedback_ratings WHERE behaviour_id = %"
                                           G_GINT64_FORMAT, fixture->behaviours[1]), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM feedback_drafts"), ==, 0);

  /* Locked: nothing more can be sent or changed. */
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_DIALOG (visible_dialog (fixture)));
  gtk_widget_activate_action (GTK_WIDGET (view), "response.submit", NULL);
  g_assert_true (HEARTH_IS_FEEDBACK_RESPONSE_DIALOG (visible_dialog (fixture)));
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (view), "Submit…")));

  /* Opened again, the pages say the answers were sent and offer nothing to change. */
  close_response (fixture);
  view = open_response (fixture, fixture->peer_rater);
  g_assert_true (hearth_feedback_response_view_get_locked (view));
  g_assert_null (hearth_test_find (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON, 0));
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM feedback_responses"), ==, 1);
}

static void
test_draft_survives_closing (Fixture       *fixture,
                             gconstpointer  data)
{
  HearthFeedbackResponseView *view = open_response (fixture, fixture->self_rater);
  g_autofree char *sometimes = point_label (fixture, 2);
  GtkTextBuffer *buffer;
  g_autofree char *example = NULL;
  GtkTextIter start, end;

  /* Self is a group of one by design: nothing to warn about. */
  g_assert_false (alone_notice_shown (view));

  gtk_widget_activate_action (GTK_WIDGET (view), "response.next", NULL);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (visible_page (view)));
  wait_for_page (view, visible_page (view));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_check (visible_page (view), sometimes)), TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                              hearth_test_find (visible_page (view), GTK_TYPE_TEXT_VIEW, 0))),
                            "مرحبا — I rushed the review", -1);

  /* Closed at once, before the pause after typing: nothing is lost. */
  close_response (fixture);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT rating FROM feedback_draft_ratings"
                                           " WHERE rater_id = %" G_GINT64_FORMAT
                                           " AND behaviour_id = %" G_GINT64_FORMAT,
                                           fixture->self_rater, fixture->behaviours[0]), ==, 2);

  /* Opened again: as she left it. */
  view = open_response (fixture, fixture->self_rater);
  gtk_widget_activate_action (GTK_WIDGET (view), "response.next", NULL);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (visible_page (view)));
  wait_for_page (view, visible_page (view));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (visible_page (view), sometimes))));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hearth_test_find (visible_page (view),
                                                                      GTK_TYPE_TEXT_VIEW, 0)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  example = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (example, ==, "مرحبا — I rushed the review");

  /* As she types, the draft follows after a pause, without closing. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_check (visible_page (view), "Not seen enough to say")), TRUE);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_query_intf (fixture->store,
                                                     "SELECT not_seen FROM feedback_draft_ratings"
                                                     " WHERE rater_id = %" G_GINT64_FORMAT
                                                     " AND behaviour_id = %" G_GINT64_FORMAT,
                                                     fixture->self_rater, fixture->behaviours[0]) == 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT status = 'started' FROM feedback_raters WHERE id = %"
                                           G_GINT64_FORMAT, fixture->self_rater), ==, 1);
}

static void
test_development_only (Fixture       *fixture,
                       gconstpointer  data)
{
  HearthFeedbackResponseView *view = open_response (fixture, fixture->peer_rater);

  gtk_widget_activate_action (GTK_WIDGET (view), "response.next", NULL);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (visible_page (view)));
  wait_for_page (view, visible_page (view));

  /* Words only: no point of the scale, and no “not seen” either. */
  for (guint i = 0;; i++)
    {
      GtkWidget *check = hearth_test_find (visible_page (view), GTK_TYPE_CHECK_BUTTON, i);

      if (check == NULL)
        break;
      g_assert_false (gtk_widget_is_drawable (check));
    }
  g_assert_true (GTK_IS_TEXT_VIEW (focus (fixture)));
  type (fixture, "Shared her notes with the new starter");
  close_response (fixture);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM feedback_draft_ratings"
                                           " WHERE rater_id = %" G_GINT64_FORMAT
                                           " AND rating IS NULL AND not_seen = 0"
                                           " AND example = 'Shared her notes with the new starter'",
                                           fixture->peer_rater), ==, 1);
}

/* A rater without the database answers in their response file: the same
 * pages, kept in the file as they write, closing included. */
static void
test_response_file (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "tomasz.hearth-feedback", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) form = NULL;
  g_autoptr(HearthFeedbackFile) again = NULL;
  g_autoptr(HearthFeedbackResponseFile) source = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autofree char *often = point_label (fixture, 3);
  HearthFeedbackResponseView *view;
  AdwDialog *dialog;

  g_assert_true (hearth_feedback_file_export (fixture->store, fixture->peer_rater, file, &error));
  g_assert_no_error (error);
  form = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  source = hearth_feedback_response_file_new (form);

  dialog = hearth_feedback_response_dialog_new (HEARTH_FEEDBACK_RESPONSE_SOURCE (source), &error);
  g_assert_no_error (error);
  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  view = hearth_feedback_response_dialog_get_view (HEARTH_FEEDBACK_RESPONSE_DIALOG (dialog));
  wait_for_page (view, visible_page (view));
  g_assert_true (alone_notice_shown (view));

  gtk_widget_activate_action (GTK_WIDGET (view), "response.next", NULL);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (visible_page (view)));
  g_assert_nonnull (hearth_test_find_labelled (visible_page (view), "Listening"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_check (visible_page (view), often)), TRUE);
  close_response (fixture);

  again = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  answers = hearth_feedback_file_dup_answers (again);
  g_assert_cmpint (hearth_feedback_answers_get_rating (answers, fixture->behaviours[0]), ==, 3);
  /* Nothing went into the database: the answers are in the file. */
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM feedback_draft_ratings"), ==, 0);
}

/* A response file opened from the file manager gets a window of its own,
 * answered in the file; a file that is not a form says why instead. */
static void
test_response_window (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "dana.hearth-feedback", NULL);
  g_autofree char *other_path = g_build_filename (fixture->dir, "notes.hearth-feedback", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) again = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autofree char *often = point_label (fixture, 3);
  HearthFeedbackResponseView *view;
  GtkWindow *window;

  g_assert_true (hearth_feedback_file_export (fixture->store, fixture->peer_rater, file, &error));
  g_assert_no_error (error);

  window = hearth_feedback_response_window_new (NULL, file);
  g_assert_true (hearth_feedback_response_window_get_opened (HEARTH_FEEDBACK_RESPONSE_WINDOW (window)));
  hearth_test_present (window);
  view = hearth_feedback_response_window_get_view (HEARTH_FEEDBACK_RESPONSE_WINDOW (window));
  wait_for_page (view, visible_page (view));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (window), "dana.hearth-feedback"));

  gtk_widget_activate_action (GTK_WIDGET (view), "response.next", NULL);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (visible_page (view)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_check (visible_page (view), often)), TRUE);
  /* Closing the window keeps the answer in the file. */
  gtk_window_close (window);
  again = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  answers = hearth_feedback_file_dup_answers (again);
  g_assert_cmpint (hearth_feedback_answers_get_rating (answers, fixture->behaviours[0]), ==, 3);

  /* Not a form: the window says so, with the reason, and writes nothing. */
  g_assert_true (g_file_set_contents (other_path, "Shopping: milk, bread", -1, &error));
  window = hearth_feedback_response_window_new (NULL, other);
  g_assert_false (hearth_feedback_response_window_get_opened (HEARTH_FEEDBACK_RESPONSE_WINDOW (window)));
  hearth_test_present (window);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (window), "This Feedback Form Cannot Be Opened"));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (other_path, &contents, NULL, &error));
    g_assert_cmpstr (contents, ==, "Shopping: milk, bread");
  }
  hearth_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/feedback-response/keyboard-only", Fixture,
              GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS),
              fixture_set_up, test_keyboard_only, fixture_tear_down);
  g_test_add ("/feedback-response/draft-survives-closing", Fixture,
              GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS),
              fixture_set_up, test_draft_survives_closing, fixture_tear_down);
  g_test_add ("/feedback-response/response-file", Fixture,
              GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS),
              fixture_set_up, test_response_file, fixture_tear_down);
  g_test_add ("/feedback-response/window", Fixture,
              GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS),
              fixture_set_up, test_response_window, fixture_tear_down);
  g_test_add ("/feedback-response/development-only", Fixture,
              GINT_TO_POINTER (HEARTH_FEEDBACK_DEVELOPMENT_ONLY),
              fixture_set_up, test_development_only, fixture_tear_down);

  return g_test_run ();
}
