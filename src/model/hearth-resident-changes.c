/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing who a resident is, their profile in their own words and their
 * access needs. Each change is one transaction.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-resident-changes.h"

void
hearth_resident_details_clear (HearthResidentDetails *details)
{
  g_return_if_fail (details != NULL);

  g_clear_pointer (&details->name, g_free);
  g_clear_pointer (&details->preferred_name, g_free);
  g_clear_pointer (&details->pronouns, g_free);
  g_clear_pointer (&details->household, g_free);
  g_clear_pointer (&details->tenancy_ref, g_free);
  g_clear_pointer (&details->area, g_free);
  g_clear_pointer (&details->address, g_free);
  g_clear_pointer (&details->phone, g_free);
  g_clear_pointer (&details->email, g_free);
  g_clear_pointer (&details->contact_preference, g_free);
}

void
hearth_resident_profile_clear (HearthResidentProfile *profile)
{
  g_return_if_fail (profile != NULL);

  g_clear_pointer (&profile->what_matters, g_free);
  g_clear_pointer (&profile->strengths, g_free);
  g_clear_pointer (&profile->good_life, g_free);
  g_clear_pointer (&profile->together, g_free);
}

gboolean
hearth_resident_details_validate (const HearthResidentDetails  *details,
                                  GError                      **error)
{
  g_return_val_if_fail (details != NULL, FALSE);

  if (hearth_text_is_blank (details->name))
    return hearth_refuse (error, _("Write the resident’s name"));

  return hearth_check_text (details->name, HEARTH_RESIDENT_NAME_MAX,
                            _("The name is too long"), error) &&
         hearth_check_text (details->preferred_name, HEARTH_RESIDENT_NAME_MAX,
                            _("The preferred name is too long"), error) &&
         hearth_check_text (details->pronouns, HEARTH_RESIDENT_PRONOUNS_MAX,
                            _("The pronouns are too long"), error) &&
         hearth_check_text (details->household, HEARTH_RESIDENT_HOUSEHOLD_MAX,
                            _("The household is too long to save; shorten it"), error) &&
         hearth_check_text (details->tenancy_ref, HEARTH_RESIDENT_REF_MAX,
                            _("The tenancy reference is too long"), error) &&
         hearth_check_text (details->area, HEARTH_RESIDENT_AREA_MAX,
                            _("The area is too long"), error) &&
         hearth_check_text (details->address, HEARTH_RESIDENT_ADDRESS_MAX,
                            _("The address is too long"), error) &&
         hearth_check_text (details->phone, HEARTH_RESIDENT_PHONE_MAX,
                            _("The phone number is too long"), error) &&
         hearth_check_text (details->email, HEARTH_RESIDENT_EMAIL_MAX,
                            _("The e-mail address is too long"), error) &&
         hearth_check_text (details->contact_preference, HEARTH_RESIDENT_CONTACT_MAX,
                            _("How they like to be contacted is too long"), error);
}

static gboolean
validate_profile (const HearthResidentProfile  *profile,
                  GError                      **error)
{
  const char *too_long = _("This part of the profile is too long to save; shorten it");

  return hearth_check_text (profile->what_matters, HEARTH_PROFILE_TEXT_MAX, too_long, error) &&
         hearth_check_text (profile->strengths, HEARTH_PROFILE_TEXT_MAX, too_long, error) &&
         hearth_check_text (profile->good_life, HEARTH_PROFILE_TEXT_MAX, too_long, error) &&
         hearth_check_text (profile->together, HEARTH_PROFILE_TEXT_MAX, too_long, error);
}

gboolean
hearth_resident_load (HearthStore            *store,
                      gint64                  resident_id,
                      HearthResidentDetails  *details,
                      HearthResidentProfile  *profile,
                      GArray                **need_ids,
                      GError                **error)
{
  g_auto(HearthResidentDetails) read_details = { 0 };
  g_auto(HearthResidentProfile) read_profile = { 0 };
  gboolean found = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name, preferred_name, pronouns, household, tenancy_ref,"
                              " area, address, phone, email, contact_preference, what_matters,"
                              " strengths, good_life, together FROM residents WHERE id = ?1",
                              "x>ssssssssssssss", resident_id,
                              &read_details.name, &read_details.preferred_name,
                              &read_details.pronouns, &read_details.household,
                              &read_details.tenancy_ref, &read_details.area,
                              &read_details.address, &read_details.phone, &read_details.email,
                              &read_details.contact_preference, &read_profile.what_matters,
                              &read_profile.strengths, &read_profile.good_life,
                              &read_profile.together))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This resident is no longer in Hearth"));

  if (need_ids != NULL)
    {
      *need_ids = hearth_store_read_ids (store, error,
                                         "SELECT need_id FROM resident_access_needs"
                                         " WHERE resident_id = ?1",
                                         "x", resident_id);
      if (*need_ids == NULL)
        return FALSE;
    }

  if (details != NULL)
    {
      *details = read_details;
      read_details = (HearthResidentDetails) { 0 };
    }
  if (profile != NULL)
    {
      *profile = read_profile;
      read_profile = (HearthResidentProfile) { 0 };
    }

  return TRUE;
}

/* @details with every text trimmed. The household and address may run over
 * several lines; only their ends are trimmed. */
static void
trim_details (const HearthResidentDetails *details,
              HearthResidentDetails       *clean)
{
  clean->name = hearth_dup_trimmed (details->name);
  clean->preferred_name = hearth_dup_trimmed (details->preferred_name);
  clean->pronouns = hearth_dup_trimmed (details->pronouns);
  clean->household = hearth_dup_trimmed (details->household);
  clean->tenancy_ref = hearth_dup_trimmed (details->tenancy_ref);
  clean->area = hearth_dup_trimmed (details->area);
  clean->address = hearth_dup_trimmed (details->address);
  clean->phone = hearth_dup_trimmed (details->phone);
  clean->email = hearth_dup_trimmed (details->email);
  clean->contact_preference = hearth_dup_trimmed (details->contact_preference);
}

gint64
hearth_resident_create (HearthStore                  *store,
                        const HearthResidentDetails  *details,
                        GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(HearthResidentDetails) clean = { 0 };
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (details != NULL, 0);

  if (!hearth_resident_details_validate (details, error))
    return 0;
  trim_details (details, &clean);

  now = hearth_store_now (store);
  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;
  id = hearth_store_write (store, error, "residents", HEARTH_CHANGE_INSERT, 0,
                           "INSERT INTO residents (name, preferred_name, pronouns, household,"
                           " tenancy_ref, area, address, phone, email, contact_preference,"
                           " created_at, created_by, updated_at, updated_by)"
                           " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?1, ?12, ?1, ?12)",
                           "xsssssssssso", now, clean.name, clean.preferred_name, clean.pronouns,
                           clean.household, clean.tenancy_ref, clean.area, clean.address,
                           clean.phone, clean.email, clean.contact_preference,
                           hearth_store_get_actor (store));
  if (id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return id;
}

gboolean
hearth_resident_update (HearthStore                  *store,
                        gint64                        resident_id,
                        const HearthResidentDetails  *details,
                        GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(HearthResidentDetails) clean = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (details != NULL, FALSE);

  if (!hearth_resident_details_validate (details, error))
    return FALSE;
  trim_details (details, &clean);

  if (resident_id <= 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This resident is no longer in Hearth"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      hearth_store_write (store, error, "residents", HEARTH_CHANGE_UPDATE, resident_id,
                          "UPDATE residents SET name = ?2, preferred_name = ?3, pronouns = ?4,"
                          " household = ?5, tenancy_ref = ?6, area = ?7, address = ?8,"
                          " phone = ?9, email = ?10, contact_preference = ?11,"
                          " updated_at = ?12, updated_by = ?13 WHERE id = ?1",
                          "xssssssssssxo", resident_id, clean.name, clean.preferred_name,
                          clean.pronouns, clean.household, clean.tenancy_ref, clean.area,
                          clean.address, clean.phone, clean.email, clean.contact_preference,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;
  if (hearth_store_get_changes (store) == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This resident is no longer in Hearth"));
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_resident_set_profile (HearthStore                  *store,
                             gint64                        resident_id,
                             const HearthResidentProfile  *profile,
                             GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *matters = NULL;
  g_autofree char *strengths = NULL;
  g_autofree char *good_life = NULL;
  g_autofree char *together = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (resident_id > 0, FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  if (!validate_profile (profile, error))
    return FALSE;

  matters = hearth_dup_trimmed (profile->what_matters);
  strengths = hearth_dup_trimmed (profile->strengths);
  good_life = hearth_dup_trimmed (profile->good_life);
  together = hearth_dup_trimmed (profile->together);
  now = hearth_store_now (store);

  /* Only a real change moves "last updated": opening and saving the form
   * again says nothing new about the resident. */
  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      hearth_store_write (store, error, "residents", HEARTH_CHANGE_UPDATE, resident_id,
                          "UPDATE residents SET what_matters = ?2, strengths = ?3,"
                          " good_life = ?4, together = ?5, profile_updated_at = ?6,"
                          " profile_updated_by = ?7, updated_at = ?6, updated_by = ?7"
                          " WHERE id = ?1 AND (what_matters IS NOT ?2 OR strengths IS NOT ?3"
                          "   OR good_life IS NOT ?4 OR together IS NOT ?5)",
                          "xssssxo", resident_id, matters, strengths, good_life, together, now,
                          hearth_store_get_actor (store)) == 0)
    return FALSE;
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_resident_set_access_needs (HearthStore   *store,
                                  gint64         resident_id,
                                  const gint64  *need_ids,
                                  guint          n_needs,
                                  GError       **error)
{
  g_autoptr(HearthTransaction) tx = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (resident_id > 0, FALSE);
  g_return_val_if_fail (n_needs == 0 || need_ids != NULL, FALSE);

  /* The needs' rows are noted as a change of the resident's. */
  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      hearth_store_write (store, error, "resident_access_needs", HEARTH_CHANGE_UPDATE,
                          resident_id,
                          "DELETE FROM resident_access_needs WHERE resident_id = ?1",
                          "x", resident_id) == 0)
    return FALSE;

  for (guint i = 0; i < n_needs; i++)
    {
      if (hearth_store_write (store, error, "resident_access_needs", HEARTH_CHANGE_UPDATE,
                              resident_id,
                              "INSERT OR IGNORE INTO resident_access_needs (resident_id, need_id)"
                              " SELECT ?1, id FROM access_needs WHERE id = ?2",
                              "xx", resident_id, need_ids[i]) == 0)
        return FALSE;
    }
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_resident_save (HearthStore                  *store,
                      gint64                        resident_id,
                      const HearthResidentDetails  *details,
                      const HearthResidentProfile  *profile,
                      const gint64                 *need_ids,
                      guint                         n_needs,
                      GError                      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (details != NULL && profile != NULL, 0);

  /* Checked whole before anything is written. */
  if (!hearth_resident_details_validate (details, error) ||
      !validate_profile (profile, error))
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;
  if (resident_id > 0)
    {
      if (!hearth_resident_update (store, resident_id, details, error))
        return 0;
    }
  else if ((resident_id = hearth_resident_create (store, details, error)) == 0)
    return 0;

  if (!hearth_resident_set_profile (store, resident_id, profile, error) ||
      !hearth_resident_set_access_needs (store, resident_id, need_ids, n_needs, error) ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return resident_id;
}

gboolean
hearth_resident_read_profile_updated (HearthStore  *store,
                                      gint64        resident_id,
                                      gint64       *updated_at,
                                      char        **updated_by,
                                      GError      **error)
{
  g_autofree char *by = NULL;
  gboolean found = FALSE;
  gint64 at = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (updated_at != NULL, FALSE);
  g_return_val_if_fail (updated_by != NULL, FALSE);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT coalesce (r.profile_updated_at, 0), s.name"
                              " FROM residents r LEFT JOIN staff s ON s.id = r.profile_updated_by"
                              " WHERE r.id = ?1",
                              "x>xs", resident_id, &at, &by))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This resident is no longer in Hearth"));
      return FALSE;
    }

  *updated_at = at;
  *updated_by = g_steal_pointer (&by);
  return TRUE;
}
