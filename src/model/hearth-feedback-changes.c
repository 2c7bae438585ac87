/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running a 360° feedback cycle: setting it up, asking people, closing and
 * releasing it. What raters write is linked to them only while it is a
 * draft; see the submission below for how it stops being linked.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-date.h"
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

  if (!hearth_date_parse (spec->opens_on, NULL, NULL))
    return refuse (error, HEARTH_ERROR_INVALID, _("Choose the day the cycle opens"));
  if (!hearth_date_parse (spec->closes_on, NULL, NULL))
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

/* --- Answers ------------------------------------------------------------------- */

typedef struct {
  gint64    behaviour_id;
  int       rating;
  gboolean  not_seen;
  char     *example;
} Answer;

struct _HearthFeedbackAnswers
{
  GArray *answers;      /* Answer, in the order first set */
  char   *keep_doing;
  char   *try_doing;
};

G_DEFINE_BOXED_TYPE (HearthFeedbackAnswers, hearth_feedback_answers,
                     hearth_feedback_answers_copy, hearth_feedback_answers_free)

static void
answer_clear (gpointer data)
{
  Answer *answer = data;

  g_clear_pointer (&answer->example, g_free);
}

HearthFeedbackAnswers *
hearth_feedback_answers_new (void)
{
  HearthFeedbackAnswers *self = g_new0 (HearthFeedbackAnswers, 1);

  self->answers = g_array_new (FALSE, TRUE, sizeof (Answer));
  g_array_set_clear_func (self->answers, answer_clear);
  self->keep_doing = g_strdup ("");
  self->try_doing = g_strdup ("");

  return self;
}

HearthFeedbackAnswers *
hearth_feedback_answers_copy (const HearthFeedbackAnswers *self)
{
  HearthFeedbackAnswers *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = hearth_feedback_answers_new ();
  for (guint i = 0; i < self->answers->len; i++)
    {
      Answer answer = g_array_index (self->answers, Answer, i);

      answer.example = g_strdup (answer.example);
      g_array_append_val (copy->answers, answer);
    }
  hearth_feedback_answers_set_keep_doing (copy, self->keep_doing);
  hearth_feedback_answers_set_try (copy, self->try_doing);

  return copy;
}

void
hearth_feedback_answers_free (HearthFeedbackAnswers *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->answers);
  g_free (self->keep_doing);
  g_free (self->try_doing);
  g_free (self);
}

static const Answer *
find_answer (const HearthFeedbackAnswers *self,
             gint64                       behaviour_id)
{
  for (guint i = 0; i < self->answers->len; i++)
    {
      const Answer *answer = &g_array_index (self->answers, Answer, i);

      if (answer->behaviour_id == behaviour_id)
        return answer;
    }

  return NULL;
}

static Answer *
ensure_answer (HearthFeedbackAnswers *self,
               gint64                 behaviour_id)
{
  Answer answer = { behaviour_id, 0, FALSE, NULL };
  Answer *found = (Answer *) find_answer (self, behaviour_id);

  if (found != NULL)
    return found;

  answer.example = g_strdup ("");
  g_array_append_val (self->answers, answer);
  return &g_array_index (self->answers, Answer, self->answers->len - 1);
}

void
hearth_feedback_answers_set_rating (HearthFeedbackAnswers *self,
                                    gint64                 behaviour_id,
                                    int                    rating)
{
  Answer *answer;

  g_return_if_fail (self != NULL);
  g_return_if_fail (behaviour_id > 0);

  answer = ensure_answer (self, behaviour_id);
  answer->rating = MAX (rating, 0);
  if (rating > 0)
    answer->not_seen = FALSE;
}

void
hearth_feedback_answers_set_not_seen (HearthFeedbackAnswers *self,
                                      gint64                 behaviour_id,
                                      gboolean               not_seen)
{
  Answer *answer;

  g_return_if_fail (self != NULL);
  g_return_if_fail (behaviour_id > 0);

  answer = ensure_answer (self, behaviour_id);
  answer->not_seen = not_seen != FALSE;
  if (not_seen)
    answer->rating = 0;
}

void
hearth_feedback_answers_set_example (HearthFeedbackAnswers *self,
                                     gint64                 behaviour_id,
                                     const char            *example)
{
  Answer *answer;

  g_return_if_fail (self != NULL);
  g_return_if_fail (behaviour_id > 0);

  answer = ensure_answer (self, behaviour_id);
  g_free (answer->example);
  answer->example = g_strdup (example != NULL ? example : "");
}

void
hearth_feedback_answers_set_keep_doing (HearthFeedbackAnswers *self,
                                        const char            *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->keep_doing);
  self->keep_doing = g_strdup (text != NULL ? text : "");
}

void
hearth_feedback_answers_set_try (HearthFeedbackAnswers *self,
                                 const char            *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->try_doing);
  self->try_doing = g_strdup (text != NULL ? text : "");
}

int
hearth_feedback_answers_get_rating (const HearthFeedbackAnswers *self,
                                    gint64                       behaviour_id)
{
  const Answer *answer;

  g_return_val_if_fail (self != NULL, 0);

  answer = find_answer (self, behaviour_id);
  return answer != NULL ? answer->rating : 0;
}

gboolean
hearth_feedback_answers_get_not_seen (const HearthFeedbackAnswers *self,
                                      gint64                       behaviour_id)
{
  const Answer *answer;

  g_return_val_if_fail (self != NULL, FALSE);

  answer = find_answer (self, behaviour_id);
  return answer != NULL && answer->not_seen;
}

const char *
hearth_feedback_answers_get_example (const HearthFeedbackAnswers *self,
                                     gint64                       behaviour_id)
{
  const Answer *answer;

  g_return_val_if_fail (self != NULL, "");

  answer = find_answer (self, behaviour_id);
  return answer != NULL ? answer->example : "";
}

const char *
hearth_feedback_answers_get_keep_doing (const HearthFeedbackAnswers *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->keep_doing;
}

const char *
hearth_feedback_answers_get_try (const HearthFeedbackAnswers *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->try_doing;
}

guint
hearth_feedback_answers_get_n_behaviours (const HearthFeedbackAnswers *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->answers->len;
}

gint64
hearth_feedback_answers_get_behaviour_id (const HearthFeedbackAnswers *self,
                                          guint                        index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->answers->len, 0);

  return g_array_index (self->answers, Answer, index).behaviour_id;
}

static gboolean
answer_has_content (const Answer *answer)
{
  return answer->rating > 0 || answer->not_seen || *answer->example != '\0';
}

static gboolean
check_free_text (const char  *text,
                 GError     **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    return refuse_not_utf8 (error);
  if (g_utf8_strlen (text, -1) > HEARTH_FEEDBACK_TEXT_MAX)
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("An answer is too long; keep each one to 10,000 characters or fewer"));
  return TRUE;
}

/* Checks @answers against the cycle: texts, behaviours of its framework,
 * ratings on its scale and none in a development-only cycle. */
static gboolean
check_answers (HearthStore                  *store,
               const Cycle                  *cycle,
               const HearthFeedbackAnswers  *answers,
               GError                      **error)
{
  int n_points = 0;

  if (!check_free_text (answers->keep_doing, error) ||
      !check_free_text (answers->try_doing, error) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT count (*) FROM scale_points WHERE framework_id = ?1",
                              "x>i", cycle->framework_id, &n_points))
    return FALSE;

  for (guint i = 0; i < answers->answers->len; i++)
    {
      const Answer *answer = &g_array_index (answers->answers, Answer, i);
      gboolean found = FALSE;
      int one = 0;

      if (!check_free_text (answer->example, error) ||
          !hearth_store_read_row (store, &found, error,
                                  "SELECT 1 FROM behaviours WHERE id = ?1 AND framework_id = ?2"
                                  " AND removed_at IS NULL", "xx>i",
                                  answer->behaviour_id, cycle->framework_id, &one))
        return FALSE;

      if (!found)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("One of the answers is about a behaviour this cycle does not ask "
                         "about"));

      if (answer->rating > 0 && cycle->development_only)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("This cycle is for development only: it asks for words, not "
                         "ratings"));

      if (answer->rating > n_points)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("A rating must be one of the points on the scale"));
    }

  return TRUE;
}

static HearthFeedbackAnswers *
read_draft (HearthStore  *store,
            gint64        rater_id,
            GError      **error)
{
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *keep_doing = NULL;
  g_autofree char *try_doing = NULL;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT keep_doing, try_doing FROM feedback_drafts"
                              " WHERE rater_id = ?1",
                              "x>ss", rater_id, &keep_doing, &try_doing))
    return NULL;

  if (found)
    {
      hearth_feedback_answers_set_keep_doing (answers, keep_doing);
      hearth_feedback_answers_set_try (answers, try_doing);
    }

  stmt = hearth_store_query (store, error,
                             "SELECT d.behaviour_id, coalesce (d.rating, 0), d.not_seen, d.example"
                             " FROM feedback_draft_ratings d JOIN behaviours b"
                             " ON b.id = d.behaviour_id WHERE d.rater_id = ?1"
                             " ORDER BY b.position, b.id", "x", rater_id);
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    {
      Answer *answer = ensure_answer (answers, sqlite3_column_int64 (stmt, 0));

      answer->rating = sqlite3_column_int (stmt, 1);
      answer->not_seen = sqlite3_column_int (stmt, 2) != 0;
      g_free (answer->example);
      answer->example = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&answers);
}

static gboolean
write_draft (HearthStore                  *store,
             gint64                        rater_id,
             const HearthFeedbackAnswers  *answers,
             GError                      **error)
{
  gint64 now = hearth_store_now (store);

  if (hearth_store_write (store, error, "feedback_drafts", HEARTH_CHANGE_INSERT, rater_id,
                          "INSERT INTO feedback_drafts (rater_id, keep_doing, try_doing,"
                          " updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (rater_id)"
                          " DO UPDATE SET keep_doing = excluded.keep_doing,"
                          " try_doing = excluded.try_doing, updated_at = excluded.updated_at",
                          "xssx",
                          rater_id, answers->keep_doing, answers->try_doing, now) == 0 ||
      hearth_store_write (store, error, "feedback_draft_ratings", HEARTH_CHANGE_DELETE, rater_id,
                          "DELETE FROM feedback_draft_ratings WHERE rater_id = ?1", "x",
                          rater_id) == 0)
    return FALSE;

  for (guint i = 0; i < answers->answers->len; i++)
    {
      const Answer *answer = &g_array_index (answers->answers, Answer, i);
      gint64 rating = answer->rating;

      if (!answer_has_content (answer))
        continue;

      if (hearth_store_write (store, error, "feedback_draft_ratings", HEARTH_CHANGE_INSERT,
                              rater_id,
                              "INSERT INTO feedback_draft_ratings (rater_id, behaviour_id, rating,"
                              " not_seen, example) VALUES (?1, ?2, ?3, ?4, ?5)", "xxXis",
                              rater_id, answer->behaviour_id, rating > 0 ? &rating : NULL,
                              answer->not_seen, answer->example) == 0)
        return FALSE;
    }

  return hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_UPDATE, rater_id,
                             "UPDATE feedback_raters SET status = 'started', updated_at = ?2,"
                             " updated_by = ?3 WHERE id = ?1 AND status = 'invited'", "xxo",
                             rater_id, now, hearth_store_get_actor (store)) > 0;
}

/* Refuses answering for a rater who has answered or declined, or whose
 * cycle has closed. */
static gboolean
check_may_answer (const Rater  *rater,
                  const Cycle  *cycle,
                  gboolean      by_file,
                  GError      **error)
{
  if (rater->status == HEARTH_RATER_SUBMITTED)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("These answers have been sent already; they are kept without the rater’s "
                     "name and cannot be changed"));

  if (rater->status == HEARTH_RATER_DECLINED)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("This rater declined to answer; ask them again to take their answers"));

  if (!cycle->open)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   by_file
                     ? _("The cycle closed before these answers came back, so they cannot be "
                         "counted")
                     : _("The cycle has closed, so answers can no longer be given"));

  return TRUE;
}

gboolean
hearth_feedback_save_draft (HearthStore                  *store,
                            gint64                        rater_id,
                            const HearthFeedbackAnswers  *answers,
                            GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Rater rater = { 0, };
  Cycle cycle = { 0, };
  gboolean done;
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The draft it replaces is overwritten, not left in free space. */
  if (!secure_delete_begin (store, &was, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  done = tx != NULL &&
         look_up_rater (store, rater_id, &rater, error) &&
         look_up_cycle (store, rater.cycle_id, &cycle, error) &&
         check_may_answer (&rater, &cycle, FALSE, error) &&
         check_answers (store, &cycle, answers, error) &&
         write_draft (store, rater_id, answers, error) &&
         hearth_transaction_commit (g_steal_pointer (&tx), error);

  g_clear_pointer (&tx, hearth_transaction_rollback);
  secure_delete_end (store, was);

  return done;
}

HearthFeedbackAnswers *
hearth_feedback_load_draft (HearthStore  *store,
                            gint64        rater_id,
                            GError      **error)
{
  Rater rater;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!look_up_rater (store, rater_id, &rater, error))
    return NULL;

  if (rater.status == HEARTH_RATER_SUBMITTED)
    {
      refuse (error, HEARTH_ERROR_CONFLICT,
              _("These answers have been sent already; they are kept without the rater’s name, "
                "so they cannot be shown here"));
      return NULL;
    }

  return read_draft (store, rater_id, error);
}

/* A random positive 63-bit id that no response has: rows ordered by id
 * then follow no order in which they were sent. */
static gboolean
new_response_id (HearthStore  *store,
                 gint64       *id,
                 GError      **error)
{
  for (guint attempt = 0; attempt < 16; attempt++)
    {
      gboolean taken = FALSE;
      int one = 0;

      *id = (gint64) (random_number () >> 1);
      if (*id == 0)
        continue;

      if (!hearth_store_read_row (store, &taken, error,
                                  "SELECT 1 FROM feedback_responses WHERE id = ?1", "x>i", *id,
                                  &one))
        return FALSE;
      if (!taken)
        return TRUE;
    }

  return refuse (error, HEARTH_ERROR_FAILED, _("The answers could not be stored; try again"));
}

/* Moves the answers out of the rater's hands, inside the caller's
 * transaction with secure_delete on: the rater answered, a response with
 * their group and nothing else about them, and no draft. */
static gboolean
store_response (HearthStore                  *store,
                const Rater                  *rater,
                const Cycle                  *cycle,
                const HearthFeedbackAnswers  *answers,
                gboolean                      by_file,
                GError                      **error)
{
  g_autoptr(HearthFeedbackAnswers) saved = NULL;
  gint64 response_id = 0;

  if (!check_may_answer (rater, cycle, by_file, error))
    return FALSE;

  if (answers == NULL)
    {
      saved = read_draft (store, rater->id, error);
      if (saved == NULL)
        return FALSE;
      answers = saved;
    }

  if (!check_answers (store, cycle, answers, error))
    return FALSE;

  /* Whoever gets here second finds the rater answered already, and
   * writes nothing. */
  if (hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_UPDATE, rater->id,
                          "UPDATE feedback_raters SET status = 'submitted',"
                          " token_used = token_used OR ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1 AND status NOT IN ('submitted', 'declined')"
                          " AND (NOT ?2 OR token_used = 0)", "xixo",
                          rater->id, by_file, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  if (hearth_store_get_changes (store) == 0)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("These answers have been sent already; they are kept without the rater’s "
                     "name and cannot be changed"));

  if (!new_response_id (store, &response_id, error) ||
      !hearth_store_write_unattributed (store, error, "feedback_responses",
                                        "INSERT INTO feedback_responses (id, cycle_id,"
                                        " relationship, keep_doing, try_doing)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5)", "xxsss",
                                        response_id, cycle->id, relationships[rater->relationship],
                                        answers->keep_doing, answers->try_doing))
    return FALSE;

  for (guint i = 0; i < answers->answers->len; i++)
    {
      const Answer *answer = &g_array_index (answers->answers, Answer, i);
      gint64 rating = answer->rating;

      if (!answer_has_content (answer))
        continue;

      if (!hearth_store_write_unattributed (store, error, "feedback_ratings",
                                            "INSERT INTO feedback_ratings (response_id,"
                                            " behaviour_id, rating, not_seen, example)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5)", "xxXis",
                                            response_id, answer->behaviour_id,
                                            rating > 0 ? &rating : NULL, answer->not_seen,
                                            answer->example))
        return FALSE;
    }

  return delete_draft (store, rater->id, error);
}

gboolean
hearth_feedback_submit (HearthStore                  *store,
                        gint64                        rater_id,
                        const HearthFeedbackAnswers  *answers,
                        GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Rater rater = { 0, };
  Cycle cycle = { 0, };
  gboolean done;
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!secure_delete_begin (store, &was, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  done = tx != NULL &&
         look_up_rater (store, rater_id, &rater, error) &&
         look_up_cycle (store, rater.cycle_id, &cycle, error) &&
         store_response (store, &rater, &cycle, answers, FALSE, error) &&
         hearth_transaction_commit (g_steal_pointer (&tx), error);

  g_clear_pointer (&tx, hearth_transaction_rollback);
  secure_delete_end (store, was);

  /* The log still holds the pages of the draft as they were before. */
  if (done)
    hearth_store_truncate_wal (store);

  return done;
}

static gboolean
token_is_valid (const char *token)
{
  return token != NULL && strlen (token) == 32 && strspn (token, "0123456789abcdef") == 32;
}

gboolean
hearth_feedback_submit_with_token (HearthStore                  *store,
                                   gint64                        cycle_id,
                                   const char                   *token,
                                   const HearthFeedbackAnswers  *answers,
                                   GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *hash = NULL;
  Rater rater = { 0, };
  Cycle cycle = { 0, };
  gboolean found = FALSE;
  gboolean done;
  gint64 rater_id = 0;
  int used = 0;
  int was = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!token_is_valid (token))
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This response form was not sent out by this cycle"));

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);

  if (!secure_delete_begin (store, &was, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  done = tx != NULL &&
         hearth_store_read_row (store, &found, error,
                                "SELECT id, token_used FROM feedback_raters"
                                " WHERE cycle_id = ?1 AND token = ?2", "xs>xi",
                                cycle_id, hash, &rater_id, &used);

  if (done && !found)
    done = refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This response form was not sent out by this cycle, or a newer one was "
                     "sent to the same person"));
  if (done && used)
    done = refuse (error, HEARTH_ERROR_CONFLICT,
                   _("This response form has been read in already; its answers are counted "
                     "once"));

  done = done &&
         look_up_rater (store, rater_id, &rater, error) &&
         look_up_cycle (store, cycle_id, &cycle, error) &&
         store_response (store, &rater, &cycle, answers, TRUE, error) &&
         hearth_transaction_commit (g_steal_pointer (&tx), error);

  g_clear_pointer (&tx, hearth_transaction_rollback);
  secure_delete_end (store, was);

  if (done)
    hearth_store_truncate_wal (store);

  return done;
}

/* --- Response files ---------------------------------------------------------------- */

char *
hearth_feedback_issue_token (HearthStore  *store,
                             gint64        rater_id,
                             GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *token = NULL;
  g_autofree char *hash = NULL;
  Rater rater = { 0, };
  Cycle cycle = { 0, };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_rater (store, rater_id, &rater, error) ||
      !look_up_cycle (store, rater.cycle_id, &cycle, error) ||
      !check_may_answer (&rater, &cycle, FALSE, error))
    return NULL;

  token = dup_random_hex (16);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);

  if (hearth_store_write (store, error, "feedback_raters", HEARTH_CHANGE_UPDATE, rater_id,
                          "UPDATE feedback_raters SET token = ?2, token_used = 0, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1", "xsxo", rater_id, hash,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0 ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return NULL;

  return g_steal_pointer (&token);
}

char *
hearth_feedback_dup_database_id (HearthStore  *store,
                                 GError      **error)
{
  char *id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT value FROM hearth_meta WHERE key = 'database-id'", ">s", &id))
    return NULL;

  return id;
}

char *
hearth_feedback_dup_cycle_secret (HearthStore  *store,
                                  gint64        cycle_id,
                                  GError      **error)
{
  char *secret = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT secret FROM feedback_cycles WHERE id = ?1", "x>s",
                              cycle_id, &secret))
    return NULL;

  return secret;
}
