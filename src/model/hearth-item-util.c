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

void
hearth_json_append_ids (GString      *json,
                        const gint64 *ids,
                        guint         n_ids)
{
  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    {
      /* Digit by digit: a printf for each id, parsing its format every
       * time, cost more than the rest of writing a page's list. */
      char digits[24];
      char *first = digits + sizeof digits;
      guint64 rest = ids[i] < 0 ? -(guint64) ids[i] : (guint64) ids[i];

      do
        *--first = '0' + rest % 10;
      while ((rest /= 10) > 0);
      if (ids[i] < 0)
        *--first = '-';

      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_len (json, first, digits + sizeof digits - first);
    }
  g_string_append_c (json, ']');
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
