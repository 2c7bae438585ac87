/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-reflection-case-dialog.h"
#include "hearth-reflection-entry-dialog.h"
#include "hearth-reflection-group.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-link.h"
#include "hearth-ui-utils.h"

/* The reflection on a case:
 *
 *   HearthReflectionGroup  ->  GtkListBox of linked entries
 *     ->  GtkFilterListModel (the entries of the case reflected on)
 *     ->  HearthQueryModel (supervision_case_links of the one-to-one)  ->  HearthStore
 */
struct _HearthReflectionGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  AdwActionRow        *case_row;
  GtkButton           *choose_button;
  GtkTextView         *reflection_view;
  GtkListBox          *entries_list;
  GtkButton           *link_button;

  /* owned */
  HearthStore         *store;
  HearthSupervision   *record;
  HearthQueryModel    *links;
  GtkFilterListModel  *entries;
  GtkCustomFilter     *filter;
};

G_DEFINE_FINAL_TYPE (HearthReflectionGroup, hearth_reflection_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_CHANGING,
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
editable (HearthReflectionGroup *self)
{
  return self->record != NULL && !hearth_supervision_get_locked (self->record);
}

static gint64
case_id (HearthReflectionGroup *self)
{
  return self->record != NULL ? hearth_supervision_get_reflection_case_id (self->record) : 0;
}

/* The entries of the case reflected on; the case's own link is the row
 * above them. */
static gboolean
entry_filter (gpointer item,
              gpointer user_data)
{
  HearthReflectionGroup *self = user_data;
  HearthSupervisionLink *link = item;

  return hearth_supervision_link_get_entry_id (link) > 0 &&
         hearth_supervision_link_get_case_id (link) == case_id (self);
}

static void
update (HearthReflectionGroup *self)
{
  gint64 id = case_id (self);
  gboolean can_edit = editable (self);

  if (id > 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->case_row),
                                     hearth_supervision_get_reflection_case_title (self->record));
      adw_action_row_set_subtitle (self->case_row, _("Open the case"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->case_row), _("No case chosen yet"));
      adw_action_row_set_subtitle (self->case_row,
                                   can_edit ? _("Choose one of their cases to reflect on") : "");
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->case_row), id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reflection.choose-case", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reflection.link-entries", can_edit && id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_button), can_edit);
  gtk_button_set_label (self->choose_button, id > 0 ? _("C_hange Case…") : _("C_hoose Case…"));
  gtk_widget_set_visible (GTK_WIDGET (self->link_button), can_edit && id > 0);
  gtk_text_view_set_editable (self->reflection_view, can_edit);

  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (GTK_WIDGET (self->entries_list),
                          self->entries != NULL &&
                          g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0);
}

static void
entries_changed_cb (HearthReflectionGroup *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->entries_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0);
}

static void
show_error (HearthReflectionGroup *self,
            const GError          *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static void
dialog_saved_cb (HearthReflectionGroup *self)
{
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
choose_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthReflectionGroup *self = HEARTH_REFLECTION_GROUP (widget);
  AdwDialog *dialog;

  if (!editable (self))
    return;
  g_signal_emit (self, signals[SIGNAL_CHANGING], 0);
  dialog = hearth_reflection_case_dialog_new (self->store, self->record);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
link_entries_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthReflectionGroup *self = HEARTH_REFLECTION_GROUP (widget);
  AdwDialog *dialog;

  if (!editable (self) || case_id (self) <= 0)
    return;
  g_signal_emit (self, signals[SIGNAL_CHANGING], 0);
  dialog = hearth_reflection_entry_dialog_new (self->store, self->record, G_LIST_MODEL (self->entries));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Opens the case at the entry (0: at the case itself), once what is typed
 * is saved. */
static void
show (HearthReflectionGroup *self,
      gint64                 shown_case_id,
      gint64                 entry_id)
{
  if (shown_case_id <= 0)
    return;
  g_signal_emit (self, signals[SIGNAL_CHANGING], 0);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-case-entry", "(xx)", shown_case_id,
                              entry_id);
}

static void
case_activated_cb (HearthReflectionGroup *self)
{
  show (self, case_id (self), 0);
}

static void
entry_activated_cb (HearthReflectionGroup *self,
                    GtkListBoxRow         *row)
{
  g_autoptr(HearthSupervisionLink) link = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (index < 0)
    return;
  link = g_list_model_get_item (G_LIST_MODEL (self->entries), (guint) index);
  if (link != NULL)
    show (self, hearth_supervision_link_get_case_id (link), hearth_supervision_link_get_entry_id (link));
}

static void
unlink_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthReflectionGroup *self = HEARTH_REFLECTION_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!editable (self))
    return;
  g_signal_emit (self, signals[SIGNAL_CHANGING], 0);
  if (!hearth_supervision_unlink (self->store, g_variant_get_int64 (parameter), &error))
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

/* A row per linked entry, built here: a reflection links a handful. */
static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  HearthReflectionGroup *self = user_data;
  HearthSupervisionLink *link = item;
  const char *summary = hearth_supervision_link_get_entry_summary (link);
  g_autofree char *day = hearth_format_day (hearth_supervision_link_get_entry_occurred_at (link));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open the case at this entry"));

  if (editable (self))
    {
      g_autofree char *name = NULL;
      GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

      /* Translators: %s is what a timeline entry says. */
      name = g_strdup_printf (_("Unlink “%s”"), summary);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Unlink"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "reflection.unlink");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                        hearth_supervision_link_get_id (link));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
hearth_reflection_group_dispose (GObject *object)
{
  HearthReflectionGroup *self = HEARTH_REFLECTION_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_REFLECTION_GROUP);
  g_clear_object (&self->entries);
  g_clear_object (&self->filter);
  g_clear_object (&self->links);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_reflection_group_parent_class)->dispose (object);
}

static void
hearth_reflection_group_class_init (HearthReflectionGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_reflection_group_dispose;

  /* Before the group changes the record: save what is typed. */
  signals[SIGNAL_CHANGING] = g_signal_new ("changing", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /* After it changed it: read it again. */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-reflection-group.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionGroup, case_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionGroup, choose_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionGroup, reflection_view);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionGroup, entries_list);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionGroup, link_button);
  gtk_widget_class_bind_template_callback (widget_class, case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "reflection.choose-case", NULL, choose_case_action);
  gtk_widget_class_install_action (widget_class, "reflection.link-entries", NULL, link_entries_action);
  gtk_widget_class_install_action (widget_class, "reflection.unlink", "x", unlink_action);
}

static void
hearth_reflection_group_init (HearthReflectionGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

void
hearth_reflection_group_set_store (HearthReflectionGroup *self,
                                   HearthStore           *store)
{
  g_return_if_fail (HEARTH_IS_REFLECTION_GROUP (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
hearth_reflection_group_set_record (HearthReflectionGroup *self,
                                    HearthSupervision     *record)
{
  gboolean was_editable;

  g_return_if_fail (HEARTH_IS_REFLECTION_GROUP (self));
  g_return_if_fail (HEARTH_IS_SUPERVISION (record));
  g_return_if_fail (self->store != NULL);

  was_editable = editable (self);
  if (self->links == NULL || self->record == NULL ||
      hearth_supervision_get_id (self->record) != hearth_supervision_get_id (record))
    {
      g_clear_object (&self->entries);
      g_clear_object (&self->links);
      self->links = hearth_supervision_link_list_new (self->store, hearth_supervision_get_id (record));
      if (self->filter == NULL)
        self->filter = gtk_custom_filter_new (entry_filter, self, NULL);
      self->entries = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->links)),
                                                 g_object_ref (GTK_FILTER (self->filter)));
      g_signal_connect_object (self->entries, "items-changed", G_CALLBACK (entries_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_set_object (&self->record, record);
      gtk_list_box_bind_model (self->entries_list, G_LIST_MODEL (self->entries), create_entry_row,
                               self, NULL);
    }
  else
    {
      g_set_object (&self->record, record);
      /* Locked since: the rows lose their Unlink buttons. */
      if (was_editable != editable (self))
        gtk_list_box_bind_model (self->entries_list, G_LIST_MODEL (self->entries), create_entry_row,
                                 self, NULL);
    }

  update (self);
}

GtkTextView *
hearth_reflection_group_get_text_view (HearthReflectionGroup *self)
{
  g_return_val_if_fail (HEARTH_IS_REFLECTION_GROUP (self), NULL);

  return self->reflection_view;
}
