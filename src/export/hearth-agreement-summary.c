/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-agreement-item.h"
#include "hearth-agreement-summary.h"
#include "hearth-date.h"
#include "hearth-item-util.h"
#include "hearth-summary-document.h"

/* The summary is built once as a list of blocks, and both the text and the
 * PDF are drawn from that list, so the two always say the same:
 *
 *   timeline_entries, residents, cases  -\
 *   HearthAgreementItem (:entry_id)      -+->  HearthSummaryDocument  ->  text / PDF
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

typedef struct
{
  gint64  case_id;
  gint64  resident_id;
  gint64  occurred_at;
  char   *summary;
  char   *body;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->summary);
  g_free (entry->body);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Entry, entry_clear)

static gboolean
load_entry (HearthStore  *store,
            gint64        entry_id,
            Entry        *entry,
            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = hearth_store_prepare (store,
                               "SELECT kind = 'agreement' AND deleted_at IS NULL,"
                               "  coalesce (case_id, 0), coalesce (resident_id, 0), occurred_at,"
                               "  summary, body"
                               " FROM timeline_entries WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return FALSE;

  ok = has_row && sqlite3_column_int (stmt, 0) != 0;
  if (ok)
    {
      entry->case_id = sqlite3_column_int64 (stmt, 1);
      entry->resident_id = sqlite3_column_int64 (stmt, 2);
      entry->occurred_at = sqlite3_column_int64 (stmt, 3);
      entry->summary = g_strdup (hearth_column_text (stmt, 4));
      entry->body = g_strdup (hearth_column_text (stmt, 5));
    }
  sqlite3_reset (stmt);

  if (!ok)
    g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                         _("This agreement is no longer on the timeline, so there is nothing "
                           "to send"));
  return ok;
}

/* The resident's name to greet them by, or NULL with @error set when they
 * are not the resident of the entry or on its case. */
static char *
load_resident_name (HearthStore  *store,
                    const Entry  *entry,
                    gint64        resident_id,
                    GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  char *name = NULL;

  /* ?2 = 0: the entry's own resident, or else the first on the case. */
  stmt = hearth_store_prepare (store,
                               "SELECT iif (r.preferred_name <> '', r.preferred_name, r.name)"
                               " FROM residents r"
                               " WHERE r.id = coalesce (nullif (?2, 0), nullif (?3, 0),"
                               "   (SELECT cr.resident_id FROM case_residents cr"
                               "     WHERE cr.case_id = ?1 ORDER BY cr.position, cr.resident_id"
                               "     LIMIT 1))"
                               "   AND (r.id = ?3 OR r.id IN (SELECT cr.resident_id"
                               "     FROM case_residents cr WHERE cr.case_id = ?1))",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, entry->case_id);
  sqlite3_bind_int64 (stmt, 2, resident_id);
  sqlite3_bind_int64 (stmt, 3, entry->resident_id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return NULL;
  if (has_row)
    name = g_strstrip (g_strdup (hearth_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (name == NULL)
    g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                         resident_id != 0
                         ? _("This resident is not on the case of this agreement; choose one "
                             "who is")
                         : _("This agreement is not about a resident yet; add a resident to "
                             "the case first"));
  return name;
}

static char *
load_lead_name (HearthStore  *store,
                gint64        case_id,
                GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  char *name;

  stmt = hearth_store_prepare (store,
                               "SELECT s.name FROM cases c JOIN staff s ON s.id = c.lead_id"
                               " WHERE c.id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return NULL;
  name = g_strdup (has_row ? hearth_column_text (stmt, 0) : "");
  sqlite3_reset (stmt);

  return name;
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
  g_auto(Entry) entry = { 0 };
  g_autofree char *name = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *day = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) now_utc = NULL;
  g_autoptr(GDateTime) when_utc = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(HearthQueryModel) items = NULL;
  const GError *items_error;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_entry (store, entry_id, &entry, error) ||
      (name = load_resident_name (store, &entry, resident_id, error)) == NULL ||
      (lead = load_lead_name (store, entry.case_id, error)) == NULL)
    return NULL;

  items = hearth_agreement_item_query_new (store);
  hearth_query_model_set_param (items, ":entry_id", g_variant_new_int64 (entry_id));
  g_list_model_get_n_items (G_LIST_MODEL (items));
  items_error = hearth_query_model_get_error (items);
  if (items_error != NULL)
    {
      g_propagate_error (error, g_error_copy (items_error));
      return NULL;
    }

  now_utc = g_date_time_new_from_unix_utc (hearth_store_now (store));
  now = g_date_time_to_local (now_utc);
  when_utc = g_date_time_new_from_unix_utc (entry.occurred_at);
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
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, entry.summary);
  if (!is_blank (entry.body))
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, entry.body);

  add_items (self, G_LIST_MODEL (items), FALSE, now);
  add_items (self, G_LIST_MODEL (items), TRUE, now);

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
