/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Column @col of @stmt as text; "" for NULL, never NULL itself. */
const char *hearth_column_text (sqlite3_stmt *stmt,
                                int           col);

/* Appends the @n_ids ids at @ids to @json as one JSON array, "[3,1,2]",
 * the form json_each () reads where a list query takes a set of ids. */
void        hearth_json_append_ids      (GString      *json,
                                         const gint64 *ids,
                                         guint         n_ids);

/* Whether anything listens to @object's property notifications. Holding
 * them back while an item is filled (g_object_freeze_notify ()) costs an
 * allocation, which buys nothing for an item nobody listens to, such as
 * each item of a page a list has just read. */
gboolean    hearth_object_has_listeners (gpointer object);

G_END_DECLS
