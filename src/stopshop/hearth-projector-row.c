/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include "hearth-projector-row.h"

struct _HearthProjectorRow
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkWidget     *box;
  GtkLabel      *meta_label;
  GtkLabel      *votes_label;

  /* owned */
  HearthBarrier *barrier;
  char          *description;

  gboolean       can_drag;
};

G_DEFINE_FINAL_TYPE (HearthProjectorRow, hearth_projector_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BARRIER,
  PROP_DESCRIPTION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
barrier_notify_cb (HearthProjectorRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Collaborate by drag and drop: a barrier dropped on another joins it,
 * after the same question the keyboard asks. */
static GdkContentProvider *
drag_prepare_cb (HearthProjectorRow *self,
                 double              x,
                 double              y)
{
  if (!self->can_drag || self->barrier == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, hearth_barrier_get_id (self->barrier));
}

static gboolean
drop_cb (HearthProjectorRow *self,
         const GValue       *value,
         double              x,
         double              y)
{
  gint64 into = self->barrier != NULL ? hearth_barrier_get_id (self->barrier) : 0;

  if (into == 0 || !G_VALUE_HOLDS_INT64 (value) || g_value_get_int64 (value) == into)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "projector.ask-merge", "(xx)",
                                     g_value_get_int64 (value), into);
}

static void
hearth_projector_row_dispose (GObject *object)
{
  HearthProjectorRow *self = HEARTH_PROJECTOR_ROW (object);

  hearth_projector_row_set_barrier (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROJECTOR_ROW);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hearth_projector_row_parent_class)->dispose (object);
}

static void
hearth_projector_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthProjectorRow *self = HEARTH_PROJECTOR_ROW (object);

  switch (prop_id)
    {
    case PROP_BARRIER:
      g_value_set_object (value, self->barrier);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_projector_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthProjectorRow *self = HEARTH_PROJECTOR_ROW (object);

  switch (prop_id)
    {
    case PROP_BARRIER:
      hearth_projector_row_set_barrier (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_projector_row_class_init (HearthProjectorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_projector_row_dispose;
  object_class->get_property = hearth_projector_row_get_property;
  object_class->set_property = hearth_projector_row_set_property;

  properties[PROP_BARRIER] =
    g_param_spec_object ("barrier", NULL, NULL, HEARTH_TYPE_BARRIER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What the row says beside its title, votes included, for the list
   * item's accessible description. */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthProjectorRow::changed:
   *
   * The barrier shown changed: its line and votes are to be written again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-projector-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorRow, box);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorRow, votes_label);
  gtk_widget_class_bind_template_callback (widget_class, drag_prepare_cb);
  gtk_widget_class_bind_template_callback (widget_class, drop_cb);
}

static void
hearth_projector_row_init (HearthProjectorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_projector_row_new (void)
{
  return g_object_new (HEARTH_TYPE_PROJECTOR_ROW, NULL);
}

HearthBarrier *
hearth_projector_row_get_barrier (HearthProjectorRow *self)
{
  g_return_val_if_fail (HEARTH_IS_PROJECTOR_ROW (self), NULL);

  return self->barrier;
}

void
hearth_projector_row_set_barrier (HearthProjectorRow *self,
                                  HearthBarrier      *barrier)
{
  g_return_if_fail (HEARTH_IS_PROJECTOR_ROW (self));
  g_return_if_fail (barrier == NULL || HEARTH_IS_BARRIER (barrier));

  if (self->barrier == barrier)
    return;

  /* A vote changes the barrier in place: the row follows it. */
  if (self->barrier != NULL)
    g_signal_handlers_disconnect_by_func (self->barrier, barrier_notify_cb, self);
  g_set_object (&self->barrier, barrier);
  if (barrier != NULL)
    g_signal_connect_object (barrier, "notify", G_CALLBACK (barrier_notify_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BARRIER]);
}

void
hearth_projector_row_show (HearthProjectorRow *self,
                           const char         *meta,
                           const char         *votes,
                           const char         *description,
                           gboolean            can_drag)
{
  g_return_if_fail (HEARTH_IS_PROJECTOR_ROW (self));

  gtk_label_set_label (self->meta_label, meta);
  gtk_label_set_label (self->votes_label, votes);
  self->can_drag = can_drag;
  if (g_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
