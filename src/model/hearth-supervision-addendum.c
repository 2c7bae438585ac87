/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dated addendum to a locked one-to-one, by one of its two people:
 *
 *   supervision_addenda, staff (store)
 *     → HearthQueryModel of HearthSupervisionAddendum (here)
 *       → under the record on the one-to-one page, and in its PDF
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-supervision-addendum.h"

struct _HearthSupervisionAddendum
{
  HearthItem parent_instance;

  gint64  id;
  gint64  supervision_id;
  gint64  at;
  gint64  author_id;
  char   *author_name;
  char   *text;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionAddendum, hearth_supervision_addendum, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT d.id FROM supervision_addenda d WHERE d.supervision_id = :supervision_id"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT d.id, d.supervision_id, d.at, coalesce (d.author_id, 0), coalesce (s.name, ''), d.text"
  " FROM supervision_addenda d LEFT JOIN staff s ON s.id = d.author_id WHERE d.id = :id";

static const char * const tables[] = { "supervision_addenda", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthSupervisionAddendum, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("supervision-id", INT64, 1, supervision_id),
  FIELD ("at", INT64, 2, at),
  FIELD ("author-id", INT64, 3, author_id),
  FIELD ("author-name", STRING, 4, author_name),
  FIELD ("text", STRING, 5, text),
};

static void
hearth_supervision_addendum_class_init (HearthSupervisionAddendumClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_supervision_addendum_init (HearthSupervisionAddendum *self)
{
}

gint64
hearth_supervision_addendum_get_id (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), 0);

  return self->id;
}

gint64
hearth_supervision_addendum_get_supervision_id (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), 0);

  return self->supervision_id;
}

gint64
hearth_supervision_addendum_get_at (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), 0);

  return self->at;
}

gint64
hearth_supervision_addendum_get_author_id (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), 0);

  return self->author_id;
}

const char *
hearth_supervision_addendum_get_author_name (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), NULL);

  return self->author_name;
}

const char *
hearth_supervision_addendum_get_text (HearthSupervisionAddendum *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_ADDENDUM (self), NULL);

  return self->text;
}

HearthQueryModel *
hearth_supervision_addendum_list_new (HearthStore *store,
                                      gint64       supervision_id)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_SUPERVISION_ADDENDUM, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "date", "d.at, d.id");
  hearth_query_model_set_number (model, ":supervision_id", supervision_id);

  return model;
}
