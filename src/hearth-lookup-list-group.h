/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-lookup-item.h"

G_BEGIN_DECLS

/* HearthLookupTable as a GType, for the group's "table" property: "outcomes"
 * or "access-needs" in a template. */
#define HEARTH_TYPE_LOOKUP_TABLE (hearth_lookup_table_get_type ())
GType hearth_lookup_table_get_type (void) G_GNUC_CONST;

#define HEARTH_TYPE_LOOKUP_LIST_GROUP (hearth_lookup_list_group_get_type ())

G_DECLARE_FINAL_TYPE (HearthLookupListGroup, hearth_lookup_list_group, HEARTH, LOOKUP_LIST_GROUP, AdwPreferencesGroup)

/* One of the team's small lists (outcomes, access needs) to rename, remove
 * from and add to. What it cannot save it says with a toast on the
 * preferences dialog it is in. In a template, set its "table" and give it
 * its store with hearth_lookup_list_group_set_store(). */
GtkWidget *hearth_lookup_list_group_new       (HearthStore           *store,
                                               HearthLookupTable      table);
/* Shows the list as @store has it; once only. */
void       hearth_lookup_list_group_set_store (HearthLookupListGroup *self,
                                               HearthStore           *store);

G_END_DECLS
