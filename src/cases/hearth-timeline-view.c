/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application.h"
#include "hearth-entry-composer.h"
#include "hearth-entry-edit-dialog.h"
#include "hearth-entry-row.h"
#include "hearth-query-model.h"
#include "hearth-search-text.h"
#include "hearth-staff-member.h"
#include "hearth-summary-dialog.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

/* The story of one case, grouped by day:
 *
 *   HearthTimelineView  ->  GtkGridView of one column (HearthEntryRow)
 *     ->  GtkNoSelection
 *     ->  HearthQueryModel (timeline_entries of :case_id)  ->  HearthStore
 *
 * A grid of one column, not a GtkListView: a list view builds and measures
 * two hundred rows whatever its height, which takes a third of a second
 * with these rows, and a grid view only those on screen and a few more.
 * The day headings are the first row of each day showing its day (grid
 * views have no section headers).
 *
 * Which rows are open is kept here by entry id, since rows are recycled as
 * they scroll.
 */
struct _HearthTimelineView
{
  AdwBin             parent_instance;

  /* template widgets */
  GtkWidget           *content;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *author_dropdown;
  GtkToggleButton     *order_button;
  GtkToggleButton     *filters_toggle;
  GtkImage            *filters_toggle_icon;
  GtkLabel            *filters_label;
  GtkStack            *stack;
  GtkGridView         *grid_view;
  AdwStatusPage       *empty_page;
  HearthEntryComposer *composer;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *entries;
  HearthQueryModel    *authors;
  GArray              *author_ids;   /* gint64, parallel to the author drop-down */
  GHashTable          *expanded;     /* entry ids (gint64 *) of open rows */
  GHashTable          *bound_rows;   /* entry id (gint64 *) -> HearthEntryRow, borrowed */
  GHashTable          *bound_items;  /* GtkListItem of every bound row, borrowed */
  gint64               case_id;
  gboolean             updating_authors;
  gboolean             authors_loaded;  /* the case's, since the list was opened */
  guint                scroll_tick;
  guint                scroll_frames;
  guint                scroll_stable;
  double               scroll_upper;
  gint64               entry_to_show;  /* hearth_timeline_view_show_entry()'s, till it has the focus */
};

G_DEFINE_FINAL_TYPE (HearthTimelineView, hearth_timeline_view, ADW_TYPE_BIN)

static void list_mapped_cb (HearthTimelineView *self);

/* The kind drop-down: everything, a narrowing, then each kind. */
enum {
  KIND_ALL,
  KIND_OUTCOMES,
  KIND_FIRST,
};

static const char * const all_kinds[] = {
  "conversation", "home-visit", "phone-call", "message", "agreement", "action", "spend",
  "expertise", "money-outcome", "note", "case-opened", "case-closed",
};

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gboolean
is_filtered (HearthTimelineView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') ||
         gtk_drop_down_get_selected (self->kind_dropdown) != KIND_ALL ||
         gtk_drop_down_get_selected (self->author_dropdown) != 0;
}

static void
update_empty_page (HearthTimelineView *self)
{
  if (is_filtered (self))
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Entries"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try other words, or show every kind of entry by "
                                         "anyone."));
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing Logged Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Conversations, visits and what you agreed appear "
                                         "here as you log them."));
      adw_status_page_set_icon_name (self->empty_page, "document-edit-symbolic");
    }
}

static void
apply_filters (HearthTimelineView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *fts = hearth_search_text_to_fts (text);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint author = gtk_drop_down_get_selected (self->author_dropdown);

  if (self->entries == NULL)
    return;

  hearth_query_model_freeze (self->entries);
  hearth_timeline_entry_list_set_search (self->entries, fts);
  hearth_timeline_entry_list_set_outcomes_only (self->entries, kind == KIND_OUTCOMES);
  hearth_timeline_entry_list_set_kind (self->entries,
                                       kind >= KIND_FIRST &&
                                       kind - KIND_FIRST < G_N_ELEMENTS (all_kinds)
                                         ? all_kinds[kind - KIND_FIRST] : NULL);
  hearth_timeline_entry_list_set_author (self->entries,
                                         author > 0 && author < self->author_ids->len
                                         ? g_array_index (self->author_ids, gint64, author) : 0);
  hearth_query_model_thaw (self->entries);
  update_empty_page (self);
}

/* Folded on a phone, the filters' button shows when any of them is not
 * as a case opens, so that nobody takes a filtered timeline for the whole. */
static void
update_filters_toggle (HearthTimelineView *self)
{
  gboolean on = gtk_drop_down_get_selected (self->kind_dropdown) != KIND_ALL ||
                gtk_drop_down_get_selected (self->author_dropdown) != 0 ||
                gtk_toggle_button_get_active (self->order_button);

  if (on)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->filters_label), "accent");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->filters_toggle),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Filters are on"),
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filters_label), "accent");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->filters_toggle),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
filters_toggled_cb (HearthTimelineView *self)
{
  gboolean open = gtk_toggle_button_get_active (self->filters_toggle);

  gtk_image_set_from_icon_name (self->filters_toggle_icon,
                                open ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filters_toggle),
                               open ? _("Hide Filters") : _("Show Filters"));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->filters_toggle),
                               GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
}

static void
filters_changed_cb (HearthTimelineView *self)
{
  update_filters_toggle (self);
  if (!self->updating_authors)
    apply_filters (self);
}

static void
order_toggled_cb (HearthTimelineView *self,
                  GtkToggleButton    *button)
{
  gboolean oldest = gtk_toggle_button_get_active (button);

  gtk_button_set_icon_name (GTK_BUTTON (button),
                            oldest ? "view-sort-ascending-symbolic" : "view-sort-descending-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), oldest ? _("Oldest First") : _("Newest First"));
  update_filters_toggle (self);
  if (self->entries != NULL)
    hearth_query_model_set_sort (self->entries, oldest ? "oldest" : "newest");
}

/* The people who have written on this case, for the author drop-down; the
 * one chosen stays chosen while they are still there. */
static void
update_authors (HearthTimelineView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->author_dropdown);
  gint64 chosen = selected > 0 && selected < self->author_ids->len
                  ? g_array_index (self->author_ids, gint64, selected) : 0;
  guint n = self->authors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->authors)) : 0;
  guint new_selected = 0;
  gint64 none = 0;

  g_array_set_size (self->author_ids, 0);
  g_array_append_val (self->author_ids, none);
  gtk_string_list_append (names, _("Anyone"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthStaffMember) staff = g_list_model_get_item (G_LIST_MODEL (self->authors), i);
      gint64 id = hearth_staff_member_get_id (staff);

      g_array_append_val (self->author_ids, id);
      gtk_string_list_append (names, hearth_staff_member_get_name (staff));
      if (id == chosen)
        new_selected = i + 1;
    }

  self->updating_authors = TRUE;
  gtk_drop_down_set_model (self->author_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->author_dropdown, new_selected);
  self->updating_authors = FALSE;

  if (new_selected != selected)
    apply_filters (self);
}

static void
load_authors (HearthTimelineView *self)
{
  if (self->authors == NULL || self->authors_loaded)
    return;

  self->authors_loaded = TRUE;
  hearth_staff_member_list_set_case_author (self->authors, self->case_id);
}

/* --- Rows ----------------------------------------------------------------- */

static void
row_expanded_cb (HearthTimelineView *self,
                 GParamSpec         *pspec,
                 HearthEntryRow     *row)
{
  HearthTimelineEntry *entry = hearth_entry_row_get_entry (row);
  gint64 id;

  if (entry == NULL)
    return;

  id = hearth_timeline_entry_get_id (entry);
  if (hearth_entry_row_get_expanded (row))
    g_hash_table_add (self->expanded, id_key (id));
  else
    g_hash_table_remove (self->expanded, &id);
}

/* The local calendar day of @unix_time, as a number (20261130). */
static int
day_of (gint64 unix_time)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_time);

  if (local == NULL)
    return 0;
  return g_date_time_get_year (local) * 10000 + g_date_time_get_month (local) * 100 +
         g_date_time_get_day_of_month (local);
}

/* The first row of each day, either way round, shows the day above it. */
static void
update_heading (HearthTimelineView *self,
                GtkListItem        *list_item)
{
  HearthEntryRow *row = HEARTH_ENTRY_ROW (gtk_list_item_get_child (list_item));
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(HearthTimelineEntry) before = NULL;
  g_autofree char *day = NULL;
  gint64 occurred_at;

  if (entry == NULL || position == GTK_INVALID_LIST_POSITION)
    {
      hearth_entry_row_set_heading (row, NULL);
      return;
    }

  occurred_at = hearth_timeline_entry_get_occurred_at (entry);
  if (position > 0)
    before = g_list_model_get_item (G_LIST_MODEL (self->entries), position - 1);
  if (before == NULL || day_of (hearth_timeline_entry_get_occurred_at (before)) != day_of (occurred_at))
    day = hearth_format_day (occurred_at);
  hearth_entry_row_set_heading (row, day);
}

/* A row moved, or rows before it came or went: its heading may change. */
static void
update_headings (HearthTimelineView *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_heading (self, list_item);
}

static void
position_changed_cb (GtkListItem        *list_item,
                     GParamSpec         *pspec,
                     HearthTimelineView *self)
{
  if (g_hash_table_contains (self->bound_items, list_item))
    update_heading (self, list_item);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              HearthTimelineView       *self)
{
  GtkWidget *row = hearth_entry_row_new (self->store);

  gtk_list_item_set_child (list_item, row);
  gtk_list_item_set_activatable (list_item, TRUE);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list_item, "notify::position", G_CALLBACK (position_changed_cb),
                           self, 0);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             HearthTimelineView       *self)
{
  HearthEntryRow *row = HEARTH_ENTRY_ROW (gtk_list_item_get_child (list_item));
  HearthTimelineEntry *entry = gtk_list_item_get_item (list_item);
  gint64 id = hearth_timeline_entry_get_id (entry);

  /* Open or closed as it was left, before the entry is shown. */
  g_signal_handlers_block_by_func (row, row_expanded_cb, self);
  hearth_entry_row_set_expanded (row, g_hash_table_contains (self->expanded, &id));
  hearth_entry_row_set_entry (row, entry);
  g_signal_handlers_unblock_by_func (row, row_expanded_cb, self);
  g_hash_table_insert (self->bound_rows, id_key (id), row);
  g_hash_table_add (self->bound_items, list_item);
  update_heading (self, list_item);
  /* List rows are named only by their content unless they are given a name. */
  gtk_list_item_set_accessible_label (list_item, hearth_timeline_entry_get_summary (entry));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               HearthTimelineView       *self)
{
  HearthEntryRow *row = HEARTH_ENTRY_ROW (gtk_list_item_get_child (list_item));
  HearthTimelineEntry *entry = hearth_entry_row_get_entry (row);

  g_hash_table_remove (self->bound_items, list_item);
  hearth_entry_row_set_heading (row, NULL);
  if (entry != NULL)
    {
      gint64 id = hearth_timeline_entry_get_id (entry);

      if (g_hash_table_lookup (self->bound_rows, &id) == row)
        g_hash_table_remove (self->bound_rows, &id);
    }
  g_signal_handlers_block_by_func (row, row_expanded_cb, self);
  hearth_entry_row_set_entry (row, NULL);
  hearth_entry_row_set_expanded (row, FALSE);
  g_signal_handlers_unblock_by_func (row, row_expanded_cb, self);
}

static void
row_activated_cb (HearthTimelineView *self,
                  guint               position)
{
  g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  HearthEntryRow *row;
  gint64 id;

  if (entry == NULL)
    return;

  id = hearth_timeline_entry_get_id (entry);
  row = g_hash_table_lookup (self->bound_rows, &id);
  if (row != NULL)
    hearth_entry_row_set_expanded (row, !hearth_entry_row_get_expanded (row));
  else if (!g_hash_table_remove (self->expanded, &id))
    g_hash_table_add (self->expanded, id_key (id));
}

/* --- Actions --------------------------------------------------------------- */

static void
show_toast (HearthTimelineView *self,
            AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* The entry a callback acts on, when it runs after the action that asked
 * for it: the answer to "Delete This Entry?", the undo of a deletion. */
typedef struct
{
  HearthTimelineView *self;   /* watched: the callback never runs past it */
  gint64              entry_id;
} EntryCallback;

static void
entry_callback_free (gpointer  data,
                     GClosure *closure)
{
  g_free (data);
}

/* Connects @callback to @signal of @instance with an EntryCallback as its
 * last argument. */
static void
connect_for_entry (gpointer            instance,
                   const char         *signal,
                   GCallback           callback,
                   HearthTimelineView *self,
                   gint64              entry_id)
{
  EntryCallback *data = g_new (EntryCallback, 1);
  GClosure *closure;

  *data = (EntryCallback) { self, entry_id };
  closure = g_cclosure_new (callback, data, entry_callback_free);
  g_object_watch_closure (G_OBJECT (self), closure);
  g_signal_connect_closure (instance, signal, closure, FALSE);
}

static void
undo_delete_cb (AdwToast      *toast,
                EntryCallback *data)
{
  HearthTimelineView *self = data->self;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!hearth_timeline_restore_entry (self->store, data->entry_id, &error))
    show_toast (self, adw_toast_new (error->message));
}

static void
delete_entry (HearthTimelineView *self,
              gint64              id)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!hearth_timeline_delete_entry (self->store, id, &error))
    {
      show_toast (self, adw_toast_new (error->message));
      return;
    }

  g_hash_table_remove (self->expanded, &id);
  toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  connect_for_entry (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, id);
  show_toast (self, toast);
}

static void
delete_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    EntryCallback  *data)
{
  if (g_str_equal (response, "delete") && data->self->store != NULL)
    delete_entry (data->self, data->entry_id);
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (_("Delete This Entry?"),
                                 _("It leaves the timeline. You can undo this straight away, and "
                                   "the deletion is recorded with your name."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  connect_for_entry (dialog, "response", G_CALLBACK (delete_response_cb), self,
                     g_variant_get_int64 (parameter));
  adw_dialog_present (dialog, widget);
}

/* What was agreed, written to the resident, to send or print. */
static void
agreement_summary_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);
  GApplication *app = g_application_get_default ();
  g_autofree char *contact = NULL;

  if (HEARTH_IS_APPLICATION (app))
    contact = g_settings_get_string (hearth_application_get_settings (HEARTH_APPLICATION (app)),
                                     "team-contact");
  adw_dialog_present (hearth_summary_dialog_new_agreement (self->store, g_variant_get_int64 (parameter),
                                                          contact),
                      widget);
}

/* The version it replaces is kept in the entry's history. */
static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);
  guint position = hearth_query_model_find_id (self->entries, g_variant_get_int64 (parameter));
  g_autoptr(HearthTimelineEntry) entry = NULL;

  if (position == G_MAXUINT)
    return;
  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  adw_dialog_present (hearth_entry_edit_dialog_new (self->store, entry), widget);
}

static void
toggle_order_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);

  gtk_toggle_button_set_active (self->order_button,
                                !gtk_toggle_button_get_active (self->order_button));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
compose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hearth_entry_composer_focus (HEARTH_TIMELINE_VIEW (widget)->composer);
}

/* --- Class ----------------------------------------------------------------- */

static void
hearth_timeline_view_dispose (GObject *object)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (object);

  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_data (self->entries, self);
  if (self->authors != NULL)
    g_signal_handlers_disconnect_by_data (self->authors, self);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->grid_view), self->scroll_tick);
  self->scroll_tick = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_TIMELINE_VIEW);

  g_clear_object (&self->entries);
  g_clear_object (&self->authors);
  g_clear_object (&self->store);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->author_ids, g_array_unref);

  G_OBJECT_CLASS (hearth_timeline_view_parent_class)->dispose (object);
}

static void
hearth_timeline_view_class_init (HearthTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_timeline_view_dispose;

  g_type_ensure (HEARTH_TYPE_ENTRY_COMPOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, content);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, author_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, order_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, filters_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, filters_toggle_icon);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, filters_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, grid_view);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, composer);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, order_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "timeline.delete-entry", "x", delete_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit-entry", "x", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.agreement-summary", "x", agreement_summary_action);
  gtk_widget_class_install_action (widget_class, "timeline.toggle-order", NULL, toggle_order_action);
  gtk_widget_class_install_action (widget_class, "timeline.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.search", NULL);
  gtk_widget_class_install_action (widget_class, "timeline.compose", NULL, compose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "timeline.compose", NULL);
}

static void
hearth_timeline_view_init (HearthTimelineView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->case_id = -1;
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->bound_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->bound_items = g_hash_table_new (NULL, NULL);
  self->author_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* "Agreements and outcomes" beside a name is wider than a phone. */
  hearth_drop_down_shorten (self->kind_dropdown);
  hearth_drop_down_shorten (self->author_dropdown);
  /* The composer below the list keeps its room in a short window. */
  hearth_size_to_content (ADW_BIN (self), self->content);

  gtk_string_list_append (kinds, C_("timeline filter", "Everything"));
  gtk_string_list_append (kinds, C_("timeline filter", "Agreements and outcomes"));
  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    gtk_string_list_append (kinds, hearth_timeline_entry_kind_label (all_kinds[i]));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  update_authors (self);
  update_empty_page (self);
  g_signal_connect_object (self->grid_view, "map", G_CALLBACK (list_mapped_cb), self,
                           G_CONNECT_SWAPPED);
}

void
hearth_timeline_view_set_store (HearthTimelineView *self,
                                HearthStore        *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  hearth_entry_composer_set_store (self->composer, store);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_grid_view_set_factory (self->grid_view, factory);

  /* The list starts on no case at all and follows the case shown. */
  self->entries = hearth_timeline_entry_query_new (store);
  hearth_timeline_entry_list_set_case (self->entries, self->case_id);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_grid_view_set_model (self->grid_view, GTK_SELECTION_MODEL (selection));
  /* After the grid has moved its rows: the rows around a change may start
   * or stop starting a day without moving. */
  g_signal_connect_object (selection, "items-changed", G_CALLBACK (update_headings), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->entries));

  /* Who has written on the case, read when the list is first opened (on
   * a long case that means reading every entry); it follows the timeline. */
  self->authors = hearth_staff_member_query_new_case_authors (store);
  hearth_staff_member_list_set_case_author (self->authors, -1);
  g_signal_connect_object (self->authors, "items-changed", G_CALLBACK (update_authors), self,
                           G_CONNECT_SWAPPED);
  update_authors (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->author_dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      g_signal_connect_object (child, "show", G_CALLBACK (load_authors), self, G_CONNECT_SWAPPED);
}

static gboolean
scroll_to_top_cb (GtkWidget     *grid_view,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  HearthTimelineView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid_view));
  double upper = gtk_adjustment_get_upper (adjustment);

  /* Frames count only once the list is on screen and its rows are
   * measured: a narrow window shows the case some frames after choosing it,
   * and a heading's height is known only when it is laid out. A second at
   * most, so that a busy list is not held at the top. */
  if (++self->scroll_frames > 60)
    goto done;
  if (!gtk_widget_get_mapped (grid_view) || gtk_widget_get_height (grid_view) == 0)
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (adjustment, 0);
  if (upper != self->scroll_upper)
    {
      self->scroll_upper = upper;
      self->scroll_stable = 0;
      return G_SOURCE_CONTINUE;
    }
  if (++self->scroll_stable < 3)
    return G_SOURCE_CONTINUE;

done:
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_top (HearthTimelineView *self)
{
  self->scroll_frames = 0;
  self->scroll_stable = 0;
  self->scroll_upper = -1;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->grid_view),
                                                      scroll_to_top_cb, self, NULL);
}

/* Shown again (a narrow window going back and forth): still at the top if
 * it was near it, heading included. */
static void
list_mapped_cb (HearthTimelineView *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->grid_view));

  if (gtk_adjustment_get_value (adjustment) < 100)
    scroll_to_top (self);
}

void
hearth_timeline_view_set_case_id (HearthTimelineView *self,
                                  gint64              case_id)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  g_hash_table_remove_all (self->expanded);
  hearth_entry_composer_set_case (self->composer, case_id);

  /* Another case starts from its whole story, not this one's filters. */
  self->updating_authors = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, KIND_ALL);
  gtk_drop_down_set_selected (self->author_dropdown, 0);
  self->updating_authors = FALSE;

  if (self->entries != NULL)
    {
      hearth_query_model_freeze (self->entries);
      hearth_timeline_entry_list_set_case (self->entries, case_id);
      apply_filters (self);
      hearth_query_model_thaw (self->entries);
      /* The new case's authors are read when the list of them is first
       * opened. */
      self->authors_loaded = FALSE;
      hearth_staff_member_list_set_case_author (self->authors, -1);
    }
  update_empty_page (self);

  /* Another case's story starts from the top, with the newest day's
   * heading. The list keeps its place by row, so it would keep the first
   * row at the top and the heading above it out of sight: once the rows
   * have been laid out, the view scrolls to the very top. */
  scroll_to_top (self);
}

gint64
hearth_timeline_view_get_case_id (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), -1);

  return self->case_id;
}

GListModel *
hearth_timeline_view_get_model (HearthTimelineView *self)
{
  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/* The entry's row has the focus once the case's entries are read and laid
 * out, and keeps it for a few frames: a page shown, or a dialog closing,
 * may move the focus in the meantime. Five seconds at most. */
static gboolean
show_entry_cb (GtkWidget     *grid_view,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  HearthTimelineView *self = user_data;
  guint position = hearth_query_model_find_id (self->entries, self->entry_to_show);
  GtkWidget *row = g_hash_table_lookup (self->bound_rows, &self->entry_to_show);
  GtkRoot *root = gtk_widget_get_root (grid_view);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (++self->scroll_frames > 300)
    goto done;
  if (position == G_MAXUINT || !gtk_widget_get_mapped (grid_view) ||
      gtk_widget_get_height (grid_view) == 0)
    return G_SOURCE_CONTINUE;

  if (row == NULL || focus == NULL || (focus != row && !gtk_widget_is_ancestor (row, focus)))
    {
      /* Scrolling makes it the grid's focus; the grid takes the window's
       * focus to its focus. */
      self->scroll_stable = 0;
      gtk_grid_view_scroll_to (GTK_GRID_VIEW (grid_view), position, GTK_LIST_SCROLL_FOCUS, NULL);
      gtk_widget_grab_focus (grid_view);
      return G_SOURCE_CONTINUE;
    }
  if (++self->scroll_stable < 3)
    return G_SOURCE_CONTINUE;

done:
  self->scroll_tick = 0;
  self->entry_to_show = 0;
  return G_SOURCE_REMOVE;
}

gboolean
hearth_timeline_view_show_entry (HearthTimelineView *self,
                                 gint64              entry_id)
{
  guint position;

  g_return_val_if_fail (HEARTH_IS_TIMELINE_VIEW (self), FALSE);

  if (self->entries == NULL || entry_id <= 0)
    return FALSE;

  position = hearth_query_model_find_id (self->entries, entry_id);
  if (position == G_MAXUINT && is_filtered (self))
    {
      self->updating_authors = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->kind_dropdown, KIND_ALL);
      gtk_drop_down_set_selected (self->author_dropdown, 0);
      self->updating_authors = FALSE;
      apply_filters (self);
      update_empty_page (self);
      position = hearth_query_model_find_id (self->entries, entry_id);
    }

  /* The entry, not the top of a case just opened; its rows may still be
   * on their way. */
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->grid_view), self->scroll_tick);
  self->entry_to_show = entry_id;
  self->scroll_frames = 0;
  self->scroll_stable = 0;
  if (position != G_MAXUINT)
    gtk_grid_view_scroll_to (self->grid_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->grid_view), show_entry_cb,
                                                    self, NULL);
  return TRUE;
}
