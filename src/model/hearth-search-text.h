/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a person types in a search box can hold anything: quotes, FTS5
 * operators, emoji. Search words are at most this long in all. */
#define HEARTH_SEARCH_TEXT_MAX 200

/* Turns typed text into a safe FTS5 query that finds rows holding every word,
 * each as a prefix ("ann lee" finds "Annie Leeson"); NULL when there is no
 * word to look for. */
char  *hearth_search_text_to_fts       (const char *text);
/* The same words, each as an FTS5 query of its own; NULL when there is no
 * word to look for. */
char **hearth_search_text_to_fts_terms (const char *text);

G_END_DECLS
