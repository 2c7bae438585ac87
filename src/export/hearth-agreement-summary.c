/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-agreement-item.h"
#include "hearth-agreement-summary.h"
#include "hearth-case.h"
#include "hearth-date.h"
#include "hearth-resident.h"
#include "hearth-summary-document.h"
#include "hearth-timeline-entry.h"

/* The summary is built once as a list of blocks, and both the text and the
 * PDF are drawn from that list, so the two always say the same:
 *
 *   HearthTimelineEntry, HearthResident, HearthCase  -\
 *   HearthAgreementItem (the entry's, read whole)     -+->  HearthSummaryDocument  ->  text / PDF
 */

struct _HearthAgreementSummary
{
  GObject  parent_instance;

  char    *title;
  char    *text;
  char    *file_name;
  HearthSummaryDocument *document;
};

G_DEFINE_FINAL_TYPE (HearthAgreementSummary, hearth_agreement_summary, G_TYPE_OBJECT)

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* "Friday 4 December", with the year only when it is not this year's. */
static char *
format_day (GDateTime *day,
            GDateTime *now)
{
  if (g_date_time_get_year (day) == g_date_time_get_year (now))
    /* Translators: a day in the same year, as in "Friday 4 December"; see
     * the strftime() manual page for the codes ("%-d": no leading zero). */
    return g_date_time_format (day, C_("day this year", "%A %-d %B"));

  /* Translators: a day in another year, as in "Friday 4 December 2027". */
  return g_date_time_format (day, C_("day another year", "%A %-d %B %Y"));
}

/* A due date, "YYYY-MM-DD", in words; NULL when there is none or it is not
 * a date. */
static char *
format_due_on (const char *due_on,
               GDateTime  *now)
{
  g_autoptr(GDateTime) day = hearth_date_to_local_noon (due_on);

  return day != NULL ? format_day (day, now) : NULL;
}

static char *
describe_item (HearthAgreementItem *item,
               gboolean             by_resident,
               GDateTime           *now)
{
  const char *text = hearth_agreement_item_get_text (item);
  const char *who = by_resident ? "" : hearth_agreement_item_get_owner_label (item);
  g_autofree char *due = format_due_on (hearth_agreement_item_get_due_on (item), now);

  if (hearth_agreement_item_get_done (item))
    {
      if (*who != '\0')
        /* Translators: something agreed (%1$s) that a person (%2$s) has done. */
        return g_strdup_printf (C_("agreement item", "%1$s — done by %2$s"), text, who);
      /* Translators: something agreed that has been done. */
      return g_strdup_printf (C_("agreement item", "%s — done"), text);
    }

  if (*who != '\0' && due != NULL)
    /* Translators: something agreed (%1$s), who will do it (%2$s) and by
     * which day (%3$s, as in "Friday 4 December"). */
    return g_strdup_printf (C_("agreement item", "%1$s — %2$s, by %3$s"), text, who, due);
  if (*who != '\0')
    /* Translators: something agreed (%1$s) and who will do it (%2$s). */
    return g_strdup_printf (C_("agreement item", "%1$s — %2$s"), text, who);
  if (due != NULL)
    /* Translators: something agreed (%1$s) and by which day (%2$s). */
    return g_strdup_printf (C_("agreement item", "%1$s — by %2$s"), text, due);
  return g_strdup (text);
}

/* The "what we agreed" entry, or NULL with @error set when it is gone. */
static HearthTimelineEntry *
load_entry (HearthStore  *store,
            gint64        entry_id,
            GError      **error)
{
  g_autoptr(HearthTimelineEntry) entry = NULL;
  g_autoptr(GError) local_error = NULL;

  entry = hearth_timeline_entry_load (store, entry_id, &local_error);
  if (entry == NULL && !g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (entry == NULL || !g_str_equal (hearth_timeline_entry_get_kind (entry), "agreement"))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This agreement is no longer on the timeline, so there is nothing "
                             "to send"));
      return NULL;
    }

  return g_steal_pointer (&entry);
}

/* The resident's name to greet them by, or NULL with @error set when they
 * are not the resident of the entry or on its case. */
static char *
load_resident_name (HearthStore          *store,
                    HearthTimelineEntry  *entry,
                    gint64                resident_id,
                    GError              **error)
{
  g_autoptr(HearthResident) resident = NULL;
  g_autoptr(GError) local_error = NULL;

  resident = hearth_resident_load_addressee (store, hearth_timeline_entry_get_case_id (entry),
                                             hearth_timeline_entry_get_resident_id (entry),
                                             resident_id, &local_error);
  if (resident != NULL)
    return g_strstrip (g_strdup (hearth_resident_get_display_name (resident)));

  if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
    g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                         resident_id != 0
                         ? _("This resident is not on the case of this agreement; choose one "
                             "who is")
                         : _("This agreement is not about a resident yet; add a resident to "
                             "the case first"));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/* Who leads the entry's case, or "" when nobody does (or there is no case). */
static char *
load_lead_name (HearthStore  *store,
                gint64        case_id,
                GError      **error)
{
  g_autoptr(HearthCase) item = NULL;
  g_autoptr(GError) local_error = NULL;

  if (case_id <= 0)
    return g_strdup ("");

  item = hearth_case_load (store, case_id, &local_error);
  if (item == NULL)
    {
      if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        return g_strdup ("");
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strdup (hearth_case_get_lead_name (item));
}

static void
hearth_agreement_summary_finalize (GObject *object)
{
  HearthAgreementSummary *self = HEARTH_AGREEMENT_SUMMARY (object);

  g_free (self->title);
  g_free (self->text);
  g_free (self->file_name);
  hearth_summary_document_free (self->document);

  G_OBJECT_CLASS (hearth_agreement_summary_parent_class)->finalize (object);
}

static void
hearth_agreement_summary_class_init (HearthAgreementSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_agreement_summary_finalize;
}

static void
hearth_agreement_summary_init (HearthAgreementSummary *self)
{
  self->document = hearth_summary_document_new ();
}

/* Adds "What we will do" or "What you will do" with its items, if any. */
static void
add_items (HearthAgreementSummary *self,
           GListModel             *items,
           gboolean                by_resident,
           GDateTime              *now)
{
  guint n = g_list_model_get_n_items (items);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthAgreementItem) item = g_list_model_get_item (items, i);
      g_autofree char *line = NULL;

      if (item == NULL || hearth_agreement_item_get_dropped (item) ||
          g_str_equal (hearth_agreement_item_get_owner_kind (item), "resident") != by_resident)
        continue;

      if (!any)
        hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, by_resident ? _("What you will do")
                                                    : _("What we will do"));
      any = TRUE;
      line = describe_item (item, by_resident, now);
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);
    }
}

HearthAgreementSummary *
hearth_agreement_summary_new (HearthStore  *store,
                              gint64        entry_id,
                              gint64        resident_id,
                              const char   *contact,
                              GError      **error)
{
  g_autoptr(HearthAgreementSummary) self = NULL;
  g_autoptr(HearthTimelineEntry) entry = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *day = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_utc = NULL;
  g_autoptr(GDateTime) when_utc = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GListModel) items = NULL;
  const char *body;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((entry = load_entry (store, entry_id, error)) == NULL ||
      (name = load_resident_name (store, entry, resident_id, error)) == NULL ||
      (lead = load_lead_name (store, hearth_timeline_entry_get_case_id (entry), error)) == NULL ||
      (items = hearth_agreement_item_list_new_for_entry (store, entry_id, error)) == NULL)
    return NULL;

  now_utc = g_date_time_new_from_unix_utc (hearth_store_now (store));
  now = g_date_time_to_local (now_utc);
  when_utc = g_date_time_new_from_unix_utc (hearth_timeline_entry_get_occurred_at (entry));
  when = g_date_time_to_local (when_utc != NULL ? when_utc : now_utc);
  day = format_day (when, now);

  self = g_object_new (HEARTH_TYPE_AGREEMENT_SUMMARY, NULL);
  /* Translators: the title of the summary for a resident, and the subject
   * of the e-mail it goes in; %s is a day, as in "Tuesday 24 November". */
  self->title = g_strdup_printf (_("What we agreed on %s"), day);
  self->file_name = g_date_time_format (when, "what-we-agreed-%Y-%m-%d.pdf");

  /* Translators: the greeting of the summary; %s is the resident's name. */
  line = g_strdup_printf (_("Hello %s,"), name);
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, line);
  g_clear_pointer (&line, g_free);
  /* Translators: %s is a day, as in "Tuesday 24 November". */
  line = g_strdup_printf (_("Thank you for talking with us on %s. This is what we talked about "
                            "and what we agreed, so that we all remember it the same way."), day);
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, line);
  g_clear_pointer (&line, g_free);

  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, _("What we talked about"));
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH,
                               hearth_timeline_entry_get_summary (entry));
  body = hearth_timeline_entry_get_body (entry);
  if (!is_blank (body))
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, body);

  add_items (self, items, FALSE, now);
  add_items (self, items, TRUE, now);

  if (*lead != '\0' || !is_blank (contact))
    {
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, _("How to reach us"));
      if (*lead != '\0')
        {
          /* Translators: %s is the name of the person who leads the case. */
          line = g_strdup_printf (_("%s is your lead worker and is glad to hear from you."), lead);
          hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, line);
        }
      if (!is_blank (contact))
        hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, contact);
    }

  self->text = hearth_summary_document_dup_text (self->document);

  return g_steal_pointer (&self);
}

const char *
hearth_agreement_summary_get_title (HearthAgreementSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY (self), NULL);

  return self->title;
}

const char *
hearth_agreement_summary_get_text (HearthAgreementSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY (self), NULL);

  return self->text;
}

char *
hearth_agreement_summary_dup_file_name (HearthAgreementSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY (self), NULL);

  return g_strdup (self->file_name);
}

HearthPdfWriter *
hearth_agreement_summary_new_pdf (HearthAgreementSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY (self), NULL);

  return hearth_summary_document_new_pdf (self->document, self->title);
}

gboolean
hearth_agreement_summary_save_pdf (HearthAgreementSummary  *self,
                                   GFile                   *file,
                                   GCancellable            *cancellable,
                                   GError                 **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;

  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pdf = hearth_agreement_summary_new_pdf (self);
  return hearth_pdf_writer_save (pdf, file, cancellable, error);
}
