/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"
#include "hearth-supervision-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_ACTION (hearth_supervision_action_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionAction, hearth_supervision_action, HEARTH,
                      SUPERVISION_ACTION, HearthItem)

gint64      hearth_supervision_action_get_id             (HearthSupervisionAction *self);
/* The one-to-one that agreed it, and the day it was held. */
gint64      hearth_supervision_action_get_supervision_id (HearthSupervisionAction *self);
const char *hearth_supervision_action_get_agreed_on      (HearthSupervisionAction *self);
/* The member of staff whose one-to-one agreed it. */
gint64      hearth_supervision_action_get_staff_id       (HearthSupervisionAction *self);
const char *hearth_supervision_action_get_text           (HearthSupervisionAction *self);
/* Who does it: 0 and "" for nobody on the team list. */
gint64      hearth_supervision_action_get_owner_id       (HearthSupervisionAction *self);
const char *hearth_supervision_action_get_owner_name     (HearthSupervisionAction *self);
/* By when, or "". */
const char *hearth_supervision_action_get_due_on         (HearthSupervisionAction *self);
HearthSupervisionActionStatus
            hearth_supervision_action_get_status         (HearthSupervisionAction *self);
const char *hearth_supervision_action_get_status_label   (HearthSupervisionAction *self);
/* Why it was dropped, or "". */
const char *hearth_supervision_action_get_dropped_reason (HearthSupervisionAction *self);
/* When it was done or dropped (seconds since the epoch), or 0. */
gint64      hearth_supervision_action_get_closed_at      (HearthSupervisionAction *self);
/* The one-to-one it was done or dropped in, or 0 for none. */
gint64      hearth_supervision_action_get_closed_in_id   (HearthSupervisionAction *self);
/* How many later one-to-ones of the member of staff it was carried over
 * into while it was open. */
guint       hearth_supervision_action_get_carried_over   (HearthSupervisionAction *self);
/* Open and due before today. */
gboolean    hearth_supervision_action_get_overdue        (HearthSupervisionAction *self);

/* Actions agreed in one-to-ones, narrowed by the filters below. Sort:
 * "agenda" (those carried over into the one-to-one of
 * hearth_supervision_action_list_set_supervision() first, then by the day
 * they were agreed). */
HearthQueryModel *hearth_supervision_action_list_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* What a one-to-one shows: the actions agreed in it, and those agreed
 * earlier with the same member of staff that were open when it was held;
 * 0 for every one-to-one's. */
void hearth_supervision_action_list_set_supervision (HearthQueryModel *actions,
                                                     gint64            supervision_id);
/* One member of staff's actions; 0 for everyone's. */
void hearth_supervision_action_list_set_staff       (HearthQueryModel *actions,
                                                     gint64            staff_id);
/* Only the actions still open. */
void hearth_supervision_action_list_set_open_only   (HearthQueryModel *actions,
                                                     gboolean          open_only);

G_END_DECLS
