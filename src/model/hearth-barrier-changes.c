/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raising barriers at a Stop Shop, merging duplicates and undoing merges,
 * and a barrier's life after its session: its details, owner and first
 * action, status and log of updates. Each change is one transaction; a
 * refusal writes nothing.
 *
 * A barrier outlives its session. Raised again at a later session, it is
 * linked to that session and gains weight instead of being duplicated; its
 * votes are kept per session (stopshop_session_barriers), as totals only.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier-changes.h"
#include "hearth-change-util.h"
#include "hearth-date.h"

static const char * const categories[] = {
  "system", "process", "policy", "ways-of-working", "it", "partner-agency", "other", NULL,
};

static const char * const statuses[] = {
  "raised", "understood", "action-agreed", "in-progress", "removed", "parked", NULL,
};

const char * const *
hearth_barrier_categories (void)
{
  return categories;
}

const char * const *
hearth_barrier_statuses (void)
{
  return statuses;
}

gboolean
hearth_barrier_check_title (const char  *title,
                            GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (hearth_text_is_blank (title))
    return hearth_refuse (error, _("Say what gets in the way, in one line"));
  if (!g_utf8_validate (title, -1, NULL))
    return hearth_refuse (error, _("The text holds characters that cannot be saved; type it again"));
  trimmed = hearth_dup_trimmed (title);
  return hearth_check_text (trimmed, HEARTH_BARRIER_TITLE_MAX,
                            _("The barrier is too long; say it in one short line of 120 "
                              "characters at most"), error);
}

/* A title as it is compared for duplicates: trimmed, composed the same way
 * and without case. */
static char *
title_key (const char *title)
{
  g_autofree char *trimmed = hearth_dup_trimmed (title);
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : trimmed, -1);
}

/* The first barrier of @sql (id, title; ?1 bound to @id) whose title has
 * @key, or 0. */
static gboolean
find_title (HearthStore  *store,
            const char   *sql,
            gint64        id,
            const char   *key,
            gint64       *found,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  *found = 0;
  stmt = hearth_store_query (store, error, sql, "x", id);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    {
      g_autofree char *other = title_key ((const char *) sqlite3_column_text (stmt, 1));

      if (g_str_equal (other, key))
        {
          *found = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
          return TRUE;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Open barriers not raised at the session yet. */
static const char raised_before_sql[] =
  "SELECT b.id, b.title FROM barriers b"
  " WHERE b.status NOT IN ('removed', 'parked') AND b.merged_into_id IS NULL"
  "   AND b.deleted_at IS NULL"
  "   AND NOT EXISTS (SELECT 1 FROM stopshop_session_barriers sb"
  "     WHERE sb.session_id = ?1 AND sb.barrier_id = b.id AND sb.raised_here)"
  " ORDER BY b.weight DESC, b.id";

/* Barriers raised at the session. */
static const char raised_here_sql[] =
  "SELECT b.id, b.title FROM stopshop_session_barriers sb JOIN barriers b ON b.id = sb.barrier_id"
  " WHERE sb.session_id = ?1 AND sb.raised_here AND b.merged_into_id IS NULL"
  "   AND b.deleted_at IS NULL";

gboolean
hearth_barrier_find_raised_before (HearthStore  *store,
                                   gint64        session_id,
                                   const char   *title,
                                   gint64       *barrier_id,
                                   GError      **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (barrier_id != NULL, FALSE);

  *barrier_id = 0;
  if (hearth_text_is_blank (title) || !g_utf8_validate (title, -1, NULL))
    return TRUE;
  key = title_key (title);
  return find_title (store, raised_before_sql, session_id, key, barrier_id, error);
}

typedef struct {
  char   *status;
  char   *title;
  char   *what_happens;
  char   *effect_on_residents;
  char   *category;
  char   *teams;
  char   *first_action;
  char   *action_due_on;   /* NULL for none */
  gint64  owner_id;
  gint64  merged_into_id;
  guint   weight;
} Barrier;

static void
barrier_clear (Barrier *barrier)
{
  g_free (barrier->status);
  g_free (barrier->title);
  g_free (barrier->what_happens);
  g_free (barrier->effect_on_residents);
  g_free (barrier->category);
  g_free (barrier->teams);
  g_free (barrier->first_action);
  g_free (barrier->action_due_on);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Barrier, barrier_clear)

/* Loads a barrier that is not deleted; a merged one only if @merged_ok. */
static gboolean
load_barrier (HearthStore  *store,
              gint64        barrier_id,
              gboolean      merged_ok,
              Barrier      *barrier,
              GError      **error)
{
  gboolean found = FALSE;
  int weight = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT status, title, what_happens, effect_on_residents, category,"
                              "  teams, first_action, action_due_on, coalesce (owner_id, 0),"
                              "  coalesce (merged_into_id, 0), weight"
                              " FROM barriers WHERE id = ?1 AND deleted_at IS NULL",
                              "x>sssssssSxxi", barrier_id, &barrier->status, &barrier->title,
                              &barrier->what_happens, &barrier->effect_on_residents,
                              &barrier->category, &barrier->teams, &barrier->first_action,
                              &barrier->action_due_on, &barrier->owner_id,
                              &barrier->merged_into_id, &weight))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This barrier no longer exists; it may have been removed "
                                 "elsewhere"));
  barrier->weight = (guint) weight;

  if (barrier->merged_into_id != 0 && !merged_ok)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier has been merged into another; undo the merge "
                                 "first"));
  return TRUE;
}

/* Writes one line of a barrier's log of updates and makes it the barrier's
 * last update. */
static gint64
write_update (HearthStore  *store,
              gint64        barrier_id,
              gint64        session_id,
              const char   *status_from,
              const char   *status_to,
              const char   *text,
              GError      **error)
{
  gint64 now = hearth_store_now (store);
  gint64 actor = hearth_store_get_actor (store);
  gint64 update_id;

  /* No status change leaves both statuses NULL. */
  update_id = hearth_store_write (store, error, "barrier_updates", HEARTH_CHANGE_INSERT, 0,
                                  "INSERT INTO barrier_updates (barrier_id, session_id, at,"
                                  " author_id, status_from, status_to, text)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                  "xoxoSSs", barrier_id, session_id, now, actor, status_from,
                                  status_to, text);
  if (update_id == 0 ||
      hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                          "UPDATE barriers SET last_update_at = ?2, updated_at = ?2,"
                          " updated_by = ?3 WHERE id = ?1",
                          "xxo", barrier_id, now, actor) == 0)
    return 0;

  return update_id;
}

static gboolean
check_session_open (HearthStore  *store,
                    gint64        session_id,
                    GError      **error)
{
  gboolean found = FALSE;
  gboolean closed = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT phase = 'closed' FROM stopshop_sessions WHERE id = ?1",
                              "x>i", session_id, &closed))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This session no longer exists; it may have been removed "
                                 "elsewhere"));
  if (closed)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This session is closed; reopen it to add barriers"));
  return TRUE;
}

/* Whether the barrier is on the session's board: *@raised_here is -1 when
 * it is not, else whether it was raised there. */
static gboolean
look_up_link (HearthStore  *store,
              gint64        session_id,
              gint64        barrier_id,
              int          *raised_here,
              GError      **error)
{
  gboolean found = FALSE;

  *raised_here = -1;
  return hearth_store_read_row (store, &found, error,
                                "SELECT raised_here FROM stopshop_session_barriers"
                                " WHERE session_id = ?1 AND barrier_id = ?2",
                                "xx>i", session_id, barrier_id, raised_here);
}

/* Puts the barrier at the end of the session's board, raised there. */
static gboolean
link_to_session (HearthStore  *store,
                 gint64        session_id,
                 gint64        barrier_id,
                 gboolean      on_board,
                 GError      **error)
{
  const char *sql;

  if (on_board)
    sql = "UPDATE stopshop_session_barriers SET raised_here = 1"
          " WHERE session_id = ?1 AND barrier_id = ?2";
  else
    sql = "INSERT INTO stopshop_session_barriers (session_id, barrier_id,"
          " position, raised_here) VALUES (?1, ?2, (SELECT coalesce"
          " (max (position) + 1, 0) FROM stopshop_session_barriers"
          " WHERE session_id = ?1), 1)";
  return hearth_store_write (store, error, "stopshop_session_barriers",
                             on_board ? HEARTH_CHANGE_UPDATE : HEARTH_CHANGE_INSERT, session_id,
                             sql, "xx", session_id, barrier_id) != 0;
}

gint64
hearth_barrier_raise (HearthStore  *store,
                      gint64        session_id,
                      const char   *title,
                      gint64        existing_id,
                      GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean_title = NULL;
  g_autofree char *key = NULL;
  gint64 barrier_id = 0;
  gint64 here = 0;
  gint64 now;
  gint64 actor;
  int raised_here = -1;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  if (existing_id <= 0 && !hearth_barrier_check_title (title, error))
    return 0;
  clean_title = hearth_dup_trimmed (title);
  key = title_key (clean_title);
  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !check_session_open (store, session_id, error))
    return 0;

  if (existing_id > 0)
    {
      g_auto(Barrier) existing = { 0 };

      if (!load_barrier (store, existing_id, FALSE, &existing, error))
        return 0;
      barrier_id = existing_id;
    }
  else
    {
      if (!find_title (store, raised_here_sql, session_id, key, &here, error))
        return 0;
      if (here != 0)
        {
          hearth_refuse (error, _("This barrier is already on the board"));
          return 0;
        }
      if (!find_title (store, raised_before_sql, session_id, key, &barrier_id, error))
        return 0;
    }

  if (barrier_id != 0)
    {
      /* Raised before: linked to this session, and weightier. */
      if (!look_up_link (store, session_id, barrier_id, &raised_here, error))
        return 0;
      if (raised_here == 1)
        {
          hearth_refuse (error, _("This barrier is already on the board"));
          return 0;
        }
      if (hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                              "UPDATE barriers SET weight = weight + 1, updated_at = ?2,"
                              " updated_by = ?3 WHERE id = ?1",
                              "xxo", barrier_id, now, actor) == 0 ||
          !link_to_session (store, session_id, barrier_id, raised_here == 0, error))
        return 0;
    }
  else
    {
      barrier_id = hearth_store_write (store, error, "barriers", HEARTH_CHANGE_INSERT, 0,
                                       "INSERT INTO barriers (title, first_session_id,"
                                       " last_update_at, created_at, created_by, updated_at,"
                                       " updated_by) VALUES (?1, ?2, ?3, ?3, ?4, ?3, ?4)",
                                       "sxxo", clean_title, session_id, now, actor);
      if (barrier_id == 0 ||
          !link_to_session (store, session_id, barrier_id, FALSE, error) ||
          write_update (store, barrier_id, session_id, NULL, "raised", NULL, error) == 0)
        return 0;
    }

  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return barrier_id;
}

gboolean
hearth_barrier_withdraw (HearthStore  *store,
                         gint64        session_id,
                         gint64        barrier_id,
                         GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  const char *sql;
  gboolean found = FALSE;
  gboolean new_here = FALSE;
  gboolean untouched = FALSE;
  int votes = 0;
  int raised_here = -1;
  gint64 now, actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !check_session_open (store, session_id, error) ||
      !load_barrier (store, barrier_id, FALSE, &barrier, error) ||
      !look_up_link (store, session_id, barrier_id, &raised_here, error))
    return FALSE;
  if (raised_here != 1)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier was not raised at this session"));

  /* Whether it began here, and whether anything has happened to it since:
   * votes here, another session, a line in its log after "raised", or a
   * barrier merged into it. */
  if (!hearth_store_read_row (store, &found, error,
                              "SELECT b.first_session_id IS ?2,"
                              "  (SELECT votes FROM stopshop_session_barriers"
                              "    WHERE session_id = ?2 AND barrier_id = ?1) = 0"
                              "  AND NOT EXISTS (SELECT 1 FROM stopshop_session_barriers"
                              "    WHERE barrier_id = ?1 AND session_id <> ?2)"
                              "  AND (SELECT count (*) FROM barrier_updates"
                              "    WHERE barrier_id = ?1) <= 1"
                              "  AND NOT EXISTS (SELECT 1 FROM barrier_merges WHERE into_id = ?1),"
                              "  (SELECT votes FROM stopshop_session_barriers"
                              "    WHERE session_id = ?2 AND barrier_id = ?1)"
                              " FROM barriers b WHERE b.id = ?1",
                              "xx>iii", barrier_id, session_id, &new_here, &untouched, &votes))
    return FALSE;
  if (votes > 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier has votes; take them back first"));
  if ((new_here && !untouched) || (!new_here && barrier.weight < 2))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier has moved on since it was raised; change its "
                                 "status instead"));

  if (new_here)
    sql = "UPDATE barriers SET deleted_at = ?2, updated_at = ?2,"
          " updated_by = ?3 WHERE id = ?1";
  else
    sql = "UPDATE barriers SET weight = weight - 1, updated_at = ?2,"
          " updated_by = ?3 WHERE id = ?1";
  if (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_DELETE,
                          session_id,
                          "DELETE FROM stopshop_session_barriers"
                          " WHERE session_id = ?1 AND barrier_id = ?2",
                          "xx", session_id, barrier_id) == 0 ||
      hearth_store_write (store, error, "barriers",
                          new_here ? HEARTH_CHANGE_DELETE : HEARTH_CHANGE_UPDATE, barrier_id,
                          sql, "xxo", barrier_id, now, actor) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

static gboolean
is_one_of (const char         *value,
           const char * const *list)
{
  return value != NULL && g_strv_contains (list, value);
}

gboolean
hearth_barrier_set_details (HearthStore                *store,
                            gint64                      barrier_id,
                            const HearthBarrierFields  *fields,
                            GError                    **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *what_happens = NULL;
  g_autofree char *effect = NULL;
  g_autofree char *teams = NULL;
  const char *category;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  category = fields->category != NULL ? fields->category : "other";
  if (!hearth_barrier_check_title (fields->title, error) ||
      !hearth_check_text (fields->what_happens, HEARTH_BARRIER_TEXT_MAX,
                          _("What happens is too long to save; shorten it"), error) ||
      !hearth_check_text (fields->effect_on_residents, HEARTH_BARRIER_TEXT_MAX,
                          _("The effect on residents is too long to save; shorten it"), error) ||
      !hearth_check_text (fields->teams, HEARTH_BARRIER_TEAMS_MAX,
                          _("The list of teams is too long; shorten it"), error))
    return FALSE;
  if (!is_one_of (category, categories))
    return hearth_refuse (error, _("Choose a category from the list"));

  title = hearth_dup_trimmed (fields->title);
  what_happens = hearth_dup_trimmed (fields->what_happens);
  effect = hearth_dup_trimmed (fields->effect_on_residents);
  teams = hearth_dup_trimmed (fields->teams);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_barrier (store, barrier_id, TRUE, &barrier, error))
    return FALSE;

  if ((!g_str_equal (title, barrier.title) || !g_str_equal (what_happens, barrier.what_happens) ||
       !g_str_equal (effect, barrier.effect_on_residents) ||
       !g_str_equal (category, barrier.category) || !g_str_equal (teams, barrier.teams)) &&
      hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                          "UPDATE barriers SET title = ?2, what_happens = ?3,"
                          " effect_on_residents = ?4, category = ?5, teams = ?6,"
                          " updated_at = ?7, updated_by = ?8 WHERE id = ?1",
                          "xsssssxo", barrier_id, title, what_happens, effect, category, teams,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* Sets the status columns; the caller writes the log. */
static gboolean
write_status (HearthStore  *store,
              gint64        barrier_id,
              const char   *status,
              const char   *parked_reason,
              GError      **error)
{
  return hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                             "UPDATE barriers SET status = ?2,"
                             " parked_reason = iif (?2 = 'parked', ?3, ''),"
                             " removed_at = iif (?2 = 'removed', coalesce (iif (status = 'removed',"
                             "   removed_at, NULL), ?4), NULL),"
                             " updated_at = ?4, updated_by = ?5 WHERE id = ?1",
                             "xssxo", barrier_id, status, parked_reason, hearth_store_now (store),
                             hearth_store_get_actor (store)) != 0;
}

gboolean
hearth_barrier_set_status (HearthStore  *store,
                           gint64        barrier_id,
                           const char   *status,
                           const char   *note,
                           gint64        session_id,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_autofree char *clean_note = NULL;
  gboolean parking;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!is_one_of (status, statuses))
    return hearth_refuse (error, _("Choose a status from the list"));
  parking = g_str_equal (status, "parked");
  if (parking && hearth_text_is_blank (note))
    return hearth_refuse (error, _("Say why the barrier is parked"));
  if (!hearth_check_text (note, parking ? HEARTH_BARRIER_REASON_MAX : HEARTH_BARRIER_UPDATE_MAX,
                          parking ? _("The reason is too long; keep it to a few lines")
                                  : _("The note is too long to save; shorten it"),
                          error))
    return FALSE;
  clean_note = hearth_dup_trimmed (note);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_barrier (store, barrier_id, FALSE, &barrier, error))
    return FALSE;
  if (g_str_equal (barrier.status, status))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("The barrier already has this status"));

  if (!write_status (store, barrier_id, status, clean_note, error) ||
      write_update (store, barrier_id, session_id, barrier.status, status, clean_note, error) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_barrier_add_update (HearthStore  *store,
                           gint64        barrier_id,
                           const char   *text,
                           gint64        session_id,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_autofree char *clean_text = NULL;
  gint64 update_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  if (hearth_text_is_blank (text))
    {
      hearth_refuse (error, _("Say where the barrier stands"));
      return 0;
    }
  if (!hearth_check_text (text, HEARTH_BARRIER_UPDATE_MAX,
                          _("The note is too long to save; shorten it"), error))
    return 0;
  clean_text = hearth_dup_trimmed (text);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_barrier (store, barrier_id, FALSE, &barrier, error))
    return 0;
  update_id = write_update (store, barrier_id, session_id, NULL, NULL, clean_text, error);
  if (update_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return update_id;
}

gboolean
hearth_barrier_set_action (HearthStore  *store,
                           gint64        barrier_id,
                           gint64        owner_id,
                           const char   *first_action,
                           const char   *due_on,
                           gint64        session_id,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_autofree char *action = NULL;
  g_autofree char *due = NULL;
  gboolean agreed;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!hearth_check_text (first_action, HEARTH_BARRIER_ACTION_MAX,
                          _("The first action is too long; keep it to a few lines"), error))
    return FALSE;
  action = hearth_dup_trimmed (first_action);
  due = hearth_dup_trimmed (due_on);
  if (*due != '\0' && !hearth_date_parse (due, NULL, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_barrier (store, barrier_id, FALSE, &barrier, error))
    return FALSE;
  if (owner_id > 0 && owner_id != barrier.owner_id &&
      !hearth_check_staff (store, owner_id, _("The owner chosen is no longer on the team"), error))
    return FALSE;

  if (MAX (owner_id, 0) == barrier.owner_id && g_str_equal (action, barrier.first_action) &&
      g_strcmp0 (*due != '\0' ? due : NULL, barrier.action_due_on) == 0)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  if (hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                          "UPDATE barriers SET owner_id = ?2, first_action = ?3,"
                          " action_due_on = nullif (?4, ''),"
                          " updated_at = ?5, updated_by = ?6 WHERE id = ?1",
                          "xossxo", barrier_id, owner_id, action, due, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  /* An owner and a first action is what "action agreed" means. */
  agreed = owner_id > 0 && *action != '\0' &&
           (g_str_equal (barrier.status, "raised") || g_str_equal (barrier.status, "understood"));
  if (agreed &&
      (!write_status (store, barrier_id, "action-agreed", NULL, error) ||
       write_update (store, barrier_id, session_id, barrier.status, "action-agreed", action,
                     error) == 0))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* --- Merges ---------------------------------------------------------------- */

gboolean
hearth_barrier_merge (HearthStore  *store,
                      gint64        barrier_id,
                      gint64        into_id,
                      GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_auto(Barrier) into = { 0 };
  g_autoptr(GArray) rows = NULL;
  sqlite3_stmt *stmt;
  gint64 now, actor, merge_id;
  typedef struct {
    gint64 session_id;
    int    position;
    int    raised_here;
    int    votes;
  } Row;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (barrier_id == into_id)
    return hearth_refuse (error, _("A barrier cannot be merged into itself"));
  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !load_barrier (store, barrier_id, FALSE, &barrier, error) ||
      !load_barrier (store, into_id, FALSE, &into, error))
    return FALSE;

  merge_id = hearth_store_write (store, error, "barrier_merges", HEARTH_CHANGE_INSERT, 0,
                                 "INSERT INTO barrier_merges (barrier_id, into_id, weight, at,"
                                 " author_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                                 "xxxxo", barrier_id, into_id, (gint64) barrier.weight, now,
                                 actor);
  if (merge_id == 0)
    return FALSE;

  /* Read every session row first: the writes below change the table. */
  rows = g_array_new (FALSE, FALSE, sizeof (Row));
  stmt = hearth_store_query (store, error,
                             "SELECT session_id, position, raised_here, votes"
                             " FROM stopshop_session_barriers WHERE barrier_id = ?1",
                             "x", barrier_id);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    {
      Row row = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int (stmt, 1),
        sqlite3_column_int (stmt, 2),
        sqlite3_column_int (stmt, 3),
      };

      g_array_append_val (rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* What the merge moved is kept, so that undoing it can move it back. The
   * boards' rows are noted as changes of their sessions. */
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      int into_raised_here = -1;

      if (!look_up_link (store, row->session_id, into_id, &into_raised_here, error) ||
          hearth_store_write (store, error, "barrier_merge_sessions", HEARTH_CHANGE_INSERT,
                              merge_id,
                              "INSERT INTO barrier_merge_sessions (merge_id, session_id,"
                              " position, raised_here, votes, into_had_row, into_raised_here)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              "xxiiiii", merge_id, row->session_id, row->position,
                              row->raised_here, row->votes, into_raised_here >= 0,
                              MAX (into_raised_here, 0)) == 0)
        return FALSE;

      if (into_raised_here >= 0)
        {
          if (hearth_store_write (store, error, "stopshop_session_barriers",
                                  HEARTH_CHANGE_UPDATE, row->session_id,
                                  "UPDATE stopshop_session_barriers SET votes = votes + ?3,"
                                  " raised_here = max (raised_here, ?4)"
                                  " WHERE session_id = ?1 AND barrier_id = ?2",
                                  "xxii", row->session_id, into_id, row->votes,
                                  row->raised_here) == 0)
            return FALSE;
        }
      else if (hearth_store_write (store, error, "stopshop_session_barriers",
                                   HEARTH_CHANGE_UPDATE, row->session_id,
                                   "INSERT INTO stopshop_session_barriers (session_id,"
                                   " barrier_id, votes, raised_here, position)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5)",
                                   "xxiii", row->session_id, into_id, row->votes,
                                   row->raised_here, row->position) == 0)
        return FALSE;
    }

  /* The merged barrier leaves the boards, and the one it joined takes its
   * weight. */
  if (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                          barrier_id,
                          "DELETE FROM stopshop_session_barriers WHERE barrier_id = ?1",
                          "x", barrier_id) == 0 ||
      hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                          "UPDATE barriers SET merged_into_id = ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1",
                          "xxxo", barrier_id, into_id, now, actor) == 0 ||
      hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, into_id,
                          "UPDATE barriers SET weight = weight + ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1",
                          "xxxo", into_id, (gint64) barrier.weight, now, actor) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_barrier_undo_merge (HearthStore  *store,
                           gint64        barrier_id,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Barrier) barrier = { 0 };
  g_auto(Barrier) into = { 0 };
  gboolean found = FALSE;
  gint64 merge_id = 0, into_id = 0, weight = 0, now, actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_barrier (store, barrier_id, TRUE, &barrier, error))
    return FALSE;
  if (barrier.merged_into_id == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier is not merged into another"));

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT id, into_id, weight FROM barrier_merges"
                              " WHERE barrier_id = ?1 AND into_id = ?2 ORDER BY id DESC LIMIT 1",
                              "xx>xxx", barrier_id, barrier.merged_into_id, &merge_id, &into_id,
                              &weight))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("There is no record of this merge, so it cannot be undone"));

  if (!load_barrier (store, into_id, TRUE, &into, error))
    return FALSE;
  if (into.merged_into_id != 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("The barrier this one joined has since been merged itself; "
                                 "undo that merge first"));

  /* Its places come back first, with the votes it brought, no more than
   * the barrier it joined still has there. Where that barrier was in the
   * session only through the merge, every vote there comes back: they were
   * all cast on what the two shared. The boards' rows are noted as changes
   * of the barrier that comes back. */
  if (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                          barrier_id,
                          "INSERT INTO stopshop_session_barriers (session_id, barrier_id,"
                          "  position, raised_here, votes)"
                          " SELECT m.session_id, ?2, m.position, m.raised_here,"
                          "  iif (m.into_had_row, min (m.votes, coalesce (sb.votes, 0)),"
                          "   coalesce (sb.votes, 0))"
                          " FROM barrier_merge_sessions m"
                          "  LEFT JOIN stopshop_session_barriers sb"
                          "   ON sb.session_id = m.session_id AND sb.barrier_id = ?3"
                          " WHERE m.merge_id = ?1",
                          "xxx", merge_id, barrier_id, into_id) == 0)
    return FALSE;

  /* The barrier it joined gives those votes back, and leaves the sessions
   * it joined only through the merge. */
  if (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                          barrier_id,
                          "UPDATE stopshop_session_barriers AS sb"
                          " SET votes = sb.votes - back.votes, raised_here = m.into_raised_here"
                          " FROM barrier_merge_sessions m"
                          "  JOIN stopshop_session_barriers back"
                          "   ON back.session_id = m.session_id AND back.barrier_id = ?2"
                          " WHERE m.merge_id = ?1 AND m.into_had_row"
                          "   AND sb.session_id = m.session_id AND sb.barrier_id = ?3",
                          "xxx", merge_id, barrier_id, into_id) == 0 ||
      hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                          barrier_id,
                          "DELETE FROM stopshop_session_barriers"
                          " WHERE barrier_id = ?2 AND session_id IN (SELECT session_id"
                          "   FROM barrier_merge_sessions WHERE merge_id = ?1"
                          "   AND NOT into_had_row)",
                          "xx", merge_id, into_id) == 0)
    return FALSE;

  if (hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, barrier_id,
                          "UPDATE barriers SET merged_into_id = NULL, updated_at = ?2,"
                          " updated_by = ?3 WHERE id = ?1",
                          "xxo", barrier_id, now, actor) == 0 ||
      hearth_store_write (store, error, "barriers", HEARTH_CHANGE_UPDATE, into_id,
                          "UPDATE barriers SET weight = weight - ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1",
                          "xxxo", into_id, weight, now, actor) == 0)
    return FALSE;

  /* Done with: the record goes, its sessions with it. */
  if (hearth_store_write (store, error, "barrier_merges", HEARTH_CHANGE_DELETE, merge_id,
                          "DELETE FROM barrier_merges WHERE id = ?1",
                          "x", merge_id) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* --- The details dialog ---------------------------------------------------- */

gboolean
hearth_barrier_save_edit (HearthStore              *store,
                          gint64                    barrier_id,
                          const HearthBarrierEdit  *edit,
                          GError                  **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *status = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;

  /* Each step below writes only what changed; the first refusal undoes
   * the steps before it as tx goes. */
  if (!hearth_barrier_set_details (store, barrier_id, &edit->details, error))
    return FALSE;

  if (edit->status != NULL)
    {
      if (!hearth_store_read_row (store, NULL, error,
                                  "SELECT status FROM barriers WHERE id = ?1",
                                  "x>s", barrier_id, &status))
        return FALSE;
      if (!g_str_equal (status, edit->status) &&
          !hearth_barrier_set_status (store, barrier_id, edit->status,
                                      hearth_text_is_blank (edit->status_note) ? NULL
                                                                               : edit->status_note,
                                      0, error))
        return FALSE;
    }

  if (!hearth_barrier_set_action (store, barrier_id, edit->owner_id, edit->first_action,
                                  edit->action_due_on, 0, error))
    return FALSE;

  if (!hearth_text_is_blank (edit->update) &&
      hearth_barrier_add_update (store, barrier_id, edit->update, 0, error) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}
