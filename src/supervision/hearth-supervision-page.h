/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_PAGE (hearth_supervision_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionPage, hearth_supervision_page, HEARTH, SUPERVISION_PAGE, AdwBin)

void        hearth_supervision_page_set_store (HearthSupervisionPage *self,
                                               HearthStore           *store);
/* "My people": the pairs in which the person using Hearth supervises. */
GListModel *hearth_supervision_page_get_model (HearthSupervisionPage *self);

G_END_DECLS
