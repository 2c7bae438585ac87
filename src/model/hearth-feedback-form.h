/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* What a response form, on paper or in a file, says about its cycle and
 * who answers it: read from the database in one place, so that the files
 * and the printed form ask what the cycle asks. */
typedef struct
{
  gint64              cycle_id;
  gint64              framework_id;
  char               *title;
  char               *person;          /* whom the feedback is for */
  char               *closes_on;       /* YYYY-MM-DD */
  char               *framework_name;
  gboolean            development_only;
  gboolean            open;

  /* Only filled by hearth_feedback_form_read_for_rater (). */
  gint64              rater_id;
  char               *rater_name;
  HearthRelationship  relationship;
  gboolean            alone;           /* the only one in their group */
} HearthFeedbackForm;

void     hearth_feedback_form_clear           (HearthFeedbackForm  *form);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthFeedbackForm, hearth_feedback_form_clear)

/* The cycle's part. @found is FALSE, with no error, for an unknown cycle. */
gboolean hearth_feedback_form_read_for_cycle  (HearthStore         *store,
                                               gint64               cycle_id,
                                               gboolean            *found,
                                               HearthFeedbackForm  *form,
                                               GError             **error);
/* The cycle's part and the rater's. An unknown rater or cycle is refused
 * with HEARTH_ERROR_NOT_FOUND. */
gboolean hearth_feedback_form_read_for_rater  (HearthStore         *store,
                                               gint64               rater_id,
                                               HearthFeedbackForm  *form,
                                               GError             **error);

/* Called with a new one-time token for the rater's form; returns FALSE
 * with @error if the form could not be sent on (written, saved). */
typedef gboolean (*HearthFeedbackTokenFunc) (const HearthFeedbackForm  *form,
                                             const char                *token,
                                             gpointer                   user_data,
                                             GError                   **error);

/* Issues the rater a new token, reads their form and hands both to @func
 * inside one transaction: the token is kept only if @func succeeds, so a
 * form that was never written leaves the rater's last token valid. */
gboolean hearth_feedback_form_issue           (HearthStore              *store,
                                               gint64                    rater_id,
                                               HearthFeedbackTokenFunc   func,
                                               gpointer                  user_data,
                                               GError                  **error);

G_END_DECLS
