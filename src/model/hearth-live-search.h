/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LIVE_SEARCH (hearth_live_search_get_type ())
G_DECLARE_DERIVABLE_TYPE (HearthLiveSearch, hearth_live_search, HEARTH, LIVE_SEARCH, GObject)

/* Search as you type, off the main thread: what every search box over a
 * large list shares. A subclass says only what a search finds and which
 * tables it reads.
 *
 * @find: runs on a worker thread with @reader, a read-only connection kept
 *   for the search's own use, and returns the ids @text finds (gint64) in
 *   the order the list shows them: an empty array when none, NULL with
 *   @error set. It reads only @reader and @text, and may run on after the
 *   search is gone; it is never called for text with no word to look for.
 *   A newer search stops the statement it is stepping (it then fails, and
 *   that failure is dropped).
 * @searched_tables: the tables whose rows @find reads (NULL-terminated);
 *   a change to any of them runs the search again.
 * @id_table: the table whose rowids are the ids found, or NULL: a row
 *   deleted there leaves the results at once, before the search that
 *   follows has run.
 * @what: a few words for debug messages ("the cases"). */
struct _HearthLiveSearchClass
{
  GObjectClass parent_class;

  GArray *(*find) (HearthStore  *reader,
                   const char   *text,
                   GError      **error);

  const char * const *searched_tables;
  const char         *id_table;
  const char         *what;

  /*< private >*/
  gpointer padding[4];
};

HearthStore  *hearth_live_search_get_store     (HearthLiveSearch     *self);

/* One search of @text. Finishes with the ids found (an empty array when
 * nothing matches or @text holds no word to look for); a search cancelled
 * before it finished delivers G_IO_ERROR_CANCELLED only. */
void          hearth_live_search_find_async    (HearthLiveSearch     *self,
                                                const char           *text,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
/* Returns: (transfer full): the ids (gint64), or NULL with @error set. */
GArray       *hearth_live_search_find_finish   (HearthLiveSearch     *self,
                                                GAsyncResult         *result,
                                                GError              **error);

/* Setting the text cancels the search still running and starts another;
 * only the newest one ever reaches :match-ids, and only once it has found
 * every match. While it runs, :match-ids keeps the last results, so a list
 * over them does not flash empty; when a searched table changes, the
 * search runs again. */
void          hearth_live_search_set_text      (HearthLiveSearch     *self,
                                                const char           *text);
const char   *hearth_live_search_get_text      (HearthLiveSearch     *self);
/* The ids found, as a JSON array in the order found; NULL when there is no
 * word to look for (everyone). */
const char   *hearth_live_search_get_match_ids (HearthLiveSearch     *self);
gboolean      hearth_live_search_get_searching (HearthLiveSearch     *self);
/* Why the last search failed, or NULL; :match-ids is then an empty array. */
const GError *hearth_live_search_get_error     (HearthLiveSearch     *self);

/* At most @limit ids reach :match-ids, the first ones found (0: all of
 * them). A box that offers a few matches need not hand the main thread
 * thousands. Takes effect from the next search. */
void          hearth_live_search_set_limit     (HearthLiveSearch     *self,
                                                guint                 limit);
guint         hearth_live_search_get_limit     (HearthLiveSearch     *self);

/* Turns ids into the JSON array a list's :match_ids takes. */
char         *hearth_live_search_ids_to_json   (const GArray         *ids);

G_END_DECLS
