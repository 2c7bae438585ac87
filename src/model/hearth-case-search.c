/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include "hearth-case-search.h"
#include "hearth-search-text.h"

/* SQLite virtual machine steps between two looks at the cancellable. */
#define STEPS_PER_CANCEL_LOOK 1000
/* Connections kept open between searches. */
#define MAX_IDLE_READERS 2

/*
 *   main thread                         worker thread (GTask)
 *   ───────────                         ─────────────────────
 *   set_text ("hou")  ── cancels the previous search, starts ──▶ find_thread
 *                                                                 │ a read-only
 *                                                                 │ connection of
 *                                                                 │ its own (WAL)
 *   :match-ids ◀── all the cases found, :searching FALSE ─────────┘
 *
 * A case matches when every word typed is somewhere in it: its own text,
 * a resident's, or its timeline's, each word in any of them ("dimitriou
 * money" is the resident Dimitriou's cases that mention money). A common
 * word is in hundreds of thousands of entries; the timeline's word index
 * gives their cases in case order without reading the entries, and that
 * runs here, so the main thread only sorts and pages the case ids. Only
 * the finished set is delivered: a part of it would show the list a first
 * page that is not the search's, since the list's order (activity, name,
 * opening) is not an order the full-text index can give.
 * A newer keystroke cancels the older search: SQLite's progress handler
 * looks at the cancellable every few thousand steps and stops the query.
 * Every search carries a generation number; results of an older one are
 * dropped even if they were already on their way.
 */
struct _HearthCaseSearch
{
  GObject       parent_instance;

  /* owned */
  HearthStore  *store;
  char         *path;
  char         *text;
  char         *match_ids;
  GError       *error;
  GCancellable *cancellable;   /* of the search as you type now running */

  GMutex        readers_lock;
  GPtrArray    *readers;       /* idle read-only HearthStores; under readers_lock */

  gulong        changed_id;
  guint         generation;
  gboolean      searching;
};

G_DEFINE_FINAL_TYPE (HearthCaseSearch, hearth_case_search, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TEXT,
  PROP_MATCH_IDS,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

typedef struct
{
  char **terms;                 /* one FTS5 query per word, or NULL for no word */
} Job;

static void
job_free (Job *job)
{
  g_strfreev (job->terms);
  g_free (job);
}

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

static int
progress_cb (void *data)
{
  /* Non-zero stops the statement with SQLITE_INTERRUPT. */
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

static HearthStore *
take_reader (HearthCaseSearch  *self,
             GError           **error)
{
  HearthStore *reader = NULL;

  g_mutex_lock (&self->readers_lock);
  if (self->readers->len > 0)
    reader = g_ptr_array_steal_index_fast (self->readers, self->readers->len - 1);
  g_mutex_unlock (&self->readers_lock);

  /* A connection of this search's own that never writes; in WAL mode it
   * reads beside the window's connection without blocking it. */
  if (reader == NULL)
    reader = hearth_store_open (self->path, HEARTH_STORE_OPEN_READ_ONLY, error);

  return reader;
}

static void
give_back_reader (HearthCaseSearch *self,
                  HearthStore      *reader)
{
  g_mutex_lock (&self->readers_lock);
  if (self->readers->len < MAX_IDLE_READERS)
    g_ptr_array_add (self->readers, g_steal_pointer (&reader));
  g_mutex_unlock (&self->readers_lock);

  g_clear_object (&reader);
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

/* Sets @set to the cases that hold every term somewhere. The longest word
 * goes first, as the likeliest to be rare; each word after it is looked for
 * in the cases found so far. */
static gboolean
find (HearthStore  *reader,
      Job          *job,
      GHashTable  **set,
      GError      **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autoptr(GHashTable) found = NULL;

  if (job->terms == NULL)
    return TRUE;

  for (guint i = 0; job->terms[i] != NULL; i++)
    g_ptr_array_add (terms, job->terms[i]);
  g_ptr_array_sort (terms, compare_terms_longest_first);

  for (guint i = 0; i < terms->len; i++)
    {
      g_autoptr(GHashTable) next = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      if (!find_term (reader, g_ptr_array_index (terms, i), found, next, error))
        return FALSE;
      g_clear_pointer (&found, g_hash_table_unref);
      found = g_steal_pointer (&next);
      if (g_hash_table_size (found) == 0)
        break;
    }

  g_clear_pointer (set, g_hash_table_unref);
  *set = g_steal_pointer (&found);
  return TRUE;
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HearthCaseSearch *self = source_object;
  Job *job = task_data;
  g_autoptr(HearthStore) reader = NULL;
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  reader = take_reader (self, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_progress_handler (hearth_store_get_db (reader), STEPS_PER_CANCEL_LOOK,
                            cancellable != NULL ? progress_cb : NULL, cancellable);
  ok = find (reader, job, &set, &error);
  sqlite3_progress_handler (hearth_store_get_db (reader), 0, NULL, NULL);
  give_back_reader (self, g_steal_pointer (&reader));

  /* An interrupted statement fails; that is the cancellation, not an error. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, sorted_ids (set), (GDestroyNotify) g_array_unref);
}

static void
start_find (HearthCaseSearch    *self,
            const char          *text,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_case_search_find_async);
  g_task_set_name (task, "[hearth] case search");

  job = g_new0 (Job, 1);
  job->terms = hearth_search_text_to_fts_terms (text);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  g_task_run_in_thread (task, find_thread);
}

static void
set_searching (HearthCaseSearch *self,
               gboolean          searching)
{
  if (self->searching == searching)
    return;

  self->searching = searching;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
set_match_ids (HearthCaseSearch *self,
               const char       *json)
{
  if (g_strcmp0 (self->match_ids, json) == 0)
    return;

  g_free (self->match_ids);
  self->match_ids = g_strdup (json);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_IDS]);
}

static void
typed_search_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *json = NULL;

  ids = hearth_case_search_find_finish (self, result, &error);

  /* A newer search took over: it says what the list shows. */
  if (generation != self->generation ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);

  if (ids == NULL)
    {
      /* Not the message: SQLite's words about a query may quote what was
       * typed, and that may be a resident's name. */
      g_debug ("Could not search the cases (%s, %d)",
               g_quark_to_string (error->domain), error->code);
      self->error = g_steal_pointer (&error);
      set_match_ids (self, "[]");
    }
  else
    {
      json = hearth_case_search_ids_to_json (ids);
      set_match_ids (self, json);
    }

  set_searching (self, FALSE);
}

/* Starts a search of the current text; the results shown stay until it
 * delivers. */
static void
restart (HearthCaseSearch *self)
{
  g_autofree char *query = hearth_search_text_to_fts (self->text);

  self->generation++;
  if (self->generation == 0)
    self->generation = 1;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (query == NULL)
    {
      g_clear_error (&self->error);
      set_match_ids (self, NULL);
      set_searching (self, FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_searching (self, TRUE);
  start_find (self, self->text, self->cancellable,
              typed_search_done_cb, GUINT_TO_POINTER (self->generation));
}

static void
store_changed_cb (HearthCaseSearch *self,
                  GPtrArray        *changes,
                  HearthStore      *store)
{
  if (self->match_ids == NULL && !self->searching)
    return;

  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      /* Table names are interned on both sides. */
      for (guint t = 0; searched_tables[t] != NULL; t++)
        {
          if (change->table == g_intern_static_string (searched_tables[t]))
            {
              restart (self);
              return;
            }
        }
    }
}

static void
hearth_case_search_dispose (GObject *object)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_case_search_parent_class)->dispose (object);
}

static void
hearth_case_search_finalize (GObject *object)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);

  g_free (self->path);
  g_free (self->text);
  g_free (self->match_ids);
  g_clear_error (&self->error);
  g_clear_pointer (&self->readers, g_ptr_array_unref);
  g_mutex_clear (&self->readers_lock);

  G_OBJECT_CLASS (hearth_case_search_parent_class)->finalize (object);
}

static void
hearth_case_search_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_MATCH_IDS:
      g_value_set_string (value, self->match_ids);
      break;

    case PROP_SEARCHING:
      g_value_set_boolean (value, self->searching);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_search_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      hearth_case_search_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_case_search_constructed (GObject *object)
{
  HearthCaseSearch *self = HEARTH_CASE_SEARCH (object);

  G_OBJECT_CLASS (hearth_case_search_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  self->path = g_strdup (hearth_store_get_path (self->store));
  self->changed_id = g_signal_connect_swapped (self->store, "changed",
                                               G_CALLBACK (store_changed_cb), self);
}

static void
hearth_case_search_class_init (HearthCaseSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_case_search_constructed;
  object_class->dispose = hearth_case_search_dispose;
  object_class->finalize = hearth_case_search_finalize;
  object_class->get_property = hearth_case_search_get_property;
  object_class->set_property = hearth_case_search_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MATCH_IDS] =
    g_param_spec_string ("match-ids", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_case_search_init (HearthCaseSearch *self)
{
  self->text = g_strdup ("");
  self->readers = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&self->readers_lock);
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

  return self->store;
}

void
hearth_case_search_find_async (HearthCaseSearch    *self,
                               const char          *text,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (HEARTH_IS_CASE_SEARCH (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_find (self, text, cancellable, callback, user_data);
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
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hearth_case_search_find_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
hearth_case_search_set_text (HearthCaseSearch *self,
                             const char       *text)
{
  g_return_if_fail (HEARTH_IS_CASE_SEARCH (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
hearth_case_search_get_text (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return self->text;
}

const char *
hearth_case_search_get_match_ids (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return self->match_ids;
}

gboolean
hearth_case_search_get_searching (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), FALSE);

  return self->searching;
}

const GError *
hearth_case_search_get_error (HearthCaseSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_SEARCH (self), NULL);

  return self->error;
}

char *
hearth_case_search_ids_to_json (const GArray *ids)
{
  GString *json;

  g_return_val_if_fail (ids != NULL, NULL);

  json = g_string_sized_new (2 + ids->len * 7);
  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, g_array_index (ids, gint64, i));
    }
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}
