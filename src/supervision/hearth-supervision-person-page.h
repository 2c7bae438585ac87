/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-supervision-pair.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_PERSON_PAGE (hearth_supervision_person_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionPersonPage, hearth_supervision_person_page, HEARTH,
                      SUPERVISION_PERSON_PAGE, AdwBin)

/* One of my people: their one-to-ones, the newest first, each opening it
 * ("supervision.open"); their actions still open; their examples of
 * practice; and Start Now and Plan… ("supervision.start",
 * "supervision.plan"), and back to everyone ("supervision.back"). */
void                   hearth_supervision_person_page_show     (HearthSupervisionPersonPage *self,
                                                                HearthStore                 *store,
                                                                HearthSupervisionPair       *pair);
HearthSupervisionPair *hearth_supervision_person_page_get_pair (HearthSupervisionPersonPage *self);

G_END_DECLS
