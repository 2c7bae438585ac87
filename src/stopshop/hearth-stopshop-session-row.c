/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-stopshop-session-row.h"
#include "hearth-ui-utils.h"

struct _HearthStopShopSessionRow
{
  GtkWidget              parent_instance;

  /* template widgets */
  GtkWidget             *box;
  GtkMenuButton         *menu_button;

  /* owned */
  HearthStopShopSession *session;
};

G_DEFINE_FINAL_TYPE (HearthStopShopSessionRow, hearth_stopshop_session_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the menu offers follows the session: a closed session can be
 * reopened, and the menu's button is named after the session it is for. */
static void
update (HearthStopShopSessionRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean set = self->session != NULL;
  g_autofree char *label = NULL;

  gtk_widget_action_set_enabled (widget, "session.project", set);
  gtk_widget_action_set_enabled (widget, "session.edit", set);
  gtk_widget_action_set_enabled (widget, "session.summary", set);
  gtk_widget_action_set_enabled (widget, "session.reopen",
                                 set && hearth_stopshop_session_get_closed_at (self->session) != 0);

  if (set)
    {
      const char *theme = hearth_stopshop_session_get_theme (self->session);
      g_autofree char *day = hearth_format_date (hearth_stopshop_session_get_held_on (self->session));

      if (theme != NULL && *theme != '\0')
        /* Translators: names a session's menu button for screen readers;
         * the first %s is the session's theme, the second its day. */
        label = g_strdup_printf (_("Actions for %s, %s"), theme, day);
      else
        /* Translators: names a session's menu button for screen readers;
         * %s is the session's day. */
        label = g_strdup_printf (_("Actions for the session of %s"), day);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : _("Actions"),
                                  -1);
}

/* The first label in @widget, depth first: a menu item's text comes
 * before its shortcut. */
static GtkLabel *
find_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = GTK_IS_LABEL (child) ? GTK_LABEL (child) : find_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

static void
name_menu_items (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label;

      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) != GTK_ACCESSIBLE_ROLE_MENU_ITEM)
        name_menu_items (child);
      else if ((label = find_label (child)) != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_label_get_text (label), -1);
    }
}

/* GTK 4.18 puts the items of a menu made from a GMenu on the
 * accessibility bus without a name; each is named by the text it shows,
 * as it is shown (items come and go as their actions are enabled). */
static void
menu_shown_cb (HearthStopShopSessionRow *self,
               GtkWidget                *popover)
{
  name_menu_items (popover);
}

/* "28 Sep 2026", as the other lists write a day. */
static char *
format_day (HearthStopShopSessionRow *self,
            const char               *iso_date)
{
  return hearth_format_date (iso_date);
}

static void
session_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthStopShopSessionRow *self = HEARTH_STOPSHOP_SESSION_ROW (widget);
  const char *page_action = NULL;

  if (self->session == NULL)
    return;

  if (g_str_equal (action_name, "session.project"))
    page_action = "stopshop.project";
  else if (g_str_equal (action_name, "session.edit"))
    page_action = "stopshop.edit-session";
  else if (g_str_equal (action_name, "session.reopen"))
    page_action = "stopshop.reopen-session";
  else if (g_str_equal (action_name, "session.summary"))
    page_action = "stopshop.session-summary";
  g_assert (page_action != NULL);

  gtk_widget_activate_action (widget, page_action, "x", hearth_stopshop_session_get_id (self->session));
}

static void
hearth_stopshop_session_row_dispose (GObject *object)
{
  HearthStopShopSessionRow *self = HEARTH_STOPSHOP_SESSION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_STOPSHOP_SESSION_ROW);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (hearth_stopshop_session_row_parent_class)->dispose (object);
}

static void
hearth_stopshop_session_row_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthStopShopSessionRow *self = HEARTH_STOPSHOP_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_stopshop_session_row_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HearthStopShopSessionRow *self = HEARTH_STOPSHOP_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      hearth_stopshop_session_row_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_stopshop_session_row_class_init (HearthStopShopSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_stopshop_session_row_dispose;
  object_class->get_property = hearth_stopshop_session_row_get_property;
  object_class->set_property = hearth_stopshop_session_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HEARTH_TYPE_STOPSHOP_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_STOPSHOP_SESSION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-stopshop-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopSessionRow, box);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopSessionRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, format_day);

  gtk_widget_class_install_action (widget_class, "session.project", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "session.edit", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "session.reopen", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "session.summary", NULL, session_action);
}

static void
hearth_stopshop_session_row_init (HearthStopShopSessionRow *self)
{
  GtkPopover *menu;

  gtk_widget_init_template (GTK_WIDGET (self));
  menu = gtk_menu_button_get_popover (self->menu_button);
  /* The button is at the row's end: the menu opens towards its start, and
   * stays inside a window as narrow as a phone. */
  gtk_widget_set_halign (GTK_WIDGET (menu), GTK_ALIGN_END);
  g_signal_connect_object (menu, "show", G_CALLBACK (menu_shown_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
hearth_stopshop_session_row_new (void)
{
  return g_object_new (HEARTH_TYPE_STOPSHOP_SESSION_ROW, NULL);
}

HearthStopShopSession *
hearth_stopshop_session_row_get_session (HearthStopShopSessionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION_ROW (self), NULL);

  return self->session;
}

void
hearth_stopshop_session_row_set_session (HearthStopShopSessionRow *self,
                                         HearthStopShopSession    *session)
{
  g_return_if_fail (HEARTH_IS_STOPSHOP_SESSION_ROW (self));
  g_return_if_fail (session == NULL || HEARTH_IS_STOPSHOP_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  /* A session closed or reopened, on the projector or by its menu, stays
   * the same object: its row follows it. */
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::closed-at", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::theme", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::held-on", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GtkMenuButton *
hearth_stopshop_session_row_get_menu_button (HearthStopShopSessionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_SESSION_ROW (self), NULL);

  return self->menu_button;
}

void
hearth_stopshop_session_row_popup_menu (HearthStopShopSessionRow *self)
{
  g_return_if_fail (HEARTH_IS_STOPSHOP_SESSION_ROW (self));

  gtk_menu_button_popup (self->menu_button);
}
