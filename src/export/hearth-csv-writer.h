/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_CSV_WRITER (hearth_csv_writer_get_type ())
G_DECLARE_FINAL_TYPE (HearthCsvWriter, hearth_csv_writer, HEARTH, CSV_WRITER, GObject)

/* Builds a CSV file in memory that LibreOffice and Excel open as they should:
 * UTF-8 with a byte order mark, CRLF line ends, fields quoted where they hold
 * a comma, a quote, a line break or spaces at either end (RFC 4180). Text
 * that a spreadsheet would run as a formula ("=", "+", "-", "@" first) is
 * kept as text with a leading apostrophe, unless it is a plain number. */
HearthCsvWriter *hearth_csv_writer_new        (void);

void             hearth_csv_writer_add_field  (HearthCsvWriter    *self,
                                               const char         *text);
void             hearth_csv_writer_add_int    (HearthCsvWriter    *self,
                                               gint64              value);
/* Pence as pounds with two decimals, "12.50"; a plain number, no "£". */
void             hearth_csv_writer_add_pence  (HearthCsvWriter    *self,
                                               gint64              pence);
/* A UTC Unix time as an ISO 8601 date and time in local time,
 * "2026-11-22 15:04"; 0 gives an empty field. */
void             hearth_csv_writer_add_time   (HearthCsvWriter    *self,
                                               gint64              unix_time);
/* A Unix time as an ISO 8601 date, "2026-11-22"; 0 gives an empty field. */
void             hearth_csv_writer_add_date   (HearthCsvWriter    *self,
                                               gint64              unix_time);
void             hearth_csv_writer_end_row    (HearthCsvWriter    *self);
/* Adds each field of a NULL-terminated list as text, then ends the row. */
void             hearth_csv_writer_add_row    (HearthCsvWriter    *self,
                                               const char         *first,
                                               ...) G_GNUC_NULL_TERMINATED;

guint            hearth_csv_writer_get_n_rows (HearthCsvWriter    *self);
/* The file so far; a row not yet ended is left out. */
GBytes          *hearth_csv_writer_dup_bytes  (HearthCsvWriter    *self);

/* Writes the file atomically: on any failure (a full disk, a read-only
 * folder) an existing file at @file is left as it was. */
gboolean         hearth_csv_writer_save       (HearthCsvWriter    *self,
                                               GFile              *file,
                                               GCancellable       *cancellable,
                                               GError            **error);

G_END_DECLS
