/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include "hearth-resident-row.h"

/* As the case rows do (see hearth-case-row.c), the row reads its resident
 * in C with one handler for all their changes: each result of a search
 * typed into the Residents view builds and binds a screenful of rows within
 * one main-loop dispatch, and a row template parsed for each row took
 * 12 to 25 ms of it. */
struct _HearthResidentRow
{
  GtkBox          parent_instance;

  /* template widgets */
  GtkLabel       *name_label;
  GtkLabel       *area_label;
  GtkLabel       *reference_label;

  /* owned */
  HearthResident *resident;
};

G_DEFINE_FINAL_TYPE (HearthResidentRow, hearth_resident_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_RESIDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_text (GtkLabel   *label,
           const char *text)
{
  gboolean set = text != NULL && *text != '\0';

  gtk_label_set_label (label, set ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), set);
}

static void
update (HearthResidentRow *self)
{
  if (self->resident == NULL)
    return;

  gtk_label_set_label (self->name_label, hearth_resident_get_display_name (self->resident));
  show_text (self->area_label, hearth_resident_get_area (self->resident));
  show_text (self->reference_label, hearth_resident_get_tenancy_ref (self->resident));
}

static void
hearth_resident_row_dispose (GObject *object)
{
  HearthResidentRow *self = HEARTH_RESIDENT_ROW (object);

  hearth_resident_row_set_resident (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RESIDENT_ROW);

  G_OBJECT_CLASS (hearth_resident_row_parent_class)->dispose (object);
}

static void
hearth_resident_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthResidentRow *self = HEARTH_RESIDENT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESIDENT:
      g_value_set_object (value, self->resident);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_resident_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthResidentRow *self = HEARTH_RESIDENT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESIDENT:
      hearth_resident_row_set_resident (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_resident_row_class_init (HearthResidentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_resident_row_dispose;
  object_class->get_property = hearth_resident_row_get_property;
  object_class->set_property = hearth_resident_row_set_property;

  properties[PROP_RESIDENT] =
    g_param_spec_object ("resident", NULL, NULL, HEARTH_TYPE_RESIDENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-resident-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthResidentRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentRow, area_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentRow, reference_label);
}

static void
hearth_resident_row_init (HearthResidentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_resident_row_new (void)
{
  return g_object_new (HEARTH_TYPE_RESIDENT_ROW, NULL);
}

HearthResident *
hearth_resident_row_get_resident (HearthResidentRow *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_ROW (self), NULL);

  return self->resident;
}

void
hearth_resident_row_set_resident (HearthResidentRow *self,
                                  HearthResident    *resident)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_ROW (self));
  g_return_if_fail (resident == NULL || HEARTH_IS_RESIDENT (resident));

  if (self->resident == resident)
    return;

  if (self->resident != NULL)
    g_signal_handlers_disconnect_by_func (self->resident, update, self);
  g_set_object (&self->resident, resident);
  /* A resident renamed, moved or given a tenancy. */
  if (resident != NULL)
    g_signal_connect_swapped (resident, "notify", G_CALLBACK (update), self);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDENT]);
}
