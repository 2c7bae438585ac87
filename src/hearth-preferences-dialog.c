/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-backups.h"
#include "hearth-lookup-list-group.h"
#include "hearth-preferences-dialog.h"
#include "hearth-retention-dialog.h"
#include "hearth-staff-chooser.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

struct _HearthPreferencesDialog
{
  AdwPreferencesDialog   parent_instance;

  /* template widgets */
  AdwActionRow          *you_row;
  AdwComboRow           *style_row;
  GtkSpinButton         *stall_spin;
  GtkSpinButton         *retention_spin;
  AdwActionRow          *database_row;
  AdwActionRow          *backup_row;
  GtkWidget             *back_up_button;
  AdwEntryRow           *team_name_row;
  AdwEntryRow           *contact_row;
  HearthLookupListGroup *outcomes_group;
  HearthLookupListGroup *access_needs_group;

  /* owned */
  HearthStore           *store;
  GSettings             *settings;
  GCancellable          *cancellable;
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

/* When the last backup was made, and where they are kept. */
static void
update_backups (HearthPreferencesDialog *self)
{
  gint64 newest = hearth_backups_get_newest (self->store);
  g_autofree char *folder = hearth_backups_dup_folder (self->store);
  g_autofree char *subtitle = NULL;

  if (newest == 0)
    subtitle = g_strdup_printf (_("None yet · to be kept in %s"), folder);
  else
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (newest);
      /* Translators: a date and time in a strftime format. */
      g_autofree char *made = g_date_time_format (when, _("%-d %B %Y, %H:%M"));

      /* Translators: when the last backup was made, then a folder. */
      subtitle = g_strdup_printf (_("%s · in %s"), made, folder);
    }
  adw_action_row_set_subtitle (self->backup_row, subtitle);
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HearthPreferencesDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = hearth_backups_make_finish (HEARTH_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->back_up_button, TRUE);
  update_backups (self);
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (self),
                                    adw_toast_new (path != NULL ? _("Backup made")
                                                                : error->message));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), path != NULL ? _("Backup made") : error->message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthPreferencesDialog *self = HEARTH_PREFERENCES_DIALOG (widget);

  gtk_widget_set_sensitive (self->back_up_button, FALSE);
  hearth_backups_make_async (self->store, self->cancellable, backed_up_cb, g_object_ref (self));
}

typedef struct
{
  HearthPreferencesDialog *self;
  char                    *path;
} Restore;

static void
restore_free (Restore *restore)
{
  g_object_unref (restore->self);
  g_free (restore->path);
  g_free (restore);
}

static void
restore_response_cb (AdwAlertDialog *alert,
                     const char     *response,
                     Restore        *restore)
{
  HearthPreferencesDialog *self = restore->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "restore"))
    return;

  aside = hearth_backups_restore (self->store, restore->path, &error);
  if (aside == NULL)
    message = g_strdup (error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (aside);

      /* Translators: %s is a file name in the backups folder. */
      message = g_strdup_printf (_("Records restored. Those replaced are kept in “%s”."), name);
    }
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (self), adw_toast_new (message));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
  update_backups (self);
}

/* Restoring replaces every record: say what goes, and what is kept. */
static void
backup_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HearthPreferencesDialog) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  Restore *restore;
  AdwDialog *alert;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file == NULL || g_file_get_path (file) == NULL)
    return;

  name = g_file_get_basename (file);
  body = g_strdup_printf (_("Every record will be replaced with those in “%s”. The records as "
                            "they are now are kept in the backups folder first."), name);
  alert = hearth_confirm_new (_("Replace Every Record?"), body, _("_Cancel"), "restore",
                              _("_Restore"), ADW_RESPONSE_DESTRUCTIVE);
  restore = g_new0 (Restore, 1);
  restore->self = g_object_ref (self);
  restore->path = g_file_get_path (file);
  g_signal_connect_data (alert, "response", G_CALLBACK (restore_response_cb), restore,
                         (GClosureNotify) (void (*) (void)) restore_free, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthPreferencesDialog *self = HEARTH_PREFERENCES_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autofree char *folder = hearth_backups_dup_folder (self->store);
  g_autoptr(GFile) initial = g_file_new_for_path (folder);

  gtk_file_dialog_set_title (dialog, _("Restore From a Backup"));
  gtk_file_dialog_set_accept_label (dialog, _("_Choose"));
  gtk_file_filter_set_name (filter, _("Hearth backups"));
  gtk_file_filter_add_suffix (filter, "db");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    gtk_file_dialog_set_initial_folder (dialog, initial);
  gtk_file_dialog_open (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable,
                        backup_chosen_cb, g_object_ref (self));
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
review_cases_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthPreferencesDialog *self = HEARTH_PREFERENCES_DIALOG (widget);
  int years = g_settings_get_int (self->settings, "retention-years");

  adw_dialog_present (hearth_retention_dialog_new (self->store, (guint) years), widget);
}

static void
hearth_preferences_dialog_dispose (GObject *object)
{
  HearthPreferencesDialog *self = HEARTH_PREFERENCES_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, backup_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, back_up_button);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesDialog, team_name_row);
  gtk_widget_class_install_action (widget_class, "preferences.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "preferences.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "preferences.review-cases", NULL,
                                   review_cases_action);
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
  self->cancellable = g_cancellable_new ();
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
  g_settings_bind (settings, "retention-years",
                   gtk_spin_button_get_adjustment (self->retention_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_action_row_set_subtitle (self->database_row, hearth_store_get_path (store));
  update_backups (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.back-up",
                                 !hearth_store_is_read_only (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.restore",
                                 !hearth_store_is_read_only (store));
  update_you (self);

  team_name = g_settings_get_string (settings, "team-name");
  gtk_editable_set_text (GTK_EDITABLE (self->team_name_row), team_name);
  contact = g_settings_get_string (settings, "team-contact");
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), contact);

  hearth_lookup_list_group_set_store (self->outcomes_group, store);
  hearth_lookup_list_group_set_store (self->access_needs_group, store);

  return ADW_DIALOG (self);
}
