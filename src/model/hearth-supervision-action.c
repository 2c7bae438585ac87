/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action agreed in a one-to-one, which carries over from one
 * conversation to the next until it is done or dropped:
 *
 *   supervision_actions, supervisions, staff (store)
 *     → HearthQueryModel of HearthSupervisionAction (here)
 *       → the agreed actions of a one-to-one, a person's open actions
 *
 * How often it carried over is counted from the one-to-ones each time the
 * row is read, never stored, so that it can never drift from them.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-supervision-action.h"
#include "hearth-supervision-sql.h"

struct _HearthSupervisionAction
{
  HearthItem parent_instance;

  gint64    id;
  gint64    supervision_id;
  char     *agreed_on;
  gint64    staff_id;
  char     *text;
  gint64    owner_id;
  char     *owner_name;
  char     *due_on;
  guint     status;
  char     *dropped_reason;
  gint64    closed_at;
  gint64    closed_in_id;
  guint     carried_over;
  gboolean  overdue;
  char     *status_label;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionAction, hearth_supervision_action, HEARTH_TYPE_ITEM)

/* The status as a HearthSupervisionActionStatus. */
#define STATUS_NUMBER(column) \
  "CASE " column " WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END"

static const char ids_sql[] =
  "SELECT a.id FROM supervision_actions a JOIN supervisions s ON s.id = a.supervision_id"
  " WHERE (:supervision_id IS NULL OR a.supervision_id = :supervision_id"
  "   OR EXISTS (SELECT 1 FROM supervisions t WHERE t.id = :supervision_id"
  "     AND t.staff_id = s.staff_id AND " HEARTH_SQL_LATER ("t", "s")
  "     AND " HEARTH_SQL_OPEN_AT ("a", "t") "))"
  "   AND (:staff_id IS NULL OR s.staff_id = :staff_id)"
  "   AND (:open_only IS NULL OR a.status = 'open')"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT a.id, a.supervision_id, s.held_on, s.staff_id, a.text, coalesce (a.owner_id, 0),"
  "  coalesce (o.name, ''), coalesce (a.due_on, ''), " STATUS_NUMBER ("a.status") ","
  "  a.dropped_reason, coalesce (a.done_at, a.dropped_at, 0), coalesce (a.closed_in_id, 0),"
  "  " HEARTH_SQL_CARRIED_OVER ("a", "s") ","
  "  a.status = 'open' AND a.due_on < " HEARTH_SQL_TODAY
  " FROM supervision_actions a JOIN supervisions s ON s.id = a.supervision_id"
  "  LEFT JOIN staff o ON o.id = a.owner_id WHERE a.id = :id";

static const char * const tables[] = {
  "supervision_actions", "supervisions", "staff", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthSupervisionAction, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("supervision-id", INT64, 1, supervision_id),
  FIELD ("agreed-on", STRING, 2, agreed_on),
  FIELD ("staff-id", INT64, 3, staff_id),
  FIELD ("text", STRING, 4, text),
  FIELD ("owner-id", INT64, 5, owner_id),
  FIELD ("owner-name", STRING, 6, owner_name),
  FIELD ("due-on", STRING, 7, due_on),
  /* A HearthSupervisionActionStatus. */
  FIELD ("status", UINT, 8, status),
  FIELD ("dropped-reason", STRING, 9, dropped_reason),
  FIELD ("closed-at", INT64, 10, closed_at),
  FIELD ("closed-in-id", INT64, 11, closed_in_id),
  FIELD ("carried-over", UINT, 12, carried_over),
  FIELD ("overdue", BOOLEAN, 13, overdue),
  FIELD ("status-label", STRING, HEARTH_FIELD_COMPUTED, status_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthSupervisionAction *self = HEARTH_SUPERVISION_ACTION (item);

  hearth_item_set_string (item, &self->status_label,
                          hearth_supervision_action_status_get_label (self->status));
}

static void
hearth_supervision_action_class_init (HearthSupervisionActionClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_supervision_action_init (HearthSupervisionAction *self)
{
}

gint64
hearth_supervision_action_get_id (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->id;
}

gint64
hearth_supervision_action_get_supervision_id (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->supervision_id;
}

const char *
hearth_supervision_action_get_agreed_on (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->agreed_on;
}

gint64
hearth_supervision_action_get_staff_id (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->staff_id;
}

const char *
hearth_supervision_action_get_text (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->text;
}

gint64
hearth_supervision_action_get_owner_id (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->owner_id;
}

const char *
hearth_supervision_action_get_owner_name (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->owner_name;
}

const char *
hearth_supervision_action_get_due_on (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->due_on;
}

const char *
hearth_supervision_action_get_status_label (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->status_label;
}

const char *
hearth_supervision_action_get_dropped_reason (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), NULL);

  return self->dropped_reason;
}

gint64
hearth_supervision_action_get_closed_at (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->closed_at;
}

gint64
hearth_supervision_action_get_closed_in_id (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->closed_in_id;
}

guint
hearth_supervision_action_get_carried_over (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), 0);

  return self->carried_over;
}

gboolean
hearth_supervision_action_get_overdue (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), FALSE);

  return self->overdue;
}

HearthSupervisionActionStatus
hearth_supervision_action_get_status (HearthSupervisionAction *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ACTION (self), HEARTH_SUPERVISION_ACTION_OPEN);

  return (HearthSupervisionActionStatus) self->status;
}

HearthQueryModel *
hearth_supervision_action_list_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION_ACTION, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "agenda",
                               "a.supervision_id IS :supervision_id, s.held_on, s.id, a.id");

  return model;
}

void
hearth_supervision_action_list_set_supervision (HearthQueryModel *actions,
                                                gint64            supervision_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (actions));

  hearth_query_model_set_number (actions, ":supervision_id", supervision_id);
}

void
hearth_supervision_action_list_set_staff (HearthQueryModel *actions,
                                          gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (actions));

  hearth_query_model_set_number (actions, ":staff_id", staff_id);
}

void
hearth_supervision_action_list_set_open_only (HearthQueryModel *actions,
                                              gboolean          open_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (actions));

  hearth_query_model_set_flag (actions, ":open_only", open_only);
}
