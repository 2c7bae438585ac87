/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-supervision-changes.h"
#include "hearth-supervision-sql.h"
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
  gint64    version;
  gint64    started_at;
  char     *wellbeing_note;
  char     *going_well;
  char     *been_hard;
  gint64    reflection_case_id;
  char     *reflection_case_title;
  char     *reflection;
  char     *learning;
  char     *behaviours_note;
  gint64    feedback_cycle_id;
  gint64    agreed_by_staff_at;
  gint64    agreed_by_supervisor_at;
  gint64    locked_at;
  guint     addenda_count;
  guint     carried_over_actions;
  char     *wellbeing_label;
};

G_DEFINE_FINAL_TYPE (HearthSupervision, hearth_supervision, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT v.id FROM supervisions v"
  " WHERE (:staff_id IS NULL OR v.staff_id = :staff_id)"
  "   AND (:supervisor_id IS NULL OR v.supervisor_id = :supervisor_id)"
  " ORDER BY {order}";

/* Never the private note: it is read only for the supervisor, by
 * hearth_supervision_dup_private_note(). */
static const char row_sql[] =
  "SELECT v.id, v.supervisor_id, coalesce (sup.name, ''), v.staff_id, coalesce (st.name, ''),"
  "  v.held_on, coalesce (v.wellbeing, 0), v.locked_at IS NOT NULL,"
  "  (SELECT count (*) FROM supervision_actions a WHERE a.supervision_id = v.id),"
  "  (SELECT count (*) FROM supervision_actions a WHERE a.supervision_id = v.id AND a.status = 'open'),"
  "  v.version, coalesce (v.started_at, 0), v.wellbeing_note, v.going_well, v.been_hard,"
  "  coalesce (v.reflection_case_id, 0), coalesce (c.title, ''), v.reflection, v.learning,"
  "  v.behaviours_note, coalesce (v.feedback_cycle_id, 0), coalesce (v.agreed_by_staff_at, 0),"
  "  coalesce (v.agreed_by_supervisor_at, 0), coalesce (v.locked_at, 0),"
  "  (SELECT count (*) FROM supervision_addenda d WHERE d.supervision_id = v.id),"
  "  (SELECT count (*) FROM supervision_actions a JOIN supervisions s ON s.id = a.supervision_id"
  "    WHERE s.staff_id = v.staff_id AND " HEARTH_SQL_LATER ("v", "s")
  "    AND " HEARTH_SQL_OPEN_AT ("a", "v") ")"
  " FROM supervisions v LEFT JOIN staff sup ON sup.id = v.supervisor_id"
  "  LEFT JOIN staff st ON st.id = v.staff_id LEFT JOIN cases c ON c.id = v.reflection_case_id"
  " WHERE v.id = :id";

static const char * const tables[] = {
  "supervisions", "supervision_actions", "supervision_addenda", "staff", "cases", NULL
};

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
  FIELD ("version", INT64, 10, version),
  FIELD ("started-at", INT64, 11, started_at),
  FIELD ("wellbeing-note", STRING, 12, wellbeing_note),
  FIELD ("going-well", STRING, 13, going_well),
  FIELD ("been-hard", STRING, 14, been_hard),
  FIELD ("reflection-case-id", INT64, 15, reflection_case_id),
  FIELD ("reflection-case-title", STRING, 16, reflection_case_title),
  FIELD ("reflection", STRING, 17, reflection),
  FIELD ("learning", STRING, 18, learning),
  FIELD ("behaviours-note", STRING, 19, behaviours_note),
  FIELD ("feedback-cycle-id", INT64, 20, feedback_cycle_id),
  FIELD ("agreed-by-staff-at", INT64, 21, agreed_by_staff_at),
  FIELD ("agreed-by-supervisor-at", INT64, 22, agreed_by_supervisor_at),
  FIELD ("locked-at", INT64, 23, locked_at),
  FIELD ("addenda-count", UINT, 24, addenda_count),
  FIELD ("carried-over-actions", UINT, 25, carried_over_actions),
  FIELD ("wellbeing-label", STRING, HEARTH_FIELD_COMPUTED, wellbeing_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthSupervision *self = HEARTH_SUPERVISION (item);
  const char *label = hearth_wellbeing_get_label ((int) self->wellbeing);

  hearth_item_set_string (item, &self->wellbeing_label, label != NULL ? label : "");
}

static void
hearth_supervision_class_init (HearthSupervisionClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
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

gint64
hearth_supervision_get_version (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->version;
}

gint64
hearth_supervision_get_started_at (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->started_at;
}

const char *
hearth_supervision_get_wellbeing_label (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->wellbeing_label;
}

const char *
hearth_supervision_get_wellbeing_note (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->wellbeing_note;
}

const char *
hearth_supervision_get_going_well (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->going_well;
}

const char *
hearth_supervision_get_been_hard (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->been_hard;
}

gint64
hearth_supervision_get_reflection_case_id (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->reflection_case_id;
}

const char *
hearth_supervision_get_reflection_case_title (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->reflection_case_title;
}

const char *
hearth_supervision_get_reflection (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->reflection;
}

const char *
hearth_supervision_get_learning (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->learning;
}

const char *
hearth_supervision_get_behaviours_note (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), NULL);

  return self->behaviours_note;
}

gint64
hearth_supervision_get_feedback_cycle_id (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->feedback_cycle_id;
}

gint64
hearth_supervision_get_agreed_by_staff_at (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->agreed_by_staff_at;
}

gint64
hearth_supervision_get_agreed_by_supervisor_at (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->agreed_by_supervisor_at;
}

gint64
hearth_supervision_get_locked_at (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->locked_at;
}

guint
hearth_supervision_get_addenda_count (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->addenda_count;
}

guint
hearth_supervision_get_carried_over_actions (HearthSupervision *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (self), 0);

  return self->carried_over_actions;
}

HearthSupervision *
hearth_supervision_load (HearthStore  *store,
                         gint64        supervision_id,
                         GError      **error)
{
  g_autoptr(GListModel) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, row_sql, "x", supervision_id);
  if (stmt == NULL)
    return NULL;
  rows = hearth_item_read_list (store, HEARTH_TYPE_SUPERVISION, stmt, error);
  if (rows == NULL)
    return NULL;
  if (g_list_model_get_n_items (rows) == 0)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This one-to-one no longer exists; it may have been removed in "
                             "another window"));
      return NULL;
    }

  return g_list_model_get_item (rows, 0);
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
