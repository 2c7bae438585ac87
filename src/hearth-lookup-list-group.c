/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-lookup-changes.h"
#include "hearth-lookup-list-group.h"
#include "hearth-lookup-row.h"

G_DEFINE_ENUM_TYPE (HearthLookupTable, hearth_lookup_table,
                    G_DEFINE_ENUM_VALUE (HEARTH_LOOKUP_OUTCOMES, "outcomes"),
                    G_DEFINE_ENUM_VALUE (HEARTH_LOOKUP_ACCESS_NEEDS, "access-needs"))

struct _HearthLookupListGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  AdwEntryRow         *add_row;

  /* owned */
  HearthStore         *store;
  GPtrArray           *rows;     /* the rows of names, made again on change */

  HearthLookupTable    table;
};

G_DEFINE_FINAL_TYPE (HearthLookupListGroup, hearth_lookup_list_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
say (HearthLookupListGroup *self,
     const char            *message)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_DIALOG);

  if (dialog != NULL)
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), adw_toast_new (message));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void reload (HearthLookupListGroup *self);

static void
rename_cb (HearthLookupListGroup *self,
           HearthLookupRow       *row)
{
  g_autoptr(GError) error = NULL;
  HearthLookupItem *item = hearth_lookup_row_get_item (row);

  if (!hearth_lookup_rename (self->store, self->table, hearth_lookup_item_get_id (item),
                             gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      say (self, error->message);
      /* Back to the name that is saved. */
      reload (self);
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthLookupListGroup *self = HEARTH_LOOKUP_LIST_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (hearth_lookup_remove (self->store, self->table, g_variant_get_int64 (parameter), &error))
    reload (self);
  else
    say (self, error->message);
}

static void
add_cb (HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (hearth_lookup_add (self->store, self->table, gtk_editable_get_text (GTK_EDITABLE (self->add_row)),
                         &error) > 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
      reload (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
    }
  else
    say (self, error->message);
}

/* The names, then the row that adds one. A group can only add a row at its
 * end, so the adding row goes and comes back after the names. */
static void
reload (HearthLookupListGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = hearth_lookup_item_list_new (self->store, self->table, &error);
  g_autoptr(AdwEntryRow) add_row = g_object_ref (self->add_row);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (add_row));

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = hearth_lookup_row_new (item, self->table == HEARTH_LOOKUP_OUTCOMES
                                                    ? _("Outcome") : _("Access need"));

      g_signal_connect_object (row, "apply", G_CALLBACK (rename_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  if (error != NULL)
    say (self, error->message);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (add_row));
}

static void
set_table (HearthLookupListGroup *self,
           HearthLookupTable      table)
{
  self->table = table;
  if (table == HEARTH_LOOKUP_OUTCOMES)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Outcomes at Close"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("What a worker chooses when a case closes. A name "
                                               "removed stays on the cases that closed with it."));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add an outcome"));
    }
  else
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Access Needs"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("What a resident may need so that meeting the team is "
                                               "easier. A name removed stays with the residents who have it."));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add an access need"));
    }
}

static void
hearth_lookup_list_group_dispose (GObject *object)
{
  HearthLookupListGroup *self = HEARTH_LOOKUP_LIST_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_LOOKUP_LIST_GROUP);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_lookup_list_group_parent_class)->dispose (object);
}

static void
hearth_lookup_list_group_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HearthLookupListGroup *self = HEARTH_LOOKUP_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      g_value_set_enum (value, (int) self->table);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lookup_list_group_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HearthLookupListGroup *self = HEARTH_LOOKUP_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      set_table (self, (HearthLookupTable) g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lookup_list_group_class_init (HearthLookupListGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_lookup_list_group_dispose;
  object_class->get_property = hearth_lookup_list_group_get_property;
  object_class->set_property = hearth_lookup_list_group_set_property;

  properties[PROP_TABLE] =
    g_param_spec_enum ("table", NULL, NULL, HEARTH_TYPE_LOOKUP_TABLE, HEARTH_LOOKUP_OUTCOMES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-lookup-list-group.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthLookupListGroup, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);

  gtk_widget_class_install_action (widget_class, "lookup.remove", "x", remove_action);
}

static void
hearth_lookup_list_group_init (HearthLookupListGroup *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_lookup_list_group_new (HearthStore       *store,
                              HearthLookupTable  table)
{
  GtkWidget *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_LOOKUP_LIST_GROUP, "table", table, NULL);
  hearth_lookup_list_group_set_store (HEARTH_LOOKUP_LIST_GROUP (self), store);
  return self;
}

void
hearth_lookup_list_group_set_store (HearthLookupListGroup *self,
                                    HearthStore           *store)
{
  g_return_if_fail (HEARTH_IS_LOOKUP_LIST_GROUP (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  reload (self);
}
