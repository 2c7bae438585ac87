/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The One-to-ones page under a virtual display, through its real widgets:
 * "My people" holds the people the person using Hearth supervises and
 * nobody else's; a one-to-one started there keeps what was typed, whether
 * the draft was saved as it was typed or when the dialog closed; the
 * private note is never on screen for the member of staff; and an action
 * still open from earlier one-to-ones comes first, saying how often it was
 * carried over. Actions are added, marked done and dropped by keyboard,
 * through the buttons' names; the history of promises shows each quarter
 * as a table row a screen reader hears whole, and lists people by name.
 */

#include "config.h"

#include <string.h>

#include "hearth-bar-chart.h"
#include "hearth-one-to-one-dialog.h"
#include "hearth-promises-dialog.h"
#include "hearth-supervision-drop-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-page.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

enum { MARGARET = HEARTH_TEST_MARGARET, PRIYA = HEARTH_TEST_PRIYA, KWAME = HEARTH_TEST_KWAME,
       HARJIT, TOMASZ };

typedef struct
{
  char                  *dir;
  HearthStore           *store;
  AdwWindow             *window;
  HearthSupervisionPage *page;
  gint64                 priya_pair;
} Fixture;

static gint64
pair (Fixture *fixture,
      gint64   supervisor_id,
      gint64   staff_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_pair_create (fixture->store, supervisor_id, staff_id, 4, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Margaret supervises Priya and Kwame, and Harjit supervises Margaret
   * and Tomasz. Margaret uses Hearth. */
  fixture->store = hearth_test_team_new (&fixture->dir, NOW, &fixture->priya_pair);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (4, 'Harjit Sandhu'), (5, 'Tomasz Nowak');", &error));
  g_assert_no_error (error);
  pair (fixture, MARGARET, KWAME);
  pair (fixture, HARJIT, MARGARET);
  pair (fixture, HARJIT, TOMASZ);

  fixture->page = hearth_test_supervision_page_new (fixture->store, &fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Every dialog goes: one left under another (a drop dialog over its
   * one-to-one) would keep the store. */
  hearth_test_destroy_with_dialogs (GTK_WINDOW (fixture->window));
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_into (GtkWidget  *view,
           const char *text)
{
  gtk_widget_grab_focus (view);
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static AdwDialog *
wait_for_dialog (Fixture *fixture)
{
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_ONE_TO_ONE_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  return adw_window_get_visible_dialog (fixture->window);
}

static char *
going_well (Fixture *fixture)
{
  return hearth_test_query_text (fixture->store,
                                 "SELECT coalesce (going_well, '') FROM supervisions"
                                 " WHERE staff_id = 2");
}

static void
test_my_people (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *people = hearth_test_find_labelled (GTK_WIDGET (fixture->page), "My people");
  GtkWidget *own = hearth_test_find_labelled (GTK_WIDGET (fixture->page), "My own one-to-ones");

  g_assert_nonnull (people);
  g_assert_nonnull (own);
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (hearth_supervision_page_get_model (fixture->page)) == 2);

  /* Margaret's people, with what to do about each; not Harjit's. */
  g_assert_nonnull (hearth_test_find_labelled (people, "Priya Raman"));
  g_assert_nonnull (hearth_test_find_labelled (people, "Kwame Mensah"));
  g_assert_null (hearth_test_find_labelled (people, "Tomasz Nowak"));
  g_assert_null (hearth_test_find_labelled (people, "Margaret Okoye"));
  g_assert_nonnull (hearth_test_find_labelled (people, "Start a one-to-one with Priya Raman now"));
  g_assert_nonnull (hearth_test_find_labelled (people, "Plan the next one-to-one with Kwame Mensah"));

  /* Her own, with her supervisor. */
  g_assert_nonnull (hearth_test_find_labelled (own, "With Harjit Sandhu"));
  g_assert_null (hearth_test_find_labelled (own, "Tomasz Nowak"));

  /* Someone else using Hearth sees their own people. */
  hearth_store_set_actor (fixture->store, HARJIT);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (people, "Tomasz Nowak") != NULL);
  g_assert_null (hearth_test_find_labelled (people, "Priya Raman"));
}

static void
test_drafts (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *start, *view;
  AdwDialog *dialog;
  g_autofree char *saved = NULL;
  g_autofree char *shown = NULL;

  HEARTH_TEST_ITERATE_UNTIL ((start = hearth_test_find_labelled (GTK_WIDGET (fixture->page),
                                                                 "Start a one-to-one with Priya Raman now")) != NULL);
  g_assert_true (gtk_widget_activate (start));
  dialog = wait_for_dialog (fixture);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));

  /* Saved as it is typed, without closing. */
  view = hearth_test_find_labelled (GTK_WIDGET (dialog), "What is going well");
  g_assert_nonnull (view);
  type_into (view, "The new arrears letter works.");
  HEARTH_TEST_ITERATE_UNTIL (g_strcmp0 ((g_free (saved), saved = going_well (fixture)),
                                        "The new arrears letter works.") == 0);

  /* Typed just before closing: closing saves it. */
  type_into (view, " Residents say so.");
  hearth_test_close_dialog (dialog);
  g_clear_pointer (&saved, g_free);
  saved = going_well (fixture);
  g_assert_cmpstr (saved, ==, "The new arrears letter works. Residents say so.");

  /* Ctrl+N in the area, Priya chosen, carries on with the same
   * one-to-one, all there. */
  gtk_list_box_select_row (GTK_LIST_BOX (hearth_test_find_labelled (GTK_WIDGET (fixture->page), "My people")),
                           GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (start, GTK_TYPE_LIST_BOX_ROW)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.new", NULL);
  dialog = wait_for_dialog (fixture);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count(*) FROM supervisions"), ==, 1);
  view = hearth_test_find_labelled (GTK_WIDGET (dialog), "What is going well");
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, "The new arrears letter works. Residents say so.");
}

static void
test_private_note (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  GtkWidget *view;
  gint64 id, version;

  id = hearth_supervision_start (fixture->store, fixture->priya_pair, NULL, &error);
  g_assert_no_error (error);
  version = hearth_test_query_intf (fixture->store, "SELECT version FROM supervisions WHERE id = %"
                                    G_GINT64_FORMAT, id);
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_PRIVATE_NOTE,
                                               "Worried about her sleep", NULL, &error));
  g_assert_no_error (error);

  /* The supervisor sees it, marked as theirs only. */
  dialog = hearth_test_open_one_to_one (fixture->store, MARGARET, id, GTK_WIDGET (fixture->page));
  view = hearth_test_find_labelled (GTK_WIDGET (dialog), "Private note");
  g_assert_true (gtk_widget_is_visible (view));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Only the supervisor"));
  {
    g_autofree char *text = view_text (view);
    g_assert_cmpstr (text, ==, "Worried about her sleep");
  }
  hearth_test_close_dialog (dialog);

  /* Priya, using Hearth, never has it on screen. */
  dialog = hearth_test_open_one_to_one (fixture->store, PRIYA, id, GTK_WIDGET (fixture->page));
  view = hearth_test_find_labelled (GTK_WIDGET (dialog), "Private note");
  g_assert_true (view == NULL || !gtk_widget_is_visible (view));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "What is going well"));
  for (guint n = 0; ; n++)
    {
      GtkWidget *any = hearth_test_find (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, n);
      g_autofree char *text = NULL;

      if (any == NULL)
        break;
      text = view_text (any);
      g_assert_null (strstr (text, "sleep"));
    }
  g_assert_true (gtk_widget_is_visible (hearth_test_find_labelled (GTK_WIDGET (dialog), "What is going well")));
}

static void
test_carried_over (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  GtkWidget *list;
  GtkListBoxRow *first;
  gint64 first_id, now_id;

  /* Agreed two one-to-ones ago, still open. */
  first_id = hearth_supervision_start (fixture->store, fixture->priya_pair, "2026-09-27", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, first_id, "Book the money adviser",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);
  hearth_supervision_start (fixture->store, fixture->priya_pair, "2026-10-25", &error);
  g_assert_no_error (error);
  now_id = hearth_supervision_start (fixture->store, fixture->priya_pair, NULL, &error);
  g_assert_no_error (error);

  dialog = hearth_test_open_one_to_one (fixture->store, MARGARET, now_id,
                                        GTK_WIDGET (fixture->page));

  /* One agreed now comes after it. */
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, now_id, "Shadow a court hearing",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);

  HEARTH_TEST_ITERATE_UNTIL (hearth_test_query_int (fixture->store,
                                                    "SELECT count(*) FROM supervision_actions") == 2);
  list = hearth_test_find_labelled (GTK_WIDGET (dialog), "Agreed actions");
  g_assert_nonnull (list);
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1) != NULL);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Book the money adviser");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (first), "Carried over twice"));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1))), ==,
                   "Shadow a court hearing");
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)),
                                            "Carried over twice"));
}

static gint64
count_actions (Fixture    *fixture,
               const char *status)
{
  return hearth_test_query_intf (fixture->store, "SELECT count (*) FROM supervision_actions"
                                 " WHERE status = '%s'", status);
}

static void
add_action_by_keyboard (AdwDialog  *dialog,
                        const char *text)
{
  GtkWidget *what = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What");
  GtkWidget *add = hearth_test_find_labelled (GTK_WIDGET (dialog), "Add Action");

  g_assert_nonnull (what);
  g_assert_true (gtk_widget_grab_focus (what));
  gtk_editable_set_text (GTK_EDITABLE (what), text);
  hearth_test_press (add);
}

static void
test_actions_by_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *start, *list, *reason, *save;
  AdwDialog *dialog, *drop;
  g_autofree char *why = NULL;

  HEARTH_TEST_ITERATE_UNTIL ((start = hearth_test_find_labelled (GTK_WIDGET (fixture->page),
                                                                 "Start a one-to-one with Priya Raman now")) != NULL);
  hearth_test_press (start);
  dialog = wait_for_dialog (fixture);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));
  list = hearth_test_find_labelled (GTK_WIDGET (dialog), "Agreed actions");
  g_assert_nonnull (list);

  /* Save as PDF… is in reach of the keyboard, and named. */
  save = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Save as PDF…");
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_get_focusable (save));
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Add Action, twice. */
  add_action_by_keyboard (dialog, "Book the money adviser");
  HEARTH_TEST_ITERATE_UNTIL (count_actions (fixture, "open") == 1);
  add_action_by_keyboard (dialog, "Shadow a court hearing");
  HEARTH_TEST_ITERATE_UNTIL (count_actions (fixture, "open") == 2);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (list, "Drop “Shadow a court hearing”") != NULL);

  /* Done. */
  hearth_test_press (hearth_test_find_labelled (list, "Mark “Book the money adviser” done"));
  HEARTH_TEST_ITERATE_UNTIL (count_actions (fixture, "done") == 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM supervision_actions"
                                          " WHERE status = 'done' AND text = 'Book the money adviser'"),
                   ==, 1);
  /* Done once is done: its buttons go. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (list, "Mark “Book the money adviser” done") == NULL ||
                             !gtk_widget_is_visible (hearth_test_find_labelled (list, "Mark “Book the money adviser” done")));

  /* Drop…, which asks why; Drop stays off until a reason is typed. */
  hearth_test_press (hearth_test_find_labelled (list, "Drop “Shadow a court hearing”"));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_SUPERVISION_DROP_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  drop = adw_window_get_visible_dialog (fixture->window);
  hearth_test_wait_drawn (GTK_WIDGET (drop));
  reason = hearth_test_find_named (GTK_WIDGET (drop), ADW_TYPE_ENTRY_ROW, "Why it is dropped");
  g_assert_nonnull (reason);
  g_assert_false (gtk_widget_is_sensitive (hearth_test_find_labelled (GTK_WIDGET (drop), "Drop")));
  g_assert_true (gtk_widget_grab_focus (reason));
  gtk_editable_set_text (GTK_EDITABLE (reason), "No hearings until spring");
  hearth_test_press (hearth_test_find_labelled (GTK_WIDGET (drop), "Drop"));
  HEARTH_TEST_ITERATE_UNTIL (count_actions (fixture, "dropped") == 1);
  why = hearth_test_query_text (fixture->store, "SELECT dropped_reason FROM supervision_actions"
                                " WHERE status = 'dropped'");
  g_assert_cmpstr (why, ==, "No hearings until spring");

  /* Back in the one-to-one, which still holds both. */
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_cmpint (count_actions (fixture, "open"), ==, 0);
}

static gint64
agree_action (Fixture    *fixture,
              gint64      pair_id,
              const char *held_on,
              const char *text,
              gint64      owner_id,
              const char *due_on)
{
  g_autoptr(GError) error = NULL;
  gint64 supervision_id = hearth_supervision_start (fixture->store, pair_id, held_on, &error);
  gint64 action_id;

  g_assert_no_error (error);
  action_id = hearth_supervision_add_action (fixture->store, supervision_id, text, owner_id, due_on,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpint (action_id, >, 0);
  return action_id;
}

static void
test_promises (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  GtkWidget *dropdown, *chart, *chart_text, *button;
  GListModel *scopes;
  AdwDialog *dialog;
  gint64 kwame_pair, action;
  const char *names[] = { "Everyone you supervise", "What you promised your people",
                          "Kwame Mensah", "Priya Raman", "Your own one-to-ones" };

  kwame_pair = hearth_test_query_int (fixture->store, "SELECT id FROM supervision_pairs"
                                      " WHERE staff_id = 3");

  /* Priya: one agreed in September, due in October, done today (late);
   * one agreed today by Margaret, done today (on time). Kwame: one
   * agreed in October and dropped. */
  action = agree_action (fixture, fixture->priya_pair, "2026-09-27", "Book the money adviser",
                         PRIYA, "2026-10-10");
  g_assert_true (hearth_supervision_action_done (fixture->store, action, 0, &error));
  g_assert_no_error (error);
  action = agree_action (fixture, kwame_pair, "2026-10-04", "Shadow a court hearing", KWAME, NULL);
  g_assert_true (hearth_supervision_action_drop (fixture->store, action, 0, "No hearings", &error));
  g_assert_no_error (error);
  action = agree_action (fixture, fixture->priya_pair, NULL, "Ask the council about the grant",
                         MARGARET, NULL);
  g_assert_true (hearth_supervision_action_done (fixture->store, action, 0, &error));
  g_assert_no_error (error);

  HEARTH_TEST_ITERATE_UNTIL ((button = hearth_test_find_labelled (GTK_WIDGET (fixture->page),
                                                                  "Promises Kept…")) != NULL &&
                             gtk_widget_is_visible (button));
  hearth_test_press (button);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_PROMISES_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));

  /* People by name, never by how they did. */
  dropdown = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, "Whose promises");
  g_assert_nonnull (dropdown);
  scopes = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  g_assert_cmpuint (g_list_model_get_n_items (scopes), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (scopes), i), ==, names[i]);

  /* Everyone Margaret supervises: each quarter a row heard whole. */
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Promises, quarter by quarter"));
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog),
    "July to September 2026: 1 action agreed; 0 done on time, 1 done late, 0 dropped, 0 still open") != NULL);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog),
    "October to December 2026: 2 actions agreed; 1 done on time, 0 done late, 1 dropped, 0 still open"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog),
    "All quarters: 3 actions agreed; 1 done on time, 1 done late, 1 dropped, 0 still open"));

  /* The chart, and its figures in words on screen. */
  chart = hearth_test_find (GTK_WIDGET (dialog), HEARTH_TYPE_BAR_CHART, 0);
  g_assert_nonnull (chart);
  g_assert_cmpuint (hearth_bar_chart_get_n_bars (HEARTH_BAR_CHART (chart)), ==, 2);
  description = hearth_bar_chart_dup_description (HEARTH_BAR_CHART (chart));
  g_assert_nonnull (strstr (description, "October to December 2026"));
  chart_text = hearth_test_find_labelled (GTK_WIDGET (dialog), description);
  g_assert_nonnull (chart_text);
  g_assert_true (GTK_IS_LABEL (chart_text));

  /* Priya's alone: Kwame's dropped one is not hers. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 3);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog),
    "All quarters: 2 actions agreed; 1 done on time, 1 done late, 0 dropped, 0 still open") != NULL);

  /* What Margaret promised her people. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog),
    "All quarters: 1 action agreed; 1 done on time, 0 done late, 0 dropped, 0 still open") != NULL);

  /* Her own, with Harjit: none yet, and it says so. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 4);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "No Actions Agreed Yet") != NULL &&
                             gtk_widget_is_visible (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                               "No Actions Agreed Yet")));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/supervision-page/my-people", test_my_people);
  ADD ("/supervision-page/drafts", test_drafts);
  ADD ("/supervision-page/private-note", test_private_note);
  ADD ("/supervision-page/carried-over", test_carried_over);
  ADD ("/supervision-page/actions-by-keyboard", test_actions_by_keyboard);
  ADD ("/supervision-page/promises", test_promises);
#undef ADD

  return g_test_run ();
}
