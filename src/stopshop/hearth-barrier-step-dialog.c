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
  AdwDialog          parent_instance;

  HearthStore       *store;
  HearthBarrier     *barrier;
  gint64             session_id;
  HearthBarrierStep  step;
  HearthQueryModel  *staff;

  GtkWidget         *status_row;
  GtkWidget         *note_row;
  GtkWidget         *owner_row;
  GtkWidget         *action_row;
  GtkWidget         *dated_row;
  GtkWidget         *calendar;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (HearthBarrierStepDialog, hearth_barrier_step_dialog, ADW_TYPE_DIALOG)

static gboolean
save_review (HearthBarrierStepDialog  *self,
             GError                  **error)
{
  const char * const *statuses = hearth_barrier_statuses ();
  guint chosen = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row));
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
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->owner_row));
  g_autoptr(HearthStaffMember) owner = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *due = NULL;

  /* The first choice is "nobody yet". */
  if (position != GTK_INVALID_LIST_POSITION && position > 0)
    owner = g_list_model_get_item (G_LIST_MODEL (self->staff), position - 1);
  if (adw_switch_row_get_active (ADW_SWITCH_ROW (self->dated_row)))
    {
      day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
      due = g_date_time_format (day, "%Y-%m-%d");
    }
  return hearth_barrier_set_action (self->store, hearth_barrier_get_id (self->barrier),
                                    owner != NULL ? hearth_staff_member_get_id (owner) : 0,
                                    gtk_editable_get_text (GTK_EDITABLE (self->action_row)),
                                    due, self->session_id, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthBarrierStepDialog *self = HEARTH_BARRIER_STEP_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  saved = self->step == HEARTH_BARRIER_STEP_REVIEW ? save_review (self, &error) : save_act (self, &error);
  if (!saved)
    {
      hearth_error_label_show (self->error_label, error != NULL ? error->message : NULL);
      return;
    }
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
hearth_barrier_step_dialog_dispose (GObject *object)
{
  HearthBarrierStepDialog *self = HEARTH_BARRIER_STEP_DIALOG (object);

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

  object_class->dispose = hearth_barrier_step_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hearth_barrier_step_dialog_init (HearthBarrierStepDialog *self)
{
}

static void
dated_cb (HearthBarrierStepDialog *self)
{
  gtk_widget_set_sensitive (self->calendar, adw_switch_row_get_active (ADW_SWITCH_ROW (self->dated_row)));
}

static void
build_review (HearthBarrierStepDialog *self,
              GtkWidget               *group)
{
  const char * const *statuses = hearth_barrier_statuses ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *now = hearth_barrier_get_status (self->barrier);

  for (guint i = 0; statuses[i] != NULL; i++)
    {
      gtk_string_list_append (labels, hearth_barrier_status_label (statuses[i]));
    }

  self->status_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Where it stands"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->status_row), G_LIST_MODEL (labels));
  for (guint i = 0; statuses[i] != NULL; i++)
    if (g_str_equal (statuses[i], now))
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->status_row), i);

  self->note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                 _("What the owner says (a reason, to park it)"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->note_row), TRUE);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->status_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->note_row);
  adw_dialog_set_focus (ADW_DIALOG (self), self->note_row);
}

static char *
staff_name (GObject *item)
{
  if (HEARTH_IS_STAFF_MEMBER (item))
    return g_strdup (hearth_staff_member_get_name (HEARTH_STAFF_MEMBER (item)));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return g_strdup ("");
}

static void
build_act (HearthBarrierStepDialog *self,
           GtkWidget               *group)
{
  g_autoptr(GListStore) choices = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkStringObject) nobody = gtk_string_object_new (_("Nobody yet"));
  g_autoptr(GtkFlattenListModel) flat = NULL;
  GtkExpression *expression;
  const char *due = hearth_barrier_get_action_due_on (self->barrier);
  gint64 owner = hearth_barrier_get_owner_id (self->barrier);
  guint position;

  self->staff = hearth_staff_member_query_new (self->store);
  hearth_query_model_set_param (self->staff, ":active_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_sort (self->staff, "name");

  /* "Nobody yet", then the team by name. */
  {
    g_autoptr(GListStore) first = g_list_store_new (G_TYPE_OBJECT);

    g_list_store_append (first, nobody);
    g_list_store_append (choices, first);
    g_list_store_append (choices, self->staff);
  }
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (choices)));

  self->owner_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Owner"));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (staff_name), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->owner_row), expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->owner_row), G_LIST_MODEL (flat));
  adw_combo_row_set_enable_search (ADW_COMBO_ROW (self->owner_row), TRUE);
  position = owner > 0 ? hearth_query_model_find_id (self->staff, owner) : G_MAXUINT;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner_row), position != G_MAXUINT ? position + 1 : 0);

  self->action_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->action_row), _("First action"));
  gtk_editable_set_text (GTK_EDITABLE (self->action_row), hearth_barrier_get_first_action (self->barrier));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->action_row), TRUE);

  self->dated_row = adw_switch_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->dated_row), _("By a date"));
  self->calendar = gtk_calendar_new ();
  gtk_widget_set_halign (self->calendar, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->calendar, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The date of the first action"), -1);
  if (*due != '\0')
    {
      g_autofree char *iso = g_strconcat (due, "T12:00:00Z", NULL);
      g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, NULL);

      if (date != NULL)
        gtk_calendar_select_day (GTK_CALENDAR (self->calendar), date);
    }
  adw_switch_row_set_active (ADW_SWITCH_ROW (self->dated_row), *due != '\0');
  g_signal_connect_object (self->dated_row, "notify::active", G_CALLBACK (dated_cb), self, G_CONNECT_SWAPPED);
  dated_cb (self);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->owner_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->action_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->dated_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->calendar);
  adw_dialog_set_focus (ADW_DIALOG (self), self->owner_row);
}

AdwDialog *
hearth_barrier_step_dialog_new (HearthStore       *store,
                                HearthBarrier     *barrier,
                                gint64             session_id,
                                HearthBarrierStep  step)
{
  HearthBarrierStepDialog *self;
  GtkWidget *view, *header, *page, *group, *button;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_BARRIER (barrier), NULL);

  self = g_object_new (HEARTH_TYPE_BARRIER_STEP_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->barrier = g_object_ref (barrier);
  self->session_id = session_id;
  self->step = step;

  view = adw_toolbar_view_new ();
  header = hearth_dialog_header_new (_("_Save"), "suggested-action", &button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), hearth_barrier_get_title (barrier));
  self->error_label = GTK_LABEL (hearth_error_label_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  if (step == HEARTH_BARRIER_STEP_REVIEW)
    build_review (self, group);
  else
    build_act (self, group);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_title (ADW_DIALOG (self), step == HEARTH_BARRIER_STEP_REVIEW
                                           ? _("Where It Stands") : _("Who Acts, and When"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 900);
  adw_dialog_set_default_widget (ADW_DIALOG (self), button);
  return ADW_DIALOG (self);
}
