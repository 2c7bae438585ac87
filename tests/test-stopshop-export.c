/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Stop Shop's files: the barrier log as CSV, parsed back field by field,
 * and a session's summary as text for an e-mail and as a PDF read back with
 * pdftotext: what was gathered, the top barriers with owners and actions,
 * what was removed since the session before, what has stalled, and nothing
 * private.
 */

#include "config.h"

#include <string.h>

#include "hearth-barrier.h"
#include "hearth-barrier-changes.h"
#include "hearth-barrier-csv.h"
#include "hearth-session-changes.h"
#include "hearth-session-summary.h"
#include "hearth-stopshop-session.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC, a Sunday. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)
/* 2026-10-01 12:00 UTC, the session before. */
#define EARLIER (NOW - 52 * DAY)

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       earlier;
  gint64       today;
  gint64       forms;
  gint64       formula;
  gint64       lifts;
  gint64       keys;
  gint64       systems;
  gint64       quiet;
} Fixture;

static void
ok (gboolean  result,
    GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (result);
}

static gint64
new_session (Fixture    *fixture,
             const char *held_on,
             const char *place,
             guint       voters)
{
  g_autoptr(GError) error = NULL;
  const gint64 ambassadors[] = { 2, 1 };
  const char *const teams[] = { "Repairs", "Income and Money", NULL };
  HearthSessionFields fields;
  gint64 id;

  hearth_session_fields_init (&fields);
  fields.held_on = held_on;
  fields.place = place;
  fields.theme = "What stops us visiting residents";
  fields.voters = voters;
  fields.ambassador_ids = ambassadors;
  fields.n_ambassadors = G_N_ELEMENTS (ambassadors);
  fields.teams = teams;
  id = hearth_session_create (fixture->store, &fields, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
raise_barrier (Fixture    *fixture,
               gint64      session_id,
               const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_barrier_raise (fixture->store, session_id, title, 0, &error);

  g_assert_no_error (error);
  return id;
}

static void
to_phase (Fixture    *fixture,
          gint64      session_id,
          const char *phase)
{
  g_autoptr(GError) error = NULL;

  ok (hearth_session_go_to_phase (fixture->store, session_id, phase, &error), error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthBarrierFields fields = { 0 };
  HearthStore *store;

  store = fixture->store = hearth_test_store_new (&fixture->dir, 0);

  /* A resident with a case, whose name must never reach these files. */
  ok (hearth_store_exec (store,
    "INSERT INTO staff (id, name, is_ambassador) VALUES (1, 'Priya Raman', 1),"
    "  (2, 'Tomasz Nowak', 1);"
    "INSERT INTO residents (id, name) VALUES (1, 'Dorothy Evans');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Warm and safe at home', 1, 1795348800, 1795348800);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);",
    &error), error);
  hearth_store_set_actor (store, 1);

  /* The session before: four barriers raised, one removed that day. */
  hearth_store_set_clock (store, EARLIER);
  fixture->earlier = new_session (fixture, "2026-10-01", "Town Hall", 4);
  to_phase (fixture, fixture->earlier, "stop");
  fixture->forms = raise_barrier (fixture, fixture->earlier, "Forms ask twice");
  fixture->keys = raise_barrier (fixture, fixture->earlier, "Keys held at the depot");
  fixture->systems = raise_barrier (fixture, fixture->earlier, "Two systems for one address");
  fixture->quiet = raise_barrier (fixture, fixture->earlier, "Nobody answers after five");
  ok (hearth_barrier_set_action (store, fixture->keys, 1, "Ask the depot", NULL, 0, &error), error);
  hearth_store_set_clock (store, EARLIER + 3 * 3600);
  ok (hearth_barrier_set_status (store, fixture->systems, "removed", NULL, fixture->earlier, &error),
      error);

  /* Between the two: the keys removed. */
  hearth_store_set_clock (store, NOW - 12 * DAY);
  ok (hearth_barrier_set_status (store, fixture->keys, "removed", "Keys now at the office",
                                 0, &error), error);

  /* Today: forms raised again, two new ones, votes, an owner. */
  hearth_store_set_clock (store, NOW);
  fixture->today = new_session (fixture, "2026-11-22", "Highbury, first floor", 5);
  to_phase (fixture, fixture->today, "stop");
  g_assert_cmpint (raise_barrier (fixture, fixture->today, "forms ask twice"), ==, fixture->forms);
  fixture->formula = raise_barrier (fixture, fixture->today, "=SUM(A1) of the rent");
  fixture->lifts = raise_barrier (fixture, fixture->today, "Lifts, stairs and \"access\"");
  to_phase (fixture, fixture->today, "collaborate");
  to_phase (fixture, fixture->today, "listen");
  for (guint i = 0; i < 4; i++)
    ok (hearth_session_vote (store, fixture->today, fixture->forms, 1, &error), error);
  ok (hearth_session_vote (store, fixture->today, fixture->lifts, 1, &error), error);
  to_phase (fixture, fixture->today, "act");
  ok (hearth_barrier_set_action (store, fixture->forms, 2, "One form for both", "2026-12-18",
                                 fixture->today, &error), error);

  fields.title = "Lifts, stairs and \"access\"";
  fields.what_happens = "The lift breaks;\nwe walk up.";
  fields.effect_on_residents = "Dorothy Evans waited three weeks";
  fields.category = "partner-agency";
  fields.teams = "Repairs, Income and Money";
  ok (hearth_barrier_set_details (store, fixture->lifts, &fields, &error), error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* Reads a CSV file back as RFC 4180 says: fields split at commas, rows at
 * CRLF, quoted fields holding commas, quotes ("") and line breaks. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gsize i = 0;

  while (i < length)
    {
      char c = text[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i += 2;
              continue;
            }
          if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          i++;
          continue;
        }

      if (c == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          quoted = TRUE;
          i++;
        }
      else if (c == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          i++;
        }
      else if (c == '\r')
        {
          /* Rows end with CRLF, never a bare CR or LF. */
          g_assert_cmpint (text[i + 1], ==, '\n');
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          i += 2;
        }
      else
        {
          g_assert_cmpint (c, !=, '\n');
          g_string_append_c (field, c);
          i++;
        }
    }

  /* The last row ends with CRLF too. */
  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  return rows;
}

/* The row whose first field is @title. */
static char **
find_row (GPtrArray  *rows,
          const char *title)
{
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row[0], title) == 0)
        return row;
    }
  g_error ("No row for “%s”", title);
}

static void
test_barrier_csv (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) log = hearth_barrier_query_new (fixture->store);
  g_autoptr(HearthCsvWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "barriers.csv", NULL);
  g_autofree char *contents = NULL;
  const char *const header[] = {
    "Barrier", "Category", "Status", "Owner", "Teams affected", "Weight", "Votes",
    "First action", "Action due", "Raised", "Last update", "Removed", "Parked because",
    "What happens", NULL,
  };
  char **row;
  gsize length = 0;

  writer = hearth_barrier_csv_new (G_LIST_MODEL (log));
  file = g_file_new_for_path (path);
  ok (hearth_csv_writer_save (writer, file, NULL, &error), error);
  ok (g_file_get_contents (path, &contents, &length, &error), error);

  /* A byte order mark first, then the rows as they were written. */
  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (contents, 3, "\xef\xbb\xbf", 3);
  rows = parse_csv (contents + 3, length - 3);
  g_assert_cmpuint (rows->len, ==, 1 + 6);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), header);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, i)), ==, G_N_ELEMENTS (header) - 1);

  /* The list's order: the heaviest first. */
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[0], ==, "Forms ask twice");

  row = find_row (rows, "Forms ask twice");
  g_assert_cmpstr (row[2], ==, "Action agreed");
  g_assert_cmpstr (row[3], ==, "Tomasz Nowak");
  g_assert_cmpstr (row[5], ==, "2");
  g_assert_cmpstr (row[6], ==, "4");
  g_assert_cmpstr (row[7], ==, "One form for both");
  g_assert_cmpstr (row[8], ==, "2026-12-18");
  g_assert_cmpstr (row[9], ==, "2026-10-01");
  g_assert_cmpstr (row[10], ==, "2026-11-22");
  g_assert_cmpstr (row[11], ==, "");

  /* Commas, quotes and line breaks come back as they were. */
  row = find_row (rows, "Lifts, stairs and \"access\"");
  g_assert_cmpstr (row[1], ==, "Partner agency");
  g_assert_cmpstr (row[2], ==, "Raised");
  g_assert_cmpstr (row[3], ==, "");
  g_assert_cmpstr (row[4], ==, "Repairs, Income and Money");
  g_assert_cmpstr (row[6], ==, "1");
  g_assert_cmpstr (row[13], ==, "The lift breaks;\nwe walk up.");

  /* A title that starts like a formula stays text. */
  row = find_row (rows, "'=SUM(A1) of the rent");
  g_assert_cmpstr (row[5], ==, "1");

  /* Nothing private: the story of a resident stays out. */
  hearth_test_assert_lacks (contents, "Dorothy");
  hearth_test_assert_lacks (contents, "waited three weeks");

  row = find_row (rows, "Keys held at the depot");
  g_assert_cmpstr (row[2], ==, "Removed");
  g_assert_cmpstr (row[3], ==, "Priya Raman");
  g_assert_cmpstr (row[11], ==, "2026-11-10");

  /* As filtered: only what the list shows. */
  hearth_query_model_set_param (log, ":status", g_variant_new_string ("removed"));
  g_clear_object (&writer);
  writer = hearth_barrier_csv_new (G_LIST_MODEL (log));
  g_assert_cmpuint (hearth_csv_writer_get_n_rows (writer), ==, 1 + 2);
}

/* What both the text and the PDF say, in the order they say it. */
static void
assert_summary (const char *text)
{
  const char *const in_order[] = {
    "Stop Shop on Sunday 22 November 2026",
    "What stops us visiting residents",
    "Highbury, first floor",
    "Priya Raman, Tomasz Nowak",
    "Income and Money, Repairs",
    "3 barriers gathered",
    "Forms ask twice — raised 2 times, 4 votes",
    "=SUM(A1) of the rent — 0 votes",
    "Lifts, stairs and \"access\" — 1 vote",
    "The top barriers",
    "Forms ask twice (4 votes)",
    "Tomasz Nowak",
    "One form for both",
    "Friday 18 December 2026",
    "Lifts, stairs and \"access\" (1 vote)",
    "No owner yet",
    "Removed since the last session",
    "Keys held at the depot — removed on 10 November 2026 by Priya Raman",
    "Stalled: no news for 6 weeks or more",
    "Nobody answers after five — no owner yet, last news on 1 October 2026",
  };
  const char *at = text;

  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      const char *found = strstr (at, in_order[i]);

      if (found == NULL)
        g_error ("“%s” is not in, or not in order:\n%s", in_order[i], text);
      at = found + strlen (in_order[i]);
    }

  /* Removed the day of the session before: in that session's summary. */
  hearth_test_assert_lacks (text, "Two systems for one address");
  /* Nothing private: no resident, no story, nothing from cases. */
  hearth_test_assert_lacks (text, "Dorothy");
  hearth_test_assert_lacks (text, "waited three weeks");
  hearth_test_assert_lacks (text, "Warm and safe");
  hearth_test_assert_lacks (text, "we walk up");
}

static void
test_summary_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSessionSummary) summary = NULL;
  g_autoptr(HearthSessionSummary) first = NULL;
  g_autofree char *file_name = NULL;
  const char *text;

  summary = hearth_session_summary_new (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  text = hearth_session_summary_get_text (summary);
  g_test_message ("%s", text);
  g_assert_cmpstr (hearth_session_summary_get_title (summary), ==,
                   "Stop Shop on Sunday 22 November 2026");
  file_name = hearth_session_summary_dup_file_name (summary);
  g_assert_cmpstr (file_name, ==, "stop-shop-2026-11-22.pdf");

  /* The title heads the PDF; the text, for an e-mail under that subject,
   * starts with the session. */
  g_assert_true (g_str_has_prefix (text, "Theme: What stops us visiting residents\n"
                                         "Place: Highbury, first floor\n"));
  hearth_test_assert_has (text, "\n- Forms ask twice (4 votes)\n  Owner: Tomasz Nowak\n"
                    "  First action: One form for both\n  By: Friday 18 December 2026\n");
  hearth_test_assert_has (text, "3 barriers gathered\n- Forms ask twice");
  {
    g_autofree char *whole = g_strconcat (hearth_session_summary_get_title (summary), "\n",
                                          text, NULL);

    assert_summary (whole);
  }

  /* The first session: what was removed that day, nothing stalled yet. */
  first = hearth_session_summary_new (fixture->store, fixture->earlier, &error);
  g_assert_no_error (error);
  text = hearth_session_summary_get_text (first);
  g_test_message ("%s", text);
  hearth_test_assert_has (text, "4 barriers gathered");
  hearth_test_assert_has (text, "Removed so far\n- Two systems for one address — removed on 1 October 2026");
  hearth_test_assert_lacks (text, "Keys held at the depot — removed");
  hearth_test_assert_lacks (text, "Stalled");
  /* Its votes are today's, not the earlier session's. */
  hearth_test_assert_has (text, "- Forms ask twice — raised 2 times, 0 votes");

  g_assert_null (hearth_session_summary_new (fixture->store, 999, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

/* The ids of a list of barriers, as "4 7 9". */
static char *
barrier_ids (GListModel *barriers)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (barriers); i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (barriers, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              hearth_barrier_get_id (barrier));
    }
  return g_string_free (text, FALSE);
}

#define assert_barriers(list, ...) \
  G_STMT_START { \
    g_autoptr(GListModel) list__ = (list); \
    g_autofree char *got__ = NULL; \
    g_autofree char *want__ = NULL; \
    const gint64 ids__[] = { __VA_ARGS__ }; \
    GString *w__ = g_string_new (NULL); \
    g_assert_no_error (error); \
    got__ = barrier_ids (list__); \
    for (guint i__ = 0; i__ < G_N_ELEMENTS (ids__); i__++) \
      if (ids__[i__] > 0) \
        g_string_append_printf (w__, "%s%" G_GINT64_FORMAT, w__->len > 0 ? " " : "", ids__[i__]); \
    want__ = g_string_free (w__, FALSE); \
    g_assert_cmpstr (got__, ==, want__); \
  } G_STMT_END

/* What the summary reads, read through the model. */
static void
test_summary_model_reads (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStopShopSession) session = NULL;
  g_autoptr(GListModel) raised = NULL;
  g_auto(GStrv) ambassadors = NULL;
  g_auto(GStrv) teams = NULL;
  g_autofree char *before_today = NULL;
  g_autofree char *before_first = NULL;

  session = hearth_stopshop_session_load (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_stopshop_session_get_held_on (session), ==, "2026-11-22");
  g_assert_null (hearth_stopshop_session_load (fixture->store, 99, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  ambassadors = hearth_stopshop_session_dup_ambassador_names (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (ambassadors, ((const char *[]) { "Priya Raman", "Tomasz Nowak", NULL }));
  teams = hearth_stopshop_session_dup_team_names (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (teams, ((const char *[]) { "Income and Money", "Repairs", NULL }));

  ok (hearth_stopshop_session_read_day_before (fixture->store, "2026-11-22", &before_today, &error),
      error);
  g_assert_cmpstr (before_today, ==, "2026-10-01");
  ok (hearth_stopshop_session_read_day_before (fixture->store, "2026-10-01", &before_first, &error),
      error);
  g_assert_null (before_first);

  /* Raised today in the order raised, with today's votes; the top by votes. */
  raised = hearth_barrier_list_new_raised_at (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (raised), ==, 3);
  {
    g_autoptr(HearthBarrier) forms = g_list_model_get_item (raised, 0);

    g_assert_cmpint (hearth_barrier_get_id (forms), ==, fixture->forms);
    g_assert_cmpuint (hearth_barrier_get_votes (forms), ==, 4);
    g_assert_cmpuint (hearth_barrier_get_weight (forms), ==, 2);
  }
  assert_barriers (hearth_barrier_list_new_raised_at (fixture->store, fixture->today, &error),
                   fixture->forms, fixture->formula, fixture->lifts);
  assert_barriers (hearth_barrier_list_new_top (fixture->store, fixture->today, 2, &error),
                   fixture->forms, fixture->lifts);

  /* Removed on the first day, and between the two. */
  assert_barriers (hearth_barrier_list_new_removed_between (fixture->store, NULL, "2026-10-01",
                                                            &error),
                   fixture->systems);
  assert_barriers (hearth_barrier_list_new_removed_between (fixture->store, "2026-10-01",
                                                            "2026-11-22", &error),
                   fixture->keys);

  /* Nothing said for 52 days: stalled after six weeks, not after eight. */
  assert_barriers (hearth_barrier_list_new_stalled_on (fixture->store, "2026-11-22", 6, &error),
                   fixture->quiet);
  assert_barriers (hearth_barrier_list_new_stalled_on (fixture->store, "2026-11-22", 8, &error),
                   0);
}

static void
test_summary_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSessionSummary) summary = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *text = NULL;

  summary = hearth_session_summary_new (fixture->store, fixture->today, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  ok (hearth_session_summary_save_pdf (summary, file, NULL, &error), error);

  g_assert_cmpuint (hearth_test_pdf_count_pages (path), >=, 1);
  text = hearth_test_pdf_to_text (path);
  g_test_message ("%s", text);
  assert_summary (text);
  hearth_test_assert_has (text, "Owner: Tomasz Nowak");
  hearth_test_assert_has (text, "First action: One form for both");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stopshop-export/barrier-csv", Fixture, NULL,
              fixture_set_up, test_barrier_csv, fixture_tear_down);
  g_test_add ("/stopshop-export/summary-text", Fixture, NULL,
              fixture_set_up, test_summary_text, fixture_tear_down);
  g_test_add ("/stopshop-export/summary-model-reads", Fixture, NULL,
              fixture_set_up, test_summary_model_reads, fixture_tear_down);
  g_test_add ("/stopshop-export/summary-pdf", Fixture, NULL,
              fixture_set_up, test_summary_pdf, fixture_tear_down);

  return g_test_run ();
}
