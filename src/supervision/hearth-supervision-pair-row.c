/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-supervision-pair-row.h"
#include "hearth-ui-utils.h"

struct _HearthSupervisionPairRow
{
  AdwActionRow           parent_instance;

  /* template widgets */
  GtkLabel              *overdue_label;
  GtkButton             *plan_button;
  GtkButton             *start_button;
  GtkButton             *open_button;

  /* owned */
  HearthSupervisionPair *pair;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionPairRow, hearth_supervision_pair_row, ADW_TYPE_ACTION_ROW)

static void
hearth_supervision_pair_row_dispose (GObject *object)
{
  HearthSupervisionPairRow *self = HEARTH_SUPERVISION_PAIR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_PAIR_ROW);
  g_clear_object (&self->pair);

  G_OBJECT_CLASS (hearth_supervision_pair_row_parent_class)->dispose (object);
}

static void
hearth_supervision_pair_row_class_init (HearthSupervisionPairRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_supervision_pair_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-pair-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPairRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPairRow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPairRow, start_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPairRow, open_button);
}

static void
hearth_supervision_pair_row_init (HearthSupervisionPairRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Last one-to-one 3 March 2026 · next due 31 March 2026 · 2 open actions". */
static char *
describe (HearthSupervisionPair *pair)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *last = hearth_supervision_pair_get_last_held_on (pair);
  const char *due = hearth_supervision_pair_get_next_due_on (pair);
  guint open = hearth_supervision_pair_get_open_actions (pair);

  if (last[0] != '\0')
    {
      g_autofree char *day = hearth_format_date (last);
      g_strv_builder_take (parts, g_strdup_printf (_("Last one-to-one %s"), day));
    }
  else
    g_strv_builder_add (parts, _("No one-to-one yet"));
  if (due[0] != '\0')
    {
      g_autofree char *day = hearth_format_date (due);
      g_strv_builder_take (parts, g_strdup_printf (_("next due %s"), day));
    }
  if (open > 0)
    g_strv_builder_take (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open action",
                                                              "%u open actions", open), open));
  else
    g_strv_builder_add (parts, _("no open actions"));

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

GtkWidget *
hearth_supervision_pair_row_new (HearthSupervisionPair *pair,
                                 gboolean               as_supervisor)
{
  HearthSupervisionPairRow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  g_autofree char *plan_name = NULL;
  g_autofree char *start_name = NULL;
  gint64 current_id;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (pair), NULL);

  self = g_object_new (HEARTH_TYPE_SUPERVISION_PAIR_ROW, NULL);
  self->pair = g_object_ref (pair);
  current_id = hearth_supervision_pair_get_current_id (pair);

  if (as_supervisor)
    title = g_strdup (hearth_supervision_pair_get_staff_name (pair));
  else
    title = g_strdup_printf (_("With %s"), hearth_supervision_pair_get_supervisor_name (pair));
  subtitle = describe (pair);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), hearth_supervision_pair_get_overdue (pair));

  /* The supervisor plans and starts; the member of staff opens the one
   * that goes on. */
  gtk_widget_set_visible (GTK_WIDGET (self->plan_button), as_supervisor);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), as_supervisor);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), !as_supervisor && current_id > 0);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "x",
                                    hearth_supervision_pair_get_id (pair));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "x",
                                    hearth_supervision_pair_get_id (pair));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "x", current_id);

  /* The supervisor's row opens the person's own page. */
  if (as_supervisor)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "supervision.person");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "x", hearth_supervision_pair_get_id (pair));
    }

  /* Every row has these buttons: say whose they are. */
  plan_name = g_strdup_printf (_("Plan the next one-to-one with %s"),
                               hearth_supervision_pair_get_staff_name (pair));
  start_name = g_strdup_printf (_("Start a one-to-one with %s now"),
                                hearth_supervision_pair_get_staff_name (pair));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plan_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_name, -1);

  return GTK_WIDGET (self);
}

HearthSupervisionPair *
hearth_supervision_pair_row_get_pair (HearthSupervisionPairRow *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR_ROW (self), NULL);

  return self->pair;
}
