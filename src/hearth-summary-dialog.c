/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-agreement-summary.h"
#include "hearth-save-as.h"
#include "hearth-session-summary.h"
#include "hearth-print.h"
#include "hearth-summary-dialog.h"

/* The summaries differ in their words only: each constructor reads its
 * summary from the export layer and gives the dialog its text, its names
 * and a function that makes its PDF afresh for each save and each print. */
struct _HearthSummaryDialog
{
  AdwDialog          parent_instance;

  /* template widgets */
  AdwToastOverlay   *overlay;
  GtkStack          *stack;
  GtkLabel          *hint_label;
  GtkTextView       *text_view;
  AdwStatusPage     *empty_page;
  GtkWidget         *action_bar;

  /* owned */
  GObject           *summary;      /* NULL when it could not be made */
  HearthPdfMakeFunc  make_pdf;     /* from @summary */
  char              *text;
  char              *title;        /* the print job's name */
  char              *file_name;
  char              *save_title;   /* the file chooser's */
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (HearthSummaryDialog, hearth_summary_dialog, ADW_TYPE_DIALOG)

static void
toast (HearthSummaryDialog *self,
       const char          *message)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (message));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSummaryDialog *self = HEARTH_SUMMARY_DIALOG (widget);

  if (self->summary == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->text);
  toast (self, _("Copied, ready to paste into an e-mail"));
}

/* Laid out and written on a worker thread: the window stays responsive. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSummaryDialog *self = HEARTH_SUMMARY_DIALOG (widget);

  if (self->summary == NULL)
    return;
  hearth_pdf_save_as (widget, self->overlay, self->save_title, self->file_name, self->make_pdf,
                      g_object_ref (self->summary), g_object_unref, self->cancellable);
}

/* --- Printing: the PDF's own pages, drawn on the printer's ------------------ */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthSummaryDialog *self = HEARTH_SUMMARY_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_summary_dialog_print (self, NULL, &error) && error != NULL)
    toast (self, error->message);
}

/* --- The dialog ----------------------------------------------------------------- */

static void
hearth_summary_dialog_dispose (GObject *object)
{
  HearthSummaryDialog *self = HEARTH_SUMMARY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUMMARY_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->summary);

  G_OBJECT_CLASS (hearth_summary_dialog_parent_class)->dispose (object);
}

static void
hearth_summary_dialog_finalize (GObject *object)
{
  HearthSummaryDialog *self = HEARTH_SUMMARY_DIALOG (object);

  g_free (self->text);
  g_free (self->title);
  g_free (self->file_name);
  g_free (self->save_title);

  G_OBJECT_CLASS (hearth_summary_dialog_parent_class)->finalize (object);
}

static void
hearth_summary_dialog_class_init (HearthSummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_summary_dialog_dispose;
  object_class->finalize = hearth_summary_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-summary-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthSummaryDialog, action_bar);

  gtk_widget_class_install_action (widget_class, "summary.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "summary.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "summary.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "summary.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "summary.save", NULL);
}

static void
hearth_summary_dialog_init (HearthSummaryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/* Shows @summary with @text, or, for NULL, why it could not be made;
 * @summary and @file_name are the dialog's from now on. */
static void
show_summary (HearthSummaryDialog *self,
              GObject             *summary,
              HearthPdfMakeFunc    make_pdf,
              const char          *text,
              const char          *title,
              char                *file_name,
              const GError        *error)
{
  gboolean made = summary != NULL;

  self->summary = summary;
  self->make_pdf = make_pdf;
  self->text = g_strdup (text);
  self->title = g_strdup (title);
  self->file_name = file_name;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), made ? text : "", -1);
  adw_status_page_set_description (self->empty_page, error != NULL ? error->message : NULL);
  gtk_stack_set_visible_child_name (self->stack, made ? "summary" : "empty");
  gtk_widget_set_visible (self->action_bar, made);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.copy", made);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.print", made);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", made);
}

/* The names the summary goes by: the dialog's title, the status page's
 * when it could not be made, the text's for a screen reader, and the
 * file chooser's. */
static void
set_names (HearthSummaryDialog *self,
           const char          *title,
           const char          *not_made,
           const char          *text_label,
           const char          *save_title)
{
  adw_dialog_set_title (ADW_DIALOG (self), title);
  adw_status_page_set_title (self->empty_page, not_made);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text_label, -1);
  self->save_title = g_strdup (save_title);
}

static HearthPdfWriter *
agreement_pdf (gpointer   summary,
               GError   **error)
{
  return hearth_agreement_summary_new_pdf (summary);
}

static HearthPdfWriter *
session_pdf (gpointer   summary,
             GError   **error)
{
  return hearth_session_summary_new_pdf (summary);
}

AdwDialog *
hearth_summary_dialog_new_agreement (HearthStore *store,
                                     gint64       entry_id,
                                     const char  *contact)
{
  HearthSummaryDialog *self;
  HearthAgreementSummary *summary;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_SUMMARY_DIALOG, NULL);
  set_names (self, _("What We Agreed, for the Resident"), _("No Summary to Send"),
             _("The summary as the resident will read it"), _("Save What We Agreed"));

  summary = hearth_agreement_summary_new (store, entry_id, 0, contact, &error);
  if (summary != NULL)
    show_summary (self, G_OBJECT (summary), agreement_pdf, hearth_agreement_summary_get_text (summary),
                  hearth_agreement_summary_get_title (summary),
                  hearth_agreement_summary_dup_file_name (summary), NULL);
  else
    show_summary (self, NULL, NULL, NULL, NULL, NULL, error);

  /* Without the team's contact, the letter ends at the lead worker. */
  if (contact == NULL || *contact == '\0')
    {
      gtk_label_set_label (self->hint_label, _("Add how residents reach the team in Preferences, "
                                               "and it will end every summary."));
      gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
    }
  return ADW_DIALOG (self);
}

AdwDialog *
hearth_summary_dialog_new_session (HearthStore *store,
                                   gint64       session_id)
{
  HearthSummaryDialog *self;
  HearthSessionSummary *summary;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_SUMMARY_DIALOG, NULL);
  set_names (self, _("Session Summary"), _("No Summary to Show"),
             _("The summary as it will be sent"), _("Save Session Summary"));

  summary = hearth_session_summary_new (store, session_id, &error);
  if (summary != NULL)
    show_summary (self, G_OBJECT (summary), session_pdf, hearth_session_summary_get_text (summary),
                  hearth_session_summary_get_title (summary),
                  hearth_session_summary_dup_file_name (summary), NULL);
  else
    show_summary (self, NULL, NULL, NULL, NULL, NULL, error);
  return ADW_DIALOG (self);
}

const char *
hearth_summary_dialog_get_text (HearthSummaryDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_SUMMARY_DIALOG (self), NULL);

  return self->summary != NULL ? self->text : NULL;
}

gboolean
hearth_summary_dialog_print (HearthSummaryDialog  *self,
                             const char           *export_path,
                             GError              **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;
  GtkRoot *root;

  g_return_val_if_fail (HEARTH_IS_SUMMARY_DIALOG (self), FALSE);

  if (self->summary == NULL)
    return FALSE;

  pdf = self->make_pdf (self->summary, error);
  if (pdf == NULL)
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return hearth_print_pdf (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->title, pdf,
                           export_path, error);
}
