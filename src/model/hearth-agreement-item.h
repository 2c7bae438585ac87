/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AGREEMENT_ITEM (hearth_agreement_item_get_type ())
G_DECLARE_FINAL_TYPE (HearthAgreementItem, hearth_agreement_item, HEARTH, AGREEMENT_ITEM,
                      HearthItem)

gint64      hearth_agreement_item_get_id             (HearthAgreementItem *self);
gint64      hearth_agreement_item_get_entry_id       (HearthAgreementItem *self);
const char *hearth_agreement_item_get_text           (HearthAgreementItem *self);
/* "resident", "staff" or "other". */
const char *hearth_agreement_item_get_owner_kind     (HearthAgreementItem *self);
/* Who will do it, by name: the resident, the worker or the named other. */
const char *hearth_agreement_item_get_owner_label    (HearthAgreementItem *self);
/* The worker who will do it, for "staff" items; 0 otherwise. */
gint64      hearth_agreement_item_get_owner_staff_id (HearthAgreementItem *self);
/* "YYYY-MM-DD", or "" for no date. */
const char *hearth_agreement_item_get_due_on         (HearthAgreementItem *self);
/* "open", "done" or "dropped". */
const char *hearth_agreement_item_get_status         (HearthAgreementItem *self);
gboolean    hearth_agreement_item_get_done           (HearthAgreementItem *self);
gboolean    hearth_agreement_item_get_dropped        (HearthAgreementItem *self);
const char *hearth_agreement_item_get_dropped_reason (HearthAgreementItem *self);
/* Open and due before today, by the store's clock. */
gboolean    hearth_agreement_item_get_overdue        (HearthAgreementItem *self);

/* The items of one "what we agreed" entry, in the order written, once the
 * entry is set. Sorts: "position". */
HearthQueryModel *hearth_agreement_item_query_new (HearthStore *store);
/* The open items of a case, once it is set, soonest due first. */
HearthQueryModel *hearth_agreement_item_query_new_open (HearthStore *store);

/* The same, read whole and once, for a document (they do not follow later
 * changes); NULL with @error set. An entry's items in the order written;
 * a case's open items soonest due first, those without a date last, and
 * otherwise in the order they were agreed. */
GListModel *hearth_agreement_item_list_new_for_entry    (HearthStore  *store,
                                                         gint64        entry_id,
                                                         GError      **error);
GListModel *hearth_agreement_item_list_new_open_in_case (HearthStore  *store,
                                                         gint64        case_id,
                                                         GError      **error);

/* The list's filters; each reloads it unless it is frozen. */

/* For hearth_agreement_item_query_new(): the entry whose items they are; 0
 * for none. */
void hearth_agreement_item_list_set_entry (HearthQueryModel *items,
                                           gint64            entry_id);

/* For hearth_agreement_item_query_new_open(): the case whose open items they
 * are; 0 for none. */
void hearth_agreement_item_list_set_case  (HearthQueryModel *items,
                                           gint64            case_id);

G_END_DECLS
