/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-case.h"

struct _HearthCase
{
  HearthItem parent_instance;

  gint64    id;
  char     *title;
  char     *status;
  gboolean  is_open;
  gint64    lead_id;
  char     *lead_name;
  char     *residents;
  gint64    opened_at;
  gint64    closed_at;
  char     *outcome_name;
  gint64    last_activity_at;
  guint     open_agreements;
  guint     overdue_agreements;
};

G_DEFINE_FINAL_TYPE (HearthCase, hearth_case, HEARTH_TYPE_ITEM)

/* The status is a condition on the first column of cases_by_status_activity
 * whether it is set or not: "(:status IS NULL OR c.status = :status)" would
 * read every case to find the open ones. */
static const char ids_sql[] =
  "SELECT c.id FROM cases c"
  " WHERE c.status IN (coalesce (:status, 'closed'), coalesce (:status, 'open'))"
  "   AND (:mine IS NULL OR c.lead_id = :mine OR EXISTS"
  "        (SELECT 1 FROM case_workers w WHERE w.case_id = c.id AND w.staff_id = :mine))"
  "   AND (:worker_id IS NULL OR c.lead_id = :worker_id OR EXISTS"
  "        (SELECT 1 FROM case_workers w WHERE w.case_id = c.id AND w.staff_id = :worker_id))"
  "   AND (:outcome_id IS NULL OR c.outcome_id = :outcome_id)"
  "   AND (:resident_id IS NULL OR c.id IN"
  "        (SELECT case_id FROM case_residents WHERE resident_id = :resident_id))"
  "   AND (:follow_up IS NULL OR EXISTS (SELECT 1 FROM agreement_items a"
  "        WHERE a.case_id = c.id AND a.status = 'open'"
  "          AND a.due_on <= date (hearth_now (), 'unixepoch', 'localtime', '+7 days')))"
  "   AND (:search IS NULL OR c.id IN ("
  "          SELECT rowid FROM cases_fts WHERE cases_fts MATCH :search"
  "          UNION SELECT cr.case_id FROM case_residents cr WHERE cr.resident_id IN"
  "            (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :search)"
  "          UNION SELECT e.case_id FROM timeline_entries e WHERE e.id IN"
  "            (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH :search)"
  "            AND e.deleted_at IS NULL))"
  "   AND (:match_ids IS NULL OR c.id IN (SELECT value FROM json_each (:match_ids)))"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT c.id, c.title, c.status, c.status = 'open', coalesce (c.lead_id, 0),"
  "  coalesce (s.name, ''),"
  "  (SELECT group_concat (name, ', ') FROM (SELECT CASE WHEN r.preferred_name <> ''"
  "     THEN r.preferred_name ELSE r.name END AS name FROM case_residents cr"
  "     JOIN residents r ON r.id = cr.resident_id WHERE cr.case_id = c.id ORDER BY cr.position)),"
  "  c.opened_at, coalesce (c.closed_at, 0), coalesce (o.name, ''), c.last_activity_at,"
  "  (SELECT count (*) FROM agreement_items a"
  "     WHERE a.case_id = c.id AND a.status = 'open'),"
  "  (SELECT count (*) FROM agreement_items a"
  "     WHERE a.case_id = c.id AND a.status = 'open'"
  "       AND a.due_on < date (hearth_now (), 'unixepoch', 'localtime'))"
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id"
  "  LEFT JOIN outcomes o ON o.id = c.outcome_id WHERE c.id = :id";

static const char * const tables[] = { "cases", "case_residents", "case_workers", "residents", "timeline_entries", "agreement_items", "staff", "outcomes", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthCase, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("title", STRING, 1, title),
  FIELD ("status", STRING, 2, status),
  FIELD ("is-open", BOOLEAN, 3, is_open),
  FIELD ("lead-id", INT64, 4, lead_id),
  FIELD ("lead-name", STRING, 5, lead_name),
  FIELD ("residents", STRING, 6, residents),
  FIELD ("opened-at", INT64, 7, opened_at),
  FIELD ("closed-at", INT64, 8, closed_at),
  FIELD ("outcome-name", STRING, 9, outcome_name),
  FIELD ("last-activity-at", INT64, 10, last_activity_at),
  FIELD ("open-agreements", UINT, 11, open_agreements),
  FIELD ("overdue-agreements", UINT, 12, overdue_agreements),
};

static void
hearth_case_class_init (HearthCaseClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_case_init (HearthCase *self)
{
}

gint64
hearth_case_get_id (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->id;
}

const char *
hearth_case_get_title (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->title;
}

const char *
hearth_case_get_status (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->status;
}

gboolean
hearth_case_get_is_open (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), FALSE);

  return self->is_open;
}

gint64
hearth_case_get_lead_id (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->lead_id;
}

const char *
hearth_case_get_lead_name (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->lead_name;
}

const char *
hearth_case_get_residents (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->residents;
}

gint64
hearth_case_get_opened_at (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->opened_at;
}

gint64
hearth_case_get_closed_at (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->closed_at;
}

const char *
hearth_case_get_outcome_name (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->outcome_name;
}

gint64
hearth_case_get_last_activity_at (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->last_activity_at;
}

guint
hearth_case_get_open_agreements (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->open_agreements;
}

guint
hearth_case_get_overdue_agreements (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), 0);

  return self->overdue_agreements;
}

HearthQueryModel *
hearth_case_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_CASE, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "activity", "c.last_activity_at DESC, c.id DESC");
  hearth_query_model_add_sort (model, "name", "c.title COLLATE NOCASE, c.id");
  hearth_query_model_add_sort (model, "opened", "c.opened_at DESC, c.id DESC");

  return model;
}

void
hearth_case_list_set_status (HearthQueryModel *cases,
                             const char       *status)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_text (cases, ":status", status);
}

void
hearth_case_list_set_mine (HearthQueryModel *cases,
                           gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_number (cases, ":mine", staff_id);
}

void
hearth_case_list_set_worker (HearthQueryModel *cases,
                             gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_number (cases, ":worker_id", staff_id);
}

void
hearth_case_list_set_outcome (HearthQueryModel *cases,
                              gint64            outcome_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_number (cases, ":outcome_id", outcome_id);
}

void
hearth_case_list_set_resident (HearthQueryModel *cases,
                               gint64            resident_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_number (cases, ":resident_id", resident_id);
}

void
hearth_case_list_set_follow_up (HearthQueryModel *cases,
                                gboolean          follow_up)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_flag (cases, ":follow_up", follow_up);
}

void
hearth_case_list_set_search (HearthQueryModel *cases,
                             const char       *fts)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_text (cases, ":search", fts);
}

void
hearth_case_list_set_match_ids (HearthQueryModel *cases,
                                const char       *match_ids)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_text (cases, ":match_ids", match_ids);
}
