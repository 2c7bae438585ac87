/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ENTRY_COMPOSER (hearth_entry_composer_get_type ())
G_DECLARE_FINAL_TYPE (HearthEntryComposer, hearth_entry_composer, HEARTH, ENTRY_COMPOSER, AdwBin)

/* Logs a new entry on a case from the keyboard: a kind (Alt+1 … Alt+0), a
 * one-line summary, the kind's own fields, and Ctrl+Enter. "What we agreed"
 * has a row for each thing agreed, with who will do it and by when (Enter
 * in the last row adds the next). What was typed stays until it is saved.
 * Emits ::saved with the new entry's id. */
void hearth_entry_composer_set_store (HearthEntryComposer *self,
                                      HearthStore         *store);
void hearth_entry_composer_set_case  (HearthEntryComposer *self,
                                      gint64               case_id);
/* With no case set, what is logged is a note about @resident_id in no
 * case (the "resident-id" property); the kinds that need a case are
 * refused there with a sentence. */
void hearth_entry_composer_set_resident (HearthEntryComposer *self,
                                         gint64               resident_id);
void hearth_entry_composer_focus     (HearthEntryComposer *self);
/* Forgets what was typed, as after a save. */
void hearth_entry_composer_clear     (HearthEntryComposer *self);

G_END_DECLS
