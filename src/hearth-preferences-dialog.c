/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-lookup-list-group.h"
#include "hearth-preferences-dialog.h"
#include "hearth-staff-chooser.h"
#include "hearth-staff-member.h"

struct _HearthPreferencesDialog
{
  AdwPreferencesDialog   parent_instance;

  /* template widgets */
  AdwActionRow          *you_row;
  AdwComboRow           *style_row;
  GtkSpinButton         *stall_spin;
  AdwActionRow          *database_row;
  AdwEntryRow           *team_name_row;
  AdwEntryRow           *contact_row;
  HearthLookupListGroup *outcomes_group;
  HearthLookupListGroup *access_needs_group;

  /* owned */
  HearthStore           *store;
  GSettings             *settings;
};

G_DEFINE_FINAL_TYPE (HearthPreferencesDialog, hearth_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

static void
update_you (HearthPreferencesDialog *self)
{
  g_autoptr(HearthStaffMember) member = NULL;
  gint64 id = g_settings_get_int64 (self->settings, "staff-id");

  if (id > 0)
    member = hearth_staff_member_load (self->store, id, NULL);

  adw_action_row_set_subtitle (self->you_row,
                               member ? hearth_staff_member_get_name (member) : _("Nobody chosen yet"));
}

static void
staff_chosen_cb (HearthPreferencesDialog *self,
                 gint64                   staff_id)
{
  g_settings_set_int64 (self->settings, "staff-id", staff_id);
  hearth_store_set_actor (self->store, staff_id);
  update_you (self);
}

static void
change_you_cb (HearthPreferencesDialog *self)
{
  AdwDialog *chooser = hearth_staff_chooser_new (self->store);

  g_signal_connect_object (chooser, "staff-chosen", G_CALLBACK (staff_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (chooser, GTK_WIDGET (self));
}

static void
style_changed_cb (HearthPreferencesDialog *self)
{
  if (self->settings != NULL)
    g_settings_set_enum (self->settings, "color-scheme",
                         (int) adw_combo_row_get_selected (self->style_row));
}

/* Saved when applied, not on every key. */
static void
team_name_applied_cb (HearthPreferencesDialog *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "team-name",
                           gtk_editable_get_text (GTK_EDITABLE (self->team_name_row)));
}

static void
contact_applied_cb (HearthPreferencesDialog *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "team-contact",
                           gtk_editable_get_text (GTK_EDITABLE (self->contact_row)));
}

static void
hearth_preferences_dialog_dispose (GObject *object)
{
  HearthPreferencesDialog *self = HEARTH_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_preferences_dialog_parent_class)->dispose (object);
}

static void
hearth_preferences_dialog_class_init (HearthPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_preferences_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_LOOKUP_LIST_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, you_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, style_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, stall_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, team_name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, outcomes_group);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, access_needs_group);
  gtk_widget_class_bind_template_callback (widget_class, change_you_cb);
  gtk_widget_class_bind_template_callback (widget_class, style_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, team_name_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, contact_applied_cb);
}

static void
hearth_preferences_dialog_init (HearthPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_preferences_dialog_new (HearthStore *store,
                               GSettings   *settings)
{
  HearthPreferencesDialog *self;
  g_autofree char *team_name = NULL;
  g_autofree char *contact = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HEARTH_TYPE_PREFERENCES_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  adw_combo_row_set_selected (self->style_row, (guint) g_settings_get_enum (settings, "color-scheme"));
  g_settings_bind (settings, "stall-weeks",
                   gtk_spin_button_get_adjustment (self->stall_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_action_row_set_subtitle (self->database_row, hearth_store_get_path (store));
  update_you (self);

  team_name = g_settings_get_string (settings, "team-name");
  gtk_editable_set_text (GTK_EDITABLE (self->team_name_row), team_name);
  contact = g_settings_get_string (settings, "team-contact");
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), contact);

  hearth_lookup_list_group_set_store (self->outcomes_group, store);
  hearth_lookup_list_group_set_store (self->access_needs_group, store);

  return ADW_DIALOG (self);
}
