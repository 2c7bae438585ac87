/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "What we agreed" for the resident: addressed to them by the name they
 * prefer, what we will do and what they will do apart, dates in words,
 * dropped items left out, done items marked, nothing of another resident
 * of the same case, the same words in the text and in the PDF, and the
 * same pages on paper as in the PDF.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hearth-agreement-summary.h"
#include "hearth-resident.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-changes.h"

/* 2026-11-22 12:00 UTC, a Sunday. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       entry;
  gint64       dropped_item;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  const HearthAgreementFields items[] = {
    { "Phone the energy company about the meter", "staff", 1, NULL, "2026-12-04" },
    { "Fix the back door", "other", 0, "Sam at Handy Help", NULL },
    { "Bring the latest gas bill", "resident", 0, NULL, "2027-01-08" },
    { "Ask about a grant for a cooker", "staff", 2, NULL, "2026-11-25" },
    { "Fill in the form for the bus pass", "resident", 0, NULL, "2026-11-30" },
    { "Book the home visit", "staff", 2, NULL, NULL },
  };
  gint64 first_item;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  /* Zeynep comes first on the case: a summary for Dot must not take her
   * name as the case's resident. */
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak');"
    "INSERT INTO residents (id, name, preferred_name) VALUES (1, 'Zeynep Yıldız', ''),"
    "  (2, 'Dorothy Evans', 'Dot'), (3, 'Winston Clarke', '');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Warm and safe at home', 1, 1795348800 - 30 * 86400, 1795348800 - 30 * 86400);"
    "INSERT INTO case_residents (case_id, resident_id, position) VALUES (1, 1, 0), (1, 2, 1);",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - 2 * DAY;
  fields.summary = "Keeping the flat warm this winter";
  fields.body = "We sat in the kitchen.\nThe meter reads higher than it should.";
  fixture->entry = hearth_timeline_add_entry (fixture->store, 1, 0, &fields, items,
                                              G_N_ELEMENTS (items), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->entry, >, 0);

  first_item = hearth_test_query_int (fixture->store, "SELECT min (id) FROM agreement_items");
  fixture->dropped_item = first_item + 3;
  g_assert_true (hearth_agreement_drop (fixture->store, fixture->dropped_item,
                                        "A neighbour gave one", &error));
  g_assert_no_error (error);
  g_assert_true (hearth_agreement_set_done (fixture->store, first_item + 4, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_agreement_set_done (fixture->store, first_item + 5, TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* The line of @text that holds @needle; it must have one. */
static char *
line_with (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);
  const char *start, *end;

  if (found == NULL)
    g_error ("“%s” is not in the summary:\n%s", needle, text);
  for (start = found; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (found, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
test_summary_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAgreementSummary) summary = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *line = NULL;
  g_autofree char *file_name = NULL;
  const char *text, *split;

  summary = hearth_agreement_summary_new (fixture->store, fixture->entry, 2,
                                          "Call 01632 960 123, Monday to Friday", &error);
  g_assert_no_error (error);
  text = hearth_agreement_summary_get_text (summary);

  /* The entry was two days before the store's clock: Friday 20 November. */
  g_assert_cmpstr (hearth_agreement_summary_get_title (summary), ==,
                   "What we agreed on Friday 20 November");
  file_name = hearth_agreement_summary_dup_file_name (summary);
  g_assert_cmpstr (file_name, ==, "what-we-agreed-2026-11-20.pdf");

  /* To Dot, by the name she prefers, about what we talked about. */
  g_assert_true (g_str_has_prefix (text, "Hello Dot,\n"));
  hearth_test_assert_has (text, "Keeping the flat warm this winter");
  hearth_test_assert_has (text, "We sat in the kitchen.\nThe meter reads higher than it should.");

  /* What we will do comes first, then what Dot will do. */
  split = strstr (text, "What you will do");
  g_assert_nonnull (split);
  ours = g_strndup (text, split - text);
  theirs = g_strdup (split);
  hearth_test_assert_has (ours, "What we will do");
  hearth_test_assert_has (ours, "Phone the energy company");
  hearth_test_assert_has (ours, "Fix the back door");
  hearth_test_assert_has (ours, "Book the home visit");
  hearth_test_assert_lacks (ours, "gas bill");
  hearth_test_assert_lacks (ours, "bus pass");
  hearth_test_assert_has (theirs, "Bring the latest gas bill");
  hearth_test_assert_has (theirs, "Fill in the form for the bus pass");
  hearth_test_assert_lacks (theirs, "energy company");
  hearth_test_assert_lacks (theirs, "back door");

  /* Who will do it, and by when in words; a date in another year says so. */
  line = line_with (text, "Phone the energy company");
  g_assert_true (g_str_has_prefix (line, "- "));
  hearth_test_assert_has (line, "Priya Raman");
  hearth_test_assert_has (line, "by Friday 4 December");
  hearth_test_assert_lacks (line, "2026");
  g_clear_pointer (&line, g_free);
  line = line_with (text, "Fix the back door");
  hearth_test_assert_has (line, "Sam at Handy Help");
  hearth_test_assert_lacks (line, " by ");
  g_clear_pointer (&line, g_free);
  line = line_with (text, "Bring the latest gas bill");
  hearth_test_assert_has (line, "by Friday 8 January 2027");
  g_clear_pointer (&line, g_free);

  /* Done items say so; what was dropped, and why, is left out. */
  line = line_with (text, "Fill in the form for the bus pass");
  hearth_test_assert_has (line, "done");
  hearth_test_assert_lacks (line, "by Monday");
  g_clear_pointer (&line, g_free);
  line = line_with (text, "Book the home visit");
  hearth_test_assert_has (line, "done");
  hearth_test_assert_has (line, "Tomasz Nowak");
  g_clear_pointer (&line, g_free);
  hearth_test_assert_lacks (text, "grant for a cooker");
  hearth_test_assert_lacks (text, "A neighbour gave one");

  /* How to reach us: the lead worker and the team's own words. */
  split = strstr (text, "How to reach us");
  g_assert_nonnull (split);
  hearth_test_assert_has (split, "Priya Raman is your lead worker");
  hearth_test_assert_has (split, "Call 01632 960 123, Monday to Friday");

  /* Nothing of Zeynep, nor of Dot's full name, nor of how Hearth keeps it. */
  hearth_test_assert_lacks (text, "Zeynep");
  hearth_test_assert_lacks (text, "Yıldız");
  hearth_test_assert_lacks (text, "Dorothy");
  for (guint i = 0; i < 8; i++)
    {
      static const char *const jargon[] = {
        "staff", "resident", "other", "open", "dropped", "agreement", "owner", "due_on"
      };
      g_autofree char *lower = g_utf8_strdown (text, -1);

      hearth_test_assert_lacks (lower, jargon[i]);
    }
}

static void
test_summary_addressee (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAgreementSummary) summary = NULL;
  g_autoptr(HearthAgreementSummary) refused = NULL;
  HearthEntryFields fields;
  gint64 conversation;
  const char *text;

  /* Addressed to no one in particular: the case's first resident. */
  summary = hearth_agreement_summary_new (fixture->store, fixture->entry, 0, NULL, &error);
  g_assert_no_error (error);
  text = hearth_agreement_summary_get_text (summary);
  g_assert_true (g_str_has_prefix (text, "Hello Zeynep Yıldız,\n"));
  hearth_test_assert_lacks (text, "Dot");
  /* No contact words given: the lead worker alone. */
  hearth_test_assert_has (text, "How to reach us\nPriya Raman is your lead worker");
  hearth_test_assert_lacks (text, "Call ");

  /* A resident who is not on the case is refused, with a sentence. */
  refused = hearth_agreement_summary_new (fixture->store, fixture->entry, 3, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, "who is"));
  g_clear_error (&error);

  /* Only "what we agreed" has a summary, and not once it is deleted. */
  hearth_entry_fields_init (&fields);
  fields.summary = "A chat on the stairs";
  conversation = hearth_timeline_add_entry (fixture->store, 1, 2, &fields, NULL, 0, &error);
  g_assert_no_error (error);
  refused = hearth_agreement_summary_new (fixture->store, conversation, 2, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (hearth_timeline_delete_entry (fixture->store, fixture->entry, &error));
  g_assert_no_error (error);
  refused = hearth_agreement_summary_new (fixture->store, fixture->entry, 2, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* Whom the summary speaks to, as the model reads it: the resident asked
 * for, else the entry's own, else the first on the case; never one who is
 * not on the case. */
static void
test_summary_model_addressee (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthResident) first = NULL;
  g_autoptr(HearthResident) dot = NULL;
  g_autoptr(HearthResident) own = NULL;

  first = hearth_resident_load_addressee (fixture->store, 1, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_resident_get_id (first), ==, 1);
  dot = hearth_resident_load_addressee (fixture->store, 1, 0, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_resident_get_display_name (dot), ==, "Dot");
  /* An entry about Dot speaks to her, though Zeynep comes first. */
  own = hearth_resident_load_addressee (fixture->store, 1, 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_resident_get_id (own), ==, 2);

  g_assert_null (hearth_resident_load_addressee (fixture->store, 1, 0, 3, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hearth_resident_load_addressee (fixture->store, 7, 0, 0, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

static void
test_summary_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAgreementSummary) summary = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *pdf_text = NULL;
  g_auto(GStrv) words = NULL;

  summary = hearth_agreement_summary_new (fixture->store, fixture->entry, 2,
                                          "Call 01632 960 123", &error);
  g_assert_no_error (error);
  g_assert_true (hearth_agreement_summary_save_pdf (summary, file, NULL, &error));
  g_assert_no_error (error);

  /* The PDF says what the text says, word for word, in the same order. */
  pdf_text = hearth_test_pdf_to_text (path);
  g_assert_true (g_str_has_prefix (pdf_text, "What we agreed on Friday 20 November Hello Dot,"));
  words = g_strsplit_set (hearth_agreement_summary_get_text (summary), " \n", -1);
  {
    const char *from = pdf_text;

    for (guint i = 0; words[i] != NULL; i++)
      {
        const char *found;

        if (*words[i] == '\0' || g_str_equal (words[i], "-"))
          continue;
        found = strstr (from, words[i]);
        if (found == NULL)
          g_error ("“%s” is missing from the PDF, or out of order:\n%s", words[i], pdf_text);
        from = found + strlen (words[i]);
      }
  }
  hearth_test_assert_lacks (pdf_text, "Zeynep");
  hearth_test_assert_lacks (pdf_text, "grant for a cooker");
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), ==, 1);
}

/* Text from far and wide, and as long as the timeline allows. */
static void
test_summary_odd_text (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAgreementSummary) summary = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) long_item = g_string_new (NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *pdf_text = NULL;
  /* Polish, a byte order mark, Arabic, Japanese, a combining accent, an
   * emoji with a skin tone, typographic quotes. */
  const char *summary_text = "Łódź, Zoë, \xEF\xBB\xBF" "مرحبا بكم, 日本語, e\xCC\x81 "
                             "and 👋🏽 — all “quoted”";
  const char *text;
  HearthEntryFields fields;
  HearthAgreementFields item = { NULL, "resident", 0, NULL, "2026-12-24" };
  gint64 entry;
  guint n_words = 0;

  while (g_utf8_strlen (body->str, -1) + 40 < HEARTH_ENTRY_BODY_MAX)
    g_string_append_printf (body, "word%u ", n_words++);
  g_string_append (body, "TheVeryLastWordOfTheBody");
  while (g_utf8_strlen (long_item->str, -1) + 20 < HEARTH_AGREEMENT_TEXT_MAX)
    g_string_append (long_item, "Ünïcödé ");
  g_string_append (long_item, "EndOfItem");
  item.text = long_item->str;

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - DAY;
  fields.summary = summary_text;
  fields.body = body->str;
  entry = hearth_timeline_add_entry (fixture->store, 1, 2, &fields, &item, 1, &error);
  g_assert_no_error (error);

  summary = hearth_agreement_summary_new (fixture->store, entry, 0,
                                          "Write to us: الرسائل مرحب بها", &error);
  g_assert_no_error (error);
  text = hearth_agreement_summary_get_text (summary);
  /* The entry is about Dot, so she is the one addressed. */
  g_assert_true (g_str_has_prefix (text, "Hello Dot,\n"));
  hearth_test_assert_has (text, summary_text);
  hearth_test_assert_has (text, body->str);
  hearth_test_assert_has (text, long_item->str);
  hearth_test_assert_has (text, "by Thursday 24 December");
  hearth_test_assert_has (text, "Write to us: الرسائل مرحب بها");

  g_assert_true (hearth_agreement_summary_save_pdf (summary, file, NULL, &error));
  g_assert_no_error (error);
  pdf_text = hearth_test_pdf_to_text (path);
  hearth_test_assert_has (pdf_text, "Łódź, Zoë,");
  hearth_test_assert_has (pdf_text, "word0 word1 word2");
  hearth_test_assert_has (pdf_text, "TheVeryLastWordOfTheBody");
  hearth_test_assert_has (pdf_text, "EndOfItem");
  hearth_test_assert_has (pdf_text, "by Thursday 24 December");
  /* Ten thousand characters of details run on over a second page. */
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), >=, 2);
}

/* A "what we agreed" with ten thousand characters of details, which run
 * over more than one page. */
static gint64
add_long_agreement (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  HearthAgreementFields item = { "Ring the council about the boiler", "staff", 1, NULL, "2026-12-24" };
  HearthEntryFields fields;
  gint64 entry;
  guint n_words = 0;

  while (g_utf8_strlen (body->str, -1) + 40 < HEARTH_ENTRY_BODY_MAX)
    g_string_append_printf (body, "word%u ", n_words++);
  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - DAY;
  fields.summary = "Keeping warm, at length";
  fields.body = body->str;
  entry = hearth_timeline_add_entry (fixture->store, 1, 2, &fields, &item, 1, &error);
  g_assert_no_error (error);
  return entry;
}

/* Prints @pdf as GTK does into a file: each page drawn on the cairo context
 * of a PDF surface of paper @width by @height points. Returns how many. */
static guint
print_to_file (HearthPdfWriter *pdf,
               const char      *path,
               double           width,
               double           height)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = hearth_pdf_writer_paginate (pdf);

  for (guint i = 0; i < n_pages; i++)
    {
      g_assert_true (hearth_pdf_writer_draw_page (pdf, cr, width, height, i));
      cairo_show_page (cr);
    }
  /* Past the last page, nothing. */
  g_assert_false (hearth_pdf_writer_draw_page (pdf, cr, width, height, n_pages));

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* Runs @argv, which must succeed; its output, or NULL. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The text of page @page (from 1) of the PDF at @path, as pdftotext reads it. */
static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, "-layout",
                         path, "-", NULL };

  return run (argv);
}

/* Page @page (from 1) of the PDF at @path in shades of grey, as poppler draws
 * it at 50 dots an inch: the bytes of a binary PGM after its header. */
static GBytes *
page_pixels (const char *path,
             guint       page,
             guint      *width,
             guint      *height)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *prefix = g_strdup_printf ("%s-%u", path, page);
  g_autofree char *image = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftoppm", "-gray", "-r", "50", "-f", number, "-l", number, "-singlefile",
                         path, prefix, NULL };
  const char *data;
  gsize length;
  guint max = 0;
  int skip = 0;

  out = run (argv);
  g_assert_true (g_file_get_contents (image, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sscanf (contents, "P5 %u %u %u%n", width, height, &max, &skip), ==, 3);
  g_assert_cmpuint (max, ==, 255);
  data = contents + skip + 1;
  g_assert_cmpuint (length - (gsize) (data - contents), ==, (gsize) *width * *height);
  g_assert_cmpint (g_remove (image), ==, 0);
  return g_bytes_new (data, (gsize) *width * *height);
}

/* How many pixels are dark: ink on the page. */
static gsize
count_ink (GBytes *pixels)
{
  gsize length, n = 0;
  const guint8 *data = g_bytes_get_data (pixels, &length);

  for (gsize i = 0; i < length; i++)
    n += data[i] < 128;
  return n;
}

/* Printed on A4, a page is the PDF's page: the same lines, drawn the same,
 * page for page. On Letter it is the same page made smaller to fit. */
static void
test_summary_printed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthAgreementSummary) summary = NULL;
  g_autoptr(HearthPdfWriter) saved = NULL;
  g_autoptr(HearthPdfWriter) printed = NULL;
  g_autoptr(HearthPdfWriter) letter = NULL;
  g_autoptr(HearthPdfWriter) empty = hearth_pdf_writer_new ("Nothing");
  g_autofree char *saved_path = g_build_filename (fixture->dir, "saved.pdf", NULL);
  g_autofree char *printed_path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *letter_path = g_build_filename (fixture->dir, "letter.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved_path);
  guint n_pages;

  summary = hearth_agreement_summary_new (fixture->store, add_long_agreement (fixture), 0,
                                          "Call 01632 960 123", &error);
  g_assert_no_error (error);
  saved = hearth_agreement_summary_new_pdf (summary);
  g_assert_true (hearth_pdf_writer_save (saved, file, NULL, &error));
  g_assert_no_error (error);
  n_pages = hearth_test_pdf_count_pages (saved_path);
  g_assert_cmpuint (n_pages, >=, 2);

  /* Paginating a writer that made its PDF gives the PDF's pages too. */
  g_assert_cmpuint (hearth_pdf_writer_paginate (saved), ==, n_pages);

  printed = hearth_agreement_summary_new_pdf (summary);
  g_assert_cmpuint (print_to_file (printed, printed_path, 595.276, 841.890), ==, n_pages);
  g_assert_cmpuint (hearth_test_pdf_count_pages (printed_path), ==, n_pages);
  /* And printing first leaves the PDF as it would have been. */
  g_assert_cmpuint (hearth_pdf_writer_get_n_pages (printed), ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *saved_text = page_text (saved_path, page);
      g_autofree char *printed_text = page_text (printed_path, page);
      g_autoptr(GBytes) saved_pixels = NULL;
      g_autoptr(GBytes) printed_pixels = NULL;
      guint width, height, printed_width, printed_height;
      const guint8 *a, *b;
      gsize length, differ = 0;

      /* Word for word and line for line, the footer's page number too. */
      g_assert_cmpstr (printed_text, ==, saved_text);
      g_assert_nonnull (strstr (saved_text, "Page"));

      /* Drawn the same: the same ink in the same places, but for the
       * odd pixel at the edge of a letter. */
      saved_pixels = page_pixels (saved_path, page, &width, &height);
      printed_pixels = page_pixels (printed_path, page, &printed_width, &printed_height);
      g_assert_cmpuint (printed_width, ==, width);
      g_assert_cmpuint (printed_height, ==, height);
      g_assert_cmpuint (count_ink (saved_pixels), >, (gsize) width * height / 200);
      a = g_bytes_get_data (saved_pixels, &length);
      b = g_bytes_get_data (printed_pixels, NULL);
      for (gsize i = 0; i < length; i++)
        differ += ABS ((int) a[i] - (int) b[i]) > 64;
      if (differ > length / 1000)
        g_error ("page %u printed differs from the PDF in %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT
                 " pixels", page, differ, length);
    }

  /* On Letter, shorter and wider, the same pages and words. */
  letter = hearth_agreement_summary_new_pdf (summary);
  g_assert_cmpuint (print_to_file (letter, letter_path, 612, 792), ==, n_pages);
  {
    g_autofree char *saved_text = hearth_test_pdf_to_text (saved_path);
    g_autofree char *letter_text = hearth_test_pdf_to_text (letter_path);

    g_assert_cmpstr (letter_text, ==, saved_text);
  }

  /* An empty document is one blank page, printed or not. */
  g_assert_cmpuint (hearth_pdf_writer_paginate (empty), ==, 1);
  g_assert_cmpuint (hearth_pdf_writer_get_n_pages (empty), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* Days in words as a person in the UK reads them, wherever this runs. */
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/agreement-summary/text", Fixture, NULL,
              fixture_set_up, test_summary_text, fixture_tear_down);
  g_test_add ("/agreement-summary/addressee", Fixture, NULL,
              fixture_set_up, test_summary_addressee, fixture_tear_down);
  g_test_add ("/agreement-summary/model-addressee", Fixture, NULL,
              fixture_set_up, test_summary_model_addressee, fixture_tear_down);
  g_test_add ("/agreement-summary/pdf", Fixture, NULL,
              fixture_set_up, test_summary_pdf, fixture_tear_down);
  g_test_add ("/agreement-summary/odd-text", Fixture, NULL,
              fixture_set_up, test_summary_odd_text, fixture_tear_down);
  g_test_add ("/agreement-summary/printed", Fixture, NULL,
              fixture_set_up, test_summary_printed, fixture_tear_down);

  return g_test_run ();
}
