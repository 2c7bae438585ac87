/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-case-list-page.h"
#include "hearth-case-view.h"
#include "hearth-query-model.h"
#include "hearth-search-text.h"
#include "hearth-ui-utils.h"

/* What the filter drop-down offers, in its order. */
typedef enum {
  FILTER_OPEN,
  FILTER_MINE,
  FILTER_FOLLOW_UP,
  FILTER_CLOSED,
  FILTER_ALL,
} CaseFilter;

static const char *const sorts[] = { "activity", "name", "opened" };

struct _HearthCaseListPage
{
  AdwBin               parent_instance;

  /* template children */
  AdwNavigationSplitView *split_view;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *filter_dropdown;
  GtkDropDown         *sort_dropdown;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;
  HearthCaseView      *case_view;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *cases;
  GtkSingleSelection  *selection;
};

G_DEFINE_FINAL_TYPE (HearthCaseListPage, hearth_case_list_page, ADW_TYPE_BIN)

static void
update_empty_page (HearthCaseListPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean filtered = (text != NULL && *text != '\0') ||
                      gtk_drop_down_get_selected (self->filter_dropdown) != FILTER_OPEN;

  if (filtered)
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Cases"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try other words, or show all cases."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Cases Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("A case holds the whole story of a resident: start one "
                                         "when you first talk with someone about what matters "
                                         "to them."));
    }
}

/* Turns the page's controls into the list's query parameters, in one reload. */
static void
apply_filters (HearthCaseListPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *fts = hearth_search_text_to_fts (text);
  CaseFilter filter = gtk_drop_down_get_selected (self->filter_dropdown);
  gint64 actor;

  if (self->cases == NULL)
    return;

  actor = hearth_store_get_actor (self->store);

  hearth_query_model_freeze (self->cases);
  hearth_query_model_set_param (self->cases, ":search", fts ? g_variant_new_string (fts) : NULL);
  hearth_query_model_set_param (self->cases, ":status",
                                filter == FILTER_OPEN || filter == FILTER_FOLLOW_UP ||
                                filter == FILTER_MINE ? g_variant_new_string ("open") :
                                filter == FILTER_CLOSED ? g_variant_new_string ("closed") : NULL);
  hearth_query_model_set_param (self->cases, ":mine",
                                filter == FILTER_MINE ? g_variant_new_int64 (actor) : NULL);
  hearth_query_model_set_param (self->cases, ":follow_up",
                                filter == FILTER_FOLLOW_UP ? g_variant_new_boolean (TRUE) : NULL);
  hearth_query_model_thaw (self->cases);

  update_empty_page (self);
}

static void
search_changed_cb (HearthCaseListPage *self)
{
  apply_filters (self);
}

static void
search_activate_cb (HearthCaseListPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->cases)) > 0)
    hearth_case_list_page_open_case (self, 0);
}

static void
filter_changed_cb (HearthCaseListPage *self)
{
  apply_filters (self);
}

static void
sort_changed_cb (HearthCaseListPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->cases != NULL && selected < G_N_ELEMENTS (sorts))
    hearth_query_model_set_sort (self->cases, sorts[selected]);
}

static void
case_activated_cb (HearthCaseListPage *self,
                   guint               position)
{
  hearth_case_list_page_open_case (self, position);
}

static void
hearth_case_list_page_dispose (GObject *object)
{
  HearthCaseListPage *self = HEARTH_CASE_LIST_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->cases);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_case_list_page_parent_class)->dispose (object);
}

static void
hearth_case_list_page_class_init (HearthCaseListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_list_page_dispose;

  g_type_ensure (HEARTH_TYPE_CASE);
  g_type_ensure (HEARTH_TYPE_CASE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, split_view);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, case_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, case_activated_cb);
}

static void
hearth_case_list_page_init (HearthCaseListPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/cases/hearth-case-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

void
hearth_case_list_page_set_store (HearthCaseListPage *self,
                                 HearthStore        *store)
{
  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->cases = hearth_case_query_new (store);
  apply_filters (self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->cases)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  hearth_case_view_set_store (self->case_view, store);
  hearth_bind_empty_state (self->list_stack, G_LIST_MODEL (self->cases));
}

void
hearth_case_list_page_focus_search (HearthCaseListPage *self)
{
  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
hearth_case_list_page_open_case (HearthCaseListPage *self,
                                 guint               position)
{
  g_autoptr(HearthCase) item = NULL;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->cases == NULL)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->cases), position);
  if (item == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  hearth_case_view_set_case (self->case_view, item);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

void
hearth_case_list_page_show_case (HearthCaseListPage *self,
                                 gint64              case_id)
{
  guint position;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->cases == NULL)
    return;

  position = hearth_query_model_find_id (self->cases, case_id);
  if (position == G_MAXUINT)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->filter_dropdown, FILTER_ALL);
      apply_filters (self);
      position = hearth_query_model_find_id (self->cases, case_id);
    }
  if (position != G_MAXUINT)
    hearth_case_list_page_open_case (self, position);
}

GListModel *
hearth_case_list_page_get_model (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return G_LIST_MODEL (self->cases);
}

HearthCaseView *
hearth_case_list_page_get_case_view (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return self->case_view;
}
