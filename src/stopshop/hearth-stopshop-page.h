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
GListModel *hearth_stopshop_page_get_barriers (HearthStopShopPage *self);

G_END_DECLS
