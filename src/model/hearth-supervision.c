/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-supervision.h"
#include "hearth-item-util.h"

struct _HearthSupervision
{
  GObject parent_instance;

  gint64    id;
  gint64    supervisor_id;
  char     *supervisor_name;
  gint64    staff_id;
  char     *staff_name;
  char     *held_on;
  gint64    wellbeing;
  gboolean  locked;
  guint     action_count;
  guint     open_actions;
};

G_DEFINE_FINAL_TYPE (HearthSupervision, hearth_supervision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SUPERVISOR_ID,
  PROP_SUPERVISOR_NAME,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_HELD_ON,
  PROP_WELLBEING,
  PROP_LOCKED,
  PROP_ACTION_COUNT,
  PROP_OPEN_ACTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT v.id FROM supervisions v"
  " WHERE (:staff_id IS NULL OR v.staff_id = :staff_id)"
  "   AND (:supervisor_id IS NULL OR v.supervisor_id = :supervisor_id)"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT v.id, v.supervisor_id, coalesce (sup.name, ''), v.staff_id, coalesce (st.name, ''),"
  "  v.held_on, coalesce (v.wellbeing, 0), v.locked_at IS NOT NULL,"
  "  (SELECT count (*) FROM supervision_actions a WHERE a.supervision_id = v.id),"
  "  (SELECT count (*) FROM supervision_actions a WHERE a.supervision_id = v.id AND a.status = 'open')"
  " FROM supervisions v LEFT JOIN staff sup ON sup.id = v.supervisor_id"
  "  LEFT JOIN staff st ON st.id = v.staff_id WHERE v.id = :id";

static const char * const tables[] = { "supervisions", "supervision_actions", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthSupervision *self = (HearthSupervision *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->supervisor_id, sqlite3_column_int64 (stmt, 1), properties[PROP_SUPERVISOR_ID]);
  hearth_item_set_string (object, &self->supervisor_name, hearth_column_text (stmt, 2), properties[PROP_SUPERVISOR_NAME]);
  hearth_item_set_int64 (object, &self->staff_id, sqlite3_column_int64 (stmt, 3), properties[PROP_STAFF_ID]);
  hearth_item_set_string (object, &self->staff_name, hearth_column_text (stmt, 4), properties[PROP_STAFF_NAME]);
  hearth_item_set_string (object, &self->held_on, hearth_column_text (stmt, 5), properties[PROP_HELD_ON]);
  hearth_item_set_int64 (object, &self->wellbeing, sqlite3_column_int64 (stmt, 6), properties[PROP_WELLBEING]);
  hearth_item_set_bool (object, &self->locked, sqlite3_column_int (stmt, 7) != 0, properties[PROP_LOCKED]);
  hearth_item_set_uint (object, &self->action_count, (guint) sqlite3_column_int64 (stmt, 8), properties[PROP_ACTION_COUNT]);
  hearth_item_set_uint (object, &self->open_actions, (guint) sqlite3_column_int64 (stmt, 9), properties[PROP_OPEN_ACTIONS]);
  g_object_thaw_notify (object);
}

static void
hearth_supervision_finalize (GObject *object)
{
  HearthSupervision *self = (HearthSupervision *) object;

  g_free (self->supervisor_name);
  g_free (self->staff_name);
  g_free (self->held_on);

  G_OBJECT_CLASS (hearth_supervision_parent_class)->finalize (object);
}

static void
hearth_supervision_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthSupervision *self = (HearthSupervision *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, self->supervisor_id);
      break;

    case PROP_SUPERVISOR_NAME:
      g_value_set_string (value, self->supervisor_name);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_HELD_ON:
      g_value_set_string (value, self->held_on);
      break;

    case PROP_WELLBEING:
      g_value_set_int64 (value, self->wellbeing);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    case PROP_ACTION_COUNT:
      g_value_set_uint (value, self->action_count);
      break;

    case PROP_OPEN_ACTIONS:
      g_value_set_uint (value, self->open_actions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_supervision_class_init (HearthSupervisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_supervision_finalize;
  object_class->get_property = hearth_supervision_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUPERVISOR_NAME] =
    g_param_spec_string ("supervisor-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WELLBEING] =
    g_param_spec_int64 ("wellbeing", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTION_COUNT] =
    g_param_spec_uint ("action-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPEN_ACTIONS] =
    g_param_spec_uint ("open-actions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_supervision_init (HearthSupervision *self)
{
  self->supervisor_name = g_strdup ("");
  self->staff_name = g_strdup ("");
  self->held_on = g_strdup ("");
}

gint64
hearth_supervision_get_id (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->id;
}

gint64
hearth_supervision_get_supervisor_id (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->supervisor_id;
}

const char *
hearth_supervision_get_supervisor_name (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->supervisor_name;
}

gint64
hearth_supervision_get_staff_id (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->staff_id;
}

const char *
hearth_supervision_get_staff_name (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->staff_name;
}

const char *
hearth_supervision_get_held_on (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->held_on;
}

gint64
hearth_supervision_get_wellbeing (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->wellbeing;
}

gboolean
hearth_supervision_get_locked (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), FALSE);

  return self->locked;
}

guint
hearth_supervision_get_action_count (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->action_count;
}

guint
hearth_supervision_get_open_actions (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->open_actions;
}

HearthQueryModel *
hearth_supervision_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "date", "v.held_on DESC, v.id DESC");

  return model;
}
