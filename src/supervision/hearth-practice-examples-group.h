/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PRACTICE_EXAMPLES_GROUP (hearth_practice_examples_group_get_type ())
G_DECLARE_FINAL_TYPE (HearthPracticeExamplesGroup, hearth_practice_examples_group, HEARTH,
                      PRACTICE_EXAMPLES_GROUP, AdwPreferencesGroup)

/* “Examples of Practice”: those of one member of staff, or only those
 * raised in one of their one-to-ones, each opening for a change (what came
 * of it, most often), and “Record an Example…”. The member of staff sees
 * only those shared with them. */
void   hearth_practice_examples_group_show       (HearthPracticeExamplesGroup *self,
                                                  HearthStore                 *store,
                                                  gint64                       staff_id,
                                                  const char                  *staff_name,
                                                  gint64                       supervision_id);
/* Whether new ones can be recorded here (not in a locked record). */
void   hearth_practice_examples_group_set_can_record (HearthPracticeExamplesGroup *self,
                                                      gboolean                     can_record);
GListModel *hearth_practice_examples_group_get_model (HearthPracticeExamplesGroup *self);

G_END_DECLS
