/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reviewing closed cases the team has kept for longer than it keeps
 * records (UK GDPR, storage limitation).
 *
 *   HearthRetentionCase  items of the list below, read once
 *        ▲
 *   hearth_retention_list_due ()  GListStore, one query
 *        ▲
 *   HearthStore  cases, case_residents, retention_decisions
 *
 * A closed case is due when it closed more than the team's period ago
 * (six years unless Preferences says otherwise). Keeping it, with a
 * reason, keeps it for one more period from the day it is kept; then it
 * is due again, so that no case is kept for ever by one decision. Erasing
 * it shares its steps with erasing a resident (hearth-erasure-private.h).
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-erasure-private.h"
#include "hearth-retention.h"

struct _HearthRetentionCase
{
  GObject parent_instance;

  /* owned */
  char   *title;
  char   *residents;
  char   *outcome;
  gint64  id;
  gint64  closed_at;
};

G_DEFINE_FINAL_TYPE (HearthRetentionCase, hearth_retention_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_RESIDENTS,
  PROP_CLOSED_AT,
  PROP_CLOSED_ON,
  PROP_OUTCOME,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_retention_case_finalize (GObject *object)
{
  HearthRetentionCase *self = HEARTH_RETENTION_CASE (object);

  g_free (self->title);
  g_free (self->residents);
  g_free (self->outcome);

  G_OBJECT_CLASS (hearth_retention_case_parent_class)->finalize (object);
}

static void
hearth_retention_case_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthRetentionCase *self = HEARTH_RETENTION_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_RESIDENTS:
      g_value_set_string (value, self->residents);
      break;
    case PROP_CLOSED_AT:
      g_value_set_int64 (value, self->closed_at);
      break;
    case PROP_CLOSED_ON:
      {
        g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (self->closed_at);

        g_value_take_string (value, when != NULL ? g_date_time_format (when, "%Y-%m-%d") : NULL);
      }
      break;
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    case PROP_TARGET:
      g_value_take_variant (value, g_variant_ref_sink (g_variant_new_int64 (self->id)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_retention_case_class_init (HearthRetentionCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_retention_case_finalize;
  object_class->get_property = hearth_retention_case_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESIDENTS] =
    g_param_spec_string ("residents", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOSED_AT] =
    g_param_spec_int64 ("closed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The day it closed, 'YYYY-MM-DD' in local time, for a row to show. */
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The case id as an action's target, for the buttons of its row. */
  properties[PROP_TARGET] =
    g_param_spec_variant ("target", NULL, NULL, G_VARIANT_TYPE_INT64, NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_retention_case_init (HearthRetentionCase *self)
{
}

gint64
hearth_retention_case_get_id (HearthRetentionCase *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (self), 0);

  return self->id;
}

const char *
hearth_retention_case_get_title (HearthRetentionCase *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (self), NULL);

  return self->title;
}

const char *
hearth_retention_case_get_residents (HearthRetentionCase *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (self), NULL);

  return self->residents;
}

gint64
hearth_retention_case_get_closed_at (HearthRetentionCase *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (self), 0);

  return self->closed_at;
}

const char *
hearth_retention_case_get_outcome (HearthRetentionCase *self)
{
  g_return_val_if_fail (HEARTH_IS_RETENTION_CASE (self), NULL);

  return self->outcome;
}

/* @years before the store's now, in the calendar (a leap day and all). */
static gint64
cutoff (HearthStore *store,
        guint        years)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (hearth_store_now (store));
  g_autoptr(GDateTime) then = g_date_time_add_years (now, -(int) years);

  return g_date_time_to_unix (then);
}

static gboolean
check_years (guint    years,
             GError **error)
{
  if (years < HEARTH_RETENTION_MIN_YEARS || years > HEARTH_RETENTION_MAX_YEARS)
    return hearth_refuse_with (error, HEARTH_ERROR_INVALID,
                               _("Closed cases are kept for between 1 and 20 years"));
  return TRUE;
}

GListModel *
hearth_retention_list_due (HearthStore  *store,
                           guint         years,
                           GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (HEARTH_TYPE_RETENTION_CASE);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_years (years, error))
    return NULL;

  stmt = hearth_store_query (store, error,
                             "SELECT c.id, c.title, c.closed_at, coalesce (o.name, ''),"
                             " coalesce ((SELECT group_concat (name, ', ') FROM"
                             "   (SELECT p.name FROM case_residents r JOIN residents p"
                             "    ON p.id = r.resident_id WHERE r.case_id = c.id"
                             "    ORDER BY r.position, p.id)), '')"
                             " FROM cases c LEFT JOIN outcomes o ON o.id = c.outcome_id"
                             " WHERE c.status = 'closed' AND c.closed_at < ?1"
                             " AND NOT EXISTS (SELECT 1 FROM retention_decisions d"
                             "   WHERE d.case_id = c.id AND d.keep_until > ?2)"
                             " ORDER BY c.closed_at, c.id",
                             "xx", cutoff (store, years), hearth_store_now (store));
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthRetentionCase *item = g_object_new (HEARTH_TYPE_RETENTION_CASE, NULL);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->closed_at = sqlite3_column_int64 (stmt, 2);
      item->outcome = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->residents = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_list_store_append (list, item);
      g_object_unref (item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* The case, which must be there and closed. */
static gboolean
check_closed (HearthStore  *store,
              gint64        case_id,
              GError      **error)
{
  g_autofree char *status = NULL;
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error, "SELECT status FROM cases WHERE id = ?1",
                              "x>s", case_id, &status))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("The case is no longer there; perhaps it was erased in "
                                 "another window"));
  if (g_strcmp0 (status, "closed") != 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("The case was opened again, so it is not erased or kept"));
  return TRUE;
}

gboolean
hearth_retention_keep (HearthStore  *store,
                       gint64        case_id,
                       guint         years,
                       const char   *reason,
                       GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *trimmed = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) until = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (trimmed[0] == '\0')
    return hearth_refuse_with (error, HEARTH_ERROR_INVALID,
                               _("Say why the case is kept: the reason is recorded with it"));
  if (g_utf8_strlen (trimmed, -1) > 1000)
    return hearth_refuse_with (error, HEARTH_ERROR_INVALID,
                               _("The reason is too long; 1,000 characters at most"));
  if (!check_years (years, error))
    return FALSE;
  if (hearth_store_is_read_only (store))
    return hearth_refuse_with (error, HEARTH_ERROR_READ_ONLY,
                               _("This database is open for reading only, so the case "
                                 "was not kept"));

  now = g_date_time_new_from_unix_utc (hearth_store_now (store));
  until = g_date_time_add_years (now, (int) years);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !check_closed (store, case_id, error))
    return FALSE;

  if (hearth_store_write (store, error, "retention_decisions", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO retention_decisions (case_id, kept_at, kept_by, reason,"
                          " keep_until) VALUES (?1, ?2, ?3, ?4, ?5)",
                          "xxosx", case_id, g_date_time_to_unix (now),
                          hearth_store_get_actor (store), trimmed,
                          g_date_time_to_unix (until)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* The residents of the case on no other case and with no note outside
 * one: they go with it. */
#define RESIDENTS_ERASED \
  "SELECT r.resident_id FROM case_residents r WHERE r.case_id = ?1" \
  " AND NOT EXISTS (SELECT 1 FROM case_residents o" \
  "   WHERE o.resident_id = r.resident_id AND o.case_id <> ?1)" \
  " AND NOT EXISTS (SELECT 1 FROM timeline_entries e" \
  "   WHERE e.resident_id = r.resident_id AND e.case_id IS NULL)"

gboolean
hearth_retention_count (HearthStore              *store,
                        gint64                    case_id,
                        HearthCaseErasureCounts  *counts,
                        GError                  **error)
{
  gint64 entries = 0, agreements = 0, spends = 0, money = 0, links = 0, residents = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *counts = (HearthCaseErasureCounts) { 0, };

  if (!check_closed (store, case_id, error) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT (SELECT count (*) FROM timeline_entries WHERE case_id = ?1),"
                              " (SELECT count (*) FROM agreement_items WHERE entry_id IN"
                              "   (SELECT id FROM timeline_entries WHERE case_id = ?1)),"
                              " (SELECT count (*) FROM timeline_entries WHERE case_id = ?1"
                              "   AND kind = 'spend'),"
                              " (SELECT count (*) FROM timeline_entries WHERE case_id = ?1"
                              "   AND kind = 'money-outcome'),"
                              " (SELECT count (*) FROM supervision_case_links WHERE case_id = ?1),"
                              " (SELECT count (*) FROM (" RESIDENTS_ERASED "))",
                              "x>xxxxxx", case_id, &entries, &agreements, &spends, &money,
                              &links, &residents))
    return FALSE;

  counts->entries = (guint) entries;
  counts->agreements = (guint) agreements;
  counts->spends = (guint) spends;
  counts->money_outcomes = (guint) money;
  counts->links = (guint) links;
  counts->residents = (guint) residents;
  return TRUE;
}

static gboolean
erase_case (HearthStore  *store,
            gint64        case_id,
            GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) residents = NULL;
  g_autoptr(GArray) cases = NULL;
  gboolean found = FALSE;
  gint64 still = 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !check_closed (store, case_id, error))
    return FALSE;

  /* The residents first, as an erasure at their request would: the last
   * of them takes the case with them, with their name out of the
   * one-to-ones and examples of practice about it. */
  residents = hearth_store_read_ids (store, error, RESIDENTS_ERASED, "x", case_id);
  if (residents == NULL)
    return FALSE;
  for (guint i = 0; i < residents->len; i++)
    if (!hearth_erasure_erase_resident (store, g_array_index (residents, gint64, i), error))
      return FALSE;

  /* What is left of it, when some of its residents are on other cases. */
  if (!hearth_store_read_row (store, &found, error, "SELECT id FROM cases WHERE id = ?1",
                              "x>x", case_id, &still))
    return FALSE;
  if (found)
    {
      cases = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (cases, case_id);
      if (!hearth_erasure_delete_cases (store, cases, error))
        return FALSE;
    }

  if (!hearth_erasure_clean_indexes (store, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_retention_erase (HearthStore  *store,
                        gint64        case_id,
                        GError      **error)
{
  gboolean done;
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hearth_store_is_read_only (store))
    return hearth_refuse_with (error, HEARTH_ERROR_READ_ONLY,
                               _("This database is open for reading only, so the case "
                                 "was not erased"));

  if (!hearth_erasure_begin (store, &was, error))
    return FALSE;

  done = erase_case (store, case_id, error);
  hearth_erasure_end (store, was, done);

  return done;
}
