/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-supervision.h"

struct _HearthSupervision
{
  HearthItem parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthSupervision, hearth_supervision, HEARTH_TYPE_ITEM)

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

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthSupervision, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("supervisor-id", INT64, 1, supervisor_id),
  FIELD ("supervisor-name", STRING, 2, supervisor_name),
  FIELD ("staff-id", INT64, 3, staff_id),
  FIELD ("staff-name", STRING, 4, staff_name),
  FIELD ("held-on", STRING, 5, held_on),
  FIELD ("wellbeing", INT64, 6, wellbeing),
  FIELD ("locked", BOOLEAN, 7, locked),
  FIELD ("action-count", UINT, 8, action_count),
  FIELD ("open-actions", UINT, 9, open_actions),
};

static void
hearth_supervision_class_init (HearthSupervisionClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_supervision_init (HearthSupervision *self)
{
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

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "date", "v.held_on DESC, v.id DESC");

  return model;
}

void
hearth_supervision_list_set_staff (HearthQueryModel *supervisions,
                                   gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (supervisions));

  hearth_query_model_set_number (supervisions, ":staff_id", staff_id);
}

void
hearth_supervision_list_set_supervisor (HearthQueryModel *supervisions,
                                        gint64            supervisor_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (supervisions));

  hearth_query_model_set_number (supervisions, ":supervisor_id", supervisor_id);
}
