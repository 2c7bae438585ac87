/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report of a 360° feedback cycle as CSV and PDF: the same figures as
 * the report object, none for a group below its minimum (nor its words),
 * no numbers at all for a development-only cycle, fields quoted as
 * spreadsheets read them, and files written whole, for their owner only.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-error.h"
#include "hearth-feedback-report-csv.h"
#include "hearth-feedback-report-pdf.h"
#include "hearth-framework-changes.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM   1   /* the supervisor */
#define PRIYA 2   /* the person the feedback is for */

#define N_BEHAVIOURS 3

/* Words each group writes, to look for (or not) in the files. */
#define PEER_WORDS     "Calls back, \"always\" the same day"
#define RESIDENT_WORDS "Resident words that must stay hidden"
#define SELF_WORDS     "My own note to myself"

typedef struct {
  char                 *dir;
  HearthStore          *store;
  gint64                framework_id;
  gint64                behaviours[N_BEHAVIOURS];
  gint64                cycle_id;
  HearthFeedbackReport *report;
  guint                 n_raters;
} Fixture;

static void
answer (Fixture            *fixture,
        HearthRelationship  relationship,
        int                 rating,
        const char         *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autofree char *name = g_strdup_printf ("Rater %u", ++fixture->n_raters);
  gint64 rater;

  rater = hearth_feedback_add_rater (fixture->store, fixture->cycle_id, 0,
                                     relationship == HEARTH_RELATIONSHIP_SELF ? NULL : name,
                                     relationship, &error);
  g_assert_no_error (error);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      if (rating > 0)
        hearth_feedback_answers_set_rating (answers, fixture->behaviours[b], rating + b % 2);
      hearth_feedback_answers_set_example (answers, fixture->behaviours[b], words);
    }
  hearth_feedback_answers_set_keep_doing (answers, words);
  hearth_feedback_answers_set_try (answers, words);
  g_assert_true (hearth_feedback_submit (fixture->store, rater, answers, &error));
  g_assert_no_error (error);
}

/* A closed, released cycle: the person, their manager, three peers (at
 * their minimum) and two residents (one below it). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *const names[N_BEHAVIOURS] = { "Listening", "Follow-through", "Kindness" };
  g_autoptr(GError) error = NULL;
  HearthFeedbackMode mode = GPOINTER_TO_INT (data);
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .title = "Priya’s feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = mode,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };
  int rating = mode == HEARTH_FEEDBACK_DEVELOPMENT_ONLY ? 0 : 3;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah');"
    "UPDATE staff SET supervisor_id = 1 WHERE id = 2;",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, SAM);

  spec.framework_id = hearth_framework_create (fixture->store, "Test behaviours",
                                               HEARTH_FRAMEWORK_BEHAVIOURS, &error);
  g_assert_no_error (error);
  fixture->framework_id = spec.framework_id;
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      fixture->behaviours[b] = hearth_framework_add_behaviour (fixture->store, spec.framework_id,
                                                               names[b], "A line of meaning",
                                                               "", &error);
      g_assert_no_error (error);
    }
  fixture->cycle_id = hearth_feedback_create_cycle (fixture->store, &spec, &error);
  g_assert_no_error (error);

  answer (fixture, HEARTH_RELATIONSHIP_SELF, rating ? rating + 1 : 0, SELF_WORDS);
  answer (fixture, HEARTH_RELATIONSHIP_MANAGER, rating, "The manager's view");
  for (guint i = 0; i < 3; i++)
    answer (fixture, HEARTH_RELATIONSHIP_PEER, rating ? rating + (int) i % 2 : 0, PEER_WORDS);
  for (guint i = 0; i < 2; i++)
    answer (fixture, HEARTH_RELATIONSHIP_RESIDENT, rating ? 1 : 0, RESIDENT_WORDS);

  g_assert_true (hearth_feedback_close_cycle (fixture->store, fixture->cycle_id, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_feedback_release (fixture->store, fixture->cycle_id, &error));
  g_assert_no_error (error);

  fixture->report = hearth_feedback_report_new (fixture->store, fixture->cycle_id, SAM, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->report);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* --- Reading the CSV back ---------------------------------------------------------- */

/* The rows of an RFC 4180 file, each a NULL-terminated list of fields. */
static GPtrArray *
parse_csv (GBytes *bytes)
{
  gsize length = 0;
  const char *p = g_bytes_get_data (bytes, &length);
  const char *end = p + length;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);

  g_assert_true (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0);
  p += 3;

  while (p < end)
    {
      if (*p == '"')
        {
          for (p++; p < end; p++)
            {
              if (*p == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          g_assert_true (p < end);
          p++;
        }
      while (p < end && *p != ',' && *p != '\r')
        g_string_append_c (field, *p++);

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (p < end && *p == ',')
        p++;
      else
        {
          g_assert_true (p + 1 < end && p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
        }
    }

  return g_steal_pointer (&rows);
}

static GPtrArray *
report_csv (Fixture *fixture)
{
  g_autoptr(HearthCsvWriter) writer = hearth_feedback_report_csv_new (fixture->report);
  g_autoptr(GBytes) bytes = hearth_csv_writer_dup_bytes (writer);

  return parse_csv (bytes);
}

static int
column (GPtrArray  *rows,
        const char *name)
{
  char **header = rows->pdata[0];

  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  return -1;
}

static gboolean
is_number (const char *text)
{
  char *end = NULL;

  if (*text == '\0')
    return FALSE;
  g_ascii_strtod (text, &end);
  return *end == '\0';
}

static void
test_csv_columns (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = report_csv (fixture);
  int section = column (rows, "Section"), behaviour = column (rows, "Behaviour");
  int group = column (rows, "Group"), mean = column (rows, "Mean");
  int lowest = column (rows, "Lowest"), highest = column (rows, "Highest");
  int ratings = column (rows, "Ratings"), text = column (rows, "Text");
  guint peers = 0, residents = 0, peer_words = 0;

  g_assert_cmpint (section, ==, 0);
  g_assert_cmpint (behaviour, >=, 0);
  g_assert_cmpint (group, >=, 0);
  g_assert_cmpint (mean, >=, 0);
  g_assert_cmpint (lowest, >=, 0);
  g_assert_cmpint (highest, >=, 0);
  g_assert_cmpint (ratings, >=, 0);
  g_assert_cmpint (text, >=, 0);

  for (guint r = 1; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (rows->pdata[0]));
      g_assert_null (strstr (row[text], RESIDENT_WORDS));
      if (g_str_equal (row[text], PEER_WORDS))
        peer_words++;

      if (!g_str_equal (row[section], "Rating"))
        continue;

      for (guint b = 0; b < N_BEHAVIOURS; b++)
        {
          HearthFeedbackFigures figures;
          g_autofree char *expected = NULL;
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          if (!g_str_equal (row[behaviour],
                            hearth_feedback_report_get_behaviour_name (fixture->report, b)))
            continue;

          if (g_str_equal (row[group], "Peers"))
            {
              g_assert_true (hearth_feedback_report_get_figures (fixture->report, b,
                                                                 HEARTH_RELATIONSHIP_PEER,
                                                                 &figures));
              g_assert_cmpint (figures.shown, ==, HEARTH_FEEDBACK_SHOWN);
              g_assert_cmpstr (row[mean], ==, g_ascii_formatd (number, sizeof number, "%.2f",
                                                                figures.mean));
              expected = g_strdup_printf ("%d", figures.lowest);
              g_assert_cmpstr (row[lowest], ==, expected);
              g_clear_pointer (&expected, g_free);
              expected = g_strdup_printf ("%d", figures.highest);
              g_assert_cmpstr (row[highest], ==, expected);
              g_clear_pointer (&expected, g_free);
              expected = g_strdup_printf ("%u", figures.n_ratings);
              g_assert_cmpstr (row[ratings], ==, expected);
              peers++;
            }
          else if (g_str_equal (row[group], "Residents"))
            {
              /* Below its minimum: no figure at all, and why. */
              for (int c = 0; row[c] != NULL; c++)
                g_assert_false (is_number (row[c]));
              g_assert_nonnull (strstr (row[text], "Not shown"));
              residents++;
            }
        }
    }

  g_assert_cmpuint (peers, ==, N_BEHAVIOURS);
  g_assert_cmpuint (residents, ==, N_BEHAVIOURS);
  /* Keep doing, try, and an example for each behaviour. */
  g_assert_cmpuint (peer_words, ==, 3 * (2 + N_BEHAVIOURS));
}

static void
test_csv_quoting (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HearthCsvWriter) writer = hearth_feedback_report_csv_new (fixture->report);
  g_autoptr(GBytes) bytes = hearth_csv_writer_dup_bytes (writer);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* A comma and quotes: the field quoted, its quotes doubled. */
  g_assert_nonnull (strstr (text, ",\"Calls back, \"\"always\"\" the same day\"\r\n"));
}

static void
test_csv_development_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = report_csv (fixture);
  guint words = 0;

  g_assert_cmpint (column (rows, "Mean"), ==, -1);
  g_assert_cmpint (column (rows, "Ratings"), ==, -1);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      for (int c = 0; row[c] != NULL; c++)
        {
          g_assert_false (is_number (row[c]));
          if (g_str_equal (row[c], PEER_WORDS))
            words++;
        }
    }
  g_assert_cmpuint (words, >, 0);
}

/* --- The PDF ------------------------------------------------------------------------ */

static char *
save_pdf (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = hearth_feedback_report_new_pdf (fixture->report);
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GStatBuf st;

  /* An older file of the same name, readable by anyone, is replaced by one
   * for its owner only. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), >=, 1);

  return hearth_test_pdf_to_text (path);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *text = save_pdf (fixture);
  HearthFeedbackFigures figures;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert_nonnull (strstr (text, "Priya’s feedback"));
  g_assert_nonnull (strstr (text, "Priya Shah"));
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    g_assert_nonnull (strstr (text, hearth_feedback_report_get_behaviour_name (fixture->report,
                                                                               b)));
  g_assert_nonnull (strstr (text, "Calls back, \"always\" the same day"));
  g_assert_nonnull (strstr (text, SELF_WORDS));
  g_assert_nonnull (strstr (text, "Not shown: fewer than 3 residents answered"));
  g_assert_null (strstr (text, RESIDENT_WORDS));

  g_assert_true (hearth_feedback_report_get_figures (fixture->report, 0, HEARTH_RELATIONSHIP_PEER,
                                                     &figures));
  g_assert_nonnull (strstr (text, g_ascii_formatd (number, sizeof number, "%.1f",
                                                    figures.mean)));
}

static void
test_pdf_development_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *text = save_pdf (fixture);
  g_autoptr(GRegex) decimal = g_regex_new ("[0-9]\\.[0-9]", 0, 0, NULL);

  g_assert_nonnull (strstr (text, "Development only"));
  g_assert_nonnull (strstr (text, PEER_WORDS));
  g_assert_null (strstr (text, "lowest"));
  g_assert_null (strstr (text, "Everyone but self"));
  g_assert_false (g_regex_match (decimal, text, 0, NULL));
}

/* A folder that does not exist: nothing is made, and the reason is given. */
static void
test_pdf_save_failure (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = hearth_feedback_report_new_pdf (fixture->report);
  g_autofree char *folder = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  gconstpointer words = GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  gconstpointer dev = GINT_TO_POINTER (HEARTH_FEEDBACK_DEVELOPMENT_ONLY);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, mode) \
  g_test_add ("/feedback-report-export/" path, Fixture, mode, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("csv/columns", test_csv_columns, words);
  ADD ("csv/quoting", test_csv_quoting, words);
  ADD ("csv/development-only", test_csv_development_only, dev);
  ADD ("pdf/opens", test_pdf, words);
  ADD ("pdf/development-only", test_pdf_development_only, dev);
  ADD ("pdf/save-failure", test_pdf_save_failure, words);

  return g_test_run ();
}
