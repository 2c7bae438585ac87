/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-form-dialog.h"
#include "hearth-stopshop-session.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SESSION_DIALOG (hearth_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthSessionDialog, hearth_session_dialog, HEARTH, SESSION_DIALOG,
                      HearthFormDialog)

/* Sets up a new Stop Shop session (@session NULL) or edits the setup of
 * @session: the day, place, theme, facilitating ambassadors, teams
 * attending, votes per person, people voting, weeks before a barrier is
 * stalled and minutes per phase. @stall_weeks is the default for a new
 * session. What cannot be saved is said as it is typed. Emits ::saved,
 * then closes. */
AdwDialog *hearth_session_dialog_new            (HearthStore           *store,
                                                 HearthStopShopSession *session,
                                                 guint                  stall_weeks);
/* The session created or changed, once ::saved; 0 before. */
gint64     hearth_session_dialog_get_session_id (HearthSessionDialog   *self);

G_END_DECLS
