/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The bit of a relationship in a set of groups, such as the groups a
 * combined figure leaves out. */
#define HEARTH_RELATIONSHIP_BIT(relationship) (1u << (relationship))

/* Why a group shows no figure for a behaviour. */
typedef enum {
  HEARTH_FEEDBACK_SHOWN,
  HEARTH_FEEDBACK_TOO_FEW_ANSWERED,  /* fewer of the group answered than its minimum */
  HEARTH_FEEDBACK_TOO_FEW_RATED,     /* enough answered, but fewer rated this behaviour */
} HearthFeedbackShown;

/* What one group said about one behaviour. The figures (n_ratings, mean,
 * lowest, highest) are only there when @shown is HEARTH_FEEDBACK_SHOWN;
 * otherwise they are 0, and the report does not hold them at all. */
typedef struct {
  HearthRelationship   relationship;
  HearthFeedbackShown  shown;
  guint                minimum;      /* the group's minimum in this cycle */
  guint                n_responses;  /* how many of the group answered */
  guint                n_ratings;    /* how many gave this behaviour a rating */
  double               mean;
  int                  lowest;
  int                  highest;
} HearthFeedbackFigures;

/* Everyone but self, over the groups shown for the behaviour only. When
 * any group is not shown, @left_out holds its bit (see
 * HEARTH_RELATIONSHIP_BIT()) so that the figure can say whom it leaves
 * out; when the groups shown are fewer than two, there is no combined
 * figure (@shown is FALSE): it would be that one group's, or nobody's. */
typedef struct {
  gboolean  shown;
  double    mean;
  guint     n_ratings;
  guint     n_groups;
  guint     left_out;
} HearthFeedbackCombined;

#define HEARTH_TYPE_FEEDBACK_REPORT (hearth_feedback_report_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackReport, hearth_feedback_report, HEARTH, FEEDBACK_REPORT, GObject)

/* The report of a closed cycle, the only source of its figures and words
 * for the screen, the PDF, the CSV and the command line, so that each
 * applies the same rules of anonymity:
 * - a group is shown for a behaviour only with at least its minimum of
 *   ratings (“not seen enough to say” is no rating);
 * - comments (keep doing, try, examples) come only from groups with at
 *   least the comment minimum of answers (and, for an example, shown for
 *   its behaviour), without names, in an order shuffled with the cycle's
 *   seed: the same each time the report is made, another in another
 *   cycle. Self and manager are groups of one by design and need only
 *   their own minimum; the person's own words are kept apart from the
 *   others';
 * - a development-only cycle's report holds no numbers at all.
 *
 * Refused with HEARTH_ERROR_CONFLICT while the cycle is open, and for the
 * cycle's person (@viewer_staff_id) until it is released. */
HearthFeedbackReport *hearth_feedback_report_new (HearthStore  *store,
                                                  gint64        cycle_id,
                                                  gint64        viewer_staff_id,
                                                  GError      **error);

gint64      hearth_feedback_report_get_cycle_id         (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_title            (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_subject_name     (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_framework_name   (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_opens_on         (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_closes_on        (HearthFeedbackReport *self);
gboolean    hearth_feedback_report_get_development_only (HearthFeedbackReport *self);
gboolean    hearth_feedback_report_get_released         (HearthFeedbackReport *self);
void        hearth_feedback_report_get_minimums         (HearthFeedbackReport   *self,
                                                         HearthFeedbackMinimums *minimums);

/* The scale: its number of points (0 in a development-only cycle) and the
 * label of each, from 1. */
guint       hearth_feedback_report_get_scale_size       (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_scale_label      (HearthFeedbackReport *self,
                                                         guint                 value);

/* The groups asked in the cycle, self first, in the order of
 * HearthRelationship. */
guint              hearth_feedback_report_get_n_groups  (HearthFeedbackReport *self);
HearthRelationship hearth_feedback_report_get_group     (HearthFeedbackReport *self,
                                                         guint                 index);

/* The framework's behaviours, in order. */
guint       hearth_feedback_report_get_n_behaviours     (HearthFeedbackReport *self);
gint64      hearth_feedback_report_get_behaviour_id     (HearthFeedbackReport *self,
                                                         guint                 behaviour);
const char *hearth_feedback_report_get_behaviour_name   (HearthFeedbackReport *self,
                                                         guint                 behaviour);
const char *hearth_feedback_report_get_behaviour_meaning (HearthFeedbackReport *self,
                                                          guint                 behaviour);

/* The person's own rating of the behaviour: FALSE when there is none to
 * show, and always in a development-only cycle. */
gboolean    hearth_feedback_report_get_self_rating      (HearthFeedbackReport  *self,
                                                         guint                  behaviour,
                                                         double                *rating);
/* What @relationship said about the behaviour: FALSE when the group was
 * not asked, and always in a development-only cycle. */
gboolean    hearth_feedback_report_get_figures          (HearthFeedbackReport  *self,
                                                         guint                  behaviour,
                                                         HearthRelationship     relationship,
                                                         HearthFeedbackFigures *figures);
/* Everyone but self: FALSE in a development-only cycle. */
gboolean    hearth_feedback_report_get_combined         (HearthFeedbackReport   *self,
                                                         guint                   behaviour,
                                                         HearthFeedbackCombined *combined);

/* The gaps between how the person rated themselves and how others did
 * (the combined figure, or the one group shown when there is no combined
 * figure), biggest first: self minus others. None in a development-only
 * cycle. */
guint       hearth_feedback_report_get_n_gaps           (HearthFeedbackReport  *self);
gboolean    hearth_feedback_report_get_gap              (HearthFeedbackReport  *self,
                                                         guint                  index,
                                                         guint                 *behaviour,
                                                         double                *gap);

/* The raters' words, shuffled, NULL-terminated: what to keep doing (their
 * strengths), what to try (areas to develop) and the examples given for a
 * behaviour. */
const char * const *hearth_feedback_report_get_keep_doing (HearthFeedbackReport *self);
const char * const *hearth_feedback_report_get_try        (HearthFeedbackReport *self);
const char * const *hearth_feedback_report_get_examples   (HearthFeedbackReport *self,
                                                           guint                 behaviour);
/* The groups whose words are not shown, as HEARTH_RELATIONSHIP_BIT()s:
 * too few of them answered. */
guint       hearth_feedback_report_get_words_left_out     (HearthFeedbackReport *self);
/* The person's own words, NULL when there are none to show. */
const char *hearth_feedback_report_get_self_keep_doing    (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_self_try           (HearthFeedbackReport *self);
const char *hearth_feedback_report_get_self_example       (HearthFeedbackReport *self,
                                                           guint                 behaviour);

G_END_DECLS
