/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything held about one resident, read for a subject access request.
 * Each row read becomes an object whose members are the columns, named as
 * the query names them: times ("_at") as ISO 8601 in UTC, money in pence
 * as numbers, empty texts as "", missing values as null.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-error.h"
#include "hearth-resident-record.h"

/* The format's own version, so that a reader can tell what it holds. */
#define FORMAT_VERSION 1

/* The entries that concern resident ?1 (the rule is in the header). */
#define ENTRIES_OF_RESIDENT \
  "SELECT e.id FROM timeline_entries e WHERE e.resident_id = ?1 OR (e.resident_id IS NULL" \
  " AND e.case_id IN (SELECT c.case_id FROM case_residents c WHERE c.resident_id = ?1))"

static void
add_time (JsonBuilder *builder,
          gint64       seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (seconds);
  g_autofree char *text = time != NULL ? g_date_time_format_iso8601 (time) : NULL;

  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_int_value (builder, seconds);
}

/* The columns of the current row of @stmt as members of the object being
 * built, from column @first on. */
static void
add_columns (JsonBuilder  *builder,
             sqlite3_stmt *stmt,
             int           first)
{
  for (int i = first; i < sqlite3_column_count (stmt); i++)
    {
      const char *name = sqlite3_column_name (stmt, i);

      json_builder_set_member_name (builder, name);
      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_NULL:
          json_builder_add_null_value (builder);
          break;

        case SQLITE_INTEGER:
          if (g_str_has_suffix (name, "_at"))
            add_time (builder, sqlite3_column_int64 (stmt, i));
          else
            json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, i));
          break;

        case SQLITE_FLOAT:
          json_builder_add_double_value (builder, sqlite3_column_double (stmt, i));
          break;

        default:
          json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }
}

/* Adds a member @name holding an array of the rows of @sql, one object
 * each, for the parameter @id. */
static gboolean
add_rows (HearthStore  *store,
          JsonBuilder  *builder,
          const char   *name,
          const char   *sql,
          gint64        id,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error, sql, "x", id);
  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  while (hearth_store_next (store, stmt, &local_error))
    {
      json_builder_begin_object (builder);
      add_columns (builder, stmt, 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Adds a member @name holding the text of the first column of each row. */
static gboolean
add_strings (HearthStore  *store,
             JsonBuilder  *builder,
             const char   *name,
             const char   *sql,
             gint64        id,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error, sql, "x", id);
  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  while (hearth_store_next (store, stmt, &local_error))
    json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, 0));
  json_builder_end_array (builder);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_resident (HearthStore  *store,
              JsonBuilder  *builder,
              gint64        resident_id,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  stmt = hearth_store_query (store, error,
                             "SELECT r.id, r.name, r.preferred_name, r.pronouns, r.household,"
                             " r.tenancy_ref, r.area, r.address, r.phone, r.email,"
                             " r.contact_preference, r.created_at, r.updated_at,"
                             " r.what_matters, r.strengths, r.good_life, r.together,"
                             " r.profile_updated_at, s.name AS profile_updated_by"
                             " FROM residents r LEFT JOIN staff s ON s.id = r.profile_updated_by"
                             " WHERE r.id = ?1",
                             "x", resident_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      /* Who they are, then the profile in their own words. */
      found = TRUE;
      json_builder_set_member_name (builder, "resident");
      json_builder_begin_object (builder);
      for (int i = 0; i < 13; i++)
        {
          json_builder_set_member_name (builder, sqlite3_column_name (stmt, i));
          if (g_str_has_suffix (sqlite3_column_name (stmt, i), "_at"))
            add_time (builder, sqlite3_column_int64 (stmt, i));
          else if (i == 0)
            json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, i));
          else
            json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, i));
        }
      if (!add_strings (store, builder, "access_needs",
                        "SELECT n.name FROM resident_access_needs a"
                        " JOIN access_needs n ON n.id = a.need_id"
                        " WHERE a.resident_id = ?1 ORDER BY n.position, n.name",
                        resident_id, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "profile");
      json_builder_begin_object (builder);
      add_columns (builder, stmt, 13);
      json_builder_end_object (builder);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!found)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("The resident is no longer there; perhaps they were erased in "
                             "another window"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_cases (HearthStore  *store,
           JsonBuilder  *builder,
           gint64        resident_id,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT c.id, c.title, c.status, s.name AS lead, c.opened_at,"
                             " c.closed_at, o.name AS outcome, c.closing_note,"
                             " EXISTS (SELECT 1 FROM case_residents x WHERE x.case_id = c.id"
                             "   AND x.resident_id <> ?1) AS shared_with_other_residents"
                             " FROM case_residents r JOIN cases c ON c.id = r.case_id"
                             " LEFT JOIN staff s ON s.id = c.lead_id"
                             " LEFT JOIN outcomes o ON o.id = c.outcome_id"
                             " WHERE r.resident_id = ?1 ORDER BY c.opened_at, c.id",
                             "x", resident_id);
  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  while (hearth_store_next (store, stmt, &local_error))
    {
      json_builder_begin_object (builder);
      add_columns (builder, stmt, 0);
      if (!add_strings (store, builder, "workers",
                        "SELECT s.name FROM case_workers w JOIN staff s ON s.id = w.staff_id"
                        " WHERE w.case_id = ?1 ORDER BY s.name",
                        sqlite3_column_int64 (stmt, 0), error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_entries (HearthStore  *store,
             JsonBuilder  *builder,
             gint64        resident_id,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT e.id, e.case_id, e.resident_id, e.kind, e.occurred_at,"
                             " a.name AS author, e.summary, e.body, e.amount_pence, e.spend_for,"
                             " e.money_kind, e.expert_name, e.expert_from, e.version,"
                             " e.created_at, e.updated_at, e.deleted_at"
                             " FROM timeline_entries e LEFT JOIN staff a ON a.id = e.author_id"
                             " WHERE e.id IN (" ENTRIES_OF_RESIDENT ")"
                             " ORDER BY e.occurred_at, e.id",
                             "x", resident_id);
  if (stmt == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  while (hearth_store_next (store, stmt, &local_error))
    {
      gint64 entry_id = sqlite3_column_int64 (stmt, 0);

      json_builder_begin_object (builder);
      add_columns (builder, stmt, 0);
      if (!add_rows (store, builder, "earlier_versions",
                     "SELECT v.version, v.occurred_at, v.summary, v.body, v.amount_pence,"
                     " v.spend_for, v.money_kind, v.expert_name, v.expert_from, v.written_at,"
                     " s.name AS written_by FROM timeline_entry_versions v"
                     " LEFT JOIN staff s ON s.id = v.written_by"
                     " WHERE v.entry_id = ?1 ORDER BY v.version",
                     entry_id, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Everything about the resident as one tree, which both files are made
 * from, so that the PDF and the JSON file always hold the same. */
JsonNode *
hearth_resident_record_read (HearthStore  *store,
                             gint64        resident_id,
                             GError      **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "hearth_subject_access");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "exported_at");
  add_time (builder, hearth_store_now (store));

  if (!add_resident (store, builder, resident_id, error) ||
      !add_cases (store, builder, resident_id, error) ||
      !add_entries (store, builder, resident_id, error) ||
      !add_rows (store, builder, "agreements",
                 "SELECT i.entry_id, i.text, i.owner_kind, s.name AS owner_staff, i.owner_name,"
                 " i.due_on, i.status, i.dropped_reason, i.done_at, i.created_at"
                 " FROM agreement_items i LEFT JOIN staff s ON s.id = i.owner_staff_id"
                 " WHERE i.entry_id IN (" ENTRIES_OF_RESIDENT ") ORDER BY i.entry_id, i.position",
                 resident_id, error) ||
      !add_rows (store, builder, "spends",
                 "SELECT id AS entry_id, case_id, occurred_at, amount_pence, spend_for, deleted_at"
                 " FROM timeline_entries WHERE kind = 'spend' AND id IN (" ENTRIES_OF_RESIDENT ")"
                 " ORDER BY occurred_at, id",
                 resident_id, error) ||
      !add_rows (store, builder, "money_outcomes",
                 "SELECT id AS entry_id, case_id, occurred_at, money_kind, amount_pence,"
                 " deleted_at FROM timeline_entries WHERE kind = 'money-outcome'"
                 " AND id IN (" ENTRIES_OF_RESIDENT ") ORDER BY occurred_at, id",
                 resident_id, error))
    return NULL;

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

