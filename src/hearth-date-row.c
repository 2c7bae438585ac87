/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-date-row.h"
#include "hearth-ui-utils.h"

struct _HearthDateRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;

  /* owned */
  char          *date;

  gboolean       optional;
  gboolean       showing;   /* the calendar is being set to the date */
};

G_DEFINE_FINAL_TYPE (HearthDateRow, hearth_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_OPTIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_date (HearthDateRow *self)
{
  g_autofree char *words = NULL;

  if (*self->date != '\0')
    /* Translators: a day as a date row shows it, see g_date_time_format(). */
    words = hearth_date_format (self->date, _("%A %-d %B %Y"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), words != NULL ? words : _("No date"));
}

/* The calendar opens on the date chosen, or on today. */
static void
popover_show_cb (HearthDateRow *self)
{
  g_autoptr(GDateTime) day = *self->date != '\0' ? hearth_date_to_local_noon (self->date) : NULL;

  if (day == NULL)
    day = g_date_time_new_now_local ();

  self->showing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->showing = FALSE;
}

static void
day_selected_cb (HearthDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;

  if (self->showing)
    return;

  day = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (day, "%Y-%m-%d");
  hearth_date_row_set_date (self, text);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (HearthDateRow *self)
{
  hearth_date_row_set_date (self, NULL);
  gtk_popover_popdown (self->popover);
}

/* The calendar is named for what its day is: "Day", "By". */
static void
title_changed_cb (HearthDateRow *self,
                  GParamSpec    *pspec,
                  gpointer       user_data)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);
}

static void
hearth_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_DATE_ROW);

  G_OBJECT_CLASS (hearth_date_row_parent_class)->dispose (object);
}

static void
hearth_date_row_finalize (GObject *object)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (hearth_date_row_parent_class)->finalize (object);
}

static void
hearth_date_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_date_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      hearth_date_row_set_date (self, g_value_get_string (value));
      break;
    case PROP_OPTIONAL:
      hearth_date_row_set_optional (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_date_row_class_init (HearthDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_date_row_dispose;
  object_class->finalize = hearth_date_row_finalize;
  object_class->get_property = hearth_date_row_get_property;
  object_class->set_property = hearth_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, HearthDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, HearthDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthDateRow, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
hearth_date_row_init (HearthDateRow *self)
{
  self->date = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_calendar (self->calendar);
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  show_date (self);
}

GtkWidget *
hearth_date_row_new (void)
{
  return g_object_new (HEARTH_TYPE_DATE_ROW, NULL);
}

const char *
hearth_date_row_get_date (HearthDateRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), "");

  return self->date;
}

void
hearth_date_row_set_date (HearthDateRow *self,
                          const char    *date)
{
  g_return_if_fail (HEARTH_IS_DATE_ROW (self));

  if (date == NULL || !hearth_date_parse (date, NULL, NULL))
    date = "";

  if (g_set_str (&self->date, date))
    {
      show_date (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

gboolean
hearth_date_row_get_optional (HearthDateRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), FALSE);

  return self->optional;
}

void
hearth_date_row_set_optional (HearthDateRow *self,
                              gboolean       optional)
{
  g_return_if_fail (HEARTH_IS_DATE_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;

  self->optional = optional;
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), optional);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}
