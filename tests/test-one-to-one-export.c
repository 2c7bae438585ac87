/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A one-to-one's shared record as a PDF, and the supervisor's private note
 * in no file Hearth writes: on the sample team, a one-to-one whose private
 * note holds a word found nowhere else is written out with every export
 * there is (the one-to-one's PDF, the cases as CSV and as PDF, every table
 * of insights as CSV, every resident's subject access JSON and PDF, every
 * released feedback report as PDF and CSV), and each file is searched for
 * that word. The record's shared words are in its PDF, so that the search
 * would find the note if it were there.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hearth-case-csv.h"
#include "hearth-case-pdf.h"
#include "hearth-case.h"
#include "hearth-error.h"
#include "hearth-feedback-report-csv.h"
#include "hearth-feedback-report-pdf.h"
#include "hearth-insights-csv.h"
#include "hearth-one-to-one-pdf.h"
#include "hearth-resident-export.h"
#include "hearth-sample-data.h"
#include "hearth-supervision-changes.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

/* Words made up so that no sample text holds them by chance; each is one
 * word to pdftotext. */
#define PRIVATE_MARKER "Quincewood7c4f"
#define SHARED_MARKER  "Kettlebrook2e9d"
#define ACTION_MARKER  "Lanternfield5b1a"

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       supervision_id;
  gint64       staff_id;
  gint64       case_id;      /* one the member of staff reflected on */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 pair_id, supervisor_id, version;
  HearthSupervisionField shared[] = {
    HEARTH_SUPERVISION_WELLBEING_NOTE, HEARTH_SUPERVISION_GOING_WELL,
    HEARTH_SUPERVISION_BEEN_HARD, HEARTH_SUPERVISION_REFLECTION, HEARTH_SUPERVISION_LEARNING,
    HEARTH_SUPERVISION_BEHAVIOURS_NOTE,
  };

  fixture->dir = hearth_test_make_dir ();
  path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (fixture->store, NOW);
  g_assert_true (hearth_sample_data_fill (fixture->store, HEARTH_SAMPLE_TEAM, &error));
  g_assert_no_error (error);

  /* A pair whose member of staff leads a case, to reflect on it. */
  pair_id = hearth_test_query_int (fixture->store,
                                   "SELECT p.id FROM supervision_pairs p WHERE p.ended_on IS NULL"
                                   " AND EXISTS (SELECT 1 FROM cases c WHERE c.lead_id = p.staff_id)"
                                   " ORDER BY p.id LIMIT 1");
  supervisor_id = hearth_test_query_intf (fixture->store, "SELECT supervisor_id FROM"
                                          " supervision_pairs WHERE id = %" G_GINT64_FORMAT, pair_id);
  fixture->staff_id = hearth_test_query_intf (fixture->store, "SELECT staff_id FROM"
                                              " supervision_pairs WHERE id = %" G_GINT64_FORMAT,
                                              pair_id);
  fixture->case_id = hearth_test_query_intf (fixture->store, "SELECT min (id) FROM cases WHERE"
                                             " lead_id = %" G_GINT64_FORMAT, fixture->staff_id);

  hearth_store_set_actor (fixture->store, supervisor_id);
  fixture->supervision_id = hearth_supervision_start (fixture->store, pair_id, NULL, &error);
  g_assert_no_error (error);
  version = hearth_test_query_intf (fixture->store, "SELECT version FROM supervisions WHERE id = %"
                                    G_GINT64_FORMAT, fixture->supervision_id);

  g_assert_true (hearth_supervision_save_text (fixture->store, fixture->supervision_id, version,
                                               HEARTH_SUPERVISION_PRIVATE_NOTE,
                                               "Worried, between us: " PRIVATE_MARKER, &version,
                                               &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    {
      g_autofree char *text = g_strdup_printf ("Part %u of the record, shared: " SHARED_MARKER, i);

      g_assert_true (hearth_supervision_save_text (fixture->store, fixture->supervision_id,
                                                   version, shared[i], text, &version, &error));
      g_assert_no_error (error);
    }
  g_assert_true (hearth_supervision_set_wellbeing (fixture->store, fixture->supervision_id, version,
                                                   4, &version, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_supervision_link_case (fixture->store, fixture->supervision_id,
                                               fixture->case_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_add_action (fixture->store, fixture->supervision_id,
                                                  "Ring the housing office " ACTION_MARKER,
                                                  supervisor_id, "2026-12-04", &error), >, 0);
  g_assert_no_error (error);

  /* The note is there, and readable by the supervisor: the exports have
   * something to leave out. */
  {
    g_autofree char *note = hearth_supervision_dup_private_note (fixture->store,
                                                                 fixture->supervision_id, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (note, PRIVATE_MARKER));
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The bytes of the file, and for a PDF its text too, lack @marker. */
static void
assert_file_lacks (const char *path,
                   const char *marker)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 0);
  if (memmem (contents, length, marker, strlen (marker)) != NULL)
    g_error ("“%s” is in %s", marker, path);

  if (g_str_has_suffix (path, ".pdf"))
    {
      g_autofree char *text = hearth_test_pdf_to_text (path);

      if (strstr (text, marker) != NULL)
        g_error ("“%s” is in the text of %s", marker, path);
    }
}

/* Saves @pdf, which it takes, as @name in the test's folder. */
static char *
save_pdf (Fixture         *fixture,
          HearthPdfWriter *pdf_in,
          const char      *name)
{
  g_autoptr(HearthPdfWriter) pdf = pdf_in;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_nonnull (pdf);
  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Saves @csv, which it takes, as @name in the test's folder. */
static char *
save_csv (Fixture         *fixture,
          HearthCsvWriter *csv_in,
          const char      *name)
{
  g_autoptr(HearthCsvWriter) csv = csv_in;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_nonnull (csv);
  g_assert_true (hearth_csv_writer_save (csv, file, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* The record's PDF holds what the two of them share, in the order of the
 * conversation, and not the note; it is the owner's alone. */
static void
test_one_to_one_pdf (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "one-to-one.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *supervisor = NULL;
  g_autofree char *case_title = NULL;
  const char *from;
  GStatBuf st;
  const char *in_order[] = {
    "Wellbeing: Doing well", "Part 0 of the record, shared: " SHARED_MARKER,
    "Part 1 of the record", "Part 2 of the record", "Part 3 of the record",
    "Part 4 of the record", "Part 5 of the record", "Ring the housing office " ACTION_MARKER,
  };

  g_assert_true (hearth_one_to_one_pdf_save (fixture->store, fixture->supervision_id, file, NULL,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = hearth_test_pdf_to_text (path);
  staff = hearth_test_query_textf (fixture->store, "SELECT name FROM staff WHERE id = %"
                                   G_GINT64_FORMAT, fixture->staff_id);
  supervisor = hearth_test_query_textf (fixture->store, "SELECT s.name FROM staff s JOIN"
                                        " supervisions v ON v.supervisor_id = s.id WHERE v.id = %"
                                        G_GINT64_FORMAT, fixture->supervision_id);
  case_title = hearth_test_query_textf (fixture->store, "SELECT title FROM cases WHERE id = %"
                                        G_GINT64_FORMAT, fixture->case_id);
  g_assert_nonnull (strstr (text, staff));
  g_assert_nonnull (strstr (text, supervisor));
  g_assert_nonnull (strstr (text, case_title));
  g_assert_nonnull (strstr (text, "Friday 4 December 2026"));

  from = text;
  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      const char *found = strstr (from, in_order[i]);

      if (found == NULL)
        g_error ("“%s” is missing from the PDF, or out of order:\n%s", in_order[i], text);
      from = found + strlen (in_order[i]);
    }
  assert_file_lacks (path, PRIVATE_MARKER);
}

/* A one-to-one held beside a released 360° report names it under
 * Behaviours, with the day it was released; one held beside none does
 * not. */
static void
test_report_beside (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) released = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *other_text = NULL;
  gint64 beside, without, cycle_id;

  beside = hearth_test_query_int (fixture->store,
                                  "SELECT max (s.id) FROM supervisions s JOIN feedback_cycles f"
                                  " ON f.id = s.feedback_cycle_id WHERE f.released_at IS NOT NULL");
  g_assert_cmpint (beside, >, 0);
  cycle_id = hearth_test_query_intf (fixture->store, "SELECT feedback_cycle_id FROM supervisions"
                                     " WHERE id = %" G_GINT64_FORMAT, beside);
  title = hearth_test_query_textf (fixture->store, "SELECT title FROM feedback_cycles WHERE id = %"
                                   G_GINT64_FORMAT, cycle_id);
  released = g_date_time_new_from_unix_local (
    hearth_test_query_intf (fixture->store, "SELECT released_at FROM feedback_cycles WHERE id = %"
                            G_GINT64_FORMAT, cycle_id));
  day = g_date_time_format (released, "%-d %B %Y");
  expected = g_strdup_printf ("Beside the 360° report “%s”, released %s.", title, day);

  path = save_pdf (fixture, hearth_one_to_one_pdf_new (fixture->store, beside, &error),
                   "beside.pdf");
  g_assert_no_error (error);
  text = hearth_test_pdf_to_text (path);
  hearth_test_assert_has (text, expected);
  /* Under Behaviours, before the actions. */
  g_assert_true (strstr (text, "Behaviours") < strstr (text, expected));
  g_assert_nonnull (strstr (strstr (text, expected), "Actions"));

  /* The same person's one-to-one from before the report names none. */
  without = hearth_test_query_intf (fixture->store, "SELECT min (id) FROM supervisions WHERE"
                                    " feedback_cycle_id IS NULL AND staff_id = (SELECT staff_id"
                                    " FROM supervisions WHERE id = %" G_GINT64_FORMAT ")", beside);
  g_assert_cmpint (without, >, 0);
  other_path = save_pdf (fixture, hearth_one_to_one_pdf_new (fixture->store, without, &error),
                         "without.pdf");
  g_assert_no_error (error);
  other_text = hearth_test_pdf_to_text (other_path);
  hearth_test_assert_lacks (other_text, "Beside the 360° report");
  hearth_test_assert_has (other_text, "Behaviours");
}

/* Every one-to-one of the sample team has a PDF without a private note in
 * it, whoever the store's actor is; none asked for is refused, with nothing
 * written. */
static void
test_every_one_to_one (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.pdf", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(HearthPdfWriter) none = NULL;
  guint with_notes = 0;

  ids = hearth_store_read_ids (fixture->store, &error,
                               "SELECT id FROM supervisions WHERE staff_id = ? ORDER BY id", "x",
                               fixture->staff_id);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 1);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *name = g_strdup_printf ("one-to-one-%" G_GINT64_FORMAT ".pdf", id);
      g_autofree char *note = hearth_test_query_textf (fixture->store, "SELECT private_note FROM"
                                                       " supervisions WHERE id = %" G_GINT64_FORMAT,
                                                       id);
      g_autofree char *path = NULL;

      hearth_store_set_actor (fixture->store, 0);
      path = save_pdf (fixture, hearth_one_to_one_pdf_new (fixture->store, id, &error), name);
      g_assert_no_error (error);
      assert_file_lacks (path, PRIVATE_MARKER);
      /* The sample's own private notes stay out too. */
      if (note != NULL && strlen (note) > 12)
        {
          g_autofree char *start = g_strndup (note, 12);

          assert_file_lacks (path, start);
          with_notes++;
        }
    }
  g_test_message ("%u of %u one-to-ones had a private note of their own", with_notes, ids->len);

  none = hearth_one_to_one_pdf_new (fixture->store, 999999, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_null (none);
  g_clear_error (&error);
  g_assert_false (hearth_one_to_one_pdf_save (fixture->store, 999999, missing_file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Every other export Hearth writes, of everything the sample holds. */
static void
test_every_export (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  g_autoptr(HearthInsights) insights = NULL;
  g_autoptr(GArray) residents = NULL;
  g_autoptr(GArray) cycles = NULL;
  g_autofree char *cases_csv = NULL;
  g_autofree char *case_pdf = NULL;
  gint64 start, end;
  guint n_reports = 0;

  /* As the supervisor who can read the note, so that nothing is left out
   * only because the actor could not see it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cases)), >, 0);
  cases_csv = save_csv (fixture, hearth_case_csv_new (G_LIST_MODEL (cases)), "cases.csv");
  assert_file_lacks (cases_csv, PRIVATE_MARKER);

  case_pdf = save_pdf (fixture, hearth_case_pdf_new (fixture->store, fixture->case_id, NULL, &error),
                       "case.pdf");
  g_assert_no_error (error);
  assert_file_lacks (case_pdf, PRIVATE_MARKER);

  hearth_insights_period_this_year (NOW, &start, &end);
  insights = hearth_insights_compute (fixture->store, start, end, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < HEARTH_INSIGHTS_N_CSV; t++)
    {
      g_autofree char *name = g_strdup_printf ("insights-%u.csv", t);
      g_autofree char *path = save_csv (fixture, hearth_insights_csv_new (insights, t), name);

      assert_file_lacks (path, PRIVATE_MARKER);
    }

  residents = hearth_store_read_ids (fixture->store, &error,
                                     "SELECT DISTINCT resident_id FROM case_residents"
                                     " WHERE case_id = ? ORDER BY resident_id", "x",
                                     fixture->case_id);
  g_assert_no_error (error);
  g_assert_cmpuint (residents->len, >, 0);
  for (guint r = 0; r < residents->len; r++)
    {
      gint64 id = g_array_index (residents, gint64, r);
      g_autofree char *json = g_strdup_printf ("%s/resident-%" G_GINT64_FORMAT ".json", fixture->dir, id);
      g_autofree char *pdf = g_strdup_printf ("%s/resident-%" G_GINT64_FORMAT ".pdf", fixture->dir, id);
      g_autoptr(GFile) json_file = g_file_new_for_path (json);
      g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);

      g_assert_true (hearth_resident_export_json (fixture->store, id, json_file, &error));
      g_assert_no_error (error);
      g_assert_true (hearth_resident_export_pdf (fixture->store, id, pdf_file, &error));
      g_assert_no_error (error);
      assert_file_lacks (json, PRIVATE_MARKER);
      assert_file_lacks (pdf, PRIVATE_MARKER);
    }

  cycles = hearth_store_read_ids (fixture->store, &error,
                                  "SELECT id FROM feedback_cycles WHERE released_at IS NOT NULL"
                                  " ORDER BY id", "");
  g_assert_no_error (error);
  for (guint c = 0; c < cycles->len; c++)
    {
      gint64 id = g_array_index (cycles, gint64, c);
      g_autoptr(HearthFeedbackReport) report = hearth_feedback_report_new (fixture->store, id, 0,
                                                                           &error);
      g_autofree char *pdf_name = g_strdup_printf ("report-%" G_GINT64_FORMAT ".pdf", id);
      g_autofree char *csv_name = g_strdup_printf ("report-%" G_GINT64_FORMAT ".csv", id);
      g_autofree char *pdf = NULL;
      g_autofree char *csv = NULL;

      g_assert_no_error (error);
      pdf = save_pdf (fixture, hearth_feedback_report_new_pdf (report), pdf_name);
      csv = save_csv (fixture, hearth_feedback_report_csv_new (report), csv_name);
      assert_file_lacks (pdf, PRIVATE_MARKER);
      assert_file_lacks (csv, PRIVATE_MARKER);
      n_reports++;
    }
  g_assert_cmpuint (n_reports, >, 0);
}

/* A name to offer, safe for a file system. */
static void
test_file_name (void)
{
  g_autofree char *plain = hearth_one_to_one_pdf_dup_file_name ("Sam Okafor", "2026-12-01");
  g_autofree char *odd = hearth_one_to_one_pdf_dup_file_name ("a/b:c", "2026-12-01");
  g_autofree char *none = hearth_one_to_one_pdf_dup_file_name ("", "2026-12-01");

  g_assert_cmpstr (plain, ==, "One-to-one with Sam Okafor, 2026-12-01.pdf");
  g_assert_null (strchr (odd, '/'));
  g_assert_null (strchr (odd, ':'));
  g_assert_true (g_str_has_suffix (none, ".pdf"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/one-to-one-export/pdf", test_one_to_one_pdf);
  ADD ("/one-to-one-export/every-one-to-one", test_every_one_to_one);
  ADD ("/one-to-one-export/report-beside", test_report_beside);
  ADD ("/one-to-one-export/every-export", test_every_export);
  g_test_add_func ("/one-to-one-export/file-name", test_file_name);

  return g_test_run ();
}
