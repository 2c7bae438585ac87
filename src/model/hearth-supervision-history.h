/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* How promises made in one-to-ones were kept, and how the one-to-ones kept
 * to their rhythm, over time: to learn from, not to score. Nothing here
 * ranks people. */

/* Whose promises: those made in one person's one-to-ones, in the
 * one-to-ones one supervisor held, and/or owned by one person; 0 for any.
 * "By person" is @staff_id, "by supervisor" @supervisor_id; both with
 * @owner_id the supervisor say what the supervisor promised that person. */
typedef struct {
  gint64 staff_id;
  gint64 supervisor_id;
  gint64 owner_id;
} HearthPromisesFilter;

/* The actions agreed in one-to-ones held in one quarter of a year, and
 * what became of them. Done on time is done on or before the day it was
 * due (or done, with no day set); done late, after it. */
typedef struct {
  int   year;
  int   quarter;        /* 1 to 4 */
  guint agreed;
  guint done_on_time;
  guint done_late;
  guint dropped;
  guint open;
} HearthPromiseQuarter;

/* Every quarter in which actions were agreed, oldest first, as an array of
 * HearthPromiseQuarter; NULL with @error on failure. */
GArray  *hearth_supervision_history_promises  (HearthStore                 *store,
                                               const HearthPromisesFilter  *filter,
                                               GError                     **error);
/* The quarters of @quarters added up (year and quarter 0). */
void     hearth_promise_quarters_total        (GArray                      *quarters,
                                               HearthPromiseQuarter        *total);

/* How someone was, one-to-one by one-to-one. */
typedef struct {
  gint64 supervision_id;
  char   held_on[16];
  int    wellbeing;     /* 1 to 5 */
} HearthWellbeingPoint;

/* How @staff_id was over time, oldest first, as an array of
 * HearthWellbeingPoint, for the two people in each one-to-one: the member
 * of staff sees all of theirs; a supervisor (the store's actor) only those
 * of the one-to-ones they held. For anyone else, refused with
 * HEARTH_ERROR_CONFLICT. One-to-ones in which it was not said are left
 * out. */
GArray  *hearth_supervision_history_wellbeing (HearthStore                 *store,
                                               gint64                       staff_id,
                                               GError                     **error);

/* One-to-ones held on rhythm (no later than their pair's rhythm after the
 * one before, of the same pair) and late; the first of each pair is
 * neither. */
typedef struct {
  guint on_rhythm;
  guint late;
} HearthRhythmFigures;

/* For @filter's staff_id and supervisor_id (its owner_id is not used). */
gboolean hearth_supervision_history_rhythm    (HearthStore                 *store,
                                               const HearthPromisesFilter  *filter,
                                               HearthRhythmFigures         *figures,
                                               GError                     **error);

G_END_DECLS
