/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-item-util.h"
#include "hearth-stopshop-session.h"

struct _HearthStopShopSession
{
  HearthItem parent_instance;

  gint64    id;
  char     *held_on;
  char     *place;
  char     *theme;
  char     *phase;
  guint     votes_per_person;
  guint     barrier_count;
  char     *ambassadors;
  char     *teams;
  char     *phase_label;
  guint     voters;
  guint     stall_weeks;
  guint     phase_minutes;
  gint64    closed_at;
  guint     votes_cast;
};

G_DEFINE_FINAL_TYPE (HearthStopShopSession, hearth_stopshop_session, HEARTH_TYPE_ITEM)

static const char *const phases[][2] = {
  { "review", N_("Review") },
  { "stop", N_("Stop") },
  { "collaborate", N_("Collaborate") },
  { "listen", N_("Listen") },
  { "act", N_("Act") },
  { "closed", N_("Closed") },
};

const char *
hearth_stopshop_session_phase_label (const char *phase)
{
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_strcmp0 (phases[i][0], phase) == 0)
      return _(phases[i][1]);

  return "";
}

static const char ids_sql[] =
  "SELECT s.id FROM stopshop_sessions s ORDER BY {order}";

static const char row_sql[] =
  "SELECT s.id, s.held_on, s.place, s.theme, s.phase, s.votes_per_person,"
  "  (SELECT count (*) FROM stopshop_session_barriers sb WHERE sb.session_id = s.id),"
  "  (SELECT group_concat (name, ', ') FROM (SELECT st.name FROM stopshop_session_ambassadors a"
  "     JOIN staff st ON st.id = a.staff_id WHERE a.session_id = s.id"
  "     ORDER BY st.name COLLATE NOCASE)),"
  "  (SELECT group_concat (team, ', ') FROM (SELECT team FROM stopshop_session_teams"
  "     WHERE session_id = s.id ORDER BY team COLLATE NOCASE)),"
  "  s.voters, s.stall_weeks, s.phase_minutes, coalesce (s.closed_at, 0),"
  "  (SELECT coalesce (sum (sb.votes), 0) FROM stopshop_session_barriers sb"
  "     WHERE sb.session_id = s.id)"
  " FROM stopshop_sessions s WHERE s.id = :id";

/* The names of a session's ambassadors, and its teams, in order. */
static const char ambassador_names_sql[] =
  "SELECT st.name FROM stopshop_session_ambassadors a"
  " JOIN staff st ON st.id = a.staff_id WHERE a.session_id = ?1"
  " ORDER BY st.name COLLATE NOCASE, st.id";
static const char team_names_sql[] =
  "SELECT team FROM stopshop_session_teams WHERE session_id = ?1"
  " ORDER BY team COLLATE NOCASE";

/* The day of the session held last before a day: one row, NULL for none. */
static const char day_before_sql[] =
  "SELECT max (held_on) FROM stopshop_sessions WHERE held_on < ?1";

static const char * const tables[] = { "stopshop_sessions", "stopshop_session_barriers", "stopshop_session_ambassadors", "stopshop_session_teams", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthStopShopSession, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("held-on", STRING, 1, held_on),
  FIELD ("place", STRING, 2, place),
  FIELD ("theme", STRING, 3, theme),
  FIELD ("phase", STRING, 4, phase),
  FIELD ("votes-per-person", UINT, 5, votes_per_person),
  FIELD ("barrier-count", UINT, 6, barrier_count),
  FIELD ("ambassadors", STRING, 7, ambassadors),
  FIELD ("teams", STRING, 8, teams),
  FIELD ("voters", UINT, 9, voters),
  FIELD ("stall-weeks", UINT, 10, stall_weeks),
  FIELD ("phase-minutes", UINT, 11, phase_minutes),
  FIELD ("closed-at", INT64, 12, closed_at),
  FIELD ("votes-cast", UINT, 13, votes_cast),
  FIELD ("phase-label", STRING, HEARTH_FIELD_COMPUTED, phase_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthStopShopSession *self = HEARTH_STOPSHOP_SESSION (item);

  hearth_item_set_string (item, &self->phase_label,
                          hearth_stopshop_session_phase_label (self->phase));
}

static void
hearth_stopshop_session_class_init (HearthStopShopSessionClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_stopshop_session_init (HearthStopShopSession *self)
{
}

gint64
hearth_stopshop_session_get_id (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->id;
}

const char *
hearth_stopshop_session_get_held_on (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->held_on;
}

const char *
hearth_stopshop_session_get_place (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->place;
}

const char *
hearth_stopshop_session_get_theme (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->theme;
}

const char *
hearth_stopshop_session_get_phase (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->phase;
}

guint
hearth_stopshop_session_get_votes_per_person (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->votes_per_person;
}

guint
hearth_stopshop_session_get_barrier_count (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->barrier_count;
}

const char *
hearth_stopshop_session_get_ambassadors (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->ambassadors;
}

const char *
hearth_stopshop_session_get_teams (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->teams;
}

const char *
hearth_stopshop_session_get_phase_label (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), NULL);

  return self->phase_label;
}

guint
hearth_stopshop_session_get_voters (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->voters;
}

guint
hearth_stopshop_session_get_stall_weeks (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->stall_weeks;
}

guint
hearth_stopshop_session_get_phase_minutes (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->phase_minutes;
}

gint64
hearth_stopshop_session_get_closed_at (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->closed_at;
}

guint
hearth_stopshop_session_get_votes_cast (HearthStopShopSession *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION (self), 0);

  return self->votes_cast;
}

HearthQueryModel *
hearth_stopshop_session_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_STOPSHOP_SESSION, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "date", "s.held_on DESC, s.id DESC");

  return model;
}

HearthStopShopSession *
hearth_stopshop_session_load (HearthStore  *store,
                              gint64        session_id,
                              GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, row_sql, "x", session_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_one (store, HEARTH_TYPE_STOPSHOP_SESSION, stmt, error);
}

/* The first column of every row of @sql for @session_id, as strings. */
static char **
dup_names (HearthStore  *store,
           const char   *sql,
           gint64        session_id,
           GError      **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error, sql, "x", session_id);
  if (stmt == NULL)
    return NULL;
  while (hearth_store_next (store, stmt, &local_error))
    g_strv_builder_add (names, hearth_column_text (stmt, 0));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strv_builder_end (names);
}

char **
hearth_stopshop_session_dup_ambassador_names (HearthStore  *store,
                                              gint64        session_id,
                                              GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return dup_names (store, ambassador_names_sql, session_id, error);
}

char **
hearth_stopshop_session_dup_team_names (HearthStore  *store,
                                        gint64        session_id,
                                        GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return dup_names (store, team_names_sql, session_id, error);
}

gboolean
hearth_stopshop_session_read_day_before (HearthStore  *store,
                                         const char   *held_on,
                                         char        **day_before,
                                         GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (held_on != NULL, FALSE);
  g_return_val_if_fail (day_before != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *day_before = NULL;
  return hearth_store_read_row (store, NULL, error, day_before_sql, "s>S", held_on, day_before);
}
