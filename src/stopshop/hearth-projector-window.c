/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-changes.h"
#include "hearth-barrier-step-dialog.h"
#include "hearth-barrier.h"
#include "hearth-projector-window.h"
#include "hearth-query-model.h"
#include "hearth-session-changes.h"
#include "hearth-stopshop-session.h"

static const char * const phases[] = { "review", "stop", "collaborate", "listen", "act", NULL };

struct _HearthProjectorWindow
{
  AdwWindow         parent_instance;

  HearthStore      *store;
  GSettings        *settings;         /* may be NULL */
  gint64            session_id;
  HearthQueryModel *sessions;
  HearthQueryModel *barriers;
  GtkSingleSelection *selection;

  GtkWidget        *theme_label;
  GtkWidget        *phase_labels[5];
  GtkWidget        *timer_label;
  GtkWidget        *list_view;
  GtkWidget        *help_overlay;
  GtkWidget        *hint_label;
  GtkWidget        *stop_entry;
  GtkWidget        *stop_counter;
  AdwToastOverlay  *toasts;
  HearthStopShopSession *session;   /* followed: its phase changes in place */
  char             *phase;
  guint             stall_weeks;
  guint             phase_minutes;
  gint64            picked_id;        /* Collaborate: the barrier to merge */

  /* The phase's countdown, in seconds left; 0 when none runs. */
  guint             timer_id;
  int               seconds_left;
  gboolean          timer_paused;
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

  gtk_label_set_label (GTK_LABEL (self->theme_label), *theme != '\0' ? theme : _("Stop Shop"));
  /* Gathering is typing: one line, Enter, the next. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->stop_entry), g_str_equal (phase, "stop"));
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
      hearth_query_model_set_param (self->barriers, ":session_id", NULL);
      hearth_query_model_set_param (self->barriers, ":open_only", g_variant_new_boolean (TRUE));
      hearth_query_model_set_sort (self->barriers, "quiet");
    }
  else
    {
      hearth_query_model_set_param (self->barriers, ":open_only", NULL);
      hearth_query_model_set_param (self->barriers, ":session_id", g_variant_new_int64 (self->session_id));
      hearth_query_model_set_sort (self->barriers,
                                   g_str_equal (phase, "listen") || g_str_equal (phase, "act")
                                   ? "votes" : "board");
    }
  hearth_query_model_thaw (self->barriers);
  gtk_label_set_label (GTK_LABEL (self->hint_label), phase_hint (phase));
  /* Rows already on screen show what the new phase shows. */
  if (phase_changed)
    refresh_rows (self);
  for (guint i = 0; phases[i] != NULL; i++)
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
      gtk_widget_set_visible (self->timer_label, FALSE);
      return;
    }
  text = g_strdup_printf ("%d:%02d", self->seconds_left / 60, self->seconds_left % 60);
  gtk_label_set_label (GTK_LABEL (self->timer_label), text);
  gtk_widget_set_visible (self->timer_label, TRUE);
  if (self->seconds_left <= 60)
    gtk_widget_add_css_class (self->timer_label, "hearth-timer-ending");
  else
    gtk_widget_remove_css_class (self->timer_label, "hearth-timer-ending");
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
  gtk_list_view_scroll_to (GTK_LIST_VIEW (self->list_view), position, GTK_LIST_SCROLL_FOCUS, NULL);
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
step_back_response_cb (AdwAlertDialog        *dialog,
                       const char            *response,
                       HearthProjectorWindow *self)
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
  AdwDialog *dialog;
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
  dialog = adw_alert_dialog_new (_("Clear the Votes?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Keep the Votes"),
                                  "back", _("_Clear Votes and Go Back"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "back", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_back_response_cb), self, 0);
  adw_dialog_present (dialog, widget);
}

static HearthBarrier *
selected_barrier (HearthProjectorWindow *self)
{
  HearthBarrier *barrier = gtk_single_selection_get_selected_item (self->selection);

  return barrier != NULL ? g_object_ref (barrier) : NULL;
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
  gint64 id;

  if (barrier == NULL)
    return;
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
undo_merge_cb (AdwToast              *toast,
               HearthProjectorWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "merged-id"));

  if (!hearth_barrier_undo_merge (self->store, id, &error))
    say (self, error->message);
}

static void
merge_response_cb (AdwAlertDialog        *dialog,
                   const char            *response,
                   HearthProjectorWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 from = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "from"));
  gint64 into = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "into"));
  AdwToast *toast;

  if (!g_str_equal (response, "merge"))
    return;
  if (!hearth_barrier_merge (self->store, from, into, &error))
    {
      say (self, error->message);
      return;
    }
  self->picked_id = 0;
  toast = adw_toast_new (_("Merged: raised once more"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "merged-id", GSIZE_TO_POINTER ((gsize) from));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_merge_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
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
  AdwDialog *dialog;

  if (from == into || from_pos == G_MAXUINT || into_pos == G_MAXUINT)
    return;
  a = g_list_model_get_item (G_LIST_MODEL (self->barriers), from_pos);
  b = g_list_model_get_item (G_LIST_MODEL (self->barriers), into_pos);
  /* Translators: two barrier titles; the first joins the second. */
  body = g_strdup_printf (_("“%s” joins “%s”, which counts as raised once more."),
                          hearth_barrier_get_title (a), hearth_barrier_get_title (b));
  dialog = adw_alert_dialog_new (_("Merge These Barriers?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "merge", _("_Merge"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "merge");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "from", GSIZE_TO_POINTER ((gsize) from));
  g_object_set_data (G_OBJECT (dialog), "into", GSIZE_TO_POINTER ((gsize) into));
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Collaborate: L links the chosen barrier to one raised at an earlier
 * session and still open, so it gains weight instead of being counted
 * twice. The earlier barriers are offered by title only. */
static void
earlier_chosen_cb (GtkListBox            *list,
                   GtkListBoxRow         *row,
                   HearthProjectorWindow *self)
{
  AdwDialog *dialog = ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_DIALOG));
  gint64 from = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "from"));
  gint64 into = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "barrier-id"));
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  adw_dialog_close (dialog);
  if (!hearth_barrier_merge (self->store, from, into, &error))
    {
      say (self, error->message);
      return;
    }
  toast = adw_toast_new (_("Linked to the barrier raised before"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "merged-id", GSIZE_TO_POINTER ((gsize) from));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_merge_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthProjectorWindow *self = HEARTH_PROJECTOR_WINDOW (widget);
  g_autoptr(HearthBarrier) barrier = selected_barrier (self);
  g_autoptr(HearthQueryModel) earlier = NULL;
  GtkWidget *view, *scrolled, *list;
  AdwDialog *dialog;
  guint n, shown = 0;

  if (g_strcmp0 (self->phase, "collaborate") != 0 || barrier == NULL)
    return;

  earlier = hearth_barrier_query_new (self->store);
  hearth_query_model_set_param (earlier, ":open_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_sort (earlier, "weight");
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Barriers raised at earlier sessions"), -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (earlier));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBarrier) other = g_list_model_get_item (G_LIST_MODEL (earlier), i);
      GtkWidget *row;

      /* Only those not already on this session's board. */
      if (hearth_query_model_find_id (self->barriers, hearth_barrier_get_id (other)) != G_MAXUINT)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_barrier_get_title (other));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hearth_barrier_get_status_label (other));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "barrier-id", GSIZE_TO_POINTER ((gsize) hearth_barrier_get_id (other)));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      shown++;
    }
  if (shown == 0)
    {
      g_object_ref_sink (list);
      g_object_unref (list);
      say (self, _("No barrier from an earlier session is still open"));
      return;
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_margin_start (list, 24);
  gtk_widget_set_margin_end (list, 24);
  gtk_widget_set_margin_bottom (list, 24);
  view = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), scrolled);

  dialog = adw_dialog_new ();
  adw_dialog_set_title (ADW_DIALOG (dialog), _("Raised Before?"));
  adw_dialog_set_child (dialog, view);
  adw_dialog_set_content_width (dialog, 900);
  adw_dialog_set_content_height (dialog, 640);
  g_object_set_data (G_OBJECT (dialog), "from", GSIZE_TO_POINTER ((gsize) hearth_barrier_get_id (barrier)));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (earlier_chosen_cb), self, 0);
  adw_dialog_present (dialog, widget);
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

  gtk_label_set_label (GTK_LABEL (self->stop_counter), counter);
  gtk_widget_set_visible (self->stop_counter, length * 10 >= HEARTH_BARRIER_TITLE_MAX * 7);
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

static gint64
item_barrier_id (GtkListItem *list_item)
{
  HearthBarrier *barrier = gtk_list_item_get_item (list_item);

  return barrier != NULL ? hearth_barrier_get_id (barrier) : 0;
}

/* Collaborate by drag and drop: a barrier dropped on another joins it,
 * after the same question the keyboard asks. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  HearthProjectorWindow *self = g_object_get_data (G_OBJECT (list_item), "projector");
  gint64 id = item_barrier_id (list_item);

  if (self == NULL || id == 0 || g_strcmp0 (self->phase, "collaborate") != 0)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, id);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  HearthProjectorWindow *self = g_object_get_data (G_OBJECT (list_item), "projector");
  gint64 into = item_barrier_id (list_item);

  if (self == NULL || into == 0 || !G_VALUE_HOLDS_INT64 (value) || g_value_get_int64 (value) == into)
    return FALSE;
  ask_merge (self, g_value_get_int64 (value), into);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *votes = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "hearth-projector-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "hearth-projector-barrier");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_widget_add_css_class (meta, "hearth-projector-meta");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_add_css_class (votes, "hearth-projector-votes");
  gtk_widget_set_valign (votes, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), votes);
  gtk_list_item_set_child (list_item, box);
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (drop));
  g_object_set_data (G_OBJECT (list_item), "title", title);
  g_object_set_data (G_OBJECT (list_item), "meta", meta);
  g_object_set_data (G_OBJECT (list_item), "votes", votes);
}

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

static void
fill_row (GtkListItem *list_item)
{
  HearthProjectorWindow *self = g_object_get_data (G_OBJECT (list_item), "projector");
  HearthBarrier *barrier = gtk_list_item_get_item (list_item);
  g_autofree char *meta = NULL;
  g_autofree char *votes = NULL;
  guint n_votes = 0;

  if (barrier == NULL || self == NULL)
    return;
  meta = barrier_meta (self, barrier, gtk_list_item_get_position (list_item));
  /* This session's votes: a total, never who gave them. */
  hearth_session_get_barrier_votes (self->store, self->session_id, hearth_barrier_get_id (barrier),
                                    &n_votes, NULL);
  /* Votes count in Listen and Act; elsewhere the column stays empty. */
  votes = g_strcmp0 (self->phase, "listen") == 0 || g_strcmp0 (self->phase, "act") == 0
          ? g_strdup_printf ("%u", n_votes) : g_strdup ("");
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "title"), hearth_barrier_get_title (barrier));
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "meta"), meta);
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "votes"), votes);
  gtk_list_item_set_accessible_label (list_item, hearth_barrier_get_title (barrier));
}

/* A vote refreshes the barrier in place: the row follows it. */
static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         HearthProjectorWindow    *self)
{
  HearthBarrier *barrier = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "projector", self);
  fill_row (list_item);
  if (barrier != NULL)
    g_signal_connect_object (barrier, "notify", G_CALLBACK (fill_row), list_item, G_CONNECT_SWAPPED);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           HearthProjectorWindow    *self)
{
  HearthBarrier *barrier = gtk_list_item_get_item (list_item);

  if (barrier != NULL)
    g_signal_handlers_disconnect_by_func (barrier, fill_row, list_item);
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
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HearthProjectorWindow *self)
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
  g_clear_object (&self->session);
  g_clear_pointer (&self->phase, g_free);
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

  gtk_widget_class_install_action (widget_class, "projector.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "projector.timer", NULL, timer_action);
  gtk_widget_class_install_action (widget_class, "projector.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "projector.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "projector.next-phase", NULL, next_phase_action);
  gtk_widget_class_install_action (widget_class, "projector.previous-phase", NULL, previous_phase_action);
  gtk_widget_class_install_action (widget_class, "projector.vote", "i", vote_action);
  gtk_widget_class_install_action (widget_class, "projector.pick", NULL, pick_action);
  gtk_widget_class_install_action (widget_class, "projector.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "projector.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "projector.step", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "projector.phase", "s", phase_action);

}

static void
hearth_projector_window_init (HearthProjectorWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_add_css_class (GTK_WIDGET (self), "hearth-projector");
}

static GtkWidget *
help_overlay_new (void)
{
  static const struct { const char *keys; const char *what; } keys[] = {
    { N_("↑ ↓"), N_("Previous or next barrier") },
    { N_("Enter"), N_("Stop: add the line · Review, Act: the barrier’s next step") },
    { N_("Space, M"), N_("Collaborate: pick a barrier, merge it into this one") },
    { N_("L"), N_("Collaborate: link this barrier to one raised before") },
    { N_("→, N or Page Down"), N_("Next phase") },
    { N_("←, P or Page Up"), N_("Back a phase") },
    { N_("+ −"), N_("One vote more or less for the barrier") },
    { N_("T"), N_("Start or pause the countdown") },
    { N_("?"), N_("Show or hide these keys") },
    { N_("Esc"), N_("Leave the projector") },
  };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (_("Keys"));

  gtk_widget_add_css_class (grid, "hearth-projector-help");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 48);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (grid, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title, "hearth-projector-heading");
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 2, 1);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *k = gtk_label_new (_(keys[i].keys));
      GtkWidget *w = gtk_label_new (_(keys[i].what));

      gtk_label_set_xalign (GTK_LABEL (k), 1);
      gtk_label_set_xalign (GTK_LABEL (w), 0);
      gtk_widget_add_css_class (k, "hearth-projector-key");
      gtk_grid_attach (GTK_GRID (grid), k, 0, (int) i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), w, 1, (int) i + 1, 1, 1);
    }
  gtk_widget_set_visible (grid, FALSE);
  return grid;
}

static void
build (HearthProjectorWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_set_margin_start (box, 32);
  gtk_widget_set_margin_end (box, 32);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);

  self->theme_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->theme_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->theme_label), TRUE);
  gtk_widget_set_hexpand (self->theme_label, TRUE);
  gtk_widget_add_css_class (self->theme_label, "hearth-projector-heading");
  self->timer_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->timer_label, "hearth-projector-timer");
  gtk_widget_set_visible (self->timer_label, FALSE);
  gtk_box_append (GTK_BOX (top), self->theme_label);
  gtk_box_append (GTK_BOX (top), self->timer_label);

  for (guint i = 0; phases[i] != NULL; i++)
    {
      self->phase_labels[i] = gtk_label_new (hearth_stopshop_session_phase_label (phases[i]));
      gtk_widget_add_css_class (self->phase_labels[i], "hearth-projector-phase");
      gtk_box_append (GTK_BOX (steps), self->phase_labels[i]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (steps), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Phases of the session"), -1);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  self->list_view = gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                       g_object_ref (factory));
  gtk_widget_add_css_class (self->list_view, "hearth-projector-list");
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Barriers"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_widget_set_vexpand (scrolled, TRUE);

  {
    GtkWidget *stop_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    self->stop_entry = gtk_entry_new ();
    gtk_entry_set_placeholder_text (GTK_ENTRY (self->stop_entry),
                                    _("What stops us? One line, then Enter"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("A barrier, in one line"), -1);
    gtk_widget_set_hexpand (self->stop_entry, TRUE);
    gtk_widget_add_css_class (self->stop_entry, "hearth-projector-entry");
    g_signal_connect_object (self->stop_entry, "activate", G_CALLBACK (raise_cb), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->stop_entry, "changed", G_CALLBACK (update_counter), self,
                             G_CONNECT_SWAPPED);
    self->stop_counter = gtk_label_new (NULL);
    gtk_widget_add_css_class (self->stop_counter, "hearth-projector-meta");
    gtk_widget_set_visible (self->stop_counter, FALSE);
    gtk_box_append (GTK_BOX (stop_row), self->stop_entry);
    gtk_box_append (GTK_BOX (stop_row), self->stop_counter);
    gtk_widget_set_visible (stop_row, FALSE);
    gtk_box_append (GTK_BOX (box), stop_row);
  }

  self->hint_label = gtk_label_new (_("Press ? for the keys"));
  gtk_label_set_xalign (GTK_LABEL (self->hint_label), 1);
  gtk_widget_add_css_class (self->hint_label, "hearth-projector-meta");

  gtk_box_prepend (GTK_BOX (box), steps);
  gtk_box_prepend (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), self->hint_label);

  self->help_overlay = help_overlay_new ();
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->toasts));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->help_overlay);
  adw_window_set_content (ADW_WINDOW (self), overlay);
  gtk_window_set_title (GTK_WINDOW (self), _("Stop Shop on the Projector"));
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
  hearth_query_model_set_param (self->barriers, ":session_id", g_variant_new_int64 (session_id));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->barriers)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  build (self);
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
