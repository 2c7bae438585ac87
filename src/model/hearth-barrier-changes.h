/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits of what a person types about a barrier, in characters (not
 * bytes), the same as the schema's CHECKs, so a field can show a counter
 * and refuse before saving. */
#define HEARTH_BARRIER_TITLE_MAX    120    /* one line, as typed in the Stop phase */
#define HEARTH_BARRIER_TEXT_MAX     10000  /* what happens, effect on residents */
#define HEARTH_BARRIER_TEAMS_MAX    1000
#define HEARTH_BARRIER_REASON_MAX   1000   /* why it is parked */
#define HEARTH_BARRIER_ACTION_MAX   1000   /* the first action */
#define HEARTH_BARRIER_UPDATE_MAX   10000  /* a note in the log of updates */

/* What can be edited about a barrier. Strings may be NULL for empty. */
typedef struct {
  const char *title;                /* required, one line */
  const char *what_happens;
  const char *effect_on_residents;  /* a real story where there is one */
  const char *category;             /* "system", "process", "policy",
                                     * "ways-of-working", "it",
                                     * "partner-agency" or "other";
                                     * NULL is "other" */
  const char *teams;                /* teams affected, in words */
} HearthBarrierFields;

/* The categories, and the statuses in their order (raised, understood,
 * action-agreed, in-progress, removed, then parked); NULL-terminated,
 * static. Labels: hearth_barrier_category_label(),
 * hearth_barrier_status_label(). */
const char * const *hearth_barrier_categories (void);
const char * const *hearth_barrier_statuses   (void);

/* Checks a one-line title as raising or saving it would: not empty or only
 * white space, at most HEARTH_BARRIER_TITLE_MAX characters, valid UTF-8.
 * Refusals are HEARTH_ERROR_INVALID with a sentence to show. */
gboolean hearth_barrier_check_title   (const char                 *title,
                                       GError                    **error);

/* The open barrier (not removed, parked, merged or deleted) that @title
 * names, ignoring case and white space at either end, that is not on
 * @session_id's board yet: the one to link instead of raising a duplicate.
 * Sets *@barrier_id to its id, or 0 if there is none. */
gboolean hearth_barrier_find_raised_before (HearthStore           *store,
                                            gint64                 session_id,
                                            const char            *title,
                                            gint64                *barrier_id,
                                            GError               **error);

/* Raises a barrier in a session's Stop phase (any phase but "closed"), in
 * one transaction, and returns its id (0 with @error set; nothing written
 * on failure):
 *  - with @existing_id > 0 (chosen by the facilitator), or when
 *    hearth_barrier_find_raised_before() finds one, that barrier is linked
 *    to the session at the end of its board and gains 1 weight; no new
 *    barrier is made (with @existing_id, @title is not used);
 *  - else a new barrier with @title (trimmed, odd characters kept as
 *    typed) is made, status "raised", its first session this one, with
 *    "raised" in its log of updates.
 * A title already on this session's board, or @existing_id already there,
 * is refused: the facilitator sees it there. */
gint64   hearth_barrier_raise         (HearthStore                *store,
                                       gint64                      session_id,
                                       const char                 *title,
                                       gint64                      existing_id,
                                       GError                    **error);

/* Takes back a barrier raised at @session_id by mistake (a slip of the
 * Enter key), in any phase but "closed", in one transaction:
 *  - one first raised here, with nothing since (no other session, no
 *    update, nothing merged into it) is deleted (deleted_at; the row and
 *    its log stay);
 *  - one raised before and linked here loses the weight this raising gave
 *    it and leaves the session's board.
 * Refused when it was not raised at this session, has votes here (take
 * them back first), is merged, or has moved on since it was raised (change
 * its status instead). */
gboolean hearth_barrier_withdraw      (HearthStore                *store,
                                       gint64                      session_id,
                                       gint64                      barrier_id,
                                       GError                    **error);

/* Saves what a barrier is: title, what happens, effect on residents,
 * category and teams affected. An edit that changes nothing writes
 * nothing. */
gboolean hearth_barrier_set_details   (HearthStore                *store,
                                       gint64                      barrier_id,
                                       const HearthBarrierFields  *fields,
                                       GError                    **error);

/* Moves a barrier to @status (see hearth_barrier_statuses()), and writes
 * the change to its log of updates with who (the store's actor), when
 * (the store's clock), from and to, @note, and @session_id (the session
 * where it was said, or 0). "parked" needs a reason: @note, which becomes
 * the parked reason. "removed" sets removed_at; moving out of "removed"
 * clears it, and moving out of "parked" clears the reason (the log keeps
 * both). The barrier's last_update_at becomes now. Moving to the status it
 * has is refused. */
gboolean hearth_barrier_set_status    (HearthStore                *store,
                                       gint64                      barrier_id,
                                       const char                 *status,
                                       const char                 *note,
                                       gint64                      session_id,
                                       GError                    **error);

/* Adds a note to a barrier's log of updates (where it stands, said by its
 * owner at a review), with who and when, and makes last_update_at now, so
 * the barrier is no longer stalled. @text is required. */
gint64   hearth_barrier_add_update    (HearthStore                *store,
                                       gint64                      barrier_id,
                                       const char                 *text,
                                       gint64                      session_id,
                                       GError                    **error);

/* The Act phase: who owns the barrier (@owner_id, active staff, or 0 for
 * nobody), its first action (may be empty) and by when (@due_on,
 * "YYYY-MM-DD", or NULL). A barrier only raised or understood that gets an
 * owner and a first action moves to "action-agreed", logged as any status
 * change (with the first action as its note), which makes it the last
 * update; other changes here are not news of progress and leave
 * last_update_at as it is. */
gboolean hearth_barrier_set_action    (HearthStore                *store,
                                       gint64                      barrier_id,
                                       gint64                      owner_id,
                                       const char                 *first_action,
                                       const char                 *due_on,
                                       gint64                      session_id,
                                       GError                    **error);

/* Collaborate: merges barrier @barrier_id into @into_id, in one
 * transaction. @into_id's weight grows by @barrier_id's; in every session
 * @barrier_id was in, its votes move over to @into_id (which joins the
 * session if it was not in it); @barrier_id is hidden (merged_into_id).
 * What moved is recorded, for hearth_barrier_undo_merge(). Refused for a
 * barrier into itself, or into or from one that is merged or deleted. */
gboolean hearth_barrier_merge         (HearthStore                *store,
                                       gint64                      barrier_id,
                                       gint64                      into_id,
                                       GError                    **error);

/* Undoes the last merge of @barrier_id: it comes back with its weight, its
 * places and votes in each session, and the barrier it was merged into
 * loses them again. Votes cleared since (by going back past voting) stay
 * cleared; votes taken back since come back no higher than the barrier it
 * joined still has; where that barrier was in a session only through the
 * merge, it leaves the session and every vote there comes back. Refused
 * when @barrier_id is not merged, or the barrier it joined has since been
 * merged itself (undo that one first). */
gboolean hearth_barrier_undo_merge    (HearthStore                *store,
                                       gint64                      barrier_id,
                                       GError                    **error);

/* Everything a barrier's details dialog saves at once. Strings may be NULL
 * for empty. */
typedef struct {
  HearthBarrierFields  details;
  const char          *status;         /* see hearth_barrier_statuses(); NULL keeps it */
  const char          *status_note;    /* said with a change of status; parked needs it */
  gint64               owner_id;       /* active staff, the owner it has, or 0 for nobody */
  const char          *first_action;
  const char          *action_due_on;  /* "YYYY-MM-DD", or NULL or "" for no date */
  const char          *update;         /* a note for its log of updates; blank for none */
} HearthBarrierEdit;

/* Saves a barrier as its details dialog leaves it, in one transaction: all
 * of it, or nothing when any part is refused. In order: its details
 * (hearth_barrier_set_details()); its status, when @edit asks for another
 * (hearth_barrier_set_status(), with the status note), before the action,
 * since agreeing an action on a barrier only raised moves it on by itself;
 * its owner, first action and date (hearth_barrier_set_action(), which
 * writes nothing when they are as they were); then the update, when there
 * is one (hearth_barrier_add_update()). No session is recorded: this is
 * the barrier log, between sessions. */
gboolean hearth_barrier_save_edit     (HearthStore                *store,
                                       gint64                      barrier_id,
                                       const HearthBarrierEdit    *edit,
                                       GError                    **error);

G_END_DECLS
