/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Everything Hearth holds about one resident, for a subject access request
 * (UK GDPR, article 15), as one machine-readable JSON file: their record,
 * profile and access needs; every case they are on; every timeline entry
 * that concerns them, with its author, dates, earlier versions and
 * agreements; and their agreements, spends and money outcomes.
 *
 * An entry concerns them when it was written about them (its resident is
 * theirs), or about the case as a whole (no resident) on a case they are
 * on. An entry of a shared case written about another resident is left
 * out, and so are the other residents' records.
 *
 * Written privately (readable by its owner only) and atomically with
 * hearth_export_file_save(). Returns FALSE with @error set
 * (HEARTH_ERROR_NOT_FOUND for a resident who is not there) and no file
 * written on failure. */
gboolean hearth_resident_export_json (HearthStore   *store,
                                      gint64         resident_id,
                                      GFile         *file,
                                      GError       **error);

G_END_DECLS
