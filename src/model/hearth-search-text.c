/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hearth-search-text.h"

char **
hearth_search_text_to_fts_terms (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) spaced = NULL;
  g_autoptr(GStrvBuilder) terms = NULL;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) result = NULL;

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
  terms = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      g_autoptr(GString) term = NULL;
      gboolean has_letters = FALSE;

      /* A word of punctuation alone holds nothing to look for. */
      for (const char *c = word; *c != '\0' && !has_letters; c = g_utf8_next_char (c))
        has_letters = g_unichar_isalnum (g_utf8_get_char (c)) ||
                      g_unichar_ismark (g_utf8_get_char (c));
      if (!has_letters)
        continue;

      /* Each word is an FTS5 string: its quotes doubled, so operators and
       * punctuation are searched as text, never read as syntax. */
      term = g_string_new ("\"");
      for (const char *c = word; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (term, '"');
          g_string_append_c (term, *c);
        }
      g_string_append (term, "\"*");
      g_strv_builder_take (terms, g_string_free (g_steal_pointer (&term), FALSE));
    }

  result = g_strv_builder_end (terms);
  if (result[0] == NULL)
    return NULL;

  return g_steal_pointer (&result);
}

char *
hearth_search_text_to_fts (const char *text)
{
  g_auto(GStrv) terms = hearth_search_text_to_fts_terms (text);

  return terms != NULL ? g_strjoinv (" ", terms) : NULL;
}
