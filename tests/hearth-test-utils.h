/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* A new folder of the test's own under the temporary folder. */
char   *hearth_test_make_dir    (void);
/* Removes @path and everything below it, asserting each removal. */
void    hearth_test_remove_tree (const char  *path);
/* A new, empty Hearth store, "hearth.db" in a folder of the test's own
 * (returned in @dir, g_free() it), with its clock at @now unless that is 0. */
HearthStore *hearth_test_store_new  (char        **dir,
                                     gint64        now);
/* Finalizes @store, asserting that nothing else still holds it, and
 * removes @dir with everything in it; either may be NULL. */
void    hearth_test_store_free  (HearthStore  *store,
                                 const char   *dir);
/* That @needle is, or is not, in @text, which is printed if not. */
void    hearth_test_assert_has   (const char  *text,
                                  const char  *needle);
void    hearth_test_assert_lacks (const char  *text,
                                  const char  *needle);
/* The first column of the first row of @sql, which must have one. */
gint64  hearth_test_query_int   (HearthStore *store,
                                 const char  *sql);

/* The same, as text (NULL for SQL NULL); g_free() it. */
char   *hearth_test_query_text  (HearthStore *store,
                                 const char  *sql);
/* Both, with the SQL made from a printf format. */
gint64  hearth_test_query_intf  (HearthStore *store,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (2, 3);
char   *hearth_test_query_textf (HearthStore *store,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (2, 3);

/* The text of the PDF at @path as pdftotext reads it, with every run of
 * white space (line and page breaks too) made one space, so that a phrase
 * is found wherever the layout wrapped it. */
char   *hearth_test_pdf_to_text (const char  *path);
/* What pdfinfo says of @key ("Title", "Tagged", …) for the PDF at @path,
 * or NULL if it says nothing; g_free() it. */
char   *hearth_test_pdf_info    (const char  *path,
                                 const char  *key);
/* Whether pdffonts finds every font of the PDF at @path embedded. */
gboolean hearth_test_pdf_fonts_embedded (const char *path);
/* The number of pages pdfinfo counts in the PDF at @path. */
guint   hearth_test_pdf_count_pages (const char *path);

G_END_DECLS
