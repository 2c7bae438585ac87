/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER_UPDATE (hearth_barrier_update_get_type ())
G_DECLARE_FINAL_TYPE (HearthBarrierUpdate, hearth_barrier_update, HEARTH, BARRIER_UPDATE,
                      HearthItem)

gint64      hearth_barrier_update_get_id          (HearthBarrierUpdate *self);
gint64      hearth_barrier_update_get_barrier_id  (HearthBarrierUpdate *self);
/* The session where it was said, or 0. */
gint64      hearth_barrier_update_get_session_id  (HearthBarrierUpdate *self);
/* When it was written, and by whom ("" when not known). */
gint64      hearth_barrier_update_get_at          (HearthBarrierUpdate *self);
const char *hearth_barrier_update_get_author_name (HearthBarrierUpdate *self);
/* For a change of status, from and to; "" for a note. */
const char *hearth_barrier_update_get_status_from (HearthBarrierUpdate *self);
const char *hearth_barrier_update_get_status_to   (HearthBarrierUpdate *self);
/* The note, or the reason given with a change of status; may be "". */
const char *hearth_barrier_update_get_text        (HearthBarrierUpdate *self);

/* The dated log of one barrier's updates: status changes and notes, once
 * the barrier is set. Sorts: "newest" (latest first), "oldest". */
HearthQueryModel *hearth_barrier_update_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* Whose log it is; 0 for none. */
void hearth_barrier_update_list_set_barrier (HearthQueryModel *updates,
                                             gint64            barrier_id);

G_END_DECLS
