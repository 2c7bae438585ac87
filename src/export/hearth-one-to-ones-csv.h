/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-csv-writer.h"
#include "hearth-supervision-insights.h"

G_BEGIN_DECLS

/* A supervisor's one-to-ones over the period, one row per person, by name:
 * held, on rhythm, late, actions done, dropped and open. Never how anyone
 * said they were, which stays between the two of them. */
HearthCsvWriter *hearth_one_to_ones_csv_new           (HearthSupervisionInsights *insights);
/* "hearth-one-to-ones-2025-12-to-2026-11.csv". */
char            *hearth_one_to_ones_csv_dup_file_name (HearthSupervisionInsights *insights);

G_END_DECLS
