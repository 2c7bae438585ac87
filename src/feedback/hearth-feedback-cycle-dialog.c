/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-changes.h"
#include "hearth-date-row.h"
#include "hearth-feedback-cycle-dialog.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-risk-dialog.h"
#include "hearth-framework.h"
#include "hearth-staff-member.h"

struct _HearthFeedbackCycleDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  AdwComboRow      *person_row;
  AdwEntryRow      *title_row;
  AdwComboRow      *framework_row;
  HearthDateRow    *opens_row;
  HearthDateRow    *closes_row;
  AdwComboRow      *mode_row;
  AdwComboRow      *supervisor_row;
  AdwComboRow      *release_row;
  GtkSpinButton    *self_spin;
  GtkSpinButton    *manager_spin;
  GtkSpinButton    *other_spin;
  GtkSpinButton    *comments_spin;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *staff;
  HearthQueryModel *supervisors;
  HearthQueryModel *frameworks;

  gint64            cycle_id;
  HearthFeedbackMinimums saved_minimums;
  gboolean          risk_confirmed;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackCycleDialog, hearth_feedback_cycle_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static gint64
selected_id (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);

  if (HEARTH_IS_STAFF_MEMBER (item))
    return hearth_staff_member_get_id (HEARTH_STAFF_MEMBER (item));
  if (HEARTH_IS_FRAMEWORK (item))
    return hearth_framework_get_id (HEARTH_FRAMEWORK (item));
  return 0;
}

static void
select_id (AdwComboRow      *row,
           HearthQueryModel *model,
           gint64            id)
{
  guint position = hearth_query_model_find_id (model, id);

  if (position != G_MAXUINT)
    adw_combo_row_set_selected (row, position);
}

static void
validate (HearthFeedbackCycleDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   title[0] != '\0' &&
                                   selected_id (self->person_row) > 0 &&
                                   selected_id (self->framework_row) > 0);
}

static void
read_minimums (HearthFeedbackCycleDialog *self,
               HearthFeedbackMinimums    *minimums)
{
  minimums->self = (guint) gtk_spin_button_get_value_as_int (self->self_spin);
  minimums->manager = (guint) gtk_spin_button_get_value_as_int (self->manager_spin);
  minimums->other = (guint) gtk_spin_button_get_value_as_int (self->other_spin);
  minimums->comments = (guint) gtk_spin_button_get_value_as_int (self->comments_spin);
}

static void
risk_response_cb (HearthFeedbackCycleDialog *self,
                  const char                *response)
{
  if (g_strcmp0 (response, "lower") != 0)
    return;
  self->risk_confirmed = TRUE;
  hearth_form_dialog_save (HEARTH_FORM_DIALOG (self));
}

static gboolean
hearth_feedback_cycle_dialog_save (HearthFormDialog  *dialog,
                                   GError           **error)
{
  HearthFeedbackCycleDialog *self = HEARTH_FEEDBACK_CYCLE_DIALOG (dialog);
  HearthFeedbackMinimums minimums;
  gboolean risky, changed;
  HearthFeedbackCycleSpec spec = {
    .subject_id = selected_id (self->person_row),
    .framework_id = selected_id (self->framework_row),
    .title = gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
    .opens_on = hearth_date_row_get_date (self->opens_row),
    .closes_on = hearth_date_row_get_date (self->closes_row),
    .mode = adw_combo_row_get_selected (self->mode_row) == 1
              ? HEARTH_FEEDBACK_DEVELOPMENT_ONLY : HEARTH_FEEDBACK_RATINGS_AND_WORDS,
    .release_by = adw_combo_row_get_selected (self->release_row) == 1
                    ? HEARTH_RELEASE_BY_PERSON : HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = selected_id (self->supervisor_row),
  };

  read_minimums (self, &minimums);
  changed = memcmp (&minimums, &self->saved_minimums, sizeof minimums) != 0;
  risky = minimums.self < HEARTH_FEEDBACK_MIN_SELF ||
          minimums.manager < HEARTH_FEEDBACK_MIN_MANAGER ||
          minimums.other < HEARTH_FEEDBACK_MIN_OTHER ||
          minimums.comments < HEARTH_FEEDBACK_MIN_COMMENTS;

  /* Asked first, before anything is saved: nothing is half done if the
   * supervisor thinks again. */
  if (risky && changed && !self->risk_confirmed)
    {
      AdwDialog *risk = hearth_feedback_risk_dialog_new (&minimums);

      g_signal_connect_object (risk, "response", G_CALLBACK (risk_response_cb), self,
                               G_CONNECT_SWAPPED);
      adw_dialog_present (risk, GTK_WIDGET (self));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
      return FALSE;
    }

  if (self->cycle_id == 0)
    {
      self->cycle_id = hearth_feedback_create_cycle (self->store, &spec, error);
      if (self->cycle_id == 0)
        return FALSE;
      self->saved_minimums = (HearthFeedbackMinimums) {
        HEARTH_FEEDBACK_MIN_SELF, HEARTH_FEEDBACK_MIN_MANAGER,
        HEARTH_FEEDBACK_MIN_OTHER, HEARTH_FEEDBACK_MIN_COMMENTS
      };
    }
  else if (!hearth_feedback_update_cycle (self->store, self->cycle_id, &spec, error))
    return FALSE;

  if (memcmp (&minimums, &self->saved_minimums, sizeof minimums) != 0)
    {
      if (!hearth_feedback_set_minimums (self->store, self->cycle_id, &minimums, risky, error))
        return FALSE;
      self->saved_minimums = minimums;
    }
  return TRUE;
}

static void
hearth_feedback_cycle_dialog_dispose (GObject *object)
{
  HearthFeedbackCycleDialog *self = HEARTH_FEEDBACK_CYCLE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_CYCLE_DIALOG);
  g_clear_object (&self->staff);
  g_clear_object (&self->supervisors);
  g_clear_object (&self->frameworks);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_feedback_cycle_dialog_parent_class)->dispose (object);
}

static void
hearth_feedback_cycle_dialog_class_init (HearthFeedbackCycleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_feedback_cycle_dialog_dispose;
  form_class->save = hearth_feedback_cycle_dialog_save;

  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  g_type_ensure (HEARTH_TYPE_FRAMEWORK);
  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-cycle-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, opens_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, closes_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, supervisor_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, release_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, self_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, manager_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, other_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleDialog, comments_spin);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_feedback_cycle_dialog_init (HearthFeedbackCycleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_minimums (HearthFeedbackCycleDialog    *self,
              const HearthFeedbackMinimums *minimums)
{
  self->saved_minimums = *minimums;
  gtk_spin_button_set_value (self->self_spin, minimums->self);
  gtk_spin_button_set_value (self->manager_spin, minimums->manager);
  gtk_spin_button_set_value (self->other_spin, minimums->other);
  gtk_spin_button_set_value (self->comments_spin, minimums->comments);
}

static void
fill_from_cycle (HearthFeedbackCycleDialog *self)
{
  g_autoptr(HearthQueryModel) cycles = hearth_feedback_cycle_query_new (self->store);
  g_autoptr(HearthFeedbackCycle) cycle = NULL;
  HearthFeedbackMinimums minimums;
  guint position = hearth_query_model_find_id (cycles, self->cycle_id);

  if (position == G_MAXUINT)
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self),
                                     _("This cycle is no longer in the database."));
      return;
    }
  cycle = g_list_model_get_item (G_LIST_MODEL (cycles), position);
  select_id (self->person_row, self->staff, hearth_feedback_cycle_get_subject_id (cycle));
  select_id (self->framework_row, self->frameworks, hearth_feedback_cycle_get_framework_id (cycle));
  select_id (self->supervisor_row, self->supervisors, hearth_feedback_cycle_get_supervisor_id (cycle));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), hearth_feedback_cycle_get_title (cycle));
  hearth_date_row_set_date (self->opens_row, hearth_feedback_cycle_get_opens_on (cycle));
  hearth_date_row_set_date (self->closes_row, hearth_feedback_cycle_get_closes_on (cycle));
  adw_combo_row_set_selected (self->mode_row,
                              hearth_feedback_cycle_get_mode (cycle) == HEARTH_FEEDBACK_DEVELOPMENT_ONLY);
  adw_combo_row_set_selected (self->release_row,
                              hearth_feedback_cycle_get_release_by (cycle) == HEARTH_RELEASE_BY_PERSON);
  hearth_feedback_cycle_get_minimums (cycle, &minimums);
  set_minimums (self, &minimums);
  /* Lower minimums that were agreed already need no second question. */
  self->risk_confirmed = hearth_feedback_cycle_get_min_confirmed (cycle);
}

AdwDialog *
hearth_feedback_cycle_dialog_new (HearthStore *store,
                                  gint64       cycle_id)
{
  HearthFeedbackCycleDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_CYCLE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->cycle_id = cycle_id;

  self->staff = hearth_staff_member_query_new (store);
  hearth_query_model_set_sort (self->staff, "name");
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  self->supervisors = hearth_staff_member_query_new (store);
  hearth_query_model_set_sort (self->supervisors, "name");
  hearth_staff_member_list_set_active_only (self->supervisors, TRUE);
  self->frameworks = hearth_framework_list_new (store);
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (self->staff));
  adw_combo_row_set_model (self->supervisor_row, G_LIST_MODEL (self->supervisors));
  adw_combo_row_set_model (self->framework_row, G_LIST_MODEL (self->frameworks));

  if (cycle_id > 0)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Cycle"));
      fill_from_cycle (self);
    }
  else
    {
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();
      g_autoptr(GDateTime) closes = g_date_time_add_weeks (today, 3);
      g_autofree char *opens_on = g_date_time_format (today, "%Y-%m-%d");
      g_autofree char *closes_on = g_date_time_format (closes, "%Y-%m-%d");
      HearthFeedbackMinimums defaults = {
        HEARTH_FEEDBACK_MIN_SELF, HEARTH_FEEDBACK_MIN_MANAGER,
        HEARTH_FEEDBACK_MIN_OTHER, HEARTH_FEEDBACK_MIN_COMMENTS
      };

      hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Start Cycle"));
      hearth_date_row_set_date (self->opens_row, opens_on);
      hearth_date_row_set_date (self->closes_row, closes_on);
      /* Whoever starts it runs it, unless they choose someone else. */
      select_id (self->supervisor_row, self->supervisors, hearth_store_get_actor (store));
      set_minimums (self, &defaults);
    }

  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->person_row));
  validate (self);
  return ADW_DIALOG (self);
}

gint64
hearth_feedback_cycle_dialog_get_cycle_id (HearthFeedbackCycleDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE_DIALOG (self), 0);

  return self->cycle_id;
}
