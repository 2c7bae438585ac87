/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-live-search.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_SEARCH (hearth_case_search_get_type ())
G_DECLARE_FINAL_TYPE (HearthCaseSearch, hearth_case_search, HEARTH, CASE_SEARCH, HearthLiveSearch)

/* Full-text search of the case list, off the main thread: the cases that
 * hold every word typed (each word as a prefix) somewhere — in the case's
 * title or closing note, a resident's record, or the timeline (entries not
 * deleted) — each word in any of them. The matching runs on a worker
 * thread with a read-only connection of its own; the case list then sorts
 * and pages only the ids found, through the case query's :match_ids
 * parameter. */
HearthCaseSearch *hearth_case_search_new         (HearthStore          *store);
HearthStore      *hearth_case_search_get_store   (HearthCaseSearch     *self);

/* One search of @text. Finishes with the matching case ids, ascending (an
 * empty array when nothing matches or @text holds no word to look for); a
 * search cancelled before it finished delivers G_IO_ERROR_CANCELLED only. */
void              hearth_case_search_find_async  (HearthCaseSearch     *self,
                                                  const char           *text,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GArray           *hearth_case_search_find_finish (HearthCaseSearch     *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

/* Search as you type. Setting the text cancels the search still running
 * and starts another; only the newest one ever reaches :match-ids, and only
 * once it has found every match. While it runs, :match-ids keeps the last
 * results, so a list over them does not flash empty; when the store's
 * texts change, the search runs again. */
void              hearth_case_search_set_text    (HearthCaseSearch     *self,
                                                  const char           *text);
const char       *hearth_case_search_get_text    (HearthCaseSearch     *self);
/* The case ids found, as a JSON array for :match_ids; NULL when there is
 * no word to look for (every case). */
const char       *hearth_case_search_get_match_ids (HearthCaseSearch   *self);
gboolean          hearth_case_search_get_searching (HearthCaseSearch   *self);
/* Why the last search failed, or NULL; :match-ids is then an empty array. */
const GError     *hearth_case_search_get_error   (HearthCaseSearch     *self);

G_END_DECLS
