/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Setting up a Stop Shop session, taking it through its phases, and the
 * dot votes of its Listen phase. Each change is one transaction; a refusal
 * writes nothing. Votes are kept as a total per barrier and session only:
 * who voted for what is never stored, and so can never be shown.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-change-util.h"
#include "hearth-date.h"
#include "hearth-session-changes.h"

static const char * const phases[] = {
  "review", "stop", "collaborate", "listen", "act", "closed", NULL,
};

/* The position of @phase in phases[], or -1. */
static int
phase_index (const char *phase)
{
  for (int i = 0; phases[i] != NULL; i++)
    if (g_strcmp0 (phases[i], phase) == 0)
      return i;
  return -1;
}

const char * const *
hearth_session_phases (void)
{
  return phases;
}

const char *
hearth_session_phase_after (const char *phase,
                            guint       votes_per_person)
{
  int i = phase_index (phase);

  if (i < 0 || phases[i + 1] == NULL)
    return NULL;
  if (votes_per_person == 0 && g_str_equal (phases[i + 1], "listen"))
    return phases[i + 2];
  return phases[i + 1];
}

const char *
hearth_session_phase_before (const char *phase,
                             guint       votes_per_person)
{
  int i = phase_index (phase);

  if (i <= 0)
    return NULL;
  if (votes_per_person == 0 && g_str_equal (phases[i - 1], "listen"))
    return phases[i - 2];
  return phases[i - 1];
}

gboolean
hearth_session_phase_clears_votes (const char *from,
                                   const char *to)
{
  int f = phase_index (from);
  int t = phase_index (to);

  return f >= phase_index ("listen") && t >= 0 && t <= phase_index ("collaborate");
}

void
hearth_session_fields_init (HearthSessionFields *fields)
{
  g_return_if_fail (fields != NULL);

  memset (fields, 0, sizeof *fields);
  fields->votes_per_person = 3;
  fields->stall_weeks = 6;
}

gboolean
hearth_session_fields_validate (const HearthSessionFields  *fields,
                                GError                    **error)
{
  g_return_val_if_fail (fields != NULL, FALSE);

  if (hearth_text_is_blank (fields->held_on))
    return hearth_refuse (error, _("Choose the day of the session"));
  if (!hearth_date_parse (fields->held_on, NULL, error))
    return FALSE;
  if (!hearth_check_text (fields->place, HEARTH_SESSION_PLACE_MAX,
                          _("The place is too long; keep it to one line"), error) ||
      !hearth_check_text (fields->theme, HEARTH_SESSION_THEME_MAX,
                          _("The theme is too long; keep it to one line"), error))
    return FALSE;
  if (fields->votes_per_person > HEARTH_SESSION_VOTES_PER_PERSON_MAX)
    return hearth_refuse (error, _("Give each person at most 12 votes, or none to skip voting"));
  if (fields->voters > HEARTH_SESSION_VOTERS_MAX)
    return hearth_refuse (error, _("A session can count at most 500 people voting"));
  if (fields->stall_weeks < HEARTH_SESSION_STALL_WEEKS_MIN ||
      fields->stall_weeks > HEARTH_SESSION_STALL_WEEKS_MAX)
    return hearth_refuse (error, _("A barrier can be called stalled after 1 to 52 weeks without "
                                   "news"));
  if (fields->phase_minutes > HEARTH_SESSION_PHASE_MINUTES_MAX)
    return hearth_refuse (error, _("A phase can last at most 240 minutes"));
  if (fields->n_ambassadors > 0 && fields->ambassador_ids == NULL)
    return hearth_refuse (error, _("Choose the ambassadors again"));

  for (guint i = 0; fields->teams != NULL && fields->teams[i] != NULL; i++)
    {
      if (hearth_text_is_blank (fields->teams[i]))
        return hearth_refuse (error, _("One of the teams has no name; name it or take it off"));
      if (!hearth_check_text (fields->teams[i], HEARTH_SESSION_TEAM_MAX,
                              _("A team's name is too long; keep it to one line"), error))
        return FALSE;
    }

  return TRUE;
}

typedef struct {
  char  *phase;
  guint  votes_per_person;
  guint  voters;
} Session;

static void
session_clear (Session *session)
{
  g_free (session->phase);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Session, session_clear)

static gboolean
load_session (HearthStore  *store,
              gint64        session_id,
              Session      *session,
              GError      **error)
{
  g_autofree char *phase = NULL;
  gboolean found = FALSE;
  int votes_per_person = 0;
  int voters = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT phase, votes_per_person, voters FROM stopshop_sessions"
                              " WHERE id = ?1",
                              "x>sii", session_id, &phase, &votes_per_person, &voters))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This session no longer exists; it may have been removed "
                                 "elsewhere"));
  g_free (session->phase);
  session->phase = g_steal_pointer (&phase);
  session->votes_per_person = (guint) votes_per_person;
  session->voters = (guint) voters;
  return TRUE;
}

static gboolean
count_votes (HearthStore  *store,
             gint64        session_id,
             guint        *n_votes,
             GError      **error)
{
  gint64 sum = 0;

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT coalesce (sum (votes), 0) FROM stopshop_session_barriers"
                              " WHERE session_id = ?1",
                              "x>x", session_id, &sum))
    return FALSE;
  *n_votes = (guint) sum;
  return TRUE;
}

/* Refuses limits that the votes already cast would break. */
static gboolean
check_votes_fit (HearthStore  *store,
                 gint64        session_id,
                 guint         votes_per_person,
                 guint         voters,
                 GError      **error)
{
  guint cast = 0;

  if (!count_votes (store, session_id, &cast, error))
    return FALSE;
  if (cast > votes_per_person * voters)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u vote has already been cast, more than this would allow; "
                                "take votes back first",
                                "%u votes have already been cast, more than this would allow; "
                                "take votes back first", cast),
                   cast);
      return FALSE;
    }
  return TRUE;
}

/* The ambassadors' and teams' rows are noted as changes of the session's. */
static gboolean
replace_people (HearthStore                *store,
                gint64                      session_id,
                const HearthSessionFields  *fields,
                GError                    **error)
{
  if (hearth_store_write (store, error, "stopshop_session_ambassadors", HEARTH_CHANGE_UPDATE,
                          session_id,
                          "DELETE FROM stopshop_session_ambassadors WHERE session_id = ?1",
                          "x", session_id) == 0)
    return FALSE;

  for (guint i = 0; i < fields->n_ambassadors; i++)
    {
      if (!hearth_check_staff (store, fields->ambassador_ids[i],
                               _("One of the ambassadors chosen is no longer on the team"),
                               error) ||
          hearth_store_write (store, error, "stopshop_session_ambassadors",
                              HEARTH_CHANGE_UPDATE, session_id,
                              "INSERT OR IGNORE INTO stopshop_session_ambassadors"
                              " (session_id, staff_id) VALUES (?1, ?2)",
                              "xx", session_id, fields->ambassador_ids[i]) == 0)
        return FALSE;
    }

  if (hearth_store_write (store, error, "stopshop_session_teams", HEARTH_CHANGE_UPDATE,
                          session_id,
                          "DELETE FROM stopshop_session_teams WHERE session_id = ?1",
                          "x", session_id) == 0)
    return FALSE;

  for (guint i = 0; fields->teams != NULL && fields->teams[i] != NULL; i++)
    {
      g_autofree char *team = hearth_dup_trimmed (fields->teams[i]);

      if (hearth_store_write (store, error, "stopshop_session_teams", HEARTH_CHANGE_UPDATE,
                              session_id,
                              "INSERT OR IGNORE INTO stopshop_session_teams (session_id, team)"
                              " VALUES (?1, ?2)",
                              "xs", session_id, team) == 0)
        return FALSE;
    }

  return TRUE;
}

gint64
hearth_session_create (HearthStore                *store,
                       const HearthSessionFields  *fields,
                       GError                    **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;
  gint64 session_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!hearth_session_fields_validate (fields, error))
    return 0;
  place = hearth_dup_trimmed (fields->place);
  theme = hearth_dup_trimmed (fields->theme);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;

  session_id = hearth_store_write (store, error, "stopshop_sessions", HEARTH_CHANGE_INSERT, 0,
                                   "INSERT INTO stopshop_sessions (held_on, place, theme,"
                                   " votes_per_person, voters, stall_weeks, phase_minutes,"
                                   " created_at, created_by, updated_at, updated_by)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)",
                                   "sssiiiixo", fields->held_on, place, theme,
                                   (int) fields->votes_per_person, (int) fields->voters,
                                   (int) fields->stall_weeks, (int) fields->phase_minutes,
                                   hearth_store_now (store), hearth_store_get_actor (store));
  if (session_id == 0 ||
      !replace_people (store, session_id, fields, error) ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return session_id;
}

gboolean
hearth_session_update (HearthStore                *store,
                       gint64                      session_id,
                       const HearthSessionFields  *fields,
                       GError                    **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Session) session = { 0 };
  g_autofree char *place = NULL;
  g_autofree char *theme = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  if (!hearth_session_fields_validate (fields, error))
    return FALSE;
  place = hearth_dup_trimmed (fields->place);
  theme = hearth_dup_trimmed (fields->theme);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !load_session (store, session_id, &session, error) ||
      !check_votes_fit (store, session_id, fields->votes_per_person, fields->voters, error))
    return FALSE;
  if (fields->votes_per_person == 0 && g_str_equal (session.phase, "listen"))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("The session is voting now; go on to Act or back before "
                                 "skipping the vote"));

  if (hearth_store_write (store, error, "stopshop_sessions", HEARTH_CHANGE_UPDATE, session_id,
                          "UPDATE stopshop_sessions SET held_on = ?1, place = ?2, theme = ?3,"
                          " votes_per_person = ?4, voters = ?5, stall_weeks = ?6,"
                          " phase_minutes = ?7, updated_at = ?8, updated_by = ?9"
                          " WHERE id = ?10",
                          "sssiiiixox", fields->held_on, place, theme,
                          (int) fields->votes_per_person, (int) fields->voters,
                          (int) fields->stall_weeks, (int) fields->phase_minutes,
                          hearth_store_now (store), hearth_store_get_actor (store),
                          session_id) == 0 ||
      !replace_people (store, session_id, fields, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_session_set_voters (HearthStore  *store,
                           gint64        session_id,
                           guint         voters,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Session) session = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (voters > HEARTH_SESSION_VOTERS_MAX)
    return hearth_refuse (error, _("A session can count at most 500 people voting"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !load_session (store, session_id, &session, error) ||
      !check_votes_fit (store, session_id, session.votes_per_person, voters, error) ||
      hearth_store_write (store, error, "stopshop_sessions", HEARTH_CHANGE_UPDATE, session_id,
                          "UPDATE stopshop_sessions SET voters = ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1 AND voters <> ?2",
                          "xixo", session_id, (int) voters, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_session_count_votes_to_clear (HearthStore  *store,
                                     gint64        session_id,
                                     const char   *phase,
                                     guint        *n_votes,
                                     GError      **error)
{
  g_auto(Session) session = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_votes != NULL, FALSE);

  *n_votes = 0;
  if (phase_index (phase) < 0)
    return hearth_refuse (error, _("There is no such phase in a Stop Shop"));
  if (!load_session (store, session_id, &session, error))
    return FALSE;
  if (!hearth_session_phase_clears_votes (session.phase, phase))
    return TRUE;
  return count_votes (store, session_id, n_votes, error);
}

gboolean
hearth_session_go_to_phase (HearthStore  *store,
                            gint64        session_id,
                            const char   *phase,
                            GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Session) session = { 0 };
  int from, to;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  to = phase_index (phase);
  if (to < 0)
    return hearth_refuse (error, _("There is no such phase in a Stop Shop"));
  now = hearth_store_now (store);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_session (store, session_id, &session, error))
    return FALSE;

  from = phase_index (session.phase);
  if (from == to)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);
  if (to > from && g_strcmp0 (hearth_session_phase_after (session.phase, session.votes_per_person),
                              phase) != 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("A session goes forward one phase at a time"));
  if (g_str_equal (phase, "listen") && session.votes_per_person == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This session skips voting; give each person some votes first"));

  /* Going back before the vote clears the votes, and those a merge moved
   * too, so that undoing it brings no votes back from before. */
  if (hearth_session_phase_clears_votes (session.phase, phase) &&
      (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                           session_id,
                           "UPDATE stopshop_session_barriers SET votes = 0"
                           " WHERE session_id = ?1 AND votes <> 0",
                           "x", session_id) == 0 ||
       hearth_store_write (store, error, "barrier_merge_sessions", HEARTH_CHANGE_UPDATE,
                           session_id,
                           "UPDATE barrier_merge_sessions SET votes = 0"
                           " WHERE session_id = ?1 AND votes <> 0",
                           "x", session_id) == 0))
    return FALSE;

  /* closed_at belongs to the closed phase only: set on closing, cleared on
   * reopening. */
  if (hearth_store_write (store, error, "stopshop_sessions", HEARTH_CHANGE_UPDATE, session_id,
                          "UPDATE stopshop_sessions SET phase = ?2,"
                          " closed_at = iif (?2 = 'closed', ?3, NULL),"
                          " updated_at = ?3, updated_by = ?4 WHERE id = ?1",
                          "xsxo", session_id, phase, now, hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

static gboolean
step (HearthStore  *store,
      gint64        session_id,
      gboolean      forward,
      GError      **error)
{
  g_auto(Session) session = { 0 };
  const char *phase;

  if (!load_session (store, session_id, &session, error))
    return FALSE;
  phase = forward ? hearth_session_phase_after (session.phase, session.votes_per_person)
                  : hearth_session_phase_before (session.phase, session.votes_per_person);
  if (phase == NULL)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               forward ? _("This session is already closed")
                                       : _("This session is at its first phase"));
  return hearth_session_go_to_phase (store, session_id, phase, error);
}

gboolean
hearth_session_next_phase (HearthStore  *store,
                           gint64        session_id,
                           GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  return step (store, session_id, TRUE, error);
}

gboolean
hearth_session_previous_phase (HearthStore  *store,
                               gint64        session_id,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  return step (store, session_id, FALSE, error);
}

gboolean
hearth_session_reopen (HearthStore  *store,
                       gint64        session_id,
                       GError      **error)
{
  g_auto(Session) session = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!load_session (store, session_id, &session, error))
    return FALSE;
  if (!g_str_equal (session.phase, "closed"))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This session is not closed"));
  return hearth_session_go_to_phase (store, session_id, "act", error);
}

gboolean
hearth_session_vote (HearthStore  *store,
                     gint64        session_id,
                     gint64        barrier_id,
                     int           delta,
                     GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Session) session = { 0 };
  gboolean found = FALSE;
  int votes = 0;
  guint cast = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (delta == 1 || delta == -1, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !load_session (store, session_id, &session, error))
    return FALSE;
  if (session.votes_per_person == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This session skips voting"));
  if (!g_str_equal (session.phase, "listen"))
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Votes are cast in the Listen phase only"));
  if (session.voters == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Say how many people are voting first"));

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT sb.votes FROM stopshop_session_barriers sb"
                              " JOIN barriers b ON b.id = sb.barrier_id"
                              " WHERE sb.session_id = ?1 AND sb.barrier_id = ?2"
                              "   AND b.merged_into_id IS NULL AND b.deleted_at IS NULL",
                              "xx>i", session_id, barrier_id, &votes))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This barrier is not on this session's board"));

  if (delta < 0 && votes == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This barrier has no votes to take back"));
  if (delta > 0)
    {
      if (!count_votes (store, session_id, &cast, error))
        return FALSE;
      if (cast >= session.votes_per_person * session.voters)
        return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                                   _("Every vote of this session has been used"));
    }

  if (hearth_store_write (store, error, "stopshop_session_barriers", HEARTH_CHANGE_UPDATE,
                          session_id,
                          "UPDATE stopshop_session_barriers SET votes = votes + ?3"
                          " WHERE session_id = ?1 AND barrier_id = ?2",
                          "xxi", session_id, barrier_id, delta) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_session_get_vote_totals (HearthStore  *store,
                                gint64        session_id,
                                guint        *cast,
                                guint        *limit,
                                GError      **error)
{
  g_auto(Session) session = { 0 };
  guint n = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!load_session (store, session_id, &session, error) ||
      !count_votes (store, session_id, &n, error))
    return FALSE;
  if (cast != NULL)
    *cast = n;
  if (limit != NULL)
    *limit = session.votes_per_person * session.voters;
  return TRUE;
}

gboolean
hearth_session_get_barrier_votes (HearthStore  *store,
                                  gint64        session_id,
                                  gint64        barrier_id,
                                  guint        *votes,
                                  GError      **error)
{
  gboolean found = FALSE;
  int n = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (votes != NULL, FALSE);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT votes FROM stopshop_session_barriers"
                              " WHERE session_id = ?1 AND barrier_id = ?2",
                              "xx>i", session_id, barrier_id, &n))
    return FALSE;
  *votes = (guint) n;
  return TRUE;
}

GArray *
hearth_session_dup_top_barrier_ids (HearthStore  *store,
                                    gint64        session_id,
                                    guint         max_barriers,
                                    GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return hearth_store_read_ids (store, error,
                                "SELECT b.id FROM stopshop_session_barriers sb"
                                " JOIN barriers b ON b.id = sb.barrier_id"
                                " WHERE sb.session_id = ?1 AND b.merged_into_id IS NULL"
                                "   AND b.deleted_at IS NULL"
                                " ORDER BY sb.votes DESC, b.weight DESC, sb.position, b.id"
                                " LIMIT ?2",
                                "xx", session_id,
                                max_barriers > 0 ? (gint64) max_barriers : (gint64) -1);
}

gint64 *
hearth_session_dup_ambassador_ids (HearthStore  *store,
                                   gint64        session_id,
                                   guint        *n_ambassadors,
                                   GError      **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (n_ambassadors != NULL, NULL);

  *n_ambassadors = 0;
  ids = hearth_store_read_ids (store, error,
                               "SELECT a.staff_id FROM stopshop_session_ambassadors a"
                               " JOIN staff s ON s.id = a.staff_id"
                               " WHERE a.session_id = ?1 ORDER BY s.name COLLATE NOCASE, s.id",
                               "x", session_id);
  if (ids == NULL)
    return NULL;

  *n_ambassadors = ids->len;
  return (gint64 *) g_array_free (g_steal_pointer (&ids), FALSE);
}
