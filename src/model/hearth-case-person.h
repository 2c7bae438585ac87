/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-store.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_CASE_ROLE_LEAD,
  HEARTH_CASE_ROLE_INVOLVED,
  HEARTH_CASE_ROLE_WROTE,      /* wrote on the timeline, not on the team */
} HearthCaseRole;

#define HEARTH_TYPE_CASE_PERSON (hearth_case_person_get_type ())

G_DECLARE_FINAL_TYPE (HearthCasePerson, hearth_case_person, HEARTH, CASE_PERSON, HearthItem)

gint64          hearth_case_person_get_staff_id  (HearthCasePerson *self);
const char     *hearth_case_person_get_name      (HearthCasePerson *self);
const char     *hearth_case_person_get_job       (HearthCasePerson *self);
HearthCaseRole  hearth_case_person_get_role      (HearthCasePerson *self);
/* Entries they wrote on the case's timeline, and when the latest happened
 * (0 for none). */
guint           hearth_case_person_get_n_entries (HearthCasePerson *self);
gint64          hearth_case_person_get_last_at   (HearthCasePerson *self);

/* Everyone who has worked on a case: its lead, the others involved, and
 * anyone else who wrote on its timeline, in that order and then by who
 * wrote last. A handful of rows, read whole; NULL with @error on failure. */
GListModel     *hearth_case_person_list_new      (HearthStore      *store,
                                                  gint64            case_id,
                                                  GError          **error);

G_END_DECLS
