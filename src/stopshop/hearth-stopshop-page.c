/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include "hearth-barrier.h"
#include "hearth-query-model.h"
#include "hearth-stopshop-page.h"
#include "hearth-stopshop-session.h"
#include "hearth-ui-utils.h"

struct _HearthStopShopPage
{
  AdwBin            parent_instance;

  /* template children */
  GtkStack         *stack;
  GtkListView      *sessions_view;
  GtkListView      *barriers_view;

  /* owned */
  HearthQueryModel *sessions;
  HearthQueryModel *barriers;
};

G_DEFINE_FINAL_TYPE (HearthStopShopPage, hearth_stopshop_page, ADW_TYPE_BIN)

static void
hearth_stopshop_page_dispose (GObject *object)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (object);

  g_clear_object (&self->sessions);
  g_clear_object (&self->barriers);

  G_OBJECT_CLASS (hearth_stopshop_page_parent_class)->dispose (object);
}

static void
hearth_stopshop_page_class_init (HearthStopShopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_stopshop_page_dispose;

  g_type_ensure (HEARTH_TYPE_BARRIER);
  g_type_ensure (HEARTH_TYPE_STOPSHOP_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-stopshop-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, barriers_view);
}

static void
hearth_stopshop_page_init (HearthStopShopPage *self)
{
  g_autoptr(GtkListItemFactory) session_factory = NULL;
  g_autoptr(GtkListItemFactory) barrier_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  session_factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/stopshop/hearth-stopshop-session-row.ui");
  gtk_list_view_set_factory (self->sessions_view, session_factory);
  barrier_factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/stopshop/hearth-barrier-row.ui");
  gtk_list_view_set_factory (self->barriers_view, barrier_factory);
}

void
hearth_stopshop_page_set_store (HearthStopShopPage *self,
                                HearthStore        *store)
{
  g_autoptr(GtkNoSelection) sessions = NULL;
  g_autoptr(GtkNoSelection) barriers = NULL;

  g_return_if_fail (HEARTH_IS_STOPSHOP_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->sessions == NULL);

  self->sessions = hearth_stopshop_session_query_new (store);
  sessions = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sessions)));
  gtk_list_view_set_model (self->sessions_view, GTK_SELECTION_MODEL (sessions));

  self->barriers = hearth_barrier_query_new (store);
  barriers = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->barriers)));
  gtk_list_view_set_model (self->barriers_view, GTK_SELECTION_MODEL (barriers));

  /* Until the first session there is nothing to show but what to do first. */
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->sessions));
}

GListModel *
hearth_stopshop_page_get_sessions (HearthStopShopPage *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

GListModel *
hearth_stopshop_page_get_barriers (HearthStopShopPage *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), NULL);

  return G_LIST_MODEL (self->barriers);
}
