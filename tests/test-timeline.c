/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case's timeline under a virtual display, through its real widgets: days
 * as sections, rows that open in place with what was agreed to tick off,
 * the filters, the order, and deleting with a question first.
 */

#include "config.h"

#include "hearth-budget.h"
#include "hearth-entry-composer.h"
#include "hearth-entry-edit-dialog.h"
#include "hearth-entry-row.h"
#include "hearth-item-owner-popover.h"
#include "hearth-money.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

#define DAY G_GINT64_CONSTANT (86400)

typedef struct
{
  char               *dir;
  HearthStore        *store;
  AdwWindow          *window;
  AdwToastOverlay    *overlay;
  HearthTimelineView *view;
  gint64              now;
  gint64              agreement;
} Fixture;

#define ITERATE_UNTIL HEARTH_TEST_ITERATE_UNTIL
#define find hearth_test_find

/* The descendant of @widget that a screen reader calls @name. */
static GtkWidget *
named (gpointer    widget,
       const char *name)
{
  GtkWidget *found = hearth_test_find_labelled (widget, name);

  if (found == NULL)
    g_error ("Nothing is called “%s”", name);
  return found;
}

static gboolean shows_in_order (Fixture *fixture);
static GtkWidget *popover_message (GtkWidget *popover);

static gint64
add (Fixture    *fixture,
     const char *kind,
     const char *summary,
     gint64      at)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 id;

  hearth_entry_fields_init (&fields);
  fields.kind = kind;
  fields.summary = summary;
  fields.occurred_at = at;
  id = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) local_now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = NULL;
  HearthEntryFields fields;
  HearthAgreementFields items[2] = {
    { "Phone the repairs team", "staff", 0, NULL, NULL },
    { "Look out the tenancy letter", "resident", 0, NULL, NULL },
  };

  fixture->store = hearth_test_store_new (&fixture->dir, 0);

  /* Noon today, local time, so "today" and "yesterday" are whole days. */
  noon = g_date_time_new_local (g_date_time_get_year (local_now), g_date_time_get_month (local_now),
                                g_date_time_get_day_of_month (local_now), 12, 0, 0);
  fixture->now = g_date_time_to_unix (noon);
  hearth_store_set_clock (fixture->store, fixture->now);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak');"
    "INSERT INTO residents (id, name) VALUES (1, 'Dot');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Dot''s bathroom', 1, 1, 1);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);", &error));
  g_assert_no_error (error);

  /* Three days: two entries today, one yesterday, two the week before. */
  hearth_store_set_actor (fixture->store, 2);
  add (fixture, "note", "Old note from last week", fixture->now - 7 * DAY - 3600);
  add (fixture, "phone-call", "Rang about the bath", fixture->now - 7 * DAY);
  hearth_store_set_actor (fixture->store, 1);
  add (fixture, "home-visit", "Visited Dot at home", fixture->now - DAY);
  add (fixture, "conversation", "Talked about the bathroom", fixture->now - 3600);

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed about the bathroom";
  fields.occurred_at = fixture->now - 60;
  items[0].due_on = NULL;
  fixture->agreement = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, items, 2, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->view = g_object_new (HEARTH_TYPE_TIMELINE_VIEW, NULL);
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->view));
  adw_window_set_content (fixture->window, GTK_WIDGET (fixture->overlay));
  hearth_timeline_view_set_store (fixture->view, fixture->store);
  hearth_timeline_view_set_case_id (fixture->view, 1);
  hearth_test_present (GTK_WINDOW (fixture->window));
  ITERATE_UNTIL (shows_in_order (fixture));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* GTK holds the window until it is destroyed. */
  g_object_unref (fixture->window);
  hearth_test_destroy (GTK_WINDOW (fixture->window));
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* The timeline's own list, not those inside the drop-downs' popovers. */
static GtkWidget *
timeline_list (Fixture *fixture)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *list = find (GTK_WIDGET (fixture->view), GTK_TYPE_GRID_VIEW, i);

      g_assert_nonnull (list);
      if (gtk_widget_has_css_class (list, "hearth-timeline"))
        return list;
    }
}

static GListModel *
shown (Fixture *fixture)
{
  return hearth_timeline_view_get_model (fixture->view);
}

/* The row widget showing the entry with @id, if it is on screen. */
static HearthEntryRow *
row_of (Fixture *fixture,
        gint64   id)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *row = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_ROW, i);

      if (row == NULL)
        return NULL;
      if (hearth_entry_row_get_entry (HEARTH_ENTRY_ROW (row)) != NULL &&
          hearth_timeline_entry_get_id (hearth_entry_row_get_entry (HEARTH_ENTRY_ROW (row))) == id)
        return HEARTH_ENTRY_ROW (row);
    }
}

/* Whether every entry shown has its row, on screen and in the model's
 * order, top to bottom: the list has laid out what changed. */
static gboolean
shows_in_order (Fixture *fixture)
{
  GListModel *model = shown (fixture);
  GtkWidget *list = timeline_list (fixture);
  double above = -G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (model, i);
      HearthEntryRow *row = row_of (fixture, hearth_timeline_entry_get_id (entry));
      graphene_rect_t bounds;

      if (row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row)) ||
          !gtk_widget_compute_bounds (GTK_WIDGET (row), list, &bounds) || bounds.origin.y <= above)
        return FALSE;
      above = bounds.origin.y;
    }
  return TRUE;
}

/* Whether the keyboard focus is in @widget. */
static gboolean
has_focus (Fixture   *fixture,
           gpointer   widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (widget));
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* The day each entry's row shows above it, in the list's order, as
 * "Today,-,Yesterday": "-" for a row under the day of the row before. */
static char *
headings_shown (Fixture *fixture)
{
  GListModel *model = shown (fixture);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (model, i);
      HearthEntryRow *row = row_of (fixture, hearth_timeline_entry_get_id (entry));
      const char *heading;

      g_assert_nonnull (row);
      heading = hearth_entry_row_get_heading (row);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", heading != NULL ? heading : "-");
    }
  return g_string_free (text, FALSE);
}

static void
test_days_are_headed (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *list = timeline_list (fixture);
  g_autofree char *today = hearth_format_day (fixture->now);
  g_autofree char *yesterday = hearth_format_day (fixture->now - DAY);
  g_autofree char *last_week = hearth_format_day (fixture->now - 7 * DAY);
  g_autofree char *expected = NULL;
  g_autofree char *headings = NULL;

  g_assert_cmpstr (today, ==, "Today");
  g_assert_cmpstr (yesterday, ==, "Yesterday");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 5);

  /* Newest first: today (2), yesterday (1), a week ago (2). */
  expected = g_strdup_printf ("%s,-,%s,%s,-", today, yesterday, last_week);
  headings = headings_shown (fixture);
  g_assert_cmpstr (headings, ==, expected);

  /* The first heading is on screen, not scrolled out of sight above it. */
  {
    graphene_rect_t bounds;

    for (guint i = 0;; i++)
      {
        GtkWidget *label = find (list, GTK_TYPE_LABEL, i);

        g_assert_nonnull (label);
        if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), today) == 0)
          {
            /* Once the list has been scrolled to its top. */
            ITERATE_UNTIL (gtk_widget_get_mapped (label) &&
                           gtk_widget_compute_bounds (label, list, &bounds) &&
                           bounds.origin.y >= 0);
            break;
          }
      }
  }

  /* Oldest first keeps the same days, the other way round. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.toggle-order", NULL);
  {
    g_autoptr(HearthTimelineEntry) first = g_list_model_get_item (shown (fixture), 0);

    g_assert_cmpstr (hearth_timeline_entry_get_summary (first), ==, "Old note from last week");
  }
  ITERATE_UNTIL (shows_in_order (fixture));
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&headings, g_free);
  expected = g_strdup_printf ("%s,-,%s,%s,-", last_week, yesterday, today);
  headings = headings_shown (fixture);
  g_assert_cmpstr (headings, ==, expected);

  /* A new entry today, newest first, takes today's heading from the row
   * that had it; that row stays where it was. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.toggle-order", NULL);
  ITERATE_UNTIL (shows_in_order (fixture));
  add (fixture, "message", "Texted Dot the date", fixture->now - 30);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 6 && shows_in_order (fixture));
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&headings, g_free);
  expected = g_strdup_printf ("%s,-,-,%s,%s,-", today, yesterday, last_week);
  headings = headings_shown (fixture);
  g_assert_cmpstr (headings, ==, expected);

  /* And the only entry of yesterday gone, its heading goes with it. */
  {
    g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (shown (fixture), 3);
    g_autoptr(GError) error = NULL;

    g_assert_true (hearth_timeline_delete_entry (fixture->store, hearth_timeline_entry_get_id (entry),
                                                 &error));
    g_assert_no_error (error);
  }
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 5 && shows_in_order (fixture));
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&headings, g_free);
  expected = g_strdup_printf ("%s,-,-,%s,-", today, last_week);
  headings = headings_shown (fixture);
  g_assert_cmpstr (headings, ==, expected);
}

static void
test_row_opens_with_agreement (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *list = timeline_list (fixture);
  HearthEntryRow *row = row_of (fixture, fixture->agreement);
  GtkWidget *check;

  g_assert_nonnull (row);
  g_assert_false (hearth_entry_row_get_expanded (row));
  /* Closed, it holds no lists. */
  g_assert_null (find (GTK_WIDGET (row), GTK_TYPE_LIST_BOX, 0));

  /* Enter on a row (the list's activate) opens it in place. */
  g_signal_emit_by_name (list, "activate", hearth_query_model_find_id (
                           HEARTH_QUERY_MODEL (shown (fixture)), fixture->agreement));
  ITERATE_UNTIL (hearth_entry_row_get_expanded (row));

  /* What we agreed, to tick off: the first item's check box. */
  check = find (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, 0);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items"
                                          " WHERE status = 'done'"), ==, 1);
  /* The entry's open count follows. */
  {
    g_autoptr(HearthTimelineEntry) entry =
      g_list_model_get_item (shown (fixture),
                             hearth_query_model_find_id (HEARTH_QUERY_MODEL (shown (fixture)),
                                                         fixture->agreement));

    ITERATE_UNTIL (hearth_timeline_entry_get_open_items (entry) == 1);
  }

  /* The row stays open when it scrolls away and back (a new model load). */
  hearth_query_model_refresh (HEARTH_QUERY_MODEL (shown (fixture)));
  ITERATE_UNTIL (shows_in_order (fixture));
  g_assert_true (hearth_entry_row_get_expanded (row_of (fixture, fixture->agreement)));

  /* And closes again with the same key. */
  g_signal_emit_by_name (list, "activate", hearth_query_model_find_id (
                           HEARTH_QUERY_MODEL (shown (fixture)), fixture->agreement));
  ITERATE_UNTIL (!hearth_entry_row_get_expanded (row_of (fixture, fixture->agreement)));
}

/* The first label inside @widget whose text holds @text. */
static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  GtkWidget *found;

  for (guint i = 0; (found = find (widget, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (strstr (gtk_label_get_label (GTK_LABEL (found)), text) != NULL)
      return found;
  return NULL;
}

static void
test_item_owner_and_due (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *list = timeline_list (fixture);
  HearthEntryRow *row = row_of (fixture, fixture->agreement);
  GtkWidget *who, *popover, *owner, *other, *dated, *calendar, *save, *message;
  g_autoptr(GDateTime) day = g_date_time_new_local (2031, 3, 14, 12, 0, 0);

  g_signal_emit_by_name (list, "activate", hearth_query_model_find_id (
                           HEARTH_QUERY_MODEL (shown (fixture)), fixture->agreement));
  ITERATE_UNTIL (hearth_entry_row_get_expanded (row_of (fixture, fixture->agreement)));
  row = row_of (fixture, fixture->agreement);
  who = named (row, "Who will do it, and by when");
  ITERATE_UNTIL (gtk_widget_get_mapped (who));
  gtk_menu_button_popup (GTK_MENU_BUTTON (who));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (who)));
  ITERATE_UNTIL (gtk_widget_get_visible (popover));

  /* The first item is the writer's own: "Me" names them. */
  owner = named (popover, "Who will do it");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (owner)), ==, 0);
  other = named (popover, "Who else will do it");
  dated = named (popover, "By a date");
  calendar = named (popover, "Due date");
  save = hearth_test_find_named (popover, GTK_TYPE_BUTTON, "Save");
  message = popover_message (popover);

  /* Someone else, but no name: said, and nothing saved. */
  g_assert_false (gtk_widget_get_visible (other));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), 2);
  g_assert_true (gtk_widget_get_visible (other));
  g_signal_emit_by_name (save, "clicked");
  ITERATE_UNTIL (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items WHERE owner_kind = 'other'"), ==, 0);

  /* Named, and by a date. */
  gtk_editable_set_text (GTK_EDITABLE (other), "Maria at the Citizens Advice");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dated), TRUE);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  g_signal_emit_by_name (save, "clicked");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items WHERE position = 0"
                                          " AND owner_kind = 'other' AND owner_name = 'Maria at the Citizens Advice'"
                                          " AND due_on = '2031-03-14' AND owner_staff_id IS NULL"), ==, 1);
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));

  /* The row says so. */
  ITERATE_UNTIL (find_label_containing (GTK_WIDGET (row_of (fixture, fixture->agreement)),
                                        "Maria at the Citizens Advice") != NULL);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *search = named (fixture->view, "Search this timeline");
  GtkDropDown *kinds = GTK_DROP_DOWN (named (fixture->view, "Kind of entries to show"));
  GtkDropDown *authors = GTK_DROP_DOWN (named (fixture->view, "Whose entries to show"));
  GtkWidget *author_list = find (GTK_WIDGET (authors), GTK_TYPE_POPOVER, 0);
  GListModel *author_names;

  /* Agreements and outcomes. */
  gtk_drop_down_set_selected (kinds, 1);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 1);
  gtk_drop_down_set_selected (kinds, 0);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 5);

  /* By whoever wrote: "Anyone", then the two who wrote on this case, read
   * when the list is opened. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (authors)), ==, 1);
  gtk_popover_popup (GTK_POPOVER (author_list));
  g_assert_true (gtk_widget_get_visible (author_list));
  gtk_popover_popdown (GTK_POPOVER (author_list));
  author_names = gtk_drop_down_get_model (authors);
  g_assert_cmpuint (g_list_model_get_n_items (author_names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (author_names), 2), ==,
                   "Tomasz Nowak");
  gtk_drop_down_set_selected (authors, 2);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 2);

  /* And by words, with the others still on: nothing, then one. */
  gtk_editable_set_text (GTK_EDITABLE (search), "bathroom");
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 0);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (
                     find (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE, 0))), ==,
                   "No Matching Entries");
  gtk_drop_down_set_selected (authors, 0);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 2);

  /* Quotes and odd characters are words to look for, not syntax. */
  {
    gboolean searched = FALSE;
    gulong handler = g_signal_connect_swapped (search, "search-changed", G_CALLBACK (set_true),
                                               &searched);

    gtk_editable_set_text (GTK_EDITABLE (search), "\"bath* OR NEAR(");
    ITERATE_UNTIL (searched);
    g_signal_handler_disconnect (search, handler);
  }
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 5);

  /* Another case starts unfiltered. */
  gtk_drop_down_set_selected (kinds, 1);
  hearth_timeline_view_set_case_id (fixture->view, 2);
  hearth_timeline_view_set_case_id (fixture->view, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (kinds), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 5);
}

static void
test_delete_asks (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 id = hearth_query_model_get_id (HEARTH_QUERY_MODEL (shown (fixture)), 1);
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.delete-entry", "x", id);
  ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  /* Nothing is deleted by asking. */
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 5);

  g_signal_emit_by_name (dialog, "response", "cancel");
  adw_dialog_force_close (dialog);
  ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.delete-entry", "x", id);
  ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (adw_window_get_visible_dialog (fixture->window)));
  dialog = adw_window_get_visible_dialog (fixture->window);
  g_signal_emit_by_name (dialog, "response", "delete");
  adw_dialog_force_close (dialog);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 4);
  g_assert_cmpint (hearth_query_model_find_id (HEARTH_QUERY_MODEL (shown (fixture)), id), ==,
                   G_MAXUINT);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entries"
                                          " WHERE deleted_at IS NOT NULL AND deleted_by = 1"), ==, 1);
}

static gint64
count_entries (Fixture    *fixture,
               const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM timeline_entries WHERE %s", where);

  return hearth_test_query_int (fixture->store, sql);
}

/* The composer's own message, not those inside the item popovers. */
static GtkLabel *
composer_error (GtkWidget *composer)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = find (composer, GTK_TYPE_LABEL, i);

      g_assert_nonnull (label);
      if (gtk_widget_has_css_class (label, "error") &&
          gtk_widget_get_ancestor (label, GTK_TYPE_POPOVER) == NULL)
        return GTK_LABEL (label);
    }
}

/* The composer's list of things agreed, and its rows' parts. */
static GtkListBox *
composer_items (GtkWidget *composer)
{
  GtkWidget *list = find (composer, GTK_TYPE_LIST_BOX, 0);

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static GtkEditable *
item_entry (GtkWidget *composer,
            int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (composer_items (composer), index);

  g_assert_nonnull (row);
  return GTK_EDITABLE (find (GTK_WIDGET (row), GTK_TYPE_ENTRY, 0));
}

static GtkMenuButton *
item_who (GtkWidget *composer,
          int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (composer_items (composer), index);

  g_assert_nonnull (row);
  return GTK_MENU_BUTTON (find (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, 0));
}

/* The button of @popover called @name. */
static GtkWidget *
button_labelled (GtkWidget  *popover,
                 const char *name)
{
  GtkWidget *button = hearth_test_find_named (popover, GTK_TYPE_BUTTON, name);

  g_assert_nonnull (button);
  return button;
}

/* The message shown inside @popover. */
static GtkWidget *
popover_message (GtkWidget *popover)
{
  GtkWidget *label;

  for (guint i = 0; (label = find (popover, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (gtk_widget_has_css_class (label, "error"))
      return label;
  g_assert_not_reached ();
}

static void
test_composer (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *composer = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_COMPOSER, 0);
  GtkEditable *summary, *amount;
  GtkLabel *error_label = NULL;
  GtkTextView *body;

  g_assert_nonnull (composer);
  summary = GTK_EDITABLE (named (composer, "Summary of the new entry"));
  amount = GTK_EDITABLE (named (composer, "Amount in pounds and pence"));
  body = GTK_TEXT_VIEW (named (composer, "Details of the new entry"));
  error_label = composer_error (composer);

  /* A conversation in a few keystrokes: the words, then Ctrl+Enter. */
  gtk_editable_set_text (summary, "Talked with Dot about the garden");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  ITERATE_UNTIL (g_list_model_get_n_items (shown (fixture)) == 6);
  g_assert_cmpint (count_entries (fixture, "kind = 'conversation' AND author_id = 1 AND summary ="
                                  " 'Talked with Dot about the garden' AND case_id = 1"), ==, 1);
  g_assert_cmpstr (hearth_test_get_announcement (), ==, "Logged on the timeline");
  g_assert_cmpstr (gtk_editable_get_text (summary), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 6);

  /* A blank summary is refused, and says so. */
  gtk_editable_set_text (summary, "   ");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpint (count_entries (fixture, "1"), ==, 6);

  /* A spend (Alt+7's kind) with a negative amount is refused and nothing
   * typed is lost; a proper amount is stored in pence. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 6);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (amount)));
  gtk_editable_set_text (summary, "Bought a kettle");
  gtk_editable_set_text (amount, "-5");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_editable_get_text (summary), ==, "Bought a kettle");
  g_assert_cmpstr (gtk_editable_get_text (amount), ==, "-5");
  g_assert_cmpint (count_entries (fixture, "kind = 'spend'"), ==, 0);
  gtk_editable_set_text (amount, "£12.50");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_cmpint (count_entries (fixture, "kind = 'spend' AND amount_pence = 1250"), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (amount)));

  /* What we agreed: one thing per row, blank rows skipped, each the
   * writer's own unless said otherwise; the details are kept too. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 4);
  gtk_editable_set_text (summary, "What we agreed about the garden");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body), "Dot wants to grow beans", -1);
  gtk_editable_set_text (item_entry (composer, 0), "Phone the gardening project");
  gtk_widget_activate_action (composer, "composer.add-item", NULL);
  gtk_widget_activate_action (composer, "composer.add-item", NULL);
  gtk_editable_set_text (item_entry (composer, 2), "  Look out the tenancy letter  ");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_cmpint (count_entries (fixture, "summary = 'What we agreed about the garden'"
                                  " AND body = 'Dot wants to grow beans'"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items a JOIN"
                                          " timeline_entries e ON e.id = a.entry_id WHERE"
                                          " e.summary = 'What we agreed about the garden'"
                                          " AND a.text = 'Look out the tenancy letter'"
                                          " AND a.position = 1"), ==, 1);
  /* Saved, the list is one empty row again. */
  g_assert_cmpuint (count_rows (composer_items (composer)), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 0)), ==, "");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items a JOIN"
                                          " timeline_entries e ON e.id = a.entry_id WHERE"
                                          " e.summary = 'What we agreed about the garden'"
                                          " AND a.status = 'open' AND a.owner_staff_id = 1"), ==, 2);

  /* Another time, chosen in the popover: yesterday at 10:30. The future is
   * refused with a message, and the words stay. */
  {
    GtkCalendar *calendar = GTK_CALENDAR (named (composer, "Day it happened"));
    GtkSpinButton *hour = GTK_SPIN_BUTTON (named (composer, "Hour"));
    GtkSpinButton *minute = GTK_SPIN_BUTTON (named (composer, "Minute"));
    GtkWidget *popover;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
    g_autoptr(GDateTime) expected = g_date_time_new_local (g_date_time_get_year (yesterday),
                                                           g_date_time_get_month (yesterday),
                                                           g_date_time_get_day_of_month (yesterday),
                                                           10, 30, 0);
    g_autofree char *where = NULL;

    popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

    gtk_calendar_select_day (calendar, yesterday);
    gtk_spin_button_set_value (hour, 10);
    gtk_spin_button_set_value (minute, 30);
    g_signal_emit_by_name (popover, "closed");
    gtk_editable_set_text (summary, "Dot rang yesterday morning");
    gtk_widget_activate_action (composer, "composer.save", NULL);
    where = g_strdup_printf ("summary = 'Dot rang yesterday morning' AND occurred_at = %"
                             G_GINT64_FORMAT, g_date_time_to_unix (expected));
    g_assert_cmpint (count_entries (fixture, where), ==, 1);

    gtk_calendar_select_day (calendar, tomorrow);
    g_signal_emit_by_name (popover, "closed");
    gtk_editable_set_text (summary, "Not yet happened");
    gtk_widget_activate_action (composer, "composer.save", NULL);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
    g_assert_cmpstr (gtk_editable_get_text (summary), ==, "Not yet happened");
    g_assert_cmpint (count_entries (fixture, "summary = 'Not yet happened'"), ==, 0);

    /* "Now" again, and it saves. */
    gtk_widget_activate_action (composer, "composer.now", NULL);
    gtk_widget_activate_action (composer, "composer.save", NULL);
    g_assert_cmpint (count_entries (fixture, "summary = 'Not yet happened'"), ==, 1);
  }

  /* A store that cannot be written: a message, and the words stay. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HearthStore) reader = hearth_store_open (hearth_store_get_path (fixture->store),
                                                       HEARTH_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    hearth_entry_composer_set_store (HEARTH_ENTRY_COMPOSER (composer), reader);
    gtk_editable_set_text (summary, "Written where it cannot be");
    gtk_widget_activate_action (composer, "composer.save", NULL);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
    g_assert_cmpstr (gtk_editable_get_text (summary), ==, "Written where it cannot be");
    hearth_entry_composer_set_store (HEARTH_ENTRY_COMPOSER (composer), fixture->store);
  }
}

/* Whether @widget is wholly inside the part of its list that shows. */
static gboolean
in_sight (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, scroller, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* The label that says @words, once it shows them. */
static GtkWidget *
wait_for_words (GtkWidget  *composer,
                const char *words)
{
  GtkWidget *label = NULL;

  ITERATE_UNTIL ((label = hearth_test_find_named (composer, GTK_TYPE_LABEL, words)) != NULL &&
                 gtk_widget_is_visible (label));
  return label;
}

/* "£12.50 left of the Q3 budget", from the figures of the test. */
static char *
left_words (gint64      pence,
            const char *budget,
            const char *words)
{
  g_autofree char *sum = hearth_money_format (ABS (pence));
  g_auto(GStrv) parts = g_strsplit (words, "%s", 3);

  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  return g_strconcat (parts[0], sum, parts[1], budget, parts[2], NULL);
}

/* Where a spend is logged, the composer says what is left of the team's
 * budget, and what will be as the amount is typed; in the error colour
 * once it goes below zero, and the spend is still logged. */
static void
test_composer_budget (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *composer = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_COMPOSER, 0);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (fixture->now);
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now), 1, 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_months (first, 1);
  g_autoptr(GDateTime) last = g_date_time_add_days (next, -1);
  g_autofree char *starts_on = g_date_time_format (first, "%Y-%m-%d");
  g_autofree char *ends_on = g_date_time_format (last, "%Y-%m-%d");
  HearthBudgetFields budget = { "Tenancy", "This month", "50", starts_on, ends_on };
  const gint64 amount = 5000, spent = 2000, typed = 1250, more = 4000;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  HearthEntryFields fields;
  GtkEditable *amount_entry;
  GtkEditable *summary;
  GtkWidget *label;

  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE staff SET team = 'Tenancy' WHERE id = 1", &error));
  g_assert_cmpint (hearth_budget_create (fixture->store, &budget, &error), >, 0);
  g_assert_no_error (error);
  hearth_entry_fields_init (&fields);
  fields.kind = "spend";
  fields.summary = "Bus fare";
  fields.amount_pence = spent;
  fields.occurred_at = fixture->now - 3600;
  hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  summary = GTK_EDITABLE (named (composer, "Summary of the new entry"));
  amount_entry = GTK_EDITABLE (named (composer, "Amount in pounds and pence"));

  /* A spend: what is left before anything is typed. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 6);
  words = left_words (amount - spent, "This month", "%s left of the %s budget");
  label = wait_for_words (composer, words);
  g_assert_false (gtk_widget_has_css_class (label, "error"));

  /* As the amount is typed. */
  gtk_editable_set_text (amount_entry, "12.50");
  g_free (words);
  words = left_words (amount - spent - typed, "This month",
                      "%s left of the %s budget after this spend");
  label = wait_for_words (composer, words);
  g_assert_false (gtk_widget_has_css_class (label, "error"));

  /* Below zero: said, in the error colour, and nothing refused. */
  gtk_editable_set_text (amount_entry, "40");
  g_free (words);
  words = left_words (amount - spent - more, "This month",
                      "%s over the %s budget with this spend");
  g_assert_cmpint (amount - spent - more, <, 0);
  label = wait_for_words (composer, words);
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  gtk_editable_set_text (summary, "New cooker");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_cmpint (count_entries (fixture, "kind = 'spend' AND amount_pence = 4000"), ==, 1);

  /* The next spend starts from what is now left: below zero. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 6);
  g_free (words);
  words = left_words (amount - spent - more, "This month", "%s over the %s budget");
  label = wait_for_words (composer, words);
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  /* Other kinds of entry say nothing of the budget. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 0);
  ITERATE_UNTIL (!gtk_widget_is_visible (label));
}

/* Opens the who-and-by-when popover of the composer's @index-th item. */
static GtkWidget *
open_who (GtkWidget *composer,
          int        index)
{
  GtkMenuButton *who = item_who (composer, index);
  GtkWidget *popover;

  /* As a person would: to the button by keyboard, which scrolls to it. */
  gtk_widget_grab_focus (GTK_WIDGET (who));
  ITERATE_UNTIL (in_sight (GTK_WIDGET (who)) && gtk_widget_get_mapped (GTK_WIDGET (who)));
  gtk_menu_button_popup (who);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (who));
  g_assert_true (HEARTH_IS_ITEM_OWNER_POPOVER (popover));
  ITERATE_UNTIL (gtk_widget_get_visible (popover));
  return popover;
}

static void
test_composer_agreement (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *composer = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_COMPOSER, 0);
  GtkEditable *summary = GTK_EDITABLE (named (composer, "Summary of the new entry"));
  GtkLabel *error_label = composer_error (composer);
  GtkListBox *items = composer_items (composer);
  GtkWidget *popover;
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (fixture->now);
  g_autoptr(GDateTime) friday = g_date_time_add_days (today, 3);
  g_autofree char *friday_iso = g_date_time_format (friday, "%Y-%m-%d");
  g_autofree char *label = NULL;
  gint64 before = hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items");
  gint64 entry_id;

  /* Alt+5's kind shows one empty row to write in; Enter in the summary goes
   * on to it instead of logging an agreement with nothing agreed. */
  gtk_widget_activate_action (composer, "composer.kind", "i", 4);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (items)));
  g_assert_cmpuint (count_rows (items), ==, 1);
  gtk_editable_set_text (summary, "What we agreed with Dot");
  g_signal_emit_by_name (summary, "activate");
  ITERATE_UNTIL (has_focus (fixture, item_entry (composer, 0)));
  g_assert_cmpint (count_entries (fixture, "summary = 'What we agreed with Dot'"), ==, 0);

  /* Mine, by a date three days on; Enter adds the next row and goes to it. */
  gtk_editable_set_text (item_entry (composer, 0), "Ring the GP");
  popover = open_who (composer, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (named (popover, "Who will do it"))), ==, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (popover, "By a date")), TRUE);
  gtk_calendar_select_day (GTK_CALENDAR (named (popover, "Due date")), friday);
  g_signal_emit_by_name (button_labelled (popover, "Done"), "clicked");
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));
  /* The button says so in a few words, and to a screen reader. */
  {
    g_autofree char *day = g_date_time_format (friday, "%a %-d %b");

    label = g_strdup_printf ("Me · by %s", day);
    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (item_who (composer, 0)), label));
  }

  g_signal_emit_by_name (item_entry (composer, 0), "activate");
  g_assert_cmpuint (count_rows (items), ==, 2);
  ITERATE_UNTIL (has_focus (fixture, item_entry (composer, 1)));

  /* The resident's, with no date. */
  gtk_editable_set_text (item_entry (composer, 1), "Find the tenancy letter");
  popover = open_who (composer, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (popover, "Who will do it")), 1);
  g_signal_emit_by_name (button_labelled (popover, "Done"), "clicked");
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (item_who (composer, 1)), "The resident"));

  /* Someone else, not yet named: refused in the popover, and refused again
   * by Ctrl+Enter, which writes nothing and loses nothing. */
  g_signal_emit_by_name (item_entry (composer, 1), "activate");
  ITERATE_UNTIL (count_rows (items) == 3 && has_focus (fixture, item_entry (composer, 2)));
  gtk_editable_set_text (item_entry (composer, 2), "Age UK will call on the 12th");
  popover = open_who (composer, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (popover, "Who will do it")), 2);
  gtk_editable_set_text (GTK_EDITABLE (named (popover, "Who else will do it")), "   ");
  g_signal_emit_by_name (button_labelled (popover, "Done"), "clicked");
  ITERATE_UNTIL (gtk_widget_get_visible (popover_message (popover)));
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));

  /* The popover opens again, where the name is missing. */
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  ITERATE_UNTIL (gtk_widget_get_visible (popover));
  g_assert_true (gtk_widget_get_visible (popover_message (popover)));
  g_assert_cmpint (count_entries (fixture, "summary = 'What we agreed with Dot'"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM agreement_items"), ==, before);
  g_assert_cmpuint (count_rows (items), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (summary), ==, "What we agreed with Dot");
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 0)), ==, "Ring the GP");

  /* Named, and it logs: one entry, three items, each as chosen. */
  gtk_editable_set_text (GTK_EDITABLE (named (popover, "Who else will do it")), "Age UK");
  g_signal_emit_by_name (button_labelled (popover, "Done"), "clicked");
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));

  /* A store that cannot be written: a message, and every row stays as it
   * was, owners and dates too. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HearthStore) reader = hearth_store_open (hearth_store_get_path (fixture->store),
                                                       HEARTH_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    hearth_entry_composer_set_store (HEARTH_ENTRY_COMPOSER (composer), reader);
    gtk_widget_activate_action (composer, "composer.save", NULL);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
    g_assert_cmpint (count_entries (fixture, "summary = 'What we agreed with Dot'"), ==, 0);
    g_assert_cmpuint (count_rows (items), ==, 3);
    g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 2)), ==, "Age UK will call on the 12th");
    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (item_who (composer, 0)), label));
    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (item_who (composer, 2)), "Age UK"));
    hearth_entry_composer_set_store (HEARTH_ENTRY_COMPOSER (composer), fixture->store);
  }

  gtk_widget_activate_action (composer, "composer.save", NULL);
  ITERATE_UNTIL (count_entries (fixture, "summary = 'What we agreed with Dot'") == 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  entry_id = hearth_test_query_int (fixture->store,
                                    "SELECT id FROM timeline_entries WHERE kind = 'agreement'"
                                    " AND summary = 'What we agreed with Dot' AND case_id = 1");
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM agreement_items WHERE entry_id = %"
                                           G_GINT64_FORMAT, entry_id), ==, 3);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM agreement_items WHERE entry_id = %"
                                           G_GINT64_FORMAT " AND position = 0 AND text = 'Ring the GP'"
                                           " AND owner_kind = 'staff' AND owner_staff_id = 1"
                                           " AND owner_name = '' AND due_on = '%s'",
                                           entry_id, friday_iso), ==, 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM agreement_items WHERE entry_id = %"
                                           G_GINT64_FORMAT " AND position = 1"
                                           " AND text = 'Find the tenancy letter'"
                                           " AND owner_kind = 'resident' AND owner_staff_id IS NULL"
                                           " AND owner_name = '' AND due_on IS NULL", entry_id), ==, 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM agreement_items WHERE entry_id = %"
                                           G_GINT64_FORMAT " AND position = 2"
                                           " AND text = 'Age UK will call on the 12th'"
                                           " AND owner_kind = 'other' AND owner_staff_id IS NULL"
                                           " AND owner_name = 'Age UK' AND due_on IS NULL",
                                           entry_id), ==, 1);

  /* Ready for the next: one empty row, the writer's own again. */
  g_assert_cmpuint (count_rows (items), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 0)), ==, "");
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (item_who (composer, 0)), "Me"));
}

static void
test_composer_agreement_limits (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *composer = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_COMPOSER, 0);
  GtkEditable *summary = GTK_EDITABLE (named (composer, "Summary of the new entry"));
  GtkLabel *error_label = composer_error (composer);
  GtkListBox *items = composer_items (composer);
  GtkWidget *popover, *colleague, *focus;
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (fixture->now);
  g_autoptr(GDateTime) last_week = g_date_time_add_days (today, -7);
  g_autofree char *last_week_iso = g_date_time_format (last_week, "%Y-%m-%d");

  gtk_widget_activate_action (composer, "composer.kind", "i", 4);
  gtk_editable_set_text (summary, "A long list");

  /* Nothing agreed yet: refused, pointing at the empty row. */
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpint (count_entries (fixture, "summary = 'A long list'"), ==, 0);

  /* Enter on an empty last row adds no other. */
  g_signal_emit_by_name (item_entry (composer, 0), "activate");
  g_assert_cmpuint (count_rows (items), ==, 1);

  /* Twenty rows at most, and a message at the twenty-first. */
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("Thing %d", i + 1);

      if (i > 0)
        gtk_widget_activate_action (composer, "composer.add-item", NULL);
      gtk_editable_set_text (item_entry (composer, i), text);
    }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  /* The row being written in is scrolled into sight. */
  ITERATE_UNTIL (in_sight (GTK_WIDGET (item_entry (composer, 19))));
  g_signal_emit_by_name (item_entry (composer, 19), "activate");
  g_assert_cmpuint (count_rows (items), ==, 20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "Twenty"));

  /* Removing one takes it away, and the focus goes to the one before. */
  gtk_widget_grab_focus (GTK_WIDGET (item_entry (composer, 1)));
  g_signal_emit_by_name (named (gtk_list_box_get_row_at_index (items, 1), "Remove agreed thing 2"),
                         "clicked");
  g_assert_cmpuint (count_rows (items), ==, 19);
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 1)), ==, "Thing 3");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (item_entry (composer, 0))));

  /* A colleague from the team, by a date already past: the model takes
   * late dates (a thing agreed may be logged after its day). */
  popover = open_who (composer, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (popover, "Who will do it")), 3);
  colleague = named (popover, "Which colleague will do it");
  g_assert_true (gtk_widget_get_visible (colleague));
  ITERATE_UNTIL (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (colleague))) == 2);
  /* By name: Priya Raman, Tomasz Nowak. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (colleague), 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (popover, "By a date")), TRUE);
  gtk_calendar_select_day (GTK_CALENDAR (named (popover, "Due date")), last_week);
  g_signal_emit_by_name (button_labelled (popover, "Done"), "clicked");
  ITERATE_UNTIL (!gtk_widget_get_visible (popover));

  gtk_widget_activate_action (composer, "composer.save", NULL);
  ITERATE_UNTIL (count_entries (fixture, "summary = 'A long list'") == 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT count (*) FROM agreement_items a JOIN timeline_entries e"
                                           " ON e.id = a.entry_id WHERE e.summary = 'A long list'"
                                           " AND a.position = 0 AND a.text = 'Thing 1'"
                                           " AND a.owner_kind = 'staff' AND a.owner_staff_id = 2"
                                           " AND a.due_on = '%s'", last_week_iso), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items a JOIN timeline_entries e"
                                          " ON e.id = a.entry_id WHERE e.summary = 'A long list'"
                                          " AND a.owner_kind = 'staff' AND a.owner_staff_id = 1"
                                          " AND a.due_on IS NULL"), ==, 18);
}

static void
test_composer_paste_list (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *composer = find (GTK_WIDGET (fixture->view), HEARTH_TYPE_ENTRY_COMPOSER, 0);
  GtkListBox *items = composer_items (composer);
  GtkLabel *error_label = composer_error (composer);
  g_autoptr(GString) long_list = g_string_new (NULL);
  int position;

  gtk_widget_activate_action (composer, "composer.kind", "i", 4);
  gtk_editable_set_text (item_entry (composer, 0), "Ring ");

  /* Notes pasted at the cursor: a thing a line, blank lines skipped, the
   * first line joining what was there. */
  position = 5;
  gtk_editable_insert_text (item_entry (composer, 0),
                            "the GP\r\nFind the tenancy letter\n\n  Age UK will call  \n", -1, &position);
  g_assert_cmpuint (count_rows (items), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 0)), ==, "Ring the GP ");
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 1)), ==, "Find the tenancy letter");
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 2)), ==, "Age UK will call");

  /* Pasted into a row, the new rows go just below it, before the others. */
  position = 0;
  gtk_editable_insert_text (item_entry (composer, 1), "\nBook the surgery", -1, &position);
  g_assert_cmpuint (count_rows (items), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 2)), ==, "Book the surgery");
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 3)), ==, "Age UK will call");

  /* More than twenty: the rows stop at twenty, with the message. */
  for (int i = 0; i < 30; i++)
    g_string_append_printf (long_list, "\nPasted %d", i + 1);
  position = 0;
  gtk_editable_insert_text (item_entry (composer, 3), long_list->str, -1, &position);
  g_assert_cmpuint (count_rows (items), ==, 20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_editable_get_text (item_entry (composer, 4)), ==, "Pasted 1");

  /* And they are logged as rows. */
  gtk_editable_set_text (GTK_EDITABLE (named (composer, "Summary of the new entry")), "Pasted from my notes");
  gtk_widget_activate_action (composer, "composer.save", NULL);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items a JOIN timeline_entries e"
                                          " ON e.id = a.entry_id WHERE e.summary = 'Pasted from my notes'"),
                   ==, 20);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items a JOIN timeline_entries e"
                                          " ON e.id = a.entry_id WHERE e.summary = 'Pasted from my notes'"
                                          " AND a.position = 1 AND a.text = 'Find the tenancy letter'"),
                   ==, 1);
}

static void
test_edit_keeps_history (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = hearth_query_model_get_id (HEARTH_QUERY_MODEL (shown (fixture)), 1);
  GtkEditable *summary;
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.edit-entry", "x", id);
  ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) != NULL);
  dialog = adw_window_get_visible_dialog (fixture->window);
  g_assert_true (HEARTH_IS_ENTRY_EDIT_DIALOG (dialog));
  summary = GTK_EDITABLE (find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0));
  g_assert_cmpstr (gtk_editable_get_text (summary), ==, "Talked about the bathroom");

  /* A blank summary cannot be saved, and the dialog says why. */
  gtk_editable_set_text (summary, "  ");
  g_assert_false (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
  g_assert_nonnull (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));
  g_assert_false (hearth_form_dialog_save (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entry_versions"), ==, 0);
  gtk_editable_set_text (summary, "Talked about the bathroom and the garden");
  g_assert_true (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
  g_assert_null (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));

  /* Saved, the version it replaces is kept, and the dialog closes. */
  g_assert_true (hearth_form_dialog_save (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM timeline_entry_versions v JOIN"
                                          " timeline_entries e ON e.id = v.entry_id WHERE"
                                          " v.summary = 'Talked about the bathroom' AND e.version = 2"
                                          " AND e.summary = 'Talked about the bathroom and the garden'"),
                   ==, 1);
  ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) == NULL);
  ITERATE_UNTIL (row_of (fixture, id) != NULL &&
                 find_label_containing (GTK_WIDGET (row_of (fixture, id)),
                                        "Talked about the bathroom and the garden") != NULL);
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
  ADD ("/timeline/days-are-headed", test_days_are_headed);
  ADD ("/timeline/row-opens-with-agreement", test_row_opens_with_agreement);
  ADD ("/timeline/item-owner-and-due", test_item_owner_and_due);
  ADD ("/timeline/filters", test_filters);
  ADD ("/timeline/delete-asks", test_delete_asks);
  ADD ("/timeline/composer", test_composer);
  ADD ("/timeline/composer-budget", test_composer_budget);
  ADD ("/timeline/composer-agreement", test_composer_agreement);
  ADD ("/timeline/composer-agreement-limits", test_composer_agreement_limits);
  ADD ("/timeline/composer-paste-list", test_composer_paste_list);
  ADD ("/timeline/edit-keeps-history", test_edit_keeps_history);
#undef ADD

  return g_test_run ();
}
