/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-timeline-entry.h"

struct _HearthTimelineEntry
{
  HearthItem parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthTimelineEntry, hearth_timeline_entry, HEARTH_TYPE_ITEM)

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
  "        (SELECT rowid & 0xffffffff FROM timeline_words_fts" \
  "          WHERE timeline_words_fts MATCH :search))"

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

/* The columns of an item, for one entry (row_sql) or a timeline read whole. */
#define ROW_COLUMNS \
  "SELECT e.id, coalesce (e.case_id, 0), coalesce (e.resident_id, 0), e.kind, e.occurred_at," \
  "  coalesce (e.author_id, 0), coalesce (s.name, ''), e.summary, e.body," \
  "  coalesce (e.amount_pence, -1), e.spend_for, coalesce (e.money_kind, ''), e.expert_name," \
  "  e.expert_from, e.version," \
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open')," \
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open'" \
  "     AND a.due_on < date (hearth_now (), 'unixepoch', 'localtime'))" \
  " FROM timeline_entries e LEFT JOIN staff s ON s.id = e.author_id"

static const char row_sql[] =
  ROW_COLUMNS " WHERE e.id = :id";

/* One entry that is still on its timeline. */
static const char visible_sql[] =
  ROW_COLUMNS " WHERE e.id = ?1 AND e.deleted_at IS NULL";

/* A case's whole timeline in the order it happened, walking
 * timeline_by_case backwards: no sort. */
static const char whole_case_sql[] =
  ROW_COLUMNS
  " WHERE e.case_id = ?1 AND e.deleted_at IS NULL"
  " ORDER BY e.occurred_at, e.id";

static const char * const case_tables[] = {
  "timeline_entries", "agreement_items", "staff", NULL
};
static const char * const resident_tables[] = {
  "timeline_entries", "agreement_items", "case_residents", "staff", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthTimelineEntry, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("case-id", INT64, 1, case_id),
  FIELD ("resident-id", INT64, 2, resident_id),
  FIELD ("kind", STRING, 3, kind),
  FIELD ("occurred-at", INT64, 4, occurred_at),
  FIELD ("author-id", INT64, 5, author_id),
  FIELD ("author-name", STRING, 6, author_name),
  FIELD ("summary", STRING, 7, summary),
  FIELD ("body", STRING, 8, body),
  FIELD ("amount-pence", INT64, 9, amount_pence),
  FIELD ("spend-for", STRING, 10, spend_for),
  FIELD ("money-kind", STRING, 11, money_kind),
  FIELD ("expert-name", STRING, 12, expert_name),
  FIELD ("expert-from", STRING, 13, expert_from),
  FIELD ("version", UINT, 14, version),
  FIELD ("open-items", UINT, 15, open_items),
  FIELD ("overdue-items", UINT, 16, overdue_items),
  FIELD ("edited", BOOLEAN, HEARTH_FIELD_COMPUTED, edited),
  FIELD ("icon-name", STRING, HEARTH_FIELD_COMPUTED, icon_name),
  FIELD ("kind-label", STRING, HEARTH_FIELD_COMPUTED, kind_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthTimelineEntry *self = HEARTH_TIMELINE_ENTRY (item);

  hearth_item_set_boolean (item, &self->edited, self->version > 1);
  hearth_item_set_string (item, &self->icon_name,
                          hearth_timeline_entry_kind_icon_name (self->kind));
  hearth_item_set_string (item, &self->kind_label, hearth_timeline_entry_kind_label (self->kind));
}

HearthQueryModel *
hearth_timeline_entry_query_new_from (HearthStore        *store,
                                      const char         *ids_sql,
                                      const char * const *tables)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (ids_sql != NULL && tables != NULL, NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_TIMELINE_ENTRY, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "newest", "e.occurred_at DESC, e.id DESC");
  hearth_query_model_add_sort (model, "oldest", "e.occurred_at ASC, e.id ASC");

  return model;
}

static void
hearth_timeline_entry_class_init (HearthTimelineEntryClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_timeline_entry_init (HearthTimelineEntry *self)
{
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

  return hearth_timeline_entry_query_new_from (store, case_ids_sql, case_tables);
}

HearthQueryModel *
hearth_timeline_entry_query_new_for_resident (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return hearth_timeline_entry_query_new_from (store, resident_ids_sql, resident_tables);
}

void
hearth_timeline_entry_list_set_case (HearthQueryModel *entries,
                                     gint64            case_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_number (entries, ":case_id", case_id);
}

void
hearth_timeline_entry_list_set_resident (HearthQueryModel *entries,
                                         gint64            resident_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_number (entries, ":resident_id", resident_id);
}

void
hearth_timeline_entry_list_set_kind (HearthQueryModel *entries,
                                     const char       *kind)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_text (entries, ":kind", kind);
}

void
hearth_timeline_entry_list_set_outcomes_only (HearthQueryModel *entries,
                                              gboolean          outcomes_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_flag (entries, ":outcomes", outcomes_only);
}

void
hearth_timeline_entry_list_set_author (HearthQueryModel *entries,
                                       gint64            author_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_number (entries, ":author_id", author_id);
}

void
hearth_timeline_entry_list_set_search (HearthQueryModel *entries,
                                       const char       *fts)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (entries));

  hearth_query_model_set_text (entries, ":search", fts);
}

HearthTimelineEntry *
hearth_timeline_entry_load (HearthStore  *store,
                            gint64        entry_id,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, visible_sql, "x", entry_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_one (store, HEARTH_TYPE_TIMELINE_ENTRY, stmt, error);
}

GListModel *
hearth_timeline_entry_list_new_whole_case (HearthStore   *store,
                                           gint64         case_id,
                                           GCancellable  *cancellable,
                                           GError       **error)
{
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, whole_case_sql, "x", case_id);
  if (stmt == NULL)
    return NULL;

  /* Appended in one splice at the end: a store that grows item by item
   * would announce each one. */
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (;;)
      {
        HearthTimelineEntry *entry;

        if (n++ % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, &local_error))
          {
            sqlite3_reset (stmt);
            break;
          }
        if (!hearth_store_next (store, stmt, &local_error))
          break;
        entry = g_object_new (HEARTH_TYPE_TIMELINE_ENTRY, NULL);
        hearth_item_fill (G_OBJECT (entry), stmt);
        g_ptr_array_add (items, entry);
      }
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return NULL;
      }

    entries = g_list_store_new (HEARTH_TYPE_TIMELINE_ENTRY);
    g_list_store_splice (entries, 0, 0, items->pdata, items->len);
  }

  return G_LIST_MODEL (g_steal_pointer (&entries));
}
