/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_COLLEAGUE_LIST (hearth_colleague_list_get_type ())

G_DECLARE_FINAL_TYPE (HearthColleagueList, hearth_colleague_list, HEARTH, COLLEAGUE_LIST,
                      AdwPreferencesGroup)

/* A group for choosing colleagues (the others involved in a case, the
 * ambassadors at a session): a chooser that finds a name as it is typed and
 * an Add button, then those chosen, each with a button that removes them,
 * named for screen readers. Rows added to the group in a template join the
 * chooser's list, below it.
 *
 * Its template sets what the chooser and the list are called:
 *
 *   <object class="HearthColleagueList">
 *     <property name="title" translatable="yes">Others Involved</property>
 *     <property name="chooser-title" translatable="yes">Colleague</property>
 *     <property name="add-label" translatable="yes">Add the colleague to the case</property>
 *     <property name="list-label" translatable="yes">Others involved</property>
 *     <property name="remove-label" translatable="yes">Remove %s from the case</property>
 *     <property name="subtitle-expression">
 *       <lookup name="role" type="HearthStaffMember"/>
 *     </property>
 *   </object>
 *
 * and emits ::changed when someone is added or removed. */

HearthQueryModel *hearth_colleague_list_get_staff (HearthColleagueList *self);
/* The colleagues to choose from: HearthStaffMember items. */
void              hearth_colleague_list_set_staff (HearthColleagueList *self,
                                                   HearthQueryModel    *staff);
/* The ids of the colleagues chosen, in the order they were added: a GArray
 * of gint64. */
GArray           *hearth_colleague_list_dup_ids   (HearthColleagueList *self);
/* Chooses, in place of those chosen, the colleagues of @ids that the staff
 * list offers; the others are left out. */
void              hearth_colleague_list_set_ids   (HearthColleagueList *self,
                                                   const gint64        *ids,
                                                   guint                n_ids);

G_END_DECLS
