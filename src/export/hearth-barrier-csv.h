/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-csv-writer.h"

G_BEGIN_DECLS

/* The barrier log as shown (filtered and sorted), one row per barrier of
 * @barriers, a list of HearthBarrier such as hearth_barrier_query_new()
 * makes: barrier, category, status, owner, teams affected, weight, votes
 * (the total over all sessions), first action, action due, raised, last
 * update, removed (ISO dates), why it is parked, and what happens.
 * Nothing private: nothing is read from cases, votes are totals (no one's
 * votes are in it), and the effect on residents is left out, since its
 * real stories name residents. Save it with hearth_csv_writer_save(). */
HearthCsvWriter *hearth_barrier_csv_new (GListModel *barriers);

G_END_DECLS
