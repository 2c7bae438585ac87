/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"
#include "hearth-supervision-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PRACTICE_EXAMPLE (hearth_practice_example_get_type ())
G_DECLARE_FINAL_TYPE (HearthPracticeExample, hearth_practice_example, HEARTH, PRACTICE_EXAMPLE,
                      HearthItem)

gint64             hearth_practice_example_get_id             (HearthPracticeExample *self);
/* Who it is about. */
gint64             hearth_practice_example_get_staff_id       (HearthPracticeExample *self);
const char        *hearth_practice_example_get_staff_name     (HearthPracticeExample *self);
HearthPracticeKind hearth_practice_example_get_kind           (HearthPracticeExample *self);
const char        *hearth_practice_example_get_kind_label     (HearthPracticeExample *self);
const char        *hearth_practice_example_get_happened_on    (HearthPracticeExample *self);
const char        *hearth_practice_example_get_text           (HearthPracticeExample *self);
/* The case, 0 and "" for none. */
gint64             hearth_practice_example_get_case_id        (HearthPracticeExample *self);
const char        *hearth_practice_example_get_case_title     (HearthPracticeExample *self);
/* The one-to-one it was raised in, 0 for none. */
gint64             hearth_practice_example_get_supervision_id (HearthPracticeExample *self);
/* Who it was escalated to and what came of it, or "". */
const char        *hearth_practice_example_get_escalated_to   (HearthPracticeExample *self);
const char        *hearth_practice_example_get_outcome        (HearthPracticeExample *self);
/* Whether the member of staff sees it. */
gboolean           hearth_practice_example_get_shared         (HearthPracticeExample *self);
/* Who recorded it: 0 and "" for nobody on the team list. */
gint64             hearth_practice_example_get_author_id      (HearthPracticeExample *self);
const char        *hearth_practice_example_get_author_name    (HearthPracticeExample *self);

/* Examples of practice, newest first, narrowed by the filters below.
 * Sort: "date". */
HearthQueryModel *hearth_practice_example_list_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* Those about one person (their page); 0 for everyone's. */
void hearth_practice_example_list_set_staff       (HearthQueryModel *examples,
                                                   gint64            staff_id);
/* Those raised in one one-to-one; 0 for any. */
void hearth_practice_example_list_set_supervision (HearthQueryModel *examples,
                                                   gint64            supervision_id);
/* Only those the member of staff sees. */
void hearth_practice_example_list_set_shared_only (HearthQueryModel *examples,
                                                   gboolean          shared_only);

G_END_DECLS
