/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-supervision-pair.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_PAIR_ROW (hearth_supervision_pair_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionPairRow, hearth_supervision_pair_row, HEARTH,
                      SUPERVISION_PAIR_ROW, AdwActionRow)

/* A person in "My people" (@as_supervisor: plan or start their next
 * one-to-one), or the member of staff's own pair (open the one-to-one
 * that goes on). */
GtkWidget             *hearth_supervision_pair_row_new      (HearthSupervisionPair *pair,
                                                             gboolean               as_supervisor);
HearthSupervisionPair *hearth_supervision_pair_row_get_pair (HearthSupervisionPairRow *self);

G_END_DECLS
