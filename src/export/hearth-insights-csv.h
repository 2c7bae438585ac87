/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-csv-writer.h"
#include "hearth-insights.h"

G_BEGIN_DECLS

/* The tables behind each part of the insights, one CSV file each. */
typedef enum {
  HEARTH_INSIGHTS_CSV_CASES,        /* month, opened, closed */
  HEARTH_INSIGHTS_CSV_OUTCOMES,     /* outcome, cases closed */
  HEARTH_INSIGHTS_CSV_MONEY,        /* month, debt resolved, income gained, spent */
  HEARTH_INSIGHTS_CSV_SPEND,        /* what for, times, spent */
  HEARTH_INSIGHTS_CSV_AGREEMENTS,   /* how long overdue, agreements */
  HEARTH_INSIGHTS_CSV_RESIDENTS,    /* access need or area, name, residents */
  HEARTH_INSIGHTS_CSV_NEEDS_BY_AREA, /* area, then residents with each access need */
  HEARTH_INSIGHTS_N_CSV
} HearthInsightsCsv;

/* A name for the file, such as "hearth-outcomes-2025-12-to-2026-11.csv". */
char            *hearth_insights_csv_dup_file_name (HearthInsights    *insights,
                                                    HearthInsightsCsv  table);
HearthCsvWriter *hearth_insights_csv_new           (HearthInsights    *insights,
                                                    HearthInsightsCsv  table);

G_END_DECLS
