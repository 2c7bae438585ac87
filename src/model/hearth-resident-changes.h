/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits in characters, the same as the schema's CHECKs. */
#define HEARTH_RESIDENT_NAME_MAX       200
#define HEARTH_RESIDENT_PRONOUNS_MAX   50
#define HEARTH_RESIDENT_HOUSEHOLD_MAX  1000
#define HEARTH_RESIDENT_REF_MAX        50
#define HEARTH_RESIDENT_AREA_MAX       100
#define HEARTH_RESIDENT_ADDRESS_MAX    500
#define HEARTH_RESIDENT_PHONE_MAX      50
#define HEARTH_RESIDENT_EMAIL_MAX      320
#define HEARTH_RESIDENT_CONTACT_MAX    500
#define HEARTH_PROFILE_TEXT_MAX        10000

/* Who a resident is and how to reach them. Every string is owned (NULL reads
 * as empty); hearth_resident_details_clear() frees them. */
typedef struct {
  char *name;
  char *preferred_name;
  char *pronouns;
  char *household;
  char *tenancy_ref;
  char *area;
  char *address;
  char *phone;
  char *email;
  char *contact_preference;
} HearthResidentDetails;

/* The person-centred profile, in the resident's own words. */
typedef struct {
  char *what_matters;
  char *strengths;
  char *good_life;
  char *together;
} HearthResidentProfile;

void     hearth_resident_details_clear   (HearthResidentDetails        *details);
void     hearth_resident_profile_clear   (HearthResidentProfile        *profile);

/* Checks details as the save would: a name is needed, texts fit. */
gboolean hearth_resident_details_validate (const HearthResidentDetails *details,
                                          GError                      **error);

/* Reads a resident's details, profile and access needs for a form. Any out
 * parameter may be NULL; @need_ids is a GArray of gint64. */
gboolean hearth_resident_load            (HearthStore                  *store,
                                          gint64                        resident_id,
                                          HearthResidentDetails        *details,
                                          HearthResidentProfile        *profile,
                                          GArray                      **need_ids,
                                          GError                      **error);

/* Adds a resident; returns the id, or 0 with @error. */
gint64   hearth_resident_create          (HearthStore                  *store,
                                          const HearthResidentDetails  *details,
                                          GError                      **error);
gboolean hearth_resident_update          (HearthStore                  *store,
                                          gint64                        resident_id,
                                          const HearthResidentDetails  *details,
                                          GError                      **error);

/* Saves the profile; when any of it changed, records who changed it and
 * when, so the case shows how fresh the resident's words are. */
gboolean hearth_resident_set_profile     (HearthStore                  *store,
                                          gint64                        resident_id,
                                          const HearthResidentProfile  *profile,
                                          GError                      **error);

/* Replaces the resident's access needs with @need_ids (ids of access_needs). */
gboolean hearth_resident_set_access_needs (HearthStore                 *store,
                                          gint64                        resident_id,
                                          const gint64                 *need_ids,
                                          guint                         n_needs,
                                          GError                      **error);

/* Saves all of a form at once, in one transaction: creates the resident
 * when @resident_id is 0. Returns the resident's id, or 0 with @error and
 * nothing written. */
gint64   hearth_resident_save            (HearthStore                  *store,
                                          gint64                        resident_id,
                                          const HearthResidentDetails  *details,
                                          const HearthResidentProfile  *profile,
                                          const gint64                 *need_ids,
                                          guint                         n_needs,
                                          GError                      **error);

/* When the resident's own words were last changed, and by whom: @updated_at
 * is 0 when they never were, @updated_by (newly allocated) the colleague's
 * name, or "" when not known. */
gboolean hearth_resident_read_profile_updated (HearthStore            *store,
                                               gint64                  resident_id,
                                               gint64                 *updated_at,
                                               char                  **updated_by,
                                               GError                **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthResidentDetails, hearth_resident_details_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthResidentProfile, hearth_resident_profile_clear)

G_END_DECLS
