/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-text-field.h"

struct _HearthTextField
{
  AdwBin        parent_instance;

  /* template widgets */
  GtkLabel     *title_label;
  GtkLabel     *counter_label;
  GtkTextView  *view;

  /* owned */
  char         *title;

  guint         max_chars;
  gboolean      fits;
};

G_DEFINE_FINAL_TYPE (HearthTextField, hearth_text_field, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_MAX_CHARS,
  PROP_FITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_counter (HearthTextField *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  guint length = (guint) gtk_text_buffer_get_char_count (buffer);
  gboolean fits = self->max_chars == 0 || length <= self->max_chars;
  g_autofree char *counter = NULL;

  if (self->max_chars > 0)
    {
      /* Translators: characters written and the most there may be. */
      counter = g_strdup_printf (_("%u/%u"), length, self->max_chars);
      gtk_label_set_label (self->counter_label, counter);
    }
  /* The counter shows once most of the room is used. */
  gtk_widget_set_visible (GTK_WIDGET (self->counter_label),
                          self->max_chars > 0 && length * 10 >= self->max_chars * 8);
  if (fits)
    gtk_widget_remove_css_class (GTK_WIDGET (self->counter_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "error");

  if (fits != self->fits)
    {
      self->fits = fits;
      if (fits)
        gtk_accessible_reset_state (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_STATE_INVALID);
      else
        gtk_accessible_update_state (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_STATE_INVALID,
                                     GTK_ACCESSIBLE_INVALID_TRUE, -1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FITS]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_title (HearthTextField *self,
           const char      *title)
{
  if (g_strcmp0 (title, self->title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  /* The heading names the text for screen readers too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_max_chars (HearthTextField *self,
               guint            max_chars)
{
  if (max_chars == self->max_chars)
    return;

  self->max_chars = max_chars;
  update_counter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_CHARS]);
}

static void
hearth_text_field_dispose (GObject *object)
{
  HearthTextField *self = HEARTH_TEXT_FIELD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_TEXT_FIELD);

  G_OBJECT_CLASS (hearth_text_field_parent_class)->dispose (object);
}

static void
hearth_text_field_finalize (GObject *object)
{
  HearthTextField *self = HEARTH_TEXT_FIELD (object);

  g_free (self->title);

  G_OBJECT_CLASS (hearth_text_field_parent_class)->finalize (object);
}

static void
hearth_text_field_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthTextField *self = HEARTH_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MAX_CHARS:
      g_value_set_uint (value, self->max_chars);
      break;
    case PROP_FITS:
      g_value_set_boolean (value, self->fits);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_text_field_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthTextField *self = HEARTH_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      set_title (self, g_value_get_string (value));
      break;
    case PROP_MAX_CHARS:
      set_max_chars (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_text_field_class_init (HearthTextFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_text_field_dispose;
  object_class->finalize = hearth_text_field_finalize;
  object_class->get_property = hearth_text_field_get_property;
  object_class->set_property = hearth_text_field_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MAX_CHARS] =
    g_param_spec_uint ("max-chars", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FITS] =
    g_param_spec_boolean ("fits", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The text changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-text-field.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTextField, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTextField, counter_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTextField, view);
  gtk_widget_class_bind_template_callback (widget_class, update_counter);
}

static void
hearth_text_field_init (HearthTextField *self)
{
  self->fits = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_text_field_new (const char *title,
                       guint       max_chars)
{
  return g_object_new (HEARTH_TYPE_TEXT_FIELD, "title", title, "max-chars", max_chars, NULL);
}

const char *
hearth_text_field_get_title (HearthTextField *self)
{
  g_return_val_if_fail (HEARTH_IS_TEXT_FIELD (self), NULL);

  return self->title;
}

char *
hearth_text_field_dup_text (HearthTextField *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (HEARTH_IS_TEXT_FIELD (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
hearth_text_field_set_text (HearthTextField *self,
                            const char      *text)
{
  g_return_if_fail (HEARTH_IS_TEXT_FIELD (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
}

guint
hearth_text_field_get_max_chars (HearthTextField *self)
{
  g_return_val_if_fail (HEARTH_IS_TEXT_FIELD (self), 0);

  return self->max_chars;
}

gboolean
hearth_text_field_get_fits (HearthTextField *self)
{
  g_return_val_if_fail (HEARTH_IS_TEXT_FIELD (self), FALSE);

  return self->fits;
}

GtkTextView *
hearth_text_field_get_view (HearthTextField *self)
{
  g_return_val_if_fail (HEARTH_IS_TEXT_FIELD (self), NULL);

  return self->view;
}
