/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Stop Shop page under a virtual display, through its real widgets:
 * setting up a session (a blank or unreal day, a place too long and votes
 * out of range are refused or brought into range, with a message), the
 * barrier log's filters, a barrier parked without a reason (refused,
 * nothing saved) and then with one (saved and logged), reopening a closed
 * session, its summary, each session's own menu by keyboard, and the
 * filtered log exported as CSV and read back.
 */

#include "config.h"

#include <string.h>

#include "hearth-barrier.h"
#include "hearth-barrier-changes.h"
#include "hearth-barrier-dialog.h"
#include "hearth-barrier-log-row.h"
#include "hearth-date.h"
#include "hearth-session-changes.h"
#include "hearth-session-dialog.h"
#include "hearth-session-summary.h"
#include "hearth-summary-dialog.h"
#include "hearth-stopshop-page.h"
#include "hearth-stopshop-session-row.h"
#include "hearth-date-row.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-text-field.h"
#include "hearth-ui-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)
#define WEEK (7 * DAY)

typedef struct
{
  char               *dir;
  HearthStore        *store;
  AdwWindow          *window;
  HearthStopShopPage *page;
} Fixture;

static gint64
query (Fixture    *fixture,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static gint64
query (Fixture    *fixture,
       const char *format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return hearth_test_query_int (fixture->store, sql);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  GtkWidget *overlay;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  /* Two ambassadors and a colleague who is not one; an earlier session,
   * closed, and six barriers: two stalled (no news for 7 and 10 weeks),
   * one removed this quarter and one removed in the last. */
  sql = g_strdup_printf (
    "INSERT INTO staff (id, name, team, is_ambassador) VALUES (1, 'Priya Raman', 'Tenancy', 1),"
    "  (2, 'Kwame Mensah', 'Repairs', 1), (3, 'Tomasz Nowak', 'Income', 0);"
    "INSERT INTO stopshop_sessions (id, held_on, place, theme, phase, closed_at)"
    "  VALUES (1, '2026-09-28', 'Town Hall', 'What gets in the way on the phone', 'closed', %1$" G_GINT64_FORMAT ");"
    "INSERT INTO barriers (id, title, category, teams, owner_id, status, weight, created_at,"
    "  last_update_at, removed_at) VALUES"
    "  (1, 'Three forms for one proof of income', 'process', 'Income, Repairs', 1, 'action-agreed', 3,"
    "   %1$" G_GINT64_FORMAT " - 12 * 604800, %1$" G_GINT64_FORMAT " - 7 * 604800, NULL),"
    "  (2, 'Repairs system needs a tenancy number', 'system', 'Repairs', 2, 'in-progress', 2,"
    "   %1$" G_GINT64_FORMAT " - 12 * 604800, %1$" G_GINT64_FORMAT " - 86400, NULL),"
    "  (3, 'Referral forms instead of people', 'ways-of-working', 'Tenancy', 1, 'understood', 1,"
    "   %1$" G_GINT64_FORMAT " - 11 * 604800, %1$" G_GINT64_FORMAT " - 10 * 604800, NULL),"
    "  (4, 'Arrears letters in legal language', 'process', 'income', NULL, 'raised', 1,"
    "   %1$" G_GINT64_FORMAT " - 2 * 604800, %1$" G_GINT64_FORMAT " - 2 * 604800, NULL),"
    "  (5, 'Laptops cannot open photos', 'it', '', 2, 'removed', 1,"
    "   %1$" G_GINT64_FORMAT " - 12 * 604800, %1$" G_GINT64_FORMAT " - 3 * 604800,"
    "   %1$" G_GINT64_FORMAT " - 3 * 604800),"
    "  (6, 'Two staff for home visits after 4pm', 'policy', 'Tenancy', 2, 'removed', 1,"
    "   %1$" G_GINT64_FORMAT " - 20 * 604800, %1$" G_GINT64_FORMAT " - 16 * 604800,"
    "   %1$" G_GINT64_FORMAT " - 16 * 604800);"
    "INSERT INTO stopshop_session_barriers (session_id, barrier_id, position, votes)"
    "  VALUES (1, 1, 0, 4), (1, 2, 1, 2), (1, 3, 2, 0);"
    "INSERT INTO barrier_updates (barrier_id, session_id, at, author_id, status_to, text)"
    "  VALUES (3, 1, %1$" G_GINT64_FORMAT " - 11 * 604800, 1, 'raised', '');",
    NOW);
  g_assert_true (hearth_store_exec (fixture->store, sql, &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 3);

  fixture->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  overlay = adw_toast_overlay_new ();
  fixture->page = g_object_new (HEARTH_TYPE_STOPSHOP_PAGE, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  adw_window_set_content (fixture->window, overlay);
  hearth_stopshop_page_set_store (fixture->page, fixture->store);
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
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static AdwDialog *
activate (Fixture    *fixture,
          const char *action,
          GVariant   *target)
{
  /* Widget actions do not take a floating parameter's reference. */
  g_autoptr(GVariant) owned = target != NULL ? g_variant_ref_sink (target) : NULL;
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, owned));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (fixture->window)) != NULL);
  return dialog;
}

static GtkWidget *
find (GtkWidget  *widget,
      const char *label)
{
  GtkWidget *found = hearth_test_find_labelled (widget, label);

  if (found == NULL)
    g_error ("Nothing labelled “%s”", label);
  return found;
}

/* The text field titled @title: its text is named so. */
static HearthTextField *
text_field (AdwDialog  *dialog,
            const char *title)
{
  GtkWidget *text = hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, title);

  g_assert_nonnull (text);
  return HEARTH_TEXT_FIELD (gtk_widget_get_ancestor (text, HEARTH_TYPE_TEXT_FIELD));
}

static void
type_into (GtkWidget  *editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* The message a dialog shows, visible, or NULL. */
static gboolean
shows (AdwDialog  *dialog,
       const char *message)
{
  GtkWidget *label = hearth_test_find_labelled (GTK_WIDGET (dialog), message);

  return label != NULL && gtk_widget_is_visible (label);
}

static gboolean
can_save (AdwDialog *dialog)
{
  GtkWidget *button = hearth_test_find_labelled (GTK_WIDGET (dialog), "Create");

  if (button == NULL)
    button = find (GTK_WIDGET (dialog), "Save");
  return gtk_widget_is_sensitive (button);
}

static void
choose_in_combo (GtkWidget  *row,
                 const char *name)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  GtkExpression *expression = adw_combo_row_get_expression (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_auto(GValue) value = G_VALUE_INIT;

      if (GTK_IS_STRING_OBJECT (item))
        {
          if (g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), name) != 0)
            continue;
        }
      else
        {
          g_assert_true (gtk_expression_evaluate (expression, item, &value));
          if (g_strcmp0 (g_value_get_string (&value), name) != 0)
            continue;
        }
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      return;
    }
  g_error ("“%s” is not offered", name);
}

static void
choose_in_dropdown (Fixture    *fixture,
                    const char *name,
                    const char *choice)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find (GTK_WIDGET (fixture->page), name));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), choice) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("“%s” is not offered in “%s”", choice, name);
}

/* The titles of the log as shown, in order, joined with "|". */
static char *
shown_titles (Fixture *fixture)
{
  GListModel *log = hearth_stopshop_page_get_barriers (fixture->page);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (log, i);

      g_string_append_printf (titles, "%s%" G_GINT64_FORMAT, i > 0 ? "|" : "",
                              hearth_barrier_get_id (barrier));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
assert_shown (Fixture    *fixture,
              const char *expected_ids)
{
  g_autofree char *ids = shown_titles (fixture);

  g_assert_cmpstr (ids, ==, expected_ids);
}

/* The row of the log that begins with @start, as a screen reader names it,
 * or NULL while there is none. */
static GtkWidget *
find_log_row (Fixture    *fixture,
              const char *start)
{
  GtkWidget *row;

  for (guint i = 0; (row = hearth_test_find (GTK_WIDGET (fixture->page), HEARTH_TYPE_BARRIER_LOG_ROW, i)) != NULL; i++)
    {
      const char *summary = hearth_barrier_log_row_get_summary (HEARTH_BARRIER_LOG_ROW (row));

      if (summary != NULL && g_str_has_prefix (summary, start))
        return row;
    }
  return NULL;
}

/* --- Sessions --------------------------------------------------------------- */

/* Opens the session dialog with @action (for the session @session_id, or
 * a new one for 0), once any dialog before it has gone. */
static AdwDialog *
open_session_dialog (Fixture    *fixture,
                     const char *action,
                     gint64      session_id)
{
  g_assert_true (session_id > 0
                   ? gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, "x", session_id)
                   : gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_SESSION_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  return adw_window_get_visible_dialog (fixture->window);
}

/* Saves as Ctrl+Enter does. */
static void
save_form (AdwDialog *dialog)
{
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
}

static void
test_new_session (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *long_place = g_strnfill (HEARTH_SESSION_PLACE_MAX + 1, 'x');
  AdwDialog *dialog = open_session_dialog (fixture, "stopshop.new-session", 0);
  GtkWidget *day, *place, *theme, *votes, *ambassador, *teams;
  gint64 id;

  g_assert_true (HEARTH_IS_SESSION_DIALOG (dialog));
  day = find (GTK_WIDGET (dialog), "Day");
  place = find (GTK_WIDGET (dialog), "Place");
  theme = find (GTK_WIDGET (dialog), "Theme");
  votes = find (GTK_WIDGET (dialog), "Votes per person");
  ambassador = find (GTK_WIDGET (dialog), "Facilitating ambassador");
  teams = find (GTK_WIDGET (dialog), "Teams attending, separated by commas");

  /* Today, by default, and the stall weeks of the settings (6 here). */
  g_assert_true (HEARTH_IS_DATE_ROW (day));
  g_assert_cmpstr (hearth_date_row_get_date (HEARTH_DATE_ROW (day)), ==, today);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (find (GTK_WIDGET (dialog),
                                                                 "Stalled after (weeks)"))), ==, 6);
  g_assert_true (can_save (dialog));

  /* The day is picked from a calendar whose every arrow is named; a day
   * that does not exist cannot be given. */
  {
    GtkWidget *calendar = hearth_test_find (day, GTK_TYPE_CALENDAR, 0);
    g_autoptr(GDateTime) picked = g_date_time_new_local (2026, 12, 4, 12, 0, 0);

    g_assert_nonnull (calendar);
    g_assert_nonnull (hearth_test_find_labelled (calendar, "Previous month"));
    g_assert_nonnull (hearth_test_find_labelled (calendar, "Next year"));
    gtk_calendar_select_day (GTK_CALENDAR (calendar), picked);
    g_assert_cmpstr (hearth_date_row_get_date (HEARTH_DATE_ROW (day)), ==, "2026-12-04");
    g_assert_true (can_save (dialog));
    hearth_date_row_set_date (HEARTH_DATE_ROW (day), "2026-02-30");
    g_assert_cmpstr (hearth_date_row_get_date (HEARTH_DATE_ROW (day)), ==, "");
    g_assert_false (can_save (dialog));
    g_assert_true (shows (dialog, "Choose the day of the session"));
    /* The popover opens on today; the day is picked again. */
    g_signal_emit_by_name (gtk_widget_get_ancestor (calendar, GTK_TYPE_POPOVER), "show");
    gtk_calendar_select_day (GTK_CALENDAR (calendar), picked);
    g_assert_cmpstr (hearth_date_row_get_date (HEARTH_DATE_ROW (day)), ==, "2026-12-04");
    g_assert_true (can_save (dialog));
  }

  /* A place one character too long, then one that fits. */
  type_into (place, long_place);
  g_assert_false (can_save (dialog));
  g_assert_true (shows (dialog, "The place is too long; keep it to one line"));
  type_into (place, "Town Hall, Room 4");
  type_into (theme, "What stops us visiting");
  g_assert_true (can_save (dialog));

  /* Votes typed past 12 come back to 12, the range said under the row. */
  g_assert_true (shows (dialog, "From 1 to 12, or 0 to skip voting"));
  gtk_editable_set_text (GTK_EDITABLE (votes), "20");
  adw_spin_row_update (ADW_SPIN_ROW (votes));
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (votes)), ==, 12);
  adw_spin_row_set_value (ADW_SPIN_ROW (votes), 5);

  /* Only ambassadors are offered; one is added. */
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Kwame Mensah from the session"));
  choose_in_combo (ambassador, "Kwame Mensah");
  g_signal_emit_by_name (find (ambassador, "Add"), "clicked");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Kwame Mensah from the session"));
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Repairs"));
  {
    GListModel *offered = adw_combo_row_get_model (ADW_COMBO_ROW (ambassador));

    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 2);
  }

  /* Teams as typed, the empty one between commas dropped. */
  type_into (teams, "Repairs, , Income and Money ");
  g_assert_true (can_save (dialog));
  save_form (dialog);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  id = query (fixture, "SELECT max (id) FROM stopshop_sessions");
  g_assert_cmpint (id, ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_sessions WHERE id = 2"
                                   " AND held_on = '2026-12-04' AND place = 'Town Hall, Room 4'"
                                   " AND theme = 'What stops us visiting' AND votes_per_person = 5"
                                   " AND stall_weeks = 6 AND phase = 'review'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT group_concat (staff_id) FROM stopshop_session_ambassadors"
                                   " WHERE session_id = 2"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_teams WHERE session_id = 2"
                                   " AND team IN ('Repairs', 'Income and Money')"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_teams"), ==, 2);
  /* The new session is the one selected, which F5 puts on the projector. */
  g_assert_cmpint (hearth_stopshop_page_get_selected_session (fixture->page), ==, 2);

  /* Edited: what it has comes back, and a change is saved. */
  dialog = open_session_dialog (fixture, "stopshop.edit-session", 2);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Edit Session");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (GTK_WIDGET (dialog), "Place"))), ==,
                   "Town Hall, Room 4");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (GTK_WIDGET (dialog),
                                                              "Teams attending, separated by commas"))), ==,
                   "Income and Money, Repairs");
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (find (GTK_WIDGET (dialog), "Votes per person"))), ==, 5);
  g_assert_true (can_save (dialog));

  /* An ambassador taken off by their own button, and added again. */
  g_signal_emit_by_name (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Kwame Mensah from the session"), "clicked");
  g_assert_null (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Kwame Mensah from the session"));
  ambassador = find (GTK_WIDGET (dialog), "Facilitating ambassador");
  choose_in_combo (ambassador, "Kwame Mensah");
  g_signal_emit_by_name (find (ambassador, "Add"), "clicked");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Remove Kwame Mensah from the session"));

  type_into (find (GTK_WIDGET (dialog), "Theme"), "What stops us visiting, again");
  save_form (dialog);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_sessions WHERE id = 2"
                                   " AND theme = 'What stops us visiting, again'"
                                   " AND (SELECT count (*) FROM stopshop_session_ambassadors"
                                   "      WHERE session_id = 2) = 1"), ==, 1);
}

static void
test_reopen_and_summary (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSessionSummary) summary = NULL;
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *saved = g_build_filename (fixture->dir, "saved.pdf", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autofree char *printed_text = NULL;
  g_autofree char *saved_text = NULL;
  AdwDialog *dialog;
  const char *text;

  /* The only session is closed: it reopens, at its Act phase. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "stopshop.reopen-session", "x",
                                             G_GINT64_CONSTANT (1)));
  HEARTH_TEST_ITERATE_UNTIL (query (fixture, "SELECT count (*) FROM stopshop_sessions WHERE id = 1"
                                             " AND phase = 'act' AND closed_at IS NULL") == 1);

  dialog = activate (fixture, "stopshop.session-summary", g_variant_new_int64 (1));
  g_assert_true (HEARTH_IS_SUMMARY_DIALOG (dialog));
  text = hearth_summary_dialog_get_text (HEARTH_SUMMARY_DIALOG (dialog));
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "What gets in the way on the phone"));
  g_assert_nonnull (strstr (text, "Three forms for one proof of income"));
  /* As what we agreed has them: copy, print and save. */
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Copy Text"));
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Print…"));
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Save as PDF…"));

  /* Printed, exported straight to a file, it is the PDF it saves. */
  g_assert_true (hearth_summary_dialog_print (HEARTH_SUMMARY_DIALOG (dialog), printed, &error));
  g_assert_no_error (error);
  summary = hearth_session_summary_new (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_session_summary_save_pdf (summary, saved_file, NULL, &error));
  g_assert_no_error (error);
  printed_text = hearth_test_pdf_to_text (printed);
  saved_text = hearth_test_pdf_to_text (saved);
  g_assert_nonnull (strstr (printed_text, "Three forms for one proof of income"));
  g_assert_cmpstr (printed_text, ==, saved_text);
  g_assert_cmpuint (hearth_test_pdf_count_pages (printed), ==, hearth_test_pdf_count_pages (saved));
}

/* --- The barrier log -------------------------------------------------------- */

/* --- A session's own menu, by keyboard ------------------------------------ */

static GtkWidget *
focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static gboolean
has_focus_in (Fixture   *fixture,
              GtkWidget *target)
{
  GtkWidget *focused = focus (fixture);

  return focused != NULL && (focused == target || gtk_widget_is_ancestor (focused, target));
}

/* Presses the key @accelerator ("<Shift>F10") on the focused widget: the
 * first shortcut for it from the focus outwards runs, as GTK's own
 * shortcut controllers would run it. */
static void
press (Fixture    *fixture,
       const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  g_assert_nonnull (wanted);
  for (GtkWidget *widget = focus (fixture); widget != NULL; widget = gtk_widget_get_parent (widget))
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

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return;
            }
        }
    }
  g_error ("Nothing took the key %s", accelerator);
}

/* The session row that has the focus, or NULL. */
static HearthStopShopSessionRow *
focused_session_row (Fixture *fixture)
{
  GtkWidget *focused = focus (fixture);
  GtkWidget *row;

  if (focused == NULL)
    return NULL;
  /* The focus is on a row of the list, or on the menu button in it. */
  row = gtk_widget_get_ancestor (focused, HEARTH_TYPE_STOPSHOP_SESSION_ROW);
  if (row == NULL)
    row = hearth_test_find (focused, HEARTH_TYPE_STOPSHOP_SESSION_ROW, 0);
  return row != NULL ? HEARTH_STOPSHOP_SESSION_ROW (row) : NULL;
}

static gint64
focused_session (Fixture *fixture)
{
  HearthStopShopSessionRow *row = focused_session_row (fixture);
  HearthStopShopSession *session = row != NULL ? hearth_stopshop_session_row_get_session (row) : NULL;

  return session != NULL ? hearth_stopshop_session_get_id (session) : 0;
}

/* The position in the list of the session with @id. */
static guint
session_position (Fixture *fixture,
                  gint64   id)
{
  GListModel *sessions = hearth_stopshop_page_get_sessions (fixture->page);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(HearthStopShopSession) session = g_list_model_get_item (sessions, i);

      if (hearth_stopshop_session_get_id (session) == id)
        return i;
    }
  g_error ("No session %" G_GINT64_FORMAT " in the list", id);
}

/* Tabs into the list of sessions and moves along it, as Ctrl+Down and
 * Ctrl+Up do (the focus, not the selection), to the @n-th session. */
static void
focus_session (Fixture *fixture,
               guint    n)
{
  GtkWidget *list = find (GTK_WIDGET (fixture->page), "Stop Shop sessions");
  GListModel *sessions = hearth_stopshop_page_get_sessions (fixture->page);
  g_autoptr(HearthStopShopSession) wanted = g_list_model_get_item (sessions, n);
  gint64 id;

  g_assert_nonnull (wanted);
  id = hearth_stopshop_session_get_id (wanted);
  for (guint i = 0; i < 100 && !has_focus_in (fixture, list); i++)
    g_signal_emit_by_name (fixture->window, "move-focus", GTK_DIR_TAB_FORWARD);
  g_assert_true (has_focus_in (fixture, list));
  for (guint i = 0; i < g_list_model_get_n_items (sessions) && focused_session (fixture) != id; i++)
    press (fixture, session_position (fixture, focused_session (fixture)) < n ? "<Control>Down" : "<Control>Up");
  HEARTH_TEST_ITERATE_UNTIL (focused_session (fixture) == id && gtk_widget_is_focus (focus (fixture)));
}

/* The focused session's menu, opened with @key. */
static GtkWidget *
open_menu (Fixture    *fixture,
           const char *key)
{
  HearthStopShopSessionRow *row = focused_session_row (fixture);
  GtkWidget *popover;

  g_assert_nonnull (row);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (hearth_stopshop_session_row_get_menu_button (row)));
  press (fixture, key);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (popover));
  return popover;
}

/* The item of @menu that a screen reader names @name, by its own
 * accessible label (not the text inside it), or NULL. */
static GtkWidget *
find_menu_item (GtkWidget  *menu,
                const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (menu); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_MENU_ITEM)
        {
          g_autofree char *mismatch = NULL;

          if (!gtk_widget_get_visible (child))
            continue;
          mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL, name);
          if (mismatch == NULL)
            return child;
          continue;
        }
      if ((found = find_menu_item (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* Moves down @menu with the arrow key to the item named @name and
 * presses it. */
static void
choose_in_menu (Fixture    *fixture,
                GtkWidget  *menu,
                const char *name)
{
  GtkWidget *item = find_menu_item (menu, name);

  g_assert_nonnull (item);
  HEARTH_TEST_ITERATE_UNTIL (has_focus_in (fixture, menu));
  for (guint i = 0; i < 10 && !has_focus_in (fixture, item); i++)
    press (fixture, "Down");
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (item));
  g_assert_true (gtk_widget_activate (item));
}

/* A second session, open and later: the list shows it first, selected. */
static void
add_open_session (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *sessions = hearth_stopshop_page_get_sessions (fixture->page);
  HearthSessionFields fields;
  GtkListView *list;

  hearth_session_fields_init (&fields);
  fields.held_on = "2026-11-20";
  fields.place = "Library";
  fields.theme = "Letters people can read";
  g_assert_cmpint (hearth_session_create (fixture->store, &fields, &error), ==, 2);
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (g_list_model_get_n_items (sessions) == 2);
  list = GTK_LIST_VIEW (find (GTK_WIDGET (fixture->page), "Stop Shop sessions"));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list)), 0);
  g_assert_cmpint (hearth_stopshop_page_get_selected_session (fixture->page), ==, 2);
}

/* By keyboard alone: the second session's menu, opened on its row with
 * Shift+F10, gives the summary of that session, not of the one selected. */
static void
test_session_menu (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *sessions;
  g_autoptr(HearthStopShopSession) first = NULL;
  g_autoptr(HearthStopShopSession) second = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  GtkWidget *menu, *button;
  AdwDialog *dialog;
  const char *text;

  add_open_session (fixture);
  sessions = hearth_stopshop_page_get_sessions (fixture->page);
  first = g_list_model_get_item (sessions, 0);
  second = g_list_model_get_item (sessions, 1);
  g_assert_cmpint (hearth_stopshop_session_get_id (first), ==, 2);
  g_assert_cmpint (hearth_stopshop_session_get_id (second), ==, 1);
  g_assert_cmpint (hearth_stopshop_page_get_selected_session (fixture->page), ==, 2);

  /* No row of buttons above the list acts on the selection any more. */
  g_assert_null (hearth_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON, "Session Summary…"));
  g_assert_null (hearth_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON, "Show on the Projector"));

  /* Each row's menu button is named after its session. */
  day = hearth_format_date (hearth_stopshop_session_get_held_on (second));
  name = g_strdup_printf ("Actions for %s, %s", hearth_stopshop_session_get_theme (second), day);
  button = hearth_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, name);
  g_assert_nonnull (button);

  focus_session (fixture, 1);
  menu = open_menu (fixture, "<Shift>F10");
  g_assert_true (gtk_widget_is_ancestor (menu, button));
  /* Every item is named on its own, as GTK 4.18 does not name them. */
  g_assert_nonnull (find_menu_item (menu, "Show on the Projector"));
  g_assert_nonnull (find_menu_item (menu, "Edit Session…"));
  choose_in_menu (fixture, menu, "Session Summary…");

  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (fixture->window)) != NULL);
  g_assert_true (HEARTH_IS_SUMMARY_DIALOG (dialog));
  text = hearth_summary_dialog_get_text (HEARTH_SUMMARY_DIALOG (dialog));
  g_assert_nonnull (strstr (text, hearth_stopshop_session_get_theme (second)));
  g_assert_null (strstr (text, hearth_stopshop_session_get_theme (first)));
  /* The selection has not moved. */
  g_assert_cmpint (hearth_stopshop_page_get_selected_session (fixture->page), ==, 2);
}

/* Reopen Session is offered for a closed session only, and once it has
 * reopened the session, no longer. */
static void
test_session_menu_reopen (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *menu;

  add_open_session (fixture);

  /* The open session, with the Menu key: no Reopen Session. */
  focus_session (fixture, 0);
  g_assert_cmpint (focused_session (fixture), ==, 2);
  menu = open_menu (fixture, "Menu");
  g_assert_nonnull (find_menu_item (menu, "Session Summary…"));
  g_assert_null (find_menu_item (menu, "Reopen Session"));
  gtk_popover_popdown (GTK_POPOVER (menu));
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_mapped (menu));

  /* The closed one offers it, and it reopens that session. */
  focus_session (fixture, 1);
  menu = open_menu (fixture, "<Shift>F10");
  choose_in_menu (fixture, menu, "Reopen Session");
  HEARTH_TEST_ITERATE_UNTIL (query (fixture, "SELECT count (*) FROM stopshop_sessions WHERE id = 1"
                                             " AND phase = 'act' AND closed_at IS NULL") == 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_sessions WHERE id = 2"
                                   " AND phase = 'review'"), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_mapped (menu));

  /* Open again, it is not offered again. */
  HEARTH_TEST_ITERATE_UNTIL (focused_session (fixture) == 1 && gtk_widget_is_focus (focus (fixture)));
  menu = open_menu (fixture, "<Shift>F10");
  g_assert_nonnull (find_menu_item (menu, "Session Summary…"));
  g_assert_null (find_menu_item (menu, "Reopen Session"));
}

/* Enter on a closed session shows its summary: it has nothing left to
 * put on the projector. */
static void
test_session_activate (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwDialog *dialog;
  const char *text;

  add_open_session (fixture);
  focus_session (fixture, 1);
  g_assert_cmpint (focused_session (fixture), ==, 1);
  press (fixture, "Return");
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_window_get_visible_dialog (fixture->window)) != NULL);
  g_assert_true (HEARTH_IS_SUMMARY_DIALOG (dialog));
  text = hearth_summary_dialog_get_text (HEARTH_SUMMARY_DIALOG (dialog));
  g_assert_nonnull (strstr (text, "What gets in the way on the phone"));
  g_assert_null (strstr (text, "Letters people can read"));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkToggleButton *stalled = GTK_TOGGLE_BUTTON (hearth_test_find_named (GTK_WIDGET (fixture->page),
                                                                         GTK_TYPE_TOGGLE_BUTTON, "Stalled"));
  GtkToggleButton *removed = GTK_TOGGLE_BUTTON (hearth_test_find_named (GTK_WIDGET (fixture->page),
                                                                         GTK_TYPE_TOGGLE_BUTTON,
                                                                         "Removed This Quarter"));

  /* Open ones by default, the most raised first. */
  assert_shown (fixture, "1|2|3|4");

  choose_in_dropdown (fixture, "Which statuses to show", "Any status");
  assert_shown (fixture, "1|2|3|4|5|6");
  choose_in_dropdown (fixture, "Which statuses to show", "In progress");
  assert_shown (fixture, "2");
  choose_in_dropdown (fixture, "Which statuses to show", "Open");

  /* Owners and teams offered are those in the log. */
  choose_in_dropdown (fixture, "Whose barriers to show", "Priya Raman");
  assert_shown (fixture, "1|3");
  choose_in_dropdown (fixture, "Which category to show", "Process");
  assert_shown (fixture, "1");
  choose_in_dropdown (fixture, "Whose barriers to show", "Anyone");
  assert_shown (fixture, "1|4");
  choose_in_dropdown (fixture, "Which category to show", "All categories");
  /* "income" and "Income" are one team. */
  choose_in_dropdown (fixture, "Which team’s barriers to show", "Income");
  assert_shown (fixture, "1|4");
  choose_in_dropdown (fixture, "Which team’s barriers to show", "All teams");

  /* Stalled: open, no update for 6 weeks. */
  gtk_toggle_button_set_active (stalled, TRUE);
  assert_shown (fixture, "1|3");

  /* A row says who owns the barrier, what it is, how often it was raised,
   * how long it has been open and that it has stalled. */
  {
    GtkWidget *row = NULL;

    HEARTH_TEST_ITERATE_UNTIL ((row = find_log_row (fixture, "Three forms for one proof of income, Action agreed,"
                                                             " stalled, Priya Raman · Process · raised 3 times"
                                                             " · Open 12 weeks · updated ")) != NULL);
    g_assert_true (gtk_widget_get_visible (find (row, "Stalled")));
    g_assert_nonnull (find (row, "Action agreed"));
  }

  /* Removed this quarter (from 1 October): one of the two. */
  gtk_toggle_button_set_active (removed, TRUE);
  g_assert_false (gtk_toggle_button_get_active (stalled));
  assert_shown (fixture, "5");
  gtk_toggle_button_set_active (removed, FALSE);

  /* Sorted by age (oldest first) and by the latest update. */
  choose_in_dropdown (fixture, "Sort the barrier log by", "Oldest first");
  assert_shown (fixture, "1|2|3|4");
  choose_in_dropdown (fixture, "Sort the barrier log by", "Latest update");
  assert_shown (fixture, "2|4|1|3");
}

/* Whether the drop-down named @name offers @choice. */
static gboolean
offers (Fixture    *fixture,
        const char *name,
        const char *choice)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find (GTK_WIDGET (fixture->page), name));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), choice) == 0)
        return TRUE;
    }

  return FALSE;
}

static const char *
chosen (Fixture    *fixture,
        const char *name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find (GTK_WIDGET (fixture->page), name));

  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown));
}

/* The owners and teams offered follow the log as it changes, not only as
 * barriers come and go, and what was chosen stays chosen. */
static void
test_choices_follow_the_log (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthBarrierFields fields = { "Arrears letters in legal language", NULL, NULL, "process",
                                 "Income, Lettings" };

  g_assert_true (offers (fixture, "Whose barriers to show", "Priya Raman"));
  g_assert_false (offers (fixture, "Whose barriers to show", "Tomasz Nowak"));
  g_assert_false (offers (fixture, "Which team’s barriers to show", "Lettings"));

  /* A barrier given to someone who owned none. */
  g_assert_true (hearth_barrier_set_action (fixture->store, 4, 3, "", NULL, 0, &error));
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (offers (fixture, "Whose barriers to show", "Tomasz Nowak"));
  choose_in_dropdown (fixture, "Whose barriers to show", "Tomasz Nowak");
  assert_shown (fixture, "4");

  /* Its owner renamed: the same choice, by the new name. */
  g_assert_true (hearth_store_write (fixture->store, &error, "staff", HEARTH_CHANGE_UPDATE, 3,
                                     "UPDATE staff SET name = 'Tomasz Nowak-Bell' WHERE id = 3", "") != 0);
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (offers (fixture, "Whose barriers to show", "Tomasz Nowak-Bell"));
  g_assert_false (offers (fixture, "Whose barriers to show", "Tomasz Nowak"));
  g_assert_cmpstr (chosen (fixture, "Whose barriers to show"), ==, "Tomasz Nowak-Bell");
  assert_shown (fixture, "4");

  /* Its teams written anew. */
  g_assert_true (hearth_barrier_set_details (fixture->store, 4, &fields, &error));
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (offers (fixture, "Which team’s barriers to show", "Lettings"));
  g_assert_cmpstr (chosen (fixture, "Whose barriers to show"), ==, "Tomasz Nowak-Bell");
}

/* On a phone a long name or team chosen in the filters shortens, rather
 * than pushing the page wider than the window. */
static void
test_long_choices_on_a_phone (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *name = "Priya Raman-Featherstonehaugh of Tenancy Sustainment";
  const char *team = "Tenancy Sustainment and Neighbourhood Housing";
  HearthBarrierFields fields = { "Three forms for one proof of income", NULL, NULL, "process", team };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->page)) <= 360);

  g_assert_true (hearth_store_write (fixture->store, &error, "staff", HEARTH_CHANGE_UPDATE, 1,
                                     "UPDATE staff SET name = ?1 WHERE id = 1", "s", name) != 0);
  g_assert_no_error (error);
  g_assert_true (hearth_barrier_set_details (fixture->store, 1, &fields, &error));
  g_assert_no_error (error);
  HEARTH_TEST_ITERATE_UNTIL (offers (fixture, "Whose barriers to show", name) &&
                             offers (fixture, "Which team’s barriers to show", team));

  choose_in_dropdown (fixture, "Whose barriers to show", name);
  choose_in_dropdown (fixture, "Which team’s barriers to show", team);
  assert_shown (fixture, "1");
  hearth_test_wait_drawn (GTK_WIDGET (fixture->page));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (find (GTK_WIDGET (fixture->page), "Whose barriers to show")), <=, 360);
}

static void
test_park_barrier (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *status;
  HearthTextField *reason, *update;
  gint64 updates = query (fixture, "SELECT count (*) FROM barrier_updates");
  g_autofree char *parked = NULL;

  /* The third in the log: "Referral forms instead of people". */
  dialog = activate (fixture, "stopshop.open-barrier", g_variant_new_int64 (2));
  g_assert_true (HEARTH_IS_BARRIER_DIALOG (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (GTK_WIDGET (dialog), "Title"))), ==,
                   "Referral forms instead of people");
  /* Its log so far. */
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Raised"));

  /* Parked without a reason: refused, said, nothing saved. */
  status = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Status");
  choose_in_combo (status, "Parked");
  g_assert_false (can_save (dialog));
  g_assert_true (shows (dialog, "Say why the barrier is parked"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  g_assert_true (adw_window_get_visible_dialog (fixture->window) == dialog);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 3 AND status = 'understood'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, updates);

  /* White space is no reason either. */
  reason = text_field (dialog, "What changed, or why it is parked");
  hearth_text_field_set_text (reason, "  \n ");
  g_assert_false (can_save (dialog));

  /* With a reason, and a note for the log. */
  hearth_text_field_set_text (reason, "Needs a change in the law");
  g_assert_true (can_save (dialog));
  g_assert_false (shows (dialog, "Say why the barrier is parked"));
  update = text_field (dialog, "Add an update: where it stands now");
  hearth_text_field_set_text (update, "Raised with the legal team");
  save_form (dialog);

  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  parked = hearth_test_query_text (fixture->store, "SELECT parked_reason FROM barriers WHERE id = 3");
  g_assert_cmpstr (parked, ==, "Needs a change in the law");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 3 AND status = 'parked'"
                                   " AND last_update_at = %" G_GINT64_FORMAT, NOW), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, updates + 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates WHERE barrier_id = 3"
                                   " AND status_from = 'understood' AND status_to = 'parked'"
                                   " AND text = 'Needs a change in the law' AND author_id = 3"
                                   " AND at = %" G_GINT64_FORMAT, NOW), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates WHERE barrier_id = 3"
                                   " AND status_to IS NULL AND text = 'Raised with the legal team'"), ==, 1);
  /* Parked is not open: it leaves the log as shown. */
  assert_shown (fixture, "1|2|4");

  /* Opened again, the log lists the change, latest first. */
  choose_in_dropdown (fixture, "Which statuses to show", "Parked");
  dialog = activate (fixture, "stopshop.open-barrier", g_variant_new_int64 (0));
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Understood → Parked: Needs a change in the law"));
  g_assert_nonnull (find (GTK_WIDGET (dialog), "Raised with the legal team"));
}

/* A barrier nobody owns shows no owner, and saving it unchanged writes
 * nothing. */
static void
test_unowned_barrier (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *owner;
  gint64 updates = query (fixture, "SELECT count (*) FROM barrier_updates");

  dialog = activate (fixture, "stopshop.open-barrier", g_variant_new_int64 (3));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find (GTK_WIDGET (dialog), "Title"))), ==,
                   "Arrears letters in legal language");
  owner = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Owner");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (owner)), ==, 0);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (owner))), ==,
                   "No owner");
  g_assert_true (can_save (dialog));
  save_form (dialog);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 4 AND owner_id IS NULL"
                                   " AND status = 'raised' AND updated_by IS NULL"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, updates);

  /* An owner chosen there is saved; a raised barrier with an owner but no
   * first action stays raised. */
  dialog = activate (fixture, "stopshop.open-barrier", g_variant_new_int64 (3));
  owner = hearth_test_find_named (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Owner");
  choose_in_combo (owner, "Tomasz Nowak");
  save_form (dialog);
  HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 4 AND owner_id = 3"
                                   " AND status = 'raised' AND updated_by = 3"), ==, 1);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "barriers.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length = 0;

  /* The log as filtered: Kwame's, any status. */
  choose_in_dropdown (fixture, "Which statuses to show", "Any status");
  choose_in_dropdown (fixture, "Whose barriers to show", "Kwame Mensah");
  assert_shown (fixture, "2|5|6");

  g_assert_true (hearth_stopshop_page_export_barriers (fixture->page, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  /* A byte order mark, a header, then one line per barrier shown, in the
   * order shown (no field here holds a line break). */
  g_assert_cmpmem (contents, 3, "\xef\xbb\xbf", 3);
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  contents[length - 2] = '\0';
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3);
  g_assert_true (g_str_has_prefix (lines[0], "Barrier,Category,Status,Owner,"));
  g_assert_true (g_str_has_prefix (lines[1], "Repairs system needs a tenancy number,System,In progress,Kwame Mensah,"));
  g_assert_true (g_str_has_prefix (lines[2], "Laptops cannot open photos,IT,Removed,Kwame Mensah,"));
  g_assert_true (g_str_has_prefix (lines[3], "Two staff for home visits after 4pm,Policy,Removed,Kwame Mensah,"));
  for (guint i = 1; i < 4; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      g_assert_cmpstr (fields[3], ==, "Kwame Mensah");
    }
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
  ADD ("/stopshop-page/new-session", test_new_session);
  ADD ("/stopshop-page/reopen-and-summary", test_reopen_and_summary);
  ADD ("/stopshop-page/session-menu", test_session_menu);
  ADD ("/stopshop-page/session-menu-reopen", test_session_menu_reopen);
  ADD ("/stopshop-page/session-activate", test_session_activate);
  ADD ("/stopshop-page/filters", test_filters);
  ADD ("/stopshop-page/choices-follow-the-log", test_choices_follow_the_log);
  ADD ("/stopshop-page/long-choices-on-a-phone", test_long_choices_on_a_phone);
  ADD ("/stopshop-page/park-barrier", test_park_barrier);
  ADD ("/stopshop-page/unowned-barrier", test_unowned_barrier);
  ADD ("/stopshop-page/export", test_export);
#undef ADD

  return g_test_run ();
}
