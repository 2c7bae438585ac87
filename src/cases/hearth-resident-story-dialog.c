/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-resident-changes.h"
#include "hearth-resident-story-dialog.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

struct _HearthResidentStoryDialog
{
  AdwDialog         parent_instance;

  HearthStore      *store;
  gint64            resident_id;
  HearthQueryModel *entries;
  HearthQueryModel *cases;
  AdwToastOverlay  *overlay;
};

G_DEFINE_FINAL_TYPE (HearthResidentStoryDialog, hearth_resident_story_dialog, ADW_TYPE_DIALOG)

/* The title of the resident's case @case_id, or NULL. */
static HearthCase *
find_case (HearthResidentStoryDialog *self,
           gint64                     case_id)
{
  guint position = hearth_query_model_find_id (self->cases, case_id);

  if (position == G_MAXUINT)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->cases), position);
}

/* "Move into Case" offers the resident's open cases. */
static GMenuModel *
move_menu (HearthResidentStoryDialog *self,
           gint64                     entry_id)
{
  GMenu *menu = g_menu_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cases));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (G_LIST_MODEL (self->cases), i);
      g_autoptr(GMenuItem) menu_item = NULL;

      if (!hearth_case_get_is_open (item))
        continue;
      menu_item = g_menu_item_new (hearth_case_get_title (item), NULL);
      g_menu_item_set_action_and_target_value (menu_item, "story.move",
                                               g_variant_new ("(xx)", entry_id,
                                                              hearth_case_get_id (item)));
      g_menu_append_item (menu, menu_item);
    }
  return G_MENU_MODEL (menu);
}

static void
setup_cb (GtkSignalListItemFactory  *factory,
          GtkListItem               *list_item,
          HearthResidentStoryDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *move = gtk_menu_button_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_add_css_class (icon, "hearth-kind-icon");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_wrap (GTK_LABEL (where), TRUE);
  gtk_widget_add_css_class (where, "caption-heading");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (move), _("Move into Case"));
  gtk_widget_set_valign (move, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (move, _("This note was written before a case was opened"));

  gtk_box_append (GTK_BOX (text), meta);
  gtk_box_append (GTK_BOX (text), summary);
  gtk_box_append (GTK_BOX (text), where);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), move);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);

  g_object_set_data (G_OBJECT (list_item), "icon", icon);
  g_object_set_data (G_OBJECT (list_item), "meta", meta);
  g_object_set_data (G_OBJECT (list_item), "summary", summary);
  g_object_set_data (G_OBJECT (list_item), "where", where);
  g_object_set_data (G_OBJECT (list_item), "move", move);
}

static void
fill_row (GtkListItem               *list_item,
          HearthResidentStoryDialog *self)
{
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);
  g_autoptr(HearthCase) item = NULL;
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  const char *author;
  gint64 case_id;
  GtkWidget *move;

  if (entry == NULL)
    return;

  case_id = hearth_timeline_entry_get_case_id (entry);
  author = hearth_timeline_entry_get_author_name (entry);
  when = hearth_format_time (hearth_timeline_entry_get_occurred_at (entry));
  meta = g_strjoin (" · ", hearth_timeline_entry_get_kind_label (entry), when,
                    *author != '\0' ? author : NULL, NULL);

  if (case_id > 0 && (item = find_case (self, case_id)) != NULL)
    /* Translators: which case a timeline entry belongs to. */
    where = g_strdup_printf (_("Case: %s"), hearth_case_get_title (item));
  else
    where = g_strdup (_("Not in a case yet"));

  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (list_item), "icon"),
                                hearth_timeline_entry_get_icon_name (entry));
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "meta"), meta);
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "summary"),
                       hearth_timeline_entry_get_summary (entry));
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "where"), where);

  move = g_object_get_data (G_OBJECT (list_item), "move");
  gtk_widget_set_visible (move, case_id == 0);
  if (case_id == 0)
    {
      menu = move_menu (self, hearth_timeline_entry_get_id (entry));
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (move), menu);
      gtk_widget_set_sensitive (move, g_menu_model_get_n_items (menu) > 0);
      if (g_menu_model_get_n_items (menu) == 0)
        gtk_widget_set_tooltip_text (move, _("Open a case for this resident to move the note into it"));
    }

  gtk_list_item_set_accessible_label (list_item, hearth_timeline_entry_get_summary (entry));
}

static void
entry_changed_cb (GtkListItem *list_item)
{
  fill_row (list_item, g_object_get_data (G_OBJECT (list_item), "dialog"));
}

/* A note moved into a case stays the same item: the row follows it. */
static void
bind_cb (GtkSignalListItemFactory  *factory,
         GtkListItem               *list_item,
         HearthResidentStoryDialog *self)
{
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "dialog", self);
  fill_row (list_item, self);
  if (entry != NULL)
    g_signal_connect_object (entry, "notify", G_CALLBACK (entry_changed_cb), list_item,
                             G_CONNECT_SWAPPED);
}

static void
unbind_cb (GtkSignalListItemFactory  *factory,
           GtkListItem               *list_item,
           HearthResidentStoryDialog *self)
{
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);

  if (entry != NULL)
    g_signal_handlers_disconnect_by_func (entry, entry_changed_cb, list_item);
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
    adw_toast_overlay_add_toast (self->overlay, adw_toast_new (_("Note moved into the case")));
  else
    adw_toast_overlay_add_toast (self->overlay, adw_toast_new (error->message));
}

static void
hearth_resident_story_dialog_dispose (GObject *object)
{
  HearthResidentStoryDialog *self = HEARTH_RESIDENT_STORY_DIALOG (object);

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

  gtk_widget_class_install_action (widget_class, "story.move", "(xx)", move_action);
}

static void
hearth_resident_story_dialog_init (HearthResidentStoryDialog *self)
{
}

static void
build (HearthResidentStoryDialog *self,
       const char                *name)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  /* A grid of one column builds only the rows on screen: a list view would
   * build two hundred for a long story (see hearth-timeline-view.c). */
  GtkWidget *list = gtk_grid_view_new (NULL, NULL);
  GtkWidget *empty = adw_status_page_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *title = NULL;

  /* Translators: %s is a resident's name: all their cases and notes. */
  title = g_strdup_printf (_("%s’s Whole Story"), name);
  adw_dialog_set_title (ADW_DIALOG (self), title);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  gtk_grid_view_set_factory (GTK_GRID_VIEW (list), factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_grid_view_set_model (GTK_GRID_VIEW (list), GTK_SELECTION_MODEL (selection));
  gtk_grid_view_set_max_columns (GTK_GRID_VIEW (list), 1);
  gtk_grid_view_set_tab_behavior (GTK_GRID_VIEW (list), GTK_LIST_TAB_ITEM);
  gtk_widget_add_css_class (list, "hearth-story");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-address-book-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Written Yet"));
  gtk_stack_add_named (GTK_STACK (stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (stack), empty, "empty");
  hearth_bind_empty_state (GTK_STACK (stack), G_LIST_MODEL (self->entries));

  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->overlay, stack);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), GTK_WIDGET (self->overlay));
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 640);
  adw_dialog_set_content_height (ADW_DIALOG (self), 720);
}

AdwDialog *
hearth_resident_story_dialog_new (HearthStore *store,
                                  gint64       resident_id)
{
  HearthResidentStoryDialog *self;
  g_auto(HearthResidentDetails) details = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_RESIDENT_STORY_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->resident_id = resident_id;

  self->cases = hearth_case_query_new (store);
  hearth_query_model_set_param (self->cases, ":resident_id", g_variant_new_int64 (resident_id));

  self->entries = hearth_timeline_entry_query_new_for_resident (store);
  hearth_query_model_set_sort (self->entries, "newest");
  hearth_query_model_set_param (self->entries, ":resident_id", g_variant_new_int64 (resident_id));

  /* The rows name cases; when a case is renamed or a note moves, they follow. */
  g_signal_connect_object (self->cases, "items-changed", G_CALLBACK (hearth_query_model_refresh),
                           self->entries, G_CONNECT_SWAPPED);

  if (hearth_resident_load (store, resident_id, &details, NULL, NULL, NULL))
    build (self, *details.preferred_name != '\0' ? details.preferred_name : details.name);
  else
    build (self, _("The resident"));
  return ADW_DIALOG (self);
}
