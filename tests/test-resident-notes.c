/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A returning resident rings and the call is logged about them in no case:
 * the note is listed as theirs and on no case, moves only into one of their
 * own open cases, and every refusal writes nothing. Residents with no case
 * are found by a search of the residents, where the case search cannot
 * find them.
 */

#include "config.h"

#include "hearth-case-changes.h"
#include "hearth-case-search.h"
#include "hearth-resident.h"
#include "hearth-resident-notes.h"
#include "hearth-search-text.h"
#include "hearth-test-search.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

typedef struct {
  char        *dir;
  char        *path;
  HearthStore *store;
} Fixture;

#define query(fixture, ...) hearth_test_query_intf ((fixture)->store, __VA_ARGS__)

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

  /* Dot has a case; Kevin has one too; Maureen has never had one. */
  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak');"
    "INSERT INTO residents (id, name, preferred_name, area) VALUES"
    "  (1, 'Dorothy Evans', 'Dot', 'Northgate'), (2, 'Kevin Evans', '', 'Northgate'),"
    "  (3, 'Maureen Okonjo', 'Mo', 'Riverside');",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
open_case (Fixture    *fixture,
           gint64      resident_id,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  const gint64 residents[] = { resident_id };
  gint64 id;

  id = hearth_case_open (fixture->store, title, residents, 1, 0, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
log_note (Fixture    *fixture,
          gint64      resident_id,
          const char *kind,
          const char *summary,
          gint64      occurred_at)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 id;

  hearth_entry_fields_init (&fields);
  fields.kind = kind;
  fields.summary = summary;
  fields.occurred_at = occurred_at;
  id = hearth_resident_notes_add (fixture->store, resident_id, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static HearthQueryModel *
notes_of (Fixture *fixture,
          gint64   resident_id)
{
  HearthQueryModel *notes = hearth_resident_notes_query_new (fixture->store);

  hearth_resident_notes_set_resident (notes, resident_id);
  return notes;
}

static gint64
id_at (HearthQueryModel *model,
       guint             position)
{
  g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), position);

  g_assert_nonnull (entry);
  return hearth_timeline_entry_get_id (entry);
}

static void
test_listed_on_their_page (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HearthQueryModel) mine = notes_of (fixture, 3);
  g_autoptr(HearthQueryModel) kevins = notes_of (fixture, 2);
  g_autoptr(HearthQueryModel) nobody = hearth_resident_notes_query_new (fixture->store);
  g_autoptr(HearthQueryModel) case_timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthTimelineEntry) newest = NULL;
  gint64 dots_case = open_case (fixture, 1, "Dot's case");
  gint64 kevins_case = open_case (fixture, 2, "Kevin's case");
  gint64 case_entries = query (fixture, "SELECT count (*) FROM timeline_entries");
  gint64 older, call;

  hearth_timeline_entry_list_set_case (case_timeline, dots_case);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 0);

  older = log_note (fixture, 3, "note", "Mo dropped in about the lift", NOW - 3600);
  hearth_store_set_actor (fixture->store, 2);
  call = log_note (fixture, 3, "phone-call", "Mo rang: the heating is off again", 0);

  /* Listed as hers, newest first, with who wrote it and when. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 2);
  g_assert_cmpint (id_at (mine, 0), ==, call);
  g_assert_cmpint (id_at (mine, 1), ==, older);
  newest = g_list_model_get_item (G_LIST_MODEL (mine), 0);
  g_assert_cmpstr (hearth_timeline_entry_get_author_name (newest), ==, "Tomasz Nowak");
  g_assert_cmpint (hearth_timeline_entry_get_occurred_at (newest), ==, NOW);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (newest), ==, "phone-call");
  g_assert_cmpint (hearth_timeline_entry_get_case_id (newest), ==, 0);
  g_assert_cmpint (hearth_resident_notes_count (fixture->store, 3, NULL), ==, 2);

  /* On no case, and on nobody else's page. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id IS NOT NULL"),
                   ==, case_entries);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (case_timeline)), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE case_id = %"
                          G_GINT64_FORMAT, kevins_case), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kevins)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nobody)), ==, 0);

  /* A deleted note leaves the page. */
  g_assert_true (hearth_timeline_delete_entry (fixture->store, older, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 1);
  g_assert_cmpint (id_at (mine, 0), ==, call);
}

static void
test_refusals_write_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) reader = NULL;
  HearthEntryFields fields;
  gint64 before = query (fixture, "SELECT count (*) FROM timeline_entries");
  gint64 audit = query (fixture, "SELECT count (*) FROM audit_log");

  hearth_entry_fields_init (&fields);
  fields.kind = "conversation";

  /* An empty summary. */
  fields.summary = "   ";
  g_assert_cmpint (hearth_resident_notes_add (fixture->store, 3, &fields, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* A resident who is not in Hearth. */
  fields.summary = "Rang about the lift";
  g_assert_cmpint (hearth_resident_notes_add (fixture->store, 99, &fields, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* What was agreed or spent belongs to a case. */
  fields.kind = "spend";
  fields.amount_pence = 250;
  fields.spend_for = "A coffee";
  g_assert_cmpint (hearth_resident_notes_add (fixture->store, 3, &fields, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_resident_notes_allows_kind ("agreement"));
  g_assert_true (hearth_resident_notes_allows_kind ("home-visit"));

  /* A store open for reading only. */
  hearth_entry_fields_init (&fields);
  fields.summary = "Rang about the lift";
  reader = hearth_store_open (fixture->path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  hearth_store_set_clock (reader, NOW);
  g_assert_cmpint (hearth_resident_notes_add (reader, 3, &fields, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries"), ==, before);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audit);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *removals = user_data;

  *removals += removed;
}

static void
test_move_into_their_case (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) notes = notes_of (fixture, 1);
  g_autoptr(HearthQueryModel) dots_timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthQueryModel) kevins_timeline = hearth_timeline_entry_query_new (fixture->store);
  gint64 dots_case = open_case (fixture, 1, "Dot's case");
  gint64 kevins_case = open_case (fixture, 2, "Kevin's case");
  gint64 note = log_note (fixture, 1, "conversation", "Dot is worried about her rent", NOW - 600);
  gint64 kevins_activity, changes, audit;
  guint removals = 0;

  hearth_timeline_entry_list_set_case (dots_timeline, dots_case);
  hearth_timeline_entry_list_set_case (kevins_timeline, kevins_case);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dots_timeline)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kevins_timeline)), ==, 1);
  g_signal_connect (notes, "items-changed", G_CALLBACK (count_changes_cb), &removals);

  /* Into another resident's case: refused, with nothing written. */
  kevins_activity = query (fixture, "SELECT last_activity_at FROM cases WHERE id = %"
                           G_GINT64_FORMAT, kevins_case);
  changes = query (fixture, "SELECT total_changes ()");
  audit = query (fixture, "SELECT count (*) FROM audit_log");
  g_assert_false (hearth_timeline_move_to_case (fixture->store, note, kevins_case, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT total_changes ()"), ==, changes);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audit);
  g_assert_cmpint (query (fixture, "SELECT case_id IS NULL FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, note), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = %"
                          G_GINT64_FORMAT, kevins_case), ==, kevins_activity);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kevins_timeline)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 1);
  g_assert_cmpuint (removals, ==, 0);

  /* Into her own open case: it joins the case and leaves her loose notes. */
  g_assert_true (hearth_timeline_move_to_case (fixture->store, note, dots_case, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 0);
  g_assert_cmpuint (removals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dots_timeline)), ==, 2);
  g_assert_cmpint (hearth_query_model_find_id (dots_timeline, note), !=, G_MAXUINT);
  g_assert_cmpint (hearth_resident_notes_count (fixture->store, 1, NULL), ==, 0);

  /* Not into a closed case, even her own. */
  note = log_note (fixture, 1, "phone-call", "Dot rang back", 0);
  g_assert_true (hearth_case_close (fixture->store, dots_case, 1, "", &error));
  g_assert_no_error (error);
  g_assert_false (hearth_timeline_move_to_case (fixture->store, note, dots_case, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (notes)), ==, 1);
}

static guint
cases_found (HearthStore *store,
             const char  *text)
{
  HearthCaseSearch *search = hearth_case_search_new (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = hearth_test_search_find (search, text, NULL, &error);
  g_auto(GStrv) each = NULL;

  g_assert_no_error (error);
  /* The store must be free of the search by the end of the test. */
  hearth_test_search_free (search);
  each = g_strsplit (ids, ",", -1);
  return *ids != '\0' ? g_strv_length (each) : 0;
}

static void
test_search_finds_residents_with_no_case (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (fixture->store);
  g_autoptr(HearthResident) found = NULL;
  g_autofree char *fts = hearth_search_text_to_fts ("mau oko");

  open_case (fixture, 1, "Dot's case");

  /* Every resident, by name, cases or not. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (residents)), ==, 3);

  hearth_resident_list_set_search (residents, fts);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (residents)), ==, 1);
  found = g_list_model_get_item (G_LIST_MODEL (residents), 0);
  g_assert_cmpint (hearth_resident_get_id (found), ==, 3);
  g_assert_cmpstr (hearth_resident_get_display_name (found), ==, "Mo");

  /* The case search finds the cases of residents: Maureen has none. */
  g_assert_cmpuint (cases_found (fixture->store, "mau oko"), ==, 0);
  g_assert_cmpuint (cases_found (fixture->store, "dorothy"), ==, 1);

  /* By area too. */
  g_clear_pointer (&fts, g_free);
  fts = hearth_search_text_to_fts ("northgate");
  hearth_resident_list_set_search (residents, fts);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (residents)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/resident-notes/listed-on-their-page", test_listed_on_their_page);
  ADD ("/resident-notes/refusals-write-nothing", test_refusals_write_nothing);
  ADD ("/resident-notes/move-into-their-case", test_move_into_their_case);
  ADD ("/resident-notes/search-finds-residents-with-no-case", test_search_finds_residents_with_no_case);
#undef ADD

  return g_test_run ();
}
