/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"
#include "hearth-supervision.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REFLECTION_GROUP (hearth_reflection_group_get_type ())
G_DECLARE_FINAL_TYPE (HearthReflectionGroup, hearth_reflection_group, HEARTH, REFLECTION_GROUP,
                      AdwPreferencesGroup)

/* The reflection on a case in a one-to-one: the case, chosen from the
 * member of staff's own, what is said about it, and the entries of its
 * timeline linked to it, each of which opens the case there.
 *
 * The words are typed in the group's text view, which the one-to-one saves
 * with its other fields (hearth_reflection_group_get_text_view()). Choosing
 * the case and linking entries change the record: ::changing comes first,
 * so that the one-to-one saves what is typed, and ::saved after, so that it
 * reads the record again. */
void         hearth_reflection_group_set_store     (HearthReflectionGroup *self,
                                                    HearthStore           *store);
/* The record as read now; a locked record is read only. */
void         hearth_reflection_group_set_record    (HearthReflectionGroup *self,
                                                    HearthSupervision     *record);
GtkTextView *hearth_reflection_group_get_text_view (HearthReflectionGroup *self);

G_END_DECLS
