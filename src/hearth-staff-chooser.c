/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-query-model.h"
#include "hearth-staff-chooser.h"
#include "hearth-staff-member.h"

struct _HearthStaffChooser
{
  AdwDialog          parent_instance;

  /* template children */
  AdwPreferencesGroup *team_group;
  GtkSearchEntry   *search_entry;
  GtkListBox       *staff_list;
  GtkLabel         *more_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *role_row;
  AdwEntryRow      *team_row;
  GtkLabel         *error_label;
  GtkButton        *add_button;

  /* owned */
  HearthStore      *store;
  HearthQueryModel *staff;
  GtkStringFilter  *filter;
  GtkFilterListModel *found;
};

/* A council's team may be a thousand people: the list shows the first of
 * those whose names match what is typed, never a row for everyone (a row
 * each took three seconds for a thousand on a loaded machine). */
#define MAX_SHOWN 40

G_DEFINE_FINAL_TYPE (HearthStaffChooser, hearth_staff_chooser, ADW_TYPE_DIALOG)

enum {
  STAFF_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose (HearthStaffChooser *self,
        gint64              staff_id)
{
  g_signal_emit (self, signals[STAFF_CHOSEN], 0, staff_id);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  HearthStaffMember *member = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  const char *role = hearth_staff_member_get_role (member);
  const char *team = hearth_staff_member_get_team (member);

  if (*role != '\0' && *team != '\0')
    /* Translators: someone's role and their team, e.g. "Housing officer, Tenancy Management". */
    subtitle = g_strdup_printf (_("%s, %s"), role, team);
  else
    subtitle = g_strdup (*role != '\0' ? role : team);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_staff_member_get_name (member));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "staff-member", g_object_ref (member), g_object_unref);

  return row;
}

static void
row_activated_cb (HearthStaffChooser *self,
                  GtkListBoxRow      *row)
{
  HearthStaffMember *member = g_object_get_data (G_OBJECT (row), "staff-member");

  if (member != NULL)
    choose (self, hearth_staff_member_get_id (member));
}

static void
found_changed_cb (HearthStaffChooser *self)
{
  guint n_found = g_list_model_get_n_items (G_LIST_MODEL (self->found));

  if (n_found > MAX_SHOWN)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more person on the team: type more of your name "
                                           "to find yours.",
                                           "%u more people on the team: type more of your name "
                                           "to find yours.",
                                           n_found - MAX_SHOWN),
                              n_found - MAX_SHOWN);
      gtk_label_set_label (self->more_label, more);
      gtk_widget_set_visible (GTK_WIDGET (self->more_label), TRUE);
    }
  else if (n_found == 0)
    {
      gtk_label_set_label (self->more_label,
                           _("No one on the team has that name. If you are new, add yourself "
                             "below."));
      gtk_widget_set_visible (GTK_WIDGET (self->more_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->more_label), FALSE);
    }
}

static void
search_changed_cb (HearthStaffChooser *self)
{
  gtk_string_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter in the search picks the one person it found. */
static void
search_activated_cb (HearthStaffChooser *self)
{
  g_autoptr(HearthStaffMember) member = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->found)) != 1)
    return;

  member = g_list_model_get_item (G_LIST_MODEL (self->found), 0);
  choose (self, hearth_staff_member_get_id (member));
}

static void
entry_changed_cb (HearthStaffChooser *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), *name != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
add_clicked_cb (HearthStaffChooser *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)))
    return;

  id = hearth_staff_member_create (self->store,
                                   gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->role_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->team_row)),
                                   &error);
  if (id <= 0)
    {
      /* What was typed stays, with the reason beside it. */
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  choose (self, id);
}

static void
hearth_staff_chooser_dispose (GObject *object)
{
  HearthStaffChooser *self = HEARTH_STAFF_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_STAFF_CHOOSER);
  g_clear_object (&self->found);
  g_clear_object (&self->filter);
  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_staff_chooser_parent_class)->dispose (object);
}

static void
hearth_staff_chooser_class_init (HearthStaffChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_staff_chooser_dispose;

  signals[STAFF_CHOSEN] =
    g_signal_new ("staff-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-staff-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, team_group);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, staff_list);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, more_label);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, role_row);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, team_row);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthStaffChooser, add_button);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
hearth_staff_chooser_init (HearthStaffChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
hearth_staff_chooser_new (HearthStore *store)
{
  HearthStaffChooser *self;
  g_autoptr(GtkSliceListModel) shown = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_STAFF_CHOOSER, NULL);
  self->store = g_object_ref (store);
  self->staff = hearth_staff_member_query_new (store);
  hearth_staff_member_list_set_active_only (self->staff, TRUE);

  self->filter = gtk_string_filter_new (gtk_property_expression_new (HEARTH_TYPE_STAFF_MEMBER,
                                                                     NULL, "name"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->found = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->staff)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->found, "items-changed", G_CALLBACK (found_changed_cb), self,
                           G_CONNECT_SWAPPED);
  shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->found)), 0, MAX_SHOWN);
  gtk_list_box_bind_model (self->staff_list, G_LIST_MODEL (shown), create_row_cb, NULL, NULL);
  found_changed_cb (self);

  gtk_widget_set_visible (GTK_WIDGET (self->team_group),
                          g_list_model_get_n_items (G_LIST_MODEL (self->staff)) > 0);

  return ADW_DIALOG (self);
}
