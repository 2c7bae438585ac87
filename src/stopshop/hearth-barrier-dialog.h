/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-barrier.h"
#include "hearth-form-dialog.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARRIER_DIALOG (hearth_barrier_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthBarrierDialog, hearth_barrier_dialog, HEARTH, BARRIER_DIALOG, HearthFormDialog)

/* A barrier from the log, to keep up to date: what it is, its status
 * (parked needs a reason), who owns it, its first action and by when, a
 * note for its log, and the dated log of updates so far. Everything
 * changed is saved together, or nothing is. Emits ::saved, then closes. */
AdwDialog *hearth_barrier_dialog_new (HearthStore   *store,
                                      HearthBarrier *barrier);

G_END_DECLS
