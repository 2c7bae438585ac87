/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-framework-changes.h"
#include "hearth-framework-dialog.h"

struct _HearthFrameworkDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  AdwEntryRow      *name_row;
  AdwComboRow      *kind_row;

  /* owned */
  HearthStore      *store;

  gint64            framework_id;
};

G_DEFINE_FINAL_TYPE (HearthFrameworkDialog, hearth_framework_dialog, HEARTH_TYPE_FORM_DIALOG)

static void
validate (HearthFrameworkDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), name[0] != '\0');
}

static gboolean
hearth_framework_dialog_save (HearthFormDialog  *dialog,
                              GError           **error)
{
  HearthFrameworkDialog *self = HEARTH_FRAMEWORK_DIALOG (dialog);
  HearthFrameworkKind kind = adw_combo_row_get_selected (self->kind_row) == 1
                               ? HEARTH_FRAMEWORK_VALUES : HEARTH_FRAMEWORK_BEHAVIOURS;

  self->framework_id = hearth_framework_create (self->store,
                                                gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                                kind, error);
  return self->framework_id > 0;
}

static void
hearth_framework_dialog_dispose (GObject *object)
{
  HearthFrameworkDialog *self = HEARTH_FRAMEWORK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FRAMEWORK_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_framework_dialog_parent_class)->dispose (object);
}

static void
hearth_framework_dialog_class_init (HearthFrameworkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_framework_dialog_dispose;
  form_class->save = hearth_framework_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-framework-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFrameworkDialog, kind_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_framework_dialog_init (HearthFrameworkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_framework_dialog_new (HearthStore *store)
{
  HearthFrameworkDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FRAMEWORK_DIALOG, NULL);
  self->store = g_object_ref (store);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->name_row));
  validate (self);
  return ADW_DIALOG (self);
}

gint64
hearth_framework_dialog_get_framework_id (HearthFrameworkDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK_DIALOG (self), 0);

  return self->framework_id;
}
