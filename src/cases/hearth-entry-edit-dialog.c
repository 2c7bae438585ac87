/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-entry-edit-dialog.h"
#include "hearth-timeline-changes.h"

struct _HearthEntryEditDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  GtkEntry            *summary_entry;
  GtkTextView         *body_view;

  /* owned */
  HearthStore         *store;
  HearthTimelineEntry *entry;
};

G_DEFINE_FINAL_TYPE (HearthEntryEditDialog, hearth_entry_edit_dialog, HEARTH_TYPE_FORM_DIALOG)

static char *
dup_body (HearthEntryEditDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The entry as it would be saved: the words from the form, the rest (the
 * kind's own fields) as they are. */
static void
fill_fields (HearthEntryEditDialog *self,
             HearthEntryFields     *fields,
             const char            *body)
{
  HearthTimelineEntry *entry = self->entry;

  hearth_entry_fields_init (fields);
  fields->summary = gtk_editable_get_text (GTK_EDITABLE (self->summary_entry));
  fields->body = body;
  fields->amount_pence = hearth_timeline_entry_get_amount_pence (entry);
  fields->spend_for = hearth_timeline_entry_get_spend_for (entry);
  fields->money_kind = hearth_timeline_entry_get_money_kind (entry);
  fields->expert_name = hearth_timeline_entry_get_expert_name (entry);
  fields->expert_from = hearth_timeline_entry_get_expert_from (entry);
}

/* Save is offered only for words that would save, and the line under the
 * header says what stands in the way. */
static void
validate (HearthEntryEditDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  HearthEntryFields fields;

  if (self->entry == NULL)
    return;

  body = dup_body (self);
  fill_fields (self, &fields, body);
  fields.kind = hearth_timeline_entry_get_kind (self->entry);
  fields.occurred_at = hearth_timeline_entry_get_occurred_at (self->entry);

  /* Checked against the entry's own time, which an edit keeps. */
  hearth_entry_fields_validate (&fields, G_MAXINT64 / 2, &error);
  hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error != NULL ? error->message : NULL);
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), error == NULL);
}

static gboolean
hearth_entry_edit_dialog_save (HearthFormDialog  *dialog,
                               GError           **error)
{
  HearthEntryEditDialog *self = HEARTH_ENTRY_EDIT_DIALOG (dialog);
  g_autofree char *body = dup_body (self);
  HearthEntryFields fields;

  /* No kind: an edit keeps it, and the entry's time. */
  fill_fields (self, &fields, body);
  return hearth_timeline_update_entry (self->store, hearth_timeline_entry_get_id (self->entry),
                                       &fields, error);
}

static void
hearth_entry_edit_dialog_dispose (GObject *object)
{
  HearthEntryEditDialog *self = HEARTH_ENTRY_EDIT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ENTRY_EDIT_DIALOG);

  g_clear_object (&self->entry);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_entry_edit_dialog_parent_class)->dispose (object);
}

static void
hearth_entry_edit_dialog_class_init (HearthEntryEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_entry_edit_dialog_dispose;
  form_class->save = hearth_entry_edit_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-entry-edit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthEntryEditDialog, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryEditDialog, body_view);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_entry_edit_dialog_init (HearthEntryEditDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_entry_set_max_length (self->summary_entry, HEARTH_ENTRY_SUMMARY_MAX);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
}

AdwDialog *
hearth_entry_edit_dialog_new (HearthStore         *store,
                              HearthTimelineEntry *entry)
{
  HearthEntryEditDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_TIMELINE_ENTRY (entry), NULL);

  self = g_object_new (HEARTH_TYPE_ENTRY_EDIT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->entry = g_object_ref (entry);
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), hearth_timeline_entry_get_summary (entry));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                            hearth_timeline_entry_get_body (entry), -1);
  validate (self);
  return ADW_DIALOG (self);
}
