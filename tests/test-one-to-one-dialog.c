/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A one-to-one in Hearth's own window, under a virtual display, by the
 * keyboard: each control is found by the name a screen reader gives it,
 * focused and pressed as Tab and Enter would. A whole conversation is
 * written, from My People to an agreed action, with a case reflected on
 * and an entry of its timeline linked; an action carried over from the
 * last one-to-one is marked done in the next; a record agreed in it by
 * each of the two is locked on screen and in the store, and takes
 * addenda; a linked entry opens its case at that entry; and the dialog's
 * lists let go of the store when it goes.
 */

#include "config.h"

#include <string.h>

#include "hearth-case-list-page.h"
#include "hearth-case-view.h"
#include "hearth-entry-row.h"
#include "hearth-error.h"
#include "hearth-one-to-one-dialog.h"
#include "hearth-reflection-case-dialog.h"
#include "hearth-reflection-entry-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-page.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

enum { MARGARET = HEARTH_TEST_MARGARET, PRIYA = HEARTH_TEST_PRIYA };
enum { DAMP_CASE = 10, OUT_AGAIN_CASE, KWAMES_CASE };
enum { VISIT_ENTRY = 100, LANDLORD_ENTRY, OUT_AGAIN_ENTRY };

typedef struct
{
  char         *dir;
  HearthStore  *store;
  HearthWindow *window;
  GtkWidget    *page;
  gint64        priya_pair;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Margaret supervises Priya, who leads one case and works on another;
   * Kwame's case is not hers. Margaret uses Hearth. */
  fixture->store = hearth_test_team_new (&fixture->dir, NOW, &fixture->priya_pair);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at) VALUES"
    "  (10, 'Damp in the bathroom', 2, 1790000000, 1790100000),"
    "  (11, 'Getting out again', 1, 1790000000, 1790000000),"
    "  (12, 'Arrears and the shed', 3, 1790000000, 1790000000);"
    "INSERT INTO case_workers (case_id, staff_id) VALUES (11, 2);"
    "INSERT INTO timeline_entries (id, case_id, kind, occurred_at, summary, author_id) VALUES"
    "  (100, 10, 'home-visit', 1790000000, 'Saw the mould behind the bath', 2),"
    "  (101, 10, 'phone-call', 1790100000, 'Called the landlord about the damp', 2),"
    "  (102, 11, 'conversation', 1790000000, 'Talked about the lunch club', 2);",
    &error));
  g_assert_no_error (error);

  fixture->window = hearth_window_new (NULL, fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  hearth_test_present (GTK_WINDOW (fixture->window));
  hearth_window_set_area (fixture->window, "supervision");
  fixture->page = hearth_window_get_area (fixture->window, "supervision");
  g_assert_true (HEARTH_IS_SUPERVISION_PAGE (fixture->page));
}

static AdwDialog *
visible_dialog (Fixture *fixture)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_destroy_with_dialogs (GTK_WINDOW (fixture->window));
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* Types @text where the focus is, once it is there. */
static void
type_into (AdwDialog  *dialog,
           const char *name,
           const char *text)
{
  GtkWidget *view = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, name);

  g_assert_nonnull (view);
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  g_assert_true (gtk_widget_grab_focus (view));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (view));
  gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                                                text, -1, TRUE);
}

static AdwDialog *
wait_for_dialog (Fixture *fixture,
                 GType    type)
{
  HEARTH_TEST_ITERATE_UNTIL (G_TYPE_CHECK_INSTANCE_TYPE (visible_dialog (fixture), type));
  hearth_test_wait_drawn (GTK_WIDGET (visible_dialog (fixture)));
  return visible_dialog (fixture);
}

static AdwDialog *
start_with_priya (Fixture *fixture)
{
  GtkWidget *start;

  HEARTH_TEST_ITERATE_UNTIL ((start = hearth_test_find_labelled (fixture->page,
                                                                 "Start a one-to-one with Priya Raman now")) != NULL);
  hearth_test_press (start);
  return wait_for_dialog (fixture, HEARTH_TYPE_ONE_TO_ONE_DIALOG);
}

static char *
column (Fixture    *fixture,
        const char *name)
{
  return hearth_test_query_textf (fixture->store, "SELECT coalesce (%s, '') FROM supervisions"
                                  " WHERE staff_id = 2 ORDER BY id DESC LIMIT 1", name);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return hearth_test_query_int (fixture->store, sql);
}

static void
choose_case (Fixture    *fixture,
             const char *words,
             const char *title)
{
  AdwDialog *chooser;
  GtkWidget *search, *list, *row;

  hearth_test_press (hearth_test_find_named (GTK_WIDGET (visible_dialog (fixture)), GTK_TYPE_BUTTON,
                                 "Choose Case…"));
  chooser = wait_for_dialog (fixture, HEARTH_TYPE_REFLECTION_CASE_DIALOG);
  list = hearth_test_find_labelled (GTK_WIDGET (chooser), "Their cases");
  g_assert_nonnull (list);

  /* Her two cases; not Kwame's. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (list, "Getting out again") != NULL);
  g_assert_nonnull (hearth_test_find_labelled (list, "Damp in the bathroom"));
  g_assert_null (hearth_test_find_labelled (list, "Arrears and the shed"));

  /* Found by a word, then Enter on the row chooses it. */
  search = hearth_test_find_named (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, "Search their cases");
  g_assert_nonnull (search);
  g_assert_true (gtk_widget_grab_focus (search));
  gtk_editable_set_text (GTK_EDITABLE (search), words);
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1) == NULL &&
                             hearth_test_find_labelled (list, title) != NULL);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  hearth_test_press (row);
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_ONE_TO_ONE_DIALOG (visible_dialog (fixture)));
}

static void
link_entry (Fixture    *fixture,
            const char *summary)
{
  AdwDialog *picker;
  GtkWidget *check;

  hearth_test_press (hearth_test_find_named (GTK_WIDGET (visible_dialog (fixture)), GTK_TYPE_BUTTON,
                                 "Link Entries…"));
  picker = wait_for_dialog (fixture, HEARTH_TYPE_REFLECTION_ENTRY_DIALOG);

  /* The case's entries, to tick; Link waits for one. */
  HEARTH_TEST_ITERATE_UNTIL ((check = hearth_test_find_named (GTK_WIDGET (picker), GTK_TYPE_CHECK_BUTTON,
                                                              summary)) != NULL);
  g_assert_nonnull (hearth_test_find_named (GTK_WIDGET (picker), GTK_TYPE_CHECK_BUTTON,
                                            "Saw the mould behind the bath"));
  g_assert_null (hearth_test_find_named (GTK_WIDGET (picker), GTK_TYPE_CHECK_BUTTON,
                                         "Talked about the lunch club"));
  g_assert_false (gtk_widget_is_sensitive (hearth_test_find_named (GTK_WIDGET (picker), GTK_TYPE_BUTTON,
                                                                   "Link")));
  hearth_test_press (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  hearth_test_press (hearth_test_find_named (GTK_WIDGET (picker), GTK_TYPE_BUTTON, "Link"));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_ONE_TO_ONE_DIALOG (visible_dialog (fixture)));
}

static void
test_whole_by_keyboard (Fixture       *fixture,
                        gconstpointer  data)
{
  const struct { const char *name, *column, *text; } fields[] = {
    { "Wellbeing note", "wellbeing_note", "Tired after the move, but sleeping again" },
    { "What is going well", "going_well", "The new arrears letter works" },
    { "What has been hard", "been_hard", "Two evictions in one week" },
    { "Reflection on a case", "reflection", "Calling the landlord first kept it calm" },
    { "Learning and development", "learning", "Housing law course in spring" },
    { "Private note", "private_note", "Check in about the move next time" },
  };
  AdwDialog *dialog;
  GtkWidget *what, *list;
  g_autofree char *owner = NULL;

  dialog = start_with_priya (fixture);

  /* Wellbeing first. */
  hearth_test_press (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TOGGLE_BUTTON,
                                             "Doing well"));
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT wellbeing FROM supervisions") == 4);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    type_into (dialog, fields[i].name, fields[i].text);

  /* The case reflected on, and one of its entries. The fields typed so
   * far are saved first, whatever the record's version becomes. */
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "No case chosen yet"));
  choose_case (fixture, "damp", "Damp in the bathroom");
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT reflection_case_id FROM supervisions") == DAMP_CASE);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                     "Damp in the bathroom") != NULL);
  link_entry (fixture, "Called the landlord about the damp");
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT count (*) FROM supervision_case_links"
                                             " WHERE entry_id = 101") == 1);
  list = hearth_test_find_labelled (GTK_WIDGET (dialog), "Linked entries");
  g_assert_nonnull (list);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (list, "Unlink “Called the landlord about the damp”") != NULL);
  g_assert_true (gtk_widget_is_visible (list));
  g_assert_null (hearth_test_find_labelled (list, "Saw the mould behind the bath"));

  /* An action, for Priya. */
  what = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What");
  g_assert_nonnull (what);
  g_assert_true (gtk_widget_grab_focus (what));
  gtk_editable_set_text (GTK_EDITABLE (what), "Write to the landlord's agent");
  hearth_test_press (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add Action"));
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT count (*) FROM supervision_actions") == 1);

  /* What was typed, where it was typed: saved as typed or on closing. */
  hearth_test_close_dialog (dialog);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *saved = column (fixture, fields[i].column);

      g_assert_cmpstr (saved, ==, fields[i].text);
    }
  g_assert_cmpint (count (fixture, "SELECT wellbeing FROM supervisions"), ==, 4);
  g_assert_cmpint (count (fixture, "SELECT reflection_case_id FROM supervisions"), ==, DAMP_CASE);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_case_links"), ==, 2);
  owner = hearth_test_query_text (fixture->store, "SELECT text || ' / ' || owner_id"
                                  " FROM supervision_actions");
  g_assert_cmpstr (owner, ==, "Write to the landlord's agent / 2");
}

static void
test_carried_over_done (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  GtkWidget *list, *done;
  gint64 earlier_id, now_id;

  earlier_id = hearth_supervision_start (fixture->store, fixture->priya_pair, "2026-10-25", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, earlier_id, "Book the money adviser",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);

  dialog = start_with_priya (fixture);
  now_id = count (fixture, "SELECT max (id) FROM supervisions");
  g_assert_cmpint (now_id, !=, earlier_id);

  /* At the top of the next one, saying so, and marked done there. */
  list = hearth_test_find_labelled (GTK_WIDGET (dialog), "Agreed actions");
  g_assert_nonnull (list);
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0) != NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0))),
                   ==, "Book the money adviser");
  g_assert_nonnull (hearth_test_find_labelled (list, "Carried over once"));
  done = hearth_test_find_labelled (list, "Mark “Book the money adviser” done");
  hearth_test_press (done);
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT count (*) FROM supervision_actions"
                                             " WHERE status = 'done'") == 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT closed_in_id FROM supervision_actions"),
                   ==, now_id);
  g_assert_cmpint (count (fixture, "SELECT count (*) FROM supervision_actions WHERE done_at IS NULL"), ==, 0);
}

static void
test_agreed_and_locked (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *views[] = { "Wellbeing note", "What is going well", "What has been hard",
                          "Reflection on a case", "Learning and development" };
  AdwDialog *dialog;
  GtkWidget *what, *open, *agree, *addenda, *done, *addendum, *text;
  gint64 id;

  /* Margaret writes and agrees. */
  dialog = start_with_priya (fixture);
  id = count (fixture, "SELECT max (id) FROM supervisions");
  type_into (dialog, "What is going well", "The new arrears letter works");
  choose_case (fixture, "out", "Getting out again");
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT reflection_case_id FROM supervisions") == OUT_AGAIN_CASE);
  what = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What");
  g_assert_nonnull (what);
  g_assert_true (gtk_widget_grab_focus (what));
  gtk_editable_set_text (GTK_EDITABLE (what), "Ask about the lunch club");
  hearth_test_press (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add Action"));
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT count (*) FROM supervision_actions") == 1);
  hearth_test_press (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                             "Agree the Record"));
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT agreed_by_supervisor_at IS NOT NULL"
                                             " FROM supervisions") == 1);
  g_assert_cmpint (count (fixture, "SELECT locked_at IS NULL FROM supervisions"), ==, 1);
  hearth_test_close_dialog (dialog);

  /* Priya, using Hearth, opens it from her own one-to-ones and agrees
   * too, in it: locked there and then. */
  hearth_store_set_actor (fixture->store, PRIYA);
  HEARTH_TEST_ITERATE_UNTIL ((open = hearth_test_find_named (fixture->page, GTK_TYPE_BUTTON, "Open")) != NULL &&
                             gtk_widget_is_visible (open));
  hearth_test_press (open);
  dialog = wait_for_dialog (fixture, HEARTH_TYPE_ONE_TO_ONE_DIALOG);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Getting out again"));
  addenda = hearth_test_find_labelled (GTK_WIDGET (dialog), "Addenda");
  g_assert_true (addenda == NULL || !gtk_widget_is_visible (addenda));
  HEARTH_TEST_ITERATE_UNTIL ((done = hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                "Mark “Ask about the lunch club” done")) != NULL &&
                             gtk_widget_is_visible (done));
  agree = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Agree the Record");
  g_assert_true (gtk_widget_is_visible (agree));
  hearth_test_press (agree);
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT locked_at IS NOT NULL FROM supervisions") == 1);
  g_assert_cmpint (count (fixture, "SELECT agreed_by_staff_at IS NOT NULL FROM supervisions"), ==, 1);

  /* Nothing on screen takes a change any more; addenda follow. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    HEARTH_TEST_ITERATE_UNTIL (!gtk_text_view_get_editable (GTK_TEXT_VIEW (hearth_test_find_named (GTK_WIDGET (dialog),
                                                                                                    GTK_TYPE_TEXT_VIEW,
                                                                                                    views[i]))));
  g_assert_false (gtk_widget_is_sensitive (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                      "How are you, really?")));
  {
    GtkWidget *choose = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Change Case…");
    GtkWidget *link = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Link Entries…");
    GtkWidget *add = hearth_test_find_labelled (GTK_WIDGET (dialog), "Add Action");
    GtkWidget *new_action = hearth_test_find_labelled (GTK_WIDGET (dialog), "A new action");

    g_assert_true (choose == NULL || !gtk_widget_is_visible (choose));
    g_assert_true (link == NULL || !gtk_widget_is_visible (link));
    g_assert_true (add == NULL || !gtk_widget_is_visible (add));
    g_assert_true (new_action == NULL || !gtk_widget_is_visible (new_action));
  }
  /* The action agreed stays, to be done, but not from the record. */
  g_assert_nonnull (hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ask about the lunch club"));
  done = hearth_test_find_labelled (GTK_WIDGET (dialog), "Mark “Ask about the lunch club” done");
  g_assert_true (done == NULL || !gtk_widget_is_visible (done));
  g_assert_false (gtk_widget_is_visible (agree));
  HEARTH_TEST_ITERATE_UNTIL ((addenda = hearth_test_find_labelled (GTK_WIDGET (dialog), "Addenda")) != NULL &&
                             gtk_widget_is_visible (addenda));

  /* An addendum, typed and applied with Enter, joins them. */
  addendum = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Addendum");
  g_assert_nonnull (addendum);
  g_assert_true (gtk_widget_grab_focus (addendum));
  gtk_editable_set_text (GTK_EDITABLE (addendum), "The lunch club moved to Thursdays");
  text = hearth_test_find (addendum, GTK_TYPE_TEXT, 0);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (text));
  /* What Enter does in it. */
  g_signal_emit_by_name (text, "activate");
  HEARTH_TEST_ITERATE_UNTIL (count (fixture, "SELECT count (*) FROM supervision_addenda"
                                             " WHERE text = 'The lunch club moved to Thursdays'") == 1);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                     "The lunch club moved to Thursdays") != NULL);

  /* And the store refuses one, writing nothing. */
  before = hearth_test_query_textf (fixture->store, "SELECT going_well || version || reflection_case_id"
                                    " FROM supervisions WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_false (hearth_supervision_save_text (fixture->store, id,
                                                count (fixture, "SELECT version FROM supervisions"),
                                                HEARTH_SUPERVISION_GOING_WELL, "Changed afterwards",
                                                NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (hearth_supervision_link_case (fixture->store, id, DAMP_CASE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  after = hearth_test_query_textf (fixture->store, "SELECT going_well || version || reflection_case_id"
                                   " FROM supervisions WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count (fixture, "SELECT going_well = 'The new arrears letter works' FROM supervisions"), ==, 1);

  /* The dialog, and the store with it, go when closed: the fixture's
   * tear-down waits for both. */
}

/* A list of the dialog still held by someone after the dialog goes is
 * emptied and lets go of its model: a change in the store then builds
 * no row for a dialog that is gone, and the store is not kept. */
static void
test_lists_let_go (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) actions = NULL;
  g_autoptr(GtkWidget) addenda = NULL;
  AdwDialog *dialog;
  gint64 id;

  id = hearth_supervision_start (fixture->store, fixture->priya_pair, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, id, "Book the money adviser",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);

  dialog = start_with_priya (fixture);
  actions = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "Agreed actions");
  addenda = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "Addenda");
  g_assert_nonnull (actions);
  g_assert_nonnull (addenda);
  g_object_ref (actions);
  g_object_ref (addenda);
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions), 0) != NULL);

  hearth_test_close_dialog (dialog);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions), 0));
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, id, "Ring the landlord",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (actions), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (addenda), 0));
}

/* Agreed by the member of staff in another window while it is open: the
 * one-to-one shows locked at once. */
static void
test_locked_elsewhere (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  GtkWidget *open, *view, *done, *agree, *addendum;
  gint64 id;

  id = hearth_supervision_start (fixture->store, fixture->priya_pair, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, id, "Book the money adviser",
                                                  PRIYA, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (hearth_supervision_agree (fixture->store, id,
                                           count (fixture, "SELECT version FROM supervisions"), &error));
  g_assert_no_error (error);

  hearth_store_set_actor (fixture->store, PRIYA);
  HEARTH_TEST_ITERATE_UNTIL ((open = hearth_test_find_named (fixture->page, GTK_TYPE_BUTTON, "Open")) != NULL &&
                             gtk_widget_is_visible (open));
  hearth_test_press (open);
  dialog = wait_for_dialog (fixture, HEARTH_TYPE_ONE_TO_ONE_DIALOG);
  view = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, "What is going well");
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  HEARTH_TEST_ITERATE_UNTIL ((done = hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                "Mark “Book the money adviser” done")) != NULL &&
                             gtk_widget_is_visible (done));
  agree = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Agree the Record");
  g_assert_true (gtk_widget_is_visible (agree));

  g_assert_true (hearth_supervision_agree (fixture->store, id,
                                           count (fixture, "SELECT version FROM supervisions"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT locked_at IS NOT NULL FROM supervisions"), ==, 1);

  HEARTH_TEST_ITERATE_UNTIL (!gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  g_assert_false (gtk_widget_is_visible (agree));
  done = hearth_test_find_labelled (GTK_WIDGET (dialog), "Mark “Book the money adviser” done");
  g_assert_true (done == NULL || !gtk_widget_is_visible (done));
  addendum = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Addendum");
  g_assert_true (gtk_widget_is_visible (addendum));
}

/* The timeline entry that has the focus in the window, or 0. */
static gint64
focused_entry (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *row;

  if (focus == NULL)
    return 0;
  row = HEARTH_IS_ENTRY_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, HEARTH_TYPE_ENTRY_ROW);
  if (row == NULL)
    row = hearth_test_find (focus, HEARTH_TYPE_ENTRY_ROW, 0);
  if (row == NULL || hearth_entry_row_get_entry (HEARTH_ENTRY_ROW (row)) == NULL)
    return 0;
  return hearth_timeline_entry_get_id (hearth_entry_row_get_entry (HEARTH_ENTRY_ROW (row)));
}

static void
test_linked_entry_opens_case (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hard = NULL;
  HearthCaseView *view;
  AdwDialog *dialog;
  GtkWidget *list, *row;
  gint64 id;

  id = hearth_supervision_start (fixture->store, fixture->priya_pair, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_supervision_link_entry (fixture->store, id, VISIT_ENTRY, &error));
  g_assert_no_error (error);

  dialog = start_with_priya (fixture);
  list = hearth_test_find_labelled (GTK_WIDGET (dialog), "Linked entries");
  g_assert_nonnull (list);
  HEARTH_TEST_ITERATE_UNTIL ((row = hearth_test_find_named (list, ADW_TYPE_ACTION_ROW,
                                                            "Saw the mould behind the bath")) != NULL);

  /* Typed just before: kept as the one-to-one goes. */
  type_into (dialog, "What has been hard", "Two evictions in one week");
  hearth_test_press (row);

  view = hearth_case_list_page_get_case_view (hearth_window_get_case_list_page (fixture->window));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
  hard = column (fixture, "been_hard");
  g_assert_cmpstr (hard, ==, "Two evictions in one week");
  HEARTH_TEST_ITERATE_UNTIL (hearth_case_view_get_case (view) != NULL &&
                             hearth_case_get_id (hearth_case_view_get_case (view)) == DAMP_CASE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* The entry is the timeline's focused row. */
  HEARTH_TEST_ITERATE_UNTIL (focused_entry (fixture) == VISIT_ENTRY);
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
  ADD ("/one-to-one-dialog/whole-by-keyboard", test_whole_by_keyboard);
  ADD ("/one-to-one-dialog/carried-over-done", test_carried_over_done);
  ADD ("/one-to-one-dialog/agreed-and-locked", test_agreed_and_locked);
  ADD ("/one-to-one-dialog/linked-entry-opens-case", test_linked_entry_opens_case);
  ADD ("/one-to-one-dialog/locked-elsewhere", test_locked_elsewhere);
  ADD ("/one-to-one-dialog/lists-let-go", test_lists_let_go);
#undef ADD

  return g_test_run ();
}
