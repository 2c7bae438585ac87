/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-case-pdf.h"
#include "hearth-date.h"
#include "hearth-item-util.h"
#include "hearth-money.h"
#include "hearth-timeline-entry.h"

/* A case summary is read straight from the store, one statement per part,
 * and laid out as it is read:
 *
 *   cases, residents, agreement_items, timeline_entries  ->  HearthPdfWriter
 *
 * The list models are made for screens: they read the ids of a whole list
 * first and each row by itself. Here one statement walks the timeline in
 * order instead, so the rows stream past and none is kept. */

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

/* The SQL that names who will do an agreement item, as the timeline does:
 * the worker, the person named, or the resident the entry is about (or
 * else the case's first resident). Needs "a" (agreement_items), "e" (its
 * entry) and "s" (the worker, LEFT JOINed). */
#define ITEM_OWNER_SQL \
  "CASE a.owner_kind" \
  "  WHEN 'staff' THEN coalesce (s.name, '')" \
  "  WHEN 'other' THEN a.owner_name" \
  "  ELSE coalesce ((SELECT iif (r.preferred_name <> '', r.preferred_name, r.name)" \
  "    FROM residents r WHERE r.id = coalesce (e.resident_id," \
  "      (SELECT cr.resident_id FROM case_residents cr WHERE cr.case_id = e.case_id" \
  "        ORDER BY cr.position LIMIT 1))), '')" \
  " END"

/* "Phone the energy company — Priya Raman, by Friday 4 December 2026". */
static char *
describe_item (const char *text,
               const char *who,
               const char *due_on)
{
  g_autofree char *due = format_due_on (due_on);

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

static const char residents_sql[] =
  "SELECT r.name FROM case_residents cr JOIN residents r ON r.id = cr.resident_id"
  " WHERE cr.case_id = ?1 ORDER BY cr.position, r.id";

/* Everyone who works on the case but its lead. */
static const char workers_sql[] =
  "SELECT s.name FROM case_workers w JOIN staff s ON s.id = w.staff_id"
  " WHERE w.case_id = ?1 AND w.staff_id IS NOT (SELECT lead_id FROM cases WHERE id = ?1)"
  " ORDER BY s.name COLLATE NOCASE, s.id";

/* "Label: a, b, c" from the names @sql selects for the case; nothing if none. */
static gboolean
add_names (Export      *export,
           const char  *label,
           const char  *sql,
           GError     **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (export->store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);
  for (;;)
    {
      gboolean has_row = FALSE;

      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      if (names->len > 0)
        /* Translators: between the names in a list of people. */
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, hearth_column_text (stmt, 0));
    }

  if (names->len > 0)
    hearth_pdf_writer_add_detail (export->pdf, label, names->str);
  return TRUE;
}

static gboolean
add_case (Export  *export,
          char   **title,
          GError **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  g_autofree char *opened = NULL;
  g_autofree char *made = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *pdf_title = NULL;
  gboolean is_open;

  stmt = hearth_store_prepare (export->store,
                               "SELECT c.title, c.status = 'open', coalesce (s.name, ''),"
                               "  c.opened_at, coalesce (c.closed_at, 0), coalesce (o.name, ''),"
                               "  c.closing_note"
                               " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id"
                               "  LEFT JOIN outcomes o ON o.id = c.outcome_id WHERE c.id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);
  if (!hearth_store_step (export->store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      char number[32];

      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, export->case_id);
      /* Translators: %s is the number of a case. */
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("There is no case number %s; it may have been erased"), number);
      return FALSE;
    }

  *title = g_strdup (hearth_column_text (stmt, 0));
  /* Translators: the title of a case summary PDF, shown at the foot of
   * each page; %s is the case's title. */
  pdf_title = g_strdup_printf (_("Case summary: %s"), *title);
  export->pdf = hearth_pdf_writer_new (pdf_title);
  hearth_pdf_writer_add_title (export->pdf, *title);
  made = g_date_time_format (export->now, C_("full date", "%-d %B %Y"));
  /* Translators: under the title of a case summary; %s is today's date. */
  caption = g_strdup_printf (_("Case summary made on %s"), made);
  hearth_pdf_writer_add_caption (export->pdf, caption);

  is_open = sqlite3_column_int (stmt, 1) != 0;
  /* Other statements leave this row where it is. */
  if (!add_names (export, _("Residents"), residents_sql, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  hearth_pdf_writer_add_detail (export->pdf, _("Lead worker"),
                                *hearth_column_text (stmt, 2) != '\0'
                                ? hearth_column_text (stmt, 2) : _("Nobody yet"));
  if (!add_names (export, _("Others involved"), workers_sql, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  opened = format_date (sqlite3_column_int64 (stmt, 3));
  hearth_pdf_writer_add_detail (export->pdf, _("Opened"), opened);
  if (is_open)
    {
      hearth_pdf_writer_add_detail (export->pdf, _("Status"), C_("case status", "Open"));
    }
  else
    {
      g_autofree char *closed = format_date (sqlite3_column_int64 (stmt, 4));
      const char *note = hearth_column_text (stmt, 6);

      hearth_pdf_writer_add_detail (export->pdf, _("Closed"), closed);
      if (*hearth_column_text (stmt, 5) != '\0')
        hearth_pdf_writer_add_detail (export->pdf, _("Outcome"), hearth_column_text (stmt, 5));
      if (!is_blank (note))
        {
          hearth_pdf_writer_add_subheading (export->pdf, _("Closing note"));
          hearth_pdf_writer_add_paragraph (export->pdf, note);
        }
    }
  sqlite3_reset (stmt);

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
static gboolean
add_residents (Export  *export,
               GError **error)
{
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (export->store,
                               "SELECT r.name, r.preferred_name, r.pronouns, r.what_matters,"
                               "  r.strengths, r.good_life, r.together,"
                               "  coalesce (r.profile_updated_at, 0), coalesce (s.name, '')"
                               " FROM case_residents cr JOIN residents r ON r.id = cr.resident_id"
                               "  LEFT JOIN staff s ON s.id = r.profile_updated_by"
                               " WHERE cr.case_id = ?1 ORDER BY cr.position, r.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);

  for (;;)
    {
      g_autoptr(GString) who = NULL;
      const char *name, *preferred, *pronouns;
      gboolean has_row = FALSE;
      gint64 updated_at;

      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      name = hearth_column_text (stmt, 0);
      preferred = hearth_column_text (stmt, 1);
      pronouns = hearth_column_text (stmt, 2);
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
      add_profile_part (export, _("What matters to me"), hearth_column_text (stmt, 3));
      add_profile_part (export, _("My strengths and gifts"), hearth_column_text (stmt, 4));
      add_profile_part (export, _("What a good life looks like to me"),
                        hearth_column_text (stmt, 5));
      add_profile_part (export, _("What we can do together"), hearth_column_text (stmt, 6));

      updated_at = sqlite3_column_int64 (stmt, 7);
      if (updated_at > 0)
        {
          g_autofree char *day = format_date (updated_at);
          g_autofree char *caption = NULL;

          if (*hearth_column_text (stmt, 8) != '\0')
            /* Translators: when a profile was last written (%1$s), and by whom. */
            caption = g_strdup_printf (_("Last written on %1$s by %2$s"), day,
                                       hearth_column_text (stmt, 8));
          else
            caption = g_strdup_printf (_("Last written on %s"), day);
          hearth_pdf_writer_add_caption (export->pdf, caption);
        }
    }

  return TRUE;
}

static gboolean
add_open_agreements (Export  *export,
                     GError **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = hearth_store_prepare (export->store,
                               "SELECT a.text, " ITEM_OWNER_SQL ", coalesce (a.due_on, ''),"
                               "  a.due_on < date (hearth_now (), 'unixepoch')"
                               " FROM agreement_items a"
                               "  JOIN timeline_entries e ON e.id = a.entry_id"
                               "  LEFT JOIN staff s ON s.id = a.owner_staff_id"
                               " WHERE a.case_id = ?1 AND a.status = 'open'"
                               " ORDER BY a.due_on IS NULL, a.due_on, e.occurred_at,"
                               "  a.position, a.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);

  hearth_pdf_writer_add_heading (export->pdf, _("What we agreed that is still open"));
  for (;;)
    {
      g_autofree char *line = NULL;
      gboolean has_row = FALSE;

      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      line = describe_item (hearth_column_text (stmt, 0), hearth_column_text (stmt, 1),
                            hearth_column_text (stmt, 2));
      if (sqlite3_column_int (stmt, 3) != 0)
        {
          g_autofree char *plain = g_steal_pointer (&line);

          /* Translators: an agreement item whose date has passed. */
          line = g_strdup_printf (_("%s — overdue"), plain);
        }
      hearth_pdf_writer_add_bullet (export->pdf, line);
      n++;
    }

  if (n == 0)
    hearth_pdf_writer_add_paragraph (export->pdf, _("Nothing agreed is waiting to be done."));
  return TRUE;
}

static gboolean
add_money (Export  *export,
           GError **error)
{
  sqlite3_stmt *stmt;
  gint64 debt = 0, income = 0, spent = 0;
  gint64 n_spends = 0;

  stmt = hearth_store_prepare (export->store,
                               "SELECT coalesce (sum (amount_pence) FILTER (WHERE"
                               "    kind = 'money-outcome' AND money_kind = 'debt-resolved'), 0),"
                               "  coalesce (sum (amount_pence) FILTER (WHERE"
                               "    kind = 'money-outcome' AND money_kind = 'income-gained'), 0),"
                               "  coalesce (sum (amount_pence) FILTER (WHERE kind = 'spend'), 0),"
                               "  count (*) FILTER (WHERE kind = 'spend')"
                               " FROM timeline_entries"
                               " WHERE case_id = ?1 AND deleted_at IS NULL"
                               "   AND kind IN ('money-outcome', 'spend')",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);
  {
    gboolean has_row = FALSE;

    if (!hearth_store_step (export->store, stmt, &has_row, error))
      return FALSE;
    if (has_row)
      {
        debt = sqlite3_column_int64 (stmt, 0);
        income = sqlite3_column_int64 (stmt, 1);
        spent = sqlite3_column_int64 (stmt, 2);
        n_spends = sqlite3_column_int64 (stmt, 3);
      }
    sqlite3_reset (stmt);
  }

  hearth_pdf_writer_add_heading (export->pdf, _("Money"));
  if (debt == 0 && income == 0 && n_spends == 0)
    {
      hearth_pdf_writer_add_paragraph (export->pdf,
                                       _("No money has been spent or gained on this case."));
      return TRUE;
    }
  {
    g_autofree char *debt_text = hearth_money_format (debt);
    g_autofree char *income_text = hearth_money_format (income);
    g_autofree char *spent_text = hearth_money_format (spent);
    g_autofree char *spent_line = NULL;

    hearth_pdf_writer_add_detail (export->pdf, _("Debt resolved"), debt_text);
    hearth_pdf_writer_add_detail (export->pdf, _("Income gained"), income_text);
    /* Translators: the total spent (%s) from the team budget, and in how
     * many spends. */
    spent_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u spend",
                                               "%s in %u spends", (gulong) n_spends),
                                  spent_text, (guint) n_spends);
    hearth_pdf_writer_add_detail (export->pdf, _("Spent from the team budget"), spent_line);
  }

  if (n_spends == 0)
    return TRUE;

  /* What the money was for, most first. */
  stmt = hearth_store_prepare (export->store,
                               "SELECT spend_for, sum (amount_pence), count (*)"
                               " FROM timeline_entries"
                               " WHERE case_id = ?1 AND deleted_at IS NULL AND kind = 'spend'"
                               " GROUP BY spend_for ORDER BY sum (amount_pence) DESC, spend_for",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);
  for (;;)
    {
      g_autofree char *amount = NULL;
      g_autofree char *line = NULL;
      const char *what;
      gboolean has_row = FALSE;

      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      what = hearth_column_text (stmt, 0);
      amount = hearth_money_format (sqlite3_column_int64 (stmt, 1));
      /* Translators: what money was spent on (%1$s), how much (%2$s) and in
       * how many spends (%3$u). */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s: %2$s, %3$u time",
                                           "%1$s: %2$s, %3$u times",
                                           (gulong) sqlite3_column_int64 (stmt, 2)),
                              *what != '\0' ? what : _("Not said"), amount,
                              (guint) sqlite3_column_int64 (stmt, 2));
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
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (export->store,
                               "SELECT a.text, " ITEM_OWNER_SQL ", coalesce (a.due_on, ''),"
                               "  a.status, a.dropped_reason,"
                               "  a.status = 'open'"
                               "   AND a.due_on < date (hearth_now (), 'unixepoch')"
                               " FROM agreement_items a"
                               "  JOIN timeline_entries e ON e.id = a.entry_id"
                               "  LEFT JOIN staff s ON s.id = a.owner_staff_id"
                               " WHERE a.entry_id = ?1 ORDER BY a.position, a.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);

  for (;;)
    {
      g_autofree char *item = NULL;
      g_autofree char *line = NULL;
      const char *status;
      gboolean has_row = FALSE;

      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      item = describe_item (hearth_column_text (stmt, 0), hearth_column_text (stmt, 1),
                            hearth_column_text (stmt, 2));
      status = hearth_column_text (stmt, 3);
      if (g_str_equal (status, "done"))
        /* Translators: an agreement item that has been done. */
        line = g_strdup_printf (_("%s — done"), item);
      else if (g_str_equal (status, "dropped"))
        /* Translators: an agreement item that will not happen (%1$s), and
         * why (%2$s). */
        line = g_strdup_printf (_("%1$s — dropped: %2$s"), item, hearth_column_text (stmt, 4));
      else if (sqlite3_column_int (stmt, 5) != 0)
        line = g_strdup_printf (_("%s — overdue"), item);
      else
        line = g_steal_pointer (&item);
      hearth_pdf_writer_add_bullet (export->pdf, line);
    }

  return TRUE;
}

/* The whole timeline, oldest first, under a heading for each day. */
static gboolean
add_timeline (Export        *export,
              GCancellable  *cancellable,
              GError       **error)
{
  sqlite3_stmt *stmt;
  char last_day[16] = "";
  guint n_entries = 0;

  stmt = hearth_store_prepare (export->store,
                               "SELECT e.id, e.kind, e.occurred_at, coalesce (s.name, ''),"
                               "  e.summary, e.body, coalesce (e.amount_pence, 0), e.spend_for,"
                               "  coalesce (e.money_kind, ''), e.expert_name, e.expert_from,"
                               "  e.version"
                               " FROM timeline_entries e LEFT JOIN staff s ON s.id = e.author_id"
                               " WHERE e.case_id = ?1 AND e.deleted_at IS NULL"
                               " ORDER BY e.occurred_at, e.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export->case_id);

  hearth_pdf_writer_add_heading (export->pdf, _("Timeline, oldest first"));
  for (;;)
    {
      g_autoptr(GDateTime) when = NULL;
      g_autoptr(GString) caption = NULL;
      g_autofree char *day = NULL;
      g_autofree char *time = NULL;
      const char *kind, *author, *body;
      gboolean has_row = FALSE;
      gint64 amount;

      if (n_entries % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      if (!hearth_store_step (export->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      n_entries++;
      kind = hearth_column_text (stmt, 1);
      author = hearth_column_text (stmt, 3);
      body = hearth_column_text (stmt, 5);
      amount = sqlite3_column_int64 (stmt, 6);
      when = local_time (sqlite3_column_int64 (stmt, 2));
      if (when == NULL)
        continue;

      day = g_date_time_format (when, "%Y-%m-%d");
      if (!g_str_equal (day, last_day))
        {
          g_autofree char *heading = g_date_time_format (when, C_("day with weekday",
                                                                  "%A %-d %B %Y"));

          hearth_pdf_writer_add_subheading (export->pdf, heading);
          g_strlcpy (last_day, day, sizeof last_day);
        }

      /* "14:05 · Conversation · Priya Raman · edited" */
      /* Translators: the time of day of an entry; see strftime(). */
      time = g_date_time_format (when, C_("time of day", "%H:%M"));
      caption = g_string_new (time);
      g_string_append (caption, " · ");
      g_string_append (caption, hearth_timeline_entry_kind_label (kind));
      if (*author != '\0')
        {
          g_string_append (caption, " · ");
          g_string_append (caption, author);
        }
      if (sqlite3_column_int64 (stmt, 11) > 1)
        {
          g_string_append (caption, " · ");
          /* Translators: after an entry's time and author: it was changed. */
          g_string_append (caption, C_("entry", "edited"));
        }
      hearth_pdf_writer_add_caption (export->pdf, caption->str);
      hearth_pdf_writer_add_strong (export->pdf, hearth_column_text (stmt, 4));
      if (!is_blank (body))
        hearth_pdf_writer_add_paragraph (export->pdf, body);

      if (g_str_equal (kind, "spend"))
        {
          g_autofree char *money = hearth_money_format (amount);
          const char *what = hearth_column_text (stmt, 7);
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
                                        g_str_equal (hearth_column_text (stmt, 8), "debt-resolved")
                                        ? _("Debt resolved") : _("Income gained"),
                                        money);
        }
      else if (g_str_equal (kind, "expertise"))
        {
          const char *name = hearth_column_text (stmt, 9);
          const char *from = hearth_column_text (stmt, 10);
          g_autofree char *value = NULL;

          if (*from != '\0')
            /* Translators: who came to the resident (%1$s), and from where. */
            value = g_strdup_printf (_("%1$s, from %2$s"), name, from);
          hearth_pdf_writer_add_detail (export->pdf, _("Who came"), value != NULL ? value : name);
        }
      else if (g_str_equal (kind, "agreement"))
        {
          if (!add_entry_items (export, sqlite3_column_int64 (stmt, 0), error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
        }
    }

  if (n_entries == 0)
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
  g_autofree char *title = NULL;
  Export export = { store, NULL, case_id, NULL };
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now_utc = g_date_time_new_from_unix_utc (hearth_store_now (store));
  export.now = g_date_time_to_local (now_utc);

  ok = add_case (&export, &title, error) &&
       add_residents (&export, error) &&
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
