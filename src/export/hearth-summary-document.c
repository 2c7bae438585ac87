/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-summary-document.h"

/* Details are blocks of their own kind, after those callers add. */
#define DETAIL (HEARTH_SUMMARY_ITEM + 1)

typedef struct
{
  int   kind;
  char *label;
  char *text;
} Block;

struct _HearthSummaryDocument
{
  GArray *blocks;   /* of Block */
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->label);
  g_free (block->text);
}

HearthSummaryDocument *
hearth_summary_document_new (void)
{
  HearthSummaryDocument *self = g_new0 (HearthSummaryDocument, 1);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  return self;
}

void
hearth_summary_document_free (HearthSummaryDocument *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_free (self);
}

void
hearth_summary_document_add (HearthSummaryDocument *self,
                             HearthSummaryBlock     kind,
                             const char            *text)
{
  Block block = { kind, NULL, g_utf8_make_valid (text, -1) };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->blocks, block);
}

void
hearth_summary_document_add_detail (HearthSummaryDocument *self,
                                    const char            *label,
                                    const char            *value)
{
  Block block = { DETAIL, g_utf8_make_valid (label, -1), g_utf8_make_valid (value, -1) };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->blocks, block);
}

static gboolean
in_list (int kind)
{
  return kind == HEARTH_SUMMARY_ITEM || kind == DETAIL;
}

char *
hearth_summary_document_dup_text (HearthSummaryDocument *self)
{
  GString *text = g_string_new (NULL);
  gboolean in_item = FALSE;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      const Block *next = i + 1 < self->blocks->len ? block + 1 : NULL;

      if (block->kind == HEARTH_SUMMARY_ITEM)
        {
          g_string_append_printf (text, "- %s\n", block->text);
          in_item = TRUE;
        }
      else if (block->kind == DETAIL)
        /* Under an item, indented to stay with it; else a line of its own. */
        g_string_append_printf (text, "%s%s: %s\n", in_item ? "  " : "", block->label, block->text);
      else
        {
          g_string_append_printf (text, "%s\n", block->text);
          in_item = FALSE;
        }

      /* A blank line after each paragraph, list and set of details; none
       * inside them or between a heading and what it heads. */
      if (next != NULL && block->kind != HEARTH_SUMMARY_HEADING &&
          !(in_list (block->kind) && in_list (next->kind)))
        g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

HearthPdfWriter *
hearth_summary_document_new_pdf (HearthSummaryDocument *self,
                                 const char            *title)
{
  HearthPdfWriter *pdf;

  g_return_val_if_fail (self != NULL, NULL);

  pdf = hearth_pdf_writer_new (title);
  hearth_pdf_writer_add_title (pdf, title);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == HEARTH_SUMMARY_HEADING)
        hearth_pdf_writer_add_heading (pdf, block->text);
      else if (block->kind == HEARTH_SUMMARY_PARAGRAPH)
        hearth_pdf_writer_add_paragraph (pdf, block->text);
      else if (block->kind == HEARTH_SUMMARY_ITEM)
        hearth_pdf_writer_add_bullet (pdf, block->text);
      else
        hearth_pdf_writer_add_detail (pdf, block->label, block->text);
    }
  return pdf;
}
