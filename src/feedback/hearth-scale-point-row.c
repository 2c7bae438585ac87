/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-scale-point-row.h"

struct _HearthScalePointRow
{
  AdwEntryRow  parent_instance;

  /* template widgets */
  GtkWidget   *remove_button;
};

G_DEFINE_FINAL_TYPE (HearthScalePointRow, hearth_scale_point_row, ADW_TYPE_ENTRY_ROW)

static void
hearth_scale_point_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_SCALE_POINT_ROW);

  G_OBJECT_CLASS (hearth_scale_point_row_parent_class)->dispose (object);
}

static void
hearth_scale_point_row_class_init (HearthScalePointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_scale_point_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-scale-point-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthScalePointRow, remove_button);
}

static void
hearth_scale_point_row_init (HearthScalePointRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_scale_point_row_new (guint       value,
                            const char *label)
{
  HearthScalePointRow *self = g_object_new (HEARTH_TYPE_SCALE_POINT_ROW, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self), label != NULL ? label : "");
  hearth_scale_point_row_set_value (self, value);
  return GTK_WIDGET (self);
}

void
hearth_scale_point_row_set_value (HearthScalePointRow *self,
                                  guint                value)
{
  g_autofree char *title = NULL;
  g_autofree char *remove = NULL;

  g_return_if_fail (HEARTH_IS_SCALE_POINT_ROW (self));

  /* Translators: the title of a point of a rating scale, its number. */
  title = g_strdup_printf (_("Point %u"), value);
  remove = g_strdup_printf (_("Remove point %u"), value);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u", value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
}
