/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Examples of practice and the 360° report in a one-to-one, under a
 * virtual display, through the real widgets: an example recorded by
 * keyboard in the one-to-one it was raised in, refused with the model's
 * words while something is missing, listed there, and opened again weeks
 * later to say what came of it; none recorded in a locked record. Beside
 * the behaviours, the member of staff's latest released 360° report, with
 * a button that opens it; never a report that is not released.
 */

#include "config.h"

#include <string.h>

#include "hearth-feedback-changes.h"
#include "hearth-feedback-report-view-dialog.h"
#include "hearth-form-dialog.h"
#include "hearth-framework.h"
#include "hearth-one-to-one-dialog.h"
#include "hearth-practice-example.h"
#include "hearth-practice-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-page.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

enum { MARGARET = HEARTH_TEST_MARGARET, PRIYA = HEARTH_TEST_PRIYA };

typedef struct
{
  char      *dir;
  HearthStore *store;
  AdwWindow *window;
  HearthSupervisionPage *page;
  gint64     priya_pair;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Margaret supervises Priya, and uses Hearth. Priya works on one case. */
  fixture->store = hearth_test_team_new (&fixture->dir, NOW, &fixture->priya_pair);
  g_assert_true (hearth_store_exec (fixture->store,
    "UPDATE staff SET supervisor_id = 1 WHERE id <> 1;"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at) VALUES"
    "  (1, 'Damp in the bathroom', 2, 1790000000, 1790000000),"
    "  (2, 'Rent arrears', 3, 1790000000, 1790000000);",
    &error));
  g_assert_no_error (error);

  /* The One-to-ones page, as in the window, which the dialogs come over. */
  fixture->page = hearth_test_supervision_page_new (fixture->store, &fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_destroy_with_dialogs (GTK_WINDOW (fixture->window));
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static AdwDialog *
open_one_to_one (Fixture *fixture,
                 gint64   supervision_id)
{
  return hearth_test_open_one_to_one (fixture->store, MARGARET, supervision_id,
                                      adw_window_get_content (fixture->window));
}

static gint64
start (Fixture    *fixture,
       const char *day)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_start (fixture->store, fixture->priya_pair, day, &error);

  g_assert_no_error (error);
  return id;
}

/* Types into a text view or an entry that has the focus. */
static void
type_into (GtkWidget  *widget,
           const char *text)
{
  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_grab_focus (widget));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (widget) || gtk_widget_get_focus_child (widget) != NULL);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* Ctrl+Enter, as the dialog binds it. */
static void
save_by_keyboard (AdwDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
}

/* Ctrl+Enter, and waits until the dialog has closed and is gone: it holds
 * the store. */
static void
save_and_wait_closed (AdwDialog *dialog)
{
  GObject *gone = G_OBJECT (dialog);

  g_object_add_weak_pointer (gone, (gpointer *) &gone);
  save_by_keyboard (dialog);
  HEARTH_TEST_ITERATE_UNTIL (gone == NULL);
}

static AdwDialog *
wait_for_practice_dialog (Fixture *fixture)
{
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_PRACTICE_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  return adw_window_get_visible_dialog (fixture->window);
}

static gint64
count_examples (Fixture *fixture)
{
  return hearth_test_query_int (fixture->store, "SELECT count (*) FROM practice_examples");
}

static void
test_record_by_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = start (fixture, NULL);
  AdwDialog *one_to_one = open_one_to_one (fixture, id);
  AdwDialog *dialog;
  GtkWidget *list, *row, *escalated;
  const char *refusal;

  list = hearth_test_find_labelled (GTK_WIDGET (one_to_one), "Examples of practice");
  g_assert_nonnull (list);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));

  hearth_test_press (hearth_test_find_named (GTK_WIDGET (one_to_one), GTK_TYPE_BUTTON,
                                             "Record an Example…"));
  dialog = wait_for_practice_dialog (fixture);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));

  /* The case is one of hers, or none. */
  {
    GtkWidget *case_row = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Case");
    GListModel *cases;

    g_assert_nonnull (case_row);
    cases = adw_combo_row_get_model (ADW_COMBO_ROW (case_row));
    g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (cases), 0), ==, "No case");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (cases), 1), ==, "Damp in the bathroom");
  }

  /* Nothing chosen yet: nothing to save. */
  g_assert_false (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
  hearth_test_press (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON,
                                             "Escalate"));
  HEARTH_TEST_ITERATE_UNTIL (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));

  /* What happened is missing: the model says so, and nothing is written. */
  save_by_keyboard (dialog);
  refusal = hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog));
  g_assert_nonnull (refusal);
  hearth_test_assert_has (refusal, "what happened");
  g_assert_cmpint (count_examples (fixture), ==, 0);

  type_into (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "What happened"),
             "A contractor left a resident without water over a weekend");
  /* Escalated, but to nobody. */
  save_by_keyboard (dialog);
  refusal = hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog));
  g_assert_nonnull (refusal);
  hearth_test_assert_has (refusal, "escalated to");
  g_assert_cmpint (count_examples (fixture), ==, 0);

  escalated = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Escalated to");
  g_assert_nonnull (escalated);
  g_assert_true (gtk_widget_is_visible (escalated));
  type_into (escalated, "Head of repairs");
  save_and_wait_closed (dialog);
  g_assert_true (adw_window_get_visible_dialog (fixture->window) == one_to_one);

  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM practice_examples WHERE staff_id = 2"
                                           " AND kind = 'escalate' AND escalated_to = 'Head of repairs'"
                                           " AND supervision_id = %" G_GINT64_FORMAT
                                           " AND happened_on = '2026-11-22' AND outcome = ''"
                                           " AND created_by = 1", id), ==, 1);

  /* Listed in the one-to-one it was raised in, waiting for what came of it. */
  HEARTH_TEST_ITERATE_UNTIL ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0))) != NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "A contractor left a resident without water over a weekend");
  hearth_test_assert_has (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "escalated to Head of repairs");
  hearth_test_assert_has (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "nothing has come of it yet");

  /* Weeks later: the row opens it, to say what came of it. */
  hearth_test_press (row);
  dialog = wait_for_practice_dialog (fixture);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));
  type_into (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "What came of it"),
             "Residents are now told within the hour");
  save_and_wait_closed (dialog);
  g_assert_true (adw_window_get_visible_dialog (fixture->window) == one_to_one);
  g_assert_cmpint (count_examples (fixture), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                     "what came of it: Residents are now told within the hour") != NULL);
}

static void
test_locked_records_none (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = start (fixture, "2026-10-25");
  gint64 version = hearth_test_query_intf (fixture->store, "SELECT version FROM supervisions WHERE id = %"
                                           G_GINT64_FORMAT, id);
  AdwDialog *one_to_one;
  GtkWidget *record;

  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  hearth_store_set_actor (fixture->store, PRIYA);
  version = hearth_test_query_intf (fixture->store, "SELECT version FROM supervisions WHERE id = %"
                                    G_GINT64_FORMAT, id);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  g_assert_no_error (error);

  /* Margaret opens it. */
  one_to_one = open_one_to_one (fixture, id);
  record = hearth_test_find_named (GTK_WIDGET (one_to_one), GTK_TYPE_BUTTON, "Record an Example…");
  g_assert_true (record == NULL || !gtk_widget_is_visible (record));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (one_to_one), "Examples of practice"));
}

/* --- The 360° report ----------------------------------------------------------- */

static gint64
cycle (Fixture    *fixture,
       const char *title,
       gboolean    release)
{
  g_autoptr(GError) error = NULL;
  gint64 framework = hearth_test_query_int (fixture->store,
                                            "SELECT id FROM frameworks"
                                            " WHERE name = 'High performance behaviours'");
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .framework_id = framework,
    .title = title,
    .opens_on = "2026-10-01",
    .closes_on = "2026-10-31",
    .mode = HEARTH_FEEDBACK_RATINGS_AND_WORDS,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = MARGARET,
  };
  gint64 id = hearth_feedback_create_cycle (fixture->store, &spec, &error);

  g_assert_no_error (error);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, id, &error));
  if (release)
    g_assert_true (hearth_feedback_release (fixture->store, id, &error));
  g_assert_no_error (error);
  return id;
}

/* Whether any label in @widget holds @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  for (guint n = 0; ; n++)
    {
      GtkWidget *label = hearth_test_find (widget, GTK_TYPE_LABEL, n);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_is_visible (label) && strstr (gtk_label_get_label (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }
}

static void
test_report_beside_behaviours (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwDialog *one_to_one, *report;
  GtkWidget *show;
  gint64 id;

  cycle (fixture, "Priya's autumn 360°", TRUE);
  /* A later one closed but not released, and one still open, are not shown. */
  hearth_store_set_clock (fixture->store, NOW + 60);
  cycle (fixture, "Priya's winter 360°", FALSE);
  id = start (fixture, NULL);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT feedback_cycle_id FROM supervisions WHERE id = %"
                                           G_GINT64_FORMAT, id), ==,
                   hearth_test_query_int (fixture->store, "SELECT id FROM feedback_cycles"
                                                          " WHERE title = 'Priya''s autumn 360°'"));

  one_to_one = open_one_to_one (fixture, id);
  g_assert_true (shows_text (GTK_WIDGET (one_to_one), "Priya's autumn 360°"));
  g_assert_true (shows_text (GTK_WIDGET (one_to_one), "Released "));
  g_assert_true (shows_text (GTK_WIDGET (one_to_one), "Empathy"));
  g_assert_false (shows_text (GTK_WIDGET (one_to_one), "winter"));
  g_assert_false (shows_text (GTK_WIDGET (one_to_one), "No released 360° report"));

  show = hearth_test_find_named (GTK_WIDGET (one_to_one), GTK_TYPE_BUTTON, "Show Report");
  hearth_test_press (show);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_REPORT_VIEW_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  report = adw_window_get_visible_dialog (fixture->window);
  g_assert_cmpstr (adw_dialog_get_title (report), ==, "Feedback Report for Priya Raman");
  hearth_test_close_dialog (report);
}

static void
test_no_released_report (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwDialog *one_to_one;
  AdwPreferencesGroup *group;
  GtkWidget *show;

  cycle (fixture, "Priya's winter 360°", FALSE);
  one_to_one = open_one_to_one (fixture, start (fixture, NULL));

  g_assert_false (shows_text (GTK_WIDGET (one_to_one), "winter"));
  show = hearth_test_find_named (GTK_WIDGET (one_to_one), GTK_TYPE_BUTTON, "Show Report");
  g_assert_true (show == NULL || !gtk_widget_is_visible (show));
  group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (hearth_test_find_labelled (GTK_WIDGET (one_to_one), "Behaviours"),
                                                          ADW_TYPE_PREFERENCES_GROUP));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "No released 360° report for Priya Raman yet.");
}

static void
test_person_page (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *supervisions, *actions, *examples;
  gint64 older = start (fixture, "2026-10-25");
  gint64 newer = start (fixture, NULL);
  HearthPracticeExampleSpec spec = {
    .staff_id = PRIYA,
    .kind = HEARTH_PRACTICE_CELEBRATE,
    .happened_on = "2026-11-02",
    .text = "The visit to Dot: the tea and the time to talk",
  };

  g_assert_cmpint (hearth_supervision_add_action (fixture->store, older, "Book the money adviser",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_cmpint (hearth_practice_example_create (fixture->store, &spec, &error), >, 0);
  g_assert_no_error (error);

  /* From her row in My people. */
  g_assert_nonnull (supervisions = hearth_test_find_labelled (GTK_WIDGET (fixture->page),
                                                              "One-to-ones, the newest first"));
  g_assert_false (gtk_widget_get_mapped (supervisions));
  HEARTH_TEST_ITERATE_UNTIL ((row = hearth_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX_ROW,
                                                            "Priya Raman")) != NULL);
  hearth_test_press (row);
  HEARTH_TEST_ITERATE_UNTIL ((supervisions = hearth_test_find_labelled (GTK_WIDGET (fixture->page),
                                                                        "One-to-ones, the newest first")) != NULL &&
                             gtk_widget_get_mapped (supervisions));
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 1) != NULL);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 0))),
                   ==, "supervision.open");
  g_assert_cmpint (g_variant_get_int64 (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 0)))), ==, newer);
  g_assert_cmpint (g_variant_get_int64 (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 1)))), ==, older);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 2));

  actions = hearth_test_find_labelled (GTK_WIDGET (fixture->page), "Open actions");
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions), 0) != NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions), 0))),
                   ==, "Book the money adviser");
  examples = hearth_test_find_labelled (GTK_WIDGET (fixture->page), "Examples of practice");
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (examples), 0) != NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (examples), 0))),
                   ==, "The visit to Dot: the tea and the time to talk");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (fixture->page), "Start a one-to-one with Priya Raman now"));

  /* The newest opens the one-to-one; back goes to everyone. */
  hearth_test_press (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (supervisions), 0)));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_ONE_TO_ONE_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  hearth_test_close_dialog (adw_window_get_visible_dialog (fixture->window));
  hearth_test_press (hearth_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON,
                                             "My People"));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (hearth_test_find_labelled (GTK_WIDGET (fixture->page), "My people")));
  g_assert_false (gtk_widget_get_mapped (supervisions));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/practice-examples/record-by-keyboard", test_record_by_keyboard);
  ADD ("/practice-examples/locked-records-none", test_locked_records_none);
  ADD ("/practice-examples/report-beside-behaviours", test_report_beside_behaviours);
  ADD ("/practice-examples/no-released-report", test_no_released_report);
  ADD ("/practice-examples/person-page", test_person_page);

  return g_test_run ();
}
