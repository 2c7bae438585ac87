/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-csv-writer.h"

G_BEGIN_DECLS

/* A resident's audit trail, one row per HearthAuditEvent of @trail (as
 * hearth_audit_trail_load() reads it): when (date and time, as the other
 * exports write them), who,
 * what they did and which kind of record. Never the record's content, and
 * not even the resident's name: the file is named for them by whoever saves
 * it. Save it with hearth_csv_writer_save(). */
HearthCsvWriter *hearth_audit_csv_new (GListModel *trail);

G_END_DECLS
