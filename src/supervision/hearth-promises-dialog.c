/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-bar-chart.h"
#include "hearth-promise-quarter-item.h"
#include "hearth-promises-dialog.h"
#include "hearth-supervision-history.h"
#include "hearth-supervision-pair.h"

/* The history of promises is read whole, quarter by quarter, from
 * hearth_supervision_history_promises(): a few rows a year. The people are
 * listed by name, never by their figures, so that nothing reads as a
 * ranking. */
struct _HearthPromisesDialog
{
  AdwDialog       parent_instance;

  /* template widgets */
  GtkDropDown    *scope_dropdown;
  GtkStack       *stack;
  HearthBarChart *chart;
  GtkLabel       *chart_text;
  GtkColumnView  *table;
  GtkListView    *stacked;

  /* owned */
  HearthStore    *store;
  GtkStringList  *scope_names;
  GArray         *scopes;       /* HearthPromisesFilter, one per name */
  GListStore     *quarters;     /* HearthPromiseQuarterItem */
};

G_DEFINE_FINAL_TYPE (HearthPromisesDialog, hearth_promises_dialog, ADW_TYPE_DIALOG)

static void
add_scope (HearthPromisesDialog *self,
           const char           *name,
           gint64                staff_id,
           gint64                supervisor_id,
           gint64                owner_id)
{
  HearthPromisesFilter filter = { staff_id, supervisor_id, owner_id };

  gtk_string_list_append (self->scope_names, name);
  g_array_append_val (self->scopes, filter);
}

/* Everyone the actor supervises, what they promised them, each person by
 * name, and the actor's own as a member of staff. */
static void
fill_scopes (HearthPromisesDialog *self)
{
  g_autoptr(HearthQueryModel) people = hearth_supervision_pair_list_new (self->store);
  g_autoptr(HearthQueryModel) own = hearth_supervision_pair_list_new (self->store);
  gint64 actor = hearth_store_get_actor (self->store);
  guint n_people, n_own;

  if (actor <= 0)
    return;

  hearth_query_model_freeze (people);
  hearth_query_model_set_sort (people, "name");
  hearth_supervision_pair_list_set_supervisor (people, actor);
  hearth_query_model_thaw (people);
  hearth_supervision_pair_list_set_staff (own, actor);
  n_people = g_list_model_get_n_items (G_LIST_MODEL (people));
  n_own = g_list_model_get_n_items (G_LIST_MODEL (own));

  if (n_people > 0)
    {
      add_scope (self, _("Everyone you supervise"), 0, actor, 0);
      add_scope (self, _("What you promised your people"), 0, actor, actor);
    }
  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(HearthSupervisionPair) pair = g_list_model_get_item (G_LIST_MODEL (people), i);

      add_scope (self, hearth_supervision_pair_get_staff_name (pair),
                 hearth_supervision_pair_get_staff_id (pair), actor, 0);
    }
  if (n_own > 0)
    add_scope (self, _("Your own one-to-ones"), actor, 0, 0);
}

static void
show_scope (HearthPromisesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) quarters = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *description = NULL;
  HearthPromiseQuarter total;
  guint scope = gtk_drop_down_get_selected (self->scope_dropdown);

  g_list_store_remove_all (self->quarters);
  hearth_bar_chart_clear (self->chart);
  if (scope == GTK_INVALID_LIST_POSITION || scope >= self->scopes->len)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  quarters = hearth_supervision_history_promises (self->store,
                                                  &g_array_index (self->scopes,
                                                                  HearthPromisesFilter, scope),
                                                  &error);
  if (quarters == NULL)
    {
      g_warning ("Could not read the history of promises: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (quarters->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  hearth_bar_chart_set_series (self->chart, C_("chart", "Agreed"), C_("chart", "Done"));
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < quarters->len; i++)
    {
      HearthPromiseQuarter *quarter = &g_array_index (quarters, HearthPromiseQuarter, i);
      HearthPromiseQuarterItem *item = hearth_promise_quarter_item_new (quarter);
      guint done = quarter->done_on_time + quarter->done_late;
      g_autofree char *agreed = g_strdup_printf ("%u", quarter->agreed);
      g_autofree char *done_text = g_strdup_printf ("%u", done);

      g_ptr_array_add (items, item);
      hearth_bar_chart_add_pair (self->chart, hearth_promise_quarter_item_get_label (item),
                                 quarter->agreed, agreed, NULL, done, done_text, NULL);
      hearth_bar_chart_set_spoken_label (self->chart, i, hearth_promise_quarter_item_get_spoken (item));
    }
  hearth_promise_quarters_total (quarters, &total);
  g_ptr_array_add (items, hearth_promise_quarter_item_new (&total));
  g_list_store_splice (self->quarters, 0, 0, items->pdata, items->len);

  /* The chart's figures in words, for anyone who cannot see the bars. */
  description = hearth_bar_chart_dup_description (self->chart);
  gtk_label_set_text (self->chart_text, description);
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
scope_changed_cb (HearthPromisesDialog *self)
{
  show_scope (self);
}

static void
hearth_promises_dialog_dispose (GObject *object)
{
  HearthPromisesDialog *self = HEARTH_PROMISES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROMISES_DIALOG);
  g_clear_object (&self->scope_names);
  g_clear_pointer (&self->scopes, g_array_unref);
  g_clear_object (&self->quarters);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_promises_dialog_parent_class)->dispose (object);
}

static void
hearth_promises_dialog_class_init (HearthPromisesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_promises_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_BAR_CHART);
  g_type_ensure (HEARTH_TYPE_PROMISE_QUARTER_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-promises-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, chart);
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, chart_text);
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, table);
  gtk_widget_class_bind_template_child (widget_class, HearthPromisesDialog, stacked);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
}

static void
hearth_promises_dialog_init (HearthPromisesDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scope_names = gtk_string_list_new (NULL);
  self->scopes = g_array_new (FALSE, FALSE, sizeof (HearthPromisesFilter));
  self->quarters = g_list_store_new (HEARTH_TYPE_PROMISE_QUARTER_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->quarters)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));
  /* The same rows, stacked, for a narrow window. */
  gtk_list_view_set_model (self->stacked, GTK_SELECTION_MODEL (selection));
}

AdwDialog *
hearth_promises_dialog_new (HearthStore *store)
{
  HearthPromisesDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_PROMISES_DIALOG, NULL);
  self->store = g_object_ref (store);
  fill_scopes (self);
  /* Setting the model selects the first: show_scope() runs then. */
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (self->scope_names));
  show_scope (self);

  return ADW_DIALOG (self);
}

void
hearth_promises_dialog_set_scope (HearthPromisesDialog *self,
                                  guint                 scope)
{
  g_return_if_fail (HEARTH_IS_PROMISES_DIALOG (self));

  gtk_drop_down_set_selected (self->scope_dropdown, scope);
}
