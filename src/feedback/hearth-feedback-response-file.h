/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-feedback-file.h"
#include "hearth-feedback-response-source.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_RESPONSE_FILE (hearth_feedback_response_file_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackResponseFile, hearth_feedback_response_file,
                      HEARTH, FEEDBACK_RESPONSE_FILE, GObject)

/* The answers of a rater without the team's database, kept in their
 * response file: the same pages as in Hearth, saved into the file as they
 * write. A HearthFeedbackResponseSource. */
HearthFeedbackResponseFile *hearth_feedback_response_file_new      (HearthFeedbackFile         *file);
HearthFeedbackFile         *hearth_feedback_response_file_get_file (HearthFeedbackResponseFile *self);

G_END_DECLS
