/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-supervision-action-row.h"
#include "hearth-ui-utils.h"

struct _HearthSupervisionActionRow
{
  AdwActionRow parent_instance;

  /* template widgets */
  GtkLabel    *carried_label;
  GtkLabel    *status_label;
  GtkButton   *done_button;
  GtkButton   *drop_button;

  /* owned */
  HearthSupervisionAction *action;
  gboolean     editable;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionActionRow, hearth_supervision_action_row, ADW_TYPE_ACTION_ROW)

static void
hearth_supervision_action_row_dispose (GObject *object)
{
  HearthSupervisionActionRow *self = HEARTH_SUPERVISION_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_SUPERVISION_ACTION_ROW);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (hearth_supervision_action_row_parent_class)->dispose (object);
}

static void
hearth_supervision_action_row_class_init (HearthSupervisionActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_supervision_action_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionActionRow, carried_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionActionRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionActionRow, done_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionActionRow, drop_button);
}

static void
hearth_supervision_action_row_init (HearthSupervisionActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
describe_carried_over (guint times)
{
  if (times == 1)
    return g_strdup (_("Carried over once"));
  if (times == 2)
    return g_strdup (_("Carried over twice"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Carried over %u time",
                                       "Carried over %u times", times), times);
}

/* Shows the action as it is now: the list updates its items in place. */
static void
update (HearthSupervisionActionRow *self)
{
  HearthSupervisionAction *action = self->action;
  gboolean editable = self->editable;
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *done_name = NULL;
  g_autofree char *drop_name = NULL;
  HearthSupervisionActionStatus status;
  const char *text, *owner, *due, *reason;
  guint carried;

  text = hearth_supervision_action_get_text (action);
  owner = hearth_supervision_action_get_owner_name (action);
  due = hearth_supervision_action_get_due_on (action);
  reason = hearth_supervision_action_get_dropped_reason (action);
  status = hearth_supervision_action_get_status (action);
  carried = hearth_supervision_action_get_carried_over (action);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text);
  if (owner[0] != '\0')
    g_strv_builder_add (parts, owner);
  if (due[0] != '\0')
    {
      g_autofree char *day = hearth_format_date (due);
      g_strv_builder_take (parts, g_strdup_printf (_("by %s"), day));
    }
  if (hearth_supervision_action_get_overdue (action))
    g_strv_builder_add (parts, _("overdue"));
  if (status == HEARTH_SUPERVISION_ACTION_DROPPED && reason[0] != '\0')
    g_strv_builder_take (parts, g_strdup_printf (_("dropped: %s"), reason));
  strv = g_strv_builder_end (parts);
  subtitle = g_strjoinv (" · ", strv);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  if (carried > 0)
    {
      g_autofree char *words = describe_carried_over (carried);

      gtk_label_set_label (self->carried_label, words);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->carried_label), carried > 0);

  gtk_label_set_label (self->status_label, hearth_supervision_action_get_status_label (action));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != HEARTH_SUPERVISION_ACTION_OPEN);

  editable = editable && status == HEARTH_SUPERVISION_ACTION_OPEN;
  gtk_widget_set_visible (GTK_WIDGET (self->done_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->drop_button), editable);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->done_button), "x",
                                    hearth_supervision_action_get_id (action));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->drop_button), "x",
                                    hearth_supervision_action_get_id (action));
  done_name = g_strdup_printf (_("Mark “%s” done"), text);
  drop_name = g_strdup_printf (_("Drop “%s”"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, done_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, drop_name, -1);
}

GtkWidget *
hearth_supervision_action_row_new (HearthSupervisionAction *action,
                                   gboolean                 editable)
{
  HearthSupervisionActionRow *self;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (action), NULL);

  self = g_object_new (HEARTH_TYPE_SUPERVISION_ACTION_ROW, NULL);
  self->action = g_object_ref (action);
  self->editable = editable;
  g_signal_connect_object (action, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}
