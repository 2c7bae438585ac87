/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-feedback-report.h"
#include "hearth-pdf-writer.h"

G_BEGIN_DECLS

/* The report of a 360° feedback cycle as a document to print or send, read
 * from @report alone: who and what it is about; for each behaviour its
 * meaning, the person's own rating beside each group's where the group is
 * shown (no figure, and a sentence why, where it is not), the combined
 * figure of everyone but self naming what it leaves out, and a bar chart of
 * them; a chart of every behaviour, self against others; the biggest gaps;
 * then the raters' words without names. A development-only cycle's report
 * has words and no numbers, and no charts. Save it with
 * hearth_pdf_writer_save(). */
HearthPdfWriter *hearth_feedback_report_new_pdf (HearthFeedbackReport *report);

G_END_DECLS
