/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-cycle-dialog.h"
#include "hearth-feedback-cycle-row.h"
#include "hearth-feedback-cycle-view.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-page.h"
#include "hearth-framework-editor.h"
#include "hearth-query-model.h"
#include "hearth-ui-utils.h"

struct _HearthFeedbackPage
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkStack         *stack;
  GtkListView      *list_view;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *model;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackPage, hearth_feedback_page, ADW_TYPE_BIN)

static void
open_cycle (HearthFeedbackPage *self,
            gint64              cycle_id)
{
  if (self->store == NULL || cycle_id <= 0)
    return;
  adw_dialog_present (hearth_feedback_cycle_view_new (self->store, cycle_id), GTK_WIDGET (self));
}

static void
cycle_activated_cb (HearthFeedbackPage *self,
                    guint               position)
{
  open_cycle (self, hearth_query_model_get_id (self->model, position));
}

static void
cycle_created_cb (HearthFeedbackPage        *self,
                  HearthFeedbackCycleDialog *dialog)
{
  open_cycle (self, hearth_feedback_cycle_dialog_get_cycle_id (dialog));
}

static void
new_cycle_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFeedbackPage *self = HEARTH_FEEDBACK_PAGE (widget);
  AdwDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = hearth_feedback_cycle_dialog_new (self->store, 0);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (cycle_created_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
open_cycle_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_cycle (HEARTH_FEEDBACK_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
frameworks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthFeedbackPage *self = HEARTH_FEEDBACK_PAGE (widget);

  if (self->store != NULL)
    adw_dialog_present (hearth_framework_editor_new (self->store), widget);
}

static void
hearth_feedback_page_dispose (GObject *object)
{
  HearthFeedbackPage *self = HEARTH_FEEDBACK_PAGE (object);

  /* The stack is the bin's child: let the bin let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_PAGE);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_feedback_page_parent_class)->dispose (object);
}

static void
hearth_feedback_page_class_init (HearthFeedbackPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_page_dispose;

  g_type_ensure (HEARTH_TYPE_FEEDBACK_CYCLE);
  g_type_ensure (HEARTH_TYPE_FEEDBACK_CYCLE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, cycle_activated_cb);

  gtk_widget_class_install_action (widget_class, "feedback.new-cycle", NULL, new_cycle_action);
  gtk_widget_class_install_action (widget_class, "feedback.open-cycle", "x", open_cycle_action);
  gtk_widget_class_install_action (widget_class, "feedback.frameworks", NULL, frameworks_action);
}

static void
hearth_feedback_page_init (HearthFeedbackPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/feedback/hearth-feedback-cycle-item.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

void
hearth_feedback_page_set_store (HearthFeedbackPage *self,
                                HearthStore        *store)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (HEARTH_IS_FEEDBACK_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->model == NULL);

  self->store = g_object_ref (store);
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
