/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window under a virtual display: every area shows its real list
 * from the sample team, the empty states show on an empty database, and the
 * widgets are finalized without leaks.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-backups.h"
#include "hearth-case-list-page.h"
#include "hearth-case-view.h"
#include "hearth-entry-composer.h"
#include "hearth-feedback-cycle-dialog.h"
#include "hearth-feedback-page.h"
#include "hearth-lookup-item.h"
#include "hearth-lookup-row.h"
#include "hearth-preferences-dialog.h"
#include "hearth-projector-window.h"
#include "hearth-sample-data.h"
#include "hearth-screenshots.h"
#include "hearth-stopshop-page.h"
#include "hearth-supervision-page.h"
#include "hearth-timeline-entry.h"
#include "hearth-timeline-view.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

static const char *const areas[] = { "cases", "stopshop", "feedback", "supervision" };

typedef struct
{
  char        *dir;
  HearthStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean with_sample = GPOINTER_TO_INT (data);

  fixture->store = hearth_test_store_new (&fixture->dir, 0);

  if (with_sample)
    {
      hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error);
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

/* The name of the state the first GtkStack below @widget shows. */
static const char *
shown_state (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    {
      const char *name = gtk_stack_get_visible_child_name (GTK_STACK (widget));

      if (g_strcmp0 (name, "list") == 0 || g_strcmp0 (name, "empty") == 0)
        return name;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = shown_state (child);

      if (name != NULL)
        return name;
    }

  return NULL;
}

static guint
area_n_items (HearthWindow *window,
              const char   *area)
{
  GtkWidget *page = hearth_window_get_area (window, area);

  if (HEARTH_IS_CASE_LIST_PAGE (page))
    return g_list_model_get_n_items (hearth_case_list_page_get_model (HEARTH_CASE_LIST_PAGE (page)));
  if (HEARTH_IS_STOPSHOP_PAGE (page))
    return g_list_model_get_n_items (hearth_stopshop_page_get_barriers (HEARTH_STOPSHOP_PAGE (page)));
  if (HEARTH_IS_FEEDBACK_PAGE (page))
    return g_list_model_get_n_items (hearth_feedback_page_get_model (HEARTH_FEEDBACK_PAGE (page)));
  if (HEARTH_IS_SUPERVISION_PAGE (page))
    return g_list_model_get_n_items (hearth_supervision_page_get_model (HEARTH_SUPERVISION_PAGE (page)));

  g_assert_not_reached ();
}

static HearthWindow *
open_window (HearthStore *store)
{
  HearthWindow *window = hearth_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  hearth_test_present (GTK_WINDOW (window));
  return window;
}

static void
close_window (HearthWindow *window)
{
  hearth_test_destroy (GTK_WINDOW (window));
}

static void
test_areas_show_sample_data (Fixture       *fixture,
                             gconstpointer  data)
{
  HearthWindow *window;

  /* One-to-ones open on the people of whoever uses Hearth: a supervisor. */
  hearth_store_set_actor (fixture->store,
                          hearth_test_query_int (fixture->store,
                                                 "SELECT min (supervisor_id) FROM supervision_pairs"));
  window = open_window (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = hearth_window_get_area (window, areas[i]);

      hearth_window_set_area (window, areas[i]);
      HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (page));

      g_test_message ("area %s: %u items", areas[i], area_n_items (window, areas[i]));
      g_assert_cmpuint (area_n_items (window, areas[i]), >, 0);
      g_assert_cmpstr (shown_state (page), ==, "list");
    }

  close_window (window);
}

static void
test_case_opens_with_timeline (Fixture       *fixture,
                               gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthCaseListPage *page = hearth_window_get_case_list_page (window);
  HearthCaseView *view = hearth_case_list_page_get_case_view (page);
  GListModel *timeline;

  hearth_case_list_page_open_case (page, 0);
  g_assert_nonnull (view);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (view)));

  g_assert_nonnull (hearth_case_view_get_case (view));
  timeline = hearth_case_view_get_timeline (view);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >, 0);

  close_window (window);
}

static void
test_empty_states (Fixture       *fixture,
                   gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = hearth_window_get_area (window, areas[i]);

      hearth_window_set_area (window, areas[i]);
      HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (page));

      g_assert_cmpuint (area_n_items (window, areas[i]), ==, 0);
      g_assert_cmpstr (shown_state (page), ==, "empty");
    }

  /* An empty case list offers to start the first case. */
  {
    GtkWidget *button;
    AdwDialog *dialog;

    hearth_window_set_area (window, "cases");
    HEARTH_TEST_ITERATE_UNTIL ((button = hearth_test_find_labelled (hearth_window_get_area (window, "cases"),
                                                                    "New Case…")) != NULL &&
                               gtk_widget_is_visible (button));
    g_assert_true (GTK_IS_BUTTON (button));
    g_signal_emit_by_name (button, "clicked");
    HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))) != NULL);
    hearth_test_close_dialog (dialog);
  }

  close_window (window);
}

/* The shortcuts the window promises reach the areas and the search box. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  GtkWidget *focus;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", areas[i]));
      HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (hearth_window_get_area (window, areas[i])));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (hearth_window_get_area (window, "cases")));
  HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                             gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL);

  /* Typing in the search box narrows the list. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY)),
                         "cooker");
  HEARTH_TEST_ITERATE_UNTIL (area_n_items (window, "cases") == 1);

  /* Down goes from the search box into the results. */
  {
    GtkWidget *entry = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
      }
    g_assert_true (handled);
    HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                               gtk_widget_get_ancestor (focus, GTK_TYPE_GRID_VIEW) != NULL);
  }

  /* Ctrl+N in Feedback starts a cycle, not a case. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "feedback"));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (hearth_window_get_area (window, "feedback")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_CYCLE_DIALOG (
    adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  HEARTH_TEST_ITERATE_UNTIL (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) == NULL);

  close_window (window);
}

/* Runs the case view's window-wide shortcut for @trigger, as the window
 * does for a key pressed anywhere in it. */
static gboolean
run_case_key (HearthCaseView *view,
              const char     *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) != GTK_SHORTCUT_SCOPE_GLOBAL)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *name = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (name, trigger))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                 GTK_WIDGET (view), NULL);
        }
    }
  g_error ("No window-wide shortcut %s on the case view", trigger);
}

/* With a case open, its keys work from anywhere in the window: from the
 * search box, a dozen Tabs from the timeline. */
static void
test_case_keys_anywhere (Fixture       *fixture,
                         gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthCaseListPage *cases = hearth_window_get_case_list_page (window);
  HearthCaseView *view;
  GtkWidget *focus;
  GtkWidget *timeline;

  hearth_case_list_page_open_case (cases, 0);
  view = hearth_case_list_page_get_case_view (cases);
  HEARTH_TEST_ITERATE_UNTIL ((timeline = hearth_test_find (GTK_WIDGET (view), HEARTH_TYPE_TIMELINE_VIEW, 0)) != NULL &&
                             gtk_widget_get_mapped (timeline));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                             gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL);
  g_assert_false (gtk_widget_is_ancestor (focus, timeline));

  /* Ctrl+L: the composer. */
  g_assert_true (run_case_key (view, "<Control>l"));
  HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                             gtk_widget_get_ancestor (focus, HEARTH_TYPE_ENTRY_COMPOSER) != NULL);

  /* Ctrl+Shift+F, back from the search box: the timeline's own search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                             !gtk_widget_is_ancestor (focus, timeline));
  g_assert_true (run_case_key (view, "<Shift><Control>f"));
  HEARTH_TEST_ITERATE_UNTIL ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL &&
                             gtk_widget_is_ancestor (focus, timeline) &&
                             gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL);

  /* Ctrl+Shift+H: the handover; while it is open, the keys are its own. */
  g_assert_true (run_case_key (view, "<Shift><Control>h"));
  HEARTH_TEST_ITERATE_UNTIL (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)) != NULL);
  g_assert_false (run_case_key (view, "<Control>l"));
  hearth_test_close_dialog (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  close_window (window);
}

/* The header bars shown above @widget: those of the toolbar views it is
 * in, up to its window. */
static guint
bars_above (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *bar;

      if (!ADW_IS_TOOLBAR_VIEW (w))
        continue;
      for (guint i = 0; (bar = hearth_test_find (w, ADW_TYPE_HEADER_BAR, i)) != NULL; i++)
        if (gtk_widget_get_ancestor (bar, ADW_TYPE_TOOLBAR_VIEW) == w && gtk_widget_is_drawable (bar))
          n++;
    }
  return n;
}

/* The header bar of the pane @widget is in. */
static GtkWidget *
pane_bar (GtkWidget *widget)
{
  GtkWidget *view = gtk_widget_get_ancestor (widget, ADW_TYPE_TOOLBAR_VIEW);

  g_assert_nonnull (view);
  return hearth_test_find (view, ADW_TYPE_HEADER_BAR, 0);
}

/* Cases has two panes, each under one bar of its own: the sidebar's
 * holds the area switcher, New and the main menu; the content pane's the
 * case's title, its actions and, on a phone, the back button. */
static void
test_one_bar_per_pane (Fixture       *fixture,
                       gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthCaseListPage *cases = hearth_window_get_case_list_page (window);
  HearthCaseView *view = hearth_case_list_page_get_case_view (cases);
  GtkWidget *search, *handover, *new_case, *back;
  GtkWidget *page_of_cases = hearth_window_get_area (window, "cases");
  GtkMenuButton *menu;
  GtkPopover *popover;

  hearth_case_list_page_open_case (cases, 0);
  HEARTH_TEST_ITERATE_UNTIL ((handover = hearth_test_find_named (GTK_WIDGET (view), GTK_TYPE_BUTTON,
                                                                 "Handover")) != NULL &&
                             gtk_widget_is_drawable (handover));
  search = hearth_test_find_labelled (page_of_cases, "Search cases");
  new_case = hearth_test_find_named (page_of_cases, GTK_TYPE_BUTTON, "New Case");
  g_assert_nonnull (search);
  g_assert_true (gtk_widget_is_drawable (new_case));
  menu = GTK_MENU_BUTTON (hearth_test_find_named (page_of_cases, GTK_TYPE_MENU_BUTTON, "Main Menu"));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (menu)));

  /* The main menu is made as it opens. */
  g_assert_null (gtk_menu_button_get_menu_model (menu));
  gtk_menu_button_popup (menu);
  HEARTH_TEST_ITERATE_UNTIL ((popover = gtk_menu_button_get_popover (menu)) != NULL &&
                             gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_nonnull (gtk_menu_button_get_menu_model (menu));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu)), >, 0);
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) ==
                 gtk_menu_button_get_menu_model (menu));
  gtk_menu_button_popdown (menu);
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_nonnull (hearth_test_find (pane_bar (new_case), ADW_TYPE_VIEW_SWITCHER, 0));

  /* One bar over each pane, not the window's over both. */
  g_assert_cmpuint (bars_above (search), ==, 1);
  g_assert_cmpuint (bars_above (handover), ==, 1);
  g_assert_true (pane_bar (search) == pane_bar (new_case));
  g_assert_true (pane_bar (search) != pane_bar (handover));
  g_assert_nonnull (hearth_test_find_labelled (pane_bar (handover),
                                               hearth_case_get_title (hearth_case_view_get_case (view))));

  /* The other areas keep the window's one bar. */
  hearth_window_set_area (window, "stopshop");
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_drawable (hearth_window_get_area (window, "stopshop")));
  g_assert_cmpuint (bars_above (hearth_window_get_area (window, "stopshop")), ==, 1);
  /* Its bar's + makes a session, as Ctrl+N does there. */
  HEARTH_TEST_ITERATE_UNTIL ((new_case = hearth_test_find_named (GTK_WIDGET (window), GTK_TYPE_BUTTON,
                                                                 "New Session")) != NULL &&
                             gtk_widget_is_drawable (new_case));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (new_case)), ==, "win.new");

  /* On a phone: the case alone, the back button in its own bar. */
  hearth_window_set_area (window, "cases");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 360 &&
                             gtk_widget_is_drawable (handover) && !gtk_widget_is_drawable (search));
  HEARTH_TEST_ITERATE_UNTIL ((back = hearth_test_find_named (pane_bar (handover), GTK_TYPE_BUTTON,
                                                             "Back")) != NULL &&
                             gtk_widget_is_drawable (back));
  g_assert_cmpuint (bars_above (handover), ==, 1);
  g_assert_cmpint (gtk_widget_get_width (pane_bar (handover)), <=, 360);

  close_window (window);
}

/* A window gone narrow with the focus in Cases' sidebar lets go of
 * everything as it closes: the fixture's teardown checks that the store
 * is freed. */
static void
test_narrow_from_sidebar (Fixture       *fixture,
                          gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  HearthCaseListPage *cases = hearth_window_get_case_list_page (window);
  HearthCaseView *view = hearth_case_list_page_get_case_view (cases);
  GtkWidget *page_of_cases = hearth_window_get_area (window, "cases");
  GtkWidget *menu, *handover;

  hearth_case_list_page_open_case (cases, 0);
  HEARTH_TEST_ITERATE_UNTIL ((handover = hearth_test_find_named (GTK_WIDGET (view), GTK_TYPE_BUTTON,
                                                                 "Handover")) != NULL &&
                             gtk_widget_is_drawable (handover));
  menu = hearth_test_find_named (page_of_cases, GTK_TYPE_MENU_BUTTON, "Main Menu");
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_grab_focus (menu));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (gtk_widget_get_first_child (menu)) ||
                             gtk_widget_is_focus (menu));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 360 &&
                             gtk_widget_is_drawable (handover));

  close_window (window);
}

static gboolean
focus_in (GtkWidget *focus,
          GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Tab walks a case in reading order: from its title into what follows
 * (the resident, the profile, then the timeline), not back to the list,
 * and Shift+Tab comes back to the title. */
static void
walk_case (HearthStore *store,
           int          width,
           int          height)
{
  HearthWindow *window = hearth_window_new (NULL, store);
  HearthCaseListPage *cases = hearth_window_get_case_list_page (window);
  HearthCaseView *view = hearth_case_list_page_get_case_view (cases);
  GtkWidget *title, *search, *focus = NULL, *timeline;
  HearthCase *item;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  hearth_test_present (GTK_WINDOW (window));
  hearth_case_list_page_open_case (cases, 0);
  HEARTH_TEST_ITERATE_UNTIL ((item = hearth_case_view_get_case (view)) != NULL &&
                             (title = hearth_test_find_named (GTK_WIDGET (view), GTK_TYPE_LABEL,
                                                              hearth_case_get_title (item))) != NULL &&
                             gtk_widget_is_drawable (title));
  /* The heading in the content, not the bar's title. */
  title = hearth_test_find_named (hearth_test_find (GTK_WIDGET (view), GTK_TYPE_STACK, 0),
                                  GTK_TYPE_LABEL, hearth_case_get_title (item));
  timeline = hearth_test_find (GTK_WIDGET (view), HEARTH_TYPE_TIMELINE_VIEW, 0);
  search = hearth_test_find_labelled (timeline, "Search this timeline");

  /* Laid out for the width: Tab follows what is on screen. */
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_drawable (search));
  hearth_test_wait_drawn (GTK_WIDGET (view));
  g_assert_true (gtk_widget_grab_focus (title));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (title));
  /* Focus may scroll the content: Tab orders by where things are, so let
   * that layout finish first, as it has long before a person presses Tab. */
  hearth_test_wait_drawn (GTK_WIDGET (view));

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus_in (focus, GTK_WIDGET (view)));
  g_assert_false (focus_in (focus, pane_bar (title)));
  g_assert_true (focus != title);

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_widget_is_focus (title));

  /* On through the content into the timeline, never leaving the case. */
  for (guint i = 0; i < 60 && !focus_in (focus, timeline); i++)
    {
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_true (focus_in (focus, GTK_WIDGET (view)));
    }
  g_assert_true (focus_in (focus, timeline));

  close_window (window);
}

static void
test_case_tab_order (Fixture       *fixture,
                     gconstpointer  data)
{
  walk_case (fixture->store, 1280, 800);
  /* On a phone, where the case fills the window. */
  walk_case (fixture->store, 360, 720);
}

typedef struct {
  gboolean finalized;
  gboolean work_left;
} SplitViewEnd;

static void
split_view_finalized_cb (gpointer  data,
                         GObject  *split_view)
{
  SplitViewEnd *end = data;

  end->finalized = TRUE;
  end->work_left = g_main_context_find_source_by_user_data (NULL, split_view) != NULL;
}

/* A case opened on a phone, and the window closed at once: no idle work
 * that showing the case queued for the split view outlives it, to run
 * later on freed memory (libadwaita 1.7 queues such work). */
static void
test_case_opened_then_closed (Fixture       *fixture,
                              gconstpointer  data)
{
  HearthWindow *window = hearth_window_new (NULL, fixture->store);
  HearthCaseListPage *cases = hearth_window_get_case_list_page (window);
  AdwNavigationSplitView *split_view;
  SplitViewEnd end = { FALSE, FALSE };

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  hearth_test_present (GTK_WINDOW (window));
  split_view = ADW_NAVIGATION_SPLIT_VIEW (hearth_test_find (hearth_window_get_area (window, "cases"),
                                                            ADW_TYPE_NAVIGATION_SPLIT_VIEW, 0));
  g_assert_nonnull (split_view);
  HEARTH_TEST_ITERATE_UNTIL (adw_navigation_split_view_get_collapsed (split_view));

  hearth_case_list_page_open_case (cases, 0);
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_object_weak_ref (G_OBJECT (split_view), split_view_finalized_cb, &end);
  close_window (window);

  HEARTH_TEST_ITERATE_UNTIL (end.finalized);
  g_assert_false (end.work_left);
}

static guint
count_lookup_rows (GtkWidget *widget)
{
  guint n = 0;

  while (hearth_test_find (widget, HEARTH_TYPE_LOOKUP_ROW, n) != NULL)
    n++;
  return n;
}

/* Preferences: the team's own lists on a page of their own, as the store
 * has them, each name removable from its row. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
  AdwDialog *dialog = hearth_preferences_dialog_new (fixture->store, settings);
  gint64 names = hearth_test_query_int (fixture->store,
                                        "SELECT (SELECT count (*) FROM outcomes WHERE active)"
                                        " + (SELECT count (*) FROM access_needs WHERE active)");
  g_autofree char *remove_name = NULL;
  HearthLookupItem *item;
  gint64 removed_id;
  GtkWidget *row, *remove;

  adw_dialog_present (dialog, GTK_WIDGET (window));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Outcomes at Close"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add an outcome"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Access Needs"));
  g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Add an access need"));
  g_assert_cmpint (names, >, 0);
  g_assert_cmpuint (count_lookup_rows (GTK_WIDGET (dialog)), ==, names);

  /* The first name's button takes it off its list. */
  row = hearth_test_find (GTK_WIDGET (dialog), HEARTH_TYPE_LOOKUP_ROW, 0);
  item = hearth_lookup_row_get_item (HEARTH_LOOKUP_ROW (row));
  removed_id = hearth_lookup_item_get_id (item);
  remove_name = g_strdup_printf ("Remove “%s” from the list", hearth_lookup_item_get_name (item));
  remove = hearth_test_find_named (row, GTK_TYPE_BUTTON, remove_name);
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  HEARTH_TEST_ITERATE_UNTIL (count_lookup_rows (GTK_WIDGET (dialog)) == names - 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM outcomes"
                                          " WHERE id = %" G_GINT64_FORMAT " AND NOT active",
                                          removed_id), ==, 1);

  /* The team's name is kept when applied, and every PDF then names it. */
  {
    GtkWidget *team = hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                 "Team name, on letters and PDFs");
    g_autofree char *kept = NULL;

    g_assert_nonnull (team);
    gtk_editable_set_text (GTK_EDITABLE (team), "Riverside Housing Team");
    g_signal_emit_by_name (team, "apply");
    kept = g_settings_get_string (settings, "team-name");
    g_assert_cmpstr (kept, ==, "Riverside Housing Team");
    g_settings_reset (settings, "team-name");
  }

  /* Back Up Now makes one, and the row says when. */
  {
    GtkWidget *backup_row = hearth_test_find_labelled (GTK_WIDGET (dialog), "Last backup");
    g_autoptr(GPtrArray) backups = NULL;

    g_assert_nonnull (backup_row);
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (backup_row)), "None yet"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "preferences.back-up", NULL));
    HEARTH_TEST_ITERATE_UNTIL (!g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (backup_row)), "None yet"));
    backups = hearth_backups_list (fixture->store);
    g_assert_cmpuint (backups->len, ==, 1);
    g_assert_nonnull (hearth_test_find_labelled (GTK_WIDGET (dialog), "Restore From a Backup…"));
  }

  hearth_test_close_dialog (dialog);
  close_window (window);
}

/* --- The shortcuts window ------------------------------------------------------ */

typedef struct
{
  guint           keyval;
  GdkModifierType modifiers;
} Key;

/* The keypad's Enter is Enter to a person, and a letter is the same key
 * whatever its case. */
static Key
key_new (guint           keyval,
         GdkModifierType modifiers)
{
  Key key = { gdk_keyval_to_lower (keyval), modifiers & gtk_accelerator_get_default_mod_mask () };

  if (key.keyval == GDK_KEY_KP_Enter)
    key.keyval = GDK_KEY_Return;
  return key;
}

static gboolean
has_key (GArray *keys,
         Key     key)
{
  for (guint i = 0; i < keys->len; i++)
    {
      const Key *k = &g_array_index (keys, Key, i);

      if (k->keyval == key.keyval && k->modifiers == key.modifiers)
        return TRUE;
    }
  return FALSE;
}

/* The keys an accelerator of the shortcuts window names: "<ctrl>Return
 * <ctrl>s" names two, "<alt>1...<alt>0" the run from one to the other. */
static void
add_listed_keys (GArray     *keys,
                 const char *accelerator)
{
  g_auto(GStrv) alternatives = g_strsplit (accelerator, " ", -1);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      g_auto(GStrv) ends = g_strsplit (alternatives[i], "...", 2);
      guint first, last;
      GdkModifierType modifiers;
      Key key;

      g_assert_true (gtk_accelerator_parse (ends[0], &first, &modifiers));
      last = first;
      if (ends[1] != NULL)
        g_assert_true (gtk_accelerator_parse (ends[1], &last, NULL));
      key = key_new (first, modifiers);
      g_array_append_val (keys, key);
      /* A run of digits, 1 to 0 as on the keyboard. */
      if (last != first && g_unichar_isdigit (gdk_keyval_to_unicode (first)))
        for (guint digit = GDK_KEY_0; digit <= GDK_KEY_9; digit++)
          {
            key = key_new (digit, modifiers);
            g_array_append_val (keys, key);
          }
    }
}

/* The keys that Hearth's own widgets at and below @widget bind to their
 * actions. */
static void
add_bound_keys (GArray    *keys,
                GtkWidget *widget)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Hearth"))
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
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
              Key key;

              if (!GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)) || !GTK_IS_KEYVAL_TRIGGER (trigger))
                continue;
              key = key_new (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                             gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
              if (!has_key (keys, key))
                g_array_append_val (keys, key);
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_bound_keys (keys, child);
}

/* Opens a dialog through @action on @widget, adds the keys bound in it,
 * and closes it again. */
static void
add_dialog_keys (GArray       *keys,
                 HearthWindow *window,
                 GtkWidget    *widget,
                 const char   *action,
                 GVariant     *target)
{
  g_autoptr(GVariant) owned = target != NULL ? g_variant_ref_sink (target) : NULL;
  AdwDialog *dialog = NULL;

  g_assert_true (gtk_widget_activate_action_variant (widget, action, owned));
  HEARTH_TEST_ITERATE_UNTIL ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))) != NULL);
  g_test_message ("%s opens %s", action, G_OBJECT_TYPE_NAME (dialog));
  add_bound_keys (keys, GTK_WIDGET (dialog));
  hearth_test_close_dialog (dialog);
}

/* The shortcuts window over @window, if it has one. */
static GtkWidget *
shortcuts_window_of (HearthWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

/* The shortcuts window is the one the window shows: every key Hearth binds,
 * in the window and in its dialogs, is listed there, and every key it lists
 * for the projector is one the projector takes. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hearthapp/Hearth/hearth-shortcuts-window.ui");
  GObject *shortcuts = gtk_builder_get_object (builder, "help_overlay");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GArray) listed = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GArray) projector_keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GArray) bound = g_array_new (FALSE, FALSE, sizeof (Key));
  HearthWindow *window;
  HearthCaseListPage *cases;
  HearthCaseView *view;
  GtkWidget *timeline, *stopshop;
  GtkWidget *shown;
  gint64 agreement = 0, session_id;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      GtkWidget *group;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      g_assert_nonnull (accelerator);
      group = gtk_widget_get_ancestor (l->data, GTK_TYPE_SHORTCUTS_GROUP);
      g_object_get (group, "title", &title, NULL);
      add_listed_keys (g_strcmp0 (title, "On the Projector") == 0 ? projector_keys : listed, accelerator);
    }
  g_assert_cmpuint (projector_keys->len, >, 0);

  /* The window, a case open in it, and each dialog with keys of its own. */
  window = open_window (fixture->store);

  /* The window builds its shortcuts window when it is first asked for. */
  g_assert_null (shortcuts_window_of (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  HEARTH_TEST_ITERATE_UNTIL ((shown = shortcuts_window_of (window)) != NULL &&
                             gtk_widget_get_mapped (shown));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (shown)));
  gtk_window_close (GTK_WINDOW (shown));
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_visible (shown));
  g_assert_true (shortcuts_window_of (window) == shown);
  cases = hearth_window_get_case_list_page (window);
  hearth_case_list_page_open_case (cases, 0);
  view = hearth_case_list_page_get_case_view (cases);
  HEARTH_TEST_ITERATE_UNTIL ((timeline = hearth_test_find (GTK_WIDGET (view), HEARTH_TYPE_TIMELINE_VIEW, 0)) != NULL &&
                             g_list_model_get_n_items (hearth_case_view_get_timeline (view)) > 0);
  add_bound_keys (bound, GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (hearth_case_view_get_timeline (view)) && agreement == 0; i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (hearth_case_view_get_timeline (view), i);

      if (g_str_equal (hearth_timeline_entry_get_kind (entry), "agreement"))
        agreement = hearth_timeline_entry_get_id (entry);
    }
  g_assert_cmpint (agreement, >, 0);
  add_dialog_keys (bound, window, GTK_WIDGET (window), "win.new-case", NULL);
  add_dialog_keys (bound, window, GTK_WIDGET (view), "case.handover", NULL);
  add_dialog_keys (bound, window, GTK_WIDGET (view), "case.edit-resident", g_variant_new_int64 (0));
  add_dialog_keys (bound, window, timeline, "timeline.agreement-summary", g_variant_new_int64 (agreement));
  hearth_window_set_area (window, "stopshop");
  stopshop = hearth_window_get_area (window, "stopshop");
  session_id = hearth_stopshop_page_get_selected_session (HEARTH_STOPSHOP_PAGE (stopshop));
  add_dialog_keys (bound, window, stopshop, "stopshop.new-session", NULL);
  add_dialog_keys (bound, window, stopshop, "stopshop.session-summary", g_variant_new_int64 (session_id));
  add_dialog_keys (bound, window, stopshop, "stopshop.open-barrier", g_variant_new_int64 (0));
  close_window (window);

  g_assert_cmpuint (bound->len, >, 10);
  for (guint i = 0; i < bound->len; i++)
    {
      const Key *key = &g_array_index (bound, Key, i);
      g_autofree char *name = gtk_accelerator_name (key->keyval, key->modifiers);

      g_test_message ("bound: %s", name);
      if (!has_key (listed, *key))
        g_error ("%s is bound but not in the shortcuts window", name);
    }

  /* Each of the projector's keys, on a projector of its own (some of
   * them close it, or open a dialog that then has the keys). */
  for (guint i = 0; i < projector_keys->len; i++)
    {
      const Key *key = &g_array_index (projector_keys, Key, i);
      GtkWidget *projector = hearth_projector_window_new (fixture->store, NULL, session_id);
      g_autofree char *name = gtk_accelerator_name (key->keyval, key->modifiers);

      g_object_add_weak_pointer (G_OBJECT (projector), (gpointer *) &projector);
      hearth_test_present (GTK_WINDOW (projector));
      /* Review, where no line is being typed. */
      g_assert_true (gtk_widget_activate_action (projector, "projector.phase", "s", "review"));
      if (!hearth_projector_window_handle_key (HEARTH_PROJECTOR_WINDOW (projector), key->keyval, key->modifiers))
        g_error ("The projector does not take %s, which the shortcuts window lists", name);
      if (projector != NULL)
        gtk_window_destroy (GTK_WINDOW (projector));
      HEARTH_TEST_ITERATE_UNTIL (projector == NULL);
    }

  /* Each section is one page: GTK names the buttons between pages "_1"
   * and "_2" to screen readers, so there must be none to show. */
  hearth_test_present (GTK_WINDOW (shortcuts));
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *section_name = NULL;
      GtkWidget *switcher;

      if (!GTK_IS_SHORTCUTS_SECTION (l->data))
        continue;
      g_object_get (l->data, "section-name", &section_name, NULL);
      g_object_set (shortcuts, "section-name", section_name, NULL);
      hearth_test_wait_drawn (GTK_WIDGET (shortcuts));
      for (guint i = 0; (switcher = hearth_test_find (GTK_WIDGET (l->data), GTK_TYPE_STACK_SWITCHER, i)); i++)
        if (gtk_widget_get_mapped (switcher))
          g_error ("The shortcuts section “%s” has more than one page", section_name);
    }

  /* The builder lets go of its objects first and the window then takes its
   * children down, as GtkApplication's own help overlay goes: the other way
   * round, GTK finalized a shortcut twice now and then on a busy machine. */
  g_object_ref (shortcuts);
  g_clear_pointer (&objects, g_slist_free);
  g_clear_object (&builder);
  gtk_window_destroy (GTK_WINDOW (shortcuts));
  g_object_unref (shortcuts);
}

/* The window takes its pictures for newcomers and AppStream from itself. */
static void
test_screenshot_of_window (Fixture       *fixture,
                           gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "shot.png", NULL);

  /* On screen at its size, as a picture needs: open_window () waits for that. */
  g_assert_true (hearth_screenshots_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (GTK_WIDGET (window)));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add ("/window/areas-show-sample-data", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_areas_show_sample_data, fixture_tear_down);
  g_test_add ("/window/case-opens-with-timeline", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_case_opens_with_timeline, fixture_tear_down);
  g_test_add ("/window/empty-states", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty_states, fixture_tear_down);
  g_test_add ("/window/keyboard", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/window/case-keys-anywhere", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_case_keys_anywhere, fixture_tear_down);
  g_test_add ("/window/one-bar-per-pane", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_one_bar_per_pane, fixture_tear_down);
  g_test_add ("/window/narrow-from-sidebar", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_narrow_from_sidebar, fixture_tear_down);
  g_test_add ("/window/case-tab-order", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_case_tab_order, fixture_tear_down);
  g_test_add ("/window/case-opened-then-closed", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_case_opened_then_closed, fixture_tear_down);
  g_test_add ("/window/preferences", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/window/shortcuts-window", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add ("/window/screenshot", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_screenshot_of_window, fixture_tear_down);

  return g_test_run ();
}
