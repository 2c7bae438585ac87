/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-plan-dialog.h"

struct _HearthSupervisionPlanDialog
{
  HearthFormDialog       parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *group;
  HearthDateRow         *date_row;

  /* owned */
  HearthStore           *store;
  HearthSupervisionPair *pair;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionPlanDialog, hearth_supervision_plan_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static gboolean
hearth_supervision_plan_dialog_save (HearthFormDialog  *dialog,
                                     GError           **error)
{
  HearthSupervisionPlanDialog *self = HEARTH_SUPERVISION_PLAN_DIALOG (dialog);

  return hearth_supervision_plan (self->store, hearth_supervision_pair_get_id (self->pair),
                                  hearth_date_row_get_date (self->date_row), error);
}

static void
date_changed_cb (HearthSupervisionPlanDialog *self)
{
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   hearth_date_row_get_date (self->date_row)[0] != '\0');
}

static void
hearth_supervision_plan_dialog_dispose (GObject *object)
{
  HearthSupervisionPlanDialog *self = HEARTH_SUPERVISION_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_PLAN_DIALOG);
  g_clear_object (&self->pair);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_supervision_plan_dialog_parent_class)->dispose (object);
}

static void
hearth_supervision_plan_dialog_class_init (HearthSupervisionPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_supervision_plan_dialog_dispose;
  form_class->save = hearth_supervision_plan_dialog_save;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPlanDialog, group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPlanDialog, date_row);
}

static void
hearth_supervision_plan_dialog_init (HearthSupervisionPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->date_row, "notify::date", G_CALLBACK (date_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

AdwDialog *
hearth_supervision_plan_dialog_new (HearthStore           *store,
                                    HearthSupervisionPair *pair)
{
  HearthSupervisionPlanDialog *self;
  g_autofree char *description = NULL;
  const char *due;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (pair), NULL);

  self = g_object_new (HEARTH_TYPE_SUPERVISION_PLAN_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->pair = g_object_ref (pair);

  description = g_strdup_printf (_("When you will next meet %s."),
                                 hearth_supervision_pair_get_staff_name (pair));
  adw_preferences_group_set_description (self->group, description);

  /* Start from the day it is due, unless that has passed. */
  due = hearth_supervision_pair_get_next_due_on (pair);
  if (due[0] != '\0' && !hearth_supervision_pair_get_overdue (pair))
    hearth_date_row_set_date (self->date_row, due);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%F");

      hearth_date_row_set_date (self->date_row, today);
    }
  date_changed_cb (self);

  return ADW_DIALOG (self);
}
