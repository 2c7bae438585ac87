/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hearth-pdf-writer.h"

G_BEGIN_DECLS

/* A summary to send (what we agreed, a Stop Shop session) written once as
 * blocks, and given both as plain text for an e-mail and as a PDF. */
typedef struct _HearthSummaryDocument HearthSummaryDocument;

typedef enum {
  HEARTH_SUMMARY_HEADING,
  HEARTH_SUMMARY_PARAGRAPH,
  HEARTH_SUMMARY_ITEM,
} HearthSummaryBlock;

HearthSummaryDocument *hearth_summary_document_new     (void);
void                   hearth_summary_document_free    (HearthSummaryDocument *self);
/* Text that is not valid UTF-8 is mended, never dropped. */
void                   hearth_summary_document_add     (HearthSummaryDocument *self,
                                                        HearthSummaryBlock     kind,
                                                        const char            *text);
/* "Label: value", under the item before it. */
void                   hearth_summary_document_add_detail (HearthSummaryDocument *self,
                                                        const char            *label,
                                                        const char            *value);
/* Paragraphs and lists apart by a blank line, list items starting "- ",
 * details indented under their item. */
char                  *hearth_summary_document_dup_text (HearthSummaryDocument *self);
/* The same as a PDF headed @title; laid out when it is saved. */
HearthPdfWriter       *hearth_summary_document_new_pdf (HearthSummaryDocument *self,
                                                        const char            *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSummaryDocument, hearth_summary_document_free)

G_END_DECLS
