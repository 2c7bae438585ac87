/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing one-to-ones: who is paired with whom and how often, the record
 * of each conversation, the actions agreed in it and the examples of
 * practice raised. A record belongs to its two people: only they write in
 * it, only the supervisor reads or writes the private note, and once both
 * have agreed it, it is locked and only takes dated addenda.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-date.h"
#include "hearth-supervision-changes.h"

/* --- Words ---------------------------------------------------------------------- */

const char *
hearth_wellbeing_get_label (int wellbeing)
{
  switch (wellbeing)
    {
    case 1:
      return C_("wellbeing", "Struggling");
    case 2:
      return C_("wellbeing", "Finding it hard");
    case 3:
      return C_("wellbeing", "Okay");
    case 4:
      return C_("wellbeing", "Doing well");
    case 5:
      return C_("wellbeing", "Thriving");
    default:
      return NULL;
    }
}

const char *
hearth_supervision_action_status_get_label (HearthSupervisionActionStatus status)
{
  switch (status)
    {
    case HEARTH_SUPERVISION_ACTION_OPEN:
      return C_("action status", "Open");
    case HEARTH_SUPERVISION_ACTION_DONE:
      return C_("action status", "Done");
    case HEARTH_SUPERVISION_ACTION_DROPPED:
      return C_("action status", "Dropped");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hearth_practice_kind_get_label (HearthPracticeKind kind)
{
  switch (kind)
    {
    case HEARTH_PRACTICE_CELEBRATE:
      return C_("example of practice", "Celebrate");
    case HEARTH_PRACTICE_ESCALATE:
      return C_("example of practice", "Escalate");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* --- Days ------------------------------------------------------------------------- */

/* Today, as the store's clock has it (UTC, as the lists' SQL has it). */
static void
get_today (HearthStore *store,
           GDate       *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (hearth_store_now (store));

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

static char *
dup_today (HearthStore *store)
{
  GDate today;
  char text[16];

  get_today (store, &today);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &today);
  return g_strdup (text);
}

typedef enum {
  DAY_ANY,
  DAY_NOT_AFTER_TODAY,
  DAY_NOT_BEFORE_TODAY,
} DayRange;

/* Whether @day is a day Hearth takes: not more than a year ahead nor more
 * than ten years back, and within @range, else refused with @outside. */
static gboolean
check_day (HearthStore  *store,
           const char   *day,
           DayRange      range,
           const char   *outside,
           GError      **error)
{
  GDate date, today, earliest, latest;

  if (!hearth_date_parse (day, &date, error))
    return FALSE;

  get_today (store, &today);
  earliest = today;
  g_date_subtract_years (&earliest, 10);
  latest = today;
  g_date_add_years (&latest, 1);

  if (g_date_compare (&date, &latest) > 0)
    return hearth_refuse (error, _("That day is more than a year ahead; choose a day within the "
                                   "next twelve months"));
  if (g_date_compare (&date, &earliest) < 0)
    return hearth_refuse (error, _("That day is more than ten years ago; check the year"));
  if ((range == DAY_NOT_AFTER_TODAY && g_date_compare (&date, &today) > 0) ||
      (range == DAY_NOT_BEFORE_TODAY && g_date_compare (&date, &today) < 0))
    return hearth_refuse (error, outside);

  return TRUE;
}

/* --- Looking things up ------------------------------------------------------------ */

typedef struct {
  gint64    id;
  gint64    supervisor_id;
  gint64    staff_id;
  gint64    version;
  gint64    reflection_case_id;
  char     *held_on;
  gboolean  locked;
  gboolean  agreed_by_staff;
  gboolean  agreed_by_supervisor;
} Record;

static void
record_clear (Record *record)
{
  g_clear_pointer (&record->held_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Record, record_clear)

static gboolean
refuse_record_gone (GError **error)
{
  return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                             _("This one-to-one no longer exists; it may have been removed in "
                               "another window"));
}

static gboolean
look_up_record (HearthStore  *store,
                gint64        supervision_id,
                Record       *record,
                GError      **error)
{
  gboolean found = FALSE;
  int locked = 0, by_staff = 0, by_supervisor = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT supervisor_id, staff_id, version,"
                              " coalesce (reflection_case_id, 0), held_on, locked_at IS NOT NULL,"
                              " agreed_by_staff_at IS NOT NULL, agreed_by_supervisor_at IS NOT NULL"
                              " FROM supervisions WHERE id = ?1", "x>xxxxsiii",
                              supervision_id, &record->supervisor_id, &record->staff_id,
                              &record->version, &record->reflection_case_id, &record->held_on,
                              &locked, &by_staff, &by_supervisor))
    return FALSE;
  if (!found)
    return refuse_record_gone (error);

  record->id = supervision_id;
  record->locked = locked != 0;
  record->agreed_by_staff = by_staff != 0;
  record->agreed_by_supervisor = by_supervisor != 0;
  return TRUE;
}

/* Only the two people in a one-to-one write in it. */
static gboolean
check_party (HearthStore   *store,
             const Record  *record,
             GError       **error)
{
  gint64 actor = hearth_store_get_actor (store);

  if (actor > 0 && (actor == record->supervisor_id || actor == record->staff_id))
    return TRUE;

  return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                             _("Only the member of staff and their supervisor can change their "
                               "one-to-one"));
}

static gboolean
check_not_locked (const Record  *record,
                  GError       **error)
{
  if (!record->locked)
    return TRUE;

  return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                             _("This one-to-one has been agreed and locked, so it cannot change; "
                               "add an addendum instead"));
}

static gboolean
check_version (const Record  *record,
               gint64         version,
               GError       **error)
{
  if (version == record->version)
    return TRUE;

  return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                             _("This one-to-one was changed in another window, so your change "
                               "was not saved; look at what is there now and make it again"));
}

/* An agreement given to the record as it was is taken back when what both
 * of them see changes. */
static gboolean
take_back_agreement (HearthStore   *store,
                     const Record  *record,
                     GError       **error)
{
  if (!record->agreed_by_staff && !record->agreed_by_supervisor)
    return TRUE;

  return hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_UPDATE, record->id,
                             "UPDATE supervisions SET agreed_by_staff_at = NULL,"
                             " agreed_by_supervisor_at = NULL, version = version + 1,"
                             " updated_at = ?2, updated_by = ?3"
                             " WHERE id = ?1 AND locked_at IS NULL", "xxo",
                             record->id, hearth_store_now (store),
                             hearth_store_get_actor (store)) > 0;
}

static char *
dup_staff_name (HearthStore  *store,
                gint64        staff_id)
{
  g_autofree char *name = NULL;

  if (!hearth_store_read_row (store, NULL, NULL, "SELECT name FROM staff WHERE id = ?1",
                              "x>s", staff_id, &name))
    return g_strdup ("");
  return g_steal_pointer (&name);
}

/* Whether @case_id is one of @staff_id's cases: they lead it or work on it. */
static gboolean
check_persons_case (HearthStore  *store,
                    gint64        staff_id,
                    gint64        case_id,
                    GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT 1 FROM cases c WHERE c.id = ?1 AND (c.lead_id = ?2"
                              " OR EXISTS (SELECT 1 FROM case_workers w"
                              "  WHERE w.case_id = c.id AND w.staff_id = ?2))", "xx>",
                              case_id, staff_id))
    return FALSE;
  if (found)
    return TRUE;

  name = dup_staff_name (store, staff_id);
  /* Translators: %s is the name of the member of staff. */
  message = g_strdup_printf (_("Choose one of %s’s own cases to reflect on"), name);
  return hearth_refuse (error, message);
}

/* --- Pairs --------------------------------------------------------------------------- */

typedef struct {
  gint64    supervisor_id;
  gint64    staff_id;
  gboolean  ended;
} Pair;

static gboolean
look_up_pair (HearthStore  *store,
              gint64        pair_id,
              Pair         *pair,
              GError      **error)
{
  gboolean found = FALSE;
  int ended = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT supervisor_id, staff_id, ended_on IS NOT NULL"
                              " FROM supervision_pairs WHERE id = ?1", "x>xxi",
                              pair_id, &pair->supervisor_id, &pair->staff_id, &ended))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("These one-to-ones are no longer set up; they may have been "
                                 "removed in another window"));

  pair->ended = ended != 0;
  return TRUE;
}

static gboolean
check_rhythm (guint    rhythm_weeks,
              GError **error)
{
  if (rhythm_weeks >= 1 && rhythm_weeks <= HEARTH_SUPERVISION_RHYTHM_MAX)
    return TRUE;

  return hearth_refuse (error, _("Choose how often to meet: every 1 to 52 weeks"));
}

static gboolean
check_pair_going (const Pair  *pair,
                  GError     **error)
{
  if (!pair->ended)
    return TRUE;

  return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                             _("These one-to-ones have ended; set them up again first"));
}

gint64
hearth_supervision_pair_create (HearthStore  *store,
                                gint64        supervisor_id,
                                gint64        staff_id,
                                guint         rhythm_weeks,
                                GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *today = NULL;
  gint64 pair_id = 0, now, actor;
  gboolean found = FALSE;
  int ended = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (supervisor_id <= 0)
    return hearth_refuse (error, _("Choose the supervisor"));
  if (staff_id <= 0)
    return hearth_refuse (error, _("Choose the member of staff"));
  if (supervisor_id == staff_id)
    return hearth_refuse (error, _("A one-to-one is a conversation between two people; choose "
                                   "someone else as the supervisor"));
  if (!check_rhythm (rhythm_weeks, error))
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !hearth_check_staff (store, supervisor_id,
                           _("The supervisor chosen is no longer on the team list; choose "
                             "someone else"), error) ||
      !hearth_check_staff (store, staff_id,
                           _("The member of staff chosen is no longer on the team list; choose "
                             "someone else"), error) ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT id, ended_on IS NOT NULL FROM supervision_pairs"
                              " WHERE supervisor_id = ?1 AND staff_id = ?2", "xx>xi",
                              supervisor_id, staff_id, &pair_id, &ended))
    return 0;

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);

  if (found && !ended)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("These two already have one-to-ones set up"));

  if (found)
    {
      if (hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_UPDATE, pair_id,
                              "UPDATE supervision_pairs SET ended_on = NULL, rhythm_weeks = ?2,"
                              " updated_at = ?3, updated_by = ?4 WHERE id = ?1", "xixo",
                              pair_id, (int) rhythm_weeks, now, actor) == 0)
        return 0;
    }
  else
    {
      today = dup_today (store);
      pair_id = hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_INSERT, 0,
                                    "INSERT INTO supervision_pairs (supervisor_id, staff_id,"
                                    " rhythm_weeks, started_on, created_at, created_by,"
                                    " updated_at, updated_by)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)", "xxisxo",
                                    supervisor_id, staff_id, (int) rhythm_weeks, today, now,
                                    actor);
      if (pair_id == 0)
        return 0;
    }

  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return pair_id;
}

gboolean
hearth_supervision_pair_set_rhythm (HearthStore  *store,
                                    gint64        pair_id,
                                    guint         rhythm_weeks,
                                    GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Pair pair;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_rhythm (rhythm_weeks, error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_pair (store, pair_id, &pair, error))
    return FALSE;

  if (hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_UPDATE, pair_id,
                          "UPDATE supervision_pairs SET rhythm_weeks = ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1 AND rhythm_weeks <> ?2", "xixo",
                          pair_id, (int) rhythm_weeks, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_pair_end (HearthStore  *store,
                             gint64        pair_id,
                             GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *today = NULL;
  Pair pair;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_pair (store, pair_id, &pair, error))
    return FALSE;

  if (pair.ended)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  today = dup_today (store);
  if (hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_UPDATE, pair_id,
                          "UPDATE supervision_pairs SET ended_on = ?2, next_on = NULL,"
                          " updated_at = ?3, updated_by = ?4 WHERE id = ?1", "xsxo",
                          pair_id, today, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_plan (HearthStore  *store,
                         gint64        pair_id,
                         const char   *day,
                         GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  Pair pair;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (day != NULL &&
      !check_day (store, day, DAY_NOT_BEFORE_TODAY,
                  _("That day has passed; plan the one-to-one for today or a later day"), error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_pair (store, pair_id, &pair, error) ||
      !check_pair_going (&pair, error))
    return FALSE;

  if (hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_UPDATE, pair_id,
                          "UPDATE supervision_pairs SET next_on = ?2, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1 AND next_on IS NOT ?2", "xSxo",
                          pair_id, day, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_supervision_start (HearthStore  *store,
                          gint64        pair_id,
                          const char   *held_on,
                          GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *today = NULL;
  gint64 supervision_id = 0, now, actor;
  gboolean found = FALSE, started_today;
  Pair pair;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  today = dup_today (store);
  if (held_on == NULL)
    held_on = today;
  else if (!check_day (store, held_on, DAY_NOT_AFTER_TODAY,
                       _("That day has not come yet; plan the one-to-one for it instead"), error))
    return 0;
  started_today = strcmp (held_on, today) == 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_pair (store, pair_id, &pair, error) ||
      !check_pair_going (&pair, error) ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT id FROM supervisions WHERE supervisor_id = ?1"
                              " AND staff_id = ?2 AND held_on = ?3 AND locked_at IS NULL"
                              " ORDER BY id LIMIT 1", "xxs>x",
                              pair.supervisor_id, pair.staff_id, held_on, &supervision_id))
    return 0;

  if (found)
    {
      if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
        return 0;
      return supervision_id;
    }

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  supervision_id = hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_INSERT, 0,
                                       "INSERT INTO supervisions (supervisor_id, staff_id,"
                                       " held_on, started_at, created_at, created_by,"
                                       " updated_at, updated_by, feedback_cycle_id)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6, (SELECT id FROM feedback_cycles"
                                       " WHERE subject_id = ?2 AND released_at IS NOT NULL"
                                       " ORDER BY released_at DESC, id DESC LIMIT 1))",
                                       "xxsXxo",
                                       pair.supervisor_id, pair.staff_id, held_on,
                                       started_today ? &now : NULL, now, actor);
  if (supervision_id == 0)
    return 0;

  /* Starting now takes the plan back; a one-to-one recorded afterwards
   * only takes back a plan for its day or before. */
  if (hearth_store_write (store, error, "supervision_pairs", HEARTH_CHANGE_UPDATE, pair_id,
                          "UPDATE supervision_pairs SET next_on = NULL, updated_at = ?3,"
                          " updated_by = ?4 WHERE id = ?1 AND next_on IS NOT NULL"
                          " AND (?5 OR next_on <= ?2)", "xsxoi",
                          pair_id, held_on, now, actor, started_today) == 0 ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return supervision_id;
}

/* --- The record ---------------------------------------------------------------------- */

/* Each field's column, how it is read, and how it is saved: a change to a
 * shared field takes back any agreement. */
#define SAVE(column, agreement) \
  "UPDATE supervisions SET " column " = ?2, version = version + 1, updated_at = ?3," \
  " updated_by = ?4" agreement " WHERE id = ?1 AND locked_at IS NULL"
#define TAKE_BACK ", agreed_by_staff_at = NULL, agreed_by_supervisor_at = NULL"
#define FIELD(column, shared) \
  { "SELECT " column " FROM supervisions WHERE id = ?1", SAVE (column, TAKE_BACK), shared }
#define PRIVATE(column) \
  { "SELECT " column " FROM supervisions WHERE id = ?1", SAVE (column, ""), FALSE }

static const struct {
  const char *read_sql;
  const char *save_sql;
  gboolean    shared;
} fields[] = {
  [HEARTH_SUPERVISION_WELLBEING_NOTE] = FIELD ("wellbeing_note", TRUE),
  [HEARTH_SUPERVISION_GOING_WELL] = FIELD ("going_well", TRUE),
  [HEARTH_SUPERVISION_BEEN_HARD] = FIELD ("been_hard", TRUE),
  [HEARTH_SUPERVISION_REFLECTION] = FIELD ("reflection", TRUE),
  [HEARTH_SUPERVISION_LEARNING] = FIELD ("learning", TRUE),
  [HEARTH_SUPERVISION_BEHAVIOURS_NOTE] = FIELD ("behaviours_note", TRUE),
  [HEARTH_SUPERVISION_PRIVATE_NOTE] = PRIVATE ("private_note"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HEARTH_SUPERVISION_N_FIELDS);

#undef PRIVATE
#undef FIELD

/* Looks up the record for a change by the actor with @version. */
static gboolean
begin_change (HearthStore   *store,
              gint64         supervision_id,
              gint64         version,
              Record        *record,
              GError       **error)
{
  return look_up_record (store, supervision_id, record, error) &&
         check_party (store, record, error) &&
         check_not_locked (record, error) &&
         check_version (record, version, error);
}

static gboolean
read_version (HearthStore  *store,
              gint64        supervision_id,
              gint64       *version,
              GError      **error)
{
  gint64 read = 0;

  if (!hearth_store_read_row (store, NULL, error, "SELECT version FROM supervisions WHERE id = ?1",
                              "x>x", supervision_id, &read))
    return FALSE;
  if (version != NULL)
    *version = read;
  return TRUE;
}

gboolean
hearth_supervision_save_text (HearthStore             *store,
                              gint64                   supervision_id,
                              gint64                   version,
                              HearthSupervisionField   field,
                              const char              *text,
                              gint64                  *new_version,
                              GError                 **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  g_autofree char *current = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (field < HEARTH_SUPERVISION_N_FIELDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";
  if (!hearth_check_text (text, HEARTH_SUPERVISION_TEXT_MAX,
                          _("This is too long to save; keep it to 10,000 characters or fewer"),
                          error))
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_change (store, supervision_id, version, &record, error))
    return FALSE;

  if (field == HEARTH_SUPERVISION_PRIVATE_NOTE &&
      hearth_store_get_actor (store) != record.supervisor_id)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Only the supervisor can write the private note"));

  /* Drafts are saved as they are typed: the same words again are no
   * change. */
  if (!hearth_store_read_row (store, NULL, error, fields[field].read_sql, "x>s",
                              supervision_id, &current))
    return FALSE;

  if (strcmp (current, text) != 0 &&
      hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_UPDATE, supervision_id,
                          fields[field].save_sql, "xsxo", supervision_id, text,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  if (!read_version (store, supervision_id, new_version, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_set_wellbeing (HearthStore  *store,
                                  gint64        supervision_id,
                                  gint64        version,
                                  int           wellbeing,
                                  gint64       *new_version,
                                  GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  gint64 value = wellbeing;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (wellbeing < 0 || wellbeing > HEARTH_WELLBEING_MAX)
    return hearth_refuse (error, _("Choose how they are on the scale from struggling (1) to "
                                   "thriving (5)"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_change (store, supervision_id, version, &record, error))
    return FALSE;

  if (hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_UPDATE, supervision_id,
                          SAVE ("wellbeing", TAKE_BACK) " AND wellbeing IS NOT ?2", "xXxo",
                          supervision_id, wellbeing > 0 ? &value : NULL,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0 ||
      !read_version (store, supervision_id, new_version, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

char *
hearth_supervision_dup_private_note (HearthStore  *store,
                                     gint64        supervision_id,
                                     GError      **error)
{
  g_autofree char *note = NULL;
  gboolean found = FALSE;
  gint64 supervisor_id = 0;
  gint64 actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  actor = hearth_store_get_actor (store);

  /* The note is read only when the actor is the supervisor, so that it
   * is never in memory for anyone else. */
  if (!hearth_store_read_row (store, &found, error,
                              "SELECT supervisor_id, iif (supervisor_id = ?2, private_note, NULL)"
                              " FROM supervisions WHERE id = ?1", "xx>xS",
                              supervision_id, actor, &supervisor_id, &note))
    return NULL;
  if (!found)
    {
      refuse_record_gone (error);
      return NULL;
    }
  if (actor <= 0 || actor != supervisor_id)
    return NULL;

  return note != NULL ? g_steal_pointer (&note) : g_strdup ("");
}

/* Sets the record's reflection case, taking back any agreement. */
static gboolean
set_reflection_case (HearthStore   *store,
                     const Record  *record,
                     gint64         case_id,
                     GError       **error)
{
  if (record->reflection_case_id == case_id)
    return TRUE;

  return hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_UPDATE, record->id,
                             SAVE ("reflection_case_id", TAKE_BACK), "xoxo", record->id, case_id,
                             hearth_store_now (store), hearth_store_get_actor (store)) > 0;
}

/* Adds the link unless it is there. */
static gboolean
add_link (HearthStore   *store,
          const Record  *record,
          gint64         case_id,
          gint64         entry_id,
          GError       **error)
{
  gboolean found = FALSE;
  gint64 link_id = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT id FROM supervision_case_links WHERE supervision_id = ?1"
                              " AND case_id = ?2 AND entry_id IS ?3", "xxo>x",
                              record->id, case_id, entry_id, &link_id))
    return FALSE;
  if (found)
    return TRUE;

  return hearth_store_write (store, error, "supervision_case_links", HEARTH_CHANGE_INSERT, 0,
                             "INSERT INTO supervision_case_links (supervision_id, case_id,"
                             " entry_id, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                             "xxoxo", record->id, case_id, entry_id, hearth_store_now (store),
                             hearth_store_get_actor (store)) > 0;
}

/* Looks up the record for a change of its links or actions by the actor;
 * these rows carry no version of their own. */
static gboolean
begin_part_change (HearthStore  *store,
                   gint64        supervision_id,
                   Record       *record,
                   GError      **error)
{
  return look_up_record (store, supervision_id, record, error) &&
         check_party (store, record, error) &&
         check_not_locked (record, error);
}

gboolean
hearth_supervision_link_case (HearthStore  *store,
                              gint64        supervision_id,
                              gint64        case_id,
                              GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (case_id <= 0)
    return hearth_refuse (error, _("Choose the case to reflect on"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_part_change (store, supervision_id, &record, error) ||
      !check_persons_case (store, record.staff_id, case_id, error) ||
      !add_link (store, &record, case_id, 0, error) ||
      !set_reflection_case (store, &record, case_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_link_entry (HearthStore  *store,
                               gint64        supervision_id,
                               gint64        entry_id,
                               GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  gboolean found = FALSE;
  gint64 case_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_part_change (store, supervision_id, &record, error) ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT coalesce (case_id, 0) FROM timeline_entries"
                              " WHERE id = ?1 AND deleted_at IS NULL", "x>x", entry_id, &case_id))
    return FALSE;

  if (!found || case_id <= 0)
    return hearth_refuse (error, _("That entry is not on a case’s timeline any more; choose "
                                   "another"));

  if (!check_persons_case (store, record.staff_id, case_id, error) ||
      !add_link (store, &record, case_id, entry_id, error) ||
      !(record.reflection_case_id > 0 || set_reflection_case (store, &record, case_id, error)))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_unlink (HearthStore  *store,
                           gint64        link_id,
                           GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  gboolean found = FALSE;
  gint64 supervision_id = 0, case_id = 0, entry_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT supervision_id, case_id, coalesce (entry_id, 0)"
                              " FROM supervision_case_links WHERE id = ?1", "x>xxx",
                              link_id, &supervision_id, &case_id, &entry_id))
    return FALSE;
  if (!found)
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  if (!begin_part_change (store, supervision_id, &record, error))
    return FALSE;

  if (entry_id > 0)
    {
      if (hearth_store_write (store, error, "supervision_case_links", HEARTH_CHANGE_DELETE,
                              link_id, "DELETE FROM supervision_case_links WHERE id = ?1", "x",
                              link_id) == 0)
        return FALSE;
    }
  else
    {
      /* Taking the case away takes its entries with it. */
      if (hearth_store_write (store, error, "supervision_case_links", HEARTH_CHANGE_DELETE,
                              link_id, "DELETE FROM supervision_case_links"
                              " WHERE supervision_id = ?1 AND case_id = ?2", "xx",
                              supervision_id, case_id) == 0 ||
          (record.reflection_case_id == case_id &&
           !set_reflection_case (store, &record, 0, error)))
        return FALSE;
    }

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_agree (HearthStore  *store,
                          gint64        supervision_id,
                          gint64        version,
                          GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  gint64 actor;
  gboolean as_staff;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_change (store, supervision_id, version, &record, error))
    return FALSE;

  actor = hearth_store_get_actor (store);
  as_staff = actor == record.staff_id;
  if ((as_staff && record.agreed_by_staff) || (!as_staff && record.agreed_by_supervisor))
    return hearth_transaction_commit (g_steal_pointer (&tx), error);

  /* The second agreement locks the record in the same statement. */
  if (hearth_store_write (store, error, "supervisions", HEARTH_CHANGE_UPDATE, supervision_id,
                          as_staff
                            ? "UPDATE supervisions SET agreed_by_staff_at = ?2,"
                              " locked_at = iif (agreed_by_supervisor_at IS NULL, NULL, ?2),"
                              " version = version + 1, updated_at = ?2, updated_by = ?3"
                              " WHERE id = ?1 AND locked_at IS NULL"
                            : "UPDATE supervisions SET agreed_by_supervisor_at = ?2,"
                              " locked_at = iif (agreed_by_staff_at IS NULL, NULL, ?2),"
                              " version = version + 1, updated_at = ?2, updated_by = ?3"
                              " WHERE id = ?1 AND locked_at IS NULL",
                          "xxo", supervision_id, hearth_store_now (store), actor) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_supervision_add_addendum (HearthStore  *store,
                                 gint64        supervision_id,
                                 const char   *text,
                                 GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  g_autofree char *trimmed = NULL;
  gint64 addendum_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!hearth_check_text (text, HEARTH_SUPERVISION_TEXT_MAX,
                          _("The addendum is too long; keep it to 10,000 characters or fewer"),
                          error))
    return 0;
  trimmed = hearth_dup_trimmed (text);
  if (*trimmed == '\0')
    return hearth_refuse (error, _("Write the addendum first"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_record (store, supervision_id, &record, error) ||
      !check_party (store, &record, error))
    return 0;

  if (!record.locked)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("This one-to-one is not agreed yet; change the record itself "
                                 "instead of adding an addendum"));

  addendum_id = hearth_store_write (store, error, "supervision_addenda", HEARTH_CHANGE_INSERT, 0,
                                    "INSERT INTO supervision_addenda (supervision_id, at,"
                                    " author_id, text) VALUES (?1, ?2, ?3, ?4)", "xxxs",
                                    supervision_id, hearth_store_now (store),
                                    hearth_store_get_actor (store), trimmed);
  if (addendum_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return addendum_id;
}

/* --- Agreed actions -------------------------------------------------------------------- */

static gboolean
check_action (HearthStore  *store,
              const char   *text,
              gint64        owner_id,
              const char   *due_on,
              char        **trimmed,
              GError      **error)
{
  if (!hearth_check_text (text, HEARTH_SUPERVISION_ACTION_MAX,
                          _("The action is too long; keep it to 1,000 characters or fewer"),
                          error))
    return FALSE;
  *trimmed = hearth_dup_trimmed (text);
  if (**trimmed == '\0')
    return hearth_refuse (error, _("Write what was agreed"));

  if (!hearth_check_staff (store, owner_id,
                           _("The person chosen to do it is no longer on the team list; choose "
                             "someone else"), error))
    return FALSE;

  return due_on == NULL ||
         check_day (store, due_on, DAY_ANY, NULL, error);
}

gint64
hearth_supervision_add_action (HearthStore  *store,
                               gint64        supervision_id,
                               const char   *text,
                               gint64        owner_id,
                               const char   *due_on,
                               GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  g_autofree char *trimmed = NULL;
  gint64 action_id, now, actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (hearth_text_is_blank (text))
    return hearth_refuse (error, _("Write what was agreed"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_part_change (store, supervision_id, &record, error))
    return 0;

  if (owner_id <= 0)
    owner_id = record.staff_id;
  if (!check_action (store, text, owner_id, due_on, &trimmed, error) ||
      !take_back_agreement (store, &record, error))
    return 0;

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  action_id = hearth_store_write (store, error, "supervision_actions", HEARTH_CHANGE_INSERT, 0,
                                  "INSERT INTO supervision_actions (supervision_id, text,"
                                  " owner_id, due_on, created_at, created_by, updated_at,"
                                  " updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)",
                                  "xsxSxo", supervision_id, trimmed, owner_id, due_on, now,
                                  actor);
  if (action_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return action_id;
}

typedef struct {
  gint64                         id;
  gint64                         supervision_id;
  HearthSupervisionActionStatus  status;
} Action;

static gboolean
look_up_action (HearthStore  *store,
                gint64        action_id,
                Action       *action,
                GError      **error)
{
  g_autofree char *status = NULL;
  gboolean found = FALSE;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT supervision_id, status FROM supervision_actions"
                              " WHERE id = ?1", "x>xs", action_id, &action->supervision_id,
                              &status))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This action no longer exists; it may have been removed in "
                                 "another window"));

  action->id = action_id;
  if (g_str_equal (status, "done"))
    action->status = HEARTH_SUPERVISION_ACTION_DONE;
  else if (g_str_equal (status, "dropped"))
    action->status = HEARTH_SUPERVISION_ACTION_DROPPED;
  else
    action->status = HEARTH_SUPERVISION_ACTION_OPEN;
  return TRUE;
}

static gboolean
check_action_open (const Action  *action,
                   GError       **error)
{
  switch (action->status)
    {
    case HEARTH_SUPERVISION_ACTION_OPEN:
      return TRUE;
    case HEARTH_SUPERVISION_ACTION_DONE:
      return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                                 _("This action has been marked done already"));
    case HEARTH_SUPERVISION_ACTION_DROPPED:
    default:
      return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                                 _("This action has been dropped already"));
    }
}

gboolean
hearth_supervision_update_action (HearthStore  *store,
                                  gint64        action_id,
                                  const char   *text,
                                  gint64        owner_id,
                                  const char   *due_on,
                                  GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(Record) record = { 0, };
  g_autofree char *trimmed = NULL;
  Action action;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hearth_text_is_blank (text))
    return hearth_refuse (error, _("Write what was agreed"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_action (store, action_id, &action, error) ||
      !begin_part_change (store, action.supervision_id, &record, error) ||
      !check_action_open (&action, error))
    return FALSE;

  if (owner_id <= 0)
    owner_id = record.staff_id;
  if (!check_action (store, text, owner_id, due_on, &trimmed, error) ||
      !take_back_agreement (store, &record, error))
    return FALSE;

  if (hearth_store_write (store, error, "supervision_actions", HEARTH_CHANGE_UPDATE, action_id,
                          "UPDATE supervision_actions SET text = ?2, owner_id = ?3, due_on = ?4,"
                          " updated_at = ?5, updated_by = ?6 WHERE id = ?1", "xsxSxo",
                          action_id, trimmed, owner_id, due_on, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* Looks up an open action to close in @in_supervision_id (or outside any
 * one-to-one, 0), by the member of staff or a supervisor of theirs. */
static gboolean
begin_close (HearthStore  *store,
             gint64        action_id,
             gint64        in_supervision_id,
             GError      **error)
{
  g_auto(Record) agreed = { 0, };
  Action action;
  gint64 actor = hearth_store_get_actor (store);
  gboolean allowed = FALSE;

  if (!look_up_action (store, action_id, &action, error) ||
      !look_up_record (store, action.supervision_id, &agreed, error) ||
      !check_action_open (&action, error))
    return FALSE;

  if (in_supervision_id > 0)
    {
      g_auto(Record) in = { 0, };
      gboolean later = FALSE;

      if (!look_up_record (store, in_supervision_id, &in, error) ||
          !check_party (store, &in, error) ||
          !check_not_locked (&in, error) ||
          !hearth_store_read_row (store, NULL, error,
                                  "SELECT (t.held_on, t.id) >= (s.held_on, s.id)"
                                  " FROM supervisions t, supervisions s"
                                  " WHERE t.id = ?1 AND s.id = ?2", "xx>i",
                                  in_supervision_id, agreed.id, &later))
        return FALSE;
      if (in.staff_id != agreed.staff_id || !later)
        return hearth_refuse (error, _("This action was not agreed with this person before "
                                       "this one-to-one"));
      return TRUE;
    }

  /* Outside a one-to-one: the member of staff, whoever agreed it with
   * them, or a supervisor of theirs now. */
  if (actor > 0 && (actor == agreed.staff_id || actor == agreed.supervisor_id))
    allowed = TRUE;
  else if (actor > 0 &&
           !hearth_store_read_row (store, &allowed, error,
                                   "SELECT 1 FROM supervision_pairs WHERE supervisor_id = ?1"
                                   " AND staff_id = ?2 AND ended_on IS NULL", "xx>",
                                   actor, agreed.staff_id))
    return FALSE;

  if (!allowed)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Only the member of staff and their supervisor can close "
                                 "their actions"));
  return TRUE;
}

gboolean
hearth_supervision_action_done (HearthStore  *store,
                                gint64        action_id,
                                gint64        in_supervision_id,
                                GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_close (store, action_id, in_supervision_id, error))
    return FALSE;

  now = hearth_store_now (store);
  if (hearth_store_write (store, error, "supervision_actions", HEARTH_CHANGE_UPDATE, action_id,
                          "UPDATE supervision_actions SET status = 'done', done_at = ?2,"
                          " closed_in_id = ?3, updated_at = ?2, updated_by = ?4"
                          " WHERE id = ?1 AND status = 'open'", "xxoo",
                          action_id, now, in_supervision_id, hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_supervision_action_drop (HearthStore  *store,
                                gint64        action_id,
                                gint64        in_supervision_id,
                                const char   *reason,
                                GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *trimmed = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_check_text (reason, HEARTH_SUPERVISION_REASON_MAX,
                          _("The reason is too long; keep it to 1,000 characters or fewer"),
                          error))
    return FALSE;
  trimmed = hearth_dup_trimmed (reason);
  if (*trimmed == '\0')
    return hearth_refuse (error, _("Say why the action is dropped"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !begin_close (store, action_id, in_supervision_id, error))
    return FALSE;

  now = hearth_store_now (store);
  if (hearth_store_write (store, error, "supervision_actions", HEARTH_CHANGE_UPDATE, action_id,
                          "UPDATE supervision_actions SET status = 'dropped', dropped_at = ?2,"
                          " dropped_reason = ?3, closed_in_id = ?4, updated_at = ?2,"
                          " updated_by = ?5 WHERE id = ?1 AND status = 'open'", "xxsoo",
                          action_id, now, trimmed, in_supervision_id,
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* --- Examples of practice ------------------------------------------------------------ */

static gboolean
check_example (HearthStore                      *store,
               gint64                            staff_id,
               const HearthPracticeExampleSpec  *spec,
               char                            **text,
               char                            **escalated_to,
               char                            **outcome,
               GError                          **error)
{
  gboolean found = FALSE;

  if (spec->kind > HEARTH_PRACTICE_ESCALATE)
    return hearth_refuse (error, _("Choose whether to celebrate or to escalate it"));
  if (spec->happened_on == NULL)
    return hearth_refuse (error, _("Choose the day it happened"));
  if (!check_day (store, spec->happened_on, DAY_NOT_AFTER_TODAY,
                  _("That day has not come yet; choose the day it happened"), error))
    return FALSE;

  if (!hearth_check_text (spec->text, HEARTH_SUPERVISION_TEXT_MAX,
                          _("This is too long to save; keep it to 10,000 characters or fewer"),
                          error) ||
      !hearth_check_text (spec->escalated_to, HEARTH_SUPERVISION_ESCALATED_MAX,
                          _("Keep who it was escalated to to 200 characters or fewer"), error) ||
      !hearth_check_text (spec->outcome, HEARTH_SUPERVISION_TEXT_MAX,
                          _("What came of it is too long; keep it to 10,000 characters or "
                            "fewer"), error))
    return FALSE;

  *text = hearth_dup_trimmed (spec->text);
  *escalated_to = hearth_dup_trimmed (spec->escalated_to);
  *outcome = hearth_dup_trimmed (spec->outcome);
  if (**text == '\0')
    return hearth_refuse (error, _("Write what happened"));
  if (spec->kind == HEARTH_PRACTICE_CELEBRATE && **escalated_to != '\0')
    return hearth_refuse (error, _("Only an example to escalate is escalated to someone"));
  if (spec->kind == HEARTH_PRACTICE_ESCALATE && **escalated_to == '\0')
    return hearth_refuse (error, _("Say who it was escalated to"));

  if (spec->case_id > 0)
    {
      if (!hearth_store_read_row (store, &found, error, "SELECT 1 FROM cases WHERE id = ?1",
                                  "x>", spec->case_id))
        return FALSE;
      if (!found)
        return hearth_refuse (error, _("That case no longer exists; choose another"));
    }

  if (spec->supervision_id > 0)
    {
      gint64 of = 0;

      if (!hearth_store_read_row (store, &found, error,
                                  "SELECT staff_id FROM supervisions WHERE id = ?1", "x>x",
                                  spec->supervision_id, &of))
        return FALSE;
      if (!found || of != staff_id)
        return hearth_refuse (error, _("Choose one of this person’s own one-to-ones"));
    }

  return TRUE;
}

gint64
hearth_practice_example_create (HearthStore                      *store,
                                const HearthPracticeExampleSpec  *spec,
                                GError                          **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escalated_to = NULL;
  g_autofree char *outcome = NULL;
  gint64 example_id, now, actor;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (spec->staff_id <= 0)
    return hearth_refuse (error, _("Choose who the example is about"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !hearth_check_staff (store, spec->staff_id,
                           _("The member of staff chosen is no longer on the team list; choose "
                             "someone else"), error) ||
      !check_example (store, spec->staff_id, spec, &text, &escalated_to, &outcome, error))
    return 0;

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  example_id = hearth_store_write (store, error, "practice_examples", HEARTH_CHANGE_INSERT, 0,
                                   "INSERT INTO practice_examples (staff_id, kind, happened_on,"
                                   " case_id, text, supervision_id, escalated_to, outcome, shared,"
                                   " created_at, created_by, updated_at, updated_by)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10,"
                                   " ?11)", "xssosossixo",
                                   spec->staff_id,
                                   spec->kind == HEARTH_PRACTICE_ESCALATE ? "escalate"
                                                                          : "celebrate",
                                   spec->happened_on, spec->case_id, text, spec->supervision_id,
                                   escalated_to, outcome, spec->shared != FALSE, now, actor);
  if (example_id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return example_id;
}

gboolean
hearth_practice_example_update (HearthStore                      *store,
                                gint64                            example_id,
                                const HearthPracticeExampleSpec  *spec,
                                GError                          **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escalated_to = NULL;
  g_autofree char *outcome = NULL;
  gboolean found = FALSE;
  gint64 staff_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !hearth_store_read_row (store, &found, error,
                              "SELECT staff_id FROM practice_examples WHERE id = ?1", "x>x",
                              example_id, &staff_id))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This example no longer exists; it may have been removed in "
                                 "another window"));

  if (!check_example (store, staff_id, spec, &text, &escalated_to, &outcome, error))
    return FALSE;

  if (hearth_store_write (store, error, "practice_examples", HEARTH_CHANGE_UPDATE, example_id,
                          "UPDATE practice_examples SET kind = ?2, happened_on = ?3,"
                          " case_id = ?4, text = ?5, supervision_id = ?6, escalated_to = ?7,"
                          " outcome = ?8, shared = ?9, updated_at = ?10, updated_by = ?11"
                          " WHERE id = ?1", "xssosossixo", example_id,
                          spec->kind == HEARTH_PRACTICE_ESCALATE ? "escalate" : "celebrate",
                          spec->happened_on, spec->case_id, text, spec->supervision_id,
                          escalated_to, outcome, spec->shared != FALSE,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}
