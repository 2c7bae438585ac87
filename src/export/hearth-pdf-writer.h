/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_PDF_WRITER (hearth_pdf_writer_get_type ())
G_DECLARE_FINAL_TYPE (HearthPdfWriter, hearth_pdf_writer, HEARTH, PDF_WRITER, GObject)

/* Lays text out on A4 pages of a PDF held in memory, top to bottom: a title,
 * headings, paragraphs that wrap and carry on over as many pages as they
 * need, bullet items, and a footer on every page with @title and the page
 * number. Text is Cantarell (or the sans-serif font there is), in the
 * reading direction of its language; text that is not valid UTF-8 is
 * repaired, never refused. Headings are kept with what follows them and are
 * listed in the PDF's outline. Plain text only: nothing is read as markup.
 *
 * The add functions only keep a copy of the text, which is quick. The
 * layout, the slow part, happens when the document ends: in
 * get_n_pages(), dup_bytes() or save(), on the thread that calls them, and
 * again by the same code in paginate(), for printing. So
 * a caller can fill a writer from the store on the main thread and save it
 * with hearth_pdf_writer_save_async(). A writer is used from one thread at
 * a time. */
HearthPdfWriter *hearth_pdf_writer_new           (const char       *title);

/* Who every PDF says wrote it (its Author): the team, as set in
 * Preferences; NULL or blank for none. Safe from any thread. */
void             hearth_pdf_writer_set_default_author (const char *author);
char            *hearth_pdf_writer_dup_default_author (void);

/* The document's title, large, at the top of the first page. */
void             hearth_pdf_writer_add_title     (HearthPdfWriter  *self,
                                                  const char       *text);
/* A section, and a part of a section. */
void             hearth_pdf_writer_add_heading   (HearthPdfWriter  *self,
                                                  const char       *text);
void             hearth_pdf_writer_add_subheading (HearthPdfWriter *self,
                                                  const char       *text);
/* Running text; line breaks in @text start new lines. */
void             hearth_pdf_writer_add_paragraph (HearthPdfWriter  *self,
                                                  const char       *text);
/* A paragraph in bold, such as the one-line summary of an entry. */
void             hearth_pdf_writer_add_strong    (HearthPdfWriter  *self,
                                                  const char       *text);
/* Small grey text that belongs to what follows it (a time, who wrote it),
 * kept on the same page as the next lines. */
void             hearth_pdf_writer_add_caption   (HearthPdfWriter  *self,
                                                  const char       *text);
/* One item of a list, after a bullet. */
void             hearth_pdf_writer_add_bullet    (HearthPdfWriter  *self,
                                                  const char       *text);
/* "Label: value", with the label in bold. */
void             hearth_pdf_writer_add_detail    (HearthPdfWriter  *self,
                                                  const char       *label,
                                                  const char       *value);

/* Draws a figure (a chart, boxes to write in) into the box @width by
 * @height points whose top left corner is at the origin of @cr. Text laid
 * out with @context is measured in points and set in the document's font,
 * as the rest of the page is. Called when the document is laid out, on the
 * thread that lays it out and once for the PDF and again for printing, so
 * it must only read @user_data, never change it. */
typedef void (*HearthPdfDrawFunc) (cairo_t      *cr,
                                   PangoContext *context,
                                   double        width,
                                   double        height,
                                   gpointer      user_data);

/* A figure @height points tall across the width of the text, kept whole on
 * one page, drawn by @draw; @destroy frees @user_data with the writer. */
void             hearth_pdf_writer_add_drawing   (HearthPdfWriter   *self,
                                                  double             height,
                                                  HearthPdfDrawFunc  draw,
                                                  gpointer           user_data,
                                                  GDestroyNotify     destroy);

/* What is added between these two is kept on one page, starting a new
 * page if it does not fit on this one (unless it is taller than a page):
 * a heading with its figures and their chart, say. */
void             hearth_pdf_writer_begin_kept    (HearthPdfWriter  *self);
void             hearth_pdf_writer_end_kept      (HearthPdfWriter  *self);

/* Ends the document (nothing can be added after) and says how many pages
 * it has. */
guint            hearth_pdf_writer_get_n_pages   (HearthPdfWriter  *self);

/* For printing: ends the document (nothing can be added after), lays it
 * out into pages to draw with hearth_pdf_writer_draw_page(), and says how
 * many there are. The layout is the PDF's, by the same code, so the pages
 * are the PDF's pages, whether or not the PDF was made too. Call it on the
 * thread that draws the pages (GTK's, when printing). */
guint            hearth_pdf_writer_paginate      (HearthPdfWriter  *self);
/* Draws page @page (from 0) of the document on @cr, whose page is @width
 * by @height points with its top left corner at the origin, as a printer's
 * page is: the same page as in the PDF, made smaller to fit paper smaller
 * than A4 (such as Letter), across the middle and from the top. FALSE, and
 * nothing drawn, past the last page. Paginates first if need be. */
gboolean         hearth_pdf_writer_draw_page     (HearthPdfWriter  *self,
                                                  cairo_t          *cr,
                                                  double            width,
                                                  double            height,
                                                  guint             page);

/* Ends the document (nothing can be added after) and returns the PDF file,
 * or NULL with @error set if it could not be made. */
GBytes          *hearth_pdf_writer_dup_bytes     (HearthPdfWriter  *self,
                                                  GError          **error);
/* Ends the document and writes it atomically: on any failure (a read-only
 * folder, a full disk) an existing file at @file is left as it was, no
 * half-written file is left behind, and @error says what went wrong in a
 * sentence that can be shown as it is (G_IO_ERROR, with GIO's code, when
 * the file could not be written; HEARTH_ERROR_FAILED when the document
 * could not be drawn).
 * @cancellable stops the layout too; a writer cancelled part way through
 * can be saved again later. */
gboolean         hearth_pdf_writer_save          (HearthPdfWriter  *self,
                                                  GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
/* hearth_pdf_writer_save() on another thread, so that the layout and the
 * write never hold up the window; do not touch @self until it is done. */
void             hearth_pdf_writer_save_async    (HearthPdfWriter     *self,
                                                  GFile               *file,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean         hearth_pdf_writer_save_finish   (HearthPdfWriter  *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);

G_END_DECLS
