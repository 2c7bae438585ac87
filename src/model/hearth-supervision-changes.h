/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits in characters, as the schema's CHECKs have them. */
#define HEARTH_SUPERVISION_TEXT_MAX       10000
#define HEARTH_SUPERVISION_ACTION_MAX     1000
#define HEARTH_SUPERVISION_REASON_MAX     1000
#define HEARTH_SUPERVISION_ESCALATED_MAX  200

/* How often a pair meets, in weeks. */
#define HEARTH_SUPERVISION_RHYTHM_DEFAULT 4
#define HEARTH_SUPERVISION_RHYTHM_MAX     52

/* How are you, really: 1 (struggling) to 5 (thriving); 0 for not said. */
#define HEARTH_WELLBEING_MAX 5

/* The parts of a one-to-one that are written as text, in the order of the
 * conversation. Every one is shared by the two of them (the wellbeing
 * note with the scale: "the two of you") but the private note, which only
 * the supervisor ever reads or writes. */
typedef enum {
  HEARTH_SUPERVISION_WELLBEING_NOTE,
  HEARTH_SUPERVISION_GOING_WELL,
  HEARTH_SUPERVISION_BEEN_HARD,
  HEARTH_SUPERVISION_REFLECTION,
  HEARTH_SUPERVISION_LEARNING,
  HEARTH_SUPERVISION_BEHAVIOURS_NOTE,
  HEARTH_SUPERVISION_PRIVATE_NOTE,
} HearthSupervisionField;

#define HEARTH_SUPERVISION_N_FIELDS 7

typedef enum {
  HEARTH_SUPERVISION_ACTION_OPEN,
  HEARTH_SUPERVISION_ACTION_DONE,
  HEARTH_SUPERVISION_ACTION_DROPPED,
} HearthSupervisionActionStatus;

typedef enum {
  HEARTH_PRACTICE_CELEBRATE,
  HEARTH_PRACTICE_ESCALATE,
} HearthPracticeKind;

/* “Struggling”, “Finding it hard”, “Okay”, “Doing well”, “Thriving” for 1
 * to 5; NULL for anything else. */
const char *hearth_wellbeing_get_label              (int                            wellbeing);
/* “Open”, “Done”, “Dropped”. */
const char *hearth_supervision_action_status_get_label (HearthSupervisionActionStatus status);
/* “Celebrate”, “Escalate”. */
const char *hearth_practice_kind_get_label          (HearthPracticeKind             kind);

/* Changes to one-to-ones. Each is one transaction through the store's
 * audited writes, as the store's actor; refusals write nothing and are
 * HEARTH_ERROR_INVALID for what was typed or chosen,
 * HEARTH_ERROR_NOT_FOUND for a record that is gone and
 * HEARTH_ERROR_CONFLICT for a change that the record's state, its version
 * or the actor's part in it does not allow, each with a sentence to show.
 *
 * Days are “YYYY-MM-DD”. No day more than a year ahead or more than ten
 * years back is taken. */

/* --- Pairs --------------------------------------------------------------------- */

/* Pairs @supervisor_id with @staff_id, meeting every @rhythm_weeks (1 to
 * 52), from today. A pair that ended starts again with its one-to-ones;
 * one that is going already is refused. A one-to-one with oneself is
 * refused. Returns the pair's id, or 0 with @error. */
gint64   hearth_supervision_pair_create     (HearthStore  *store,
                                             gint64        supervisor_id,
                                             gint64        staff_id,
                                             guint         rhythm_weeks,
                                             GError      **error);
gboolean hearth_supervision_pair_set_rhythm (HearthStore  *store,
                                             gint64        pair_id,
                                             guint         rhythm_weeks,
                                             GError      **error);
/* Ends the pair today, and takes back any day planned; its one-to-ones
 * are kept. */
gboolean hearth_supervision_pair_end        (HearthStore  *store,
                                             gint64        pair_id,
                                             GError      **error);
/* Plans the pair's next one-to-one on @day (today or later), or takes
 * the plan back with NULL. */
gboolean hearth_supervision_plan            (HearthStore  *store,
                                             gint64        pair_id,
                                             const char   *day,
                                             GError      **error);
/* Starts the pair's one-to-one now (@held_on NULL), or records one held
 * on an earlier day; the plan, if any, is taken back. Starting again on a
 * day that has a one-to-one of the pair that is not locked yet returns
 * that one, so that two windows start one conversation. A new one
 * records the member of staff's latest released 360° report, the one the
 * two of them talk over. Returns the one-to-one's id, or 0 with @error. */
gint64   hearth_supervision_start           (HearthStore  *store,
                                             gint64        pair_id,
                                             const char   *held_on,
                                             GError      **error);

/* --- The record ----------------------------------------------------------------- */

/* Only the member of staff and their supervisor write in their one-to-one,
 * and only the supervisor writes the private note. Each change of the
 * record carries the @version it read (hearth_supervision_get_version());
 * a stale one is refused with HEARTH_ERROR_CONFLICT, so that two windows
 * never overwrite each other. On success *@new_version (may be NULL) is
 * the record's version now. A locked record refuses every change: later
 * changes are addenda.
 *
 * A change to what both of them see takes back any agreement already
 * given, as it was given to other words. */
gboolean hearth_supervision_save_text       (HearthStore             *store,
                                             gint64                   supervision_id,
                                             gint64                   version,
                                             HearthSupervisionField   field,
                                             const char              *text,
                                             gint64                  *new_version,
                                             GError                 **error);
/* @wellbeing from 1 to 5, or 0 to take it back. */
gboolean hearth_supervision_set_wellbeing   (HearthStore             *store,
                                             gint64                   supervision_id,
                                             gint64                   version,
                                             int                      wellbeing,
                                             gint64                  *new_version,
                                             GError                 **error);
/* The private note, for the supervisor who holds the one-to-one (the
 * store's actor) and for nobody else: NULL without an error for anyone
 * else, so that nothing shown or exported for them can hold it; NULL with
 * @error when the record is gone. g_free() it. */
char    *hearth_supervision_dup_private_note (HearthStore            *store,
                                              gint64                  supervision_id,
                                              GError                **error);

/* The case reflected on: one of the member of staff's cases (they lead
 * it or work on it). Becomes the record's reflection case. */
gboolean hearth_supervision_link_case       (HearthStore  *store,
                                             gint64        supervision_id,
                                             gint64        case_id,
                                             GError      **error);
/* An entry of the timeline of one of the member of staff's cases; the
 * record reflects on its case if it reflected on none. */
gboolean hearth_supervision_link_entry      (HearthStore  *store,
                                             gint64        supervision_id,
                                             gint64        entry_id,
                                             GError      **error);
gboolean hearth_supervision_unlink          (HearthStore  *store,
                                             gint64        link_id,
                                             GError      **error);

/* Agrees the record as the actor: as its member of staff or as its
 * supervisor. The second agreement locks it, in the same transaction.
 * Agreeing again changes nothing. */
gboolean hearth_supervision_agree           (HearthStore  *store,
                                             gint64        supervision_id,
                                             gint64        version,
                                             GError      **error);
/* A dated addendum to a locked record, by the actor (its member of staff
 * or its supervisor). Returns its id, or 0 with @error. */
gint64   hearth_supervision_add_addendum    (HearthStore  *store,
                                             gint64        supervision_id,
                                             const char   *text,
                                             GError      **error);

/* --- Agreed actions --------------------------------------------------------------- */

/* What, who (a staff member; 0 for the member of staff) and by when (NULL
 * for no day), agreed in a one-to-one that is not locked. Returns the
 * action's id, or 0 with @error. */
gint64   hearth_supervision_add_action      (HearthStore  *store,
                                             gint64        supervision_id,
                                             const char   *text,
                                             gint64        owner_id,
                                             const char   *due_on,
                                             GError      **error);
/* Changes an open action while the one-to-one that agreed it is not
 * locked. */
gboolean hearth_supervision_update_action   (HearthStore  *store,
                                             gint64        action_id,
                                             const char   *text,
                                             gint64        owner_id,
                                             const char   *due_on,
                                             GError      **error);
/* Marks an open action done, or drops it with a reason (not blank), in the
 * one-to-one @in_supervision_id (one of the same member of staff, not
 * locked, and not earlier than the one that agreed it) or outside any
 * (0). */
gboolean hearth_supervision_action_done     (HearthStore  *store,
                                             gint64        action_id,
                                             gint64        in_supervision_id,
                                             GError      **error);
gboolean hearth_supervision_action_drop     (HearthStore  *store,
                                             gint64        action_id,
                                             gint64        in_supervision_id,
                                             const char   *reason,
                                             GError      **error);

/* --- Examples of practice ------------------------------------------------------------ */

/* What happened, when, optionally on which case and in which one-to-one
 * of the person it was raised; for one to escalate, who it went to and
 * what came of it; and whether the member of staff sees it. One to
 * escalate says who it went to; what came of it can follow later. */
typedef struct {
  gint64              staff_id;
  HearthPracticeKind  kind;
  const char         *happened_on;
  const char         *text;
  gint64              case_id;          /* 0 for none */
  gint64              supervision_id;   /* 0 for none */
  const char         *escalated_to;     /* only to escalate */
  const char         *outcome;
  gboolean            shared;
} HearthPracticeExampleSpec;

gint64   hearth_practice_example_create     (HearthStore                      *store,
                                             const HearthPracticeExampleSpec  *spec,
                                             GError                          **error);
/* The person it is about does not change. */
gboolean hearth_practice_example_update     (HearthStore                      *store,
                                             gint64                            example_id,
                                             const HearthPracticeExampleSpec  *spec,
                                             GError                          **error);

G_END_DECLS
