/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-agreement-item.h"
#include "hearth-item-util.h"

/* One thing someone will do, from "what we agreed":
 *
 *   HearthAgreementItem  <-  HearthQueryModel (:entry_id)  <-  agreement_items
 */
struct _HearthAgreementItem
{
  GObject   parent_instance;

  gint64    owner_staff_id;

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
};

G_DEFINE_FINAL_TYPE (HearthAgreementItem, hearth_agreement_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ENTRY_ID,
  PROP_TEXT,
  PROP_OWNER_KIND,
  PROP_OWNER_LABEL,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_DONE,
  PROP_DROPPED,
  PROP_DROPPED_REASON,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  "  a.status = 'open' AND a.due_on < date (hearth_now (), 'unixepoch'),"
  "  coalesce (a.owner_staff_id, 0)"
  " FROM agreement_items a JOIN timeline_entries e ON e.id = a.entry_id"
  "  LEFT JOIN staff s ON s.id = a.owner_staff_id WHERE a.id = :id";

static const char * const tables[] = {
  "agreement_items", "staff", "residents", NULL
};

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthAgreementItem *self = (HearthAgreementItem *) object;
  const char *status = hearth_column_text (stmt, 6);

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->entry_id, sqlite3_column_int64 (stmt, 1), properties[PROP_ENTRY_ID]);
  hearth_item_set_string (object, &self->text, hearth_column_text (stmt, 2), properties[PROP_TEXT]);
  hearth_item_set_string (object, &self->owner_kind, hearth_column_text (stmt, 3), properties[PROP_OWNER_KIND]);
  hearth_item_set_string (object, &self->owner_label, hearth_column_text (stmt, 4), properties[PROP_OWNER_LABEL]);
  hearth_item_set_string (object, &self->due_on, hearth_column_text (stmt, 5), properties[PROP_DUE_ON]);
  hearth_item_set_string (object, &self->status, status, properties[PROP_STATUS]);
  hearth_item_set_string (object, &self->dropped_reason, hearth_column_text (stmt, 7), properties[PROP_DROPPED_REASON]);
  hearth_item_set_bool (object, &self->done, g_str_equal (status, "done"), properties[PROP_DONE]);
  hearth_item_set_bool (object, &self->dropped, g_str_equal (status, "dropped"), properties[PROP_DROPPED]);
  hearth_item_set_bool (object, &self->overdue, sqlite3_column_int (stmt, 8) != 0, properties[PROP_OVERDUE]);
  /* Read with the owner's label, which announces a change of owner. */
  self->owner_staff_id = sqlite3_column_int64 (stmt, 9);
  g_object_thaw_notify (object);
}

static void
hearth_agreement_item_finalize (GObject *object)
{
  HearthAgreementItem *self = (HearthAgreementItem *) object;

  g_free (self->text);
  g_free (self->owner_kind);
  g_free (self->owner_label);
  g_free (self->due_on);
  g_free (self->status);
  g_free (self->dropped_reason);

  G_OBJECT_CLASS (hearth_agreement_item_parent_class)->finalize (object);
}

static void
hearth_agreement_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthAgreementItem *self = (HearthAgreementItem *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_OWNER_KIND:
      g_value_set_string (value, self->owner_kind);
      break;

    case PROP_OWNER_LABEL:
      g_value_set_string (value, self->owner_label);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    case PROP_DROPPED:
      g_value_set_boolean (value, self->dropped);
      break;

    case PROP_DROPPED_REASON:
      g_value_set_string (value, self->dropped_reason);
      break;

    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_spec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
bool_spec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
hearth_agreement_item_class_init (HearthAgreementItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_agreement_item_finalize;
  object_class->get_property = hearth_agreement_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENTRY_ID] =
    g_param_spec_int64 ("entry-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TEXT] = string_spec ("text");
  properties[PROP_OWNER_KIND] = string_spec ("owner-kind");
  properties[PROP_OWNER_LABEL] = string_spec ("owner-label");
  properties[PROP_DUE_ON] = string_spec ("due-on");
  properties[PROP_STATUS] = string_spec ("status");
  properties[PROP_DONE] = bool_spec ("done");
  properties[PROP_DROPPED] = bool_spec ("dropped");
  properties[PROP_DROPPED_REASON] = string_spec ("dropped-reason");
  properties[PROP_OVERDUE] = bool_spec ("overdue");
  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  model = hearth_query_model_new (store, HEARTH_TYPE_AGREEMENT_ITEM, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "position", "a.position, a.id");
  return model;
}

HearthQueryModel *
hearth_agreement_item_query_new_open (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_AGREEMENT_ITEM, open_ids_sql, row_sql, fill,
                                  tables);
  /* Soonest due first; items without a date after those with one. */
  hearth_query_model_add_sort (model, "due", "a.due_on IS NULL, a.due_on, a.entry_id, a.position");
  return model;
}
