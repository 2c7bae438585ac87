/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include "hearth-feedback-cycle.h"
#include "hearth-feedback-page.h"
#include "hearth-query-model.h"
#include "hearth-ui-utils.h"

struct _HearthFeedbackPage
{
  AdwBin            parent_instance;

  /* template children */
  GtkStack         *stack;
  GtkListView      *list_view;

  /* owned */
  HearthQueryModel *model;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackPage, hearth_feedback_page, ADW_TYPE_BIN)

static void
hearth_feedback_page_dispose (GObject *object)
{
  HearthFeedbackPage *self = HEARTH_FEEDBACK_PAGE (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (hearth_feedback_page_parent_class)->dispose (object);
}

static void
hearth_feedback_page_class_init (HearthFeedbackPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_page_dispose;

  g_type_ensure (HEARTH_TYPE_FEEDBACK_CYCLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackPage, list_view);
}

static void
hearth_feedback_page_init (HearthFeedbackPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/feedback/hearth-feedback-cycle-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

void
hearth_feedback_page_set_store (HearthFeedbackPage *self,
                               HearthStore *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (HEARTH_IS_FEEDBACK_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->model == NULL);

  self->model = hearth_feedback_cycle_query_new (store);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->model));
}

GListModel *
hearth_feedback_page_get_model (HearthFeedbackPage *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_PAGE (self), NULL);

  return G_LIST_MODEL (self->model);
}
