/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include "hearth-case-search.h"
#include "hearth-search-text.h"

/*
 *   HearthLiveSearch (search as you type, off the main thread)
 *        │ find (): on the worker thread, with a reader of its own
 *   HearthCaseSearch: the cases that hold every word typed
 *        │ :match-ids, ascending
 *   HearthCaseList (:match_ids): sorts and pages only the ids found
 *
 * A case matches when every word typed is somewhere in it: its own text,
 * a resident's, or its timeline's, each word in any of them ("dimitriou
 * money" is the resident Dimitriou's cases that mention money). A common
 * word is in hundreds of thousands of entries; the timeline's word index
 * gives their cases in case order without reading the entries, and that
 * runs off the main thread, so the main thread only sorts and pages the
 * case ids. Only the finished set is delivered: a part of it would show the
 * list a first page that is not the search's, since the list's order
 * (activity, name, opening) is not an order the full-text index can give.
 */
struct _HearthCaseSearch
{
  HearthLiveSearch parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthCaseSearch, hearth_case_search, HEARTH_TYPE_LIVE_SEARCH)

/* Cases whose own text holds the word, and the cases of residents whose
 * text does. */
static const char direct_sql[] =
  "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?1"
  " UNION SELECT cr.case_id FROM case_residents cr WHERE cr.resident_id IN"
  "   (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?1)";

/* The cases of timeline entries that hold the word, of rowids from ?2 up
 * to but not including ?3: the
 * index's rowids carry the case id in their high 32 bits and come in
 * rowid order, so each case's matches arrive together, in case order, and
 * no row of timeline_entries is read (migration 8). */
static const char timeline_sql[] =
  "SELECT rowid >> 32 FROM timeline_words_fts"
  " WHERE timeline_words_fts MATCH ?1 AND rowid >= ?2 AND rowid < ?3";

/* The tables whose rows the search reads. */
static const char *const searched_tables[] = {
  "cases", "case_residents", "residents", "timeline_entries", NULL
};

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The ids of @set, ascending. */
static GArray *
sorted_ids (GHashTable *set)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (set));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_ids);

  return ids;
}

static void
add_id (GHashTable *set,
        gint64      id)
{
  gint64 *key;

  if (g_hash_table_contains (set, &id))
    return;

  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_add (set, key);
}

/* Adds to @found the cases that hold @term, of @within only unless it is
 * NULL (every case). */
static gboolean
find_term (HearthStore  *reader,
           const char   *term,
           GHashTable   *within,
           GHashTable   *found,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 low = 0, high = G_MAXINT64, last = 0;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (reader, error, direct_sql, "s", term);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (reader, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (within == NULL || g_hash_table_contains (within, &id))
        add_id (found, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A later word needs looking for only between the lowest and the
   * highest case the words before it found. */
  if (within != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      low = G_MAXINT32;
      high = 0;
      g_hash_table_iter_init (&iter, within);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          gint64 id = *(gint64 *) key;

          low = MIN (low, id);
          high = MAX (high, id);
        }
      /* As the index's rowids: case id in the high 32 bits. */
      low <<= 32;
      high = (high + 1) << 32;
    }

  stmt = hearth_store_query (reader, error, timeline_sql, "sxx", term, low, high);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (reader, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      /* 0: notes outside any case. */
      if (id == last || id == 0)
        continue;
      last = id;
      if (within == NULL || g_hash_table_contains (within, &id))
        add_id (found, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static int
compare_terms_longest_first (gconstpointer a,
                             gconstpointer b)
{
  return (int) strlen (*(char * const *) b) - (int) strlen (*(char * const *) a);
}

/* The cases that hold every word of @text somewhere, ascending. The
 * longest word goes first, as the likeliest to be rare; each word after it
 * is looked for in the cases found so far. */
static GArray *
hearth_case_search_find (HearthStore  *reader,
                         const char   *text,
                         GError      **error)
{
  g_auto(GStrv) words = hearth_search_text_to_fts_terms (text);
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autoptr(GHashTable) found = NULL;

  g_assert (words != NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (terms, words[i]);
  g_ptr_array_sort (terms, compare_terms_longest_first);

  for (guint i = 0; i < terms->len; i++)
    {
      g_autoptr(GHashTable) next = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      if (!find_term (reader, g_ptr_array_index (terms, i), found, next, error))
        return NULL;
      g_clear_pointer (&found, g_hash_table_unref);
      found = g_steal_pointer (&next);
      if (g_hash_table_size (found) == 0)
        break;
    }

  if (found == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));
  return sorted_ids (found);
}

static void
hearth_case_search_class_init (HearthCaseSearchClass *klass)
{
  HearthLiveSearchClass *search_class = HEARTH_LIVE_SEARCH_CLASS (klass);

  search_class->find = hearth_case_search_find;
  search_class->searched_tables = searched_tables;
  search_class->what = "the cases";
}

static void
hearth_case_search_init (HearthCaseSearch *self)
{
}

HearthCaseSearch *
hearth_case_search_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_CASE_SEARCH, "store", store, NULL);
}

HearthStore *
hearth_case_search_get_store (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return hearth_live_search_get_store (HEARTH_LIVE_SEARCH (self));
}

void
hearth_case_search_find_async (HearthCaseSearch    *self,
                               const char          *text,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (HEARTH_IS_CASE_SEARCH (self));

  hearth_live_search_find_async (HEARTH_LIVE_SEARCH (self), text, cancellable, callback, user_data);
}

/**
 * hearth_case_search_find_finish:
 *
 * Returns: (transfer full): the case ids (gint64), ascending, or %NULL
 *   with @error set
 */
GArray *
hearth_case_search_find_finish (HearthCaseSearch  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return hearth_live_search_find_finish (HEARTH_LIVE_SEARCH (self), result, error);
}

void
hearth_case_search_set_text (HearthCaseSearch *self,
                             const char       *text)
{
  g_return_if_fail (HEARTH_IS_CASE_SEARCH (self));

  hearth_live_search_set_text (HEARTH_LIVE_SEARCH (self), text);
}

const char *
hearth_case_search_get_text (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return hearth_live_search_get_text (HEARTH_LIVE_SEARCH (self));
}

const char *
hearth_case_search_get_match_ids (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return hearth_live_search_get_match_ids (HEARTH_LIVE_SEARCH (self));
}

gboolean
hearth_case_search_get_searching (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), FALSE);

  return hearth_live_search_get_searching (HEARTH_LIVE_SEARCH (self));
}

const GError *
hearth_case_search_get_error (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return hearth_live_search_get_error (HEARTH_LIVE_SEARCH (self));
}
