/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT_STORY_DIALOG (hearth_resident_story_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthResidentStoryDialog, hearth_resident_story_dialog, HEARTH, RESIDENT_STORY_DIALOG, AdwDialog)

/* A resident's whole story: every entry of all their cases and the notes
 * written before any case, newest first, each saying which case it belongs
 * to. A note outside any case can be moved into one of their open cases. */
AdwDialog *hearth_resident_story_dialog_new (HearthStore *store,
                                             gint64       resident_id);

G_END_DECLS
