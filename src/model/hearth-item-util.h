/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Column @col of @stmt as text; "" for NULL, never NULL itself. */
const char *hearth_column_text (sqlite3_stmt *stmt,
                                int           col);

G_END_DECLS
