/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-resident.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT_PAGE (hearth_resident_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthResidentPage, hearth_resident_page, HEARTH, RESIDENT_PAGE, AdwBin)

/* One resident, with or without a case: who they are, a composer that logs
 * a call or a conversation about them in no case, those notes newest first
 * (each can move into one of their open cases), and their cases. Emits
 * ::open-case with a case's id when one of their cases is chosen. */
void            hearth_resident_page_set_store      (HearthResidentPage *self,
                                                     HearthStore        *store);
/* The resident shown, or NULL for none; @resident's changes show as they
 * happen. */
void            hearth_resident_page_set_resident   (HearthResidentPage *self,
                                                     HearthResident     *resident);
HearthResident *hearth_resident_page_get_resident   (HearthResidentPage *self);
/* Puts the keyboard in the composer's summary, to log a call at once. */
void            hearth_resident_page_focus_composer (HearthResidentPage *self);

G_END_DECLS
