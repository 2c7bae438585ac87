/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-changes.h"
#include "hearth-feedback-rater-dialog.h"
#include "hearth-staff-member.h"

struct _HearthFeedbackRaterDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  AdwComboRow      *relationship_row;
  AdwSwitchRow     *outside_row;
  AdwComboRow      *staff_row;
  AdwEntryRow      *name_row;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *staff;

  gint64            cycle_id;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackRaterDialog, hearth_feedback_rater_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static HearthRelationship
chosen_relationship (HearthFeedbackRaterDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->relationship_row);

  return selected < HEARTH_N_RELATIONSHIPS ? (HearthRelationship) selected : HEARTH_RELATIONSHIP_PEER;
}

static void
validate (HearthFeedbackRaterDialog *self)
{
  gboolean outside = adw_switch_row_get_active (self->outside_row);
  HearthRelationship relationship = chosen_relationship (self);
  gboolean self_rater = relationship == HEARTH_RELATIONSHIP_SELF;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  gboolean ok;

  /* Self is the cycle's person: there is nobody to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->outside_row), !self_rater);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_row), !self_rater && !outside);
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), !self_rater && outside);

  if (self_rater)
    ok = TRUE;
  else if (outside)
    ok = name[0] != '\0';
  else
    ok = adw_combo_row_get_selected_item (self->staff_row) != NULL;
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), ok);
}

static void
relationship_changed_cb (HearthFeedbackRaterDialog *self)
{
  HearthRelationship relationship = chosen_relationship (self);

  /* Partners and residents are seldom on the team's list. */
  adw_switch_row_set_active (self->outside_row,
                             relationship == HEARTH_RELATIONSHIP_PARTNER ||
                             relationship == HEARTH_RELATIONSHIP_RESIDENT);
  validate (self);
}

static gboolean
hearth_feedback_rater_dialog_save (HearthFormDialog  *dialog,
                                   GError           **error)
{
  HearthFeedbackRaterDialog *self = HEARTH_FEEDBACK_RATER_DIALOG (dialog);
  HearthRelationship relationship = chosen_relationship (self);
  gint64 staff_id = 0;
  const char *name = NULL;

  if (relationship != HEARTH_RELATIONSHIP_SELF)
    {
      if (adw_switch_row_get_active (self->outside_row))
        name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
      else
        {
          HearthStaffMember *member = adw_combo_row_get_selected_item (self->staff_row);

          staff_id = member != NULL ? hearth_staff_member_get_id (member) : 0;
        }
    }
  return hearth_feedback_add_rater (self->store, self->cycle_id, staff_id, name, relationship,
                                    error) > 0;
}

static void
hearth_feedback_rater_dialog_dispose (GObject *object)
{
  HearthFeedbackRaterDialog *self = HEARTH_FEEDBACK_RATER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_RATER_DIALOG);
  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_feedback_rater_dialog_parent_class)->dispose (object);
}

static void
hearth_feedback_rater_dialog_class_init (HearthFeedbackRaterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_feedback_rater_dialog_dispose;
  form_class->save = hearth_feedback_rater_dialog_save;

  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-rater-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterDialog, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterDialog, outside_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterDialog, staff_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterDialog, name_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, relationship_changed_cb);
}

static void
hearth_feedback_rater_dialog_init (HearthFeedbackRaterDialog *self)
{
  g_autoptr(GtkStringList) relationships = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < HEARTH_N_RELATIONSHIPS; i++)
    gtk_string_list_append (relationships, hearth_relationship_get_label ((HearthRelationship) i));
  adw_combo_row_set_model (self->relationship_row, G_LIST_MODEL (relationships));
  adw_combo_row_set_selected (self->relationship_row, HEARTH_RELATIONSHIP_PEER);
}

AdwDialog *
hearth_feedback_rater_dialog_new (HearthStore *store,
                                  gint64       cycle_id)
{
  HearthFeedbackRaterDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RATER_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->cycle_id = cycle_id;
  self->staff = hearth_staff_member_query_new (store);
  hearth_query_model_set_sort (self->staff, "name");
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (self->staff));

  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->relationship_row));
  validate (self);
  return ADW_DIALOG (self);
}
