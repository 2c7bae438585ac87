/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-stopshop-session.h"
#include "hearth-item-util.h"

struct _HearthStopShopSession
{
  GObject parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthStopShopSession, hearth_stopshop_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HELD_ON,
  PROP_PLACE,
  PROP_THEME,
  PROP_PHASE,
  PROP_VOTES_PER_PERSON,
  PROP_BARRIER_COUNT,
  PROP_AMBASSADORS,
  PROP_TEAMS,
  PROP_PHASE_LABEL,
  PROP_VOTERS,
  PROP_STALL_WEEKS,
  PROP_PHASE_MINUTES,
  PROP_CLOSED_AT,
  PROP_VOTES_CAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static const char * const tables[] = { "stopshop_sessions", "stopshop_session_barriers", "stopshop_session_ambassadors", "stopshop_session_teams", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthStopShopSession *self = (HearthStopShopSession *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->held_on, hearth_column_text (stmt, 1), properties[PROP_HELD_ON]);
  hearth_item_set_string (object, &self->place, hearth_column_text (stmt, 2), properties[PROP_PLACE]);
  hearth_item_set_string (object, &self->theme, hearth_column_text (stmt, 3), properties[PROP_THEME]);
  hearth_item_set_string (object, &self->phase, hearth_column_text (stmt, 4), properties[PROP_PHASE]);
  hearth_item_set_uint (object, &self->votes_per_person, (guint) sqlite3_column_int64 (stmt, 5), properties[PROP_VOTES_PER_PERSON]);
  hearth_item_set_uint (object, &self->barrier_count, (guint) sqlite3_column_int64 (stmt, 6), properties[PROP_BARRIER_COUNT]);
  hearth_item_set_string (object, &self->ambassadors, hearth_column_text (stmt, 7), properties[PROP_AMBASSADORS]);
  hearth_item_set_string (object, &self->teams, hearth_column_text (stmt, 8), properties[PROP_TEAMS]);
  hearth_item_set_string (object, &self->phase_label, hearth_stopshop_session_phase_label (self->phase), properties[PROP_PHASE_LABEL]);
  hearth_item_set_uint (object, &self->voters, (guint) sqlite3_column_int64 (stmt, 9), properties[PROP_VOTERS]);
  hearth_item_set_uint (object, &self->stall_weeks, (guint) sqlite3_column_int64 (stmt, 10), properties[PROP_STALL_WEEKS]);
  hearth_item_set_uint (object, &self->phase_minutes, (guint) sqlite3_column_int64 (stmt, 11), properties[PROP_PHASE_MINUTES]);
  hearth_item_set_int64 (object, &self->closed_at, sqlite3_column_int64 (stmt, 12), properties[PROP_CLOSED_AT]);
  hearth_item_set_uint (object, &self->votes_cast, (guint) sqlite3_column_int64 (stmt, 13), properties[PROP_VOTES_CAST]);
  g_object_thaw_notify (object);
}

static void
hearth_stopshop_session_finalize (GObject *object)
{
  HearthStopShopSession *self = (HearthStopShopSession *) object;

  g_free (self->held_on);
  g_free (self->place);
  g_free (self->theme);
  g_free (self->phase);
  g_free (self->ambassadors);
  g_free (self->teams);
  g_free (self->phase_label);

  G_OBJECT_CLASS (hearth_stopshop_session_parent_class)->finalize (object);
}

static void
hearth_stopshop_session_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthStopShopSession *self = (HearthStopShopSession *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_HELD_ON:
      g_value_set_string (value, self->held_on);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;

    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;

    case PROP_VOTES_PER_PERSON:
      g_value_set_uint (value, self->votes_per_person);
      break;

    case PROP_BARRIER_COUNT:
      g_value_set_uint (value, self->barrier_count);
      break;

    case PROP_AMBASSADORS:
      g_value_set_string (value, self->ambassadors);
      break;

    case PROP_TEAMS:
      g_value_set_string (value, self->teams);
      break;

    case PROP_PHASE_LABEL:
      g_value_set_string (value, self->phase_label);
      break;

    case PROP_VOTERS:
      g_value_set_uint (value, self->voters);
      break;

    case PROP_STALL_WEEKS:
      g_value_set_uint (value, self->stall_weeks);
      break;

    case PROP_PHASE_MINUTES:
      g_value_set_uint (value, self->phase_minutes);
      break;

    case PROP_CLOSED_AT:
      g_value_set_int64 (value, self->closed_at);
      break;

    case PROP_VOTES_CAST:
      g_value_set_uint (value, self->votes_cast);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_stopshop_session_class_init (HearthStopShopSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_stopshop_session_finalize;
  object_class->get_property = hearth_stopshop_session_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHASE] =
    g_param_spec_string ("phase", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOTES_PER_PERSON] =
    g_param_spec_uint ("votes-per-person", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BARRIER_COUNT] =
    g_param_spec_uint ("barrier-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AMBASSADORS] =
    g_param_spec_string ("ambassadors", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TEAMS] =
    g_param_spec_string ("teams", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHASE_LABEL] =
    g_param_spec_string ("phase-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOTERS] =
    g_param_spec_uint ("voters", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STALL_WEEKS] =
    g_param_spec_uint ("stall-weeks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHASE_MINUTES] =
    g_param_spec_uint ("phase-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CLOSED_AT] =
    g_param_spec_int64 ("closed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOTES_CAST] =
    g_param_spec_uint ("votes-cast", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_stopshop_session_init (HearthStopShopSession *self)
{
  self->held_on = g_strdup ("");
  self->place = g_strdup ("");
  self->theme = g_strdup ("");
  self->phase = g_strdup ("");
  self->ambassadors = g_strdup ("");
  self->teams = g_strdup ("");
  self->phase_label = g_strdup ("");
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

  model = hearth_query_model_new (store, HEARTH_TYPE_STOPSHOP_SESSION, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "date", "s.held_on DESC, s.id DESC");

  return model;
}
