/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-agreement-summary.h"
#include "hearth-agreement-summary-dialog.h"
#include "hearth-save-as.h"
#include "hearth-ui-utils.h"

/* The printed page: the same face and size as the PDF's body text. */
#define PRINT_FONT "Cantarell 11"

struct _HearthAgreementSummaryDialog
{
  AdwDialog               parent_instance;

  HearthAgreementSummary *summary;
  AdwToastOverlay        *overlay;
  GCancellable           *cancellable;

  /* while printing */
  PangoLayout            *layout;
  GArray                 *page_starts;  /* first line of each page */
};

G_DEFINE_FINAL_TYPE (HearthAgreementSummaryDialog, hearth_agreement_summary_dialog, ADW_TYPE_DIALOG)

static void
toast (HearthAgreementSummaryDialog *self,
       const char                   *message)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (message));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthAgreementSummaryDialog *self = HEARTH_AGREEMENT_SUMMARY_DIALOG (widget);

  if (self->summary == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          hearth_agreement_summary_get_text (self->summary));
  toast (self, _("Copied, ready to paste into an e-mail"));
}

/* --- Saving as PDF -------------------------------------------------------- */

static HearthPdfWriter *
make_pdf (gpointer   data,
          GError   **error)
{
  return hearth_agreement_summary_new_pdf (data);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthAgreementSummaryDialog *self = HEARTH_AGREEMENT_SUMMARY_DIALOG (widget);
  g_autofree char *name = NULL;

  if (self->summary == NULL)
    return;
  name = hearth_agreement_summary_dup_file_name (self->summary);
  hearth_pdf_save_as (widget, self->overlay, _("Save What We Agreed"), name, make_pdf,
                      g_object_ref (self->summary), g_object_unref, self->cancellable);
}

/* --- Printing ----------------------------------------------------------------- */

static void
begin_print_cb (GtkPrintOperation            *operation,
                GtkPrintContext              *context,
                HearthAgreementSummaryDialog *self)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PRINT_FONT);
  double page_height = gtk_print_context_get_height (context);
  double used = 0;
  int n_lines;

  g_clear_object (&self->layout);
  self->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (self->layout, hearth_agreement_summary_get_text (self->summary), -1);

  /* Whole lines to a page. */
  g_array_set_size (self->page_starts, 0);
  n_lines = pango_layout_get_line_count (self->layout);
  for (int i = 0; i < n_lines; i++)
    {
      PangoRectangle logical;
      double height;

      pango_layout_line_get_extents (pango_layout_get_line_readonly (self->layout, i), NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      if (i == 0 || used + height > page_height)
        {
          g_array_append_val (self->page_starts, i);
          used = 0;
        }
      used += height;
    }
  gtk_print_operation_set_n_pages (operation, MAX (1, (int) self->page_starts->len));
}

static void
draw_page_cb (GtkPrintOperation            *operation,
              GtkPrintContext              *context,
              int                           page,
              HearthAgreementSummaryDialog *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first, last;
  double y = 0;

  if ((guint) page >= self->page_starts->len)
    return;
  first = g_array_index (self->page_starts, int, page);
  last = (guint) page + 1 < self->page_starts->len ? g_array_index (self->page_starts, int, page + 1)
                                                   : pango_layout_get_line_count (self->layout);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (self->layout, i);
      PangoRectangle logical;
      int baseline;

      pango_layout_line_get_extents (line, NULL, &logical);
      baseline = -logical.y;
      cairo_move_to (cr, 0, y + (double) baseline / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, line);
      y += (double) logical.height / PANGO_SCALE;
    }
}

gboolean
hearth_agreement_summary_dialog_print (HearthAgreementSummaryDialog  *self,
                                       const char                    *export_path,
                                       GError                       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  GtkWindow *parent;

  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY_DIALOG (self), FALSE);

  if (self->summary == NULL)
    return FALSE;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, hearth_agreement_summary_get_title (self->summary));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (parent) ? parent : NULL, error);
  g_clear_object (&self->layout);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthAgreementSummaryDialog *self = HEARTH_AGREEMENT_SUMMARY_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_agreement_summary_dialog_print (self, NULL, &error) && error != NULL)
    toast (self, error->message);
}

/* --- The dialog --------------------------------------------------------------- */

static void
hearth_agreement_summary_dialog_dispose (GObject *object)
{
  HearthAgreementSummaryDialog *self = HEARTH_AGREEMENT_SUMMARY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->summary);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (hearth_agreement_summary_dialog_parent_class)->dispose (object);
}

static void
hearth_agreement_summary_dialog_class_init (HearthAgreementSummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_agreement_summary_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "summary.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "summary.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "summary.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "summary.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "summary.save", NULL);
}

static void
hearth_agreement_summary_dialog_init (HearthAgreementSummaryDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
}

static void
build (HearthAgreementSummaryDialog *self,
       const char                   *contact,
       const GError                 *error)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content;

  adw_dialog_set_title (ADW_DIALOG (self), _("What We Agreed, for the Resident"));
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  if (self->summary == NULL)
    {
      content = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (content), "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (content), _("No Summary to Send"));
      adw_status_page_set_description (ADW_STATUS_PAGE (content), error != NULL ? error->message : NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.copy", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.print", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", FALSE);
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *save = hearth_bar_button_new (_("_Save as PDF…"), "summary.save", _("Save as a PDF to attach or keep (Ctrl+S)"));
      GtkWidget *bar = gtk_action_bar_new ();

      gtk_widget_set_margin_start (box, 18);
      gtk_widget_set_margin_end (box, 18);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 12);

      if (contact == NULL || *contact == '\0')
        {
          GtkWidget *hint = gtk_label_new (_("Add how residents reach the team in Preferences, and "
                                             "it will end every summary."));

          gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
          gtk_label_set_xalign (GTK_LABEL (hint), 0);
          gtk_widget_add_css_class (hint, "dim-label");
          gtk_box_append (GTK_BOX (box), hint);
        }

      gtk_box_append (GTK_BOX (box),
                      hearth_text_card_new (hearth_agreement_summary_get_text (self->summary),
                                            _("The summary as the resident will read it")));
      content = box;

      gtk_action_bar_pack_start (GTK_ACTION_BAR (bar),
                                 hearth_bar_button_new (_("_Copy Text"), "summary.copy",
                                             _("Copy, to paste into an e-mail (Ctrl+Shift+C)")));
      gtk_action_bar_pack_start (GTK_ACTION_BAR (bar),
                                 hearth_bar_button_new (_("_Print…"), "summary.print", _("Print (Ctrl+P)")));
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
hearth_agreement_summary_dialog_new (HearthStore *store,
                                     gint64       entry_id,
                                     const char  *contact)
{
  HearthAgreementSummaryDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_AGREEMENT_SUMMARY_DIALOG, NULL);
  self->summary = hearth_agreement_summary_new (store, entry_id, 0, contact, &error);
  build (self, contact, error);
  return ADW_DIALOG (self);
}

const char *
hearth_agreement_summary_dialog_get_text (HearthAgreementSummaryDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_SUMMARY_DIALOG (self), NULL);

  return self->summary != NULL ? hearth_agreement_summary_get_text (self->summary) : NULL;
}
