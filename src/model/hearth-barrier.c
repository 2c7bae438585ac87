/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier.h"
#include "hearth-item-util.h"
#include "hearth-lookup-item.h"

struct _HearthBarrier
{
  HearthItem parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthBarrier, hearth_barrier, HEARTH_TYPE_ITEM)

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

/* The columns of an item, for one barrier (row_sql) or a list read whole;
 * @votes is what the item counts as its votes. */
#define ROW_COLUMNS(votes) \
  "SELECT b.id, b.title, b.what_happens, b.effect_on_residents, b.category, b.teams," \
  "  coalesce (b.owner_id, 0), coalesce (s.name, ''), b.status, b.parked_reason, b.first_action," \
  "  coalesce (b.action_due_on, ''), b.weight, " votes "," \
  "  b.last_update_at, b.created_at, coalesce (b.removed_at, 0)" \
  " FROM barriers b LEFT JOIN staff s ON s.id = b.owner_id"

/* Votes over all sessions. */
#define ALL_VOTES \
  "(SELECT coalesce (sum (votes), 0) FROM stopshop_session_barriers WHERE barrier_id = b.id)"

static const char row_sql[] =
  ROW_COLUMNS (ALL_VOTES) " WHERE b.id = :id";

/* The barriers raised at a session (?1), in the order raised, with the
 * session's votes. */
static const char raised_at_sql[] =
  ROW_COLUMNS ("sb.votes")
  " JOIN stopshop_session_barriers sb ON sb.barrier_id = b.id"
  " WHERE sb.session_id = ?1 AND sb.raised_here"
  "   AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
  " ORDER BY sb.position, b.id";

/* A session's barriers as the Act phase ranks them: the session's votes,
 * then weight, then the order raised; at most ?2 (-1 for all). */
static const char top_sql[] =
  ROW_COLUMNS ("sb.votes")
  " JOIN stopshop_session_barriers sb ON sb.barrier_id = b.id"
  " WHERE sb.session_id = ?1 AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
  " ORDER BY sb.votes DESC, b.weight DESC, sb.position, b.id"
  " LIMIT ?2";

/* Removed after the day ?2 (NULL: since ever) up to the day ?1, by local
 * dates, in the order removed. */
static const char removed_between_sql[] =
  ROW_COLUMNS (ALL_VOTES)
  " WHERE b.status = 'removed' AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
  "   AND date (b.removed_at, 'unixepoch', 'localtime') <= ?1"
  "   AND (?2 IS NULL OR date (b.removed_at, 'unixepoch', 'localtime') > ?2)"
  " ORDER BY b.removed_at, b.id";

/* Open, with no update for ?2 weeks before the end of the day ?1, the
 * longest without news first. */
static const char stalled_on_sql[] =
  ROW_COLUMNS (ALL_VOTES)
  " WHERE b.status NOT IN ('removed', 'parked')"
  "   AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
  "   AND b.last_update_at < unixepoch (?1, '+1 day') - ?2 * 604800"
  " ORDER BY b.last_update_at, b.id";

static const char * const tables[] = { "barriers", "stopshop_session_barriers", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthBarrier, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("title", STRING, 1, title),
  FIELD ("what-happens", STRING, 2, what_happens),
  FIELD ("effect-on-residents", STRING, 3, effect_on_residents),
  FIELD ("category", STRING, 4, category),
  FIELD ("teams", STRING, 5, teams),
  FIELD ("owner-id", INT64, 6, owner_id),
  FIELD ("owner-name", STRING, 7, owner_name),
  FIELD ("status", STRING, 8, status),
  FIELD ("parked-reason", STRING, 9, parked_reason),
  FIELD ("first-action", STRING, 10, first_action),
  FIELD ("action-due-on", STRING, 11, action_due_on),
  FIELD ("weight", UINT, 12, weight),
  FIELD ("votes", UINT, 13, votes),
  FIELD ("last-update-at", INT64, 14, last_update_at),
  FIELD ("created-at", INT64, 15, created_at),
  FIELD ("removed-at", INT64, 16, removed_at),
  FIELD ("category-label", STRING, HEARTH_FIELD_COMPUTED, category_label),
  FIELD ("status-label", STRING, HEARTH_FIELD_COMPUTED, status_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthBarrier *self = HEARTH_BARRIER (item);

  hearth_item_set_string (item, &self->category_label,
                          hearth_barrier_category_label (self->category));
  hearth_item_set_string (item, &self->status_label, hearth_barrier_status_label (self->status));
}

static void
hearth_barrier_class_init (HearthBarrierClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_barrier_init (HearthBarrier *self)
{
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

/* The owners of the barriers in the log (neither deleted nor merged into
 * another), by name, and every distinct way their teams are written, in the
 * order they were first written. */
static const char owners_sql[] =
  "SELECT b.owner_id, s.name, 0 FROM barriers b JOIN staff s ON s.id = b.owner_id"
  " WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL"
  " GROUP BY b.owner_id ORDER BY s.name, b.owner_id";
static const char * const owners_tables[] = { "barriers", "staff", NULL };

static const char teams_sql[] =
  "SELECT min (b.id), b.teams, 0 FROM barriers b"
  " WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND trim (b.teams) <> ''"
  " GROUP BY b.teams ORDER BY min (b.id)";
static const char * const teams_tables[] = { "barriers", NULL };

GListModel *
hearth_barrier_owner_list_new (HearthStore  *store,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return hearth_lookup_item_list_new_from_query (store, owners_sql, owners_tables, error);
}

GListModel *
hearth_barrier_team_list_new (HearthStore  *store,
                              GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return hearth_lookup_item_list_new_from_query (store, teams_sql, teams_tables, error);
}

HearthQueryModel *
hearth_barrier_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_BARRIER, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "weight", "b.weight DESC, " ALL_VOTES " DESC, b.id");
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

void
hearth_barrier_list_set_status (HearthQueryModel *barriers,
                                const char       *status)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_text (barriers, ":status", status);
}

void
hearth_barrier_list_set_open_only (HearthQueryModel *barriers,
                                   gboolean          open_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_flag (barriers, ":open_only", open_only);
}

void
hearth_barrier_list_set_owner (HearthQueryModel *barriers,
                               gint64            owner_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_number (barriers, ":owner_id", owner_id);
}

void
hearth_barrier_list_set_category (HearthQueryModel *barriers,
                                  const char       *category)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_text (barriers, ":category", category);
}

void
hearth_barrier_list_set_team (HearthQueryModel *barriers,
                              const char       *team)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_text (barriers, ":team", team);
}

void
hearth_barrier_list_set_removed_since (HearthQueryModel *barriers,
                                       gint64            since)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_number (barriers, ":removed_since", since);
}

void
hearth_barrier_list_set_stall_weeks (HearthQueryModel *barriers,
                                     guint             stall_weeks)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_number (barriers, ":stall_weeks", stall_weeks);
}

void
hearth_barrier_list_set_session (HearthQueryModel *barriers,
                                 gint64            session_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (barriers));

  hearth_query_model_set_number (barriers, ":session_id", session_id);
}

GListModel *
hearth_barrier_list_new_raised_at (HearthStore  *store,
                                   gint64        session_id,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, raised_at_sql, "x", session_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_BARRIER, stmt, error);
}

GListModel *
hearth_barrier_list_new_top (HearthStore  *store,
                             gint64        session_id,
                             guint         max_barriers,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, top_sql, "xx", session_id,
                             max_barriers > 0 ? (gint64) max_barriers : (gint64) -1);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_BARRIER, stmt, error);
}

GListModel *
hearth_barrier_list_new_removed_between (HearthStore  *store,
                                         const char   *after_day,
                                         const char   *up_to_day,
                                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (up_to_day != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, removed_between_sql, "sS", up_to_day, after_day);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_BARRIER, stmt, error);
}

GListModel *
hearth_barrier_list_new_stalled_on (HearthStore  *store,
                                    const char   *day,
                                    guint         stall_weeks,
                                    GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, stalled_on_sql, "si", day, (int) stall_weeks);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_BARRIER, stmt, error);
}
