/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include "hearth-case-row.h"
#include "hearth-ui-utils.h"

/* The row reads its case in C, with one handler for all of the case's
 * changes, rather than through a GtkExpression per label: a search's new
 * results build and bind a screenful of rows within one main-loop dispatch,
 * and each expression watch costs a closure and a weak reference to make
 * and another to take down when the row goes. */
struct _HearthCaseRow
{
  GtkBox      parent_instance;

  /* template widgets */
  GtkLabel   *title_label;
  GtkWidget  *overdue_label;
  GtkWidget  *closed_label;
  GtkLabel   *residents_label;
  GtkLabel   *lead_label;
  GtkLabel   *activity_label;

  /* owned */
  HearthCase *item;
};

G_DEFINE_FINAL_TYPE (HearthCaseRow, hearth_case_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (HearthCaseRow *self)
{
  g_autofree char *activity = NULL;

  if (self->item == NULL)
    return;

  activity = hearth_format_time (hearth_case_get_last_activity_at (self->item));
  gtk_label_set_label (self->title_label, hearth_case_get_title (self->item));
  gtk_widget_set_visible (self->overdue_label,
                          hearth_case_get_overdue_agreements (self->item) > 0);
  gtk_widget_set_visible (self->closed_label, !hearth_case_get_is_open (self->item));
  gtk_label_set_label (self->residents_label, hearth_case_get_residents (self->item));
  gtk_label_set_label (self->lead_label, hearth_case_get_lead_name (self->item));
  gtk_label_set_label (self->activity_label, activity);
}

static void
hearth_case_row_dispose (GObject *object)
{
  HearthCaseRow *self = HEARTH_CASE_ROW (object);

  hearth_case_row_set_case (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_ROW);

  G_OBJECT_CLASS (hearth_case_row_parent_class)->dispose (object);
}

static void
hearth_case_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HearthCaseRow *self = HEARTH_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HearthCaseRow *self = HEARTH_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      hearth_case_row_set_case (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_row_class_init (HearthCaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_row_dispose;
  object_class->get_property = hearth_case_row_get_property;
  object_class->set_property = hearth_case_row_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, HEARTH_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, closed_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, residents_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, lead_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseRow, activity_label);
}

static void
hearth_case_row_init (HearthCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_case_row_new (void)
{
  return g_object_new (HEARTH_TYPE_CASE_ROW, NULL);
}

HearthCase *
hearth_case_row_get_case (HearthCaseRow *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_ROW (self), NULL);

  return self->item;
}

void
hearth_case_row_set_case (HearthCaseRow *self,
                          HearthCase    *item)
{
  g_return_if_fail (HEARTH_IS_CASE_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_CASE (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, update, self);
  g_set_object (&self->item, item);
  /* A case renamed, closed, given a new lead or a new entry. */
  if (item != NULL)
    g_signal_connect_swapped (item, "notify", G_CALLBACK (update), self);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}
