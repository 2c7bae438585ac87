/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-reflection-entry-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-link.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

/* The timeline of the case reflected on, to tick entries in:
 *
 *   HearthReflectionEntryDialog  ->  GtkListView (a check button a row)
 *     ->  GtkNoSelection
 *     ->  HearthQueryModel (timeline_entries of the case, newest first)  ->  HearthStore
 *
 * A list view, not a list box: a case's timeline can hold thousands of
 * entries, and a list view builds rows only for those on screen. Rows are
 * recycled as they scroll, so what is ticked is kept here by entry id.
 */
struct _HearthReflectionEntryDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  AdwPreferencesGroup *group;
  GtkListView         *list_view;

  /* owned */
  HearthStore         *store;
  HearthSupervision   *record;
  HearthQueryModel    *entries;
  GHashTable          *linked;    /* entry ids (gint64 *) linked already */
  GHashTable          *ticked;    /* entry ids (gint64 *) to link */
  GHashTable          *bound;     /* check button -> its GtkListItem, borrowed */
};

G_DEFINE_FINAL_TYPE (HearthReflectionEntryDialog, hearth_reflection_entry_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
check_toggled_cb (HearthReflectionEntryDialog *self,
                  GtkCheckButton              *check)
{
  GtkListItem *list_item = g_hash_table_lookup (self->bound, check);
  HearthTimelineEntry *entry = list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
  gint64 id;

  if (entry == NULL)
    return;
  id = hearth_timeline_entry_get_id (entry);
  if (g_hash_table_contains (self->linked, &id))
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->ticked, id_key (id));
  else
    g_hash_table_remove (self->ticked, &id);
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), g_hash_table_size (self->ticked) > 0);
}

static void
setup_row_cb (GtkSignalListItemFactory    *factory,
              GtkListItem                 *list_item,
              HearthReflectionEntryDialog *self)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *when = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (summary), 2);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (when), 0);
  gtk_label_set_wrap (GTK_LABEL (when), TRUE);
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "caption");
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), when);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, check);
}

static void
bind_row_cb (GtkSignalListItemFactory    *factory,
             GtkListItem                 *list_item,
             HearthReflectionEntryDialog *self)
{
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *check = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  GtkWidget *summary = gtk_widget_get_first_child (box);
  GtkWidget *when = gtk_widget_get_next_sibling (summary);
  gint64 id = hearth_timeline_entry_get_id (entry);
  gboolean linked = g_hash_table_contains (self->linked, &id);
  g_autofree char *day = hearth_format_day (hearth_timeline_entry_get_occurred_at (entry));
  g_autofree char *line = NULL;

  if (linked)
    /* Translators: a day, the kind of a timeline entry, and that it is linked. */
    line = g_strdup_printf (_("%s · %s · linked already"), day, hearth_timeline_entry_get_kind_label (entry));
  else
    /* Translators: a day and the kind of a timeline entry. */
    line = g_strdup_printf (_("%s · %s"), day, hearth_timeline_entry_get_kind_label (entry));

  gtk_label_set_text (GTK_LABEL (summary), hearth_timeline_entry_get_summary (entry));
  gtk_label_set_text (GTK_LABEL (when), line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_timeline_entry_get_summary (entry), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  line, -1);
  gtk_list_item_set_accessible_label (list_item, hearth_timeline_entry_get_summary (entry));
  g_hash_table_insert (self->bound, check, list_item);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               linked || g_hash_table_contains (self->ticked, &id));
  gtk_widget_set_sensitive (check, !linked);
}

static void
unbind_row_cb (GtkSignalListItemFactory    *factory,
               GtkListItem                 *list_item,
               HearthReflectionEntryDialog *self)
{
  g_hash_table_remove (self->bound, gtk_list_item_get_child (list_item));
}

/* Enter on a row ticks it or unticks it, as Space on its box does. */
static void
activate_cb (HearthReflectionEntryDialog *self,
             guint                        position)
{
  GHashTableIter iter;
  gpointer check, list_item;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &check, &list_item))
    if (gtk_list_item_get_position (list_item) == position)
      {
        if (gtk_widget_get_sensitive (check))
          gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
        return;
      }
}

static gboolean
hearth_reflection_entry_dialog_save (HearthFormDialog  *dialog,
                                     GError           **error)
{
  HearthReflectionEntryDialog *self = HEARTH_REFLECTION_ENTRY_DIALOG (dialog);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  /* In the order of the timeline, whichever order they were ticked in. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      gint64 id = hearth_timeline_entry_get_id (entry);

      if (g_hash_table_contains (self->ticked, &id) &&
          !hearth_supervision_link_entry (self->store, hearth_supervision_get_id (self->record), id,
                                          error))
        return FALSE;
    }
  return TRUE;
}

static void
hearth_reflection_entry_dialog_dispose (GObject *object)
{
  HearthReflectionEntryDialog *self = HEARTH_REFLECTION_ENTRY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_REFLECTION_ENTRY_DIALOG);
  g_clear_object (&self->entries);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  g_clear_pointer (&self->ticked, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_reflection_entry_dialog_parent_class)->dispose (object);
}

static void
hearth_reflection_entry_dialog_class_init (HearthReflectionEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_reflection_entry_dialog_dispose;
  form_class->save = hearth_reflection_entry_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-reflection-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionEntryDialog, group);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionEntryDialog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
hearth_reflection_entry_dialog_init (HearthReflectionEntryDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), FALSE);

  self->linked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->ticked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

AdwDialog *
hearth_reflection_entry_dialog_new (HearthStore       *store,
                                    HearthSupervision *record,
                                    GListModel        *linked)
{
  HearthReflectionEntryDialog *self;
  g_autoptr(GtkNoSelection) selection = NULL;
  guint n;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (record), NULL);
  g_return_val_if_fail (linked == NULL || G_IS_LIST_MODEL (linked), NULL);

  self = g_object_new (HEARTH_TYPE_REFLECTION_ENTRY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->record = g_object_ref (record);

  n = linked != NULL ? g_list_model_get_n_items (linked) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthSupervisionLink) link = g_list_model_get_item (linked, i);

      if (hearth_supervision_link_get_entry_id (link) > 0)
        g_hash_table_add (self->linked, id_key (hearth_supervision_link_get_entry_id (link)));
    }

  adw_preferences_group_set_description (self->group,
                                         hearth_supervision_get_reflection_case_title (record));
  self->entries = hearth_timeline_entry_query_new (store);
  hearth_timeline_entry_list_set_case (self->entries, hearth_supervision_get_reflection_case_id (record));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  return ADW_DIALOG (self);
}
