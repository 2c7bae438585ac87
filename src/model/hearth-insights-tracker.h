/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* How long the tracker waits after a change for the burst it may belong to
 * to end, in milliseconds. */
#define HEARTH_INSIGHTS_TRACKER_DELAY_MS 1000

#define HEARTH_TYPE_INSIGHTS_TRACKER (hearth_insights_tracker_get_type ())
G_DECLARE_FINAL_TYPE (HearthInsightsTracker, hearth_insights_tracker, HEARTH, INSIGHTS_TRACKER,
                      GObject)

/* Follows the tables that the insights are worked out from and emits
 * ::changed when their figures may have changed: once for a burst of
 * changes, when it has been quiet for HEARTH_INSIGHTS_TRACKER_DELAY_MS.
 * Changes to other tables (the team's list, barriers, feedback) are not
 * news to the insights. Needs the thread's main context. */
HearthInsightsTracker *hearth_insights_tracker_new       (HearthStore           *store);

HearthStore           *hearth_insights_tracker_get_store (HearthInsightsTracker *self);

G_END_DECLS
