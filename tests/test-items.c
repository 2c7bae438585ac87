/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists of each area over the sample team: filters, sorts, search with
 * whatever a person types, and the values items carry.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-barrier.h"
#include "hearth-case.h"
#include "hearth-feedback-cycle.h"
#include "hearth-lookup-item.h"
#include "hearth-resident.h"
#include "hearth-sample-data.h"
#include "hearth-search-text.h"
#include "hearth-staff-member.h"
#include "hearth-stopshop-session.h"
#include "hearth-supervision.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-entry.h"

#define NOW G_GINT64_CONSTANT (1795348800)

static char *dir;
static HearthStore *store;

static guint
n_items (HearthQueryModel *model)
{
  g_assert_null (hearth_query_model_get_error (model));
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
search (HearthQueryModel *model,
        const char       *text)
{
  g_autofree char *fts = hearth_search_text_to_fts (text);

  hearth_query_model_set_param (model, ":search", fts ? g_variant_new_string (fts) : NULL);
}

static gboolean
has_case_titled (HearthQueryModel *cases,
                 const char       *title)
{
  for (guint i = 0; i < n_items (cases); i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (G_LIST_MODEL (cases), i);

      if (g_str_equal (hearth_case_get_title (item), title))
        return TRUE;
    }

  return FALSE;
}

static void
test_case_filters (void)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (store);
  gint64 harjit = hearth_test_query_int (store, "SELECT id FROM staff WHERE name = 'Harjit Sandhu'");
  g_autoptr(HearthCase) first = NULL;
  gint64 previous = G_MAXINT64;

  g_assert_cmpuint (n_items (cases), ==, hearth_test_query_int (store, "SELECT count (*) FROM cases"));

  hearth_query_model_set_param (cases, ":status", g_variant_new_string ("open"));
  g_assert_cmpuint (n_items (cases), ==, hearth_test_query_int (store, "SELECT count (*) FROM cases WHERE status = 'open'"));

  /* Newest activity first. */
  for (guint i = 0; i < n_items (cases); i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (G_LIST_MODEL (cases), i);

      g_assert_true (hearth_case_get_is_open (item));
      g_assert_cmpint (hearth_case_get_last_activity_at (item), <=, previous);
      previous = hearth_case_get_last_activity_at (item);
    }

  /* Mine: led by or worked on by Harjit (Dot's case and the Haddads'). */
  hearth_query_model_set_param (cases, ":status", NULL);
  hearth_query_model_set_param (cases, ":mine", g_variant_new_int64 (harjit));
  g_assert_true (has_case_titled (cases, "Dot's bathroom and getting to the market"));
  g_assert_true (has_case_titled (cases, "A ground-floor home for three generations"));
  g_assert_false (has_case_titled (cases, "Keeping Helen's tenancy"));

  /* Waiting on follow-up: agreements due within a week or overdue. */
  hearth_query_model_set_param (cases, ":mine", NULL);
  hearth_query_model_set_param (cases, ":follow_up", g_variant_new_boolean (TRUE));
  g_assert_true (has_case_titled (cases, "Damp in the children's bedroom"));
  g_assert_false (has_case_titled (cases, "Brendan: back to the workshop"));
  hearth_query_model_set_param (cases, ":follow_up", NULL);

  /* Values of one case. */
  hearth_query_model_set_sort (cases, "name");
  first = g_list_model_get_item (G_LIST_MODEL (cases), 0);
  g_assert_cmpstr (hearth_case_get_title (first), ==, "A cooker, and money that lasts the month");
  g_assert_cmpstr (hearth_case_get_residents (first), ==, "Abdi Warsame");
  g_assert_cmpstr (hearth_case_get_lead_name (first), ==, "Chloe Bennett");
  g_assert_cmpuint (hearth_case_get_open_agreements (first), ==, 2);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (first), ==, 1);
}

static void
test_case_search (void)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (store);
  static const char *const odd[] = {
    "\"", "'", "\"\"\"", "AND", "OR NOT", "NEAR(", "*", "^", "a:b", "-x", "(", ")", "ann*lee",
    "😀", "مرحبا", "שלום", "e\xcc\x81", "   \t  ", "\xff\xfe broken utf-8",
  };
  g_autofree char *long_text = NULL;

  /* Names, preferred names, case titles and timeline words, by prefix. */
  search (cases, "Dot");
  g_assert_true (has_case_titled (cases, "Dot's bathroom and getting to the market"));
  search (cases, "cook");
  g_assert_true (has_case_titled (cases, "A cooker, and money that lasts the month"));
  search (cases, "O'Connor");
  g_assert_true (has_case_titled (cases, "Sylvia: company in the evenings"));
  search (cases, "mould asthma");
  g_assert_true (has_case_titled (cases, "Damp in the children's bedroom"));
  search (cases, "zzyzx");
  g_assert_cmpuint (n_items (cases), ==, 0);

  /* Whatever is typed gives a valid query or none, never an error. */
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *shown = g_strescape (odd[i], NULL);

      g_test_message ("searching for %s", shown);
      search (cases, odd[i]);
      g_assert_null (hearth_query_model_get_error (cases));
    }

  long_text = g_strnfill (100000, 'a');
  search (cases, long_text);
  g_assert_null (hearth_query_model_get_error (cases));

  g_assert_null (hearth_search_text_to_fts (""));
  g_assert_null (hearth_search_text_to_fts ("  \n "));
  g_assert_null (hearth_search_text_to_fts ("- * \""));
  {
    g_autofree char *quoted = hearth_search_text_to_fts ("O\"Brien");

    g_assert_cmpstr (quoted, ==, "\"O\"\"Brien\"*");
  }
}

static void
test_timeline (void)
{
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (store);
  gint64 dot_case = hearth_test_query_int (store, "SELECT id FROM cases WHERE title LIKE 'Dot%'");
  g_autoptr(HearthTimelineEntry) newest = NULL;
  g_autoptr(HearthTimelineEntry) oldest = NULL;

  /* No case, no rows. */
  g_assert_cmpuint (n_items (timeline), ==, 0);

  hearth_query_model_set_param (timeline, ":case_id", g_variant_new_int64 (dot_case));
  g_assert_cmpuint (n_items (timeline), ==, 8);
  newest = g_list_model_get_item (G_LIST_MODEL (timeline), 0);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (newest), ==, "phone-call");
  g_assert_cmpstr (hearth_timeline_entry_get_author_name (newest), ==, "Harjit Sandhu");
  g_assert_cmpint (hearth_timeline_entry_get_amount_pence (newest), ==, -1);

  hearth_query_model_set_sort (timeline, "oldest");
  oldest = g_list_model_get_item (G_LIST_MODEL (timeline), 0);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (oldest), ==, "case-opened");
  g_assert_cmpstr (hearth_timeline_entry_get_kind_label (oldest), ==, "Case opened");

  hearth_query_model_set_param (timeline, ":kind", g_variant_new_string ("spend"));
  g_assert_cmpuint (n_items (timeline), ==, 1);
  {
    g_autoptr(HearthTimelineEntry) spend = g_list_model_get_item (G_LIST_MODEL (timeline), 0);

    g_assert_cmpint (hearth_timeline_entry_get_amount_pence (spend), ==, 640);
  }
}

static void
test_other_lists (void)
{
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (store);
  g_autoptr(HearthQueryModel) staff = hearth_staff_member_query_new (store);
  g_autoptr(HearthQueryModel) barriers = hearth_barrier_query_new (store);
  g_autoptr(HearthQueryModel) sessions = hearth_stopshop_session_query_new (store);
  g_autoptr(HearthQueryModel) cycles = hearth_feedback_cycle_query_new (store);
  g_autoptr(HearthQueryModel) supervisions = hearth_supervision_query_new (store);
  gint64 dot_case = hearth_test_query_int (store, "SELECT id FROM cases WHERE title LIKE 'Dot%'");
  g_autoptr(HearthResident) dot = NULL;
  g_autoptr(HearthBarrier) heaviest = NULL;

  hearth_query_model_set_param (residents, ":case_id", g_variant_new_int64 (dot_case));
  g_assert_cmpuint (n_items (residents), ==, 1);
  dot = g_list_model_get_item (G_LIST_MODEL (residents), 0);
  g_assert_cmpstr (hearth_resident_get_display_name (dot), ==, "Dot");
  g_assert_cmpstr (hearth_resident_get_access_needs (dot), ==, "Mobility, Aged 60 or over");
  g_assert_nonnull (strstr (hearth_resident_get_what_matters (dot), "own flat"));

  hearth_query_model_set_param (staff, ":ambassadors_only", g_variant_new_boolean (TRUE));
  g_assert_cmpuint (n_items (staff), ==, hearth_test_query_int (store, "SELECT count (*) FROM staff WHERE is_ambassador"));

  g_assert_cmpuint (n_items (barriers), ==, hearth_test_query_int (store, "SELECT count (*) FROM barriers"));
  heaviest = g_list_model_get_item (G_LIST_MODEL (barriers), 0);
  g_assert_cmpuint (hearth_barrier_get_weight (heaviest), ==, 2);
  hearth_query_model_set_param (barriers, ":open_only", g_variant_new_boolean (TRUE));
  g_assert_cmpuint (n_items (barriers), ==,
                    hearth_test_query_int (store, "SELECT count (*) FROM barriers WHERE status NOT IN ('removed', 'parked')"));

  g_assert_cmpuint (n_items (sessions), ==, 2);
  g_assert_cmpuint (n_items (cycles), ==, 3);
  g_assert_cmpuint (n_items (supervisions), ==, hearth_test_query_int (store, "SELECT count (*) FROM supervisions"));
}

static void
test_lookup_lists (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outcomes = hearth_lookup_item_list_new (store, HEARTH_LOOKUP_OUTCOMES, &error);
  g_autoptr(GListModel) needs = hearth_lookup_item_list_new (store, HEARTH_LOOKUP_ACCESS_NEEDS, &error);
  g_autoptr(HearthLookupItem) first = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 3);
  first = g_list_model_get_item (outcomes, 0);
  g_assert_cmpstr (hearth_lookup_item_get_name (first), ==, "Living a better life");
  g_assert_cmpuint (g_list_model_get_n_items (needs), ==,
                    hearth_test_query_int (store, "SELECT count (*) FROM access_needs WHERE active = 1"));
}

static void
test_staff_create (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (201, 'x');
  g_autoptr(HearthStaffMember) member = NULL;
  gint64 id;

  g_assert_cmpint (hearth_staff_member_create (store, "   ", "", "", &error), ==, 0);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (hearth_staff_member_create (store, too_long, "", "", &error), ==, 0);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  id = hearth_staff_member_create (store, "  Zainab Qureshi ", "Housing Officer", "", &error);
  g_assert_no_error (error);
  member = hearth_staff_member_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_staff_member_get_name (member), ==, "Zainab Qureshi");
}

/* The two lists opened most use an index, never a scan and sort of the table. */
static void
test_query_plans (void)
{
  static const char *const queries[] = {
    "EXPLAIN QUERY PLAN SELECT c.id FROM cases c WHERE c.status = 'open'"
    " ORDER BY c.last_activity_at DESC, c.id DESC",
    "EXPLAIN QUERY PLAN SELECT e.id FROM timeline_entries e WHERE e.case_id = 1"
    " AND e.deleted_at IS NULL ORDER BY e.occurred_at DESC, e.id DESC",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;
      g_autoptr(GString) plan = g_string_new (NULL);

      g_assert_cmpint (sqlite3_prepare_v2 (hearth_store_get_db (store), queries[i], -1, &stmt, NULL),
                       ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s", plan->str);
      g_assert_nonnull (strstr (plan->str, "INDEX"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  dir = hearth_test_make_dir ();
  path = g_build_filename (dir, "hearth.db", NULL);
  store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (store, NOW);
  hearth_sample_data_fill (store, HEARTH_SAMPLE_TEAM, &error);
  g_assert_no_error (error);

  g_test_add_func ("/items/cases/filters", test_case_filters);
  g_test_add_func ("/items/cases/search", test_case_search);
  g_test_add_func ("/items/timeline", test_timeline);
  g_test_add_func ("/items/other-lists", test_other_lists);
  g_test_add_func ("/items/staff-create", test_staff_create);
  g_test_add_func ("/items/lookup-lists", test_lookup_lists);
  g_test_add_func ("/items/query-plans", test_query_plans);

  status = g_test_run ();

  g_assert_finalize_object (store);
  /* The test run may have cleared its own temporary folders already. */
  if (g_file_test (dir, G_FILE_TEST_EXISTS))
    hearth_test_remove_tree (dir);
  g_free (dir);

  return status;
}
