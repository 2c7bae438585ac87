/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-behaviour-row.h"

struct _HearthBehaviourRow
{
  AdwActionRow     parent_instance;

  /* template widgets */
  GtkWidget       *handle;
  GtkWidget       *up_button;
  GtkWidget       *down_button;
  GtkWidget       *edit_button;
  GtkWidget       *remove_button;

  /* owned */
  HearthBehaviour *behaviour;
};

G_DEFINE_FINAL_TYPE (HearthBehaviourRow, hearth_behaviour_row, ADW_TYPE_ACTION_ROW)

static void
move_by (HearthBehaviourRow *self,
         int                 delta)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (index + delta < 0)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.move-behaviour", "(xu)",
                              hearth_behaviour_get_id (self->behaviour),
                              (guint) (index + delta));
}

static gboolean
move_up_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  move_by (HEARTH_BEHAVIOUR_ROW (widget), -1);
  return TRUE;
}

static gboolean
move_down_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  move_by (HEARTH_BEHAVIOUR_ROW (widget), 1);
  return TRUE;
}

static void
up_clicked_cb (HearthBehaviourRow *self)
{
  move_by (self, -1);
}

static void
down_clicked_cb (HearthBehaviourRow *self)
{
  move_by (self, 1);
}

static GdkContentProvider *
drag_prepare_cb (HearthBehaviourRow *self,
                 double              x,
                 double              y,
                 GtkDragSource      *source)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, hearth_behaviour_get_id (self->behaviour));
}

static void
drag_begin_cb (HearthBehaviourRow *self,
               GdkDrag            *drag,
               GtkDragSource      *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* Dropped on this row: the dragged behaviour takes its place. */
static gboolean
drop_cb (HearthBehaviourRow *self,
         const GValue       *value,
         double              x,
         double              y,
         GtkDropTarget      *target)
{
  gint64 id = g_value_get_int64 (value);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (id == hearth_behaviour_get_id (self->behaviour) || index < 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.move-behaviour", "(xu)", id,
                              (guint) index);
  return TRUE;
}

static void
hearth_behaviour_row_dispose (GObject *object)
{
  HearthBehaviourRow *self = HEARTH_BEHAVIOUR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BEHAVIOUR_ROW);
  g_clear_object (&self->behaviour);

  G_OBJECT_CLASS (hearth_behaviour_row_parent_class)->dispose (object);
}

static void
hearth_behaviour_row_class_init (HearthBehaviourRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_behaviour_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-behaviour-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourRow, handle);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, HearthBehaviourRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_up_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, move_up_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_down_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, move_down_cb, NULL);
}

static void
hearth_behaviour_row_init (HearthBehaviourRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* The behaviour as it is now: an edit changes it in place. */
static void
update (HearthBehaviourRow *self)
{
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *edit = NULL;
  g_autofree char *remove = NULL;
  const char *name = hearth_behaviour_get_name (self->behaviour);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), hearth_behaviour_get_meaning (self->behaviour));

  /* Each button names its behaviour, for whoever hears the row read. */
  up = g_strdup_printf (_("Move %s up"), name);
  down = g_strdup_printf (_("Move %s down"), name);
  edit = g_strdup_printf (_("Edit %s"), name);
  remove = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->up_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->down_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
}

GtkWidget *
hearth_behaviour_row_new (HearthBehaviour *behaviour)
{
  HearthBehaviourRow *self;
  GVariant *id;

  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (behaviour), NULL);

  self = g_object_new (HEARTH_TYPE_BEHAVIOUR_ROW, NULL);
  self->behaviour = g_object_ref (behaviour);
  g_signal_connect_object (behaviour, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  id = g_variant_ref_sink (g_variant_new_int64 (hearth_behaviour_get_id (behaviour)));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), id);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), id);
  g_variant_unref (id);

  update (self);
  return GTK_WIDGET (self);
}

HearthBehaviour *
hearth_behaviour_row_get_behaviour (HearthBehaviourRow *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR_ROW (self), NULL);

  return self->behaviour;
}
