/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-framework-conflict-dialog.h"

struct _HearthFrameworkConflictDialog
{
  AdwAlertDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthFrameworkConflictDialog, hearth_framework_conflict_dialog,
                     ADW_TYPE_ALERT_DIALOG)

static void
hearth_framework_conflict_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FRAMEWORK_CONFLICT_DIALOG);

  G_OBJECT_CLASS (hearth_framework_conflict_dialog_parent_class)->dispose (object);
}

static void
hearth_framework_conflict_dialog_class_init (HearthFrameworkConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_framework_conflict_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-framework-conflict-dialog.ui");
}

static void
hearth_framework_conflict_dialog_init (HearthFrameworkConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_framework_conflict_dialog_new (const char         *name,
                                      const char * const *cycles)
{
  HearthFrameworkConflictDialog *self;
  g_autoptr(GString) body = g_string_new (NULL);

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FRAMEWORK_CONFLICT_DIALOG, NULL);

  /* Translators: %s is a framework's name; the cycles that use it follow. */
  g_string_printf (body, _("These feedback cycles use “%s”, and their answers rely on its "
                           "behaviours and scale as they are:"), name);
  g_string_append_c (body, '\n');
  for (guint i = 0; cycles != NULL && cycles[i] != NULL; i++)
    g_string_append_printf (body, "\n• %s", cycles[i]);
  g_string_append (body, "\n\n");
  g_string_append (body, _("Duplicate the framework and change the copy instead; the cycles "
                           "keep the framework they started with."));
  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (self), body->str);

  return ADW_DIALOG (self);
}
