/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-behaviour-dialog.h"
#include "hearth-framework-changes.h"
#include "hearth-text-field.h"

struct _HearthBehaviourDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  AdwEntryRow      *name_row;
  AdwEntryRow      *meaning_row;
  HearthTextField  *descriptors_field;

  /* owned */
  HearthStore      *store;
  HearthBehaviour  *behaviour;

  gint64            framework_id;
};

G_DEFINE_FINAL_TYPE (HearthBehaviourDialog, hearth_behaviour_dialog, HEARTH_TYPE_FORM_DIALOG)

static void
validate (HearthBehaviourDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   name[0] != '\0' &&
                                   hearth_text_field_get_fits (self->descriptors_field));
}

static gboolean
hearth_behaviour_dialog_save (HearthFormDialog  *dialog,
                              GError           **error)
{
  HearthBehaviourDialog *self = HEARTH_BEHAVIOUR_DIALOG (dialog);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *meaning = gtk_editable_get_text (GTK_EDITABLE (self->meaning_row));
  g_autofree char *descriptors = hearth_text_field_dup_text (self->descriptors_field);

  if (self->behaviour != NULL)
    return hearth_framework_update_behaviour (self->store,
                                              hearth_behaviour_get_id (self->behaviour),
                                              name, meaning, descriptors, error);
  return hearth_framework_add_behaviour (self->store, self->framework_id, name, meaning,
                                         descriptors, error) > 0;
}

static void
hearth_behaviour_dialog_dispose (GObject *object)
{
  HearthBehaviourDialog *self = HEARTH_BEHAVIOUR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BEHAVIOUR_DIALOG);
  g_clear_object (&self->behaviour);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_behaviour_dialog_parent_class)->dispose (object);
}

static void
hearth_behaviour_dialog_class_init (HearthBehaviourDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_behaviour_dialog_dispose;
  form_class->save = hearth_behaviour_dialog_save;

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-behaviour-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourDialog, meaning_row);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourDialog, descriptors_field);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_behaviour_dialog_init (HearthBehaviourDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_behaviour_dialog_new (HearthStore     *store,
                             gint64           framework_id,
                             HearthBehaviour *behaviour)
{
  HearthBehaviourDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (behaviour == NULL || HEARTH_IS_BEHAVIOUR (behaviour), NULL);

  self = g_object_new (HEARTH_TYPE_BEHAVIOUR_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->framework_id = framework_id;
  g_object_set (self->descriptors_field, "max-chars", (guint) HEARTH_BEHAVIOUR_DESCRIPTORS_MAX, NULL);

  if (behaviour != NULL)
    {
      self->behaviour = g_object_ref (behaviour);
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Behaviour"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), hearth_behaviour_get_name (behaviour));
      gtk_editable_set_text (GTK_EDITABLE (self->meaning_row),
                             hearth_behaviour_get_meaning (behaviour));
      hearth_text_field_set_text (self->descriptors_field,
                                  hearth_behaviour_get_descriptors (behaviour));
    }
  else
    hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Add"));

  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->name_row));
  validate (self);
  return ADW_DIALOG (self);
}
