/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-lookup-row.h"

struct _HearthLookupRow
{
  AdwEntryRow       parent_instance;

  /* template widgets */
  GtkButton        *remove_button;

  /* owned */
  HearthLookupItem *item;
};

G_DEFINE_FINAL_TYPE (HearthLookupRow, hearth_lookup_row, ADW_TYPE_ENTRY_ROW)

static void
hearth_lookup_row_dispose (GObject *object)
{
  HearthLookupRow *self = HEARTH_LOOKUP_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_LOOKUP_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_lookup_row_parent_class)->dispose (object);
}

static void
hearth_lookup_row_class_init (HearthLookupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_lookup_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-lookup-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthLookupRow, remove_button);
}

static void
hearth_lookup_row_init (HearthLookupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_lookup_row_new (HearthLookupItem *item,
                       const char       *title)
{
  HearthLookupRow *self;
  const char *name;
  g_autofree char *label = NULL;

  g_return_val_if_fail (HEARTH_IS_LOOKUP_ITEM (item), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_LOOKUP_ROW, "title", title, NULL);
  self->item = g_object_ref (item);
  name = hearth_lookup_item_get_name (item);
  gtk_editable_set_text (GTK_EDITABLE (self), name);

  /* Translators: %s is a name on the list, such as an outcome. */
  label = g_strdup_printf (_("Remove “%s” from the list"), name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x",
                                    hearth_lookup_item_get_id (item));
  return GTK_WIDGET (self);
}

HearthLookupItem *
hearth_lookup_row_get_item (HearthLookupRow *self)
{
  g_return_val_if_fail (HEARTH_IS_LOOKUP_ROW (self), NULL);

  return self->item;
}
