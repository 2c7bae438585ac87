/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-supervision-changes.h"
#include "hearth-supervision-drop-dialog.h"

struct _HearthSupervisionDropDialog
{
  HearthFormDialog         parent_instance;

  /* template widgets */
  AdwPreferencesGroup     *group;
  AdwEntryRow             *reason_row;

  /* owned */
  HearthStore             *store;
  HearthSupervisionAction *action;
  gint64                   in_supervision_id;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionDropDialog, hearth_supervision_drop_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static gboolean
hearth_supervision_drop_dialog_save (HearthFormDialog  *dialog,
                                     GError           **error)
{
  HearthSupervisionDropDialog *self = HEARTH_SUPERVISION_DROP_DIALOG (dialog);

  return hearth_supervision_action_drop (self->store, hearth_supervision_action_get_id (self->action),
                                         self->in_supervision_id,
                                         gtk_editable_get_text (GTK_EDITABLE (self->reason_row)),
                                         error);
}

/* A drop always says why. */
static void
reason_changed_cb (HearthSupervisionDropDialog *self)
{
  g_autofree char *reason = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), g_strstrip (reason)[0] != '\0');
}

static void
hearth_supervision_drop_dialog_dispose (GObject *object)
{
  HearthSupervisionDropDialog *self = HEARTH_SUPERVISION_DROP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_DROP_DIALOG);
  g_clear_object (&self->action);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_supervision_drop_dialog_parent_class)->dispose (object);
}

static void
hearth_supervision_drop_dialog_class_init (HearthSupervisionDropDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_supervision_drop_dialog_dispose;
  form_class->save = hearth_supervision_drop_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-drop-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionDropDialog, group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionDropDialog, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
}

static void
hearth_supervision_drop_dialog_init (HearthSupervisionDropDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), FALSE);
}

AdwDialog *
hearth_supervision_drop_dialog_new (HearthStore             *store,
                                    HearthSupervisionAction *action,
                                    gint64                   in_supervision_id)
{
  HearthSupervisionDropDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (action), NULL);

  self = g_object_new (HEARTH_TYPE_SUPERVISION_DROP_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->action = g_object_ref (action);
  self->in_supervision_id = in_supervision_id;
  adw_preferences_group_set_description (self->group, hearth_supervision_action_get_text (action));

  return ADW_DIALOG (self);
}
