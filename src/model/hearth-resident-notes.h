/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-query-model.h"
#include "hearth-store.h"
#include "hearth-timeline-changes.h"

G_BEGIN_DECLS

/* What a resident says before there is a case: a returning resident rings,
 * and the conversation is logged about them at once, in no case, until it
 * is moved into one of their open cases (hearth_timeline_move_to_case()). */

/* The notes about one resident that are in no case, as HearthTimelineEntry
 * items, once the resident is set (none before). Deleted notes never
 * appear. Sort: "newest" (the default), "oldest". */
HearthQueryModel *hearth_resident_notes_query_new        (HearthStore      *store);
/* Whose notes; 0 for nobody. Reloads the list. */
void              hearth_resident_notes_set_resident     (HearthQueryModel *notes,
                                                          gint64            resident_id);

/* Whether a note of @kind may be written with no case: what was said or
 * done with the resident ("conversation", "home-visit", "phone-call",
 * "message", "note"). What was agreed, spent or gained belongs to a case. */
gboolean          hearth_resident_notes_allows_kind      (const char       *kind);

/* Logs a note about @resident_id in no case; the author is the store's
 * actor. Returns its id, or 0 with @error and nothing written:
 * HEARTH_ERROR_INVALID for what cannot be saved (no summary, a kind that
 * needs a case, …), HEARTH_ERROR_NOT_FOUND when the resident is not in
 * Hearth, HEARTH_ERROR_READ_ONLY when the store cannot be written. */
gint64            hearth_resident_notes_add              (HearthStore              *store,
                                                          gint64                    resident_id,
                                                          const HearthEntryFields  *fields,
                                                          GError                  **error);

/* How many notes about @resident_id are in no case; -1 with @error. */
gint64            hearth_resident_notes_count            (HearthStore      *store,
                                                          gint64            resident_id,
                                                          GError          **error);

G_END_DECLS
