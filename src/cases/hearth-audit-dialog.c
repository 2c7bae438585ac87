/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-csv.h"
#include "hearth-audit-dialog.h"
#include "hearth-audit-trail.h"
#include "hearth-save-as.h"
#include "hearth-ui-utils.h"

struct _HearthAuditDialog
{
  AdwDialog         parent_instance;

  /* template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkLabel         *intro_label;
  GtkListView      *list_view;

  /* owned */
  HearthStore      *store;
  GListModel       *trail;
  gint64            resident_id;
};

G_DEFINE_FINAL_TYPE (HearthAuditDialog, hearth_audit_dialog, ADW_TYPE_DIALOG)

static HearthCsvWriter *
make_csv (gpointer data)
{
  HearthAuditDialog *self = data;

  return hearth_audit_csv_new (self->trail);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthAuditDialog *self = HEARTH_AUDIT_DIALOG (widget);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, self->resident_id);
  g_autofree char *name = NULL;

  /* Translators: the file name offered for a resident's audit trail; %s
   * is a number that tells residents apart, never their name. */
  name = g_strdup_printf (_("resident-%s-who-has-seen-it.csv"), number);
  hearth_csv_save_as (widget, self->toast_overlay, _("Export as CSV"), name, make_csv,
                      g_object_ref (self), g_object_unref);
}

static void
hearth_audit_dialog_dispose (GObject *object)
{
  HearthAuditDialog *self = HEARTH_AUDIT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_AUDIT_DIALOG);
  g_clear_object (&self->trail);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_audit_dialog_parent_class)->dispose (object);
}

static void
hearth_audit_dialog_class_init (HearthAuditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_audit_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_AUDIT_EVENT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-audit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAuditDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthAuditDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthAuditDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAuditDialog, list_view);
  gtk_widget_class_install_action (widget_class, "audit.export", NULL, export_action);
}

static void
hearth_audit_dialog_init (HearthAuditDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/cases/hearth-audit-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

AdwDialog *
hearth_audit_dialog_new (HearthStore *store,
                         gint64       resident_id)
{
  HearthAuditDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *intro = NULL;
  guint n;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_AUDIT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->resident_id = resident_id;

  self->trail = hearth_audit_trail_load (store, resident_id, &error);
  if (self->trail == NULL)
    {
      self->trail = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_AUDIT_EVENT));
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }

  selection = gtk_no_selection_new (g_object_ref (self->trail));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  n = g_list_model_get_n_items (self->trail);
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u time someone opened, added to or changed their "
                                        "record or their cases. What they saw or wrote is "
                                        "not shown here.",
                                        "%u times someone opened, added to or changed their "
                                        "record or their cases. What they saw or wrote is "
                                        "not shown here.",
                                        n),
                           n);
  gtk_label_set_label (self->intro_label, intro);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit.export", n > 0);

  return ADW_DIALOG (self);
}
