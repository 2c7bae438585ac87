/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The life of a case (open, close with an outcome, reopen, who works on it),
 * residents and their profile, the team's editable lists, and notes written
 * before a case moving into one. Refusals write nothing.
 */

#include "config.h"

#include "hearth-agreement-item.h"
#include "hearth-case-changes.h"
#include "hearth-case-person.h"
#include "hearth-lookup-changes.h"
#include "hearth-lookup-item.h"
#include "hearth-resident-changes.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-changes.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

typedef struct {
  char        *dir;
  HearthStore *store;
} Fixture;

#define query(fixture, ...) hearth_test_query_intf ((fixture)->store, __VA_ARGS__)

#define query_text(fixture, ...) hearth_test_query_textf ((fixture)->store, __VA_ARGS__)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak'),"
    "  (3, 'Grace Okafor');"
    "UPDATE staff SET active = 0 WHERE id = 3;"
    "INSERT INTO residents (id, name, preferred_name) VALUES (1, 'Dorothy Evans', 'Dot'),"
    "  (2, 'Kevin Evans', '');",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
open_case (Fixture    *fixture,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  const gint64 residents[] = { 1 };
  const gint64 workers[] = { 2 };
  gint64 id;

  id = hearth_case_open (fixture->store, title, residents, 1, 0, workers, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  const gint64 both[] = { 1, 2 };
  const gint64 workers[] = { 1, 2, 2 };
  gint64 id;

  id = open_case (fixture, "  Help with the bathroom  ");
  title = query_text (fixture, "SELECT title FROM cases WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (title, ==, "Help with the bathroom");
  /* Led by whoever opened it, with the others involved besides. */
  g_assert_cmpint (query (fixture, "SELECT lead_id FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT group_concat (staff_id) FROM case_workers"
                                   " WHERE case_id = %" G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT opened_at FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, NOW);
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, NOW);
  summary = query_text (fixture, "SELECT summary FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                 " AND kind = 'case-opened'", id);
  g_assert_cmpstr (summary, ==, "Case opened: Help with the bathroom");

  /* Two residents, a lead named, and the lead listed again among the
   * others (and one twice) stays one lead and one other. */
  id = hearth_case_open (fixture->store, "The Evans household", both, 2, 2, workers, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM case_residents WHERE case_id = %" G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT lead_id FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT group_concat (staff_id) FROM case_workers"
                                   " WHERE case_id = %" G_GINT64_FORMAT, id), ==, 1);
}

static void
test_open_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) long_title = g_string_new ("");
  const gint64 residents[] = { 1 };
  const gint64 missing[] = { 99 };
  const gint64 gone_worker[] = { 3 };
  struct {
    const char   *title;
    const gint64 *residents;
    guint         n_residents;
    gint64        lead;
    const gint64 *workers;
    guint         n_workers;
  } cases[] = {
    { "", residents, 1, 0, NULL, 0 },
    { " \t\n", residents, 1, 0, NULL, 0 },
    { NULL, residents, 1, 0, NULL, 0 },
    { "Title", NULL, 0, 0, NULL, 0 },
    { "Title", missing, 1, 0, NULL, 0 },
    { "Title", residents, 1, 3, NULL, 0 },
    { "Title", residents, 1, 0, gone_worker, 1 },
    { NULL, residents, 1, 0, NULL, 0 },
  };

  for (guint i = 0; i < 201; i++)
    g_string_append (long_title, "é");
  cases[G_N_ELEMENTS (cases) - 1].title = long_title->str;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = hearth_case_open (fixture->store, cases[i].title, cases[i].residents,
                                    cases[i].n_residents, cases[i].lead, cases[i].workers,
                                    cases[i].n_workers, &error);

      g_assert_cmpint (id, ==, 0);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_cmpuint (strlen (error->message), >, 10);
    }

  /* Nothing of any refused case was written. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM case_residents"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries"), ==, 0);

  /* 200 characters of two bytes each fit: the limit is in characters. */
  g_string_truncate (long_title, 400);
  g_assert_cmpint (open_case (fixture, long_title->str), >, 0);
}

static void
test_close_and_reopen (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *closed_summary = NULL;
  g_autofree char *closed_body = NULL;
  g_autofree char *note = NULL;
  gint64 id = open_case (fixture, "Rent arrears");
  gint64 outcome = query (fixture, "SELECT id FROM outcomes WHERE name = 'On a longer journey'");

  hearth_store_set_clock (fixture->store, NOW + 3600);

  /* No outcome chosen, or one that is not on the list. */
  g_assert_false (hearth_case_close (fixture->store, id, 0, "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_case_close (fixture->store, id, 999, "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT status = 'open' FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 1);

  g_assert_true (hearth_case_close (fixture->store, id, outcome, "  Paying £5 a week towards it  ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT closed_at FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, NOW + 3600);
  g_assert_cmpint (query (fixture, "SELECT outcome_id FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, outcome);
  note = query_text (fixture, "SELECT closing_note FROM cases WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (note, ==, "Paying £5 a week towards it");
  closed_summary = query_text (fixture, "SELECT summary FROM timeline_entries"
                                        " WHERE case_id = %" G_GINT64_FORMAT " AND kind = 'case-closed'", id);
  g_assert_cmpstr (closed_summary, ==, "Case closed: On a longer journey");
  closed_body = query_text (fixture, "SELECT body FROM timeline_entries"
                                     " WHERE case_id = %" G_GINT64_FORMAT " AND kind = 'case-closed'", id);
  g_assert_cmpstr (closed_body, ==, note);

  /* Closed is closed: not twice, and no new entries. */
  g_assert_false (hearth_case_close (fixture->store, id, outcome, "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Reopening needs a reason, and keeps the closing in the story. */
  g_assert_false (hearth_case_reopen (fixture->store, id, "   ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  hearth_store_set_clock (fixture->store, NOW + 7200);
  g_assert_true (hearth_case_reopen (fixture->store, id, "Dot rang: a new letter came", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT status = 'open' AND closed_at IS NULL AND outcome_id IS NULL"
                                   " FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT, id), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                   " AND kind = 'case-opened' AND summary = 'Case reopened'"
                                   " AND body = 'Dot rang: a new letter came'", id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, NOW + 7200);
  g_assert_false (hearth_case_reopen (fixture->store, id, "again", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A case that does not exist. */
  g_assert_false (hearth_case_close (fixture->store, 999, outcome, "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* Opening and closing in the words of whoever does it; blank words are the
 * usual lines, and words too long for one line are refused. */
static void
test_open_and_close_telling (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_line = g_strnfill (HEARTH_ENTRY_SUMMARY_MAX + 1, 'a');
  const gint64 residents[] = { 1 };
  gint64 outcome = query (fixture, "SELECT id FROM outcomes WHERE name = 'Living a better life'");
  gint64 id, plain;

  id = hearth_case_open_telling (fixture->store, "Help with the bathroom", residents, 1, 0, NULL, 0,
                                 "  Dot's son rang about a fall  ", "She is shaken but not hurt.",
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                   " AND kind = 'case-opened' AND summary = 'Dot''s son rang about a fall'"
                                   " AND body = 'She is shaken but not hurt.' AND occurred_at = %" G_GINT64_FORMAT,
                          id, NOW), ==, 1);

  plain = hearth_case_open_telling (fixture->store, "Rent arrears", residents, 1, 0, NULL, 0, "  ", NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                   " AND summary = 'Case opened: Rent arrears' AND body = ''", plain), ==, 1);

  g_assert_cmpint (hearth_case_open_telling (fixture->store, "Too long", residents, 1, 0, NULL, 0,
                                             long_line, NULL, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE title = 'Too long'"), ==, 0);

  hearth_store_set_clock (fixture->store, NOW + 3600);
  g_assert_false (hearth_case_close_telling (fixture->store, id, outcome, "", long_line, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT status = 'open' FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 1);

  g_assert_true (hearth_case_close_telling (fixture->store, id, outcome, "The shower is in.",
                                            "Case closed: Dot is walking to the market again", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                   " AND kind = 'case-closed' AND occurred_at = %" G_GINT64_FORMAT
                                   " AND summary = 'Case closed: Dot is walking to the market again'"
                                   " AND body = 'The shower is in.'", id, NOW + 3600), ==, 1);
  g_assert_true (hearth_case_close_telling (fixture->store, plain, outcome, "", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %" G_GINT64_FORMAT
                                   " AND summary = 'Case closed: Living a better life'", plain), ==, 1);
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = NULL;
  g_autofree char *title = NULL;
  const gint64 others[] = { 1 };
  const gint64 gone[] = { 3 };
  gint64 id = open_case (fixture, "Bathroom");
  guint n = 0;

  g_assert_true (hearth_case_set_team (fixture->store, id, "Bathroom adaptation", 2, others, 1, &error));
  g_assert_no_error (error);
  title = query_text (fixture, "SELECT title FROM cases WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (title, ==, "Bathroom adaptation");
  g_assert_cmpint (query (fixture, "SELECT lead_id FROM cases WHERE id = %" G_GINT64_FORMAT, id), ==, 2);

  ids = hearth_case_dup_worker_ids (fixture->store, id, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, 1);

  /* Someone who has left the team cannot be added; nothing changes. */
  g_assert_false (hearth_case_set_team (fixture->store, id, "Renamed", 2, gone, 1, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases WHERE title = 'Renamed'"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM case_workers WHERE case_id = %" G_GINT64_FORMAT, id), ==, 1);

  g_assert_false (hearth_case_set_team (fixture->store, id, "Bathroom", 0, NULL, 0, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_resident (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentDetails) loaded = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };
  g_auto(HearthResidentProfile) loaded_profile = { 0 };
  g_autoptr(GArray) needs = NULL;
  const gint64 wanted[] = { 1, 6, 6, 999 };
  gint64 id;

  details.name = g_strdup ("  Siobhán Ó Briain  ");
  details.preferred_name = g_strdup ("Shiv");
  details.pronouns = g_strdup ("she/her");
  details.household = g_strdup ("Lives with her son\nand a dog");
  details.area = g_strdup ("Northfield");
  details.phone = g_strdup ("07700 900123");

  id = hearth_resident_create (fixture->store, &details, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_assert_true (hearth_resident_load (fixture->store, id, &loaded, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (loaded.name, ==, "Siobhán Ó Briain");
  g_assert_cmpstr (loaded.household, ==, "Lives with her son\nand a dog");
  g_assert_cmpstr (loaded.email, ==, "");
  /* Found by search through the full-text index the triggers keep. */
  g_assert_cmpint (query (fixture, "SELECT rowid FROM residents_fts WHERE residents_fts MATCH 'Shiv'"), ==, id);

  /* A name is needed; a too long one is refused and changes nothing. */
  g_free (details.name);
  details.name = g_strdup (" ");
  g_assert_false (hearth_resident_update (fixture->store, id, &details, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_free (details.name);
  details.name = g_strnfill (201, 'a');
  g_assert_false (hearth_resident_update (fixture->store, id, &details, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_free (details.name);
  details.name = g_strdup ("Siobhan O'Brien");
  g_assert_true (hearth_resident_update (fixture->store, id, &details, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT rowid FROM residents_fts WHERE residents_fts MATCH 'brien'"), ==, id);
  g_assert_false (hearth_resident_update (fixture->store, 999, &details, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The profile records who last changed it and when, only on a change. */
  g_assert_cmpint (query (fixture, "SELECT profile_updated_at IS NULL FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
  profile.what_matters = g_strdup ("My garden, and seeing my grandson on Sundays 🌱");
  hearth_store_set_actor (fixture->store, 2);
  g_assert_true (hearth_resident_set_profile (fixture->store, id, &profile, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT profile_updated_at FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, NOW);
  g_assert_cmpint (query (fixture, "SELECT profile_updated_by FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, 2);

  hearth_store_set_actor (fixture->store, 1);
  hearth_store_set_clock (fixture->store, NOW + 60);
  g_assert_true (hearth_resident_set_profile (fixture->store, id, &profile, &error));
  g_assert_cmpint (query (fixture, "SELECT profile_updated_by FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, 2);
  profile.strengths = g_strdup ("Knows everyone on the estate");
  g_assert_true (hearth_resident_set_profile (fixture->store, id, &profile, &error));
  g_assert_cmpint (query (fixture, "SELECT profile_updated_at FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, NOW + 60);
  g_assert_cmpint (query (fixture, "SELECT profile_updated_by FROM residents WHERE id = %" G_GINT64_FORMAT, id), ==, 1);

  g_free (profile.good_life);
  profile.good_life = g_strnfill (10001, 'x');
  g_assert_false (hearth_resident_set_profile (fixture->store, id, &profile, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hearth_resident_load (fixture->store, id, NULL, &loaded_profile, NULL, &error));
  g_assert_cmpstr (loaded_profile.what_matters, ==, profile.what_matters);
  g_assert_cmpstr (loaded_profile.strengths, ==, "Knows everyone on the estate");
  g_assert_cmpstr (loaded_profile.good_life, ==, "");

  /* Access needs: duplicates and unknown ids are ignored. */
  g_assert_true (hearth_resident_set_access_needs (fixture->store, id, wanted, G_N_ELEMENTS (wanted), &error));
  g_assert_no_error (error);
  g_assert_true (hearth_resident_load (fixture->store, id, NULL, NULL, &needs, &error));
  g_assert_cmpuint (needs->len, ==, 2);
  g_assert_cmpint (query (fixture, "SELECT sum (need_id) FROM resident_access_needs"
                                   " WHERE resident_id = %" G_GINT64_FORMAT, id), ==, 7);
  g_assert_true (hearth_resident_set_access_needs (fixture->store, id, NULL, 0, &error));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM resident_access_needs"), ==, 0);
}

static guint
list_length (Fixture           *fixture,
             HearthLookupTable  table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = hearth_lookup_item_list_new (fixture->store, table, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (list);
}

static void
test_lookup_lists (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint outcomes = list_length (fixture, HEARTH_LOOKUP_OUTCOMES);
  gint64 moved, id;
  gint64 closed_case = open_case (fixture, "To close");

  g_assert_cmpuint (outcomes, ==, 3);

  id = hearth_lookup_add (fixture->store, HEARTH_LOOKUP_OUTCOMES, " Moved away ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list_length (fixture, HEARTH_LOOKUP_OUTCOMES), ==, outcomes + 1);
  g_assert_cmpint (hearth_lookup_add (fixture->store, HEARTH_LOOKUP_OUTCOMES, "MOVED AWAY", &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hearth_lookup_add (fixture->store, HEARTH_LOOKUP_ACCESS_NEEDS, "", &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hearth_lookup_rename (fixture->store, HEARTH_LOOKUP_OUTCOMES, id, "Moved out of the area", &error));
  g_assert_no_error (error);
  g_assert_false (hearth_lookup_rename (fixture->store, HEARTH_LOOKUP_OUTCOMES, id, "Did not engage", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* A removed outcome stays on the cases closed with it. */
  g_assert_true (hearth_case_close (fixture->store, closed_case, id, "", &error));
  g_assert_true (hearth_lookup_remove (fixture->store, HEARTH_LOOKUP_OUTCOMES, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (list_length (fixture, HEARTH_LOOKUP_OUTCOMES), ==, outcomes);
  g_assert_cmpint (query (fixture, "SELECT outcome_id FROM cases WHERE id = %" G_GINT64_FORMAT, closed_case), ==, id);

  /* Adding the name again brings the same row back. */
  moved = hearth_lookup_add (fixture->store, HEARTH_LOOKUP_OUTCOMES, "moved out of the area", &error);
  g_assert_no_error (error);
  g_assert_cmpint (moved, ==, id);

  /* The last outcome cannot go: cases could not be closed. */
  for (gint64 other = 1; other <= 3; other++)
    g_assert_true (hearth_lookup_remove (fixture->store, HEARTH_LOOKUP_OUTCOMES, other, &error));
  g_assert_false (hearth_lookup_remove (fixture->store, HEARTH_LOOKUP_OUTCOMES, id, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_assert_cmpuint (list_length (fixture, HEARTH_LOOKUP_OUTCOMES), ==, 1);
}

static void
test_move_note (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  const gint64 kevin[] = { 2 };
  gint64 dots_case = open_case (fixture, "Dot's case");
  gint64 kevins_case = hearth_case_open (fixture->store, "Kevin's case", kevin, 1, 0, NULL, 0, &error);
  gint64 note;

  g_assert_no_error (error);
  hearth_entry_fields_init (&fields);
  fields.kind = "note";
  fields.summary = "Dot's neighbour rang, worried about her";
  fields.occurred_at = NOW - 86400 * 10;
  note = hearth_timeline_add_entry (fixture->store, 0, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  /* Not into another resident's case. */
  g_assert_false (hearth_timeline_move_to_case (fixture->store, note, kevins_case, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT case_id IS NULL FROM timeline_entries WHERE id = %" G_GINT64_FORMAT, note), ==, 1);

  g_assert_true (hearth_timeline_move_to_case (fixture->store, note, dots_case, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT case_id FROM timeline_entries WHERE id = %" G_GINT64_FORMAT, note), ==, dots_case);

  /* Once in a case, it stays there. */
  g_assert_false (hearth_timeline_move_to_case (fixture->store, note, dots_case, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
}

static void
test_people_and_open_items (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(HearthQueryModel) open = NULL;
  g_autoptr(HearthCasePerson) lead = NULL;
  g_autoptr(HearthCasePerson) other = NULL;
  g_autoptr(HearthAgreementItem) first = NULL;
  HearthEntryFields fields;
  HearthAgreementFields items[3] = {
    { "No date", "resident", 0, NULL, NULL },
    { "Later", "staff", 2, NULL, "2026-12-20" },
    { "Sooner", "other", 0, "The surgery", "2026-11-01" },
  };
  gint64 id = open_case (fixture, "Dot's case");
  gint64 entry;

  /* Tomasz (involved) writes twice, Priya (lead) once more on opening. */
  hearth_store_set_actor (fixture->store, 2);
  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed";
  fields.occurred_at = NOW - 60;
  entry = hearth_timeline_add_entry (fixture->store, id, 1, &fields, items, 3, &error);
  g_assert_no_error (error);
  fields.kind = "note";
  fields.summary = "A note";
  fields.occurred_at = NOW - 30;
  g_assert_cmpint (hearth_timeline_add_entry (fixture->store, id, 1, &fields, NULL, 0, &error), >, 0);

  people = hearth_case_person_list_new (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  lead = g_list_model_get_item (people, 0);
  other = g_list_model_get_item (people, 1);
  g_assert_cmpstr (hearth_case_person_get_name (lead), ==, "Priya Raman");
  g_assert_cmpint (hearth_case_person_get_role (lead), ==, HEARTH_CASE_ROLE_LEAD);
  g_assert_cmpuint (hearth_case_person_get_n_entries (lead), ==, 1);
  g_assert_cmpint (hearth_case_person_get_role (other), ==, HEARTH_CASE_ROLE_INVOLVED);
  g_assert_cmpuint (hearth_case_person_get_n_entries (other), ==, 2);
  g_assert_cmpint (hearth_case_person_get_last_at (other), ==, NOW - 30);

  /* Open items soonest first, undated last; a done one leaves the list. */
  open = hearth_agreement_item_query_new_open (fixture->store);
  hearth_query_model_set_param (open, ":case_id", g_variant_new_int64 (id));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (open), 0);
  g_assert_cmpstr (hearth_agreement_item_get_text (first), ==, "Sooner");
  g_assert_true (hearth_agreement_item_get_overdue (first));
  g_assert_true (hearth_agreement_set_done (fixture->store, hearth_agreement_item_get_id (first), TRUE, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 2);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (open), 1);
  g_assert_cmpstr (hearth_agreement_item_get_text (first), ==, "No date");
  g_assert_cmpint (hearth_agreement_item_get_entry_id (first), ==, entry);

  /* Who and when change; the text does not; a date that is not one is refused. */
  {
    HearthAgreementFields mine = { "ignored", "staff", 0, NULL, "2026-12-01" };
    HearthAgreementFields bad = { NULL, "resident", 0, NULL, "2026-02-30" };
    gint64 item = hearth_agreement_item_get_id (first);
    g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM agreement_items WHERE id = %" G_GINT64_FORMAT
                                            " AND owner_kind = 'staff' AND owner_staff_id = 2"
                                            " AND due_on = '2026-12-01' AND text = 'No date'", item);

    g_assert_true (hearth_agreement_set_owner (fixture->store, item, &mine, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query (fixture, "%s", sql), ==, 1);
    g_assert_cmpstr (hearth_agreement_item_get_text (first), ==, "No date");
    g_assert_false (hearth_agreement_set_owner (fixture->store, item, &bad, &error));
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (query (fixture, "%s", sql), ==, 1);
    g_assert_false (hearth_agreement_set_owner (fixture->store, 999, &mine, &error));
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  }
}

static void
test_resident_save_whole (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthResidentDetails details = { .name = (char *) "Ngozi Adeyemi" };
  HearthResidentProfile profile = { .what_matters = (char *) "My children’s school" };
  HearthResidentProfile too_long = { 0 };
  const gint64 needs[] = { 2 };
  gint64 before = query (fixture, "SELECT count (*) FROM residents");
  gint64 id;

  id = hearth_resident_save (fixture->store, 0, &details, &profile, needs, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents"), ==, before + 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM resident_access_needs WHERE resident_id = %" G_GINT64_FORMAT, id), ==, 1);

  /* A part that cannot be saved saves no part: the name stays as it was. */
  too_long.strengths = g_strnfill (10001, 'x');
  details.name = (char *) "Someone else";
  g_assert_cmpint (hearth_resident_save (fixture->store, id, &details, &too_long, NULL, 0, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE name = 'Ngozi Adeyemi'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM resident_access_needs WHERE resident_id = %" G_GINT64_FORMAT, id), ==, 1);
  g_free (too_long.strengths);
}

static void
test_open_with_new_residents (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const HearthCaseResident residents[] = { { 2, NULL }, { 0, "  Kévin Evans " }, { 1, NULL } };
  const HearthCaseResident blank_name[] = { { 0, "Someone New" }, { 0, "  " } };
  const HearthCaseResident gone[] = { { 0, "Someone New" }, { 99, NULL } };
  gint64 before = query (fixture, "SELECT count (*) FROM residents");
  gint64 id, kevin;

  /* Someone new joins those already in Hearth, in the order given. */
  id = hearth_case_open_with_residents (fixture->store, "The Evans household", residents,
                                        G_N_ELEMENTS (residents), 0, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents"), ==, before + 1);
  kevin = query (fixture, "SELECT id FROM residents WHERE name = 'Kévin Evans'");
  g_assert_cmpint (kevin, >, 0);
  g_assert_cmpint (query (fixture, "SELECT resident_id FROM case_residents WHERE case_id = %"
                                   G_GINT64_FORMAT " AND position = 1", id), ==, kevin);
  g_assert_cmpint (query (fixture, "SELECT resident_id FROM case_residents WHERE case_id = %"
                                   G_GINT64_FORMAT " AND position = 2", id), ==, 1);

  /* A name that cannot be saved, a resident no longer there or a blank title:
   * no case, and no one new either. */
  g_assert_cmpint (hearth_case_open_with_residents (fixture->store, "Title", blank_name,
                                                    G_N_ELEMENTS (blank_name), 0, NULL, 0, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (hearth_case_open_with_residents (fixture->store, "Title", gone, G_N_ELEMENTS (gone),
                                                    0, NULL, 0, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (hearth_case_open_with_residents (fixture->store, " ", gone, 1, 0, NULL, 0, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM residents WHERE name = 'Someone New'"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM cases"), ==, 1);
}

static void
test_profile_updated (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *by = NULL;
  HearthResidentProfile profile = { .what_matters = (char *) "My garden" };
  gint64 at = -1;

  /* Never written: no time, no one. */
  g_assert_true (hearth_resident_read_profile_updated (fixture->store, 2, &at, &by, &error));
  g_assert_no_error (error);
  g_assert_cmpint (at, ==, 0);
  g_assert_cmpstr (by, ==, "");
  g_clear_pointer (&by, g_free);

  hearth_store_set_actor (fixture->store, 2);
  g_assert_true (hearth_resident_set_profile (fixture->store, 2, &profile, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_resident_read_profile_updated (fixture->store, 2, &at, &by, &error));
  g_assert_cmpint (at, ==, NOW);
  g_assert_cmpstr (by, ==, "Tomasz Nowak");

  g_assert_false (hearth_resident_read_profile_updated (fixture->store, 99, &at, &by, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cases/open", test_open);
  ADD ("/cases/open-refused", test_open_refused);
  ADD ("/cases/close-and-reopen", test_close_and_reopen);
  ADD ("/cases/open-and-close-telling", test_open_and_close_telling);
  ADD ("/cases/team", test_team);
  ADD ("/residents/details-profile-needs", test_resident);
  ADD ("/lookup/outcomes-and-needs", test_lookup_lists);
  ADD ("/timeline/move-note-into-case", test_move_note);
  ADD ("/cases/people-and-open-items", test_people_and_open_items);
  ADD ("/residents/save-whole-or-nothing", test_resident_save_whole);
  ADD ("/cases/open-with-new-residents", test_open_with_new_residents);
  ADD ("/residents/profile-updated", test_profile_updated);
#undef ADD

  return g_test_run ();
}
