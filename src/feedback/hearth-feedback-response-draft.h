/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-feedback-response-source.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_DRAFT (hearth_feedback_response_draft_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponseDraft, hearth_feedback_response_draft,
                      HEARTH, FEEDBACK_RESPONSE_DRAFT, GObject)

/* The answers of a rater who answers in Hearth (or whose paper form the
 * supervisor types in), kept as the model's draft until they are sent. A
 * HearthFeedbackResponseSource. NULL with HEARTH_ERROR_NOT_FOUND when there
 * is no such rater, HEARTH_ERROR_CONFLICT when their cycle has closed. */
HearthFeedbackResponseDraft *hearth_feedback_response_draft_new (HearthStore  *store,
                                                                 gint64        rater_id,
                                                                 GError      **error);
gint64 hearth_feedback_response_draft_get_rater_id (HearthFeedbackResponseDraft *self);

G_END_DECLS
