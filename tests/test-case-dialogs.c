/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening, closing and reopening a case, editing a resident, the handover
 * and a resident's whole story, old closed cases kept or erased, and who has
 * seen a resident's record, through their real dialogs under a virtual
 * display: what the buttons offer for good and bad input, and what is saved.
 */

#include "config.h"

#include <string.h>

#include "hearth-audit-dialog.h"
#include "hearth-case-dialog.h"
#include "hearth-case-status-dialog.h"
#include "hearth-case-view.h"
#include "hearth-handover-dialog.h"
#include "hearth-lookup-list-group.h"
#include "hearth-resident-dialog.h"
#include "hearth-resident-story-dialog.h"
#include "hearth-retention-dialog.h"
#include "hearth-retention-keep-dialog.h"
#include "hearth-staff-member.h"
#include "hearth-summary-dialog.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-text-field.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

#define DAY G_GINT64_CONSTANT (86400)

typedef struct
{
  char             *dir;
  HearthStore      *store;
  AdwWindow        *window;
  HearthCaseView   *view;
  HearthQueryModel *cases;
  gint64            now;
  gint64            note;
  gint64            agreement;
} Fixture;

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return hearth_test_query_int (fixture->store, sql);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthCase) item = NULL;
  HearthEntryFields fields;
  HearthAgreementFields overdue = { "Ring the repairs team about the window", "staff", 1, NULL, NULL };

  fixture->store = hearth_test_store_new (&fixture->dir, 0);
  fixture->now = g_get_real_time () / G_USEC_PER_SEC;
  hearth_store_set_clock (fixture->store, fixture->now);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name, role) VALUES (1, 'Priya Raman', 'Housing officer'),"
    "  (2, 'Tomasz Nowak', 'Tenancy support');"
    "INSERT INTO residents (id, name, preferred_name, what_matters)"
    "  VALUES (1, 'Dorothy Evans', 'Dot', 'My garden and my grandson');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Dot''s bathroom', 1, 1, 1);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);

  /* An agreement already overdue, and a note from before the case. */
  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed about the bathroom";
  fields.occurred_at = fixture->now - 10 * DAY;
  overdue.due_on = "2020-01-06";
  fixture->agreement = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, &overdue, 1, &error);
  g_assert_cmpint (fixture->agreement, >, 0);
  g_assert_no_error (error);
  fields.kind = "note";
  fields.summary = "Her neighbour rang, worried about the stairs";
  fields.occurred_at = fixture->now - 40 * DAY;
  fixture->note = hearth_timeline_add_entry (fixture->store, 0, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 760);
  fixture->view = g_object_new (HEARTH_TYPE_CASE_VIEW, NULL);
  adw_window_set_content (fixture->window, GTK_WIDGET (fixture->view));
  hearth_case_view_set_store (fixture->view, fixture->store);

  fixture->cases = hearth_case_query_new (fixture->store);
  item = g_list_model_get_item (G_LIST_MODEL (fixture->cases), 0);
  hearth_case_view_set_case (fixture->view, item);
  hearth_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwDialog *dialog = adw_window_get_visible_dialog (fixture->window);

  if (dialog != NULL)
    hearth_test_close_dialog (dialog);
  /* GTK holds the window until it is destroyed. */
  g_object_unref (fixture->window);
  hearth_test_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->cases);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static HearthCase *
the_case (Fixture *fixture)
{
  return hearth_case_view_get_case (fixture->view);
}

static AdwDialog *
present (Fixture   *fixture,
         AdwDialog *dialog)
{
  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
  return dialog;
}

/* Saves @dialog as Ctrl+Enter does, and waits until it has closed. */
static void
save_and_close (Fixture   *fixture,
                AdwDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
}

/* Whether the keyboard focus is on @widget or inside it. */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* The dialog's own button for its main action. */
static GtkWidget *
save_button (AdwDialog  *dialog,
             const char *label)
{
  GtkWidget *button = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  return button;
}

static void
type_into (GtkWidget  *editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
activate_row (GtkWidget *row)
{
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
}

/* Chooses @name in the combo row titled @title. */
static void
choose_staff (GtkWidget  *dialog,
              const char *title,
              const char *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (hearth_test_find_labelled (dialog, title));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthStaffMember) member = g_list_model_get_item (model, i);

      if (g_str_equal (hearth_staff_member_get_name (member), name))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("“%s” is not offered", name);
}

static void
test_new_case (Fixture       *fixture,
               gconstpointer  data)
{
  AdwDialog *dialog = present (fixture, hearth_case_dialog_new (fixture->store, NULL));
  GtkWidget *open = save_button (dialog, "Open Case");
  GtkWidget *search = hearth_test_find_labelled (GTK_WIDGET (dialog), "Find or add a resident");
  GtkWidget *title = hearth_test_find_labelled (GTK_WIDGET (dialog), "Title");
  GtkWidget *colleague = hearth_test_find_labelled (GTK_WIDGET (dialog), "Colleague");
  GtkListBox *found;
  guint saved = 0;
  gint64 case_id;

  g_signal_connect_swapped (dialog, "saved", G_CALLBACK (count_cb), &saved);

  /* Nothing chosen yet: nothing to open. */
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "New Case");
  HEARTH_TEST_ITERATE_UNTIL (has_focus_within (search));
  g_assert_false (gtk_widget_get_sensitive (open));

  /* A resident already in Hearth, found by their preferred name. */
  type_into (search, "dot");
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Dorothy Evans") != NULL);
  found = GTK_LIST_BOX (gtk_widget_get_parent (hearth_test_find_labelled (GTK_WIDGET (dialog), "Dorothy Evans")));
  activate_row (hearth_test_find_labelled (GTK_WIDGET (dialog), "Dorothy Evans"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Dorothy Evans: what matters now");
  g_assert_true (gtk_widget_get_sensitive (open));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Dorothy Evans from the case"));

  /* Found again, she is not added twice. */
  type_into (search, "dot");
  HEARTH_TEST_ITERATE_UNTIL (gtk_list_box_get_row_at_index (found, 1) != NULL);
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "dot");

  /* And someone new, typed with odd spacing and an accent. */
  type_into (search, "  Kévin Evans ");
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add “Kévin Evans” as a new resident") != NULL);
  activate_row (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add “Kévin Evans” as a new resident"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "New to Hearth: added when the case opens"));

  /* A blank title is not a title. */
  type_into (title, "   ");
  g_assert_false (gtk_widget_get_sensitive (open));
  type_into (title, "The Evans household: the stairs");
  g_assert_true (gtk_widget_get_sensitive (open));

  /* Someone else involved: chosen, added, and offered once only. */
  choose_staff (GTK_WIDGET (dialog), "Colleague", "Tomasz Nowak");
  g_signal_emit_by_name (hearth_test_find_named (colleague, GTK_TYPE_BUTTON, "Add"), "clicked");
  g_signal_emit_by_name (hearth_test_find_named (colleague, GTK_TYPE_BUTTON, "Add"), "clicked");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Tenancy support"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Tomasz Nowak from the case"));

  save_and_close (fixture, dialog);
  g_assert_cmpuint (saved, ==, 1);

  case_id = query (fixture, "SELECT max (id) FROM cases");
  g_assert_cmpint (case_id, ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE id = 2"
                                   " AND title = 'The Evans household: the stairs' AND lead_id = 1"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE name = 'Kévin Evans'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM case_residents WHERE case_id = 2"), ==, 2);
  /* In the order chosen. */
  g_assert_cmpint (query (fixture, "SELECT resident_id FROM case_residents WHERE case_id = 2"
                                   " AND position = 0"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT group_concat (staff_id) FROM case_workers WHERE case_id = 2"), ==, 2);
}

/* The first @limit names that hold a word starting with @word (ASCII), in
 * the residents' order, as "A|B", found without the full-text index; and
 * in @n_all how many there are in all. */
static char *
names_starting (Fixture    *fixture,
                const char *word,
                guint       limit,
                gint64     *n_all)
{
  g_autofree char *where = g_strdup_printf ("' ' || replace (name, '-', ' ') LIKE '%% %s%%'", word);

  *n_all = hearth_test_query_intf (fixture->store, "SELECT count (*) FROM residents WHERE %s", where);
  return hearth_test_query_textf (fixture->store,
                                  "SELECT group_concat (name, '|') FROM (SELECT name FROM residents"
                                  " WHERE %s ORDER BY name COLLATE NOCASE, id LIMIT %u)",
                                  where, limit);
}

/* Types @text as a person would, and lets the entry's search delay pass. */
static void
type_and_search (GtkWidget  *search,
                 const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (search), text);
  g_signal_emit_by_name (search, "search-changed");
}

/* The titles of the rows @list offers, "A|B|Add “x” as a new resident". */
static char *
offered_titles (GtkListBox *list)
{
  GString *out = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (out, FALSE);
}

static gboolean
offers (GtkListBox *list,
        const char *expected)
{
  g_autofree char *titles = offered_titles (list);

  return g_str_equal (titles, expected);
}

/* Finding residents as the words are typed, off the main thread: the
 * first few matches, in the list's order; the newest words win over a
 * search still running for older ones; Enter takes the first match for
 * the words typed, not one still shown from before. */
static void
test_new_case_search (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *search;
  GtkListBox *list;
  GtkWidget *chosen;
  g_autoptr(GError) error = NULL;
  g_autofree char *evans = NULL;
  g_autofree char *okoye = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *first = NULL;
  g_autofree char *remove = NULL;
  gint64 n_evans, n_okoye;

  /* More people of one name than the dialog offers at once. */
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO residents (name) VALUES ('Rhys Evans'), ('Aled Evans'), ('Bethan Evans'),"
    "  ('Carys Evanson'), ('Gwen Evans'), ('Zoe Evans'), ('Ifan Evans'), ('Evans Mensah'),"
    "  ('Amara Okoye'), ('Chidi Okoye'), ('Ngozi Okoye-Bell'), ('Steven Jones');", &error));
  g_assert_no_error (error);

  evans = names_starting (fixture, "evans", 6, &n_evans);
  okoye = names_starting (fixture, "okoye", 6, &n_okoye);
  g_assert_cmpint (n_evans, >, 6);
  g_assert_cmpint (n_okoye, >, 1);

  dialog = present (fixture, hearth_case_dialog_new (fixture->store, NULL));
  search = hearth_test_find_labelled (GTK_WIDGET (dialog), "Find or add a resident");
  HEARTH_TEST_ITERATE_UNTIL (has_focus_within (search));

  /* The first six, by name, then the name typed as someone new. */
  type_and_search (search, "evans");
  list = GTK_LIST_BOX (gtk_widget_get_parent (
    hearth_test_find_labelled (GTK_WIDGET (dialog), "Add “evans” as a new resident")));
  expected = g_strconcat (evans, "|Add “evans” as a new resident", NULL);
  HEARTH_TEST_ITERATE_UNTIL (offers (list, expected));

  /* A fast second word supersedes the first: what the first finds never
   * shows, not even for a moment. */
  type_and_search (search, "");
  type_and_search (search, "eva");
  type_and_search (search, "okoye");
  g_clear_pointer (&expected, g_free);
  expected = g_strconcat (okoye, "|Add “okoye” as a new resident", NULL);
  {
    gint64 until = g_get_monotonic_time () + HEARTH_TEST_WAIT_USEC;

    while (!offers (list, expected) && g_get_monotonic_time () < until)
      {
        g_autofree char *titles = offered_titles (list);

        hearth_test_assert_lacks (titles, "Evans");
        g_main_context_iteration (NULL, FALSE);
      }
  }
  g_assert_true (offers (list, expected));

  /* Enter before the matches for the new words came takes the first of
   * them, not the first still shown, nor the name typed. */
  type_into (search, "evans");
  g_signal_emit_by_name (search, "activate");
  first = g_strndup (evans, strcspn (evans, "|"));
  remove = g_strdup_printf ("Remove %s from the case", first);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), remove) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (dialog), "New to Hearth: added when the case opens"));
  chosen = gtk_widget_get_ancestor (hearth_test_find_labelled (GTK_WIDGET (dialog), remove),
                                    GTK_TYPE_LIST_BOX);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (chosen), 1));
}

static void
test_edit_case (Fixture       *fixture,
                gconstpointer  data)
{
  AdwDialog *dialog = present (fixture, hearth_case_dialog_new (fixture->store, the_case (fixture)));
  GtkWidget *save = save_button (dialog, "Save");
  GtkWidget *title = hearth_test_find_labelled (GTK_WIDGET (dialog), "Title");
  GtkWidget *colleague = hearth_test_find_labelled (GTK_WIDGET (dialog), "Colleague");
  HearthStaffMember *lead;
  GtkWidget *remove;

  /* Its title and lead; its residents are not changed here. */
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Edit Case");
  g_assert_null (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Open Case"));
  g_assert_false (gtk_widget_is_visible (hearth_test_find_labelled (GTK_WIDGET (dialog), "Find or add a resident")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Dot's bathroom");
  HEARTH_TEST_ITERATE_UNTIL (has_focus_within (title));
  lead = adw_combo_row_get_selected_item (ADW_COMBO_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Led by")));
  g_assert_cmpstr (hearth_staff_member_get_name (lead), ==, "Priya Raman");
  g_assert_true (gtk_widget_get_sensitive (save));

  type_into (title, "");
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (title, "Dot's bathroom and stairs");
  choose_staff (GTK_WIDGET (dialog), "Colleague", "Tomasz Nowak");
  g_signal_emit_by_name (hearth_test_find_named (colleague, GTK_TYPE_BUTTON, "Add"), "clicked");
  save_and_close (fixture, dialog);

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE id = 1"
                                   " AND title = 'Dot''s bathroom and stairs'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT group_concat (staff_id) FROM case_workers WHERE case_id = 1"), ==, 2);

  /* Opened again, he is there, and is taken off with his own button. */
  dialog = present (fixture, hearth_case_dialog_new (fixture->store, the_case (fixture)));
  remove = hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Tomasz Nowak from the case");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Tomasz Nowak from the case"));
  g_assert_true (has_focus_within (hearth_test_find_labelled (GTK_WIDGET (dialog), "Colleague")));
  save_and_close (fixture, dialog);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM case_workers WHERE case_id = 1"), ==, 0);
}

static void
test_close_and_reopen (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *button, *row, *check;
  HearthTextField *note;
  gint64 longer = query (fixture, "SELECT id FROM outcomes WHERE name = 'On a longer journey'");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "case.close", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_CASE_STATUS_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  button = save_button (dialog, "Close Case");

  /* No outcome is chosen for the worker. */
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                               "1 thing we agreed is still open. It stays open, "
                                               "for whoever reopens the case."));
  row = hearth_test_find_labelled (GTK_WIDGET (dialog), "On a longer journey");
  check = hearth_test_find (row, GTK_TYPE_CHECK_BUTTON, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (gtk_widget_get_sensitive (button));

  note = HEARTH_TEXT_FIELD (hearth_test_find (GTK_WIDGET (dialog), HEARTH_TYPE_TEXT_FIELD, 0));
  hearth_text_field_set_text (note, "Dot is settled; the stairlift comes in spring");
  save_and_close (fixture, dialog);

  g_assert_cmpint (query (fixture, "SELECT outcome_id FROM cases WHERE id = 1 AND status = 'closed'"), ==, longer);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE id = 1"
                                   " AND closing_note = 'Dot is settled; the stairlift comes in spring'"), ==, 1);
  g_assert_false (hearth_case_get_is_open (the_case (fixture)));

  /* Closed: it can be reopened, not closed again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "case.reopen", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_CASE_STATUS_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  g_assert_null (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Close Case"));
  button = save_button (dialog, "Reopen Case");
  g_assert_false (gtk_widget_get_sensitive (button));
  note = HEARTH_TEXT_FIELD (hearth_test_find (GTK_WIDGET (dialog), HEARTH_TYPE_TEXT_FIELD, 0));
  hearth_text_field_set_text (note, " \n ");
  g_assert_false (gtk_widget_get_sensitive (button));
  hearth_text_field_set_text (note, "Dot rang: the stairlift did not come");
  g_assert_true (gtk_widget_get_sensitive (button));
  save_and_close (fixture, dialog);

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE id = 1 AND status = 'open'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = 1"
                                   " AND body = 'Dot rang: the stairlift did not come'"), ==, 1);
  g_assert_true (hearth_case_get_is_open (the_case (fixture)));
}

static void
test_resident (Fixture       *fixture,
               gconstpointer  data)
{
  AdwDialog *dialog = present (fixture, hearth_resident_dialog_new (fixture->store, 1, NULL));
  GtkWidget *save = save_button (dialog, "Save");
  GtkWidget *name = hearth_test_find_labelled (GTK_WIDGET (dialog), "Full name");
  HearthTextField *matters = HEARTH_TEXT_FIELD (hearth_test_find (GTK_WIDGET (dialog), HEARTH_TYPE_TEXT_FIELD, 0));
  g_autofree char *too_long = g_strnfill (10001, 'a');
  g_autofree char *loaded = hearth_text_field_dup_text (matters);
  GtkWidget *sight;

  /* The form holds what is saved. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Dorothy Evans");
  g_assert_cmpstr (loaded, ==, "My garden and my grandson");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* No name, or words past the limit: nothing to save, and the counter says why. */
  type_into (name, "  ");
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (name, "Dorothy Evans");
  hearth_text_field_set_text (matters, too_long);
  g_assert_false (hearth_text_field_get_fits (matters));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (matters), "10001/10000"));

  hearth_text_field_set_text (matters, "My garden, my grandson, and getting to the market on Tuesdays");
  g_assert_true (gtk_widget_get_sensitive (save));
  sight = hearth_test_find_labelled (GTK_WIDGET (dialog), "Sight");
  g_assert_true (ADW_IS_SWITCH_ROW (sight));
  adw_switch_row_set_active (ADW_SWITCH_ROW (sight), TRUE);
  save_and_close (fixture, dialog);

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE id = 1 AND what_matters ="
                                   " 'My garden, my grandson, and getting to the market on Tuesdays'"
                                   " AND profile_updated_by = 1 AND profile_updated_at > 0"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM resident_access_needs ran JOIN access_needs n"
                                   " ON n.id = ran.need_id WHERE ran.resident_id = 1 AND n.name = 'Sight'"), ==, 1);

  /* The case shows the new words and who wrote them. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (fixture->view),
                                                        "My garden, my grandson, and getting to the market on Tuesdays") != NULL);
  {
    g_autofree char *when = hearth_format_time (query (fixture, "SELECT profile_updated_at FROM residents WHERE id = 1"));
    g_autofree char *line = g_strdup_printf ("In their own words, last updated by Priya Raman, %s", when);

    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (fixture->view), line));

    /* And so does the resident, opened again, with their needs as saved. */
    g_free (line);
    line = g_strdup_printf ("Their own words were last updated by Priya Raman, %s", when);
    dialog = present (fixture, hearth_resident_dialog_new (fixture->store, 1, NULL));
    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), line));
    g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Sight"))));
    g_assert_false (adw_switch_row_get_active (ADW_SWITCH_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Hearing"))));
    HEARTH_TEST_ITERATE_UNTIL (has_focus_within (hearth_test_find_labelled (GTK_WIDGET (dialog), "Full name")));
  }
}

static void
test_handover (Fixture       *fixture,
               gconstpointer  data)
{
  AdwDialog *dialog;
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "case.handover", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_HANDOVER_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);

  text = hearth_handover_dialog_dup_text (HEARTH_HANDOVER_DIALOG (dialog));
  g_assert_true (g_str_has_prefix (text, "Handover: Dot's bathroom\n"));
  g_assert_nonnull (strstr (text, "- What matters to them: My garden and my grandson\n"));
  g_assert_nonnull (strstr (text, "- Their strengths and gifts: Not written yet\n"));
  g_assert_nonnull (strstr (text, "- Ring the repairs team about the window: Priya Raman · was due 6 Jan 2020, overdue\n"));
  g_assert_nonnull (strstr (text, "- Priya Raman: Leads the case · 1 entry, the latest"));
  g_assert_nonnull (strstr (text, "- What we agreed about the bathroom: What we agreed ·"));
  /* The note outside the case is not the case's story. */
  g_assert_null (strstr (text, "neighbour"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Ring the repairs team about the window"));

  /* The text follows the handover as shown, a heading for each part. */
  g_assert_nonnull (strstr (text, "\nDot\nIn their own words\n- What matters to them:"));
  g_assert_nonnull (strstr (text, "\nStill Open\n- Ring the repairs team"));
  g_assert_nonnull (strstr (text, "\nWho Has Worked on It\n- Priya Raman:"));
  g_assert_nonnull (strstr (text, "\nLatest on the Timeline\n- What we agreed about the bathroom:"));
  g_assert_true (strstr (text, "\nStill Open\n") < strstr (text, "\nWho Has Worked on It\n"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Dot"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Dot's bathroom"));
}

static void
test_story_moves_note (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *move;
  g_autofree char *sql = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "case.story", "x", (gint64) 0));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_RESIDENT_STORY_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Dot’s Whole Story");

  /* Both the case's entries and the note from before it, each saying where
   * it belongs. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Her neighbour rang, worried about the stairs") != NULL);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Not in a case yet"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Case: Dot's bathroom"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "What we agreed about the bathroom"));
  move = hearth_test_find (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, 0);
  for (guint i = 1; move != NULL && !gtk_widget_get_visible (move); i++)
    move = hearth_test_find (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, i);
  g_assert_nonnull (move);
  g_assert_true (gtk_widget_get_sensitive (move));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (move))), ==, 1);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (move), ==, "This note was written before a case was opened");
  {
    g_autofree char *when = hearth_format_time (fixture->now - 40 * DAY);
    g_autofree char *meta = g_strdup_printf ("Note · %s · Priya Raman", when);

    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), meta));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "story.move", "(xx)", fixture->note, (gint64) 1));
  sql = g_strdup_printf ("SELECT case_id FROM timeline_entries WHERE id = %" G_GINT64_FORMAT, fixture->note);
  g_assert_cmpint (query (fixture, sql), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Not in a case yet") == NULL);
}

static void
test_outcome_list (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwDialog *dialog = adw_preferences_dialog_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = hearth_lookup_list_group_new (fixture->store, HEARTH_LOOKUP_OUTCOMES);
  GtkWidget *add = hearth_test_find_labelled (group, "Add an outcome");
  g_autofree char *said = NULL;
  GtkWidget *row;

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (dialog), ADW_PREFERENCES_PAGE (page));
  present (fixture, dialog);

  /* A new outcome joins the list, and the close dialog offers it. */
  gtk_editable_set_text (GTK_EDITABLE (add), "  Moved away  ");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM outcomes WHERE name = 'Moved away' AND active"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hearth_test_find_labelled (group, "Add an outcome"))), ==, "");

  /* Each row says which list it is on, not just "Name". */
  g_assert_true (ADW_IS_ENTRY_ROW (hearth_test_find_labelled (group, "Outcome")));
  g_assert_null (hearth_test_find_labelled (group, "Name"));

  /* A name already there is refused and the row goes back to the saved name. */
  for (guint i = 0; (row = hearth_test_find (group, ADW_TYPE_ENTRY_ROW, i)) != NULL; i++)
    if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), "Moved away"))
      break;
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "did not engage");
  said = g_strdup (hearth_test_get_announcement ());
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM outcomes WHERE name = 'Moved away'"), ==, 1);
  g_assert_cmpstr (hearth_test_get_announcement (), !=, said);

  /* Removing takes it off what is offered. */
  for (guint i = 0; (row = hearth_test_find (group, ADW_TYPE_ENTRY_ROW, i)) != NULL; i++)
    if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), "Moved away"))
      break;
  g_assert_nonnull (row);
  g_signal_emit_by_name (hearth_test_find_labelled (row, "Remove “Moved away” from the list"), "clicked");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM outcomes WHERE name = 'Moved away' AND NOT active"), ==, 1);
  for (guint i = 0; (row = hearth_test_find (group, ADW_TYPE_ENTRY_ROW, i)) != NULL; i++)
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), !=, "Moved away");
  hearth_test_close_dialog (dialog);
}

static void
test_agreement_summary (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *timeline = hearth_test_find (GTK_WIDGET (fixture->view), HEARTH_TYPE_TIMELINE_VIEW, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *printed = NULL;
  AdwDialog *dialog;
  const char *text;

  g_assert_true (gtk_widget_activate_action (timeline, "timeline.agreement-summary", "x", fixture->agreement));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_SUMMARY_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);

  /* Addressed to Dot by the name she prefers, with what the team will do. */
  text = hearth_summary_dialog_get_text (HEARTH_SUMMARY_DIALOG (dialog));
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Dot"));
  g_assert_nonnull (strstr (text, "Ring the repairs team about the window"));
  g_assert_null (strstr (text, "Dorothy"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Print…"));

  /* Printing, exported straight to a file, puts the same words on paper. */
  g_assert_true (hearth_summary_dialog_print (HEARTH_SUMMARY_DIALOG (dialog), pdf, &error));
  g_assert_no_error (error);
  printed = hearth_test_pdf_to_text (pdf);
  g_assert_nonnull (strstr (printed, "Ring the repairs team about the window"));
  g_assert_nonnull (strstr (printed, "Dot"));

  /* An entry that is not an agreement has no summary, and says so. */
  hearth_test_close_dialog (dialog);
  dialog = present (fixture, hearth_summary_dialog_new_agreement (fixture->store, fixture->note, NULL));
  g_assert_null (hearth_summary_dialog_get_text (HEARTH_SUMMARY_DIALOG (dialog)));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "No Summary to Send"));
}

/* Erasing a resident says exactly what will go before anything goes;
 * keeping them changes nothing, erasing takes the case only they are on. */
static void
test_resident_erase (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwDialog *dialog = present (fixture, hearth_resident_dialog_new (fixture->store, 1, NULL));
  AdwDialog *alert;
  GtkWidget *erase = hearth_test_find_labelled (GTK_WIDGET (dialog), "Erase This Resident…");

  g_assert_nonnull (erase);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                               "Export Everything About This Resident…"));

  /* Asked first: the counts and that it cannot be undone; Keep keeps. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resident.erase", NULL));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  alert = adw_window_get_visible_dialog (fixture->window);
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)),
                            "1 case only they are on"));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)),
                            "This cannot be undone."));
  g_signal_emit_by_name (alert, "response", "cancel");
  adw_dialog_force_close (alert);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents"), ==, 1);

  /* Erase: the resident and their case go, and the dialog with them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resident.erase", NULL));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  alert = adw_window_get_visible_dialog (fixture->window);
  g_signal_emit_by_name (alert, "response", "erase");
  adw_dialog_force_close (alert);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases"), ==, 0);
}

/* Two cases closed long ago: one kept with a reason, one erased with the
 * resident who was on it alone. */
static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *insert = NULL;
  AdwDialog *dialog;
  AdwDialog *keep;
  AdwDialog *alert;
  HearthTextField *reason;
  GtkWidget *save;
  const char *body;

  insert = g_strdup_printf (
    "INSERT INTO residents (id, name) VALUES (2, 'Edna Marsh');"
    "INSERT INTO cases (id, title, status, lead_id, opened_at, closed_at, last_activity_at)"
    "  VALUES (2, 'Damp long ago', 'closed', 1, 1, %" G_GINT64_FORMAT ", 1),"
    "  (3, 'Rent long ago', 'closed', 1, 1, %" G_GINT64_FORMAT ", 1);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (2, 1), (3, 2);"
    "INSERT INTO timeline_entries (case_id, kind, occurred_at, summary)"
    "  VALUES (3, 'note', 2, 'Edna rang');",
    fixture->now - 8 * 366 * DAY, fixture->now - 7 * 366 * DAY);
  g_assert_true (hearth_store_exec (fixture->store, insert, &error));
  g_assert_no_error (error);

  dialog = present (fixture, hearth_retention_dialog_new (fixture->store, 6));
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Rent long ago") != NULL);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Damp long ago"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Edna Marsh"));

  /* Keep needs a reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "retention.keep", "x",
                                             (gint64) 2));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_RETENTION_KEEP_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  keep = adw_window_get_visible_dialog (fixture->window);
  save = save_button (keep, "Keep Case");
  g_assert_false (gtk_widget_get_sensitive (save));
  reason = HEARTH_TEXT_FIELD (hearth_test_find (GTK_WIDGET (keep), HEARTH_TYPE_TEXT_FIELD, 0));
  hearth_text_field_set_text (reason, "   ");
  g_assert_false (gtk_widget_get_sensitive (save));
  hearth_text_field_set_text (reason, "A claim about the damp is open");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (keep), "form.save", NULL));
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Damp long ago") == NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM retention_decisions WHERE case_id = 2"
                                   " AND kept_by = 1 AND reason = 'A claim about the damp is open'"),
                   ==, 1);

  /* Erase says what goes, and that it cannot be undone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "retention.erase", "x",
                                             (gint64) 3));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  alert = adw_window_get_visible_dialog (fixture->window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_assert_nonnull (strstr (body, "1 timeline entry"));
  g_assert_nonnull (strstr (body, "1 resident on no other case"));
  g_assert_nonnull (strstr (body, "This cannot be undone."));
  g_signal_emit_by_name (alert, "response", "erase");
  adw_dialog_force_close (alert);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "No Old Cases to Review") != NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE id = 3"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE id = 2"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE id = 1"), ==, 1);
}

/* The resident's record offers who has seen it; the list names people
 * and what they did. */
static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  AdwDialog *dialog = present (fixture, hearth_resident_dialog_new (fixture->store, 1, NULL));
  AdwDialog *audit;

  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Who Has Seen This Record…"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resident.audit", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_AUDIT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  audit = adw_window_get_visible_dialog (fixture->window);

  /* The case view opened the case as the fixture set up: a read. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (audit), "Viewed") != NULL);
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (audit), "A case they are on"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (audit), "Priya Raman"));
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (audit), "Her neighbour rang, worried about the stairs"));
  g_assert_true (gtk_widget_is_sensitive (hearth_test_find_named (GTK_WIDGET (audit), GTK_TYPE_BUTTON,
                                                                   "Export as CSV…")));
  hearth_test_close_dialog (audit);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == dialog);
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
  ADD ("/case-dialogs/new-case", test_new_case);
  ADD ("/case-dialogs/new-case-search", test_new_case_search);
  ADD ("/case-dialogs/edit-case", test_edit_case);
  ADD ("/case-dialogs/close-and-reopen", test_close_and_reopen);
  ADD ("/case-dialogs/resident", test_resident);
  ADD ("/case-dialogs/resident-erase", test_resident_erase);
  ADD ("/case-dialogs/retention", test_retention);
  ADD ("/case-dialogs/audit", test_audit);
  ADD ("/case-dialogs/handover", test_handover);
  ADD ("/case-dialogs/story-moves-note", test_story_moves_note);
  ADD ("/case-dialogs/outcome-list", test_outcome_list);
  ADD ("/case-dialogs/agreement-summary", test_agreement_summary);
#undef ADD

  return g_test_run ();
}
