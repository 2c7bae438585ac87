/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-date.h"
#include "hearth-feedback-cycle.h"
#include "hearth-one-to-one-pdf.h"
#include "hearth-supervision-action.h"
#include "hearth-supervision-addendum.h"
#include "hearth-supervision-link.h"
#include "hearth-supervision.h"

/* This file must never read the private note: nothing here calls
 * hearth_supervision_dup_private_note(), and HearthSupervision does not
 * hold it. The tests search every export for a note's words. */

/* "4 December 2026, 14:05", in local time; NULL for 0. */
static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_time == 0)
    return NULL;
  utc = g_date_time_new_from_unix_utc (unix_time);
  local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  /* Translators: a day and a time, as in "4 December 2026, 14:05"; see the
   * strftime() manual page for the codes ("%-d": no leading zero). */
  return local != NULL ? g_date_time_format (local, C_("day and time", "%-d %B %Y, %H:%M")) : NULL;
}

/* A day, "YYYY-MM-DD", as "Friday 4 December 2026", or the text itself
 * when it is not a day. */
static char *
format_day (const char *day)
{
  /* Translators: a day with its weekday, as in "Friday 4 December 2026". */
  char *text = hearth_date_format (day, C_("day with weekday", "%A %-d %B %Y"));

  return text != NULL ? text : g_strdup (day != NULL ? day : "");
}

/* "4 December 2026", in local time. */
static char *
format_released (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, C_("full date", "%-d %B %Y")) : g_strdup ("");
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* A part of the conversation: its heading, then its words, or a line that
 * says none were written, so that a blank part is not mistaken for a
 * missing page. */
static void
add_part (HearthPdfWriter *pdf,
          const char      *heading,
          const char      *text)
{
  hearth_pdf_writer_add_heading (pdf, heading);
  hearth_pdf_writer_add_paragraph (pdf, is_blank (text) ? _("Nothing written.") : text);
}

static void
add_wellbeing (HearthPdfWriter   *pdf,
               HearthSupervision *item)
{
  const char *label = hearth_supervision_get_wellbeing_label (item);
  const char *note = hearth_supervision_get_wellbeing_note (item);

  hearth_pdf_writer_add_heading (pdf, _("How Are You, Really?"));
  hearth_pdf_writer_add_caption (pdf, _("Wellbeing: the two of you"));
  hearth_pdf_writer_add_detail (pdf, _("Wellbeing"), label[0] != '\0' ? label : _("Not said"));
  if (!is_blank (note))
    hearth_pdf_writer_add_paragraph (pdf, note);
}

static gboolean
add_reflection (HearthPdfWriter    *pdf,
                HearthStore        *store,
                HearthSupervision  *item,
                GError            **error)
{
  g_autoptr(HearthQueryModel) links = NULL;
  const char *case_title = hearth_supervision_get_reflection_case_title (item);
  const char *reflection = hearth_supervision_get_reflection (item);
  guint n;

  hearth_pdf_writer_add_heading (pdf, _("Reflection on a Case"));
  if (case_title[0] != '\0')
    hearth_pdf_writer_add_detail (pdf, _("Case"), case_title);

  links = hearth_supervision_link_list_new (store, hearth_supervision_get_id (item));
  n = g_list_model_get_n_items (G_LIST_MODEL (links));
  if (hearth_query_model_get_error (links) != NULL)
    {
      g_propagate_error (error, g_error_copy (hearth_query_model_get_error (links)));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthSupervisionLink) link = g_list_model_get_item (G_LIST_MODEL (links), i);
      g_autofree char *when = NULL;
      g_autofree char *text = NULL;

      if (hearth_supervision_link_get_entry_id (link) == 0)
        {
          /* The case reflected on is named above; others linked are listed. */
          if (hearth_supervision_link_get_case_id (link) !=
              hearth_supervision_get_reflection_case_id (item))
            hearth_pdf_writer_add_bullet (pdf, hearth_supervision_link_get_case_title (link));
          continue;
        }
      when = format_time (hearth_supervision_link_get_entry_occurred_at (link));
      /* Translators: a timeline entry linked to a one-to-one: its case, its
       * summary and when it happened. */
      text = g_strdup_printf (_("%s: %s (%s)"), hearth_supervision_link_get_case_title (link),
                              hearth_supervision_link_get_entry_summary (link),
                              when != NULL ? when : "");
      hearth_pdf_writer_add_bullet (pdf, text);
    }

  hearth_pdf_writer_add_paragraph (pdf, is_blank (reflection) ? _("Nothing written.") : reflection);
  return TRUE;
}

/* The part on behaviours, and the 360° report the one-to-one was held
 * beside, when that report was released. */
static gboolean
add_behaviours (HearthPdfWriter    *pdf,
                HearthStore        *store,
                HearthSupervision  *item,
                GError            **error)
{
  gint64 cycle_id = hearth_supervision_get_feedback_cycle_id (item);
  g_autoptr(HearthFeedbackCycle) cycle = NULL;
  g_autofree char *released = NULL;
  g_autofree char *text = NULL;

  add_part (pdf, _("Behaviours"), hearth_supervision_get_behaviours_note (item));
  if (cycle_id == 0)
    return TRUE;

  cycle = hearth_feedback_cycle_load (store, cycle_id, error);
  if (cycle == NULL)
    return FALSE;
  if (!hearth_feedback_cycle_get_released (cycle))
    return TRUE;

  released = format_released (hearth_feedback_cycle_get_released_at (cycle));
  /* Translators: under Behaviours in a one-to-one's record: the 360°
   * report the two of them had beside them, its title and the day it was
   * released. */
  text = g_strdup_printf (_("Beside the 360° report “%s”, released %s."),
                          hearth_feedback_cycle_get_title (cycle), released);
  hearth_pdf_writer_add_paragraph (pdf, text);
  return TRUE;
}

static void
add_action (HearthPdfWriter         *pdf,
            HearthSupervision       *item,
            HearthSupervisionAction *action)
{
  const char *owner = hearth_supervision_action_get_owner_name (action);
  const char *due_on = hearth_supervision_action_get_due_on (action);
  const char *reason = hearth_supervision_action_get_dropped_reason (action);
  guint carried = hearth_supervision_action_get_carried_over (action);
  HearthSupervisionActionStatus status = hearth_supervision_action_get_status (action);
  g_autofree char *status_text = NULL;

  hearth_pdf_writer_add_strong (pdf, hearth_supervision_action_get_text (action));
  hearth_pdf_writer_add_detail (pdf, _("Who"), owner[0] != '\0' ? owner : _("Nobody named"));
  if (due_on[0] != '\0')
    {
      g_autofree char *due = format_day (due_on);

      hearth_pdf_writer_add_detail (pdf, _("By when"), due);
    }
  if (hearth_supervision_action_get_supervision_id (action) != hearth_supervision_get_id (item))
    {
      g_autofree char *agreed = format_day (hearth_supervision_action_get_agreed_on (action));

      hearth_pdf_writer_add_detail (pdf, _("Agreed in the one-to-one of"), agreed);
    }
  if (carried > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: how many later one-to-ones an action was carried over
       * into, after “Carried over:”. */
      text = g_strdup_printf (ngettext ("once", "%u times", carried), carried);
      hearth_pdf_writer_add_detail (pdf, _("Carried over"), text);
    }

  if (status == HEARTH_SUPERVISION_ACTION_OPEN)
    status_text = g_strdup (hearth_supervision_action_get_status_label (action));
  else
    {
      g_autofree char *when = format_time (hearth_supervision_action_get_closed_at (action));

      /* Translators: what became of an action, “Done” or “Dropped”, and when. */
      status_text = when != NULL
                    ? g_strdup_printf (_("%s, %s"), hearth_supervision_action_get_status_label (action), when)
                    : g_strdup (hearth_supervision_action_get_status_label (action));
    }
  hearth_pdf_writer_add_detail (pdf, _("Status"), status_text);
  if (status == HEARTH_SUPERVISION_ACTION_DROPPED && !is_blank (reason))
    hearth_pdf_writer_add_detail (pdf, _("Why it was dropped"), reason);
}

static gboolean
add_actions (HearthPdfWriter    *pdf,
             HearthStore        *store,
             HearthSupervision  *item,
             GError            **error)
{
  g_autoptr(HearthQueryModel) actions = hearth_supervision_action_list_new (store);
  guint n;

  hearth_supervision_action_list_set_supervision (actions, hearth_supervision_get_id (item));
  n = g_list_model_get_n_items (G_LIST_MODEL (actions));
  if (hearth_query_model_get_error (actions) != NULL)
    {
      g_propagate_error (error, g_error_copy (hearth_query_model_get_error (actions)));
      return FALSE;
    }

  hearth_pdf_writer_add_heading (pdf, _("Agreed Actions"));
  if (n == 0)
    hearth_pdf_writer_add_paragraph (pdf, _("No actions agreed."));
  else
    hearth_pdf_writer_add_caption (pdf, _("Those carried over from earlier one-to-ones first, "
                                          "until they are done or dropped."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthSupervisionAction) action = g_list_model_get_item (G_LIST_MODEL (actions), i);

      add_action (pdf, item, action);
    }
  return TRUE;
}

static void
add_agreement (HearthPdfWriter   *pdf,
               HearthSupervision *item)
{
  g_autofree char *by_staff = format_time (hearth_supervision_get_agreed_by_staff_at (item));
  g_autofree char *by_supervisor = format_time (hearth_supervision_get_agreed_by_supervisor_at (item));
  g_autofree char *locked = format_time (hearth_supervision_get_locked_at (item));

  hearth_pdf_writer_add_heading (pdf, _("Agreeing the Record"));
  hearth_pdf_writer_add_detail (pdf, hearth_supervision_get_staff_name (item),
                                by_staff != NULL ? by_staff : _("Not agreed yet"));
  hearth_pdf_writer_add_detail (pdf, hearth_supervision_get_supervisor_name (item),
                                by_supervisor != NULL ? by_supervisor : _("Not agreed yet"));
  if (locked != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a day and a time. */
      text = g_strdup_printf (_("Both agreed it, so it was locked on %s: later changes are the "
                                "addenda below."), locked);
      hearth_pdf_writer_add_paragraph (pdf, text);
    }
  else
    hearth_pdf_writer_add_paragraph (pdf, _("Not locked yet: it may still change until both "
                                            "of them agree it."));
}

static gboolean
add_addenda (HearthPdfWriter    *pdf,
             HearthStore        *store,
             HearthSupervision  *item,
             GError            **error)
{
  g_autoptr(HearthQueryModel) addenda = NULL;
  guint n;

  addenda = hearth_supervision_addendum_list_new (store, hearth_supervision_get_id (item));
  n = g_list_model_get_n_items (G_LIST_MODEL (addenda));
  if (hearth_query_model_get_error (addenda) != NULL)
    {
      g_propagate_error (error, g_error_copy (hearth_query_model_get_error (addenda)));
      return FALSE;
    }
  if (n == 0)
    return TRUE;

  hearth_pdf_writer_add_heading (pdf, _("Addenda"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthSupervisionAddendum) addendum = g_list_model_get_item (G_LIST_MODEL (addenda), i);
      g_autofree char *when = format_time (hearth_supervision_addendum_get_at (addendum));
      const char *author = hearth_supervision_addendum_get_author_name (addendum);
      g_autofree char *caption = NULL;

      /* Translators: who wrote an addendum, and when. */
      caption = g_strdup_printf (_("%s, %s"), author[0] != '\0' ? author : _("Someone no longer on the team"),
                                 when != NULL ? when : "");
      hearth_pdf_writer_add_caption (pdf, caption);
      hearth_pdf_writer_add_paragraph (pdf, hearth_supervision_addendum_get_text (addendum));
    }
  return TRUE;
}

HearthPdfWriter *
hearth_one_to_one_pdf_new (HearthStore  *store,
                           gint64        supervision_id,
                           GError      **error)
{
  g_autoptr(HearthSupervision) item = NULL;
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  item = hearth_supervision_load (store, supervision_id, error);
  if (item == NULL)
    return NULL;

  /* Translators: the title of a one-to-one's record; %s is the member of staff. */
  title = g_strdup_printf (_("One-to-one with %s"), hearth_supervision_get_staff_name (item));
  day = format_day (hearth_supervision_get_held_on (item));
  pdf = hearth_pdf_writer_new (title);
  hearth_pdf_writer_add_title (pdf, title);
  hearth_pdf_writer_add_detail (pdf, _("Member of staff"), hearth_supervision_get_staff_name (item));
  hearth_pdf_writer_add_detail (pdf, _("Supervisor"), hearth_supervision_get_supervisor_name (item));
  hearth_pdf_writer_add_detail (pdf, _("Date"), day);
  hearth_pdf_writer_add_caption (pdf, _("The shared record, as the two of them see it. The "
                                        "supervisor’s private note is never part of it."));

  add_wellbeing (pdf, item);
  add_part (pdf, _("What Is Going Well"), hearth_supervision_get_going_well (item));
  add_part (pdf, _("What Has Been Hard"), hearth_supervision_get_been_hard (item));
  if (!add_reflection (pdf, store, item, error))
    return NULL;
  add_part (pdf, _("Learning and Development"), hearth_supervision_get_learning (item));
  if (!add_behaviours (pdf, store, item, error))
    return NULL;
  if (!add_actions (pdf, store, item, error))
    return NULL;
  add_agreement (pdf, item);
  if (!add_addenda (pdf, store, item, error))
    return NULL;

  return g_steal_pointer (&pdf);
}

gboolean
hearth_one_to_one_pdf_save (HearthStore   *store,
                            gint64         supervision_id,
                            GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pdf = hearth_one_to_one_pdf_new (store, supervision_id, error);
  if (pdf == NULL)
    return FALSE;

  /* Through hearth_export_file_save(): 0600, and whole or not at all. */
  return hearth_pdf_writer_save (pdf, file, cancellable, error);
}

char *
hearth_one_to_one_pdf_dup_file_name (const char *staff_name,
                                     const char *held_on)
{
  g_autofree char *name = g_utf8_make_valid (staff_name != NULL ? staff_name : "", -1);

  /* Characters some file systems refuse become spaces. */
  g_strdelimit (name, "/\\:*?\"<>|\n\r\t", ' ');
  g_strstrip (name);
  if (name[0] == '\0' || held_on == NULL || held_on[0] == '\0')
    return g_strdup (_("One-to-one.pdf"));
  /* Translators: the file name offered for a one-to-one's record: the
   * member of staff and the day. Keep ".pdf" at the end. */
  return g_strdup_printf (_("One-to-one with %s, %s.pdf"), name, held_on);
}
