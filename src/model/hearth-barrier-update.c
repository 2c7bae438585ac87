/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-barrier-update.h"
#include "hearth-item-util.h"

/* One line of a barrier's log of updates, as it was written:
 *
 *   HearthBarrierUpdate  <-  HearthQueryModel (:barrier_id)  <-  barrier_updates
 */
struct _HearthBarrierUpdate
{
  GObject  parent_instance;

  gint64   id;
  gint64   barrier_id;
  gint64   session_id;
  gint64   at;
  char    *author_name;
  char    *status_from;
  char    *status_to;
  char    *text;
};

G_DEFINE_FINAL_TYPE (HearthBarrierUpdate, hearth_barrier_update, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BARRIER_ID,
  PROP_SESSION_ID,
  PROP_AT,
  PROP_AUTHOR_NAME,
  PROP_STATUS_FROM,
  PROP_STATUS_TO,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT u.id FROM barrier_updates u WHERE u.barrier_id = :barrier_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT u.id, u.barrier_id, coalesce (u.session_id, 0), u.at, coalesce (s.name, ''),"
  "  coalesce (u.status_from, ''), coalesce (u.status_to, ''), u.text"
  " FROM barrier_updates u LEFT JOIN staff s ON s.id = u.author_id WHERE u.id = :id";

static const char * const tables[] = { "barrier_updates", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthBarrierUpdate *self = (HearthBarrierUpdate *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->barrier_id, sqlite3_column_int64 (stmt, 1), properties[PROP_BARRIER_ID]);
  hearth_item_set_int64 (object, &self->session_id, sqlite3_column_int64 (stmt, 2), properties[PROP_SESSION_ID]);
  hearth_item_set_int64 (object, &self->at, sqlite3_column_int64 (stmt, 3), properties[PROP_AT]);
  hearth_item_set_string (object, &self->author_name, hearth_column_text (stmt, 4), properties[PROP_AUTHOR_NAME]);
  hearth_item_set_string (object, &self->status_from, hearth_column_text (stmt, 5), properties[PROP_STATUS_FROM]);
  hearth_item_set_string (object, &self->status_to, hearth_column_text (stmt, 6), properties[PROP_STATUS_TO]);
  hearth_item_set_string (object, &self->text, hearth_column_text (stmt, 7), properties[PROP_TEXT]);
  g_object_thaw_notify (object);
}

static void
hearth_barrier_update_finalize (GObject *object)
{
  HearthBarrierUpdate *self = (HearthBarrierUpdate *) object;

  g_free (self->author_name);
  g_free (self->status_from);
  g_free (self->status_to);
  g_free (self->text);

  G_OBJECT_CLASS (hearth_barrier_update_parent_class)->finalize (object);
}

static void
hearth_barrier_update_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthBarrierUpdate *self = (HearthBarrierUpdate *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_BARRIER_ID:
      g_value_set_int64 (value, self->barrier_id);
      break;

    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;

    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_STATUS_FROM:
      g_value_set_string (value, self->status_from);
      break;

    case PROP_STATUS_TO:
      g_value_set_string (value, self->status_to);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_barrier_update_class_init (HearthBarrierUpdateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hearth_barrier_update_finalize;
  object_class->get_property = hearth_barrier_update_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_BARRIER_ID] =
    g_param_spec_int64 ("barrier-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AT] = g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, NULL, flags);
  properties[PROP_STATUS_FROM] = g_param_spec_string ("status-from", NULL, NULL, NULL, flags);
  properties[PROP_STATUS_TO] = g_param_spec_string ("status-to", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  model = hearth_query_model_new (store, HEARTH_TYPE_BARRIER_UPDATE, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "newest", "u.at DESC, u.id DESC");
  hearth_query_model_add_sort (model, "oldest", "u.at, u.id");
  return model;
}
