/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-behaviour-dialog.h"
#include "hearth-behaviour-row.h"
#include "hearth-error.h"
#include "hearth-framework-changes.h"
#include "hearth-framework-conflict-dialog.h"
#include "hearth-framework-dialog.h"
#include "hearth-framework-editor.h"
#include "hearth-framework.h"
#include "hearth-scale-point-row.h"
#include "hearth-ui-utils.h"

struct _HearthFrameworkEditor
{
  AdwDialog               parent_instance;

  /* template widgets */
  AdwToastOverlay        *toast_overlay;
  AdwNavigationSplitView *split_view;
  GtkListView            *framework_list;
  AdwNavigationPage      *content_page;
  GtkLabel               *error_label;
  GtkStack               *content_stack;
  AdwEntryRow            *name_row;
  AdwComboRow            *kind_row;
  AdwPreferencesGroup    *behaviours_group;
  GtkListBox             *behaviour_list;
  GtkLabel               *no_behaviours_label;
  GtkListBox             *scale_list;

  /* owned */
  HearthStore            *store;
  HearthQueryModel       *frameworks;
  GtkSingleSelection     *selection;
  HearthQueryModel       *behaviours;
  HearthFramework        *framework;

  gint64                  framework_id;
  gboolean                loading;
  gboolean                scale_dirty;     /* points edited and not saved */
  guint                   pending;         /* where to go once asked: a position, or CLOSE */
};

/* A pending move that closes the editor rather than showing a framework. */
#define CLOSE G_MAXUINT

G_DEFINE_FINAL_TYPE (HearthFrameworkEditor, hearth_framework_editor, ADW_TYPE_DIALOG)

static void
show_error (HearthFrameworkEditor *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
toast (HearthFrameworkEditor *self,
       const char            *title,
       const char            *undo_action,
       gint64                 id)
{
  AdwToast *toast = adw_toast_new (title);

  if (undo_action != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, undo_action);
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static HearthBehaviour *
find_behaviour (HearthFrameworkEditor *self,
                gint64                 id)
{
  guint position;

  if (self->behaviours == NULL)
    return NULL;
  position = hearth_query_model_find_id (self->behaviours, id);
  if (position == G_MAXUINT)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->behaviours), position);
}

static GtkWidget *
create_behaviour_row (gpointer item,
                      gpointer user_data)
{
  return hearth_behaviour_row_new (HEARTH_BEHAVIOUR (item));
}

static void
behaviours_changed_cb (HearthFrameworkEditor *self)
{
  guint n = self->behaviours != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->behaviours)) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->behaviour_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_behaviours_label), n == 0);
}

/* Edited points are asked about before they could be lost: leaving the
 * framework or closing the editor. */
static void
set_scale_dirty (HearthFrameworkEditor *self,
                 gboolean               dirty)
{
  self->scale_dirty = dirty;
  adw_dialog_set_can_close (ADW_DIALOG (self), !dirty);
}

static void
point_edited_cb (HearthFrameworkEditor *self)
{
  if (!self->loading)
    set_scale_dirty (self, TRUE);
}

static void
append_point (HearthFrameworkEditor *self,
              GtkWidget             *row)
{
  g_signal_connect_object (row, "changed", G_CALLBACK (point_edited_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->scale_list, row);
}

static char **
dup_scale_labels (HearthFrameworkEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->scale_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (HEARTH_IS_SCALE_POINT_ROW (row))
      g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (row)));
  return g_strv_builder_end (builder);
}

static void
load_scale (HearthFrameworkEditor *self)
{
  g_auto(GStrv) labels = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_loading = self->loading;
  GtkWidget *row;

  self->loading = TRUE;
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->scale_list))) != NULL)
    gtk_list_box_remove (self->scale_list, row);

  labels = hearth_framework_dup_scale (self->store, self->framework_id, &error);
  if (labels == NULL)
    show_error (self, error->message);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    append_point (self, hearth_scale_point_row_new (i + 1, labels[i]));
  self->loading = was_loading;
  set_scale_dirty (self, FALSE);
}

static void
update_kind (HearthFrameworkEditor *self)
{
  gboolean values = hearth_framework_get_kind (self->framework) == HEARTH_FRAMEWORK_VALUES;

  adw_preferences_group_set_title (self->behaviours_group, values ? _("Values") : _("Behaviours"));
  gtk_label_set_label (self->no_behaviours_label,
                       values ? _("No values yet. Add the first one the team has agreed.")
                              : _("No behaviours yet. Add the first one the team has agreed."));
}

static void
load_framework (HearthFrameworkEditor *self,
                HearthFramework       *framework)
{
  if (framework != NULL && self->framework == framework)
    return;

  g_set_object (&self->framework, framework);
  show_error (self, NULL);
  if (self->behaviours != NULL)
    g_signal_handlers_disconnect_by_data (self->behaviours, self);
  g_clear_object (&self->behaviours);

  if (framework == NULL)
    {
      self->framework_id = 0;
      gtk_list_box_bind_model (self->behaviour_list, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      adw_navigation_page_set_title (self->content_page, _("Framework"));
      return;
    }

  self->loading = TRUE;
  self->framework_id = hearth_framework_get_id (framework);
  adw_navigation_page_set_title (self->content_page, hearth_framework_get_name (framework));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), hearth_framework_get_name (framework));
  adw_combo_row_set_selected (self->kind_row,
                              hearth_framework_get_kind (framework) == HEARTH_FRAMEWORK_VALUES);
  update_kind (self);

  self->behaviours = hearth_behaviour_list_new (self->store, self->framework_id);
  g_signal_connect_object (self->behaviours, "items-changed", G_CALLBACK (behaviours_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_box_bind_model (self->behaviour_list, G_LIST_MODEL (self->behaviours),
                           create_behaviour_row, self, NULL);
  behaviours_changed_cb (self);
  load_scale (self);
  gtk_stack_set_visible_child_name (self->content_stack, "framework");
  self->loading = FALSE;
}

static void ask_about_scale (HearthFrameworkEditor *self,
                             guint                  pending);

static void
selection_changed_cb (HearthFrameworkEditor *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint shown;

  /* Points edited and not saved: stay on their framework and ask. */
  if (self->scale_dirty && self->framework_id != 0)
    {
      shown = hearth_query_model_find_id (self->frameworks, self->framework_id);
      if (shown != G_MAXUINT && shown != position)
        {
          gtk_single_selection_set_selected (self->selection, shown);
          ask_about_scale (self, position);
          return;
        }
    }

  load_framework (self, gtk_single_selection_get_selected_item (self->selection));
}

/* A rename or a new framework sorts the list again: keep the one shown. */
static void
frameworks_changed_cb (HearthFrameworkEditor *self)
{
  guint position;

  if (self->framework_id == 0)
    return;
  position = hearth_query_model_find_id (self->frameworks, self->framework_id);
  if (position != G_MAXUINT && position != gtk_single_selection_get_selected (self->selection))
    gtk_single_selection_set_selected (self->selection, position);
}

static void
framework_activated_cb (HearthFrameworkEditor *self,
                        guint                  position)
{
  gtk_single_selection_set_selected (self->selection, position);
  hearth_split_view_show_content (self->split_view, TRUE);
}

static void
name_applied_cb (HearthFrameworkEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->framework_id == 0)
    return;
  if (!hearth_framework_rename (self->store, self->framework_id,
                                gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  adw_navigation_page_set_title (self->content_page, hearth_framework_get_name (self->framework));
}

static void
kind_changed_cb (HearthFrameworkEditor *self)
{
  g_autoptr(GError) error = NULL;
  HearthFrameworkKind kind = adw_combo_row_get_selected (self->kind_row) == 1
                               ? HEARTH_FRAMEWORK_VALUES : HEARTH_FRAMEWORK_BEHAVIOURS;

  if (self->loading || self->framework == NULL || kind == hearth_framework_get_kind (self->framework))
    return;
  if (!hearth_framework_set_kind (self->store, self->framework_id, kind, &error))
    show_error (self, error->message);
  else
    update_kind (self);
}

static void
behaviour_activated_cb (HearthFrameworkEditor *self,
                        GtkListBoxRow         *row)
{
  HearthBehaviour *behaviour = hearth_behaviour_row_get_behaviour (HEARTH_BEHAVIOUR_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "editor.edit-behaviour", "x",
                              hearth_behaviour_get_id (behaviour));
}

static void duplicate_framework (HearthFrameworkEditor *self);

static void
conflict_response_cb (HearthFrameworkEditor *self,
                      const char            *response)
{
  if (g_strcmp0 (response, "duplicate") == 0)
    duplicate_framework (self);
}

/* The framework cannot lose a behaviour or change its scale while cycles
 * use it: say which, and offer a copy to change instead. */
static void
show_conflict (HearthFrameworkEditor *self,
               const GError          *cause)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) cycles = hearth_framework_dup_cycles_using (self->store, self->framework_id, &error);
  AdwDialog *dialog;

  if (cycles == NULL)
    {
      show_error (self, cause->message);
      return;
    }
  dialog = hearth_framework_conflict_dialog_new (hearth_framework_get_name (self->framework),
                                                 (const char * const *) cycles);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
framework_created_cb (HearthFrameworkEditor *self,
                      HearthFrameworkDialog *dialog)
{
  hearth_framework_editor_select_framework (self, hearth_framework_dialog_get_framework_id (dialog));
  hearth_split_view_show_content (self->split_view, TRUE);
}

static void
new_framework_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  AdwDialog *dialog = hearth_framework_dialog_new (self->store);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (framework_created_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
duplicate_framework (HearthFrameworkEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->framework_id == 0)
    return;
  id = hearth_framework_duplicate (self->store, self->framework_id, &error);
  if (id == 0)
    {
      show_error (self, error->message);
      return;
    }
  hearth_framework_editor_select_framework (self, id);
  toast (self, _("Framework duplicated"), NULL, 0);
}

static void
duplicate_framework_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  duplicate_framework (HEARTH_FRAMEWORK_EDITOR (widget));
}

static void
remove_framework_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id = self->framework_id;

  if (id == 0)
    return;
  title = g_strdup_printf (_("“%s” removed"), hearth_framework_get_name (self->framework));
  if (!hearth_framework_remove (self->store, id, &error))
    {
      show_error (self, error->message);
      return;
    }
  toast (self, title, "editor.restore-framework", id);
}

static void
restore_framework_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (!hearth_framework_restore (self->store, id, &error))
    show_error (self, error->message);
  else
    hearth_framework_editor_select_framework (self, id);
}

static void
add_behaviour_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);

  if (self->framework_id == 0)
    return;
  adw_dialog_present (hearth_behaviour_dialog_new (self->store, self->framework_id, NULL), widget);
}

static void
edit_behaviour_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  g_autoptr(HearthBehaviour) behaviour = find_behaviour (self, g_variant_get_int64 (parameter));

  if (behaviour != NULL)
    adw_dialog_present (hearth_behaviour_dialog_new (self->store, self->framework_id, behaviour),
                        widget);
}

static void
remove_behaviour_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(HearthBehaviour) behaviour = find_behaviour (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (behaviour == NULL)
    return;
  title = g_strdup_printf (_("“%s” removed"), hearth_behaviour_get_name (behaviour));
  if (!hearth_framework_remove_behaviour (self->store, id, &error))
    {
      if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT))
        show_conflict (self, error);
      else
        show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  toast (self, title, "editor.restore-behaviour", id);
}

static void
restore_behaviour_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_framework_restore_behaviour (self->store, g_variant_get_int64 (parameter), &error))
    show_error (self, error->message);
}

static void
move_behaviour_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint position, n;

  g_variant_get (parameter, "(xu)", &id, &position);
  n = self->behaviours != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->behaviours)) : 0;
  if (n == 0 || position >= n || position == hearth_query_model_find_id (self->behaviours, id))
    return;
  if (!hearth_framework_move_behaviour (self->store, id, position, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The moved row is a new one: keep the keyboard on it, for the next
   * Alt+Up or Alt+Down. */
  position = hearth_query_model_find_id (self->behaviours, id);
  if (position != G_MAXUINT)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->behaviour_list, (int) position);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
renumber_points (HearthFrameworkEditor *self)
{
  guint value = 1;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->scale_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (HEARTH_IS_SCALE_POINT_ROW (row))
      hearth_scale_point_row_set_value (HEARTH_SCALE_POINT_ROW (row), value++);
}

static void
add_point_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  GtkWidget *row = hearth_scale_point_row_new (1, "");

  append_point (self, row);
  renumber_points (self);
  set_scale_dirty (self, TRUE);
  gtk_widget_grab_focus (row);
}

static void
remove_point_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (widget);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->scale_list,
                                                      (int) g_variant_get_uint32 (parameter) - 1);

  if (row == NULL)
    return;
  gtk_list_box_remove (self->scale_list, GTK_WIDGET (row));
  renumber_points (self);
  set_scale_dirty (self, TRUE);
}

/* Saves the points as edited; FALSE, with the reason shown, if they
 * cannot be. */
static gboolean
save_scale (HearthFrameworkEditor *self)
{
  g_auto(GStrv) labels = dup_scale_labels (self);
  g_autoptr(GError) error = NULL;

  if (self->framework_id == 0)
    return TRUE;

  if (!hearth_framework_set_scale (self->store, self->framework_id,
                                   (const char * const *) labels, &error))
    {
      if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT))
        show_conflict (self, error);
      else
        show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  load_scale (self);
  toast (self, _("Scale saved"), NULL, 0);
  return TRUE;
}

static void
save_scale_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_scale (HEARTH_FRAMEWORK_EDITOR (widget));
}

/* Goes where the person was going when asked about unsaved points. */
static void
go_on (HearthFrameworkEditor *self)
{
  guint pending = self->pending;

  self->pending = CLOSE - 1;
  if (pending == CLOSE)
    adw_dialog_force_close (ADW_DIALOG (self));
  else if (pending < CLOSE - 1)
    gtk_single_selection_set_selected (self->selection, pending);
}

static void
unsaved_scale_response_cb (HearthFrameworkEditor *self,
                           const char            *response)
{
  if (g_str_equal (response, "discard"))
    {
      set_scale_dirty (self, FALSE);
      go_on (self);
    }
  else if (g_str_equal (response, "save"))
    {
      if (save_scale (self))
        go_on (self);
    }
  else
    self->pending = CLOSE - 1;
}

/* Asks what to do with the edited points before leaving them: save,
 * discard, or stay to go on editing. */
static void
ask_about_scale (HearthFrameworkEditor *self,
                 guint                  pending)
{
  g_autofree char *body = NULL;
  AdwDialog *alert;

  self->pending = pending;
  /* Translators: %s is the name of a 360° feedback framework. */
  body = g_strdup_printf (_("The points of “%s” were changed and not saved."),
                          self->framework != NULL ? hearth_framework_get_name (self->framework) : "");
  alert = adw_alert_dialog_new (_("Save the Scale?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Keep Editing"),
                                  "discard", _("_Discard"),
                                  "save", _("_Save"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "discard",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "save",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "save");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (unsaved_scale_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
close_attempt_cb (HearthFrameworkEditor *self)
{
  if (self->scale_dirty)
    ask_about_scale (self, CLOSE);
}

static void
hearth_framework_editor_dispose (GObject *object)
{
  HearthFrameworkEditor *self = HEARTH_FRAMEWORK_EDITOR (object);

  if (self->behaviour_list != NULL)
    gtk_list_box_bind_model (self->behaviour_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FRAMEWORK_EDITOR);

  g_clear_object (&self->behaviours);
  g_clear_object (&self->framework);
  g_clear_object (&self->selection);
  g_clear_object (&self->frameworks);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_framework_editor_parent_class)->dispose (object);
}

static void
hearth_framework_editor_class_init (HearthFrameworkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_framework_editor_dispose;

  g_type_ensure (HEARTH_TYPE_FRAMEWORK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-framework-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, split_view);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, framework_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, content_page);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, behaviours_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, behaviour_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, no_behaviours_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkEditor, scale_list);
  gtk_widget_class_bind_template_callback (widget_class, framework_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_attempt_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, behaviour_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.new-framework", NULL, new_framework_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate-framework", NULL,
                                   duplicate_framework_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-framework", NULL,
                                   remove_framework_action);
  gtk_widget_class_install_action (widget_class, "editor.restore-framework", "x",
                                   restore_framework_action);
  gtk_widget_class_install_action (widget_class, "editor.add-behaviour", NULL, add_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.edit-behaviour", "x", edit_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-behaviour", "x",
                                   remove_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.restore-behaviour", "x",
                                   restore_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.move-behaviour", "(xu)",
                                   move_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.add-point", NULL, add_point_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-point", "u", remove_point_action);
  gtk_widget_class_install_action (widget_class, "editor.save-scale", NULL, save_scale_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "editor.new-framework", NULL);
}

static void
hearth_framework_editor_init (HearthFrameworkEditor *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->pending = CLOSE - 1;

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/feedback/hearth-framework-item.ui");
  gtk_list_view_set_factory (self->framework_list, factory);
}

AdwDialog *
hearth_framework_editor_new (HearthStore *store)
{
  HearthFrameworkEditor *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FRAMEWORK_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->frameworks = hearth_framework_list_new (store);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->frameworks)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->frameworks, "items-changed", G_CALLBACK (frameworks_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_view_set_model (self->framework_list, GTK_SELECTION_MODEL (self->selection));
  selection_changed_cb (self);

  return ADW_DIALOG (self);
}

void
hearth_framework_editor_select_framework (HearthFrameworkEditor *self,
                                          gint64                 framework_id)
{
  guint position;

  g_return_if_fail (HEARTH_IS_FRAMEWORK_EDITOR (self));

  position = hearth_query_model_find_id (self->frameworks, framework_id);
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
}

gint64
hearth_framework_editor_get_framework_id (HearthFrameworkEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK_EDITOR (self), 0);

  return self->framework_id;
}
