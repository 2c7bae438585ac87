/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-one-to-one-dialog.h"
#include "hearth-promises-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-page.h"
#include "hearth-supervision-pair-row.h"
#include "hearth-supervision-pair.h"
#include "hearth-supervision-person-page.h"
#include "hearth-supervision-plan-dialog.h"

struct _HearthSupervisionPage
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkStack            *stack;
  AdwPreferencesGroup *people_group;
  GtkListBox          *people_list;
  AdwPreferencesGroup *own_group;
  GtkListBox          *own_list;
  AdwPreferencesGroup *history_group;
  HearthSupervisionPersonPage *person_page;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *people;   /* pairs in which the actor supervises */
  HearthQueryModel    *own;      /* pairs in which the actor is supervised */
};

G_DEFINE_FINAL_TYPE (HearthSupervisionPage, hearth_supervision_page, ADW_TYPE_BIN)

static void update_state (HearthSupervisionPage *self);

/* In the window's toast overlay. */
static void
show_message (HearthSupervisionPage *self,
              const char            *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static void
show_error (HearthSupervisionPage *self,
            const GError          *error)
{
  show_message (self, error->message);
}

static HearthSupervisionPair *
find_pair (HearthSupervisionPage *self,
           gint64                 pair_id)
{
  HearthQueryModel *models[] = { self->people, self->own };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      guint position;

      if (models[m] == NULL)
        continue;
      position = hearth_query_model_find_id (models[m], pair_id);
      if (position != G_MAXUINT)
        return g_list_model_get_item (G_LIST_MODEL (models[m]), position);
    }
  return NULL;
}

static void
open_one_to_one (HearthSupervisionPage *self,
                 gint64                 supervision_id)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog = hearth_one_to_one_dialog_new (self->store, supervision_id, &error);

  if (dialog == NULL)
    {
      show_error (self, error);
      return;
    }
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Carries on with the one-to-one that is not agreed yet, or starts one
 * today. */
static void
start (HearthSupervisionPage *self,
       gint64                 pair_id)
{
  g_autoptr(GError) error = NULL;
  gint64 supervision_id = hearth_supervision_start (self->store, pair_id, NULL, &error);

  if (supervision_id == 0)
    {
      show_error (self, error);
      return;
    }
  open_one_to_one (self, supervision_id);
}

static void
start_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  start (HEARTH_SUPERVISION_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_one_to_one (HEARTH_SUPERVISION_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
plan_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);
  g_autoptr(HearthSupervisionPair) pair = find_pair (self, g_variant_get_int64 (parameter));

  if (pair != NULL)
    adw_dialog_present (hearth_supervision_plan_dialog_new (self->store, pair), widget);
}

/* One of my people's own page: their one-to-ones, open actions and
 * examples of practice. */
static void
person_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);
  g_autoptr(HearthSupervisionPair) pair = find_pair (self, g_variant_get_int64 (parameter));

  if (pair == NULL)
    return;
  hearth_supervision_person_page_show (self->person_page, self->store, pair);
  gtk_stack_set_visible_child_name (self->stack, "person");
  gtk_widget_grab_focus (GTK_WIDGET (self->person_page));
}

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "person") != 0)
    return;
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_state (self);
}

static void
promises_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);

  if (self->store != NULL)
    adw_dialog_present (hearth_promises_dialog_new (self->store), widget);
}

/* Ctrl+N: a one-to-one with the person chosen in "My people", or the
 * first of them (the first due). */
static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->people_list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->people_list, 0);
  if (!HEARTH_IS_SUPERVISION_PAIR_ROW (row))
    {
      show_message (self, _("Nobody is paired with you for one-to-ones yet"));
      return;
    }
  start (self, hearth_supervision_pair_get_id (
                 hearth_supervision_pair_row_get_pair (HEARTH_SUPERVISION_PAIR_ROW (row))));
}

/* A row per pair, built from its template: a team's pairs are few. */
static GtkWidget *
create_people_row (gpointer item,
                   gpointer user_data)
{
  return hearth_supervision_pair_row_new (HEARTH_SUPERVISION_PAIR (item), TRUE);
}

static GtkWidget *
create_own_row (gpointer item,
                gpointer user_data)
{
  return hearth_supervision_pair_row_new (HEARTH_SUPERVISION_PAIR (item), FALSE);
}

static void
update_state (HearthSupervisionPage *self)
{
  HearthSupervisionPair *shown = hearth_supervision_person_page_get_pair (self->person_page);
  guint n_people = self->people != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  guint n_own = self->own != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->own)) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->people_group), n_people > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->own_group), n_own > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), n_people + n_own > 0);
  /* A person's page stays while they are still one of my people. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "person") == 0 && shown != NULL &&
      self->people != NULL &&
      hearth_query_model_find_id (self->people, hearth_supervision_pair_get_id (shown)) != G_MAXUINT)
    return;
  gtk_stack_set_visible_child_name (self->stack, n_people + n_own > 0 ? "list" : "empty");
}

/* Never the unfiltered list: a wellbeing stays between the two people. */
static void
actor_changed_cb (HearthSupervisionPage *self)
{
  gint64 actor = hearth_store_get_actor (self->store);

  /* 0 would mean everyone's; nobody chosen yet has nobody. */
  hearth_supervision_pair_list_set_supervisor (self->people, actor > 0 ? actor : -1);
  hearth_supervision_pair_list_set_staff (self->own, actor > 0 ? actor : -1);
  update_state (self);
}

static void
hearth_supervision_page_dispose (GObject *object)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (object);

  /* The stack is the bin's child: let the bin let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_PAGE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->people);
  g_clear_object (&self->own);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_supervision_page_parent_class)->dispose (object);
}

static void
hearth_supervision_page_class_init (HearthSupervisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_supervision_page_dispose;

  g_type_ensure (HEARTH_TYPE_SUPERVISION_PAIR_ROW);
  g_type_ensure (HEARTH_TYPE_SUPERVISION_PERSON_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, people_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, own_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, own_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, person_page);

  gtk_widget_class_install_action (widget_class, "supervision.plan", "x", plan_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.start", "x", start_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.open", "x", open_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.new", NULL, new_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.promises", NULL, promises_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.person", "x", person_action_cb);
  gtk_widget_class_install_action (widget_class, "supervision.back", NULL, back_action_cb);
}

static void
hearth_supervision_page_init (HearthSupervisionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hearth_supervision_page_set_store (HearthSupervisionPage *self,
                                   HearthStore           *store)
{
  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->people = hearth_supervision_pair_list_new (store);
  self->own = hearth_supervision_pair_list_new (store);
  hearth_query_model_freeze (self->people);
  hearth_query_model_freeze (self->own);
  actor_changed_cb (self);
  hearth_query_model_thaw (self->people);
  hearth_query_model_thaw (self->own);

  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people), create_people_row,
                           self, NULL);
  gtk_list_box_bind_model (self->own_list, G_LIST_MODEL (self->own), create_own_row, self, NULL);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->own, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::actor", G_CALLBACK (actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
}

GListModel *
hearth_supervision_page_get_model (HearthSupervisionPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), NULL);

  return G_LIST_MODEL (self->people);
}
