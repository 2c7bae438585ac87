/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-live-search.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT_SEARCH (hearth_resident_search_get_type ())
G_DECLARE_FINAL_TYPE (HearthResidentSearch, hearth_resident_search, HEARTH, RESIDENT_SEARCH,
                      HearthLiveSearch)

/* Search as you type for the Residents view, off the main thread: the
 * residents whose record holds every word typed (each word as a prefix),
 * found and put in the list's order (by name) on a worker thread with a
 * read-only connection of its own. The list then shows the ids in that
 * order through hearth_resident_list_set_match_ids (). */
HearthResidentSearch *hearth_resident_search_new         (HearthStore           *store);

/* One search of @text. Finishes with the resident ids in the list's order
 * (an empty array when nothing matches or @text holds no word to look
 * for); a search cancelled before it finished delivers G_IO_ERROR_CANCELLED
 * only. */
void                  hearth_resident_search_find_async  (HearthResidentSearch  *self,
                                                          const char            *text,
                                                          GCancellable          *cancellable,
                                                          GAsyncReadyCallback    callback,
                                                          gpointer               user_data);
GArray               *hearth_resident_search_find_finish (HearthResidentSearch  *self,
                                                          GAsyncResult          *result,
                                                          GError               **error);

/* Setting the text cancels the search still running and starts another;
 * only the newest one ever reaches :match-ids. While it runs :match-ids
 * keeps the last results, so the list does not flash empty; when a
 * resident's record changes, the search runs again. */
void                  hearth_resident_search_set_text    (HearthResidentSearch  *self,
                                                          const char            *text);
const char           *hearth_resident_search_get_text    (HearthResidentSearch  *self);
/* The ids found, as a JSON array in the list's order; NULL when there is
 * no word to look for (everyone). */
const char           *hearth_resident_search_get_match_ids (HearthResidentSearch *self);
gboolean              hearth_resident_search_get_searching (HearthResidentSearch *self);
/* Why the last search failed, or NULL; :match-ids is then an empty array. */
const GError         *hearth_resident_search_get_error   (HearthResidentSearch  *self);

G_END_DECLS
