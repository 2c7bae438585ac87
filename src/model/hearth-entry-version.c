/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-entry-version.h"
#include "hearth-item-util.h"

/* An earlier version of an edited timeline entry, as it was written:
 *
 *   HearthEntryVersion  <-  HearthQueryModel (:entry_id)  <-  timeline_entry_versions
 */
struct _HearthEntryVersion
{
  GObject  parent_instance;

  gint64   id;
  guint    version;
  gint64   occurred_at;
  char    *summary;
  char    *body;
  gint64   amount_pence;
  gint64   written_at;
  char    *written_by;
};

G_DEFINE_FINAL_TYPE (HearthEntryVersion, hearth_entry_version, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_OCCURRED_AT,
  PROP_SUMMARY,
  PROP_BODY,
  PROP_AMOUNT_PENCE,
  PROP_WRITTEN_AT,
  PROP_WRITTEN_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT v.id FROM timeline_entry_versions v WHERE v.entry_id = :entry_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT v.id, v.version, v.occurred_at, v.summary, v.body, coalesce (v.amount_pence, -1),"
  "  v.written_at, coalesce (s.name, '')"
  " FROM timeline_entry_versions v LEFT JOIN staff s ON s.id = v.written_by WHERE v.id = :id";

static const char * const tables[] = { "timeline_entry_versions", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthEntryVersion *self = (HearthEntryVersion *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_uint (object, &self->version, (guint) sqlite3_column_int64 (stmt, 1), properties[PROP_VERSION]);
  hearth_item_set_int64 (object, &self->occurred_at, sqlite3_column_int64 (stmt, 2), properties[PROP_OCCURRED_AT]);
  hearth_item_set_string (object, &self->summary, hearth_column_text (stmt, 3), properties[PROP_SUMMARY]);
  hearth_item_set_string (object, &self->body, hearth_column_text (stmt, 4), properties[PROP_BODY]);
  hearth_item_set_int64 (object, &self->amount_pence, sqlite3_column_int64 (stmt, 5), properties[PROP_AMOUNT_PENCE]);
  hearth_item_set_int64 (object, &self->written_at, sqlite3_column_int64 (stmt, 6), properties[PROP_WRITTEN_AT]);
  hearth_item_set_string (object, &self->written_by, hearth_column_text (stmt, 7), properties[PROP_WRITTEN_BY]);
  g_object_thaw_notify (object);
}

static void
hearth_entry_version_finalize (GObject *object)
{
  HearthEntryVersion *self = (HearthEntryVersion *) object;

  g_free (self->summary);
  g_free (self->body);
  g_free (self->written_by);

  G_OBJECT_CLASS (hearth_entry_version_parent_class)->finalize (object);
}

static void
hearth_entry_version_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthEntryVersion *self = (HearthEntryVersion *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;

    case PROP_OCCURRED_AT:
      g_value_set_int64 (value, self->occurred_at);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_AMOUNT_PENCE:
      g_value_set_int64 (value, self->amount_pence);
      break;

    case PROP_WRITTEN_AT:
      g_value_set_int64 (value, self->written_at);
      break;

    case PROP_WRITTEN_BY:
      g_value_set_string (value, self->written_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_entry_version_class_init (HearthEntryVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hearth_entry_version_finalize;
  object_class->get_property = hearth_entry_version_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_VERSION] = g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_OCCURRED_AT] =
    g_param_spec_int64 ("occurred-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties[PROP_AMOUNT_PENCE] =
    g_param_spec_int64 ("amount-pence", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_WRITTEN_AT] =
    g_param_spec_int64 ("written-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_WRITTEN_BY] = g_param_spec_string ("written-by", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_entry_version_init (HearthEntryVersion *self)
{
  self->amount_pence = -1;
}

gint64
hearth_entry_version_get_id (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), 0);

  return self->id;
}

guint
hearth_entry_version_get_version (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), 0);

  return self->version;
}

gint64
hearth_entry_version_get_occurred_at (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), 0);

  return self->occurred_at;
}

const char *
hearth_entry_version_get_summary (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), NULL);

  return self->summary;
}

const char *
hearth_entry_version_get_body (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), NULL);

  return self->body;
}

gint64
hearth_entry_version_get_amount_pence (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), -1);

  return self->amount_pence;
}

gint64
hearth_entry_version_get_written_at (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), 0);

  return self->written_at;
}

const char *
hearth_entry_version_get_written_by (HearthEntryVersion *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_VERSION (self), NULL);

  return self->written_by;
}

HearthQueryModel *
hearth_entry_version_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_ENTRY_VERSION, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "newest", "v.version DESC");
  return model;
}
