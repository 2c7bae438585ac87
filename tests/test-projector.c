/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Stop Shop session on the projector, under a virtual display: what the
 * room sees, driven from the keyboard, and that nothing private is in it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-barrier-step-dialog.h"
#include "hearth-projector-row.h"
#include "hearth-projector-window.h"
#include "hearth-session-changes.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-barrier.h"
#include "hearth-ui-utils.h"

typedef struct
{
  char        *dir;
  HearthStore *store;
  GtkWidget   *window;
  GSettings   *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, 0);

  /* A resident with a case and a 360° review: private, never projected. */
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Ruth Achterberg'), (2, 'Kwame Mensah');"
    "INSERT INTO residents (id, name, what_matters) VALUES (1, 'Dorothy Evans', 'Her garden');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Dorothy''s bathroom', 1, 1, 1);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);"
    "INSERT INTO stopshop_sessions (id, held_on, place, theme, phase, voters)"
    "  VALUES (1, '2026-11-20', 'Room 2', 'What stops us visiting', 'listen', 10);"
    "INSERT INTO barriers (id, title, owner_id, weight, status, effect_on_residents)"
    "  VALUES (1, 'Three forms for one proof of income', 1, 2, 'action-agreed',"
    "          'Dorothy Evans waited six weeks'),"
    "         (2, 'No parking permits for visits', NULL, 1, 'raised', '');"
    "INSERT INTO stopshop_session_barriers (session_id, barrier_id, position, votes)"
    "  VALUES (1, 1, 0, 7), (1, 2, 1, 3);"
    /* Raised at an earlier session, and still open. */
    "INSERT INTO stopshop_sessions (id, held_on, theme, phase, closed_at)"
    "  VALUES (2, '2026-09-28', 'Earlier', 'closed', 1);"
    "INSERT INTO barriers (id, title, weight, status) VALUES (3, 'Visits need a parking permit', 1, 'understood');"
    "INSERT INTO stopshop_session_barriers (session_id, barrier_id, position, votes) VALUES (2, 3, 0, 4);", &error));
  g_assert_no_error (error);

  fixture->settings = g_settings_new ("io.github.hearthapp.Hearth");
  fixture->window = hearth_projector_window_new (fixture->store, fixture->settings, 1);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  hearth_test_present (GTK_WINDOW (fixture->window));
  /* Shown, with its rows. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find (fixture->window, HEARTH_TYPE_PROJECTOR_ROW, 0) != NULL);
}

/* Takes the projector down and waits until it is gone; with @as_person,
 * as a person closes it (which keeps a line typed and not added). */
static void
close_projector (Fixture  *fixture,
                 gboolean  as_person)
{
  GtkWidget *window = fixture->window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  if (as_person)
    gtk_window_close (GTK_WINDOW (fixture->window));
  else
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  HEARTH_TEST_ITERATE_UNTIL (window == NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_projector (fixture, FALSE);
  g_clear_object (&fixture->settings);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static void
test_nothing_private (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *shown = NULL;

  /* Show the keys too: everything the room could see at once. */
  gtk_widget_activate_action (fixture->window, "projector.help", NULL);
  shown = hearth_projector_window_dup_shown_text (HEARTH_PROJECTOR_WINDOW (fixture->window));

  g_assert_nonnull (strstr (shown, "What stops us visiting"));
  g_assert_nonnull (strstr (shown, "Three forms for one proof of income"));
  g_assert_nonnull (strstr (shown, "owner: Ruth Achterberg"));
  g_assert_nonnull (strstr (shown, "7\n"));
  /* No resident, no case, no story written about a resident. */
  g_assert_null (strstr (shown, "Dorothy"));
  g_assert_null (strstr (shown, "Her garden"));
  g_assert_null (strstr (shown, "waited six weeks"));
  g_assert_null (strstr (shown, "bathroom"));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *list = hearth_test_find_named (fixture->window, GTK_TYPE_LIST_VIEW, "Barriers");
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (list));
  GtkWidget *help = NULL;

  g_assert_true (gtk_selection_model_is_selected (selection, 0));
  gtk_widget_activate_action (fixture->window, "projector.move", "i", 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  /* Past the last, it stays on the last. */
  gtk_widget_activate_action (fixture->window, "projector.move", "i", 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  gtk_widget_activate_action (fixture->window, "projector.move", "i", -1);
  g_assert_true (gtk_selection_model_is_selected (selection, 0));

  /* ? shows the keys; Escape hides them before it leaves. */
  help = gtk_widget_get_parent (hearth_test_find_labelled (fixture->window, "Keys"));
  g_assert_false (gtk_widget_get_visible (help));
  gtk_widget_activate_action (fixture->window, "projector.help", NULL);
  g_assert_true (gtk_widget_get_visible (help));
  gtk_widget_activate_action (fixture->window, "projector.leave", NULL);
  g_assert_false (gtk_widget_get_visible (help));
  g_assert_true (gtk_widget_get_visible (fixture->window));

  /* T starts the countdown at five minutes, and pauses it. */
  gtk_widget_activate_action (fixture->window, "projector.timer", NULL);
  g_assert_nonnull (hearth_test_find_labelled (fixture->window, "5:00"));
  gtk_widget_activate_action (fixture->window, "projector.timer", NULL);
  g_assert_nonnull (hearth_test_find_labelled (fixture->window, "5:00"));
}

/* The size of @widget's type, in pixels. */
static double
font_px (GtkWidget *widget)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));

  g_assert_true (pango_font_description_get_size_is_absolute (font));
  return (double) pango_font_description_get_size (font) / PANGO_SCALE;
}

/* The colour of the projector's own background, as drawn; FALSE while
 * it has not been drawn since it last changed. */
static gboolean
background_of (GtkWidget *window,
               guchar     rgb[3])
{
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc (4 * (gsize) width * (gsize) height);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, 4 * (gsize) width);
  /* Inside the margin, where nothing else is drawn; B, G, R, A. */
  rgb[0] = pixels[(8 * width + 8) * 4 + 2];
  rgb[1] = pixels[(8 * width + 8) * 4 + 1];
  rgb[2] = pixels[(8 * width + 8) * 4 + 0];
  return TRUE;
}

static gboolean
is_colour (const GdkRGBA *colour,
           double         value)
{
  return colour->red == value && colour->green == value && colour->blue == value && colour->alpha == 1.0;
}

/* Hearth's style sheets, as the application loads them: style.css always,
 * style-dark.css over it in the dark style. */
static GtkCssProvider *
add_style (const char *name)
{
  g_autofree char *resource = g_strconcat ("/io/github/hearthapp/Hearth/", name, NULL);
  GtkCssProvider *provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, resource);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return provider;
}

static void
remove_style (GtkCssProvider *provider)
{
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  g_object_unref (provider);
}

/* The label that shows @text, as the room reads it. */
static GtkWidget *
text_shown (Fixture    *fixture,
            const char *text)
{
  GtkWidget *label = hearth_test_find_named (fixture->window, GTK_TYPE_LABEL, text);

  g_assert_nonnull (label);
  return label;
}

static double
luminance (double r,
           double g,
           double b)
{
  double c[3] = { r, g, b };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.04045 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/* WCAG's contrast of @widget's text, with its opacity, over a plain
 * background of grey @back (0 black, 1 white). */
static double
contrast_over (GtkWidget *widget,
               double     back)
{
  GdkRGBA colour;
  double alpha, r, g, b, l1, l2;

  gtk_widget_get_color (widget, &colour);
  alpha = colour.alpha * gtk_widget_get_opacity (widget);
  r = colour.red * alpha + back * (1 - alpha);
  g = colour.green * alpha + back * (1 - alpha);
  b = colour.blue * alpha + back * (1 - alpha);
  l1 = luminance (r, g, b);
  l2 = luminance (back, back, back);
  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

/* Read from 8 metres: 40 px type at the least, larger for titles, and
 * black on white (white on black in the dark style), 21:1. */
static void
test_read_from_the_back (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *theme = text_shown (fixture, "What stops us visiting");
  GtkWidget *title = text_shown (fixture, "Three forms for one proof of income");
  GtkWidget *votes = text_shown (fixture, "7");
  GtkWidget *phase = text_shown (fixture, "Listen");
  GtkWidget *key = text_shown (fixture, "Esc");
  GtkWidget *what = text_shown (fixture, "Leave the projector");
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkCssProvider *light = add_style ("style.css");
  GtkCssProvider *dark = NULL;
  GtkWidget *entry = hearth_test_find_labelled (fixture->window, "A barrier, in one line");
  GtkWidget *placeholder = NULL;
  GdkRGBA colour;
  guchar rgb[3];

  /* The hint inside the Stop line's text. */
  g_assert_nonnull (entry);
  for (GtkWidget *w = gtk_widget_get_first_child (entry); w != NULL && placeholder == NULL;
       w = gtk_widget_get_next_sibling (w))
    for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (g_str_equal (gtk_widget_get_css_name (c), "placeholder"))
        placeholder = c;
  g_assert_nonnull (placeholder);

  /* The style applies as the window is next drawn. */
  HEARTH_TEST_ITERATE_UNTIL (font_px (theme) == 56);
  g_assert_cmpfloat (font_px (title), ==, 44);
  g_assert_cmpfloat (font_px (votes), ==, 64);
  g_assert_cmpfloat (font_px (what), ==, 36);
  g_assert_cmpfloat (font_px (key), ==, 36);
  g_assert_cmpfloat (font_px (gtk_widget_get_ancestor (title, HEARTH_TYPE_PROJECTOR_ROW)), ==, 40);
  /* The phase now is the one drawn the other way round. */
  g_assert_true (gtk_widget_has_css_class (phase, "hearth-phase-now"));

  gtk_widget_get_color (title, &colour);
  g_assert_true (is_colour (&colour, 0.0));
  HEARTH_TEST_ITERATE_UNTIL (background_of (fixture->window, rgb) && rgb[0] + rgb[1] + rgb[2] == 3 * 255);
  /* Even the Stop line's hint is 7:1 or more. */
  g_assert_cmpfloat (contrast_over (placeholder, 1.0), >=, 7.0);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = add_style ("style-dark.css");
  HEARTH_TEST_ITERATE_UNTIL ((gtk_widget_get_color (title, &colour), is_colour (&colour, 1.0)));
  gtk_widget_get_color (theme, &colour);
  g_assert_true (is_colour (&colour, 1.0));
  /* Drawn again, in the dark. */
  HEARTH_TEST_ITERATE_UNTIL (background_of (fixture->window, rgb) && rgb[0] + rgb[1] + rgb[2] == 0);
  g_assert_cmpfloat (contrast_over (placeholder, 0.0), >=, 7.0);
  remove_style (dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  HEARTH_TEST_ITERATE_UNTIL ((gtk_widget_get_color (title, &colour), is_colour (&colour, 0.0)));
  remove_style (light);
}

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return hearth_test_query_int (fixture->store, sql);
}

static AdwDialog *
visible_dialog (Fixture *fixture)
{
  return adw_window_get_visible_dialog (ADW_WINDOW (fixture->window));
}

/* The dialog the projector shows, once it shows one. */
static AdwDialog *
wait_for_dialog (Fixture *fixture)
{
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) != NULL);
  return visible_dialog (fixture);
}

/* Answers the question the projector asks, and waits until it has gone. */
static void
respond (Fixture    *fixture,
         const char *response)
{
  AdwDialog *dialog = wait_for_dialog (fixture);

  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_signal_emit_by_name (dialog, "response", response);
  adw_dialog_force_close (dialog);
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
}

static void
test_phases_and_votes (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *said = NULL;
  GtkWidget *entry;

  /* Listen: + and − on the barrier shown first, the one with most votes. */
  gtk_widget_activate_action (fixture->window, "projector.vote", "i", 1);
  g_assert_cmpint (query (fixture, "SELECT votes FROM stopshop_session_barriers WHERE barrier_id = 1"), ==, 8);
  gtk_widget_activate_action (fixture->window, "projector.vote", "i", -1);
  gtk_widget_activate_action (fixture->window, "projector.vote", "i", -1);
  g_assert_cmpint (query (fixture, "SELECT votes FROM stopshop_session_barriers WHERE barrier_id = 1"), ==, 6);
  /* The row shows the new total. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (fixture->window, "6") != NULL);

  /* Back past voting asks first; keeping the votes keeps the phase. */
  gtk_widget_activate_action (fixture->window, "projector.previous-phase", NULL);
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (wait_for_dialog (fixture))),
                            "the 9 votes cast"));
  respond (fixture, "cancel");
  g_assert_cmpint (query (fixture, "SELECT phase = 'listen' FROM stopshop_sessions WHERE id = 1"), ==, 1);

  /* Asked again, the same question; going back clears them. */
  gtk_widget_activate_action (fixture->window, "projector.previous-phase", NULL);
  respond (fixture, "back");
  g_assert_cmpint (query (fixture, "SELECT phase = 'collaborate' FROM stopshop_sessions WHERE id = 1"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 0);

  /* No votes outside Listen: said, to screen readers too, and nothing changes. */
  said = g_strdup (hearth_test_get_announcement ());
  gtk_widget_activate_action (fixture->window, "projector.vote", "i", 1);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 0);
  g_assert_nonnull (hearth_test_get_announcement ());
  g_assert_cmpstr (hearth_test_get_announcement (), !=, said);

  /* Back to Stop: one line and Enter adds a barrier; a blank line adds none. */
  gtk_widget_activate_action (fixture->window, "projector.previous-phase", NULL);
  g_assert_cmpint (query (fixture, "SELECT phase = 'stop' FROM stopshop_sessions WHERE id = 1"), ==, 1);
  entry = hearth_test_find_labelled (fixture->window, "A barrier, in one line");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Nowhere to charge the work phones  ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE title = 'Nowhere to charge the work phones'"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* A line typed and not added survives closing the projector. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Half a thought about the van");
  close_projector (fixture, TRUE);
  fixture->window = hearth_projector_window_new (fixture->store, fixture->settings, 1);
  hearth_test_present (GTK_WINDOW (fixture->window));
  entry = hearth_test_find_labelled (fixture->window, "A barrier, in one line");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Half a thought about the van");

  /* And forward again, a phase at a time. */
  gtk_widget_activate_action (fixture->window, "projector.next-phase", NULL);
  gtk_widget_activate_action (fixture->window, "projector.next-phase", NULL);
  g_assert_cmpint (query (fixture, "SELECT phase = 'listen' FROM stopshop_sessions WHERE id = 1"), ==, 1);
}

static void
select_title (Fixture    *fixture,
              const char *title)
{
  GtkWidget *list = hearth_test_find_named (fixture->window, GTK_TYPE_LIST_VIEW, "Barriers");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (model, i);

      if (g_str_equal (hearth_barrier_get_title (barrier), title))
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* A row of the projector shows @text, once the main loop has let it. */
static void
wait_for_label (Fixture    *fixture,
                const char *text)
{
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (fixture->window, text) != NULL);
}

static void
test_merge_review_act (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *row;

  /* Collaborate: pick the repeat, choose the one it repeats, M, and confirm. */
  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "collaborate");
  select_title (fixture, "No parking permits for visits");
  gtk_widget_activate_action (fixture->window, "projector.pick", NULL);
  wait_for_label (fixture, "Picked to merge · Raised");
  select_title (fixture, "Three forms for one proof of income");
  gtk_widget_activate_action (fixture->window, "projector.merge", NULL);
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (wait_for_dialog (fixture))),
                            "“No parking permits for visits” joins “Three forms for one proof of income”"));
  respond (fixture, "merge");
  g_assert_cmpint (query (fixture, "SELECT merged_into_id FROM barriers WHERE id = 2"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = 1"), ==, 3);

  /* The toast takes it back. */
  g_assert_true (gtk_widget_activate_action (fixture->window, "projector.undo-merge", "x", (gint64) 2));
  g_assert_cmpint (query (fixture, "SELECT merged_into_id IS NULL FROM barriers WHERE id = 2"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = 1"), ==, 2);

  /* Act: who owns it and the first action. */
  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "listen");
  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "act");
  select_title (fixture, "Three forms for one proof of income");
  gtk_widget_activate_action (fixture->window, "projector.step", NULL);
  dialog = wait_for_dialog (fixture);
  g_assert_true (HEARTH_IS_BARRIER_STEP_DIALOG (dialog));
  row = hearth_test_find_labelled (GTK_WIDGET (dialog), "Owner");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);   /* after "Nobody yet": Kwame */
  gtk_editable_set_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog), "First action")),
                         "One form, agreed with benefits");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 1 AND owner_id = 2"
                                   " AND first_action = 'One form, agreed with benefits'"), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);

  /* Review: parking needs a reason, said in the dialog; nothing is saved without one. */
  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "review");
  select_title (fixture, "Three forms for one proof of income");
  gtk_widget_activate_action (fixture->window, "projector.step", NULL);
  dialog = wait_for_dialog (fixture);
  row = hearth_test_find_labelled (GTK_WIDGET (dialog), "Where it stands");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 5);   /* parked */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL);
  g_assert_true (visible_dialog (fixture) == dialog);
  g_assert_nonnull (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpint (query (fixture, "SELECT status = 'parked' FROM barriers WHERE id = 1"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                  "What the owner says (a reason, to park it)")),
                         "Waiting for the new benefits system in April");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE id = 1 AND status = 'parked'"
                                   " AND parked_reason = 'Waiting for the new benefits system in April'"), ==, 1);
}

/* The drop target on the row showing @title. */
static GtkDropTarget *
drop_target_of (Fixture    *fixture,
                const char *title)
{
  GtkWidget *named = hearth_test_find_labelled (fixture->window, title);
  /* The list's row is named by its title, the title inside it too. */
  GtkWidget *row = gtk_widget_get_ancestor (named, HEARTH_TYPE_PROJECTOR_ROW)
                     ?: hearth_test_find (named, HEARTH_TYPE_PROJECTOR_ROW, 0);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Drops barrier @from on @target's row; whether the row took it. */
static gboolean
drop_on (GtkDropTarget *target,
         gint64         from)
{
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, from);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  return dropped;
}

static void
test_drag_to_merge (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkDropTarget *target;

  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "collaborate");
  wait_for_label (fixture, "Three forms for one proof of income");
  target = drop_target_of (fixture, "Three forms for one proof of income");
  g_assert_nonnull (target);

  /* A barrier dropped on itself is no merge. */
  g_assert_false (drop_on (target, 1));

  /* Barrier 2 dropped on barrier 1 asks first; cancelling merges nothing. */
  g_assert_true (drop_on (target, 2));
  respond (fixture, "cancel");
  g_assert_cmpint (query (fixture, "SELECT merged_into_id IS NULL FROM barriers WHERE id = 2"), ==, 1);

  /* Asked again and confirmed, it merges. */
  g_assert_true (drop_on (target, 2));
  respond (fixture, "merge");
  g_assert_cmpint (query (fixture, "SELECT merged_into_id FROM barriers WHERE id = 2"), ==, 1);
}

/* The position of the barrier titled @title in @view's list. */
static guint
position_of (GtkListView *view,
             const char  *title)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (model, i);

      if (g_str_equal (hearth_barrier_get_title (barrier), title))
        return i;
    }
  return G_MAXUINT;
}

static void
test_link_raised_before (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwDialog *dialog;
  GtkListView *earlier;

  gtk_widget_activate_action (fixture->window, "projector.phase", "s", "collaborate");
  select_title (fixture, "No parking permits for visits");

  /* Offered, then let go: nothing changes. */
  gtk_widget_activate_action (fixture->window, "projector.link", NULL);
  dialog = wait_for_dialog (fixture);
  adw_dialog_close (dialog);
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
  g_assert_cmpint (query (fixture, "SELECT merged_into_id IS NULL FROM barriers WHERE id = 2"), ==, 1);

  /* Offered again: only barriers not on this board, by title. */
  gtk_widget_activate_action (fixture->window, "projector.link", NULL);
  dialog = wait_for_dialog (fixture);
  earlier = GTK_LIST_VIEW (hearth_test_find_named (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW,
                                                       "Barriers raised at earlier sessions"));
  g_assert_cmpuint (position_of (earlier, "Three forms for one proof of income"), ==, G_MAXUINT);
  g_assert_cmpuint (position_of (earlier, "Visits need a parking permit"), !=, G_MAXUINT);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (GTK_WIDGET (dialog), "Visits need a parking permit") != NULL);
  g_signal_emit_by_name (earlier, "activate", position_of (earlier, "Visits need a parking permit"));
  g_assert_cmpint (query (fixture, "SELECT merged_into_id FROM barriers WHERE id = 2"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = 3"), ==, 2);
  /* It joins this session's board, in the place of the one it absorbed. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers"
                                   " WHERE session_id = 1 AND barrier_id = 3"), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
}

/* Presses a key on the projector, as the window reads it. */
static void
press (Fixture         *fixture,
       guint            keyval,
       GdkModifierType  modifiers)
{
  if (!hearth_projector_window_handle_key (HEARTH_PROJECTOR_WINDOW (fixture->window), keyval, modifiers))
    g_error ("The projector did not take the key %s", gdk_keyval_name (keyval));
}

static const char *
phase (Fixture *fixture)
{
  static char buffer[32];
  g_autofree char *text = hearth_test_query_text (fixture->store, "SELECT phase FROM stopshop_sessions WHERE id = 1");

  g_strlcpy (buffer, text, sizeof buffer);
  return buffer;
}

/* A whole session, Review to Act, from the keys alone. */
static void
test_whole_session_by_keys (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *entry;

  /* From Listen back to Review: the question, then the votes go. */
  press (fixture, GDK_KEY_Left, 0);
  respond (fixture, "back");
  press (fixture, GDK_KEY_p, 0);
  /* In Stop the line has the focus: Page Up goes back. */
  g_assert_cmpstr (phase (fixture), ==, "stop");
  press (fixture, GDK_KEY_Page_Up, 0);
  g_assert_cmpstr (phase (fixture), ==, "review");

  /* Stop: lines typed and Enter; the arrow keys still move the phase. */
  press (fixture, GDK_KEY_Right, 0);
  g_assert_cmpstr (phase (fixture), ==, "stop");
  entry = hearth_test_find_labelled (fixture->window, "A barrier, in one line");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "The van is always booked");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "The van is ALWAYS booked ");
  g_signal_emit_by_name (entry, "activate");
  /* The same line twice is one barrier. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 3);

  /* While a line is typed, letters and arrows are the line's; Page Down
   * (a presentation clicker) still moves on. */
  g_assert_false (hearth_projector_window_handle_key (HEARTH_PROJECTOR_WINDOW (fixture->window), GDK_KEY_n, 0));
  g_assert_false (hearth_projector_window_handle_key (HEARTH_PROJECTOR_WINDOW (fixture->window), GDK_KEY_Left, 0));
  g_assert_cmpstr (phase (fixture), ==, "stop");

  /* Collaborate: Space picks, M merges after the question. */
  press (fixture, GDK_KEY_Page_Down, 0);
  g_assert_cmpstr (phase (fixture), ==, "collaborate");
  select_title (fixture, "No parking permits for visits");
  press (fixture, GDK_KEY_space, 0);
  select_title (fixture, "The van is always booked");
  press (fixture, GDK_KEY_m, 0);
  respond (fixture, "merge");
  g_assert_cmpint (query (fixture, "SELECT merged_into_id FROM barriers WHERE id = 2"), >, 3);

  /* Listen: + three times on the first barrier, − once. */
  gtk_widget_grab_focus (hearth_test_find_named (fixture->window, GTK_TYPE_LIST_VIEW, "Barriers"));
  press (fixture, GDK_KEY_Right, 0);
  g_assert_cmpstr (phase (fixture), ==, "listen");
  select_title (fixture, "The van is always booked");
  press (fixture, GDK_KEY_plus, 0);
  press (fixture, GDK_KEY_equal, 0);
  press (fixture, GDK_KEY_KP_Add, 0);
  press (fixture, GDK_KEY_minus, 0);
  g_assert_cmpint (query (fixture, "SELECT votes FROM stopshop_session_barriers sb JOIN barriers b"
                                   " ON b.id = sb.barrier_id WHERE sb.session_id = 1"
                                   " AND b.title = 'The van is always booked'"), ==, 2);

  /* The focus moved to another row (by Tab, or a click) takes the
   * selection with it: + is a vote for the barrier just read out. */
  {
    GtkWidget *list = hearth_test_find_named (fixture->window, GTK_TYPE_LIST_VIEW, "Barriers");
    GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (list));
    GtkWidget *row = NULL;
    HearthBarrier *other = NULL;
    g_autofree char *sql = NULL;

    for (guint i = 0; (row = hearth_test_find (list, HEARTH_TYPE_PROJECTOR_ROW, i)) != NULL; i++)
      {
        other = hearth_projector_row_get_barrier (HEARTH_PROJECTOR_ROW (row));
        if (other != NULL && !g_str_equal (hearth_barrier_get_title (other), "The van is always booked"))
          break;
      }
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));
    {
      g_autoptr(HearthBarrier) selected =
        gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model)) != NULL
          ? g_object_ref (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model)))
          : NULL;

      g_assert_true (selected == other);
    }
    press (fixture, GDK_KEY_plus, 0);
    sql = g_strdup_printf ("SELECT votes FROM stopshop_session_barriers"
                           " WHERE session_id = 1 AND barrier_id = %" G_GINT64_FORMAT,
                           hearth_barrier_get_id (other));
    g_assert_cmpint (query (fixture, sql), ==, 1);

    /* The new total is said, and is part of what the row says. */
    g_assert_nonnull (strstr (hearth_test_get_announcement (), hearth_barrier_get_title (other)));
    g_assert_nonnull (strstr (hearth_test_get_announcement (), "1 vote"));
    for (guint i = 0; (row = hearth_test_find (list, HEARTH_TYPE_PROJECTOR_ROW, i)) != NULL; i++)
      if (hearth_projector_row_get_barrier (HEARTH_PROJECTOR_ROW (row)) == other)
        {
          g_autofree char *description = NULL;

          HEARTH_TEST_ITERATE_UNTIL ((g_free (description),
                                      g_object_get (row, "description", &description, NULL),
                                      description != NULL && strstr (description, "1 vote") != NULL));
          break;
        }
    g_assert_nonnull (row);
  }

  /* A new phase is said. */
  press (fixture, GDK_KEY_Right, 0);
  g_assert_cmpstr (hearth_test_get_announcement (), ==, "Act");

  /* Act, the countdown, the keys, and out. */
  g_assert_cmpstr (phase (fixture), ==, "act");
  press (fixture, GDK_KEY_t, 0);
  g_assert_nonnull (hearth_test_find_labelled (fixture->window, "5:00"));
  press (fixture, GDK_KEY_question, 0);
  g_assert_nonnull (hearth_test_find_labelled (fixture->window, "Keys"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (hearth_test_find_labelled (fixture->window, "Keys"))));
  press (fixture, GDK_KEY_Escape, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (hearth_test_find_labelled (fixture->window, "Keys"))));
}

/* Voting before anyone has said how many vote: the projector asks, in
 * Listen, starting from who is attending; the number typed is kept, and
 * the next vote counts. */
static void
test_ask_people_voting (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *spin;

  g_autoptr(GError) error = NULL;

  /* A session with no votes yet and two ambassadors attending, whose
   * count of people voting is not known. */
  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE stopshop_session_barriers SET votes = 0;"
                                    "INSERT INTO stopshop_session_ambassadors (session_id, staff_id)"
                                    "  VALUES (1, 1), (1, 2);",
                                    NULL));
  g_assert_true (hearth_session_set_voters (fixture->store, 1, 0, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (fixture->window, "projector.vote", "i", 1);
  dialog = wait_for_dialog (fixture);
  g_assert_cmpint (query (fixture, "SELECT votes FROM stopshop_session_barriers WHERE barrier_id = 1"), ==, 0);
  spin = hearth_test_find_labelled (GTK_WIDGET (dialog), "People voting");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  /* Two ambassadors attending. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 2);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 14);
  /* Enter in the number starts voting, once the question has the focus
   * (the dialog makes its button the default only then). */
  HEARTH_TEST_ITERATE_UNTIL (gtk_root_get_focus (GTK_ROOT (fixture->window)) != NULL &&
                             gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), spin) &&
                             gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_signal_emit_by_name (spin, "activate");
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
  g_assert_cmpint (query (fixture, "SELECT voters FROM stopshop_sessions WHERE id = 1"), ==, 14);
  g_assert_nonnull (strstr (hearth_test_get_announcement (), "14 people voting"));

  gtk_widget_activate_action (fixture->window, "projector.vote", "i", 1);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = 1"), ==, 1);
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
  ADD ("/projector/nothing-private", test_nothing_private);
  ADD ("/projector/keyboard", test_keyboard);
  ADD ("/projector/read-from-the-back", test_read_from_the_back);
  ADD ("/projector/phases-and-votes", test_phases_and_votes);
  ADD ("/projector/ask-people-voting", test_ask_people_voting);
  ADD ("/projector/merge-review-act", test_merge_review_act);
  ADD ("/projector/drag-to-merge", test_drag_to_merge);
  ADD ("/projector/link-raised-before", test_link_raised_before);
  ADD ("/projector/whole-session-by-keys", test_whole_session_by_keys);
#undef ADD

  return g_test_run ();
}
