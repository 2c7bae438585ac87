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
#include "hearth-ui-utils.h"

struct _HearthCaseStatusDialog
{
  AdwDialog     parent_instance;

  HearthStore  *store;
  HearthCase   *item;
  gboolean      closing;
  GListModel   *outcomes;

  GtkWidget    *action_button;
  GtkWidget    *first_outcome;
  gint64        outcome_id;   /* chosen, or 0 */
  GtkWidget    *text_field;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (HearthCaseStatusDialog, hearth_case_status_dialog, ADW_TYPE_DIALOG)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
validate (HearthCaseStatusDialog *self)
{
  g_autofree char *text = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->text_field));
  gboolean ok = hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->text_field));

  /* The outcome is chosen on purpose, never left at a default. */
  if (self->closing)
    ok = ok && self->outcome_id > 0;
  else
    ok = ok && g_strstrip (text)[0] != '\0';
  /* The button follows its action. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
}

static void
save_cb (HearthCaseStatusDialog *self)
{
  g_autofree char *text = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->text_field));
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (!gtk_widget_get_sensitive (self->action_button))
    return;

  if (self->closing)
    saved = hearth_case_close (self->store, hearth_case_get_id (self->item), self->outcome_id,
                               text, &error);
  else
    saved = hearth_case_reopen (self->store, hearth_case_get_id (self->item), text, &error);

  if (!saved)
    {
      hearth_error_label_show (self->error_label,
                               error != NULL ? error->message : _("Choose how the case ended"));
      return;
    }

  g_signal_emit (self, signals[DONE], 0);
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
  save_cb (HEARTH_CASE_STATUS_DIALOG (widget));
}

static void
hearth_case_status_dialog_dispose (GObject *object)
{
  HearthCaseStatusDialog *self = HEARTH_CASE_STATUS_DIALOG (object);

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

  object_class->dispose = hearth_case_status_dialog_dispose;

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hearth_case_status_dialog_init (HearthCaseStatusDialog *self)
{
}

static void
outcome_toggled_cb (GtkCheckButton         *check,
                    HearthCaseStatusDialog *self)
{
  if (gtk_check_button_get_active (check))
    self->outcome_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "outcome-id"));
  validate (self);
}

/* One row per outcome, as radio buttons: the team's list is short. */
static void
add_outcome_rows (HearthCaseStatusDialog *self,
                  GtkWidget              *group)
{
  GtkCheckButton *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (self->outcomes); i++)
    {
      g_autoptr(HearthLookupItem) outcome = g_list_model_get_item (self->outcomes, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      if (first == NULL)
        first = GTK_CHECK_BUTTON (check);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "outcome-id",
                         GSIZE_TO_POINTER ((gsize) hearth_lookup_item_get_id (outcome)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (outcome_toggled_cb), self, 0);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_lookup_item_get_name (outcome));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  self->first_outcome = GTK_WIDGET (first);
}

static void
build (HearthCaseStatusDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header;
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *field_group = adw_preferences_group_new ();
  GtkWidget *error_label = hearth_error_label_new ();
  guint open = hearth_case_get_open_agreements (self->item);

  header = hearth_dialog_header_new (self->closing ? _("C_lose Case") : _("_Reopen Case"),
                                     self->closing ? "destructive-action" : "suggested-action",
                                     &self->action_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  /* Which case, beyond doubt: its title and who it is for. */
  {
    g_autofree char *which = g_strdup_printf ("%s · %s", hearth_case_get_title (self->item),
                                              hearth_case_get_residents (self->item));

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), which);
  }

  self->error_label = GTK_LABEL (error_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), error_label);

  if (self->closing)
    {
      g_autoptr(GError) error = NULL;

      adw_dialog_set_title (ADW_DIALOG (self), _("Close Case"));
      self->outcomes = hearth_lookup_item_list_new (self->store, HEARTH_LOOKUP_OUTCOMES, &error);
      if (self->outcomes == NULL)
        self->outcomes = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_LOOKUP_ITEM));
      if (error != NULL)
        hearth_error_label_show (self->error_label, error->message);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("How Did It End?"));
      add_outcome_rows (self, group);

      if (open > 0)
        {
          g_autofree char *note = NULL;
          GtkWidget *label;

          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u thing we agreed is still open. It stays open, "
                                               "for whoever reopens the case.",
                                               "%u things we agreed are still open. They stay "
                                               "open, for whoever reopens the case.",
                                               open),
                                  open);
          label = gtk_label_new (note);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "warning");
          gtk_widget_set_margin_top (label, 12);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
        }

      self->text_field = hearth_text_field_new (_("Closing note"), HEARTH_CASE_NOTE_MAX);
    }
  else
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Reopen Case"));
      self->text_field = hearth_text_field_new (_("Why the case is reopening"), HEARTH_CASE_NOTE_MAX);
    }

  g_signal_connect_object (self->text_field, "changed", G_CALLBACK (validate), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (field_group), self->text_field);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (field_group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 520);
  adw_dialog_set_default_widget (ADW_DIALOG (self), self->action_button);
  adw_dialog_set_focus (ADW_DIALOG (self),
                        self->closing && self->first_outcome != NULL
                          ? self->first_outcome
                          : GTK_WIDGET (hearth_text_field_get_view (HEARTH_TEXT_FIELD (self->text_field))));
  validate (self);
}

AdwDialog *
hearth_case_status_dialog_new (HearthStore *store,
                               HearthCase  *item)
{
  HearthCaseStatusDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_CASE_STATUS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  self->closing = hearth_case_get_is_open (item);
  build (self);
  return ADW_DIALOG (self);
}
