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

G_END_DECLS
