/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days of the calendar as Hearth keeps them, "YYYY-MM-DD": what is read,
 * what is refused and how the refusal reads, a day that no time zone moves,
 * and the writers that take a date refusing a bad one without writing
 * anything.
 */

#include "config.h"

#include <string.h>

#include "hearth-barrier-changes.h"
#include "hearth-date.h"
#include "hearth-session-changes.h"
#include "hearth-test-utils.h"
#include "hearth-timeline-changes.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

/* Dates that are written wrongly, and one for each way a day can be missing
 * from the calendar. */
static const char *const badly_written[] = {
  "", "2026- 1- 1", "26-01-01", "2026-01-01x", "2026-01-01 and after", "2026-1-1",
  "2026/01/01", "+026-01-01", "2026-0x-01", "2026-01-1", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92"
  "\xEF\xBC\x96-01-01", "01-01-2026", "20260101", "2026-01-01T12:00:00Z",
};

/* Padded with spaces: refused here, though a form may trim what was typed
 * around a date before it is read. */
static const char *const padded[] = {
  "2026-01-01 ", " 2026-01-01", "2026-01-01\n",
};

static const char *const not_in_calendar[] = {
  "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
  "2026-01-00", "2026-01-32", "0000-01-01",
};

static void
test_parse_accepts (void)
{
  static const struct { const char *text; guint year, month, day; } days[] = {
    { "2026-01-01", 2026, 1, 1 },
    { "2026-12-31", 2026, 12, 31 },
    { "2024-02-29", 2024, 2, 29 },
    { "2000-02-29", 2000, 2, 29 },
    { "0001-01-01", 1, 1, 1 },
    { "9999-12-31", 9999, 12, 31 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("reading %s", days[i].text);
      g_date_clear (&date, 1);
      g_assert_true (hearth_date_parse (days[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpuint (g_date_get_year (&date), ==, days[i].year);
      g_assert_cmpuint (g_date_get_month (&date), ==, days[i].month);
      g_assert_cmpuint (g_date_get_day (&date), ==, days[i].day);

      /* Checking alone needs no date to fill. */
      g_assert_true (hearth_date_parse (days[i].text, NULL, NULL));
    }
}

static void
test_parse_refuses (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_date_parse (NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* Written wrongly: the message shows how to write it. */
  for (guint i = 0; i < G_N_ELEMENTS (badly_written); i++)
    {
      GDate date;

      g_test_message ("refusing “%s”", badly_written[i]);
      g_date_clear (&date, 1);
      g_assert_false (hearth_date_parse (badly_written[i], &date, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "2026-12-04"));
      g_assert_false (g_date_valid (&date));
      g_clear_error (&error);
      g_assert_false (hearth_date_parse (badly_written[i], NULL, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (padded); i++)
    {
      g_assert_false (hearth_date_parse (padded[i], NULL, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* Well written but not a day: the message names what was typed. */
  for (guint i = 0; i < G_N_ELEMENTS (not_in_calendar); i++)
    {
      g_test_message ("refusing “%s”", not_in_calendar[i]);
      g_assert_false (hearth_date_parse (not_in_calendar[i], NULL, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, not_in_calendar[i]));
      g_clear_error (&error);
    }
}

/* The day stays the day wherever the computer is: far east and far west of
 * UTC, and over a change of the clocks. */
static void
test_local_noon (void)
{
  static const char *const zones[] = {
    "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London", "America/St_Johns",
  };
  static const char *const days[] = {
    "2026-01-01", "2026-03-29", "2026-10-25", "2024-02-29", "2026-12-31",
  };
  g_autofree char *saved_tz = g_strdup (g_getenv ("TZ"));

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_setenv ("TZ", zones[z], TRUE);

      for (guint i = 0; i < G_N_ELEMENTS (days); i++)
        {
          g_autoptr(GDateTime) noon = hearth_date_to_local_noon (days[i]);
          g_autofree char *again = NULL;
          g_autofree char *weekday = NULL;
          GDate date;

          g_test_message ("%s in %s", days[i], zones[z]);
          g_assert_nonnull (noon);
          g_assert_cmpint (g_date_time_get_hour (noon), ==, 12);
          again = g_date_time_format (noon, "%Y-%m-%d");
          g_assert_cmpstr (again, ==, days[i]);

          g_clear_pointer (&again, g_free);
          again = hearth_date_format (days[i], "%Y-%m-%d");
          g_assert_cmpstr (again, ==, days[i]);

          /* The weekday is the calendar's, as GDate counts it. */
          g_assert_true (hearth_date_parse (days[i], &date, NULL));
          weekday = hearth_date_format (days[i], "%u");
          g_assert_cmpint (g_ascii_strtoll (weekday, NULL, 10), ==, g_date_get_weekday (&date));
        }
    }

  if (saved_tz != NULL)
    g_setenv ("TZ", saved_tz, TRUE);
  else
    g_unsetenv ("TZ");
}

static void
test_format_refuses (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (badly_written); i++)
    {
      g_assert_null (hearth_date_to_local_noon (badly_written[i]));
      g_assert_null (hearth_date_format (badly_written[i], "%Y"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_in_calendar); i++)
    {
      g_assert_null (hearth_date_to_local_noon (not_in_calendar[i]));
      g_assert_null (hearth_date_format (not_in_calendar[i], "%Y"));
    }
  g_assert_null (hearth_date_format (NULL, "%Y"));
}

/* --- The writers that take a date ----------------------------------------- */

typedef struct {
  char        *dir;
  HearthStore *store;
  guint        emissions;
  gint64       session;
  gint64       barrier;
  gint64       agreement;
  gint64       item;
} Fixture;

static void
changed_cb (HearthStore *store,
            GPtrArray   *changes,
            Fixture     *fixture)
{
  fixture->emissions++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HearthSessionFields session;
  HearthEntryFields entry;
  HearthAgreementFields item = { "Phone the repairs team", "staff", 0, NULL, "2026-11-27" };

  fixture->store = hearth_test_store_new (&fixture->dir, NOW);

  g_assert_true (hearth_store_exec (fixture->store,
    "INSERT INTO staff (id, name) VALUES (1, 'Priya Raman');"
    "INSERT INTO residents (id, name) VALUES (1, 'Dot');"
    "INSERT INTO cases (id, title, lead_id, opened_at, last_activity_at)"
    "  VALUES (1, 'Dot''s bathroom', 1, 1795348800 - 86400, 1795348800 - 86400);"
    "INSERT INTO case_residents (case_id, resident_id) VALUES (1, 1);",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, 1);

  hearth_session_fields_init (&session);
  session.held_on = "2026-11-22";
  fixture->session = hearth_session_create (fixture->store, &session, &error);
  g_assert_no_error (error);
  fixture->barrier = hearth_barrier_raise (fixture->store, fixture->session,
                                           "The repairs line closes at four", 0, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_barrier_set_action (fixture->store, fixture->barrier, 1,
                                            "Ask for a later line", "2026-12-04",
                                            fixture->session, &error));
  g_assert_no_error (error);

  hearth_entry_fields_init (&entry);
  entry.kind = "agreement";
  entry.summary = "What we agreed about the bathroom";
  fixture->agreement = hearth_timeline_add_entry (fixture->store, 1, 1, &entry, &item, 1, &error);
  g_assert_no_error (error);
  fixture->item = hearth_test_query_intf (fixture->store,
                                          "SELECT id FROM agreement_items WHERE entry_id = %"
                                          G_GINT64_FORMAT, fixture->agreement);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
}

/* What the database has been through: every row any statement changed,
 * even one rolled back later, and the trail of who changed what. */
static gint64
writes_so_far (Fixture *fixture)
{
  return sqlite3_total_changes64 (hearth_store_get_db (fixture->store)) +
         hearth_test_query_int (fixture->store, "SELECT count (*) FROM audit_log");
}

/* A writer given @date refused it as a person typed it wrongly, with a
 * sentence to show, and wrote nothing at all. */
static void
check_refused (Fixture    *fixture,
               gboolean    ok,
               GError     *error,
               const char *date,
               gint64      writes_before)
{
  g_assert_false (ok);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  /* Either how to write a date, or the day typed that is not one. */
  g_assert_true (strstr (error->message, "2026-12-04") != NULL ||
                 (*date != '\0' && strstr (error->message, date) != NULL));
  g_assert_cmpint (writes_so_far (fixture), ==, writes_before);
  g_assert_cmpuint (fixture->emissions, ==, 0);
}

/* The call first, then its error. */
#define assert_refused(call) \
  G_STMT_START { \
    gboolean ok_ = (call); \
    check_refused (fixture, ok_, error, date, before); \
    g_clear_error (&error); \
  } G_STMT_END

static void
check_writers_refuse (Fixture    *fixture,
                      const char *date)
{
  g_autoptr(GError) error = NULL;
  HearthSessionFields session;
  HearthEntryFields entry;
  HearthAgreementFields item = { "Fit the grab rail", "staff", 0, NULL, date };
  gint64 before = writes_so_far (fixture);

  g_test_message ("writing “%s”", date);

  hearth_session_fields_init (&session);
  session.held_on = date;
  assert_refused (hearth_session_create (fixture->store, &session, &error) != 0);
  assert_refused (hearth_session_update (fixture->store, fixture->session, &session, &error));

  assert_refused (hearth_barrier_set_action (fixture->store, fixture->barrier, 1,
                                             "Ask for a later line", date, fixture->session,
                                             &error));

  hearth_entry_fields_init (&entry);
  entry.kind = "agreement";
  entry.summary = "What we agreed about the rail";
  assert_refused (hearth_timeline_add_entry (fixture->store, 1, 1, &entry, &item, 1,
                                             &error) != 0);
  assert_refused (hearth_agreement_add_item (fixture->store, fixture->agreement, &item,
                                             &error) != 0);
  assert_refused (hearth_agreement_set_owner (fixture->store, fixture->item, &item, &error));

  /* What was there is still there. */
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM stopshop_sessions"
                                          " WHERE held_on = '2026-11-22'"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM barriers"
                                          " WHERE action_due_on = '2026-12-04'"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM agreement_items"
                                          " WHERE due_on = '2026-11-27'"), ==, 1);
}

static void
test_writers_refuse (Fixture       *fixture,
                     gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (badly_written); i++)
    {
      /* The day of a session may not be empty; an action's or an
       * agreement's may, for "no date". */
      if (*badly_written[i] == '\0')
        continue;
      check_writers_refuse (fixture, badly_written[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_in_calendar); i++)
    check_writers_refuse (fixture, not_in_calendar[i]);
}

/* The same writers take a good date, so the refusals above are the date's. */
static void
test_writers_accept (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *due_on = NULL;
  HearthSessionFields session;
  HearthAgreementFields item = { "Fit the grab rail", "staff", 0, NULL, "2024-02-29" };

  hearth_session_fields_init (&session);
  session.held_on = "2024-02-29";
  g_assert_true (hearth_session_update (fixture->store, fixture->session, &session, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_barrier_set_action (fixture->store, fixture->barrier, 1,
                                            "Ask for a later line", "2024-02-29",
                                            fixture->session, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_agreement_set_owner (fixture->store, fixture->item, &item, &error));
  g_assert_no_error (error);

  held_on = hearth_test_query_textf (fixture->store, "SELECT held_on FROM stopshop_sessions"
                                     " WHERE id = %" G_GINT64_FORMAT, fixture->session);
  g_assert_cmpstr (held_on, ==, session.held_on);
  due_on = hearth_test_query_text (fixture->store, "SELECT action_due_on FROM barriers");
  g_assert_cmpstr (due_on, ==, session.held_on);
  g_clear_pointer (&due_on, g_free);
  due_on = hearth_test_query_text (fixture->store, "SELECT due_on FROM agreement_items");
  g_assert_cmpstr (due_on, ==, item.due_on);
  g_assert_cmpuint (fixture->emissions, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/parse/accepts", test_parse_accepts);
  g_test_add_func ("/date/parse/refuses", test_parse_refuses);
  g_test_add_func ("/date/local-noon", test_local_noon);
  g_test_add_func ("/date/format/refuses", test_format_refuses);
  g_test_add ("/date/writers/refuse", Fixture, NULL, fixture_set_up, test_writers_refuse,
              fixture_tear_down);
  g_test_add ("/date/writers/accept", Fixture, NULL, fixture_set_up, test_writers_accept,
              fixture_tear_down);

  return g_test_run ();
}
