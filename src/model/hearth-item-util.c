/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-item-util.h"

void
hearth_item_set_string (GObject     *item,
                        char       **field,
                        const char  *value,
                        GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (item, pspec);
}

void
hearth_item_set_int64 (GObject    *item,
                       gint64     *field,
                       gint64      value,
                       GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (item, pspec);
}

void
hearth_item_set_uint (GObject    *item,
                      guint      *field,
                      guint       value,
                      GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (item, pspec);
}

void
hearth_item_set_bool (GObject    *item,
                      gboolean   *field,
                      gboolean    value,
                      GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (item, pspec);
}

const char *
hearth_column_text (sqlite3_stmt *stmt,
                    int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text ? text : "";
}
