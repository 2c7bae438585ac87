/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-barrier.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROJECTOR_ROW (hearth_projector_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthProjectorRow, hearth_projector_row, HEARTH, PROJECTOR_ROW, GtkWidget)

/* A barrier on the projector: its title in large type, a line about it
 * and its votes, which the projector writes (hearth_projector_row_show())
 * whenever the barrier changes (::changed), with the words a screen reader
 * says after the title (:description). While it may be dragged, a
 * barrier dropped on another activates projector.ask-merge with both ids
 * ("(xx)": the one dropped, the one it joins). */
GtkWidget     *hearth_projector_row_new         (void);
HearthBarrier *hearth_projector_row_get_barrier (HearthProjectorRow *self);
void           hearth_projector_row_set_barrier (HearthProjectorRow *self,
                                                 HearthBarrier      *barrier);
void           hearth_projector_row_show        (HearthProjectorRow *self,
                                                 const char         *meta,
                                                 const char         *votes,
                                                 const char         *description,
                                                 gboolean            can_drag);

G_END_DECLS
