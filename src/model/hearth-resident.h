/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RESIDENT (hearth_resident_get_type ())
G_DECLARE_FINAL_TYPE (HearthResident, hearth_resident, HEARTH, RESIDENT, HearthItem)

gint64      hearth_resident_get_id                      (HearthResident *self);
const char *hearth_resident_get_name                    (HearthResident *self);
const char *hearth_resident_get_preferred_name          (HearthResident *self);
const char *hearth_resident_get_pronouns                (HearthResident *self);
const char *hearth_resident_get_household               (HearthResident *self);
const char *hearth_resident_get_tenancy_ref             (HearthResident *self);
const char *hearth_resident_get_area                    (HearthResident *self);
const char *hearth_resident_get_contact_preference      (HearthResident *self);
const char *hearth_resident_get_what_matters            (HearthResident *self);
const char *hearth_resident_get_strengths               (HearthResident *self);
const char *hearth_resident_get_good_life               (HearthResident *self);
const char *hearth_resident_get_together                (HearthResident *self);
gint64      hearth_resident_get_profile_updated_at      (HearthResident *self);
const char *hearth_resident_get_profile_updated_by_name (HearthResident *self);
const char *hearth_resident_get_access_needs            (HearthResident *self);
const char *hearth_resident_get_display_name            (HearthResident *self);

/* Every resident, narrowed by the filters below. Sort: "name". */
HearthQueryModel *hearth_resident_query_new (HearthStore *store);

/* The list's filters; each reloads it unless it is frozen. */

/* An FTS5 query over residents; NULL for none. */
void hearth_resident_list_set_search (HearthQueryModel *residents,
                                      const char       *fts);

/* The residents of one area; NULL for every area. */
void hearth_resident_list_set_area   (HearthQueryModel *residents,
                                      const char       *area);

/* The residents of one case (-1, no case: nobody); 0 for everyone. */
void hearth_resident_list_set_case   (HearthQueryModel *residents,
                                      gint64            case_id);

G_END_DECLS
