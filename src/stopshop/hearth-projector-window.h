/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROJECTOR_WINDOW (hearth_projector_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthProjectorWindow, hearth_projector_window, HEARTH, PROJECTOR_WINDOW, AdwWindow)

/* A Stop Shop session on the projector: full screen, very large type, high
 * contrast, driven from the keyboard. It shows the session's phase, its
 * barriers with their vote totals and the phase's countdown, and never
 * anything private: no resident names, no feedback, no one's votes. A line
 * typed and not yet added is kept in @settings (may be NULL) when the
 * projector closes, and comes back when it opens on the same session. */
GtkWidget  *hearth_projector_window_new            (HearthStore           *store,
                                                    GSettings             *settings,
                                                    gint64                 session_id);
/* Acts on a key pressed on the projector, as the window does; TRUE when
 * the key was the facilitator's and not text being typed. */
gboolean    hearth_projector_window_handle_key     (HearthProjectorWindow *self,
                                                    guint                  keyval,
                                                    GdkModifierType        state);
/* Every string shown on the projected screen, one per line, for checking
 * that nothing private is ever in it. */
char       *hearth_projector_window_dup_shown_text (HearthProjectorWindow *self);

G_END_DECLS
