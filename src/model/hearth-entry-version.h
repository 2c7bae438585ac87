/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ENTRY_VERSION (hearth_entry_version_get_type ())
G_DECLARE_FINAL_TYPE (HearthEntryVersion, hearth_entry_version, HEARTH, ENTRY_VERSION, HearthItem)

gint64      hearth_entry_version_get_id           (HearthEntryVersion *self);
guint       hearth_entry_version_get_version      (HearthEntryVersion *self);
gint64      hearth_entry_version_get_occurred_at  (HearthEntryVersion *self);
const char *hearth_entry_version_get_summary      (HearthEntryVersion *self);
const char *hearth_entry_version_get_body         (HearthEntryVersion *self);
/* Spend or money outcome amount, -1 for none. */
gint64      hearth_entry_version_get_amount_pence (HearthEntryVersion *self);
/* When this version was written, and by whom. */
gint64      hearth_entry_version_get_written_at   (HearthEntryVersion *self);
const char *hearth_entry_version_get_written_by   (HearthEntryVersion *self);

/* The earlier versions of one entry, once it is set, newest first.
 * Sorts: "newest". */
HearthQueryModel *hearth_entry_version_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* The entry whose earlier versions they are; 0 for none. */
void hearth_entry_version_list_set_entry (HearthQueryModel *versions,
                                          gint64            entry_id);

G_END_DECLS
