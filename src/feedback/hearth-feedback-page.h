/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FEEDBACK_PAGE (hearth_feedback_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackPage, hearth_feedback_page, HEARTH, FEEDBACK_PAGE, AdwBin)

/* The Feedback area: the 360° feedback cycles, and the way to start one
 * ("feedback.new-cycle"), to open one ("feedback.open-cycle", its id) and
 * to edit the frameworks ("feedback.frameworks"). */
void        hearth_feedback_page_set_store (HearthFeedbackPage *self,
                                           HearthStore        *store);
GListModel *hearth_feedback_page_get_model (HearthFeedbackPage *self);

G_END_DECLS
