/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-timeline-entry.h"
#include "hearth-item-util.h"

struct _HearthTimelineEntry
{
  GObject parent_instance;

  gint64    id;
  gint64    case_id;
  gint64    resident_id;
  char     *kind;
  gint64    occurred_at;
  gint64    author_id;
  char     *author_name;
  char     *summary;
  char     *body;
  gint64    amount_pence;
  char     *spend_for;
  char     *money_kind;
  char     *expert_name;
  char     *expert_from;
  guint     version;
  gboolean  edited;
  guint     open_items;
  guint     overdue_items;
  char     *icon_name;
  char     *kind_label;
};

G_DEFINE_FINAL_TYPE (HearthTimelineEntry, hearth_timeline_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_RESIDENT_ID,
  PROP_KIND,
  PROP_OCCURRED_AT,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_SUMMARY,
  PROP_BODY,
  PROP_AMOUNT_PENCE,
  PROP_SPEND_FOR,
  PROP_MONEY_KIND,
  PROP_EXPERT_NAME,
  PROP_EXPERT_FROM,
  PROP_VERSION,
  PROP_EDITED,
  PROP_OPEN_ITEMS,
  PROP_OVERDUE_ITEMS,
  PROP_ICON_NAME,
  PROP_KIND_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *kind;
  const char *label;
  const char *icon_name;
} KindInfo;

static const KindInfo kinds[] = {
  { "conversation", N_("Conversation"), "chat-message-new-symbolic" },
  { "home-visit", N_("Home visit"), "go-home-symbolic" },
  { "phone-call", N_("Phone call"), "call-start-symbolic" },
  { "message", N_("Message"), "mail-unread-symbolic" },
  { "agreement", N_("What we agreed"), "object-select-symbolic" },
  { "action", N_("Action"), "system-run-symbolic" },
  { "spend", N_("Spend"), "emoji-objects-symbolic" },
  { "expertise", N_("Expertise brought in"), "system-users-symbolic" },
  { "money-outcome", N_("Money outcome"), "starred-symbolic" },
  { "note", N_("Note"), "document-edit-symbolic" },
  { "case-opened", N_("Case opened"), "document-open-symbolic" },
  { "case-closed", N_("Case closed"), "process-stop-symbolic" },
};

static const KindInfo *
kind_info (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return &kinds[i];

  return NULL;
}

const char *
hearth_timeline_entry_kind_label (const char *kind)
{
  const KindInfo *info = kind_info (kind);

  return info ? _(info->label) : "";
}

const char *
hearth_timeline_entry_kind_icon_name (const char *kind)
{
  const KindInfo *info = kind_info (kind);

  return info ? info->icon_name : "document-edit-symbolic";
}

/* Filters both timelines share. Deleted entries never appear. */
#define ENTRY_FILTERS \
  "   AND e.deleted_at IS NULL" \
  "   AND (:kind IS NULL OR e.kind = :kind)" \
  "   AND (:outcomes IS NULL OR e.kind IN ('agreement', 'money-outcome', 'case-closed'))" \
  "   AND (:author_id IS NULL OR e.author_id = :author_id)" \
  "   AND (:search IS NULL OR e.id IN" \
  "        (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH :search))"

/* A case's timeline walks timeline_by_case in order: no scan, no sort. */
static const char case_ids_sql[] =
  "SELECT e.id FROM timeline_entries e"
  " WHERE e.case_id = :case_id"
  ENTRY_FILTERS
  " ORDER BY {order}";

/* A resident's timeline gathers the entries of all their cases and their
 * notes outside any case. It has its own statement because those rows come
 * from several cases and must be sorted: sharing one statement with the case
 * timeline would put that sort into the plan of the list opened most. */
static const char resident_ids_sql[] =
  "SELECT e.id FROM timeline_entries e"
  " WHERE (e.case_id IN (SELECT cr.case_id FROM case_residents cr"
  "                      WHERE cr.resident_id = :resident_id)"
  "        OR (e.case_id IS NULL AND e.resident_id = :resident_id))"
  ENTRY_FILTERS
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT e.id, coalesce (e.case_id, 0), coalesce (e.resident_id, 0), e.kind, e.occurred_at,"
  "  coalesce (e.author_id, 0), coalesce (s.name, ''), e.summary, e.body,"
  "  coalesce (e.amount_pence, -1), e.spend_for, coalesce (e.money_kind, ''), e.expert_name,"
  "  e.expert_from, e.version,"
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open'),"
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open'"
  "     AND a.due_on < date (hearth_now (), 'unixepoch'))"
  " FROM timeline_entries e LEFT JOIN staff s ON s.id = e.author_id WHERE e.id = :id";

static const char * const case_tables[] = {
  "timeline_entries", "agreement_items", "staff", NULL
};
static const char * const resident_tables[] = {
  "timeline_entries", "agreement_items", "case_residents", "staff", NULL
};

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthTimelineEntry *self = (HearthTimelineEntry *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->case_id, sqlite3_column_int64 (stmt, 1), properties[PROP_CASE_ID]);
  hearth_item_set_int64 (object, &self->resident_id, sqlite3_column_int64 (stmt, 2), properties[PROP_RESIDENT_ID]);
  hearth_item_set_string (object, &self->kind, hearth_column_text (stmt, 3), properties[PROP_KIND]);
  hearth_item_set_int64 (object, &self->occurred_at, sqlite3_column_int64 (stmt, 4), properties[PROP_OCCURRED_AT]);
  hearth_item_set_int64 (object, &self->author_id, sqlite3_column_int64 (stmt, 5), properties[PROP_AUTHOR_ID]);
  hearth_item_set_string (object, &self->author_name, hearth_column_text (stmt, 6), properties[PROP_AUTHOR_NAME]);
  hearth_item_set_string (object, &self->summary, hearth_column_text (stmt, 7), properties[PROP_SUMMARY]);
  hearth_item_set_string (object, &self->body, hearth_column_text (stmt, 8), properties[PROP_BODY]);
  hearth_item_set_int64 (object, &self->amount_pence, sqlite3_column_int64 (stmt, 9), properties[PROP_AMOUNT_PENCE]);
  hearth_item_set_string (object, &self->spend_for, hearth_column_text (stmt, 10), properties[PROP_SPEND_FOR]);
  hearth_item_set_string (object, &self->money_kind, hearth_column_text (stmt, 11), properties[PROP_MONEY_KIND]);
  hearth_item_set_string (object, &self->expert_name, hearth_column_text (stmt, 12), properties[PROP_EXPERT_NAME]);
  hearth_item_set_string (object, &self->expert_from, hearth_column_text (stmt, 13), properties[PROP_EXPERT_FROM]);
  hearth_item_set_uint (object, &self->version, (guint) sqlite3_column_int64 (stmt, 14), properties[PROP_VERSION]);
  hearth_item_set_bool (object, &self->edited, self->version > 1, properties[PROP_EDITED]);
  hearth_item_set_uint (object, &self->open_items, (guint) sqlite3_column_int64 (stmt, 15), properties[PROP_OPEN_ITEMS]);
  hearth_item_set_uint (object, &self->overdue_items, (guint) sqlite3_column_int64 (stmt, 16), properties[PROP_OVERDUE_ITEMS]);
  hearth_item_set_string (object, &self->icon_name, hearth_timeline_entry_kind_icon_name (self->kind), properties[PROP_ICON_NAME]);
  hearth_item_set_string (object, &self->kind_label, hearth_timeline_entry_kind_label (self->kind), properties[PROP_KIND_LABEL]);
  g_object_thaw_notify (object);
}

static HearthQueryModel *
timeline_model_new (HearthStore        *store,
                    const char         *ids_sql,
                    const char * const *tables)
{
  HearthQueryModel *model;

  model = hearth_query_model_new (store, HEARTH_TYPE_TIMELINE_ENTRY, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "newest", "e.occurred_at DESC, e.id DESC");
  hearth_query_model_add_sort (model, "oldest", "e.occurred_at ASC, e.id ASC");

  return model;
}

static void
hearth_timeline_entry_finalize (GObject *object)
{
  HearthTimelineEntry *self = (HearthTimelineEntry *) object;

  g_free (self->kind);
  g_free (self->author_name);
  g_free (self->summary);
  g_free (self->body);
  g_free (self->spend_for);
  g_free (self->money_kind);
  g_free (self->expert_name);
  g_free (self->expert_from);
  g_free (self->icon_name);
  g_free (self->kind_label);

  G_OBJECT_CLASS (hearth_timeline_entry_parent_class)->finalize (object);
}

static void
hearth_timeline_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthTimelineEntry *self = (HearthTimelineEntry *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_RESIDENT_ID:
      g_value_set_int64 (value, self->resident_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_OCCURRED_AT:
      g_value_set_int64 (value, self->occurred_at);
      break;

    case PROP_AUTHOR_ID:
      g_value_set_int64 (value, self->author_id);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
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

    case PROP_SPEND_FOR:
      g_value_set_string (value, self->spend_for);
      break;

    case PROP_MONEY_KIND:
      g_value_set_string (value, self->money_kind);
      break;

    case PROP_EXPERT_NAME:
      g_value_set_string (value, self->expert_name);
      break;

    case PROP_EXPERT_FROM:
      g_value_set_string (value, self->expert_from);
      break;

    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;

    case PROP_EDITED:
      g_value_set_boolean (value, self->edited);
      break;

    case PROP_OPEN_ITEMS:
      g_value_set_uint (value, self->open_items);
      break;

    case PROP_OVERDUE_ITEMS:
      g_value_set_uint (value, self->overdue_items);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, self->kind_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_timeline_entry_class_init (HearthTimelineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_timeline_entry_finalize;
  object_class->get_property = hearth_timeline_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RESIDENT_ID] =
    g_param_spec_int64 ("resident-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OCCURRED_AT] =
    g_param_spec_int64 ("occurred-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AUTHOR_ID] =
    g_param_spec_int64 ("author-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AMOUNT_PENCE] =
    g_param_spec_int64 ("amount-pence", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SPEND_FOR] =
    g_param_spec_string ("spend-for", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MONEY_KIND] =
    g_param_spec_string ("money-kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EXPERT_NAME] =
    g_param_spec_string ("expert-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EXPERT_FROM] =
    g_param_spec_string ("expert-from", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITED] =
    g_param_spec_boolean ("edited", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPEN_ITEMS] =
    g_param_spec_uint ("open-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERDUE_ITEMS] =
    g_param_spec_uint ("overdue-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_timeline_entry_init (HearthTimelineEntry *self)
{
  self->kind = g_strdup ("");
  self->author_name = g_strdup ("");
  self->summary = g_strdup ("");
  self->body = g_strdup ("");
  self->spend_for = g_strdup ("");
  self->money_kind = g_strdup ("");
  self->expert_name = g_strdup ("");
  self->expert_from = g_strdup ("");
  self->icon_name = g_strdup ("");
  self->kind_label = g_strdup ("");
}

gint64
hearth_timeline_entry_get_id (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->id;
}

gint64
hearth_timeline_entry_get_case_id (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->case_id;
}

gint64
hearth_timeline_entry_get_resident_id (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->resident_id;
}

const char *
hearth_timeline_entry_get_kind (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->kind;
}

gint64
hearth_timeline_entry_get_occurred_at (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->occurred_at;
}

gint64
hearth_timeline_entry_get_author_id (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->author_id;
}

const char *
hearth_timeline_entry_get_author_name (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->author_name;
}

const char *
hearth_timeline_entry_get_summary (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->summary;
}

const char *
hearth_timeline_entry_get_body (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->body;
}

gint64
hearth_timeline_entry_get_amount_pence (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->amount_pence;
}

const char *
hearth_timeline_entry_get_spend_for (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->spend_for;
}

const char *
hearth_timeline_entry_get_money_kind (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->money_kind;
}

const char *
hearth_timeline_entry_get_expert_name (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->expert_name;
}

const char *
hearth_timeline_entry_get_expert_from (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->expert_from;
}

guint
hearth_timeline_entry_get_version (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->version;
}

gboolean
hearth_timeline_entry_get_edited (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), FALSE);

  return self->edited;
}

guint
hearth_timeline_entry_get_open_items (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->open_items;
}

guint
hearth_timeline_entry_get_overdue_items (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), 0);

  return self->overdue_items;
}

const char *
hearth_timeline_entry_get_icon_name (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->icon_name;
}

const char *
hearth_timeline_entry_get_kind_label (HearthTimelineEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (self), NULL);

  return self->kind_label;
}

HearthQueryModel *
hearth_timeline_entry_query_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return timeline_model_new (store, case_ids_sql, case_tables);
}

HearthQueryModel *
hearth_timeline_entry_query_new_for_resident (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return timeline_model_new (store, resident_ids_sql, resident_tables);
}
