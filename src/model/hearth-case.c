/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hearth-case.h"
#include "hearth-item-util.h"

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
  char     *closing_note;
};

G_DEFINE_FINAL_TYPE (HearthCase, hearth_case, HEARTH_TYPE_ITEM)

/* A case led by the person @param names, or worked on by them; any case
 * while @param is unset. Each filter is "{if …}…{end}": the query model
 * leaves out the ones nobody set (see hearth_query_model_new ()). */
#define PERSON_FILTER(param) \
  "{if " param "}   AND (c.lead_id = " param " OR EXISTS" \
  "        (SELECT 1 FROM case_workers w WHERE w.case_id = c.id AND w.staff_id = " param ")){end}"

/* The filters every form of the ids query shares. A date worked out from
 * hearth_now () is a subquery of its own: SQLite works that out once, where
 * the bare call (not deterministic) would be made again for every case. */
#define CASE_FILTERS \
  "{if :outcome_id}   AND c.outcome_id = :outcome_id{end}" \
  "{if :resident_id}   AND c.id IN" \
  "        (SELECT case_id FROM case_residents WHERE resident_id = :resident_id){end}" \
  "{if :follow_up}   AND EXISTS (SELECT 1 FROM agreement_items a" \
  "        WHERE a.case_id = c.id AND a.status = 'open'" \
  "          AND a.due_on <= (SELECT date (hearth_now (), 'unixepoch', 'localtime', '+7 days'))){end}" \
  "{if :match_ids}   AND c.id IN (SELECT value FROM json_each (:match_ids)){end}"

/* The status is a condition on the first column of cases_by_status_activity
 * whether it is set or not: "(:status IS NULL OR c.status = :status)" would
 * read every case to find the open ones. */
#define STATUS_FILTER \
  "c.status IN (coalesce (:status, 'closed'), coalesce (:status, 'open'))"

static const char ids_sql[] =
  "SELECT c.id FROM cases c"
  " WHERE " STATUS_FILTER
  PERSON_FILTER (":mine")
  PERSON_FILTER (":worker_id")
  CASE_FILTERS
  " ORDER BY {order}";

/* A person's cases, for "mine" and "by worker": those they lead and those
 * they work on, from cases_by_lead and case_workers_by_staff, then sorted.
 * Walking the open cases in order and checking each took 12 to 37 ms at
 * scale; a person has a few dozen cases, found in well under a millisecond.
 * The status is "+c.status" so that the planner does not walk
 * cases_by_status_activity instead. */
#define PERSON_IDS_SQL(param, other) \
  "SELECT c.id FROM cases c" \
  " WHERE c.id IN (SELECT id FROM cases WHERE lead_id = " param \
  "                UNION SELECT case_id FROM case_workers WHERE staff_id = " param ")" \
  "   AND +" STATUS_FILTER \
  PERSON_FILTER (other) \
  CASE_FILTERS \
  " ORDER BY {order}"

static const char mine_ids_sql[] = PERSON_IDS_SQL (":mine", ":worker_id");
static const char worker_ids_sql[] = PERSON_IDS_SQL (":worker_id", ":mine");

/* One status: an equality on the first column of cases_by_status_activity,
 * whose order is then the activity sort's, where the two values of
 * STATUS_FILTER make SQLite sort every open case (3.5 ms of the 4.4 ms it
 * took to open the case list at scale). The value is "+:status": a bare
 * parameter is weighed against the WHERE of the partial index
 * cases_by_closed, which makes SQLite plan the statement again each time a
 * status is bound to it. */
static const char status_ids_sql[] =
  "SELECT c.id FROM cases c"
  " WHERE c.status = +:status"
  PERSON_FILTER (":mine")
  PERSON_FILTER (":worker_id")
  CASE_FILTERS
  " ORDER BY {order}";

/* The columns of an item, for one case (row_sql) or for a case read whole. */
#define ROW_COLUMNS \
  "SELECT c.id, c.title, c.status, c.status = 'open', coalesce (c.lead_id, 0)," \
  "  coalesce (s.name, '')," \
  "  (SELECT group_concat (name, ', ') FROM (SELECT CASE WHEN r.preferred_name <> ''" \
  "     THEN r.preferred_name ELSE r.name END AS name FROM case_residents cr" \
  "     JOIN residents r ON r.id = cr.resident_id WHERE cr.case_id = c.id ORDER BY cr.position))," \
  "  c.opened_at, coalesce (c.closed_at, 0), coalesce (o.name, ''), c.last_activity_at," \
  "  (SELECT count (*) FROM agreement_items a" \
  "     WHERE a.case_id = c.id AND a.status = 'open')," \
  "  (SELECT count (*) FROM agreement_items a" \
  "     WHERE a.case_id = c.id AND a.status = 'open'" \
  "       AND a.due_on < date (hearth_now (), 'unixepoch', 'localtime'))," \
  "  c.closing_note" \
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id" \
  "  LEFT JOIN outcomes o ON o.id = c.outcome_id"

static const char row_sql[] =
  ROW_COLUMNS " WHERE c.id = :id";

/* What a case's money came to: money outcomes by kind, and spend from the
 * team budget with how many spends, leaving out deleted entries. */
static const char money_sql[] =
  "SELECT coalesce (sum (amount_pence) FILTER (WHERE"
  "    kind = 'money-outcome' AND money_kind = 'debt-resolved'), 0),"
  "  coalesce (sum (amount_pence) FILTER (WHERE"
  "    kind = 'money-outcome' AND money_kind = 'income-gained'), 0),"
  "  coalesce (sum (amount_pence) FILTER (WHERE kind = 'spend'), 0),"
  "  count (*) FILTER (WHERE kind = 'spend')"
  " FROM timeline_entries"
  " WHERE case_id = ?1 AND deleted_at IS NULL"
  "   AND kind IN ('money-outcome', 'spend')";

/* What the spend was for, the most first. */
static const char spends_sql[] =
  "SELECT spend_for, sum (amount_pence), count (*)"
  " FROM timeline_entries"
  " WHERE case_id = ?1 AND deleted_at IS NULL AND kind = 'spend'"
  " GROUP BY spend_for ORDER BY sum (amount_pence) DESC, spend_for";

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
  FIELD ("closing-note", STRING, 13, closing_note),
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

const char *
hearth_case_get_closing_note (HearthCase *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE (self), NULL);

  return self->closing_note;
}

HearthCase *
hearth_case_load (HearthStore  *store,
                  gint64        case_id,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, row_sql, "x", case_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_one (store, HEARTH_TYPE_CASE, stmt, error);
}

gboolean
hearth_case_read_money (HearthStore      *store,
                        gint64            case_id,
                        HearthCaseMoney  *money,
                        GError          **error)
{
  gint64 n_spends = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (money != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* An aggregate always has its one row. */
  memset (money, 0, sizeof *money);
  if (!hearth_store_read_row (store, NULL, error, money_sql, "x>xxxx", case_id,
                              &money->debt_resolved_pence, &money->income_gained_pence,
                              &money->spent_pence, &n_spends))
    return FALSE;
  money->n_spends = (guint) n_spends;

  return TRUE;
}

static void
spend_clear (gpointer data)
{
  HearthCaseSpend *spend = data;

  g_free (spend->spend_for);
}

GArray *
hearth_case_dup_spends (HearthStore  *store,
                        gint64        case_id,
                        GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) spends = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, spends_sql, "x", case_id);
  if (stmt == NULL)
    return NULL;

  spends = g_array_new (FALSE, TRUE, sizeof (HearthCaseSpend));
  g_array_set_clear_func (spends, spend_clear);
  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthCaseSpend spend = {
        g_strdup (hearth_column_text (stmt, 0)),
        sqlite3_column_int64 (stmt, 1),
        (guint) sqlite3_column_int64 (stmt, 2),
      };

      g_array_append_val (spends, spend);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&spends);
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
  hearth_query_model_add_variant (model, ":mine", mine_ids_sql);
  hearth_query_model_add_variant (model, ":worker_id", worker_ids_sql);
  hearth_query_model_add_variant (model, ":status", status_ids_sql);

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
hearth_case_list_set_match_ids (HearthQueryModel *cases,
                                const char       *match_ids)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cases));

  hearth_query_model_set_text (cases, ":match_ids", match_ids);
}
