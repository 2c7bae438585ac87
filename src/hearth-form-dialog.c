/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-form-dialog.h"

typedef struct
{
  /* template widgets */
  AdwToolbarView *toolbar_view;
  GtkButton      *save_button;
  GtkLabel       *error_label;

  /* borrowed: the toolbar view holds it */
  GtkWidget      *content;

  gboolean        can_save;
  gboolean        destructive;
} HearthFormDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HearthFormDialog, hearth_form_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_SAVE_LABEL,
  PROP_DESTRUCTIVE,
  PROP_CAN_SAVE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hearth_form_dialog_save (HEARTH_FORM_DIALOG (widget));
}

static void
hearth_form_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_FORM_DIALOG);

  G_OBJECT_CLASS (hearth_form_dialog_parent_class)->dispose (object);
}

static void
hearth_form_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthFormDialog *self = HEARTH_FORM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, hearth_form_dialog_get_content (self));
      break;
    case PROP_SAVE_LABEL:
      g_value_set_string (value, hearth_form_dialog_get_save_label (self));
      break;
    case PROP_DESTRUCTIVE:
      g_value_set_boolean (value, hearth_form_dialog_get_destructive (self));
      break;
    case PROP_CAN_SAVE:
      g_value_set_boolean (value, hearth_form_dialog_get_can_save (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_form_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthFormDialog *self = HEARTH_FORM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      hearth_form_dialog_set_content (self, g_value_get_object (value));
      break;
    case PROP_SAVE_LABEL:
      hearth_form_dialog_set_save_label (self, g_value_get_string (value));
      break;
    case PROP_DESTRUCTIVE:
      hearth_form_dialog_set_destructive (self, g_value_get_boolean (value));
      break;
    case PROP_CAN_SAVE:
      hearth_form_dialog_set_can_save (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_form_dialog_class_init (HearthFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_form_dialog_dispose;
  object_class->get_property = hearth_form_dialog_get_property;
  object_class->set_property = hearth_form_dialog_set_property;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SAVE_LABEL] =
    g_param_spec_string ("save-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESTRUCTIVE] =
    g_param_spec_boolean ("destructive", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthFormDialog::saved:
   *
   * The form was saved; the dialog closes next.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-form-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, HearthFormDialog, toolbar_view);
  gtk_widget_class_bind_template_child_private (widget_class, HearthFormDialog, save_button);
  gtk_widget_class_bind_template_child_private (widget_class, HearthFormDialog, error_label);

  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "form.save", NULL);
}

static void
hearth_form_dialog_init (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  priv->can_save = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_form_dialog_get_content (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), NULL);

  return priv->content;
}

void
hearth_form_dialog_set_content (HearthFormDialog *self,
                                GtkWidget        *content)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_FORM_DIALOG (self));
  g_return_if_fail (content == NULL || GTK_IS_WIDGET (content));

  if (priv->content == content)
    return;

  priv->content = content;
  adw_toolbar_view_set_content (priv->toolbar_view, content);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

const char *
hearth_form_dialog_get_save_label (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), NULL);

  return gtk_button_get_label (priv->save_button);
}

void
hearth_form_dialog_set_save_label (HearthFormDialog *self,
                                   const char       *label)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_FORM_DIALOG (self));

  if (label == NULL)
    label = _("_Save");
  if (g_strcmp0 (label, gtk_button_get_label (priv->save_button)) == 0)
    return;

  gtk_button_set_label (priv->save_button, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_LABEL]);
}

gboolean
hearth_form_dialog_get_destructive (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), FALSE);

  return priv->destructive;
}

void
hearth_form_dialog_set_destructive (HearthFormDialog *self,
                                    gboolean          destructive)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_FORM_DIALOG (self));

  destructive = !!destructive;
  if (priv->destructive == destructive)
    return;

  priv->destructive = destructive;
  if (destructive)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->save_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (priv->save_button), "destructive-action");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->save_button), "destructive-action");
      gtk_widget_add_css_class (GTK_WIDGET (priv->save_button), "suggested-action");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESTRUCTIVE]);
}

gboolean
hearth_form_dialog_get_can_save (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), FALSE);

  return priv->can_save;
}

void
hearth_form_dialog_set_can_save (HearthFormDialog *self,
                                 gboolean          can_save)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_FORM_DIALOG (self));

  can_save = !!can_save;
  if (priv->can_save == can_save)
    return;

  priv->can_save = can_save;
  /* The button follows its action. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save", can_save);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
}

void
hearth_form_dialog_show_error (HearthFormDialog *self,
                               const char       *message)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_if_fail (HEARTH_IS_FORM_DIALOG (self));

  gtk_label_set_label (priv->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (priv->error_label), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

const char *
hearth_form_dialog_get_error (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (priv->error_label)))
    return NULL;
  return gtk_label_get_label (priv->error_label);
}

gboolean
hearth_form_dialog_save (HearthFormDialog *self)
{
  HearthFormDialogPrivate *priv = hearth_form_dialog_get_instance_private (self);
  HearthFormDialogClass *klass;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_FORM_DIALOG (self), FALSE);

  if (!priv->can_save)
    return FALSE;

  klass = HEARTH_FORM_DIALOG_GET_CLASS (self);
  g_return_val_if_fail (klass->save != NULL, FALSE);

  if (!klass->save (self, &error))
    {
      if (error == NULL)
        g_critical ("%s did not say why it was not saved", G_OBJECT_TYPE_NAME (self));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hearth_form_dialog_show_error (self, error->message);
      return FALSE;
    }

  hearth_form_dialog_show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);
  adw_dialog_close (ADW_DIALOG (self));
  return TRUE;
}
