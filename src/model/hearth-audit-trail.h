/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_AUDIT_VIEWED,
  HEARTH_AUDIT_ADDED,
  HEARTH_AUDIT_CHANGED,
  HEARTH_AUDIT_REMOVED,
} HearthAuditAction;

#define HEARTH_TYPE_AUDIT_EVENT (hearth_audit_event_get_type ())
G_DECLARE_FINAL_TYPE (HearthAuditEvent, hearth_audit_event, HEARTH, AUDIT_EVENT, GObject)

/* Seconds since the Unix epoch, UTC. */
gint64             hearth_audit_event_get_at           (HearthAuditEvent *self);
/* The member of staff's name, or words that say it is not known. */
const char        *hearth_audit_event_get_who          (HearthAuditEvent *self);
HearthAuditAction  hearth_audit_event_get_action       (HearthAuditEvent *self);
/* "Viewed", "Added", "Changed" or "Removed". */
const char        *hearth_audit_event_get_action_label (HearthAuditEvent *self);
/* Which kind of record, in words ("A timeline entry"); never its content. */
const char        *hearth_audit_event_get_record_label (HearthAuditEvent *self);

/* Every row of the audit trail about resident @resident_id: their details
 * and access needs, their cases and who is on them, the timeline entries
 * of those cases and about them (notes before a case too), those entries'
 * earlier versions and agreements, and the reads of their record and of
 * their cases. Newest first. A GListModel of HearthAuditEvent. Rows about
 * records erased since cannot be told apart from others' and are not in
 * it; the trail names no content, so it has none to leave out. */
GListModel *hearth_audit_trail_load      (HearthStore  *store,
                                          gint64        resident_id,
                                          GError      **error);

/* Records that the store's actor looked at row @rowid of @table (a
 * resident, a case), as hearth_store_record_read() does: once per person
 * and record in HEARTH_STORE_READ_WINDOW. A failure is logged, never
 * shown, since the person is only looking. */
void        hearth_audit_trail_note_read (HearthStore  *store,
                                          const char   *table,
                                          gint64        rowid);

/* What the window calls when it shows a person a case or a resident's
 * page: the read of that record for the trail. Narrowing a list to a case
 * or a resident (an export, a chooser, a dialog) is not a person opening
 * the record and records nothing. */
void        hearth_audit_trail_note_case_opened     (HearthStore *store,
                                                     gint64       case_id);
void        hearth_audit_trail_note_resident_opened (HearthStore *store,
                                                     gint64       resident_id);

G_END_DECLS
