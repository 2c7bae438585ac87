/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-save-as.h"
#include "hearth-session-summary.h"
#include "hearth-session-summary-dialog.h"
#include "hearth-ui-utils.h"

struct _HearthSessionSummaryDialog
{
  AdwDialog             parent_instance;

  HearthSessionSummary *summary;
  AdwToastOverlay      *overlay;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (HearthSessionSummaryDialog, hearth_session_summary_dialog, ADW_TYPE_DIALOG)

static void
toast (HearthSessionSummaryDialog *self,
       const char                 *message)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (message));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSessionSummaryDialog *self = HEARTH_SESSION_SUMMARY_DIALOG (widget);

  if (self->summary == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          hearth_session_summary_get_text (self->summary));
  toast (self, _("Copied, ready to paste into an e-mail"));
}

static HearthPdfWriter *
make_pdf (gpointer   data,
          GError   **error)
{
  return hearth_session_summary_new_pdf (data);
}

/* Laid out and written on a worker thread: the window stays responsive. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSessionSummaryDialog *self = HEARTH_SESSION_SUMMARY_DIALOG (widget);
  g_autofree char *name = NULL;

  if (self->summary == NULL)
    return;
  name = hearth_session_summary_dup_file_name (self->summary);
  hearth_pdf_save_as (widget, self->overlay, _("Save Session Summary"), name, make_pdf,
                      g_object_ref (self->summary), g_object_unref, self->cancellable);
}

/* --- The dialog --------------------------------------------------------------- */

static void
hearth_session_summary_dialog_dispose (GObject *object)
{
  HearthSessionSummaryDialog *self = HEARTH_SESSION_SUMMARY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (hearth_session_summary_dialog_parent_class)->dispose (object);
}

static void
hearth_session_summary_dialog_class_init (HearthSessionSummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_session_summary_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "summary.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "summary.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "summary.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "summary.save", NULL);
}

static void
hearth_session_summary_dialog_init (HearthSessionSummaryDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

static void
build (HearthSessionSummaryDialog *self,
       const GError               *error)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content;

  adw_dialog_set_title (ADW_DIALOG (self), _("Session Summary"));
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  if (self->summary == NULL)
    {
      content = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (content), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (content), _("No Summary to Show"));
      adw_status_page_set_description (ADW_STATUS_PAGE (content), error != NULL ? error->message : NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.copy", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", FALSE);
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *save = hearth_bar_button_new (_("_Save as PDF…"), "summary.save",
                                    _("Save as a PDF to print or keep (Ctrl+S)"));
      GtkWidget *bar = gtk_action_bar_new ();

      gtk_widget_set_margin_start (box, 18);
      gtk_widget_set_margin_end (box, 18);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 12);

      gtk_box_append (GTK_BOX (box),
                      hearth_text_card_new (hearth_session_summary_get_text (self->summary),
                                            _("The summary as it will be sent")));
      content = box;

      gtk_action_bar_pack_start (GTK_ACTION_BAR (bar),
                                 hearth_bar_button_new (_("_Copy Text"), "summary.copy",
                                             _("Copy, to paste into an e-mail (Ctrl+Shift+C)")));
      gtk_widget_add_css_class (save, "suggested-action");
      gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), save);
      adw_toolbar_view_add_bottom_bar (ADW_TOOLBAR_VIEW (view), bar);
    }

  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->overlay, content);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), GTK_WIDGET (self->overlay));
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 620);
  adw_dialog_set_content_height (ADW_DIALOG (self), 700);
}

AdwDialog *
hearth_session_summary_dialog_new (HearthStore *store,
                                   gint64       session_id)
{
  HearthSessionSummaryDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_SESSION_SUMMARY_DIALOG, NULL);
  self->summary = hearth_session_summary_new (store, session_id, &error);
  build (self, error);
  return ADW_DIALOG (self);
}

const char *
hearth_session_summary_dialog_get_text (HearthSessionSummaryDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_SUMMARY_DIALOG (self), NULL);

  return self->summary != NULL ? hearth_session_summary_get_text (self->summary) : NULL;
}
