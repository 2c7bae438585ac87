/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE (hearth_case_get_type ())
G_DECLARE_FINAL_TYPE (HearthCase, hearth_case, HEARTH, CASE, HearthItem)

gint64      hearth_case_get_id                 (HearthCase *self);
const char *hearth_case_get_title              (HearthCase *self);
const char *hearth_case_get_status             (HearthCase *self);
gboolean    hearth_case_get_is_open            (HearthCase *self);
gint64      hearth_case_get_lead_id            (HearthCase *self);
const char *hearth_case_get_lead_name          (HearthCase *self);
const char *hearth_case_get_residents          (HearthCase *self);
gint64      hearth_case_get_opened_at          (HearthCase *self);
gint64      hearth_case_get_closed_at          (HearthCase *self);
const char *hearth_case_get_outcome_name       (HearthCase *self);
gint64      hearth_case_get_last_activity_at   (HearthCase *self);
guint       hearth_case_get_open_agreements    (HearthCase *self);
guint       hearth_case_get_overdue_agreements (HearthCase *self);

/* Params: :status ("open" or "closed"), :mine and :worker_id (a staff id:
 * cases they lead or work on), :outcome_id, :follow_up (TRUE: agreements due
 * within a week or overdue), :resident_id (one resident's cases), :search (an
 * FTS5 query over cases, residents and timelines, matched on the calling
 * thread), :match_ids (a JSON array of case ids, such as HearthCaseSearch
 * finds off the main thread: only those cases).
 * Sorts: "activity", "name", "opened". */
HearthQueryModel *hearth_case_query_new (HearthStore *store);

G_END_DECLS
