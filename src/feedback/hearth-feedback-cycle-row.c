/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-cycle-row.h"
#include "hearth-ui-utils.h"

struct _HearthFeedbackCycleRow
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkLabel            *person_label;
  GtkLabel            *details_label;
  GtkLabel            *dates_label;
  GtkLabel            *progress_label;
  GtkLabel            *status_label;

  /* owned */
  HearthFeedbackCycle *cycle;
  char                *summary;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackCycleRow, hearth_feedback_cycle_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CYCLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (HearthFeedbackCycleRow *self)
{
  g_autofree char *details = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *summary = NULL;
  const char *status;

  if (self->cycle == NULL)
    return;

  /* Translators: a feedback cycle's title, then its framework. */
  details = g_strdup_printf (_("%s · %s"), hearth_feedback_cycle_get_title (self->cycle),
                             hearth_feedback_cycle_get_framework_name (self->cycle));
  dates = hearth_feedback_cycle_dup_dates (self->cycle);
  progress = hearth_feedback_cycle_dup_progress (self->cycle);
  status = hearth_feedback_cycle_status_label (self->cycle);

  gtk_label_set_label (self->person_label, hearth_feedback_cycle_get_subject_name (self->cycle));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->dates_label, dates);
  gtk_label_set_label (self->progress_label, progress);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "accent");
  if (hearth_feedback_cycle_get_is_open (self->cycle))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "accent");
  else if (hearth_feedback_cycle_get_released (self->cycle))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");

  summary = g_strjoin (", ", hearth_feedback_cycle_get_subject_name (self->cycle), details, dates,
                       status, progress, NULL);
  if (g_strcmp0 (summary, self->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
}

static void
hearth_feedback_cycle_row_dispose (GObject *object)
{
  HearthFeedbackCycleRow *self = HEARTH_FEEDBACK_CYCLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_CYCLE_ROW);
  g_clear_object (&self->cycle);

  G_OBJECT_CLASS (hearth_feedback_cycle_row_parent_class)->dispose (object);
}

static void
hearth_feedback_cycle_row_finalize (GObject *object)
{
  HearthFeedbackCycleRow *self = HEARTH_FEEDBACK_CYCLE_ROW (object);

  g_free (self->summary);

  G_OBJECT_CLASS (hearth_feedback_cycle_row_parent_class)->finalize (object);
}

static void
hearth_feedback_cycle_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HearthFeedbackCycleRow *self = HEARTH_FEEDBACK_CYCLE_ROW (object);

  switch (prop_id)
    {
    case PROP_CYCLE:
      g_value_set_object (value, self->cycle);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_cycle_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HearthFeedbackCycleRow *self = HEARTH_FEEDBACK_CYCLE_ROW (object);

  switch (prop_id)
    {
    case PROP_CYCLE:
      hearth_feedback_cycle_row_set_cycle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_cycle_row_class_init (HearthFeedbackCycleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_cycle_row_dispose;
  object_class->finalize = hearth_feedback_cycle_row_finalize;
  object_class->get_property = hearth_feedback_cycle_row_get_property;
  object_class->set_property = hearth_feedback_cycle_row_set_property;

  properties[PROP_CYCLE] =
    g_param_spec_object ("cycle", NULL, NULL, HEARTH_TYPE_FEEDBACK_CYCLE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-cycle-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleRow, person_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleRow, dates_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackCycleRow, status_label);
}

static void
hearth_feedback_cycle_row_init (HearthFeedbackCycleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HearthFeedbackCycle *
hearth_feedback_cycle_row_get_cycle (HearthFeedbackCycleRow *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE_ROW (self), NULL);

  return self->cycle;
}

void
hearth_feedback_cycle_row_set_cycle (HearthFeedbackCycleRow *self,
                                     HearthFeedbackCycle    *cycle)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_CYCLE_ROW (self));
  g_return_if_fail (cycle == NULL || HEARTH_IS_FEEDBACK_CYCLE (cycle));

  if (self->cycle == cycle)
    return;
  if (self->cycle != NULL)
    g_signal_handlers_disconnect_by_data (self->cycle, self);
  g_set_object (&self->cycle, cycle);
  if (cycle != NULL)
    g_signal_connect_object (cycle, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CYCLE]);
}

const char *
hearth_feedback_cycle_row_get_summary (HearthFeedbackCycleRow *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE_ROW (self), NULL);

  return self->summary;
}

const char *
hearth_feedback_cycle_status_label (HearthFeedbackCycle *cycle)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (cycle), NULL);

  if (hearth_feedback_cycle_get_is_open (cycle))
    /* Translators: a feedback cycle that still takes answers. */
    return C_("feedback cycle", "Open");
  if (hearth_feedback_cycle_get_released (cycle))
    /* Translators: a feedback cycle whose report its person can see. */
    return C_("feedback cycle", "Released");
  return C_("feedback cycle", "Closed");
}

char *
hearth_feedback_cycle_dup_progress (HearthFeedbackCycle *cycle)
{
  guint answered, asked;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (cycle), NULL);

  answered = hearth_feedback_cycle_get_submitted_count (cycle);
  asked = hearth_feedback_cycle_get_rater_count (cycle);
  if (asked == 0)
    return g_strdup (_("Nobody asked yet"));
  /* Translators: how many of the people asked for feedback have answered. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u answered", "%u of %u answered",
                                       asked),
                          answered, asked);
}

char *
hearth_feedback_cycle_dup_dates (HearthFeedbackCycle *cycle)
{
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (cycle), NULL);

  opens = hearth_format_date (hearth_feedback_cycle_get_opens_on (cycle));
  closes = hearth_format_date (hearth_feedback_cycle_get_closes_on (cycle));
  /* Translators: when a feedback cycle opens and closes. */
  return g_strdup_printf (_("%s – %s"), opens, closes);
}
