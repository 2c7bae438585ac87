/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-budget-dialog.h"
#include "hearth-change-util.h"
#include "hearth-date-row.h"
#include "hearth-lookup-item.h"
#include "hearth-money.h"

/* Sets, changes or removes a team's budget:
 *
 *   HearthBudgetDialog --> hearth_budget_create/update/remove () --> HearthStore
 *
 * The model refuses what cannot be a budget (an amount of nothing, a period
 * that overlaps another of the team's), and the form shows why. */
struct _HearthBudgetDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  AdwComboRow      *team_row;
  AdwEntryRow      *name_row;
  AdwEntryRow      *amount_row;
  HearthDateRow    *starts_row;
  HearthDateRow    *ends_row;
  GtkWidget        *remove_group;

  /* owned */
  HearthStore      *store;
  HearthBudget     *budget;   /* NULL for a new one */
  GListModel       *teams;    /* of HearthLookupItem */
};

G_DEFINE_FINAL_TYPE (HearthBudgetDialog, hearth_budget_dialog, HEARTH_TYPE_FORM_DIALOG)

static const char *
chosen_team (HearthBudgetDialog *self)
{
  gpointer item = adw_combo_row_get_selected_item (self->team_row);

  return item != NULL ? hearth_lookup_item_get_name (HEARTH_LOOKUP_ITEM (item)) : NULL;
}

/* Whether the form is whole; what it holds is checked when it is saved. */
static void
validate (HearthBudgetDialog *self)
{
  gboolean ok = chosen_team (self) != NULL &&
                !hearth_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->name_row))) &&
                !hearth_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->amount_row))) &&
                *hearth_date_row_get_date (self->starts_row) != '\0' &&
                *hearth_date_row_get_date (self->ends_row) != '\0';

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), ok);
}

static gboolean
hearth_budget_dialog_save (HearthFormDialog  *dialog,
                           GError           **error)
{
  HearthBudgetDialog *self = HEARTH_BUDGET_DIALOG (dialog);
  HearthBudgetFields fields = {
    .team = chosen_team (self),
    .name = gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
    .amount = gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
    .starts_on = hearth_date_row_get_date (self->starts_row),
    .ends_on = hearth_date_row_get_date (self->ends_row),
  };

  if (self->budget != NULL)
    return hearth_budget_update (self->store, hearth_budget_get_id (self->budget), &fields, error);

  return hearth_budget_create (self->store, &fields, error) > 0;
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthBudgetDialog *self = HEARTH_BUDGET_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->budget == NULL)
    return;

  if (!hearth_budget_remove (self->store, hearth_budget_get_id (self->budget), &error))
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
hearth_budget_dialog_dispose (GObject *object)
{
  HearthBudgetDialog *self = HEARTH_BUDGET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BUDGET_DIALOG);

  g_clear_object (&self->teams);
  g_clear_object (&self->budget);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_budget_dialog_parent_class)->dispose (object);
}

static void
hearth_budget_dialog_class_init (HearthBudgetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_budget_dialog_dispose;
  form_class->save = hearth_budget_dialog_save;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  g_type_ensure (HEARTH_TYPE_LOOKUP_ITEM);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hearthapp/Hearth/insights/hearth-budget-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, team_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, starts_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, ends_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBudgetDialog, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, validate);

  gtk_widget_class_install_action (widget_class, "budget.remove", NULL, remove_action);
}

static void
hearth_budget_dialog_init (HearthBudgetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
select_team (HearthBudgetDialog *self,
             const char         *team)
{
  guint n = g_list_model_get_n_items (self->teams);

  for (guint i = 0; team != NULL && i < n; i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (self->teams, i);

      if (g_utf8_collate (hearth_lookup_item_get_name (item), team) == 0)
        {
          adw_combo_row_set_selected (self->team_row, i);
          return;
        }
    }
}

AdwDialog *
hearth_budget_dialog_new (HearthStore  *store,
                          HearthBudget *budget,
                          const char   *team)
{
  HearthBudgetDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (budget == NULL || HEARTH_IS_BUDGET (budget), NULL);

  self = g_object_new (HEARTH_TYPE_BUDGET_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->budget = budget != NULL ? g_object_ref (budget) : NULL;

  self->teams = hearth_budget_team_list_new (store, &error);
  if (self->teams == NULL)
    {
      self->teams = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_LOOKUP_ITEM));
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
    }
  adw_combo_row_set_model (self->team_row, self->teams);

  if (budget != NULL)
    {
      g_autofree char *amount = hearth_money_format (hearth_budget_get_amount_pence (budget));

      adw_dialog_set_title (ADW_DIALOG (self), _("Budget"));
      hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Save"));
      select_team (self, hearth_budget_get_team (budget));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), hearth_budget_get_name (budget));
      gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
      hearth_date_row_set_date (self->starts_row, hearth_budget_get_starts_on (budget));
      hearth_date_row_set_date (self->ends_row, hearth_budget_get_ends_on (budget));
      gtk_widget_set_visible (self->remove_group, TRUE);
    }
  else
    {
      g_autofree char *today = hearth_budget_dup_local_day (hearth_store_now (store));
      g_autofree char *starts_on = NULL;
      g_autofree char *ends_on = NULL;
      g_autofree char *name = hearth_budget_dup_quarter (today, &starts_on, &ends_on);

      /* This quarter, the usual period; changed as the team needs. */
      select_team (self, team);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
      hearth_date_row_set_date (self->starts_row, starts_on);
      hearth_date_row_set_date (self->ends_row, ends_on);
    }

  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->amount_row));
  validate (self);
  return ADW_DIALOG (self);
}
