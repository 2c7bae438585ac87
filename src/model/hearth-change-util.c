/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-store.h"

gboolean
hearth_refuse (GError     **error,
               const char  *message)
{
  return hearth_refuse_with (error, HEARTH_ERROR_INVALID, message);
}

gboolean
hearth_refuse_with (GError      **error,
                    HearthError   code,
                    const char   *message)
{
  g_set_error_literal (error, HEARTH_ERROR, code, message);
  return FALSE;
}

gboolean
hearth_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }
  return TRUE;
}

gboolean
hearth_check_text (const char  *text,
                   glong        max,
                   const char  *too_long,
                   GError     **error)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    return hearth_refuse (error, _("The text holds characters that cannot be saved; type it again"));
  if (g_utf8_strlen (text, -1) > max)
    return hearth_refuse (error, too_long);
  return TRUE;
}

char *
hearth_dup_trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
hearth_check_staff (HearthStore  *store,
                    gint64        staff_id,
                    const char   *gone,
                    GError      **error)
{
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT 1 FROM staff WHERE id = ?1 AND active", "x>", staff_id))
    return FALSE;
  return found || hearth_refuse (error, gone);
}
