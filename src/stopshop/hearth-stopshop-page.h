/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STOPSHOP_PAGE (hearth_stopshop_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthStopShopPage, hearth_stopshop_page, HEARTH, STOPSHOP_PAGE, AdwBin)

void        hearth_stopshop_page_set_store    (HearthStopShopPage *self,
                                               HearthStore        *store);
GListModel *hearth_stopshop_page_get_sessions (HearthStopShopPage *self);
/* The barrier log as shown: filtered and sorted. */
GListModel *hearth_stopshop_page_get_barriers (HearthStopShopPage *self);
/* The session the session buttons and the projector act on, or 0. */
gint64      hearth_stopshop_page_get_selected_session (HearthStopShopPage *self);
/* Writes the barrier log as shown to @file as CSV, as "Export as CSV…"
 * does once a file is chosen. */
gboolean    hearth_stopshop_page_export_barriers (HearthStopShopPage  *self,
                                                  GFile               *file,
                                                  GError             **error);

G_END_DECLS
