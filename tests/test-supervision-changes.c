/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to one-to-ones: pairs and their rhythm, starting and planning,
 * the record and its version, who may read the private note, links to a
 * person's cases, agreeing and locking, addenda, actions that carry over,
 * and examples of practice; and the lists the screens show them in.
 * Refusals write nothing, and say what to do in plain words.
 */

#include "config.h"

#include <string.h>

#include "hearth-practice-example.h"
#include "hearth-supervision-action.h"
#include "hearth-supervision-addendum.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-link.h"
#include "hearth-supervision-pair.h"
#include "hearth-supervision.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)
#define TODAY "2026-11-22"

#define SAM     1   /* supervises Priya and Tomasz */
#define PRIYA   2
#define TOMASZ  3
#define GRACE   4   /* supervises Sam */
#define OWEN    5   /* no longer on the team */

#define PRIYAS_CASE   10  /* Priya leads it */
#define SHARED_CASE   11  /* Priya works on it */
#define TOMASZS_CASE  12

#define PRIYAS_ENTRY   100
#define TOMASZS_ENTRY  101
#define DELETED_ENTRY  102

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
    "INSERT INTO staff (id, name, active) VALUES (1, 'Sam Okafor', 1), (2, 'Priya Shah', 1),"
    "  (3, 'Tomasz Nowak', 1), (4, 'Grace Adeyemi', 1), (5, 'Owen Price', 0);"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at) VALUES"
    "  (10, 'Damp in the bathroom', 2, 1790000000, 1790000000),"
    "  (11, 'Getting out again', 1, 1790000000, 1790000000),"
    "  (12, 'Arrears and the shed', 3, 1790000000, 1790000000);"
    "INSERT INTO case_workers (case_id, staff_id) VALUES (11, 2);"
    "INSERT INTO timeline_entries (id, case_id, kind, occurred_at, summary, deleted_at) VALUES"
    "  (100, 10, 'home-visit', 1790000000, 'Visit', NULL),"
    "  (101, 12, 'phone-call', 1790000000, 'Call', NULL),"
    "  (102, 10, 'note', 1790000000, 'Gone', 1790000500);",
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
}

/* Every row of the one-to-ones' tables and the audit trail, as one count. */
static gint64
count_rows (Fixture *fixture)
{
  return query (fixture, "SELECT (SELECT count (*) FROM supervision_pairs) + (SELECT count (*)"
                         " FROM supervisions) + (SELECT count (*) FROM supervision_actions) +"
                         " (SELECT count (*) FROM supervision_addenda) + (SELECT count (*) FROM"
                         " supervision_case_links) + (SELECT count (*) FROM practice_examples) +"
                         " (SELECT count (*) FROM audit_log)");
}

/* Every column of every row of the one-to-ones' tables, quoted, so that
 * NULL and "" and each byte differ. */
static char *
dup_contents (Fixture *fixture)
{
  return query_text (fixture,
                     "SELECT coalesce (group_concat (x, '|'), '') FROM ("
                     " SELECT concat_ws (',', 'p', id, supervisor_id, staff_id, rhythm_weeks,"
                     "  quote (next_on), started_on, quote (ended_on), updated_at, updated_by) AS x"
                     "  FROM supervision_pairs"
                     " UNION ALL SELECT concat_ws (',', 's', id, supervisor_id, staff_id, held_on,"
                     "  quote (wellbeing), quote (wellbeing_note), quote (going_well),"
                     "  quote (been_hard), quote (reflection_case_id), quote (reflection),"
                     "  quote (learning), quote (behaviours_note), quote (private_note),"
                     "  quote (agreed_by_staff_at), quote (agreed_by_supervisor_at),"
                     "  quote (locked_at), version, quote (started_at), updated_at)"
                     "  FROM supervisions"
                     " UNION ALL SELECT concat_ws (',', 'a', id, supervision_id, quote (text),"
                     "  quote (owner_id), quote (due_on), status, quote (dropped_reason),"
                     "  quote (done_at), quote (dropped_at), quote (closed_in_id))"
                     "  FROM supervision_actions"
                     " UNION ALL SELECT concat_ws (',', 'd', id, supervision_id, at, author_id,"
                     "  quote (text)) FROM supervision_addenda"
                     " UNION ALL SELECT concat_ws (',', 'l', id, supervision_id, case_id,"
                     "  quote (entry_id)) FROM supervision_case_links"
                     " UNION ALL SELECT concat_ws (',', 'x', id, staff_id, kind, happened_on,"
                     "  quote (text), quote (case_id), quote (supervision_id),"
                     "  quote (escalated_to), quote (outcome), shared) FROM practice_examples)");
}

/* The refusal of @call, which must fail with @code and change nothing.
 * Uses the name "error_ptr" for its GError **. */
#define REFUSED(fixture, call, code) G_STMT_START {                     \
    g_autoptr(GError) refused_error = NULL;                             \
    g_autofree char *refused_before = dup_contents (fixture);           \
    g_autofree char *refused_after = NULL;                              \
    gint64 refused_rows = count_rows (fixture);                         \
    GError **error_ptr = &refused_error;                                \
                                                                        \
    g_assert_false ((call) != 0);                                       \
    g_assert_error (refused_error, HEARTH_ERROR, (code));               \
    g_assert_cmpuint (strlen (refused_error->message), >, 10);          \
    g_test_message ("Refused: %s", refused_error->message);             \
    refused_after = dup_contents (fixture);                             \
    g_assert_cmpstr (refused_after, ==, refused_before);                \
    g_assert_cmpint (count_rows (fixture), ==, refused_rows);           \
    (void) error_ptr;                                                   \
  } G_STMT_END

static gint64
create_pair (Fixture *fixture,
             gint64   supervisor_id,
             gint64   staff_id)
{
  g_autoptr(GError) error = NULL;
  gint64 pair = hearth_supervision_pair_create (fixture->store, supervisor_id, staff_id, 4,
                                                &error);

  g_assert_no_error (error);
  g_assert_cmpint (pair, >, 0);
  return pair;
}

static gint64
start (Fixture    *fixture,
       gint64      pair_id,
       const char *held_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_start (fixture->store, pair_id, held_on, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
version_of (Fixture *fixture,
            gint64   supervision_id)
{
  return query (fixture, "SELECT version FROM supervisions WHERE id = %" G_GINT64_FORMAT,
                supervision_id);
}

static gint64
add_action (Fixture    *fixture,
            gint64      supervision_id,
            const char *text,
            gint64      owner_id,
            const char *due_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_supervision_add_action (fixture->store, supervision_id, text, owner_id,
                                             due_on, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
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
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

/* The ids of @model in order, as "1 2 3". */
static char *
dup_ids (HearthQueryModel *model)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            hearth_query_model_get_id (model, i));
  return g_string_free (ids, FALSE);
}

#define assert_ids(model, ...) G_STMT_START {                           \
    g_autofree char *assert_ids_got = dup_ids (model);                  \
    g_autofree char *assert_ids_want = g_strdup_printf (__VA_ARGS__);   \
    g_assert_cmpstr (assert_ids_got, ==, assert_ids_want);              \
  } G_STMT_END

/* --- Pairs ----------------------------------------------------------------- */

static void
test_pair_create (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) pairs = hearth_supervision_pair_list_new (fixture->store);
  g_autoptr(HearthSupervisionPair) item = NULL;
  guint changes = 0;
  gint64 pair, again;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pairs)), ==, 0);
  g_signal_connect (pairs, "items-changed", G_CALLBACK (count_changes_cb), &changes);

  /* A one-to-one with oneself, nobody, or someone who left. */
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, SAM, 4, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, 0, PRIYA, 4, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, OWEN, 4, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, 99, 4, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 0, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 53, error_ptr),
           HEARTH_ERROR_INVALID);
  g_assert_cmpuint (changes, ==, 0);

  pair = hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log WHERE table_name ="
                                   " 'supervision_pairs' AND row_id = %" G_GINT64_FORMAT
                                   " AND staff_id = 1 AND action = 'insert'", pair), ==, 1);
  REFUSED (fixture, hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 4, error_ptr),
           HEARTH_ERROR_CONFLICT);

  item = item_with_id (pairs, pair);
  g_assert_cmpint (hearth_supervision_pair_get_supervisor_id (item), ==, SAM);
  g_assert_cmpstr (hearth_supervision_pair_get_supervisor_name (item), ==, "Sam Okafor");
  g_assert_cmpint (hearth_supervision_pair_get_staff_id (item), ==, PRIYA);
  g_assert_cmpstr (hearth_supervision_pair_get_staff_name (item), ==, "Priya Shah");
  g_assert_cmpuint (hearth_supervision_pair_get_rhythm_weeks (item), ==, 3);
  g_assert_cmpstr (hearth_supervision_pair_get_started_on (item), ==, TODAY);
  g_assert_cmpstr (hearth_supervision_pair_get_ended_on (item), ==, "");
  g_assert_cmpstr (hearth_supervision_pair_get_last_held_on (item), ==, "");
  /* Due from the day they start, and not late yet. */
  g_assert_cmpstr (hearth_supervision_pair_get_next_due_on (item), ==, TODAY);
  g_assert_false (hearth_supervision_pair_get_overdue (item));
  g_assert_cmpuint (hearth_supervision_pair_get_held_count (item), ==, 0);
  g_assert_cmpint (hearth_supervision_pair_get_current_id (item), ==, 0);

  g_assert_true (hearth_supervision_pair_set_rhythm (fixture->store, pair, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_supervision_pair_get_rhythm_weeks (item), ==, 6);
  REFUSED (fixture, hearth_supervision_pair_set_rhythm (fixture->store, pair, 0, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_pair_set_rhythm (fixture->store, 999, 4, error_ptr),
           HEARTH_ERROR_NOT_FOUND);

  /* Ended, it leaves the list; set up again, it is the same pair. */
  changes = 0;
  g_assert_true (hearth_supervision_pair_end (fixture->store, pair, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pairs)), ==, 0);
  REFUSED (fixture, hearth_supervision_plan (fixture->store, pair, "2026-12-01", error_ptr),
           HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_start (fixture->store, pair, NULL, error_ptr),
           HEARTH_ERROR_CONFLICT);
  hearth_supervision_pair_list_set_include_ended (pairs, TRUE);
  assert_ids (pairs, "%" G_GINT64_FORMAT, pair);
  g_clear_object (&item);
  item = item_with_id (pairs, pair);
  g_assert_cmpstr (hearth_supervision_pair_get_ended_on (item), ==, TODAY);
  g_assert_cmpstr (hearth_supervision_pair_get_next_due_on (item), ==, "");
  g_assert_false (hearth_supervision_pair_get_overdue (item));

  again = hearth_supervision_pair_create (fixture->store, SAM, PRIYA, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, pair);
  assert_ids (pairs, "%" G_GINT64_FORMAT, pair);
  g_assert_cmpuint (hearth_supervision_pair_get_rhythm_weeks (item), ==, 2);
  g_assert_cmpstr (hearth_supervision_pair_get_ended_on (item), ==, "");
}

/* "My people" are those the actor supervises; "my own" the pairs in which
 * the actor is supervised. */
static void
test_pair_lists (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HearthQueryModel) people = hearth_supervision_pair_list_new (fixture->store);
  g_autoptr(HearthQueryModel) own = hearth_supervision_pair_list_new (fixture->store);
  gint64 priya = create_pair (fixture, SAM, PRIYA);
  gint64 tomasz = create_pair (fixture, SAM, TOMASZ);
  gint64 sam = create_pair (fixture, GRACE, SAM);
  guint changes = 0;

  hearth_supervision_pair_list_set_supervisor (people, SAM);
  hearth_query_model_set_sort (people, "name");
  assert_ids (people, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, priya, tomasz);
  hearth_supervision_pair_list_set_staff (own, SAM);
  assert_ids (own, "%" G_GINT64_FORMAT, sam);

  /* A one-to-one started for Tomasz changes his row only. */
  g_signal_connect (people, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  start (fixture, tomasz, NULL);
  g_assert_cmpuint (changes, ==, 0);
  assert_ids (people, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, priya, tomasz);

  /* By due: Priya's first is due today, Tomasz's four weeks on. */
  hearth_query_model_set_sort (people, "due");
  assert_ids (people, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, priya, tomasz);
  hearth_supervision_pair_list_set_supervisor (people, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 3);
}

/* The next one-to-one is due a rhythm after the last one, or on the day
 * planned; it is overdue once that day has passed. */
static void
test_pair_rhythm (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) pairs = hearth_supervision_pair_list_new (fixture->store);
  g_autoptr(HearthSupervisionPair) item = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 first, second, action;

  item = item_with_id (pairs, pair);

  /* Held 30 days ago, every 4 weeks: due two days ago. */
  first = start (fixture, pair, "2026-10-23");
  g_assert_cmpstr (hearth_supervision_pair_get_last_held_on (item), ==, "2026-10-23");
  g_assert_cmpstr (hearth_supervision_pair_get_next_due_on (item), ==, "2026-11-20");
  g_assert_true (hearth_supervision_pair_get_overdue (item));
  g_assert_cmpuint (hearth_supervision_pair_get_held_count (item), ==, 1);
  g_assert_cmpint (hearth_supervision_pair_get_current_id (item), ==, first);

  /* Every six weeks: due in twelve days. */
  g_assert_true (hearth_supervision_pair_set_rhythm (fixture->store, pair, 6, &error));
  g_assert_cmpstr (hearth_supervision_pair_get_next_due_on (item), ==, "2026-12-04");
  g_assert_false (hearth_supervision_pair_get_overdue (item));

  /* A day planned is when it is due. A day gone, more than a year ahead,
   * or no day at all is refused. */
  g_assert_true (hearth_supervision_plan (fixture->store, pair, "2026-11-30", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_supervision_pair_get_next_on (item), ==, "2026-11-30");
  g_assert_cmpstr (hearth_supervision_pair_get_next_due_on (item), ==, "2026-11-30");
  REFUSED (fixture, hearth_supervision_plan (fixture->store, pair, "2026-11-21", error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_plan (fixture->store, pair, "2027-11-23", error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_plan (fixture->store, pair, "30/11/2026", error_ptr),
           HEARTH_ERROR_INVALID);
  g_assert_true (hearth_supervision_plan (fixture->store, pair, "2027-11-22", &error));
  g_assert_true (hearth_supervision_plan (fixture->store, pair, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_supervision_pair_get_next_on (item), ==, "");

  /* Recording one held earlier keeps a plan for later. */
  g_assert_true (hearth_supervision_plan (fixture->store, pair, "2026-12-10", &error));
  second = start (fixture, pair, "2026-11-20");
  g_assert_cmpint (second, !=, first);
  g_assert_cmpstr (hearth_supervision_pair_get_next_on (item), ==, "2026-12-10");
  g_assert_cmpstr (hearth_supervision_pair_get_last_held_on (item), ==, "2026-11-20");
  g_assert_cmpint (hearth_supervision_pair_get_current_id (item), ==, second);

  /* Open actions are counted from every one-to-one of the person. */
  action = add_action (fixture, first, "Book the course", 0, NULL);
  add_action (fixture, second, "Read the notes", 0, NULL);
  g_assert_cmpuint (hearth_supervision_pair_get_open_actions (item), ==, 2);
  g_assert_true (hearth_supervision_action_done (fixture->store, action, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_supervision_pair_get_open_actions (item), ==, 1);
}

/* --- The record ------------------------------------------------------------ */

static void
test_start (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 id, again, earlier;

  g_assert_true (hearth_supervision_plan (fixture->store, pair, "2026-12-01", &error));

  /* Not in the future, nor more than ten years back. */
  REFUSED (fixture, hearth_supervision_start (fixture->store, pair, "2026-11-23", error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_start (fixture->store, pair, "2016-11-21", error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_start (fixture->store, 999, NULL, error_ptr),
           HEARTH_ERROR_NOT_FOUND);

  /* Started now: today, the time it started, the plan taken back. */
  id = start (fixture, pair, NULL);
  held_on = query_text (fixture, "SELECT held_on FROM supervisions WHERE id = %" G_GINT64_FORMAT,
                        id);
  g_assert_cmpstr (held_on, ==, TODAY);
  g_assert_cmpint (query (fixture, "SELECT started_at FROM supervisions WHERE id = %"
                                   G_GINT64_FORMAT, id), ==, NOW);
  g_assert_cmpint (query (fixture, "SELECT version FROM supervisions WHERE id = %"
                                   G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervision_pairs WHERE next_on"
                                   " IS NULL"), ==, 1);

  /* A second window starting it too joins the same conversation. */
  again = start (fixture, pair, NULL);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervisions"), ==, 1);

  /* One recorded afterwards has no start time; ten years back is the
   * limit. */
  earlier = start (fixture, pair, "2016-11-22");
  g_assert_cmpint (query (fixture, "SELECT started_at IS NULL FROM supervisions WHERE id = %"
                                   G_GINT64_FORMAT, earlier), ==, 1);
}

static void
test_save_and_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) list = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervision) item = NULL;
  g_autofree char *too_long = g_strnfill (HEARTH_SUPERVISION_TEXT_MAX + 1, 'a');
  g_autofree char *longest = g_strnfill (HEARTH_SUPERVISION_TEXT_MAX, 'a');
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 id = start (fixture, pair, NULL);
  gint64 version = 0;

  item = item_with_id (list, id);
  g_assert_cmpint (hearth_supervision_get_version (item), ==, 1);

  g_assert_true (hearth_supervision_save_text (fixture->store, id, 1,
                                               HEARTH_SUPERVISION_GOING_WELL,
                                               "The new arrears letter", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  g_assert_cmpint (hearth_supervision_get_version (item), ==, 2);
  g_assert_cmpstr (hearth_supervision_get_going_well (item), ==, "The new arrears letter");

  /* A second window with the version it read before is refused, and
   * nothing it typed is written. */
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, 1,
                                                  HEARTH_SUPERVISION_BEEN_HARD, "Court",
                                                  NULL, error_ptr),
           HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_set_wellbeing (fixture->store, id, 1, 3, NULL, error_ptr),
           HEARTH_ERROR_CONFLICT);

  /* The same words again are no change. */
  g_assert_true (hearth_supervision_save_text (fixture->store, id, 2,
                                               HEARTH_SUPERVISION_GOING_WELL,
                                               "The new arrears letter", &version, &error));
  g_assert_cmpint (version, ==, 2);

  /* Every shared field, as the member of staff. */
  hearth_store_set_actor (fixture->store, PRIYA);
  for (guint field = HEARTH_SUPERVISION_WELLBEING_NOTE; field < HEARTH_SUPERVISION_PRIVATE_NOTE;
       field++)
    {
      g_autofree char *text = g_strdup_printf ("Field %u ✓", field);

      g_assert_true (hearth_supervision_save_text (fixture->store, id, version, field, text,
                                                   &version, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (version, ==, 8);
  g_assert_cmpstr (hearth_supervision_get_wellbeing_note (item), ==, "Field 0 ✓");
  g_assert_cmpstr (hearth_supervision_get_going_well (item), ==, "Field 1 ✓");
  g_assert_cmpstr (hearth_supervision_get_been_hard (item), ==, "Field 2 ✓");
  g_assert_cmpstr (hearth_supervision_get_reflection (item), ==, "Field 3 ✓");
  g_assert_cmpstr (hearth_supervision_get_learning (item), ==, "Field 4 ✓");
  g_assert_cmpstr (hearth_supervision_get_behaviours_note (item), ==, "Field 5 ✓");
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_LEARNING, longest, &version,
                                               &error));
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, version,
                                                  HEARTH_SUPERVISION_LEARNING, too_long, NULL,
                                                  error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, version,
                                                  HEARTH_SUPERVISION_LEARNING, "\xff\xfe", NULL,
                                                  error_ptr),
           HEARTH_ERROR_INVALID);

  /* Wellbeing from 1 to 5, with words; 0 takes it back. */
  for (int wellbeing = 1; wellbeing <= 5; wellbeing++)
    {
      g_assert_true (hearth_supervision_set_wellbeing (fixture->store, id, version, wellbeing,
                                                       &version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (hearth_supervision_get_wellbeing (item), ==, wellbeing);
      g_assert_cmpstr (hearth_supervision_get_wellbeing_label (item), ==,
                       hearth_wellbeing_get_label (wellbeing));
    }
  g_assert_cmpstr (hearth_wellbeing_get_label (1), ==, "Struggling");
  g_assert_cmpstr (hearth_wellbeing_get_label (5), ==, "Thriving");
  REFUSED (fixture, hearth_supervision_set_wellbeing (fixture->store, id, version, 6, NULL,
                                                      error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_set_wellbeing (fixture->store, id, version, -1, NULL,
                                                      error_ptr), HEARTH_ERROR_INVALID);
  g_assert_true (hearth_supervision_set_wellbeing (fixture->store, id, version, 0, &version,
                                                   &error));
  g_assert_cmpint (query (fixture, "SELECT wellbeing IS NULL FROM supervisions"), ==, 1);
  g_assert_cmpstr (hearth_supervision_get_wellbeing_label (item), ==, "");

  /* Nobody else writes in their one-to-one; a record that is gone says so. */
  hearth_store_set_actor (fixture->store, TOMASZ);
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, version,
                                                  HEARTH_SUPERVISION_GOING_WELL, "Mine", NULL,
                                                  error_ptr),
           HEARTH_ERROR_CONFLICT);
  hearth_store_set_actor (fixture->store, 0);
  REFUSED (fixture, hearth_supervision_set_wellbeing (fixture->store, id, version, 2, NULL,
                                                      error_ptr), HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, 999, 1,
                                                  HEARTH_SUPERVISION_GOING_WELL, "Mine", NULL,
                                                  error_ptr),
           HEARTH_ERROR_NOT_FOUND);
}

/* Whether any property of @object holds @text. */
static gboolean
object_holds_text (GObject    *object,
                   const char *text)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!G_IS_PARAM_SPEC_STRING (pspecs[i]))
        continue;
      g_value_init (&value, G_TYPE_STRING);
      g_object_get_property (object, pspecs[i]->name, &value);
      if (g_value_get_string (&value) != NULL && strstr (g_value_get_string (&value), text))
        return TRUE;
    }
  return FALSE;
}

/* The private note is read and written by the supervisor alone. */
static void
test_private_note (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char note[] = "Talk to HR about a phased return";
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) list = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervision) item = NULL;
  g_autoptr(HearthSupervision) loaded = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 id = start (fixture, pair, NULL);
  gint64 version = 1;
  char *read;

  g_assert_true (hearth_supervision_save_text (fixture->store, id, 1,
                                               HEARTH_SUPERVISION_PRIVATE_NOTE, note, &version,
                                               &error));
  g_assert_no_error (error);

  read = hearth_supervision_dup_private_note (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read, ==, note);
  g_free (read);

  /* Neither the member of staff, nor anyone else, nor nobody reads it, and
   * the member of staff cannot write it. */
  for (guint i = 0; i < 4; i++)
    {
      static const gint64 others[] = { PRIYA, TOMASZ, GRACE, 0 };

      hearth_store_set_actor (fixture->store, others[i]);
      read = hearth_supervision_dup_private_note (fixture->store, id, &error);
      g_assert_no_error (error);
      g_assert_null (read);
    }
  hearth_store_set_actor (fixture->store, PRIYA);
  REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, version,
                                                  HEARTH_SUPERVISION_PRIVATE_NOTE, "Mine", NULL,
                                                  error_ptr),
           HEARTH_ERROR_CONFLICT);
  read = hearth_supervision_dup_private_note (fixture->store, 999, &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_null (read);
  g_clear_error (&error);

  /* No item of the record holds it, whoever reads it. */
  item = item_with_id (list, id);
  g_assert_false (object_holds_text (G_OBJECT (item), "phased return"));
  loaded = hearth_supervision_load (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_id (loaded), ==, id);
  g_assert_false (object_holds_text (G_OBJECT (loaded), "phased return"));
  g_assert_null (hearth_supervision_load (fixture->store, 999, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Writing it takes back no agreement: the member of staff never sees it. */
  hearth_store_set_actor (fixture->store, PRIYA);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  g_assert_no_error (error);
  version = version_of (fixture, id);
  hearth_store_set_actor (fixture->store, SAM);
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_PRIVATE_NOTE, "Check again",
                                               &version, &error));
  g_assert_cmpint (hearth_supervision_get_agreed_by_staff_at (item), ==, NOW);
}

static void
test_links (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) list = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervision) item = NULL;
  g_autoptr(HearthQueryModel) links = NULL;
  g_autoptr(HearthSupervisionLink) entry = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 id = start (fixture, pair, NULL);
  gint64 link;

  item = item_with_id (list, id);
  links = hearth_supervision_link_list_new (fixture->store, id);

  /* Only the person's own cases, and entries of them. */
  REFUSED (fixture, hearth_supervision_link_case (fixture->store, id, TOMASZS_CASE, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_link_case (fixture->store, id, 999, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_link_entry (fixture->store, id, TOMASZS_ENTRY, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_link_entry (fixture->store, id, DELETED_ENTRY, error_ptr),
           HEARTH_ERROR_INVALID);

  /* An entry brings its case with it when none was chosen. */
  g_assert_true (hearth_supervision_link_entry (fixture->store, id, PRIYAS_ENTRY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_reflection_case_id (item), ==, PRIYAS_CASE);
  g_assert_cmpstr (hearth_supervision_get_reflection_case_title (item), ==,
                   "Damp in the bathroom");
  g_assert_true (hearth_supervision_link_entry (fixture->store, id, PRIYAS_ENTRY, &error));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervision_case_links"), ==, 1);

  /* A case she works on but does not lead is hers too. */
  g_assert_true (hearth_supervision_link_case (fixture->store, id, SHARED_CASE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_reflection_case_id (item), ==, SHARED_CASE);
  g_assert_true (hearth_supervision_link_case (fixture->store, id, PRIYAS_CASE, &error));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervision_case_links"), ==, 3);

  /* Each case, then its entries, each opening the case at that entry. */
  assert_ids (links, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
              query (fixture, "SELECT id FROM supervision_case_links WHERE case_id = 10"
                              " AND entry_id IS NULL"),
              query (fixture, "SELECT id FROM supervision_case_links WHERE entry_id = 100"),
              query (fixture, "SELECT id FROM supervision_case_links WHERE case_id = 11"));
  entry = g_list_model_get_item (G_LIST_MODEL (links), 1);
  g_assert_cmpint (hearth_supervision_link_get_supervision_id (entry), ==, id);
  g_assert_cmpint (hearth_supervision_link_get_case_id (entry), ==, PRIYAS_CASE);
  g_assert_cmpstr (hearth_supervision_link_get_case_title (entry), ==, "Damp in the bathroom");
  g_assert_cmpint (hearth_supervision_link_get_entry_id (entry), ==, PRIYAS_ENTRY);
  g_assert_cmpstr (hearth_supervision_link_get_entry_summary (entry), ==, "Visit");
  g_assert_cmpint (hearth_supervision_link_get_entry_occurred_at (entry), ==, 1790000000);

  /* An entry deleted from its timeline is no longer shown. */
  g_assert_true (hearth_store_exec (fixture->store, "UPDATE timeline_entries SET deleted_at ="
                                    " 1795000000 WHERE id = 100", &error));
  hearth_store_note_change (fixture->store, "timeline_entries", PRIYAS_ENTRY,
                            HEARTH_CHANGE_UPDATE);
  assert_ids (links, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
              query (fixture, "SELECT id FROM supervision_case_links WHERE case_id = 10"
                              " AND entry_id IS NULL"),
              query (fixture, "SELECT id FROM supervision_case_links WHERE case_id = 11"));

  /* Taking a case away takes its entries with it. */
  link = query (fixture, "SELECT id FROM supervision_case_links WHERE case_id = 10"
                         " AND entry_id IS NULL");
  g_assert_true (hearth_supervision_unlink (fixture->store, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervision_case_links"), ==, 1);
  g_assert_cmpint (hearth_supervision_get_reflection_case_id (item), ==, 0);

  hearth_store_set_actor (fixture->store, TOMASZ);
  REFUSED (fixture, hearth_supervision_link_case (fixture->store, id, PRIYAS_CASE, error_ptr),
           HEARTH_ERROR_CONFLICT);
}

/* Agreeing as each of the two, and the lock that the second agreement
 * sets: afterwards not a byte of the record changes, and only addenda by
 * the two of them are taken. */
static void
test_agree_and_lock (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) list = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervision) item = NULL;
  g_autofree char *row_before = NULL;
  g_autofree char *row_after = NULL;
  g_autofree char *row_sql = NULL;
  g_autoptr(HearthQueryModel) addenda = NULL;
  g_autoptr(HearthSupervisionAddendum) shown = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 id = start (fixture, pair, NULL);
  gint64 version = 1, action, addendum;

  item = item_with_id (list, id);
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_GOING_WELL, "Visits", &version,
                                               &error));
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_PRIVATE_NOTE, "Workload",
                                               &version, &error));
  action = add_action (fixture, id, "Book the course", 0, "2026-12-20");

  /* Addenda are for agreed records only. */
  REFUSED (fixture, hearth_supervision_add_addendum (fixture->store, id, "Later", error_ptr),
           HEARTH_ERROR_CONFLICT);
  /* Nobody else agrees it. */
  hearth_store_set_actor (fixture->store, TOMASZ);
  REFUSED (fixture, hearth_supervision_agree (fixture->store, id, version, error_ptr),
           HEARTH_ERROR_CONFLICT);

  /* The member of staff agrees; a later change of what they see takes the
   * agreement back. */
  hearth_store_set_actor (fixture->store, PRIYA);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_agreed_by_staff_at (item), ==, NOW);
  g_assert_cmpint (hearth_supervision_get_locked_at (item), ==, 0);
  version = hearth_supervision_get_version (item);
  hearth_store_set_actor (fixture->store, SAM);
  g_assert_true (hearth_supervision_save_text (fixture->store, id, version,
                                               HEARTH_SUPERVISION_LEARNING, "Course", &version,
                                               &error));
  g_assert_cmpint (hearth_supervision_get_agreed_by_staff_at (item), ==, 0);
  hearth_store_set_actor (fixture->store, PRIYA);
  hearth_store_set_clock (fixture->store, NOW + 60);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  /* Agreeing twice changes nothing. */
  version = hearth_supervision_get_version (item);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  g_assert_cmpint (hearth_supervision_get_version (item), ==, version);

  /* The supervisor agrees to what is there now, not to an older version. */
  hearth_store_set_actor (fixture->store, SAM);
  hearth_store_set_clock (fixture->store, NOW + 120);
  REFUSED (fixture, hearth_supervision_agree (fixture->store, id, version - 1, error_ptr),
           HEARTH_ERROR_CONFLICT);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_get_agreed_by_staff_at (item), ==, NOW + 60);
  g_assert_cmpint (hearth_supervision_get_agreed_by_supervisor_at (item), ==, NOW + 120);
  g_assert_cmpint (hearth_supervision_get_locked_at (item), ==, NOW + 120);
  g_assert_true (hearth_supervision_get_locked (item));
  version = hearth_supervision_get_version (item);

  /* Locked: every change of the record is refused, byte for byte. */
  row_sql = g_strdup_printf ("SELECT quote (held_on) || quote (wellbeing) || quote (wellbeing_note)"
                             " || quote (going_well) || quote (been_hard) ||"
                             " quote (reflection_case_id) || quote (reflection) || quote (learning)"
                             " || quote (behaviours_note) || quote (private_note) ||"
                             " quote (agreed_by_staff_at) || quote (agreed_by_supervisor_at) ||"
                             " quote (locked_at) || quote (version) || quote (updated_at) ||"
                             " quote (updated_by) FROM supervisions WHERE id = %" G_GINT64_FORMAT,
                             id);
  row_before = hearth_test_query_text (fixture->store, row_sql);
  for (guint field = 0; field < HEARTH_SUPERVISION_N_FIELDS; field++)
    REFUSED (fixture, hearth_supervision_save_text (fixture->store, id, version, field,
                                                    "Changed", NULL, error_ptr),
             HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_set_wellbeing (fixture->store, id, version, 2, NULL,
                                                      error_ptr), HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_link_case (fixture->store, id, PRIYAS_CASE, error_ptr),
           HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_link_entry (fixture->store, id, PRIYAS_ENTRY, error_ptr),
           HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, "More", 0, NULL,
                                                   error_ptr), HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_update_action (fixture->store, action, "Other", 0, NULL,
                                                      error_ptr), HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_action_done (fixture->store, action, id, error_ptr),
           HEARTH_ERROR_CONFLICT);
  hearth_store_set_actor (fixture->store, PRIYA);
  REFUSED (fixture, hearth_supervision_agree (fixture->store, id, version, error_ptr),
           HEARTH_ERROR_CONFLICT);
  /* Not even a statement past the model changes it. */
  g_assert_false (hearth_store_run_sql (fixture->store, &error,
                                        "UPDATE supervisions SET going_well = 'x' WHERE id = ?1",
                                        "x", id));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT);
  g_clear_error (&error);
  row_after = hearth_test_query_text (fixture->store, row_sql);
  g_assert_cmpstr (row_after, ==, row_before);

  /* Addenda: by either of the two, dated, with words. */
  REFUSED (fixture, hearth_supervision_add_addendum (fixture->store, id, "  \n ", error_ptr),
           HEARTH_ERROR_INVALID);
  hearth_store_set_actor (fixture->store, TOMASZ);
  REFUSED (fixture, hearth_supervision_add_addendum (fixture->store, id, "Mine", error_ptr),
           HEARTH_ERROR_CONFLICT);
  hearth_store_set_actor (fixture->store, PRIYA);
  hearth_store_set_clock (fixture->store, NOW + 9 * DAY);
  addendum = hearth_supervision_add_addendum (fixture->store, id,
                                              " The course moved to next month. ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM supervision_addenda WHERE id = %"
                                   G_GINT64_FORMAT " AND author_id = 2 AND at = %" G_GINT64_FORMAT
                                   " AND text = 'The course moved to next month.'", addendum,
                          NOW + 9 * DAY), ==, 1);
  g_assert_cmpuint (hearth_supervision_get_addenda_count (item), ==, 1);
  addenda = hearth_supervision_addendum_list_new (fixture->store, id);
  assert_ids (addenda, "%" G_GINT64_FORMAT, addendum);
  shown = g_list_model_get_item (G_LIST_MODEL (addenda), 0);
  g_assert_cmpint (hearth_supervision_addendum_get_id (shown), ==, addendum);
  g_assert_cmpint (hearth_supervision_addendum_get_supervision_id (shown), ==, id);
  g_assert_cmpint (hearth_supervision_addendum_get_at (shown), ==, NOW + 9 * DAY);
  g_assert_cmpint (hearth_supervision_addendum_get_author_id (shown), ==, PRIYA);
  g_assert_cmpstr (hearth_supervision_addendum_get_author_name (shown), ==, "Priya Shah");
  g_assert_cmpstr (hearth_supervision_addendum_get_text (shown), ==,
                   "The course moved to next month.");
  row_after = (g_free (row_after), hearth_test_query_text (fixture->store, row_sql));
  g_assert_cmpstr (row_after, ==, row_before);

  /* The action carries on: it is closed outside the record. */
  g_assert_true (hearth_supervision_action_done (fixture->store, action, 0, &error));
  g_assert_no_error (error);
  row_after = (g_free (row_after), hearth_test_query_text (fixture->store, row_sql));
  g_assert_cmpstr (row_after, ==, row_before);
}

/* --- Actions ------------------------------------------------------------------ */

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) actions = hearth_supervision_action_list_new (fixture->store);
  g_autoptr(HearthSupervisionAction) item = NULL;
  g_autofree char *too_long = g_strnfill (HEARTH_SUPERVISION_ACTION_MAX + 1, 'a');
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 other = create_pair (fixture, SAM, TOMASZ);
  gint64 id = start (fixture, pair, NULL);
  gint64 toms = start (fixture, other, NULL);
  gint64 action, version;

  /* What, who and by when: what must be said. */
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, "", 0, NULL, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, " \t\n", 0, NULL,
                                                   error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, NULL, 0, NULL, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, too_long, 0, NULL,
                                                   error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, "Read", OWEN, NULL,
                                                   error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, "Read", 0, "2027-11-23",
                                                   error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, id, "Read", 0, "2016-11-21",
                                                   error_ptr), HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_add_action (fixture->store, 999, "Read", 0, NULL,
                                                   error_ptr), HEARTH_ERROR_NOT_FOUND);

  /* The member of staff owns it unless someone else is chosen. */
  action = add_action (fixture, id, "  Shadow Ruth on two visits ", 0, "2026-12-20");
  hearth_supervision_action_list_set_supervision (actions, id);
  item = item_with_id (actions, action);
  g_assert_cmpstr (hearth_supervision_action_get_text (item), ==, "Shadow Ruth on two visits");
  g_assert_cmpint (hearth_supervision_action_get_owner_id (item), ==, PRIYA);
  g_assert_cmpstr (hearth_supervision_action_get_owner_name (item), ==, "Priya Shah");
  g_assert_cmpstr (hearth_supervision_action_get_due_on (item), ==, "2026-12-20");
  g_assert_cmpstr (hearth_supervision_action_get_agreed_on (item), ==, TODAY);
  g_assert_cmpint (hearth_supervision_action_get_staff_id (item), ==, PRIYA);
  g_assert_cmpint (hearth_supervision_action_get_supervision_id (item), ==, id);
  g_assert_cmpint (hearth_supervision_action_get_status (item), ==,
                   HEARTH_SUPERVISION_ACTION_OPEN);
  g_assert_cmpstr (hearth_supervision_action_get_status_label (item), ==, "Open");
  g_assert_false (hearth_supervision_action_get_overdue (item));

  g_assert_true (hearth_supervision_update_action (fixture->store, action, "Shadow Ruth", SAM,
                                                   "2026-11-01", &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_action_get_owner_id (item), ==, SAM);
  g_assert_true (hearth_supervision_action_get_overdue (item));
  REFUSED (fixture, hearth_supervision_update_action (fixture->store, action, "", SAM, NULL,
                                                      error_ptr), HEARTH_ERROR_INVALID);

  /* Dropping needs a reason. */
  REFUSED (fixture, hearth_supervision_action_drop (fixture->store, action, id, NULL, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_supervision_action_drop (fixture->store, action, id, "  ", error_ptr),
           HEARTH_ERROR_INVALID);
  /* Not in someone else's one-to-one, nor by someone else. */
  REFUSED (fixture, hearth_supervision_action_done (fixture->store, action, toms, error_ptr),
           HEARTH_ERROR_INVALID);
  hearth_store_set_actor (fixture->store, TOMASZ);
  REFUSED (fixture, hearth_supervision_action_done (fixture->store, action, 0, error_ptr),
           HEARTH_ERROR_CONFLICT);
  hearth_store_set_actor (fixture->store, SAM);

  g_assert_true (hearth_supervision_action_drop (fixture->store, action, id,
                                                 " We agreed a later start instead ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_supervision_action_get_status (item), ==,
                   HEARTH_SUPERVISION_ACTION_DROPPED);
  g_assert_cmpstr (hearth_supervision_action_get_dropped_reason (item), ==,
                   "We agreed a later start instead");
  g_assert_cmpint (hearth_supervision_action_get_closed_at (item), ==, NOW);
  g_assert_cmpint (hearth_supervision_action_get_closed_in_id (item), ==, id);
  g_assert_false (hearth_supervision_action_get_overdue (item));
  REFUSED (fixture, hearth_supervision_action_done (fixture->store, action, id, error_ptr),
           HEARTH_ERROR_CONFLICT);
  REFUSED (fixture, hearth_supervision_update_action (fixture->store, action, "Again", 0, NULL,
                                                      error_ptr), HEARTH_ERROR_CONFLICT);

  /* A new promise takes back an agreement given to the record before it,
   * and the record's version says it changed. */
  hearth_store_set_actor (fixture->store, PRIYA);
  g_assert_true (hearth_supervision_agree (fixture->store, id, version_of (fixture, id), &error));
  g_assert_no_error (error);
  version = version_of (fixture, id);
  hearth_store_set_actor (fixture->store, SAM);
  add_action (fixture, id, "Another", 0, NULL);
  g_assert_cmpint (query (fixture, "SELECT agreed_by_staff_at IS NULL FROM supervisions"
                                   " WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (version_of (fixture, id), ==, version + 1);
}

/* Three one-to-ones: two actions carried over, one done in the second and
 * one dropped in the third, and one still open after a fourth. */
static void
test_carry_over (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) actions = hearth_supervision_action_list_new (fixture->store);
  g_autoptr(HearthQueryModel) records = hearth_supervision_query_new (fixture->store);
  g_autoptr(HearthSupervisionAction) done = NULL;
  g_autoptr(HearthSupervisionAction) dropped = NULL;
  g_autoptr(HearthSupervisionAction) open = NULL;
  g_autoptr(HearthSupervision) third_item = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 first = start (fixture, pair, "2026-08-24");
  gint64 a = add_action (fixture, first, "Book the course", 0, "2026-09-30");
  gint64 b = add_action (fixture, first, "Take a proper lunch break", 0, NULL);
  gint64 c = add_action (fixture, first, "Write up the damp case", SAM, NULL);
  gint64 second = start (fixture, pair, "2026-09-21");
  gint64 own = add_action (fixture, second, "Read the notes", 0, NULL);
  gint64 third = start (fixture, pair, "2026-10-19");
  gint64 fourth;

  /* An earlier one-to-one is no place to close a later promise. */
  REFUSED (fixture, hearth_supervision_action_done (fixture->store, own, first, error_ptr),
           HEARTH_ERROR_INVALID);

  g_assert_true (hearth_supervision_action_done (fixture->store, a, second, &error));
  g_assert_true (hearth_supervision_action_done (fixture->store, own, second, &error));
  g_assert_true (hearth_supervision_action_drop (fixture->store, b, third,
                                                 "A later start on Tuesdays instead", &error));
  g_assert_no_error (error);

  done = item_with_id (actions, a);
  dropped = item_with_id (actions, b);
  open = item_with_id (actions, c);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (done), ==, 1);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (dropped), ==, 2);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (open), ==, 2);

  /* Each one-to-one shows what it carried over first, then its own. */
  hearth_supervision_action_list_set_supervision (actions, second);
  assert_ids (actions, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
              " %" G_GINT64_FORMAT, a, b, c, own);
  hearth_supervision_action_list_set_supervision (actions, third);
  assert_ids (actions, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, b, c);
  hearth_supervision_action_list_set_supervision (actions, first);
  assert_ids (actions, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, a, b, c);
  third_item = item_with_id (records, third);
  g_assert_cmpuint (hearth_supervision_get_carried_over_actions (third_item), ==, 2);

  /* A fourth carries the open one over a third time, and it shows there. */
  fourth = start (fixture, pair, NULL);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (open), ==, 3);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (dropped), ==, 2);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (done), ==, 1);
  hearth_supervision_action_list_set_supervision (actions, fourth);
  assert_ids (actions, "%" G_GINT64_FORMAT, c);

  /* Open actions of the person, from any one-to-one. */
  hearth_supervision_action_list_set_supervision (actions, 0);
  hearth_supervision_action_list_set_staff (actions, PRIYA);
  hearth_supervision_action_list_set_open_only (actions, TRUE);
  assert_ids (actions, "%" G_GINT64_FORMAT, c);
  hearth_supervision_action_list_set_staff (actions, TOMASZ);
  assert_ids (actions, "%s", "");

  /* Closed outside any one-to-one, by the member of staff, the count
   * stays where it was. */
  hearth_store_set_actor (fixture->store, PRIYA);
  g_assert_true (hearth_supervision_action_done (fixture->store, c, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_supervision_action_get_carried_over (open), ==, 3);
  g_assert_cmpint (hearth_supervision_action_get_closed_in_id (open), ==, 0);
}

/* --- Examples of practice ------------------------------------------------------ */

static void
test_examples (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) examples = hearth_practice_example_list_new (fixture->store);
  g_autoptr(HearthPracticeExample) item = NULL;
  gint64 pair = create_pair (fixture, SAM, PRIYA);
  gint64 other = create_pair (fixture, SAM, TOMASZ);
  gint64 id = start (fixture, pair, NULL);
  gint64 toms = start (fixture, other, NULL);
  HearthPracticeExampleSpec spec = {
    .staff_id = PRIYA,
    .kind = HEARTH_PRACTICE_CELEBRATE,
    .happened_on = "2026-11-02",
    .text = "The visit to Dot: the tea and the time to talk",
    .case_id = PRIYAS_CASE,
    .supervision_id = id,
    .shared = TRUE,
  };
  HearthPracticeExampleSpec bad;
  gint64 celebrate, escalate;

  bad = spec, bad.text = "  ";
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.happened_on = "2026-11-23";
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.happened_on = "2016-11-01";
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.happened_on = NULL;
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.escalated_to = "Head of service";
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  /* To escalate is to someone: who, in words, not blank. */
  bad = spec, bad.kind = HEARTH_PRACTICE_ESCALATE, bad.escalated_to = NULL;
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.kind = HEARTH_PRACTICE_ESCALATE, bad.escalated_to = " \t ";
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.supervision_id = toms;
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.case_id = 999;
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  bad = spec, bad.staff_id = OWEN;
  REFUSED (fixture, hearth_practice_example_create (fixture->store, &bad, error_ptr),
           HEARTH_ERROR_INVALID);

  celebrate = hearth_practice_example_create (fixture->store, &spec, &error);
  g_assert_no_error (error);
  spec.kind = HEARTH_PRACTICE_ESCALATE;
  spec.happened_on = "2026-11-10";
  spec.text = "A contractor left a resident without water over a weekend";
  spec.case_id = 0;
  spec.escalated_to = "Head of repairs";
  spec.shared = FALSE;
  escalate = hearth_practice_example_create (fixture->store, &spec, &error);
  g_assert_no_error (error);

  hearth_practice_example_list_set_staff (examples, PRIYA);
  assert_ids (examples, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, escalate, celebrate);
  hearth_practice_example_list_set_shared_only (examples, TRUE);
  assert_ids (examples, "%" G_GINT64_FORMAT, celebrate);
  hearth_practice_example_list_set_shared_only (examples, FALSE);
  hearth_practice_example_list_set_supervision (examples, id);
  assert_ids (examples, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, escalate, celebrate);
  hearth_practice_example_list_set_staff (examples, TOMASZ);
  assert_ids (examples, "%s", "");
  hearth_practice_example_list_set_staff (examples, 0);

  /* What came of it, later. */
  spec.outcome = "The contract now says residents are told within the hour";
  g_assert_true (hearth_practice_example_update (fixture->store, escalate, &spec, &error));
  g_assert_no_error (error);
  item = item_with_id (examples, escalate);
  g_assert_cmpint (hearth_practice_example_get_kind (item), ==, HEARTH_PRACTICE_ESCALATE);
  g_assert_cmpstr (hearth_practice_example_get_kind_label (item), ==, "Escalate");
  g_assert_cmpstr (hearth_practice_example_get_escalated_to (item), ==, "Head of repairs");
  g_assert_cmpstr (hearth_practice_example_get_outcome (item), ==,
                   "The contract now says residents are told within the hour");
  g_assert_cmpstr (hearth_practice_example_get_happened_on (item), ==, "2026-11-10");
  g_assert_cmpint (hearth_practice_example_get_staff_id (item), ==, PRIYA);
  g_assert_cmpstr (hearth_practice_example_get_staff_name (item), ==, "Priya Shah");
  g_assert_cmpint (hearth_practice_example_get_supervision_id (item), ==, id);
  g_assert_cmpint (hearth_practice_example_get_author_id (item), ==, SAM);
  g_assert_false (hearth_practice_example_get_shared (item));
  g_clear_object (&item);
  item = item_with_id (examples, celebrate);
  g_assert_cmpstr (hearth_practice_example_get_case_title (item), ==, "Damp in the bathroom");
  g_assert_cmpstr (hearth_practice_example_get_kind_label (item), ==, "Celebrate");

  bad = spec, bad.text = "";
  REFUSED (fixture, hearth_practice_example_update (fixture->store, escalate, &bad, error_ptr),
           HEARTH_ERROR_INVALID);
  REFUSED (fixture, hearth_practice_example_update (fixture->store, 999, &spec, error_ptr),
           HEARTH_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/supervision-changes/pairs/create", test_pair_create);
  ADD ("/supervision-changes/pairs/lists", test_pair_lists);
  ADD ("/supervision-changes/pairs/rhythm", test_pair_rhythm);
  ADD ("/supervision-changes/record/start", test_start);
  ADD ("/supervision-changes/record/save-and-version", test_save_and_version);
  ADD ("/supervision-changes/record/private-note", test_private_note);
  ADD ("/supervision-changes/record/links", test_links);
  ADD ("/supervision-changes/record/agree-and-lock", test_agree_and_lock);
  ADD ("/supervision-changes/actions/add-and-close", test_actions);
  ADD ("/supervision-changes/actions/carry-over", test_carry_over);
  ADD ("/supervision-changes/examples", test_examples);

  return g_test_run ();
}
