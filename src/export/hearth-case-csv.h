/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-csv-writer.h"

G_BEGIN_DECLS

/* The case list as shown (filtered and sorted), one row per case of
 * @cases, a list of HearthCase: title, residents, lead worker, status,
 * opened, closed, outcome, last activity, open and overdue agreements. */
HearthCsvWriter *hearth_case_csv_new (GListModel *cases);

G_END_DECLS
