/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "hearth-error.h"
#include "hearth-pdf-writer.h"

#include "hearth-export-file.h"

/* The blocks of text are recorded as they are added, and laid out only when
 * the document is finished: by Pango, one block at a time, drawn line by
 * line onto a cairo PDF surface that writes into memory.
 *
 *   add_*()  ->  blocks  ->  PangoLayout  ->  lines  ->  cairo PDF surface  ->  GByteArray
 *
 * So the part that reads the store is quick, and the slow part (shaping
 * and drawing text) can run on another thread, with the Pango and cairo
 * objects all made on the thread that uses them.
 *
 * For printing, the same blocks are laid out again by the same code, each
 * page drawn into a group of a cairo recording surface instead of onto the
 * PDF's page; hearth_pdf_writer_draw_page() paints a page's group onto the
 * printer's cairo context. So a printed page is the PDF's page.
 *
 * Sizes are in points (1/72 inch), the PDF's own unit. */

#define PAGE_WIDTH     595.276  /* A4 */
#define PAGE_HEIGHT    841.890
#define MARGIN_SIDE    64.0
#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  72.0
#define FOOTER_BASE    (PAGE_HEIGHT - 40.0)
#define BULLET_INDENT  16.0
#define FONT_FAMILY    "Cantarell, Sans"

typedef enum {
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_PARAGRAPH,
  STYLE_STRONG,
  STYLE_CAPTION,
  STYLE_BULLET,
  STYLE_DETAIL,
  STYLE_FOOTER,
  STYLE_DRAWING,
  N_STYLES
} Style;

typedef struct
{
  double       size;          /* points */
  PangoWeight  weight;
  double       grey;          /* 0 black .. 1 white */
  double       space_before;  /* not at the top of a page */
  double       space_after;
  guint        keep_lines;    /* lines of what follows kept on the same page */
  const char  *tag;           /* its structure type in the tagged PDF */
} StyleInfo;

/* Running text is 12 pt, as the documents residents receive should be for
 * people with a sight need; nothing is smaller than 10 pt. */
static const StyleInfo styles[N_STYLES] = {
  [STYLE_TITLE]      = { 22.0, PANGO_WEIGHT_BOLD,   0.0,  0.0, 10.0, 3, "H1" },
  [STYLE_HEADING]    = { 16.0, PANGO_WEIGHT_BOLD,   0.0, 18.0,  6.0, 3, "H2" },
  [STYLE_SUBHEADING] = { 13.0, PANGO_WEIGHT_BOLD,   0.0, 10.0,  4.0, 4, "H3" },
  [STYLE_PARAGRAPH]  = { 12.0, PANGO_WEIGHT_NORMAL, 0.0,  0.0,  6.0, 0, "P" },
  [STYLE_STRONG]     = { 12.0, PANGO_WEIGHT_BOLD,   0.0,  0.0,  2.0, 0, "P" },
  [STYLE_CAPTION]    = { 10.5, PANGO_WEIGHT_NORMAL, 0.33, 4.0,  1.0, 2, "P" },
  [STYLE_BULLET]     = { 12.0, PANGO_WEIGHT_NORMAL, 0.0,  0.0,  3.0, 0, "LBody" },
  [STYLE_DETAIL]     = { 12.0, PANGO_WEIGHT_NORMAL, 0.0,  0.0,  2.0, 0, "P" },
  [STYLE_FOOTER]     = { 10.0, PANGO_WEIGHT_NORMAL, 0.33, 0.0,  0.0, 0, "Artifact" },
  [STYLE_DRAWING]    = { 12.0, PANGO_WEIGHT_NORMAL, 0.0,  6.0,  8.0, 0, "Figure" },
};

typedef struct
{
  Style              style;
  char              *label;  /* a detail's label, or NULL */
  char              *text;

  /* A drawing's. */
  double             height;
  HearthPdfDrawFunc  draw;
  gpointer           user_data;
  GDestroyNotify     destroy;

  /* The first block of a run kept on one page: the index of its last. */
  guint              keep_until;
} Block;

struct _HearthPdfWriter
{
  GObject               parent_instance;

  char                 *title;
  GArray               *blocks;     /* of Block, until the layout */
  GByteArray           *data;       /* the PDF as cairo writes it */

  /* While laying out. */
  cairo_surface_t      *surface;
  cairo_t              *cr;
  PangoContext         *context;
  PangoFontDescription *fonts[N_STYLES];
  double                line_height[N_STYLES];
  PangoAttrList        *attributes; /* of every layout */

  /* Laid out for printing: a cairo_pattern_t of each page. */
  GPtrArray            *pages;
  gboolean              paginating; /* laying out into @pages, not the PDF */

  guint                 n_pages;    /* started so far */
  gboolean              page_open;  /* something is drawn on the current page */
  gboolean              in_list;    /* a list's structure element is open */
  int                   keep_from;  /* the block a kept run starts at, or -1 */
  double                y;          /* top of the next line on the page */
  gboolean              finished;
  cairo_status_t        status;     /* of the finished surface */
};

G_DEFINE_FINAL_TYPE (HearthPdfWriter, hearth_pdf_writer, G_TYPE_OBJECT)

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  HearthPdfWriter *self = closure;

  g_byte_array_append (self->data, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The document's structure, for screen readers: only the PDF is tagged;
 * the pages laid out for printing are pictures for paper. */
static void
tag_begin (HearthPdfWriter *self,
           const char      *tag)
{
  if (!self->paginating)
    cairo_tag_begin (self->cr, tag, NULL);
}

static void
tag_end (HearthPdfWriter *self,
         const char      *tag)
{
  if (!self->paginating)
    cairo_tag_end (self->cr, tag);
}

/* Consecutive bullets are one list; anything else ends it. */
static void
set_in_list (HearthPdfWriter *self,
             gboolean         in_list)
{
  if (self->in_list == in_list)
    return;
  if (in_list)
    tag_begin (self, "L");
  else
    tag_end (self, "L");
  self->in_list = in_list;
}

static double
content_width (void)
{
  return PAGE_WIDTH - 2 * MARGIN_SIDE;
}

static double
bottom (void)
{
  return PAGE_HEIGHT - MARGIN_BOTTOM;
}

/* @text must be valid UTF-8: add_block() made it so. */
static PangoLayout *
make_layout (HearthPdfWriter *self,
             Style            style,
             const char      *text,
             double           width)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[style]);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* A web address or a long number has no spaces: break it anywhere. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, self->attributes);

  return layout;
}

static void
draw_footer (HearthPdfWriter *self)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *page = NULL;
  double grey = styles[STYLE_FOOTER].grey;
  int baseline;

  /* Translators: the footer of a page of a PDF; %u is the page number. */
  page = g_strdup_printf (_("Page %u"), self->n_pages);
  right = make_layout (self, STYLE_FOOTER, page, content_width ());
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  left = make_layout (self, STYLE_FOOTER, self->title, content_width () * 0.75);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);

  tag_begin (self, styles[STYLE_FOOTER].tag);
  cairo_set_source_rgb (self->cr, grey, grey, grey);
  baseline = pango_layout_get_baseline (left);
  cairo_move_to (self->cr, MARGIN_SIDE, FOOTER_BASE - baseline / (double) PANGO_SCALE);
  pango_cairo_show_layout (self->cr, left);
  baseline = pango_layout_get_baseline (right);
  cairo_move_to (self->cr, MARGIN_SIDE, FOOTER_BASE - baseline / (double) PANGO_SCALE);
  pango_cairo_show_layout (self->cr, right);
  tag_end (self, styles[STYLE_FOOTER].tag);
}

static void
end_page (HearthPdfWriter *self)
{
  if (!self->page_open)
    return;

  draw_footer (self);
  if (self->paginating)
    g_ptr_array_add (self->pages, cairo_pop_group (self->cr));
  else
    cairo_show_page (self->cr);
  self->page_open = FALSE;
}

static void
ensure_page (HearthPdfWriter *self)
{
  if (self->page_open)
    return;

  self->n_pages++;
  self->page_open = TRUE;
  self->y = MARGIN_TOP;
  if (self->paginating)
    cairo_push_group (self->cr);
}

static gboolean
at_page_top (HearthPdfWriter *self)
{
  return !self->page_open || self->y <= MARGIN_TOP;
}

/* Starts a new page unless @height more points fit on this one. */
static void
make_room (HearthPdfWriter *self,
           double           height)
{
  ensure_page (self);
  if (self->y + height > bottom () && !at_page_top (self))
    {
      end_page (self);
      ensure_page (self);
    }
}

/* Gives the space above a block, and starts a new page unless its first
 * line and the @keep_lines lines after it fit, so that a heading or caption
 * is never alone at the foot of a page. */
static void
begin_block (HearthPdfWriter *self,
             Style            style)
{
  const StyleInfo *info = &styles[style];

  if (!at_page_top (self))
    self->y += info->space_before;
  if (info->keep_lines > 0)
    make_room (self, self->line_height[style] + info->space_after +
                     info->keep_lines * self->line_height[STYLE_PARAGRAPH]);
  else
    ensure_page (self);
}

/* Draws @layout at @x, line by line, starting new pages as it fills them. */
static void
draw_lines (HearthPdfWriter *self,
            PangoLayout     *layout,
            Style            style,
            double           x)
{
  g_autoptr(PangoLayoutIter) iter = NULL;
  const StyleInfo *info = &styles[style];
  gboolean first = TRUE;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int y0, y1, baseline;
      double height, base_y;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (iter);
      height = (y1 - y0) / (double) PANGO_SCALE;

      make_room (self, height);
      base_y = self->y + (baseline - y0) / (double) PANGO_SCALE;
      cairo_set_source_rgb (self->cr, info->grey, info->grey, info->grey);
      cairo_move_to (self->cr, x + logical.x / (double) PANGO_SCALE, base_y);
      pango_cairo_show_layout_line (self->cr, line);

      if (style == STYLE_BULLET && first)
        {
          g_autoptr(PangoLayout) mark = make_layout (self, style, "•", BULLET_INDENT);

          /* The list says it is a list: the mark itself is decoration. */
          tag_begin (self, "Artifact");
          cairo_move_to (self->cr, x - BULLET_INDENT + 4.0,
                         base_y - pango_layout_get_baseline (mark) / (double) PANGO_SCALE);
          pango_cairo_show_layout (self->cr, mark);
          tag_end (self, "Artifact");
        }

      self->y += height;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));

  self->y += info->space_after;
}

/* A heading is listed in the outline with a link to where it is drawn. */
static void
add_outline (HearthPdfWriter *self,
             const char      *text)
{
  g_autofree char *link = NULL;
  char y[G_ASCII_DTOSTR_BUF_SIZE];

  /* Paper has no outline. */
  if (self->paginating)
    return;

  g_ascii_formatd (y, sizeof y, "%.1f", self->y);
  link = g_strdup_printf ("page=%u pos=[%.0f %s]", self->n_pages, MARGIN_SIDE, y);
  cairo_pdf_surface_add_outline (self->surface, CAIRO_PDF_OUTLINE_ROOT, text, link, 0);
}

static char *
detail_text (const char *label,
             const char *value)
{
  /* Translators: a label and its value in a PDF, as in "Lead worker: Priya
   * Raman". Keep both; change the punctuation and spacing to suit. */
  return g_strdup_printf (C_("label and value", "%s: %s"), label, value);
}

/* "Label: value", with the label in bold. */
static void
render_detail (HearthPdfWriter *self,
               const char      *label,
               const char      *value)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  const char *found;

  text = detail_text (label, value);
  layout = make_layout (self, STYLE_DETAIL, text, content_width ());
  found = strstr (text, label);
  if (found != NULL && *label != '\0')
    {
      PangoAttrList *attrs = pango_attr_list_copy (self->attributes);
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = found - text;
      bold->end_index = bold->start_index + strlen (label);
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  begin_block (self, STYLE_DETAIL);
  tag_begin (self, styles[STYLE_DETAIL].tag);
  draw_lines (self, layout, STYLE_DETAIL, MARGIN_SIDE);
  tag_end (self, styles[STYLE_DETAIL].tag);
}

/* A figure is never split across pages. */
static void
render_drawing (HearthPdfWriter *self,
                const Block     *block)
{
  const StyleInfo *info = &styles[STYLE_DRAWING];

  if (!at_page_top (self))
    self->y += info->space_before;
  make_room (self, block->height);

  tag_begin (self, info->tag);
  cairo_save (self->cr);
  cairo_translate (self->cr, MARGIN_SIDE, self->y);
  cairo_rectangle (self->cr, 0, 0, content_width (), block->height);
  cairo_clip (self->cr);
  cairo_set_source_rgb (self->cr, 0, 0, 0);
  block->draw (self->cr, self->context, content_width (), block->height, block->user_data);
  cairo_restore (self->cr);
  tag_end (self, info->tag);

  self->y += block->height + info->space_after;
}

/* About how tall @block will be, space around it included. */
static double
measure_block (HearthPdfWriter *self,
               const Block     *block)
{
  const StyleInfo *info = &styles[block->style];
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *detail = NULL;
  double width = content_width ();
  PangoRectangle logical;

  if (block->style == STYLE_DRAWING)
    return info->space_before + block->height + info->space_after;

  if (block->style == STYLE_BULLET)
    width -= BULLET_INDENT;
  if (block->style == STYLE_DETAIL)
    detail = detail_text (block->label, block->text);
  layout = make_layout (self, block->style, detail != NULL ? detail : block->text, width);
  pango_layout_get_extents (layout, NULL, &logical);
  return info->space_before + logical.height / (double) PANGO_SCALE + info->space_after;
}

/* A run of blocks kept together starts on a new page unless it fits on
 * this one, as long as it fits on a page at all. */
static void
keep_together (HearthPdfWriter *self,
               guint            first)
{
  const Block *start = &g_array_index (self->blocks, Block, first);
  double height = 0;

  if (start->keep_until <= first)
    return;

  for (guint i = first; i <= start->keep_until && i < self->blocks->len; i++)
    height += measure_block (self, &g_array_index (self->blocks, Block, i));
  if (height <= bottom () - MARGIN_TOP)
    make_room (self, height);
}

static void
render_block (HearthPdfWriter *self,
              const Block     *block)
{
  g_autoptr(PangoLayout) layout = NULL;
  Style style = block->style;
  const char *text = block->text;
  double x = MARGIN_SIDE;
  double width = content_width ();

  set_in_list (self, style == STYLE_BULLET);

  if (style == STYLE_DETAIL)
    {
      render_detail (self, block->label, block->text);
      return;
    }

  if (style == STYLE_DRAWING)
    {
      render_drawing (self, block);
      return;
    }

  if (style == STYLE_BULLET)
    {
      x += BULLET_INDENT;
      width -= BULLET_INDENT;
    }
  layout = make_layout (self, style, text, width);
  begin_block (self, style);
  if (style == STYLE_HEADING)
    add_outline (self, text);
  if (style == STYLE_BULLET)
    tag_begin (self, "LI");
  tag_begin (self, styles[style].tag);
  draw_lines (self, layout, style, x);
  tag_end (self, styles[style].tag);
  if (style == STYLE_BULLET)
    tag_end (self, "LI");
}

/* The title in the document's properties, whole, on one line. */
static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

G_LOCK_DEFINE_STATIC (default_author);
static char *default_author;

void
hearth_pdf_writer_set_default_author (const char *author)
{
  g_autofree char *line = author != NULL ? one_line (author) : NULL;

  G_LOCK (default_author);
  g_clear_pointer (&default_author, g_free);
  if (line != NULL && *line != '\0')
    default_author = g_steal_pointer (&line);
  G_UNLOCK (default_author);
}

char *
hearth_pdf_writer_dup_default_author (void)
{
  char *author;

  G_LOCK (default_author);
  author = g_strdup (default_author);
  G_UNLOCK (default_author);
  return author;
}

/* The language the document is written in, as a BCP 47 tag: that of the
 * interface's translation, which wrote every word Hearth adds. */
static const char *
document_language (void)
{
  /* Translators: the language tag of your translation as BCP 47 writes it
   * (“cy” for Welsh, “en-GB” for British English); screen readers read a
   * PDF Hearth writes in this language. */
  return C_("document language", "en");
}

/* Says the document's language in its catalogue. cairo cannot, so this
 * appends an incremental update (PDF 1.7, 7.5.6): the catalogue again
 * with /Lang, a cross-reference section for it and a trailer pointing
 * back at cairo's. The bytes cairo wrote are left as they were; if they
 * are not laid out as expected, the document is left without a language. */
static void
set_language (GByteArray *data)
{
  g_autofree char *text = NULL;
  g_autofree char *dict = NULL;
  g_autofree char *trailer_dict = NULL;
  g_autoptr(GString) update = NULL;
  g_autoptr(GString) lang = g_string_new ("(");
  const char *catalog, *obj_start, *dict_start, *dict_end, *trailer, *trailer_start;
  const char *trailer_end, *startxref;
  const char *tag = document_language ();
  guint64 catalog_number = 0, previous = 0;
  gsize offset;

  /* A PDF's structure is ASCII; a copy ending in NUL can be searched. */
  text = g_strndup ((const char *) data->data, data->len);
  if (strlen (text) != data->len)
    {
      /* Binary streams hold NULs: search only the part after the last one,
       * which holds the catalogue and the trailer cairo writes last. */
      const char *last = (const char *) data->data;
      for (gsize i = 0; i < data->len; i++)
        if (data->data[i] == '\0')
          last = (const char *) data->data + i + 1;
      g_free (text);
      text = g_strndup (last, data->len - (last - (const char *) data->data));
    }

  catalog = g_strrstr (text, "/Type /Catalog");
  trailer = g_strrstr (text, "trailer");
  startxref = g_strrstr (text, "startxref");
  if (catalog == NULL || trailer == NULL || startxref == NULL || trailer > startxref)
    return;

  /* "N 0 obj" before the catalogue's dictionary. */
  obj_start = g_strrstr_len (text, catalog - text, " 0 obj");
  dict_start = g_strrstr_len (text, catalog - text, "<<");
  dict_end = strstr (catalog, "endobj");
  if (obj_start == NULL || dict_start == NULL || dict_end == NULL || dict_start < obj_start)
    return;
  for (const char *p = obj_start; p > text && g_ascii_isdigit (p[-1]); p--)
    catalog_number = g_ascii_strtoull (p - 1, NULL, 10);
  while (dict_end > dict_start && dict_end[-1] != '>')
    dict_end--;
  if (catalog_number == 0 || dict_end - dict_start < 4)
    return;
  /* Without its closing ">>". */
  dict = g_strndup (dict_start, dict_end - dict_start - 2);
  if (strstr (dict, "/Lang") != NULL)
    return;

  trailer_start = strstr (trailer, "<<");
  trailer_end = g_strrstr_len (text, startxref - text, ">>");
  if (trailer_start == NULL || trailer_end == NULL || trailer_end < trailer_start)
    return;
  trailer_dict = g_strndup (trailer_start, trailer_end - trailer_start);
  previous = g_ascii_strtoull (startxref + strlen ("startxref"), NULL, 10);
  if (previous == 0 || strstr (trailer_dict, "/Prev") != NULL)
    return;

  for (const char *p = tag; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '-')
      g_string_append_c (lang, *p);
  g_string_append_c (lang, ')');

  offset = data->len;
  if (data->len > 0 && data->data[data->len - 1] != '\n')
    offset++;
  update = g_string_new (offset > data->len ? "\n" : "");
  g_string_append_printf (update, "%" G_GUINT64_FORMAT " 0 obj\n%s   /Lang %s\n>>\nendobj\n",
                          catalog_number, dict, lang->str);
  {
    gsize xref = offset + update->len - (offset > data->len ? 1 : 0);

    g_string_append_printf (update,
                            "xref\n%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT " 00000 n \n"
                            "trailer\n%s   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n"
                            "%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                            catalog_number, offset, trailer_dict, previous, xref);
  }
  g_byte_array_append (data, (const guint8 *) update->str, update->len);
}

static void
start_layout (HearthPdfWriter *self)
{
  cairo_font_options_t *options;

  if (self->paginating)
    {
      /* The same size and the same font options as the PDF's (no hinting,
       * no rounding of glyph positions), so the lines break alike. */
      cairo_rectangle_t page = { 0, 0, PAGE_WIDTH, PAGE_HEIGHT };

      self->surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &page);
    }
  else
    {
      g_autofree char *title = one_line (self->title);
      g_autofree char *author = hearth_pdf_writer_dup_default_author ();

      self->surface = cairo_pdf_surface_create_for_stream (write_cb, self, PAGE_WIDTH, PAGE_HEIGHT);
      /* PDF 1.4 (tagged PDF's own version) keeps the catalogue and the
       * trailer as plain objects that set_language () can read, rather
       * than in compressed object streams. */
      cairo_pdf_surface_restrict_to_version (self->surface, CAIRO_PDF_VERSION_1_4);
      cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
      cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
      if (author != NULL)
        cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_AUTHOR, author);
    }
  self->cr = cairo_create (self->surface);
  self->n_pages = 0;
  self->page_open = FALSE;
  self->in_list = FALSE;
  tag_begin (self, "Document");

  /* Points as Pango's units, and no hinting: a PDF is scaled when it is
   * shown, so glyphs sit where the font puts them. */
  self->context = pango_cairo_create_context (self->cr);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  /* No ligatures: each letter is its own glyph, so that "fl" is read and
   * copied as "f" and "l", not as one character few screen readers know. */
  self->attributes = pango_attr_list_new ();
  pango_attr_list_insert (self->attributes, pango_attr_font_features_new ("liga=0, clig=0"));

  for (guint i = 0; i < N_STYLES; i++)
    {
      g_autoptr(PangoLayout) probe = NULL;
      PangoRectangle logical;

      self->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i], (int) (styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);

      probe = make_layout (self, i, "Hg", content_width ());
      pango_layout_get_extents (probe, NULL, &logical);
      self->line_height[i] = logical.height / (double) PANGO_SCALE;
    }

  /* What a drawing lays out is in the running text's font unless it says
   * otherwise. */
  pango_context_set_font_description (self->context, self->fonts[STYLE_PARAGRAPH]);
}

static void
end_layout (HearthPdfWriter *self)
{
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  if (self->surface != NULL)
    {
      cairo_surface_finish (self->surface);
      if (!self->paginating)
        self->status = cairo_surface_status (self->surface);
    }
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
}

/* Lays out every block and ends the document. When @cancellable is
 * cancelled part way, what was laid out is thrown away and the blocks are
 * kept, so a later call can start again. */
static gboolean
hearth_pdf_writer_finish (HearthPdfWriter  *self,
                          GCancellable     *cancellable,
                          GError          **error)
{
  if (!self->finished)
    {
      start_layout (self);
      for (guint i = 0; i < self->blocks->len; i++)
        {
          if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              end_layout (self);
              g_byte_array_set_size (self->data, 0);
              self->n_pages = 0;
              self->page_open = FALSE;
              self->status = CAIRO_STATUS_SUCCESS;
              return FALSE;
            }
          keep_together (self, i);
          render_block (self, &g_array_index (self->blocks, Block, i));
        }

      /* An empty document still has a page. */
      set_in_list (self, FALSE);
      ensure_page (self);
      tag_end (self, "Document");
      end_page (self);
      end_layout (self);
      if (self->status == CAIRO_STATUS_SUCCESS)
        set_language (self->data);
      self->finished = TRUE;
    }

  if (self->status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   /* Translators: %s is the reason, from the drawing library. */
                   _("The PDF could not be made: %s"), cairo_status_to_string (self->status));
      return FALSE;
    }
  return TRUE;
}

static void
hearth_pdf_writer_finalize (GObject *object)
{
  HearthPdfWriter *self = HEARTH_PDF_WRITER (object);

  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_array_unref (self->blocks);
  g_byte_array_unref (self->data);
  g_free (self->title);

  G_OBJECT_CLASS (hearth_pdf_writer_parent_class)->finalize (object);
}

static void
hearth_pdf_writer_class_init (HearthPdfWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_pdf_writer_finalize;
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->label);
  g_free (block->text);
  if (block->destroy != NULL)
    g_clear_pointer (&block->user_data, block->destroy);
}

static void
hearth_pdf_writer_init (HearthPdfWriter *self)
{
  self->data = g_byte_array_new ();
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->keep_from = -1;
}

/* Keeps a copy of @text, valid UTF-8, to lay out when the document ends. */
static void
add_block (HearthPdfWriter *self,
           Style            style,
           const char      *label,
           const char      *text)
{
  Block block = { style, NULL, NULL, 0, NULL, NULL, NULL, 0 };

  g_return_if_fail (!self->finished && self->pages == NULL);

  if (label != NULL)
    block.label = g_utf8_make_valid (label, -1);
  block.text = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_array_append_val (self->blocks, block);
}

HearthPdfWriter *
hearth_pdf_writer_new (const char *title)
{
  HearthPdfWriter *self = g_object_new (HEARTH_TYPE_PDF_WRITER, NULL);

  self->title = g_utf8_make_valid (title != NULL ? title : "", -1);

  return self;
}

void
hearth_pdf_writer_add_title (HearthPdfWriter *self,
                             const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_TITLE, NULL, text);
}

void
hearth_pdf_writer_add_heading (HearthPdfWriter *self,
                               const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_HEADING, NULL, text);
}

void
hearth_pdf_writer_add_subheading (HearthPdfWriter *self,
                                  const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_SUBHEADING, NULL, text);
}

void
hearth_pdf_writer_add_paragraph (HearthPdfWriter *self,
                                 const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_PARAGRAPH, NULL, text);
}

void
hearth_pdf_writer_add_strong (HearthPdfWriter *self,
                              const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_STRONG, NULL, text);
}

void
hearth_pdf_writer_add_caption (HearthPdfWriter *self,
                               const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_CAPTION, NULL, text);
}

void
hearth_pdf_writer_add_bullet (HearthPdfWriter *self,
                              const char      *text)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_BULLET, NULL, text);
}

void
hearth_pdf_writer_add_detail (HearthPdfWriter *self,
                              const char      *label,
                              const char      *value)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));

  add_block (self, STYLE_DETAIL, label != NULL ? label : "", value);
}

void
hearth_pdf_writer_add_drawing (HearthPdfWriter   *self,
                               double             height,
                               HearthPdfDrawFunc  draw,
                               gpointer           user_data,
                               GDestroyNotify     destroy)
{
  Block block = { STYLE_DRAWING, NULL, NULL, 0, NULL, NULL, NULL, 0 };

  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));
  g_return_if_fail (draw != NULL);
  g_return_if_fail (!self->finished && self->pages == NULL);

  /* Taller than a page could never be drawn whole. */
  block.height = CLAMP (height, 1.0, bottom () - MARGIN_TOP);
  block.draw = draw;
  block.user_data = user_data;
  block.destroy = destroy;
  block.text = g_strdup ("");
  g_array_append_val (self->blocks, block);
}

void
hearth_pdf_writer_begin_kept (HearthPdfWriter *self)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));
  g_return_if_fail (self->keep_from < 0);

  self->keep_from = (int) self->blocks->len;
}

void
hearth_pdf_writer_end_kept (HearthPdfWriter *self)
{
  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));
  g_return_if_fail (self->keep_from >= 0);

  if (self->blocks->len > (guint) self->keep_from + 1)
    g_array_index (self->blocks, Block, self->keep_from).keep_until = self->blocks->len - 1;
  self->keep_from = -1;
}

guint
hearth_pdf_writer_get_n_pages (HearthPdfWriter *self)
{
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), 0);

  hearth_pdf_writer_finish (self, NULL, NULL);
  return self->n_pages;
}

GBytes *
hearth_pdf_writer_dup_bytes (HearthPdfWriter  *self,
                             GError          **error)
{
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), NULL);

  if (!hearth_pdf_writer_finish (self, NULL, error))
    return NULL;

  return g_bytes_new (self->data->data, self->data->len);
}

gboolean
hearth_pdf_writer_save (HearthPdfWriter  *self,
                        GFile            *file,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!hearth_pdf_writer_finish (self, cancellable, error))
    return FALSE;

  return hearth_export_file_save (file, self->data->data, self->data->len, cancellable, error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HearthPdfWriter *self = source_object;
  GError *error = NULL;

  if (hearth_pdf_writer_save (self, G_FILE (task_data), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
hearth_pdf_writer_save_async (HearthPdfWriter     *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HEARTH_IS_PDF_WRITER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_pdf_writer_save_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, save_thread);
}

gboolean
hearth_pdf_writer_save_finish (HearthPdfWriter  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
page_free (gpointer data)
{
  cairo_pattern_destroy (data);
}

/* Lays the blocks out again, as for the PDF, into a group for each page. */
static void
paginate (HearthPdfWriter *self)
{
  if (self->pages != NULL)
    return;

  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->paginating = TRUE;
  start_layout (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      keep_together (self, i);
      render_block (self, &g_array_index (self->blocks, Block, i));
    }
  /* An empty document still has a page. */
  ensure_page (self);
  end_page (self);
  end_layout (self);
  self->paginating = FALSE;
}

guint
hearth_pdf_writer_paginate (HearthPdfWriter *self)
{
  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), 0);

  paginate (self);
  return self->pages->len;
}

gboolean
hearth_pdf_writer_draw_page (HearthPdfWriter *self,
                             cairo_t         *cr,
                             double           width,
                             double           height,
                             guint            page)
{
  double scale;

  g_return_val_if_fail (HEARTH_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  paginate (self);
  if (page >= self->pages->len)
    return FALSE;

  /* A4 as it is; on smaller paper, such as Letter, made smaller to fit.
   * Across the middle, from the top, as a letter is. */
  scale = MIN (1.0, MIN (width / PAGE_WIDTH, height / PAGE_HEIGHT));
  cairo_save (cr);
  cairo_translate (cr, (width - PAGE_WIDTH * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  cairo_set_source (cr, g_ptr_array_index (self->pages, page));
  cairo_paint (cr);
  cairo_restore (cr);
  return TRUE;
}
