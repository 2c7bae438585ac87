/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to 360° feedback: the frameworks and their rules, cycles and their
 * raters, drafts and sending answers, and that the database file itself
 * holds no link from a response to the rater who sent it; and the lists
 * the screens show them in. Refusals write nothing, and say what to do in
 * plain words.
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "hearth-behaviour.h"
#include "hearth-feedback-changes.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-rater.h"
#include "hearth-framework-changes.h"
#include "hearth-framework.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM   1   /* the supervisor */
#define PRIYA 2
#define TOMASZ 3
#define GRACE 4
#define FATIMA 5
#define KWAME 6

typedef struct {
  char        *dir;
  char        *path;
  HearthStore *store;
} Fixture;

#define query(fixture, ...) hearth_test_query_intf ((fixture)->store, __VA_ARGS__)
#define query_text(fixture, ...) hearth_test_query_textf ((fixture)->store, __VA_ARGS__)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (fixture->store, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah'),"
    "  (3, 'Tomasz Nowak'), (4, 'Grace Adeyemi'), (5, 'Fatima Begum'), (6, 'Kwame Mensah');"
    "UPDATE staff SET supervisor_id = 1 WHERE id <> 1;",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Every row of every table that people's changes reach, and the audit
 * trail, as one count: a refusal must leave it as it was. */
static gint64
count_rows (Fixture *fixture)
{
  return query (fixture, "SELECT (SELECT count (*) FROM frameworks) + (SELECT count (*) FROM"
                         " behaviours) + (SELECT count (*) FROM descriptors) + (SELECT count (*)"
                         " FROM scale_points) + (SELECT count (*) FROM feedback_cycles) +"
                         " (SELECT count (*) FROM feedback_raters) + (SELECT count (*) FROM"
                         " feedback_responses) + (SELECT count (*) FROM feedback_ratings) +"
                         " (SELECT count (*) FROM feedback_drafts) + (SELECT count (*) FROM"
                         " feedback_draft_ratings) + (SELECT count (*) FROM audit_log)");
}

/* A fingerprint of the feedback tables' contents, to show a refusal changed
 * nothing. */
static char *
dup_contents (Fixture *fixture)
{
  return query_text (fixture,
                     "SELECT group_concat (x, '|') FROM ("
                     " SELECT id || name || archived || kind || description AS x FROM frameworks"
                     " UNION ALL SELECT id || name || meaning || position || coalesce (removed_at, '-')"
                     "  FROM behaviours"
                     " UNION ALL SELECT behaviour_id || position || text FROM descriptors"
                     " UNION ALL SELECT framework_id || value || label FROM scale_points"
                     " UNION ALL SELECT id || title || coalesce (closed_at, '-') ||"
                     "  coalesce (released_at, '-') || min_other || min_comments FROM feedback_cycles"
                     " UNION ALL SELECT id || status || relationship || token_used FROM feedback_raters"
                     " UNION ALL SELECT count (*) FROM audit_log)");
}

/* The refusal of @call, which must fail with @code and change nothing;
 * g_error_free() it. Uses the name "error_ptr" for its GError **. */
#define REFUSED(fixture, call, code) ({                                 \
    g_autoptr(GError) refused_error = NULL;                             \
    g_autofree char *refused_before = dup_contents (fixture);           \
    g_autofree char *refused_after = NULL;                              \
    gint64 refused_rows = count_rows (fixture);                         \
    GError **error_ptr = &refused_error;                                \
                                                                        \
    g_assert_false ((call) != 0);                                       \
    g_assert_error (refused_error, HEARTH_ERROR, (code));               \
    g_test_message ("Refused: %s", refused_error->message);             \
    refused_after = dup_contents (fixture);                             \
    g_assert_cmpstr (refused_after, ==, refused_before);                \
    g_assert_cmpint (count_rows (fixture), ==, refused_rows);           \
    (void) error_ptr;                                                   \
    g_steal_pointer (&refused_error);                                   \
  })

/* @n characters of text in several scripts: Latin with accents, emoji with
 * a skin tone, Arabic and Hebrew, with no line break and no space at
 * either end. */
static char *
make_text (glong n)
{
  static const gunichar chars[] = {
    'a', 0xe9, 0x1f44b, 0x1f3fd, 0x645, 0x631, 0x62d, 0x628, 0x627, ' ', 0x5e9, 0x5dc, 0x5d5,
    0x5dd, 'z',
  };
  GString *text = g_string_new (NULL);

  for (glong i = 0; i < n; i++)
    {
      gunichar c = chars[i % G_N_ELEMENTS (chars)];

      if ((i == 0 || i == n - 1) && c == ' ')
        c = 'x';
      g_string_append_unichar (text, c);
    }

  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, n);
  return g_string_free (text, FALSE);
}

/* A cycle using @framework_id, put straight into the database. */
static gint64
insert_cycle (Fixture    *fixture,
              gint64      framework_id,
              gint64      subject_id,
              const char *title,
              const char *opens_on)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_run_sql (fixture->store, &error,
                                       "INSERT INTO feedback_cycles (subject_id, framework_id,"
                                       " title, opens_on, closes_on, supervisor_id, secret)"
                                       " VALUES (?1, ?2, ?3, ?4, '2099-01-01', 1, 'x')",
                                       "xxss", subject_id, framework_id, title, opens_on));
  g_assert_no_error (error);
  return hearth_store_last_insert_id (fixture->store);
}

static char *
dup_behaviour_names (Fixture *fixture,
                     gint64   framework_id)
{
  return query_text (fixture, "SELECT coalesce (group_concat (name, '|'), '') FROM (SELECT name"
                              " FROM behaviours WHERE framework_id = %" G_GINT64_FORMAT
                              " AND removed_at IS NULL ORDER BY position)", framework_id);
}

static char *
dup_descriptors (Fixture *fixture,
                 gint64   behaviour_id)
{
  return query_text (fixture, "SELECT coalesce (group_concat (text, char (10)), '') FROM (SELECT"
                              " text FROM descriptors WHERE behaviour_id = %" G_GINT64_FORMAT
                              " ORDER BY position)", behaviour_id);
}

static gint64
framework_named (Fixture    *fixture,
                 const char *name)
{
  return query (fixture, "SELECT id FROM frameworks WHERE name = '%s'", name);
}

/* --- Frameworks ------------------------------------------------------------ */

static void
test_framework_create (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = make_text (HEARTH_FRAMEWORK_NAME_MAX);
  g_autofree char *too_long = make_text (HEARTH_FRAMEWORK_NAME_MAX + 1);
  g_autofree char *stored = NULL;
  g_auto(GStrv) scale = NULL;
  gint64 id;

  /* No name, or only space, is refused, as is a name one character too
   * long. */
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, "", 0, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, " \t\n ", 0, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, NULL, 0, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, too_long, 0, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, "Ours\xff", 0,
                                                           error_ptr),
                         HEARTH_ERROR_INVALID));

  /* The longest name, in any script, is kept as typed, trimmed. */
  id = hearth_framework_create (fixture->store, long_name, HEARTH_FRAMEWORK_VALUES, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  stored = query_text (fixture, "SELECT name FROM frameworks WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (stored, ==, long_name);
  g_assert_cmpint (query (fixture, "SELECT kind = 'values' AND archived = 0 AND created_by = 1"
                                   " AND created_at = %" G_GINT64_FORMAT " FROM frameworks"
                                   " WHERE id = %" G_GINT64_FORMAT, NOW, id), ==, 1);

  /* A new framework is on the default scale, with no behaviours yet. */
  scale = hearth_framework_dup_scale (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (scale), ==, 5);
  g_assert_cmpstr (scale[0], ==, "Not yet seen");
  g_assert_cmpstr (scale[4], ==, "A role model");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM behaviours WHERE framework_id = %"
                                   G_GINT64_FORMAT, id), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log WHERE table_name = 'frameworks'"
                                   " AND row_id = %" G_GINT64_FORMAT " AND staff_id = 1", id), ==, 1);

  id = hearth_framework_create (fixture->store, "  Ways we work  ", HEARTH_FRAMEWORK_BEHAVIOURS,
                                &error);
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_free);
  stored = query_text (fixture, "SELECT name FROM frameworks WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (stored, ==, "Ways we work");
}

/* Names differ by more than case, surrounding space or how an accent is
 * composed. */
static void
test_framework_duplicate_names (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *same[] = { "Our values", "our VALUES", "  Our values ", "OUR VALUES\t" };
  gint64 cafe, other;

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GError) refused = REFUSED (fixture, hearth_framework_create (fixture->store,
                                                                             same[i], 0, error_ptr),
                                           HEARTH_ERROR_INVALID);

      g_assert_nonnull (strstr (refused->message, "Our values"));
    }

  cafe = hearth_framework_create (fixture->store, "Caf\xc3\xa9 values", 0, &error);
  g_assert_no_error (error);
  g_error_free (REFUSED (fixture, hearth_framework_create (fixture->store, "CAFE\xcc\x81 values",
                                                           0, error_ptr),
                         HEARTH_ERROR_INVALID));

  /* Renaming follows the same rule, but a framework may change the case of
   * its own name. */
  other = hearth_framework_create (fixture->store, "Other", 0, &error);
  g_assert_no_error (error);
  g_error_free (REFUSED (fixture, hearth_framework_rename (fixture->store, other, "café VALUES",
                                                           error_ptr),
                         HEARTH_ERROR_INVALID));
  g_assert_true (hearth_framework_rename (fixture->store, cafe, "CAF\xc3\x89 VALUES", &error));
  g_assert_no_error (error);
  g_error_free (REFUSED (fixture, hearth_framework_rename (fixture->store, other, " ", error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_rename (fixture->store, 9999, "Gone",
                                                           error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
}

/* The shipped frameworks' behaviours, and one added, removed and restored
 * in its place, moved about, and renamed. */
static void
test_behaviours (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gint64 values = framework_named (fixture, "Our values");
  gint64 curious, human;

  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Professional|Human|Accountable|Empathic");

  curious = hearth_framework_add_behaviour (fixture->store, values, "  Curious ",
                                            " Asks why, and listens to the answer. ",
                                            "Asks open questions\n\n  Tries new ways  \n", &error);
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Professional|Human|Accountable|Empathic|Curious");
  g_clear_pointer (&names, g_free);
  names = query_text (fixture, "SELECT meaning FROM behaviours WHERE id = %" G_GINT64_FORMAT,
                      curious);
  g_assert_cmpstr (names, ==, "Asks why, and listens to the answer.");
  g_clear_pointer (&names, g_free);
  names = dup_descriptors (fixture, curious);
  g_assert_cmpstr (names, ==, "Asks open questions\nTries new ways");

  /* No name, another behaviour's name, a meaning of two lines or one
   * character too many. */
  g_error_free (REFUSED (fixture, hearth_framework_add_behaviour (fixture->store, values, "  ", "",
                                                                  "", error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_add_behaviour (fixture->store, values, "HUMAN ",
                                                                  "", "", error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_add_behaviour (fixture->store, values, "Kind",
                                                                  "Kind\nto all", "", error_ptr),
                         HEARTH_ERROR_INVALID));
  {
    g_autofree char *meaning = make_text (HEARTH_BEHAVIOUR_MEANING_MAX + 1);

    g_error_free (REFUSED (fixture, hearth_framework_add_behaviour (fixture->store, values, "Kind",
                                                                    meaning, "", error_ptr),
                           HEARTH_ERROR_INVALID));
  }
  g_error_free (REFUSED (fixture, hearth_framework_add_behaviour (fixture->store, 9999, "Kind", "",
                                                                  "", error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
  human = query (fixture, "SELECT id FROM behaviours WHERE name = 'Human'");
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, human,
                                                                     "curious", "", "", error_ptr),
                         HEARTH_ERROR_INVALID));

  /* Moving: to the top, down one, past the end. */
  g_assert_true (hearth_framework_move_behaviour (fixture->store, curious, 0, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Curious|Ambitious|Professional|Human|Accountable|Empathic");
  g_assert_true (hearth_framework_move_behaviour (fixture->store, curious, 1, &error));
  g_assert_true (hearth_framework_move_behaviour (fixture->store, human, 100, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Curious|Professional|Accountable|Empathic|Human");
  g_assert_cmpint (query (fixture, "SELECT group_concat (position) = '0,1,2,3,4,5' FROM (SELECT"
                                   " position FROM behaviours WHERE framework_id = %" G_GINT64_FORMAT
                                   " ORDER BY position)", values), ==, 1);

  /* Removed, it leaves the list; restored, it is back in its place. */
  g_assert_true (hearth_framework_remove_behaviour (fixture->store, curious, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Professional|Accountable|Empathic|Human");
  g_assert_true (hearth_framework_restore_behaviour (fixture->store, curious, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Curious|Professional|Accountable|Empathic|Human");
  g_error_free (REFUSED (fixture, hearth_framework_remove_behaviour (fixture->store, 9999,
                                                                     error_ptr),
                         HEARTH_ERROR_NOT_FOUND));

  /* A removed behaviour's name can be used again: the new one takes it. */
  g_assert_true (hearth_framework_remove_behaviour (fixture->store, curious, &error));
  g_assert_cmpint (hearth_framework_add_behaviour (fixture->store, values, "curious", "", "",
                                                   &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_behaviour_names (fixture, values);
  g_assert_cmpstr (names, ==, "Ambitious|Professional|Accountable|Empathic|Human|curious");

  /* Renaming and rewording. */
  g_assert_true (hearth_framework_update_behaviour (fixture->store, human, "Human ", "Warm.",
                                                    "One\nTwo", &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_descriptors (fixture, human);
  g_assert_cmpstr (names, ==, "One\nTwo");
}

/* Long text in any script is kept exactly; one character more, or text
 * that is not UTF-8, is refused. */
static void
test_framework_texts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) descriptors = g_string_new (NULL);
  g_autofree char *description = make_text (HEARTH_FRAMEWORK_DESCRIPTION_MAX);
  g_autofree char *too_long = make_text (HEARTH_FRAMEWORK_DESCRIPTION_MAX + 1);
  g_autofree char *stored = NULL;
  g_autofree char *longest_line = make_text (HEARTH_DESCRIPTOR_MAX);
  g_autofree char *long_line = make_text (HEARTH_DESCRIPTOR_MAX + 1);
  gint64 values = framework_named (fixture, "Our values");
  gint64 behaviour;

  g_assert_true (hearth_framework_set_description (fixture->store, values, description, &error));
  g_assert_no_error (error);
  stored = query_text (fixture, "SELECT description FROM frameworks WHERE id = %" G_GINT64_FORMAT,
                       values);
  g_assert_cmpstr (stored, ==, description);
  g_error_free (REFUSED (fixture, hearth_framework_set_description (fixture->store, values,
                                                                    too_long, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_description (fixture->store, values,
                                                                    "Caf\xc3", error_ptr),
                         HEARTH_ERROR_INVALID));

  /* Descriptors of 10,000 characters in all: the longest line a
   * descriptor may have, then nine lines of 999. */
  g_string_append (descriptors, longest_line);
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *line = make_text (HEARTH_DESCRIPTOR_MAX - 1);

      g_string_append_c (descriptors, '\n');
      g_string_append (descriptors, line);
    }
  g_assert_cmpint (g_utf8_strlen (descriptors->str, -1), ==, HEARTH_BEHAVIOUR_DESCRIPTORS_MAX);
  behaviour = hearth_framework_add_behaviour (fixture->store, values, "שלום 👋🏽", "مرحبا 👋🏽",
                                              descriptors->str, &error);
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_free);
  stored = dup_descriptors (fixture, behaviour);
  g_assert_cmpstr (stored, ==, descriptors->str);
  g_clear_pointer (&stored, g_free);
  stored = query_text (fixture, "SELECT name || '|' || meaning FROM behaviours WHERE id = %"
                                G_GINT64_FORMAT, behaviour);
  g_assert_cmpstr (stored, ==, "שלום 👋🏽|مرحبا 👋🏽");

  g_string_append_c (descriptors, 'x');
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, behaviour,
                                                                     "Kind", "",
                                                                     descriptors->str, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, behaviour,
                                                                     "Kind", "", long_line,
                                                                     error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, behaviour,
                                                                     "Kind", "", "Fine\n\xc0\x80",
                                                                     error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, behaviour,
                                                                     "Ki\xffnd", "", "",
                                                                     error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_update_behaviour (fixture->store, behaviour,
                                                                     "Kind", "\xed\xa0\x80", "",
                                                                     error_ptr),
                         HEARTH_ERROR_INVALID));
}

static void
test_scale (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *none[] = { NULL };
  const char *one[] = { "Yes", NULL };
  const char *blank[] = { "Never", "  ", "Always", NULL };
  const char *eleven[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", NULL };
  const char *ten[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", NULL };
  const char *two[] = { " Not yet ", "👋🏽 Yes", NULL };
  const char *bad[] = { "Fine", "Bad \xfe", NULL };
  g_auto(GStrv) scale = NULL;
  gint64 id;

  id = hearth_framework_create (fixture->store, "Scales", 0, &error);
  g_assert_no_error (error);

  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, none, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, NULL, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, one, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, blank, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, eleven,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_framework_set_scale (fixture->store, id, bad, error_ptr),
                         HEARTH_ERROR_INVALID));

  g_assert_true (hearth_framework_set_scale (fixture->store, id, ten, &error));
  g_assert_no_error (error);
  scale = hearth_framework_dup_scale (fixture->store, id, &error);
  g_assert_cmpuint (g_strv_length (scale), ==, 10);
  g_assert_cmpstr (scale[9], ==, "10");
  g_clear_pointer (&scale, g_strfreev);

  g_assert_true (hearth_framework_set_scale (fixture->store, id, two, &error));
  g_assert_no_error (error);
  scale = hearth_framework_dup_scale (fixture->store, id, &error);
  g_assert_cmpuint (g_strv_length (scale), ==, 2);
  g_assert_cmpstr (scale[0], ==, "Not yet");
  g_assert_cmpstr (scale[1], ==, "👋🏽 Yes");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM scale_points"
                                   " WHERE framework_id = %" G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT max (value) FROM scale_points"
                                   " WHERE framework_id = %" G_GINT64_FORMAT, id), ==, 2);
}

/* While a cycle uses a framework, its behaviours cannot be removed nor its
 * scale given another number of points; the refusal names the cycles and
 * says to duplicate the framework. Rewording stays allowed. */
static void
test_framework_in_use (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refused = NULL;
  g_auto(GStrv) cycles = NULL;
  g_auto(GStrv) scale = NULL;
  g_autofree char *names = NULL;
  const char *four[] = { "Rarely", "Sometimes", "Often", "Always", NULL };
  const char *five[] = { "Not yet", "Sometimes", "Often", "Mostly", "Always", NULL };
  gint64 framework = framework_named (fixture, "High performance behaviours");
  gint64 empathy = query (fixture, "SELECT id FROM behaviours WHERE name = 'Empathy'");
  gint64 copy;

  cycles = hearth_framework_dup_cycles_using (fixture->store, framework, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (cycles), ==, 0);
  g_clear_pointer (&cycles, g_strfreev);

  insert_cycle (fixture, framework, PRIYA, "Spring feedback", "2026-03-01");
  insert_cycle (fixture, framework, TOMASZ, "", "2026-05-01");

  cycles = hearth_framework_dup_cycles_using (fixture->store, framework, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (cycles), ==, 2);
  g_assert_nonnull (strstr (cycles[0], "Tomasz Nowak"));
  g_assert_nonnull (strstr (cycles[1], "Spring feedback"));
  g_assert_nonnull (strstr (cycles[1], "Priya Shah"));

  refused = REFUSED (fixture, hearth_framework_remove_behaviour (fixture->store, empathy,
                                                                 error_ptr),
                     HEARTH_ERROR_CONFLICT);
  g_assert_nonnull (strstr (refused->message, "High performance behaviours"));
  g_assert_nonnull (strstr (refused->message, "Spring feedback"));
  g_assert_nonnull (strstr (refused->message, "Priya Shah"));
  g_assert_nonnull (strstr (refused->message, "Tomasz Nowak"));
  g_assert_nonnull (strstr (refused->message, "uplicate"));
  g_clear_error (&refused);

  refused = REFUSED (fixture, hearth_framework_set_scale (fixture->store, framework, four,
                                                          error_ptr),
                     HEARTH_ERROR_CONFLICT);
  g_assert_nonnull (strstr (refused->message, "Spring feedback"));
  g_assert_nonnull (strstr (refused->message, "uplicate"));
  g_clear_error (&refused);

  /* Relabelling, renaming and rewording are allowed. */
  g_assert_true (hearth_framework_set_scale (fixture->store, framework, five, &error));
  g_assert_no_error (error);
  scale = hearth_framework_dup_scale (fixture->store, framework, &error);
  g_assert_cmpstr (scale[3], ==, "Mostly");
  g_assert_true (hearth_framework_update_behaviour (fixture->store, empathy, "Empathy",
                                                    "Feels with people.", "Listens", &error));
  g_assert_no_error (error);
  g_assert_true (hearth_framework_rename (fixture->store, framework, "Our behaviours", &error));
  g_assert_no_error (error);
  /* Adding a behaviour changes no answer already given. */
  g_assert_cmpint (hearth_framework_add_behaviour (fixture->store, framework, "Curiosity", "", "",
                                                   &error), >, 0);
  g_assert_no_error (error);

  /* Beyond three cycles the rest are counted. */
  insert_cycle (fixture, framework, GRACE, "Grace’s feedback", "2026-06-01");
  insert_cycle (fixture, framework, FATIMA, "Fatima’s feedback", "2026-07-01");
  refused = REFUSED (fixture, hearth_framework_remove_behaviour (fixture->store, empathy,
                                                                 error_ptr),
                     HEARTH_ERROR_CONFLICT);
  g_assert_nonnull (strstr (refused->message, "Fatima Begum"));
  g_assert_nonnull (strstr (refused->message, "Grace Adeyemi"));
  g_assert_nonnull (strstr (refused->message, "Tomasz Nowak"));
  g_assert_null (strstr (refused->message, "Priya Shah"));
  g_assert_nonnull (strstr (refused->message, "1 more cycle"));

  /* The copy is used by no cycle, so it can change. */
  copy = hearth_framework_duplicate (fixture->store, framework, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_framework_set_scale (fixture->store, copy, four, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_framework_remove_behaviour (fixture->store,
                                                    query (fixture, "SELECT id FROM behaviours"
                                                                    " WHERE framework_id = %"
                                                                    G_GINT64_FORMAT " AND name ="
                                                                    " 'Empathy'", copy),
                                                    &error));
  g_assert_no_error (error);
  names = dup_behaviour_names (fixture, copy);
  g_assert_cmpstr (names, ==, "Team work|Developing people|Building confidence|Proactivity|"
                              "Customer focus|Curiosity");
}

static void
test_duplicate_and_remove (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *names = NULL;
  g_autofree char *copy_names = NULL;
  gint64 values = framework_named (fixture, "Our values");
  gint64 copy, second, again;

  g_assert_true (hearth_framework_set_description (fixture->store, values, "Ours", &error));
  g_assert_true (hearth_framework_remove_behaviour (fixture->store,
                                                    query (fixture, "SELECT id FROM behaviours"
                                                                    " WHERE name = 'Human'"),
                                                    &error));
  g_assert_no_error (error);

  copy = hearth_framework_duplicate (fixture->store, values, &error);
  g_assert_no_error (error);
  name = query_text (fixture, "SELECT name || '|' || kind || '|' || description FROM frameworks"
                              " WHERE id = %" G_GINT64_FORMAT, copy);
  g_assert_cmpstr (name, ==, "Our values (copy)|values|Ours");
  names = dup_behaviour_names (fixture, values);
  copy_names = dup_behaviour_names (fixture, copy);
  g_assert_cmpstr (copy_names, ==, names);
  g_assert_cmpstr (copy_names, ==, "Ambitious|Professional|Accountable|Empathic");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM descriptors d JOIN behaviours b"
                                   " ON b.id = d.behaviour_id WHERE b.framework_id = %"
                                   G_GINT64_FORMAT, copy), ==, 12);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM scale_points WHERE framework_id = %"
                                   G_GINT64_FORMAT, copy), ==, 5);

  second = hearth_framework_duplicate (fixture->store, values, &error);
  g_assert_no_error (error);
  g_clear_pointer (&name, g_free);
  name = query_text (fixture, "SELECT name FROM frameworks WHERE id = %" G_GINT64_FORMAT, second);
  g_assert_cmpstr (name, ==, "Our values (copy 2)");

  /* Removing hides it, restoring brings it back. */
  g_assert_true (hearth_framework_remove (fixture->store, copy, &error));
  g_assert_cmpint (query (fixture, "SELECT archived FROM frameworks WHERE id = %" G_GINT64_FORMAT,
                          copy), ==, 1);
  g_assert_true (hearth_framework_restore (fixture->store, copy, &error));
  g_assert_cmpint (query (fixture, "SELECT archived FROM frameworks WHERE id = %" G_GINT64_FORMAT,
                          copy), ==, 0);

  /* The name of a removed framework is free again: one no cycle uses goes
   * for good, one a cycle uses moves aside and stays with its cycle. */
  g_assert_true (hearth_framework_remove (fixture->store, copy, &error));
  again = hearth_framework_create (fixture->store, "Our values (copy)", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM frameworks WHERE id = %" G_GINT64_FORMAT,
                          copy), ==, 0);
  insert_cycle (fixture, again, PRIYA, "Autumn", "2026-09-01");
  g_assert_true (hearth_framework_remove (fixture->store, again, &error));
  g_assert_cmpint (hearth_framework_create (fixture->store, "Our values (copy)", 0, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&name, g_free);
  name = query_text (fixture, "SELECT name FROM frameworks WHERE id = %" G_GINT64_FORMAT, again);
  g_assert_cmpstr (name, ==, "Our values (copy) (removed)");
  g_assert_cmpint (query (fixture, "SELECT framework_id FROM feedback_cycles WHERE title = 'Autumn'"),
                   ==, again);

  g_error_free (REFUSED (fixture, hearth_framework_duplicate (fixture->store, 9999, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
}

/* --- Cycles and raters -------------------------------------------------------- */

static HearthFeedbackCycleSpec
spec_for (Fixture *fixture,
          gint64   subject_id)
{
  HearthFeedbackCycleSpec spec = {
    .subject_id = subject_id,
    .framework_id = framework_named (fixture, "High performance behaviours"),
    .title = "Spring feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = HEARTH_FEEDBACK_RATINGS_AND_WORDS,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };

  return spec;
}

static gint64
create_cycle (Fixture *fixture,
              gint64   subject_id)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = spec_for (fixture, subject_id);
  gint64 id;

  id = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_rater (Fixture            *fixture,
           gint64              cycle_id,
           gint64              staff_id,
           const char         *name,
           HearthRelationship  relationship)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hearth_feedback_add_rater (fixture->store, cycle_id, staff_id, name, relationship, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_cycle_create (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = make_text (HEARTH_FEEDBACK_TITLE_MAX + 1);
  g_autofree char *secret = NULL;
  const char *bad_dates[] = {
    NULL, "", "2026-2-01", "2026-02-30", "2026-13-01", "26-11-01", "2026/11/01", "２０２６-11-01",
    "2026-11-01 ", " 2026-11-01", "2026-00-10",
  };
  HearthFeedbackCycleSpec spec = spec_for (fixture, PRIYA);
  gint64 empty, one, two;

  spec.subject_id = 0;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  spec.subject_id = 99;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  spec = spec_for (fixture, PRIYA);
  spec.framework_id = 0;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  empty = hearth_framework_create (fixture->store, "Nothing yet", 0, &error);
  g_assert_no_error (error);
  spec.framework_id = empty;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  spec = spec_for (fixture, PRIYA);
  spec.title = long_title;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  spec.title = "Spring \xff";
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      spec = spec_for (fixture, PRIYA);
      spec.opens_on = bad_dates[i];
      g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec,
                                                                    error_ptr),
                             HEARTH_ERROR_INVALID));
      spec = spec_for (fixture, PRIYA);
      spec.closes_on = bad_dates[i];
      g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec,
                                                                    error_ptr),
                             HEARTH_ERROR_INVALID));
    }
  spec = spec_for (fixture, PRIYA);
  spec.closes_on = "2026-10-31";
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));
  spec = spec_for (fixture, PRIYA);
  spec.supervisor_id = PRIYA;
  g_error_free (REFUSED (fixture, hearth_feedback_create_cycle (fixture->store, &spec, error_ptr),
                         HEARTH_ERROR_INVALID));

  /* A leap day, a cycle of one day, no supervisor, development only. */
  spec = spec_for (fixture, PRIYA);
  spec.opens_on = spec.closes_on = "2028-02-29";
  spec.supervisor_id = 0;
  spec.mode = HEARTH_FEEDBACK_DEVELOPMENT_ONLY;
  spec.release_by = HEARTH_RELEASE_BY_PERSON;
  one = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT development_only = 1 AND release_by = 'person' AND"
                                   " supervisor_id IS NULL AND closed_at IS NULL AND released_at"
                                   " IS NULL AND min_self = 1 AND min_manager = 1 AND min_other = 3"
                                   " AND min_comments = 3 AND min_confirmed = 0 AND created_by = 1"
                                   " FROM feedback_cycles WHERE id = %" G_GINT64_FORMAT, one), ==, 1);
  two = create_cycle (fixture, TOMASZ);
  g_assert_cmpint (query (fixture, "SELECT supervisor_id = 1 AND release_by = 'supervisor'"
                                   " AND development_only = 0 AND title = 'Spring feedback'"
                                   " FROM feedback_cycles WHERE id = %" G_GINT64_FORMAT, two), ==, 1);

  /* Each cycle has a seed and a secret of its own. */
  secret = query_text (fixture, "SELECT secret FROM feedback_cycles WHERE id = %" G_GINT64_FORMAT,
                       two);
  g_assert_cmpint (strlen (secret), ==, 64);
  g_assert_true (strspn (secret, "0123456789abcdef") == 64);
  g_assert_cmpint (query (fixture, "SELECT count (DISTINCT secret) FROM feedback_cycles"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (DISTINCT shuffle_seed) FROM feedback_cycles"),
                   ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log WHERE table_name ="
                                   " 'feedback_cycles' AND action = 'insert' AND staff_id = 1"), ==, 2);
}

static void
test_cycle_update (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  HearthFeedbackCycleSpec spec = spec_for (fixture, PRIYA);

  spec.title = "  Autumn  ";
  spec.closes_on = "2026-12-15";
  spec.subject_id = TOMASZ;
  g_assert_true (hearth_feedback_update_cycle (fixture->store, cycle, &spec, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT title = 'Autumn' AND closes_on = '2026-12-15' AND"
                                   " subject_id = 3 FROM feedback_cycles"), ==, 1);

  /* Once someone is asked, the person stays; once someone answers, the
   * framework and the mode stay too. */
  add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  spec.subject_id = PRIYA;
  g_error_free (REFUSED (fixture, hearth_feedback_update_cycle (fixture->store, cycle, &spec,
                                                                error_ptr),
                         HEARTH_ERROR_CONFLICT));
  spec.subject_id = TOMASZ;
  spec.framework_id = framework_named (fixture, "Our values");
  g_assert_true (hearth_feedback_update_cycle (fixture->store, cycle, &spec, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_exec (fixture->store, "INSERT INTO feedback_responses (id, cycle_id,"
                                    " relationship) SELECT 77, id, 'peer' FROM feedback_cycles",
                                    &error));
  spec.framework_id = framework_named (fixture, "High performance behaviours");
  g_error_free (REFUSED (fixture, hearth_feedback_update_cycle (fixture->store, cycle, &spec,
                                                                error_ptr),
                         HEARTH_ERROR_CONFLICT));
  spec.framework_id = framework_named (fixture, "Our values");
  spec.mode = HEARTH_FEEDBACK_DEVELOPMENT_ONLY;
  g_error_free (REFUSED (fixture, hearth_feedback_update_cycle (fixture->store, cycle, &spec,
                                                                error_ptr),
                         HEARTH_ERROR_CONFLICT));
  spec.mode = HEARTH_FEEDBACK_RATINGS_AND_WORDS;
  spec.title = "Autumn, again";
  g_assert_true (hearth_feedback_update_cycle (fixture->store, cycle, &spec, &error));
  g_assert_no_error (error);
  g_error_free (REFUSED (fixture, hearth_feedback_update_cycle (fixture->store, 999, &spec,
                                                                error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
}

static void
test_minimums (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refused = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  HearthFeedbackMinimums minimums = { 0, };
  HearthFeedbackMinimums two_peers = { 1, 1, 2, 3 };
  HearthFeedbackMinimums two_comments = { 1, 1, 3, 2 };
  HearthFeedbackMinimums none = { 1, 0, 3, 3 };
  HearthFeedbackMinimums too_many = { 1, 1, 51, 3 };
  HearthFeedbackMinimums higher = { 2, 1, 4, 5 };

  g_assert_true (hearth_feedback_get_minimums (fixture->store, cycle, &minimums, &error));
  g_assert_cmpuint (minimums.self, ==, HEARTH_FEEDBACK_MIN_SELF);
  g_assert_cmpuint (minimums.manager, ==, HEARTH_FEEDBACK_MIN_MANAGER);
  g_assert_cmpuint (minimums.other, ==, HEARTH_FEEDBACK_MIN_OTHER);
  g_assert_cmpuint (minimums.comments, ==, HEARTH_FEEDBACK_MIN_COMMENTS);

  /* Below the defaults only when the risk is confirmed. */
  refused = REFUSED (fixture, hearth_feedback_set_minimums (fixture->store, cycle, &two_peers,
                                                            FALSE, error_ptr),
                     HEARTH_ERROR_CONFLICT);
  g_assert_nonnull (strstr (refused->message, "work out who"));
  g_error_free (REFUSED (fixture, hearth_feedback_set_minimums (fixture->store, cycle,
                                                                &two_comments, FALSE, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_set_minimums (fixture->store, cycle, &none, TRUE,
                                                                error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_set_minimums (fixture->store, cycle, &too_many,
                                                                TRUE, error_ptr),
                         HEARTH_ERROR_INVALID));

  g_assert_true (hearth_feedback_set_minimums (fixture->store, cycle, &two_peers, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT min_other = 2 AND min_confirmed = 1 FROM feedback_cycles"),
                   ==, 1);
  g_assert_true (hearth_feedback_get_minimums (fixture->store, cycle, &minimums, &error));
  g_assert_cmpuint (minimums.other, ==, 2);

  /* At or above the defaults needs no confirmation, and clears it. */
  g_assert_true (hearth_feedback_set_minimums (fixture->store, cycle, &higher, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT min_self = 2 AND min_other = 4 AND min_comments = 5"
                                   " AND min_confirmed = 0 FROM feedback_cycles"), ==, 1);
}

static void
test_raters (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refused = NULL;
  g_autofree char *long_name = make_text (HEARTH_FEEDBACK_RATER_NAME_MAX + 1);
  g_autofree char *stored = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 self, peer, partner;

  /* Self is the person, whoever is named. */
  self = add_rater (fixture, cycle, 0, NULL, HEARTH_RELATIONSHIP_SELF);
  g_assert_cmpint (query (fixture, "SELECT staff_id FROM feedback_raters WHERE id = %"
                                   G_GINT64_FORMAT, self), ==, PRIYA);
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, TOMASZ, NULL,
                                                             HEARTH_RELATIONSHIP_SELF, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, PRIYA, NULL,
                                                             HEARTH_RELATIONSHIP_PEER, error_ptr),
                         HEARTH_ERROR_INVALID));

  /* The same team member twice, in any group, is refused by name. */
  peer = add_rater (fixture, cycle, TOMASZ, "ignored", HEARTH_RELATIONSHIP_PEER);
  g_assert_cmpint (query (fixture, "SELECT name = '' AND status = 'invited' FROM feedback_raters"
                                   " WHERE id = %" G_GINT64_FORMAT, peer), ==, 1);
  refused = REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, TOMASZ, NULL,
                                                         HEARTH_RELATIONSHIP_DIRECT_REPORT,
                                                         error_ptr),
                     HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (refused->message, "Tomasz Nowak"));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, 0, NULL,
                                                             HEARTH_RELATIONSHIP_SELF, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_assert_true (hearth_store_exec (fixture->store, "UPDATE staff SET active = 0 WHERE id = 6",
                                    &error));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, KWAME, NULL,
                                                             HEARTH_RELATIONSHIP_PEER, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, 99, NULL,
                                                             HEARTH_RELATIONSHIP_PEER, error_ptr),
                         HEARTH_ERROR_INVALID));

  /* Someone outside the team, by name. */
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, 0, "   ",
                                                             HEARTH_RELATIONSHIP_PARTNER,
                                                             error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, 0, long_name,
                                                             HEARTH_RELATIONSHIP_PARTNER,
                                                             error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, 0, "Jo \xff",
                                                             HEARTH_RELATIONSHIP_PARTNER,
                                                             error_ptr),
                         HEARTH_ERROR_INVALID));
  partner = add_rater (fixture, cycle, 0, " جو مارش ", HEARTH_RELATIONSHIP_PARTNER);
  stored = query_text (fixture, "SELECT name || '|' || relationship || '|' ||"
                                " coalesce (staff_id, 0) FROM feedback_raters WHERE id = %"
                                G_GINT64_FORMAT, partner);
  g_assert_cmpstr (stored, ==, "جو مارش|partner|0");
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, 999, GRACE, NULL,
                                                             HEARTH_RELATIONSHIP_PEER, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));

  /* Taken out, or declining; neither once they have answered. */
  g_assert_true (hearth_feedback_remove_rater (fixture->store, partner, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_raters WHERE id = %"
                                   G_GINT64_FORMAT, partner), ==, 0);
  g_assert_true (hearth_feedback_decline (fixture->store, peer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT status = 'declined' FROM feedback_raters WHERE id = %"
                                   G_GINT64_FORMAT, peer), ==, 1);
  g_assert_true (hearth_store_exec (fixture->store, "UPDATE feedback_raters SET status = 'submitted'"
                                    " WHERE relationship = 'self'", &error));
  g_error_free (REFUSED (fixture, hearth_feedback_remove_rater (fixture->store, self, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_decline (fixture->store, self, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_remove_rater (fixture->store, 999, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));

  /* No one is added to a closed cycle. */
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_add_rater (fixture->store, cycle, GRACE, NULL,
                                                             HEARTH_RELATIONSHIP_PEER, error_ptr),
                         HEARTH_ERROR_CONFLICT));

  g_assert_cmpstr (hearth_relationship_to_string (HEARTH_RELATIONSHIP_DIRECT_REPORT), ==,
                   "direct-report");
  g_assert_cmpstr (hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_PEER), ==, "Peers");
}

/* Closing makes a report possible, releasing shows it to the person, and
 * reopening takes both back. */
static void
test_close_release_reopen (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = spec_for (fixture, TOMASZ);
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 by_person, audit;

  g_error_free (REFUSED (fixture, hearth_feedback_release (fixture->store, cycle, error_ptr),
                         HEARTH_ERROR_CONFLICT));

  hearth_store_set_clock (fixture->store, NOW + 60);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT closed_at FROM feedback_cycles"), ==, NOW + 60);
  audit = query (fixture, "SELECT count (*) FROM audit_log");
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audit);

  /* Only the supervisor releases this one: not the person, not a peer. */
  hearth_store_set_actor (fixture->store, PRIYA);
  g_error_free (REFUSED (fixture, hearth_feedback_release (fixture->store, cycle, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  hearth_store_set_actor (fixture->store, GRACE);
  g_error_free (REFUSED (fixture, hearth_feedback_release (fixture->store, cycle, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  hearth_store_set_actor (fixture->store, SAM);
  hearth_store_set_clock (fixture->store, NOW + 120);
  g_assert_true (hearth_feedback_release (fixture->store, cycle, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT released_at = %" G_GINT64_FORMAT " AND released_by = 1"
                                   " FROM feedback_cycles WHERE id = %" G_GINT64_FORMAT,
                          NOW + 120, cycle), ==, 1);
  /* The release is in the audit trail, by the supervisor. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log WHERE table_name ="
                                   " 'feedback_cycles' AND row_id = %" G_GINT64_FORMAT
                                   " AND staff_id = 1 AND at = %" G_GINT64_FORMAT,
                          cycle, NOW + 120), ==, 1);

  g_assert_true (hearth_feedback_reopen_cycle (fixture->store, cycle, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT closed_at IS NULL AND released_at IS NULL AND"
                                   " released_by IS NULL FROM feedback_cycles WHERE id = %"
                                   G_GINT64_FORMAT, cycle), ==, 1);
  g_error_free (REFUSED (fixture, hearth_feedback_release (fixture->store, cycle, error_ptr),
                         HEARTH_ERROR_CONFLICT));

  /* When the person may release, they can; a peer still cannot. */
  spec.release_by = HEARTH_RELEASE_BY_PERSON;
  by_person = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, by_person, &error));
  hearth_store_set_actor (fixture->store, GRACE);
  g_error_free (REFUSED (fixture, hearth_feedback_release (fixture->store, by_person, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  hearth_store_set_actor (fixture->store, TOMASZ);
  g_assert_true (hearth_feedback_release (fixture->store, by_person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT released_by FROM feedback_cycles WHERE id = %"
                                   G_GINT64_FORMAT, by_person), ==, TOMASZ);
}

/* While a cycle is open, everyone may count its raters, and only its
 * supervisor sees who has not answered. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *joined = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  guint counts[HEARTH_N_RATER_STATUSES];

  add_rater (fixture, cycle, 0, NULL, HEARTH_RELATIONSHIP_SELF);
  add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);
  add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  add_rater (fixture, cycle, FATIMA, NULL, HEARTH_RELATIONSHIP_PEER);
  add_rater (fixture, cycle, 0, "Jo Marsh", HEARTH_RELATIONSHIP_PARTNER);
  g_assert_true (hearth_store_exec (fixture->store,
                                    "UPDATE feedback_raters SET status = 'submitted' WHERE staff_id = 3;"
                                    "UPDATE feedback_raters SET status = 'started' WHERE staff_id = 4;"
                                    "UPDATE feedback_raters SET status = 'declined' WHERE staff_id = 5;",
                                    &error));

  g_assert_true (hearth_feedback_count_raters (fixture->store, cycle, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[HEARTH_RATER_INVITED], ==, 2);
  g_assert_cmpuint (counts[HEARTH_RATER_STARTED], ==, 1);
  g_assert_cmpuint (counts[HEARTH_RATER_SUBMITTED], ==, 1);
  g_assert_cmpuint (counts[HEARTH_RATER_DECLINED], ==, 1);

  names = hearth_feedback_dup_not_answered (fixture->store, cycle, SAM, &error);
  g_assert_no_error (error);
  joined = g_strjoinv ("|", names);
  g_assert_cmpstr (joined, ==, "Grace Adeyemi|Jo Marsh|Priya Shah");
  g_clear_pointer (&names, g_strfreev);

  g_error_free (REFUSED (fixture, hearth_feedback_dup_not_answered (fixture->store, cycle, PRIYA,
                                                                    error_ptr) != NULL,
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_dup_not_answered (fixture->store, cycle, 0,
                                                                    error_ptr) != NULL,
                         HEARTH_ERROR_CONFLICT));

  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  names = hearth_feedback_dup_not_answered (fixture->store, cycle, SAM, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 0);
}

static void
test_rater_alone (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 self = add_rater (fixture, cycle, 0, NULL, HEARTH_RELATIONSHIP_SELF);
  gint64 manager = add_rater (fixture, cycle, SAM, NULL, HEARTH_RELATIONSHIP_MANAGER);
  gint64 peer = add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 partner = add_rater (fixture, cycle, 0, "Jo Marsh", HEARTH_RELATIONSHIP_PARTNER);
  gint64 other_partner = add_rater (fixture, cycle, 0, "Ade Bello", HEARTH_RELATIONSHIP_PARTNER);

  /* Groups of one by design are not “alone”. */
  g_assert_false (hearth_feedback_rater_is_alone (fixture->store, self, &error));
  g_assert_false (hearth_feedback_rater_is_alone (fixture->store, manager, &error));
  g_assert_no_error (error);

  g_assert_true (hearth_feedback_rater_is_alone (fixture->store, peer, &error));
  add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  g_assert_false (hearth_feedback_rater_is_alone (fixture->store, peer, &error));

  g_assert_false (hearth_feedback_rater_is_alone (fixture->store, partner, &error));
  g_assert_true (hearth_feedback_decline (fixture->store, other_partner, &error));
  g_assert_true (hearth_feedback_rater_is_alone (fixture->store, partner, &error));
  g_assert_no_error (error);

  g_assert_false (hearth_feedback_rater_is_alone (fixture->store, 999, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* --- Drafts and sending ----------------------------------------------------------- */

static gint64
behaviour_named (Fixture    *fixture,
                 const char *name)
{
  return query (fixture, "SELECT id FROM behaviours WHERE name = '%s'", name);
}

/* Answers that rate every behaviour of the high performance framework
 * @rating, but the last one “not seen”, with an example for the first. */
static HearthFeedbackAnswers *
answers_for (Fixture    *fixture,
             int         rating,
             const char *example,
             const char *keep_doing,
             const char *try_doing)
{
  HearthFeedbackAnswers *answers = hearth_feedback_answers_new ();
  gint64 framework = framework_named (fixture, "High performance behaviours");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = hearth_store_read_ids (fixture->store, &error,
                               "SELECT id FROM behaviours WHERE framework_id = ?1"
                               " AND removed_at IS NULL ORDER BY position", "x", framework);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (i + 1 == ids->len)
        hearth_feedback_answers_set_not_seen (answers, id, TRUE);
      else if (rating > 0)
        hearth_feedback_answers_set_rating (answers, id, rating);
      if (i == 0)
        hearth_feedback_answers_set_example (answers, id, example);
    }
  hearth_feedback_answers_set_keep_doing (answers, keep_doing);
  hearth_feedback_answers_set_try (answers, try_doing);

  return answers;
}

static void
test_answers_value (void)
{
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autoptr(HearthFeedbackAnswers) copy = NULL;

  g_assert_cmpint (hearth_feedback_answers_get_rating (answers, 7), ==, 0);
  g_assert_cmpstr (hearth_feedback_answers_get_example (answers, 7), ==, "");
  hearth_feedback_answers_set_rating (answers, 7, 4);
  hearth_feedback_answers_set_example (answers, 9, "Listens");
  hearth_feedback_answers_set_not_seen (answers, 7, TRUE);
  g_assert_cmpint (hearth_feedback_answers_get_rating (answers, 7), ==, 0);
  g_assert_true (hearth_feedback_answers_get_not_seen (answers, 7));
  hearth_feedback_answers_set_rating (answers, 7, 2);
  g_assert_false (hearth_feedback_answers_get_not_seen (answers, 7));
  hearth_feedback_answers_set_keep_doing (answers, "Keep");

  copy = hearth_feedback_answers_copy (answers);
  hearth_feedback_answers_set_example (answers, 9, "Changed");
  g_assert_cmpuint (hearth_feedback_answers_get_n_behaviours (copy), ==, 2);
  g_assert_cmpint (hearth_feedback_answers_get_behaviour_id (copy, 0), ==, 7);
  g_assert_cmpint (hearth_feedback_answers_get_behaviour_id (copy, 1), ==, 9);
  g_assert_cmpint (hearth_feedback_answers_get_rating (copy, 7), ==, 2);
  g_assert_cmpstr (hearth_feedback_answers_get_example (copy, 9), ==, "Listens");
  g_assert_cmpstr (hearth_feedback_answers_get_keep_doing (copy), ==, "Keep");
  g_assert_cmpstr (hearth_feedback_answers_get_try (copy), ==, "");
}

static void
assert_same_answers (const HearthFeedbackAnswers *a,
                     const HearthFeedbackAnswers *b)
{
  g_assert_cmpstr (hearth_feedback_answers_get_keep_doing (a), ==,
                   hearth_feedback_answers_get_keep_doing (b));
  g_assert_cmpstr (hearth_feedback_answers_get_try (a), ==, hearth_feedback_answers_get_try (b));
  for (guint i = 0; i < hearth_feedback_answers_get_n_behaviours (a); i++)
    {
      gint64 id = hearth_feedback_answers_get_behaviour_id (a, i);

      g_assert_cmpint (hearth_feedback_answers_get_rating (a, id), ==,
                       hearth_feedback_answers_get_rating (b, id));
      g_assert_cmpint (hearth_feedback_answers_get_not_seen (a, id), ==,
                       hearth_feedback_answers_get_not_seen (b, id));
      g_assert_cmpstr (hearth_feedback_answers_get_example (a, id), ==,
                       hearth_feedback_answers_get_example (b, id));
    }
}

/* Drafts keep what a rater writes, as they write it, exactly. */
static void
test_drafts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autoptr(HearthFeedbackAnswers) loaded = NULL;
  g_autoptr(HearthFeedbackAnswers) wrong = NULL;
  g_autofree char *longest = make_text (HEARTH_FEEDBACK_TEXT_MAX);
  g_autofree char *too_long = make_text (HEARTH_FEEDBACK_TEXT_MAX + 1);
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 peer = add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 other = add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 empathy = behaviour_named (fixture, "Empathy");

  /* Nothing saved yet: nothing answered. */
  loaded = hearth_feedback_load_draft (fixture->store, peer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_feedback_answers_get_n_behaviours (loaded), ==, 0);
  g_clear_pointer (&loaded, hearth_feedback_answers_free);

  answers = answers_for (fixture, 4, longest, "  Keeps calm 😌\n", "جرّب أن تقول لا");
  g_assert_true (hearth_feedback_save_draft (fixture->store, peer, answers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT status = 'started' FROM feedback_raters WHERE id = %"
                                   G_GINT64_FORMAT, peer), ==, 1);
  loaded = hearth_feedback_load_draft (fixture->store, peer, &error);
  g_assert_no_error (error);
  assert_same_answers (answers, loaded);
  assert_same_answers (loaded, answers);
  g_assert_cmpstr (hearth_feedback_answers_get_example (loaded, empathy), ==, longest);
  g_clear_pointer (&loaded, hearth_feedback_answers_free);

  /* Saving again replaces it. */
  hearth_feedback_answers_set_rating (answers, empathy, 2);
  hearth_feedback_answers_set_example (answers, empathy, "");
  hearth_feedback_answers_set_keep_doing (answers, "Second thoughts");
  g_assert_true (hearth_feedback_save_draft (fixture->store, peer, answers, &error));
  loaded = hearth_feedback_load_draft (fixture->store, peer, &error);
  assert_same_answers (answers, loaded);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_drafts"), ==, 1);

  /* What cannot be kept is refused, and the draft stays as it was. */
  wrong = hearth_feedback_answers_copy (answers);
  hearth_feedback_answers_set_rating (wrong, empathy, 6);
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  g_clear_pointer (&wrong, hearth_feedback_answers_free);
  wrong = hearth_feedback_answers_copy (answers);
  hearth_feedback_answers_set_rating (wrong, behaviour_named (fixture, "Human"), 3);
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  g_clear_pointer (&wrong, hearth_feedback_answers_free);
  wrong = hearth_feedback_answers_copy (answers);
  hearth_feedback_answers_set_example (wrong, empathy, too_long);
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  hearth_feedback_answers_set_example (wrong, empathy, "");
  hearth_feedback_answers_set_try (wrong, too_long);
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  hearth_feedback_answers_set_try (wrong, "Try \xe2\x28\xa1");
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  hearth_feedback_answers_set_try (wrong, "");
  hearth_feedback_answers_set_example (wrong, empathy, "\xc0\xaf");
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, wrong,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  g_clear_pointer (&loaded, hearth_feedback_answers_free);
  loaded = hearth_feedback_load_draft (fixture->store, peer, &error);
  assert_same_answers (answers, loaded);

  /* Not for a rater who declined, nor once the cycle has closed. */
  g_assert_true (hearth_feedback_decline (fixture->store, other, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, other, answers,
                                                              error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, answers,
                                                              error_ptr),
                         HEARTH_ERROR_CONFLICT));
}

static void
test_development_only_answers (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) rated = answers_for (fixture, 3, "", "", "");
  g_autoptr(HearthFeedbackAnswers) words = answers_for (fixture, 0, "Sat with her", "Keep", "Try");
  HearthFeedbackCycleSpec spec = spec_for (fixture, PRIYA);
  gint64 cycle, peer;

  spec.mode = HEARTH_FEEDBACK_DEVELOPMENT_ONLY;
  cycle = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  peer = add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);

  g_error_free (REFUSED (fixture, hearth_feedback_save_draft (fixture->store, peer, rated,
                                                              error_ptr),
                         HEARTH_ERROR_INVALID));
  g_error_free (REFUSED (fixture, hearth_feedback_submit (fixture->store, peer, rated, error_ptr),
                         HEARTH_ERROR_INVALID));
  g_assert_true (hearth_feedback_submit (fixture->store, peer, words, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_ratings WHERE rating IS NOT NULL"),
                   ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_ratings WHERE example ="
                                   " 'Sat with her'"), ==, 1);
}

static void
test_submit (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autoptr(HearthFeedbackAnswers) draft = NULL;
  g_autoptr(GError) refused = NULL;
  g_autofree char *stored = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 self = add_rater (fixture, cycle, 0, NULL, HEARTH_RELATIONSHIP_SELF);
  gint64 peer = add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 late = add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 empathy = behaviour_named (fixture, "Empathy");
  gint64 focus = behaviour_named (fixture, "Customer focus");

  /* A draft saved, then the answers sent as they stand on the page. */
  draft = answers_for (fixture, 2, "Draft example", "Draft keep", "Draft try");
  g_assert_true (hearth_feedback_save_draft (fixture->store, peer, draft, &error));
  answers = answers_for (fixture, 4, "Sat with a resident who was crying at the counter",
                         "Keep asking what matters", "Try saying no");
  g_assert_true (hearth_feedback_submit (fixture->store, peer, answers, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query (fixture, "SELECT status = 'submitted' FROM feedback_raters WHERE id = %"
                                   G_GINT64_FORMAT, peer), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_responses"), ==, 1);
  stored = query_text (fixture, "SELECT relationship || '|' || keep_doing || '|' || try_doing"
                                " FROM feedback_responses WHERE cycle_id = %" G_GINT64_FORMAT, cycle);
  g_assert_cmpstr (stored, ==, "peer|Keep asking what matters|Try saying no");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_ratings WHERE rating = 4"), ==, 5);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_ratings WHERE behaviour_id = %"
                                   G_GINT64_FORMAT " AND rating IS NULL AND not_seen = 1", focus),
                   ==, 1);
  g_clear_pointer (&stored, g_free);
  stored = query_text (fixture, "SELECT example FROM feedback_ratings WHERE behaviour_id = %"
                                G_GINT64_FORMAT, empathy);
  g_assert_cmpstr (stored, ==, "Sat with a resident who was crying at the counter");
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_drafts"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_draft_ratings"), ==, 0);

  /* Sending twice stores one response, and the second changes nothing. */
  refused = REFUSED (fixture, hearth_feedback_submit (fixture->store, peer, answers, error_ptr),
                     HEARTH_ERROR_CONFLICT);
  g_assert_nonnull (strstr (refused->message, "already"));
  g_error_free (REFUSED (fixture, hearth_feedback_load_draft (fixture->store, peer, error_ptr) !=
                                  NULL,
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_decline (fixture->store, peer, error_ptr),
                         HEARTH_ERROR_CONFLICT));

  /* With no answers given, the saved draft is sent. */
  g_assert_true (hearth_feedback_save_draft (fixture->store, self, draft, &error));
  g_assert_true (hearth_feedback_submit (fixture->store, self, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_responses WHERE relationship ="
                                   " 'self' AND keep_doing = 'Draft keep'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_ratings WHERE rating = 2"), ==, 5);

  /* Too late once the cycle has closed. */
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_submit (fixture->store, late, answers, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_submit (fixture->store, 999, answers, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
}

typedef struct {
  const char *path;
  gint64      rater_id;
  GThread    *thread;
  gboolean    sent;
  GError     *error;
} Sender;

static gpointer
send_cb (gpointer data)
{
  Sender *sender = data;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();

  store = hearth_store_open (sender->path, HEARTH_STORE_OPEN_DEFAULT, &sender->error);
  if (store == NULL)
    return NULL;

  hearth_feedback_answers_set_keep_doing (answers, "Sent at the same moment");
  sender->sent = hearth_feedback_submit (store, sender->rater_id, answers, &sender->error);
  return NULL;
}

/* Raters sending at the same moment, some of them twice, from as many
 * connections: one response each, never two, never none. */
static void
test_submit_at_once (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 raters[] = {
    add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER),
    add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER),
    add_rater (fixture, cycle, FATIMA, NULL, HEARTH_RELATIONSHIP_PEER),
  };
  Sender senders[9];
  guint sent[G_N_ELEMENTS (raters)] = { 0, };

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      senders[i] = (Sender) { fixture->path, raters[i % G_N_ELEMENTS (raters)], NULL, FALSE, NULL };
      senders[i].thread = g_thread_new ("sender", send_cb, &senders[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      g_thread_join (senders[i].thread);
      if (senders[i].sent)
        {
          g_assert_no_error (senders[i].error);
          sent[i % G_N_ELEMENTS (raters)]++;
        }
      else
        {
          g_assert_error (senders[i].error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
          g_clear_error (&senders[i].error);
        }
    }

  for (guint r = 0; r < G_N_ELEMENTS (raters); r++)
    g_assert_cmpuint (sent[r], ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_responses"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_raters WHERE status ="
                                   " 'submitted'"), ==, 3);
}

/* Answers from a response file, by its one-time token. */
static void
test_submit_with_token (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = answers_for (fixture, 5, "", "Keep", "Try");
  g_autofree char *token = NULL;
  g_autofree char *old_token = NULL;
  g_autofree char *other_token = NULL;
  g_autofree char *late_token = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *id = NULL;
  g_autofree char *secret = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 other_cycle = create_cycle (fixture, TOMASZ);
  gint64 partner = add_rater (fixture, cycle, 0, "Jo Marsh", HEARTH_RELATIONSHIP_PARTNER);
  gint64 peer = add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  gint64 late = add_rater (fixture, cycle, FATIMA, NULL, HEARTH_RELATIONSHIP_PEER);

  old_token = hearth_feedback_issue_token (fixture->store, partner, &error);
  g_assert_no_error (error);
  token = hearth_feedback_issue_token (fixture->store, partner, &error);
  g_assert_no_error (error);
  g_assert_cmpint (strlen (token), ==, 32);
  g_assert_cmpstr (token, !=, old_token);

  /* Only the token's SHA-256 is kept. */
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
  stored = query_text (fixture, "SELECT token FROM feedback_raters WHERE id = %" G_GINT64_FORMAT,
                       partner);
  g_assert_cmpstr (stored, ==, hash);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_raters WHERE token = '%s'",
                          token), ==, 0);

  /* A replaced token, a made-up one, or one for another cycle. */
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle,
                                                                     old_token, answers,
                                                                     error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle,
                                                                     "0123456789abcdef0123456789abcdef",
                                                                     answers, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle, "zz",
                                                                     answers, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, other_cycle,
                                                                     token, answers, error_ptr),
                         HEARTH_ERROR_NOT_FOUND));

  g_assert_true (hearth_feedback_submit_with_token (fixture->store, cycle, token, answers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT status = 'submitted' AND token_used = 1 FROM"
                                   " feedback_raters WHERE id = %" G_GINT64_FORMAT, partner), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_responses WHERE relationship ="
                                   " 'partner'"), ==, 1);

  /* The same file again is counted once. */
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle, token,
                                                                     answers, error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_error_free (REFUSED (fixture, hearth_feedback_issue_token (fixture->store, partner,
                                                               error_ptr) != NULL,
                         HEARTH_ERROR_CONFLICT));

  /* A rater who answered in Hearth after their file went out. */
  other_token = hearth_feedback_issue_token (fixture->store, peer, &error);
  g_assert_true (hearth_feedback_submit (fixture->store, peer, answers, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle,
                                                                     other_token, answers,
                                                                     error_ptr),
                         HEARTH_ERROR_CONFLICT));

  /* A file that comes back after the cycle closed. */
  late_token = hearth_feedback_issue_token (fixture->store, late, &error);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_error_free (REFUSED (fixture, hearth_feedback_submit_with_token (fixture->store, cycle,
                                                                     late_token, answers,
                                                                     error_ptr),
                         HEARTH_ERROR_CONFLICT));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM feedback_responses"), ==, 2);

  id = hearth_feedback_dup_database_id (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (strlen (id), ==, 32);
  secret = hearth_feedback_dup_cycle_secret (fixture->store, cycle, &error);
  g_assert_no_error (error);
  g_assert_cmpint (strlen (secret), ==, 64);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  return size > 0 && memmem (data, size, needle, strlen (needle)) != NULL;
}

static GBytes *
read_file_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_bytes_new (NULL, 0);

  return g_bytes_new_take (contents, length);
}

static sqlite3 *
raw_open_read_only (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Once sent, nothing in the database file or its log links a response to
 * its rater: no draft left, no audit row naming the response, ids that do
 * not follow the order of sending, and not a byte of what a rater wrote in
 * a draft and changed before sending. */
static void
test_no_link_in_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) raters = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GBytes) file = NULL;
  g_autoptr(GBytes) wal = NULL;
  g_autofree char *wal_path = g_strconcat (fixture->path, "-wal", NULL);
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 declined, removed;
  const guint n_peers = 12;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  gboolean increasing = TRUE;
  gboolean decreasing = TRUE;
  gint64 last = -1;

  /* Twelve peers, and people outside the team, asked by name. */
  for (guint i = 0; i < n_peers; i++)
    {
      g_autofree char *name = g_strdup_printf ("Partner %u", i);
      gint64 id = add_rater (fixture, cycle, 0, name,
                             i % 2 == 0 ? HEARTH_RELATIONSHIP_PEER : HEARTH_RELATIONSHIP_PARTNER);

      g_array_append_val (raters, id);
      g_array_append_val (order, i);
    }
  declined = add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_DIRECT_REPORT);
  removed = add_rater (fixture, cycle, FATIMA, NULL, HEARTH_RELATIONSHIP_DIRECT_REPORT);

  /* Each writes a draft with words only that draft holds, some long
   * enough to spill over pages, then changes every word of it. */
  for (guint i = 0; i < n_peers; i++)
    {
      g_autofree char *marker = g_strdup_printf ("DRAFT-ONLY-%02u-%s", i,
                                                 i % 3 == 0 ? "x" : "long");
      g_autofree char *padding = make_text (i % 3 == 0 ? 20 : 3000);
      g_autofree char *draft_text = g_strconcat (marker, padding, marker, NULL);
      g_autoptr(HearthFeedbackAnswers) draft = answers_for (fixture, 3, draft_text, draft_text,
                                                            marker);

      g_assert_true (hearth_feedback_save_draft (fixture->store, g_array_index (raters, gint64, i),
                                                 draft, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(HearthFeedbackAnswers) draft = answers_for (fixture, 1, "DRAFT-ONLY-declined",
                                                          "DRAFT-ONLY-declined", "");

    g_assert_true (hearth_feedback_save_draft (fixture->store, declined, draft, &error));
    g_assert_true (hearth_feedback_save_draft (fixture->store, removed, draft, &error));
    g_assert_true (hearth_feedback_decline (fixture->store, declined, &error));
    g_assert_true (hearth_feedback_remove_rater (fixture->store, removed, &error));
    g_assert_no_error (error);
  }

  /* They send in an order of their own, with other words. */
  for (guint i = n_peers - 1; i > 0; i--)
    {
      guint j = (guint) g_test_rand_int_range (0, (gint32) i + 1);
      guint tmp = g_array_index (order, guint, i);

      g_array_index (order, guint, i) = g_array_index (order, guint, j);
      g_array_index (order, guint, j) = tmp;
    }
  for (guint k = 0; k < n_peers; k++)
    {
      guint i = g_array_index (order, guint, k);
      g_autofree char *sent_text = g_strdup_printf ("SENT-%02u", k);
      g_autoptr(HearthFeedbackAnswers) answers = answers_for (fixture, 4, sent_text, sent_text,
                                                              "");

      hearth_store_set_clock (fixture->store, NOW + k * 7 * 60);
      g_assert_true (hearth_feedback_submit (fixture->store, g_array_index (raters, gint64, i),
                                             answers, &error));
      g_assert_no_error (error);
    }

  /* The store has emptied its log; the file is read as any program would. */
  db = raw_open_read_only (fixture->path);

  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_responses"), ==, n_peers);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_drafts"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM feedback_draft_ratings"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_table_info ('feedback_responses')"
                                " WHERE name NOT IN ('id', 'cycle_id', 'relationship',"
                                " 'keep_doing', 'try_doing')"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM pragma_table_info ('feedback_ratings')"
                                " WHERE name NOT IN ('response_id', 'behaviour_id', 'rating',"
                                " 'not_seen', 'example')"), ==, 0);

  /* No audit row names a response, or says who or when to the second. */
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log a JOIN feedback_responses r"
                                " ON r.id = a.row_id"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log WHERE table_name IN"
                                " ('feedback_responses', 'feedback_ratings') AND (row_id <> 0"
                                " OR staff_id IS NOT NULL OR at % 86400 <> 0)"), ==, 0);
  g_assert_cmpint (raw_int (db, "SELECT count (*) FROM audit_log WHERE table_name ="
                                " 'feedback_responses'"), ==, n_peers);

  /* Read in id order, the responses are not in the order they were sent. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT keep_doing FROM feedback_responses ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 k = g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0) + 5, NULL, 10);

      increasing = increasing && k > last;
      decreasing = decreasing && (last < 0 || k < last);
      last = k;
    }
  sqlite3_finalize (stmt);
  g_assert_false (increasing);
  g_assert_false (decreasing);
  sqlite3_close (db);

  /* Not a byte of any draft is left, in the file or in its log; the
   * answers sent are there, so the search would find a draft if it were. */
  file = read_file_bytes (fixture->path);
  wal = read_file_bytes (wal_path);
  g_assert_true (bytes_contain (file, "SENT-00"));
  g_assert_true (bytes_contain (file, "SENT-11"));
  g_assert_false (bytes_contain (file, "DRAFT-ONLY"));
  g_assert_false (bytes_contain (wal, "DRAFT-ONLY"));
}

/* --- Lists ------------------------------------------------------------------------ */

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

/* The names of @model's items, "|" between them, read from @property. */
static char *
dup_names (GListModel *model,
           const char *property)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *name = NULL;

      g_object_get (item, property, &name, NULL);
      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", name);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gpointer
item_with_id (HearthQueryModel *model,
              gint64            id)
{
  guint position = hearth_query_model_find_id (model, id);

  g_assert_cmpuint (position, !=, G_MAXUINT);
  return g_list_model_get_item (G_LIST_MODEL (model), position);
}

static void
test_framework_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) frameworks = hearth_framework_list_new (fixture->store);
  g_autoptr(HearthFramework) values = NULL;
  g_autoptr(HearthFramework) behaviours = NULL;
  g_autofree char *names = NULL;
  guint changes = 0;
  gint64 added;

  g_signal_connect (frameworks, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  names = dup_names (G_LIST_MODEL (frameworks), "name");
  g_assert_cmpstr (names, ==, "High performance behaviours|Our values");

  values = item_with_id (frameworks, framework_named (fixture, "Our values"));
  g_assert_cmpint (hearth_framework_get_kind (values), ==, HEARTH_FRAMEWORK_VALUES);
  g_assert_cmpuint (hearth_framework_get_behaviour_count (values), ==, 5);
  g_assert_cmpuint (hearth_framework_get_scale_size (values), ==, 5);
  g_assert_cmpuint (hearth_framework_get_cycles_using (values), ==, 0);
  g_assert_false (hearth_framework_get_archived (values));
  g_assert_cmpuint (strlen (hearth_framework_get_description (values)), >, 0);
  behaviours = item_with_id (frameworks, framework_named (fixture, "High performance behaviours"));
  g_assert_cmpint (hearth_framework_get_kind (behaviours), ==, HEARTH_FRAMEWORK_BEHAVIOURS);
  g_assert_cmpuint (hearth_framework_get_behaviour_count (behaviours), ==, 6);

  /* A new one takes its place by name; a removed one leaves. */
  added = hearth_framework_create (fixture->store, "Kindness at work", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_clear_pointer (&names, g_free);
  names = dup_names (G_LIST_MODEL (frameworks), "name");
  g_assert_cmpstr (names, ==, "High performance behaviours|Kindness at work|Our values");
  g_assert_true (hearth_framework_remove (fixture->store, added, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (frameworks)), ==, 2);

  /* Its counts follow its behaviours and the cycles that use it. */
  g_assert_true (hearth_framework_remove_behaviour (fixture->store,
                                                    behaviour_named (fixture, "Human"), &error));
  g_assert_cmpuint (hearth_framework_get_behaviour_count (values), ==, 4);
  create_cycle (fixture, PRIYA);
  g_assert_cmpuint (hearth_framework_get_cycles_using (behaviours), ==, 1);
  g_assert_cmpuint (hearth_framework_get_open_cycles_using (behaviours), ==, 1);
}

static void
test_behaviour_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 values_id = framework_named (fixture, "Our values");
  g_autoptr(HearthQueryModel) list = hearth_behaviour_list_new (fixture->store, values_id);
  g_autoptr(HearthBehaviour) human = NULL;
  g_autofree char *names = NULL;
  g_autofree char *descriptors = NULL;
  gint64 human_id = behaviour_named (fixture, "Human");

  names = dup_names (G_LIST_MODEL (list), "name");
  g_assert_cmpstr (names, ==, "Ambitious|Professional|Human|Accountable|Empathic");

  human = item_with_id (list, human_id);
  g_assert_cmpint (hearth_behaviour_get_framework_id (human), ==, values_id);
  g_assert_cmpuint (hearth_behaviour_get_position (human), ==, 2);
  descriptors = dup_descriptors (fixture, human_id);
  g_assert_cmpstr (hearth_behaviour_get_descriptors (human), ==, descriptors);
  g_assert_nonnull (strchr (hearth_behaviour_get_descriptors (human), '\n'));
  g_assert_cmpuint (strlen (hearth_behaviour_get_meaning (human)), >, 0);

  g_assert_true (hearth_framework_update_behaviour (fixture->store, human_id, "Human", "Warm",
                                                    "Second\nFirst", &error));
  g_assert_cmpstr (hearth_behaviour_get_descriptors (human), ==, "Second\nFirst");
  g_assert_cmpstr (hearth_behaviour_get_meaning (human), ==, "Warm");

  g_assert_true (hearth_framework_move_behaviour (fixture->store, human_id, 0, &error));
  g_clear_pointer (&names, g_free);
  names = dup_names (G_LIST_MODEL (list), "name");
  g_assert_cmpstr (names, ==, "Human|Ambitious|Professional|Accountable|Empathic");
  g_assert_cmpuint (hearth_behaviour_get_position (human), ==, 0);

  g_assert_true (hearth_framework_remove_behaviour (fixture->store, human_id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_true (hearth_framework_restore_behaviour (fixture->store, human_id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_names (G_LIST_MODEL (list), "name");
  g_assert_cmpstr (names, ==, "Human|Ambitious|Professional|Accountable|Empathic");
}

static void
test_rater_list (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 cycle = create_cycle (fixture, PRIYA);
  g_autoptr(HearthQueryModel) raters = hearth_feedback_rater_list_new (fixture->store, cycle);
  g_autoptr(HearthFeedbackRater) jo = NULL;
  g_autoptr(HearthFeedbackRater) grace = NULL;
  g_autofree char *names = NULL;
  guint changes = 0;
  gint64 jo_id, grace_id;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (raters)), ==, 0);
  g_signal_connect (raters, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  jo_id = add_rater (fixture, cycle, 0, "Jo Marsh", HEARTH_RELATIONSHIP_PARTNER);
  grace_id = add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  add_rater (fixture, cycle, TOMASZ, NULL, HEARTH_RELATIONSHIP_PEER);
  add_rater (fixture, cycle, 0, NULL, HEARTH_RELATIONSHIP_SELF);
  add_rater (fixture, cycle, SAM, NULL, HEARTH_RELATIONSHIP_MANAGER);
  g_assert_cmpuint (changes, ==, 5);

  names = dup_names (G_LIST_MODEL (raters), "name");
  g_assert_cmpstr (names, ==, "Priya Shah|Sam Okafor|Grace Adeyemi|Tomasz Nowak|Jo Marsh");

  jo = item_with_id (raters, jo_id);
  g_assert_cmpint (hearth_feedback_rater_get_staff_id (jo), ==, 0);
  g_assert_cmpint (hearth_feedback_rater_get_cycle_id (jo), ==, cycle);
  g_assert_cmpint (hearth_feedback_rater_get_relationship (jo), ==, HEARTH_RELATIONSHIP_PARTNER);
  g_assert_cmpstr (hearth_feedback_rater_get_relationship_label (jo), ==, "Partner");
  g_assert_cmpint (hearth_feedback_rater_get_status (jo), ==, HEARTH_RATER_INVITED);

  /* A team member's name follows the team list; statuses follow answers. */
  grace = item_with_id (raters, grace_id);
  g_assert_cmpint (hearth_feedback_rater_get_staff_id (grace), ==, GRACE);
  g_assert_true (hearth_store_exec (fixture->store, "UPDATE staff SET name = 'Grace Bello'"
                                    " WHERE id = 4", &error));
  hearth_store_note_change (fixture->store, "staff", GRACE, HEARTH_CHANGE_UPDATE);
  g_assert_cmpstr (hearth_feedback_rater_get_name (grace), ==, "Grace Bello");
  g_assert_true (hearth_feedback_decline (fixture->store, grace_id, &error));
  g_assert_cmpint (hearth_feedback_rater_get_status (grace), ==, HEARTH_RATER_DECLINED);
  g_assert_cmpstr (hearth_feedback_rater_get_status_label (grace), ==, "Declined");

  g_assert_true (hearth_feedback_remove_rater (fixture->store, jo_id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (raters)), ==, 4);
}

/* A cycle's item says who runs it, its state, mode and minimums, and the
 * list can be narrowed to one person's cycles. */
static void
test_cycle_item (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) cycles = hearth_feedback_cycle_query_new (fixture->store);
  g_autoptr(HearthFeedbackCycle) item = NULL;
  HearthFeedbackCycleSpec spec = spec_for (fixture, TOMASZ);
  HearthFeedbackMinimums minimums = { 1, 1, 2, 4 };
  gint64 cycle = create_cycle (fixture, PRIYA);
  gint64 other;

  spec.mode = HEARTH_FEEDBACK_DEVELOPMENT_ONLY;
  spec.release_by = HEARTH_RELEASE_BY_PERSON;
  spec.supervisor_id = 0;
  other = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cycles)), ==, 2);

  item = item_with_id (cycles, cycle);
  g_assert_cmpint (hearth_feedback_cycle_get_supervisor_id (item), ==, SAM);
  g_assert_cmpstr (hearth_feedback_cycle_get_supervisor_name (item), ==, "Sam Okafor");
  g_assert_cmpint (hearth_feedback_cycle_get_release_by (item), ==, HEARTH_RELEASE_BY_SUPERVISOR);
  g_assert_cmpint (hearth_feedback_cycle_get_mode (item), ==, HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  g_assert_true (hearth_feedback_cycle_get_is_open (item));
  g_assert_false (hearth_feedback_cycle_get_min_confirmed (item));

  g_assert_true (hearth_feedback_set_minimums (fixture->store, cycle, &minimums, TRUE, &error));
  hearth_feedback_cycle_get_minimums (item, &minimums);
  g_assert_cmpuint (minimums.other, ==, 2);
  g_assert_cmpuint (minimums.comments, ==, 4);
  g_assert_true (hearth_feedback_cycle_get_min_confirmed (item));

  add_rater (fixture, cycle, GRACE, NULL, HEARTH_RELATIONSHIP_PEER);
  g_assert_true (hearth_feedback_decline (fixture->store,
                                          add_rater (fixture, cycle, FATIMA, NULL,
                                                     HEARTH_RELATIONSHIP_PEER), &error));
  g_assert_cmpuint (hearth_feedback_cycle_get_rater_count (item), ==, 2);
  g_assert_cmpuint (hearth_feedback_cycle_get_declined_count (item), ==, 1);

  g_assert_true (hearth_feedback_close_cycle (fixture->store, cycle, &error));
  g_assert_false (hearth_feedback_cycle_get_is_open (item));
  g_assert_true (hearth_feedback_release (fixture->store, cycle, &error));
  g_assert_true (hearth_feedback_cycle_get_released (item));
  g_clear_object (&item);

  item = item_with_id (cycles, other);
  g_assert_cmpint (hearth_feedback_cycle_get_mode (item), ==, HEARTH_FEEDBACK_DEVELOPMENT_ONLY);
  g_assert_cmpint (hearth_feedback_cycle_get_release_by (item), ==, HEARTH_RELEASE_BY_PERSON);
  g_assert_cmpint (hearth_feedback_cycle_get_supervisor_id (item), ==, 0);

  hearth_feedback_cycle_list_set_subject (cycles, TOMASZ);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cycles)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (cycles, 0), ==, other);
  hearth_feedback_cycle_list_set_subject (cycles, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cycles)), ==, 2);
}

/* A one-to-one shows the person's latest released report: never one still
 * open, nor one closed and not released, nor someone else's; and a
 * one-to-one started records the one it shows. */
static void
test_latest_released (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSupervision) record = NULL;
  gint64 first = create_cycle (fixture, PRIYA);
  gint64 second = create_cycle (fixture, PRIYA);
  gint64 unreleased = create_cycle (fixture, PRIYA);
  gint64 open = create_cycle (fixture, PRIYA);
  gint64 toms = create_cycle (fixture, TOMASZ);
  gint64 pair, supervision, released_at = 0;

  g_assert_cmpint (open, >, 0);
  g_assert_cmpint (hearth_feedback_cycle_find_latest_released (fixture->store, PRIYA, NULL, &error), ==, 0);
  g_assert_no_error (error);

  hearth_store_set_clock (fixture->store, NOW + 60);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, second, &error));
  g_assert_true (hearth_feedback_release (fixture->store, second, &error));
  hearth_store_set_clock (fixture->store, NOW + 120);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, first, &error));
  g_assert_true (hearth_feedback_release (fixture->store, first, &error));
  g_assert_true (hearth_feedback_close_cycle (fixture->store, unreleased, &error));
  g_assert_true (hearth_feedback_close_cycle (fixture->store, toms, &error));
  hearth_store_set_clock (fixture->store, NOW + 180);
  g_assert_true (hearth_feedback_release (fixture->store, toms, &error));
  g_assert_no_error (error);

  /* The newest release, not the newest cycle. */
  g_assert_cmpint (hearth_feedback_cycle_find_latest_released (fixture->store, PRIYA, &released_at,
                                                               &error), ==, first);
  g_assert_cmpint (released_at, ==, NOW + 120);
  g_assert_cmpint (hearth_feedback_cycle_find_latest_released (fixture->store, TOMASZ, NULL, &error), ==, toms);
  g_assert_cmpint (hearth_feedback_cycle_find_latest_released (fixture->store, GRACE, NULL, &error), ==, 0);
  g_assert_no_error (error);

  pair = hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 4, &error);
  g_assert_no_error (error);
  supervision = hearth_supervision_start (fixture->store, pair, NULL, &error);
  g_assert_no_error (error);
  record = hearth_supervision_load (fixture->store, supervision, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_feedback_cycle_id (record), ==, first);

  /* Taken back: the one released before it is the latest again. */
  g_assert_true (hearth_feedback_reopen_cycle (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_feedback_cycle_find_latest_released (fixture->store, PRIYA, NULL, &error), ==, second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/feedback-changes/framework/create", test_framework_create);
  ADD ("/feedback-changes/framework/duplicate-names", test_framework_duplicate_names);
  ADD ("/feedback-changes/framework/behaviours", test_behaviours);
  ADD ("/feedback-changes/framework/texts", test_framework_texts);
  ADD ("/feedback-changes/framework/scale", test_scale);
  ADD ("/feedback-changes/framework/in-use", test_framework_in_use);
  ADD ("/feedback-changes/framework/duplicate-and-remove", test_duplicate_and_remove);
  ADD ("/feedback-changes/cycle/create", test_cycle_create);
  ADD ("/feedback-changes/cycle/update", test_cycle_update);
  ADD ("/feedback-changes/cycle/minimums", test_minimums);
  ADD ("/feedback-changes/cycle/close-release-reopen", test_close_release_reopen);
  ADD ("/feedback-changes/cycle/progress", test_progress);
  ADD ("/feedback-changes/cycle/latest-released", test_latest_released);
  ADD ("/feedback-changes/raters/add-remove-decline", test_raters);
  ADD ("/feedback-changes/raters/alone", test_rater_alone);
  g_test_add_func ("/feedback-changes/answers/value", test_answers_value);
  ADD ("/feedback-changes/answers/drafts", test_drafts);
  ADD ("/feedback-changes/answers/development-only", test_development_only_answers);
  ADD ("/feedback-changes/answers/submit", test_submit);
  ADD ("/feedback-changes/answers/submit-at-once", test_submit_at_once);
  ADD ("/feedback-changes/answers/submit-with-token", test_submit_with_token);
  ADD ("/feedback-changes/anonymity/no-link-in-file", test_no_link_in_file);
  ADD ("/feedback-changes/lists/frameworks", test_framework_list);
  ADD ("/feedback-changes/lists/behaviours", test_behaviour_list);
  ADD ("/feedback-changes/lists/raters", test_rater_list);
  ADD ("/feedback-changes/lists/cycle-item", test_cycle_item);

  return g_test_run ();
}
