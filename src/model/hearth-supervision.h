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
