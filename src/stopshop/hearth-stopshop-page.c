/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include "hearth-application.h"
#include "hearth-barrier.h"
#include "hearth-projector-window.h"
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
  HearthStore      *store;
};

G_DEFINE_FINAL_TYPE (HearthStopShopPage, hearth_stopshop_page, ADW_TYPE_BIN)

/* The latest session goes on the projector, full screen. */
static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  g_autoptr(HearthStopShopSession) session = NULL;
  GApplication *app;
  GtkWidget *window;

  if (self->sessions == NULL ||
      (session = g_list_model_get_item (G_LIST_MODEL (self->sessions), 0)) == NULL)
    return;

  app = g_application_get_default ();
  window = hearth_projector_window_new (self->store,
                                        HEARTH_IS_APPLICATION (app)
                                        ? hearth_application_get_settings (HEARTH_APPLICATION (app)) : NULL,
                                        hearth_stopshop_session_get_id (session));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  /* A projector's own size, where full screen is not to be had. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
hearth_stopshop_page_dispose (GObject *object)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (object);

  g_clear_object (&self->sessions);
  g_clear_object (&self->barriers);
  g_clear_object (&self->store);

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

  gtk_widget_class_install_action (widget_class, "stopshop.project", NULL, project_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "stopshop.project", NULL);
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

  self->store = g_object_ref (store);
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
