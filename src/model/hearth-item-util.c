/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-item-util.h"

const char *
hearth_column_text (sqlite3_stmt *stmt,
                    int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text ? text : "";
}

gboolean
hearth_object_has_listeners (gpointer object)
{
  static gsize notify_id;

  if (g_once_init_enter (&notify_id))
    g_once_init_leave (&notify_id, g_signal_lookup ("notify", G_TYPE_OBJECT));

  /* Any handler of "notify", with a property named or not. */
  return g_signal_handler_find (object, G_SIGNAL_MATCH_ID, notify_id, 0,
                                NULL, NULL, NULL) != 0;
}
