/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"
#include "hearth-supervision-history.h"

G_BEGIN_DECLS

/* One of the people the store's actor supervises, over the period. */
typedef struct
{
  gint64  staff_id;
  char   *name;
  guint   rhythm_weeks;
  /* One-to-ones held in the period; on rhythm is within rhythm_weeks of the
   * one before (or of the day the pair started, for the first), late is
   * after it. */
  guint   held;
  guint   on_rhythm;
  guint   late;
  /* Actions of their one-to-ones closed in the period, by the day they were
   * closed, and those still open now. */
  guint   done;
  guint   dropped;
  guint   open;
  /* How they said they were in the one-to-ones the actor held with them in
   * the period, and the last one before it, so that a line has a start:
   * HearthWellbeingPoint, oldest first. Between the two of them: never
   * written to an export. */
  GArray *wellbeing;
} HearthSupervisionInsightsPerson;

#define HEARTH_TYPE_SUPERVISION_INSIGHTS (hearth_supervision_insights_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionInsights, hearth_supervision_insights, HEARTH,
                      SUPERVISION_INSIGHTS, GObject)

/* The one-to-ones of the people the store's actor supervises now, over
 * [@start, @end), read on @store's connection in this thread. Nobody for
 * no actor. */
HearthSupervisionInsights *hearth_supervision_insights_compute (HearthStore   *store,
                                                                gint64         start,
                                                                gint64         end,
                                                                GError       **error);
/* The same in a worker thread on a reader of its own, for the store's actor
 * at the time of the call. */
void                       hearth_supervision_insights_compute_async  (HearthStore         *store,
                                                                       gint64               start,
                                                                       gint64               end,
                                                                       GCancellable        *cancellable,
                                                                       GAsyncReadyCallback  callback,
                                                                       gpointer             user_data);
HearthSupervisionInsights *hearth_supervision_insights_compute_finish (GAsyncResult  *result,
                                                                       GError       **error);

/* The period: [start, end), Unix time. */
gint64                                 hearth_supervision_insights_get_start         (HearthSupervisionInsights *self);
gint64                                 hearth_supervision_insights_get_end           (HearthSupervisionInsights *self);
/* Whose people these are. */
gint64                                 hearth_supervision_insights_get_supervisor_id (HearthSupervisionInsights *self);
/* The people, by name: never in the order of any figure. */
guint                                  hearth_supervision_insights_get_n_people (HearthSupervisionInsights *self);
const HearthSupervisionInsightsPerson *hearth_supervision_insights_get_person   (HearthSupervisionInsights *self,
                                                                                 guint                      index);

G_END_DECLS
