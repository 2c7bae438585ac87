/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_PAIR (hearth_supervision_pair_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionPair, hearth_supervision_pair, HEARTH, SUPERVISION_PAIR,
                      HearthItem)

gint64      hearth_supervision_pair_get_id              (HearthSupervisionPair *self);
gint64      hearth_supervision_pair_get_supervisor_id   (HearthSupervisionPair *self);
const char *hearth_supervision_pair_get_supervisor_name (HearthSupervisionPair *self);
gint64      hearth_supervision_pair_get_staff_id        (HearthSupervisionPair *self);
const char *hearth_supervision_pair_get_staff_name      (HearthSupervisionPair *self);
/* Every how many weeks they meet. */
guint       hearth_supervision_pair_get_rhythm_weeks    (HearthSupervisionPair *self);
/* The day planned for the next one-to-one, or "". */
const char *hearth_supervision_pair_get_next_on         (HearthSupervisionPair *self);
const char *hearth_supervision_pair_get_started_on      (HearthSupervisionPair *self);
/* The day the pair ended, or "" while it goes on. */
const char *hearth_supervision_pair_get_ended_on        (HearthSupervisionPair *self);
/* The day of their last one-to-one, or "" before the first. */
const char *hearth_supervision_pair_get_last_held_on    (HearthSupervisionPair *self);
/* When the next one-to-one is due: the day planned, or one rhythm after
 * the last one, or the day the pair started; "" once the pair ended. */
const char *hearth_supervision_pair_get_next_due_on     (HearthSupervisionPair *self);
/* Due before today, and the pair goes on. */
gboolean    hearth_supervision_pair_get_overdue         (HearthSupervisionPair *self);
/* The member of staff's actions that are not done or dropped, from any of
 * their one-to-ones. */
guint       hearth_supervision_pair_get_open_actions    (HearthSupervisionPair *self);
guint       hearth_supervision_pair_get_held_count      (HearthSupervisionPair *self);
/* Their newest one-to-one that is not locked yet, to carry on with; 0 for
 * none. */
gint64      hearth_supervision_pair_get_current_id      (HearthSupervisionPair *self);

/* Supervision pairs that go on, narrowed by the filters below. Sorts:
 * "due" (the first due first), "name" (by the member of staff's name). */
HearthQueryModel *hearth_supervision_pair_list_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* "My people": the pairs in which @supervisor_id supervises (the store's
 * actor, for the page that opens on them); 0 for any. */
void hearth_supervision_pair_list_set_supervisor    (HearthQueryModel *pairs,
                                                     gint64            supervisor_id);
/* "My own": the pairs in which @staff_id is supervised; 0 for any. */
void hearth_supervision_pair_list_set_staff         (HearthQueryModel *pairs,
                                                     gint64            staff_id);
/* Pairs that ended too. */
void hearth_supervision_pair_list_set_include_ended (HearthQueryModel *pairs,
                                                     gboolean          include_ended);

G_END_DECLS
