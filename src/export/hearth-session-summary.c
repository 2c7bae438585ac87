/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-date.h"
#include "hearth-item-util.h"
#include "hearth-session-changes.h"
#include "hearth-session-summary.h"
#include "hearth-summary-document.h"

/* The summary is built once as a list of blocks, and both the text and the
 * PDF are drawn from that list, so the two always say the same:
 *
 *   stopshop_sessions, stopshop_session_barriers, barriers, staff
 *     ->  HearthSummaryDocument  ->  text / PDF
 *
 * Only what may be shown to the whole room is read: titles, staff names,
 * first actions, dates and vote totals. */

struct _HearthSessionSummary
{
  GObject  parent_instance;

  char    *title;
  char    *text;
  char    *file_name;
  HearthSummaryDocument *document;
};

G_DEFINE_FINAL_TYPE (HearthSessionSummary, hearth_session_summary, G_TYPE_OBJECT)

/* "Friday 18 December 2026" from "2026-12-18", or NULL. */
static char *
format_day (const char *day)
{
  /* Translators: a day with its weekday, as in "Friday 4 December 2026";
   * see the strftime() manual page for the codes. */
  return hearth_date_format (day, C_("day with weekday", "%A %-d %B %Y"));
}

/* "3 December 2026", from a Unix time. */
static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: a date in full, as in "4 December 2026". */
  return local != NULL ? g_date_time_format (local, C_("full date", "%-d %B %Y")) : g_strdup ("");
}

typedef struct
{
  char  *held_on;
  char  *place;
  char  *theme;
  char  *previous_held_on;   /* NULL for the first session */
  guint  votes_per_person;
  guint  stall_weeks;
} Session;

static void
session_clear (Session *session)
{
  g_free (session->held_on);
  g_free (session->place);
  g_free (session->theme);
  g_free (session->previous_held_on);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Session, session_clear)

static gboolean
load_session (HearthStore  *store,
              gint64        session_id,
              Session      *session,
              GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  stmt = hearth_store_prepare (store,
                               "SELECT s.held_on, s.place, s.theme, s.votes_per_person,"
                               "  s.stall_weeks, (SELECT max (p.held_on) FROM stopshop_sessions p"
                               "   WHERE p.held_on < s.held_on)"
                               " FROM stopshop_sessions s WHERE s.id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This Stop Shop session no longer exists, so there is nothing "
                             "to sum up"));
      return FALSE;
    }

  session->held_on = g_strdup (hearth_column_text (stmt, 0));
  session->place = g_strstrip (g_strdup (hearth_column_text (stmt, 1)));
  session->theme = g_strstrip (g_strdup (hearth_column_text (stmt, 2)));
  session->votes_per_person = (guint) sqlite3_column_int (stmt, 3);
  session->stall_weeks = (guint) sqlite3_column_int (stmt, 4);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    session->previous_held_on = g_strdup (hearth_column_text (stmt, 5));
  sqlite3_reset (stmt);
  return TRUE;
}

/* The names or words @sql selects for the session, joined with commas. */
static char *
dup_list (HearthStore  *store,
          const char   *sql,
          gint64        session_id,
          GError      **error)
{
  g_autoptr(GString) list = g_string_new (NULL);
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  for (;;)
    {
      gboolean has_row = FALSE;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      if (list->len > 0)
        /* Translators: between the names in a list of people or teams. */
        g_string_append (list, C_("list separator", ", "));
      g_string_append (list, hearth_column_text (stmt, 0));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
add_session (HearthSessionSummary  *self,
             HearthStore           *store,
             gint64                 session_id,
             const Session         *session,
             GError               **error)
{
  g_autofree char *ambassadors = NULL;
  g_autofree char *teams = NULL;

  ambassadors = dup_list (store,
                          "SELECT st.name FROM stopshop_session_ambassadors a"
                          " JOIN staff st ON st.id = a.staff_id WHERE a.session_id = ?1"
                          " ORDER BY st.name COLLATE NOCASE, st.id",
                          session_id, error);
  if (ambassadors == NULL)
    return FALSE;
  teams = dup_list (store,
                    "SELECT team FROM stopshop_session_teams WHERE session_id = ?1"
                    " ORDER BY team COLLATE NOCASE",
                    session_id, error);
  if (teams == NULL)
    return FALSE;

  if (*session->theme != '\0')
    hearth_summary_document_add_detail (self->document, _("Theme"), session->theme);
  if (*session->place != '\0')
    hearth_summary_document_add_detail (self->document, _("Place"), session->place);
  if (*ambassadors != '\0')
    hearth_summary_document_add_detail (self->document, _("Facilitated by"), ambassadors);
  if (*teams != '\0')
    hearth_summary_document_add_detail (self->document, _("Teams attending"), teams);
  return TRUE;
}

static gboolean
add_gathered (HearthSessionSummary  *self,
              HearthStore           *store,
              gint64                 session_id,
              const Session         *session,
              GError               **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_prepare (store,
                               "SELECT b.title, b.weight, sb.votes"
                               " FROM stopshop_session_barriers sb JOIN barriers b ON b.id = sb.barrier_id"
                               " WHERE sb.session_id = ?1 AND sb.raised_here"
                               "   AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
                               " ORDER BY sb.position, b.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  for (;;)
    {
      g_autofree char *weight = NULL;
      g_autofree char *votes = NULL;
      const char *title;
      guint n_weight, n_votes;
      gboolean has_row = FALSE;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      title = hearth_column_text (stmt, 0);
      n_weight = (guint) sqlite3_column_int (stmt, 1);
      n_votes = (guint) sqlite3_column_int (stmt, 2);
      if (n_weight > 1)
        /* Translators: how often a barrier has been raised, across sessions. */
        weight = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "raised %u time", "raised %u times",
                                               n_weight), n_weight);
      if (session->votes_per_person > 0)
        /* Translators: the dot votes a barrier had at the session, in all. */
        votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", n_votes),
                                 n_votes);

      if (weight != NULL && votes != NULL)
        /* Translators: a barrier (%1$s), how often raised (%2$s) and its
         * votes (%3$s), as in "Forms ask twice — raised 2 times, 5 votes". */
        g_ptr_array_add (lines, g_strdup_printf (C_("barrier", "%1$s — %2$s, %3$s"),
                                                 title, weight, votes));
      else if (weight != NULL || votes != NULL)
        /* Translators: a barrier (%1$s) and how often it was raised or its
         * votes (%2$s). */
        g_ptr_array_add (lines, g_strdup_printf (C_("barrier", "%1$s — %2$s"), title,
                                                 weight != NULL ? weight : votes));
      else
        g_ptr_array_add (lines, g_strdup (title));
    }

  /* Translators: a heading; %u is how many barriers were raised. */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u barrier gathered",
                                          "%u barriers gathered", lines->len),
                             lines->len);
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, heading);
  if (lines->len == 0)
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, _("No barriers were raised at this session."));
  for (guint i = 0; i < lines->len; i++)
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, g_ptr_array_index (lines, i));
  return TRUE;
}

static gboolean
add_top (HearthSessionSummary  *self,
         HearthStore           *store,
         gint64                 session_id,
         const Session         *session,
         GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  ids = hearth_session_dup_top_barrier_ids (store, session_id, HEARTH_SESSION_TOP_BARRIERS, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    return TRUE;

  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, _("The top barriers, and what happens next"));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *line = NULL;
      g_autofree char *due = NULL;
      const char *owner, *action;
      gboolean has_row = FALSE;
      guint votes;

      stmt = hearth_store_prepare (store,
                                   "SELECT b.title, coalesce (st.name, ''), b.first_action,"
                                   "  coalesce (b.action_due_on, ''), coalesce (sb.votes, 0)"
                                   " FROM barriers b LEFT JOIN staff st ON st.id = b.owner_id"
                                   "  LEFT JOIN stopshop_session_barriers sb"
                                   "   ON sb.barrier_id = b.id AND sb.session_id = ?2"
                                   " WHERE b.id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, session_id);
      if (!hearth_store_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        continue;

      votes = (guint) sqlite3_column_int (stmt, 4);
      if (session->votes_per_person > 0)
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: a barrier and its votes at the session. */
                                             "%s (%u vote)", "%s (%u votes)", votes),
                                hearth_column_text (stmt, 0), votes);
      else
        line = g_strdup (hearth_column_text (stmt, 0));
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);

      owner = hearth_column_text (stmt, 1);
      action = hearth_column_text (stmt, 2);
      due = format_day (hearth_column_text (stmt, 3));
      hearth_summary_document_add_detail (self->document, _("Owner"), *owner != '\0' ? owner : _("No owner yet"));
      hearth_summary_document_add_detail (self->document, _("First action"), *action != '\0' ? action : _("Not agreed yet"));
      if (due != NULL)
        hearth_summary_document_add_detail (self->document, _("By"), due);
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
add_removed (HearthSessionSummary  *self,
             HearthStore           *store,
             const Session         *session,
             GError               **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = hearth_store_prepare (store,
                               "SELECT b.title, coalesce (st.name, ''), b.removed_at"
                               " FROM barriers b LEFT JOIN staff st ON st.id = b.owner_id"
                               " WHERE b.status = 'removed' AND b.merged_into_id IS NULL"
                               "   AND b.deleted_at IS NULL"
                               "   AND date (b.removed_at, 'unixepoch', 'localtime') <= ?1"
                               "   AND (?2 IS NULL OR date (b.removed_at, 'unixepoch', 'localtime') > ?2)"
                               " ORDER BY b.removed_at, b.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session->held_on, -1, SQLITE_TRANSIENT);
  if (session->previous_held_on != NULL)
    sqlite3_bind_text (stmt, 2, session->previous_held_on, -1, SQLITE_TRANSIENT);

  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, session->previous_held_on != NULL
                                  ? _("Removed since the last session")
                                  : _("Removed so far"));
  for (;;)
    {
      g_autofree char *when = NULL;
      g_autofree char *line = NULL;
      const char *owner;
      gboolean has_row = FALSE;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      n++;
      owner = hearth_column_text (stmt, 1);
      when = format_time (sqlite3_column_int64 (stmt, 2));
      if (*owner != '\0')
        /* Translators: a barrier removed (%1$s), on which day (%2$s), and
         * who owned it (%3$s). */
        line = g_strdup_printf (_("%1$s — removed on %2$s by %3$s"), hearth_column_text (stmt, 0),
                                when, owner);
      else
        /* Translators: a barrier removed (%1$s), and on which day (%2$s). */
        line = g_strdup_printf (_("%1$s — removed on %2$s"), hearth_column_text (stmt, 0), when);
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);
    }

  if (n == 0)
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, _("No barrier has been removed in this time."));
  return TRUE;
}

static gboolean
add_stalled (HearthSessionSummary  *self,
             HearthStore           *store,
             const Session         *session,
             GError               **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *heading = NULL;
  gboolean any = FALSE;

  stmt = hearth_store_prepare (store,
                               "SELECT b.title, coalesce (st.name, ''), b.last_update_at"
                               " FROM barriers b LEFT JOIN staff st ON st.id = b.owner_id"
                               " WHERE b.status NOT IN ('removed', 'parked')"
                               "   AND b.merged_into_id IS NULL AND b.deleted_at IS NULL"
                               "   AND b.last_update_at < unixepoch (?1, '+1 day') - ?2 * 604800"
                               " ORDER BY b.last_update_at, b.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session->held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) session->stall_weeks);

  for (;;)
    {
      g_autofree char *when = NULL;
      g_autofree char *line = NULL;
      const char *owner;
      gboolean has_row = FALSE;

      if (!hearth_store_step (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      if (!any)
        {
          /* Translators: a heading; %u is a number of weeks. */
          heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Stalled: no news for %u week or more",
                                                  "Stalled: no news for %u weeks or more",
                                                  session->stall_weeks),
                                     session->stall_weeks);
          hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, heading);
          any = TRUE;
        }
      owner = hearth_column_text (stmt, 1);
      when = format_time (sqlite3_column_int64 (stmt, 2));
      /* Translators: a barrier (%1$s), who owns it (%2$s) and the day of its
       * last news (%3$s). */
      line = g_strdup_printf (_("%1$s — %2$s, last news on %3$s"), hearth_column_text (stmt, 0),
                              *owner != '\0' ? owner : _("no owner yet"), when);
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);
    }

  return TRUE;
}

static void
hearth_session_summary_finalize (GObject *object)
{
  HearthSessionSummary *self = HEARTH_SESSION_SUMMARY (object);

  g_free (self->title);
  g_free (self->text);
  g_free (self->file_name);
  hearth_summary_document_free (self->document);

  G_OBJECT_CLASS (hearth_session_summary_parent_class)->finalize (object);
}

static void
hearth_session_summary_class_init (HearthSessionSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_session_summary_finalize;
}

static void
hearth_session_summary_init (HearthSessionSummary *self)
{
  self->document = hearth_summary_document_new ();
}

HearthSessionSummary *
hearth_session_summary_new (HearthStore  *store,
                            gint64        session_id,
                            GError      **error)
{
  g_autoptr(HearthSessionSummary) self = NULL;
  g_auto(Session) session = { 0 };
  g_autofree char *day = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_session (store, session_id, &session, error))
    return NULL;

  self = g_object_new (HEARTH_TYPE_SESSION_SUMMARY, NULL);
  day = format_day (session.held_on);
  /* Translators: the title of a session's summary and the subject of the
   * e-mail it goes in; %s is a day, as in "Friday 4 December 2026". */
  self->title = g_strdup_printf (_("Stop Shop on %s"), day != NULL ? day : session.held_on);
  self->file_name = g_strdup_printf ("stop-shop-%s.pdf", session.held_on);

  if (!add_session (self, store, session_id, &session, error) ||
      !add_gathered (self, store, session_id, &session, error) ||
      !add_top (self, store, session_id, &session, error) ||
      !add_removed (self, store, &session, error) ||
      !add_stalled (self, store, &session, error))
    return NULL;

  self->text = hearth_summary_document_dup_text (self->document);

  return g_steal_pointer (&self);
}

const char *
hearth_session_summary_get_title (HearthSessionSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY (self), NULL);

  return self->title;
}

const char *
hearth_session_summary_get_text (HearthSessionSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY (self), NULL);

  return self->text;
}

char *
hearth_session_summary_dup_file_name (HearthSessionSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY (self), NULL);

  return g_strdup (self->file_name);
}

HearthPdfWriter *
hearth_session_summary_new_pdf (HearthSessionSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY (self), NULL);

  return hearth_summary_document_new_pdf (self->document, self->title);
}

gboolean
hearth_session_summary_save_pdf (HearthSessionSummary  *self,
                                 GFile                 *file,
                                 GCancellable          *cancellable,
                                 GError               **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;

  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pdf = hearth_session_summary_new_pdf (self);
  return hearth_pdf_writer_save (pdf, file, cancellable, error);
}
