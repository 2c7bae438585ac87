/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running a 360° feedback cycle: setting it up, asking people, closing and
 * releasing it. What raters write is linked to them only while it is a
 * draft; see the submission below for how it stops being linked.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-feedback-changes.h"

static const char *const relationships[] = {
  "self", "manager", "peer", "direct-report", "partner", "resident",
};

static const char *const statuses[] = { "invited", "started", "submitted", "declined" };

static gboolean
refuse (GError      **error,
        HearthError   code,
        const char   *message)
{
  g_set_error_literal (error, HEARTH_ERROR, code, message);
  return FALSE;
}

static gboolean
refuse_not_utf8 (GError **error)
{
  return refuse (error, HEARTH_ERROR_INVALID,
                 _("The text holds characters that cannot be saved; type it again"));
}

/* A calendar date written YYYY-MM-DD that exists. */
static gboolean
date_is_valid (const char *text)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);

  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* A random number for ids, seeds and secrets, from SQLite's own source of
 * randomness. */
static guint64
random_number (void)
{
  guint64 value = 0;

  sqlite3_randomness (sizeof value, &value);
  return value;
}

static char *
dup_random_hex (gsize n_bytes)
{
  g_autofree guint8 *bytes = g_malloc (n_bytes);
  GString *hex = g_string_sized_new (n_bytes * 2);

  sqlite3_randomness ((int) n_bytes, bytes);
  for (gsize i = 0; i < n_bytes; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

const char *
hearth_relationship_to_string (HearthRelationship relationship)
{
  g_return_val_if_fail (relationship < HEARTH_N_RELATIONSHIPS, NULL);

  return relationships[relationship];
}

gboolean
hearth_relationship_from_string (const char         *text,
                                 HearthRelationship *relationship)
{
  for (guint i = 0; i < G_N_ELEMENTS (relationships); i++)
    {
      if (g_strcmp0 (text, relationships[i]) == 0)
        {
          if (relationship != NULL)
            *relationship = (HearthRelationship) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
hearth_relationship_get_label (HearthRelationship relationship)
{
  switch (relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
      return C_("relationship", "Self");
    case HEARTH_RELATIONSHIP_MANAGER:
      return C_("relationship", "Manager");
    case HEARTH_RELATIONSHIP_PEER:
      return C_("relationship", "Peer");
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
      return C_("relationship", "Direct report");
    case HEARTH_RELATIONSHIP_PARTNER:
      return C_("relationship", "Partner");
    case HEARTH_RELATIONSHIP_RESIDENT:
      return C_("relationship", "Resident");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hearth_relationship_get_group_label (HearthRelationship relationship)
{
  switch (relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
      return C_("rater group", "Self");
    case HEARTH_RELATIONSHIP_MANAGER:
      return C_("rater group", "Manager");
    case HEARTH_RELATIONSHIP_PEER:
      return C_("rater group", "Peers");
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
      return C_("rater group", "Direct reports");
    case HEARTH_RELATIONSHIP_PARTNER:
      return C_("rater group", "Partners");
    case HEARTH_RELATIONSHIP_RESIDENT:
      return C_("rater group", "Residents");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hearth_rater_status_to_string (HearthRaterStatus status)
{
  g_return_val_if_fail (status < HEARTH_N_RATER_STATUSES, NULL);

  return statuses[status];
}

gboolean
hearth_rater_status_from_string (const char        *text,
                                 HearthRaterStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_strcmp0 (text, statuses[i]) == 0)
        {
          if (status != NULL)
            *status = (HearthRaterStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
hearth_rater_status_get_label (HearthRaterStatus status)
{
  switch (status)
    {
    case HEARTH_RATER_INVITED:
      return C_("rater status", "Invited");
    case HEARTH_RATER_STARTED:
      return C_("rater status", "Started");
    case HEARTH_RATER_SUBMITTED:
      return C_("rater status", "Answered");
    case HEARTH_RATER_DECLINED:
      return C_("rater status", "Declined");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* --- Looking things up ------------------------------------------------------ */

typedef struct {
  gint64    id;
  gint64    subject_id;
  gint64    framework_id;
  gint64    supervisor_id;
  gboolean  open;
  gboolean  released;
  gboolean  development_only;
  gboolean  release_by_person;
} Cycle;

static gboolean
look_up_cycle (HearthStore  *store,
               gint64        cycle_id,
               Cycle        *cycle,
               GError      **error)
{
  gboolean found = FALSE;
  int open = 0, released = 0, development_only = 0, by_person = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT subject_id, framework_id, coalesce (supervisor_id, 0),"
                              " closed_at IS NULL, released_at IS NOT NULL, development_only,"
                              " release_by = 'person' FROM feedback_cycles WHERE id = ?1",
                              "x>xxxiiii", cycle_id, &cycle->subject_id, &cycle->framework_id,
                              &cycle->supervisor_id, &open, &released, &development_only,
                              &by_person))
    return FALSE;

  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This feedback cycle no longer exists; it may have been removed in another "
                     "window"));

  cycle->id = cycle_id;
  cycle->open = open != 0;
  cycle->released = released != 0;
  cycle->development_only = development_only != 0;
  cycle->release_by_person = by_person != 0;
  return TRUE;
}

typedef struct {
  gint64              id;
  gint64              cycle_id;
  gint64              staff_id;
  HearthRelationship  relationship;
  HearthRaterStatus   status;
} Rater;

static gboolean
look_up_rater (HearthStore  *store,
               gint64        rater_id,
               Rater        *rater,
               GError      **error)
{
  g_autofree char *relationship = NULL;
  g_autofree char *status = NULL;
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT cycle_id, coalesce (staff_id, 0), relationship, status"
                              " FROM feedback_raters WHERE id = ?1", "x>xxss",
                              rater_id, &rater->cycle_id, &rater->staff_id, &relationship,
                              &status))
    return FALSE;

  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This rater is no longer in the cycle; they may have been removed in "
                     "another window"));

  rater->id = rater_id;
  if (!hearth_relationship_from_string (relationship, &rater->relationship) ||
      !hearth_rater_status_from_string (status, &rater->status))
    return refuse (error, HEARTH_ERROR_FAILED, _("The rater’s record cannot be read"));

  return TRUE;
}

/* The name of a staff member, for messages; NULL with @error when they
 * are not in the team list. */
static char *
dup_staff_name (HearthStore  *store,
                gint64        staff_id,
                gboolean      active_only,
                GError      **error)
{
  g_autofree char *name = NULL;
  gboolean found = FALSE;
  int active = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name, active FROM staff WHERE id = ?1", "x>si",
                              staff_id, &name, &active))
    return NULL;

  if (!found || (active_only && !active))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("The person chosen is no longer on the team list; choose someone else"));
      return NULL;
    }

  return g_steal_pointer (&name);
}

/* Deletes the rater's draft with secure_delete on, so that its pages are
 * overwritten rather than left behind. The caller's transaction must have
 * secure_delete on; see with_secure_delete(). */
static gboolean
delete_draft (HearthStore  *store,
              gint64        rater_id,
              GError      **error)
{
  return hearth_store_write (store, error, "feedback_draft_ratings", HEARTH_CHANGE_DELETE,
                             rater_id, "DELETE FROM feedback_draft_ratings WHERE rater_id = ?1",
                             "x", rater_id) > 0 &&
         hearth_store_write (store, error, "feedback_drafts", HEARTH_CHANGE_DELETE, rater_id,
                             "DELETE FROM feedback_drafts WHERE rater_id = ?1", "x",
                             rater_id) > 0;
}

/* Turns secure_delete on for the writes that remove or replace a draft,
 * and back as it was afterwards. */
static gboolean
secure_delete_begin (HearthStore  *store,
                     int          *was,
                     GError      **error)
{
  *was = 0;
  return hearth_store_read_row (store, NULL, error, "PRAGMA secure_delete", ">i", was) &&
         hearth_store_exec (store, "PRAGMA secure_delete = ON", error);
}

static void
secure_delete_end (HearthStore *store,
                   int          was)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  if (was == 1)
    return;

  /* A number from SQLite itself, not from anyone's typing. */
  sql = g_strdup_printf ("PRAGMA secure_delete = %d", was);
  if (!hearth_store_exec (store, sql, &error))
    g_debug ("Could not set secure_delete back: %s", error->message);
}

/* --- Cycles ------------------------------------------------------------------- */

/* Checks what a cycle is to be; @cycle_id is 0 for a new cycle. */
static gboolean
check_spec (HearthStore                    *store,
            gint64                          cycle_id,
            const HearthFeedbackCycleSpec  *spec,
            GError                        **error)
{
  g_autofree char *subject = NULL;
  gboolean found = FALSE;
  int archived = 0;
  int n_behaviours = 0;

  if (spec->subject_id <= 0)
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose who the feedback is for"));
  subject = dup_staff_name (store, spec->subject_id, cycle_id == 0, error);
  if (subject == NULL)
    return FALSE;

  if (spec->framework_id <= 0)
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose the framework to give feedback on"));
  if (!hearth_store_read_row (store, &found, error,
                              "SELECT archived, (SELECT count (*) FROM behaviours b"
                              "  WHERE b.framework_id = f.id AND b.removed_at IS NULL)"
                              " FROM frameworks f WHERE id = ?1", "x>ii",
                              spec->framework_id, &archived, &n_behaviours))
    return FALSE;
  if (!found || archived)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("That framework was removed; choose another one"));
  if (n_behaviours == 0)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("That framework has no behaviours yet; add some to it first"));

  if (spec->title != NULL && !g_utf8_validate (spec->title, -1, NULL))
    return refuse_not_utf8 (error);
  if (spec->title != NULL && g_utf8_strlen (spec->title, -1) > HEARTH_FEEDBACK_TITLE_MAX)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("The title is too long; keep it to one line of 200 characters or fewer"));

  if (!date_is_valid (spec->opens_on))
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose the day the cycle opens"));
  if (!date_is_valid (spec->closes_on))
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose the day the cycle closes"));
  if (strcmp (spec->closes_on, spec->opens_on) < 0)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("The cycle cannot close before it opens; choose a later closing day"));

  if (spec->mode > HEARTH_FEEDBACK_DEVELOPMENT_ONLY ||
      spec->release_by > HEARTH_RELEASE_BY_PERSON)
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose how the cycle runs"));

  if (spec->supervisor_id > 0)
    {
      g_autofree char *supervisor = NULL;

      if (spec->supervisor_id == spec->subject_id)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("Someone other than the person must run their cycle; choose their "
                         "supervisor"));
      supervisor = dup_staff_name (store, spec->supervisor_id, TRUE, error);
      if (supervisor == NULL)
        return FALSE;
    }

  return TRUE;
}

gint64
hearth_feedback_create_cycle (HearthStore                    *store,
                              const HearthFeedbackCycleSpec  *spec,
                              GError                        **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *title = NULL;
  g_autofree char *secret = NULL;
  gint64 now, actor, cycle_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !check_spec (store, 0, spec, error))
    return 0;

  title = g_strstrip (g_strdup (spec->title != NULL ? spec->title : ""));
  secret = dup_random_hex (32);
  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  cycle_id = hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_INSERT, 0,
                                 "INSERT INTO feedback_cycles (subject_id, framework_id, title,"
                                 " opens_on, closes_on, development_only, release_by,"
                                 " supervisor_id, shuffle_seed, secret, created_at, created_by,"
                                 " updated_at, updated_by)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                 " ?11, ?12)", "xxsssisoxsxo",
                                 spec->subject_id, spec->framework_id, title, spec->opens_on,
                                 spec->closes_on,
                                 spec->mode == HEARTH_FEEDBACK_DEVELOPMENT_ONLY,
                                 spec->release_by == HEARTH_RELEASE_BY_PERSON ? "person"
                                                                              : "supervisor",
                                 spec->supervisor_id, (gint64) random_number (), secret, now,
                                 actor);
  if (cycle_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return cycle_id;
}

gboolean
hearth_feedback_update_cycle (HearthStore                    *store,
                              gint64                          cycle_id,
                              const HearthFeedbackCycleSpec  *spec,
                              GError                        **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *title = NULL;
  Cycle cycle;
  int n_raters = 0, answering = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_cycle (store, cycle_id, &cycle, error) ||
      !check_spec (store, cycle_id, spec, error) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT (SELECT count (*) FROM feedback_raters WHERE cycle_id = ?1),"
                              " EXISTS (SELECT 1 FROM feedback_responses WHERE cycle_id = ?1)"
                              " OR EXISTS (SELECT 1 FROM feedback_raters r JOIN feedback_drafts d"
                              "  ON d.rater_id = r.id WHERE r.cycle_id = ?1)", "x>ii",
                              cycle_id, &n_raters, &answering))
    return FALSE;

  if (spec->subject_id != cycle.subject_id && n_raters > 0)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("People have already been asked for feedback on this person; start a new "
                     "cycle for someone else"));

  if (answering &&
      (spec->framework_id != cycle.framework_id ||
       (spec->mode == HEARTH_FEEDBACK_DEVELOPMENT_ONLY) != cycle.development_only))
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("Answers have already been given on this framework, so the framework and "
                     "the mode cannot change; start a new cycle instead"));

  title = g_strstrip (g_strdup (spec->title != NULL ? spec->title : ""));
  if (hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_UPDATE, cycle_id,
                          "UPDATE feedback_cycles SET subject_id = ?2, framework_id = ?3,"
                          " title = ?4, opens_on = ?5, closes_on = ?6, development_only = ?7,"
                          " release_by = ?8, supervisor_id = ?9, updated_at = ?10,"
                          " updated_by = ?11 WHERE id = ?1", "xxxsssisoxo",
                          cycle_id, spec->subject_id, spec->framework_id, title, spec->opens_on,
                          spec->closes_on, spec->mode == HEARTH_FEEDBACK_DEVELOPMENT_ONLY,
                          spec->release_by == HEARTH_RELEASE_BY_PERSON ? "person" : "supervisor",
                          spec->supervisor_id, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_feedback_set_minimums (HearthStore                   *store,
                              gint64                         cycle_id,
                              const HearthFeedbackMinimums  *minimums,
                              gboolean                       confirm_risk,
                              GError                       **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gboolean risky;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (minimums != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (minimums->self < 1 || minimums->manager < 1 || minimums->other < 1 ||
      minimums->comments < 1)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("Each minimum must be at least 1: a group with no answers has nothing to "
                     "show"));
  if (minimums->self > HEARTH_FEEDBACK_MIN_LIMIT || minimums->manager > HEARTH_FEEDBACK_MIN_LIMIT ||
      minimums->other > HEARTH_FEEDBACK_MIN_LIMIT ||
      minimums->comments > HEARTH_FEEDBACK_MIN_LIMIT)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("A minimum can be at most 50 people"));

  risky = minimums->other < HEARTH_FEEDBACK_MIN_OTHER ||
          minimums->comments < HEARTH_FEEDBACK_MIN_COMMENTS;
  if (risky && !confirm_risk)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("With fewer than 3 people in a group, the person may work out who gave "
                     "which rating or wrote which comment. Confirm that the raters have been "
                     "told, or keep the minimums at 3."));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_cycle (store, cycle_id, &cycle, error))
    return FALSE;

  if (hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_UPDATE, cycle_id,
                          "UPDATE feedback_cycles SET min_self = ?2, min_manager = ?3,"
                          " min_other = ?4, min_comments = ?5, min_confirmed = ?6,"
                          " updated_at = ?7, updated_by = ?8 WHERE id = ?1", "xiiiiixo",
                          cycle_id, (int) minimums->self, (int) minimums->manager,
                          (int) minimums->other, (int) minimums->comments, risky,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_feedback_get_minimums (HearthStore             *store,
                              gint64                   cycle_id,
                              HearthFeedbackMinimums  *minimums,
                              GError                 **error)
{
  gboolean found = FALSE;
  int self = 0, manager = 0, other = 0, comments = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (minimums != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT min_self, min_manager, min_other, min_comments"
                              " FROM feedback_cycles WHERE id = ?1", "x>iiii",
                              cycle_id, &self, &manager, &other, &comments))
    return FALSE;
  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This feedback cycle no longer exists; it may have been removed in another "
                     "window"));

  minimums->self = (guint) MAX (self, 1);
  minimums->manager = (guint) MAX (manager, 1);
  minimums->other = (guint) MAX (other, 1);
  minimums->comments = (guint) MAX (comments, 1);
  return TRUE;
}

gboolean
hearth_feedback_close_cycle (HearthStore  *store,
                             gint64        cycle_id,
                             GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_cycle (store, cycle_id, &cycle, error))
    return FALSE;

  if (!cycle.open)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  if (hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_UPDATE, cycle_id,
                          "UPDATE feedback_cycles SET closed_at = ?2, updated_at = ?2,"
                          " updated_by = ?3 WHERE id = ?1", "xxo", cycle_id,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_feedback_reopen_cycle (HearthStore  *store,
                              gint64        cycle_id,
                              GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_cycle (store, cycle_id, &cycle, error))
    return FALSE;

  if (cycle.open)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  /* The report goes until the cycle is closed and released again. */
  if (hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_UPDATE, cycle_id,
                          "UPDATE feedback_cycles SET closed_at = NULL, released_at = NULL,"
                          " released_by = NULL, updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                          "xxo", cycle_id, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_feedback_release (HearthStore  *store,
                         gint64        cycle_id,
                         GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gint64 actor = hearth_store_get_actor (store);
  gboolean allowed;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_cycle (store, cycle_id, &cycle, error))
    return FALSE;

  if (cycle.open)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("The cycle is still open; close it before releasing its report"));

  if (cycle.supervisor_id > 0)
    allowed = actor == cycle.supervisor_id ||
              (cycle.release_by_person && actor == cycle.subject_id);
  else
    allowed = actor != cycle.subject_id || cycle.release_by_person;

  if (!allowed)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   cycle.release_by_person
                     ? _("Only the person or the supervisor who runs the cycle can release its "
                         "report")
                     : _("Only the supervisor who runs the cycle can release its report"));

  if (cycle.released)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  if (hearth_store_write (store, error, "feedback_cycles", HEARTH_CHANGE_UPDATE, cycle_id,
                          "UPDATE feedback_cycles SET released_at = ?2, released_by = ?3,"
                          " updated_at = ?2, updated_by = ?3 WHERE id = ?1", "xxo", cycle_id,
                          hearth_store_now (store), actor) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* --- Raters --------------------------------------------------------------------- */

gint64
hearth_feedback_add_rater (HearthStore         *store,
                           gint64               cycle_id,
                           gint64               staff_id,
                           const char          *name,
                           HearthRelationship   relationship,
                           GError             **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *typed = NULL;
  gint64 now, actor, rater_id;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (relationship < HEARTH_N_RELATIONSHIPS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (name != NULL && !g_utf8_validate (name, -1, NULL))
    return refuse_not_utf8 (error);
  typed = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (g_utf8_strlen (typed, -1) > HEARTH_FEEDBACK_RATER_NAME_MAX)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("The name is too long; keep it to 200 characters or fewer"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_cycle (store, cycle_id, &cycle, error))
    return 0;

  if (!cycle.open)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("The cycle is closed; reopen it to ask someone else"));

  /* Self is the person the feedback is for. */
  if (relationship == HEARTH_RELATIONSHIP_SELF)
    {
      if (staff_id > 0 && staff_id != cycle.subject_id)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("Only the person the feedback is for can answer as themselves"));
      staff_id = cycle.subject_id;
    }
  else if (staff_id == cycle.subject_id)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("The person the feedback is for answers as themselves; choose “Self”"));

  if (staff_id > 0)
    {
      g_autofree char *staff_name = dup_staff_name (store, staff_id, TRUE, error);
      gboolean found = FALSE;
      gint64 other = 0;

      if (staff_name == NULL ||
          !hearth_store_read_row (store, &found, error,
                                  "SELECT id FROM feedback_raters WHERE cycle_id = ?1"
                                  " AND staff_id = ?2", "xx>x", cycle_id, staff_id, &other))
        return 0;

      if (found)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("%s has already been asked for feedback in this cycle"), staff_name);
          return 0;
        }

      /* A team member's name comes from the team list. */
      g_clear_pointer (&typed, g_free);
      typed = g_strdup ("");
    }
  else if (*typed == '\0')
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("Choose someone from the team, or type the name of the person to ask"));

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  rater_id = hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_INSERT, 0,
                                 "INSERT INTO feedback_raters (cycle_id, staff_id, name,"
                                 " relationship, status, created_at, created_by, updated_at,"
                                 " updated_by) VALUES (?1, ?2, ?3, ?4, 'invited', ?5, ?6, ?5, ?6)",
                                 "xossxo", cycle_id, staff_id, typed, relationships[relationship],
                                 now, actor);
  if (rater_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return rater_id;
}

gboolean
hearth_feedback_remove_rater (HearthStore  *store,
                              gint64        rater_id,
                              GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gboolean done;
  Rater rater = { 0, };
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!secure_delete_begin (store, &was, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  done = tx != NULL && look_up_rater (store, rater_id, &rater, error);

  if (done && rater.status == HEARTH_RATER_SUBMITTED)
    done = refuse (error, HEARTH_ERROR_CONFLICT,
                   _("They have already answered, and their answers are kept without their "
                     "name, so they cannot be taken out of the cycle"));

  done = done &&
         delete_draft (store, rater_id, error) &&
         hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_DELETE, rater_id,
                             "DELETE FROM feedback_raters WHERE id = ?1", "x", rater_id) > 0 &&
         hearth_transaction_commit (g_steal_pointer (&tx), error);

  g_clear_pointer (&tx, hearth_transaction_rollback);
  secure_delete_end (store, was);

  return done;
}

gboolean
hearth_feedback_decline (HearthStore  *store,
                         gint64        rater_id,
                         GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gboolean done;
  Rater rater = { 0, };
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!secure_delete_begin (store, &was, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  done = tx != NULL && look_up_rater (store, rater_id, &rater, error);

  if (done && rater.status == HEARTH_RATER_SUBMITTED)
    done = refuse (error, HEARTH_ERROR_CONFLICT,
                   _("They have already answered, so they cannot decline now"));

  done = done &&
         delete_draft (store, rater_id, error) &&
         hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_UPDATE, rater_id,
                             "UPDATE feedback_raters SET status = 'declined', updated_at = ?2,"
                             " updated_by = ?3 WHERE id = ?1", "xxo", rater_id,
                             hearth_store_now (store), hearth_store_get_actor (store)) > 0 &&
         hearth_transaction_commit (g_steal_pointer (&tx), error);

  g_clear_pointer (&tx, hearth_transaction_rollback);
  secure_delete_end (store, was);

  return done;
}

gboolean
hearth_feedback_count_raters (HearthStore  *store,
                              gint64        cycle_id,
                              guint        *counts,
                              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!look_up_cycle (store, cycle_id, &cycle, error))
    return FALSE;

  memset (counts, 0, sizeof (guint) * HEARTH_N_RATER_STATUSES);

  stmt = hearth_store_query (store, error,
                             "SELECT status, count (*) FROM feedback_raters WHERE cycle_id = ?1"
                             " GROUP BY status", "x", cycle_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthRaterStatus status;

      if (hearth_rater_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status))
        counts[status] = (guint) sqlite3_column_int64 (stmt, 1);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

char **
hearth_feedback_dup_not_answered (HearthStore  *store,
                                  gint64        cycle_id,
                                  gint64        viewer_staff_id,
                                  GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  Cycle cycle;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!look_up_cycle (store, cycle_id, &cycle, error))
    return NULL;

  if (viewer_staff_id <= 0 || viewer_staff_id != cycle.supervisor_id)
    {
      refuse (error, HEARTH_ERROR_CONFLICT,
              _("Only the supervisor who runs the cycle can see who has not answered yet"));
      return NULL;
    }

  if (!cycle.open)
    return g_strv_builder_end (builder);

  stmt = hearth_store_query (store, error,
                             "SELECT coalesce (nullif (s.name, ''), r.name) AS shown"
                             " FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id"
                             " WHERE r.cycle_id = ?1 AND r.status IN ('invited', 'started')"
                             " ORDER BY shown COLLATE NOCASE, r.id", "x", cycle_id);
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strv_builder_end (builder);
}

gboolean
hearth_feedback_rater_is_alone (HearthStore  *store,
                                gint64        rater_id,
                                GError      **error)
{
  Rater rater;
  int in_group = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!look_up_rater (store, rater_id, &rater, error))
    return FALSE;

  if (rater.relationship == HEARTH_RELATIONSHIP_SELF ||
      rater.relationship == HEARTH_RELATIONSHIP_MANAGER)
    return FALSE;

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT count (*) FROM feedback_raters WHERE cycle_id = ?1"
                              " AND relationship = ?2 AND (status <> 'declined' OR id = ?3)",
                              "xsx>i", rater.cycle_id, relationships[rater.relationship], rater_id,
                              &in_group))
    return FALSE;

  return in_group <= 1;
}
