/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A returning resident rings: the office worker switches the case list to
 * its Residents view, finds them by name although they have no case, and
 * logs the call on their page, all from the keyboard. The note is listed
 * on their page and written in no case; a resident new to Hearth is added
 * under the name searched for, and their page opens ready for the call.
 */

#include "config.h"

#include "hearth-case-list-page.h"
#include "hearth-case-view.h"
#include "hearth-resident-notes.h"
#include "hearth-resident-page.h"
#include "hearth-resident-row.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

typedef struct
{
  char               *dir;
  HearthStore        *store;
  AdwWindow          *window;
  HearthCaseListPage *page;
} Fixture;

/* Maureen has never had a case; Dot has one. */
static const char records_sql[] =
  "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
  "INSERT INTO residents (id, name, preferred_name, area, pronouns, tenancy_ref) VALUES"
  "  (1, 'Dorothy Evans', 'Dot', 'Northgate', 'she/her', 'NG-0042'),"
  "  (2, 'Maureen Okonjo', 'Mo', 'Riverside', '', '');"
  "INSERT INTO cases (id, title, lead_id, status, opened_at, last_activity_at) VALUES"
  "  (1, 'A warm home for winter', 1, 'open', 100, 100);"
  "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = hearth_test_make_dir ();
  path = g_build_filename (f->dir, "hearth.db", NULL);
  f->store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_exec (f->store, records_sql, &error));
  g_assert_no_error (error);
  hearth_store_set_actor (f->store, 1);

  f->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 700);
  f->page = g_object_new (HEARTH_TYPE_CASE_LIST_PAGE, NULL);
  adw_window_set_content (f->window, GTK_WIDGET (f->page));
  hearth_case_list_page_set_store (f->page, f->store);
  hearth_test_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  HearthStore *store = f->store;

  g_object_unref (f->window);
  hearth_test_destroy (GTK_WINDOW (f->window));

  /* The case search's worker may hold the store a moment longer. */
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_unref (f->store);
  HEARTH_TEST_ITERATE_UNTIL (store == NULL);
  hearth_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static gboolean
has_focus_in (Fixture   *f,
              GtkWidget *target)
{
  GtkWidget *focused = focus (f);

  return focused != NULL && (focused == target || gtk_widget_is_ancestor (focused, target));
}

/* Presses Tab until the focus is on @target or inside it, as the window's
 * Tab binding moves it; fails when Tab never gets there. */
static void
tab_to (Fixture   *f,
        GtkWidget *target)
{
  g_assert_nonnull (target);
  for (guint i = 0; i < 100 && !has_focus_in (f, target); i++)
    g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_true (has_focus_in (f, target));
}

/* Presses the key @accelerator ("<Control>Return") on the focused widget:
 * the first shortcut for it from the focus outwards runs, as GTK's own
 * shortcut controllers would run it. */
static void
press (Fixture    *f,
       const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);
  for (GtkWidget *widget = focus (f); widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
                {
                  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                               widget,
                                                               gtk_shortcut_get_arguments (shortcut)));
                  return;
                }
            }
        }
    }
  g_error ("Nothing took the key %s", accelerator);
}

/* Types @text into the focused text box, at its cursor. */
static void
type (Fixture    *f,
      const char *text)
{
  GtkWidget *focused = focus (f);
  int position;

  g_assert_true (GTK_IS_EDITABLE (focused));
  position = gtk_editable_get_position (GTK_EDITABLE (focused));
  gtk_editable_insert_text (GTK_EDITABLE (focused), text, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (focused), position);
}

static GtkWidget *
named (Fixture    *f,
       GType       type,
       const char *name)
{
  GtkWidget *found = hearth_test_find_named (GTK_WIDGET (f->page), type, name);

  if (found == NULL)
    g_error ("Nothing of type %s is named “%s”", g_type_name (type), name);
  return found;
}

static gboolean
showing (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_is_drawable (widget);
}

/* The list of residents the Residents view shows. */
static GListModel *
residents_shown (Fixture *f)
{
  GtkWidget *view = named (f, GTK_TYPE_GRID_VIEW, "Residents");

  return G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (view)));
}

static void
switch_to_residents (Fixture *f)
{
  GtkWidget *toggle = named (f, GTK_TYPE_TOGGLE_BUTTON, "Residents");


  tab_to (f, toggle);
  g_assert_true (gtk_widget_activate (toggle));
  HEARTH_TEST_ITERATE_UNTIL (showing (hearth_test_find_labelled (GTK_WIDGET (f->page),
                                                                 "Search residents")));
}

/* Each row the Residents view draws shows the resident at its place: their
 * name, their area and tenancy reference where they have them, and the
 * name screen readers hear, however often the rows were handed from one
 * search's results to the next. Returns how many rows show a resident. */
static guint
assert_rows_show_residents (Fixture *f)
{
  GtkWidget *view = named (f, GTK_TYPE_GRID_VIEW, "Residents");
  HearthResidentRow *row;
  guint n = 0;

  hearth_test_wait_drawn (view);
  while ((row = HEARTH_RESIDENT_ROW (hearth_test_find (view, HEARTH_TYPE_RESIDENT_ROW, n))) != NULL)
    {
      HearthResident *resident = hearth_resident_row_get_resident (row);
      GtkWidget *item_widget = gtk_widget_get_parent (GTK_WIDGET (row));
      const char *name, *area, *reference;
      gboolean listed = FALSE;

      g_assert_nonnull (resident);
      name = hearth_resident_get_display_name (resident);
      area = hearth_resident_get_area (resident);
      reference = hearth_resident_get_tenancy_ref (resident);
      for (guint i = 0; i < g_list_model_get_n_items (residents_shown (f)); i++)
        {
          g_autoptr(HearthResident) shown = g_list_model_get_item (residents_shown (f), i);

          listed |= hearth_resident_get_id (shown) == hearth_resident_get_id (resident);
        }
      g_assert_true (listed);
      g_assert_nonnull (hearth_test_find_named (GTK_WIDGET (row), GTK_TYPE_LABEL, name));
      if (*area != '\0')
        g_assert_true (gtk_widget_get_visible (hearth_test_find_named (GTK_WIDGET (row),
                                                                       GTK_TYPE_LABEL, area)));
      if (*reference != '\0')
        g_assert_true (gtk_widget_get_visible (hearth_test_find_named (GTK_WIDGET (row),
                                                                       GTK_TYPE_LABEL, reference)));
      /* Two labels under the name at most, each shown only with its text. */
      for (guint i = 1; i < 3; i++)
        {
          GtkLabel *label = GTK_LABEL (hearth_test_find (GTK_WIDGET (row), GTK_TYPE_LABEL, i));

          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)) ==
                         (*gtk_label_get_label (label) != '\0'));
        }
      /* Screen readers hear the row by the resident's name. */
      g_assert_true (hearth_test_find_named (view, G_OBJECT_TYPE (item_widget), name) == item_widget);
      n++;
    }

  return n;
}

/* Rows handed on from one search's results to the next show their new
 * residents, and follow a resident renamed. */
static void
test_rows_follow_results (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *search;

  switch_to_residents (f);
  search = GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (f->page), "Search residents"));
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 2);
  g_assert_cmpuint (assert_rows_show_residents (f), ==, 2);

  gtk_editable_set_text (search, "okonjo");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 1);
  g_assert_cmpuint (assert_rows_show_residents (f), ==, 1);

  gtk_editable_set_text (search, "northgate");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 1 &&
                             hearth_test_find_named (named (f, GTK_TYPE_GRID_VIEW, "Residents"),
                                                     GTK_TYPE_LABEL, "NG-0042") != NULL);
  g_assert_cmpuint (assert_rows_show_residents (f), ==, 1);

  gtk_editable_set_text (search, "");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 2);
  g_assert_cmpuint (assert_rows_show_residents (f), ==, 2);

  /* A resident renamed: their row and their name for screen readers follow. */
  g_assert_true (hearth_store_exec (f->store, "UPDATE residents SET preferred_name = 'Maureen'"
                                              " WHERE id = 2", &error));
  g_assert_no_error (error);
  hearth_store_note_change (f->store, "residents", 2, HEARTH_CHANGE_UPDATE);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_named (named (f, GTK_TYPE_GRID_VIEW, "Residents"),
                                                     GTK_TYPE_LABEL, "Maureen") != NULL);
  g_assert_cmpuint (assert_rows_show_residents (f), ==, 2);
}

static void
test_log_call_with_no_case (Fixture       *f,
                            gconstpointer  data)
{
  const char *summary = "Mo rang: the heating is off again";
  HearthResidentPage *page = hearth_case_list_page_get_resident_page (f->page);
  GtkWidget *search, *summary_entry, *notes;
  g_autofree char *kind = NULL;

  switch_to_residents (f);

  /* Every resident, with a case or not. */
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 2);

  /* Found by name though she has no case; Enter opens her page. */
  search = hearth_test_find_labelled (GTK_WIDGET (f->page), "Search residents");
  tab_to (f, search);
  type (f, "maur");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 1);

  /* One letter matches nearly everyone: the list narrows from the second. */
  gtk_editable_delete_text (GTK_EDITABLE (focus (f)), 1, -1);
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 2);
  type (f, "aur");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 1);
  g_signal_emit_by_name (search, "activate");
  HEARTH_TEST_ITERATE_UNTIL (hearth_resident_page_get_resident (page) != NULL &&
                             showing (GTK_WIDGET (page)));
  g_assert_cmpint (hearth_resident_get_id (hearth_resident_page_get_resident (page)), ==, 2);

  /* Nothing yet, said in words, and no case. */
  notes = hearth_test_find_named (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "Notes in no case");
  g_assert_nonnull (notes);
  g_assert_false (showing (notes));
  g_assert_true (showing (hearth_test_find_labelled (GTK_WIDGET (page),
    "Nothing logged outside a case yet. A call or a conversation you log above is listed here, newest first.")));
  g_assert_true (showing (hearth_test_find_named (GTK_WIDGET (page), GTK_TYPE_BUTTON, "New Case…")));

  /* The keyboard is in the composer, there to log the call: Alt+3 for a
   * phone call, the summary, Ctrl+Enter. */
  summary_entry = hearth_test_find_labelled (GTK_WIDGET (page), "Summary of the new entry");
  g_assert_true (has_focus_in (f, summary_entry));
  press (f, "<Alt>3");
  type (f, summary);
  press (f, "<Control>Return");

  /* Listed on her page, under its summary and with who wrote it. */
  HEARTH_TEST_ITERATE_UNTIL (showing (notes) &&
                             showing (hearth_test_find_labelled (notes, summary)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary_entry)), ==, "");
  g_assert_true (has_focus_in (f, summary_entry));

  /* Written about her, in no case. */
  g_assert_cmpint (hearth_test_query_int (f->store,
                     "SELECT count (*) FROM timeline_entries WHERE resident_id = 2"
                     "  AND case_id IS NULL AND author_id = 1"), ==, 1);
  kind = hearth_test_query_text (f->store, "SELECT kind FROM timeline_entries WHERE resident_id = 2");
  g_assert_cmpstr (kind, ==, "phone-call");
  g_assert_cmpint (hearth_test_query_int (f->store,
                     "SELECT count (*) FROM timeline_entries WHERE case_id IS NOT NULL"), ==, 0);
}

static void
test_new_resident_from_search (Fixture       *f,
                               gconstpointer  data)
{
  HearthResidentPage *page = hearth_case_list_page_get_resident_page (f->page);
  GtkWidget *search, *add, *name_row;
  AdwDialog *dialog = NULL;
  HearthResident *added;

  switch_to_residents (f);

  /* Someone not in Hearth: the empty list says so, and offers to add them. */
  search = hearth_test_find_labelled (GTK_WIDGET (f->page), "Search residents");
  tab_to (f, search);
  type (f, "Samir Benali");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 0 &&
                             showing (hearth_test_find_labelled (GTK_WIDGET (f->page),
                                                                 "No Matching Residents")));
  add = named (f, GTK_TYPE_BUTTON, "New Resident…");
  tab_to (f, add);
  g_assert_true (gtk_widget_activate (add));

  /* The dialog starts with the name searched for; Ctrl+Enter saves. */
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (f->window)) != NULL &&
                             gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
                             has_focus_in (f, GTK_WIDGET (dialog)));
  name_row = hearth_test_find_labelled (GTK_WIDGET (dialog), "Full name");
  g_assert_nonnull (name_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Samir Benali");
  press (f, "<Control>Return");

  /* Their page opens, with the keyboard in the composer for the call. */
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (f->window) == NULL &&
                             hearth_resident_page_get_resident (page) != NULL &&
                             showing (GTK_WIDGET (page)));
  added = hearth_resident_page_get_resident (page);
  g_assert_cmpstr (hearth_resident_get_name (added), ==, "Samir Benali");
  g_assert_cmpint (hearth_resident_get_id (added), ==,
                   hearth_test_query_int (f->store, "SELECT id FROM residents WHERE name = 'Samir Benali'"));
  HEARTH_TEST_ITERATE_UNTIL (has_focus_in (f, hearth_test_find_labelled (GTK_WIDGET (page),
                                                                         "Summary of the new entry")));
}

/* Opens the page of resident @id from the Residents view. */
static HearthResidentPage *
open_page (Fixture *f,
           gint64   id)
{
  HearthResidentPage *page = hearth_case_list_page_get_resident_page (f->page);

  hearth_case_list_page_show_resident (f->page, id);
  HEARTH_TEST_ITERATE_UNTIL (hearth_resident_page_get_resident (page) != NULL &&
                             hearth_resident_get_id (hearth_resident_page_get_resident (page)) == id &&
                             showing (GTK_WIDGET (page)));
  hearth_test_wait_drawn (GTK_WIDGET (page));
  return page;
}

/* Every control on the page is reached by Tab, in the order it is read:
 * from Edit… in its bar past what is known of them (read, not controls)
 * to the composer, the note's Move into Case and their cases; Shift+Tab
 * walks back. A window that is not the active one (two tests share a
 * display) must do as well. */
static void
test_tab_reaches_every_control (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthResidentPage *page;
  GtkWidget *facts[3], *edit, *summary, *move, *cases;
  gboolean reached_summary = FALSE, reached_move = FALSE;

  g_assert_true (hearth_store_exec (f->store,
                   "INSERT INTO timeline_entries (resident_id, kind, occurred_at, author_id, summary)"
                   "  VALUES (1, 'phone-call', 200, 1, 'Dot rang about the boiler');", &error));
  g_assert_no_error (error);
  page = open_page (f, 1);
  facts[0] = named (f, ADW_TYPE_ACTION_ROW, "Pronouns");
  facts[1] = named (f, ADW_TYPE_ACTION_ROW, "Area");
  facts[2] = named (f, ADW_TYPE_ACTION_ROW, "Tenancy reference");
  summary = hearth_test_find_labelled (GTK_WIDGET (page), "Summary of the new entry");
  cases = named (f, GTK_TYPE_LIST_BOX, "Their cases");
  HEARTH_TEST_ITERATE_UNTIL ((move = hearth_test_find_named (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON,
                                                             "Move into Case")) != NULL &&
                             showing (move));
  /* Tab follows the page as laid out, the note's row included. */
  hearth_test_wait_drawn (GTK_WIDGET (page));
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    g_assert_true (showing (facts[i]));

  edit = hearth_test_find_named (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Edit…");
  g_assert_true (gtk_widget_grab_focus (edit));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (edit));
  for (guint i = 0; i < 60 && !has_focus_in (f, cases); i++)
    {
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
      g_assert_true (has_focus_in (f, GTK_WIDGET (page)));
      for (guint j = 0; j < G_N_ELEMENTS (facts); j++)
        g_assert_false (has_focus_in (f, facts[j]));
      reached_summary |= has_focus_in (f, summary);
      /* The composer first, then the note, then the cases. */
      g_assert_true (!has_focus_in (f, move) || reached_summary);
      reached_move |= has_focus_in (f, move);
      g_assert_true (!has_focus_in (f, cases) || reached_move);
    }
  g_assert_true (reached_summary);
  g_assert_true (reached_move);
  g_assert_true (has_focus_in (f, cases));

  /* And back from the composer, with Shift+Tab, to Edit…. */
  g_assert_true (gtk_widget_grab_focus (summary));
  HEARTH_TEST_ITERATE_UNTIL (has_focus_in (f, summary));
  for (guint i = 0; i < 20 && !gtk_widget_is_focus (edit); i++)
    {
      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_BACKWARD);
      g_assert_true (has_focus_in (f, GTK_WIDGET (page)));
    }
  g_assert_true (gtk_widget_is_focus (edit));
}

/* With no case, the composer offers only what a note in no case may be:
 * nothing that needs a case is there to be chosen and then refused. */
static void
test_composer_offers_kinds_without_a_case (Fixture       *f,
                                           gconstpointer  data)
{
  HearthResidentPage *page = open_page (f, 2);
  GtkWidget *kinds = hearth_test_find_labelled (GTK_WIDGET (page), "Kind of entry");
  const char * const *writable = hearth_timeline_writable_kinds ();
  GListModel *offered;
  guint n = 0, allowed = 0;

  g_assert_true (GTK_IS_DROP_DOWN (kinds));
  offered = gtk_drop_down_get_model (GTK_DROP_DOWN (kinds));
  n = g_list_model_get_n_items (offered);
  for (guint i = 0; writable[i] != NULL; i++)
    {
      const char *label = hearth_timeline_entry_kind_label (writable[i]);
      gboolean listed = FALSE;

      for (guint j = 0; j < n; j++)
        listed |= g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (offered), j), label);
      g_assert_cmpint (listed, ==, hearth_resident_notes_allows_kind (writable[i]));
      allowed += hearth_resident_notes_allows_kind (writable[i]);
    }
  g_assert_cmpuint (n, ==, allowed);
  /* Some kinds need a case, so fewer are offered than a case's composer has. */
  g_assert_cmpuint (n, <, g_strv_length ((char **) writable));

  /* Each one offered is written in no case. */
  for (guint j = 0; j < n; j++)
    {
      g_autofree char *summary = g_strdup_printf ("Kind %u of what Mo told us", j);
      GtkWidget *entry = hearth_test_find_labelled (GTK_WIDGET (page), "Summary of the new entry");
      g_autofree char *count_sql = NULL;

      gtk_drop_down_set_selected (GTK_DROP_DOWN (kinds), j);
      g_assert_true (gtk_widget_grab_focus (entry));
      HEARTH_TEST_ITERATE_UNTIL (has_focus_in (f, entry));
      type (f, summary);
      press (f, "<Control>Return");
      count_sql = g_strdup_printf ("SELECT count (*) FROM timeline_entries WHERE summary = '%s'"
                                   "  AND resident_id = 2 AND case_id IS NULL", summary);
      HEARTH_TEST_ITERATE_UNTIL (hearth_test_query_int (f->store, count_sql) == 1);
    }
}

/* New Case… on a resident's page opens the case dialog with them in it;
 * saved, the new case opens. */
static void
test_new_case_for_resident (Fixture       *f,
                            gconstpointer  data)
{
  HearthResidentPage *page = open_page (f, 2);
  HearthCaseView *view = hearth_case_list_page_get_case_view (f->page);
  GtkWidget *button = hearth_test_find_named (GTK_WIDGET (page), GTK_TYPE_BUTTON, "New Case…");
  GtkWidget *chosen, *title;
  AdwDialog *dialog = NULL;
  gint64 case_id;

  tab_to (f, button);
  g_assert_true (gtk_widget_activate (button));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (f->window)) != NULL &&
                             gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
                             has_focus_in (f, GTK_WIDGET (dialog)));

  /* Mo is in it already, and the title suggested from her name. */
  chosen = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "Residents the case is for");
  g_assert_nonnull (chosen);
  g_assert_true (showing (chosen));
  g_assert_nonnull (hearth_test_find_labelled (chosen, "Maureen Okonjo"));
  g_assert_null (hearth_test_find_labelled (chosen, "Dorothy Evans"));
  title = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Title");
  g_assert_nonnull (title);
  g_assert_true (has_focus_in (f, title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), !=, "");

  press (f, "<Control>Return");
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (f->window) == NULL);
  case_id = hearth_test_query_int (f->store,
                                   "SELECT case_id FROM case_residents WHERE resident_id = 2");
  g_assert_cmpint (case_id, >, 0);
  g_assert_cmpint (hearth_test_query_int (f->store, "SELECT count (*) FROM case_residents WHERE resident_id = 2"), ==, 1);

  /* The new case opens. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_case_view_get_case (view) != NULL &&
                             hearth_case_get_id (hearth_case_view_get_case (view)) == case_id &&
                             showing (GTK_WIDGET (view)));
  g_assert_false (showing (GTK_WIDGET (page)));
}

/* Once they are erased, their page is not left showing what is gone: the
 * Residents list shows, without them, and says so. */
static void
test_erase_goes_back_to_the_list (Fixture       *f,
                                  gconstpointer  data)
{
  HearthResidentPage *page = open_page (f, 2);
  GtkWidget *search, *button;
  AdwDialog *dialog = NULL, *alert = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (residents_shown (f)), ==, 2);

  /* Edit…, Erase This Resident…, then Erase Everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "resident.edit", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (f->window)) != NULL &&
                             gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resident.erase", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((alert = adw_window_get_visible_dialog (f->window)) != dialog &&
                             ADW_IS_ALERT_DIALOG (alert) &&
                             gtk_widget_get_mapped (GTK_WIDGET (alert)));
  button = hearth_test_find_named (GTK_WIDGET (alert), GTK_TYPE_BUTTON, "Erase Everything");
  g_assert_nonnull (button);
  HEARTH_TEST_ITERATE_UNTIL (showing (button));
  g_assert_true (gtk_widget_activate (button));

  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (f->window) == NULL);
  g_assert_cmpint (hearth_test_query_int (f->store, "SELECT count (*) FROM residents WHERE id = 2"), ==, 0);

  /* No stale page: the list, without her, and the search to find the next. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_resident_page_get_resident (page) == NULL &&
                             g_list_model_get_n_items (residents_shown (f)) == 1);
  search = hearth_test_find_labelled (GTK_WIDGET (f->page), "Search residents");
  g_assert_true (showing (search));
  HEARTH_TEST_ITERATE_UNTIL (has_focus_in (f, search));
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (page), "Mo"));
  g_assert_true (showing (hearth_test_find_labelled (GTK_WIDGET (page), "Choose a Resident")));
  g_assert_cmpstr (hearth_test_get_announcement (), ==, "Resident erased; back to the residents list");
}

static gint64
reads_of (Fixture    *f,
          const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM audit_log"
                                          " WHERE action = 'read' AND table_name = '%s'", table);

  return hearth_test_query_int (f->store, sql);
}

/* The trail records a read when a person opens a resident's page or a
 * case, once; narrowing the Residents view to them, or the lists inside
 * those pages following what is open, records nothing more. */
static void
test_opening_records_one_read (Fixture       *f,
                               gconstpointer  data)
{
  HearthCaseView *view = hearth_case_list_page_get_case_view (f->page);
  GtkWidget *search;

  switch_to_residents (f);
  search = hearth_test_find_labelled (GTK_WIDGET (f->page), "Search residents");
  tab_to (f, search);
  type (f, "maur");
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (residents_shown (f)) == 1);
  g_assert_cmpint (reads_of (f, "residents"), ==, 0);
  g_assert_cmpint (reads_of (f, "cases"), ==, 0);

  open_page (f, 2);
  g_assert_cmpint (hearth_test_query_int (f->store,
                     "SELECT count (*) FROM audit_log WHERE action = 'read'"
                     " AND table_name = 'residents' AND row_id = 2 AND staff_id = 1"), ==, 1);
  g_assert_cmpint (reads_of (f, "residents"), ==, 1);
  g_assert_cmpint (reads_of (f, "cases"), ==, 0);

  /* Dot's page, then Mo's again within the window: one more, for Dot. */
  open_page (f, 1);
  open_page (f, 2);
  g_assert_cmpint (reads_of (f, "residents"), ==, 2);

  /* Dot's case, opened in the case view: one read of the case, none of
   * its residents for the profile beside it. */
  hearth_case_list_page_show_case (f->page, 1);
  HEARTH_TEST_ITERATE_UNTIL (hearth_case_view_get_case (view) != NULL &&
                             hearth_case_get_id (hearth_case_view_get_case (view)) == 1);
  g_assert_cmpint (hearth_test_query_int (f->store,
                     "SELECT count (*) FROM audit_log WHERE action = 'read'"
                     " AND table_name = 'cases' AND row_id = 1 AND staff_id = 1"), ==, 1);
  g_assert_cmpint (reads_of (f, "cases"), ==, 1);
  g_assert_cmpint (reads_of (f, "residents"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/resident-page/rows-follow-results", Fixture, NULL,
              fixture_set_up, test_rows_follow_results, fixture_tear_down);
  g_test_add ("/resident-page/log-call-with-no-case", Fixture, NULL,
              fixture_set_up, test_log_call_with_no_case, fixture_tear_down);
  g_test_add ("/resident-page/new-resident-from-search", Fixture, NULL,
              fixture_set_up, test_new_resident_from_search, fixture_tear_down);

  g_test_add ("/resident-page/tab-reaches-every-control", Fixture, NULL,
              fixture_set_up, test_tab_reaches_every_control, fixture_tear_down);

  g_test_add ("/resident-page/composer-offers-kinds-without-a-case", Fixture, NULL,
              fixture_set_up, test_composer_offers_kinds_without_a_case, fixture_tear_down);
  g_test_add ("/resident-page/new-case-for-resident", Fixture, NULL,
              fixture_set_up, test_new_case_for_resident, fixture_tear_down);

  g_test_add ("/resident-page/erase-goes-back-to-the-list", Fixture, NULL,
              fixture_set_up, test_erase_goes_back_to_the_list, fixture_tear_down);
  g_test_add ("/resident-page/opening-records-one-read", Fixture, NULL,
              fixture_set_up, test_opening_records_one_read, fixture_tear_down);

  return g_test_run ();
}
