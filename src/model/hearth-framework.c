/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework of behaviours or values, as the framework editor lists it:
 *
 *   frameworks, behaviours, scale_points, feedback_cycles (store)
 *     → HearthQueryModel of HearthFramework (here)
 *       → the framework editor
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-framework.h"
#include "hearth-item-util.h"

struct _HearthFramework
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  char     *description;
  guint     kind;
  gboolean  archived;
  guint     behaviour_count;
  guint     scale_size;
  guint     cycles_using;
  guint     open_cycles_using;
};

G_DEFINE_FINAL_TYPE (HearthFramework, hearth_framework, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_KIND,
  PROP_ARCHIVED,
  PROP_BEHAVIOUR_COUNT,
  PROP_SCALE_SIZE,
  PROP_CYCLES_USING,
  PROP_OPEN_CYCLES_USING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT f.id FROM frameworks f WHERE f.archived = 0 ORDER BY {order}";

static const char row_sql[] =
  "SELECT f.id, f.name, f.description, f.kind = 'values', f.archived,"
  "  (SELECT count (*) FROM behaviours b WHERE b.framework_id = f.id AND b.removed_at IS NULL),"
  "  (SELECT count (*) FROM scale_points p WHERE p.framework_id = f.id),"
  "  (SELECT count (*) FROM feedback_cycles c WHERE c.framework_id = f.id),"
  "  (SELECT count (*) FROM feedback_cycles c WHERE c.framework_id = f.id"
  "    AND c.closed_at IS NULL)"
  " FROM frameworks f WHERE f.id = :id";

static const char * const tables[] = {
  "frameworks", "behaviours", "scale_points", "feedback_cycles", NULL
};

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthFramework *self = (HearthFramework *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->name, hearth_column_text (stmt, 1), properties[PROP_NAME]);
  hearth_item_set_string (object, &self->description, hearth_column_text (stmt, 2), properties[PROP_DESCRIPTION]);
  hearth_item_set_uint (object, &self->kind,
                        sqlite3_column_int (stmt, 3) ? HEARTH_FRAMEWORK_VALUES : HEARTH_FRAMEWORK_BEHAVIOURS,
                        properties[PROP_KIND]);
  hearth_item_set_bool (object, &self->archived, sqlite3_column_int (stmt, 4) != 0, properties[PROP_ARCHIVED]);
  hearth_item_set_uint (object, &self->behaviour_count, (guint) sqlite3_column_int64 (stmt, 5), properties[PROP_BEHAVIOUR_COUNT]);
  hearth_item_set_uint (object, &self->scale_size, (guint) sqlite3_column_int64 (stmt, 6), properties[PROP_SCALE_SIZE]);
  hearth_item_set_uint (object, &self->cycles_using, (guint) sqlite3_column_int64 (stmt, 7), properties[PROP_CYCLES_USING]);
  hearth_item_set_uint (object, &self->open_cycles_using, (guint) sqlite3_column_int64 (stmt, 8), properties[PROP_OPEN_CYCLES_USING]);
  g_object_thaw_notify (object);
}

static void
hearth_framework_finalize (GObject *object)
{
  HearthFramework *self = (HearthFramework *) object;

  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (hearth_framework_parent_class)->finalize (object);
}

static void
hearth_framework_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthFramework *self = (HearthFramework *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_BEHAVIOUR_COUNT:
      g_value_set_uint (value, self->behaviour_count);
      break;

    case PROP_SCALE_SIZE:
      g_value_set_uint (value, self->scale_size);
      break;

    case PROP_CYCLES_USING:
      g_value_set_uint (value, self->cycles_using);
      break;

    case PROP_OPEN_CYCLES_USING:
      g_value_set_uint (value, self->open_cycles_using);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_framework_class_init (HearthFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_framework_finalize;
  object_class->get_property = hearth_framework_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A HearthFrameworkKind. */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, HEARTH_FRAMEWORK_VALUES, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BEHAVIOUR_COUNT] =
    g_param_spec_uint ("behaviour-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SCALE_SIZE] =
    g_param_spec_uint ("scale-size", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CYCLES_USING] =
    g_param_spec_uint ("cycles-using", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPEN_CYCLES_USING] =
    g_param_spec_uint ("open-cycles-using", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_framework_init (HearthFramework *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

gint64
hearth_framework_get_id (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->id;
}

const char *
hearth_framework_get_name (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), NULL);

  return self->name;
}

const char *
hearth_framework_get_description (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), NULL);

  return self->description;
}

HearthFrameworkKind
hearth_framework_get_kind (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), HEARTH_FRAMEWORK_BEHAVIOURS);

  return (HearthFrameworkKind) self->kind;
}

gboolean
hearth_framework_get_archived (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), FALSE);

  return self->archived;
}

guint
hearth_framework_get_behaviour_count (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->behaviour_count;
}

guint
hearth_framework_get_scale_size (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->scale_size;
}

guint
hearth_framework_get_cycles_using (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->cycles_using;
}

guint
hearth_framework_get_open_cycles_using (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->open_cycles_using;
}

HearthQueryModel *
hearth_framework_list_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_FRAMEWORK, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "name", "f.name COLLATE NOCASE, f.id");

  return model;
}
