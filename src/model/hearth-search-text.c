/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hearth-search-text.h"

char *
hearth_search_text_to_fts (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) query = NULL;
  g_autoptr(GString) spaced = NULL;
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return NULL;

  /* Bounded, valid UTF-8, and separated on any Unicode space. */
  valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (valid, -1) > HEARTH_SEARCH_TEXT_MAX)
    *g_utf8_offset_to_pointer (valid, HEARTH_SEARCH_TEXT_MAX) = '\0';

  /* A space of more than one byte (no-break, ideographic) becomes one
   * plain space, so no stray byte of it is left in a word. */
  spaced = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        g_string_append_c (spaced, ' ');
      else
        g_string_append_unichar (spaced, c);
    }

  words = g_strsplit (spaced->str, " ", -1);
  query = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gboolean has_letters = FALSE;

      /* A word of punctuation alone holds nothing to look for. */
      for (const char *c = word; *c != '\0' && !has_letters; c = g_utf8_next_char (c))
        has_letters = g_unichar_isalnum (g_utf8_get_char (c)) ||
                      g_unichar_ismark (g_utf8_get_char (c));
      if (!has_letters)
        continue;

      /* Each word is an FTS5 string: its quotes doubled, so operators and
       * punctuation are searched as text, never read as syntax. */
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *c = word; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *c);
        }
      g_string_append (query, "\"*");
    }

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}
