/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-one-to-one-row.h"
#include "hearth-practice-examples-group.h"
#include "hearth-supervision-action-row.h"
#include "hearth-supervision-action.h"
#include "hearth-supervision-person-page.h"
#include "hearth-supervision.h"
#include "hearth-ui-utils.h"

struct _HearthSupervisionPersonPage
{
  AdwBin                       parent_instance;

  /* template widgets */
  AdwPreferencesPage          *page;
  AdwPreferencesGroup         *person_group;
  GtkButton                   *plan_button;
  GtkButton                   *start_button;
  GtkListBox                  *supervisions_list;
  GtkListBox                  *actions_list;
  HearthPracticeExamplesGroup *examples_group;

  /* owned */
  HearthSupervisionPair       *pair;
  HearthQueryModel            *supervisions;
  HearthQueryModel            *actions;
};

G_DEFINE_FINAL_TYPE (HearthSupervisionPersonPage, hearth_supervision_person_page, ADW_TYPE_BIN)

/* A row per one-to-one, from its template: a pair holds one a month. */
static GtkWidget *
create_supervision_row (gpointer item,
                        gpointer user_data)
{
  return hearth_one_to_one_row_new (HEARTH_SUPERVISION (item));
}

/* From its template; open actions only, so without Done and Drop: those
 * are for the one-to-one. */
static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  return hearth_supervision_action_row_new (HEARTH_SUPERVISION_ACTION (item), FALSE);
}

/* "Last one-to-one 3 March 2026 · next due 31 March 2026 · every 4 weeks". */
static void
update_header (HearthSupervisionPersonPage *self)
{
  HearthSupervisionPair *pair = self->pair;
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *description = NULL;
  g_autofree char *plan_name = NULL;
  g_autofree char *start_name = NULL;
  const char *last = hearth_supervision_pair_get_last_held_on (pair);
  const char *due = hearth_supervision_pair_get_next_due_on (pair);
  const char *name = hearth_supervision_pair_get_staff_name (pair);
  guint weeks = hearth_supervision_pair_get_rhythm_weeks (pair);

  if (last[0] != '\0')
    {
      g_autofree char *day = hearth_format_date (last);
      g_strv_builder_take (parts, g_strdup_printf (_("Last one-to-one %s"), day));
    }
  else
    g_strv_builder_add (parts, _("No one-to-one yet"));
  if (due[0] != '\0')
    {
      g_autofree char *day = hearth_format_date (due);
      g_strv_builder_take (parts, hearth_supervision_pair_get_overdue (pair)
                                    ? g_strdup_printf (_("overdue since %s"), day)
                                    : g_strdup_printf (_("next due %s"), day));
    }
  g_strv_builder_take (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every week",
                                                            "every %u weeks", weeks), weeks));
  strv = g_strv_builder_end (parts);
  description = g_strjoinv (" · ", strv);

  adw_preferences_group_set_title (self->person_group, name);
  adw_preferences_group_set_description (self->person_group, description);

  /* The names come with the targets: without one they cannot work. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_button), "x",
                                    hearth_supervision_pair_get_id (pair));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->plan_button), "supervision.plan");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "x",
                                    hearth_supervision_pair_get_id (pair));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "supervision.start");
  plan_name = g_strdup_printf (_("Plan the next one-to-one with %s"), name);
  start_name = g_strdup_printf (_("Start a one-to-one with %s now"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plan_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_name, -1);
}

static void
hearth_supervision_person_page_dispose (GObject *object)
{
  HearthSupervisionPersonPage *self = HEARTH_SUPERVISION_PERSON_PAGE (object);

  if (self->pair != NULL)
    g_signal_handlers_disconnect_by_data (self->pair, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SUPERVISION_PERSON_PAGE);
  g_clear_object (&self->supervisions);
  g_clear_object (&self->actions);
  g_clear_object (&self->pair);

  G_OBJECT_CLASS (hearth_supervision_person_page_parent_class)->dispose (object);
}

static void
hearth_supervision_person_page_class_init (HearthSupervisionPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_supervision_person_page_dispose;

  g_type_ensure (HEARTH_TYPE_PRACTICE_EXAMPLES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-supervision-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, page);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, person_group);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, supervisions_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, actions_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPersonPage, examples_group);
}

static void
hearth_supervision_person_page_init (HearthSupervisionPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hearth_supervision_person_page_show (HearthSupervisionPersonPage *self,
                                     HearthStore                 *store,
                                     HearthSupervisionPair       *pair)
{
  gint64 staff_id;

  g_return_if_fail (HEARTH_IS_SUPERVISION_PERSON_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (HEARTH_IS_SUPERVISION_PAIR (pair));

  if (self->pair != NULL)
    g_signal_handlers_disconnect_by_data (self->pair, self);
  g_set_object (&self->pair, pair);
  g_signal_connect_object (pair, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  staff_id = hearth_supervision_pair_get_staff_id (pair);

  if (self->supervisions == NULL)
    {
      self->supervisions = hearth_supervision_query_new (store);
      self->actions = hearth_supervision_action_list_new (store);
      hearth_supervision_action_list_set_open_only (self->actions, TRUE);
      gtk_list_box_bind_model (self->supervisions_list, G_LIST_MODEL (self->supervisions),
                               create_supervision_row, self, NULL);
      gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions),
                               create_action_row, self, NULL);
    }
  /* Theirs with this supervisor: a wellbeing stays between the two. */
  hearth_query_model_freeze (self->supervisions);
  hearth_supervision_list_set_staff (self->supervisions, staff_id);
  hearth_supervision_list_set_supervisor (self->supervisions,
                                          hearth_supervision_pair_get_supervisor_id (pair));
  hearth_query_model_thaw (self->supervisions);
  hearth_supervision_action_list_set_staff (self->actions, staff_id);
  hearth_practice_examples_group_show (self->examples_group, store, staff_id,
                                       hearth_supervision_pair_get_staff_name (pair), 0);

  update_header (self);
}

HearthSupervisionPair *
hearth_supervision_person_page_get_pair (HearthSupervisionPersonPage *self)
{
  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PERSON_PAGE (self), NULL);

  return self->pair;
}
