/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case summary as a PDF, read back with pdftotext: the case, its people,
 * the profile in the resident's words, what is still open, the money and
 * the whole timeline in order, without deleted entries or other cases; a
 * case of 10,000 entries; and saves that fail (a read-only folder, a full
 * disk) with a sentence and no file left behind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "hearth-agreement-item.h"
#include "hearth-case.h"
#include "hearth-case-pdf.h"
#include "hearth-resident.h"
#include "hearth-staff-member.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-entry.h"
#include "hearth-timeline-changes.h"

/* 2026-11-22 12:00 UTC, a Sunday. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)

typedef struct {
  char        *dir;
  HearthStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman'), (2, 'Tomasz Nowak'),"
    "  (3, 'Aisha Khan');"
    "INSERT INTO residents (id, name, preferred_name, pronouns, what_matters, strengths,"
    "  good_life, together, profile_updated_at, profile_updated_by) VALUES"
    "  (1, 'Dorothy Evans', 'Dot', 'she/her', 'Staying in the flat where I raised my children',"
    "   'I know everyone on the landing', '', 'Sorting out the damp together',"
    "   1795348800 - 20 * 86400, 2),"
    "  (2, 'Zeynep Yıldız', '', '', '', '', '', '', NULL, NULL);"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Warm and safe at home', 1, 1795348800 - 60 * 86400, 1795348800 - 60 * 86400),"
    "  (2, 'Another story', 3, 1795348800 - 60 * 86400, 1795348800 - 60 * 86400);"
    "INSERT INTO case_residents (case_id, resident_id, position) VALUES (1, 1, 0), (1, 2, 1),"
    "  (2, 2, 0);"
    "INSERT INTO case_workers (case_id, staff_id) VALUES (1, 1), (1, 2), (2, 3);",
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
add_entry (Fixture                     *fixture,
           gint64                       case_id,
           const HearthEntryFields     *fields,
           const HearthAgreementFields *items,
           guint                        n_items)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hearth_timeline_add_entry (fixture->store, case_id, 0, fields, items, n_items, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
add_simple (Fixture    *fixture,
            gint64      case_id,
            const char *kind,
            gint64      when,
            const char *summary,
            const char *body)
{
  HearthEntryFields fields;

  hearth_entry_fields_init (&fields);
  fields.kind = kind;
  fields.occurred_at = when;
  fields.summary = summary;
  fields.body = body;
  add_entry (fixture, case_id, &fields, NULL, 0);
}

/* Each of @needles is in @text after the one before it. */
static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  const char *from = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (from, needles[i]);

      if (found == NULL)
        g_error ("“%s” is missing, or before “%s”, in:\n%s", needles[i],
                 i > 0 ? needles[i - 1] : "", text);
      from = found + strlen (needles[i]);
    }
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static char *
save_and_read (Fixture    *fixture,
               gint64      case_id,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (hearth_case_pdf_save (fixture->store, case_id, file, NULL, &error));
  g_assert_no_error (error);
  return hearth_test_pdf_to_text (path);
}

static void
test_case_pdf_content (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *closed_text = NULL;
  HearthEntryFields fields;
  const HearthAgreementFields items[] = {
    { "Phone the energy company about the meter", "staff", 1, NULL, "2026-11-01" },
    { "Bring the latest gas bill", "resident", 0, NULL, "2026-12-04" },
    { "Ask Handy Help about the door", "other", 0, "Sam Okafor", NULL },
    { "Ask about a grant for a cooker", "staff", 2, NULL, NULL },
  };
  gint64 agreement, deleted, first_item;
  const char *order[] = {
    "Warm and safe at home",
    "Residents: Dorothy Evans, Zeynep Yıldız",
    "Lead worker: Priya Raman",
    "Others involved: Tomasz Nowak",
    "Opened: 23 September 2026",
    "Status: Open",
    /* Dot's profile, in her words, with the part she has not written. */
    "Dorothy Evans, known as Dot (she/her)",
    "What matters to me", "Staying in the flat where I raised my children",
    "My strengths and gifts", "I know everyone on the landing",
    "What a good life looks like to me", "Not written yet",
    "What we can do together", "Sorting out the damp together",
    "Last written on 2 November 2026 by Tomasz Nowak",
    "Zeynep Yıldız",
    /* Still open, soonest first, the overdue one marked. */
    "What we agreed that is still open",
    "Phone the energy company about the meter — Priya Raman, by Sunday 1 November 2026 — overdue",
    "Bring the latest gas bill — Dot, by Friday 4 December 2026",
    "Ask Handy Help about the door — Sam Okafor",
    "Money",
    "Debt resolved: £1,200.00",
    "Income gained: £3,450.67",
    "Spent from the team budget: £302.00 in 2 spends",
    "a cooker: £289.50, 1 time",
    "a bus pass: £12.50, 1 time",
    /* The whole timeline, oldest first, by day. */
    "Timeline, oldest first",
    "Saturday 3 October 2026",
    "12:00 · Conversation · Priya Raman",
    "First cup of tea together",
    "We talked about the damp in the bedroom.",
    "Monday 12 October 2026",
    "Spend", "Bought a cooker", "Spent: £289.50, for a cooker",
    "Bought a bus pass", "Spent: £12.50, for a bus pass",
    "Money outcome", "Rent arrears written off", "Debt resolved: £1,200.00",
    "Money outcome", "Attendance Allowance awarded", "Income gained: £3,450.67",
    "Expertise brought in", "The handyperson came round", "Who came: Sam Okafor, from Handy Help",
    "What we agreed", "Keeping the flat warm",
    "Phone the energy company about the meter — Priya Raman, by Sunday 1 November 2026 — overdue",
    "Ask about a grant for a cooker — Tomasz Nowak — dropped: A neighbour gave one",
    "Sunday 22 November 2026",
    "11:59 · Note · Tomasz Nowak · edited", "A last word",
    NULL
  };

  add_simple (fixture, 1, "conversation", NOW - 50 * DAY, "First cup of tea together",
              "We talked about the damp in the bedroom.");
  hearth_entry_fields_init (&fields);
  fields.kind = "spend";
  fields.occurred_at = NOW - 41 * DAY;
  fields.summary = "Bought a cooker";
  fields.amount_pence = 28950;
  fields.spend_for = "a cooker";
  add_entry (fixture, 1, &fields, NULL, 0);
  fields.occurred_at = NOW - 40 * DAY;
  fields.summary = "Bought a bus pass";
  fields.amount_pence = 1250;
  fields.spend_for = "a bus pass";
  add_entry (fixture, 1, &fields, NULL, 0);
  hearth_entry_fields_init (&fields);
  fields.kind = "money-outcome";
  fields.occurred_at = NOW - 35 * DAY;
  fields.summary = "Rent arrears written off";
  fields.amount_pence = 120000;
  fields.money_kind = "debt-resolved";
  add_entry (fixture, 1, &fields, NULL, 0);
  fields.occurred_at = NOW - 34 * DAY;
  fields.summary = "Attendance Allowance awarded";
  fields.amount_pence = 345067;
  fields.money_kind = "income-gained";
  add_entry (fixture, 1, &fields, NULL, 0);
  hearth_entry_fields_init (&fields);
  fields.kind = "expertise";
  fields.occurred_at = NOW - 30 * DAY;
  fields.summary = "The handyperson came round";
  fields.expert_name = "Sam Okafor";
  fields.expert_from = "Handy Help";
  add_entry (fixture, 1, &fields, NULL, 0);
  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - 25 * DAY;
  fields.summary = "Keeping the flat warm";
  agreement = add_entry (fixture, 1, &fields, items, G_N_ELEMENTS (items));
  first_item = hearth_test_query_int (fixture->store, "SELECT min (id) FROM agreement_items");
  g_assert_true (hearth_agreement_drop (fixture->store, first_item + 3, "A neighbour gave one",
                                        &error));
  g_assert_no_error (error);

  /* What is deleted, and what belongs to another case, stays out. */
  hearth_entry_fields_init (&fields);
  fields.occurred_at = NOW - 20 * DAY;
  fields.summary = "Written on the wrong case";
  deleted = add_entry (fixture, 1, &fields, NULL, 0);
  g_assert_true (hearth_timeline_delete_entry (fixture->store, deleted, &error));
  g_assert_no_error (error);
  add_simple (fixture, 2, "note", NOW - 10 * DAY, "Zeynep's other case", "Not for this one");

  /* The newest entry, edited by someone else. */
  hearth_store_set_actor (fixture->store, 2);
  hearth_entry_fields_init (&fields);
  fields.kind = "note";
  fields.occurred_at = NOW - 60;
  fields.summary = "A last wrd";
  deleted = add_entry (fixture, 1, &fields, NULL, 0);
  fields.summary = "A last word";
  g_assert_true (hearth_timeline_update_entry (fixture->store, deleted, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (agreement, >, 0);

  text = save_and_read (fixture, 1, "case.pdf");
  assert_in_order (text, order);
  /* Dot's good life and all four of Zeynep's parts are empty. */
  g_assert_cmpuint (count (text, "Not written yet"), ==, 5);
  hearth_test_assert_lacks (text, "Written on the wrong case");
  hearth_test_assert_lacks (text, "other case");
  hearth_test_assert_lacks (text, "Aisha Khan");
  hearth_test_assert_lacks (text, "A last wrd");
  /* The dropped and done items are not among the open ones. */
  g_assert_cmpuint (count (text, "grant for a cooker"), ==, 1);

  /* Once closed: when, the outcome and the closing note. */
  g_assert_true (hearth_store_exec (fixture->store,
    "UPDATE cases SET status = 'closed', closed_at = 1795348800 - 3600, outcome_id = 1,"
    "  closing_note = 'Dot is warm, settled and knows who to call.' WHERE id = 1", &error));
  g_assert_no_error (error);
  closed_text = save_and_read (fixture, 1, "closed.pdf");
  assert_in_order (closed_text, (const char *[]) {
    "Opened: 23 September 2026", "Closed: 22 November 2026", "Outcome: Living a better life",
    "Closing note", "Dot is warm, settled and knows who to call.", NULL });
  hearth_test_assert_lacks (closed_text, "Status: Open");
}

/* What the summary reads, read through the model: the case with its note,
 * its residents in order, the others involved, the money, what is still
 * open in order, an entry's items and the whole timeline in order. */
static void
test_case_pdf_model_reads (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthCase) item = NULL;
  g_autoptr(GListModel) residents = NULL;
  g_autoptr(GListModel) workers = NULL;
  g_autoptr(GListModel) open_items = NULL;
  g_autoptr(GListModel) entry_items = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GArray) spends = NULL;
  g_autoptr(HearthTimelineEntry) loaded = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  HearthCaseMoney money;
  HearthEntryFields fields;
  const HearthAgreementFields later[] = {
    { "Due last, agreed first", "staff", 2, NULL, "2026-12-10" },
    { "Without a date", "resident", 0, NULL, NULL },
  };
  const HearthAgreementFields sooner[] = {
    { "Due first", "other", 0, "Sam Okafor", "2026-11-30" },
    { "Also due last, agreed later", "staff", 1, NULL, "2026-12-10" },
  };
  const char *summaries[] = { "Agreed first", "A spend", "Agreed later", "The newest" };
  gint64 first, second, spend, gone;

  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - 9 * DAY;
  fields.summary = "Agreed first";
  first = add_entry (fixture, 1, &fields, later, G_N_ELEMENTS (later));
  hearth_entry_fields_init (&fields);
  fields.kind = "spend";
  fields.occurred_at = NOW - 8 * DAY;
  fields.summary = "A spend";
  fields.amount_pence = 500;
  spend = add_entry (fixture, 1, &fields, NULL, 0);
  fields.occurred_at = NOW - 7 * DAY;
  fields.summary = "Another spend, deleted";
  fields.amount_pence = 900;
  fields.spend_for = "a kettle";
  gone = add_entry (fixture, 1, &fields, NULL, 0);
  g_assert_true (hearth_timeline_delete_entry (fixture->store, gone, &error));
  g_assert_no_error (error);
  hearth_entry_fields_init (&fields);
  fields.kind = "agreement";
  fields.occurred_at = NOW - 6 * DAY;
  fields.summary = "Agreed later";
  second = add_entry (fixture, 1, &fields, sooner, G_N_ELEMENTS (sooner));
  hearth_entry_fields_init (&fields);
  fields.kind = "money-outcome";
  fields.occurred_at = NOW - DAY;
  fields.summary = "The newest";
  fields.amount_pence = 7000;
  fields.money_kind = "income-gained";
  add_entry (fixture, 1, &fields, NULL, 0);
  g_assert_true (hearth_store_exec (fixture->store,
    "UPDATE cases SET closing_note = 'Not closed, yet a note' WHERE id = 1", &error));
  g_assert_no_error (error);

  item = hearth_case_load (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_case_get_title (item), ==, "Warm and safe at home");
  g_assert_cmpstr (hearth_case_get_lead_name (item), ==, "Priya Raman");
  g_assert_cmpstr (hearth_case_get_closing_note (item), ==, "Not closed, yet a note");
  g_assert_null (hearth_case_load (fixture->store, 99, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Position order, whatever the names; the lead is not among the others. */
  residents = hearth_resident_list_new_for_case (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (residents), ==, 2);
  {
    g_autoptr(HearthResident) dot = g_list_model_get_item (residents, 0);
    g_autoptr(HearthResident) zeynep = g_list_model_get_item (residents, 1);

    g_assert_cmpstr (hearth_resident_get_display_name (dot), ==, "Dot");
    g_assert_cmpstr (hearth_resident_get_profile_updated_by_name (dot), ==, "Tomasz Nowak");
    g_assert_cmpstr (hearth_resident_get_name (zeynep), ==, "Zeynep Yıldız");
  }
  workers = hearth_staff_member_list_new_case_workers (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (workers), ==, 1);
  {
    g_autoptr(HearthStaffMember) tomasz = g_list_model_get_item (workers, 0);

    g_assert_cmpstr (hearth_staff_member_get_name (tomasz), ==, "Tomasz Nowak");
  }

  /* Deleted spends do not count. */
  g_assert_true (hearth_case_read_money (fixture->store, 1, &money, &error));
  g_assert_no_error (error);
  g_assert_cmpint (money.debt_resolved_pence, ==, 0);
  g_assert_cmpint (money.income_gained_pence, ==, 7000);
  g_assert_cmpint (money.spent_pence, ==, 500);
  g_assert_cmpuint (money.n_spends, ==, 1);
  spends = hearth_case_dup_spends (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spends->len, ==, 1);
  g_assert_cmpstr (g_array_index (spends, HearthCaseSpend, 0).spend_for, ==, "");
  g_assert_cmpint (g_array_index (spends, HearthCaseSpend, 0).pence, ==, 500);

  /* Soonest due first; on the same day, in the order agreed; no date last. */
  open_items = hearth_agreement_item_list_new_open_in_case (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (open_items), ==, 4);
  {
    const char *expected[] = { "Due first", "Due last, agreed first", "Also due last, agreed later",
                               "Without a date" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(HearthAgreementItem) open = g_list_model_get_item (open_items, i);

        g_assert_cmpstr (hearth_agreement_item_get_text (open), ==, expected[i]);
      }
  }
  entry_items = hearth_agreement_item_list_new_for_entry (fixture->store, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entry_items), ==, 2);
  {
    g_autoptr(HearthAgreementItem) sam = g_list_model_get_item (entry_items, 0);

    g_assert_cmpstr (hearth_agreement_item_get_owner_label (sam), ==, "Sam Okafor");
  }

  /* The whole timeline, oldest first, without what was deleted. */
  timeline = hearth_timeline_entry_list_new_whole_case (fixture->store, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, G_N_ELEMENTS (summaries));
  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (timeline, i);

      g_assert_cmpstr (hearth_timeline_entry_get_summary (entry), ==, summaries[i]);
    }
  g_cancellable_cancel (cancellable);
  g_assert_null (hearth_timeline_entry_list_new_whole_case (fixture->store, 1, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  loaded = hearth_timeline_entry_load (fixture->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_timeline_entry_get_kind (loaded), ==, "agreement");
  g_assert_cmpuint (hearth_timeline_entry_get_open_items (loaded), ==, 2);
  g_assert_null (hearth_timeline_entry_load (fixture->store, gone, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_assert_cmpint (spend, >, 0);
}

static void
test_case_pdf_missing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "none.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  /* No such case: a sentence, and no file. */
  g_assert_false (hearth_case_pdf_save (fixture->store, 42, file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  hearth_test_assert_has (error->message, "42");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A case with nothing written yet, and no money, says so. */
  text = save_and_read (fixture, 2, "empty.pdf");
  hearth_test_assert_has (text, "Nothing has been written on this case yet.");
  hearth_test_assert_has (text, "No money has been spent or gained on this case.");
  hearth_test_assert_has (text, "Nothing agreed is waiting to be done.");

  /* A cancelled export stops with the cancellation, whether it is reading
   * the case or laying it out, and a cancelled layout can start again. */
  g_cancellable_cancel (cancellable);
  pdf = hearth_case_pdf_new (fixture->store, 1, cancellable, &error);
  g_assert_null (pdf);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  pdf = hearth_case_pdf_new (fixture->store, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_pdf_writer_save (pdf, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = hearth_test_pdf_to_text (path);
  g_assert_true (g_str_has_prefix (text, "Warm and safe at home Case summary made on"));
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), ==, hearth_pdf_writer_get_n_pages (pdf));
}

static void
test_case_pdf_file_name (void)
{
  g_autofree char *plain = hearth_case_pdf_dup_file_name ("Warm and safe at home");
  g_autofree char *odd = hearth_case_pdf_dup_file_name ("../Rent: \"arrears\"/\tand  more?");
  g_autofree char *empty = hearth_case_pdf_dup_file_name ("///");

  g_assert_cmpstr (plain, ==, "Warm and safe at home – case summary.pdf");
  g_assert_cmpstr (odd, ==, "Rent arrears and more – case summary.pdf");
  g_assert_cmpstr (empty, ==, "Case summary.pdf");
}

/* Whether @needle is in the @length bytes at @bytes, NULs and all. */
static gboolean
in_bytes (const char *bytes,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* A document a screen reader can read: tagged, with its headings, lists
 * and paragraphs as structure, its language and author said, its title
 * whole on one line, and every font embedded. */
static void
test_pdf_accessible (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = hearth_pdf_writer_new ("What we agreed\nwith Dot, May 2026");
  g_autofree char *path = g_build_filename (fixture->dir, "tagged.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *bytes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *tagged = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  hearth_pdf_writer_set_default_author ("  Riverside\nHousing Team ");
  hearth_pdf_writer_add_title (pdf, "What we agreed");
  hearth_pdf_writer_add_heading (pdf, "Still to do");
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *item = g_strdup_printf ("Item number %u, long enough to wrap on to a "
                                               "second line of the page it is on, and then "
                                               "some more words", i);
      hearth_pdf_writer_add_bullet (pdf, item);
    }
  hearth_pdf_writer_add_paragraph (pdf, "The closing paragraph.");
  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  hearth_pdf_writer_set_default_author (NULL);

  tagged = hearth_test_pdf_info (path, "Tagged");
  title = hearth_test_pdf_info (path, "Title");
  author = hearth_test_pdf_info (path, "Author");
  g_assert_cmpstr (tagged, ==, "yes");
  g_assert_cmpstr (title, ==, "What we agreed with Dot, May 2026");
  g_assert_cmpstr (author, ==, "Riverside Housing Team");
  g_assert_true (hearth_test_pdf_fonts_embedded (path));
  /* The list runs over more than one page and the file still reads. */
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), >=, 2);
  text = hearth_test_pdf_to_text (path);
  hearth_test_assert_has (text, "Item number 59");
  hearth_test_assert_has (text, "The closing paragraph.");

  /* The structure elements and the language are plain objects in the file
   * (PDF 1.4 keeps them out of compressed object streams). */
  g_assert_true (g_file_get_contents (path, &bytes, &length, &error));
  g_assert_no_error (error);
  g_assert_true (in_bytes (bytes, length, "/S /H1"));
  g_assert_true (in_bytes (bytes, length, "/S /H2"));
  g_assert_true (in_bytes (bytes, length, "/S /L\n"));
  g_assert_true (in_bytes (bytes, length, "/S /LI"));
  g_assert_true (in_bytes (bytes, length, "/S /P"));
  g_assert_true (in_bytes (bytes, length, "/Lang ("));

  /* Without an author set, none is claimed. */
  {
    g_autoptr(HearthPdfWriter) plain = hearth_pdf_writer_new ("Plain");
    g_autofree char *plain_author = NULL;

    hearth_pdf_writer_add_paragraph (plain, "Text.");
    g_assert_true (hearth_pdf_writer_save (plain, file, NULL, &error));
    plain_author = hearth_test_pdf_info (path, "Author");
    g_assert_null (plain_author);
  }
}

static void
draw_marked_chart (cairo_t      *cr,
                   PangoContext *context,
                   double        width,
                   double        height,
                   gpointer      user_data)
{
  cairo_rectangle (cr, 0, 0, width / 2, height - 20);
  cairo_fill (cr);
  cairo_move_to (cr, 0, height - 4);
  cairo_show_text (cr, "CHARTMARK");
}

/* The page (from 1) of the PDF at @path whose text holds @needle, or 0. */
static guint
page_of (const char *path,
         const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) pages = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  pages = g_strsplit (out, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], needle) != NULL)
      return i + 1;
  return 0;
}

/* The pages of a document with @filler paragraphs, then a heading, its
 * figures and a chart, kept together or not. */
static void
write_kept (const char *path,
            guint       filler,
            gboolean    kept,
            guint      *heading_page,
            guint      *chart_page)
{
  g_autoptr(HearthPdfWriter) pdf = hearth_pdf_writer_new ("Kept");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < filler; i++)
    hearth_pdf_writer_add_paragraph (pdf, "A line of filler text.");
  if (kept)
    hearth_pdf_writer_begin_kept (pdf);
  hearth_pdf_writer_add_heading (pdf, "HEADINGMARK");
  hearth_pdf_writer_add_detail (pdf, "Self", "4.0");
  hearth_pdf_writer_add_detail (pdf, "Peers", "3.5 (lowest 3, highest 4; 3 ratings)");
  hearth_pdf_writer_add_drawing (pdf, 120, draw_marked_chart, NULL, NULL);
  if (kept)
    hearth_pdf_writer_end_kept (pdf);
  hearth_pdf_writer_add_paragraph (pdf, "After.");
  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  *heading_page = page_of (path, "HEADINGMARK");
  *chart_page = page_of (path, "CHARTMARK");
}

/* A heading with its figures and chart is never split across pages when
 * kept together: found where the plain layout does split them. */
static void
test_pdf_kept_together (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "kept.pdf", NULL);
  guint heading = 0, chart = 0;
  guint filler;

  for (filler = 20; filler < 80; filler++)
    {
      write_kept (path, filler, FALSE, &heading, &chart);
      if (heading != chart)
        break;
    }
  g_assert_cmpuint (filler, <, 80);
  g_assert_cmpuint (heading, !=, 0);

  write_kept (path, filler, TRUE, &heading, &chart);
  g_assert_cmpuint (heading, !=, 0);
  g_assert_cmpuint (heading, ==, chart);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *saved = user_data;
  g_autoptr(GError) error = NULL;

  *saved = hearth_pdf_writer_save_finish (HEARTH_PDF_WRITER (source), result, &error);
  g_assert_no_error (error);
  g_assert_true (*saved);
}

/* A long case: every entry is there, in order, over many pages. Reading it
 * is quick; the layout is done by the save, on a thread of its own. */
static void
test_case_pdf_large (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "large.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  const guint n_entries = 10000;
  gint64 started, read, saved;
  gboolean done = FALSE;
  guint n_pages;

  g_assert_true (hearth_store_begin (fixture->store, &error));
  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *summary = g_strdup_printf ("Entry number %u of the long case", i + 1);
      g_autofree char *body = g_strdup_printf ("Body of entry %u. We talked about the rent, "
                                               "the damp, the children's school and what "
                                               "Dot would like to do next, over a cup of tea "
                                               "in the kitchen while it rained outside.", i + 1);

      add_simple (fixture, 1, i % 3 == 0 ? "phone-call" : "conversation",
                  NOW - (gint64) (n_entries - i) * 3600, summary, body);
    }
  g_assert_true (hearth_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  started = g_get_monotonic_time ();
  pdf = hearth_case_pdf_new (fixture->store, 1, NULL, &error);
  g_assert_no_error (error);
  read = g_get_monotonic_time ();
  hearth_pdf_writer_save_async (pdf, file, NULL, saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  saved = g_get_monotonic_time ();
  n_pages = hearth_pdf_writer_get_n_pages (pdf);
  g_test_message ("%u entries: read in %.2f s, laid out and saved in %.2f s, %u pages",
                  n_entries, (read - started) / 1e6, (saved - read) / 1e6, n_pages);
  g_assert_cmpuint (hearth_test_pdf_count_pages (path), ==, n_pages);
  g_assert_cmpuint (n_pages, >, n_entries / 20);

  text = hearth_test_pdf_to_text (path);
  {
    const char *from = text;

    for (guint i = 0; i < n_entries; i++)
      {
        char needle[64];

        g_snprintf (needle, sizeof needle, "Entry number %u of the long case", i + 1);
        from = strstr (from, needle);
        if (from == NULL)
          g_error ("Entry %u is missing or out of order", i + 1);
      }
  }
  hearth_test_assert_has (text, "in the kitchen while it rained outside.");
}

/* Saves that fail leave nothing behind and say why in a sentence. */
static void
test_case_pdf_save_fails (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *target = g_build_filename (locked, "case.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "kept.pdf", NULL);
  g_autoptr(GFile) kept_file = g_file_new_for_path (kept);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_size, after_size;

  add_simple (fixture, 1, "conversation", NOW - DAY, "A talk at the door", NULL);

  /* A read-only folder. Root writes anywhere, so the part that saves runs
   * as nobody, in a process of its own. */
  g_assert_no_errno (g_chmod (fixture->dir, 0755));
  g_assert_no_errno (g_mkdir (locked, 0555));
  {
    g_auto(GStrv) envp = g_get_environ ();

    envp = g_environ_setenv (envp, "HEARTH_TEST_TARGET", target, TRUE);
    envp = g_environ_setenv (envp, "HEARTH_TEST_DB", hearth_store_get_path (fixture->store), TRUE);
    g_test_trap_subprocess_with_envp ("/case-pdf/read-only-folder", (const char * const *) envp,
                                      0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stdout ("*cannot be written to*");
  }
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) listing = g_dir_open (locked, 0, NULL);

    g_assert_null (g_dir_read_name (listing));
  }

  /* A disk that fills up halfway: the file already there is kept whole,
   * and no temporary file is left. A file size limit stands in for the
   * full disk. */
  g_assert_true (hearth_case_pdf_save (fixture->store, 1, kept_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (kept, &before, &before_size, NULL));
  for (guint i = 0; i < 300; i++)
    add_simple (fixture, 1, "note", NOW - DAY + i, "Another note to make the file larger",
                "Enough words to fill a page or two of the summary, and then some more.");
  {
    struct rlimit old_limit, limit;

    g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
    limit = old_limit;
    limit.rlim_cur = before_size + 1024;
    signal (SIGXFSZ, SIG_IGN);
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    g_assert_false (hearth_case_pdf_save (fixture->store, 1, kept_file, NULL, &error));
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  }
  g_assert_nonnull (error);
  g_test_message ("full disk: %s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_true (g_file_get_contents (kept, &after, &after_size, NULL));
  g_assert_cmpuint (after_size, ==, before_size);
  g_assert_true (memcmp (after, before, before_size) == 0);
  {
    g_autoptr(GDir) listing = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_true (g_str_equal (name, "locked") || g_str_equal (name, "kept.pdf") ||
                     g_str_has_prefix (name, "hearth.db"));
  }

  g_assert_no_errno (g_chmod (locked, 0755));
}

/* The part of test_case_pdf_save_fails() that runs as nobody. */
static void
test_case_pdf_read_only_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autoptr(GFile) file = NULL;
  const char *target = g_getenv ("HEARTH_TEST_TARGET");

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs inside /case-pdf/save-fails");
      return;
    }

  store = hearth_store_open (g_getenv ("HEARTH_TEST_DB"), HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  pdf = hearth_case_pdf_new (store, 1, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  if (geteuid () == 0)
    {
      g_assert_no_errno (setgid (65534));
      g_assert_no_errno (setuid (65534));
    }

  file = g_file_new_for_path (target);
  g_assert_false (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_print ("%s\n", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/case-pdf/content", Fixture, NULL,
              fixture_set_up, test_case_pdf_content, fixture_tear_down);
  g_test_add ("/case-pdf/model-reads", Fixture, NULL,
              fixture_set_up, test_case_pdf_model_reads, fixture_tear_down);
  g_test_add ("/case-pdf/missing", Fixture, NULL,
              fixture_set_up, test_case_pdf_missing, fixture_tear_down);
  g_test_add_func ("/case-pdf/file-name", test_case_pdf_file_name);
  g_test_add ("/case-pdf/kept-together", Fixture, NULL,
              fixture_set_up, test_pdf_kept_together, fixture_tear_down);
  g_test_add ("/case-pdf/accessible", Fixture, NULL,
              fixture_set_up, test_pdf_accessible, fixture_tear_down);
  g_test_add ("/case-pdf/large", Fixture, NULL,
              fixture_set_up, test_case_pdf_large, fixture_tear_down);
  g_test_add ("/case-pdf/save-fails", Fixture, NULL,
              fixture_set_up, test_case_pdf_save_fails, fixture_tear_down);
  g_test_add_func ("/case-pdf/read-only-folder", test_case_pdf_read_only_folder);

  return g_test_run ();
}
