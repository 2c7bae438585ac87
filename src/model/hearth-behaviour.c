/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A behaviour of a framework, with its descriptors as one text:
 *
 *   behaviours, descriptors (store)
 *     → HearthQueryModel of HearthBehaviour (here)
 *       → the framework editor, the response pages
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-behaviour.h"
#include "hearth-item-util.h"

struct _HearthBehaviour
{
  GObject parent_instance;

  gint64  id;
  gint64  framework_id;
  guint   position;
  char   *name;
  char   *meaning;
  char   *descriptors;
};

G_DEFINE_FINAL_TYPE (HearthBehaviour, hearth_behaviour, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FRAMEWORK_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_MEANING,
  PROP_DESCRIPTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT b.id FROM behaviours b WHERE b.framework_id = :framework_id"
  " AND b.removed_at IS NULL ORDER BY {order}";

static const char row_sql[] =
  "SELECT b.id, b.framework_id, b.position, b.name, b.meaning,"
  "  coalesce ((SELECT group_concat (text, char (10)) FROM (SELECT d.text FROM descriptors d"
  "    WHERE d.behaviour_id = b.id ORDER BY d.position, d.id)), '')"
  " FROM behaviours b WHERE b.id = :id";

static const char * const tables[] = { "behaviours", "descriptors", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthBehaviour *self = (HearthBehaviour *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->framework_id, sqlite3_column_int64 (stmt, 1), properties[PROP_FRAMEWORK_ID]);
  hearth_item_set_uint (object, &self->position, (guint) MAX (sqlite3_column_int (stmt, 2), 0), properties[PROP_POSITION]);
  hearth_item_set_string (object, &self->name, hearth_column_text (stmt, 3), properties[PROP_NAME]);
  hearth_item_set_string (object, &self->meaning, hearth_column_text (stmt, 4), properties[PROP_MEANING]);
  hearth_item_set_string (object, &self->descriptors, hearth_column_text (stmt, 5), properties[PROP_DESCRIPTORS]);
  g_object_thaw_notify (object);
}

static void
hearth_behaviour_finalize (GObject *object)
{
  HearthBehaviour *self = (HearthBehaviour *) object;

  g_free (self->name);
  g_free (self->meaning);
  g_free (self->descriptors);

  G_OBJECT_CLASS (hearth_behaviour_parent_class)->finalize (object);
}

static void
hearth_behaviour_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthBehaviour *self = (HearthBehaviour *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_MEANING:
      g_value_set_string (value, self->meaning);
      break;

    case PROP_DESCRIPTORS:
      g_value_set_string (value, self->descriptors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_behaviour_class_init (HearthBehaviourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_behaviour_finalize;
  object_class->get_property = hearth_behaviour_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MEANING] =
    g_param_spec_string ("meaning", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTORS] =
    g_param_spec_string ("descriptors", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_behaviour_init (HearthBehaviour *self)
{
  self->name = g_strdup ("");
  self->meaning = g_strdup ("");
  self->descriptors = g_strdup ("");
}

gint64
hearth_behaviour_get_id (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->id;
}

gint64
hearth_behaviour_get_framework_id (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->framework_id;
}

guint
hearth_behaviour_get_position (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->position;
}

const char *
hearth_behaviour_get_name (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->name;
}

const char *
hearth_behaviour_get_meaning (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->meaning;
}

const char *
hearth_behaviour_get_descriptors (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->descriptors;
}

HearthQueryModel *
hearth_behaviour_list_new (HearthStore *store,
                           gint64       framework_id)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_BEHAVIOUR, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "position", "b.position, b.id");
  hearth_query_model_set_param (model, ":framework_id", g_variant_new_int64 (framework_id));

  return model;
}
