/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-query-model.h"
#include "hearth-timeline-entry.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

/* The story of one case, newest first:
 *
 *   HearthTimelineView  ->  GtkListView  ->  GtkNoSelection
 *     ->  HearthQueryModel (timeline_entries of :case_id)  ->  HearthStore
 */
struct _HearthTimelineView
{
  AdwBin            parent_instance;

  /* template children */
  GtkStack         *stack;
  GtkListView      *list_view;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *entries;
  gint64            case_id;
};

G_DEFINE_FINAL_TYPE (HearthTimelineView, hearth_timeline_view, ADW_TYPE_BIN)

static void
hearth_timeline_view_dispose (GObject *object)
{
  HearthTimelineView *self = HEARTH_TIMELINE_VIEW (object);

  g_clear_object (&self->entries);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_timeline_view_parent_class)->dispose (object);
}

static void
hearth_timeline_view_class_init (HearthTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_timeline_view_dispose;

  g_type_ensure (HEARTH_TYPE_TIMELINE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthTimelineView, list_view);
}

static void
hearth_timeline_view_init (HearthTimelineView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->case_id = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/cases/hearth-timeline-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

void
hearth_timeline_view_set_store (HearthTimelineView *self,
                                HearthStore        *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);

  /* The list starts on no case at all and follows the case shown. */
  self->entries = hearth_timeline_entry_query_new (store);
  hearth_query_model_set_param (self->entries, ":case_id", g_variant_new_int64 (self->case_id));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->entries));
}

void
hearth_timeline_view_set_case_id (HearthTimelineView *self,
                                  gint64              case_id)
{
  g_return_if_fail (HEARTH_IS_TIMELINE_VIEW (self));

  if (self->case_id == case_id)
    return;

  self->case_id = case_id;
  if (self->entries != NULL)
    hearth_query_model_set_param (self->entries, ":case_id", g_variant_new_int64 (case_id));
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
