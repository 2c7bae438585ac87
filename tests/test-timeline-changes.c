/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a timeline: what is saved, what is refused (and that a refusal
 * writes nothing), edits kept as history, deletions that can be undone, and
 * the open/done/dropped life of what we agreed.
 */

#include "config.h"

#include "hearth-agreement-item.h"
#include "hearth-entry-version.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       worker;
  gint64       other_worker;
  gint64       resident;
  gint64       case_id;
  gint64       closed_case;
  GHashTable  *announced;   /* table name -> number of changes announced */
} Fixture;

static void
changed_cb (HearthStore *store,
            GPtrArray   *changes,
            Fixture     *fixture)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->announced, change->table));

      g_hash_table_insert (fixture->announced, (gpointer) change->table, GUINT_TO_POINTER (n + 1));
    }
}

static guint
announced (Fixture    *fixture,
           const char *table)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->announced, g_intern_string (table)));
}

#define query(fixture, ...) hearth_test_query_intf ((fixture)->store, __VA_ARGS__)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak');"
    "INSERT INTO residents (id, name) VALUES (1, 'Dot');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Dot''s bathroom', 1, 1795348800 - 30 * 86400, 1795348800 - 30 * 86400);"
    "INSERT INTO cases (id, title, lead_id, status, opened_at, closed_at, outcome_id,"
    "  last_activity_at) VALUES (2, 'An old case', 1, 'closed', 1, 2, 1, 2);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1), (2, 1);"
    "INSERT INTO timeline_entries (id, case_id, resident_id, kind, occurred_at, author_id, summary)"
    "  VALUES (1, 1, 1, 'case-opened', 1795348800 - 30 * 86400, 1, 'Case opened');",
    &error));
  g_assert_no_error (error);

  fixture->worker = 1;
  fixture->other_worker = 2;
  fixture->resident = 1;
  fixture->case_id = 1;
  fixture->closed_case = 2;
  hearth_store_set_actor (fixture->store, fixture->worker);

  fixture->announced = g_hash_table_new (NULL, NULL);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_hash_table_unref (fixture->announced);
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

static gint64
add_conversation (Fixture    *fixture,
                  const char *summary)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 id;

  hearth_entry_fields_init (&fields);
  fields.summary = summary;
  id = hearth_timeline_add_entry (fixture->store, fixture->case_id, fixture->resident, &fields,
                                  NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_add_conversation (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = add_conversation (fixture, "  Talked with Dot about the bathroom  ");

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT " AND kind = 'conversation' AND case_id = 1"
                          " AND author_id = 1 AND occurred_at = %" G_GINT64_FORMAT
                          " AND summary = 'Talked with Dot about the bathroom'"
                          " AND amount_pence IS NULL AND version = 1", id, NOW), ==, 1);
  /* The case moves to the top of "last activity". */
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = 1"), ==, NOW);
  g_assert_cmpuint (announced (fixture, "timeline_entries"), ==, 1);
  g_assert_cmpuint (announced (fixture, "cases"), ==, 1);
  /* The audit trail says who wrote it, not what. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log WHERE table_name ="
                          " 'timeline_entries' AND row_id = %" G_GINT64_FORMAT, id), ==, 1);
}

static void
test_add_kinds (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 spend, money, expertise;

  hearth_entry_fields_init (&fields);
  fields.kind = "spend";
  fields.summary = "Bought a cooker";
  fields.amount_pence = 28900;
  fields.spend_for = "a cooker";
  fields.occurred_at = NOW - 2 * DAY;
  /* Fields of other kinds are not stored on a spend. */
  fields.expert_name = "Nobody";
  spend = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  hearth_entry_fields_init (&fields);
  fields.kind = "money-outcome";
  fields.summary = "Council tax arrears written off";
  fields.amount_pence = 41255;
  fields.money_kind = "debt-resolved";
  money = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  hearth_entry_fields_init (&fields);
  fields.kind = "expertise";
  fields.summary = "Citizens Advice came to Dot’s flat";
  fields.expert_name = "Amal";
  fields.expert_from = "Citizens Advice";
  fields.amount_pence = 500;
  expertise = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query (fixture, "SELECT amount_pence FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, spend), ==, 28900);
  g_assert_cmpint (query (fixture, "SELECT occurred_at FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, spend), ==, NOW - 2 * DAY);
  g_assert_cmpint (query (fixture, "SELECT expert_name = '' AND spend_for = 'a cooker'"
                          " FROM timeline_entries WHERE id = %" G_GINT64_FORMAT, spend), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT amount_pence FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT " AND money_kind = 'debt-resolved'", money), ==, 41255);
  g_assert_cmpint (query (fixture, "SELECT amount_pence IS NULL AND expert_from ="
                          " 'Citizens Advice' FROM timeline_entries WHERE id = %" G_GINT64_FORMAT,
                          expertise), ==, 1);
  /* The last activity is the newest entry, not the last written. */
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = 1"), ==, NOW);
}

/* A note about a resident before any case exists. */
static void
test_add_note_without_case (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 id;

  hearth_entry_fields_init (&fields);
  fields.kind = "note";
  fields.summary = "Dot phoned about her neighbour";
  id = hearth_timeline_add_entry (fixture->store, 0, fixture->resident, &fields, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT case_id IS NULL AND resident_id = 1 FROM"
                          " timeline_entries WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
}

static void
expect_refused_as (Fixture                 *fixture,
                   gint64                   case_id,
                   const HearthEntryFields *fields,
                   int                      code,
                   const char              *why)
{
  g_autoptr(GError) error = NULL;
  gint64 before = query (fixture, "SELECT count (*) FROM timeline_entries");
  gint64 id;

  g_test_message ("refusing: %s", why);
  id = hearth_timeline_add_entry (fixture->store, case_id, fixture->resident, fields, NULL, 0,
                                  &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, HEARTH_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries"), ==, before);
}

/* What was typed is refused. */
static void
expect_refused (Fixture                 *fixture,
                gint64                   case_id,
                const HearthEntryFields *fields,
                const char              *why)
{
  expect_refused_as (fixture, case_id, fields, HEARTH_ERROR_INVALID, why);
}

static void
test_add_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) long_summary = g_string_new (NULL);
  g_autoptr(GString) longest_summary = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;

  hearth_entry_fields_init (&fields);
  fields.summary = NULL;
  expect_refused (fixture, 1, &fields, "no summary");
  fields.summary = " \t\n ";
  expect_refused (fixture, 1, &fields, "a blank summary");
  fields.summary = "\xE2\x80\x83";  /* an em space */
  expect_refused (fixture, 1, &fields, "a summary of Unicode space");
  fields.summary = "bad \xFF bytes";
  expect_refused (fixture, 1, &fields, "broken UTF-8");

  /* 200 characters of two bytes each fit; 201 do not. */
  for (guint i = 0; i < HEARTH_ENTRY_SUMMARY_MAX; i++)
    g_string_append (longest_summary, "ğ");
  g_string_append (long_summary, longest_summary->str);
  g_string_append (long_summary, "ğ");
  fields.summary = long_summary->str;
  expect_refused (fixture, 1, &fields, "a summary one character too long");
  fields.summary = longest_summary->str;
  g_assert_cmpint (hearth_timeline_add_entry (fixture->store, 1, 1, &fields, NULL, 0, &error),
                   >, 0);
  g_assert_no_error (error);

  hearth_entry_fields_init (&fields);
  fields.summary = "Visit tomorrow";
  fields.occurred_at = NOW + DAY;
  expect_refused (fixture, 1, &fields, "a time in the future");
  fields.occurred_at = NOW + HEARTH_ENTRY_FUTURE_GRACE + 1;
  expect_refused (fixture, 1, &fields, "a time just past the grace");

  hearth_entry_fields_init (&fields);
  fields.kind = "spend";
  fields.summary = "A bus pass";
  expect_refused (fixture, 1, &fields, "a spend without an amount");
  fields.amount_pence = 100000001;
  expect_refused (fixture, 1, &fields, "a spend over a million pounds");

  hearth_entry_fields_init (&fields);
  fields.kind = "money-outcome";
  fields.summary = "Benefits sorted";
  fields.amount_pence = 100;
  expect_refused (fixture, 1, &fields, "a money outcome without its kind");
  fields.money_kind = "winnings";
  expect_refused (fixture, 1, &fields, "a money outcome of an unknown kind");

  hearth_entry_fields_init (&fields);
  fields.kind = "expertise";
  fields.summary = "Someone came";
  expect_refused (fixture, 1, &fields, "expertise without who");

  hearth_entry_fields_init (&fields);
  fields.kind = "case-closed";
  fields.summary = "Closed by hand";
  expect_refused (fixture, 1, &fields, "a kind only closing a case writes");

  hearth_entry_fields_init (&fields);
  fields.summary = "On a closed case";
  expect_refused_as (fixture, fixture->closed_case, &fields, HEARTH_ERROR_CONFLICT,
                     "a closed case");
  expect_refused_as (fixture, 999, &fields, HEARTH_ERROR_NOT_FOUND, "a case that does not exist");
}

static void
test_agreement_items (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  HearthAgreementFields items[3] = {
    { "Phone the repairs team about the bath", "staff", 0, NULL, "2026-11-27" },
    { "Look out the tenancy letter", "resident", 0, NULL, NULL },
    { "Fit the grab rail", "other", 0, "Care and Repair", "2026-12-04" },
  };
  HearthAgreementFields bad;
  gint64 id;

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed about the bathroom";
  id = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, items, 3, &error);
  g_assert_no_error (error);

  g_assert_cmpint (query (fixture, "SELECT count (*) FROM agreement_items WHERE entry_id = %"
                          G_GINT64_FORMAT " AND case_id = 1 AND status = 'open'", id), ==, 3);
  /* "Me" is whoever wrote it. */
  g_assert_cmpint (query (fixture, "SELECT owner_staff_id FROM agreement_items WHERE position = 0"
                          " AND entry_id = %" G_GINT64_FORMAT, id), ==, fixture->worker);
  g_assert_cmpint (query (fixture, "SELECT owner_staff_id IS NULL AND due_on IS NULL FROM"
                          " agreement_items WHERE position = 1"), ==, 1);
  g_assert_cmpuint (announced (fixture, "agreement_items"), ==, 3);

  /* A bad item refuses the whole entry. */
  bad = items[0];
  bad.due_on = "2026-02-30";
  {
    gint64 before = query (fixture, "SELECT count (*) FROM timeline_entries");

    g_assert_cmpint (hearth_timeline_add_entry (fixture->store, 1, 1, &fields, &bad, 1, &error),
                     ==, 0);
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries"), ==, before);
  }
  bad = items[2];
  bad.owner_name = "  ";
  g_assert_false (hearth_agreement_fields_validate (&bad, &error));
  g_clear_error (&error);
  bad = items[0];
  bad.text = "";
  g_assert_false (hearth_agreement_fields_validate (&bad, &error));
  g_clear_error (&error);
  bad = items[0];
  bad.due_on = "4/12/2026";
  g_assert_false (hearth_agreement_fields_validate (&bad, &error));
  g_clear_error (&error);

  /* Only "what we agreed" has items. */
  fields.kind = "conversation";
  g_assert_cmpint (hearth_timeline_add_entry (fixture->store, 1, 1, &fields, items, 1, &error),
                   ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* An item added later goes to the end. */
  {
    HearthAgreementFields later = { "Ask about a bath seat", "staff", 2, NULL, NULL };
    gint64 item = hearth_agreement_add_item (fixture->store, id, &later, &error);

    g_assert_no_error (error);
    g_assert_cmpint (query (fixture, "SELECT position FROM agreement_items WHERE id = %"
                            G_GINT64_FORMAT, item), ==, 3);
    g_assert_cmpint (query (fixture, "SELECT owner_staff_id FROM agreement_items WHERE id = %"
                            G_GINT64_FORMAT, item), ==, fixture->other_worker);
  }
}

static void
test_agreement_status (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  HearthAgreementFields item = { "Phone the repairs team", "staff", 0, NULL, "2026-11-20" };
  gint64 entry, item_id;

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed";
  entry = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, &item, 1, &error);
  g_assert_no_error (error);
  item_id = query (fixture, "SELECT id FROM agreement_items WHERE entry_id = %" G_GINT64_FORMAT,
                   entry);

  /* Overdue: due before today and still open. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM agreement_items WHERE case_id = 1"
                          " AND status = 'open' AND due_on < date (hearth_now (), 'unixepoch')"),
                   ==, 1);

  g_assert_true (hearth_agreement_set_done (fixture->store, item_id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT done_at FROM agreement_items WHERE id = %"
                          G_GINT64_FORMAT " AND status = 'done'", item_id), ==, NOW);

  g_assert_true (hearth_agreement_set_done (fixture->store, item_id, FALSE, &error));
  g_assert_cmpint (query (fixture, "SELECT done_at IS NULL FROM agreement_items WHERE id = %"
                          G_GINT64_FORMAT " AND status = 'open'", item_id), ==, 1);

  g_assert_false (hearth_agreement_drop (fixture->store, item_id, "   ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hearth_agreement_drop (fixture->store, item_id, " The bath was replaced ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM agreement_items WHERE id = %"
                          G_GINT64_FORMAT " AND status = 'dropped'"
                          " AND dropped_reason = 'The bath was replaced'", item_id), ==, 1);

  g_assert_false (hearth_agreement_set_done (fixture->store, 999, TRUE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

static void
test_edit_keeps_history (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthEntryFields fields;
  gint64 id = add_conversation (fixture, "Talked with Dot");
  guint changes_before;

  hearth_store_set_clock (fixture->store, NOW + 3600);
  hearth_store_set_actor (fixture->store, fixture->other_worker);

  hearth_entry_fields_init (&fields);
  fields.summary = "Talked with Dot about the bath";
  fields.body = "She would like a walk-in shower.";
  fields.occurred_at = NOW - 600;
  g_assert_true (hearth_timeline_update_entry (fixture->store, id, &fields, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query (fixture, "SELECT version FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT " AND summary = 'Talked with Dot about the bath'"
                          " AND occurred_at = %" G_GINT64_FORMAT " AND updated_by = 2"
                          " AND author_id = 1", id, NOW - 600), ==, 1);
  /* The first version is kept as it was, with who wrote it and when. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entry_versions WHERE"
                          " entry_id = %" G_GINT64_FORMAT " AND version = 1 AND summary ="
                          " 'Talked with Dot' AND body = '' AND occurred_at = %" G_GINT64_FORMAT
                          " AND written_by = 1 AND written_at = %" G_GINT64_FORMAT,
                          id, NOW, NOW), ==, 1);
  /* Search finds the new words. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_words_fts WHERE timeline_words_fts"
                          " MATCH 'shower'"), ==, 1);

  /* Saving the same again writes nothing and announces nothing. */
  changes_before = announced (fixture, "timeline_entries");
  g_assert_true (hearth_timeline_update_entry (fixture->store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT version FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, id), ==, 2);
  g_assert_cmpuint (announced (fixture, "timeline_entries"), ==, changes_before);

  /* A time of 0 keeps the time it had. */
  fields.occurred_at = 0;
  fields.summary = "Talked with Dot about the bath and the rail";
  g_assert_true (hearth_timeline_update_entry (fixture->store, id, &fields, &error));
  g_assert_cmpint (query (fixture, "SELECT occurred_at FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, id), ==, NOW - 600);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entry_versions WHERE"
                          " entry_id = %" G_GINT64_FORMAT, id), ==, 2);

  /* Refusals leave the entry as it was. */
  fields.kind = "note";
  g_assert_false (hearth_timeline_update_entry (fixture->store, id, &fields, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  fields.kind = NULL;
  fields.summary = "";
  g_assert_false (hearth_timeline_update_entry (fixture->store, id, &fields, &error));
  g_clear_error (&error);
  fields.summary = "Opened";
  g_assert_false (hearth_timeline_update_entry (fixture->store, 1, &fields, &error));
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT version FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT, id), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT version FROM timeline_entries WHERE id = 1"), ==, 1);
}

static void
test_delete_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  HearthEntryFields fields;
  HearthAgreementFields item = { "Phone the repairs team", "staff", 0, NULL, "2026-11-27" };
  gint64 entry;

  hearth_query_model_set_param (timeline, ":case_id", g_variant_new_int64 (1));

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed";
  entry = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, &item, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 2);

  g_assert_true (hearth_timeline_delete_entry (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries WHERE id = %"
                          G_GINT64_FORMAT " AND deleted_at = %" G_GINT64_FORMAT
                          " AND deleted_by = 1", entry, NOW), ==, 1);
  /* Its agreements are no longer open on the case. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM agreement_items WHERE case_id = 1"
                          " AND status = 'open'"), ==, 0);
  /* And the case's last activity goes back to what is left. */
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = 1"), ==,
                   NOW - 30 * DAY);
  /* A deleted entry cannot be edited. */
  g_assert_false (hearth_timeline_update_entry (fixture->store, entry, &fields, &error));
  g_clear_error (&error);

  g_assert_true (hearth_timeline_restore_entry (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM agreement_items WHERE case_id = 1"
                          " AND status = 'open'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT last_activity_at FROM cases WHERE id = 1"), ==, NOW);

  /* The case's own beginning stays. */
  g_assert_false (hearth_timeline_delete_entry (fixture->store, 1, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (hearth_timeline_delete_entry (fixture->store, 999, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* A store that cannot be written refuses with its own error and keeps the
 * database as it was. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) reader = NULL;
  HearthEntryFields fields;

  reader = hearth_store_open (hearth_store_get_path (fixture->store), HEARTH_STORE_OPEN_READ_ONLY,
                              &error);
  g_assert_no_error (error);
  hearth_entry_fields_init (&fields);
  fields.summary = "Written where it cannot be";
  g_assert_cmpint (hearth_timeline_add_entry (reader, 1, 1, &fields, NULL, 0, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM timeline_entries"), ==, 1);
}

/* The lists the timeline shows: an agreement's items with who and when,
 * the open and overdue counts on its entry, and the narrowing to what was
 * agreed and what came of it. */
static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) items = hearth_agreement_item_query_new (fixture->store);
  g_autoptr(HearthQueryModel) timeline = hearth_timeline_entry_query_new (fixture->store);
  g_autoptr(HearthQueryModel) versions = hearth_entry_version_query_new (fixture->store);
  g_autoptr(HearthAgreementItem) first = NULL;
  g_autoptr(HearthAgreementItem) second = NULL;
  g_autoptr(HearthAgreementItem) third = NULL;
  g_autoptr(HearthTimelineEntry) agreed = NULL;
  g_autoptr(HearthEntryVersion) old = NULL;
  HearthEntryFields fields;
  HearthAgreementFields list[3] = {
    { "Phone the repairs team", "staff", 0, NULL, "2026-11-20" },
    { "Look out the tenancy letter", "resident", 0, NULL, "2026-11-30" },
    { "Fit the grab rail", "other", 0, "Care and Repair", NULL },
  };
  gint64 entry, talk;

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.summary = "What we agreed about the bathroom";
  entry = hearth_timeline_add_entry (fixture->store, 1, 1, &fields, list, 3, &error);
  g_assert_no_error (error);
  talk = add_conversation (fixture, "Talked about the stairs");

  hearth_query_model_set_param (items, ":entry_id", g_variant_new_int64 (entry));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (items), 0);
  second = g_list_model_get_item (G_LIST_MODEL (items), 1);
  third = g_list_model_get_item (G_LIST_MODEL (items), 2);
  g_assert_cmpstr (hearth_agreement_item_get_owner_label (first), ==, "Priya Raman");
  g_assert_cmpstr (hearth_agreement_item_get_owner_label (second), ==, "Dot");
  g_assert_cmpstr (hearth_agreement_item_get_owner_label (third), ==, "Care and Repair");
  g_assert_true (hearth_agreement_item_get_overdue (first));
  g_assert_false (hearth_agreement_item_get_overdue (second));
  g_assert_cmpstr (hearth_agreement_item_get_due_on (third), ==, "");

  hearth_query_model_set_param (timeline, ":case_id", g_variant_new_int64 (1));
  agreed = g_list_model_get_item (G_LIST_MODEL (timeline),
                                  hearth_query_model_find_id (timeline, entry));
  g_assert_cmpuint (hearth_timeline_entry_get_open_items (agreed), ==, 3);
  g_assert_cmpuint (hearth_timeline_entry_get_overdue_items (agreed), ==, 1);

  /* Done and dropped items leave the open count, and the held items follow. */
  g_assert_true (hearth_agreement_set_done (fixture->store, hearth_agreement_item_get_id (first),
                                            TRUE, &error));
  g_assert_true (hearth_agreement_drop (fixture->store, hearth_agreement_item_get_id (third),
                                        "They could not come", &error));
  g_assert_no_error (error);
  g_assert_true (hearth_agreement_item_get_done (first));
  g_assert_false (hearth_agreement_item_get_overdue (first));
  g_assert_true (hearth_agreement_item_get_dropped (third));
  g_assert_cmpstr (hearth_agreement_item_get_dropped_reason (third), ==, "They could not come");
  g_assert_cmpuint (hearth_timeline_entry_get_open_items (agreed), ==, 1);
  g_assert_cmpuint (hearth_timeline_entry_get_overdue_items (agreed), ==, 0);

  /* Narrowed to what we agreed and what came of it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 3);
  hearth_query_model_set_param (timeline, ":outcomes", g_variant_new_boolean (TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timeline)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (timeline, 0), ==, entry);

  /* An edit's earlier version is listed with who wrote it. */
  hearth_query_model_set_param (versions, ":entry_id", g_variant_new_int64 (talk));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 0);
  hearth_store_set_actor (fixture->store, fixture->other_worker);
  hearth_entry_fields_init (&fields);
  fields.summary = "Talked about the stairs and the lift";
  g_assert_true (hearth_timeline_update_entry (fixture->store, talk, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 1);
  old = g_list_model_get_item (G_LIST_MODEL (versions), 0);
  g_assert_cmpuint (hearth_entry_version_get_version (old), ==, 1);
  g_assert_cmpstr (hearth_entry_version_get_summary (old), ==, "Talked about the stairs");
  g_assert_cmpstr (hearth_entry_version_get_written_by (old), ==, "Priya Raman");
  g_assert_cmpint (hearth_entry_version_get_amount_pence (old), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/timeline-changes/add/conversation", test_add_conversation);
  ADD ("/timeline-changes/add/kinds", test_add_kinds);
  ADD ("/timeline-changes/add/note-without-case", test_add_note_without_case);
  ADD ("/timeline-changes/add/refused", test_add_refused);
  ADD ("/timeline-changes/agreement/items", test_agreement_items);
  ADD ("/timeline-changes/agreement/status", test_agreement_status);
  ADD ("/timeline-changes/edit/history", test_edit_keeps_history);
  ADD ("/timeline-changes/delete-and-restore", test_delete_and_restore);
  ADD ("/timeline-changes/read-only", test_read_only);
  ADD ("/timeline-changes/lists", test_lists);
#undef ADD

  return g_test_run ();
}
