/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-staff-member.h"

struct _HearthStaffMember
{
  HearthItem parent_instance;

  gint64    id;
  char     *name;
  char     *role;
  char     *team;
  char     *email;
  gint64    supervisor_id;
  char     *supervisor_name;
  gboolean  is_ambassador;
  gboolean  active;
};

G_DEFINE_FINAL_TYPE (HearthStaffMember, hearth_staff_member, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT s.id FROM staff s"
  " WHERE (:active_only IS NULL OR s.active = 1)"
  "   AND (:ambassadors_only IS NULL OR s.is_ambassador = 1)"
  "   AND (:supervisor_id IS NULL OR s.supervisor_id = :supervisor_id)"
  " ORDER BY {order}";

/* Who has written on a case's timeline: a list of its own, since it
 * changes with the timeline, which the team's list need not follow. */
static const char case_authors_ids_sql[] =
  "SELECT s.id FROM staff s"
  " WHERE s.id IN (SELECT e.author_id FROM timeline_entries e"
  "                WHERE e.case_id = :case_author AND e.deleted_at IS NULL)"
  " ORDER BY {order}";

/* The columns of an item, for one person (row_sql) or a list read whole. */
#define ROW_COLUMNS \
  "SELECT s.id, s.name, s.role, s.team, s.email, coalesce (s.supervisor_id, 0)," \
  "  coalesce (sup.name, ''), s.is_ambassador, s.active" \
  " FROM staff s LEFT JOIN staff sup ON sup.id = s.supervisor_id"

static const char row_sql[] =
  ROW_COLUMNS " WHERE s.id = :id";

/* Everyone working on a case but its lead, by name. */
static const char case_workers_sql[] =
  ROW_COLUMNS
  " JOIN case_workers w ON w.staff_id = s.id"
  " WHERE w.case_id = ?1 AND w.staff_id IS NOT (SELECT lead_id FROM cases WHERE id = ?1)"
  " ORDER BY s.name COLLATE NOCASE, s.id";

static const char * const tables[] = { "staff", NULL };
static const char * const case_authors_tables[] = { "staff", "timeline_entries", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthStaffMember, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("name", STRING, 1, name),
  FIELD ("role", STRING, 2, role),
  FIELD ("team", STRING, 3, team),
  FIELD ("email", STRING, 4, email),
  FIELD ("supervisor-id", INT64, 5, supervisor_id),
  FIELD ("supervisor-name", STRING, 6, supervisor_name),
  FIELD ("is-ambassador", BOOLEAN, 7, is_ambassador),
  FIELD ("active", BOOLEAN, 8, active),
};

static void
hearth_staff_member_class_init (HearthStaffMemberClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_staff_member_init (HearthStaffMember *self)
{
}

gint64
hearth_staff_member_get_id (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), 0);

  return self->id;
}

const char *
hearth_staff_member_get_name (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), NULL);

  return self->name;
}

const char *
hearth_staff_member_get_role (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), NULL);

  return self->role;
}

const char *
hearth_staff_member_get_team (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), NULL);

  return self->team;
}

const char *
hearth_staff_member_get_email (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), NULL);

  return self->email;
}

gint64
hearth_staff_member_get_supervisor_id (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), 0);

  return self->supervisor_id;
}

const char *
hearth_staff_member_get_supervisor_name (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), NULL);

  return self->supervisor_name;
}

gboolean
hearth_staff_member_get_is_ambassador (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), FALSE);

  return self->is_ambassador;
}

gboolean
hearth_staff_member_get_active (HearthStaffMember *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF_MEMBER (self), FALSE);

  return self->active;
}

HearthQueryModel *
hearth_staff_member_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_STAFF_MEMBER, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "name", "s.name COLLATE NOCASE, s.id");

  return model;
}

HearthQueryModel *
hearth_staff_member_query_new_case_authors (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_STAFF_MEMBER, case_authors_ids_sql, row_sql,
                                  hearth_item_fill, case_authors_tables);
  hearth_query_model_add_sort (model, "name", "s.name COLLATE NOCASE, s.id");

  return model;
}

/* Trims @text and checks that it is text of at most @max characters, and not
 * empty when @empty_message is given. Each message is a whole sentence, so
 * that translators never have to fit a field's name into someone else's. */
static char *
checked_text (const char  *text,
              glong        max,
              const char  *empty_message,
              const char  *long_message,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           _("Some of the characters are not text: please type them again."));
      return NULL;
    }
  if (empty_message != NULL && *trimmed == '\0')
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           empty_message);
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > max)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           long_message);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

gint64
hearth_staff_member_create (HearthStore  *store,
                            const char   *name,
                            const char   *role,
                            const char   *team,
                            GError      **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_role = NULL;
  g_autofree char *clean_team = NULL;
  g_autoptr(HearthTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  clean_name = checked_text (name, 200, _("The name is empty: please write a name."),
                             _("The name is longer than 200 characters: please shorten it."),
                             error);
  if (clean_name == NULL)
    return 0;
  clean_role = checked_text (role, 200, NULL,
                             _("The role is longer than 200 characters: please shorten it."),
                             error);
  if (clean_role == NULL)
    return 0;
  clean_team = checked_text (team, 200, NULL,
                             _("The team is longer than 200 characters: please shorten it."),
                             error);
  if (clean_team == NULL)
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;
  id = hearth_store_write (store, error, "staff", HEARTH_CHANGE_INSERT, 0,
                           "INSERT INTO staff (name, role, team, created_at, created_by,"
                           " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5)",
                           "sssxo", clean_name, clean_role, clean_team, hearth_store_now (store),
                           hearth_store_get_actor (store));
  if (id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return id;
}

HearthStaffMember *
hearth_staff_member_load (HearthStore  *store,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(HearthStaffMember) self = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  stmt = hearth_store_prepare (store, row_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":id"), id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("There is nobody with that number on the team."));
      return NULL;
    }

  self = g_object_new (HEARTH_TYPE_STAFF_MEMBER, NULL);
  hearth_item_fill (G_OBJECT (self), stmt);
  sqlite3_reset (stmt);

  return g_steal_pointer (&self);
}

void
hearth_staff_member_list_set_active_only (HearthQueryModel *staff,
                                          gboolean          active_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (staff));

  hearth_query_model_set_flag (staff, ":active_only", active_only);
}

void
hearth_staff_member_list_set_ambassadors_only (HearthQueryModel *staff,
                                               gboolean          ambassadors_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (staff));

  hearth_query_model_set_flag (staff, ":ambassadors_only", ambassadors_only);
}

void
hearth_staff_member_list_set_supervisor (HearthQueryModel *staff,
                                         gint64            supervisor_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (staff));

  hearth_query_model_set_number (staff, ":supervisor_id", supervisor_id);
}

void
hearth_staff_member_list_set_case_author (HearthQueryModel *staff,
                                          gint64            case_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (staff));

  hearth_query_model_set_number (staff, ":case_author", case_id);
}

GListModel *
hearth_staff_member_list_new_case_workers (HearthStore  *store,
                                           gint64        case_id,
                                           GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, case_workers_sql, "x", case_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_STAFF_MEMBER, stmt, error);
}
