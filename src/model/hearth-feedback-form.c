/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-error.h"
#include "hearth-feedback-form.h"

void
hearth_feedback_form_clear (HearthFeedbackForm *form)
{
  g_clear_pointer (&form->title, g_free);
  g_clear_pointer (&form->person, g_free);
  g_clear_pointer (&form->closes_on, g_free);
  g_clear_pointer (&form->framework_name, g_free);
  g_clear_pointer (&form->rater_name, g_free);
}

gboolean
hearth_feedback_form_read_for_cycle (HearthStore         *store,
                                     gint64               cycle_id,
                                     gboolean            *found,
                                     HearthFeedbackForm  *form,
                                     GError             **error)
{
  int development_only = 0, open = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (found != NULL, FALSE);
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_store_read_row (store, found, error,
                              "SELECT c.framework_id, c.title, coalesce (s.name, ''), c.closes_on,"
                              " c.development_only, c.closed_at IS NULL, f.name"
                              " FROM feedback_cycles c JOIN frameworks f ON f.id = c.framework_id"
                              " LEFT JOIN staff s ON s.id = c.subject_id WHERE c.id = ?1",
                              "x>xsssiis", cycle_id, &form->framework_id, &form->title,
                              &form->person, &form->closes_on, &development_only, &open,
                              &form->framework_name))
    return FALSE;

  form->cycle_id = cycle_id;
  form->development_only = development_only != 0;
  form->open = open != 0;
  return TRUE;
}

gboolean
hearth_feedback_form_read_for_rater (HearthStore         *store,
                                     gint64               rater_id,
                                     HearthFeedbackForm  *form,
                                     GError             **error)
{
  g_autofree char *relationship = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean found = FALSE;
  gint64 cycle_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT r.cycle_id, coalesce (s.name, r.name, ''), r.relationship"
                              " FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id"
                              " WHERE r.id = ?1", "x>xss", rater_id, &cycle_id, &form->rater_name,
                              &relationship))
    return FALSE;
  if (found)
    found = hearth_relationship_from_string (relationship, &form->relationship);
  if (!found)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This rater is no longer in the cycle; they may have been removed "
                             "in another window"));
      return FALSE;
    }
  form->rater_id = rater_id;

  if (!hearth_feedback_form_read_for_cycle (store, cycle_id, &found, form, error))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This feedback cycle no longer exists; it may have been removed in "
                             "another window"));
      return FALSE;
    }

  form->alone = hearth_feedback_rater_is_alone (store, rater_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
hearth_feedback_form_issue (HearthStore              *store,
                            gint64                    rater_id,
                            HearthFeedbackTokenFunc   func,
                            gpointer                  user_data,
                            GError                  **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_auto(HearthFeedbackForm) form = { 0, };
  g_autofree char *token = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Rolled back on any failure before the commit, token included. */
  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;

  token = hearth_feedback_issue_token (store, rater_id, error);
  if (token == NULL ||
      !hearth_feedback_form_read_for_rater (store, rater_id, &form, error) ||
      !func (&form, token, user_data, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}
