/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits in characters, as the schema's CHECKs have them. */
#define HEARTH_FEEDBACK_TITLE_MAX       200
#define HEARTH_FEEDBACK_RATER_NAME_MAX  200
#define HEARTH_FEEDBACK_TEXT_MAX        10000

/* The default minimums: how many people of a group must have answered for
 * the group to be shown, and how many for the comments of any group but
 * self and manager. The highest minimum a cycle may have. */
#define HEARTH_FEEDBACK_MIN_SELF        1
#define HEARTH_FEEDBACK_MIN_MANAGER     1
#define HEARTH_FEEDBACK_MIN_OTHER       3
#define HEARTH_FEEDBACK_MIN_COMMENTS    3
#define HEARTH_FEEDBACK_MIN_LIMIT       50

/* Who a rater is to the person the feedback is for. Self and manager are
 * groups of one by design; the others are anonymous groups. */
typedef enum {
  HEARTH_RELATIONSHIP_SELF,
  HEARTH_RELATIONSHIP_MANAGER,
  HEARTH_RELATIONSHIP_PEER,
  HEARTH_RELATIONSHIP_DIRECT_REPORT,
  HEARTH_RELATIONSHIP_PARTNER,
  HEARTH_RELATIONSHIP_RESIDENT,
} HearthRelationship;

#define HEARTH_N_RELATIONSHIPS 6

typedef enum {
  HEARTH_RATER_INVITED,
  HEARTH_RATER_STARTED,
  HEARTH_RATER_SUBMITTED,
  HEARTH_RATER_DECLINED,
} HearthRaterStatus;

#define HEARTH_N_RATER_STATUSES 4

/* Ratings and words, or words only: a development-only cycle has no
 * numbers anywhere. */
typedef enum {
  HEARTH_FEEDBACK_RATINGS_AND_WORDS,
  HEARTH_FEEDBACK_DEVELOPMENT_ONLY,
} HearthFeedbackMode;

/* Who may release the report to the person: their supervisor, or the
 * person too. */
typedef enum {
  HEARTH_RELEASE_BY_SUPERVISOR,
  HEARTH_RELEASE_BY_PERSON,
} HearthReleaseBy;

/* As the database spells them, and back; and as people read them. */
const char *hearth_relationship_to_string      (HearthRelationship   relationship);
gboolean    hearth_relationship_from_string    (const char          *text,
                                                HearthRelationship  *relationship);
/* “Peer”, and for the group “Peers”. */
const char *hearth_relationship_get_label      (HearthRelationship   relationship);
const char *hearth_relationship_get_group_label (HearthRelationship  relationship);
const char *hearth_rater_status_to_string      (HearthRaterStatus    status);
gboolean    hearth_rater_status_from_string    (const char          *text,
                                                HearthRaterStatus   *status);
const char *hearth_rater_status_get_label      (HearthRaterStatus    status);

/* Changes to 360° feedback cycles, their raters and their answers. Each is
 * one transaction through the store's audited writes; refusals are
 * HEARTH_ERROR_INVALID for what was typed or chosen, HEARTH_ERROR_NOT_FOUND
 * for a cycle or rater that is gone and HEARTH_ERROR_CONFLICT for a change
 * the cycle's state does not allow, each with a sentence to show. */

/* What a cycle is: who it is for, on which framework, when it opens and
 * closes (“YYYY-MM-DD”), its mode, who may release its report and who
 * runs it (0 for nobody: then anyone but the person may release it). */
typedef struct {
  gint64              subject_id;
  gint64              framework_id;
  const char         *title;
  const char         *opens_on;
  const char         *closes_on;
  HearthFeedbackMode  mode;
  HearthReleaseBy     release_by;
  gint64              supervisor_id;
} HearthFeedbackCycleSpec;

/* Starts a cycle, open, with the default minimums and a shuffle seed and a
 * secret of its own. Returns its id, or 0 with @error. */
gint64   hearth_feedback_create_cycle   (HearthStore                    *store,
                                         const HearthFeedbackCycleSpec  *spec,
                                         GError                        **error);
/* Changes a cycle. Its person cannot change once it has raters, nor its
 * framework or mode once anyone has started answering
 * (HEARTH_ERROR_CONFLICT). */
gboolean hearth_feedback_update_cycle   (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         const HearthFeedbackCycleSpec  *spec,
                                         GError                        **error);

typedef struct {
  guint self;
  guint manager;
  guint other;      /* each group but self and manager */
  guint comments;   /* the comments of each group but self and manager */
} HearthFeedbackMinimums;

/* Sets the cycle's minimums. Each is at least 1 and at most
 * HEARTH_FEEDBACK_MIN_LIMIT. One below the default for the other groups or
 * for comments risks showing who wrote what, and is refused with
 * HEARTH_ERROR_CONFLICT unless @confirm_risk says the supervisor was told
 * and agreed; the cycle then records that they confirmed. */
gboolean hearth_feedback_set_minimums   (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         const HearthFeedbackMinimums   *minimums,
                                         gboolean                        confirm_risk,
                                         GError                        **error);
gboolean hearth_feedback_get_minimums   (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         HearthFeedbackMinimums         *minimums,
                                         GError                        **error);

/* Asks someone for feedback in an open cycle: a team member (@staff_id),
 * or someone outside the team by @name (partners and residents, with
 * @staff_id 0). Self is the cycle's person (@staff_id may be 0 or theirs).
 * The same team member twice is refused. Returns the rater's id, or 0 with
 * @error. */
gint64   hearth_feedback_add_rater      (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         gint64                          staff_id,
                                         const char                     *name,
                                         HearthRelationship              relationship,
                                         GError                        **error);
/* Takes a rater out, with any draft; refused once they have sent their
 * answers, which are kept without their name. */
gboolean hearth_feedback_remove_rater   (HearthStore                    *store,
                                         gint64                          rater_id,
                                         GError                        **error);
/* The rater will not answer; any draft is deleted. */
gboolean hearth_feedback_decline        (HearthStore                    *store,
                                         gint64                          rater_id,
                                         GError                        **error);

/* Closing ends the answering and makes the report possible. Reopening
 * takes back the release as well: the report is gone until the cycle is
 * closed and released again. Both do nothing when the cycle is already so. */
gboolean hearth_feedback_close_cycle    (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         GError                        **error);
gboolean hearth_feedback_reopen_cycle   (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         GError                        **error);
/* Releases the report of a closed cycle to its person, as the store's
 * actor: the cycle's supervisor, or the person when the cycle lets them
 * (with no supervisor, anyone but the person). */
gboolean hearth_feedback_release        (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         GError                        **error);

/* How many raters of the cycle are in each status, indexed by
 * HearthRaterStatus: all that anyone learns of a cycle while it is open. */
gboolean hearth_feedback_count_raters   (HearthStore                    *store,
                                         gint64                          cycle_id,
                                         guint                          *counts,
                                         GError                        **error);
/* The names of the raters who have not answered yet, by name, for the
 * cycle's supervisor (@viewer_staff_id) while the cycle is open; empty once
 * it is closed, and refused with HEARTH_ERROR_CONFLICT for anyone else.
 * g_strfreev() it. */
char   **hearth_feedback_dup_not_answered (HearthStore                  *store,
                                           gint64                        cycle_id,
                                           gint64                        viewer_staff_id,
                                           GError                      **error);
/* Whether the rater would be the only one in their group (other than self
 * and manager, groups of one by design), so that the response page can say
 * so before they start. FALSE with @error set on failure. */
gboolean hearth_feedback_rater_is_alone (HearthStore                    *store,
                                         gint64                          rater_id,
                                         GError                        **error);

/* --- Answers ----------------------------------------------------------------- */

/* What one rater answers: for each behaviour a rating (1 to the number of
 * points on the scale, 0 for none) or “not seen enough to say”, and an
 * optional example; then what to keep doing and what to try. A plain
 * value that the response pages, the response file and the store share. */
typedef struct _HearthFeedbackAnswers HearthFeedbackAnswers;

#define HEARTH_TYPE_FEEDBACK_ANSWERS (hearth_feedback_answers_get_type ())

GType                  hearth_feedback_answers_get_type        (void) G_GNUC_CONST;
HearthFeedbackAnswers *hearth_feedback_answers_new             (void);
HearthFeedbackAnswers *hearth_feedback_answers_copy            (const HearthFeedbackAnswers *self);
void                   hearth_feedback_answers_free            (HearthFeedbackAnswers       *self);

/* A rating clears “not seen”, and “not seen” clears the rating. */
void        hearth_feedback_answers_set_rating     (HearthFeedbackAnswers        *self,
                                                    gint64                        behaviour_id,
                                                    int                           rating);
void        hearth_feedback_answers_set_not_seen   (HearthFeedbackAnswers        *self,
                                                    gint64                        behaviour_id,
                                                    gboolean                      not_seen);
void        hearth_feedback_answers_set_example    (HearthFeedbackAnswers        *self,
                                                    gint64                        behaviour_id,
                                                    const char                   *example);
void        hearth_feedback_answers_set_keep_doing (HearthFeedbackAnswers        *self,
                                                    const char                   *text);
void        hearth_feedback_answers_set_try        (HearthFeedbackAnswers        *self,
                                                    const char                   *text);
int         hearth_feedback_answers_get_rating     (const HearthFeedbackAnswers  *self,
                                                    gint64                        behaviour_id);
gboolean    hearth_feedback_answers_get_not_seen   (const HearthFeedbackAnswers  *self,
                                                    gint64                        behaviour_id);
/* "" when there is none; never NULL. */
const char *hearth_feedback_answers_get_example    (const HearthFeedbackAnswers  *self,
                                                    gint64                        behaviour_id);
const char *hearth_feedback_answers_get_keep_doing (const HearthFeedbackAnswers  *self);
const char *hearth_feedback_answers_get_try        (const HearthFeedbackAnswers  *self);
/* The behaviours answered about, in the order first set. */
guint       hearth_feedback_answers_get_n_behaviours (const HearthFeedbackAnswers *self);
gint64      hearth_feedback_answers_get_behaviour_id (const HearthFeedbackAnswers *self,
                                                      guint                        index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthFeedbackAnswers, hearth_feedback_answers_free)

/* Saves what the rater has written so far, as they write it, linked to
 * them, and marks them as started. Checked as for sending, except that
 * nothing needs answering yet. Refused once they have answered or
 * declined, or the cycle has closed (HEARTH_ERROR_CONFLICT). */
gboolean hearth_feedback_save_draft     (HearthStore                    *store,
                                         gint64                          rater_id,
                                         const HearthFeedbackAnswers    *answers,
                                         GError                        **error);
/* What the rater saved last, or nothing answered yet when they have not
 * saved; refused once they have answered, as their answers are no longer
 * linked to them. */
HearthFeedbackAnswers *hearth_feedback_load_draft (HearthStore          *store,
                                                   gint64                rater_id,
                                                   GError              **error);

/* Sends the rater's answers (@answers, or their saved draft when NULL):
 * one transaction, with secure_delete on, marks the rater as having
 * answered, stores the answers under a random id with the rater's group
 * and nothing else, written with hearth_store_write_unattributed(), and
 * deletes the draft; then the write-ahead log is emptied so that no copy
 * of the draft stays in it. Refused with nothing written when the rater
 * has answered already or declined, or the cycle has closed
 * (HEARTH_ERROR_CONFLICT); however often it is called, one response is
 * stored. Every text may hold up to 10,000 characters of any script; a
 * rating must be on the scale, and there are none in a development-only
 * cycle (HEARTH_ERROR_INVALID). */
gboolean hearth_feedback_submit         (HearthStore                    *store,
                                         gint64                          rater_id,
                                         const HearthFeedbackAnswers    *answers,
                                         GError                        **error);
/* The same for answers that came back in a response file, found by its
 * one-time @token (32 hexadecimal digits): a token this cycle did not give
 * out is HEARTH_ERROR_NOT_FOUND, one already used, or a rater who has
 * answered in Hearth, HEARTH_ERROR_CONFLICT. */
gboolean hearth_feedback_submit_with_token (HearthStore                 *store,
                                            gint64                       cycle_id,
                                            const char                  *token,
                                            const HearthFeedbackAnswers *answers,
                                            GError                     **error);

/* --- Response files -------------------------------------------------------------- */

/* A new one-time token for the rater's response file, 128 random bits as
 * 32 hexadecimal digits; only its SHA-256 (of the 32 digits, in hex) is
 * kept. A new token replaces the last one, whose file can then no longer
 * be read back. g_free() it. */
char    *hearth_feedback_issue_token     (HearthStore                   *store,
                                          gint64                         rater_id,
                                          GError                       **error);
/* The database's own id, which response files name. g_free() it. */
char    *hearth_feedback_dup_database_id (HearthStore                   *store,
                                          GError                       **error);
/* The secret that signs the fixed part of the cycle's response files.
 * g_free() it. */
char    *hearth_feedback_dup_cycle_secret (HearthStore                  *store,
                                           gint64                        cycle_id,
                                           GError                      **error);

G_END_DECLS
