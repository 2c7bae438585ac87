/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-item-util.h"
#include "hearth-live-search.h"
#include "hearth-search-text.h"

/* SQLite virtual machine steps between two looks at the cancellable. */
#define STEPS_PER_CANCEL_LOOK 1000
/* Connections kept open between searches: one for the search running and
 * one for the search a keystroke starts while the first is stopping. */
#define MAX_IDLE_READERS 2

/*
 *   main thread                           worker thread (GTask)
 *   ───────────                           ─────────────────────
 *   set_text ("hou") ── cancels the previous search, starts ──▶ find_thread
 *                                                                │ a kept read-only
 *                                                                │ connection (WAL)
 *                                                                │ class->find ()
 *   :match-ids ◀── every id found, :searching FALSE ─────────────┘
 *        │
 *   a HearthQueryModel's :match_ids: the ids in the order given, joined to
 *   the table; no search on the main thread.
 *
 * Searching on the main thread cost tens of milliseconds a keystroke at a
 * council's scale. Here a newer keystroke cancels the older search:
 * SQLite's progress handler looks at the cancellable every few thousand
 * steps and stops the query. Every search carries a generation number;
 * results of an older one are dropped even if they were already on their
 * way. The connections are opened once and kept: opening one costs more
 * than a short search.
 *
 * A search under way holds neither the search nor the window's store, only
 * the kept connections: the search, and the store with it, go as soon as
 * their owner lets them go, and a search still running is dropped.
 */

/* The read-only connections kept between searches; shared by the search
 * and the searches under way (an atomic reference-counted box). */
typedef struct
{
  char      *path;
  GMutex     lock;
  GPtrArray *idle;   /* HearthStores; under lock */
} Readers;

static void
readers_clear (Readers *readers)
{
  g_free (readers->path);
  g_clear_pointer (&readers->idle, g_ptr_array_unref);
  g_mutex_clear (&readers->lock);
}

static Readers *
readers_new (const char *path)
{
  Readers *readers = g_atomic_rc_box_new0 (Readers);

  readers->path = g_strdup (path);
  readers->idle = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&readers->lock);
  return readers;
}

static void
readers_release (Readers *readers)
{
  g_atomic_rc_box_release_full (readers, (GDestroyNotify) readers_clear);
}
typedef struct
{
  /* owned */
  HearthStore  *store;
  Readers      *readers;
  char         *text;
  char         *match_ids;
  GArray       *found;         /* gint64: the ids of match_ids, or NULL */
  GError       *error;
  GCancellable *cancellable;   /* of the search as you type now running */

  gulong        changed_id;
  guint         generation;
  guint         limit;
  gboolean      searching;
} HearthLiveSearchPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HearthLiveSearch, hearth_live_search, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TEXT,
  PROP_MATCH_IDS,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  Readers  *readers;
  GArray *(*find) (HearthStore *reader, const char *text, GError **error);
  char     *text;
  guint     limit;
} Job;

static void
job_free (Job *job)
{
  readers_release (job->readers);
  g_free (job->text);
  g_free (job);
}

/* The search as you type a result is for: the search, if it is still
 * there, and which of its searches. */
typedef struct
{
  GWeakRef search;
  guint    generation;
} Typed;

static void
typed_free (Typed *typed)
{
  g_weak_ref_clear (&typed->search);
  g_free (typed);
}

static int
progress_cb (void *data)
{
  /* Non-zero stops the statement with SQLITE_INTERRUPT. */
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

static HearthStore *
take_reader (Readers  *readers,
             GError  **error)
{
  HearthStore *reader = NULL;

  g_mutex_lock (&readers->lock);
  if (readers->idle->len > 0)
    reader = g_ptr_array_steal_index_fast (readers->idle, readers->idle->len - 1);
  g_mutex_unlock (&readers->lock);

  /* A connection of this search's own that never writes; in WAL mode it
   * reads beside the window's connection without blocking it. */
  if (reader == NULL)
    reader = hearth_store_open (readers->path, HEARTH_STORE_OPEN_READ_ONLY, error);

  return reader;
}

static void
give_back_reader (Readers     *readers,
                  HearthStore *reader)
{
  g_mutex_lock (&readers->lock);
  if (readers->idle->len < MAX_IDLE_READERS)
    g_ptr_array_add (readers->idle, g_steal_pointer (&reader));
  g_mutex_unlock (&readers->lock);

  g_clear_object (&reader);
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autofree char *words = hearth_search_text_to_fts (job->text);
  g_autoptr(HearthStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (words == NULL)
    {
      g_task_return_pointer (task, g_array_new (FALSE, FALSE, sizeof (gint64)),
                             (GDestroyNotify) g_array_unref);
      return;
    }

  reader = take_reader (job->readers, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_progress_handler (hearth_store_get_db (reader), STEPS_PER_CANCEL_LOOK,
                            cancellable != NULL ? progress_cb : NULL, cancellable);
  ids = job->find (reader, job->text, &error);
  sqlite3_progress_handler (hearth_store_get_db (reader), 0, NULL, NULL);
  give_back_reader (job->readers, g_steal_pointer (&reader));

  /* An interrupted statement fails; that is the cancellation, not an error. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (ids == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (job->limit > 0 && ids->len > job->limit)
    g_array_set_size (ids, job->limit);
  g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

/* A search of @text, for @source_object (NULL: none). */
static void
start_find (HearthLiveSearch    *self,
            gpointer             source_object,
            const char          *text,
            guint                limit,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);
  g_autoptr(GTask) task = NULL;
  Job *job;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_live_search_find_async);
  g_task_set_name (task, "[hearth] search as you type");

  job = g_new0 (Job, 1);
  job->readers = g_atomic_rc_box_acquire (priv->readers);
  job->find = HEARTH_LIVE_SEARCH_GET_CLASS (self)->find;
  job->text = g_strdup (text);
  job->limit = limit;
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  g_task_run_in_thread (task, find_thread);
}

static void
set_searching (HearthLiveSearch *self,
               gboolean          searching)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  if (priv->searching == searching)
    return;

  priv->searching = searching;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

/* Shows @ids (NULL: everyone). */
static void
set_found (HearthLiveSearch *self,
           GArray           *ids)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);
  g_autofree char *json = ids != NULL ? hearth_live_search_ids_to_json (ids) : NULL;

  g_clear_pointer (&priv->found, g_array_unref);
  priv->found = ids != NULL ? g_array_ref (ids) : NULL;

  if (g_strcmp0 (priv->match_ids, json) == 0)
    return;

  g_free (priv->match_ids);
  priv->match_ids = g_steal_pointer (&json);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_IDS]);
}

static void
typed_search_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  Typed *typed = user_data;
  g_autoptr(HearthLiveSearch) self = g_weak_ref_get (&typed->search);
  guint generation = typed->generation;
  HearthLiveSearchPrivate *priv;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  typed_free (typed);
  ids = g_task_propagate_pointer (G_TASK (result), &error);
  if (self == NULL)
    return;
  priv = hearth_live_search_get_instance_private (self);

  /* A newer search took over: it says what the list shows. */
  if (generation != priv->generation ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&priv->cancellable);
  g_clear_error (&priv->error);

  if (ids == NULL)
    {
      /* Not the message: SQLite's words about a query may quote what was
       * typed, and that may be a resident's name. */
      g_debug ("Could not search %s (%s, %d)", HEARTH_LIVE_SEARCH_GET_CLASS (self)->what,
               g_quark_to_string (error->domain), error->code);
      priv->error = g_steal_pointer (&error);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  set_found (self, ids);

  set_searching (self, FALSE);
}

/* Starts a search of the current text; the results shown stay until it
 * delivers. */
static void
restart (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);
  g_autofree char *words = hearth_search_text_to_fts (priv->text);
  Typed *typed;

  priv->generation++;
  if (priv->generation == 0)
    priv->generation = 1;

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);

  if (words == NULL)
    {
      g_clear_error (&priv->error);
      set_found (self, NULL);
      set_searching (self, FALSE);
      return;
    }

  priv->cancellable = g_cancellable_new ();
  set_searching (self, TRUE);
  typed = g_new0 (Typed, 1);
  g_weak_ref_init (&typed->search, self);
  typed->generation = priv->generation;
  start_find (self, NULL, priv->text, priv->limit, priv->cancellable,
              typed_search_done_cb, typed);
}

static gboolean
is_searched (HearthLiveSearchClass *klass,
             const char            *table)
{
  /* Table names are interned on both sides. */
  for (guint t = 0; klass->searched_tables[t] != NULL; t++)
    {
      if (table == g_intern_string (klass->searched_tables[t]))
        return TRUE;
    }
  return FALSE;
}

static void
store_changed_cb (HearthLiveSearch *self,
                  GPtrArray        *changes,
                  HearthStore      *store)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);
  HearthLiveSearchClass *klass = HEARTH_LIVE_SEARCH_GET_CLASS (self);
  const char *id_table = klass->id_table != NULL ? g_intern_string (klass->id_table) : NULL;
  g_autoptr(GArray) kept = NULL;
  gboolean changed = FALSE;

  if (priv->match_ids == NULL && !priv->searching)
    return;

  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      if (!is_searched (klass, change->table))
        continue;
      changed = TRUE;

      /* A row erased leaves the results at once, in this emission: the
       * list, which reads its ids again now, never shows a row that is
       * gone. The search that follows finds the rest. */
      if (change->table == id_table && change->kind == HEARTH_CHANGE_DELETE &&
          priv->found != NULL)
        {
          GArray *from = kept != NULL ? kept : priv->found;

          for (guint j = 0; j < from->len; j++)
            {
              if (g_array_index (from, gint64, j) != change->rowid)
                continue;
              if (kept == NULL)
                kept = g_array_copy (priv->found);
              g_array_remove_index (kept, j);
              break;
            }
        }
    }

  if (kept != NULL)
    set_found (self, kept);
  if (changed)
    restart (self);
}

static void
hearth_live_search_dispose (GObject *object)
{
  HearthLiveSearch *self = HEARTH_LIVE_SEARCH (object);
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (hearth_live_search_parent_class)->dispose (object);
}

static void
hearth_live_search_finalize (GObject *object)
{
  HearthLiveSearch *self = HEARTH_LIVE_SEARCH (object);
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_clear_pointer (&priv->readers, readers_release);
  g_free (priv->text);
  g_free (priv->match_ids);
  g_clear_pointer (&priv->found, g_array_unref);
  g_clear_error (&priv->error);

  G_OBJECT_CLASS (hearth_live_search_parent_class)->finalize (object);
}

static void
hearth_live_search_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthLiveSearch *self = HEARTH_LIVE_SEARCH (object);
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    case PROP_TEXT:
      g_value_set_string (value, priv->text);
      break;

    case PROP_MATCH_IDS:
      g_value_set_string (value, priv->match_ids);
      break;

    case PROP_SEARCHING:
      g_value_set_boolean (value, priv->searching);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_live_search_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthLiveSearch *self = HEARTH_LIVE_SEARCH (object);
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      hearth_live_search_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_live_search_constructed (GObject *object)
{
  HearthLiveSearch *self = HEARTH_LIVE_SEARCH (object);
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);
  HearthLiveSearchClass *klass = HEARTH_LIVE_SEARCH_GET_CLASS (self);

  G_OBJECT_CLASS (hearth_live_search_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (priv->store));
  g_assert (klass->find != NULL && klass->searched_tables != NULL && klass->what != NULL);

  priv->readers = readers_new (hearth_store_get_path (priv->store));
  priv->changed_id = g_signal_connect_swapped (priv->store, "changed",
                                               G_CALLBACK (store_changed_cb), self);
}

static void
hearth_live_search_class_init (HearthLiveSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_live_search_constructed;
  object_class->dispose = hearth_live_search_dispose;
  object_class->finalize = hearth_live_search_finalize;
  object_class->get_property = hearth_live_search_get_property;
  object_class->set_property = hearth_live_search_set_property;

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
hearth_live_search_init (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  priv->text = g_strdup ("");
}

HearthStore *
hearth_live_search_get_store (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), NULL);

  return priv->store;
}

void
hearth_live_search_find_async (HearthLiveSearch    *self,
                               const char          *text,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (HEARTH_IS_LIVE_SEARCH (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_find (self, self, text, 0, cancellable, callback, user_data);
}

GArray *
hearth_live_search_find_finish (HearthLiveSearch  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hearth_live_search_find_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
hearth_live_search_set_text (HearthLiveSearch *self,
                             const char       *text)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_LIVE_SEARCH (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (priv->text, text) == 0)
    return;

  g_free (priv->text);
  priv->text = g_strdup (text);
  restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
hearth_live_search_get_text (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), NULL);

  return priv->text;
}

const char *
hearth_live_search_get_match_ids (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), NULL);

  return priv->match_ids;
}

gboolean
hearth_live_search_get_searching (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), FALSE);

  return priv->searching;
}

const GError *
hearth_live_search_get_error (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), NULL);

  return priv->error;
}

void
hearth_live_search_set_limit (HearthLiveSearch *self,
                              guint             limit)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_LIVE_SEARCH (self));

  priv->limit = limit;
}

guint
hearth_live_search_get_limit (HearthLiveSearch *self)
{
  HearthLiveSearchPrivate *priv = hearth_live_search_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_LIVE_SEARCH (self), 0);

  return priv->limit;
}

char *
hearth_live_search_ids_to_json (const GArray *ids)
{
  GString *json;

  g_return_val_if_fail (ids != NULL, NULL);

  json = g_string_sized_new (2 + ids->len * 7);
  hearth_json_append_ids (json, (const gint64 *) ids->data, ids->len);

  return g_string_free (json, FALSE);
}
