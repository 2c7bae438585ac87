/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Stop Shop's writes and rules: setting up a session and taking it
 * through its phases (going back past voting clears the votes, a closed
 * session reopens), raising barriers (blank and long titles refused, odd
 * characters kept, a barrier raised again gains weight), merging and
 * undoing a merge, the bounds of dot voting, a barrier's status and log of
 * updates, and the barrier log's filters, stalled ones among them.
 * Refusals write nothing.
 */

#include "config.h"

#include <string.h>

#include "hearth-barrier.h"
#include "hearth-barrier-changes.h"
#include "hearth-barrier-update.h"
#include "hearth-lookup-item.h"
#include "hearth-session-changes.h"
#include "hearth-stopshop-session.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)
#define DAY G_GINT64_CONSTANT (86400)
#define WEEK (7 * DAY)

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
    "INSERT INTO staff (id, name, is_ambassador) VALUES (1, 'Priya Raman', 1),"
    "  (2, 'Tomasz Nowak', 1), (3, 'Grace Okafor', 0);"
    "UPDATE staff SET active = 0 WHERE id = 3;",
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

/* A session on @held_on, with 3 votes each for @voters people. */
static gint64
new_session (Fixture    *fixture,
             const char *held_on,
             guint       voters)
{
  g_autoptr(GError) error = NULL;
  HearthSessionFields fields;
  gint64 id;

  hearth_session_fields_init (&fields);
  fields.held_on = held_on;
  fields.voters = voters;
  id = hearth_session_create (fixture->store, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
go_to (Fixture    *fixture,
       gint64      session_id,
       const char *phase)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_session_go_to_phase (fixture->store, session_id, phase, &error));
  g_assert_no_error (error);
}

static gint64
raise_barrier (Fixture    *fixture,
       gint64      session_id,
       const char *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_barrier_raise (fixture->store, session_id, title, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
vote (Fixture *fixture,
      gint64   session_id,
      gint64   barrier_id,
      guint    times)
{
  for (guint i = 0; i < times; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (hearth_session_vote (fixture->store, session_id, barrier_id, 1, &error));
      g_assert_no_error (error);
    }
}

static void
check_refused (gboolean     ok,
               GError      *error,
               int          code)
{
  g_assert_false (ok);
  g_assert_error (error, HEARTH_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_test_message ("Refused: %s", error->message);
}

/* The call first, then its error: what was typed or chosen is refused as
 * HEARTH_ERROR_INVALID; what a session's or a barrier's state does not
 * allow as HEARTH_ERROR_CONFLICT, and what is gone as _NOT_FOUND. */
#define assert_refused(call, error) \
  G_STMT_START { \
    gboolean ok_ = (call); \
    check_refused (ok_, (error), HEARTH_ERROR_INVALID); \
  } G_STMT_END
#define assert_refused_as(call, error, code) \
  G_STMT_START { gboolean ok_ = (call); check_refused (ok_, (error), (code)); } G_STMT_END

static guint
votes_of (Fixture *fixture,
          gint64   session_id,
          gint64   barrier_id)
{
  g_autoptr(GError) error = NULL;
  guint votes = G_MAXUINT;

  g_assert_true (hearth_session_get_barrier_votes (fixture->store, session_id, barrier_id,
                                                   &votes, &error));
  g_assert_no_error (error);
  return votes;
}

/* Every row the Stop Shop keeps about barriers, as one string. */
static char *
dup_board (Fixture *fixture)
{
  g_autofree char *barriers = query_text (fixture,
    "SELECT group_concat (x, '; ') FROM (SELECT id || ' ' || title || ' w' || weight || ' m'"
    "  || coalesce (merged_into_id, '-') || ' ' || status AS x FROM barriers ORDER BY id)");
  g_autofree char *links = query_text (fixture,
    "SELECT group_concat (x, '; ') FROM (SELECT session_id || '/' || barrier_id || ' p'"
    "  || position || ' r' || raised_here || ' v' || votes AS x"
    "  FROM stopshop_session_barriers ORDER BY session_id, barrier_id)");

  return g_strdup_printf ("%s | %s", barriers, links);
}

static void
test_session_create (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *place = NULL;
  g_autofree char *teams = NULL;
  const gint64 ambassadors[] = { 1, 2, 2 };
  const gint64 gone[] = { 3 };
  const char *const team_list[] = { " Repairs ", "Income and Money", NULL };
  const char *const blank_team[] = { "Repairs", "  ", NULL };
  HearthSessionFields fields;
  gint64 id;

  hearth_session_fields_init (&fields);
  g_assert_cmpuint (fields.votes_per_person, ==, 3);
  g_assert_cmpuint (fields.stall_weeks, ==, 6);
  fields.held_on = "2026-12-04";
  fields.place = "  Town Hall, Room 4 ";
  fields.theme = "What stops us visiting";
  fields.votes_per_person = 5;
  fields.voters = 20;
  fields.phase_minutes = 10;
  fields.ambassador_ids = ambassadors;
  fields.n_ambassadors = G_N_ELEMENTS (ambassadors);
  fields.teams = team_list;
  id = hearth_session_create (fixture->store, &fields, &error);
  g_assert_no_error (error);

  place = query_text (fixture, "SELECT place FROM stopshop_sessions WHERE id = %" G_GINT64_FORMAT, id);
  g_assert_cmpstr (place, ==, "Town Hall, Room 4");
  g_assert_cmpint (query (fixture, "SELECT phase = 'review' AND votes_per_person = 5 AND voters = 20"
                                   " AND phase_minutes = 10 AND stall_weeks = 6 AND created_by = 1"
                                   " FROM stopshop_sessions WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_ambassadors"), ==, 2);
  {
    g_autofree gint64 *ids = NULL;
    guint n = 0;

    /* Back for editing, each once, in the order of their names. */
    ids = hearth_session_dup_ambassador_ids (fixture->store, id, &n, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpint (query (fixture, "SELECT count (*) FROM staff WHERE id IN (%" G_GINT64_FORMAT
                                     ", %" G_GINT64_FORMAT ")", ids[0], ids[1]), ==, 2);
    g_assert_cmpint (ids[0], !=, ids[1]);
    g_assert_cmpint (query (fixture, "SELECT (SELECT name FROM staff WHERE id = %" G_GINT64_FORMAT ")"
                                     " <= (SELECT name FROM staff WHERE id = %" G_GINT64_FORMAT ")",
                            ids[0], ids[1]), ==, 1);
  }
  teams = query_text (fixture, "SELECT group_concat (team, '|') FROM (SELECT team FROM"
                               " stopshop_session_teams ORDER BY team)");
  g_assert_cmpstr (teams, ==, "Income and Money|Repairs");

  /* Refusals, each writing nothing. */
  {
    struct {
      const char *held_on;
      guint votes, voters, stall, minutes;
      const gint64 *ambassadors;
      const char *const *teams;
    } bad[] = {
      { NULL, 3, 0, 6, 0, NULL, NULL },
      { "  ", 3, 0, 6, 0, NULL, NULL },
      { "2026-02-30", 3, 0, 6, 0, NULL, NULL },
      { "4 December", 3, 0, 6, 0, NULL, NULL },
      { "2026-12-04", 13, 0, 6, 0, NULL, NULL },
      { "2026-12-04", 3, 501, 6, 0, NULL, NULL },
      { "2026-12-04", 3, 0, 0, 0, NULL, NULL },
      { "2026-12-04", 3, 0, 53, 0, NULL, NULL },
      { "2026-12-04", 3, 0, 6, 241, NULL, NULL },
      { "2026-12-04", 3, 0, 6, 0, gone, NULL },
      { "2026-12-04", 3, 0, 6, 0, NULL, blank_team },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) refused = NULL;

        hearth_session_fields_init (&fields);
        fields.held_on = bad[i].held_on;
        fields.votes_per_person = bad[i].votes;
        fields.voters = bad[i].voters;
        fields.stall_weeks = bad[i].stall;
        fields.phase_minutes = bad[i].minutes;
        fields.ambassador_ids = bad[i].ambassadors;
        fields.n_ambassadors = bad[i].ambassadors != NULL ? 1 : 0;
        fields.teams = bad[i].teams;
        g_test_message ("Bad session %u", i);
        assert_refused (hearth_session_create (fixture->store, &fields, &refused) != 0, refused);
      }
  }
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_sessions"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_ambassadors"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_teams"), ==, 2);

  /* 0 votes each is allowed: the session skips voting. */
  hearth_session_fields_init (&fields);
  fields.held_on = "2026-12-11";
  fields.votes_per_person = 0;
  g_assert_cmpint (hearth_session_create (fixture->store, &fields, &error), >, 0);
  g_assert_no_error (error);

  /* Editing replaces the people and keeps the phase. */
  hearth_session_fields_init (&fields);
  fields.held_on = "2026-12-05";
  fields.teams = blank_team + 2;
  go_to (fixture, id, "stop");
  g_assert_true (hearth_session_update (fixture->store, id, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_ambassadors"
                                   " WHERE session_id = %" G_GINT64_FORMAT, id), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_teams"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT held_on = '2026-12-05' AND phase = 'stop'"
                                   " FROM stopshop_sessions WHERE id = %" G_GINT64_FORMAT, id), ==, 1);
}

static void
test_phases (Fixture       *fixture,
             gconstpointer  data)
{
  const char *const *phases = hearth_session_phases ();
  gint64 id = new_session (fixture, "2026-11-22", 10);
  HearthSessionFields fields;
  gint64 skipping;

  g_assert_cmpuint (g_strv_length ((char **) phases), ==, 6);
  g_assert_cmpstr (hearth_session_phase_after ("collaborate", 3), ==, "listen");
  g_assert_cmpstr (hearth_session_phase_after ("collaborate", 0), ==, "act");
  g_assert_cmpstr (hearth_session_phase_before ("act", 0), ==, "collaborate");
  g_assert_cmpstr (hearth_session_phase_before ("act", 2), ==, "listen");
  g_assert_null (hearth_session_phase_after ("closed", 3));
  g_assert_null (hearth_session_phase_before ("review", 3));
  g_assert_true (hearth_session_phase_clears_votes ("listen", "collaborate"));
  g_assert_true (hearth_session_phase_clears_votes ("act", "review"));
  g_assert_true (hearth_session_phase_clears_votes ("closed", "stop"));
  g_assert_false (hearth_session_phase_clears_votes ("act", "listen"));
  g_assert_false (hearth_session_phase_clears_votes ("collaborate", "stop"));

  /* Forwards one at a time, through every phase. */
  for (guint i = 1; phases[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *phase = NULL;

      g_assert_true (hearth_session_next_phase (fixture->store, id, &error));
      g_assert_no_error (error);
      phase = query_text (fixture, "SELECT phase FROM stopshop_sessions WHERE id = %" G_GINT64_FORMAT, id);
      g_assert_cmpstr (phase, ==, phases[i]);
      g_assert_cmpint (query (fixture, "SELECT closed_at IS NOT NULL FROM stopshop_sessions"
                                       " WHERE id = %" G_GINT64_FORMAT, id),
                       ==, g_str_equal (phases[i], "closed"));
    }
  g_assert_cmpint (query (fixture, "SELECT closed_at FROM stopshop_sessions"), ==, NOW);

  {
    g_autoptr(GError) error = NULL;

    assert_refused_as (hearth_session_next_phase (fixture->store, id, &error), error,
                       HEARTH_ERROR_CONFLICT);
  }

  /* Closed by accident: it reopens at Act. */
  hearth_store_set_clock (fixture->store, NOW + 60);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (hearth_session_reopen (fixture->store, id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query (fixture, "SELECT phase = 'act' AND closed_at IS NULL AND updated_at = %"
                                     G_GINT64_FORMAT " FROM stopshop_sessions", NOW + 60), ==, 1);
    assert_refused_as (hearth_session_reopen (fixture->store, id, &error), error,
                       HEARTH_ERROR_CONFLICT);
  }

  /* Back one, and back several; forwards past a phase is refused. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (hearth_session_previous_phase (fixture->store, id, &error));
    g_assert_no_error (error);
    go_to (fixture, id, "review");
    assert_refused_as (hearth_session_go_to_phase (fixture->store, id, "collaborate", &error), error,
                       HEARTH_ERROR_CONFLICT);
    g_clear_error (&error);
    assert_refused_as (hearth_session_previous_phase (fixture->store, id, &error), error,
                       HEARTH_ERROR_CONFLICT);
    g_clear_error (&error);
    assert_refused (hearth_session_go_to_phase (fixture->store, id, "voting", &error), error);
  }
  g_assert_cmpint (query (fixture, "SELECT phase = 'review' FROM stopshop_sessions"), ==, 1);

  /* No votes each: no Listen phase either way. */
  hearth_session_fields_init (&fields);
  fields.held_on = "2026-11-29";
  fields.votes_per_person = 0;
  skipping = hearth_session_create (fixture->store, &fields, NULL);
  go_to (fixture, skipping, "stop");
  go_to (fixture, skipping, "collaborate");
  {
    g_autoptr(GError) error = NULL;

    assert_refused_as (hearth_session_go_to_phase (fixture->store, skipping, "listen", &error), error,
                       HEARTH_ERROR_CONFLICT);
    g_clear_error (&error);
    g_assert_true (hearth_session_next_phase (fixture->store, skipping, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query (fixture, "SELECT phase = 'act' FROM stopshop_sessions WHERE id = %"
                                     G_GINT64_FORMAT, skipping), ==, 1);
    g_assert_true (hearth_session_previous_phase (fixture->store, skipping, &error));
    g_assert_cmpint (query (fixture, "SELECT phase = 'collaborate' FROM stopshop_sessions WHERE id = %"
                                     G_GINT64_FORMAT, skipping), ==, 1);
  }
}

static void
test_step_back_clears_votes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_session (fixture, "2026-11-22", 4);
  gint64 other = new_session (fixture, "2026-11-22", 4);
  gint64 forms, phones, kept;
  guint n = G_MAXUINT;

  go_to (fixture, id, "stop");
  forms = raise_barrier (fixture, id, "Forms ask twice");
  phones = raise_barrier (fixture, id, "Phones drop out in the basement");
  go_to (fixture, id, "collaborate");

  /* Nothing to clear before any vote, nor going forwards. */
  g_assert_true (hearth_session_count_votes_to_clear (fixture->store, id, "stop", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  go_to (fixture, id, "listen");
  vote (fixture, id, forms, 5);
  vote (fixture, id, phones, 2);

  go_to (fixture, other, "stop");
  kept = raise_barrier (fixture, other, "Forms ask twice");
  go_to (fixture, other, "collaborate");
  go_to (fixture, other, "listen");
  vote (fixture, other, kept, 3);

  g_assert_true (hearth_session_count_votes_to_clear (fixture->store, id, "collaborate", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (hearth_session_count_votes_to_clear (fixture->store, id, "act", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (hearth_session_count_votes_to_clear (fixture->store, id, "nowhere", &n, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* From Act back to Listen keeps them. */
  go_to (fixture, id, "act");
  g_assert_true (hearth_session_count_votes_to_clear (fixture->store, id, "listen", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  go_to (fixture, id, "listen");
  g_assert_cmpuint (votes_of (fixture, id, forms), ==, 5);

  /* Back past voting: cleared with the step, in this session only. */
  go_to (fixture, id, "act");
  g_assert_true (hearth_session_count_votes_to_clear (fixture->store, id, "stop", &n, &error));
  g_assert_cmpuint (n, ==, 7);
  go_to (fixture, id, "stop");
  g_assert_cmpuint (votes_of (fixture, id, forms), ==, 0);
  g_assert_cmpuint (votes_of (fixture, id, phones), ==, 0);
  g_assert_cmpuint (votes_of (fixture, other, kept), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT phase = 'stop' FROM stopshop_sessions WHERE id = %"
                                   G_GINT64_FORMAT, id), ==, 1);
  /* The barriers stay on the board. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE session_id = %"
                                   G_GINT64_FORMAT, id), ==, 2);
}

static void
test_raise (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) long_title = g_string_new ("");
  g_autofree char *title = NULL;
  g_autofree char *odd = NULL;
  gint64 earlier = new_session (fixture, "2026-10-01", 0);
  gint64 today = new_session (fixture, "2026-11-22", 0);
  gint64 forms, again, chosen, parked, fresh, found = -1;
  const char *const blanks[] = { NULL, "", "   ", "\t\n", "\u00a0\u2003" };
  /* Right to left, a combining accent, an emoji with a joiner. */
  const char *odd_title = "  שלום — Cafe\u0301 👩‍👧 «forms» ";

  go_to (fixture, earlier, "stop");
  go_to (fixture, today, "stop");

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GError) error = NULL;

      assert_refused (hearth_barrier_raise (fixture->store, today, blanks[i], 0, &error) != 0, error);
    }
  for (guint i = 0; i < HEARTH_BARRIER_TITLE_MAX + 1; i++)
    g_string_append (long_title, "é");
  {
    g_autoptr(GError) error = NULL;

    assert_refused (hearth_barrier_raise (fixture->store, today, long_title->str, 0, &error) != 0, error);
    g_clear_error (&error);
    assert_refused (hearth_barrier_check_title (long_title->str, &error), error);
  }
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, 0);

  /* 120 characters of two bytes each fit: the limit is in characters, and
   * spaces round it do not count. */
  g_string_truncate (long_title, HEARTH_BARRIER_TITLE_MAX * 2);
  g_string_append (long_title, "   ");
  raise_barrier (fixture, today, long_title->str);

  /* Odd characters are kept as typed, trimmed. */
  fresh = raise_barrier (fixture, today, odd_title);
  odd = query_text (fixture, "SELECT title FROM barriers WHERE id = %" G_GINT64_FORMAT, fresh);
  g_assert_cmpstr (odd, ==, "שלום — Cafe\u0301 👩‍👧 «forms»");

  /* A new barrier: raised, first seen here, logged. */
  forms = raise_barrier (fixture, earlier, "Forms ask twice");
  g_assert_cmpint (query (fixture, "SELECT weight = 1 AND status = 'raised' AND first_session_id = %"
                                   G_GINT64_FORMAT " AND last_update_at = %" G_GINT64_FORMAT
                                   " FROM barriers WHERE id = %" G_GINT64_FORMAT,
                                   earlier, NOW, forms), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates WHERE barrier_id = %"
                                   G_GINT64_FORMAT " AND status_to = 'raised' AND status_from IS NULL"
                                   " AND author_id = 1 AND at = %" G_GINT64_FORMAT " AND session_id = %"
                                   G_GINT64_FORMAT, forms, NOW, earlier), ==, 1);

  /* Raised again in the same session: it is on the board already. */
  {
    g_autoptr(GError) error = NULL;

    assert_refused (hearth_barrier_raise (fixture->store, earlier, " FORMS ask twice", 0, &error) != 0,
                    error);
  }

  /* Raised again today, in other case and spacing: linked, weightier, not
   * duplicated. */
  g_assert_true (hearth_barrier_find_raised_before (fixture->store, today, "  forms ASK twice ",
                                                    &found, NULL));
  g_assert_cmpint (found, ==, forms);
  again = raise_barrier (fixture, today, "  forms ASK twice ");
  g_assert_cmpint (again, ==, forms);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE title LIKE 'forms%%'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT raised_here FROM stopshop_session_barriers"
                                   " WHERE session_id = %" G_GINT64_FORMAT " AND barrier_id = %"
                                   G_GINT64_FORMAT, today, forms), ==, 1);
  g_assert_true (hearth_barrier_find_raised_before (fixture->store, today, "Forms ask twice",
                                                    &found, NULL));
  g_assert_cmpint (found, ==, 0);
  title = query_text (fixture, "SELECT title FROM barriers WHERE id = %" G_GINT64_FORMAT, forms);
  g_assert_cmpstr (title, ==, "Forms ask twice");

  /* Chosen by the facilitator, whatever was typed. */
  {
    g_autoptr(GError) error = NULL;
    gint64 third = new_session (fixture, "2026-11-29", 0);

    go_to (fixture, third, "stop");
    chosen = hearth_barrier_raise (fixture->store, third, "The double forms thing", forms, &error);
    g_assert_no_error (error);
    g_assert_cmpint (chosen, ==, forms);
    g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 3);
    g_assert_cmpint (query (fixture, "SELECT max (position) FROM stopshop_session_barriers"
                                     " WHERE session_id = %" G_GINT64_FORMAT, third), ==, 0);
    assert_refused (hearth_barrier_raise (fixture->store, third, NULL, forms, &error) != 0, error);

    /* A closed session takes no more barriers. */
    while (hearth_session_next_phase (fixture->store, third, NULL))
      ;
    g_clear_error (&error);
    assert_refused_as (hearth_barrier_raise (fixture->store, third, "Late one", 0, &error) != 0, error,
                       HEARTH_ERROR_CONFLICT);
  }

  /* A parked barrier is not open: the same words make a new one. */
  parked = raise_barrier (fixture, earlier, "Needs a national change");
  g_assert_true (hearth_barrier_set_status (fixture->store, parked, "parked", "Out of our hands", 0, NULL));
  fresh = raise_barrier (fixture, today, "needs a national change");
  g_assert_cmpint (fresh, !=, parked);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, parked), ==, 1);
  /* Positions run in the order raised. */
  g_assert_cmpint (query (fixture, "SELECT group_concat (position) FROM (SELECT position FROM"
                                   " stopshop_session_barriers WHERE session_id = %" G_GINT64_FORMAT
                                   " ORDER BY position)", today), ==, 0);
  {
    g_autofree char *positions = query_text (fixture,
      "SELECT group_concat (position, ',') FROM (SELECT position FROM stopshop_session_barriers"
      " WHERE session_id = %" G_GINT64_FORMAT " ORDER BY barrier_id)", today);

    g_assert_cmpstr (positions, ==, "0,1,2,3");
  }
}

static void
test_merge_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *after = NULL;
  gint64 earlier = new_session (fixture, "2026-10-01", 5);
  gint64 today = new_session (fixture, "2026-11-22", 5);
  gint64 forms, paper, phones, lonely;

  /* Earlier: "paper forms" and "phones", voted on. Today: "forms" raised
   * again and "paper forms" too, and "lonely" only today. */
  go_to (fixture, earlier, "stop");
  paper = raise_barrier (fixture, earlier, "Paper forms");
  phones = raise_barrier (fixture, earlier, "Phones drop out");
  go_to (fixture, earlier, "collaborate");
  go_to (fixture, earlier, "listen");
  vote (fixture, earlier, paper, 4);
  vote (fixture, earlier, phones, 1);
  go_to (fixture, earlier, "act");
  go_to (fixture, earlier, "closed");

  go_to (fixture, today, "stop");
  forms = raise_barrier (fixture, today, "Forms ask twice");
  g_assert_cmpint (raise_barrier (fixture, today, "paper forms"), ==, paper);
  lonely = raise_barrier (fixture, today, "Nobody to ask out of hours");
  go_to (fixture, today, "collaborate");
  go_to (fixture, today, "listen");
  vote (fixture, today, forms, 3);
  vote (fixture, today, paper, 2);
  vote (fixture, today, lonely, 1);

  before = dup_board (fixture);
  g_test_message ("Before: %s", before);

  /* Paper forms (weight 2, in both sessions) into forms (weight 1, today
   * only). */
  g_assert_true (hearth_barrier_merge (fixture->store, paper, forms, &error));
  g_assert_no_error (error);
  merged = dup_board (fixture);
  g_test_message ("Merged: %s", merged);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT merged_into_id FROM barriers WHERE id = %" G_GINT64_FORMAT,
                          paper), ==, forms);
  g_assert_cmpuint (votes_of (fixture, today, forms), ==, 5);
  g_assert_cmpuint (votes_of (fixture, earlier, forms), ==, 4);
  g_assert_cmpuint (votes_of (fixture, today, paper), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE barrier_id = %"
                                   G_GINT64_FORMAT, paper), ==, 0);
  /* Each session's total is what it was. */
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = %"
                                   G_GINT64_FORMAT, today), ==, 6);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = %"
                                   G_GINT64_FORMAT, earlier), ==, 5);

  /* Hidden from the log, found under the one it joined. */
  {
    g_autoptr(HearthQueryModel) log = hearth_barrier_query_new (fixture->store);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 3);
    g_assert_cmpuint (hearth_query_model_find_id (log, paper), ==, G_MAXUINT);
    g_assert_cmpuint (hearth_query_model_get_id (log, 0), ==, forms);
  }

  /* Refused: into itself, from or into a merged one, twice. */
  assert_refused (hearth_barrier_merge (fixture->store, forms, forms, &error), error);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_merge (fixture->store, paper, lonely, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_merge (fixture->store, lonely, paper, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  after = dup_board (fixture);
  g_assert_cmpstr (after, ==, merged);
  g_clear_pointer (&after, g_free);

  /* Undone: exactly what was there. */
  g_assert_true (hearth_barrier_undo_merge (fixture->store, paper, &error));
  g_assert_no_error (error);
  after = dup_board (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_merges"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_merge_sessions"), ==, 0);
  assert_refused_as (hearth_barrier_undo_merge (fixture->store, paper, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Merges undone in reverse order: the last first. */
  g_assert_true (hearth_barrier_merge (fixture->store, lonely, phones, NULL));
  g_assert_true (hearth_barrier_merge (fixture->store, phones, forms, NULL));
  assert_refused_as (hearth_barrier_undo_merge (fixture->store, lonely, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 3);
  g_assert_true (hearth_barrier_undo_merge (fixture->store, phones, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_barrier_undo_merge (fixture->store, lonely, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = dup_board (fixture);
  g_assert_cmpstr (after, ==, before);

  /* Votes taken back after a merge are not given back twice: the
   * session's total stays as it is. */
  g_assert_true (hearth_barrier_merge (fixture->store, lonely, forms, NULL));
  g_assert_cmpuint (votes_of (fixture, today, forms), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (hearth_session_vote (fixture->store, today, forms, -1, NULL));
  g_assert_true (hearth_barrier_undo_merge (fixture->store, lonely, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (votes_of (fixture, today, forms), ==, 0);
  g_assert_cmpuint (votes_of (fixture, today, lonely), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = %"
                                   G_GINT64_FORMAT, today), ==, 2);
}

static void
test_votes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = new_session (fixture, "2026-11-22", 0);
  gint64 other = new_session (fixture, "2026-11-22", 3);
  gint64 forms, phones, elsewhere;
  guint cast = 0, limit = 0;

  go_to (fixture, id, "stop");
  forms = raise_barrier (fixture, id, "Forms ask twice");
  phones = raise_barrier (fixture, id, "Phones drop out");
  go_to (fixture, other, "stop");
  elsewhere = raise_barrier (fixture, other, "Somewhere else");

  /* Not before the Listen phase. */
  assert_refused_as (hearth_session_vote (fixture->store, id, forms, 1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  go_to (fixture, id, "collaborate");
  go_to (fixture, id, "listen");

  /* Not before the number of people voting is known. */
  assert_refused_as (hearth_session_vote (fixture->store, id, forms, 1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (hearth_session_set_voters (fixture->store, id, 2, &error));
  g_assert_no_error (error);

  /* Never below zero. */
  assert_refused_as (hearth_session_vote (fixture->store, id, forms, -1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  /* Only on the session's own barriers. */
  assert_refused_as (hearth_session_vote (fixture->store, id, elsewhere, 1, &error), error,
                     HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* 3 votes each for 2 people: 6 in all, however they are spread. */
  vote (fixture, id, forms, 5);
  vote (fixture, id, phones, 1);
  assert_refused_as (hearth_session_vote (fixture->store, id, phones, 1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused_as (hearth_session_vote (fixture->store, id, forms, 1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (hearth_session_get_vote_totals (fixture->store, id, &cast, &limit, &error));
  g_assert_cmpuint (cast, ==, 6);
  g_assert_cmpuint (limit, ==, 6);

  /* Taking one back frees it for another barrier. */
  g_assert_true (hearth_session_vote (fixture->store, id, forms, -1, &error));
  vote (fixture, id, phones, 1);
  g_assert_cmpuint (votes_of (fixture, id, forms), ==, 4);
  g_assert_cmpuint (votes_of (fixture, id, phones), ==, 2);

  /* Fewer people, or fewer votes each, than the votes cast: refused. */
  assert_refused (hearth_session_set_voters (fixture->store, id, 1, &error), error);
  g_clear_error (&error);
  {
    HearthSessionFields fields;

    hearth_session_fields_init (&fields);
    fields.held_on = "2026-11-22";
    fields.voters = 2;
    fields.votes_per_person = 2;
    assert_refused (hearth_session_update (fixture->store, id, &fields, &error), error);
    g_clear_error (&error);
    /* Skipping the vote while voting is refused too. */
    fields.votes_per_person = 0;
    fields.voters = 20;
    assert_refused (hearth_session_update (fixture->store, id, &fields, &error), error);
    g_clear_error (&error);
  }
  g_assert_cmpint (query (fixture, "SELECT voters * 10 + votes_per_person FROM stopshop_sessions"
                                   " WHERE id = %" G_GINT64_FORMAT, id), ==, 23);

  /* More people: more votes. */
  g_assert_true (hearth_session_set_voters (fixture->store, id, 3, &error));
  vote (fixture, id, phones, 3);
  assert_refused_as (hearth_session_vote (fixture->store, id, phones, 1, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT sum (votes) FROM stopshop_session_barriers WHERE session_id = %"
                                   G_GINT64_FORMAT, id), ==, 9);

  /* The top barriers: most votes, then weight. */
  {
    g_autoptr(GArray) top = hearth_session_dup_top_barrier_ids (fixture->store, id, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (top->len, ==, 1);
    g_assert_cmpint (g_array_index (top, gint64, 0), ==, phones);
    g_clear_pointer (&top, g_array_unref);
    top = hearth_session_dup_top_barrier_ids (fixture->store, id, 0, &error);
    g_assert_cmpuint (top->len, ==, 2);
    g_assert_cmpint (g_array_index (top, gint64, 1), ==, forms);
  }

  /* Only totals are kept: the tables have no column for who voted. */
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM pragma_table_info ('stopshop_session_barriers')"
                                   " WHERE name LIKE '%%staff%%' OR name LIKE '%%voter%%'"
                                   " OR name LIKE '%%by%%'"), ==, 0);
}

static void
test_status_and_log (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *reason = NULL;
  gint64 id = new_session (fixture, "2026-11-22", 0);
  gint64 forms;

  go_to (fixture, id, "stop");
  forms = raise_barrier (fixture, id, "Forms ask twice");

  /* Refused: an unknown status, the same status, parked without a reason. */
  assert_refused (hearth_barrier_set_status (fixture->store, forms, "solved", NULL, 0, &error), error);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_set_status (fixture->store, forms, "raised", NULL, 0, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused (hearth_barrier_set_status (fixture->store, forms, "parked", " \n ", 0, &error), error);
  g_clear_error (&error);
  assert_refused (hearth_barrier_set_status (fixture->store, forms, "parked", NULL, 0, &error), error);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, 1);

  hearth_store_set_clock (fixture->store, NOW + DAY);
  hearth_store_set_actor (fixture->store, 2);
  g_assert_true (hearth_barrier_set_status (fixture->store, forms, "understood",
                                            "Talked it through", id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT last_update_at FROM barriers"), ==, NOW + DAY);

  /* The Act phase: an owner and a first action agree the action. */
  hearth_store_set_clock (fixture->store, NOW + 2 * DAY);
  assert_refused (hearth_barrier_set_action (fixture->store, forms, 3, "Ask", NULL, id, &error), error);
  g_clear_error (&error);
  assert_refused (hearth_barrier_set_action (fixture->store, forms, 2, "Ask", "2026-13-01", id, &error),
                  error);
  g_clear_error (&error);
  g_assert_true (hearth_barrier_set_action (fixture->store, forms, 2, " One form for both ",
                                            "2026-12-18", id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT owner_id = 2 AND first_action = 'One form for both'"
                                   " AND action_due_on = '2026-12-18' AND status = 'action-agreed'"
                                   " FROM barriers"), ==, 1);

  hearth_store_set_clock (fixture->store, NOW + 3 * DAY);
  g_assert_true (hearth_barrier_set_status (fixture->store, forms, "in-progress", NULL, 0, &error));
  g_assert_cmpint (hearth_barrier_add_update (fixture->store, forms, "Draft form with the team", 0,
                                              &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_barrier_add_update (fixture->store, forms, "   ", 0, &error), ==, 0);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  hearth_store_set_clock (fixture->store, NOW + 4 * DAY);
  g_assert_true (hearth_barrier_set_status (fixture->store, forms, "removed", "Gone for good", 0, &error));
  g_assert_cmpint (query (fixture, "SELECT removed_at FROM barriers"), ==, NOW + 4 * DAY);

  /* Parked, with its reason; back out of parked, the reason goes. */
  hearth_store_set_clock (fixture->store, NOW + 5 * DAY);
  g_assert_true (hearth_barrier_set_status (fixture->store, forms, "parked", " Needs a law change ",
                                            0, &error));
  g_assert_no_error (error);
  reason = query_text (fixture, "SELECT parked_reason FROM barriers");
  g_assert_cmpstr (reason, ==, "Needs a law change");
  g_assert_cmpint (query (fixture, "SELECT removed_at IS NULL FROM barriers"), ==, 1);
  g_assert_true (hearth_barrier_set_status (fixture->store, forms, "raised", NULL, 0, &error));
  g_assert_cmpint (query (fixture, "SELECT parked_reason = '' FROM barriers"), ==, 1);

  /* The whole log, in order: who, when, from, to, and what was said. */
  log = query_text (fixture,
    "SELECT group_concat (x, '\n') FROM (SELECT ((at - 1795348800) / 86400) || ' ' || author_id || ' '"
    "  || coalesce (status_from, '-') || ' ' || coalesce (status_to, '-') || ' ' || text AS x"
    "  FROM barrier_updates ORDER BY id)");
  g_assert_cmpstr (log, ==,
                   "0 1 - raised \n"
                   "1 2 raised understood Talked it through\n"
                   "2 2 understood action-agreed One form for both\n"
                   "3 2 action-agreed in-progress \n"
                   "3 2 - - Draft form with the team\n"
                   "4 2 in-progress removed Gone for good\n"
                   "5 2 removed parked Needs a law change\n"
                   "5 2 parked raised ");
  /* The last line of the log is the barrier's last update. */
  g_assert_cmpint (query (fixture, "SELECT last_update_at = (SELECT max (at) FROM barrier_updates)"
                                   " FROM barriers"), ==, 1);

  /* Another date and no owner for now is not news: no line, no later
   * update, and without an owner the action is not agreed. */
  hearth_store_set_clock (fixture->store, NOW + 6 * DAY);
  g_assert_true (hearth_barrier_set_action (fixture->store, forms, 0, "One form for both",
                                            "2027-01-08", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT action_due_on = '2027-01-08' AND owner_id IS NULL"
                                   " AND status = 'raised' AND last_update_at = %"
                                   G_GINT64_FORMAT " AND updated_at = %" G_GINT64_FORMAT
                                   " FROM barriers", NOW + 5 * DAY, NOW + 6 * DAY), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, 8);

  /* The read model shows the same log, newest first, with who wrote it. */
  {
    g_autoptr(HearthQueryModel) updates = hearth_barrier_update_query_new (fixture->store);
    g_autoptr(HearthBarrierUpdate) latest = NULL;
    g_autoptr(HearthBarrierUpdate) note = NULL;
    g_autoptr(HearthBarrierUpdate) first = NULL;

    hearth_query_model_set_param (updates, ":barrier_id", g_variant_new_int64 (forms));
    hearth_query_model_set_sort (updates, "newest");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (updates)), ==, 8);
    latest = g_list_model_get_item (G_LIST_MODEL (updates), 0);
    g_assert_cmpstr (hearth_barrier_update_get_status_from (latest), ==, "parked");
    g_assert_cmpstr (hearth_barrier_update_get_status_to (latest), ==, "raised");
    g_assert_cmpint (hearth_barrier_update_get_at (latest), ==, NOW + 5 * DAY);
    note = g_list_model_get_item (G_LIST_MODEL (updates), 3);
    g_assert_cmpstr (hearth_barrier_update_get_text (note), ==, "Draft form with the team");
    g_assert_cmpstr (hearth_barrier_update_get_status_to (note), ==, "");
    first = g_list_model_get_item (G_LIST_MODEL (updates), 7);
    g_assert_cmpstr (hearth_barrier_update_get_status_to (first), ==, "raised");
    g_assert_cmpint (hearth_barrier_update_get_session_id (first), ==, id);
    g_assert_cmpint (hearth_barrier_update_get_barrier_id (first), ==, forms);
    g_assert_cmpstr (hearth_barrier_update_get_author_name (note), !=, "");
  }
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  gint64 id = new_session (fixture, "2026-11-22", 0);
  HearthBarrierFields fields = { 0 };
  gint64 forms, updated_at;

  go_to (fixture, id, "stop");
  forms = raise_barrier (fixture, id, "Forms ask twice");

  fields.title = " Forms ask the same thing twice ";
  fields.what_happens = "Two forms, same questions";
  fields.effect_on_residents = "Mrs A. filled it in twice and gave up";
  fields.category = "process";
  fields.teams = "Repairs, Income and Money";
  hearth_store_set_clock (fixture->store, NOW + DAY);
  g_assert_true (hearth_barrier_set_details (fixture->store, forms, &fields, &error));
  g_assert_no_error (error);
  row = query_text (fixture, "SELECT title || '|' || category || '|' || teams FROM barriers");
  g_assert_cmpstr (row, ==, "Forms ask the same thing twice|process|Repairs, Income and Money");
  g_assert_cmpint (query (fixture, "SELECT updated_at FROM barriers"), ==, NOW + DAY);

  /* An edit that changes nothing writes nothing. */
  hearth_store_set_clock (fixture->store, NOW + 2 * DAY);
  updated_at = query (fixture, "SELECT count (*) FROM audit_log");
  g_assert_true (hearth_barrier_set_details (fixture->store, forms, &fields, &error));
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, updated_at);
  g_assert_cmpint (query (fixture, "SELECT updated_at FROM barriers"), ==, NOW + DAY);

  fields.category = "bureaucracy";
  assert_refused (hearth_barrier_set_details (fixture->store, forms, &fields, &error), error);
  g_clear_error (&error);
  fields.category = NULL;
  fields.title = "";
  assert_refused (hearth_barrier_set_details (fixture->store, forms, &fields, &error), error);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT category = 'process' FROM barriers"), ==, 1);
  /* No category is "other". */
  fields.title = "Forms";
  g_assert_true (hearth_barrier_set_details (fixture->store, forms, &fields, &error));
  g_assert_cmpint (query (fixture, "SELECT category = 'other' FROM barriers"), ==, 1);
}

/* What the barrier's details dialog saves: everything at once, nothing
 * when a part is refused, and nothing written when nothing changed. */
static void
test_save_edit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *row = NULL;
  gint64 id = new_session (fixture, "2026-11-22", 0);
  HearthBarrierEdit edit = { 0 };
  gint64 forms, audited;

  go_to (fixture, id, "stop");
  forms = raise_barrier (fixture, id, "Forms ask twice");

  /* Understood, then an owner and a first action: agreed, in that order. */
  edit.details.title = "Forms ask the same thing twice";
  edit.details.category = "process";
  edit.status = "understood";
  edit.status_note = "Talked it through";
  edit.owner_id = 2;
  edit.first_action = "One form for both";
  edit.action_due_on = "2026-12-18";
  edit.update = "Raised with the forms team";
  hearth_store_set_clock (fixture->store, NOW + DAY);
  g_assert_true (hearth_barrier_save_edit (fixture->store, forms, &edit, &error));
  g_assert_no_error (error);
  row = query_text (fixture, "SELECT title || '|' || category || '|' || status || '|' || owner_id"
                             " || '|' || first_action || '|' || action_due_on FROM barriers");
  g_assert_cmpstr (row, ==, "Forms ask the same thing twice|process|action-agreed|2|One form for both|"
                            "2026-12-18");
  log = query_text (fixture,
    "SELECT group_concat (x, '\n') FROM (SELECT coalesce (status_from, '-') || ' '"
    "  || coalesce (status_to, '-') || ' ' || text || ' ' || coalesce (session_id, '-') AS x"
    "  FROM barrier_updates ORDER BY id)");
  g_assert_cmpstr (log, ==,
                   "- raised  1\n"
                   "raised understood Talked it through -\n"
                   "understood action-agreed One form for both -\n"
                   "- - Raised with the forms team -");

  /* The same again, with no update: nothing to write, and nothing written. */
  edit.status = "action-agreed";
  edit.status_note = NULL;
  edit.update = "  ";
  audited = query (fixture, "SELECT count (*) FROM audit_log");
  g_assert_true (hearth_barrier_save_edit (fixture->store, forms, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audited);

  /* A refused part undoes the parts before it: a new title and status
   * with a date that does not exist, then parked without a reason. */
  edit.details.title = "Forms";
  edit.status = "in-progress";
  edit.action_due_on = "2026-02-30";
  assert_refused (hearth_barrier_save_edit (fixture->store, forms, &edit, &error), error);
  g_clear_error (&error);
  edit.action_due_on = "2026-12-18";
  edit.status = "parked";
  edit.status_note = " ";
  assert_refused (hearth_barrier_save_edit (fixture->store, forms, &edit, &error), error);
  g_clear_error (&error);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barriers WHERE title = 'Forms ask the same"
                                   " thing twice' AND status = 'action-agreed'"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, 4);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM audit_log"), ==, audited);

  /* An owner who has left the team stays while nobody changes them. */
  g_assert_true (hearth_store_exec (fixture->store, "UPDATE barriers SET owner_id = 3", &error));
  edit.details.title = "Forms ask the same thing twice";
  edit.status = NULL;
  edit.owner_id = 3;
  edit.update = "Still waiting";
  g_assert_true (hearth_barrier_save_edit (fixture->store, forms, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT owner_id FROM barriers"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM barrier_updates"), ==, 5);
}

/* The barrier log: stalled by the store's clock, removed this quarter,
 * filtered by team. */
static void
test_log_queries (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthQueryModel) log = NULL;
  g_autoptr(HearthBarrier) quiet_item = NULL;
  gint64 id = new_session (fixture, "2026-09-01", 0);
  gint64 quiet, busy, parked, removed_old, removed_new;
  HearthBarrierFields fields = { 0 };

  /* Raised 10 weeks ago. */
  hearth_store_set_clock (fixture->store, NOW - 10 * WEEK);
  go_to (fixture, id, "stop");
  quiet = raise_barrier (fixture, id, "Nobody answers the repairs line");
  busy = raise_barrier (fixture, id, "Forms ask twice");
  parked = raise_barrier (fixture, id, "Needs a national change");
  removed_old = raise_barrier (fixture, id, "Two systems for one address");
  removed_new = raise_barrier (fixture, id, "Keys held at the depot");
  fields.title = "Forms ask twice";
  fields.teams = "Repairs, Income and Money";
  g_assert_true (hearth_barrier_set_details (fixture->store, busy, &fields, NULL));
  fields.title = "Keys held at the depot";
  fields.teams = "income and money ,Tenancy";
  g_assert_true (hearth_barrier_set_details (fixture->store, removed_new, &fields, NULL));
  g_assert_true (hearth_barrier_set_status (fixture->store, parked, "parked", "Not ours", 0, NULL));

  /* 2026-09-20: removed in the last quarter. */
  hearth_store_set_clock (fixture->store, G_GINT64_CONSTANT (1789905600));
  g_assert_true (hearth_barrier_set_status (fixture->store, removed_old, "removed", NULL, 0, NULL));
  /* Three weeks ago, news of one; a week ago, one removed. */
  hearth_store_set_clock (fixture->store, NOW - 3 * WEEK);
  g_assert_cmpint (hearth_barrier_add_update (fixture->store, busy, "Meeting booked", 0, NULL), >, 0);
  hearth_store_set_clock (fixture->store, NOW - WEEK);
  g_assert_true (hearth_barrier_set_status (fixture->store, removed_new, "removed", NULL, 0, NULL));
  hearth_store_set_clock (fixture->store, NOW);

  log = hearth_barrier_query_new (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 5);

  /* Stalled after 6 weeks: only the quiet one (the parked one is not open,
   * the busy one had news). */
  hearth_query_model_set_param (log, ":stall_weeks", g_variant_new_int32 (6));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (log, 0), ==, quiet);
  quiet_item = g_list_model_get_item (G_LIST_MODEL (log), 0);
  g_assert_true (hearth_barrier_is_stalled (quiet_item, NOW, 6));
  g_assert_false (hearth_barrier_is_stalled (quiet_item, NOW, 11));
  g_assert_false (hearth_barrier_is_stalled (quiet_item, NOW - 5 * WEEK, 6));
  /* After 2 weeks: the busy one too. */
  hearth_query_model_set_param (log, ":stall_weeks", g_variant_new_int32 (2));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
  /* The clock moves on: 4 more weeks and the busy one has stalled at 6. */
  hearth_store_set_clock (fixture->store, NOW + 4 * WEEK);
  hearth_query_model_set_param (log, ":stall_weeks", g_variant_new_int32 (6));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
  /* News un-stalls it. */
  g_assert_cmpint (hearth_barrier_add_update (fixture->store, quiet, "Owner chasing", 0, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (log, 0), ==, busy);
  hearth_query_model_set_param (log, ":stall_weeks", NULL);
  hearth_store_set_clock (fixture->store, NOW);

  /* Removed this quarter (October to December): not the September one. */
  g_assert_cmpint (hearth_barrier_quarter_start (NOW), <=, NOW - WEEK);
  g_assert_cmpint (hearth_barrier_quarter_start (NOW), >, G_GINT64_CONSTANT (1789905600));
  hearth_query_model_set_param (log, ":removed_since",
                                g_variant_new_int64 (hearth_barrier_quarter_start (NOW)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (log, 0), ==, removed_new);
  hearth_query_model_set_param (log, ":removed_since", NULL);

  /* By team affected, ignoring case and spacing; part of a name is not a team. */
  hearth_query_model_set_param (log, ":team", g_variant_new_string ("Income and Money"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
  hearth_query_model_set_param (log, ":team", g_variant_new_string ("tenancy"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 1);
  g_assert_cmpint (hearth_query_model_get_id (log, 0), ==, removed_new);
  hearth_query_model_set_param (log, ":team", g_variant_new_string ("Income"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 0);
  hearth_query_model_set_param (log, ":team", NULL);

  /* By status, and open only. */
  hearth_query_model_set_param (log, ":status", g_variant_new_string ("removed"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
  hearth_query_model_set_param (log, ":status", NULL);
  hearth_query_model_set_param (log, ":open_only", g_variant_new_boolean (TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (log)), ==, 2);
}

/* What the lists show of a session and its board as it runs. */
static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthQueryModel) sessions = hearth_stopshop_session_query_new (fixture->store);
  g_autoptr(HearthQueryModel) board = hearth_barrier_query_new (fixture->store);
  g_autoptr(HearthStopShopSession) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 earlier = new_session (fixture, "2026-10-01", 4);
  gint64 id = new_session (fixture, "2026-11-22", 3);
  gint64 old, first, second, third;
  HearthSessionFields fields;

  go_to (fixture, earlier, "stop");
  old = raise_barrier (fixture, earlier, "Raised long ago");
  go_to (fixture, earlier, "collaborate");
  go_to (fixture, earlier, "listen");
  vote (fixture, earlier, old, 9);

  hearth_session_fields_init (&fields);
  fields.held_on = "2026-11-22";
  fields.voters = 3;
  fields.stall_weeks = 8;
  fields.phase_minutes = 12;
  g_assert_true (hearth_session_update (fixture->store, id, &fields, &error));
  g_assert_no_error (error);
  go_to (fixture, id, "stop");
  first = raise_barrier (fixture, id, "First on the board");
  second = raise_barrier (fixture, id, "Second on the board");
  third = raise_barrier (fixture, id, "Raised long ago");
  g_assert_cmpint (third, ==, old);
  go_to (fixture, id, "collaborate");
  go_to (fixture, id, "listen");
  vote (fixture, id, second, 4);
  vote (fixture, id, first, 1);

  g_assert_cmpint (hearth_query_model_get_id (sessions, 0), ==, id);
  item = g_list_model_get_item (G_LIST_MODEL (sessions), 0);
  g_assert_cmpuint (hearth_stopshop_session_get_voters (item), ==, 3);
  g_assert_cmpuint (hearth_stopshop_session_get_stall_weeks (item), ==, 8);
  g_assert_cmpuint (hearth_stopshop_session_get_phase_minutes (item), ==, 12);
  g_assert_cmpuint (hearth_stopshop_session_get_votes_cast (item), ==, 5);
  g_assert_cmpuint (hearth_stopshop_session_get_barrier_count (item), ==, 3);
  g_assert_cmpint (hearth_stopshop_session_get_closed_at (item), ==, 0);
  /* The item follows the session as it changes. */
  vote (fixture, id, first, 1);
  g_assert_cmpuint (hearth_stopshop_session_get_votes_cast (item), ==, 6);
  go_to (fixture, id, "act");
  go_to (fixture, id, "closed");
  g_assert_cmpint (hearth_stopshop_session_get_closed_at (item), ==, NOW);
  g_assert_cmpstr (hearth_stopshop_session_get_phase (item), ==, "closed");

  /* The board in the order raised, and by this session's votes (the old
   * barrier's 9 votes were at the earlier session). */
  hearth_query_model_set_param (board, ":session_id", g_variant_new_int64 (id));
  hearth_query_model_set_sort (board, "board");
  g_assert_cmpint (hearth_query_model_get_id (board, 0), ==, first);
  g_assert_cmpint (hearth_query_model_get_id (board, 1), ==, second);
  g_assert_cmpint (hearth_query_model_get_id (board, 2), ==, old);
  hearth_query_model_set_sort (board, "votes");
  g_assert_cmpint (hearth_query_model_get_id (board, 0), ==, second);
  g_assert_cmpint (hearth_query_model_get_id (board, 1), ==, first);
  g_assert_cmpint (hearth_query_model_get_id (board, 2), ==, old);
  /* Across all sessions, the old one's votes count. */
  hearth_query_model_set_param (board, ":session_id", NULL);
  g_assert_cmpint (hearth_query_model_get_id (board, 0), ==, old);
}

/* A barrier raised by mistake is taken back, and only then. */
/* The log's filters offer the owners and teams of the barriers in the log,
 * not of those deleted or merged into another, and follow the log. */
static char *
list_text (GListModel *list)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (list, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%s;", hearth_lookup_item_get_id (item),
                              hearth_lookup_item_get_name (item));
    }

  return g_string_free (text, FALSE);
}

static void
count_items_changed (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) owners = hearth_barrier_owner_list_new (fixture->store, &error);
  g_autoptr(GListModel) teams = NULL;
  g_autofree char *text = NULL;
  guint n_owner_changes = 0, n_team_changes = 0;

  g_assert_no_error (error);
  teams = hearth_barrier_team_list_new (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (owners), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, 0);
  g_signal_connect (owners, "items-changed", G_CALLBACK (count_items_changed), &n_owner_changes);
  g_signal_connect (teams, "items-changed", G_CALLBACK (count_items_changed), &n_team_changes);

  /* Written as one change, as a bulk import would be. */
  {
    g_autoptr(HearthTransaction) tx = hearth_store_begin_transaction (fixture->store, &error);

    g_assert_no_error (error);
    g_assert_true (hearth_store_exec (fixture->store,
      "INSERT INTO barriers (id, title, teams, owner_id) VALUES"
      "  (1, 'Forms ask twice', 'Repairs, Income and Money', 2),"
      "  (2, 'Keys held at the depot', 'Repairs, Income and Money', 2),"
      "  (3, 'Two systems for one address', 'Tenancy', 3),"
      "  (4, 'Nobody answers the line', '  ', NULL),"
      "  (5, 'Deleted one', 'Housing Options', 1),"
      "  (6, 'Merged one', 'Lettings', 1);"
      "UPDATE barriers SET deleted_at = 1 WHERE id = 5;"
      "UPDATE barriers SET merged_into_id = 1 WHERE id = 6;", &error));
    g_assert_no_error (error);
    hearth_store_note_change (fixture->store, "barriers", 0, HEARTH_CHANGE_INSERT);
    g_assert_true (hearth_transaction_commit (g_steal_pointer (&tx), &error));
    g_assert_no_error (error);
  }

  /* Each owner once, by name; each way the teams are written once, in the
   * order they were first written. */
  g_assert_cmpuint (n_owner_changes, ==, 1);
  g_assert_cmpuint (n_team_changes, ==, 1);
  text = list_text (owners);
  g_assert_cmpstr (text, ==, "3:Grace Okafor;2:Tomasz Nowak;");
  g_clear_pointer (&text, g_free);
  text = list_text (teams);
  g_assert_cmpstr (text, ==, "1:Repairs, Income and Money;3:Tenancy;");
  g_clear_pointer (&text, g_free);

  /* A barrier given to someone else: the owners follow, the teams stay. */
  g_assert_true (hearth_barrier_set_action (fixture->store, 3, 2, "", NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_owner_changes, ==, 2);
  g_assert_cmpuint (n_team_changes, ==, 1);
  text = list_text (owners);
  g_assert_cmpstr (text, ==, "2:Tomasz Nowak;");
  g_clear_pointer (&text, g_free);

  /* A colleague renamed: the owners follow, though no barrier changed. */
  g_assert_true (hearth_store_write (fixture->store, &error, "staff", HEARTH_CHANGE_UPDATE, 2,
                                     "UPDATE staff SET name = 'Tomasz Nowak-Bell' WHERE id = 2", "") != 0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_owner_changes, ==, 3);
  text = list_text (owners);
  g_assert_cmpstr (text, ==, "2:Tomasz Nowak-Bell;");
  g_clear_pointer (&text, g_free);

  /* Teams written anew. */
  {
    HearthBarrierFields fields = { "Two systems for one address", NULL, NULL, NULL, "Lettings" };

    g_assert_true (hearth_barrier_set_details (fixture->store, 3, &fields, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (n_team_changes, ==, 2);
  text = list_text (teams);
  g_assert_cmpstr (text, ==, "1:Repairs, Income and Money;3:Lettings;");
}

static void
test_withdraw (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 earlier = new_session (fixture, "2026-10-01", 2);
  gint64 today = new_session (fixture, "2026-11-22", 2);
  gint64 forms, slip, again, voted, noted;

  go_to (fixture, earlier, "stop");
  forms = raise_barrier (fixture, earlier, "Forms ask twice");
  go_to (fixture, today, "stop");

  /* New here and untouched: deleted, off the board, and not linked when
   * the same words are raised again. */
  slip = raise_barrier (fixture, today, "asdf");
  g_assert_true (hearth_barrier_withdraw (fixture->store, today, slip, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT deleted_at FROM barriers WHERE id = %" G_GINT64_FORMAT, slip),
                   ==, NOW);
  g_assert_cmpint (query (fixture, "SELECT count (*) FROM stopshop_session_barriers WHERE barrier_id = %"
                                   G_GINT64_FORMAT, slip), ==, 0);
  again = raise_barrier (fixture, today, "asdf");
  g_assert_cmpint (again, !=, slip);

  /* Raised before: back to its old weight, still on its first board. */
  g_assert_cmpint (raise_barrier (fixture, today, "forms ask twice"), ==, forms);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 2);
  g_assert_true (hearth_barrier_withdraw (fixture->store, today, forms, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT weight FROM barriers WHERE id = %" G_GINT64_FORMAT, forms), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT group_concat (session_id) FROM stopshop_session_barriers"
                                   " WHERE barrier_id = %" G_GINT64_FORMAT, forms), ==, earlier);
  g_assert_cmpint (query (fixture, "SELECT deleted_at IS NULL FROM barriers WHERE id = %" G_GINT64_FORMAT,
                          forms), ==, 1);

  /* Refused, writing nothing: not raised here, voted on, moved on. */
  voted = raise_barrier (fixture, today, "Voted on");
  noted = raise_barrier (fixture, today, "Has news");
  g_assert_cmpint (hearth_barrier_add_update (fixture->store, noted, "Spoke to the owner", today, NULL),
                   >, 0);
  go_to (fixture, today, "collaborate");
  go_to (fixture, today, "listen");
  vote (fixture, today, voted, 1);
  before = dup_board (fixture);
  assert_refused_as (hearth_barrier_withdraw (fixture->store, today, forms, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_withdraw (fixture->store, today, voted, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_withdraw (fixture->store, today, noted, &error), error,
                     HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_refused_as (hearth_barrier_withdraw (fixture->store, today, slip, &error), error,
                     HEARTH_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = dup_board (fixture);
  g_assert_cmpstr (after, ==, before);

  /* Votes taken back, it can go. */
  g_assert_true (hearth_session_vote (fixture->store, today, voted, -1, NULL));
  g_assert_true (hearth_barrier_withdraw (fixture->store, today, voted, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stopshop-changes/session/create", Fixture, NULL,
              fixture_set_up, test_session_create, fixture_tear_down);
  g_test_add ("/stopshop-changes/session/phases", Fixture, NULL,
              fixture_set_up, test_phases, fixture_tear_down);
  g_test_add ("/stopshop-changes/session/step-back-clears-votes", Fixture, NULL,
              fixture_set_up, test_step_back_clears_votes, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/raise", Fixture, NULL,
              fixture_set_up, test_raise, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/merge-and-undo", Fixture, NULL,
              fixture_set_up, test_merge_and_undo, fixture_tear_down);
  g_test_add ("/stopshop-changes/session/votes", Fixture, NULL,
              fixture_set_up, test_votes, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/status-and-log", Fixture, NULL,
              fixture_set_up, test_status_and_log, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/details", Fixture, NULL,
              fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/save-edit", Fixture, NULL,
              fixture_set_up, test_save_edit, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/log-queries", Fixture, NULL,
              fixture_set_up, test_log_queries, fixture_tear_down);

  g_test_add ("/stopshop-changes/barrier/choices", Fixture, NULL,
              fixture_set_up, test_choices, fixture_tear_down);
  g_test_add ("/stopshop-changes/barrier/withdraw", Fixture, NULL,
              fixture_set_up, test_withdraw, fixture_tear_down);
  g_test_add ("/stopshop-changes/lists", Fixture, NULL,
              fixture_set_up, test_lists, fixture_tear_down);

  return g_test_run ();
}
