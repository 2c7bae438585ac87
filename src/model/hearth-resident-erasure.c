/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Erasing a resident at their request (UK GDPR, article 17).
 *
 * What goes:
 *  - the resident's record, profile and access needs;
 *  - every case they are the only resident of, with its whole timeline,
 *    agreements, spends and money outcomes;
 *  - every entry written about them (resident_id is theirs), on a shared
 *    case or before any case, with its earlier versions and agreements.
 *
 * What is kept: on a case shared with another resident, the entries about
 * the case as a whole (resident_id NULL) and about the other residents stay,
 * since they are the other residents' story. In them, and in the case's
 * title and closing note, their agreements and the earlier versions of
 * those entries, the erased person's name is replaced by "[a resident who
 * asked to be erased]": their full name, their preferred name, and each
 * word of either of three letters or more that is not also part of another
 * resident's name on the case (a family's shared surname stays), matched as
 * whole words, whatever the case of the letters. The same goes for the examples of practice raised
 * about any of their cases, which are a member of staff's record and stay
 * when a case is removed, for the one-to-ones that reflected on any of
 * their cases (locked or not: see migration 7). A rater of a feedback
 * cycle asked as a resident whose name is theirs (full or preferred,
 * whatever its capitals) keeps no name. A one-to-one's links to a case that goes are removed with it.
 *
 * So that no byte of what was removed can be read back: secure_delete is
 * on for the transaction (freed pages and cells are overwritten with
 * zeros), the full-text indexes drop their copies of the words (the
 * triggers delete them, then each index is merged into one new segment so
 * that no old segment keeps a token), and afterwards the write-ahead log is
 * copied into the database file and emptied. The audit trail records only
 * which table and row changed, who and when, never text, so it has nothing
 * to rewrite; its rows of the erasure say that rows went, not what they
 * held.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-backups.h"
#include "hearth-change-util.h"
#include "hearth-erasure-private.h"
#include "hearth-resident-erasure.h"

/* The entries erased with the resident: those on the cases only they are
 * on, and those about them. ?1 is the resident. */
#define ERASED_ENTRIES \
  "SELECT e.id FROM timeline_entries e WHERE e.resident_id = ?1 OR e.case_id IN" \
  " (SELECT r.case_id FROM case_residents r WHERE r.resident_id = ?1 AND NOT EXISTS" \
  "  (SELECT 1 FROM case_residents o WHERE o.case_id = r.case_id AND o.resident_id <> ?1))"

/* The cases they share with someone else. */
#define SHARED_CASES \
  "SELECT r.case_id FROM case_residents r WHERE r.resident_id = ?1 AND EXISTS" \
  " (SELECT 1 FROM case_residents o WHERE o.case_id = r.case_id AND o.resident_id <> ?1)"

#define SOLE_CASES \
  "SELECT r.case_id FROM case_residents r WHERE r.resident_id = ?1 AND NOT EXISTS" \
  " (SELECT 1 FROM case_residents o WHERE o.case_id = r.case_id AND o.resident_id <> ?1)"

/* The entries of a shared case ?1 that stay, when resident ?2 is erased. */
#define KEPT_ENTRIES \
  "SELECT id FROM timeline_entries WHERE case_id = ?1 AND (resident_id IS NULL OR resident_id <> ?2)"

typedef struct {
  GRegex     *regex;
  const char *placeholder;
} Scrubber;

static void
scrubber_clear (Scrubber *scrubber)
{
  g_clear_pointer (&scrubber->regex, g_regex_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scrubber, scrubber_clear)

static gboolean
resident_exists (HearthStore  *store,
                 gint64        resident_id,
                 char        **name,
                 char        **preferred_name,
                 GError      **error)
{
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name, preferred_name FROM residents WHERE id = ?1",
                              "x>ss", resident_id, name, preferred_name))
    return FALSE;

  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("The resident is no longer there; perhaps they were erased "
                                 "in another window"));

  return TRUE;
}

static void
add_words (GPtrArray  *words,
           const char *text)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return;

  parts = g_regex_split_simple ("\\s+", text, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_utf8_casefold (parts[i], -1));
}

static gboolean
words_contain (GPtrArray  *words,
               const char *folded)
{
  for (guint i = 0; i < words->len; i++)
    if (g_strcmp0 (g_ptr_array_index (words, i), folded) == 0)
      return TRUE;

  return FALSE;
}

static gint
by_length_descending (gconstpointer a,
                      gconstpointer b)
{
  gsize la = strlen (*(const char * const *) a);
  gsize lb = strlen (*(const char * const *) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

/* What takes the resident's name out of the text of a case they share
 * with the residents of @shared_cases (the rule is above). */
static gboolean
scrubber_init (Scrubber     *scrubber,
               HearthStore  *store,
               gint64        resident_id,
               const char   *name,
               const char   *preferred_name,
               GError      **error)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) pattern = g_string_new ("(?<!\\w)(?:");
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT DISTINCT p.name, p.preferred_name FROM residents p"
                             " JOIN case_residents o ON o.resident_id = p.id"
                             " JOIN case_residents r ON r.case_id = o.case_id"
                             " WHERE r.resident_id = ?1 AND p.id <> ?1",
                             "x", resident_id);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    {
      add_words (others, (const char *) sqlite3_column_text (stmt, 0));
      add_words (others, (const char *) sqlite3_column_text (stmt, 1));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_ptr_array_add (terms, g_strstrip (g_strdup (name)));
  if (preferred_name != NULL && !hearth_text_is_blank (preferred_name))
    g_ptr_array_add (terms, g_strstrip (g_strdup (preferred_name)));

  add_words (words, name);
  add_words (words, preferred_name);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (g_utf8_strlen (word, -1) >= 3 && !words_contain (others, word))
        g_ptr_array_add (terms, g_strdup (word));
    }

  /* The longest first, so that the full name goes as one. */
  g_ptr_array_sort (terms, by_length_descending);
  for (guint i = 0; i < terms->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (g_ptr_array_index (terms, i), -1);

      if (i > 0)
        g_string_append_c (pattern, '|');
      g_string_append (pattern, escaped);
    }
  g_string_append (pattern, ")(?!\\w)");

  scrubber->regex = g_regex_new (pattern->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, error);
  scrubber->placeholder = _("[a resident who asked to be erased]");

  return scrubber->regex != NULL;
}

/* @text with the name taken out, cut to @max characters, or NULL when the
 * name is not in it. */
static char *
scrub (Scrubber   *scrubber,
       const char *text,
       glong       max)
{
  g_autofree char *replaced = NULL;

  if (text == NULL || !g_regex_match (scrubber->regex, text, 0, NULL))
    return NULL;

  replaced = g_regex_replace_literal (scrubber->regex, text, -1, 0, scrubber->placeholder, 0,
                                      NULL);
  if (replaced == NULL)
    return NULL;
  if (max > 0 && g_utf8_strlen (replaced, -1) > max)
    return g_utf8_substring (replaced, 0, max);

  return g_steal_pointer (&replaced);
}

/* Takes the name out of up to three text columns of some rows of @table:
 * @select reads the row id and the columns, from the parameters ?1 and ?2
 * (@a and @b); @update writes them, ?1 the row id and ?2… the texts.
 * @limits are the columns' lengths in characters (0 for none). Counts the
 * rows changed in @changed when it is not NULL; with @dry_run, writes
 * nothing. */
static gboolean
scrub_rows (HearthStore  *store,
            Scrubber     *scrubber,
            const char   *table,
            const char   *select,
            gint64        a,
            gint64        b,
            const char   *update,
            guint         n_columns,
            const glong  *limits,
            gboolean      dry_run,
            guint        *changed,
            GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_assert (n_columns == 2 || n_columns == 3);

  /* Read first, then write: the rows are not changed under the reader. */
  stmt = hearth_store_query (store, error, select, "xx", a, b);
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    {
      gboolean any = FALSE;
      char *scrubbed[3] = { NULL, };
      gint64 id = sqlite3_column_int64 (stmt, 0);

      for (guint i = 0; i < n_columns; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i + 1);

          scrubbed[i] = scrub (scrubber, text, limits[i]);
          any = any || scrubbed[i] != NULL;
          if (scrubbed[i] == NULL)
            scrubbed[i] = g_strdup (text != NULL ? text : "");
        }

      if (!any)
        {
          for (guint i = 0; i < n_columns; i++)
            g_free (scrubbed[i]);
          continue;
        }

      g_array_append_val (ids, id);
      for (guint i = 0; i < n_columns; i++)
        g_ptr_array_add (texts, scrubbed[i]);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (changed != NULL)
    *changed += ids->len;
  if (dry_run)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      char **row = (char **) &texts->pdata[i * n_columns];
      gint64 written;

      if (n_columns == 2)
        written = hearth_store_write (store, error, table, HEARTH_CHANGE_UPDATE, id, update,
                                      "xss", id, row[0], row[1]);
      else
        written = hearth_store_write (store, error, table, HEARTH_CHANGE_UPDATE, id, update,
                                      "xsss", id, row[0], row[1], row[2]);
      if (written == 0)
        return FALSE;
    }

  return TRUE;
}

/* Takes the name out of the examples of practice raised about a case:
 * they are the member of staff's, and outlive a case that is removed. */
static gboolean
scrub_examples (HearthStore  *store,
                Scrubber     *scrubber,
                gint64        case_id,
                GError      **error)
{
  static const glong example_limits[] = { 10000, 200, 10000 };

  return scrub_rows (store, scrubber, "practice_examples",
                     "SELECT id, text, escalated_to, outcome FROM practice_examples"
                     " WHERE case_id = ?1 AND ?2 > 0",
                     case_id, 1,
                     "UPDATE practice_examples SET text = ?2, escalated_to = ?3,"
                     " outcome = ?4 WHERE id = ?1",
                     3, example_limits, FALSE, NULL, error);
}

/* Takes the name out of what a shared case keeps; see the rule above. */
static gboolean
scrub_shared_case (HearthStore  *store,
                   Scrubber     *scrubber,
                   gint64        case_id,
                   gint64        resident_id,
                   gboolean      dry_run,
                   guint        *renamed,
                   GError      **error)
{
  static const glong entry_limits[] = { 200, 100000, 200 };
  static const glong version_limits[] = { 0, 0, 0 };
  static const glong item_limits[] = { 500, 200, 1000 };
  static const glong case_limits[] = { 200, 10000 };

  return scrub_rows (store, scrubber, "timeline_entries",
                     "SELECT id, summary, body, spend_for FROM timeline_entries"
                     " WHERE case_id = ?1 AND (resident_id IS NULL OR resident_id <> ?2)",
                     case_id, resident_id,
                     "UPDATE timeline_entries SET summary = ?2, body = ?3, spend_for = ?4"
                     " WHERE id = ?1",
                     3, entry_limits, dry_run, renamed, error) &&
         (dry_run ||
          (scrub_rows (store, scrubber, "timeline_entry_versions",
                       "SELECT id, summary, body, spend_for FROM timeline_entry_versions"
                       " WHERE entry_id IN (" KEPT_ENTRIES ")",
                       case_id, resident_id,
                       "UPDATE timeline_entry_versions SET summary = ?2, body = ?3,"
                       " spend_for = ?4 WHERE id = ?1",
                       3, version_limits, FALSE, NULL, error) &&
           scrub_rows (store, scrubber, "agreement_items",
                       "SELECT id, text, owner_name, dropped_reason FROM agreement_items"
                       " WHERE entry_id IN (" KEPT_ENTRIES ")",
                       case_id, resident_id,
                       "UPDATE agreement_items SET text = ?2, owner_name = ?3,"
                       " dropped_reason = ?4 WHERE id = ?1",
                       3, item_limits, FALSE, NULL, error) &&
           scrub_rows (store, scrubber, "cases",
                       "SELECT id, title, closing_note FROM cases WHERE id = ?1 AND ?2 > 0",
                       case_id, resident_id,
                       "UPDATE cases SET title = ?2, closing_note = ?3 WHERE id = ?1",
                       2, case_limits, FALSE, NULL, error) &&
           scrub_examples (store, scrubber, case_id, error)));
}

/* The one-to-ones that reflected on one of the cases of resident ?1
 * (?2 is unused, for scrub_rows()). */
#define THEIR_ONE_TO_ONES \
  "SELECT id, going_well, been_hard, reflection FROM supervisions WHERE ?2 = ?2 AND" \
  " (id IN (SELECT l.supervision_id FROM supervision_case_links l JOIN case_residents r" \
  "   ON r.case_id = l.case_id WHERE r.resident_id = ?1)" \
  "  OR reflection_case_id IN (SELECT case_id FROM case_residents WHERE resident_id = ?1))"

/* Takes their name out of the one-to-ones about their cases. */
static gboolean
scrub_one_to_ones (HearthStore  *store,
                   Scrubber     *scrubber,
                   gint64        resident_id,
                   gboolean      dry_run,
                   guint        *renamed,
                   GError      **error)
{
  static const glong supervision_limits[] = { 10000, 10000, 10000 };

  return scrub_rows (store, scrubber, "supervisions", THEIR_ONE_TO_ONES, resident_id, 0,
                     "UPDATE supervisions SET going_well = ?2, been_hard = ?3, reflection = ?4"
                     " WHERE id = ?1",
                     3, supervision_limits, dry_run, renamed, error);
}

/* @text casefolded, with its runs of white space as single spaces and none
 * at either end, so that names compare as a person reads them. */
static char *
fold_name (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", g_strstrip (folded), 0, 0);

  return g_strjoinv (" ", words);
}

/* Empties the name of the raters asked as a resident whose name is
 * theirs: their full or preferred name, whatever its capitals and spaces.
 * A rater who only shares a word of it (a surname) is someone else. */
static gboolean
scrub_raters (HearthStore  *store,
              const char   *name,
              const char   *preferred_name,
              gboolean      dry_run,
              guint        *count,
              GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *full = fold_name (name);
  g_autofree char *preferred = fold_name (preferred_name);
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT id, name FROM feedback_raters"
                             " WHERE relationship = 'resident' AND name <> ''", "");
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    {
      g_autofree char *rater = fold_name ((const char *) sqlite3_column_text (stmt, 1));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (g_str_equal (rater, full) || (preferred[0] != '\0' && g_str_equal (rater, preferred)))
        g_array_append_val (ids, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *count = ids->len;
  if (dry_run)
    return TRUE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_UPDATE, id,
                              "UPDATE feedback_raters SET name = '' WHERE id = ?1",
                              "x", id) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
count_profile_fields (HearthStore  *store,
                      gint64        resident_id,
                      guint        *count,
                      GError      **error)
{
  gint64 n = 0;

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT (name <> '') + (preferred_name <> '') + (pronouns <> '')"
                              " + (household <> '') + (tenancy_ref <> '') + (area <> '')"
                              " + (address <> '') + (phone <> '') + (email <> '')"
                              " + (contact_preference <> '') + (what_matters <> '')"
                              " + (strengths <> '') + (good_life <> '') + (together <> '')"
                              " + (SELECT count (*) FROM resident_access_needs"
                              "    WHERE resident_id = ?1)"
                              " FROM residents WHERE id = ?1",
                              "x>x", resident_id, &n))
    return FALSE;

  *count = (guint) n;
  return TRUE;
}

/* Counts, and with @dry_run FALSE takes the name out of the shared cases. */
static gboolean
go_through (HearthStore          *store,
            gint64                resident_id,
            gboolean              dry_run,
            HearthErasureCounts  *counts,
            GError              **error)
{
  g_autofree char *name = NULL;
  g_autofree char *preferred_name = NULL;
  g_autoptr(GArray) shared = NULL;
  g_autoptr(GArray) sole = NULL;
  g_auto(Scrubber) scrubber = { NULL, };
  gint64 cases = 0, entries = 0, agreements = 0, spends = 0, money = 0, links = 0;

  *counts = (HearthErasureCounts) { 0, };

  if (!resident_exists (store, resident_id, &name, &preferred_name, error) ||
      !scrubber_init (&scrubber, store, resident_id, name, preferred_name, error) ||
      !count_profile_fields (store, resident_id, &counts->profile_fields, error) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT (SELECT count (*) FROM (" SOLE_CASES ")),"
                              " (SELECT count (*) FROM (" ERASED_ENTRIES ")),"
                              " (SELECT count (*) FROM agreement_items WHERE entry_id IN"
                              "   (" ERASED_ENTRIES ")),"
                              " (SELECT count (*) FROM timeline_entries WHERE kind = 'spend'"
                              "   AND id IN (" ERASED_ENTRIES ")),"
                              " (SELECT count (*) FROM timeline_entries"
                              "   WHERE kind = 'money-outcome' AND id IN (" ERASED_ENTRIES "))",
                              "x>xxxxx", resident_id, &cases, &entries, &agreements, &spends,
                              &money) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT count (*) FROM supervision_case_links"
                              " WHERE case_id IN (" SOLE_CASES ")",
                              "x>x", resident_id, &links))
    return FALSE;

  counts->links = (guint) links;

  counts->cases = (guint) cases;
  counts->entries = (guint) entries;
  counts->agreements = (guint) agreements;
  counts->spends = (guint) spends;
  counts->money_outcomes = (guint) money;

  shared = hearth_store_read_ids (store, error, SHARED_CASES, "x", resident_id);
  if (shared == NULL)
    return FALSE;
  counts->shared_cases = shared->len;

  for (guint i = 0; i < shared->len; i++)
    if (!scrub_shared_case (store, &scrubber, g_array_index (shared, gint64, i), resident_id,
                            dry_run, &counts->renamed, error))
      return FALSE;

  /* Before the cases go, while the links still say which they are. */
  if (!scrub_one_to_ones (store, &scrubber, resident_id, dry_run, &counts->one_to_ones, error) ||
      !scrub_raters (store, name, preferred_name, dry_run, &counts->raters, error))
    return FALSE;

  if (dry_run)
    return TRUE;

  sole = hearth_store_read_ids (store, error, SOLE_CASES, "x", resident_id);
  if (sole == NULL)
    return FALSE;
  for (guint i = 0; i < sole->len; i++)
    if (!scrub_examples (store, &scrubber, g_array_index (sole, gint64, i), error))
      return FALSE;

  return TRUE;
}

gboolean
hearth_resident_erasure_count (HearthStore          *store,
                               gint64                resident_id,
                               HearthErasureCounts  *counts,
                               GError              **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return go_through (store, resident_id, TRUE, counts, error);
}

/* Turns secure_delete on for the erasure, and back as it was afterwards. */
gboolean
hearth_erasure_begin (HearthStore  *store,
                      int          *was,
                      GError      **error)
{
  *was = 0;
  return hearth_store_read_row (store, NULL, error, "PRAGMA secure_delete", ">i", was) &&
         hearth_store_exec (store, "PRAGMA secure_delete = ON", error);
}

void
hearth_erasure_end (HearthStore *store,
                    int          was,
                    gboolean     done)
{
  g_autoptr(GError) error = NULL;

  if (was != 1)
    {
      /* A number from SQLite itself, not from anyone's typing. */
      g_autofree char *sql = g_strdup_printf ("PRAGMA secure_delete = %d", was);

      if (!hearth_store_exec (store, sql, &error))
        g_debug ("Could not set secure_delete back: %s", error->message);
      g_clear_error (&error);
    }

  if (!done)
    return;

  /* The log still holds the pages as they were before; copy the new ones
   * into the file and empty it. When another reader keeps that from
   * happening now, the store tries again after each commit. */
  if (!hearth_store_truncate_wal (store))
    g_debug ("The write-ahead log could not be emptied yet after an erasure");

  /* Backups made before still hold what was erased: they are replaced by
   * one of the records as they are now. The erasure itself stands. */
  if (!hearth_backups_replace_all (store, &error))
    g_warning ("The backups could not be replaced after an erasure: %s", error->message);
}

gboolean
hearth_erasure_delete_rows (HearthStore  *store,
                            GArray       *ids,
                            const char   *table,
                            const char   *sql,
                            GError      **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (hearth_store_write (store, error, table, HEARTH_CHANGE_DELETE, id, sql, "x", id) == 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
hearth_erasure_delete_cases (HearthStore  *store,
                             GArray       *cases,
                             GError      **error)
{
  for (guint i = 0; i < cases->len; i++)
    {
      gint64 case_id = g_array_index (cases, gint64, i);
      g_autoptr(GArray) links = NULL;
      g_autoptr(GArray) entries = NULL;

      /* The links first, so that the one-to-ones hear that they went. */
      links = hearth_store_read_ids (store, error,
                                     "SELECT id FROM supervision_case_links WHERE case_id = ?1",
                                     "x", case_id);
      entries = links == NULL ? NULL :
        hearth_store_read_ids (store, error,
                               "SELECT id FROM timeline_entries WHERE case_id = ?1",
                               "x", case_id);
      if (entries == NULL ||
          !hearth_erasure_delete_rows (store, links, "supervision_case_links",
                                       "DELETE FROM supervision_case_links WHERE id = ?1",
                                       error) ||
          !hearth_erasure_delete_rows (store, entries, "timeline_entries",
                                       "DELETE FROM timeline_entries WHERE id = ?1", error) ||
          hearth_store_write (store, error, "cases", HEARTH_CHANGE_DELETE, case_id,
                              "DELETE FROM cases WHERE id = ?1", "x", case_id) == 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
hearth_erasure_clean_indexes (HearthStore  *store,
                              GError      **error)
{
  /* Upkeep of the full-text indexes rather than a change of records: each
   * is merged into one new segment, so that no older segment still holds a
   * token of what was deleted (their pages are freed, and zeroed). */
  return hearth_store_exec (store,
                            "INSERT INTO residents_fts (residents_fts) VALUES ('optimize');"
                            "INSERT INTO cases_fts (cases_fts) VALUES ('optimize');"
                            "INSERT INTO timeline_words_fts (timeline_words_fts) VALUES ('optimize');",
                            error);
}

/* Marks the transaction as an erasure, which alone may take a name out of
 * a locked one-to-one (migration 7). */
static gboolean
mark_erasing (HearthStore  *store,
              gboolean      erasing,
              GError      **error)
{
  if (erasing)
    return hearth_store_run_sql (store, error,
                                 "INSERT OR REPLACE INTO hearth_meta (key, value)"
                                 " VALUES ('erasing', '1')", "");

  return hearth_store_run_sql (store, error, "DELETE FROM hearth_meta WHERE key = 'erasing'", "");
}

gboolean
hearth_erasure_erase_resident (HearthStore  *store,
                               gint64        resident_id,
                               GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GArray) sole = NULL;
  g_autoptr(GArray) shared = NULL;
  g_autofree char *name = NULL;
  g_autofree char *preferred_name = NULL;
  HearthErasureCounts counts;

  /* Refused before a row is written, when they are not there. */
  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !resident_exists (store, resident_id, &name, &preferred_name, error) ||
      !mark_erasing (store, TRUE, error) ||
      !go_through (store, resident_id, FALSE, &counts, error))
    return FALSE;

  entries = hearth_store_read_ids (store, error, ERASED_ENTRIES, "x", resident_id);
  sole = entries == NULL ? NULL : hearth_store_read_ids (store, error, SOLE_CASES, "x",
                                                         resident_id);
  shared = sole == NULL ? NULL : hearth_store_read_ids (store, error, SHARED_CASES, "x",
                                                        resident_id);
  if (shared == NULL)
    return FALSE;

  /* The entries one by one, so that each one's triggers take its words out
   * of the full-text index; their versions and agreements go with them. */
  if (!hearth_erasure_delete_rows (store, entries, "timeline_entries",
                                   "DELETE FROM timeline_entries WHERE id = ?1", error) ||
      !hearth_erasure_delete_cases (store, sole, error))
    return FALSE;

  for (guint i = 0; i < shared->len; i++)
    {
      gint64 case_id = g_array_index (shared, gint64, i);

      if (hearth_store_write (store, error, "case_residents", HEARTH_CHANGE_DELETE, case_id,
                              "DELETE FROM case_residents WHERE case_id = ?1"
                              " AND resident_id = ?2", "xx", case_id, resident_id) == 0)
        return FALSE;
    }

  if (hearth_store_write (store, error, "residents", HEARTH_CHANGE_DELETE, resident_id,
                          "DELETE FROM residents WHERE id = ?1", "x", resident_id) == 0)
    return FALSE;

  if (!hearth_erasure_clean_indexes (store, error) || !mark_erasing (store, FALSE, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_resident_erase (HearthStore  *store,
                       gint64        resident_id,
                       GError      **error)
{
  gboolean done;
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hearth_store_is_read_only (store))
    return hearth_refuse_with (error, HEARTH_ERROR_READ_ONLY,
                               _("This database is open for reading only, so the resident "
                                 "was not erased"));

  if (!hearth_erasure_begin (store, &was, error))
    return FALSE;

  done = hearth_erasure_erase_resident (store, resident_id, error);
  hearth_erasure_end (store, was, done);

  return done;
}
