/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-changes.h"
#include "hearth-feedback-cycle-dialog.h"
#include "hearth-feedback-cycle-row.h"
#include "hearth-feedback-cycle-view.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-rater-dialog.h"
#include "hearth-feedback-rater-row.h"
#include "hearth-feedback-rater.h"
#include "hearth-ui-utils.h"

struct _HearthFeedbackCycleView
{
  AdwDialog            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkLabel            *error_label;
  AdwActionRow        *status_row;
  AdwActionRow        *framework_row;
  AdwActionRow        *dates_row;
  AdwActionRow        *mode_row;
  AdwActionRow        *supervisor_row;
  AdwActionRow        *release_by_row;
  AdwActionRow        *minimums_row;
  AdwActionRow        *progress_row;
  AdwActionRow        *not_answered_row;
  GtkLabel            *progress_note;
  GtkListBox          *rater_list;
  GtkLabel            *no_raters_label;
  GtkWidget           *add_rater_button;
  GtkWidget           *close_row;
  GtkWidget           *reopen_row;
  GtkWidget           *release_row;
  GtkWidget           *report_row;
  GtkWidget           *import_row;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *cycles;
  HearthFeedbackCycle *cycle;
  HearthQueryModel    *raters;

  gint64               cycle_id;
  gboolean             rows_show_status;
  gboolean             rows_open;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackCycleView, hearth_feedback_cycle_view, ADW_TYPE_DIALOG)

static void
show_error (HearthFeedbackCycleView *self,
            const char              *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
toast (HearthFeedbackCycleView *self,
       const char              *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Who has not answered is for the cycle's supervisor only, while it is
 * open; everyone else learns only how many. */
static gboolean
viewer_is_supervisor (HearthFeedbackCycleView *self)
{
  gint64 supervisor = hearth_feedback_cycle_get_supervisor_id (self->cycle);

  return supervisor > 0 && supervisor == hearth_store_get_actor (self->store);
}

static GtkWidget *
create_rater_row (gpointer item,
                  gpointer user_data)
{
  HearthFeedbackCycleView *self = user_data;

  return hearth_feedback_rater_row_new (HEARTH_FEEDBACK_RATER (item), self->rows_show_status,
                                        self->rows_open);
}

static void
update_progress (HearthFeedbackCycleView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) progress = NULL;
  guint counts[HEARTH_N_RATER_STATUSES] = { 0, };
  guint asked = 0;
  gboolean open = hearth_feedback_cycle_get_is_open (self->cycle);
  gboolean supervisor = viewer_is_supervisor (self);

  if (!hearth_feedback_count_raters (self->store, self->cycle_id, counts, &error))
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < HEARTH_N_RATER_STATUSES; i++)
    asked += counts[i];

  progress = g_string_new (NULL);
  g_string_printf (progress,
                   g_dngettext (GETTEXT_PACKAGE, "%u of %u answered", "%u of %u answered", asked),
                   counts[HEARTH_RATER_SUBMITTED], asked);
  if (counts[HEARTH_RATER_STARTED] > 0)
    {
      g_string_append (progress, " · ");
      g_string_append_printf (progress, g_dngettext (GETTEXT_PACKAGE, "%u started", "%u started",
                                                     counts[HEARTH_RATER_STARTED]),
                              counts[HEARTH_RATER_STARTED]);
    }
  if (counts[HEARTH_RATER_DECLINED] > 0)
    {
      g_string_append (progress, " · ");
      g_string_append_printf (progress, g_dngettext (GETTEXT_PACKAGE, "%u declined", "%u declined",
                                                     counts[HEARTH_RATER_DECLINED]),
                              counts[HEARTH_RATER_DECLINED]);
    }
  adw_action_row_set_subtitle (self->progress_row, progress->str);

  gtk_widget_set_visible (GTK_WIDGET (self->not_answered_row), open && supervisor);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_note), open && !supervisor);
  if (open && supervisor)
    {
      g_auto(GStrv) names = hearth_feedback_dup_not_answered (self->store, self->cycle_id,
                                                              hearth_store_get_actor (self->store),
                                                              &error);
      g_autofree char *joined = NULL;

      if (names == NULL)
        {
          show_error (self, error->message);
          return;
        }
      joined = names[0] != NULL ? g_strjoinv (", ", names) : g_strdup (_("Everyone asked has answered"));
      adw_action_row_set_subtitle (self->not_answered_row, joined);
    }
}

static void
update (HearthFeedbackCycleView *self)
{
  HearthFeedbackMinimums minimums;
  g_autofree char *dates = NULL;
  g_autofree char *minimums_text = NULL;
  gboolean open, released, show_status;
  const char *supervisor;

  if (self->cycle == NULL)
    return;

  open = hearth_feedback_cycle_get_is_open (self->cycle);
  released = hearth_feedback_cycle_get_released (self->cycle);
  dates = hearth_feedback_cycle_dup_dates (self->cycle);
  supervisor = hearth_feedback_cycle_get_supervisor_name (self->cycle);
  hearth_feedback_cycle_get_minimums (self->cycle, &minimums);
  /* Translators: the minimum answers of a cycle's groups. */
  minimums_text = g_strdup_printf (_("Self %u · manager %u · each other group %u · comments %u"),
                                   minimums.self, minimums.manager, minimums.other,
                                   minimums.comments);

  adw_window_title_set_title (self->window_title, hearth_feedback_cycle_get_title (self->cycle));
  adw_window_title_set_subtitle (self->window_title,
                                 hearth_feedback_cycle_get_subject_name (self->cycle));
  adw_action_row_set_subtitle (self->status_row, hearth_feedback_cycle_status_label (self->cycle));
  adw_action_row_set_subtitle (self->framework_row,
                               hearth_feedback_cycle_get_framework_name (self->cycle));
  adw_action_row_set_subtitle (self->dates_row, dates);
  adw_action_row_set_subtitle (self->mode_row,
                               hearth_feedback_cycle_get_mode (self->cycle) == HEARTH_FEEDBACK_DEVELOPMENT_ONLY
                                 ? _("Development only: words, no numbers")
                                 : _("Ratings and words"));
  adw_action_row_set_subtitle (self->supervisor_row,
                               supervisor[0] != '\0' ? supervisor : _("Nobody yet"));
  adw_action_row_set_subtitle (self->release_by_row,
                               hearth_feedback_cycle_get_release_by (self->cycle) == HEARTH_RELEASE_BY_PERSON
                                 ? _("The supervisor or the person")
                                 : _("The supervisor"));
  adw_action_row_set_subtitle (self->minimums_row, minimums_text);

  gtk_widget_set_visible (self->close_row, open);
  gtk_widget_set_visible (self->reopen_row, !open);
  gtk_widget_set_visible (self->release_row, !open && !released);
  gtk_widget_set_visible (self->import_row, open);
  gtk_widget_set_sensitive (self->add_rater_button, open);
  /* No figures exist while answers come in. */
  gtk_widget_set_sensitive (self->report_row, !open);

  show_status = open && viewer_is_supervisor (self);
  if (self->raters != NULL && (show_status != self->rows_show_status || open != self->rows_open))
    {
      self->rows_show_status = show_status;
      self->rows_open = open;
      gtk_list_box_bind_model (self->rater_list, G_LIST_MODEL (self->raters), create_rater_row,
                               self, NULL);
    }

  update_progress (self);
}

static void
raters_changed_cb (HearthFeedbackCycleView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->raters));

  gtk_widget_set_visible (GTK_WIDGET (self->rater_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_raters_label), n == 0);
  if (self->cycle != NULL)
    update_progress (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);

  adw_dialog_present (hearth_feedback_cycle_dialog_new (self->store, self->cycle_id), widget);
}

static void
add_rater_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);

  adw_dialog_present (hearth_feedback_rater_dialog_new (self->store, self->cycle_id), widget);
}

static void
remove_rater_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_feedback_remove_rater (self->store, g_variant_get_int64 (parameter), &error))
    show_error (self, error->message);
  else
    {
      show_error (self, NULL);
      toast (self, _("Rater removed"));
    }
}

static void
decline_rater_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_feedback_decline (self->store, g_variant_get_int64 (parameter), &error))
    show_error (self, error->message);
  else
    show_error (self, NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_feedback_close_cycle (self->store, self->cycle_id, &error))
    show_error (self, error->message);
  else
    {
      show_error (self, NULL);
      toast (self, _("Cycle closed: its report can be made"));
    }
}

static void
reopen_response_cb (HearthFeedbackCycleView *self,
                    const char              *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reopen"))
    return;

  if (!hearth_feedback_reopen_cycle (self->store, self->cycle_id, &error))
    show_error (self, error->message);
  else
    {
      show_error (self, NULL);
      toast (self, _("Cycle reopened: the report is hidden until it closes again"));
    }
}

/* Reopening hides the report, and takes back a release: ask first, saying
 * what the person loses. */
static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);
  g_autofree char *body = NULL;
  AdwDialog *alert;

  if (self->cycle == NULL)
    return;

  if (hearth_feedback_cycle_get_released (self->cycle))
    body = g_strdup_printf (_("%s will no longer be able to read the report they were given. "
                              "Raters can answer again, and the report can be released again "
                              "once the cycle closes."),
                            hearth_feedback_cycle_get_subject_name (self->cycle));
  else
    body = g_strdup (_("Raters can answer again. The report is hidden until the cycle closes "
                       "again."));

  alert = hearth_confirm_new (_("Reopen the Cycle?"), body, _("_Cancel"), "reopen", _("_Reopen"),
                              hearth_feedback_cycle_get_released (self->cycle)
                                ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_DEFAULT);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (reopen_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (alert, widget);
}

static void
release_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_feedback_release (self->store, self->cycle_id, &error))
    show_error (self, error->message);
  else
    {
      g_autofree char *title = g_strdup_printf (_("Report released to %s"),
                                                hearth_feedback_cycle_get_subject_name (self->cycle));

      show_error (self, NULL);
      toast (self, title);
    }
}

static void
hearth_feedback_cycle_view_dispose (GObject *object)
{
  HearthFeedbackCycleView *self = HEARTH_FEEDBACK_CYCLE_VIEW (object);

  if (self->rater_list != NULL)
    gtk_list_box_bind_model (self->rater_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_CYCLE_VIEW);

  g_clear_object (&self->raters);
  g_clear_object (&self->cycle);
  g_clear_object (&self->cycles);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_feedback_cycle_view_parent_class)->dispose (object);
}

static void
hearth_feedback_cycle_view_class_init (HearthFeedbackCycleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_cycle_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-cycle-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, status_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, framework_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, dates_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, mode_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, supervisor_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, release_by_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, minimums_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, progress_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, not_answered_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, progress_note);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, rater_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, no_raters_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, add_rater_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, close_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, reopen_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, release_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, report_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleView, import_row);

  gtk_widget_class_install_action (widget_class, "cycle.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "cycle.add-rater", NULL, add_rater_action);
  gtk_widget_class_install_action (widget_class, "cycle.remove-rater", "x", remove_rater_action);
  gtk_widget_class_install_action (widget_class, "cycle.decline-rater", "x", decline_rater_action);
  gtk_widget_class_install_action (widget_class, "cycle.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "cycle.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "cycle.release", NULL, release_action);
}

static void
hearth_feedback_cycle_view_init (HearthFeedbackCycleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_feedback_cycle_view_new (HearthStore *store,
                                gint64       cycle_id)
{
  HearthFeedbackCycleView *self;
  guint position;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_CYCLE_VIEW, NULL);
  self->store = g_object_ref (store);
  self->cycle_id = cycle_id;
  self->cycles = hearth_feedback_cycle_query_new (store);
  position = hearth_query_model_find_id (self->cycles, cycle_id);
  if (position == G_MAXUINT)
    {
      show_error (self, _("This cycle is no longer in the database."));
      return ADW_DIALOG (self);
    }

  self->cycle = g_list_model_get_item (G_LIST_MODEL (self->cycles), position);
  g_signal_connect_object (self->cycle, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->report_row), "x", cycle_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->import_row), "x", cycle_id);

  self->raters = hearth_feedback_rater_list_new (store, cycle_id);
  g_signal_connect_object (self->raters, "items-changed", G_CALLBACK (raters_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->rows_open = hearth_feedback_cycle_get_is_open (self->cycle);
  self->rows_show_status = self->rows_open && viewer_is_supervisor (self);
  gtk_list_box_bind_model (self->rater_list, G_LIST_MODEL (self->raters), create_rater_row, self,
                           NULL);
  raters_changed_cb (self);
  update (self);

  return ADW_DIALOG (self);
}

gint64
hearth_feedback_cycle_view_get_cycle_id (HearthFeedbackCycleView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE_VIEW (self), 0);

  return self->cycle_id;
}
