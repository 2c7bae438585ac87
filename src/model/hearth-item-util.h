/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Setters for the fill functions of items: each stores the value and
 * notifies @pspec only when the value really changed. */
void hearth_item_set_string (GObject      *item,
                             char        **field,
                             const char   *value,
                             GParamSpec   *pspec);
void hearth_item_set_int64  (GObject      *item,
                             gint64       *field,
                             gint64        value,
                             GParamSpec   *pspec);
void hearth_item_set_uint   (GObject      *item,
                             guint        *field,
                             guint         value,
                             GParamSpec   *pspec);
void hearth_item_set_bool   (GObject      *item,
                             gboolean     *field,
                             gboolean      value,
                             GParamSpec   *pspec);

/* Column @col of @stmt as text; "" for NULL, never NULL itself. */
const char *hearth_column_text (sqlite3_stmt *stmt,
                                int           col);

G_END_DECLS
