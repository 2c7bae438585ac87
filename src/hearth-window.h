/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"
#include "hearth-case-list-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())
G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow       *hearth_window_new            (HearthApplication *application,
                                                  HearthStore       *store);
/* A window that explains why the database could not be opened and what to do. */
HearthWindow       *hearth_window_new_for_error  (HearthApplication *application,
                                                  const GError      *error);
void                hearth_window_show_error     (HearthWindow      *self,
                                                  const GError      *error);
void                hearth_window_show_toast     (HearthWindow      *self,
                                                  const char        *message);
/* "cases", "stopshop", "feedback" or "supervision". */
void                hearth_window_set_area       (HearthWindow      *self,
                                                  const char        *area);
GtkWidget          *hearth_window_get_area       (HearthWindow      *self,
                                                  const char        *area);
HearthCaseListPage *hearth_window_get_case_list_page (HearthWindow  *self);

G_END_DECLS
