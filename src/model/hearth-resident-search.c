/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-resident.h"
#include "hearth-resident-search.h"
#include "hearth-search-text.h"

/*
 *   HearthLiveSearch (search as you type, off the main thread)
 *        │ find (): on the worker thread, with a reader of its own
 *   HearthResidentSearch: the full-text match, sorted by name
 *        │ :match-ids, in the list's order
 *   HearthQueryModel (hearth_resident_list_set_match_ids): the ids in the
 *   order given, joined to the table; no search and no sort on the main
 *   thread.
 *
 * Two letters typed over 40,000 residents took 40–70 ms of SQL on the main
 * thread, in the list's reload, at every keystroke.
 */
struct _HearthResidentSearch
{
  HearthLiveSearch parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthResidentSearch, hearth_resident_search, HEARTH_TYPE_LIVE_SEARCH)

/* The search reads the residents' own text and nothing else. */
static const char *const searched_tables[] = { "residents", NULL };

static GArray *
hearth_resident_search_find (HearthStore  *reader,
                             const char   *text,
                             GError      **error)
{
  g_autofree char *fts = hearth_search_text_to_fts (text);

  g_assert (fts != NULL);

  return hearth_resident_find_ids (reader, fts, error);
}

static void
hearth_resident_search_class_init (HearthResidentSearchClass *klass)
{
  HearthLiveSearchClass *search_class = HEARTH_LIVE_SEARCH_CLASS (klass);

  search_class->find = hearth_resident_search_find;
  search_class->searched_tables = searched_tables;
  /* Someone erased leaves the results at once. */
  search_class->id_table = "residents";
  search_class->what = "the residents";
}

static void
hearth_resident_search_init (HearthResidentSearch *self)
{
}

HearthResidentSearch *
hearth_resident_search_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_RESIDENT_SEARCH, "store", store, NULL);
}

void
hearth_resident_search_find_async (HearthResidentSearch *self,
                                   const char           *text,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_SEARCH (self));

  hearth_live_search_find_async (HEARTH_LIVE_SEARCH (self), text, cancellable, callback, user_data);
}

/**
 * hearth_resident_search_find_finish:
 *
 * Returns: (transfer full): the resident ids (gint64) in the list's order,
 *   or %NULL with @error set
 */
GArray *
hearth_resident_search_find_finish (HearthResidentSearch  *self,
                                    GAsyncResult          *result,
                                    GError               **error)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return hearth_live_search_find_finish (HEARTH_LIVE_SEARCH (self), result, error);
}

void
hearth_resident_search_set_text (HearthResidentSearch *self,
                                 const char           *text)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_SEARCH (self));

  hearth_live_search_set_text (HEARTH_LIVE_SEARCH (self), text);
}

const char *
hearth_resident_search_get_text (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return hearth_live_search_get_text (HEARTH_LIVE_SEARCH (self));
}

const char *
hearth_resident_search_get_match_ids (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return hearth_live_search_get_match_ids (HEARTH_LIVE_SEARCH (self));
}

gboolean
hearth_resident_search_get_searching (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), FALSE);

  return hearth_live_search_get_searching (HEARTH_LIVE_SEARCH (self));
}

const GError *
hearth_resident_search_get_error (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return hearth_live_search_get_error (HEARTH_LIVE_SEARCH (self));
}
