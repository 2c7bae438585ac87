/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Who are you?" on a council's team: a thousand names are never a
 * thousand rows; typing finds yours, and Enter picks the one found.
 */

#include "config.h"

#include <string.h>

#include "hearth-staff-chooser.h"
#include "hearth-staff-member.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"

#define TEAM_SIZE 1000

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
staff_chosen_cb (AdwDialog *dialog,
                 gint64     staff_id,
                 gint64    *chosen)
{
  *chosen = staff_id;
}

static void
test_large_team (void)
{
  g_autofree char *dir = hearth_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  AdwDialog *chooser;
  GtkWidget *search;
  GtkWidget *list;
  gint64 wanted = 0;
  gint64 chosen = 0;
  guint shown;

  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < TEAM_SIZE; i++)
    {
      g_autofree char *name = g_strdup_printf ("Colleague %04u", i);
      gint64 id = hearth_staff_member_create (store, i == 617 ? "Siân Ó Dálaigh" : name,
                                              "", "", &error);

      g_assert_no_error (error);
      if (i == 617)
        wanted = id;
    }

  window = GTK_WINDOW (gtk_window_new ());
  hearth_test_present (window);
  chooser = hearth_staff_chooser_new (store);
  g_signal_connect (chooser, "staff-chosen", G_CALLBACK (staff_chosen_cb), &chosen);
  adw_dialog_present (chooser, GTK_WIDGET (window));

  list = hearth_test_find_labelled (GTK_WIDGET (chooser), "Staff on the team");
  search = hearth_test_find_labelled (GTK_WIDGET (chooser), "Find your name");
  g_assert_true (GTK_IS_LIST_BOX (list));
  g_assert_true (GTK_IS_SEARCH_ENTRY (search));

  /* A screenful, and a word about the rest. */
  shown = count_rows (GTK_LIST_BOX (list));
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (shown, <, TEAM_SIZE / 10);
  {
    g_autofree char *count = g_strdup_printf ("%u more people", TEAM_SIZE - shown);
    GtkWidget *label = NULL;

    for (guint i = 0; (label = hearth_test_find (GTK_WIDGET (chooser), GTK_TYPE_LABEL, i)); i++)
      if (strstr (gtk_label_get_label (GTK_LABEL (label)), count) != NULL)
        break;
    g_assert_nonnull (label);
    g_assert_true (gtk_widget_get_visible (label));
  }

  /* Part of a name, in another case and without its accents' help. */
  gtk_editable_set_text (GTK_EDITABLE (search), "siân");
  HEARTH_TEST_ITERATE_UNTIL (count_rows (GTK_LIST_BOX (list)) == 1);

  g_signal_emit_by_name (search, "activate");
  HEARTH_TEST_ITERATE_UNTIL (chosen != 0);
  g_assert_cmpint (chosen, ==, wanted);

  hearth_test_destroy (window);
  g_clear_object (&store);
  hearth_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  hearth_ui_init ();

  g_test_add_func ("/staff-chooser/large-team", test_large_team);

  return g_test_run ();
}
