/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-practice-dialog.h"
#include "hearth-practice-example-row.h"
#include "hearth-practice-example.h"
#include "hearth-practice-examples-group.h"

struct _HearthPracticeExamplesGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkListBox          *examples_list;
  GtkButton           *record_button;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *examples;
  char                *staff_name;
  gint64               staff_id;
  gint64               supervision_id;
};

G_DEFINE_FINAL_TYPE (HearthPracticeExamplesGroup, hearth_practice_examples_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static void
record_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthPracticeExamplesGroup *self = HEARTH_PRACTICE_EXAMPLES_GROUP (widget);

  if (self->store == NULL)
    return;
  adw_dialog_present (hearth_practice_dialog_new (self->store, self->staff_id, self->staff_name,
                                                  self->supervision_id),
                      widget);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthPracticeExamplesGroup *self = HEARTH_PRACTICE_EXAMPLES_GROUP (widget);
  g_autoptr(HearthPracticeExample) example = NULL;
  guint position;

  if (self->examples == NULL)
    return;
  position = hearth_query_model_find_id (self->examples, g_variant_get_int64 (parameter));
  if (position == G_MAXUINT)
    return;
  example = g_list_model_get_item (G_LIST_MODEL (self->examples), position);
  adw_dialog_present (hearth_practice_dialog_new_for_example (self->store, example), widget);
}

/* A row per example, from its template: a person has a handful. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return hearth_practice_example_row_new (HEARTH_PRACTICE_EXAMPLE (item));
}

static void
hearth_practice_examples_group_dispose (GObject *object)
{
  HearthPracticeExamplesGroup *self = HEARTH_PRACTICE_EXAMPLES_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PRACTICE_EXAMPLES_GROUP);
  g_clear_object (&self->examples);
  g_clear_object (&self->store);
  g_clear_pointer (&self->staff_name, g_free);

  G_OBJECT_CLASS (hearth_practice_examples_group_parent_class)->dispose (object);
}

static void
hearth_practice_examples_group_class_init (HearthPracticeExamplesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_practice_examples_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-practice-examples-group.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeExamplesGroup, examples_list);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeExamplesGroup, record_button);

  gtk_widget_class_install_action (widget_class, "practice.record", NULL, record_action_cb);
  gtk_widget_class_install_action (widget_class, "practice.edit", "x", edit_action_cb);
}

static void
hearth_practice_examples_group_init (HearthPracticeExamplesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hearth_practice_examples_group_show (HearthPracticeExamplesGroup *self,
                                     HearthStore                 *store,
                                     gint64                       staff_id,
                                     const char                  *staff_name,
                                     gint64                       supervision_id)
{
  g_return_if_fail (HEARTH_IS_PRACTICE_EXAMPLES_GROUP (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (staff_name != NULL);

  g_set_object (&self->store, store);
  g_free (self->staff_name);
  self->staff_name = g_strdup (staff_name);
  self->staff_id = staff_id;
  self->supervision_id = supervision_id;

  if (self->examples == NULL)
    {
      self->examples = hearth_practice_example_list_new (store);
      gtk_list_box_bind_model (self->examples_list, G_LIST_MODEL (self->examples), create_row,
                               self, NULL);
    }
  hearth_query_model_freeze (self->examples);
  hearth_practice_example_list_set_staff (self->examples, staff_id);
  hearth_practice_example_list_set_supervision (self->examples, supervision_id);
  /* What is not shared stays with the supervisor. */
  hearth_practice_example_list_set_shared_only (self->examples,
                                                hearth_store_get_actor (store) == staff_id);
  hearth_query_model_thaw (self->examples);
}

void
hearth_practice_examples_group_set_can_record (HearthPracticeExamplesGroup *self,
                                               gboolean                     can_record)
{
  g_return_if_fail (HEARTH_IS_PRACTICE_EXAMPLES_GROUP (self));

  gtk_widget_set_visible (GTK_WIDGET (self->record_button), can_record);
}

GListModel *
hearth_practice_examples_group_get_model (HearthPracticeExamplesGroup *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLES_GROUP (self), NULL);

  return G_LIST_MODEL (self->examples);
}
