/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include "hearth-item-util.h"
#include "hearth-query-model.h"
#include "hearth-store-job.h"

/* Rows fetched at once when a position is asked for that is not cached. */
#define PAGE_SIZE 64
/* What the row query's condition on its one row becomes in the page query. */
#define ROW_CONDITION "= :id"
#define PAGE_CONDITION "IN (SELECT value FROM json_each (:ids))"
/* Past this many cached rows, the oldest rows nobody else holds are let go. */
#define CACHE_LIMIT 4096
/* Cached rows looked at, at most, each time a page is read: letting go of
 * thousands at once would stall a frame of a list being scrolled. */
#define TRIM_BATCH (2 * PAGE_SIZE)
/* How long after a list is first read the rest of its ids are read. */
#define COMPLETE_AFTER_MS 50
/* A replacement adding more rows than this is announced in two steps. */
#define SPLIT_REPLACEMENT_AT PAGE_SIZE

/*
 *                GtkListView
 *                     │
 *   GtkSingleSelection (and a GtkFilterListModel, if any)
 *                     │ get_n_items (), get_item (position)
 *           ┌─────────▼──────────┐
 *           │  HearthQueryModel  │ ids[]: the order, one id per row
 *           │  (this file)       │ cache: id → item, filled a page at a time
 *           └───┬────────────▲───┘
 *   ids query,  │            │ ::changed (table, rowid, kind),
 *   row queries │            │ once per committed transaction
 *           ┌───▼────────────┴───┐
 *           │    HearthStore     │ one connection, cached statements
 *           └─────────┬──────────┘
 *                     │
 *           hearth.db (SQLite file, WAL)
 *
 * Paging: the list's order is the array of row ids that one query returns;
 * its length is the number of items and it costs eight bytes a row. A list
 * first shown reads only its length (count(*) over the ids query) and the
 * ids of its first page (the ids query with LIMIT), then the rest of the
 * ids shortly after, or at once if a row past the first page is asked for:
 * reading every id of the 13,306 open cases at scale took longer than
 * counting them and reading the first page together. Items,
 * which cost far more, are made only when a position is asked for: the page
 * of PAGE_SIZE rows around it is read and kept in the cache, so the same row
 * stays the same object while it is cached. The page is read with one
 * statement, the page query: the row query with its condition on one id
 * ("= :id") made a condition on the page's ids. Reading 64 rows a statement
 * each took 13 times as long as reading them at once (3.4 ms against
 * 0.27 ms for the first page of the open cases at scale). When the cache
 * passes CACHE_LIMIT, the oldest items only the cache holds are let go, about a page of them for each page read, so that
 * the work is spread evenly over a long scroll.
 *
 * A filter that is set can have an ids query of its own (a variant), which
 * selects the same rows but starts from that filter's index: a person's
 * cases from the two indexes that name them, rather than every open case
 * checked in turn.
 *
 * Change tracking: when the store announces a change to a table the list
 * depends on, or a parameter or the sort changes, the ids are read again and
 * compared with the old ones. The rows kept at the start and at the end are
 * skipped; a single row that moved is reported as one removal and one
 * addition, anything else as one replacement of the rows in between. Items
 * that left the list, and those nobody but the cache holds, are dropped; the
 * others are filled again and notify only the properties that changed.
 *
 * A thaw in a thread (hearth_query_model_thaw_in_thread ()) reads the ids
 * on a worker with a reader of its own and compares them in a later
 * dispatch, as above; the list shows its rows until then. A search's
 * results took 4–10 ms to filter and sort at scale ("zephyr", "housing"),
 * in the same dispatch as the rows GTK makes for them, which took the
 * dispatch to 15–22 ms. Any other reload in between reads at once and the
 * worker's ids are dropped: they cannot be newer.
 */
struct _HearthQueryModel
{
  GObject            parent_instance;

  /* owned */
  HearthStore       *store;
  char              *ids_sql;
  char              *row_sql;
  char              *page_sql;    /* NULL: the row query is not of the form for pages */
  GArray            *ids;         /* gint64 */
  GHashTable        *cache;       /* gint64* id → GObject */
  GArray            *cached_ids;  /* gint64: the cache's ids, oldest first from cached_from */
  GHashTable        *params;      /* name → GVariant */
  GPtrArray         *sorts;       /* Sort */
  GPtrArray         *variants;    /* Variant */
  GHashTable        *ids_texts;   /* "form variant sort optional-clauses" → the ids query's text */
  GError            *error;
  const char       **tables;      /* the array is owned, the strings are interned */
  GCancellable      *read_cancellable; /* the ids being read on a worker thread */

  /* borrowed */
  const char        *sort;        /* the name of one of sorts */

  GType              item_type;
  HearthRowFillFunc  fill;
  gulong             changed_id;
  guint              complete_id; /* the timeout that reads the ids past the first page */
  guint              n_items;     /* while not complete: the length, from a count */
  guint              cached_from;
  guint              frozen;
  gboolean           dirty;       /* a reload was asked for while frozen or emitting */
  gboolean           emitting;
  gboolean           loaded;
  gboolean           complete;    /* ids holds every row, not only the first page */
  gboolean           loading;     /* ids are being read on a worker thread */
};

typedef struct
{
  char *name;
  char *order_by;
} Sort;

typedef struct
{
  char *param;
  char *ids_sql;
} Variant;

static void list_model_iface_init (GListModelInterface *iface);
static void emit_difference       (HearthQueryModel    *self,
                                   const GArray        *old_ids);
static gboolean complete_timeout_cb  (gpointer             data);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthQueryModel, hearth_query_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_SORT,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sort_free (gpointer data)
{
  Sort *sort = data;

  g_free (sort->name);
  g_free (sort->order_by);
  g_free (sort);
}

static void
variant_free (gpointer data)
{
  Variant *variant = data;

  g_free (variant->param);
  g_free (variant->ids_sql);
  g_free (variant);
}

static Sort *
find_sort (HearthQueryModel *self,
           const char       *name)
{
  for (guint i = 0; i < self->sorts->len; i++)
    {
      Sort *sort = g_ptr_array_index (self->sorts, i);

      if (g_strcmp0 (sort->name, name) == 0)
        return sort;
    }

  return NULL;
}

static gboolean
is_supported_param (GVariant *value)
{
  return g_variant_is_of_type (value, G_VARIANT_TYPE_INT32) ||
         g_variant_is_of_type (value, G_VARIANT_TYPE_INT64) ||
         g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32) ||
         g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN) ||
         g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE) ||
         g_variant_is_of_type (value, G_VARIANT_TYPE_STRING);
}

/* Whether @sql names the parameter @name (":name"), as a whole word. */
static gboolean
sql_has_param (const char *sql,
               const char *name)
{
  gsize length = strlen (name);

  for (const char *at = strstr (sql, name); at != NULL; at = strstr (at + 1, name))
    {
      char next = at[length];

      if (!g_ascii_isalnum (next) && next != '_')
        return TRUE;
    }

  return FALSE;
}

/* A parameter can be in the ids query or in the ORDER BY of one of its
 * sorts (a session's own order of votes, say). */
static gboolean
has_param (HearthQueryModel *self,
           const char       *name)
{
  if (sql_has_param (self->ids_sql, name))
    return TRUE;

  for (guint i = 0; i < self->variants->len; i++)
    if (sql_has_param (((Variant *) g_ptr_array_index (self->variants, i))->ids_sql, name))
      return TRUE;

  for (guint i = 0; i < self->sorts->len; i++)
    if (sql_has_param (((Sort *) g_ptr_array_index (self->sorts, i))->order_by, name))
      return TRUE;

  return FALSE;
}

/* The ids query for the current sort, from the first variant whose filter
 * is set, or the list's own. The ORDER BY clauses come from code, never from
 * what a person typed, so they may become part of the SQL text; each text is
 * made once, so that the store's statement cache holds one statement per
 * variant and sort. */
typedef enum
{
  IDS_ALL,
  IDS_FIRST_PAGE,
  IDS_COUNT,
} IdsForm;

#define IF_OPEN "{if "
#define IF_CLOSE "{end}"

/* @sql with each "{if :name}…{end}" kept (without its markers) while the
 * parameter :name is set, and left out while it is not. SQLite plans a
 * clause such as "(:outcome_id IS NULL OR c.outcome_id = :outcome_id)" for
 * both cases and then checks it on every row: counting the open cases
 * through a handful of unset filters of that form took 2.5 times as long as
 * counting them. Left out, an unset filter costs nothing. */
static char *
expand_optional (HearthQueryModel *self,
                 const char       *sql)
{
  GString *out = g_string_sized_new (strlen (sql));
  const char *at = sql;
  const char *open;

  while ((open = strstr (at, IF_OPEN)) != NULL)
    {
      const char *name = open + strlen (IF_OPEN);
      const char *name_end = strchr (name, '}');
      const char *close = name_end != NULL ? strstr (name_end, IF_CLOSE) : NULL;
      g_autofree char *param = NULL;

      /* The texts are the model's own, so a malformed one is a bug. */
      g_assert (name_end != NULL && close != NULL);

      g_string_append_len (out, at, open - at);
      param = g_strndup (name, name_end - name);
      if (g_hash_table_contains (self->params, param))
        g_string_append_len (out, name_end + 1, close - (name_end + 1));
      at = close + strlen (IF_CLOSE);
    }
  g_string_append (out, at);

  return g_string_free (out, FALSE);
}

/* Which of the optional clauses of @sql are in: one character each, for the
 * key of the texts already made. */
static void
append_optional_key (HearthQueryModel *self,
                     GString          *key,
                     const char       *sql)
{
  for (const char *open = strstr (sql, IF_OPEN); open != NULL; open = strstr (open + 1, IF_OPEN))
    {
      const char *name = open + strlen (IF_OPEN);
      const char *name_end = strchr (name, '}');
      g_autofree char *param = g_strndup (name, name_end - name);

      g_string_append_c (key, g_hash_table_contains (self->params, param) ? '1' : '0');
    }
}

static const char *
current_ids_sql (HearthQueryModel *self,
                 IdsForm           form)
{
  const char *ids_sql = self->ids_sql;
  g_autoptr(GString) key_text = NULL;
  g_autofree char *key = NULL;
  const char *text;
  Sort *sort;
  guint variant = 0;  /* the list's own query; a variant is its index + 1 */

  /* A list nobody gave a sort to still needs a stable order. */
  if (self->sorts->len == 0)
    hearth_query_model_add_sort (self, "id", "id");

  sort = find_sort (self, self->sort);
  g_assert (sort != NULL);

  for (guint i = 0; i < self->variants->len; i++)
    {
      Variant *v = g_ptr_array_index (self->variants, i);

      if (g_hash_table_contains (self->params, v->param))
        {
          ids_sql = v->ids_sql;
          variant = i + 1;
          break;
        }
    }

  key_text = g_string_new (NULL);
  g_string_printf (key_text, "%d %u %s ", form, variant, sort->name);
  append_optional_key (self, key_text, ids_sql);
  key = g_string_free (g_steal_pointer (&key_text), FALSE);
  text = g_hash_table_lookup (self->ids_texts, key);
  if (text == NULL)
    {
      g_autofree char *expanded = expand_optional (self, ids_sql);
      g_auto(GStrv) parts = g_strsplit (expanded, "{order}", 2);
      g_autofree char *joined = g_strjoinv (sort->order_by, parts);
      g_auto(GStrv) unordered = g_strsplit (expanded, " ORDER BY {order}", 2);
      char *made;

      if (form == IDS_FIRST_PAGE)
        made = g_strdup_printf ("%s LIMIT %d", joined, PAGE_SIZE);
      /* Without its ORDER BY, SQLite counts in the ids query's own loop
       * rather than in a subquery's rows. */
      else if (form == IDS_COUNT && unordered[1] != NULL)
        made = g_strdup_printf ("SELECT count (*) FROM (%s%s)", unordered[0], unordered[1]);
      else if (form == IDS_COUNT)
        made = g_strdup_printf ("SELECT count (*) FROM (%s)", joined);
      else
        made = g_steal_pointer (&joined);

      g_hash_table_insert (self->ids_texts, g_steal_pointer (&key), made);
      text = made;
    }

  return text;
}

static void
bind_param (sqlite3_stmt *stmt,
            int           index,
            GVariant     *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    sqlite3_bind_int64 (stmt, index, g_variant_get_uint32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    sqlite3_bind_int (stmt, index, g_variant_get_boolean (value) ? 1 : 0);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else
    g_assert_not_reached (); /* set_param refuses other types */
}

/* Steps @sql on @store with every parameter bound from @params (name →
 * GVariant; a parameter not in it is bound NULL, so that an unset filter
 * means "any"), and returns the first column of every row. Runs on the main
 * thread with the model's store, or on a worker with a reader of its own. */
static GArray *
read_ids (HearthStore  *store,
          const char   *sql,
          GHashTable   *params,
          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int n_params;

  stmt = hearth_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  n_params = sqlite3_bind_parameter_count (stmt);
  for (int i = 1; i <= n_params; i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);

      bind_param (stmt, i, name != NULL ? g_hash_table_lookup (params, name) : NULL);
    }

  for (;;)
    {
      gboolean has_row = FALSE;
      gint64 id;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  /* Done reading: let go of the read transaction at once. */
  sqlite3_reset (stmt);

  return g_steal_pointer (&ids);
}

/* The ids of the list, all of them or the first page's, or with IDS_COUNT
 * one number: how many rows the list has. */
static GArray *
load_ids (HearthQueryModel  *self,
          IdsForm            form,
          GError           **error)
{
  return read_ids (self->store, current_ids_sql (self, form), self->params, error);
}

/* Reads the row @id into @item. A row that is not there leaves the item as
 * it was: on one connection on one thread the ids are read again after every
 * change, so this only happens if the row query does not match the ids
 * query. */
static void
fill_item (HearthQueryModel *self,
           GObject          *item,
           gint64            id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (self->store, &error, self->row_sql, "x", id);
  if (stmt != NULL && hearth_store_next (self->store, stmt, &error))
    {
      self->fill (item, stmt);
      sqlite3_reset (stmt);
    }

  if (error != NULL)
    g_warning ("Could not read a row: %s", error->message);
}

/* Reads the rows @ids into @items (in the same order), a page at a time,
 * each page with one statement. Rows that are not there leave their items
 * as they were, as in fill_item(). */
static void
fill_items (HearthQueryModel *self,
            GPtrArray        *items,
            GArray           *ids)
{
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GString) json = NULL;

  g_assert (items->len == ids->len);

  if (self->page_sql == NULL || ids->len == 1)
    {
      for (guint i = 0; i < ids->len; i++)
        fill_item (self, g_ptr_array_index (items, i), g_array_index (ids, gint64, i));
      return;
    }

  wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  held = g_ptr_array_sized_new (PAGE_SIZE);
  json = g_string_sized_new (PAGE_SIZE * 8);

  for (guint start = 0; start < ids->len; start += PAGE_SIZE)
    {
      g_autoptr(GError) error = NULL;
      guint end = MIN (start + PAGE_SIZE, ids->len);
      sqlite3_stmt *stmt;

      g_hash_table_remove_all (wanted);
      g_ptr_array_set_size (held, 0);
      g_string_truncate (json, 0);
      hearth_json_append_ids (json, &g_array_index (ids, gint64, start), end - start);
      for (guint i = start; i < end; i++)
        {
          gint64 *id = &g_array_index (ids, gint64, i);
          GObject *item = g_ptr_array_index (items, i);

          g_hash_table_insert (wanted, id, item);

          /* Whoever hears of a change hears of it once the page is read:
           * a handler that reads this list again would otherwise reset the
           * statement still being stepped. Nobody listens to the items of
           * a page just made. */
          if (hearth_object_has_listeners (item))
            {
              g_object_freeze_notify (item);
              g_ptr_array_add (held, item);
            }
        }

      /* The rows come in the order the page query finds them; the first
       * column is the id. Stepped to the end, the statement is reset. */
      stmt = hearth_store_query (self->store, &error, self->page_sql, "s", json->str);
      while (stmt != NULL && hearth_store_next (self->store, stmt, &error))
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          GObject *item = g_hash_table_lookup (wanted, &id);

          if (item != NULL)
            self->fill (item, stmt);
        }

      for (guint i = 0; i < held->len; i++)
        g_object_thaw_notify (g_ptr_array_index (held, i));

      if (error != NULL)
        g_warning ("Could not read a page of rows: %s", error->message);
    }
}

/* Once the cache has grown large, lets go of the oldest cached items only
 * the cache holds, a batch at a time. Items someone else holds stay, so that
 * the same row stays the same object for them; they count as new again. */
static void
trim_cache (HearthQueryModel *self)
{
  for (guint looked = 0;
       looked < TRIM_BATCH && g_hash_table_size (self->cache) > CACHE_LIMIT &&
       self->cached_from < self->cached_ids->len;
       looked++)
    {
      gint64 id = g_array_index (self->cached_ids, gint64, self->cached_from++);
      GObject *item = g_hash_table_lookup (self->cache, &id);

      g_assert (item != NULL);
      if (item->ref_count == 1)
        g_hash_table_remove (self->cache, &id);
      else
        g_array_append_val (self->cached_ids, id);
    }

  /* Drop the ids looked at from the front now and then, not every time. */
  if (self->cached_from > 0 && self->cached_from >= self->cached_ids->len / 2)
    {
      g_array_remove_range (self->cached_ids, 0, self->cached_from);
      self->cached_from = 0;
    }
}

/* After items left the cache other than by trim_cache(): keeps the ids of
 * those still in it, in their order. */
static void
forget_uncached_ids (HearthQueryModel *self)
{
  guint kept = 0;

  for (guint i = self->cached_from; i < self->cached_ids->len; i++)
    {
      gint64 id = g_array_index (self->cached_ids, gint64, i);

      if (g_hash_table_contains (self->cache, &id))
        g_array_index (self->cached_ids, gint64, kept++) = id;
    }
  g_array_set_size (self->cached_ids, kept);
  self->cached_from = 0;
}

/* Makes the item of @id and puts it in the cache, unfilled, unless it is
 * there already; returns the new item, or NULL. */
static GObject *
add_to_cache (HearthQueryModel *self,
              gint64            id)
{
  GObject *item;
  gint64 *key;

  if (g_hash_table_contains (self->cache, &id))
    return NULL;

  item = g_object_new (self->item_type, NULL);
  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_insert (self->cache, key, item);
  g_array_append_val (self->cached_ids, id);

  return item;
}

static void
set_ids_from_load (HearthQueryModel *self,
                   GArray           *new_ids)
{
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_handle_id (&self->complete_id, g_source_remove);
  self->ids = new_ids;
  self->complete = TRUE;
  if (self->ids == NULL)
    {
      /* Not fatal: the list shows nothing and get_error() says why. The
       * message is SQLite's, which never holds row data. */
      g_warning ("Could not load a list: %s", self->error->message);
      self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
}

/* The old order as far as anyone can have seen it, for emit_difference():
 * while the list was not complete, nobody was given a row past its first
 * page (asking for one completes it), so the rows after @prefix are
 * unknown. They are taken to be the rows of @new_ids that were not in the
 * first page, in their new order, the earliest of them left out if the list
 * grew (rows added near the top are the likely ones), and unknown rows that
 * left if it shrank; @old_n rows in all. A row that came into the first
 * page is then one that moved up, and a row that left it one that moved
 * down. */
static GArray *
assumed_old_ids (const GArray *prefix,
                 guint         old_n,
                 const GArray *new_ids)
{
  g_autoptr(GHashTable) in_prefix = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) extra = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *old_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), old_n);
  guint slots = old_n - prefix->len;
  guint skip;

  for (guint i = 0; i < prefix->len; i++)
    g_hash_table_add (in_prefix, &g_array_index (prefix, gint64, i));
  for (guint i = 0; i < new_ids->len; i++)
    if (!g_hash_table_contains (in_prefix, &g_array_index (new_ids, gint64, i)))
      g_array_append_val (extra, g_array_index (new_ids, gint64, i));

  skip = extra->len > slots ? extra->len - slots : 0;
  g_array_append_vals (old_ids, prefix->data, prefix->len);
  g_array_append_vals (old_ids, &g_array_index (extra, gint64, skip), extra->len - skip);

  /* Rows that are in neither list: no real row has a negative id. */
  for (gint64 gone = -1; old_ids->len < old_n; gone--)
    g_array_append_val (old_ids, gone);

  return old_ids;
}

/* Reads the first look at the list: its length and its first page. */
static void
load_first_page (HearthQueryModel *self)
{
  g_autoptr(GArray) count = NULL;
  g_autoptr(GArray) first = NULL;

  count = load_ids (self, IDS_COUNT, &self->error);
  if (count != NULL && count->len == 1)
    first = load_ids (self, IDS_FIRST_PAGE, &self->error);

  /* The short forms failed: the list is read whole. */
  if (first == NULL)
    {
      g_clear_error (&self->error);
      set_ids_from_load (self, load_ids (self, IDS_ALL, &self->error));
      return;
    }

  /* The first page is all there is. */
  if (g_array_index (count, gint64, 0) <= first->len)
    {
      set_ids_from_load (self, g_steal_pointer (&first));
      return;
    }

  set_ids_from_load (self, g_steal_pointer (&first));
  self->complete = FALSE;
  self->n_items = g_array_index (count, gint64, 0);
  /* Not at once when idle: the main loop is idle while it waits for the
   * frame that shows the first page, which this would delay. */
  self->complete_id = g_timeout_add_full (G_PRIORITY_LOW, COMPLETE_AFTER_MS, complete_timeout_cb,
                                          self, NULL);
}

/* The first look at the list reads it; nobody has seen it before, so there
 * is nothing to announce. Reading late also lets the caller add sorts and
 * set parameters first. */
static void
ensure_loaded (HearthQueryModel *self)
{
  if (self->loaded || self->store == NULL)
    return;

  self->loaded = TRUE;
  self->dirty = FALSE;
  g_clear_error (&self->error);
  load_first_page (self);
}

/* Reads the ids past the first page. Nothing changed without a notice, so
 * they continue what was read; if a program wrote behind the store's back
 * they may not, and the difference is announced. */
static void
ensure_complete (HearthQueryModel *self)
{
  g_autoptr(GArray) prefix = NULL;
  g_autoptr(GArray) old_ids = NULL;
  guint old_n;

  ensure_loaded (self);
  if (self->complete)
    return;

  old_n = self->n_items;
  prefix = g_steal_pointer (&self->ids);
  set_ids_from_load (self, load_ids (self, IDS_ALL, &self->error));
  old_ids = assumed_old_ids (prefix, old_n, self->ids);

  if (old_ids->len != self->ids->len ||
      memcmp (old_ids->data, self->ids->data, old_ids->len * sizeof (gint64)) != 0)
    {
      self->emitting = TRUE;
      emit_difference (self, old_ids);
      if (old_n != self->ids->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      self->emitting = FALSE;
    }
}

static gboolean
complete_timeout_cb (gpointer data)
{
  HearthQueryModel *self = data;

  self->complete_id = 0;
  ensure_complete (self);

  return G_SOURCE_REMOVE;
}

static GType
hearth_query_model_get_item_type (GListModel *model)
{
  return HEARTH_QUERY_MODEL (model)->item_type;
}

static guint
hearth_query_model_get_n_items (GListModel *model)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (model);

  ensure_loaded (self);

  return self->complete ? self->ids->len : self->n_items;
}

static gpointer
hearth_query_model_get_item (GListModel *model,
                             guint       position)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (model);
  g_autoptr(GPtrArray) new_items = NULL;
  g_autoptr(GArray) new_ids = NULL;
  GObject *item;
  gint64 id;
  guint start, end;

  /* Past the end (GtkSingleSelection asks for G_MAXUINT to select
   * nothing) is answered from the count, without reading every id. */
  if (position >= hearth_query_model_get_n_items (model))
    return NULL;
  if (position >= self->ids->len)
    ensure_complete (self);
  if (position >= self->ids->len || self->store == NULL)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  trim_cache (self);

  /* Read the whole page around the position: lists ask for the
   * neighbours next. */
  start = position - position % PAGE_SIZE;
  end = MIN (start + PAGE_SIZE, self->ids->len);
  new_items = g_ptr_array_sized_new (end - start);
  new_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), end - start);
  for (guint i = start; i < end; i++)
    {
      gint64 page_id = g_array_index (self->ids, gint64, i);
      GObject *new_item = add_to_cache (self, page_id);

      if (new_item != NULL)
        {
          g_ptr_array_add (new_items, new_item);
          g_array_append_val (new_ids, page_id);
        }
    }
  fill_items (self, new_items, new_ids);

  item = g_hash_table_lookup (self->cache, &id);
  g_assert (item != NULL);

  return g_object_ref (item);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_query_model_get_item_type;
  iface->get_n_items = hearth_query_model_get_n_items;
  iface->get_item = hearth_query_model_get_item;
}

static gboolean
ids_equal (const gint64 *a,
           const gint64 *b,
           guint         n)
{
  return n == 0 || memcmp (a, b, n * sizeof (gint64)) == 0;
}

/* Reports a row that moved from @from (in the old order) to @to (in the new
 * one), which self->ids already is, as a removal and then an addition. While
 * the removal is announced the list must look as it does after it and
 * before the addition, since handlers may read the model: that list is the
 * new order without the row. */
static void
emit_move (HearthQueryModel *self,
           guint             from,
           guint             to)
{
  g_autoptr(GArray) final_ids = g_steal_pointer (&self->ids);
  g_autoptr(GArray) between = g_array_sized_new (FALSE, FALSE, sizeof (gint64), final_ids->len);

  g_array_append_vals (between, final_ids->data, final_ids->len);
  g_array_remove_index (between, to);

  self->ids = g_steal_pointer (&between);
  g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 0);

  g_clear_pointer (&self->ids, g_array_unref);
  self->ids = g_steal_pointer (&final_ids);
  g_list_model_items_changed (G_LIST_MODEL (self), to, 0, 1);
}

/* Reports the rows from @position replaced, @removed old ones by @added new
 * ones (self->ids is already the new order), as a removal and then an
 * addition, with the list in between being the new order without them.
 *
 * When one emission both removes a row that GTK's list follows (its focus,
 * its scroll anchor, the selected row) and adds others, GtkListItemManager
 * (gtk_list_item_manager_model_items_changed_cb) and GtkSingleSelection
 * look for that row's item among every row added, asking for each one: a
 * search that changes thousands of rows then reads them all on the main
 * thread. Added by themselves, they are read only as they are shown. */
static void
emit_replacement (HearthQueryModel *self,
                  guint             position,
                  guint             removed,
                  guint             added)
{
  g_autoptr(GArray) final_ids = g_steal_pointer (&self->ids);
  g_autoptr(GArray) between = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                                 final_ids->len - added);

  g_array_append_vals (between, final_ids->data, position);
  g_array_append_vals (between, &g_array_index (final_ids, gint64, position + added),
                       final_ids->len - position - added);

  self->ids = g_steal_pointer (&between);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);

  g_clear_pointer (&self->ids, g_array_unref);
  self->ids = g_steal_pointer (&final_ids);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

/* Compares the old order with the new one, which self->ids already is, and
 * emits the exact change between them. */
static void
emit_difference (HearthQueryModel *self,
                 const GArray     *old_ids)
{
  const GArray *new_ids = self->ids;
  const gint64 *o = (const gint64 *) old_ids->data;
  const gint64 *n = (const gint64 *) new_ids->data;
  guint old_len = old_ids->len;
  guint new_len = new_ids->len;
  guint prefix = 0;
  guint suffix = 0;
  guint old_win, new_win;

  while (prefix < old_len && prefix < new_len && o[prefix] == n[prefix])
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         o[old_len - 1 - suffix] == n[new_len - 1 - suffix])
    suffix++;

  old_win = old_len - prefix - suffix;
  new_win = new_len - prefix - suffix;

  if (old_win == 0 && new_win == 0)
    return;

  /* After trimming, a single row that moved is at one end of the window in
   * the old order and at the other end in the new one. Reporting it as a
   * removal and an addition keeps the rows between its old and new places,
   * and their widgets, untouched. */
  if (old_win == new_win && old_win > 1)
    {
      const gint64 *ow = o + prefix;
      const gint64 *nw = n + prefix;
      guint w = old_win;

      /* Moved down: from the window's start to its end. */
      if (ow[0] == nw[w - 1] && ids_equal (ow + 1, nw, w - 1))
        {
          emit_move (self, prefix, prefix + w - 1);
          return;
        }

      /* Moved up: from the window's end to its start. */
      if (ow[w - 1] == nw[0] && ids_equal (ow, nw + 1, w - 1))
        {
          emit_move (self, prefix + w - 1, prefix);
          return;
        }
    }

  /* A small window stays one emission, so that a focused row still in it
   * keeps its widget. */
  if (old_win > 0 && new_win > SPLIT_REPLACEMENT_AT)
    {
      emit_replacement (self, prefix, old_win, new_win);
      return;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_win, new_win);
}

static void
set_loading (HearthQueryModel *self,
             gboolean          loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Makes @new_ids (every id of the list; NULL when they could not be read,
 * with self->error set) the list, and emits the difference from the list as
 * it was. */
static void
apply_ids (HearthQueryModel *self,
           GArray           *new_ids)
{
  g_autoptr(GArray) old_ids = NULL;
  g_autoptr(GHashTable) held = NULL;
  g_autoptr(GPtrArray) refill = NULL;
  g_autoptr(GArray) refill_ids = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean was_complete;
  guint old_n;

  was_complete = self->complete;
  old_n = was_complete ? self->ids->len : self->n_items;
  old_ids = g_steal_pointer (&self->ids);
  set_ids_from_load (self, new_ids);
  if (!was_complete)
    {
      g_autoptr(GArray) prefix = g_steal_pointer (&old_ids);

      old_ids = assumed_old_ids (prefix, old_n, self->ids);
    }

  /* Items of rows that left the list go. So do those only the cache holds:
   * nobody watches them, and reading them again when they are asked for is
   * cheaper than reading them all now. The others are kept, with a
   * reference of our own in case a handler below lets go of them. The
   * items someone holds are a screenful or two: the new ids are looked up
   * among them, where putting 40,000 ids in a table to look the items up
   * took 2–5 ms (every resident again, once a search is cleared). */
  held = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (G_OBJECT (value)->ref_count == 1)
        g_hash_table_iter_remove (&iter);
      else
        g_hash_table_add (held, key);
    }

  refill = g_ptr_array_new_with_free_func (g_object_unref);
  refill_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->ids->len && g_hash_table_size (held) > 0; i++)
    {
      gint64 *id = &g_array_index (self->ids, gint64, i);

      if (g_hash_table_remove (held, id))
        {
          g_ptr_array_add (refill, g_object_ref (g_hash_table_lookup (self->cache, id)));
          g_array_append_val (refill_ids, *id);
        }
    }

  /* Those still in held left the list. */
  g_hash_table_iter_init (&iter, held);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_remove (&iter);
      g_hash_table_remove (self->cache, key);
    }
  forget_uncached_ids (self);

  self->emitting = TRUE;
  emit_difference (self, old_ids);
  if (old_ids->len != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  self->emitting = FALSE;

  /* Last, so that handlers of the items' notifications see the new list. */
  fill_items (self, refill, refill_ids);
}

/* Whether a reload must wait (see reload ()); it is then owed. */
static gboolean
reload_must_wait (HearthQueryModel *self)
{
  /* A handler of items-changed that writes to the store must not reload
   * while the list is between the two halves of a move: it is done after. */
  if (self->frozen > 0 || self->emitting)
    {
      self->dirty = TRUE;
      return TRUE;
    }
  self->dirty = FALSE;

  /* Nobody has seen the list yet: it is read when first asked for. */
  return !self->loaded || self->store == NULL;
}

static void
reload (HearthQueryModel *self)
{
  if (reload_must_wait (self))
    return;

  /* What is being read on a worker is older than what is read now. */
  g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);

  g_clear_error (&self->error);
  apply_ids (self, load_ids (self, IDS_ALL, &self->error));
  set_loading (self, FALSE);

  if (self->dirty)
    reload (self);
}

/* What a reader on a worker thread needs to read the ids: the ids query's
 * text and a copy of the parameters. */
typedef struct
{
  char       *sql;
  GHashTable *params;  /* name → GVariant */
} IdsRead;

/* A copy of @params (name → GVariant) another thread may read. */
static GHashTable *
copy_params (GHashTable *params)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            g_free, (GDestroyNotify) g_variant_unref);
  GHashTableIter iter;
  gpointer name, value;

  g_hash_table_iter_init (&iter, params);
  while (g_hash_table_iter_next (&iter, &name, &value))
    g_hash_table_insert (copy, g_strdup (name), g_variant_ref (value));

  return copy;
}

static void
ids_read_free (gpointer data)
{
  IdsRead *read = data;

  g_free (read->sql);
  g_hash_table_unref (read->params);
  g_free (read);
}

static gpointer
read_ids_on_reader (HearthStore  *reader,
                    gpointer      input,
                    GError      **error)
{
  IdsRead *read = input;

  return read_ids (reader, read->sql, read->params, error);
}

static void
ids_read_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GWeakRef *model_ref = user_data;
  g_autoptr(HearthQueryModel) self = g_weak_ref_get (model_ref);
  g_autoptr(GError) error = NULL;
  GArray *ids;

  g_weak_ref_clear (model_ref);
  g_free (model_ref);
  ids = hearth_store_read_finish (result, &error);

  /* A newer load took over, or the list is gone (which cancels). */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self == NULL)
    {
      g_clear_pointer (&ids, g_array_unref);
      return;
    }
  g_clear_object (&self->read_cancellable);

  /* Someone is changing the list's parameters, or the list is announcing a
   * change: the reload owed when they are done reads the ids again. */
  if (reload_must_wait (self))
    {
      g_clear_pointer (&ids, g_array_unref);
      return;
    }

  /* A database no second connection can open (one in memory) is read
   * here, as is one a reader failed on: its error is the list's own. */
  if (ids == NULL)
    {
      g_debug ("Could not read a list on a worker: %s", error->message);
      reload (self);
      return;
    }

  g_clear_error (&self->error);
  apply_ids (self, ids);
  set_loading (self, FALSE);

  if (self->dirty)
    reload (self);
}

/* As reload (), but the ids are read on a worker thread, with a reader of
 * their own, and the list becomes them in a later dispatch: until then it
 * shows the rows it had, and :loading is TRUE. A reload of the usual kind
 * in between (a change to the store) reads the ids at once and drops this
 * one. */
static void
reload_in_thread (HearthQueryModel *self)
{
  GWeakRef *model_ref;
  IdsRead *read;

  if (reload_must_wait (self))
    return;

  g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);

  read = g_new0 (IdsRead, 1);
  read->sql = g_strdup (current_ids_sql (self, IDS_ALL));
  read->params = copy_params (self->params);

  /* The list may go while its ids are read: the read is then cancelled. */
  model_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (model_ref, self);
  self->read_cancellable = g_cancellable_new ();
  hearth_store_read_async (self->store, read_ids_on_reader, read, ids_read_free,
                           (GDestroyNotify) g_array_unref, self->read_cancellable,
                           ids_read_cb, model_ref);
  set_loading (self, TRUE);
}

static void
store_changed_cb (HearthQueryModel *self,
                  GPtrArray        *changes,
                  HearthStore      *store)
{
  g_assert (HEARTH_IS_QUERY_MODEL (self));
  g_assert (HEARTH_IS_STORE (store));

  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      /* Table names are interned on both sides. */
      for (guint t = 0; self->tables[t] != NULL; t++)
        {
          if (change->table == self->tables[t])
            {
              reload (self);
              return;
            }
        }
    }
}

static void
hearth_query_model_dispose (GObject *object)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->complete_id, g_source_remove);
  g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);
  g_hash_table_remove_all (self->cache);
  g_array_set_size (self->cached_ids, 0);
  self->cached_from = 0;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_query_model_parent_class)->dispose (object);
}

static void
hearth_query_model_finalize (GObject *object)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  g_free (self->ids_sql);
  g_free (self->row_sql);
  g_free (self->page_sql);
  g_free (self->tables);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->cached_ids, g_array_unref);
  g_clear_pointer (&self->params, g_hash_table_unref);
  g_clear_pointer (&self->sorts, g_ptr_array_unref);
  g_clear_pointer (&self->variants, g_ptr_array_unref);
  g_clear_pointer (&self->ids_texts, g_hash_table_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (hearth_query_model_parent_class)->finalize (object);
}

static void
hearth_query_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self)));
      break;

    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_query_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthQueryModel *self = HEARTH_QUERY_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ITEM_TYPE:
      self->item_type = g_value_get_gtype (value);
      break;

    case PROP_SORT:
      hearth_query_model_set_sort (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_query_model_class_init (HearthQueryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_query_model_dispose;
  object_class->finalize = hearth_query_model_finalize;
  object_class->get_property = hearth_query_model_get_property;
  object_class->set_property = hearth_query_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* As in GListStore, so that GtkBuilder expressions can see the type. */
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL,
                        G_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_query_model_init (HearthQueryModel *self)
{
  self->item_type = G_TYPE_OBJECT;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->complete = TRUE;
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->cached_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->params = g_hash_table_new_full (g_str_hash, g_str_equal,
                                        g_free, (GDestroyNotify) g_variant_unref);
  self->sorts = g_ptr_array_new_with_free_func (sort_free);
  self->variants = g_ptr_array_new_with_free_func (variant_free);
  self->ids_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

HearthQueryModel *
hearth_query_model_new (HearthStore        *store,
                        GType               item_type,
                        const char         *ids_sql,
                        const char         *row_sql,
                        HearthRowFillFunc   fill,
                        const char * const *tables)
{
  HearthQueryModel *self;
  guint n_tables;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (ids_sql != NULL && strstr (ids_sql, "{order}") != NULL, NULL);
  g_return_val_if_fail (row_sql != NULL, NULL);
  g_return_val_if_fail (fill != NULL, NULL);
  g_return_val_if_fail (tables != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_QUERY_MODEL,
                       "store", store,
                       "item-type", item_type,
                       NULL);
  self->ids_sql = g_strdup (ids_sql);
  self->row_sql = g_strdup (row_sql);
  self->fill = fill;

  /* Lists whose row query is of another form read their rows one by one. */
  if (g_str_has_suffix (row_sql, ROW_CONDITION))
    {
      g_autofree char *head = g_strndup (row_sql, strlen (row_sql) - strlen (ROW_CONDITION));

      self->page_sql = g_strconcat (head, PAGE_CONDITION, NULL);
    }

  n_tables = g_strv_length ((char **) tables);
  self->tables = g_new0 (const char *, n_tables + 1);
  for (guint i = 0; i < n_tables; i++)
    self->tables[i] = g_intern_string (tables[i]);

  self->changed_id = g_signal_connect_swapped (store, "changed",
                                               G_CALLBACK (store_changed_cb), self);

  return self;
}

HearthStore *
hearth_query_model_get_store (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  return self->store;
}

void
hearth_query_model_add_sort (HearthQueryModel *self,
                             const char       *name,
                             const char       *order_by)
{
  Sort *sort;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (order_by != NULL);
  g_return_if_fail (find_sort (self, name) == NULL);

  sort = g_new0 (Sort, 1);
  sort->name = g_strdup (name);
  sort->order_by = g_strdup (order_by);
  g_ptr_array_add (self->sorts, sort);

  /* The first sort added is the default one. */
  if (self->sorts->len == 1)
    {
      self->sort = sort->name;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
    }
}

void
hearth_query_model_add_variant (HearthQueryModel *self,
                                const char       *name,
                                const char       *ids_sql)
{
  Variant *variant;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL && name[0] == ':');
  g_return_if_fail (ids_sql != NULL && strstr (ids_sql, "{order}") != NULL);
  g_return_if_fail (sql_has_param (ids_sql, name));

  variant = g_new0 (Variant, 1);
  variant->param = g_strdup (name);
  variant->ids_sql = g_strdup (ids_sql);
  g_ptr_array_add (self->variants, variant);

  if (g_hash_table_contains (self->params, name))
    reload (self);
}

void
hearth_query_model_set_sort (HearthQueryModel *self,
                             const char       *name)
{
  Sort *sort;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL);

  sort = find_sort (self, name);
  g_return_if_fail (sort != NULL);

  if (self->sort == sort->name)
    return;

  self->sort = sort->name;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

const char *
hearth_query_model_get_sort (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  return self->sort;
}

void
hearth_query_model_set_param (HearthQueryModel *self,
                              const char       *name,
                              GVariant         *value)
{
  g_autoptr(GVariant) owned = NULL;
  GVariant *old;

  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (name != NULL && name[0] == ':');

  if (value != NULL)
    owned = g_variant_ref_sink (value);

  g_return_if_fail (owned == NULL || is_supported_param (owned));

  /* A misspelt name would never be bound, and its filter would quietly
   * stop filtering. */
  if (!has_param (self, name))
    {
      g_critical ("“%s” is not a parameter of the list of %s", name, g_type_name (self->item_type));
      return;
    }

  old = g_hash_table_lookup (self->params, name);
  if (old == NULL && owned == NULL)
    return;
  if (old != NULL && owned != NULL && g_variant_equal (old, owned))
    return;

  if (owned != NULL)
    g_hash_table_replace (self->params, g_strdup (name), g_steal_pointer (&owned));
  else
    g_hash_table_remove (self->params, name);

  reload (self);
}

void
hearth_query_model_set_number (HearthQueryModel *self,
                               const char       *name,
                               gint64            value)
{
  hearth_query_model_set_param (self, name, value != 0 ? g_variant_new_int64 (value) : NULL);
}

void
hearth_query_model_set_text (HearthQueryModel *self,
                             const char       *name,
                             const char       *text)
{
  hearth_query_model_set_param (self, name, text != NULL ? g_variant_new_string (text) : NULL);
}

void
hearth_query_model_set_flag (HearthQueryModel *self,
                             const char       *name,
                             gboolean          on)
{
  hearth_query_model_set_param (self, name, on ? g_variant_new_boolean (TRUE) : NULL);
}

void
hearth_query_model_freeze (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));

  self->frozen++;
}

void
hearth_query_model_thaw (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (self->frozen > 0);

  self->frozen--;
  /* A thaw here leaves the list as the parameters say, even if they were
   * last set by a thaw in a thread whose ids have not come yet. */
  if (self->frozen == 0 && (self->dirty || self->read_cancellable != NULL))
    reload (self);
}

void
hearth_query_model_thaw_in_thread (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));
  g_return_if_fail (self->frozen > 0);

  self->frozen--;
  if (self->frozen == 0 && self->dirty)
    reload_in_thread (self);
}

gboolean
hearth_query_model_get_loading (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), FALSE);

  return self->loading;
}

void
hearth_query_model_refresh (HearthQueryModel *self)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (self));

  reload (self);
}

guint
hearth_query_model_find_id (HearthQueryModel *self,
                            gint64            id)
{
  const gint64 *ids;

  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), G_MAXUINT);

  ensure_complete (self);

  /* A scan of a few hundred thousand ids takes well under a millisecond. */
  ids = (const gint64 *) self->ids->data;
  for (guint i = 0; i < self->ids->len; i++)
    if (ids[i] == id)
      return i;

  return G_MAXUINT;
}

gint64
hearth_query_model_get_id (HearthQueryModel *self,
                           guint             position)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), 0);

  if (position >= hearth_query_model_get_n_items (G_LIST_MODEL (self)))
    return 0;
  if (position >= self->ids->len)
    ensure_complete (self);
  if (position >= self->ids->len)
    return 0;

  return g_array_index (self->ids, gint64, position);
}

const GError *
hearth_query_model_get_error (HearthQueryModel *self)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (self), NULL);

  ensure_loaded (self);

  return self->error;
}
