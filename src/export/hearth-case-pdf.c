/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-agreement-item.h"
#include "hearth-case.h"
#include "hearth-case-pdf.h"
#include "hearth-date.h"
#include "hearth-money.h"
#include "hearth-resident.h"
#include "hearth-staff-member.h"
#include "hearth-timeline-entry.h"

/* A case summary is read through the model, one part at a time, and laid
 * out as it is read:
 *
 *   HearthCase, HearthResident, HearthStaffMember, HearthAgreementItem,
 *   HearthTimelineEntry (each read whole, once)  ->  HearthPdfWriter
 *
 * The list models are made for screens, which show a few rows of a long
 * list; a document shows every row, so it reads each list whole, in one
 * statement each. */

typedef struct
{
  HearthStore     *store;
  HearthPdfWriter *pdf;
  gint64           case_id;
  GDateTime       *now;     /* local time, by the store's clock */
} Export;

static GDateTime *
local_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  return utc != NULL ? g_date_time_to_local (utc) : NULL;
}

/* "4 December 2026". */
static char *
format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) local = local_time (unix_time);

  /* Translators: a date in full, as in "4 December 2026"; see the
   * strftime() manual page for the codes ("%-d": no leading zero). */
  return local != NULL ? g_date_time_format (local, C_("full date", "%-d %B %Y")) : g_strdup ("");
}

/* A due date, "YYYY-MM-DD", as "Friday 4 December 2026", or NULL. */
static char *
format_due_on (const char *due_on)
{
  /* Translators: a day with its weekday, as in "Friday 4 December 2026". */
  return hearth_date_format (due_on, C_("day with weekday", "%A %-d %B %Y"));
}

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

/* "Phone the energy company — Priya Raman, by Friday 4 December 2026": who
 * is named as the timeline names them (the worker, the person named, or
 * the resident the entry is about). */
static char *
describe_item (HearthAgreementItem *item)
{
  const char *text = hearth_agreement_item_get_text (item);
  const char *who = hearth_agreement_item_get_owner_label (item);
  g_autofree char *due = format_due_on (hearth_agreement_item_get_due_on (item));

  if (*who != '\0' && due != NULL)
    /* Translators: something agreed (%1$s), who will do it (%2$s) and by
     * which day (%3$s, as in "Friday 4 December 2026"). */
    return g_strdup_printf (C_("agreement item", "%1$s — %2$s, by %3$s"), text, who, due);
  if (*who != '\0')
    /* Translators: something agreed (%1$s) and who will do it (%2$s). */
    return g_strdup_printf (C_("agreement item", "%1$s — %2$s"), text, who);
  if (due != NULL)
    /* Translators: something agreed (%1$s) and by which day (%2$s). */
    return g_strdup_printf (C_("agreement item", "%1$s — by %2$s"), text, due);
  return g_strdup (text);
}

typedef const char *(*NameFunc) (gpointer item);

/* "Label: a, b, c" from the names of @items; nothing if there are none. */
static void
add_names (Export     *export,
           const char *label,
           GListModel *items,
           NameFunc    name_of)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (names->len > 0)
        /* Translators: between the names in a list of people. */
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, name_of (item));
    }

  if (names->len > 0)
    hearth_pdf_writer_add_detail (export->pdf, label, names->str);
}

static const char *
resident_name (gpointer item)
{
  return hearth_resident_get_name (item);
}

static const char *
staff_name (gpointer item)
{
  return hearth_staff_member_get_name (item);
}

static gboolean
add_case (Export      *export,
          GListModel  *residents,
          char       **title,
          GError     **error)
{
  g_autoptr(HearthCase) item = NULL;
  g_autoptr(GListModel) workers = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *made = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *pdf_title = NULL;
  const char *lead;

  item = hearth_case_load (export->store, export->case_id, &local_error);
  if (item == NULL)
    {
      char number[32];

      if (!g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, export->case_id);
      /* Translators: %s is the number of a case. */
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("There is no case number %s; it may have been erased"), number);
      return FALSE;
    }
  workers = hearth_staff_member_list_new_case_workers (export->store, export->case_id, error);
  if (workers == NULL)
    return FALSE;

  *title = g_strdup (hearth_case_get_title (item));
  /* Translators: the title of a case summary PDF, shown at the foot of
   * each page; %s is the case's title. */
  pdf_title = g_strdup_printf (_("Case summary: %s"), *title);
  export->pdf = hearth_pdf_writer_new (pdf_title);
  hearth_pdf_writer_add_title (export->pdf, *title);
  made = g_date_time_format (export->now, C_("full date", "%-d %B %Y"));
  /* Translators: under the title of a case summary; %s is today's date. */
  caption = g_strdup_printf (_("Case summary made on %s"), made);
  hearth_pdf_writer_add_caption (export->pdf, caption);

  add_names (export, _("Residents"), residents, resident_name);
  lead = hearth_case_get_lead_name (item);
  hearth_pdf_writer_add_detail (export->pdf, _("Lead worker"),
                                *lead != '\0' ? lead : _("Nobody yet"));
  add_names (export, _("Others involved"), workers, staff_name);
  opened = format_date (hearth_case_get_opened_at (item));
  hearth_pdf_writer_add_detail (export->pdf, _("Opened"), opened);
  if (hearth_case_get_is_open (item))
    {
      hearth_pdf_writer_add_detail (export->pdf, _("Status"), C_("case status", "Open"));
    }
  else
    {
      g_autofree char *closed = format_date (hearth_case_get_closed_at (item));
      const char *outcome = hearth_case_get_outcome_name (item);
      const char *note = hearth_case_get_closing_note (item);

      hearth_pdf_writer_add_detail (export->pdf, _("Closed"), closed);
      if (*outcome != '\0')
        hearth_pdf_writer_add_detail (export->pdf, _("Outcome"), outcome);
      if (!is_blank (note))
        {
          hearth_pdf_writer_add_subheading (export->pdf, _("Closing note"));
          hearth_pdf_writer_add_paragraph (export->pdf, note);
        }
    }

  return TRUE;
}

static void
add_profile_part (Export     *export,
                  const char *heading,
                  const char *text)
{
  hearth_pdf_writer_add_subheading (export->pdf, heading);
  if (is_blank (text))
    hearth_pdf_writer_add_caption (export->pdf, _("Not written yet"));
  else
    hearth_pdf_writer_add_paragraph (export->pdf, text);
}

/* Each resident by name, with their profile in their own words. */
static void
add_residents (Export     *export,
               GListModel *residents)
{
  guint n = g_list_model_get_n_items (residents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (residents, i);
      g_autoptr(GString) who = NULL;
      const char *name = hearth_resident_get_name (resident);
      const char *preferred = hearth_resident_get_preferred_name (resident);
      const char *pronouns = hearth_resident_get_pronouns (resident);
      const char *updated_by = hearth_resident_get_profile_updated_by_name (resident);
      gint64 updated_at = hearth_resident_get_profile_updated_at (resident);

      who = g_string_new (name);
      if (*preferred != '\0' && !g_str_equal (preferred, name))
        /* Translators: a resident's name and the name they prefer. */
        g_string_printf (who, C_("resident name", "%1$s, known as %2$s"), name, preferred);
      if (*pronouns != '\0')
        {
          g_autofree char *named = g_strdup (who->str);

          /* Translators: a resident's name (%1$s) and their pronouns (%2$s). */
          g_string_printf (who, C_("resident name", "%1$s (%2$s)"), named, pronouns);
        }

      hearth_pdf_writer_add_heading (export->pdf, who->str);

      /* Translators: the parts of a resident's profile, in their words. */
      add_profile_part (export, _("What matters to me"), hearth_resident_get_what_matters (resident));
      add_profile_part (export, _("My strengths and gifts"), hearth_resident_get_strengths (resident));
      add_profile_part (export, _("What a good life looks like to me"),
                        hearth_resident_get_good_life (resident));
      add_profile_part (export, _("What we can do together"), hearth_resident_get_together (resident));

      if (updated_at > 0)
        {
          g_autofree char *day = format_date (updated_at);
          g_autofree char *caption = NULL;

          if (*updated_by != '\0')
            /* Translators: when a profile was last written (%1$s), and by whom. */
            caption = g_strdup_printf (_("Last written on %1$s by %2$s"), day, updated_by);
          else
            caption = g_strdup_printf (_("Last written on %s"), day);
          hearth_pdf_writer_add_caption (export->pdf, caption);
        }
    }
}

static gboolean
add_open_agreements (Export  *export,
                     GError **error)
{
  g_autoptr(GListModel) items = NULL;
  guint n;

  items = hearth_agreement_item_list_new_open_in_case (export->store, export->case_id, error);
  if (items == NULL)
    return FALSE;

  hearth_pdf_writer_add_heading (export->pdf, _("What we agreed that is still open"));
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthAgreementItem) item = g_list_model_get_item (items, i);
      g_autofree char *line = describe_item (item);

      if (hearth_agreement_item_get_overdue (item))
        {
          g_autofree char *plain = g_steal_pointer (&line);

          /* Translators: an agreement item whose date has passed. */
          line = g_strdup_printf (_("%s — overdue"), plain);
        }
      hearth_pdf_writer_add_bullet (export->pdf, line);
    }

  if (n == 0)
    hearth_pdf_writer_add_paragraph (export->pdf, _("Nothing agreed is waiting to be done."));
  return TRUE;
}

static gboolean
add_money (Export  *export,
           GError **error)
{
  g_autoptr(GArray) spends = NULL;
  HearthCaseMoney money;

  if (!hearth_case_read_money (export->store, export->case_id, &money, error))
    return FALSE;

  hearth_pdf_writer_add_heading (export->pdf, _("Money"));
  if (money.debt_resolved_pence == 0 && money.income_gained_pence == 0 && money.n_spends == 0)
    {
      hearth_pdf_writer_add_paragraph (export->pdf,
                                       _("No money has been spent or gained on this case."));
      return TRUE;
    }
  {
    g_autofree char *debt_text = hearth_money_format (money.debt_resolved_pence);
    g_autofree char *income_text = hearth_money_format (money.income_gained_pence);
    g_autofree char *spent_text = hearth_money_format (money.spent_pence);
    g_autofree char *spent_line = NULL;

    hearth_pdf_writer_add_detail (export->pdf, _("Debt resolved"), debt_text);
    hearth_pdf_writer_add_detail (export->pdf, _("Income gained"), income_text);
    /* Translators: the total spent (%s) from the team budget, and in how
     * many spends. */
    spent_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u spend",
                                               "%s in %u spends", money.n_spends),
                                  spent_text, money.n_spends);
    hearth_pdf_writer_add_detail (export->pdf, _("Spent from the team budget"), spent_line);
  }

  if (money.n_spends == 0)
    return TRUE;

  /* What the money was for, most first. */
  spends = hearth_case_dup_spends (export->store, export->case_id, error);
  if (spends == NULL)
    return FALSE;
  for (guint i = 0; i < spends->len; i++)
    {
      const HearthCaseSpend *spend = &g_array_index (spends, HearthCaseSpend, i);
      g_autofree char *amount = hearth_money_format (spend->pence);
      g_autofree char *line = NULL;

      /* Translators: what money was spent on (%1$s), how much (%2$s) and in
       * how many spends (%3$u). */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s: %2$s, %3$u time",
                                           "%1$s: %2$s, %3$u times", spend->count),
                              *spend->spend_for != '\0' ? spend->spend_for : _("Not said"),
                              amount, spend->count);
      hearth_pdf_writer_add_bullet (export->pdf, line);
    }

  return TRUE;
}

/* The items of one "what we agreed" entry, each with where it stands. */
static gboolean
add_entry_items (Export  *export,
                 gint64   entry_id,
                 GError **error)
{
  g_autoptr(GListModel) items = NULL;
  guint n;

  items = hearth_agreement_item_list_new_for_entry (export->store, entry_id, error);
  if (items == NULL)
    return FALSE;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthAgreementItem) item = g_list_model_get_item (items, i);
      g_autofree char *described = describe_item (item);
      g_autofree char *line = NULL;

      if (hearth_agreement_item_get_done (item))
        /* Translators: an agreement item that has been done. */
        line = g_strdup_printf (_("%s — done"), described);
      else if (hearth_agreement_item_get_dropped (item))
        /* Translators: an agreement item that will not happen (%1$s), and
         * why (%2$s). */
        line = g_strdup_printf (_("%1$s — dropped: %2$s"), described,
                                hearth_agreement_item_get_dropped_reason (item));
      else if (hearth_agreement_item_get_overdue (item))
        line = g_strdup_printf (_("%s — overdue"), described);
      else
        line = g_steal_pointer (&described);
      hearth_pdf_writer_add_bullet (export->pdf, line);
    }

  return TRUE;
}

/* One entry of the timeline: its caption, summary, details and items. */
static gboolean
add_entry (Export               *export,
           HearthTimelineEntry  *entry,
           char                 *last_day,
           gsize                 last_day_size,
           GError              **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GString) caption = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  const char *kind = hearth_timeline_entry_get_kind (entry);
  const char *author = hearth_timeline_entry_get_author_name (entry);
  const char *body = hearth_timeline_entry_get_body (entry);
  gint64 amount = MAX (hearth_timeline_entry_get_amount_pence (entry), 0);

  when = local_time (hearth_timeline_entry_get_occurred_at (entry));
  if (when == NULL)
    return TRUE;

  day = g_date_time_format (when, "%Y-%m-%d");
  if (!g_str_equal (day, last_day))
    {
      g_autofree char *heading = g_date_time_format (when, C_("day with weekday",
                                                              "%A %-d %B %Y"));

      hearth_pdf_writer_add_subheading (export->pdf, heading);
      g_strlcpy (last_day, day, last_day_size);
    }

  /* "14:05 · Conversation · Priya Raman · edited" */
  /* Translators: the time of day of an entry; see strftime(). */
  time = g_date_time_format (when, C_("time of day", "%H:%M"));
  caption = g_string_new (time);
  g_string_append (caption, " · ");
  g_string_append (caption, hearth_timeline_entry_get_kind_label (entry));
  if (*author != '\0')
    {
      g_string_append (caption, " · ");
      g_string_append (caption, author);
    }
  if (hearth_timeline_entry_get_edited (entry))
    {
      g_string_append (caption, " · ");
      /* Translators: after an entry's time and author: it was changed. */
      g_string_append (caption, C_("entry", "edited"));
    }
  hearth_pdf_writer_add_caption (export->pdf, caption->str);
  hearth_pdf_writer_add_strong (export->pdf, hearth_timeline_entry_get_summary (entry));
  if (!is_blank (body))
    hearth_pdf_writer_add_paragraph (export->pdf, body);

  if (g_str_equal (kind, "spend"))
    {
      g_autofree char *money = hearth_money_format (amount);
      const char *what = hearth_timeline_entry_get_spend_for (entry);
      g_autofree char *value = NULL;

      if (*what != '\0')
        /* Translators: an amount spent (%1$s) and what on (%2$s). */
        value = g_strdup_printf (_("%1$s, for %2$s"), money, what);
      hearth_pdf_writer_add_detail (export->pdf, _("Spent"), value != NULL ? value : money);
    }
  else if (g_str_equal (kind, "money-outcome"))
    {
      g_autofree char *money = hearth_money_format (amount);

      hearth_pdf_writer_add_detail (export->pdf,
                                    g_str_equal (hearth_timeline_entry_get_money_kind (entry),
                                                 "debt-resolved")
                                    ? _("Debt resolved") : _("Income gained"),
                                    money);
    }
  else if (g_str_equal (kind, "expertise"))
    {
      const char *name = hearth_timeline_entry_get_expert_name (entry);
      const char *from = hearth_timeline_entry_get_expert_from (entry);
      g_autofree char *value = NULL;

      if (*from != '\0')
        /* Translators: who came to the resident (%1$s), and from where. */
        value = g_strdup_printf (_("%1$s, from %2$s"), name, from);
      hearth_pdf_writer_add_detail (export->pdf, _("Who came"), value != NULL ? value : name);
    }
  else if (g_str_equal (kind, "agreement"))
    {
      return add_entry_items (export, hearth_timeline_entry_get_id (entry), error);
    }

  return TRUE;
}

/* The whole timeline, oldest first, under a heading for each day. */
static gboolean
add_timeline (Export        *export,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GListModel) entries = NULL;
  char last_day[16] = "";
  guint n;

  entries = hearth_timeline_entry_list_new_whole_case (export->store, export->case_id,
                                                       cancellable, error);
  if (entries == NULL)
    return FALSE;

  hearth_pdf_writer_add_heading (export->pdf, _("Timeline, oldest first"));
  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthTimelineEntry) entry = NULL;

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      entry = g_list_model_get_item (entries, i);
      if (!add_entry (export, entry, last_day, sizeof last_day, error))
        return FALSE;
    }

  if (n == 0)
    hearth_pdf_writer_add_paragraph (export->pdf, _("Nothing has been written on this case yet."));
  return TRUE;
}

HearthPdfWriter *
hearth_case_pdf_new (HearthStore   *store,
                     gint64         case_id,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GDateTime) now_utc = NULL;
  g_autoptr(GListModel) residents = NULL;
  g_autofree char *title = NULL;
  Export export = { store, NULL, case_id, NULL };
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now_utc = g_date_time_new_from_unix_utc (hearth_store_now (store));
  export.now = g_date_time_to_local (now_utc);

  residents = hearth_resident_list_new_for_case (store, case_id, error);
  ok = residents != NULL &&
       add_case (&export, residents, &title, error);
  if (ok)
    add_residents (&export, residents);
  ok = ok &&
       add_open_agreements (&export, error) &&
       add_money (&export, error) &&
       add_timeline (&export, cancellable, error);

  g_date_time_unref (export.now);
  if (!ok)
    {
      g_clear_object (&export.pdf);
      return NULL;
    }

  return export.pdf;
}

gboolean
hearth_case_pdf_save (HearthStore   *store,
                      gint64         case_id,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pdf = hearth_case_pdf_new (store, case_id, cancellable, error);
  if (pdf == NULL)
    return FALSE;

  return hearth_pdf_writer_save (pdf, file, cancellable, error);
}

char *
hearth_case_pdf_dup_file_name (const char *case_title)
{
  g_autofree char *valid = g_utf8_make_valid (case_title != NULL ? case_title : "", -1);
  g_autoptr(GString) name = g_string_new (NULL);

  /* Characters that some file systems refuse, or that start a hidden file,
   * become spaces, and spaces run together; the name stays readable. */
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean refused = c < 0x20 || c == 0x7f ||
                         (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL);

      if (refused || g_unichar_isspace (c))
        {
          if (name->len > 0 && name->str[name->len - 1] != ' ')
            g_string_append_c (name, ' ');
        }
      else if (!(c == '.' && name->len == 0))
        {
          g_string_append_unichar (name, c);
        }
      if (g_utf8_strlen (name->str, -1) >= 80)
        break;
    }
  g_strstrip (name->str);

  if (name->str[0] == '\0')
    return g_strdup (_("Case summary.pdf"));
  /* Translators: the file name offered for a case summary; %s is the
   * case's title. Keep ".pdf" at the end. */
  return g_strdup_printf (_("%s – case summary.pdf"), name->str);
}
