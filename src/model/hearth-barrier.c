/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier.h"
#include "hearth-item-util.h"

struct _HearthBarrier
{
  GObject parent_instance;

  gint64    id;
  char     *title;
  char     *what_happens;
  char     *effect_on_residents;
  char     *category;
  char     *teams;
  gint64    owner_id;
  char     *owner_name;
  char     *status;
  char     *parked_reason;
  char     *first_action;
  char     *action_due_on;
  guint     weight;
  guint     votes;
  gint64    last_update_at;
  gint64    created_at;
  gint64    removed_at;
  char     *category_label;
  char     *status_label;
};

G_DEFINE_FINAL_TYPE (HearthBarrier, hearth_barrier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_WHAT_HAPPENS,
  PROP_EFFECT_ON_RESIDENTS,
  PROP_CATEGORY,
  PROP_TEAMS,
  PROP_OWNER_ID,
  PROP_OWNER_NAME,
  PROP_STATUS,
  PROP_PARKED_REASON,
  PROP_FIRST_ACTION,
  PROP_ACTION_DUE_ON,
  PROP_WEIGHT,
  PROP_VOTES,
  PROP_LAST_UPDATE_AT,
  PROP_CREATED_AT,
  PROP_REMOVED_AT,
  PROP_CATEGORY_LABEL,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const categories[][2] = {
  { "system", N_("System") },
  { "process", N_("Process") },
  { "policy", N_("Policy") },
  { "ways-of-working", N_("Ways of working") },
  { "it", N_("IT") },
  { "partner-agency", N_("Partner agency") },
  { "other", N_("Other") },
};

static const char *const statuses[][2] = {
  { "raised", N_("Raised") },
  { "understood", N_("Understood") },
  { "action-agreed", N_("Action agreed") },
  { "in-progress", N_("In progress") },
  { "removed", N_("Removed") },
  { "parked", N_("Parked") },
};

const char *
hearth_barrier_category_label (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_strcmp0 (categories[i][0], category) == 0)
      return _(categories[i][1]);

  return "";
}

const char *
hearth_barrier_status_label (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i][0], status) == 0)
      return _(statuses[i][1]);

  return "";
}

static const char ids_sql[] =
  "SELECT b.id FROM barriers b"
  " WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL"
  "   AND (:status IS NULL OR b.status = :status)"
  "   AND (:open_only IS NULL OR b.status NOT IN ('removed', 'parked'))"
  "   AND (:owner_id IS NULL OR b.owner_id = :owner_id)"
  "   AND (:category IS NULL OR b.category = :category)"
  /* Teams affected are written as a list, "Repairs, Income and Money". */
  "   AND (:team IS NULL OR instr (',' || lower (replace (replace (b.teams, ', ', ','), ' ,', ','))"
  "        || ',', ',' || lower (trim (:team)) || ',') > 0)"
  "   AND (:removed_since IS NULL OR (b.status = 'removed' AND b.removed_at >= :removed_since))"
  "   AND (:stall_weeks IS NULL OR (b.status NOT IN ('removed', 'parked')"
  "        AND b.last_update_at < hearth_now () - :stall_weeks * 604800))"
  "   AND (:session_id IS NULL OR b.id IN"
  "        (SELECT barrier_id FROM stopshop_session_barriers WHERE session_id = :session_id))"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT b.id, b.title, b.what_happens, b.effect_on_residents, b.category, b.teams,"
  "  coalesce (b.owner_id, 0), coalesce (s.name, ''), b.status, b.parked_reason, b.first_action,"
  "  coalesce (b.action_due_on, ''), b.weight,"
  "  (SELECT coalesce (sum (votes), 0) FROM stopshop_session_barriers WHERE barrier_id = b.id),"
  "  b.last_update_at, b.created_at, coalesce (b.removed_at, 0)"
  " FROM barriers b LEFT JOIN staff s ON s.id = b.owner_id WHERE b.id = :id";

static const char * const tables[] = { "barriers", "stopshop_session_barriers", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthBarrier *self = (HearthBarrier *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->title, hearth_column_text (stmt, 1), properties[PROP_TITLE]);
  hearth_item_set_string (object, &self->what_happens, hearth_column_text (stmt, 2), properties[PROP_WHAT_HAPPENS]);
  hearth_item_set_string (object, &self->effect_on_residents, hearth_column_text (stmt, 3), properties[PROP_EFFECT_ON_RESIDENTS]);
  hearth_item_set_string (object, &self->category, hearth_column_text (stmt, 4), properties[PROP_CATEGORY]);
  hearth_item_set_string (object, &self->teams, hearth_column_text (stmt, 5), properties[PROP_TEAMS]);
  hearth_item_set_int64 (object, &self->owner_id, sqlite3_column_int64 (stmt, 6), properties[PROP_OWNER_ID]);
  hearth_item_set_string (object, &self->owner_name, hearth_column_text (stmt, 7), properties[PROP_OWNER_NAME]);
  hearth_item_set_string (object, &self->status, hearth_column_text (stmt, 8), properties[PROP_STATUS]);
  hearth_item_set_string (object, &self->parked_reason, hearth_column_text (stmt, 9), properties[PROP_PARKED_REASON]);
  hearth_item_set_string (object, &self->first_action, hearth_column_text (stmt, 10), properties[PROP_FIRST_ACTION]);
  hearth_item_set_string (object, &self->action_due_on, hearth_column_text (stmt, 11), properties[PROP_ACTION_DUE_ON]);
  hearth_item_set_uint (object, &self->weight, (guint) sqlite3_column_int64 (stmt, 12), properties[PROP_WEIGHT]);
  hearth_item_set_uint (object, &self->votes, (guint) sqlite3_column_int64 (stmt, 13), properties[PROP_VOTES]);
  hearth_item_set_int64 (object, &self->last_update_at, sqlite3_column_int64 (stmt, 14), properties[PROP_LAST_UPDATE_AT]);
  hearth_item_set_int64 (object, &self->created_at, sqlite3_column_int64 (stmt, 15), properties[PROP_CREATED_AT]);
  hearth_item_set_int64 (object, &self->removed_at, sqlite3_column_int64 (stmt, 16), properties[PROP_REMOVED_AT]);
  hearth_item_set_string (object, &self->category_label, hearth_barrier_category_label (self->category), properties[PROP_CATEGORY_LABEL]);
  hearth_item_set_string (object, &self->status_label, hearth_barrier_status_label (self->status), properties[PROP_STATUS_LABEL]);
  g_object_thaw_notify (object);
}

static void
hearth_barrier_finalize (GObject *object)
{
  HearthBarrier *self = (HearthBarrier *) object;

  g_free (self->title);
  g_free (self->what_happens);
  g_free (self->effect_on_residents);
  g_free (self->category);
  g_free (self->teams);
  g_free (self->owner_name);
  g_free (self->status);
  g_free (self->parked_reason);
  g_free (self->first_action);
  g_free (self->action_due_on);
  g_free (self->category_label);
  g_free (self->status_label);

  G_OBJECT_CLASS (hearth_barrier_parent_class)->finalize (object);
}

static void
hearth_barrier_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthBarrier *self = (HearthBarrier *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_WHAT_HAPPENS:
      g_value_set_string (value, self->what_happens);
      break;

    case PROP_EFFECT_ON_RESIDENTS:
      g_value_set_string (value, self->effect_on_residents);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_TEAMS:
      g_value_set_string (value, self->teams);
      break;

    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;

    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_PARKED_REASON:
      g_value_set_string (value, self->parked_reason);
      break;

    case PROP_FIRST_ACTION:
      g_value_set_string (value, self->first_action);
      break;

    case PROP_ACTION_DUE_ON:
      g_value_set_string (value, self->action_due_on);
      break;

    case PROP_WEIGHT:
      g_value_set_uint (value, self->weight);
      break;

    case PROP_VOTES:
      g_value_set_uint (value, self->votes);
      break;

    case PROP_LAST_UPDATE_AT:
      g_value_set_int64 (value, self->last_update_at);
      break;

    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;

    case PROP_REMOVED_AT:
      g_value_set_int64 (value, self->removed_at);
      break;

    case PROP_CATEGORY_LABEL:
      g_value_set_string (value, self->category_label);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_barrier_class_init (HearthBarrierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_barrier_finalize;
  object_class->get_property = hearth_barrier_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WHAT_HAPPENS] =
    g_param_spec_string ("what-happens", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EFFECT_ON_RESIDENTS] =
    g_param_spec_string ("effect-on-residents", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TEAMS] =
    g_param_spec_string ("teams", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PARKED_REASON] =
    g_param_spec_string ("parked-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FIRST_ACTION] =
    g_param_spec_string ("first-action", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTION_DUE_ON] =
    g_param_spec_string ("action-due-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WEIGHT] =
    g_param_spec_uint ("weight", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VOTES] =
    g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LAST_UPDATE_AT] =
    g_param_spec_int64 ("last-update-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REMOVED_AT] =
    g_param_spec_int64 ("removed-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CATEGORY_LABEL] =
    g_param_spec_string ("category-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_barrier_init (HearthBarrier *self)
{
  self->title = g_strdup ("");
  self->what_happens = g_strdup ("");
  self->effect_on_residents = g_strdup ("");
  self->category = g_strdup ("");
  self->teams = g_strdup ("");
  self->owner_name = g_strdup ("");
  self->status = g_strdup ("");
  self->parked_reason = g_strdup ("");
  self->first_action = g_strdup ("");
  self->action_due_on = g_strdup ("");
  self->category_label = g_strdup ("");
  self->status_label = g_strdup ("");
}

gint64
hearth_barrier_get_id (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->id;
}

const char *
hearth_barrier_get_title (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->title;
}

const char *
hearth_barrier_get_what_happens (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->what_happens;
}

const char *
hearth_barrier_get_effect_on_residents (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->effect_on_residents;
}

const char *
hearth_barrier_get_category (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->category;
}

const char *
hearth_barrier_get_teams (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->teams;
}

gint64
hearth_barrier_get_owner_id (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->owner_id;
}

const char *
hearth_barrier_get_owner_name (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->owner_name;
}

const char *
hearth_barrier_get_status (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->status;
}

const char *
hearth_barrier_get_parked_reason (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->parked_reason;
}

const char *
hearth_barrier_get_first_action (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->first_action;
}

const char *
hearth_barrier_get_action_due_on (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->action_due_on;
}

guint
hearth_barrier_get_weight (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->weight;
}

guint
hearth_barrier_get_votes (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->votes;
}

gint64
hearth_barrier_get_last_update_at (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->last_update_at;
}

gint64
hearth_barrier_get_created_at (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->created_at;
}

gint64
hearth_barrier_get_removed_at (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), 0);

  return self->removed_at;
}

const char *
hearth_barrier_get_category_label (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->category_label;
}

const char *
hearth_barrier_get_status_label (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), NULL);

  return self->status_label;
}

gboolean
hearth_barrier_is_open (HearthBarrier *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), FALSE);

  return !g_str_equal (self->status, "removed") && !g_str_equal (self->status, "parked");
}

gboolean
hearth_barrier_is_stalled (HearthBarrier *self,
                           gint64         now,
                           guint          stall_weeks)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER (self), FALSE);

  return hearth_barrier_is_open (self) &&
         self->last_update_at < now - (gint64) stall_weeks * 7 * 24 * 60 * 60;
}

gint64
hearth_barrier_quarter_start (gint64 now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) start = NULL;
  int month;

  g_return_val_if_fail (utc != NULL, 0);

  local = g_date_time_to_local (utc);
  month = g_date_time_get_month (local);
  start = g_date_time_new_local (g_date_time_get_year (local), month - (month - 1) % 3, 1, 0, 0, 0);
  return g_date_time_to_unix (start);
}

/* The barriers of the log: neither deleted nor merged into another. */
static const char owners_sql[] =
  "SELECT DISTINCT b.owner_id, s.name FROM barriers b JOIN staff s ON s.id = b.owner_id"
  " WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL";

static const char teams_sql[] =
  "SELECT DISTINCT b.teams FROM barriers b"
  " WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND trim (b.teams) <> ''";

gboolean
hearth_barrier_read_choices (HearthStore  *store,
                             GArray       *owner_ids,
                             GPtrArray    *owner_names,
                             GPtrArray    *team_lists,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (owner_ids != NULL && owner_names != NULL && team_lists != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((stmt = hearth_store_prepare (store, owners_sql, error)) == NULL)
    return FALSE;
  while (hearth_store_step (store, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (owner_ids, id);
      g_ptr_array_add (owner_names, g_strdup (hearth_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (error != NULL && *error != NULL)
    return FALSE;

  if ((stmt = hearth_store_prepare (store, teams_sql, error)) == NULL)
    return FALSE;
  while (hearth_store_step (store, stmt, &has_row, error) && has_row)
    g_ptr_array_add (team_lists, g_strdup (hearth_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  return error == NULL || *error == NULL;
}

HearthQueryModel *
hearth_barrier_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_BARRIER, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "weight", "b.weight DESC, (SELECT coalesce (sum (votes), 0) FROM stopshop_session_barriers WHERE barrier_id = b.id) DESC, b.id");
  hearth_query_model_add_sort (model, "age", "b.created_at ASC, b.id");
  hearth_query_model_add_sort (model, "updated", "b.last_update_at DESC, b.id");
  /* The longest without news first: the order a review walks. */
  hearth_query_model_add_sort (model, "quiet", "b.last_update_at ASC, b.id");
  /* With :session_id, the session's own votes and board. */
  hearth_query_model_add_sort (model, "votes",
                               "coalesce ((SELECT sb.votes FROM stopshop_session_barriers sb"
                               "   WHERE sb.barrier_id = b.id AND sb.session_id = :session_id),"
                               "  (SELECT sum (votes) FROM stopshop_session_barriers"
                               "   WHERE barrier_id = b.id), 0) DESC, b.weight DESC, b.id");
  hearth_query_model_add_sort (model, "board",
                               "(SELECT sb.position FROM stopshop_session_barriers sb"
                               "  WHERE sb.barrier_id = b.id AND sb.session_id = :session_id),"
                               " b.created_at, b.id");

  return model;
}
