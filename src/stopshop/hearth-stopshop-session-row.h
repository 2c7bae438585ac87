/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-stopshop-session.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STOPSHOP_SESSION_ROW (hearth_stopshop_session_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthStopShopSessionRow, hearth_stopshop_session_row, HEARTH, STOPSHOP_SESSION_ROW,
                      GtkWidget)

/* One session of the Stop Shop page: its theme, place, phase and day, and
 * a menu of what can be done with it. The menu's items act on this
 * session through the page's stopshop.* actions, each given the session's
 * id, whichever session is selected. */
GtkWidget             *hearth_stopshop_session_row_new         (void);
HearthStopShopSession *hearth_stopshop_session_row_get_session (HearthStopShopSessionRow *self);
void                   hearth_stopshop_session_row_set_session (HearthStopShopSessionRow *self,
                                                                HearthStopShopSession    *session);
/* The menu's button, and opening the menu as Shift+F10 does. */
GtkMenuButton         *hearth_stopshop_session_row_get_menu_button (HearthStopShopSessionRow *self);
void                   hearth_stopshop_session_row_popup_menu  (HearthStopShopSessionRow *self);

G_END_DECLS
