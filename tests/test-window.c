/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window under a virtual display: every area shows its real list
 * from the sample team, the empty states show on an empty database, and the
 * widgets are finalized without leaks.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-case-list-page.h"
#include "hearth-case-view.h"
#include "hearth-feedback-page.h"
#include "hearth-lookup-item.h"
#include "hearth-lookup-row.h"
#include "hearth-preferences-dialog.h"
#include "hearth-sample-data.h"
#include "hearth-screenshots.h"
#include "hearth-stopshop-page.h"
#include "hearth-supervision-page.h"
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
  g_autofree char *path = NULL;
  gboolean with_sample = GPOINTER_TO_INT (data);

  fixture->dir = hearth_test_make_dir ();
  path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

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
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
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
  gtk_window_present (GTK_WINDOW (window));
  hearth_test_iterate (300);
  return window;
}

static void
close_window (HearthWindow *window)
{
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  hearth_test_iterate (100);
  g_assert_null (weak);
}

static void
test_areas_show_sample_data (Fixture       *fixture,
                             gconstpointer  data)
{
  HearthWindow *window = open_window (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page = hearth_window_get_area (window, areas[i]);

      hearth_window_set_area (window, areas[i]);
      hearth_test_iterate (100);

      g_test_message ("area %s: %u items", areas[i], area_n_items (window, areas[i]));
      g_assert_cmpuint (area_n_items (window, areas[i]), >, 0);
      g_assert_cmpstr (shown_state (page), ==, "list");
      g_assert_true (gtk_widget_get_mapped (page));
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
  hearth_test_iterate (200);

  g_assert_nonnull (view);
  g_assert_nonnull (hearth_case_view_get_case (view));
  timeline = hearth_case_view_get_timeline (view);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

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
      hearth_test_iterate (50);

      g_assert_cmpuint (area_n_items (window, areas[i]), ==, 0);
      g_assert_cmpstr (shown_state (page), ==, "empty");
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
      hearth_test_iterate (50);
      g_assert_true (gtk_widget_get_mapped (hearth_window_get_area (window, areas[i])));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  hearth_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (hearth_window_get_area (window, "cases")));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL);

  /* Typing in the search box narrows the list. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY)),
                         "cooker");
  HEARTH_TEST_ITERATE_UNTIL (area_n_items (window, "cases") == 1);

  close_window (window);
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
  removed_id = hearth_lookup_item_get_id (hearth_lookup_row_get_item (HEARTH_LOOKUP_ROW (row)));
  for (guint i = 0; (remove = hearth_test_find (row, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (remove)), "lookup.remove") == 0)
      break;
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  HEARTH_TEST_ITERATE_UNTIL (count_lookup_rows (GTK_WIDGET (dialog)) == names - 1);
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM outcomes"
                                          " WHERE id = %" G_GINT64_FORMAT " AND NOT active",
                                          removed_id), ==, 1);

  adw_dialog_force_close (dialog);
  close_window (window);
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
  g_test_add ("/window/preferences", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/window/screenshot", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_screenshot_of_window, fixture_tear_down);

  return g_test_run ();
}
