/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to 360° feedback: the frameworks and their rules. Refusals write
 * nothing, and say what to do in plain words.
 */

#include "config.h"

#include <string.h>

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

  return g_test_run ();
}
