/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hearth-form-dialog.h"
#include "hearth-practice-example.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PRACTICE_DIALOG (hearth_practice_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthPracticeDialog, hearth_practice_dialog, HEARTH, PRACTICE_DIALOG,
                      HearthFormDialog)

/* Records an example of @staff_id's practice, to celebrate or to escalate,
 * raised in the one-to-one @supervision_id (0 for none). */
AdwDialog *hearth_practice_dialog_new             (HearthStore           *store,
                                                   gint64                 staff_id,
                                                   const char            *staff_name,
                                                   gint64                 supervision_id);
/* Changes @example: most often what came of it, weeks later. */
AdwDialog *hearth_practice_dialog_new_for_example (HearthStore           *store,
                                                   HearthPracticeExample *example);

G_END_DECLS
