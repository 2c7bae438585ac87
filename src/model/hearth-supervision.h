/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION (hearth_supervision_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervision, hearth_supervision, HEARTH, SUPERVISION, HearthItem)

gint64      hearth_supervision_get_id              (HearthSupervision *self);
gint64      hearth_supervision_get_supervisor_id   (HearthSupervision *self);
const char *hearth_supervision_get_supervisor_name (HearthSupervision *self);
gint64      hearth_supervision_get_staff_id        (HearthSupervision *self);
const char *hearth_supervision_get_staff_name      (HearthSupervision *self);
const char *hearth_supervision_get_held_on         (HearthSupervision *self);
gint64      hearth_supervision_get_wellbeing       (HearthSupervision *self);
gboolean    hearth_supervision_get_locked          (HearthSupervision *self);
guint       hearth_supervision_get_action_count    (HearthSupervision *self);
guint       hearth_supervision_get_open_actions    (HearthSupervision *self);
/* The record's version, which every change of it carries
 * (hearth_supervision_save_text()). */
gint64      hearth_supervision_get_version         (HearthSupervision *self);
/* When it was started in Hearth, or 0 for one recorded afterwards. */
gint64      hearth_supervision_get_started_at      (HearthSupervision *self);
/* “Struggling” … “Thriving”, or "" when not said. */
const char *hearth_supervision_get_wellbeing_label (HearthSupervision *self);
/* The shared parts of the record, in the order of the conversation. The
 * private note is not here: see hearth_supervision_dup_private_note(). */
const char *hearth_supervision_get_wellbeing_note  (HearthSupervision *self);
const char *hearth_supervision_get_going_well      (HearthSupervision *self);
const char *hearth_supervision_get_been_hard       (HearthSupervision *self);
/* The case reflected on: 0 and "" for none. */
gint64      hearth_supervision_get_reflection_case_id    (HearthSupervision *self);
const char *hearth_supervision_get_reflection_case_title (HearthSupervision *self);
const char *hearth_supervision_get_reflection      (HearthSupervision *self);
const char *hearth_supervision_get_learning        (HearthSupervision *self);
const char *hearth_supervision_get_behaviours_note (HearthSupervision *self);
gint64      hearth_supervision_get_feedback_cycle_id (HearthSupervision *self);
/* When each of them agreed the record, and when it was locked; 0 for not
 * yet. */
gint64      hearth_supervision_get_agreed_by_staff_at      (HearthSupervision *self);
gint64      hearth_supervision_get_agreed_by_supervisor_at (HearthSupervision *self);
gint64      hearth_supervision_get_locked_at       (HearthSupervision *self);
guint       hearth_supervision_get_addenda_count   (HearthSupervision *self);
/* How many actions agreed in earlier one-to-ones were still open when this
 * one was held: those it carried over. */
guint       hearth_supervision_get_carried_over_actions (HearthSupervision *self);

/* One one-to-one, read now: for an export or a page that shows one
 * record. NULL with HEARTH_ERROR_NOT_FOUND when it is gone. */
HearthSupervision *hearth_supervision_load (HearthStore  *store,
                                           gint64        supervision_id,
                                           GError      **error);

/* One-to-ones, narrowed by the filters below. Sort: "date". */
HearthQueryModel *hearth_supervision_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* One person's one-to-ones; 0 for everyone's. */
void hearth_supervision_list_set_staff      (HearthQueryModel *supervisions,
                                             gint64            staff_id);

/* Those one supervisor holds; 0 for any. */
void hearth_supervision_list_set_supervisor (HearthQueryModel *supervisions,
                                             gint64            supervisor_id);

G_END_DECLS
