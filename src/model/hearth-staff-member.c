/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-staff-member.h"
#include "hearth-item-util.h"

struct _HearthStaffMember
{
  GObject parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthStaffMember, hearth_staff_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_TEAM,
  PROP_EMAIL,
  PROP_SUPERVISOR_ID,
  PROP_SUPERVISOR_NAME,
  PROP_IS_AMBASSADOR,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT s.id FROM staff s"
  " WHERE (:active_only IS NULL OR s.active = 1)"
  "   AND (:ambassadors_only IS NULL OR s.is_ambassador = 1)"
  "   AND (:supervisor_id IS NULL OR s.supervisor_id = :supervisor_id)"
  "   AND (:case_author IS NULL OR s.id IN (SELECT e.author_id FROM timeline_entries e"
  "        WHERE e.case_id = :case_author AND e.deleted_at IS NULL))"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT s.id, s.name, s.role, s.team, s.email, coalesce (s.supervisor_id, 0),"
  "  coalesce (sup.name, ''), s.is_ambassador, s.active"
  " FROM staff s LEFT JOIN staff sup ON sup.id = s.supervisor_id WHERE s.id = :id";

static const char * const tables[] = { "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthStaffMember *self = (HearthStaffMember *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->name, hearth_column_text (stmt, 1), properties[PROP_NAME]);
  hearth_item_set_string (object, &self->role, hearth_column_text (stmt, 2), properties[PROP_ROLE]);
  hearth_item_set_string (object, &self->team, hearth_column_text (stmt, 3), properties[PROP_TEAM]);
  hearth_item_set_string (object, &self->email, hearth_column_text (stmt, 4), properties[PROP_EMAIL]);
  hearth_item_set_int64 (object, &self->supervisor_id, sqlite3_column_int64 (stmt, 5), properties[PROP_SUPERVISOR_ID]);
  hearth_item_set_string (object, &self->supervisor_name, hearth_column_text (stmt, 6), properties[PROP_SUPERVISOR_NAME]);
  hearth_item_set_bool (object, &self->is_ambassador, sqlite3_column_int (stmt, 7) != 0, properties[PROP_IS_AMBASSADOR]);
  hearth_item_set_bool (object, &self->active, sqlite3_column_int (stmt, 8) != 0, properties[PROP_ACTIVE]);
  g_object_thaw_notify (object);
}

static void
hearth_staff_member_finalize (GObject *object)
{
  HearthStaffMember *self = (HearthStaffMember *) object;

  g_free (self->name);
  g_free (self->role);
  g_free (self->team);
  g_free (self->email);
  g_free (self->supervisor_name);

  G_OBJECT_CLASS (hearth_staff_member_parent_class)->finalize (object);
}

static void
hearth_staff_member_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthStaffMember *self = (HearthStaffMember *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_TEAM:
      g_value_set_string (value, self->team);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, self->supervisor_id);
      break;

    case PROP_SUPERVISOR_NAME:
      g_value_set_string (value, self->supervisor_name);
      break;

    case PROP_IS_AMBASSADOR:
      g_value_set_boolean (value, self->is_ambassador);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_staff_member_class_init (HearthStaffMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_staff_member_finalize;
  object_class->get_property = hearth_staff_member_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TEAM] =
    g_param_spec_string ("team", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUPERVISOR_NAME] =
    g_param_spec_string ("supervisor-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_IS_AMBASSADOR] =
    g_param_spec_boolean ("is-ambassador", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_staff_member_init (HearthStaffMember *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->team = g_strdup ("");
  self->email = g_strdup ("");
  self->supervisor_name = g_strdup ("");
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

  model = hearth_query_model_new (store, HEARTH_TYPE_STAFF_MEMBER, ids_sql, row_sql, fill, tables);
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
  fill (G_OBJECT (self), stmt);
  sqlite3_reset (stmt);

  return g_steal_pointer (&self);
}
