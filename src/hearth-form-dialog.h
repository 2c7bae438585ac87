/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_FORM_DIALOG (hearth_form_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (HearthFormDialog, hearth_form_dialog, HEARTH, FORM_DIALOG, AdwDialog)

/* A dialog that edits something and saves it: Cancel and a save button in
 * its header, Ctrl+Enter to save, a line under the header that says why a
 * save failed (and is announced to screen readers), and ::saved after a save
 * that worked, just before it closes.
 *
 * A subclass is a template and a save function. Its template sets the
 * dialog's title, "save-label" and "content" (the form below the header):
 *
 *   <template class="HearthCaseStatusDialog" parent="HearthFormDialog">
 *     <property name="title" translatable="yes">Close Case</property>
 *     <property name="save-label" translatable="yes">C_lose Case</property>
 *     <property name="content">
 *       <object class="AdwPreferencesPage">…</object>
 *     </property>
 *   </template>
 *
 * and it calls hearth_form_dialog_set_can_save() as the form changes. What was
 * typed stays in the form when a save fails. */
struct _HearthFormDialogClass
{
  AdwDialogClass parent_class;

  /* Saves the form; FALSE with @error set to say why not, in words for the
   * person. G_IO_ERROR_CANCELLED says nothing. */
  gboolean (*save) (HearthFormDialog  *self,
                    GError           **error);
};

GtkWidget  *hearth_form_dialog_get_content   (HearthFormDialog *self);
void        hearth_form_dialog_set_content   (HearthFormDialog *self,
                                              GtkWidget        *content);
const char *hearth_form_dialog_get_save_label (HearthFormDialog *self);
void        hearth_form_dialog_set_save_label (HearthFormDialog *self,
                                              const char       *label);
/* The save button is red, for a change that is hard to take back. */
gboolean    hearth_form_dialog_get_destructive (HearthFormDialog *self);
void        hearth_form_dialog_set_destructive (HearthFormDialog *self,
                                               gboolean          destructive);
/* Whether the form can be saved as it stands; the save button and
 * Ctrl+Enter follow it. */
gboolean    hearth_form_dialog_get_can_save  (HearthFormDialog *self);
void        hearth_form_dialog_set_can_save  (HearthFormDialog *self,
                                              gboolean          can_save);
/* Shows @message under the header, or hides the line for NULL. */
void        hearth_form_dialog_show_error    (HearthFormDialog *self,
                                              const char       *message);
/* The message shown, or NULL. */
const char *hearth_form_dialog_get_error     (HearthFormDialog *self);
/* Saves as the save button does: TRUE when it was saved (the dialog then
 * closes). */
gboolean    hearth_form_dialog_save          (HearthFormDialog *self);

G_END_DECLS
