/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-csv-writer.h"
#include "hearth-feedback-report.h"

G_BEGIN_DECLS

/* The report of a 360° feedback cycle for a spreadsheet, read from @report
 * alone, so that it holds what the screen and the PDF hold and nothing
 * more. One row per behaviour and group asked: the group's figures where
 * it is shown, and where it is not, no figure at all and a sentence that
 * says why; the combined figure of everyone but self, naming the groups it
 * leaves out; the gap between self and others; then the raters' words,
 * each in a row of its own, without names. A development-only cycle's file
 * has no column of figures: words only. Save it with
 * hearth_csv_writer_save(). */
HearthCsvWriter *hearth_feedback_report_csv_new (HearthFeedbackReport *report);

/* Why a group shows no figure, in a sentence: “Not shown: fewer than 3
 * peers answered”. NULL when @figures is shown. g_free() it. Shared with
 * the PDF, so that each says it alike. */
char            *hearth_feedback_figures_dup_not_shown (const HearthFeedbackFigures *figures);

/* The groups a combined figure or the words leave out (a set of
 * HEARTH_RELATIONSHIP_BIT()s), as a list for a sentence: “Peers and
 * Residents”. NULL for none. g_free() it. */
char            *hearth_feedback_dup_groups_list (guint groups);

G_END_DECLS
