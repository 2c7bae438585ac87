/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Helpers of the functions that write what people type: checking it the way
 * the schema would, and binding it. Refusals are G_IO_ERROR_INVALID_DATA
 * with a sentence to show. */

/* Sets @error to @message and returns FALSE. */
gboolean    hearth_refuse             (GError      **error,
                                       const char   *message);
/* NULL, empty or only white space. */
gboolean    hearth_text_is_blank      (const char   *text);
/* Valid UTF-8 and at most @max characters; else refuses with @too_long. */
gboolean    hearth_check_text         (const char   *text,
                                       glong         max,
                                       const char   *too_long,
                                       GError      **error);
/* @text with white space trimmed at both ends, newly allocated; "" for NULL. */
char       *hearth_dup_trimmed        (const char   *text);
/* Binds @text, "" for NULL. */
void        hearth_bind_text          (sqlite3_stmt *stmt,
                                       int           col,
                                       const char   *text);
/* Binds @id, or NULL when it is not a row id (0 or less). */
void        hearth_bind_optional_id   (sqlite3_stmt *stmt,
                                       int           col,
                                       gint64        id);

G_END_DECLS
