/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STOPSHOP_SESSION (hearth_stopshop_session_get_type ())
G_DECLARE_FINAL_TYPE (HearthStopShopSession, hearth_stopshop_session, HEARTH, STOPSHOP_SESSION,
                      HearthItem)

gint64      hearth_stopshop_session_get_id               (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_held_on          (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_place            (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_theme            (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_phase            (HearthStopShopSession *self);
guint       hearth_stopshop_session_get_votes_per_person (HearthStopShopSession *self);
guint       hearth_stopshop_session_get_barrier_count    (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_ambassadors      (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_teams            (HearthStopShopSession *self);
const char *hearth_stopshop_session_get_phase_label      (HearthStopShopSession *self);
/* How many people vote (0 until known); votes_per_person × voters is the
 * most votes the session can cast in all. */
guint       hearth_stopshop_session_get_voters           (HearthStopShopSession *self);
/* Weeks without an update after which an open barrier is stalled. */
guint       hearth_stopshop_session_get_stall_weeks      (HearthStopShopSession *self);
/* The countdown for each phase, in minutes; 0 for none. */
guint       hearth_stopshop_session_get_phase_minutes    (HearthStopShopSession *self);
/* When it was closed, or 0 while it is open. */
gint64      hearth_stopshop_session_get_closed_at        (HearthStopShopSession *self);
/* The votes cast in the session so far, in all (never per person). */
guint       hearth_stopshop_session_get_votes_cast       (HearthStopShopSession *self);

/* Every Stop Shop session, newest first. Sort: "date". */
HearthQueryModel *hearth_stopshop_session_query_new (HearthStore *store);

const char *hearth_stopshop_session_phase_label (const char *phase);

/* One session, read once; NULL with HEARTH_ERROR_NOT_FOUND when there is no
 * such session. */
HearthStopShopSession *hearth_stopshop_session_load (HearthStore  *store,
                                                     gint64        session_id,
                                                     GError      **error);

/* The names of the session's facilitating ambassadors in name order, and
 * the teams attending in name order, each as a NULL-terminated array (empty
 * when there are none); NULL with @error set. */
char      **hearth_stopshop_session_dup_ambassador_names (HearthStore  *store,
                                                          gint64        session_id,
                                                          GError      **error);
char      **hearth_stopshop_session_dup_team_names       (HearthStore  *store,
                                                          gint64        session_id,
                                                          GError      **error);

/* The day ("YYYY-MM-DD") of the last session held before @held_on, newly
 * allocated in @day_before, or NULL when there was none. */
gboolean    hearth_stopshop_session_read_day_before      (HearthStore  *store,
                                                          const char   *held_on,
                                                          char        **day_before,
                                                          GError      **error);

G_END_DECLS
