/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who supervises whom, and how their one-to-ones keep to their rhythm:
 *
 *   supervision_pairs, supervisions, supervision_actions, staff (store)
 *     → HearthQueryModel of HearthSupervisionPair (here)
 *       → "My people" and "My own" on the one-to-ones page
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-supervision-pair.h"
#include "hearth-supervision-sql.h"

struct _HearthSupervisionPair
{
  HearthItem parent_instance;

  gint64    id;
  gint64    supervisor_id;
  char     *supervisor_name;
  gint64    staff_id;
  char     *staff_name;
  guint     rhythm_weeks;
  char     *next_on;
  char     *started_on;
  char     *ended_on;
  char     *last_held_on;
  char     *next_due_on;
  gboolean  overdue;
  guint     open_actions;
  guint     held_count;
  gint64    current_id;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionPair, hearth_supervision_pair, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT p.id FROM supervision_pairs p LEFT JOIN staff st ON st.id = p.staff_id"
  " WHERE (:supervisor_id IS NULL OR p.supervisor_id = :supervisor_id)"
  "   AND (:staff_id IS NULL OR p.staff_id = :staff_id)"
  "   AND (:include_ended IS NOT NULL OR p.ended_on IS NULL)"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT p.id, p.supervisor_id, coalesce (sup.name, ''), p.staff_id, coalesce (st.name, ''),"
  "  p.rhythm_weeks, coalesce (p.next_on, ''), p.started_on, coalesce (p.ended_on, ''),"
  "  coalesce (" HEARTH_SQL_LAST_HELD ("p") ", ''),"
  "  iif (p.ended_on IS NULL, " HEARTH_SQL_NEXT_DUE ("p") ", ''),"
  "  p.ended_on IS NULL AND " HEARTH_SQL_NEXT_DUE ("p") " < " HEARTH_SQL_TODAY ","
  "  (SELECT count (*) FROM supervision_actions a JOIN supervisions v ON v.id = a.supervision_id"
  "    WHERE v.staff_id = p.staff_id AND a.status = 'open'),"
  "  (SELECT count (*) FROM supervisions v"
  "    WHERE v.supervisor_id = p.supervisor_id AND v.staff_id = p.staff_id),"
  "  coalesce ((SELECT v.id FROM supervisions v WHERE v.supervisor_id = p.supervisor_id"
  "    AND v.staff_id = p.staff_id AND v.locked_at IS NULL"
  "    ORDER BY v.held_on DESC, v.id DESC LIMIT 1), 0)"
  " FROM supervision_pairs p LEFT JOIN staff sup ON sup.id = p.supervisor_id"
  "  LEFT JOIN staff st ON st.id = p.staff_id WHERE p.id = :id";

static const char * const tables[] = {
  "supervision_pairs", "supervisions", "supervision_actions", "staff", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthSupervisionPair, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("supervisor-id", INT64, 1, supervisor_id),
  FIELD ("supervisor-name", STRING, 2, supervisor_name),
  FIELD ("staff-id", INT64, 3, staff_id),
  FIELD ("staff-name", STRING, 4, staff_name),
  FIELD ("rhythm-weeks", UINT, 5, rhythm_weeks),
  FIELD ("next-on", STRING, 6, next_on),
  FIELD ("started-on", STRING, 7, started_on),
  FIELD ("ended-on", STRING, 8, ended_on),
  FIELD ("last-held-on", STRING, 9, last_held_on),
  FIELD ("next-due-on", STRING, 10, next_due_on),
  FIELD ("overdue", BOOLEAN, 11, overdue),
  FIELD ("open-actions", UINT, 12, open_actions),
  FIELD ("held-count", UINT, 13, held_count),
  FIELD ("current-id", INT64, 14, current_id),
};

static void
hearth_supervision_pair_class_init (HearthSupervisionPairClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_supervision_pair_init (HearthSupervisionPair *self)
{
}

gint64
hearth_supervision_pair_get_id (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->id;
}

gint64
hearth_supervision_pair_get_supervisor_id (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->supervisor_id;
}

const char *
hearth_supervision_pair_get_supervisor_name (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->supervisor_name;
}

gint64
hearth_supervision_pair_get_staff_id (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->staff_id;
}

const char *
hearth_supervision_pair_get_staff_name (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->staff_name;
}

guint
hearth_supervision_pair_get_rhythm_weeks (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->rhythm_weeks;
}

const char *
hearth_supervision_pair_get_next_on (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->next_on;
}

const char *
hearth_supervision_pair_get_started_on (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->started_on;
}

const char *
hearth_supervision_pair_get_ended_on (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->ended_on;
}

const char *
hearth_supervision_pair_get_last_held_on (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->last_held_on;
}

const char *
hearth_supervision_pair_get_next_due_on (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), NULL);

  return self->next_due_on;
}

gboolean
hearth_supervision_pair_get_overdue (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), FALSE);

  return self->overdue;
}

guint
hearth_supervision_pair_get_open_actions (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->open_actions;
}

guint
hearth_supervision_pair_get_held_count (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->held_count;
}

gint64
hearth_supervision_pair_get_current_id (HearthSupervisionPair *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAIR (self), 0);

  return self->current_id;
}

HearthQueryModel *
hearth_supervision_pair_list_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION_PAIR, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "due",
                               "p.ended_on IS NOT NULL, " HEARTH_SQL_NEXT_DUE ("p") ","
                               " st.name COLLATE NOCASE, p.id");
  hearth_query_model_add_sort (model, "name", "st.name COLLATE NOCASE, p.id");

  return model;
}

void
hearth_supervision_pair_list_set_supervisor (HearthQueryModel *pairs,
                                             gint64            supervisor_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (pairs));

  hearth_query_model_set_number (pairs, ":supervisor_id", supervisor_id);
}

void
hearth_supervision_pair_list_set_staff (HearthQueryModel *pairs,
                                        gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (pairs));

  hearth_query_model_set_number (pairs, ":staff_id", staff_id);
}

void
hearth_supervision_pair_list_set_include_ended (HearthQueryModel *pairs,
                                                gboolean          include_ended)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (pairs));

  hearth_query_model_set_flag (pairs, ":include_ended", include_ended);
}
