/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-entry-version.h"

/* An earlier version of an edited timeline entry, as it was written:
 *
 *   HearthEntryVersion  <-  HearthQueryModel (:entry_id)  <-  timeline_entry_versions
 */
struct _HearthEntryVersion
{
  HearthItem parent_instance;

  gint64   id;
  guint    version;
  gint64   occurred_at;
  char    *summary;
  char    *body;
  gint64   amount_pence;
  gint64   written_at;
  char    *written_by;
};

G_DEFINE_FINAL_TYPE (HearthEntryVersion, hearth_entry_version, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT v.id FROM timeline_entry_versions v WHERE v.entry_id = :entry_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT v.id, v.version, v.occurred_at, v.summary, v.body, coalesce (v.amount_pence, -1),"
  "  v.written_at, coalesce (s.name, '')"
  " FROM timeline_entry_versions v LEFT JOIN staff s ON s.id = v.written_by WHERE v.id = :id";

static const char * const tables[] = { "timeline_entry_versions", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthEntryVersion, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("version", UINT, 1, version),
  FIELD ("occurred-at", INT64, 2, occurred_at),
  FIELD ("summary", STRING, 3, summary),
  FIELD ("body", STRING, 4, body),
  FIELD ("amount-pence", INT64, 5, amount_pence),
  FIELD ("written-at", INT64, 6, written_at),
  FIELD ("written-by", STRING, 7, written_by),
};

static void
hearth_entry_version_class_init (HearthEntryVersionClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_entry_version_init (HearthEntryVersion *self)
{
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

  model = hearth_query_model_new (store, HEARTH_TYPE_ENTRY_VERSION, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "newest", "v.version DESC");
  return model;
}

void
hearth_entry_version_list_set_entry (HearthQueryModel *versions,
                                     gint64            entry_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (versions));

  hearth_query_model_set_number (versions, ":entry_id", entry_id);
}
