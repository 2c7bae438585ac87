/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-barrier.h"
#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER_STEP_DIALOG (hearth_barrier_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthBarrierStepDialog, hearth_barrier_step_dialog, HEARTH, BARRIER_STEP_DIALOG,
                      HearthFormDialog)

typedef enum {
  HEARTH_BARRIER_STEP_REVIEW,   /* where it stands: its status and a note */
  HEARTH_BARRIER_STEP_ACT,      /* an owner, a first action and a date */
} HearthBarrierStep;

/* The next step for one barrier during a session, big enough for the room
 * to follow on the projector. A save that fails says why and keeps what was
 * typed; the session is recorded with what was said. Emits ::saved after
 * a save, then closes. */
AdwDialog *hearth_barrier_step_dialog_new (HearthStore       *store,
                                           HearthBarrier     *barrier,
                                           gint64             session_id,
                                           HearthBarrierStep  step);

G_END_DECLS
