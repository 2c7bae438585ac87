/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Everything Hearth holds about one resident, as one tree that both
 * subject access files (src/export/hearth-resident-export.h) are made
 * from, so the PDF and the JSON file always hold the same: their record,
 * profile and access needs; every case they are on; every timeline entry
 * that concerns them (written about them, or about the whole of a case
 * they are on), with author, dates, earlier versions and agreements; and
 * their agreements, spends and money outcomes. NULL with @error set
 * (HEARTH_ERROR_NOT_FOUND for a resident who is not there). */
JsonNode *hearth_resident_record_read (HearthStore  *store,
                                       gint64        resident_id,
                                       GError      **error);

G_END_DECLS
