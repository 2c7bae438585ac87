/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-lookup-item.h"
#include "hearth-resident-changes.h"
#include "hearth-resident-dialog.h"
#include "hearth-text-field.h"
#include "hearth-ui-utils.h"

struct _HearthResidentDialog
{
  AdwDialog     parent_instance;

  /* template children */
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  GtkLabel     *updated_label;
  AdwEntryRow  *name_row;
  AdwEntryRow  *preferred_row;
  AdwEntryRow  *pronouns_row;
  AdwEntryRow  *household_row;
  AdwEntryRow  *tenancy_row;
  AdwEntryRow  *area_row;
  AdwEntryRow  *address_row;
  AdwEntryRow  *phone_row;
  AdwEntryRow  *email_row;
  AdwEntryRow  *contact_row;
  GtkBox       *profile_box;
  AdwPreferencesGroup *needs_group;

  /* owned */
  HearthStore  *store;
  gint64        resident_id;
  GtkWidget    *profile_fields[4];
  GPtrArray    *need_rows;   /* AdwSwitchRow, with "need-id" data */
  gboolean      can_save;
  gboolean      locked;      /* could not be read, or the store is read-only */
};

G_DEFINE_FINAL_TYPE (HearthResidentDialog, hearth_resident_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
read_form (HearthResidentDialog  *self,
           HearthResidentDetails *details,
           HearthResidentProfile *profile)
{
  details->name = row_text (self->name_row);
  details->preferred_name = row_text (self->preferred_row);
  details->pronouns = row_text (self->pronouns_row);
  details->household = row_text (self->household_row);
  details->tenancy_ref = row_text (self->tenancy_row);
  details->area = row_text (self->area_row);
  details->address = row_text (self->address_row);
  details->phone = row_text (self->phone_row);
  details->email = row_text (self->email_row);
  details->contact_preference = row_text (self->contact_row);

  profile->what_matters = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->profile_fields[0]));
  profile->strengths = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->profile_fields[1]));
  profile->good_life = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->profile_fields[2]));
  profile->together = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->profile_fields[3]));
}

static void
show_error (HearthResidentDialog *self,
            const char           *message)
{
  hearth_error_label_show (self->error_label, message);
}

/* Save is offered once there is a name and every text fits. */
static void
changed_cb (HearthResidentDialog *self)
{
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };
  gboolean fits = TRUE;

  read_form (self, &details, &profile);
  for (guint i = 0; i < G_N_ELEMENTS (self->profile_fields); i++)
    fits = fits && hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->profile_fields[i]));

  self->can_save = fits && !self->locked && hearth_resident_details_validate (&details, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", self->can_save);
}

static void
save_cb (HearthResidentDialog *self)
{
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };
  g_autoptr(GArray) needs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 id;

  read_form (self, &details, &profile);
  for (guint i = 0; i < self->need_rows->len; i++)
    {
      AdwSwitchRow *row = g_ptr_array_index (self->need_rows, i);
      gint64 need = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "need-id"));

      if (adw_switch_row_get_active (row))
        g_array_append_val (needs, need);
    }

  id = hearth_resident_save (self->store, self->resident_id, &details, &profile,
                             (const gint64 *) needs->data, needs->len, &error);
  if (id == 0)
    {
      /* Everything typed stays in the form. */
      show_error (self, error->message);
      return;
    }

  self->resident_id = id;
  g_signal_emit (self, signals[SAVED], 0, id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (widget);

  if (self->can_save)
    save_cb (self);
}

static void
hearth_resident_dialog_dispose (GObject *object)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (object);

  g_clear_pointer (&self->need_rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_resident_dialog_parent_class)->dispose (object);
}

static void
hearth_resident_dialog_class_init (HearthResidentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_resident_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-resident-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, updated_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, preferred_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, household_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, tenancy_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, profile_box);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, needs_group);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save", NULL);
}

static void
hearth_resident_dialog_init (HearthResidentDialog *self)
{
  const char *headings[] = {
    _("What matters to them"),
    _("Their strengths and gifts"),
    _("What a good life looks like to them"),
    _("What we can do together"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->need_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      self->profile_fields[i] = hearth_text_field_new (headings[i], HEARTH_PROFILE_TEXT_MAX);
      g_signal_connect_object (self->profile_fields[i], "changed", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->profile_box, self->profile_fields[i]);
    }
}

static void
add_need_rows (HearthResidentDialog *self,
               GArray               *chosen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) needs = hearth_lookup_item_list_new (self->store, HEARTH_LOOKUP_ACCESS_NEEDS,
                                                             &error);
  GHashTable *on = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; chosen != NULL && i < chosen->len; i++)
    g_hash_table_add (on, &g_array_index (chosen, gint64, i));

  for (guint i = 0; needs != NULL && i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(HearthLookupItem) need = g_list_model_get_item (needs, i);
      gint64 id = hearth_lookup_item_get_id (need);
      GtkWidget *row = adw_switch_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_lookup_item_get_name (need));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_switch_row_set_active (ADW_SWITCH_ROW (row), g_hash_table_contains (on, &id));
      g_object_set_data (G_OBJECT (row), "need-id", GSIZE_TO_POINTER ((gsize) id));
      adw_preferences_group_add (self->needs_group, row);
      g_ptr_array_add (self->need_rows, row);
    }
  if (error != NULL)
    show_error (self, error->message);

  g_hash_table_unref (on);
}

static void
set_row (AdwEntryRow *row,
         const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* "Last updated by Priya Raman, Today, 14:05". */
static void
show_updated (HearthResidentDialog *self)
{
  g_autofree char *by = NULL;
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gint64 at = 0;

  stmt = hearth_store_prepare (self->store,
                               "SELECT coalesce (r.profile_updated_at, 0), coalesce (s.name, '')"
                               " FROM residents r LEFT JOIN staff s ON s.id = r.profile_updated_by"
                               " WHERE r.id = ?1",
                               NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, self->resident_id);
  if (hearth_store_step (self->store, stmt, &has_row, NULL) && has_row)
    {
      at = sqlite3_column_int64 (stmt, 0);
      by = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (at <= 0)
    return;

  when = hearth_format_time (at);
  if (by != NULL && *by != '\0')
    /* Translators: who last changed a resident's profile, and when. */
    line = g_strdup_printf (_("Their own words were last updated by %s, %s"), by, when);
  else
    line = g_strdup_printf (_("Their own words were last updated %s"), when);
  gtk_label_set_label (self->updated_label, line);
  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), TRUE);
}

AdwDialog *
hearth_resident_dialog_new (HearthStore *store,
                            gint64       resident_id,
                            const char  *name)
{
  HearthResidentDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) needs = NULL;
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_RESIDENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->resident_id = resident_id;

  if (resident_id > 0)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Resident"));
      if (hearth_resident_load (store, resident_id, &details, &profile, &needs, &error))
        {
          set_row (self->name_row, details.name);
          set_row (self->preferred_row, details.preferred_name);
          set_row (self->pronouns_row, details.pronouns);
          set_row (self->household_row, details.household);
          set_row (self->tenancy_row, details.tenancy_ref);
          set_row (self->area_row, details.area);
          set_row (self->address_row, details.address);
          set_row (self->phone_row, details.phone);
          set_row (self->email_row, details.email);
          set_row (self->contact_row, details.contact_preference);
          hearth_text_field_set_text (HEARTH_TEXT_FIELD (self->profile_fields[0]), profile.what_matters);
          hearth_text_field_set_text (HEARTH_TEXT_FIELD (self->profile_fields[1]), profile.strengths);
          hearth_text_field_set_text (HEARTH_TEXT_FIELD (self->profile_fields[2]), profile.good_life);
          hearth_text_field_set_text (HEARTH_TEXT_FIELD (self->profile_fields[3]), profile.together);
          show_updated (self);
        }
      else
        {
          show_error (self, error->message);
          self->locked = TRUE;
        }
    }
  else
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("New Resident"));
      set_row (self->name_row, name);
    }

  add_need_rows (self, needs);
  changed_cb (self);

  if (hearth_store_is_read_only (store))
    {
      show_error (self, hearth_store_get_read_only_reason (store));
      self->locked = TRUE;
      changed_cb (self);
    }

  return ADW_DIALOG (self);
}
