/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-changes.h"
#include "hearth-barrier-step-dialog.h"
#include "hearth-barrier.h"
#include "hearth-projector-row.h"
#include "hearth-projector-window.h"
#include "hearth-query-model.h"
#include "hearth-session-changes.h"
#include "hearth-stopshop-session.h"

/* The phases in order, and the ids of their labels in the template. */
#define N_PHASES 5
static const char * const phases[N_PHASES] = { "review", "stop", "collaborate", "listen", "act" };
static const char * const phase_label_ids[N_PHASES] = {
  "review_label", "stop_label", "collaborate_label", "listen_label", "act_label",
};

struct _HearthProjectorWindow
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwToastOverlay       *toasts;
  GtkLabel              *theme_label;
  GtkLabel              *timer_label;
  GtkWidget             *phase_labels[N_PHASES];
  GtkWidget             *stop_row;
  GtkWidget             *stop_entry;
  GtkLabel              *stop_counter;
  GtkListView           *list_view;
  GtkLabel              *hint_label;
  GtkWidget             *help_overlay;
  AdwAlertDialog        *clear_votes_dialog;
  AdwDialog             *voters_dialog;
  GtkSpinButton         *voters_spin;
  AdwAlertDialog        *merge_dialog;
  AdwDialog             *earlier_dialog;
  GtkListView           *earlier_view;

  /* owned */
  HearthStore           *store;
  GSettings             *settings;         /* may be NULL */
  HearthQueryModel      *sessions;
  HearthQueryModel      *barriers;
  GtkSingleSelection    *selection;
  gboolean               focus_in_list;
  HearthStopShopSession *session;          /* followed: its phase changes in place */
  GListStore            *earlier;          /* what L offers, while it does */
  char                  *phase;

  gint64                 session_id;
  guint                  stall_weeks;
  guint                  phase_minutes;
  gint64                 picked_id;        /* Collaborate: the barrier to merge */
  gint64                 merge_from;       /* the merge being asked about */
  gint64                 merge_into;
  gint64                 link_from;        /* L: the barrier to link to one raised before */

  /* The phase's countdown, in seconds left; 0 when none runs. */
  guint                  timer_id;
  int                    seconds_left;
  gboolean               timer_paused;
};

G_DEFINE_FINAL_TYPE (HearthProjectorWindow, hearth_projector_window, ADW_TYPE_WINDOW)

/* Short messages in large type; they never hold anything private. */
static void
say (HearthProjectorWindow *self,
     const char            *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toasts, toast);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

/* What the keys do in each phase, at the foot of the screen. */
static const char *
phase_hint (const char *phase)
{
  if (g_str_equal (phase, "review"))
    return _("Enter: where it stands · → next phase · ? keys");
  if (g_str_equal (phase, "stop"))
    return _("One line, Enter, the next · Page Down: next phase");
  if (g_str_equal (phase, "collaborate"))
    return _("Space, then M: merge · L: raised before · ? keys");
  if (g_str_equal (phase, "listen"))
    return _("+ and −: votes for this barrier · ? keys");
  if (g_str_equal (phase, "act"))
    return _("Enter: owner, first action and date · ? keys");
  return _("Press ? for the keys");
}

static void refresh_rows (HearthProjectorWindow *self);

static void ask_voters (HearthProjectorWindow *self);

static HearthStopShopSession *
current_session (HearthProjectorWindow *self)
{
  guint position = hearth_query_model_find_id (self->sessions, self->session_id);

  if (position == G_MAXUINT)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->sessions), position);
}

static void
update_header (HearthProjectorWindow *self)
{
  g_autoptr(HearthStopShopSession) session = current_session (self);
  const char *phase = session != NULL ? hearth_stopshop_session_get_phase (session) : "";
  const char *theme = session != NULL ? hearth_stopshop_session_get_theme (session) : "";
  gboolean phase_changed;

  if (session != self->session)
    {
      if (self->session != NULL)
        g_signal_handlers_disconnect_by_data (self->session, self);
      g_set_object (&self->session, session);
      if (session != NULL)
        g_signal_connect_object (session, "notify::phase", G_CALLBACK (update_header), self,
                                 G_CONNECT_SWAPPED);
    }

  gtk_label_set_label (self->theme_label, *theme != '\0' ? theme : _("Stop Shop"));
  /* Gathering is typing: one line, Enter, the next. */
  gtk_widget_set_visible (self->stop_row, g_str_equal (phase, "stop"));
  if (g_str_equal (phase, "stop") && !gtk_widget_has_focus (self->stop_entry))
    gtk_widget_grab_focus (self->stop_entry);
  self->stall_weeks = session != NULL ? hearth_stopshop_session_get_stall_weeks (session) : 6;
  self->phase_minutes = session != NULL ? hearth_stopshop_session_get_phase_minutes (session) : 0;
  phase_changed = g_strcmp0 (self->phase, phase) != 0;
  g_free (self->phase);
  self->phase = g_strdup (phase);

  /* Review walks every barrier still open from earlier sessions, the
   * longest without news first; the other phases show this session's. */
  hearth_query_model_freeze (self->barriers);
  if (g_str_equal (phase, "review"))
    {
      hearth_barrier_list_set_session (self->barriers, 0);
      hearth_barrier_list_set_open_only (self->barriers, TRUE);
      hearth_query_model_set_sort (self->barriers, "quiet");
    }
  else
    {
      hearth_barrier_list_set_open_only (self->barriers, FALSE);
      hearth_barrier_list_set_session (self->barriers, self->session_id);
      hearth_query_model_set_sort (self->barriers,
                                   g_str_equal (phase, "listen") || g_str_equal (phase, "act")
                                   ? "votes" : "board");
    }
  hearth_query_model_thaw (self->barriers);
  gtk_label_set_label (self->hint_label, phase_hint (phase));
  /* Rows already on screen show what the new phase shows, and the room's
   * screen reader users hear where the session is now. */
  if (phase_changed)
    {
      refresh_rows (self);
      gtk_accessible_announce (GTK_ACCESSIBLE (self), hearth_stopshop_session_phase_label (phase),
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
      if (g_str_equal (phase, "listen") && session != NULL &&
          hearth_stopshop_session_get_voters (session) == 0 &&
          hearth_stopshop_session_get_votes_per_person (session) > 0)
        ask_voters (self);
    }
  for (guint i = 0; i < N_PHASES; i++)
    {
      gboolean now = g_str_equal (phase, phases[i]);

      if (now)
        gtk_widget_add_css_class (self->phase_labels[i], "hearth-phase-now");
      else
        gtk_widget_remove_css_class (self->phase_labels[i], "hearth-phase-now");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->phase_labels[i]),
                                   GTK_ACCESSIBLE_STATE_SELECTED, now, -1);
    }
}

/* --- The countdown ------------------------------------------------------------- */

static void
show_time (HearthProjectorWindow *self)
{
  g_autofree char *text = NULL;

  if (self->timer_id == 0 && !self->timer_paused)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->timer_label), FALSE);
      return;
    }
  text = g_strdup_printf ("%d:%02d", self->seconds_left / 60, self->seconds_left % 60);
  gtk_label_set_label (self->timer_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), TRUE);
  if (self->seconds_left <= 60)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "hearth-timer-ending");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "hearth-timer-ending");
}

static gboolean
tick_cb (gpointer data)
{
  HearthProjectorWindow *self = data;

  if (self->seconds_left > 0)
    self->seconds_left--;
  show_time (self);
  if (self->seconds_left == 0)
    {
      self->timer_id = 0;
      gtk_accessible_announce (GTK_ACCESSIBLE (self), _("Time is up"),
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* T starts the phase's countdown, pauses it, and carries it on. */
static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);

  if (self->timer_id != 0)
    {
      g_clear_handle_id (&self->timer_id, g_source_remove);
      self->timer_paused = TRUE;
    }
  else
    {
      if (!self->timer_paused || self->seconds_left == 0)
        self->seconds_left = (self->phase_minutes > 0 ? (int) self->phase_minutes : 5) * 60;
      self->timer_paused = FALSE;
      self->timer_id = g_timeout_add_seconds (1, tick_cb, self);
    }
  show_time (self);
}

/* --- Moving through the barriers ------------------------------------------------- */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = gtk_single_selection_get_selected (self->selection);
  int step = g_variant_get_int32 (parameter);

  if (n == 0)
    return;
  if (position == GTK_INVALID_LIST_POSITION)
    position = step > 0 ? 0 : n - 1;
  else
    position = (guint) CLAMP ((int) position + step, 0, (int) n - 1);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
}

/* Focus and selection are one thing on the projector: the row a screen
 * reader has just read out (reached with Tab, or clicked) is the one the
 * vote and merge keys act on. The arrows already move both. */
static void
focus_changed_cb (HearthProjectorWindow *self,
                  GParamSpec            *pspec,
                  gpointer               user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = NULL;
  HearthBarrier *barrier;
  GListModel *model = G_LIST_MODEL (self->selection);

  gboolean was_in_list = self->focus_in_list;

  self->focus_in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
  if (!self->focus_in_list || self->selection == NULL)
    return;

  /* Coming into the list (Tab from outside, a dialog closing) the focus
   * goes to the row chosen; only moving between rows changes the choice. */
  if (!was_in_list)
    {
      guint selected = gtk_single_selection_get_selected (self->selection);

      if (selected != GTK_INVALID_LIST_POSITION)
        gtk_list_view_scroll_to (self->list_view, selected, GTK_LIST_SCROLL_FOCUS, NULL);
      return;
    }

  /* The focus is on the list's own item widget, which holds the row, or
   * on the row itself. */
  if (HEARTH_IS_PROJECTOR_ROW (focus))
    row = focus;
  else
    row = gtk_widget_get_ancestor (focus, HEARTH_TYPE_PROJECTOR_ROW);
  for (GtkWidget *child = gtk_widget_get_first_child (focus); row == NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (HEARTH_IS_PROJECTOR_ROW (child))
      row = child;
  if (row == NULL || (barrier = hearth_projector_row_get_barrier (HEARTH_PROJECTOR_ROW (row))) == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthBarrier) item = g_list_model_get_item (model, i);

      if (item == barrier)
        {
          if (gtk_single_selection_get_selected (self->selection) != i)
            gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/* And the other way: a selection made some other way (the list changing
 * under it, a merge) takes the focus along while the focus is in the
 * list, so that a dialog closing gives the focus back to the row the keys
 * act on. */
static void
selection_changed_cb (HearthProjectorWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION && focus != NULL &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
}

/* --- Phases and votes ---------------------------------------------------------- */

/* Straight to a phase: back any number, forward one at a time. */
static void
phase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_session_go_to_phase (self->store, self->session_id, g_variant_get_string (parameter, NULL),
                                   &error))
    say (self, error->message);
}

static void
next_phase_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_session_next_phase (self->store, self->session_id, &error))
    say (self, error->message);
}

static void
clear_votes_response_cb (HearthProjectorWindow *self,
                         const char            *response)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "back") &&
      !hearth_session_previous_phase (self->store, self->session_id, &error))
    say (self, error->message);
}

/* Going back past voting clears the votes: the facilitator is asked first. */
static void
previous_phase_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthStopShopSession) session = current_session (self);
  g_autoptr(GError) error = NULL;
  const char *phase, *before;
  guint n_votes = 0;
  g_autofree char *body = NULL;

  if (session == NULL)
    return;
  phase = hearth_stopshop_session_get_phase (session);
  before = hearth_session_phase_before (phase, hearth_stopshop_session_get_votes_per_person (session));
  if (before == NULL)
    return;

  if (!hearth_session_phase_clears_votes (phase, before) ||
      !hearth_session_count_votes_to_clear (self->store, self->session_id, before, &n_votes, &error) ||
      n_votes == 0)
    {
      if (error != NULL)
        say (self, error->message);
      else if (!hearth_session_previous_phase (self->store, self->session_id, &error))
        say (self, error->message);
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Going back to %s clears the %u vote cast so far.",
                                       "Going back to %s clears the %u votes cast so far.", n_votes),
                          hearth_stopshop_session_phase_label (before), n_votes);
  adw_alert_dialog_set_body (self->clear_votes_dialog, body);
  adw_dialog_present (ADW_DIALOG (self->clear_votes_dialog), widget);
}

static HearthBarrier *
selected_barrier (HearthProjectorWindow *self)
{
  HearthBarrier *barrier = gtk_single_selection_get_selected_item (self->selection);

  return barrier != NULL ? g_object_ref (barrier) : NULL;
}

/* Who is attending, as the session lists them: each ambassador, and each
 * team at least once. Where to start counting the people voting. */
static guint
count_attending (HearthStopShopSession *session)
{
  const char *lists[2] = { hearth_stopshop_session_get_ambassadors (session),
                           hearth_stopshop_session_get_teams (session) };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL && *lists[i] != '\0')
      {
        g_auto(GStrv) names = g_strsplit (lists[i], ", ", -1);

        n += g_strv_length (names);
      }

  return MAX (n, 1);
}

/* Voting needs to know how many vote. Asked for in the room, in Listen,
 * by keyboard: a number to type or step, Enter to start. */
static void
ask_voters (HearthProjectorWindow *self)
{
  g_autoptr(HearthStopShopSession) session = current_session (self);

  if (session == NULL || adw_window_get_visible_dialog (ADW_WINDOW (self)) != NULL)
    return;

  gtk_spin_button_set_value (self->voters_spin, count_attending (session));
  adw_dialog_present (self->voters_dialog, GTK_WIDGET (self));
}

static void
voters_set_cb (HearthProjectorWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  guint voters;

  gtk_spin_button_update (self->voters_spin);
  voters = (guint) gtk_spin_button_get_value_as_int (self->voters_spin);
  if (!hearth_session_set_voters (self->store, self->session_id, voters, &error))
    {
      say (self, error->message);
      return;
    }
  adw_dialog_close (self->voters_dialog);

  /* Translators: said on the projector once the people voting are counted. */
  said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person voting", "%u people voting",
                                       voters),
                          voters);
  say (self, said);
}

static void
vote_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);
  g_autoptr(GError) error = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n_votes = 0;
  gint64 id;

  if (barrier == NULL)
    return;
  {
    g_autoptr(HearthStopShopSession) session = current_session (self);

    if (session != NULL && hearth_stopshop_session_get_voters (session) == 0 &&
        hearth_stopshop_session_get_votes_per_person (session) > 0)
      {
        ask_voters (self);
        return;
      }
  }
  id = hearth_barrier_get_id (barrier);
  if (!hearth_session_vote (self->store, self->session_id, id,
                            g_variant_get_int32 (parameter), &error))
    {
      say (self, error->message);
      return;
    }
  /* The list reorders by votes; the facilitator stays on the same barrier. */
  position = hearth_query_model_find_id (self->barriers, id);
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);

  /* The room sees the total change; a screen reader hears it. */
  if (hearth_session_get_barrier_votes (self->store, self->session_id, id, &n_votes, NULL))
    {
      g_autofree char *said = NULL;

      /* Translators: said when a vote is given or taken back: a barrier's
       * title and its votes now. */
      said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u vote", "%s: %u votes", n_votes),
                              hearth_barrier_get_title (barrier), n_votes);
      gtk_accessible_announce (GTK_ACCESSIBLE (self), said, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
    }
}

static void
refresh_rows (HearthProjectorWindow *self)
{
  /* Rows show whether they are picked; they redraw when their item says so. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->barriers)); i++)
    {
      g_autoptr(HearthBarrier) barrier = g_list_model_get_item (G_LIST_MODEL (self->barriers), i);

      g_object_notify (G_OBJECT (barrier), "title");
    }
}

/* Collaborate: Space picks the barrier to merge, M merges it into the one
 * now chosen, after asking; the toast offers to undo. */
static void
pick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);

  if (barrier == NULL || g_strcmp0 (self->phase, "collaborate") != 0)
    return;
  self->picked_id = self->picked_id == hearth_barrier_get_id (barrier) ? 0 : hearth_barrier_get_id (barrier);
  refresh_rows (self);
  if (self->picked_id != 0)
    say (self, _("Picked: now choose the barrier it repeats, and press M"));
}

static void
undo_merge_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_barrier_undo_merge (self->store, g_variant_get_int64 (parameter), &error))
    say (self, error->message);
}

/* Says that @from was merged, with a button that takes it back. */
static void
offer_undo (HearthProjectorWindow *self,
            const char            *message,
            gint64                 from)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "projector.undo-merge");
  adw_toast_set_action_target (toast, "x", from);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
merge_response_cb (HearthProjectorWindow *self,
                   const char            *response)
{
  g_autoptr(GError) error = NULL;
  gint64 from = self->merge_from;
  gint64 into = self->merge_into;

  self->merge_from = self->merge_into = 0;
  if (!g_str_equal (response, "merge"))
    return;
  if (!hearth_barrier_merge (self->store, from, into, &error))
    {
      say (self, error->message);
      return;
    }
  self->picked_id = 0;
  offer_undo (self, _("Merged: raised once more"), from);
}

static void
ask_merge (HearthProjectorWindow *self,
           gint64                 from,
           gint64                 into)
{
  guint from_pos = hearth_query_model_find_id (self->barriers, from);
  guint into_pos = hearth_query_model_find_id (self->barriers, into);
  g_autoptr(HearthBarrier) a = NULL;
  g_autoptr(HearthBarrier) b = NULL;
  g_autofree char *body = NULL;

  if (from == into || from_pos == G_MAXUINT || into_pos == G_MAXUINT)
    return;
  a = g_list_model_get_item (G_LIST_MODEL (self->barriers), from_pos);
  b = g_list_model_get_item (G_LIST_MODEL (self->barriers), into_pos);
  /* Translators: two barrier titles; the first joins the second. */
  body = g_strdup_printf (_("“%s” joins “%s”, which counts as raised once more."),
                          hearth_barrier_get_title (a), hearth_barrier_get_title (b));
  adw_alert_dialog_set_body (self->merge_dialog, body);
  self->merge_from = from;
  self->merge_into = into;
  adw_dialog_present (ADW_DIALOG (self->merge_dialog), GTK_WIDGET (self));
}

/* A barrier dropped on another: the same question as M. */
static void
ask_merge_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  gint64 from, into;

  g_variant_get (parameter, "(xx)", &from, &into);
  if (g_strcmp0 (self->phase, "collaborate") == 0)
    ask_merge (self, from, into);
}

/* Collaborate: L links the chosen barrier to one raised at an earlier
 * session and still open, so it gains weight instead of being counted
 * twice. The earlier barriers are offered by title only. */
static void
earlier_chosen_cb (HearthProjectorWindow *self,
                   guint                  position)
{
  g_autoptr(HearthBarrier) into = g_list_model_get_item (G_LIST_MODEL (self->earlier), position);
  g_autoptr(GError) error = NULL;
  gint64 from = self->link_from;

  adw_dialog_close (self->earlier_dialog);
  if (into == NULL)
    return;
  if (!hearth_barrier_merge (self->store, from, hearth_barrier_get_id (into), &error))
    {
      say (self, error->message);
      return;
    }
  offer_undo (self, _("Linked to the barrier raised before"), from);
}

static void
earlier_closed_cb (HearthProjectorWindow *self)
{
  g_list_store_remove_all (self->earlier);
  self->link_from = 0;
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);
  g_autoptr(HearthQueryModel) earlier = NULL;
  guint n;

  if (g_strcmp0 (self->phase, "collaborate") != 0 || barrier == NULL)
    return;

  earlier = hearth_barrier_query_new (self->store);
  hearth_barrier_list_set_open_only (earlier, TRUE);
  hearth_query_model_set_sort (earlier, "weight");
  g_list_store_remove_all (self->earlier);
  n = g_list_model_get_n_items (G_LIST_MODEL (earlier));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) other = g_list_model_get_item (G_LIST_MODEL (earlier), i);

      /* Only those not already on this session's board. */
      if (hearth_query_model_find_id (self->barriers, hearth_barrier_get_id (other)) == G_MAXUINT)
        g_list_store_append (self->earlier, other);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->earlier)) == 0)
    {
      say (self, _("No barrier from an earlier session is still open"));
      return;
    }

  self->link_from = hearth_barrier_get_id (barrier);
  adw_dialog_present (self->earlier_dialog, widget);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);

  if (g_strcmp0 (self->phase, "collaborate") != 0 || barrier == NULL)
    return;
  if (self->picked_id == 0)
    {
      say (self, _("First pick the repeated barrier with Space"));
      return;
    }
  ask_merge (self, self->picked_id, hearth_barrier_get_id (barrier));
}

/* Enter: in Review, where the barrier stands; in Act, who acts and when. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);
  HearthBarrierStep step;

  if (barrier == NULL)
    return;
  if (g_strcmp0 (self->phase, "review") == 0)
    step = HEARTH_BARRIER_STEP_REVIEW;
  else if (g_strcmp0 (self->phase, "act") == 0)
    step = HEARTH_BARRIER_STEP_ACT;
  else
    return;
  adw_dialog_present (hearth_barrier_step_dialog_new (self->store, barrier, self->session_id, step), widget);
}

static void
list_activate_cb (HearthProjectorWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "projector.step", NULL);
}

static void
update_counter (HearthProjectorWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->stop_entry));
  guint length = (guint) g_utf8_strlen (text, -1);
  g_autofree char *counter = g_strdup_printf ("%u/%u", length, HEARTH_BARRIER_TITLE_MAX);

  gtk_label_set_label (self->stop_counter, counter);
  gtk_widget_set_visible (GTK_WIDGET (self->stop_counter), length * 10 >= HEARTH_BARRIER_TITLE_MAX * 7);
}

/* Enter adds the line as a barrier and clears the entry for the next. */
static void
raise_cb (HearthProjectorWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = hearth_barrier_raise (self->store, self->session_id,
                             gtk_editable_get_text (GTK_EDITABLE (self->stop_entry)), 0, &error);
  if (id == 0)
    {
      /* Blank lines add nothing and say nothing; anything else is said. */
      g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->stop_entry))));

      if (*typed != '\0')
        say (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->stop_entry), "");
  gtk_accessible_announce (GTK_ACCESSIBLE (self), _("Barrier added"),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);

  gtk_widget_set_visible (self->help_overlay, !gtk_widget_get_visible (self->help_overlay));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);

  if (gtk_widget_get_visible (self->help_overlay))
    gtk_widget_set_visible (self->help_overlay, FALSE);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* --- Rows ------------------------------------------------------------------------- */

/* What the room sees of a barrier: its title, how often it has been raised,
 * who owns it and where it stands; votes as a total only. */
static char *
barrier_meta (HearthProjectorWindow *self,
              HearthBarrier         *barrier,
              guint                  position)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint weight = hearth_barrier_get_weight (barrier);
  const char *owner = hearth_barrier_get_owner_name (barrier);
  const char *action = hearth_barrier_get_first_action (barrier);

  /* Act agrees owners for the barriers with most votes first. */
  if (g_strcmp0 (self->phase, "act") == 0 && position < HEARTH_SESSION_TOP_BARRIERS)
    g_ptr_array_add (parts, g_strdup (_("Top barrier")));
  if (self->picked_id == hearth_barrier_get_id (barrier))
    g_ptr_array_add (parts, g_strdup (_("Picked to merge")));
  if (g_strcmp0 (self->phase, "review") == 0 &&
      hearth_barrier_is_stalled (barrier, hearth_store_now (self->store), self->stall_weeks))
    g_ptr_array_add (parts, g_strdup (_("Stalled")));
  g_ptr_array_add (parts, g_strdup (hearth_barrier_get_status_label (barrier)));
  if (weight > 1)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "raised %u time",
                                                          "raised %u times", weight),
                                             weight));
  if (*owner != '\0')
    /* Translators: who owns a barrier. */
    g_ptr_array_add (parts, g_strdup_printf (_("owner: %s"), owner));
  if (*action != '\0' && g_strcmp0 (self->phase, "act") == 0)
    /* Translators: a barrier's first action. */
    g_ptr_array_add (parts, g_strdup_printf (_("first: %s"), action));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* A row writes again what the phase shows of its barrier. */
static void
fill_row (HearthProjectorWindow *self,
          HearthProjectorRow    *row)
{
  HearthBarrier *barrier = hearth_projector_row_get_barrier (row);
  g_autofree char *meta = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *description = NULL;
  guint n_votes = 0;
  guint position;

  if (barrier == NULL)
    return;
  position = hearth_query_model_find_id (self->barriers, hearth_barrier_get_id (barrier));
  meta = barrier_meta (self, barrier, position);
  /* This session's votes: a total, never who gave them. */
  hearth_session_get_barrier_votes (self->store, self->session_id, hearth_barrier_get_id (barrier),
                                    &n_votes, NULL);
  /* Votes count in Listen and Act; elsewhere the column stays empty. */
  if (g_strcmp0 (self->phase, "listen") == 0 || g_strcmp0 (self->phase, "act") == 0)
    {
      votes = g_strdup_printf ("%u", n_votes);
      /* Translators: what a screen reader says after a barrier's title:
       * the line about it, then its votes. */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u vote", "%s · %u votes",
                                                  n_votes),
                                     meta, n_votes);
    }
  else
    {
      votes = g_strdup ("");
      description = g_strdup (meta);
    }
  hearth_projector_row_show (row, meta, votes, description,
                             g_strcmp0 (self->phase, "collaborate") == 0);
}

/* Rows are HearthProjectorRows from their own template. The projector
 * writes what they say of their barrier, which depends on the phase, and
 * names each row by its barrier's title for screen readers. */
static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          HearthProjectorWindow    *self)
{
  GtkWidget *row = hearth_projector_row_new ();
  GtkExpression *title;

  title = gtk_property_expression_new (HEARTH_TYPE_BARRIER,
                                       gtk_property_expression_new (HEARTH_TYPE_PROJECTOR_ROW, NULL, "barrier"),
                                       "title");
  gtk_expression_bind (title, list_item, "accessible-label", row);
  gtk_expression_bind (gtk_property_expression_new (HEARTH_TYPE_PROJECTOR_ROW, NULL, "description"),
                       list_item, "accessible-description", row);
  g_signal_connect_object (row, "changed", G_CALLBACK (fill_row), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         HearthProjectorWindow    *self)
{
  HearthProjectorRow *row = HEARTH_PROJECTOR_ROW (gtk_list_item_get_child (list_item));

  hearth_projector_row_set_barrier (row, gtk_list_item_get_item (list_item));
  fill_row (self, row);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           HearthProjectorWindow    *self)
{
  hearth_projector_row_set_barrier (HEARTH_PROJECTOR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* --- The window ----------------------------------------------------------------- */

/* A line typed and not yet added survives closing the projector. */
static gboolean
close_request_cb (GtkWindow *window)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (window);
  GSettings *settings = self->settings;
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->stop_entry));

  if (settings != NULL)
    g_settings_set (settings, "stopshop-draft", "(xs)", *typed != '\0' ? self->session_id : 0, typed);
  return GTK_WINDOW_CLASS (hearth_projector_window_parent_class)->close_request (window);
}

static void
restore_draft (HearthProjectorWindow *self)
{
  GSettings *settings = self->settings;
  g_autofree char *typed = NULL;
  gint64 session_id = 0;

  if (settings == NULL)
    return;
  g_settings_get (settings, "stopshop-draft", "(xs)", &session_id, &typed);
  if (session_id == self->session_id && typed != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->stop_entry), typed);
}

/* The facilitator's keys. They are read before the focused widget sees
 * them, since the arrow keys would otherwise move the focus; while a line
 * is being typed in Stop only the keys that cannot be typed count, and a
 * presentation clicker's Page Up and Page Down always move the phase. */
gboolean
hearth_projector_window_handle_key (HearthProjectorWindow *self,
                                    guint                  keyval,
                                    GdkModifierType        state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean typing;

  g_return_val_if_fail (HEARTH_IS_PROJECTOR_WINDOW (self), FALSE);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  /* A dialog over the projector has the keys to itself. */
  if (adw_window_get_visible_dialog (ADW_WINDOW (self)) != NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
      return gtk_widget_activate_action (widget, "projector.next-phase", NULL);
    case GDK_KEY_Page_Up:
      return gtk_widget_activate_action (widget, "projector.previous-phase", NULL);
    case GDK_KEY_Escape:
      return gtk_widget_activate_action (widget, "projector.leave", NULL);
    case GDK_KEY_F1:
      return gtk_widget_activate_action (widget, "projector.help", NULL);
    default:
      break;
    }

  /* Only in Stop: the line, hidden as the phase moves on, may keep the
   * focus until the window next looks for a widget to give it to. */
  typing = g_strcmp0 (self->phase, "stop") == 0 && gtk_widget_is_visible (self->stop_entry) &&
           focus != NULL && (focus == self->stop_entry || gtk_widget_is_ancestor (focus, self->stop_entry));
  if (typing)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_n:
      return gtk_widget_activate_action (widget, "projector.next-phase", NULL);
    case GDK_KEY_Left: case GDK_KEY_p:
      return gtk_widget_activate_action (widget, "projector.previous-phase", NULL);
    case GDK_KEY_Down: case GDK_KEY_j:
      return gtk_widget_activate_action (widget, "projector.move", "i", 1);
    case GDK_KEY_Up: case GDK_KEY_k:
      return gtk_widget_activate_action (widget, "projector.move", "i", -1);
    case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
      return gtk_widget_activate_action (widget, "projector.vote", "i", 1);
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      return gtk_widget_activate_action (widget, "projector.vote", "i", -1);
    case GDK_KEY_space:
      return gtk_widget_activate_action (widget, "projector.pick", NULL);
    case GDK_KEY_m:
      return gtk_widget_activate_action (widget, "projector.merge", NULL);
    case GDK_KEY_l:
      return gtk_widget_activate_action (widget, "projector.link", NULL);
    case GDK_KEY_t:
      return gtk_widget_activate_action (widget, "projector.timer", NULL);
    case GDK_KEY_question:
      return gtk_widget_activate_action (widget, "projector.help", NULL);
    case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      return gtk_widget_activate_action (widget, "projector.step", NULL);
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (HearthProjectorWindow *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state)
{
  return hearth_projector_window_handle_key (self, keyval, state);
}

static void
hearth_projector_window_dispose (GObject *object)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROJECTOR_WINDOW);

  g_clear_object (&self->session);
  g_clear_pointer (&self->phase, g_free);
  g_clear_object (&self->earlier);
  g_clear_object (&self->selection);
  g_clear_object (&self->barriers);
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_projector_window_parent_class)->dispose (object);
}

static void
hearth_projector_window_class_init (HearthProjectorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_projector_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = close_request_cb;

  g_type_ensure (HEARTH_TYPE_BARRIER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-projector-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, theme_label);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, timer_label);
  for (guint i = 0; i < N_PHASES; i++)
    gtk_widget_class_bind_template_child_full (widget_class, phase_label_ids[i], FALSE,
                                               G_STRUCT_OFFSET (HearthProjectorWindow, phase_labels)
                                               + (gssize) (i * sizeof (GtkWidget *)));
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, stop_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, stop_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, stop_counter);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, help_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, clear_votes_dialog);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, voters_dialog);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, voters_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, merge_dialog);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, earlier_dialog);
  gtk_widget_class_bind_template_child (widget_class, HearthProjectorWindow, earlier_view);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, raise_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_counter);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_votes_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, voters_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, merge_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, earlier_chosen_cb);

  gtk_widget_class_install_action (widget_class, "projector.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "projector.timer", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "projector.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "projector.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "projector.next-phase", NULL, next_phase_action);
  gtk_widget_class_install_action (widget_class, "projector.previous-phase", NULL, previous_phase_action);
  gtk_widget_class_install_action (widget_class, "projector.vote", "i", vote_action);
  gtk_widget_class_install_action (widget_class, "projector.pick", NULL, pick_action);
  gtk_widget_class_install_action (widget_class, "projector.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "projector.ask-merge", "(xx)", ask_merge_action);
  gtk_widget_class_install_action (widget_class, "projector.undo-merge", "x", undo_merge_action);
  gtk_widget_class_install_action (widget_class, "projector.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "projector.step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "projector.phase", "s", phase_action);
}

static void
hearth_projector_window_init (HearthProjectorWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The phases' names are the model's. */
  for (guint i = 0; i < N_PHASES; i++)
    gtk_label_set_label (GTK_LABEL (self->phase_labels[i]), hearth_stopshop_session_phase_label (phases[i]));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  self->earlier = g_list_store_new (HEARTH_TYPE_BARRIER);
  {
    g_autoptr(GtkNoSelection) earlier = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->earlier)));

    gtk_list_view_set_model (self->earlier_view, GTK_SELECTION_MODEL (earlier));
  }
  g_signal_connect_object (self->earlier_dialog, "closed", G_CALLBACK (earlier_closed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
}

GtkWidget *
hearth_projector_window_new (HearthStore *store,
                             GSettings   *settings,
                             gint64       session_id)
{
  HearthProjectorWindow *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HEARTH_TYPE_PROJECTOR_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->session_id = session_id;
  self->sessions = hearth_stopshop_session_query_new (store);
  self->barriers = hearth_barrier_query_new (store);
  hearth_barrier_list_set_session (self->barriers, session_id);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->barriers)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->sessions, "items-changed", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  update_header (self);
  restore_draft (self);
  return GTK_WIDGET (self);
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

char *
hearth_projector_window_dup_shown_text (HearthProjectorWindow *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (HEARTH_IS_PROJECTOR_WINDOW (self), NULL);

  collect_text (GTK_WIDGET (self), text);
  return g_string_free (text, FALSE);
}
