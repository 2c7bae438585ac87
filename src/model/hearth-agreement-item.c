/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-agreement-item.h"

/* One thing someone will do, from "what we agreed":
 *
 *   HearthAgreementItem  <-  HearthQueryModel (:entry_id)  <-  agreement_items
 */
struct _HearthAgreementItem
{
  HearthItem parent_instance;

  gint64    id;
  gint64    entry_id;
  char     *text;
  char     *owner_kind;
  char     *owner_label;
  char     *due_on;
  char     *status;
  char     *dropped_reason;
  gboolean  done;
  gboolean  dropped;
  gboolean  overdue;
  gint64    owner_staff_id;
};

G_DEFINE_FINAL_TYPE (HearthAgreementItem, hearth_agreement_item, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT a.id FROM agreement_items a WHERE a.entry_id = :entry_id ORDER BY {order}";

/* What is still to be done on a case, through the index of open items. */
static const char open_ids_sql[] =
  "SELECT a.id FROM agreement_items a"
  " WHERE a.case_id = :case_id AND a.status = 'open' ORDER BY {order}";

/* A resident owner is named as the person the entry is about, or else the
 * first resident of its case. */
static const char row_sql[] =
  "SELECT a.id, a.entry_id, a.text, a.owner_kind,"
  "  CASE a.owner_kind"
  "    WHEN 'staff' THEN coalesce (s.name, '')"
  "    WHEN 'other' THEN a.owner_name"
  "    ELSE coalesce ((SELECT iif (r.preferred_name <> '', r.preferred_name, r.name)"
  "      FROM residents r WHERE r.id = coalesce (e.resident_id,"
  "        (SELECT cr.resident_id FROM case_residents cr WHERE cr.case_id = e.case_id"
  "          ORDER BY cr.position LIMIT 1))), '')"
  "  END,"
  "  coalesce (a.due_on, ''), a.status, a.dropped_reason,"
  "  a.status = 'open' AND a.due_on < date (hearth_now (), 'unixepoch', 'localtime'),"
  "  coalesce (a.owner_staff_id, 0)"
  " FROM agreement_items a JOIN timeline_entries e ON e.id = a.entry_id"
  "  LEFT JOIN staff s ON s.id = a.owner_staff_id WHERE a.id = :id";

static const char * const tables[] = {
  "agreement_items", "staff", "residents", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthAgreementItem, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("entry-id", INT64, 1, entry_id),
  FIELD ("text", STRING, 2, text),
  FIELD ("owner-kind", STRING, 3, owner_kind),
  FIELD ("owner-label", STRING, 4, owner_label),
  FIELD ("due-on", STRING, 5, due_on),
  FIELD ("status", STRING, 6, status),
  FIELD ("dropped-reason", STRING, 7, dropped_reason),
  FIELD ("overdue", BOOLEAN, 8, overdue),
  FIELD ("owner-staff-id", INT64, 9, owner_staff_id),
  FIELD ("done", BOOLEAN, HEARTH_FIELD_COMPUTED, done),
  FIELD ("dropped", BOOLEAN, HEARTH_FIELD_COMPUTED, dropped),
};

static void
fill_computed (HearthItem *item)
{
  HearthAgreementItem *self = HEARTH_AGREEMENT_ITEM (item);

  hearth_item_set_boolean (item, &self->done, g_str_equal (self->status, "done"));
  hearth_item_set_boolean (item, &self->dropped, g_str_equal (self->status, "dropped"));
}

static void
hearth_agreement_item_class_init (HearthAgreementItemClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_agreement_item_init (HearthAgreementItem *self)
{
}

gint64
hearth_agreement_item_get_id (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), 0);

  return self->id;
}

gint64
hearth_agreement_item_get_entry_id (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), 0);

  return self->entry_id;
}

const char *
hearth_agreement_item_get_text (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->text;
}

const char *
hearth_agreement_item_get_owner_kind (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->owner_kind;
}

const char *
hearth_agreement_item_get_owner_label (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->owner_label;
}

const char *
hearth_agreement_item_get_due_on (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->due_on;
}

const char *
hearth_agreement_item_get_status (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->status;
}

gboolean
hearth_agreement_item_get_done (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), FALSE);

  return self->done;
}

gboolean
hearth_agreement_item_get_dropped (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), FALSE);

  return self->dropped;
}

const char *
hearth_agreement_item_get_dropped_reason (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), NULL);

  return self->dropped_reason;
}

gint64
hearth_agreement_item_get_owner_staff_id (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), 0);

  return self->owner_staff_id;
}

gboolean
hearth_agreement_item_get_overdue (HearthAgreementItem *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (self), FALSE);

  return self->overdue;
}

HearthQueryModel *
hearth_agreement_item_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_AGREEMENT_ITEM, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "position", "a.position, a.id");
  return model;
}

HearthQueryModel *
hearth_agreement_item_query_new_open (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_AGREEMENT_ITEM, open_ids_sql, row_sql,
                                  hearth_item_fill, tables);
  /* Soonest due first; items without a date after those with one. */
  hearth_query_model_add_sort (model, "due", "a.due_on IS NULL, a.due_on, a.entry_id, a.position");
  return model;
}

void
hearth_agreement_item_list_set_entry (HearthQueryModel *items,
                                      gint64            entry_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (items));

  hearth_query_model_set_number (items, ":entry_id", entry_id);
}

void
hearth_agreement_item_list_set_case (HearthQueryModel *items,
                                     gint64            case_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (items));

  hearth_query_model_set_number (items, ":case_id", case_id);
}
