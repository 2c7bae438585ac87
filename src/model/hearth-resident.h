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

/* The residents of a case in the case's own order (the first is the one the
 * case is named for), read whole and once; NULL with @error set. */
GListModel     *hearth_resident_list_new_for_case (HearthStore  *store,
                                                   gint64        case_id,
                                                   GError      **error);

/* The resident a "what we agreed" entry of @case_id speaks to: @resident_id
 * when it is not 0, else the entry's own resident (@entry_resident_id),
 * else the first resident of the case; read once. It must be the entry's
 * resident or on the case: otherwise, or when there is nobody,
 * HEARTH_ERROR_NOT_FOUND. */
HearthResident *hearth_resident_load_addressee    (HearthStore  *store,
                                                   gint64        case_id,
                                                   gint64        entry_resident_id,
                                                   gint64        resident_id,
                                                   GError      **error);

/* The list's filters; each reloads it unless it is frozen. */

/* An FTS5 query over residents; NULL for none. */
void hearth_resident_list_set_search (HearthQueryModel *residents,
                                      const char       *fts);

/* The residents whose ids are in @match_ids, a JSON array in the list's
 * order as HearthResidentSearch delivers it; NULL for everyone. The list
 * neither searches nor sorts them again. */
void hearth_resident_list_set_match_ids (HearthQueryModel *residents,
                                         const char       *match_ids);

/* The residents that hold every word of @fts (an FTS5 query, as from
 * hearth_search_text_to_fts ()), in the list's order by name; an empty
 * array when none does, NULL with @error set. Run by HearthResidentSearch on
 * its own connection, off the main thread. */
GArray *hearth_resident_find_ids (HearthStore  *store,
                                  const char   *fts,
                                  GError      **error);

/* The residents of one area; NULL for every area. */
void hearth_resident_list_set_area   (HearthQueryModel *residents,
                                      const char       *area);

/* The residents of one case (-1, no case: nobody); 0 for everyone. */
void hearth_resident_list_set_case   (HearthQueryModel *residents,
                                      gint64            case_id);

G_END_DECLS
