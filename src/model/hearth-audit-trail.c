/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who looked at or changed a resident's record, and when (UK GDPR: the
 * record of processing a resident or an auditor may ask to see).
 *
 *   HearthAuditEvent  one row of the trail, in words, read once
 *        ▲
 *   hearth_audit_trail_load ()  GListStore, one query
 *        ▲
 *   HearthStore  audit_log (written by hearth_store_write () and
 *                hearth_store_record_read ()), staff
 *
 * The trail is read whole when the view opens: its rows are a few words
 * each, and a resident's record gathers hundreds, not millions. The list
 * that shows them makes its rows only as they scroll into view.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-audit-trail.h"

struct _HearthAuditEvent
{
  GObject parent_instance;

  /* owned */
  char              *who;
  char              *table;
  gint64             at;
  HearthAuditAction  action;
};

G_DEFINE_FINAL_TYPE (HearthAuditEvent, hearth_audit_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AT,
  PROP_WHO,
  PROP_ACTION_LABEL,
  PROP_RECORD_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_audit_event_finalize (GObject *object)
{
  HearthAuditEvent *self = HEARTH_AUDIT_EVENT (object);

  g_free (self->who);
  g_free (self->table);

  G_OBJECT_CLASS (hearth_audit_event_parent_class)->finalize (object);
}

static void
hearth_audit_event_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthAuditEvent *self = HEARTH_AUDIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_WHO:
      g_value_set_string (value, hearth_audit_event_get_who (self));
      break;
    case PROP_ACTION_LABEL:
      g_value_set_string (value, hearth_audit_event_get_action_label (self));
      break;
    case PROP_RECORD_LABEL:
      g_value_set_string (value, hearth_audit_event_get_record_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_audit_event_class_init (HearthAuditEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_audit_event_finalize;
  object_class->get_property = hearth_audit_event_get_property;

  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_LABEL] =
    g_param_spec_string ("action-label", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD_LABEL] =
    g_param_spec_string ("record-label", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_audit_event_init (HearthAuditEvent *self)
{
}

gint64
hearth_audit_event_get_at (HearthAuditEvent *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_EVENT (self), 0);

  return self->at;
}

const char *
hearth_audit_event_get_who (HearthAuditEvent *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_EVENT (self), NULL);

  if (self->who == NULL || self->who[0] == '\0')
    return _("Someone not on the team list");

  return self->who;
}

HearthAuditAction
hearth_audit_event_get_action (HearthAuditEvent *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_EVENT (self), HEARTH_AUDIT_VIEWED);

  return self->action;
}

const char *
hearth_audit_event_get_action_label (HearthAuditEvent *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_EVENT (self), NULL);

  switch (self->action)
    {
    case HEARTH_AUDIT_VIEWED:
      return C_("audit", "Viewed");
    case HEARTH_AUDIT_ADDED:
      return C_("audit", "Added");
    case HEARTH_AUDIT_CHANGED:
      return C_("audit", "Changed");
    case HEARTH_AUDIT_REMOVED:
      return C_("audit", "Removed");
    default:
      g_assert_not_reached ();
    }
}

const char *
hearth_audit_event_get_record_label (HearthAuditEvent *self)
{
  static const struct {
    const char *table;
    const char *label;
  } records[] = {
    { "residents", NC_("audit record", "Their details and profile") },
    { "resident_access_needs", NC_("audit record", "Their access needs") },
    { "cases", NC_("audit record", "A case they are on") },
    { "case_residents", NC_("audit record", "Who is on a case of theirs") },
    { "case_workers", NC_("audit record", "Who works on a case of theirs") },
    { "timeline_entries", NC_("audit record", "A timeline entry or note") },
    { "timeline_entry_versions", NC_("audit record", "An earlier version of an entry") },
    { "agreement_items", NC_("audit record", "Something agreed") },
  };

  g_return_val_if_fail (HEARTH_IS_AUDIT_EVENT (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    if (g_strcmp0 (records[i].table, self->table) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "audit record", records[i].label);

  return C_("audit record", "Another part of their record");
}

/* The cases of resident ?1, and the entries of those cases or about them. */
#define THEIR_CASES "SELECT case_id FROM case_residents WHERE resident_id = ?1"
#define THEIR_ENTRIES \
  "SELECT id FROM timeline_entries WHERE resident_id = ?1 OR case_id IN (" THEIR_CASES ")"

GListModel *
hearth_audit_trail_load (HearthStore  *store,
                         gint64        resident_id,
                         GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (HEARTH_TYPE_AUDIT_EVENT);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error,
                             "SELECT a.at, coalesce (s.name, ''), a.table_name, a.action"
                             " FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id"
                             " WHERE (a.table_name IN ('residents', 'resident_access_needs')"
                             "   AND a.row_id = ?1)"
                             " OR (a.table_name IN ('cases', 'case_residents', 'case_workers')"
                             "   AND a.row_id IN (" THEIR_CASES "))"
                             " OR (a.table_name = 'timeline_entries'"
                             "   AND a.row_id IN (" THEIR_ENTRIES "))"
                             " OR (a.table_name = 'timeline_entry_versions' AND a.row_id IN"
                             "   (SELECT id FROM timeline_entry_versions WHERE entry_id IN"
                             "    (" THEIR_ENTRIES ")))"
                             " OR (a.table_name = 'agreement_items' AND a.row_id IN"
                             "   (SELECT id FROM agreement_items WHERE entry_id IN"
                             "    (" THEIR_ENTRIES ")))"
                             " ORDER BY a.at DESC, a.id DESC",
                             "x", resident_id);
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthAuditEvent *event = g_object_new (HEARTH_TYPE_AUDIT_EVENT, NULL);
      const char *action = (const char *) sqlite3_column_text (stmt, 3);

      event->at = sqlite3_column_int64 (stmt, 0);
      event->who = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      event->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (g_strcmp0 (action, "insert") == 0)
        event->action = HEARTH_AUDIT_ADDED;
      else if (g_strcmp0 (action, "update") == 0)
        event->action = HEARTH_AUDIT_CHANGED;
      else if (g_strcmp0 (action, "delete") == 0)
        event->action = HEARTH_AUDIT_REMOVED;
      else
        event->action = HEARTH_AUDIT_VIEWED;
      g_list_store_append (list, event);
      g_object_unref (event);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

void
hearth_audit_trail_note_read (HearthStore *store,
                              const char  *table,
                              gint64       rowid)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_STORE (store));

  if (!hearth_store_record_read (store, table, rowid, &error))
    g_warning ("Could not record in the audit trail that a record was read: %s",
               error->message);
}

void
hearth_audit_trail_note_case_opened (HearthStore *store,
                                     gint64       case_id)
{
  g_return_if_fail (HEARTH_IS_STORE (store));

  hearth_audit_trail_note_read (store, "cases", case_id);
}

void
hearth_audit_trail_note_resident_opened (HearthStore *store,
                                         gint64       resident_id)
{
  g_return_if_fail (HEARTH_IS_STORE (store));

  hearth_audit_trail_note_read (store, "residents", resident_id);
}
