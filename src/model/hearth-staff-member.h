/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STAFF_MEMBER (hearth_staff_member_get_type ())
G_DECLARE_FINAL_TYPE (HearthStaffMember, hearth_staff_member, HEARTH, STAFF_MEMBER, HearthItem)

gint64      hearth_staff_member_get_id              (HearthStaffMember *self);
const char *hearth_staff_member_get_name            (HearthStaffMember *self);
const char *hearth_staff_member_get_role            (HearthStaffMember *self);
const char *hearth_staff_member_get_team            (HearthStaffMember *self);
const char *hearth_staff_member_get_email           (HearthStaffMember *self);
gint64      hearth_staff_member_get_supervisor_id   (HearthStaffMember *self);
const char *hearth_staff_member_get_supervisor_name (HearthStaffMember *self);
gboolean    hearth_staff_member_get_is_ambassador   (HearthStaffMember *self);
gboolean    hearth_staff_member_get_active          (HearthStaffMember *self);

/* The whole team, narrowed by the filters below. Sort: "name". */
HearthQueryModel *hearth_staff_member_query_new (HearthStore *store);
/* Those who have written on the timeline of one case, once it is set, by
 * name; the list follows the timeline. */
HearthQueryModel *hearth_staff_member_query_new_case_authors (HearthStore *store);

/* Adds someone to the team; returns the new id, or 0 with @error set. */
gint64             hearth_staff_member_create (HearthStore  *store,
                                               const char   *name,
                                               const char   *role,
                                               const char   *team,
                                               GError      **error);
HearthStaffMember *hearth_staff_member_load   (HearthStore  *store,
                                               gint64        id,
                                               GError      **error);

/* Everyone involved in a case besides its lead, by name, read whole and
 * once; NULL with @error set. */
GListModel        *hearth_staff_member_list_new_case_workers (HearthStore  *store,
                                                              gint64        case_id,
                                                              GError      **error);

/* The list's filters; each reloads it unless it is frozen. */

/* TRUE: only those still on the team. */
void hearth_staff_member_list_set_active_only      (HearthQueryModel *staff,
                                                    gboolean          active_only);

/* TRUE: only service ambassadors. */
void hearth_staff_member_list_set_ambassadors_only (HearthQueryModel *staff,
                                                    gboolean          ambassadors_only);

/* Those @supervisor_id supervises; 0 for everyone. */
void hearth_staff_member_list_set_supervisor       (HearthQueryModel *staff,
                                                    gint64            supervisor_id);

/* For hearth_staff_member_query_new_case_authors(): whose timeline; 0 or -1
 * for none. */
void hearth_staff_member_list_set_case_author      (HearthQueryModel *staff,
                                                    gint64            case_id);

G_END_DECLS
