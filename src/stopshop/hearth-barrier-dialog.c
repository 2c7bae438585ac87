/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-changes.h"
#include "hearth-barrier-dialog.h"
#include "hearth-barrier-update-row.h"
#include "hearth-barrier-update.h"
#include "hearth-date-row.h"
#include "hearth-staff-member.h"
#include "hearth-text-field.h"

struct _HearthBarrierDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  AdwPreferencesGroup *barrier_group;
  AdwEntryRow         *title_row;
  AdwComboRow         *category_row;
  AdwEntryRow         *teams_row;
  HearthTextField     *what_field;
  HearthTextField     *effect_field;
  AdwComboRow         *status_row;
  HearthTextField     *status_note;
  GtkLabel            *parked_label;
  AdwComboRow         *owner_row;
  AdwEntryRow         *first_action_row;
  HearthDateRow       *due_row;
  HearthTextField     *update_field;
  GtkListBox          *log_list;

  /* owned */
  HearthStore         *store;
  HearthBarrier       *item;
  HearthQueryModel    *updates;
  GArray              *owner_ids;  /* gint64 for each owner offered, 0 first */
};

G_DEFINE_FINAL_TYPE (HearthBarrierDialog, hearth_barrier_dialog, HEARTH_TYPE_FORM_DIALOG)

static const char *
chosen_status (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (self->status_row);
  const char * const *statuses = hearth_barrier_statuses ();

  return position < g_strv_length ((char **) statuses) ? statuses[position]
                                                       : hearth_barrier_get_status (self->item);
}

static const char *
chosen_category (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (self->category_row);
  const char * const *categories = hearth_barrier_categories ();

  return position < g_strv_length ((char **) categories) ? categories[position] : NULL;
}

/* 0 for "No owner". */
static gint64
chosen_owner (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (self->owner_row);

  return position < self->owner_ids->len ? g_array_index (self->owner_ids, gint64, position) : 0;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

/* Says why the barrier cannot be saved as it stands, as it is typed. */
static void
validate (HearthBarrierDialog *self)
{
  HearthFormDialog *form = HEARTH_FORM_DIALOG (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  const char *status, *message;
  gboolean parking, ok;

  /* Still being filled in. */
  if (self->item == NULL)
    return;

  status = chosen_status (self);
  parking = g_str_equal (status, "parked") && !g_str_equal (hearth_barrier_get_status (self->item), "parked");
  note = hearth_text_field_dup_text (self->status_note);

  /* A note goes with a change of status. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_note),
                          !g_str_equal (status, hearth_barrier_get_status (self->item)));

  ok = hearth_barrier_check_title (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), &error);
  if (ok && parking && is_blank (note))
    {
      g_set_error_literal (&error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("Say why the barrier is parked"));
      ok = FALSE;
    }
  /* Said once, not at every key typed. */
  message = ok ? NULL : error->message;
  if (g_strcmp0 (message, hearth_form_dialog_get_error (form)) != 0)
    hearth_form_dialog_show_error (form, message);

  ok = ok &&
       hearth_text_field_get_fits (self->what_field) &&
       hearth_text_field_get_fits (self->effect_field) &&
       hearth_text_field_get_fits (self->status_note) &&
       hearth_text_field_get_fits (self->update_field);
  hearth_form_dialog_set_can_save (form, ok);
}

static gboolean
hearth_barrier_dialog_save (HearthFormDialog  *dialog,
                            GError           **error)
{
  HearthBarrierDialog *self = HEARTH_BARRIER_DIALOG (dialog);
  g_autofree char *what = hearth_text_field_dup_text (self->what_field);
  g_autofree char *effect = hearth_text_field_dup_text (self->effect_field);
  g_autofree char *note = hearth_text_field_dup_text (self->status_note);
  g_autofree char *update = hearth_text_field_dup_text (self->update_field);
  HearthBarrierEdit edit = {
    .details = {
      .title = gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
      .what_happens = what,
      .effect_on_residents = effect,
      .category = chosen_category (self),
      .teams = gtk_editable_get_text (GTK_EDITABLE (self->teams_row)),
    },
    .status = chosen_status (self),
    .status_note = note,
    .owner_id = chosen_owner (self),
    .first_action = gtk_editable_get_text (GTK_EDITABLE (self->first_action_row)),
    .action_due_on = hearth_date_row_get_date (self->due_row),
    .update = update,
  };

  /* Everything typed stays when it is refused, with why. */
  return hearth_barrier_save_edit (self->store, hearth_barrier_get_id (self->item), &edit, error);
}

static void
hearth_barrier_dialog_dispose (GObject *object)
{
  HearthBarrierDialog *self = HEARTH_BARRIER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BARRIER_DIALOG);

  g_clear_object (&self->updates);
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (hearth_barrier_dialog_parent_class)->dispose (object);
}

static void
hearth_barrier_dialog_class_init (HearthBarrierDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_barrier_dialog_dispose;
  form_class->save = hearth_barrier_dialog_save;

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-barrier-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, barrier_group);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, teams_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, what_field);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, effect_field);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, status_note);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, parked_label);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, first_action_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, update_field);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierDialog, log_list);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_barrier_dialog_init (HearthBarrierDialog *self)
{
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
create_update_row (gpointer item,
                   gpointer user_data)
{
  return hearth_barrier_update_row_new (HEARTH_BARRIER_UPDATE (item));
}

/* A combo row of @values' labels, @current chosen. */
static void
offer_labels (AdwComboRow        *row,
              const char * const *values,
              const char        *(*label) (const char *),
              const char         *current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; values[i] != NULL; i++)
    {
      gtk_string_list_append (labels, label (values[i]));
      if (g_strcmp0 (values[i], current) == 0)
        selected = i;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
}

/* Anyone on the team, or no one for now. An owner who has since left
 * stays offered, so that saving keeps them. */
static void
offer_owners (HearthBarrierDialog *self)
{
  g_autoptr(HearthQueryModel) staff = hearth_staff_member_query_new (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 owner = hearth_barrier_get_owner_id (self->item);
  guint selected = 0;
  gint64 none = 0;

  hearth_staff_member_list_set_active_only (staff, TRUE);
  hearth_query_model_set_sort (staff, "name");

  gtk_string_list_append (names, _("No owner"));
  g_array_append_val (self->owner_ids, none);
  if (owner > 0 && hearth_query_model_find_id (staff, owner) == G_MAXUINT)
    {
      gtk_string_list_append (names, hearth_barrier_get_owner_name (self->item));
      g_array_append_val (self->owner_ids, owner);
      selected = 1;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (staff)); i++)
    {
      g_autoptr(HearthStaffMember) member = g_list_model_get_item (G_LIST_MODEL (staff), i);
      gint64 id = hearth_staff_member_get_id (member);

      if (id == owner)
        selected = self->owner_ids->len;
      gtk_string_list_append (names, hearth_staff_member_get_name (member));
      g_array_append_val (self->owner_ids, id);
    }
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->owner_row, selected);
}

AdwDialog *
hearth_barrier_dialog_new (HearthStore   *store,
                           HearthBarrier *barrier)
{
  HearthBarrierDialog *self;
  guint weight;
  g_autofree char *raised = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_BARRIER (barrier), NULL);

  self = g_object_new (HEARTH_TYPE_BARRIER_DIALOG, NULL);
  self->store = g_object_ref (store);

  weight = hearth_barrier_get_weight (barrier);
  raised = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Raised %u time", "Raised %u times", weight),
                            weight);
  adw_preferences_group_set_description (self->barrier_group, raised);

  adw_entry_row_set_max_length (self->title_row, HEARTH_BARRIER_TITLE_MAX);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), hearth_barrier_get_title (barrier));
  offer_labels (self->category_row, hearth_barrier_categories (), hearth_barrier_category_label,
                hearth_barrier_get_category (barrier));
  gtk_editable_set_text (GTK_EDITABLE (self->teams_row), hearth_barrier_get_teams (barrier));
  g_object_set (self->what_field, "max-chars", (guint) HEARTH_BARRIER_TEXT_MAX, NULL);
  hearth_text_field_set_text (self->what_field, hearth_barrier_get_what_happens (barrier));
  g_object_set (self->effect_field, "max-chars", (guint) HEARTH_BARRIER_TEXT_MAX, NULL);
  hearth_text_field_set_text (self->effect_field, hearth_barrier_get_effect_on_residents (barrier));

  offer_labels (self->status_row, hearth_barrier_statuses (), hearth_barrier_status_label,
                hearth_barrier_get_status (barrier));
  g_object_set (self->status_note, "max-chars", (guint) HEARTH_BARRIER_REASON_MAX, NULL);
  if (g_str_equal (hearth_barrier_get_status (barrier), "parked"))
    {
      /* Translators: %s is why a barrier was parked. */
      g_autofree char *reason = g_strdup_printf (_("Parked: %s"), hearth_barrier_get_parked_reason (barrier));

      gtk_label_set_label (self->parked_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->parked_label), TRUE);
    }

  self->item = g_object_ref (barrier);
  offer_owners (self);
  adw_entry_row_set_max_length (self->first_action_row, HEARTH_BARRIER_ACTION_MAX);
  gtk_editable_set_text (GTK_EDITABLE (self->first_action_row), hearth_barrier_get_first_action (barrier));
  hearth_date_row_set_date (self->due_row, hearth_barrier_get_action_due_on (barrier));
  g_object_set (self->update_field, "max-chars", (guint) HEARTH_BARRIER_UPDATE_MAX, NULL);

  self->updates = hearth_barrier_update_query_new (store);
  hearth_barrier_update_list_set_barrier (self->updates, hearth_barrier_get_id (barrier));
  hearth_query_model_set_sort (self->updates, "newest");
  gtk_list_box_bind_model (self->log_list, G_LIST_MODEL (self->updates), create_update_row, NULL, NULL);

  validate (self);
  return ADW_DIALOG (self);
}
