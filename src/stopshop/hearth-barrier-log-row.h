/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-barrier.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER_LOG_ROW (hearth_barrier_log_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthBarrierLogRow, hearth_barrier_log_row, HEARTH, BARRIER_LOG_ROW, GtkWidget)

/* One barrier of the log across sessions: its title; who owns it, its
 * category, how often it was raised, how long it has been open and when it
 * was last updated; whether it has stalled, and its status. */
GtkWidget  *hearth_barrier_log_row_new         (void);
/* Shows @barrier as it stands at @now (the store's clock), stalled when
 * open with no update for @stall_weeks. */
void        hearth_barrier_log_row_show        (HearthBarrierLogRow *self,
                                                HearthBarrier       *barrier,
                                                gint64               now,
                                                guint                stall_weeks);
/* All the row says, in one line, for a screen reader to name it by. */
const char *hearth_barrier_log_row_get_summary (HearthBarrierLogRow *self);

G_END_DECLS
