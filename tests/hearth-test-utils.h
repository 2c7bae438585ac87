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
/* The number of pages pdfinfo counts in the PDF at @path. */
guint   hearth_test_pdf_count_pages (const char *path);

G_END_DECLS
