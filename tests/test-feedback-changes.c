/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to 360° feedback: the frameworks and their rules, cycles and their
 * raters. Refusals write nothing, and say what to do in plain words.
 */

#include "config.h"

#include <string.h>

#include "hearth-feedback-changes.h"
#include "hearth-framework-changes.h"
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
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
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
  ADD ("/feedback-changes/raters/add-remove-decline", test_raters);
  ADD ("/feedback-changes/raters/alone", test_rater_alone);

  return g_test_run ();
}
