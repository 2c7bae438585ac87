/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-lookup-changes.h"
#include "hearth-lookup-list-group.h"

struct _HearthLookupListGroup
{
  AdwPreferencesGroup  parent_instance;

  HearthStore         *store;
  HearthLookupTable    table;
  GPtrArray           *rows;     /* the rows of names, rebuilt on change */
  GtkWidget           *add_row;
};

G_DEFINE_FINAL_TYPE (HearthLookupListGroup, hearth_lookup_list_group, ADW_TYPE_PREFERENCES_GROUP)

static void reload (HearthLookupListGroup *self);

static void
say (HearthLookupListGroup *self,
     const char            *message)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_DIALOG);

  if (dialog != NULL)
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), adw_toast_new (message));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static gint64
row_id (GtkWidget *widget)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "lookup-id"));
}

static void
rename_cb (AdwEntryRow           *row,
           HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_lookup_rename (self->store, self->table, row_id (GTK_WIDGET (row)),
                             gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      say (self, error->message);
      /* Back to the name that is saved. */
      reload (self);
    }
}

static void
remove_cb (GtkButton             *button,
           HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (hearth_lookup_remove (self->store, self->table, row_id (GTK_WIDGET (button)), &error))
    reload (self);
  else
    say (self, error->message);
}

static void
add_cb (AdwEntryRow           *row,
        HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (hearth_lookup_add (self->store, self->table, gtk_editable_get_text (GTK_EDITABLE (row)), &error) > 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      reload (self);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  else
    say (self, error->message);
}

static void
reload (HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = hearth_lookup_item_list_new (self->store, self->table, &error);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->add_row != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->add_row);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gpointer id = GSIZE_TO_POINTER ((gsize) hearth_lookup_item_get_id (item));
      g_autofree char *label = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
      gtk_editable_set_text (GTK_EDITABLE (row), hearth_lookup_item_get_name (item));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "lookup-id", id);
      g_signal_connect_object (row, "apply", G_CALLBACK (rename_cb), self, 0);

      /* Translators: %s is a name on the list, such as an outcome. */
      label = g_strdup_printf (_("Remove “%s” from the list"), hearth_lookup_item_get_name (item));
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "lookup-id", id);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_cb), self, 0);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  if (error != NULL)
    say (self, error->message);

  self->add_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row),
                                 self->table == HEARTH_LOOKUP_OUTCOMES ? _("Add an outcome")
                                                                       : _("Add an access need"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_row), TRUE);
  g_signal_connect_object (self->add_row, "apply", G_CALLBACK (add_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->add_row);
}

static void
hearth_lookup_list_group_dispose (GObject *object)
{
  HearthLookupListGroup *self = HEARTH_LOOKUP_LIST_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_lookup_list_group_parent_class)->dispose (object);
}

static void
hearth_lookup_list_group_class_init (HearthLookupListGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_lookup_list_group_dispose;
}

static void
hearth_lookup_list_group_init (HearthLookupListGroup *self)
{
  self->rows = g_ptr_array_new ();
}

GtkWidget *
hearth_lookup_list_group_new (HearthStore       *store,
                              HearthLookupTable  table)
{
  HearthLookupListGroup *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_LOOKUP_LIST_GROUP, NULL);
  self->store = g_object_ref (store);
  self->table = table;

  if (table == HEARTH_LOOKUP_OUTCOMES)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Outcomes at Close"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("What a worker chooses when a case closes. A name "
                                               "removed stays on the cases that closed with it."));
    }
  else
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Access Needs"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("What a resident may need so that meeting the team is "
                                               "easier. A name removed stays with the residents who have it."));
    }

  reload (self);
  return GTK_WIDGET (self);
}
