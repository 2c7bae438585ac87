/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-changes.h"
#include "hearth-barrier-step-dialog.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

struct _HearthBarrierStepDialog
{
  HearthFormDialog      parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *review_group;
  AdwComboRow          *status_row;
  AdwEntryRow          *note_row;
  AdwPreferencesGroup  *act_group;
  AdwComboRow          *owner_row;
  AdwEntryRow          *action_row;
  AdwSwitchRow         *dated_row;
  GtkCalendar          *calendar;

  /* owned */
  HearthStore          *store;
  HearthBarrier        *barrier;
  HearthQueryModel     *staff;

  gint64                session_id;
  HearthBarrierStep     step;
};

G_DEFINE_FINAL_TYPE (HearthBarrierStepDialog, hearth_barrier_step_dialog, HEARTH_TYPE_FORM_DIALOG)

/* The owner row's names: "Nobody yet" is a string, the others staff. */
static char *
staff_name (GObject *item)
{
  if (HEARTH_IS_STAFF_MEMBER (item))
    return g_strdup (hearth_staff_member_get_name (HEARTH_STAFF_MEMBER (item)));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return g_strdup ("");
}

static gboolean
save_review (HearthBarrierStepDialog  *self,
             GError                  **error)
{
  const char * const *statuses = hearth_barrier_statuses ();
  guint chosen = adw_combo_row_get_selected (self->status_row);
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  const char *status = chosen < g_strv_length ((char **) statuses) ? statuses[chosen] : NULL;
  gint64 id = hearth_barrier_get_id (self->barrier);

  /* A new status carries the note; the same status with a note is news. */
  if (status != NULL && !g_str_equal (status, hearth_barrier_get_status (self->barrier)))
    return hearth_barrier_set_status (self->store, id, status, note, self->session_id, error);
  return hearth_barrier_add_update (self->store, id, note, self->session_id, error) > 0;
}

static gboolean
save_act (HearthBarrierStepDialog  *self,
          GError                  **error)
{
  guint position = adw_combo_row_get_selected (self->owner_row);
  g_autoptr(HearthStaffMember) owner = NULL;
  g_autofree char *due = NULL;

  /* The first choice is "nobody yet". */
  if (position != GTK_INVALID_LIST_POSITION && position > 0)
    owner = g_list_model_get_item (G_LIST_MODEL (self->staff), position - 1);
  if (adw_switch_row_get_active (self->dated_row))
    {
      g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

      due = g_date_time_format (day, "%Y-%m-%d");
    }
  return hearth_barrier_set_action (self->store, hearth_barrier_get_id (self->barrier),
                                    owner != NULL ? hearth_staff_member_get_id (owner) : 0,
                                    gtk_editable_get_text (GTK_EDITABLE (self->action_row)),
                                    due, self->session_id, error);
}

static gboolean
hearth_barrier_step_dialog_save (HearthFormDialog  *dialog,
                                 GError           **error)
{
  HearthBarrierStepDialog *self = HEARTH_BARRIER_STEP_DIALOG (dialog);

  if (self->step == HEARTH_BARRIER_STEP_REVIEW)
    return save_review (self, error);
  return save_act (self, error);
}

static void
hearth_barrier_step_dialog_dispose (GObject *object)
{
  HearthBarrierStepDialog *self = HEARTH_BARRIER_STEP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BARRIER_STEP_DIALOG);

  g_clear_object (&self->staff);
  g_clear_object (&self->barrier);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_barrier_step_dialog_parent_class)->dispose (object);
}

static void
hearth_barrier_step_dialog_class_init (HearthBarrierStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_barrier_step_dialog_dispose;
  form_class->save = hearth_barrier_step_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-barrier-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, review_group);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, act_group);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, action_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, dated_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierStepDialog, calendar);
  gtk_widget_class_bind_template_callback (widget_class, staff_name);
}

static void
hearth_barrier_step_dialog_init (HearthBarrierStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_calendar (self->calendar);
}

static void
set_up_review (HearthBarrierStepDialog *self)
{
  const char * const *statuses = hearth_barrier_statuses ();
  const char *now = hearth_barrier_get_status (self->barrier);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  adw_dialog_set_title (ADW_DIALOG (self), _("Where It Stands"));
  adw_preferences_group_set_title (self->review_group, hearth_barrier_get_title (self->barrier));

  for (guint i = 0; statuses[i] != NULL; i++)
    gtk_string_list_append (labels, hearth_barrier_status_label (statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));
  for (guint i = 0; statuses[i] != NULL; i++)
    if (g_str_equal (statuses[i], now))
      adw_combo_row_set_selected (self->status_row, i);

  gtk_widget_set_visible (GTK_WIDGET (self->review_group), TRUE);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->note_row));
}

static void
set_up_act (HearthBarrierStepDialog *self)
{
  g_autoptr(GListStore) choices = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) nobody = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkStringObject) nobody_yet = gtk_string_object_new (_("Nobody yet"));
  g_autoptr(GtkFlattenListModel) owners = NULL;
  const char *due = hearth_barrier_get_action_due_on (self->barrier);
  gint64 owner = hearth_barrier_get_owner_id (self->barrier);
  guint position;

  adw_dialog_set_title (ADW_DIALOG (self), _("Who Acts, and When"));
  adw_preferences_group_set_title (self->act_group, hearth_barrier_get_title (self->barrier));

  /* "Nobody yet", then the team by name. */
  self->staff = hearth_staff_member_query_new (self->store);
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  hearth_query_model_set_sort (self->staff, "name");
  g_list_store_append (nobody, nobody_yet);
  g_list_store_append (choices, nobody);
  g_list_store_append (choices, self->staff);
  owners = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&choices)));
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owners));
  position = owner > 0 ? hearth_query_model_find_id (self->staff, owner) : G_MAXUINT;
  adw_combo_row_set_selected (self->owner_row, position != G_MAXUINT ? position + 1 : 0);

  gtk_editable_set_text (GTK_EDITABLE (self->action_row), hearth_barrier_get_first_action (self->barrier));
  if (*due != '\0')
    {
      g_autofree char *iso = g_strconcat (due, "T12:00:00Z", NULL);
      g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, NULL);

      if (date != NULL)
        gtk_calendar_select_day (self->calendar, date);
    }
  adw_switch_row_set_active (self->dated_row, *due != '\0');

  gtk_widget_set_visible (GTK_WIDGET (self->act_group), TRUE);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->owner_row));
}

AdwDialog *
hearth_barrier_step_dialog_new (HearthStore       *store,
                                HearthBarrier     *barrier,
                                gint64             session_id,
                                HearthBarrierStep  step)
{
  HearthBarrierStepDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_BARRIER (barrier), NULL);

  self = g_object_new (HEARTH_TYPE_BARRIER_STEP_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->barrier = g_object_ref (barrier);
  self->session_id = session_id;
  self->step = step;

  if (step == HEARTH_BARRIER_STEP_REVIEW)
    set_up_review (self);
  else
    set_up_act (self);
  return ADW_DIALOG (self);
}
