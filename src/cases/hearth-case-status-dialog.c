/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case-changes.h"
#include "hearth-case-status-dialog.h"
#include "hearth-lookup-item.h"
#include "hearth-text-field.h"

struct _HearthCaseStatusDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  AdwPreferencesGroup *case_group;
  GtkListBox          *outcome_list;
  GtkLabel            *open_items_label;
  HearthTextField     *text_field;

  /* borrowed: the first outcome's radio button, which the others group with */
  GtkCheckButton      *first_check;

  /* owned */
  HearthStore         *store;
  HearthCase          *item;
  GListModel          *outcomes;

  gboolean             closing;
  gint64               outcome_id;   /* chosen, or 0 */
};

G_DEFINE_FINAL_TYPE (HearthCaseStatusDialog, hearth_case_status_dialog, HEARTH_TYPE_FORM_DIALOG)

static void
validate (HearthCaseStatusDialog *self)
{
  g_autofree char *text = hearth_text_field_dup_text (self->text_field);
  gboolean ok = hearth_text_field_get_fits (self->text_field);

  /* The outcome is chosen on purpose, never left at a default. */
  if (self->closing)
    ok = ok && self->outcome_id > 0;
  else
    ok = ok && g_strstrip (text)[0] != '\0';
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), ok);
}

static void
outcome_toggled_cb (HearthCaseStatusDialog *self,
                    GtkCheckButton         *check)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(HearthLookupItem) outcome = NULL;

  if (!gtk_check_button_get_active (check) || row == NULL)
    return;

  outcome = g_list_model_get_item (self->outcomes,
                                   (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  self->outcome_id = outcome != NULL ? hearth_lookup_item_get_id (outcome) : 0;
  validate (self);
}

/* One row per outcome, as radio buttons: the team's list is short. */
static GtkWidget *
create_outcome_row (gpointer item,
                    gpointer user_data)
{
  HearthCaseStatusDialog *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (self->first_check == NULL)
    self->first_check = GTK_CHECK_BUTTON (check);
  else
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->first_check);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", G_CALLBACK (outcome_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hearth_lookup_item_get_name (HEARTH_LOOKUP_ITEM (item)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static gboolean
hearth_case_status_dialog_save (HearthFormDialog  *dialog,
                                GError           **error)
{
  HearthCaseStatusDialog *self = HEARTH_CASE_STATUS_DIALOG (dialog);
  g_autofree char *text = hearth_text_field_dup_text (self->text_field);

  if (self->closing)
    return hearth_case_close (self->store, hearth_case_get_id (self->item), self->outcome_id,
                              text, error);
  return hearth_case_reopen (self->store, hearth_case_get_id (self->item), text, error);
}

static void
hearth_case_status_dialog_dispose (GObject *object)
{
  HearthCaseStatusDialog *self = HEARTH_CASE_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_STATUS_DIALOG);

  g_clear_object (&self->outcomes);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_case_status_dialog_parent_class)->dispose (object);
}

static void
hearth_case_status_dialog_class_init (HearthCaseStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_case_status_dialog_dispose;
  form_class->save = hearth_case_status_dialog_save;

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseStatusDialog, case_group);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseStatusDialog, outcome_list);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseStatusDialog, open_items_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseStatusDialog, text_field);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_case_status_dialog_init (HearthCaseStatusDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_up_closing (HearthCaseStatusDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint open = hearth_case_get_open_agreements (self->item);

  adw_dialog_set_title (ADW_DIALOG (self), _("Close Case"));
  hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("C_lose Case"));
  hearth_form_dialog_set_destructive (HEARTH_FORM_DIALOG (self), TRUE);
  adw_preferences_group_set_title (self->case_group, _("How did it end?"));
  g_object_set (self->text_field, "title", _("Closing note"), NULL);

  self->outcomes = hearth_lookup_item_list_new (self->store, HEARTH_LOOKUP_OUTCOMES, &error);
  if (self->outcomes == NULL)
    self->outcomes = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_LOOKUP_ITEM));
  if (error != NULL)
    hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
  gtk_list_box_bind_model (self->outcome_list, self->outcomes, create_outcome_row, self, NULL);

  if (open > 0)
    {
      g_autofree char *note = NULL;

      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u thing we agreed is still open. It stays open, "
                                           "for whoever reopens the case.",
                                           "%u things we agreed are still open. They stay "
                                           "open, for whoever reopens the case.",
                                           open),
                              open);
      gtk_label_set_label (self->open_items_label, note);
      gtk_widget_set_visible (GTK_WIDGET (self->open_items_label), TRUE);
    }
}

static void
set_up_reopening (HearthCaseStatusDialog *self)
{
  adw_dialog_set_title (ADW_DIALOG (self), _("Reopen Case"));
  hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Reopen Case"));
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_list), FALSE);
  g_object_set (self->text_field, "title", _("Why the case is reopening"), NULL);
}

AdwDialog *
hearth_case_status_dialog_new (HearthStore *store,
                               HearthCase  *item)
{
  HearthCaseStatusDialog *self;
  g_autofree char *which = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_CASE_STATUS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  self->closing = hearth_case_get_is_open (item);
  g_object_set (self->text_field, "max-chars", (guint) HEARTH_CASE_NOTE_MAX, NULL);

  /* Which case, beyond doubt: its title and who it is for. */
  which = g_strdup_printf ("%s · %s", hearth_case_get_title (item),
                           hearth_case_get_residents (item));
  adw_preferences_group_set_description (self->case_group, which);

  if (self->closing)
    set_up_closing (self);
  else
    set_up_reopening (self);

  adw_dialog_set_focus (ADW_DIALOG (self),
                        self->first_check != NULL
                          ? GTK_WIDGET (self->first_check)
                          : GTK_WIDGET (hearth_text_field_get_view (self->text_field)));
  validate (self);
  return ADW_DIALOG (self);
}
