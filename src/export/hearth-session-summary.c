/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier.h"
#include "hearth-date.h"
#include "hearth-session-changes.h"
#include "hearth-session-summary.h"
#include "hearth-stopshop-session.h"
#include "hearth-summary-document.h"

/* The summary is built once as a list of blocks, and both the text and the
 * PDF are drawn from that list, so the two always say the same:
 *
 *   HearthStopShopSession, HearthBarrier (lists read whole)
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
  g_autoptr(HearthStopShopSession) item = NULL;
  g_autoptr(GError) local_error = NULL;

  item = hearth_stopshop_session_load (store, session_id, &local_error);
  if (item == NULL)
    {
      if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                             _("This Stop Shop session no longer exists, so there is nothing "
                               "to sum up"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  session->held_on = g_strdup (hearth_stopshop_session_get_held_on (item));
  session->place = g_strstrip (g_strdup (hearth_stopshop_session_get_place (item)));
  session->theme = g_strstrip (g_strdup (hearth_stopshop_session_get_theme (item)));
  session->votes_per_person = hearth_stopshop_session_get_votes_per_person (item);
  session->stall_weeks = hearth_stopshop_session_get_stall_weeks (item);

  return hearth_stopshop_session_read_day_before (store, session->held_on,
                                                  &session->previous_held_on, error);
}

/* @names joined with commas. */
static char *
join_names (char **names)
{
  /* Translators: between the names in a list of people or teams. */
  return g_strjoinv (C_("list separator", ", "), names);
}

static gboolean
add_session (HearthSessionSummary  *self,
             HearthStore           *store,
             gint64                 session_id,
             const Session         *session,
             GError               **error)
{
  g_auto(GStrv) ambassador_names = NULL;
  g_auto(GStrv) team_names = NULL;
  g_autofree char *ambassadors = NULL;
  g_autofree char *teams = NULL;

  ambassador_names = hearth_stopshop_session_dup_ambassador_names (store, session_id, error);
  if (ambassador_names == NULL)
    return FALSE;
  team_names = hearth_stopshop_session_dup_team_names (store, session_id, error);
  if (team_names == NULL)
    return FALSE;
  ambassadors = join_names (ambassador_names);
  teams = join_names (team_names);

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
  g_autoptr(GListModel) barriers = NULL;
  g_autofree char *heading = NULL;
  guint n;

  barriers = hearth_barrier_list_new_raised_at (store, session_id, error);
  if (barriers == NULL)
    return FALSE;
  n = g_list_model_get_n_items (barriers);

  /* Translators: a heading; %u is how many barriers were raised. */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u barrier gathered",
                                          "%u barriers gathered", n),
                             n);
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, heading);
  if (n == 0)
    hearth_summary_document_add (self->document, HEARTH_SUMMARY_PARAGRAPH, _("No barriers were raised at this session."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (barriers, i);
      g_autofree char *weight = NULL;
      g_autofree char *votes = NULL;
      g_autofree char *line = NULL;
      const char *title = hearth_barrier_get_title (barrier);
      guint n_weight = hearth_barrier_get_weight (barrier);
      guint n_votes = hearth_barrier_get_votes (barrier);

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
        line = g_strdup_printf (C_("barrier", "%1$s — %2$s, %3$s"), title, weight, votes);
      else if (weight != NULL || votes != NULL)
        /* Translators: a barrier (%1$s) and how often it was raised or its
         * votes (%2$s). */
        line = g_strdup_printf (C_("barrier", "%1$s — %2$s"), title,
                                weight != NULL ? weight : votes);
      else
        line = g_strdup (title);
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);
    }

  return TRUE;
}

static gboolean
add_top (HearthSessionSummary  *self,
         HearthStore           *store,
         gint64                 session_id,
         const Session         *session,
         GError               **error)
{
  g_autoptr(GListModel) barriers = NULL;
  guint n;

  barriers = hearth_barrier_list_new_top (store, session_id, HEARTH_SESSION_TOP_BARRIERS, error);
  if (barriers == NULL)
    return FALSE;
  n = g_list_model_get_n_items (barriers);
  if (n == 0)
    return TRUE;

  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, _("The top barriers, and what happens next"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (barriers, i);
      g_autofree char *line = NULL;
      g_autofree char *due = NULL;
      const char *title = hearth_barrier_get_title (barrier);
      const char *owner = hearth_barrier_get_owner_name (barrier);
      const char *action = hearth_barrier_get_first_action (barrier);
      guint votes = hearth_barrier_get_votes (barrier);

      if (session->votes_per_person > 0)
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: a barrier and its votes at the session. */
                                             "%s (%u vote)", "%s (%u votes)", votes),
                                title, votes);
      else
        line = g_strdup (title);
      hearth_summary_document_add (self->document, HEARTH_SUMMARY_ITEM, line);

      due = format_day (hearth_barrier_get_action_due_on (barrier));
      hearth_summary_document_add_detail (self->document, _("Owner"), *owner != '\0' ? owner : _("No owner yet"));
      hearth_summary_document_add_detail (self->document, _("First action"), *action != '\0' ? action : _("Not agreed yet"));
      if (due != NULL)
        hearth_summary_document_add_detail (self->document, _("By"), due);
    }

  return TRUE;
}

static gboolean
add_removed (HearthSessionSummary  *self,
             HearthStore           *store,
             const Session         *session,
             GError               **error)
{
  g_autoptr(GListModel) barriers = NULL;
  guint n;

  barriers = hearth_barrier_list_new_removed_between (store, session->previous_held_on,
                                                      session->held_on, error);
  if (barriers == NULL)
    return FALSE;

  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, session->previous_held_on != NULL
                                  ? _("Removed since the last session")
                                  : _("Removed so far"));
  n = g_list_model_get_n_items (barriers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (barriers, i);
      g_autofree char *when = format_time (hearth_barrier_get_removed_at (barrier));
      g_autofree char *line = NULL;
      const char *owner = hearth_barrier_get_owner_name (barrier);

      if (*owner != '\0')
        /* Translators: a barrier removed (%1$s), on which day (%2$s), and
         * who owned it (%3$s). */
        line = g_strdup_printf (_("%1$s — removed on %2$s by %3$s"),
                                hearth_barrier_get_title (barrier), when, owner);
      else
        /* Translators: a barrier removed (%1$s), and on which day (%2$s). */
        line = g_strdup_printf (_("%1$s — removed on %2$s"), hearth_barrier_get_title (barrier),
                                when);
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
  g_autoptr(GListModel) barriers = NULL;
  g_autofree char *heading = NULL;
  guint n;

  barriers = hearth_barrier_list_new_stalled_on (store, session->held_on, session->stall_weeks,
                                                 error);
  if (barriers == NULL)
    return FALSE;
  n = g_list_model_get_n_items (barriers);
  if (n == 0)
    return TRUE;

  /* Translators: a heading; %u is a number of weeks. */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Stalled: no news for %u week or more",
                                          "Stalled: no news for %u weeks or more",
                                          session->stall_weeks),
                             session->stall_weeks);
  hearth_summary_document_add (self->document, HEARTH_SUMMARY_HEADING, heading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (barriers, i);
      g_autofree char *when = format_time (hearth_barrier_get_last_update_at (barrier));
      g_autofree char *line = NULL;
      const char *owner = hearth_barrier_get_owner_name (barrier);

      /* Translators: a barrier (%1$s), who owns it (%2$s) and the day of its
       * last news (%3$s). */
      line = g_strdup_printf (_("%1$s — %2$s, last news on %3$s"), hearth_barrier_get_title (barrier),
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
