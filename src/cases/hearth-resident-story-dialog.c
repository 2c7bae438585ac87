/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-resident-changes.h"
#include "hearth-resident-story-dialog.h"
#include "hearth-story-row.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

struct _HearthResidentStoryDialog
{
  AdwDialog         parent_instance;

  /* template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkGridView      *story_view;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *entries;
  HearthQueryModel *cases;
};

G_DEFINE_FINAL_TYPE (HearthResidentStoryDialog, hearth_resident_story_dialog, ADW_TYPE_DIALOG)

/* Each row shows its entry, and names its case from the dialog's list of
 * the resident's cases, which a row template could not reach. */
static void
setup_cb (HearthResidentStoryDialog *self,
          GtkListItem               *list_item)
{
  GtkWidget *row = hearth_story_row_new (self->cases);
  GtkExpression *item = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  GtkExpression *summary;

  gtk_list_item_set_child (list_item, row);
  gtk_list_item_set_activatable (list_item, FALSE);

  /* List rows are named only by their content unless they are given a name. */
  summary = gtk_property_expression_new (HEARTH_TYPE_TIMELINE_ENTRY, gtk_expression_ref (item), "summary");
  gtk_expression_bind (summary, list_item, "accessible-label", list_item);
  gtk_expression_bind (item, row, "entry", list_item);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthResidentStoryDialog *self = HEARTH_RESIDENT_STORY_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 entry_id, case_id;

  g_variant_get (parameter, "(xx)", &entry_id, &case_id);
  if (hearth_timeline_move_to_case (self->store, entry_id, case_id, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Note moved into the case")));
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
hearth_resident_story_dialog_dispose (GObject *object)
{
  HearthResidentStoryDialog *self = HEARTH_RESIDENT_STORY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RESIDENT_STORY_DIALOG);

  g_clear_object (&self->entries);
  g_clear_object (&self->cases);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_resident_story_dialog_parent_class)->dispose (object);
}

static void
hearth_resident_story_dialog_class_init (HearthResidentStoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_resident_story_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-resident-story-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthResidentStoryDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentStoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentStoryDialog, story_view);
  gtk_widget_class_bind_template_callback (widget_class, setup_cb);

  gtk_widget_class_install_action (widget_class, "story.move", "(xx)", move_action);
}

static void
hearth_resident_story_dialog_init (HearthResidentStoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_resident_story_dialog_new (HearthStore *store,
                                  gint64       resident_id)
{
  HearthResidentStoryDialog *self;
  g_auto(HearthResidentDetails) details = { 0 };
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_RESIDENT_STORY_DIALOG, NULL);
  self->store = g_object_ref (store);

  self->cases = hearth_case_query_new (store);
  hearth_case_list_set_resident (self->cases, resident_id);

  self->entries = hearth_timeline_entry_query_new_for_resident (store);
  hearth_query_model_set_sort (self->entries, "newest");
  hearth_timeline_entry_list_set_resident (self->entries, resident_id);

  if (hearth_resident_load (store, resident_id, &details, NULL, NULL, NULL))
    /* Translators: %s is a resident's name: all their cases and notes. */
    title = g_strdup_printf (_("%s’s Whole Story"),
                             *details.preferred_name != '\0' ? details.preferred_name : details.name);
  else
    title = g_strdup_printf (_("%s’s Whole Story"), _("The resident"));
  adw_dialog_set_title (ADW_DIALOG (self), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->story_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_grid_view_set_model (self->story_view, GTK_SELECTION_MODEL (selection));
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->entries));

  return ADW_DIALOG (self);
}
