/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case list as a CSV file: one row per case as the list shows them,
 * filtered and sorted, with ISO dates and fields quoted where needed.
 */

#include "config.h"

#include "hearth-case.h"
#include "hearth-case-csv.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

static char **
rows_of (HearthCsvWriter *writer)
{
  g_autoptr(GBytes) bytes = hearth_csv_writer_dup_bytes (writer);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data + 3, size - 3);

  return g_strsplit (text, "\r\n", -1);
}

static void
test_case_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hearth_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autoptr(HearthStore) store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_autoptr(HearthQueryModel) cases = NULL;
  g_autoptr(HearthCsvWriter) writer = NULL;
  g_auto(GStrv) rows = NULL;

  g_assert_no_error (error);
  hearth_store_set_clock (store, NOW);
  g_assert_true (hearth_store_exec (store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
    "INSERT INTO residents (id, name, preferred_name) VALUES (1, 'Dorothy Evans', 'Dot'),"
    "  (2, 'Zeynep Yıldız', '');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'A cooker, and \"something\" warm', 1, 1795348800 - 86400 * 10, 1795348800);"
    "INSERT INTO cases (id, title, lead_id, status, opened_at, closed_at, outcome_id,"
    "  last_activity_at) VALUES (2, '=Feeling safe', 1, 'closed', 1795348800 - 86400 * 40,"
    "  1795348800 - 86400, 1, 1795348800 - 86400);"
    "INSERT INTO case_residents (case_id, resident_id, position) VALUES (1, 1, 0), (1, 2, 1),"
    "  (2, 2, 0);"
    "INSERT INTO timeline_entries (id, case_id, kind, occurred_at, summary)"
    "  VALUES (1, 1, 'agreement', 1795348800 - 86400 * 5, 'What we agreed');"
    "INSERT INTO agreement_items (entry_id, text, due_on) VALUES (1, 'Phone', '2026-11-01'),"
    "  (1, 'Visit', '2026-12-01');", &error));
  g_assert_no_error (error);

  cases = hearth_case_query_new (store);
  writer = hearth_case_csv_new (G_LIST_MODEL (cases));
  rows = rows_of (writer);

  /* A heading, then both cases newest activity first, then the empty rest. */
  g_assert_cmpuint (g_strv_length (rows), ==, 4);
  g_assert_true (g_str_has_prefix (rows[0], "Case,Residents,Lead worker,Status,Opened"));
  g_assert_true (g_str_has_prefix (rows[1], "\"A cooker, and \"\"something\"\" warm\","
                                            "\"Dot, Zeynep Yıldız\",Priya Raman,Open,2026-11-12,,,"));
  g_assert_true (g_str_has_suffix (rows[1], ",2,1"));
  /* A title that starts like a formula stays text; the outcome is named. */
  g_assert_true (g_str_has_prefix (rows[2], "'=Feeling safe,Zeynep Yıldız,Priya Raman,Closed,"
                                            "2026-10-13,2026-11-21,Living a better life,"));
  g_assert_true (g_str_has_suffix (rows[2], ",0,0"));
  g_assert_cmpstr (rows[3], ==, "");

  /* As filtered: only what the list shows. */
  hearth_query_model_set_param (cases, ":status", g_variant_new_string ("closed"));
  g_clear_object (&writer);
  writer = hearth_case_csv_new (G_LIST_MODEL (cases));
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (writer), ==, 2);

  g_clear_object (&cases);
  g_clear_object (&store);
  hearth_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-csv/as-shown", test_case_csv);

  return g_test_run ();
}
