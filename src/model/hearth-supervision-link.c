/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case reflected on in a one-to-one, or one of its timeline entries:
 *
 *   supervision_case_links, cases, timeline_entries (store)
 *     → HearthQueryModel of HearthSupervisionLink (here)
 *       → "Reflection on a case" on the one-to-one page
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-supervision-link.h"

struct _HearthSupervisionLink
{
  HearthItem parent_instance;

  gint64  id;
  gint64  supervision_id;
  gint64  case_id;
  char   *case_title;
  gint64  entry_id;
  char   *entry_summary;
  gint64  entry_occurred_at;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionLink, hearth_supervision_link, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT l.id FROM supervision_case_links l JOIN cases c ON c.id = l.case_id"
  "  LEFT JOIN timeline_entries e ON e.id = l.entry_id"
  " WHERE l.supervision_id = :supervision_id AND e.deleted_at IS NULL"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT l.id, l.supervision_id, l.case_id, c.title, coalesce (l.entry_id, 0),"
  "  coalesce (e.summary, ''), coalesce (e.occurred_at, 0)"
  " FROM supervision_case_links l JOIN cases c ON c.id = l.case_id"
  "  LEFT JOIN timeline_entries e ON e.id = l.entry_id WHERE l.id = :id";

static const char * const tables[] = {
  "supervision_case_links", "cases", "timeline_entries", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthSupervisionLink, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("supervision-id", INT64, 1, supervision_id),
  FIELD ("case-id", INT64, 2, case_id),
  FIELD ("case-title", STRING, 3, case_title),
  FIELD ("entry-id", INT64, 4, entry_id),
  FIELD ("entry-summary", STRING, 5, entry_summary),
  FIELD ("entry-occurred-at", INT64, 6, entry_occurred_at),
};

static void
hearth_supervision_link_class_init (HearthSupervisionLinkClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_supervision_link_init (HearthSupervisionLink *self)
{
}

gint64
hearth_supervision_link_get_id (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), 0);

  return self->id;
}

gint64
hearth_supervision_link_get_supervision_id (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), 0);

  return self->supervision_id;
}

gint64
hearth_supervision_link_get_case_id (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), 0);

  return self->case_id;
}

const char *
hearth_supervision_link_get_case_title (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), NULL);

  return self->case_title;
}

gint64
hearth_supervision_link_get_entry_id (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), 0);

  return self->entry_id;
}

const char *
hearth_supervision_link_get_entry_summary (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), NULL);

  return self->entry_summary;
}

gint64
hearth_supervision_link_get_entry_occurred_at (HearthSupervisionLink *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_LINK (self), 0);

  return self->entry_occurred_at;
}

HearthQueryModel *
hearth_supervision_link_list_new (HearthStore *store,
                                  gint64       supervision_id)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION_LINK, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "case",
                               "c.title COLLATE NOCASE, l.case_id, l.entry_id IS NOT NULL,"
                               " e.occurred_at, l.id");
  hearth_query_model_set_number (model, ":supervision_id", supervision_id);

  return model;
}
