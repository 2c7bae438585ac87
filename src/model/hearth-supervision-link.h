/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_LINK (hearth_supervision_link_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionLink, hearth_supervision_link, HEARTH, SUPERVISION_LINK,
                      HearthItem)

gint64      hearth_supervision_link_get_id             (HearthSupervisionLink *self);
gint64      hearth_supervision_link_get_supervision_id (HearthSupervisionLink *self);
gint64      hearth_supervision_link_get_case_id        (HearthSupervisionLink *self);
const char *hearth_supervision_link_get_case_title     (HearthSupervisionLink *self);
/* The timeline entry linked, to open the case at; 0 (and "" and 0) for a
 * link to the case itself. */
gint64      hearth_supervision_link_get_entry_id       (HearthSupervisionLink *self);
const char *hearth_supervision_link_get_entry_summary  (HearthSupervisionLink *self);
gint64      hearth_supervision_link_get_entry_occurred_at (HearthSupervisionLink *self);

/* What a one-to-one reflects on: each case, then its linked entries in
 * the order they happened. Entries since deleted from their timeline are
 * left out. */
HearthQueryModel *hearth_supervision_link_list_new (HearthStore *store,
                                                    gint64       supervision_id);

G_END_DECLS
