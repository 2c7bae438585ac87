/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The item types and their lists over a small data set written here row by
 * row, so that every expected id, order and count can be worked out by hand:
 * each filter and sort, the values items carry, exact notifications when a
 * row changes, search with whatever a person types, and the query plans of
 * the two lists opened most.
 */

#include "config.h"

#include <stdarg.h>
#include <stdlib.h>

#include "hearth-agreement-item.h"
#include "hearth-barrier.h"
#include "hearth-barrier-update.h"
#include "hearth-case.h"
#include "hearth-case-search.h"
#include "hearth-entry-version.h"
#include "hearth-feedback-cycle.h"
#include "hearth-item.h"
#include "hearth-lookup-changes.h"
#include "hearth-lookup-item.h"
#include "hearth-resident.h"
#include "hearth-search-text.h"
#include "hearth-staff-member.h"
#include "hearth-stopshop-session.h"
#include "hearth-supervision.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-entry.h"

/* mallinfo2(), where the C library is glibc (stdlib.h says). */
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* 2026-11-22 12:00 UTC: dates below are written relative to it. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)

typedef struct
{
  char        *dir;
  HearthStore *store;
} Fixture;

/* Runs @sql with its parameters bound from @types: 'i' a gint64, 't' a string,
 * 'n' NULL (no argument). */
static void
run (HearthStore *store,
     const char  *sql,
     const char  *types,
     ...)
{
  sqlite3 *db = hearth_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  va_list args;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      switch (types[i])
        {
        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 't':
          sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
          break;
        case 'n':
          sqlite3_bind_null (stmt, i + 1);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

#define I(x) ((gint64) (x))

static void
add_staff (HearthStore *store,
           gint64       id,
           const char  *name,
           gint64       supervisor_id,
           gboolean     ambassador,
           gboolean     active)
{
  run (store, "INSERT INTO staff (id, name, role, team, email, supervisor_id, is_ambassador,"
       " active) VALUES (?, ?, 'Housing officer', 'North', ?, nullif (?, 0), ?, ?)", "ittiii",
       id, name, "someone@example.org", supervisor_id, I (ambassador), I (active));
}

static void
add_entry (HearthStore *store,
           gint64       id,
           gint64       case_id,
           gint64       resident_id,
           const char  *kind,
           gint64       occurred_at,
           gint64       author_id,
           const char  *summary,
           const char  *body,
           gboolean     deleted)
{
  run (store, "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at,"
       " author_id, summary, body, amount_pence, money_kind, deleted_at)"
       " VALUES (?, nullif (?, 0), nullif (?, 0), ?, ?, ?, ?, ?,"
       "  CASE WHEN ?4 IN ('spend', 'money-outcome') THEN 0 END,"
       "  CASE WHEN ?4 = 'money-outcome' THEN 'debt-resolved' END, nullif (?, 0))",
       "iiitiitti", id, case_id, resident_id, kind, occurred_at, author_id, summary, body,
       deleted ? NOW : I (0));
}

static void
add_agreement_item (HearthStore *store,
                    gint64       id,
                    gint64       entry_id,
                    const char  *due_on,
                    const char  *status)
{
  run (store, "INSERT INTO agreement_items (id, entry_id, text, due_on, status, done_at)"
       " VALUES (?, ?, 'Something we agreed', ?, ?, CASE WHEN ?4 = 'done' THEN 1 END)",
       "iitt", id, entry_id, due_on, status);
}

/* The data set. Staff ids are in a different order from their names, and
 * every list's sorts give different orders, so a wrong sort cannot pass. */
static void
fill_data (HearthStore *store)
{
  /* Staff: name order is 2, 4, 3, 1. */
  add_staff (store, 1, "Dev Patel", 0, TRUE, TRUE);
  add_staff (store, 2, "ann lee", 0, TRUE, TRUE);
  add_staff (store, 4, "Bilal Khan", 0, FALSE, TRUE);
  add_staff (store, 3, "Cara Diaz", 4, FALSE, FALSE);
  run (store, "UPDATE staff SET supervisor_id = 4 WHERE id = 1", "");

  /* Residents: name order is 2, 1, 3. */
  run (store, "INSERT INTO residents (id, name, preferred_name, pronouns, area, what_matters,"
       " profile_updated_at, profile_updated_by) VALUES (1, 'Dorothy Hughes', 'Dot', 'she/her',"
       " 'North', 'Staying in my own flat', ?, 2)", "i", NOW - 7 * DAY);
  run (store, "INSERT INTO residents (id, name, area, tenancy_ref) VALUES"
       " (2, 'Amal Haddad', 'South', 'T-0042'), (3, 'Sam Green', 'North', '')", "");
  /* Inserted against position order, so the join must sort. */
  run (store, "INSERT INTO resident_access_needs (resident_id, need_id) SELECT 1, id"
       " FROM access_needs WHERE name IN ('Aged 60 or over', 'Mobility')"
       " ORDER BY position DESC", "");

  /* Cases: activity order 1, 4, 2, 3; opened order 4, 2, 1, 3; title order
   * 1, 4, 3, 2. */
  run (store, "INSERT INTO cases (id, title, status, lead_id, opened_at, closed_at, outcome_id,"
       " closing_note, last_activity_at) VALUES"
       " (1, 'Damp in the bedroom', 'open', 2, ?1 - 100 * ?2, NULL, NULL, '', ?1 - 1 * ?2),"
       " (2, 'Money that lasts the month', 'open', 1, ?1 - 50 * ?2, NULL, NULL, '', ?1 - 3 * ?2),"
       " (3, 'Keeping the tenancy', 'closed', 3, ?1 - 200 * ?2, ?1 - 10 * ?2, 1,"
       "  'Rent arrears cleared', ?1 - 10 * ?2),"
       " (4, 'Getting to the market', 'open', 4, ?1 - 20 * ?2, NULL, NULL, '', ?1 - 2 * ?2)",
       "ii", NOW, DAY);
  run (store, "INSERT INTO case_residents (case_id, resident_id, position) VALUES"
       " (1, 2, 1), (1, 1, 0), (2, 2, 0), (3, 3, 0), (4, 1, 0)", "");
  run (store, "INSERT INTO case_workers (case_id, staff_id) VALUES (1, 4), (2, 2)", "");

  /* Case 1's timeline: newest order 4, 6, 3, 2, 1 (6 and 3 share a time). */
  add_entry (store, 1, 1, 0, "case-opened", NOW - 100 * DAY, 2, "Case opened", "", FALSE);
  add_entry (store, 2, 1, 1, "home-visit", NOW - 5 * DAY, 2, "Visited about the mould",
             "Black mould by the window; the children have asthma. Zoé translated.", FALSE);
  add_entry (store, 3, 1, 0, "spend", NOW - 3 * DAY, 4, "Bought a dehumidifier", "", FALSE);
  run (store, "UPDATE timeline_entries SET amount_pence = 4599, spend_for = 'Dehumidifier',"
       " version = 2 WHERE id = 3", "");
  add_entry (store, 4, 1, 0, "note", NOW - 1 * DAY, 2, "Called the surveyor",
             "Mr O\"Brien says it's sorted. مرحبا שלום 🏠", FALSE);
  add_entry (store, 5, 1, 0, "conversation", NOW - 2 * DAY, 2, "Deleted zebra words", "", TRUE);
  add_entry (store, 6, 1, 0, "phone-call", NOW - 3 * DAY, 2, "Rang the contractor", "", FALSE);

  /* Case 2: two open items (one overdue, one due in three days), one done. */
  add_entry (store, 7, 2, 0, "agreement", NOW - 3 * DAY, 1, "What we agreed with Amal", "", FALSE);
  add_agreement_item (store, 1, 7, "2026-11-01", "open");
  add_agreement_item (store, 2, 7, "2026-11-25", "open");
  add_agreement_item (store, 3, 7, "2026-10-01", "done");

  /* Case 4: one open item far ahead; an overdue one only on a deleted entry. */
  add_entry (store, 8, 4, 0, "agreement", NOW - 2 * DAY, 4, "Bus pass plan", "", FALSE);
  add_agreement_item (store, 4, 8, "2027-06-01", "open");
  add_agreement_item (store, 5, 8, "2026-10-01", "done");
  add_entry (store, 9, 4, 0, "agreement", NOW - 10 * DAY, 4, "Old plan", "", TRUE);
  add_agreement_item (store, 6, 9, "2026-10-01", "open");

  /* Notes outside any case: Dot's and Sam's. */
  add_entry (store, 10, 0, 1, "note", NOW - 30 * DAY, 2, "Dot phoned about the bus pass", "",
             FALSE);
  add_entry (store, 11, 0, 3, "note", NOW - 30 * DAY, 2, "Sam asked about the rent", "", FALSE);
  add_entry (store, 12, 3, 0, "money-outcome", NOW - 12 * DAY, 3, "Arrears paid off", "", FALSE);
  run (store, "UPDATE timeline_entries SET amount_pence = 120000 WHERE id = 12", "");

  /* Stop Shop: two sessions and barriers in every state of the list. */
  run (store, "INSERT INTO stopshop_sessions (id, held_on, place, theme, phase, votes_per_person)"
       " VALUES (1, '2026-10-01', 'Town hall', 'Repairs', 'closed', 3),"
       " (2, '2026-11-15', 'Library', 'Money', 'listen', 5)", "");
  run (store, "INSERT INTO stopshop_session_ambassadors VALUES (2, 1), (2, 2), (1, 2)", "");
  run (store, "INSERT INTO stopshop_session_teams VALUES (2, 'Repairs'), (2, 'housing')", "");
  run (store, "INSERT INTO barriers (id, title, category, owner_id, status, parked_reason, weight,"
       " created_at, last_update_at, removed_at, deleted_at, merged_into_id) VALUES"
       " (1, 'Forms ask twice', 'process', 1, 'raised', '', 3, ?1 - 60 * ?2, ?1 - 5 * ?2,"
       "  NULL, NULL, NULL),"
       " (2, 'Repairs line closes at four', 'system', 2, 'in-progress', '', 3, ?1 - 30 * ?2,"
       "  ?1 - 1 * ?2, NULL, NULL, NULL),"
       " (3, 'Needs a national change', 'policy', 1, 'parked', 'Out of our hands', 1,"
       "  ?1 - 90 * ?2, ?1 - 40 * ?2, NULL, NULL, NULL),"
       " (4, 'Two systems for one address', 'it', 4, 'removed', '', 2, ?1 - 80 * ?2,"
       "  ?1 - 3 * ?2, ?1 - 3 * ?2, NULL, NULL),"
       " (5, 'Deleted', 'other', 1, 'raised', '', 5, ?1, ?1, NULL, ?1, NULL),"
       " (6, 'Merged', 'other', 1, 'raised', '', 5, ?1, ?1, NULL, NULL, 1)", "ii", NOW, DAY);
  run (store, "INSERT INTO stopshop_session_barriers (session_id, barrier_id, votes) VALUES"
       " (1, 1, 4), (1, 3, 0), (2, 1, 2), (2, 2, 7)", "");

  /* 360° feedback: two cycles, three raters on the first. */
  run (store, "INSERT INTO frameworks (id, name) VALUES (10, 'Our behaviours')", "");
  run (store, "INSERT INTO feedback_cycles (id, subject_id, framework_id, title, opens_on,"
       " closes_on, development_only, released_at) VALUES"
       " (1, 1, 10, 'Spring', '2026-11-01', '2026-12-01', 1, NULL),"
       " (2, 2, 10, '', '2026-09-01', '2026-10-01', 0, ?)", "i", NOW - 40 * DAY);
  run (store, "INSERT INTO feedback_raters (cycle_id, staff_id, relationship, status) VALUES"
       " (1, 1, 'self', 'submitted'), (1, 4, 'manager', 'submitted'),"
       " (1, 2, 'peer', 'invited')", "");

  /* One-to-ones: date order 2, 1, 3. */
  run (store, "INSERT INTO supervisions (id, supervisor_id, staff_id, held_on, wellbeing,"
       " locked_at) VALUES (1, 4, 1, '2026-11-01', 4, ?), (2, 4, 3, '2026-11-10', NULL, NULL),"
       " (3, 1, 2, '2026-10-15', 2, NULL)", "i", NOW - 20 * DAY);
  run (store, "INSERT INTO supervision_actions (supervision_id, text, status, done_at) VALUES"
       " (1, 'Book the training', 'open', NULL), (1, 'Read the policy', 'done', 1)", "");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = hearth_test_store_new (&fixture->dir, NOW);
  fill_data (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* The ids of @model in order, as "1 4 2 3", so a failure shows the list. */
static char *
ids (HearthQueryModel *model)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  g_assert_null (hearth_query_model_get_error (model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 id = 0;

      g_object_get (item, "id", &id, NULL);
      g_assert_cmpint (id, ==, hearth_query_model_get_id (model, i));
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", id);
    }

  return g_string_free (text, FALSE);
}

#define assert_ids(model, expected) \
  G_STMT_START { \
    g_autofree char *got__ = ids (model); \
    g_assert_cmpstr (got__, ==, expected); \
  } G_STMT_END

/* Narrows the case list to the cases @finder finds for @text, as the
 * window does: the words are looked for off the main thread and the list
 * keeps the cases found. */
static void
search_cases (HearthQueryModel *cases,
              HearthCaseSearch *finder,
              const char       *text)
{
  hearth_case_search_set_text (finder, text);
  while (hearth_case_search_get_searching (finder))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (hearth_case_search_get_error (finder));
  hearth_case_list_set_match_ids (cases, hearth_case_search_get_match_ids (finder));
}

/* Searches @model for what a person typed, with the setter of its list. */
static void
search (HearthQueryModel *model,
        const char       *text)
{
  g_autofree char *fts = hearth_search_text_to_fts (text);
  GType type = g_list_model_get_item_type (G_LIST_MODEL (model));

  if (type == HEARTH_TYPE_RESIDENT)
    hearth_resident_list_set_search (model, fts);
  else if (type == HEARTH_TYPE_TIMELINE_ENTRY)
    hearth_timeline_entry_list_set_search (model, fts);
  else
    g_assert_not_reached ();
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
test_staff (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthQueryModel) staff = hearth_staff_member_query_new (fixture->store);
  g_autoptr(HearthStaffMember) dev = NULL;
  g_autoptr(HearthStaffMember) cara = NULL;

  assert_ids (staff, "2 4 3 1");
  hearth_staff_member_list_set_active_only (staff, TRUE);
  assert_ids (staff, "2 4 1");
  hearth_staff_member_list_set_active_only (staff, FALSE);
  hearth_staff_member_list_set_ambassadors_only (staff, TRUE);
  assert_ids (staff, "2 1");
  hearth_staff_member_list_set_ambassadors_only (staff, FALSE);
  hearth_staff_member_list_set_supervisor (staff, 4);
  assert_ids (staff, "3 1");

  dev = item_with_id (staff, 1);
  g_assert_cmpstr (hearth_staff_member_get_name (dev), ==, "Dev Patel");
  g_assert_cmpstr (hearth_staff_member_get_role (dev), ==, "Housing officer");
  g_assert_cmpstr (hearth_staff_member_get_team (dev), ==, "North");
  g_assert_cmpstr (hearth_staff_member_get_email (dev), ==, "someone@example.org");
  g_assert_cmpint (hearth_staff_member_get_supervisor_id (dev), ==, 4);
  g_assert_cmpstr (hearth_staff_member_get_supervisor_name (dev), ==, "Bilal Khan");
  g_assert_true (hearth_staff_member_get_is_ambassador (dev));
  g_assert_true (hearth_staff_member_get_active (dev));
  cara = item_with_id (staff, 3);
  g_assert_false (hearth_staff_member_get_is_ambassador (cara));
  g_assert_false (hearth_staff_member_get_active (cara));
}

static void
assert_create_fails (HearthStore *store,
                     const char  *name)
{
  g_autoptr(GError) error = NULL;
  gint64 before = hearth_test_query_int (store, "SELECT count (*) FROM staff");

  g_assert_cmpint (hearth_staff_member_create (store, name, "", "", &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (error->message);
  g_assert_cmpint (hearth_test_query_int (store, "SELECT count (*) FROM staff"), ==, before);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_staff_create (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HearthQueryModel) staff = hearth_staff_member_query_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (201, 'x');
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(HearthStaffMember) member = NULL;
  g_autoptr(HearthStaffMember) missing = NULL;
  guint changes = 0;
  gint64 id;

  assert_create_fails (fixture->store, "");
  assert_create_fails (fixture->store, "   \t\n ");
  assert_create_fails (fixture->store, too_long);

  /* The limit counts characters, not bytes: 200 two-byte letters fit. */
  for (guint i = 0; i < 200; i++)
    g_string_append (longest, "é");
  id = hearth_staff_member_create (fixture->store, longest->str, "", "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* A new member is trimmed, and the list hears of them once. */
  assert_ids (staff, "2 4 3 1 5");
  g_signal_connect (staff, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  hearth_store_set_actor (fixture->store, 2);
  id = hearth_staff_member_create (fixture->store, "  Zainab Qureshi ", "Officer", "South", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  assert_ids (staff, "2 4 3 1 6 5");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT created_by FROM staff WHERE id = 6"), ==, 2);

  member = hearth_staff_member_load (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_staff_member_get_name (member), ==, "Zainab Qureshi");
  g_assert_cmpstr (hearth_staff_member_get_role (member), ==, "Officer");
  g_assert_cmpstr (hearth_staff_member_get_team (member), ==, "South");
  g_assert_cmpstr (hearth_staff_member_get_supervisor_name (member), ==, "");

  missing = hearth_staff_member_load (fixture->store, 999, &error);
  g_assert_null (missing);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED);
}

static void
test_residents (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (fixture->store);
  g_autoptr(HearthResident) dot = NULL;
  g_autoptr(HearthResident) amal = NULL;

  assert_ids (residents, "2 1 3");
  hearth_resident_list_set_area (residents, "North");
  assert_ids (residents, "1 3");
  hearth_resident_list_set_area (residents, NULL);
  search (residents, "dot");
  assert_ids (residents, "1");
  search (residents, "T-0042");
  assert_ids (residents, "2");
  search (residents, NULL);
  hearth_resident_list_set_case (residents, 1);
  assert_ids (residents, "2 1");

  dot = item_with_id (residents, 1);
  g_assert_cmpstr (hearth_resident_get_name (dot), ==, "Dorothy Hughes");
  g_assert_cmpstr (hearth_resident_get_preferred_name (dot), ==, "Dot");
  g_assert_cmpstr (hearth_resident_get_display_name (dot), ==, "Dot");
  g_assert_cmpstr (hearth_resident_get_pronouns (dot), ==, "she/her");
  g_assert_cmpstr (hearth_resident_get_what_matters (dot), ==, "Staying in my own flat");
  g_assert_cmpstr (hearth_resident_get_access_needs (dot), ==, "Mobility, Aged 60 or over");
  g_assert_cmpint (hearth_resident_get_profile_updated_at (dot), ==, NOW - 7 * DAY);
  g_assert_cmpstr (hearth_resident_get_profile_updated_by_name (dot), ==, "ann lee");

  amal = item_with_id (residents, 2);
  g_assert_cmpstr (hearth_resident_get_display_name (amal), ==, "Amal Haddad");
  g_assert_cmpstr (hearth_resident_get_preferred_name (amal), ==, "");
  g_assert_cmpstr (hearth_resident_get_access_needs (amal), ==, "");
  g_assert_cmpstr (hearth_resident_get_strengths (amal), ==, "");
  g_assert_cmpint (hearth_resident_get_profile_updated_at (amal), ==, 0);
  g_assert_cmpstr (hearth_resident_get_profile_updated_by_name (amal), ==, "");
}

static void
test_case_sorts_and_filters (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);

  g_assert_cmpstr (hearth_query_model_get_sort (cases), ==, "activity");
  assert_ids (cases, "1 4 2 3");
  hearth_query_model_set_sort (cases, "opened");
  assert_ids (cases, "4 2 1 3");
  hearth_query_model_set_sort (cases, "name");
  assert_ids (cases, "1 4 3 2");
  hearth_query_model_set_sort (cases, "activity");

  hearth_case_list_set_status (cases, "open");
  assert_ids (cases, "1 4 2");
  hearth_case_list_set_status (cases, "closed");
  assert_ids (cases, "3");
  hearth_case_list_set_status (cases, NULL);

  /* Mine: cases someone leads or works on. */
  hearth_case_list_set_mine (cases, 2);
  assert_ids (cases, "1 2");
  hearth_case_list_set_mine (cases, 4);
  assert_ids (cases, "1 4");
  hearth_case_list_set_mine (cases, 3);
  assert_ids (cases, "3");
  hearth_case_list_set_mine (cases, 0);
  hearth_case_list_set_worker (cases, 1);
  assert_ids (cases, "2");
  hearth_case_list_set_worker (cases, 0);

  hearth_case_list_set_outcome (cases, 1);
  assert_ids (cases, "3");
  hearth_case_list_set_outcome (cases, 0);

  /* Follow-up: only case 2 has open items due within a week or overdue; case
   * 4's due item is months ahead and its overdue one is on a deleted entry. */
  hearth_case_list_set_follow_up (cases, TRUE);
  assert_ids (cases, "2");

  /* Filters combine. */
  hearth_case_list_set_mine (cases, 2);
  assert_ids (cases, "2");
  hearth_case_list_set_status (cases, "closed");
  assert_ids (cases, "");
}

/* A person's cases ("mine", "by worker") are found from the indexes that
 * name them, by a query of their own; whatever else is set, they are the
 * cases a plain reading of the tables finds, in the same order. */
static void
test_case_person_filters (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *const statuses[] = { NULL, "open", "closed" };
  static const struct {
    const char *name;
    const char *order_by;
  } sorts[] = {
    { "activity", "last_activity_at DESC, id DESC" },
    { "name", "title COLLATE NOCASE, id" },
    { "opened", "opened_at DESC, id DESC" },
  };
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  gint64 n_staff = hearth_test_query_int (fixture->store, "SELECT max (id) FROM staff");

  g_assert_cmpint (n_staff, >, 1);
  for (gint64 person = 1; person <= n_staff; person++)
    for (guint st = 0; st < G_N_ELEMENTS (statuses); st++)
      for (guint so = 0; so < G_N_ELEMENTS (sorts); so++)
        for (guint by = 0; by < 3; by++)
          {
            g_autofree char *expected = NULL;
            g_autofree char *got = NULL;
            /* by 0: mine; 1: by worker; 2: both, the worker being someone else. */
            gint64 other = person % n_staff + 1;

            expected = hearth_test_query_textf (fixture->store,
                                                "SELECT coalesce (group_concat (id, ' '), '') FROM"
                                                " (SELECT id FROM cases"
                                                "  WHERE (lead_id = %" G_GINT64_FORMAT
                                                "    OR id IN (SELECT case_id FROM case_workers"
                                                "              WHERE staff_id = %" G_GINT64_FORMAT "))"
                                                "    AND (%d = 0 OR lead_id = %" G_GINT64_FORMAT
                                                "      OR id IN (SELECT case_id FROM case_workers"
                                                "                WHERE staff_id = %" G_GINT64_FORMAT "))"
                                                "    AND ('%s' = '' OR status = '%s')"
                                                "  ORDER BY %s)",
                                                person, person, by == 2, other, other,
                                                statuses[st] ? statuses[st] : "",
                                                statuses[st] ? statuses[st] : "",
                                                sorts[so].order_by);

            hearth_query_model_freeze (cases);
            hearth_query_model_set_sort (cases, sorts[so].name);
            hearth_case_list_set_status (cases, statuses[st]);
            hearth_case_list_set_mine (cases, by != 1 ? person : 0);
            hearth_case_list_set_worker (cases, by == 1 ? person : by == 2 ? other : 0);
            hearth_query_model_thaw (cases);

            got = ids (cases);
            g_assert_cmpstr (got, ==, expected);
          }
}

static void
test_case_values (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  g_autoptr(HearthCase) damp = item_with_id (cases, 1);
  g_autoptr(HearthCase) money = item_with_id (cases, 2);
  g_autoptr(HearthCase) tenancy = item_with_id (cases, 3);
  g_autoptr(HearthCase) market = item_with_id (cases, 4);

  g_assert_cmpstr (hearth_case_get_title (damp), ==, "Damp in the bedroom");
  g_assert_cmpstr (hearth_case_get_status (damp), ==, "open");
  g_assert_true (hearth_case_get_is_open (damp));
  g_assert_cmpint (hearth_case_get_lead_id (damp), ==, 2);
  g_assert_cmpstr (hearth_case_get_lead_name (damp), ==, "ann lee");
  /* In position order, each by the name they like to be called. */
  g_assert_cmpstr (hearth_case_get_residents (damp), ==, "Dot, Amal Haddad");
  g_assert_cmpint (hearth_case_get_opened_at (damp), ==, NOW - 100 * DAY);
  g_assert_cmpint (hearth_case_get_closed_at (damp), ==, 0);
  g_assert_cmpstr (hearth_case_get_outcome_name (damp), ==, "");
  g_assert_cmpint (hearth_case_get_last_activity_at (damp), ==, NOW - 1 * DAY);
  g_assert_cmpuint (hearth_case_get_open_agreements (damp), ==, 0);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (damp), ==, 0);

  g_assert_cmpuint (hearth_case_get_open_agreements (money), ==, 2);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (money), ==, 1);
  g_assert_cmpuint (hearth_case_get_open_agreements (market), ==, 1);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (market), ==, 0);

  g_assert_cmpstr (hearth_case_get_status (tenancy), ==, "closed");
  g_assert_false (hearth_case_get_is_open (tenancy));
  g_assert_cmpint (hearth_case_get_closed_at (tenancy), ==, NOW - 10 * DAY);
  g_assert_cmpstr (hearth_case_get_outcome_name (tenancy), ==, "Living a better life");
  g_assert_cmpstr (hearth_case_get_residents (tenancy), ==, "Sam Green");

  /* Overdue follows the store's clock: a month on, the item due on the
   * 25th is overdue too. */
  hearth_store_set_clock (fixture->store, NOW + 30 * DAY);
  hearth_query_model_refresh (cases);
  hearth_store_note_change (fixture->store, "agreement_items", 2, HEARTH_CHANGE_UPDATE);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (money), ==, 2);
}

static void
test_case_search (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  HearthCaseSearch *finder = hearth_case_search_new (fixture->store);

  search_cases (cases, finder, "damp");             /* a title */
  assert_ids (cases, "1");
  search_cases (cases, finder, "arrears");          /* a closing note */
  assert_ids (cases, "3");
  search_cases (cases, finder, "Amal");             /* a resident on two cases */
  assert_ids (cases, "1 2");
  search_cases (cases, finder, "dot");              /* a preferred name, by prefix */
  assert_ids (cases, "1 4");
  search_cases (cases, finder, "dehumid");          /* a timeline entry, by prefix */
  assert_ids (cases, "1");
  search_cases (cases, finder, "lasts month");      /* two words of one title */
  assert_ids (cases, "2");
  search_cases (cases, finder, "O\"Brien");         /* quotes in a word */
  assert_ids (cases, "1");
  search_cases (cases, finder, "it's");
  assert_ids (cases, "1");
  search_cases (cases, finder, "zebra");            /* only on a deleted entry */
  assert_ids (cases, "");
  search_cases (cases, finder, "   ");              /* nothing to look for: every case */
  assert_ids (cases, "1 4 2 3");

  /* Search combines with the other filters and keeps the sort. */
  search_cases (cases, finder, "dot");
  hearth_query_model_set_sort (cases, "opened");
  assert_ids (cases, "4 1");
  hearth_case_list_set_mine (cases, 2);
  assert_ids (cases, "1");

  /* The thread of its last search may hold it (and the store) a moment
   * after the search has delivered, and let go of it there. */
  g_object_add_weak_pointer (G_OBJECT (finder), (gpointer *) &finder);
  g_object_unref (finder);
  while (finder != NULL)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the FTS5 query made from @text against the timeline's words,
 * asserting that SQLite accepts it; returns the entry ids found, or NULL
 * for no query. */
static char *
timeline_matches (HearthStore *store,
                  const char  *text)
{
  g_autofree char *query = hearth_search_text_to_fts (text);
  sqlite3 *db = hearth_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  GString *found;
  int rc;

  if (query == NULL)
    return NULL;

  g_assert_true (g_utf8_validate (query, -1, NULL));
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid & 0xffffffff AS id FROM timeline_words_fts"
                                       " WHERE timeline_words_fts MATCH ? ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  found = g_string_new (NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (found, "%s%lld", found->len > 0 ? " " : "",
                            (long long) sqlite3_column_int64 (stmt, 0));
  if (rc != SQLITE_DONE)
    g_error ("FTS5 refused the query made from a test string: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return g_string_free (found, FALSE);
}

static void
test_search_text (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *found;  /* entry ids, NULL: no query at all */
  } cases[] = {
    { "", NULL },
    { "   \t\n ", NULL },
    { "mould", "2" },
    { "MOULD", "2" },
    { "black mould", "2" },
    { "mould black", "2" },            /* words need not be next to each other */
    { "mould zebra", "" },
    { "O\"Brien", "4" },
    { "it's", "4" },
    { "'", NULL },
    { "\"", NULL },
    { "\"\"\"mould\"", "2" },
    { "AND", "" },
    { "mould AND black", "" },         /* AND is a word here, not an operator */
    { "OR NOT NEAR", "" },
    { "NEAR(mould", "" },
    { "mould*", "2" },
    { "*", NULL },
    { "^mould", "2" },
    { "^", NULL },
    { "title:mould", "" },
    { ":", NULL },
    { "-mould", "2" },
    { "- mould", "2" },
    { "(mould)", "2" },
    { "( )", NULL },
    { "🏠", NULL },                    /* no letters: unicode61 keeps no token */
    { "🏠 mould", "2" },
    { "مرحبا", "4" },
    { "مر", "4" },                     /* Arabic by prefix */
    { "שלום", "4" },
    { "Zoe\xcc\x81", "2" },            /* a combining accent, matching "Zoé" */
    { "zoe", "2" },
    { "\xcc\x81", "" },                /* a combining mark alone */
    { "\xff\xfe mould", "2" },         /* broken UTF-8 */
    { "dehumid", "3" },
    { "the", "2 4 6 10 11" },
  };
  g_autofree char *long_text = NULL;
  g_autofree char *long_query = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = g_strescape (cases[i].text, NULL);
      g_autofree char *found = timeline_matches (fixture->store, cases[i].text);

      g_test_message ("searching for \"%s\"", shown);
      g_assert_cmpstr (found, ==, cases[i].found);
    }

  /* The exact form: each word quoted, its quotes doubled, a prefix search. */
  {
    g_autofree char *quoted = hearth_search_text_to_fts ("  ann  O\"Brien ");

    g_assert_cmpstr (quoted, ==, "\"ann\"* \"O\"\"Brien\"*");
  }
  g_assert_null (hearth_search_text_to_fts (NULL));

  /* Long input is cut to HEARTH_SEARCH_TEXT_MAX characters, never mid-character. */
  long_text = g_strnfill (100000, 'a');
  long_query = hearth_search_text_to_fts (long_text);
  g_assert_cmpuint (strlen (long_query), ==, HEARTH_SEARCH_TEXT_MAX + 3);
  g_clear_pointer (&long_query, g_free);
  g_clear_pointer (&long_text, g_free);
  {
    GString *wide = g_string_new (NULL);

    for (guint i = 0; i < 1000; i++)
      g_string_append (wide, "é");
    long_text = g_string_free (wide, FALSE);
  }
  long_query = hearth_search_text_to_fts (long_text);
  g_assert_true (g_utf8_validate (long_query, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (long_query, -1), ==, HEARTH_SEARCH_TEXT_MAX + 3);
  g_free (timeline_matches (fixture->store, long_text));
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthQueryModel) resident_timeline =
    hearth_timeline_entry_query_new_for_resident (fixture->store);
  g_autoptr(HearthTimelineEntry) visit = NULL;
  g_autoptr(HearthTimelineEntry) spend = NULL;
  g_autoptr(HearthTimelineEntry) opened = NULL;
  g_autoptr(HearthTimelineEntry) money = NULL;

  /* No case, no rows. */
  assert_ids (timeline, "");

  hearth_timeline_entry_list_set_case (timeline, 1);
  g_assert_cmpstr (hearth_query_model_get_sort (timeline), ==, "newest");
  assert_ids (timeline, "4 6 3 2 1");
  hearth_query_model_set_sort (timeline, "oldest");
  assert_ids (timeline, "1 2 3 6 4");
  hearth_query_model_set_sort (timeline, "newest");

  hearth_timeline_entry_list_set_kind (timeline, "spend");
  assert_ids (timeline, "3");
  hearth_timeline_entry_list_set_kind (timeline, NULL);
  hearth_timeline_entry_list_set_author (timeline, 4);
  assert_ids (timeline, "3");
  hearth_timeline_entry_list_set_author (timeline, 2);
  assert_ids (timeline, "4 6 2 1");
  hearth_timeline_entry_list_set_author (timeline, 0);
  search (timeline, "asthma");
  assert_ids (timeline, "2");
  search (timeline, "zebra");
  assert_ids (timeline, "");
  search (timeline, NULL);

  /* A resident's timeline: every case of theirs and their own notes. */
  assert_ids (resident_timeline, "");
  hearth_timeline_entry_list_set_resident (resident_timeline, 1);
  assert_ids (resident_timeline, "4 8 6 3 2 10 1");
  hearth_query_model_set_sort (resident_timeline, "oldest");
  assert_ids (resident_timeline, "1 10 2 3 6 8 4");
  hearth_timeline_entry_list_set_kind (resident_timeline, "note");
  assert_ids (resident_timeline, "10 4");
  hearth_timeline_entry_list_set_kind (resident_timeline, NULL);
  search (resident_timeline, "bus");
  assert_ids (resident_timeline, "10 8");
  search (resident_timeline, NULL);
  hearth_timeline_entry_list_set_resident (resident_timeline, 3);
  assert_ids (resident_timeline, "11 12");
  /* Joining a case brings its entries in. */
  run (fixture->store, "INSERT INTO case_residents (case_id, resident_id) VALUES (2, 3)", "");
  hearth_store_note_change (fixture->store, "case_residents", 0, HEARTH_CHANGE_INSERT);
  assert_ids (resident_timeline, "11 12 7");

  money = item_with_id (resident_timeline, 12);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (money), ==, "money-outcome");
  g_assert_cmpstr (hearth_timeline_entry_get_kind_label (money), ==, "Money outcome");
  g_assert_cmpstr (hearth_timeline_entry_get_money_kind (money), ==, "debt-resolved");
  g_assert_cmpint (hearth_timeline_entry_get_amount_pence (money), ==, 120000);

  visit = item_with_id (timeline, 2);
  g_assert_cmpint (hearth_timeline_entry_get_case_id (visit), ==, 1);
  g_assert_cmpint (hearth_timeline_entry_get_resident_id (visit), ==, 1);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (visit), ==, "home-visit");
  g_assert_cmpstr (hearth_timeline_entry_get_kind_label (visit), ==, "Home visit");
  g_assert_cmpstr (hearth_timeline_entry_get_icon_name (visit), ==, "go-home-symbolic");
  g_assert_cmpint (hearth_timeline_entry_get_occurred_at (visit), ==, NOW - 5 * DAY);
  g_assert_cmpint (hearth_timeline_entry_get_author_id (visit), ==, 2);
  g_assert_cmpstr (hearth_timeline_entry_get_author_name (visit), ==, "ann lee");
  g_assert_cmpstr (hearth_timeline_entry_get_summary (visit), ==, "Visited about the mould");
  g_assert_true (g_str_has_prefix (hearth_timeline_entry_get_body (visit), "Black mould"));
  g_assert_cmpint (hearth_timeline_entry_get_amount_pence (visit), ==, -1);
  g_assert_cmpstr (hearth_timeline_entry_get_spend_for (visit), ==, "");
  g_assert_cmpstr (hearth_timeline_entry_get_money_kind (visit), ==, "");
  g_assert_cmpstr (hearth_timeline_entry_get_expert_name (visit), ==, "");
  g_assert_cmpuint (hearth_timeline_entry_get_version (visit), ==, 1);
  g_assert_false (hearth_timeline_entry_get_edited (visit));

  spend = item_with_id (timeline, 3);
  g_assert_cmpint (hearth_timeline_entry_get_amount_pence (spend), ==, 4599);
  g_assert_cmpstr (hearth_timeline_entry_get_spend_for (spend), ==, "Dehumidifier");
  g_assert_cmpstr (hearth_timeline_entry_get_author_name (spend), ==, "Bilal Khan");
  g_assert_cmpuint (hearth_timeline_entry_get_version (spend), ==, 2);
  g_assert_true (hearth_timeline_entry_get_edited (spend));
  g_assert_cmpstr (hearth_timeline_entry_get_icon_name (spend), ==,
                   hearth_timeline_entry_kind_icon_name ("spend"));

  opened = item_with_id (timeline, 1);
  g_assert_cmpint (hearth_timeline_entry_get_resident_id (opened), ==, 0);
  g_assert_cmpstr (hearth_timeline_entry_get_kind_label (opened), ==, "Case opened");
}

/* Every kind the schema allows has a name and an icon of its own. */
static void
test_timeline_kinds (void)
{
  static const char *const kinds[] = {
    "conversation", "home-visit", "phone-call", "message", "agreement", "action", "spend",
    "expertise", "money-outcome", "note", "case-opened", "case-closed",
  };
  static const char *const labels[] = {
    "Conversation", "Home visit", "Phone call", "Message", "What we agreed", "Action", "Spend",
    "Expertise brought in", "Money outcome", "Note", "Case opened", "Case closed",
  };
  g_autoptr(GHashTable) icons = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *icon = hearth_timeline_entry_kind_icon_name (kinds[i]);

      g_assert_cmpstr (hearth_timeline_entry_kind_label (kinds[i]), ==, labels[i]);
      g_assert_true (g_str_has_suffix (icon, "-symbolic"));
      g_hash_table_add (icons, (gpointer) icon);
    }
  g_assert_cmpuint (g_hash_table_size (icons), ==, G_N_ELEMENTS (kinds));
  g_assert_cmpstr (hearth_timeline_entry_kind_label ("no-such-kind"), ==, "");
}

/* Records the names of the properties an item notifies, sorted, so that a
 * test can say exactly which changed. */
typedef struct
{
  GPtrArray *names;
} Notes;

static void
notify_cb (GObject    *item,
           GParamSpec *pspec,
           Notes      *notes)
{
  g_ptr_array_add (notes->names, (gpointer) g_param_spec_get_name (pspec));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char *
take_notes (Notes *notes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_ptr_array_sort (notes->names, compare_names);
  for (guint i = 0; i < notes->names->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            (const char *) g_ptr_array_index (notes->names, i));
  g_ptr_array_set_size (notes->names, 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_notes(notes, expected) \
  G_STMT_START { \
    g_autofree char *got__ = take_notes (notes); \
    g_assert_cmpstr (got__, ==, expected); \
  } G_STMT_END

/* --- The base class, through an item type of the test's own -------------- */

#define TEST_TYPE_THING (test_thing_get_type ())
G_DECLARE_FINAL_TYPE (TestThing, test_thing, TEST, THING, HearthItem)

struct _TestThing
{
  HearthItem  parent_instance;

  gint64      id;
  char       *name;
  guint       count;
  gboolean    flag;
  int         rank;
  char       *shout;    /* the name in capitals, worked out */
  guint       computed; /* how many times fill_computed ran */
};

G_DEFINE_FINAL_TYPE (TestThing, test_thing, HEARTH_TYPE_ITEM)

#define THING_FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (TestThing, member) }

/* Not in column order, so that the order of the table is not taken for it. */
static const HearthItemField thing_fields[] = {
  THING_FIELD ("name", STRING, 1, name),
  THING_FIELD ("id", INT64, 0, id),
  THING_FIELD ("shout", STRING, HEARTH_FIELD_COMPUTED, shout),
  THING_FIELD ("count", UINT, 2, count),
  THING_FIELD ("flag", BOOLEAN, 3, flag),
  THING_FIELD ("rank", INT, 4, rank),
};

static void
test_thing_fill_computed (HearthItem *item)
{
  TestThing *self = TEST_THING (item);
  g_autofree char *shout = g_utf8_strup (self->name, -1);

  self->computed++;
  hearth_item_set_string (item, &self->shout, shout);
}

static void
test_thing_class_init (TestThingClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = test_thing_fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), thing_fields,
                                    G_N_ELEMENTS (thing_fields));
}

static void
test_thing_init (TestThing *self)
{
}

/* A class whose table reads one column twice and another not at all. */
#define TEST_TYPE_BAD_THING (test_bad_thing_get_type ())
G_DECLARE_FINAL_TYPE (TestBadThing, test_bad_thing, TEST, BAD_THING, HearthItem)

struct _TestBadThing
{
  HearthItem  parent_instance;

  gint64      id;
  char       *name;
};

G_DEFINE_FINAL_TYPE (TestBadThing, test_bad_thing, HEARTH_TYPE_ITEM)

static const HearthItemField bad_thing_fields[] = {
  { "id", HEARTH_FIELD_INT64, 1, G_STRUCT_OFFSET (TestBadThing, id) },
  { "name", HEARTH_FIELD_STRING, 1, G_STRUCT_OFFSET (TestBadThing, name) },
};

static void
test_bad_thing_class_init (TestBadThingClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), bad_thing_fields,
                                    G_N_ELEMENTS (bad_thing_fields));
}

static void
test_bad_thing_init (TestBadThing *self)
{
}

/* A row of the test type's five columns, as a statement on @db that has
 * stepped onto it; sqlite3_finalize() it. */
static sqlite3_stmt *
thing_row (sqlite3    *db,
           gint64      id,
           const char *name,
           gint64      count,
           gboolean    flag,
           int         rank)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT ?1, ?2, ?3, ?4, ?5", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (name != NULL)
    sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, count);
  sqlite3_bind_int (stmt, 4, flag);
  sqlite3_bind_int (stmt, 5, rank);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return stmt;
}

static void
fill_thing (TestThing  *thing,
            sqlite3    *db,
            gint64      id,
            const char *name,
            gint64      count,
            gboolean    flag,
            int         rank)
{
  sqlite3_stmt *stmt = thing_row (db, id, name, count, flag, rank);

  hearth_item_fill (G_OBJECT (thing), stmt);
  sqlite3_finalize (stmt);
}

static sqlite3 *
open_memory_db (void)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  return db;
}

/* Every field becomes a read-only property that shows it, strings start
 * as "", and a NULL column reads as "". */
static void
test_item_properties (void)
{
  sqlite3 *db = open_memory_db ();
  TestThing *thing = g_object_new (TEST_TYPE_THING, NULL);
  GObjectClass *klass = G_OBJECT_GET_CLASS (thing);
  const char *names[] = { "id", "name", "count", "flag", "rank", "shout" };
  g_autofree char *name = NULL;
  g_autofree char *shout = NULL;
  gint64 id = 0;
  guint count = 0;
  gboolean flag = FALSE;
  int rank = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_READABLE);
      g_assert_false (pspec->flags & G_PARAM_WRITABLE);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
    }
  g_assert_true (G_IS_PARAM_SPEC_INT64 (g_object_class_find_property (klass, "id")));
  g_assert_true (G_IS_PARAM_SPEC_UINT (g_object_class_find_property (klass, "count")));
  g_assert_true (G_IS_PARAM_SPEC_BOOLEAN (g_object_class_find_property (klass, "flag")));
  g_assert_true (G_IS_PARAM_SPEC_INT (g_object_class_find_property (klass, "rank")));
  g_assert_true (G_IS_PARAM_SPEC_STRING (g_object_class_find_property (klass, "shout")));

  g_assert_cmpstr (thing->name, ==, "");
  g_assert_cmpstr (thing->shout, ==, "");

  fill_thing (thing, db, 42, "Ann", 7, TRUE, -3);
  g_object_get (thing, "id", &id, "name", &name, "count", &count, "flag", &flag, "rank", &rank,
                "shout", &shout, NULL);
  g_assert_cmpint (id, ==, 42);
  g_assert_cmpstr (name, ==, "Ann");
  g_assert_cmpuint (count, ==, 7);
  g_assert_true (flag);
  g_assert_cmpint (rank, ==, -3);
  g_assert_cmpstr (shout, ==, "ANN");

  fill_thing (thing, db, 42, NULL, 7, TRUE, -3);
  g_assert_nonnull (thing->name);
  g_assert_cmpstr (thing->name, ==, "");
  g_assert_cmpstr (thing->shout, ==, "");

  g_assert_finalize_object (thing);
  sqlite3_close (db);
}

/* Filling again notifies each property that changed once, at the end of
 * the fill, and nothing that did not. */
static void
test_item_notify (void)
{
  sqlite3 *db = open_memory_db ();
  TestThing *thing = g_object_new (TEST_TYPE_THING, NULL);
  Notes notes = { g_ptr_array_new () };

  fill_thing (thing, db, 1, "ann", 2, FALSE, 3);
  g_signal_connect (thing, "notify", G_CALLBACK (notify_cb), &notes);

  fill_thing (thing, db, 1, "ann", 2, FALSE, 3);
  assert_notes (&notes, "");

  fill_thing (thing, db, 1, "ann", 5, FALSE, 3);
  assert_notes (&notes, "count");
  g_assert_cmpuint (thing->count, ==, 5);

  fill_thing (thing, db, 1, "ann", 5, TRUE, 3);
  assert_notes (&notes, "flag");
  fill_thing (thing, db, 1, "ann", 5, TRUE, -1);
  assert_notes (&notes, "rank");
  fill_thing (thing, db, 9, "ann", 5, TRUE, -1);
  assert_notes (&notes, "id");

  /* A computed field notifies with the column it is worked out from. */
  fill_thing (thing, db, 9, "bob", 5, TRUE, -1);
  assert_notes (&notes, "name shout");
  g_assert_cmpstr (thing->shout, ==, "BOB");

  /* The same name in other letters: only the name changes. */
  fill_thing (thing, db, 9, "BOB", 5, TRUE, -1);
  assert_notes (&notes, "name");

  /* Everything at once, each still once. */
  fill_thing (thing, db, 10, "cara", 6, FALSE, 0);
  assert_notes (&notes, "count flag id name rank shout");

  fill_thing (thing, db, 10, "", 6, FALSE, 0);
  assert_notes (&notes, "name shout");
  fill_thing (thing, db, 10, NULL, 6, FALSE, 0);
  assert_notes (&notes, "");

  g_assert_cmpuint (thing->computed, ==, 11);
  g_ptr_array_unref (notes.names);
  g_assert_finalize_object (thing);
  sqlite3_close (db);
}

/* What a listener expects to find whenever it hears of a fill. */
typedef struct
{
  const char *name;
  int         rank;
  guint       heard;
} WholeRow;

static void
whole_row_cb (TestThing  *thing,
              GParamSpec *pspec,
              WholeRow   *expected)
{
  g_autofree char *shout = g_utf8_strup (expected->name, -1);

  g_assert_cmpstr (thing->name, ==, expected->name);
  g_assert_cmpstr (thing->shout, ==, shout);
  g_assert_cmpint (thing->rank, ==, expected->rank);
  expected->heard++;
}

/* A listener hears of a fill once the whole row is in, the computed field
 * too, whether it listens to one property or to them all. The name is the
 * first field filled, the rank the last column and the shout last of all. */
static void
test_item_whole_row (void)
{
  sqlite3 *db = open_memory_db ();
  TestThing *one = g_object_new (TEST_TYPE_THING, NULL);
  TestThing *all = g_object_new (TEST_TYPE_THING, NULL);
  WholeRow for_one = { "dan", 7, 0 };
  WholeRow for_all = { "dan", 7, 0 };

  fill_thing (one, db, 1, "ann", 2, FALSE, 3);
  fill_thing (all, db, 1, "ann", 2, FALSE, 3);
  g_signal_connect (one, "notify::name", G_CALLBACK (whole_row_cb), &for_one);
  g_signal_connect (all, "notify", G_CALLBACK (whole_row_cb), &for_all);

  fill_thing (one, db, 1, "dan", 4, TRUE, 7);
  fill_thing (all, db, 1, "dan", 4, TRUE, 7);
  g_assert_cmpuint (for_one.heard, ==, 1);
  g_assert_cmpuint (for_all.heard, ==, 5); /* name shout count flag rank */

  g_signal_handlers_disconnect_by_data (one, &for_one);
  g_signal_handlers_disconnect_by_data (all, &for_all);
  g_assert_finalize_object (one);
  g_assert_finalize_object (all);
  sqlite3_close (db);
}

/* An item lets go of its strings however often they changed. Counted by
 * the C library's allocator, where it can say: a thousand items that kept
 * two strings of 4 KiB each would hold 8 MiB. (Under AddressSanitizer,
 * its leak checker sees the same.) */
static void
test_item_strings_freed (void)
{
  sqlite3 *db = open_memory_db ();
  g_autofree char *long_name = g_strnfill (4096, 'a');
  TestThing *first;
#ifdef __GLIBC__
  struct mallinfo2 before, after;
#endif

  /* Once first, so that the class and SQLite's caches are made. */
  first = g_object_new (TEST_TYPE_THING, NULL);
  fill_thing (first, db, 1, long_name, 0, FALSE, 0);
  g_assert_finalize_object (first);

#ifdef __GLIBC__
  before = mallinfo2 ();
#endif
  for (guint i = 0; i < 1000; i++)
    {
      TestThing *thing = g_object_new (TEST_TYPE_THING, NULL);

      fill_thing (thing, db, i, long_name, 0, FALSE, 0);
      fill_thing (thing, db, i, "", 0, FALSE, 0);
      fill_thing (thing, db, i, long_name, 0, FALSE, 0);
      g_assert_finalize_object (thing);
    }
#ifdef __GLIBC__
  after = mallinfo2 ();
  if (before.uordblks > 0)
    g_assert_cmpuint (after.uordblks, <, before.uordblks + 256 * 1024);
  else
    g_test_message ("The allocator does not count; the leak checker must tell.");
#endif

  sqlite3_close (db);
}

/* A row query with other columns than the table reads is refused at the
 * first row, and the item keeps its values. */
static void
test_item_column_count (void)
{
  sqlite3 *db = open_memory_db ();
  TestThing *thing = g_object_new (TEST_TYPE_THING, NULL);
  sqlite3_stmt *stmt = NULL;

  fill_thing (thing, db, 1, "ann", 2, TRUE, 3);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT 5, 'bob', 6, 0", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_test_expect_message ("hearth-model", G_LOG_LEVEL_CRITICAL,
                         "TestThing reads 5 columns from each row, but its row query has 4*");
  hearth_item_fill (G_OBJECT (thing), stmt);
  g_test_assert_expected_messages ();
  sqlite3_finalize (stmt);

  g_assert_cmpint (thing->id, ==, 1);
  g_assert_cmpstr (thing->name, ==, "ann");

  g_assert_finalize_object (thing);
  sqlite3_close (db);
}

/* A table that reads a column twice is refused where it is installed. */
static void
test_item_bad_table (void)
{
  gpointer klass;

  g_test_expect_message ("hearth-model", G_LOG_LEVEL_CRITICAL,
                         "TestBadThing: column 0 is read by 0 fields*");
  klass = g_type_class_ref (TEST_TYPE_BAD_THING);
  g_test_assert_expected_messages ();

  g_assert_null (g_object_class_find_property (klass, "id"));
  g_type_class_unref (klass);
}

/* The short lists read whole are made of the same items. */
static void
test_item_read_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TestThing) second = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (fixture->store,
                               "SELECT id, name, id * 10, is_ambassador, -id FROM staff"
                               " WHERE active = 1 ORDER BY id", &error);
  g_assert_no_error (error);
  list = hearth_item_read_list (fixture->store, TEST_TYPE_THING, stmt, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (list) == TEST_TYPE_THING);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);

  second = g_list_model_get_item (list, 1);
  g_assert_cmpint (second->id, ==, 2);
  g_assert_cmpstr (second->name, ==, "ann lee");
  g_assert_cmpstr (second->shout, ==, "ANN LEE");
  g_assert_cmpuint (second->count, ==, 20);
  g_assert_true (second->flag);
  g_assert_cmpint (second->rank, ==, -2);
}

static void
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (fixture->store);
  g_autoptr(HearthCase) money = item_with_id (cases, 2);
  g_autoptr(HearthTimelineEntry) visit = NULL;
  g_autoptr(HearthResident) dot = item_with_id (residents, 1);
  Notes notes = { g_ptr_array_new () };

  hearth_timeline_entry_list_set_case (timeline, 1);
  visit = item_with_id (timeline, 2);
  g_signal_connect (money, "notify", G_CALLBACK (notify_cb), &notes);
  g_signal_connect (visit, "notify", G_CALLBACK (notify_cb), &notes);
  g_signal_connect (dot, "notify", G_CALLBACK (notify_cb), &notes);

  /* A change notice for a row whose values did not change: no notifications. */
  hearth_store_note_change (fixture->store, "cases", 2, HEARTH_CHANGE_UPDATE);
  hearth_store_note_change (fixture->store, "timeline_entries", 2, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "");

  run (fixture->store, "UPDATE cases SET title = 'Money for the whole month' WHERE id = 2", "");
  hearth_store_note_change (fixture->store, "cases", 2, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "title");
  g_assert_cmpstr (hearth_case_get_title (money), ==, "Money for the whole month");

  /* The overdue item done: both counts change, nothing else. */
  run (fixture->store, "UPDATE agreement_items SET status = 'done', done_at = 1 WHERE id = 1", "");
  hearth_store_note_change (fixture->store, "agreement_items", 1, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "open-agreements overdue-agreements");
  g_assert_cmpuint (hearth_case_get_open_agreements (money), ==, 1);
  g_assert_cmpuint (hearth_case_get_overdue_agreements (money), ==, 0);

  /* An edit of an entry: its text, version and "edited", once each. */
  run (fixture->store, "UPDATE timeline_entries SET summary = 'Visited about the damp',"
       " version = 2 WHERE id = 2", "");
  hearth_store_note_change (fixture->store, "timeline_entries", 2, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "edited summary version");

  /* A resident who starts using a preferred name: the name shown changes
   * too, and the case lists it. */
  run (fixture->store, "UPDATE residents SET preferred_name = 'Mal' WHERE id = 2", "");
  hearth_store_note_change (fixture->store, "residents", 2, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "residents");
  g_assert_cmpstr (hearth_case_get_residents (money), ==, "Mal");

  /* A staff member renamed: the lead of case 1 (not held), the author of the
   * visit and the person who last updated Dot's profile. */
  run (fixture->store, "UPDATE staff SET name = 'Ann Lee-Smith' WHERE id = 2", "");
  hearth_store_note_change (fixture->store, "staff", 2, HEARTH_CHANGE_UPDATE);
  assert_notes (&notes, "author-name profile-updated-by-name");
  g_assert_cmpstr (hearth_timeline_entry_get_author_name (visit), ==, "Ann Lee-Smith");

  g_ptr_array_unref (notes.names);
}

static void
test_barriers (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthQueryModel) barriers = hearth_barrier_query_new (fixture->store);
  g_autoptr(HearthBarrier) forms = NULL;
  g_autoptr(HearthBarrier) repairs = NULL;
  g_autoptr(HearthBarrier) parked = NULL;
  g_autoptr(HearthBarrier) removed = NULL;

  /* Deleted and merged barriers never show; equal weights go by votes. */
  assert_ids (barriers, "2 1 4 3");
  hearth_query_model_set_sort (barriers, "age");
  assert_ids (barriers, "3 4 1 2");
  hearth_query_model_set_sort (barriers, "updated");
  assert_ids (barriers, "2 4 1 3");
  hearth_query_model_set_sort (barriers, "weight");

  hearth_barrier_list_set_open_only (barriers, TRUE);
  assert_ids (barriers, "2 1");
  hearth_barrier_list_set_open_only (barriers, FALSE);
  hearth_barrier_list_set_status (barriers, "parked");
  assert_ids (barriers, "3");
  hearth_barrier_list_set_status (barriers, NULL);
  hearth_barrier_list_set_owner (barriers, 1);
  assert_ids (barriers, "1 3");
  hearth_barrier_list_set_owner (barriers, 0);
  hearth_barrier_list_set_category (barriers, "system");
  assert_ids (barriers, "2");
  hearth_barrier_list_set_category (barriers, NULL);
  hearth_barrier_list_set_session (barriers, 1);
  assert_ids (barriers, "1 3");
  hearth_barrier_list_set_session (barriers, 2);
  assert_ids (barriers, "2 1");
  hearth_barrier_list_set_session (barriers, 0);

  forms = item_with_id (barriers, 1);
  g_assert_cmpstr (hearth_barrier_get_title (forms), ==, "Forms ask twice");
  g_assert_cmpstr (hearth_barrier_get_category (forms), ==, "process");
  g_assert_cmpstr (hearth_barrier_get_category_label (forms), ==, "Process");
  g_assert_cmpstr (hearth_barrier_get_status (forms), ==, "raised");
  g_assert_cmpstr (hearth_barrier_get_status_label (forms), ==, "Raised");
  g_assert_cmpint (hearth_barrier_get_owner_id (forms), ==, 1);
  g_assert_cmpstr (hearth_barrier_get_owner_name (forms), ==, "Dev Patel");
  g_assert_cmpuint (hearth_barrier_get_weight (forms), ==, 3);
  g_assert_cmpuint (hearth_barrier_get_votes (forms), ==, 6);
  g_assert_cmpstr (hearth_barrier_get_action_due_on (forms), ==, "");
  g_assert_cmpstr (hearth_barrier_get_parked_reason (forms), ==, "");
  g_assert_cmpint (hearth_barrier_get_created_at (forms), ==, NOW - 60 * DAY);
  g_assert_cmpint (hearth_barrier_get_last_update_at (forms), ==, NOW - 5 * DAY);
  g_assert_cmpint (hearth_barrier_get_removed_at (forms), ==, 0);

  repairs = item_with_id (barriers, 2);
  g_assert_cmpstr (hearth_barrier_get_status_label (repairs), ==, "In progress");
  g_assert_cmpstr (hearth_barrier_get_category_label (repairs), ==, "System");
  g_assert_cmpuint (hearth_barrier_get_votes (repairs), ==, 7);
  parked = item_with_id (barriers, 3);
  g_assert_cmpstr (hearth_barrier_get_status_label (parked), ==, "Parked");
  g_assert_cmpstr (hearth_barrier_get_parked_reason (parked), ==, "Out of our hands");
  g_assert_cmpuint (hearth_barrier_get_votes (parked), ==, 0);
  removed = item_with_id (barriers, 4);
  g_assert_cmpstr (hearth_barrier_get_status_label (removed), ==, "Removed");
  g_assert_cmpstr (hearth_barrier_get_category_label (removed), ==, "IT");
  g_assert_cmpint (hearth_barrier_get_removed_at (removed), ==, NOW - 3 * DAY);

  g_assert_cmpstr (hearth_barrier_category_label ("ways-of-working"), ==, "Ways of working");
  g_assert_cmpstr (hearth_barrier_category_label ("partner-agency"), ==, "Partner agency");
  g_assert_cmpstr (hearth_barrier_status_label ("action-agreed"), ==, "Action agreed");
  g_assert_cmpstr (hearth_barrier_status_label ("understood"), ==, "Understood");
}

static void
test_sessions (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthQueryModel) sessions = hearth_stopshop_session_query_new (fixture->store);
  g_autoptr(HearthStopShopSession) library = NULL;
  g_autoptr(HearthStopShopSession) town_hall = NULL;

  assert_ids (sessions, "2 1");
  library = item_with_id (sessions, 2);
  g_assert_cmpstr (hearth_stopshop_session_get_held_on (library), ==, "2026-11-15");
  g_assert_cmpstr (hearth_stopshop_session_get_place (library), ==, "Library");
  g_assert_cmpstr (hearth_stopshop_session_get_theme (library), ==, "Money");
  g_assert_cmpstr (hearth_stopshop_session_get_phase (library), ==, "listen");
  g_assert_cmpstr (hearth_stopshop_session_get_phase_label (library), ==, "Listen");
  g_assert_cmpuint (hearth_stopshop_session_get_votes_per_person (library), ==, 5);
  g_assert_cmpuint (hearth_stopshop_session_get_barrier_count (library), ==, 2);
  /* Alphabetical whatever the case of the first letter. */
  g_assert_cmpstr (hearth_stopshop_session_get_ambassadors (library), ==, "ann lee, Dev Patel");
  g_assert_cmpstr (hearth_stopshop_session_get_teams (library), ==, "housing, Repairs");

  town_hall = item_with_id (sessions, 1);
  g_assert_cmpstr (hearth_stopshop_session_get_phase_label (town_hall), ==, "Closed");
  g_assert_cmpuint (hearth_stopshop_session_get_barrier_count (town_hall), ==, 2);
  g_assert_cmpstr (hearth_stopshop_session_get_ambassadors (town_hall), ==, "ann lee");
  g_assert_cmpstr (hearth_stopshop_session_get_teams (town_hall), ==, "");
  g_assert_cmpstr (hearth_stopshop_session_phase_label ("collaborate"), ==, "Collaborate");
}

static void
test_feedback_cycles (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cycles = hearth_feedback_cycle_query_new (fixture->store);
  g_autoptr(HearthFeedbackCycle) spring = NULL;
  g_autoptr(HearthFeedbackCycle) released = NULL;

  assert_ids (cycles, "1 2");
  hearth_feedback_cycle_list_set_subject (cycles, 2);
  assert_ids (cycles, "2");
  released = item_with_id (cycles, 2);
  hearth_feedback_cycle_list_set_subject (cycles, 0);
  spring = item_with_id (cycles, 1);

  g_assert_cmpint (hearth_feedback_cycle_get_subject_id (spring), ==, 1);
  g_assert_cmpstr (hearth_feedback_cycle_get_subject_name (spring), ==, "Dev Patel");
  g_assert_cmpint (hearth_feedback_cycle_get_framework_id (spring), ==, 10);
  g_assert_cmpstr (hearth_feedback_cycle_get_framework_name (spring), ==, "Our behaviours");
  g_assert_cmpstr (hearth_feedback_cycle_get_title (spring), ==, "Spring");
  g_assert_cmpstr (hearth_feedback_cycle_get_opens_on (spring), ==, "2026-11-01");
  g_assert_cmpstr (hearth_feedback_cycle_get_closes_on (spring), ==, "2026-12-01");
  g_assert_true (hearth_feedback_cycle_get_development_only (spring));
  g_assert_false (hearth_feedback_cycle_get_released (spring));
  g_assert_cmpuint (hearth_feedback_cycle_get_rater_count (spring), ==, 3);
  g_assert_cmpuint (hearth_feedback_cycle_get_submitted_count (spring), ==, 2);

  g_assert_false (hearth_feedback_cycle_get_development_only (released));
  g_assert_true (hearth_feedback_cycle_get_released (released));
  g_assert_cmpuint (hearth_feedback_cycle_get_rater_count (released), ==, 0);
}

static void
test_supervisions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HearthQueryModel) supervisions = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervision) first = NULL;
  g_autoptr(HearthSupervision) second = NULL;

  assert_ids (supervisions, "2 1 3");
  hearth_supervision_list_set_staff (supervisions, 1);
  assert_ids (supervisions, "1");
  hearth_supervision_list_set_staff (supervisions, 0);
  hearth_supervision_list_set_supervisor (supervisions, 4);
  assert_ids (supervisions, "2 1");

  first = item_with_id (supervisions, 1);
  g_assert_cmpint (hearth_supervision_get_supervisor_id (first), ==, 4);
  g_assert_cmpstr (hearth_supervision_get_supervisor_name (first), ==, "Bilal Khan");
  g_assert_cmpint (hearth_supervision_get_staff_id (first), ==, 1);
  g_assert_cmpstr (hearth_supervision_get_staff_name (first), ==, "Dev Patel");
  g_assert_cmpstr (hearth_supervision_get_held_on (first), ==, "2026-11-01");
  g_assert_cmpint (hearth_supervision_get_wellbeing (first), ==, 4);
  g_assert_true (hearth_supervision_get_locked (first));
  g_assert_cmpuint (hearth_supervision_get_action_count (first), ==, 2);
  g_assert_cmpuint (hearth_supervision_get_open_actions (first), ==, 1);

  second = item_with_id (supervisions, 2);
  g_assert_cmpstr (hearth_supervision_get_staff_name (second), ==, "Cara Diaz");
  g_assert_cmpint (hearth_supervision_get_wellbeing (second), ==, 0);
  g_assert_false (hearth_supervision_get_locked (second));
  g_assert_cmpuint (hearth_supervision_get_action_count (second), ==, 0);
  g_assert_cmpuint (hearth_supervision_get_open_actions (second), ==, 0);
}

static char *
lookup_names (GListModel *list)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (list, i);

      g_assert_cmpint (hearth_lookup_item_get_id (item), >, 0);
      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", hearth_lookup_item_get_name (item));
    }

  return g_string_free (text, FALSE);
}

static void
test_lookup_lists (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(GListModel) needs = NULL;
  g_autoptr(HearthLookupItem) first_need = NULL;
  g_autofree char *names = NULL;
  g_autofree char *active_names = NULL;

  outcomes = hearth_lookup_item_list_new (fixture->store, HEARTH_LOOKUP_OUTCOMES, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (outcomes) == HEARTH_TYPE_LOOKUP_ITEM);
  names = lookup_names (outcomes);
  g_assert_cmpstr (names, ==, "Living a better life, On a longer journey, Did not engage");

  /* Retired entries drop out; order follows position, not id. */
  run (fixture->store, "UPDATE outcomes SET active = 0 WHERE name = 'On a longer journey'", "");
  run (fixture->store, "UPDATE outcomes SET position = 0 WHERE name = 'Did not engage'", "");
  g_clear_object (&outcomes);
  outcomes = hearth_lookup_item_list_new (fixture->store, HEARTH_LOOKUP_OUTCOMES, &error);
  g_assert_no_error (error);
  active_names = lookup_names (outcomes);
  g_assert_cmpstr (active_names, ==, "Did not engage, Living a better life");

  needs = hearth_lookup_item_list_new (fixture->store, HEARTH_LOOKUP_ACCESS_NEEDS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (needs), ==, 8);
  first_need = g_list_model_get_item (needs, 0);
  g_assert_cmpstr (hearth_lookup_item_get_name (first_need), ==, "Wheelchair user");
  g_assert_cmpint (hearth_lookup_item_get_position (first_need), ==, 1);
}

/* Counts a list's items-changed and keeps the last one. */
typedef struct
{
  guint n;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

/* A lookup list follows its table without being asked: a renamed row is
 * announced, though no row came or went, and a change that leaves the list
 * as it was is not. */
static void
test_lookup_list_follows (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(GListModel) needs = NULL;
  g_autoptr(HearthLookupItem) first = NULL;
  g_autofree char *names = NULL;
  Changes changes = { 0 };
  Changes need_changes = { 0 };
  gint64 id;

  outcomes = hearth_lookup_item_list_new (fixture->store, HEARTH_LOOKUP_OUTCOMES, &error);
  g_assert_no_error (error);
  needs = hearth_lookup_item_list_new (fixture->store, HEARTH_LOOKUP_ACCESS_NEEDS, &error);
  g_assert_no_error (error);
  g_signal_connect (outcomes, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (needs, "items-changed", G_CALLBACK (items_changed_cb), &need_changes);
  first = g_list_model_get_item (outcomes, 0);

  g_assert_true (hearth_lookup_rename (fixture->store, HEARTH_LOOKUP_OUTCOMES,
                                       hearth_lookup_item_get_id (first), "Living well", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 3);
  g_assert_cmpuint (changes.added, ==, 3);
  names = lookup_names (outcomes);
  g_assert_cmpstr (names, ==, "Living well, On a longer journey, Did not engage");
  g_clear_pointer (&names, g_free);

  /* Another table's change, and a notice that changes nothing. */
  g_assert_cmpuint (need_changes.n, ==, 0);
  hearth_store_note_change (fixture->store, "outcomes", hearth_lookup_item_get_id (first),
                            HEARTH_CHANGE_UPDATE);
  g_assert_cmpuint (changes.n, ==, 1);

  id = hearth_lookup_add (fixture->store, HEARTH_LOOKUP_OUTCOMES, "Moved away", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (changes.n, ==, 2);
  g_assert_cmpuint (changes.added, ==, 4);
  g_assert_true (hearth_lookup_remove (fixture->store, HEARTH_LOOKUP_OUTCOMES, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n, ==, 3);
  names = lookup_names (outcomes);
  g_assert_cmpstr (names, ==, "Living well, On a longer journey, Did not engage");
  g_assert_cmpuint (need_changes.n, ==, 0);
}

/* Who has written on a case follows its timeline by itself. */
static void
test_case_authors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HearthQueryModel) authors = hearth_staff_member_query_new_case_authors (fixture->store);
  Changes changes = { 0 };

  assert_ids (authors, "");
  hearth_staff_member_list_set_case_author (authors, 1);
  assert_ids (authors, "2 4");
  g_signal_connect (authors, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  add_entry (fixture->store, 13, 1, 0, "note", NOW, 1, "Dev's first note", "", FALSE);
  hearth_store_note_change (fixture->store, "timeline_entries", 13, HEARTH_CHANGE_INSERT);
  g_assert_cmpuint (changes.n, ==, 1);
  assert_ids (authors, "2 4 1");

  /* Bilal's only entry on the case goes: so does Bilal. */
  run (fixture->store, "UPDATE timeline_entries SET deleted_at = ? WHERE id = 3", "i", NOW);
  hearth_store_note_change (fixture->store, "timeline_entries", 3, HEARTH_CHANGE_UPDATE);
  g_assert_cmpuint (changes.n, ==, 2);
  assert_ids (authors, "2 1");

  /* Another case's timeline changes nothing here. */
  add_entry (fixture->store, 14, 2, 0, "note", NOW, 3, "Cara's note", "", FALSE);
  hearth_store_note_change (fixture->store, "timeline_entries", 14, HEARTH_CHANGE_INSERT);
  g_assert_cmpuint (changes.n, ==, 2);

  /* The team's list is not one of authors. */
  g_test_expect_message ("hearth-model", G_LOG_LEVEL_CRITICAL, "*:case_author*");
  {
    g_autoptr(HearthQueryModel) staff = hearth_staff_member_query_new (fixture->store);

    hearth_staff_member_list_set_case_author (staff, 1);
    g_test_assert_expected_messages ();
    assert_ids (staff, "2 4 3 1");
  }
}

/* The model's own statement for its current query, found among the
 * connection's prepared statements by its start and its ORDER BY. */
static sqlite3_stmt *
find_ids_statement (HearthStore *store,
                    const char  *start,
                    const char  *order_by)
{
  sqlite3 *db = hearth_store_get_db (store);

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (db, NULL); stmt != NULL;
       stmt = sqlite3_next_stmt (db, stmt))
    {
      const char *sql = sqlite3_sql (stmt);

      if (g_str_has_prefix (sql, start) && g_str_has_suffix (sql, order_by))
        return stmt;
    }

  g_error ("No prepared statement starts with %s", start);
  return NULL;
}

static char *
query_plan (HearthStore  *store,
            sqlite3_stmt *stmt)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", sqlite3_sql (stmt), NULL);
  sqlite3 *db = hearth_store_get_db (store);
  sqlite3_stmt *explain = NULL;
  GString *plan = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &explain, NULL), ==, SQLITE_OK);
  while (sqlite3_step (explain) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (explain, 3));
  sqlite3_finalize (explain);

  return g_string_free (plan, FALSE);
}

/* The case list's ids statement that starts with @start, in the activity
 * order, and its plan, which the test's log shows under @what. */
static char *
case_ids_plan (HearthStore   *store,
               const char    *start,
               const char    *what,
               sqlite3_stmt **stmt)
{
  char *plan;

  *stmt = find_ids_statement (store, start, "c.last_activity_at DESC, c.id DESC");
  plan = query_plan (store, *stmt);
  g_test_message ("%s:\n%s", what, plan);

  return plan;
}

/* The two lists opened most read only their own rows through an index: the
 * case list searches cases_by_status_activity for the status shown (at
 * scale, the open cases are found in a sixth of the time of a walk of every
 * case in activity order, sort included), and a case's timeline searches
 * timeline_by_case in index order, with no sort at all. */
static void
test_query_plans (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  sqlite3_stmt *stmt;
  g_autofree char *case_plan = NULL;
  g_autofree char *timeline_plan = NULL;

  assert_ids (cases, "1 4 2 3");
  /* A list first read counts its rows and reads its first page; a refresh
   * runs the whole ids query. */
  hearth_query_model_refresh (cases);
  case_plan = case_ids_plan (fixture->store, "SELECT c.id FROM cases c", "case list", &stmt);
  /* With no filter set the index covers the query: nothing else is read. */
  g_assert_nonnull (strstr (case_plan, "SEARCH c USING COVERING INDEX cases_by_status_activity (status=?)"));
  g_assert_null (strstr (case_plan, "SCAN c\n"));
  g_assert_null (strstr (case_plan, "SCAN c "));
  sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, TRUE);
  hearth_case_list_set_status (cases, "open");
  assert_ids (cases, "1 4 2");
  g_assert_cmpint (sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, FALSE), ==, 0);

  /* One status is read from the same index in its order, with no sort,
   * and its statement is planned once whichever status is bound to it
   * (SQLite plans a statement again for each new value of a parameter that
   * it weighed while planning). */
  g_clear_pointer (&case_plan, g_free);
  case_plan = case_ids_plan (fixture->store, "SELECT c.id FROM cases c WHERE c.status = ",
                             "one status", &stmt);
  g_assert_nonnull (strstr (case_plan, "SEARCH c USING COVERING INDEX cases_by_status_activity (status=?)"));
  g_assert_null (strstr (case_plan, "USE TEMP B-TREE FOR ORDER BY"));
  hearth_case_list_set_status (cases, "closed");
  assert_ids (cases, "3");
  hearth_case_list_set_status (cases, "open");
  assert_ids (cases, "1 4 2");
  g_assert_cmpint (sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_RUN, FALSE), >=, 3);
  g_assert_cmpint (sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_REPREPARE, FALSE), ==, 0);
  hearth_case_list_set_status (cases, NULL);

  /* A person's cases start from the indexes that name them. */
  hearth_case_list_set_mine (cases, 2);
  g_free (ids (cases));
  g_clear_pointer (&case_plan, g_free);
  case_plan = case_ids_plan (fixture->store, "SELECT c.id FROM cases c WHERE c.id IN",
                             "a person's cases", &stmt);
  g_assert_nonnull (strstr (case_plan, "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"));
  g_assert_nonnull (strstr (case_plan, "cases_by_lead (lead_id=?)"));
  g_assert_nonnull (strstr (case_plan, "case_workers_by_staff (staff_id=?)"));
  g_assert_null (strstr (case_plan, "cases_by_status_activity"));
  hearth_case_list_set_mine (cases, 0);

  hearth_timeline_entry_list_set_case (timeline, 1);
  assert_ids (timeline, "4 6 3 2 1");
  hearth_query_model_refresh (timeline);
  stmt = find_ids_statement (fixture->store, "SELECT e.id", "e.occurred_at DESC, e.id DESC");
  timeline_plan = query_plan (fixture->store, stmt);
  g_test_message ("timeline:\n%s", timeline_plan);
  g_assert_nonnull (strstr (timeline_plan, "SEARCH e USING INDEX timeline_by_case (case_id=?)"));
  g_assert_null (strstr (timeline_plan, "USE TEMP B-TREE FOR ORDER BY"));
  g_assert_null (strstr (timeline_plan, "SCAN e\n"));
  g_assert_null (strstr (timeline_plan, "SCAN e "));
  sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_SORT, TRUE);
  sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, TRUE);
  hearth_query_model_refresh (timeline);
  g_assert_cmpint (sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_SORT, FALSE), ==, 0);
  g_assert_cmpint (sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, FALSE), ==, 0);
}

/* The filters not tried above, one each, and the lists of the items read
 * nowhere else in this file. */
static void
test_other_filters (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (fixture->store);
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthQueryModel) barriers = hearth_barrier_query_new (fixture->store);
  g_autoptr(HearthQueryModel) items = hearth_agreement_item_query_new (fixture->store);
  g_autoptr(HearthQueryModel) open_items = hearth_agreement_item_query_new_open (fixture->store);
  g_autoptr(HearthQueryModel) versions = hearth_entry_version_query_new (fixture->store);
  g_autoptr(HearthQueryModel) updates = hearth_barrier_update_query_new (fixture->store);
  g_autoptr(HearthAgreementItem) item = NULL;
  g_autoptr(HearthEntryVersion) version = NULL;
  g_autoptr(HearthBarrierUpdate) update = NULL;

  hearth_case_list_set_resident (cases, 1);
  assert_ids (cases, "1 4");
  hearth_case_list_set_resident (cases, 0);
  hearth_case_list_set_match_ids (cases, "[3, 2]");
  assert_ids (cases, "2 3");
  hearth_case_list_set_match_ids (cases, NULL);
  assert_ids (cases, "1 4 2 3");

  hearth_timeline_entry_list_set_case (timeline, 3);
  assert_ids (timeline, "12");
  hearth_timeline_entry_list_set_case (timeline, 1);
  hearth_timeline_entry_list_set_outcomes_only (timeline, TRUE);
  assert_ids (timeline, "");
  hearth_timeline_entry_list_set_outcomes_only (timeline, FALSE);
  assert_ids (timeline, "4 6 3 2 1");

  run (fixture->store, "UPDATE barriers SET teams = 'Repairs, Income and Money' WHERE id = 2", "");
  hearth_barrier_list_set_team (barriers, "income AND money");
  assert_ids (barriers, "2");
  hearth_barrier_list_set_team (barriers, NULL);
  hearth_barrier_list_set_removed_since (barriers, NOW - 7 * DAY);
  assert_ids (barriers, "4");
  hearth_barrier_list_set_removed_since (barriers, 0);
  /* Forms ask twice: open, its last news five days ago. */
  hearth_barrier_list_set_stall_weeks (barriers, 1);
  assert_ids (barriers, "");
  run (fixture->store, "UPDATE barriers SET last_update_at = ? WHERE id = 1", "i", NOW - 9 * DAY);
  hearth_query_model_refresh (barriers);
  assert_ids (barriers, "1");
  hearth_barrier_list_set_stall_weeks (barriers, 0);
  assert_ids (barriers, "2 1 4 3");

  hearth_agreement_item_list_set_entry (items, 7);
  assert_ids (items, "1 2 3");
  item = item_with_id (items, 2);
  g_assert_cmpstr (hearth_agreement_item_get_due_on (item), ==, "2026-11-25");
  g_assert_cmpstr (hearth_agreement_item_get_status (item), ==, "open");
  g_assert_false (hearth_agreement_item_get_done (item));
  g_assert_false (hearth_agreement_item_get_overdue (item));
  hearth_agreement_item_list_set_case (open_items, 2);
  assert_ids (open_items, "1 2");

  run (fixture->store, "INSERT INTO timeline_entry_versions (id, entry_id, version, occurred_at,"
       " summary, body, amount_pence, written_at, written_by) VALUES"
       " (1, 3, 1, ?1, 'Bought a fan', '', NULL, ?1, 4)", "i", NOW - 3 * DAY);
  hearth_entry_version_list_set_entry (versions, 3);
  assert_ids (versions, "1");
  version = item_with_id (versions, 1);
  g_assert_cmpstr (hearth_entry_version_get_summary (version), ==, "Bought a fan");
  g_assert_cmpint (hearth_entry_version_get_amount_pence (version), ==, -1);
  g_assert_cmpstr (hearth_entry_version_get_written_by (version), ==, "Bilal Khan");

  run (fixture->store, "INSERT INTO barrier_updates (id, barrier_id, session_id, at, author_id,"
       " status_from, status_to, text) VALUES (1, 2, 2, ?, 1, 'raised', 'in-progress',"
       " 'The repairs team owns it')", "i", NOW - DAY);
  hearth_barrier_update_list_set_barrier (updates, 2);
  assert_ids (updates, "1");
  update = item_with_id (updates, 1);
  g_assert_cmpint (hearth_barrier_update_get_session_id (update), ==, 2);
  g_assert_cmpstr (hearth_barrier_update_get_author_name (update), ==, "Dev Patel");
  g_assert_cmpstr (hearth_barrier_update_get_status_to (update), ==, "in-progress");
  hearth_barrier_update_list_set_barrier (updates, 1);
  assert_ids (updates, "");
}

#define add_test(path, func) \
  g_test_add ("/items/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("staff", test_staff);
  add_test ("staff/create", test_staff_create);
  add_test ("residents", test_residents);
  add_test ("cases/sorts-and-filters", test_case_sorts_and_filters);
  add_test ("cases/person-filters", test_case_person_filters);
  add_test ("cases/values", test_case_values);
  add_test ("cases/search", test_case_search);
  add_test ("search-text", test_search_text);
  add_test ("timeline", test_timeline);
  g_test_add_func ("/items/timeline/kinds", test_timeline_kinds);
  g_test_add_func ("/items/base/properties", test_item_properties);
  g_test_add_func ("/items/base/notify", test_item_notify);
  g_test_add_func ("/items/base/whole-row", test_item_whole_row);
  g_test_add_func ("/items/base/strings-freed", test_item_strings_freed);
  g_test_add_func ("/items/base/column-count", test_item_column_count);
  g_test_add_func ("/items/base/bad-table", test_item_bad_table);
  add_test ("base/read-list", test_item_read_list);
  add_test ("notify", test_notify);
  add_test ("barriers", test_barriers);
  add_test ("stopshop-sessions", test_sessions);
  add_test ("feedback-cycles", test_feedback_cycles);
  add_test ("supervisions", test_supervisions);
  add_test ("lookup-lists", test_lookup_lists);
  add_test ("lookup-lists/follow", test_lookup_list_follows);
  add_test ("case-authors", test_case_authors);
  add_test ("other-filters", test_other_filters);
  add_test ("query-plans", test_query_plans);

  return g_test_run ();
}
