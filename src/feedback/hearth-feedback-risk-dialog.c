/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-risk-dialog.h"

struct _HearthFeedbackRiskDialog
{
  AdwAlertDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackRiskDialog, hearth_feedback_risk_dialog, ADW_TYPE_ALERT_DIALOG)

static void
hearth_feedback_risk_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FEEDBACK_RISK_DIALOG);

  G_OBJECT_CLASS (hearth_feedback_risk_dialog_parent_class)->dispose (object);
}

static void
hearth_feedback_risk_dialog_class_init (HearthFeedbackRiskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_risk_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-risk-dialog.ui");
}

static void
hearth_feedback_risk_dialog_init (HearthFeedbackRiskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_feedback_risk_dialog_new (const HearthFeedbackMinimums *minimums)
{
  HearthFeedbackRiskDialog *self;
  g_autoptr(GString) body = g_string_new (NULL);

  g_return_val_if_fail (minimums != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_RISK_DIALOG, NULL);

  if (minimums->other < HEARTH_FEEDBACK_MIN_OTHER)
    {
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Peers, direct reports, partners and residents would be "
                                           "shown once %u of them has answered.",
                                           "Peers, direct reports, partners and residents would be "
                                           "shown once %u of them have answered.",
                                           minimums->other),
                              minimums->other);
      g_string_append_c (body, ' ');
    }
  if (minimums->comments < HEARTH_FEEDBACK_MIN_COMMENTS)
    {
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Their comments would be shown once %u has answered.",
                                           "Their comments would be shown once %u have answered.",
                                           minimums->comments),
                              minimums->comments);
      g_string_append_c (body, ' ');
    }
  g_string_append (body, _("With so few answers, the person may work out who said what, though "
                           "raters were told their answers are anonymous. Lower the minimums only "
                           "when the raters know this."));
  adw_alert_dialog_set_body (ADW_ALERT_DIALOG (self), body->str);

  return ADW_DIALOG (self);
}
