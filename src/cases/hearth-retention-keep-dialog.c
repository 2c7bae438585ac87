/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-retention-keep-dialog.h"
#include "hearth-text-field.h"

struct _HearthRetentionKeepDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  AdwPreferencesGroup *case_group;
  HearthTextField     *reason_field;

  /* owned */
  HearthStore         *store;
  gint64               case_id;
  guint                years;
};

G_DEFINE_FINAL_TYPE (HearthRetentionKeepDialog, hearth_retention_keep_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static void
validate (HearthRetentionKeepDialog *self)
{
  g_autofree char *text = hearth_text_field_dup_text (self->reason_field);

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   hearth_text_field_get_fits (self->reason_field) &&
                                   g_strstrip (text)[0] != '\0');
}

static gboolean
hearth_retention_keep_dialog_save (HearthFormDialog  *dialog,
                                   GError           **error)
{
  HearthRetentionKeepDialog *self = HEARTH_RETENTION_KEEP_DIALOG (dialog);
  g_autofree char *reason = hearth_text_field_dup_text (self->reason_field);

  return hearth_retention_keep (self->store, self->case_id, self->years, reason, error);
}

static void
hearth_retention_keep_dialog_dispose (GObject *object)
{
  HearthRetentionKeepDialog *self = HEARTH_RETENTION_KEEP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RETENTION_KEEP_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_retention_keep_dialog_parent_class)->dispose (object);
}

static void
hearth_retention_keep_dialog_class_init (HearthRetentionKeepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_retention_keep_dialog_dispose;
  form_class->save = hearth_retention_keep_dialog_save;

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-retention-keep-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionKeepDialog, case_group);
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionKeepDialog, reason_field);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_retention_keep_dialog_init (HearthRetentionKeepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_retention_keep_dialog_new (HearthStore         *store,
                                  HearthRetentionCase *item,
                                  guint                years)
{
  HearthRetentionKeepDialog *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_RETENTION_KEEP_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->case_id = hearth_retention_case_get_id (item);
  self->years = years;

  adw_preferences_group_set_title (self->case_group, hearth_retention_case_get_title (item));
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Kept for %u more year from today, then listed "
                                              "for review again. The reason is recorded with "
                                              "your name.",
                                              "Kept for %u more years from today, then listed "
                                              "for review again. The reason is recorded with "
                                              "your name.",
                                              years),
                                 years);
  adw_preferences_group_set_description (self->case_group, description);

  adw_dialog_set_focus (ADW_DIALOG (self),
                        GTK_WIDGET (hearth_text_field_get_view (self->reason_field)));
  validate (self);
  return ADW_DIALOG (self);
}
