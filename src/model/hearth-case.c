/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-case.h"
#include "hearth-item-util.h"

struct _HearthCase
{
  GObject parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthCase, hearth_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_IS_OPEN,
  PROP_LEAD_ID,
  PROP_LEAD_NAME,
  PROP_RESIDENTS,
  PROP_OPENED_AT,
  PROP_CLOSED_AT,
  PROP_OUTCOME_NAME,
  PROP_LAST_ACTIVITY_AT,
  PROP_OPEN_AGREEMENTS,
  PROP_OVERDUE_AGREEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  "          AND a.due_on <= date (hearth_now (), 'unixepoch', '+7 days')))"
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
  "       AND a.due_on < date (hearth_now (), 'unixepoch'))"
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id"
  "  LEFT JOIN outcomes o ON o.id = c.outcome_id WHERE c.id = :id";

static const char * const tables[] = { "cases", "case_residents", "case_workers", "residents", "timeline_entries", "agreement_items", "staff", "outcomes", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthCase *self = (HearthCase *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->title, hearth_column_text (stmt, 1), properties[PROP_TITLE]);
  hearth_item_set_string (object, &self->status, hearth_column_text (stmt, 2), properties[PROP_STATUS]);
  hearth_item_set_bool (object, &self->is_open, sqlite3_column_int (stmt, 3) != 0, properties[PROP_IS_OPEN]);
  hearth_item_set_int64 (object, &self->lead_id, sqlite3_column_int64 (stmt, 4), properties[PROP_LEAD_ID]);
  hearth_item_set_string (object, &self->lead_name, hearth_column_text (stmt, 5), properties[PROP_LEAD_NAME]);
  hearth_item_set_string (object, &self->residents, hearth_column_text (stmt, 6), properties[PROP_RESIDENTS]);
  hearth_item_set_int64 (object, &self->opened_at, sqlite3_column_int64 (stmt, 7), properties[PROP_OPENED_AT]);
  hearth_item_set_int64 (object, &self->closed_at, sqlite3_column_int64 (stmt, 8), properties[PROP_CLOSED_AT]);
  hearth_item_set_string (object, &self->outcome_name, hearth_column_text (stmt, 9), properties[PROP_OUTCOME_NAME]);
  hearth_item_set_int64 (object, &self->last_activity_at, sqlite3_column_int64 (stmt, 10), properties[PROP_LAST_ACTIVITY_AT]);
  hearth_item_set_uint (object, &self->open_agreements, (guint) sqlite3_column_int64 (stmt, 11), properties[PROP_OPEN_AGREEMENTS]);
  hearth_item_set_uint (object, &self->overdue_agreements, (guint) sqlite3_column_int64 (stmt, 12), properties[PROP_OVERDUE_AGREEMENTS]);
  g_object_thaw_notify (object);
}

static void
hearth_case_finalize (GObject *object)
{
  HearthCase *self = (HearthCase *) object;

  g_free (self->title);
  g_free (self->status);
  g_free (self->lead_name);
  g_free (self->residents);
  g_free (self->outcome_name);

  G_OBJECT_CLASS (hearth_case_parent_class)->finalize (object);
}

static void
hearth_case_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HearthCase *self = (HearthCase *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_IS_OPEN:
      g_value_set_boolean (value, self->is_open);
      break;

    case PROP_LEAD_ID:
      g_value_set_int64 (value, self->lead_id);
      break;

    case PROP_LEAD_NAME:
      g_value_set_string (value, self->lead_name);
      break;

    case PROP_RESIDENTS:
      g_value_set_string (value, self->residents);
      break;

    case PROP_OPENED_AT:
      g_value_set_int64 (value, self->opened_at);
      break;

    case PROP_CLOSED_AT:
      g_value_set_int64 (value, self->closed_at);
      break;

    case PROP_OUTCOME_NAME:
      g_value_set_string (value, self->outcome_name);
      break;

    case PROP_LAST_ACTIVITY_AT:
      g_value_set_int64 (value, self->last_activity_at);
      break;

    case PROP_OPEN_AGREEMENTS:
      g_value_set_uint (value, self->open_agreements);
      break;

    case PROP_OVERDUE_AGREEMENTS:
      g_value_set_uint (value, self->overdue_agreements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_class_init (HearthCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_case_finalize;
  object_class->get_property = hearth_case_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_IS_OPEN] =
    g_param_spec_boolean ("is-open", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LEAD_ID] =
    g_param_spec_int64 ("lead-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LEAD_NAME] =
    g_param_spec_string ("lead-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RESIDENTS] =
    g_param_spec_string ("residents", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPENED_AT] =
    g_param_spec_int64 ("opened-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CLOSED_AT] =
    g_param_spec_int64 ("closed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OUTCOME_NAME] =
    g_param_spec_string ("outcome-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAST_ACTIVITY_AT] =
    g_param_spec_int64 ("last-activity-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPEN_AGREEMENTS] =
    g_param_spec_uint ("open-agreements", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERDUE_AGREEMENTS] =
    g_param_spec_uint ("overdue-agreements", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_case_init (HearthCase *self)
{
  self->title = g_strdup ("");
  self->status = g_strdup ("");
  self->lead_name = g_strdup ("");
  self->residents = g_strdup ("");
  self->outcome_name = g_strdup ("");
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

  model = hearth_query_model_new (store, HEARTH_TYPE_CASE, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "activity", "c.last_activity_at DESC, c.id DESC");
  hearth_query_model_add_sort (model, "name", "c.title COLLATE NOCASE, c.id");
  hearth_query_model_add_sort (model, "opened", "c.opened_at DESC, c.id DESC");

  return model;
}
