/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-case-person.h"

struct _HearthCasePerson
{
  GObject         parent_instance;

  gint64          staff_id;
  char           *name;
  char           *job;
  HearthCaseRole  role;
  guint           n_entries;
  gint64          last_at;
};

G_DEFINE_FINAL_TYPE (HearthCasePerson, hearth_case_person, G_TYPE_OBJECT)

static void
hearth_case_person_finalize (GObject *object)
{
  HearthCasePerson *self = HEARTH_CASE_PERSON (object);

  g_free (self->name);
  g_free (self->job);

  G_OBJECT_CLASS (hearth_case_person_parent_class)->finalize (object);
}

static void
hearth_case_person_class_init (HearthCasePersonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_case_person_finalize;
}

static void
hearth_case_person_init (HearthCasePerson *self)
{
}

gint64
hearth_case_person_get_staff_id (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), 0);
  return self->staff_id;
}

const char *
hearth_case_person_get_name (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), NULL);
  return self->name;
}

const char *
hearth_case_person_get_job (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), NULL);
  return self->job;
}

HearthCaseRole
hearth_case_person_get_role (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), HEARTH_CASE_ROLE_WROTE);
  return self->role;
}

guint
hearth_case_person_get_n_entries (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), 0);
  return self->n_entries;
}

gint64
hearth_case_person_get_last_at (HearthCasePerson *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_PERSON (self), 0);
  return self->last_at;
}

GListModel *
hearth_case_person_list_new (HearthStore  *store,
                             gint64        case_id,
                             GError      **error)
{
  /* One row per person, with their part in the case: 0 lead, 1 involved,
   * 2 wrote only. The counts walk the case's own timeline index. */
  static const char sql[] =
    "WITH team (staff_id, role) AS ("
    "    SELECT lead_id, 0 FROM cases WHERE id = ?1 AND lead_id IS NOT NULL"
    "    UNION ALL SELECT staff_id, 1 FROM case_workers WHERE case_id = ?1),"
    "  written (staff_id, n, last_at) AS ("
    "    SELECT author_id, count (*), max (occurred_at) FROM timeline_entries"
    "    WHERE case_id = ?1 AND deleted_at IS NULL AND author_id IS NOT NULL GROUP BY author_id),"
    "  people (staff_id, role) AS ("
    "    SELECT staff_id, min (role) FROM (SELECT staff_id, role FROM team"
    "      UNION ALL SELECT staff_id, 2 FROM written) GROUP BY staff_id)"
    " SELECT p.staff_id, s.name, s.role, p.role, coalesce (w.n, 0), coalesce (w.last_at, 0)"
    " FROM people p JOIN staff s ON s.id = p.staff_id"
    " LEFT JOIN written w ON w.staff_id = p.staff_id"
    " ORDER BY p.role, coalesce (w.last_at, 0) DESC, s.name COLLATE NOCASE";
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  stmt = hearth_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  list = g_list_store_new (HEARTH_TYPE_CASE_PERSON);
  for (;;)
    {
      g_autoptr(HearthCasePerson) person = NULL;

      if (!hearth_store_step (store, stmt, &has_row, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      if (!has_row)
        break;

      person = g_object_new (HEARTH_TYPE_CASE_PERSON, NULL);
      person->staff_id = sqlite3_column_int64 (stmt, 0);
      person->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      person->job = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      person->role = (HearthCaseRole) sqlite3_column_int (stmt, 3);
      person->n_entries = (guint) sqlite3_column_int (stmt, 4);
      person->last_at = sqlite3_column_int64 (stmt, 5);
      g_list_store_append (list, person);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (g_steal_pointer (&list));
}
