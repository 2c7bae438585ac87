/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-rater-row.h"

struct _HearthFeedbackRaterRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkWidget           *answer_button;
  GtkWidget           *menu_button;
  GMenu               *rater_menu;

  /* owned */
  HearthFeedbackRater *rater;

  gboolean             show_status;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackRaterRow, hearth_feedback_rater_row, ADW_TYPE_ACTION_ROW)

static void
hearth_feedback_rater_row_dispose (GObject *object)
{
  HearthFeedbackRaterRow *self = HEARTH_FEEDBACK_RATER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FEEDBACK_RATER_ROW);
  g_clear_object (&self->rater);

  G_OBJECT_CLASS (hearth_feedback_rater_row_parent_class)->dispose (object);
}

static void
hearth_feedback_rater_row_class_init (HearthFeedbackRaterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_rater_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-rater-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterRow, answer_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackRaterRow, rater_menu);
}

static void
hearth_feedback_rater_row_init (HearthFeedbackRaterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      rater_id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (rater_id));
  g_menu_append_item (menu, item);
}

/* The status changes in place as the rater answers. */
static void
update (HearthFeedbackRaterRow *self)
{
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), hearth_feedback_rater_get_name (self->rater));
  if (self->show_status)
    /* Translators: a rater's relationship to the person, then their status. */
    subtitle = g_strdup_printf (_("%s · %s"), hearth_feedback_rater_get_relationship_label (self->rater),
                                hearth_feedback_rater_get_status_label (self->rater));
  else
    subtitle = g_strdup (hearth_feedback_rater_get_relationship_label (self->rater));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

GtkWidget *
hearth_feedback_rater_row_new (HearthFeedbackRater *rater,
                               gboolean             show_status,
                               gboolean             open)
{
  HearthFeedbackRaterRow *self;
  g_autofree char *answer = NULL;
  g_autofree char *more = NULL;
  gint64 id;
  const char *name;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (rater), NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RATER_ROW, NULL);
  id = hearth_feedback_rater_get_id (rater);
  name = hearth_feedback_rater_get_name (rater);

  self->rater = g_object_ref (rater);
  self->show_status = show_status;
  g_signal_connect_object (rater, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->answer_button), "x", id);
  answer = g_strdup_printf (_("Answer as %s, from a paper form"), name);
  more = g_strdup_printf (_("More for %s"), name);
  gtk_widget_set_tooltip_text (self->answer_button, answer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answer_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, answer, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);

  /* Only while the cycle takes answers; the handlers refuse the rest. */
  gtk_widget_set_visible (self->answer_button, open);
  if (open)
    {
      append_item (self->rater_menu, _("_Export Response Form…"), "feedback.export-form", id);
      append_item (self->rater_menu, _("_Print Blank Form…"), "feedback.print-blank-form", id);
    }
  if (open && show_status)
    append_item (self->rater_menu, _("_Will Not Answer"), "cycle.decline-rater", id);
  append_item (self->rater_menu, _("_Remove Rater"), "cycle.remove-rater", id);

  return GTK_WIDGET (self);
}
