/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The feedback area's screens under a virtual display: the framework
 * editor (a new framework, its behaviours in order by keyboard and by
 * button, removal and undo, the dialog that offers a copy of a framework
 * in use), starting a cycle and asking raters, and the question before
 * minimums go below the defaults.
 */

#include "config.h"

#include "hearth-behaviour-dialog.h"
#include "hearth-date-row.h"
#include "hearth-behaviour-row.h"
#include "hearth-behaviour.h"
#include "hearth-feedback-changes.h"
#include "hearth-feedback-cycle-dialog.h"
#include "hearth-feedback-cycle-view.h"
#include "hearth-feedback-page.h"
#include "hearth-feedback-rater-dialog.h"
#include "hearth-feedback-rater-row.h"
#include "hearth-feedback-risk-dialog.h"
#include "hearth-form-dialog.h"
#include "hearth-framework-changes.h"
#include "hearth-framework-conflict-dialog.h"
#include "hearth-framework-dialog.h"
#include "hearth-framework-editor.h"
#include "hearth-framework.h"
#include "hearth-scale-point-row.h"
#include "hearth-staff-member.h"
#include "hearth-test-utils.h"
#include "hearth-test-widgets.h"
#include "hearth-ui-utils.h"

typedef struct
{
  char               *dir;
  HearthStore        *store;
  AdwWindow          *window;
  HearthFeedbackPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, 0);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name, role) VALUES (1, 'Priya Raman', 'Team leader'),"
    "  (2, 'Tomasz Nowak', 'Tenancy support'), (3, 'Ana Lima', 'Housing officer');", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);

  fixture->window = g_object_ref_sink (ADW_WINDOW (adw_window_new ()));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 800);
  fixture->page = g_object_new (HEARTH_TYPE_FEEDBACK_PAGE, NULL);
  adw_window_set_content (fixture->window, GTK_WIDGET (fixture->page));
  hearth_feedback_page_set_store (fixture->page, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwDialog *dialog;

  while ((dialog = adw_window_get_visible_dialog (fixture->window)) != NULL)
    {
      adw_dialog_force_close (dialog);
      HEARTH_TEST_ITERATE_UNTIL (adw_window_get_visible_dialog (fixture->window) != dialog);
    }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->window);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static AdwDialog *
visible_dialog (Fixture *fixture)
{
  return adw_window_get_visible_dialog (fixture->window);
}

/* Activates @action on @widget and waits for a dialog of @type on top. */
static AdwDialog *
open_dialog (Fixture    *fixture,
             GtkWidget  *widget,
             const char *action,
             GType       type)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) != NULL &&
                             G_TYPE_CHECK_INSTANCE_TYPE (visible_dialog (fixture), type));
  return visible_dialog (fixture);
}

static AdwDialog *
open_dialog_for (Fixture    *fixture,
                 GtkWidget  *widget,
                 const char *action,
                 gint64      id,
                 GType       type)
{
  g_assert_true (gtk_widget_activate_action (widget, action, "x", id));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) != NULL &&
                             G_TYPE_CHECK_INSTANCE_TYPE (visible_dialog (fixture), type));
  return visible_dialog (fixture);
}

static void
type_into (GtkWidget  *dialog,
           const char *row_title,
           const char *text)
{
  GtkWidget *row = hearth_test_find_labelled (dialog, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Saves as Ctrl+Enter does; TRUE when the dialog closed. */
static gboolean
save (Fixture   *fixture,
      AdwDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) != dialog ||
                             hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)) != NULL);
  return visible_dialog (fixture) != dialog;
}

/* Answers an alert as its button would, and waits for it to go. */
static void
respond (Fixture    *fixture,
         AdwDialog  *alert,
         const char *response)
{
  g_signal_emit_by_name (alert, "response", response);
  adw_dialog_force_close (alert);
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) != alert);
}

/* Presses @accelerator as a key press would reach it: from the focus
 * widget up through its ancestors, to the first shortcut that takes it. */
static void
press (GtkWidget  *focus,
       const char *accelerator)
{
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
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
              g_autofree char *trigger =
                gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

              if (g_str_equal (trigger, accelerator) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return;
            }
        }
    }
  g_assert_not_reached ();
}

static char *
behaviour_names (Fixture *fixture,
                 gint64   framework_id)
{
  g_autoptr(HearthQueryModel) list = hearth_behaviour_list_new (fixture->store, framework_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(HearthBehaviour) behaviour = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_strv_builder_add (builder, hearth_behaviour_get_name (behaviour));
    }
  names = g_strv_builder_end (builder);
  return g_strjoinv ("|", names);
}

static GtkWidget *
behaviour_row (GtkWidget  *editor,
               const char *name)
{
  GtkWidget *row = hearth_test_find_labelled (editor, name);

  g_assert_true (HEARTH_IS_BEHAVIOUR_ROW (row));
  return row;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_by_tooltip (child, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether the editor's error line is showing. */
static gboolean
error_shown (GtkWidget *editor)
{
  for (guint i = 0; ; i++)
    {
      GtkWidget *label = hearth_test_find (editor, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_has_css_class (label, "error") && gtk_widget_get_visible (label))
        return TRUE;
    }
}

static gint64
add_behaviour (Fixture    *fixture,
               GtkWidget  *editor,
               const char *name,
               const char *meaning)
{
  AdwDialog *dialog = open_dialog (fixture, editor, "editor.add-behaviour",
                                   HEARTH_TYPE_BEHAVIOUR_DIALOG);

  type_into (GTK_WIDGET (dialog), "Name", name);
  type_into (GTK_WIDGET (dialog), "What it means, in one line", meaning);
  g_assert_true (save (fixture, dialog));
  return hearth_test_query_intf (fixture->store, "SELECT id FROM behaviours WHERE name = '%s'", name);
}

static void
test_frameworks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *long_name = g_strnfill (HEARTH_BEHAVIOUR_NAME_MAX + 1, 'a');
  g_autofree char *names = NULL;
  GtkWidget *editor;
  AdwDialog *dialog;
  gint64 framework, listening, owning, sharing;
  GtkWidget *row;

  editor = GTK_WIDGET (open_dialog (fixture, GTK_WIDGET (fixture->page), "feedback.frameworks",
                                    HEARTH_TYPE_FRAMEWORK_EDITOR));
  /* Both frameworks a new database ships with are there, one shown. */
  g_assert_cmpint (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)), >, 0);

  /* A new framework: a blank name cannot be saved, a taken one is
   * refused with a message and kept as typed. */
  dialog = open_dialog (fixture, editor, "editor.new-framework", HEARTH_TYPE_FRAMEWORK_DIALOG);
  type_into (GTK_WIDGET (dialog), "Name", "   ");
  g_assert_false (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
  type_into (GTK_WIDGET (dialog), "Name", "  our VALUES ");
  g_assert_false (save (fixture, dialog));
  g_assert_nonnull (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog), "Name"))),
                   ==, "  our VALUES ");
  type_into (GTK_WIDGET (dialog), "Name", "Caring 🌱 رعاية");
  g_assert_true (save (fixture, dialog));
  framework = hearth_test_query_int (fixture->store,
                                     "SELECT id FROM frameworks WHERE name = 'Caring 🌱 رعاية'");
  g_assert_cmpint (framework, >, 0);
  HEARTH_TEST_ITERATE_UNTIL (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)) == framework);

  /* Behaviours, one refused for a name too long, with the text kept. */
  listening = add_behaviour (fixture, editor, "Listening", "Hears people out before deciding");
  owning = add_behaviour (fixture, editor, "Owning it", "Does what they said they would");
  dialog = open_dialog (fixture, editor, "editor.add-behaviour", HEARTH_TYPE_BEHAVIOUR_DIALOG);
  type_into (GTK_WIDGET (dialog), "Name", long_name);
  g_assert_false (save (fixture, dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog), "Name"))),
                   ==, long_name);
  type_into (GTK_WIDGET (dialog), "Name", "Sharing");
  g_assert_true (save (fixture, dialog));
  sharing = hearth_test_query_int (fixture->store, "SELECT id FROM behaviours WHERE name = 'Sharing'");
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Listening|Owning it|Sharing");
  g_clear_pointer (&names, g_free);

  /* Alt+Up on the last row moves it up, and the keyboard stays with it
   * for the next press. */
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (editor, "Sharing") != NULL);
  row = behaviour_row (editor, "Sharing");
  gtk_widget_grab_focus (row);
  press (gtk_root_get_focus (gtk_widget_get_root (row)), "<Alt>Up");
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Listening|Sharing|Owning it");
  g_clear_pointer (&names, g_free);
  row = behaviour_row (editor, "Sharing");
  HEARTH_TEST_ITERATE_UNTIL (has_focus_within (row));
  press (gtk_root_get_focus (gtk_widget_get_root (row)), "<Alt>Up");
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Sharing|Listening|Owning it");
  g_clear_pointer (&names, g_free);
  /* Already first: Alt+Up changes nothing. */
  row = behaviour_row (editor, "Sharing");
  HEARTH_TEST_ITERATE_UNTIL (has_focus_within (row));
  press (gtk_root_get_focus (gtk_widget_get_root (row)), "<Alt>Up");
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Sharing|Listening|Owning it");
  g_clear_pointer (&names, g_free);

  /* An edit shows in its row at once. */
  dialog = open_dialog_for (fixture, editor, "editor.edit-behaviour", owning, HEARTH_TYPE_BEHAVIOUR_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hearth_test_find_labelled (GTK_WIDGET (dialog), "Name"))),
                   ==, "Owning it");
  type_into (GTK_WIDGET (dialog), "Name", "Owning it, start to end");
  g_assert_true (save (fixture, dialog));
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (editor, "Owning it, start to end") != NULL);
  g_assert_null (hearth_test_find_labelled (editor, "Owning it"));
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Sharing|Listening|Owning it, start to end");
  g_clear_pointer (&names, g_free);
  dialog = open_dialog_for (fixture, editor, "editor.edit-behaviour", owning, HEARTH_TYPE_BEHAVIOUR_DIALOG);
  type_into (GTK_WIDGET (dialog), "Name", "Owning it");
  g_assert_true (save (fixture, dialog));

  /* The move button does the same. */
  row = behaviour_row (editor, "Listening");
  g_signal_emit_by_name (find_by_tooltip (row, "Move Down (Alt+Down)"), "clicked");
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Sharing|Owning it|Listening");
  g_clear_pointer (&names, g_free);

  /* Removed, then back where it was with Undo. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.remove-behaviour", "x", sharing));
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Owning it|Listening");
  g_clear_pointer (&names, g_free);
  g_assert_null (hearth_test_find_labelled (editor, "Sharing"));
  g_assert_true (gtk_widget_activate_action (editor, "editor.restore-behaviour", "x", sharing));
  names = behaviour_names (fixture, framework);
  g_assert_cmpstr (names, ==, "Sharing|Owning it|Listening");
  g_clear_pointer (&names, g_free);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find_labelled (editor, "Sharing") != NULL);

  /* A rename to nothing is refused on the editor's error line, the
   * framework keeping its name. */
  {
    GtkWidget *name_row = hearth_test_find_labelled (editor, "Name");
    g_autofree char *kept = NULL;

    gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
    g_signal_emit_by_name (name_row, "apply");
    kept = hearth_test_query_textf (fixture->store, "SELECT name FROM frameworks WHERE id = %"
                                    G_GINT64_FORMAT, framework);
    g_assert_cmpstr (kept, ==, "Caring 🌱 رعاية");
    g_assert_true (error_shown (editor));
    gtk_editable_set_text (GTK_EDITABLE (name_row), "Caring");
    g_signal_emit_by_name (name_row, "apply");
    g_clear_pointer (&kept, g_free);
    kept = hearth_test_query_textf (fixture->store, "SELECT name FROM frameworks WHERE id = %"
                                    G_GINT64_FORMAT, framework);
    g_assert_cmpstr (kept, ==, "Caring");
    g_assert_false (error_shown (editor));
  }

  /* A new point with no label is refused; labelled, it is saved. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.add-point", NULL));
  g_assert_nonnull (hearth_test_find (editor, HEARTH_TYPE_SCALE_POINT_ROW, 5));
  g_assert_true (gtk_widget_activate_action (editor, "editor.save-scale", NULL));
  g_assert_true (error_shown (editor));
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM scale_points WHERE framework_id = %"
                                           G_GINT64_FORMAT, framework), ==, 5);
  gtk_editable_set_text (GTK_EDITABLE (hearth_test_find (editor, HEARTH_TYPE_SCALE_POINT_ROW, 5)), "Teaches others");
  g_assert_true (gtk_widget_activate_action (editor, "editor.save-scale", NULL));
  g_assert_false (error_shown (editor));
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM scale_points WHERE framework_id = %"
                                           G_GINT64_FORMAT, framework), ==, 6);

  /* The framework too. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.remove-framework", NULL));
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT archived FROM frameworks WHERE id = %"
                                           G_GINT64_FORMAT, framework), ==, 1);
  g_assert_cmpint (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)), !=, framework);
  g_assert_true (gtk_widget_activate_action (editor, "editor.restore-framework", "x", framework));
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT archived FROM frameworks WHERE id = %"
                                           G_GINT64_FORMAT, framework), ==, 0);
  g_assert_cmpint (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)), ==, framework);
  g_assert_cmpint (listening, >, 0);
}

static gint64
start_cycle (Fixture *fixture,
             gint64   framework_id)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = {
    .subject_id = 2, .framework_id = framework_id, .title = "Spring feedback",
    .opens_on = "2026-03-01", .closes_on = "2026-03-31", .supervisor_id = 1,
  };
  gint64 id = hearth_feedback_create_cycle (fixture->store, &spec, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 framework = hearth_test_query_int (fixture->store,
                                            "SELECT id FROM frameworks WHERE name = 'Our values'");
  gint64 behaviour = hearth_test_query_intf (fixture->store,
                                             "SELECT min (id) FROM behaviours WHERE framework_id = %"
                                             G_GINT64_FORMAT, framework);
  gint64 before = hearth_test_query_int (fixture->store, "SELECT count (*) FROM frameworks");
  g_autofree char *names = NULL;
  g_autofree char *copy_name = NULL;
  GtkWidget *editor;
  AdwDialog *alert;
  GtkWidget *point;

  g_assert_cmpint (framework, >, 0);
  start_cycle (fixture, framework);
  names = behaviour_names (fixture, framework);

  editor = GTK_WIDGET (open_dialog (fixture, GTK_WIDGET (fixture->page), "feedback.frameworks",
                                    HEARTH_TYPE_FRAMEWORK_EDITOR));
  hearth_framework_editor_select_framework (HEARTH_FRAMEWORK_EDITOR (editor), framework);
  g_assert_cmpint (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)), ==, framework);

  /* Removing a behaviour of a framework in use: the dialog names the
   * cycle and its person, and nothing is removed. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.remove-behaviour", "x", behaviour));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FRAMEWORK_CONFLICT_DIALOG (visible_dialog (fixture)));
  alert = visible_dialog (fixture);
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)), "Spring feedback"));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert)), "Tomasz Nowak"));
  {
    g_autofree char *after = behaviour_names (fixture, framework);
    g_assert_cmpstr (after, ==, names);
  }

  /* Duplicate Framework: the copy is shown, ready to change. */
  respond (fixture, alert, "duplicate");
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT count (*) FROM frameworks"), ==, before + 1);
  g_assert_cmpint (hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)), !=, framework);
  copy_name = hearth_test_query_textf (fixture->store, "SELECT name FROM frameworks WHERE id = %" G_GINT64_FORMAT,
                                       hearth_framework_editor_get_framework_id (HEARTH_FRAMEWORK_EDITOR (editor)));
  g_assert_true (g_str_has_prefix (copy_name, "Our values"));

  /* A scale of another size for the framework in use: the same dialog. */
  hearth_framework_editor_select_framework (HEARTH_FRAMEWORK_EDITOR (editor), framework);
  point = hearth_test_find (editor, HEARTH_TYPE_SCALE_POINT_ROW, 0);
  g_assert_nonnull (point);
  g_assert_true (gtk_widget_activate_action (editor, "editor.remove-point", "u", 1));
  g_assert_true (gtk_widget_activate_action (editor, "editor.save-scale", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FRAMEWORK_CONFLICT_DIALOG (visible_dialog (fixture)));
  respond (fixture, visible_dialog (fixture), "cancel");
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM scale_points WHERE framework_id = %"
                                           G_GINT64_FORMAT, framework), ==, 5);
}

/* Points edited and not saved are asked about before leaving them:
 * switching framework or closing the editor. */
static void
test_unsaved_scale (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 first = hearth_test_query_int (fixture->store, "SELECT min (id) FROM frameworks");
  gint64 second = hearth_test_query_int (fixture->store, "SELECT max (id) FROM frameworks");
  g_autofree char *label = NULL;
  HearthFrameworkEditor *editor;
  GtkWidget *point;

  editor = HEARTH_FRAMEWORK_EDITOR (open_dialog (fixture, GTK_WIDGET (fixture->page),
                                                 "feedback.frameworks",
                                                 HEARTH_TYPE_FRAMEWORK_EDITOR));
  g_assert_cmpint (first, !=, second);
  hearth_framework_editor_select_framework (editor, first);
  HEARTH_TEST_ITERATE_UNTIL (hearth_framework_editor_get_framework_id (editor) == first);

  point = hearth_test_find (GTK_WIDGET (editor), HEARTH_TYPE_SCALE_POINT_ROW, 0);
  gtk_editable_set_text (GTK_EDITABLE (point), "Not seen it yet");

  /* Going to another framework asks; keeping on editing stays. */
  hearth_framework_editor_select_framework (editor, second);
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  g_assert_cmpint (hearth_framework_editor_get_framework_id (editor), ==, first);
  respond (fixture, visible_dialog (fixture), "cancel");
  g_assert_cmpint (hearth_framework_editor_get_framework_id (editor), ==, first);

  /* Saving keeps the point and goes on. */
  hearth_framework_editor_select_framework (editor, second);
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  respond (fixture, visible_dialog (fixture), "save");
  HEARTH_TEST_ITERATE_UNTIL (hearth_framework_editor_get_framework_id (editor) == second);
  label = hearth_test_query_textf (fixture->store, "SELECT label FROM scale_points WHERE framework_id = %"
                                   G_GINT64_FORMAT " AND value = 1", first);
  g_assert_cmpstr (label, ==, "Not seen it yet");

  /* Closing with an edit asks too; discarding closes and keeps the file. */
  point = hearth_test_find (GTK_WIDGET (editor), HEARTH_TYPE_SCALE_POINT_ROW, 0);
  gtk_editable_set_text (GTK_EDITABLE (point), "Typed, then thrown away");
  g_assert_false (adw_dialog_close (ADW_DIALOG (editor)));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  respond (fixture, visible_dialog (fixture), "discard");
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM scale_points"
                                           " WHERE label = 'Typed, then thrown away'"), ==, 0);
}

static void
select_staff (GtkWidget  *dialog,
              const char *row_title,
              gint64      staff_id)
{
  AdwComboRow *row = ADW_COMBO_ROW (hearth_test_find_labelled (dialog, row_title));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthStaffMember) member = g_list_model_get_item (model, i);

      if (hearth_staff_member_get_id (member) == staff_id)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
add_rater (Fixture            *fixture,
           GtkWidget          *view,
           HearthRelationship  relationship,
           gint64              staff_id,
           const char         *name)
{
  AdwDialog *dialog = open_dialog (fixture, view, "cycle.add-rater", HEARTH_TYPE_FEEDBACK_RATER_DIALOG);
  AdwComboRow *relationship_row =
    ADW_COMBO_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Who they are to the person"));

  adw_combo_row_set_selected (relationship_row, relationship);
  if (staff_id > 0)
    select_staff (GTK_WIDGET (dialog), "Team member", staff_id);
  if (name != NULL)
    {
      /* Partners and residents are taken by name. */
      g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (
        hearth_test_find_labelled (GTK_WIDGET (dialog), "Someone outside the team"))));
      type_into (GTK_WIDGET (dialog), "Name", "");
      g_assert_false (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
      type_into (GTK_WIDGET (dialog), "Name", name);
    }
  g_assert_true (save (fixture, dialog));
}

static void
test_cycle (Fixture       *fixture,
            gconstpointer  data)
{
  AdwDialog *dialog;
  GtkWidget *view;
  GtkWidget *not_answered;
  gint64 cycle;

  /* Ctrl+N's action in this area: a new cycle, run by whoever starts it. */
  dialog = open_dialog (fixture, GTK_WIDGET (fixture->page), "feedback.new-cycle",
                        HEARTH_TYPE_FEEDBACK_CYCLE_DIALOG);
  select_staff (GTK_WIDGET (dialog), "Person", 2);
  g_assert_false (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (dialog)));
  type_into (GTK_WIDGET (dialog), "Title", "Autumn feedback");
  /* Days are picked, so a day that does not exist cannot be given; a
   * cycle that closes before it opens is refused. */
  hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Closes on")),
                            "2026-02-30");
  g_assert_cmpstr (hearth_date_row_get_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog),
                                                                                          "Closes on"))), ==, "");
  g_assert_false (save (fixture, dialog));
  hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Opens on")),
                            "2026-12-31");
  hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Closes on")),
                            "2026-12-01");
  g_assert_false (save (fixture, dialog));
  hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Closes on")),
                            "2026-12-31");
  hearth_date_row_set_date (HEARTH_DATE_ROW (hearth_test_find_labelled (GTK_WIDGET (dialog), "Opens on")),
                            "2026-12-01");
  g_assert_true (save (fixture, dialog));
  cycle = hearth_test_query_int (fixture->store, "SELECT id FROM feedback_cycles WHERE title = 'Autumn feedback'");
  g_assert_cmpint (cycle, >, 0);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT supervisor_id FROM feedback_cycles"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT subject_id FROM feedback_cycles"), ==, 2);

  /* Its page opens next, for the raters. */
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_CYCLE_VIEW (visible_dialog (fixture)));
  view = GTK_WIDGET (visible_dialog (fixture));
  g_assert_cmpint (hearth_feedback_cycle_view_get_cycle_id (HEARTH_FEEDBACK_CYCLE_VIEW (view)), ==, cycle);

  add_rater (fixture, view, HEARTH_RELATIONSHIP_SELF, 0, NULL);
  add_rater (fixture, view, HEARTH_RELATIONSHIP_PEER, 3, NULL);
  add_rater (fixture, view, HEARTH_RELATIONSHIP_RESIDENT, 0, "Dorothy Evans");
  g_assert_cmpint (hearth_test_query_intf (fixture->store, "SELECT count (*) FROM feedback_raters WHERE cycle_id = %"
                                           G_GINT64_FORMAT, cycle), ==, 3);
  HEARTH_TEST_ITERATE_UNTIL (hearth_test_find (view, HEARTH_TYPE_FEEDBACK_RATER_ROW, 2) != NULL);
  g_assert_nonnull (hearth_test_find_labelled (view, "Dorothy Evans"));
  g_assert_nonnull (hearth_test_find_labelled (view, "Ana Lima"));

  /* The supervisor sees who has not answered, by name. */
  not_answered = hearth_test_find_labelled (view, "Not answered yet");
  g_assert_true (gtk_widget_get_visible (not_answered));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (not_answered)), "Dorothy Evans"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (hearth_test_find_labelled (view, "Answers"))),
                   ==, "0 of 3 answered");

  /* Someone who will not answer, as the supervisor marks it. */
  g_assert_true (gtk_widget_activate_action (view, "cycle.decline-rater", "x",
                                             hearth_test_query_int (fixture->store,
                                                                    "SELECT id FROM feedback_raters WHERE name = 'Dorothy Evans'")));
  HEARTH_TEST_ITERATE_UNTIL (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (hearth_test_find_labelled (view, "Dorothy Evans"))),
                                        "Resident · Declined") == 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (hearth_test_find_labelled (view, "Answers"))),
                   ==, "0 of 3 answered · 1 declined");

  /* Closing, then reopening. */
  g_assert_true (gtk_widget_activate_action (view, "cycle.close", NULL));
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT closed_at IS NOT NULL FROM feedback_cycles"), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (!gtk_widget_get_visible (not_answered));
  g_assert_true (gtk_widget_get_visible (hearth_test_find_labelled (view, "Release Report")));
  /* Reopening asks first; keeping it closed changes nothing. */
  g_assert_true (gtk_widget_activate_action (view, "cycle.reopen", NULL));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (visible_dialog (fixture))),
                            "Raters can answer again"));
  respond (fixture, visible_dialog (fixture), "cancel");
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT closed_at IS NULL FROM feedback_cycles"), ==, 0);
  g_assert_true (gtk_widget_activate_action (view, "cycle.reopen", NULL));
  HEARTH_TEST_ITERATE_UNTIL (ADW_IS_ALERT_DIALOG (visible_dialog (fixture)));
  respond (fixture, visible_dialog (fixture), "reopen");
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT closed_at IS NULL FROM feedback_cycles"), ==, 1);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_visible (not_answered));
  adw_dialog_force_close (ADW_DIALOG (view));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);

  /* Anyone else learns how many, not who. */
  hearth_store_set_actor (fixture->store, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "feedback.open-cycle", "x", cycle));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_CYCLE_VIEW (visible_dialog (fixture)));
  view = GTK_WIDGET (visible_dialog (fixture));
  g_assert_false (gtk_widget_get_visible (hearth_test_find_labelled (view, "Not answered yet")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (hearth_test_find_labelled (view, "Answers"))),
                   ==, "0 of 3 answered · 1 declined");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (hearth_test_find_labelled (view, "Dorothy Evans"))),
                   ==, "Resident");
}

static void
test_minimums (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 framework = hearth_test_query_int (fixture->store, "SELECT min (id) FROM frameworks");
  gint64 cycle = start_cycle (fixture, framework);
  g_autoptr(AdwDialog) dialog = NULL;
  GtkSpinButton *other;

  dialog = g_object_ref (hearth_feedback_cycle_dialog_new (fixture->store, cycle));
  adw_dialog_present (dialog, GTK_WIDGET (fixture->window));
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == dialog);
  other = GTK_SPIN_BUTTON (hearth_test_find (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 2));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (other), ==, HEARTH_FEEDBACK_MIN_OTHER);

  /* Below the default: asked first, and nothing saved until agreed. */
  gtk_spin_button_set_value (other, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RISK_DIALOG (visible_dialog (fixture)));
  g_assert_null (hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (dialog)));
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT min_other FROM feedback_cycles"), ==, 3);

  /* Thinking again leaves the form as it was. */
  respond (fixture, visible_dialog (fixture), "cancel");
  g_assert_true (visible_dialog (fixture) == dialog);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT min_other FROM feedback_cycles"), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  HEARTH_TEST_ITERATE_UNTIL (HEARTH_IS_FEEDBACK_RISK_DIALOG (visible_dialog (fixture)));
  respond (fixture, visible_dialog (fixture), "lower");
  HEARTH_TEST_ITERATE_UNTIL (visible_dialog (fixture) == NULL);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT min_other FROM feedback_cycles"), ==, 2);
  g_assert_cmpint (hearth_test_query_int (fixture->store, "SELECT min_confirmed FROM feedback_cycles"), ==, 1);
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
  ADD ("/feedback-editor/frameworks", test_frameworks);
  ADD ("/feedback-editor/conflict", test_conflict);
  ADD ("/feedback-editor/cycle", test_cycle);
  ADD ("/feedback-editor/minimums", test_minimums);
  ADD ("/feedback-editor/unsaved-scale", test_unsaved_scale);
#undef ADD

  return g_test_run ();
}
