/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-case-person.h"

struct _HearthCasePerson
{
  HearthItem      parent_instance;

  gint64          staff_id;
  char           *name;
  char           *job;
  HearthCaseRole  role;
  guint           n_entries;
  gint64          last_at;
};

G_DEFINE_FINAL_TYPE (HearthCasePerson, hearth_case_person, HEARTH_TYPE_ITEM)

/* The role is read as the int it is stored in. */
G_STATIC_ASSERT (sizeof (HearthCaseRole) == sizeof (int));

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthCasePerson, member) }

/* The columns of the query of hearth_case_person_list_new(), in order. */
static const HearthItemField fields[] = {
  FIELD ("staff-id", INT64, 0, staff_id),
  FIELD ("name", STRING, 1, name),
  FIELD ("job", STRING, 2, job),
  FIELD ("role", INT, 3, role),
  FIELD ("n-entries", UINT, 4, n_entries),
  FIELD ("last-at", INT64, 5, last_at),
};

static void
hearth_case_person_class_init (HearthCasePersonClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  stmt = hearth_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  return hearth_item_read_list (store, HEARTH_TYPE_CASE_PERSON, stmt, error);
}
