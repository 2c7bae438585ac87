/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits of a Stop Shop session, the same as the schema's CHECKs; texts in
 * characters (not bytes), so a form can show a counter and refuse before
 * saving. */
#define HEARTH_SESSION_PLACE_MAX             200
#define HEARTH_SESSION_THEME_MAX             200
#define HEARTH_SESSION_TEAM_MAX              200
#define HEARTH_SESSION_VOTES_PER_PERSON_MAX  12    /* 0 skips voting */
#define HEARTH_SESSION_VOTERS_MAX            500
#define HEARTH_SESSION_STALL_WEEKS_MIN       1
#define HEARTH_SESSION_STALL_WEEKS_MAX       52
#define HEARTH_SESSION_PHASE_MINUTES_MAX     240   /* 0: no countdown */
/* How many barriers the Act phase and the summary call "the top ones". */
#define HEARTH_SESSION_TOP_BARRIERS          5

/* What a facilitator sets up for a session. Strings may be NULL for empty. */
typedef struct {
  const char         *held_on;           /* "YYYY-MM-DD", required */
  const char         *place;
  const char         *theme;
  guint               votes_per_person;  /* 0 to 12; 0 skips the Listen phase */
  guint               voters;            /* people voting, 0 until known */
  guint               stall_weeks;       /* 1 to 52: no update for this long is stalled */
  guint               phase_minutes;     /* countdown for each phase, 0 for none */
  const gint64       *ambassador_ids;    /* the facilitating ambassadors */
  guint               n_ambassadors;
  const char * const *teams;             /* teams attending, NULL-terminated; may be NULL */
} HearthSessionFields;

/* Sets the defaults of a new session: 3 votes each, stalled after 6 weeks,
 * no countdown, nothing else. */
void     hearth_session_fields_init     (HearthSessionFields        *fields);

/* Checks @fields as a save would, with a sentence to show on failure
 * (HEARTH_ERROR_INVALID): a real date, texts within their limits, the
 * numbers within theirs, no blank team. Ambassadors are checked on save. */
gboolean hearth_session_fields_validate (const HearthSessionFields  *fields,
                                         GError                    **error);

/* Creates a session in its first phase, "review", with its ambassadors
 * (active staff) and teams, in one transaction. Returns its id, or 0 with
 * @error set; nothing is written on failure. */
gint64   hearth_session_create          (HearthStore                *store,
                                         const HearthSessionFields  *fields,
                                         GError                    **error);

/* Saves a session's setup: date, place, theme, the numbers, and replaces
 * its ambassadors and teams. Refused if the votes already cast would be
 * more than the new votes_per_person × voters allows. The phase is left as
 * it is. */
gboolean hearth_session_update          (HearthStore                *store,
                                         gint64                      session_id,
                                         const HearthSessionFields  *fields,
                                         GError                    **error);

/* The session's facilitating ambassadors, in name order, for editing its
 * setup; g_free() the array. NULL with @error set on failure. */
gint64  *hearth_session_dup_ambassador_ids (HearthStore             *store,
                                            gint64                   session_id,
                                            guint                   *n_ambassadors,
                                            GError                 **error);

/* Sets only how many people are voting (0 to HEARTH_SESSION_VOTERS_MAX),
 * such as when the room fills up during the Listen phase. Refused if the
 * votes already cast would no longer fit. */
gboolean hearth_session_set_voters      (HearthStore                *store,
                                         gint64                      session_id,
                                         guint                       voters,
                                         GError                    **error);

/* --- Phases --------------------------------------------------------------
 *
 * "review" (what is still open from earlier sessions) → "stop" (gather) →
 * "collaborate" (merge duplicates) → "listen" (dot-vote) → "act" (owners,
 * first actions, dates) → "closed". A session with 0 votes per person goes
 * from "collaborate" straight to "act". */

/* The phases in order, "review" to "closed"; NULL-terminated, static. */
const char * const *hearth_session_phases (void);

/* The phase after @phase, or NULL after "closed" (or for an unknown phase);
 * "listen" is skipped when @votes_per_person is 0. */
const char *hearth_session_phase_after  (const char                 *phase,
                                         guint                       votes_per_person);
/* The phase before @phase, or NULL before "review"; "listen" is skipped when
 * @votes_per_person is 0. */
const char *hearth_session_phase_before (const char                 *phase,
                                         guint                       votes_per_person);

/* TRUE when going from @from to @to leaves voting behind: from "listen",
 * "act" or "closed" back to "collaborate" or earlier. Such a move clears
 * the session's votes. */
gboolean hearth_session_phase_clears_votes (const char              *from,
                                            const char              *to);

/* How many votes going to @phase would clear (0 when the move keeps them),
 * so the UI can ask "Clear the 14 votes cast?" before it goes back. Returns
 * FALSE with @error set if the session is gone or @phase is not a phase. */
gboolean hearth_session_count_votes_to_clear (HearthStore           *store,
                                              gint64                 session_id,
                                              const char            *phase,
                                              guint                 *n_votes,
                                              GError               **error);

/* Moves a session to @phase, forwards or back, in one transaction:
 *  - forwards one phase at a time (see hearth_session_phase_after());
 *  - back to any earlier phase; back past voting (see
 *    hearth_session_phase_clears_votes()) sets every vote of the session to
 *    0 in the same transaction, so ask first with
 *    hearth_session_count_votes_to_clear();
 *  - to "closed" sets closed_at; out of "closed" (a session closed by
 *    accident) clears it.
 * "listen" is refused when the session has 0 votes per person. Moving to
 * the phase the session is in does nothing and succeeds. */
gboolean hearth_session_go_to_phase     (HearthStore                *store,
                                         gint64                      session_id,
                                         const char                 *phase,
                                         GError                    **error);

/* hearth_session_go_to_phase() to the next phase, or the one before. */
gboolean hearth_session_next_phase      (HearthStore                *store,
                                         gint64                      session_id,
                                         GError                    **error);
gboolean hearth_session_previous_phase  (HearthStore                *store,
                                         gint64                      session_id,
                                         GError                    **error);

/* Reopens a session closed by accident: back to "act", votes kept. */
gboolean hearth_session_reopen          (HearthStore                *store,
                                         gint64                      session_id,
                                         GError                    **error);

/* --- Votes (Listen) ------------------------------------------------------- */

/* Adds (@delta +1) or takes back (@delta −1) one dot vote on a barrier of
 * the session, in the "listen" phase only. Refused with a sentence when the
 * session skips voting or does not know how many people vote, when the
 * barrier has no votes to take back (never below 0), and when every vote of
 * the session has been used (the total never passes votes_per_person ×
 * voters). Only the total per barrier is stored, never who voted. */
gboolean hearth_session_vote            (HearthStore                *store,
                                         gint64                      session_id,
                                         gint64                      barrier_id,
                                         int                         delta,
                                         GError                    **error);

/* The votes cast in the session so far and how many it allows in all
 * (votes_per_person × voters); either pointer may be NULL. */
gboolean hearth_session_get_vote_totals (HearthStore                *store,
                                         gint64                      session_id,
                                         guint                      *cast,
                                         guint                      *limit,
                                         GError                    **error);

/* The votes a barrier has in this session (0 if it is not in it). */
gboolean hearth_session_get_barrier_votes (HearthStore              *store,
                                           gint64                    session_id,
                                           gint64                    barrier_id,
                                           guint                    *votes,
                                           GError                  **error);

/* The session's barriers for the Act phase, most votes in this session
 * first, then the greatest weight, then the first raised; merged and
 * deleted barriers left out; at most @max_barriers (0 for all). Returns a
 * GArray of gint64 ids (empty when there are none), or NULL with @error
 * set; g_array_unref() it. */
GArray  *hearth_session_dup_top_barrier_ids (HearthStore            *store,
                                             gint64                  session_id,
                                             guint                   max_barriers,
                                             GError                **error);

G_END_DECLS
