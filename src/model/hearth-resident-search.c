/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-case-search.h"
#include "hearth-resident.h"
#include "hearth-resident-search.h"
#include "hearth-search-text.h"

/* SQLite virtual machine steps between two looks at the cancellable. */
#define STEPS_PER_CANCEL_LOOK 1000

/*
 *   main thread                            worker thread (GTask)
 *   ───────────                            ─────────────────────
 *   set_text ("okon") ─ cancels the last search, starts ─▶ find_thread
 *                                                          │ a read-only connection
 *                                                          │ of its own (WAL): the
 *                                                          │ full-text match, sorted
 *                                                          │ by name
 *   :match-ids ◀── the ids, in the list's order ───────────┘
 *        │
 *   HearthQueryModel (hearth_resident_list_set_match_ids): the ids in the
 *   order given, joined to the table; no search and no sort on the main
 *   thread.
 *
 * Two letters typed over 40,000 residents took 40–70 ms of SQL on the main
 * thread, in the list's reload, at every keystroke. Here a newer keystroke
 * cancels the older search (SQLite's progress handler looks at the
 * cancellable every few thousand steps), and every search carries a
 * generation number so that the results of an older one are dropped even if
 * they were already on their way.
 */
struct _HearthResidentSearch
{
  GObject       parent_instance;

  /* owned */
  HearthStore  *store;
  char         *path;
  char         *text;
  char         *match_ids;
  GArray       *found;         /* gint64: the ids of match_ids, or NULL */
  GError       *error;
  GCancellable *cancellable;   /* of the search as you type now running */

  GMutex        reader_lock;
  HearthStore  *idle_reader;   /* kept between searches; under reader_lock */

  gulong        changed_id;
  guint         generation;
  gboolean      searching;
};

G_DEFINE_FINAL_TYPE (HearthResidentSearch, hearth_resident_search, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TEXT,
  PROP_MATCH_IDS,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
progress_cb (void *data)
{
  /* Non-zero stops the statement with SQLITE_INTERRUPT. */
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

static HearthStore *
take_reader (HearthResidentSearch  *self,
             GError               **error)
{
  HearthStore *reader;

  g_mutex_lock (&self->reader_lock);
  reader = g_steal_pointer (&self->idle_reader);
  g_mutex_unlock (&self->reader_lock);

  /* A connection that never writes; in WAL mode it reads beside the
   * window's connection without blocking it. */
  if (reader == NULL)
    reader = hearth_store_open (self->path, HEARTH_STORE_OPEN_READ_ONLY, error);

  return reader;
}

static void
give_back_reader (HearthResidentSearch *self,
                  HearthStore          *reader)
{
  g_mutex_lock (&self->reader_lock);
  if (self->idle_reader == NULL)
    self->idle_reader = g_steal_pointer (&reader);
  g_mutex_unlock (&self->reader_lock);

  g_clear_object (&reader);
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HearthResidentSearch *self = source_object;
  const char *fts = task_data;
  g_autoptr(HearthStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (fts == NULL)
    {
      g_task_return_pointer (task, g_array_new (FALSE, FALSE, sizeof (gint64)),
                             (GDestroyNotify) g_array_unref);
      return;
    }

  reader = take_reader (self, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_progress_handler (hearth_store_get_db (reader), STEPS_PER_CANCEL_LOOK,
                            cancellable != NULL ? progress_cb : NULL, cancellable);
  ids = hearth_resident_find_ids (reader, fts, &error);
  sqlite3_progress_handler (hearth_store_get_db (reader), 0, NULL, NULL);
  give_back_reader (self, g_steal_pointer (&reader));

  /* An interrupted statement fails; that is the cancellation, not an error. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (ids == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

static void
start_find (HearthResidentSearch *self,
            const char           *text,
            GCancellable         *cancellable,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_resident_search_find_async);
  g_task_set_name (task, "[hearth] resident search");
  g_task_set_task_data (task, hearth_search_text_to_fts (text), g_free);
  g_task_run_in_thread (task, find_thread);
}

static void
set_searching (HearthResidentSearch *self,
               gboolean              searching)
{
  if (self->searching == searching)
    return;

  self->searching = searching;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

/* Shows @ids (NULL: everyone). */
static void
set_found (HearthResidentSearch *self,
           GArray               *ids)
{
  g_autofree char *json = ids != NULL ? hearth_case_search_ids_to_json (ids) : NULL;

  g_clear_pointer (&self->found, g_array_unref);
  self->found = ids != NULL ? g_array_ref (ids) : NULL;

  if (g_strcmp0 (self->match_ids, json) == 0)
    return;

  g_free (self->match_ids);
  self->match_ids = g_steal_pointer (&json);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_IDS]);
}

static void
typed_search_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = hearth_resident_search_find_finish (self, result, &error);

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
      g_debug ("Could not search the residents (%s, %d)",
               g_quark_to_string (error->domain), error->code);
      self->error = g_steal_pointer (&error);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  set_found (self, ids);

  set_searching (self, FALSE);
}

/* Starts a search of the current text; the results shown stay until it
 * delivers. */
static void
restart (HearthResidentSearch *self)
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
      set_found (self, NULL);
      set_searching (self, FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_searching (self, TRUE);
  start_find (self, self->text, self->cancellable,
              typed_search_done_cb, GUINT_TO_POINTER (self->generation));
}

static void
store_changed_cb (HearthResidentSearch *self,
                  GPtrArray            *changes,
                  HearthStore          *store)
{
  g_autoptr(GArray) kept = NULL;
  gboolean changed = FALSE;

  if (self->match_ids == NULL && !self->searching)
    return;

  /* Table names are interned on both sides. The search reads the
   * residents' own text and nothing else. */
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      if (change->table != g_intern_static_string ("residents"))
        continue;
      changed = TRUE;

      /* Someone erased leaves the results at once, in this emission:
       * the list, which reads its ids again now, never shows a row that
       * is gone. The search that follows finds the rest. */
      if (change->kind == HEARTH_CHANGE_DELETE && self->found != NULL)
        {
          GArray *from = kept != NULL ? kept : self->found;

          for (guint j = 0; j < from->len; j++)
            {
              if (g_array_index (from, gint64, j) != change->rowid)
                continue;
              if (kept == NULL)
                kept = g_array_copy (self->found);
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
hearth_resident_search_dispose (GObject *object)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_resident_search_parent_class)->dispose (object);
}

static void
hearth_resident_search_finalize (GObject *object)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);

  g_free (self->path);
  g_free (self->text);
  g_free (self->match_ids);
  g_clear_pointer (&self->found, g_array_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->idle_reader);
  g_mutex_clear (&self->reader_lock);

  G_OBJECT_CLASS (hearth_resident_search_parent_class)->finalize (object);
}

static void
hearth_resident_search_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);

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
hearth_resident_search_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      hearth_resident_search_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_resident_search_constructed (GObject *object)
{
  HearthResidentSearch *self = HEARTH_RESIDENT_SEARCH (object);

  G_OBJECT_CLASS (hearth_resident_search_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  self->path = g_strdup (hearth_store_get_path (self->store));
  self->changed_id = g_signal_connect_swapped (self->store, "changed",
                                               G_CALLBACK (store_changed_cb), self);
}

static void
hearth_resident_search_class_init (HearthResidentSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_resident_search_constructed;
  object_class->dispose = hearth_resident_search_dispose;
  object_class->finalize = hearth_resident_search_finalize;
  object_class->get_property = hearth_resident_search_get_property;
  object_class->set_property = hearth_resident_search_set_property;

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
hearth_resident_search_init (HearthResidentSearch *self)
{
  self->text = g_strdup ("");
  g_mutex_init (&self->reader_lock);
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
  g_return_if_fail (text != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_find (self, text, cancellable, callback, user_data);
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
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        hearth_resident_search_find_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
hearth_resident_search_set_text (HearthResidentSearch *self,
                                 const char           *text)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_SEARCH (self));

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
hearth_resident_search_get_text (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return self->text;
}

const char *
hearth_resident_search_get_match_ids (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return self->match_ids;
}

gboolean
hearth_resident_search_get_searching (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), FALSE);

  return self->searching;
}

const GError *
hearth_resident_search_get_error (HearthResidentSearch *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_SEARCH (self), NULL);

  return self->error;
}
