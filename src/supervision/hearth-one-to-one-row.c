/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-one-to-one-row.h"
#include "hearth-ui-utils.h"

struct _HearthOneToOneRow
{
  AdwActionRow       parent_instance;

  /* owned */
  HearthSupervision *supervision;
};

G_DEFINE_FINAL_TYPE (HearthOneToOneRow, hearth_one_to_one_row, ADW_TYPE_ACTION_ROW)

static void
hearth_one_to_one_row_dispose (GObject *object)
{
  HearthOneToOneRow *self = HEARTH_ONE_TO_ONE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_ONE_TO_ONE_ROW);
  g_clear_object (&self->supervision);

  G_OBJECT_CLASS (hearth_one_to_one_row_parent_class)->dispose (object);
}

static void
hearth_one_to_one_row_class_init (HearthOneToOneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_one_to_one_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-one-to-one-row.ui");
}

static void
hearth_one_to_one_row_init (HearthOneToOneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the one-to-one as it is now: the list updates its items in place. */
static void
update (HearthOneToOneRow *self)
{
  HearthSupervision *supervision = self->supervision;
  g_autofree char *day = hearth_format_date (hearth_supervision_get_held_on (supervision));
  const char *state;

  if (hearth_supervision_get_locked (supervision))
    state = _("Agreed by both, locked");
  else if (hearth_supervision_get_agreed_by_staff_at (supervision) != 0 ||
           hearth_supervision_get_agreed_by_supervisor_at (supervision) != 0)
    state = _("Agreed by one of you");
  else
    state = _("Going on");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), day);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), state);
}

GtkWidget *
hearth_one_to_one_row_new (HearthSupervision *supervision)
{
  HearthOneToOneRow *self;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION (supervision), NULL);

  self = g_object_new (HEARTH_TYPE_ONE_TO_ONE_ROW, NULL);
  self->supervision = g_object_ref (supervision);
  g_signal_connect_object (supervision, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "x", hearth_supervision_get_id (supervision));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "supervision.open");

  return GTK_WIDGET (self);
}
