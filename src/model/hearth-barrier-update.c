/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-barrier-update.h"

/* One line of a barrier's log of updates, as it was written:
 *
 *   HearthBarrierUpdate  <-  HearthQueryModel (:barrier_id)  <-  barrier_updates
 */
struct _HearthBarrierUpdate
{
  HearthItem parent_instance;

  gint64   id;
  gint64   barrier_id;
  gint64   session_id;
  gint64   at;
  char    *author_name;
  char    *status_from;
  char    *status_to;
  char    *text;
};

G_DEFINE_FINAL_TYPE (HearthBarrierUpdate, hearth_barrier_update, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT u.id FROM barrier_updates u WHERE u.barrier_id = :barrier_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT u.id, u.barrier_id, coalesce (u.session_id, 0), u.at, coalesce (s.name, ''),"
  "  coalesce (u.status_from, ''), coalesce (u.status_to, ''), u.text"
  " FROM barrier_updates u LEFT JOIN staff s ON s.id = u.author_id WHERE u.id = :id";

static const char * const tables[] = { "barrier_updates", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthBarrierUpdate, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("barrier-id", INT64, 1, barrier_id),
  FIELD ("session-id", INT64, 2, session_id),
  FIELD ("at", INT64, 3, at),
  FIELD ("author-name", STRING, 4, author_name),
  FIELD ("status-from", STRING, 5, status_from),
  FIELD ("status-to", STRING, 6, status_to),
  FIELD ("text", STRING, 7, text),
};

static void
hearth_barrier_update_class_init (HearthBarrierUpdateClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_barrier_update_init (HearthBarrierUpdate *self)
{
}

gint64
hearth_barrier_update_get_id (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), 0);

  return self->id;
}

gint64
hearth_barrier_update_get_barrier_id (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), 0);

  return self->barrier_id;
}

gint64
hearth_barrier_update_get_session_id (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), 0);

  return self->session_id;
}

gint64
hearth_barrier_update_get_at (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), 0);

  return self->at;
}

const char *
hearth_barrier_update_get_author_name (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), NULL);

  return self->author_name;
}

const char *
hearth_barrier_update_get_status_from (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), NULL);

  return self->status_from;
}

const char *
hearth_barrier_update_get_status_to (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), NULL);

  return self->status_to;
}

const char *
hearth_barrier_update_get_text (HearthBarrierUpdate *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (self), NULL);

  return self->text;
}

HearthQueryModel *
hearth_barrier_update_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_BARRIER_UPDATE, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "newest", "u.at DESC, u.id DESC");
  hearth_query_model_add_sort (model, "oldest", "u.at, u.id");
  return model;
}

void
hearth_barrier_update_list_set_barrier (HearthQueryModel *updates,
                                        gint64            barrier_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (updates));

  hearth_query_model_set_number (updates, ":barrier_id", barrier_id);
}
