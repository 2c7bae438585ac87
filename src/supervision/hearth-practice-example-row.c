/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-practice-example-row.h"
#include "hearth-ui-utils.h"

struct _HearthPracticeExampleRow
{
  AdwActionRow           parent_instance;

  /* template widgets */
  GtkImage              *kind_image;
  GtkLabel              *kind_label;

  /* owned */
  HearthPracticeExample *example;
};

G_DEFINE_FINAL_TYPE (HearthPracticeExampleRow, hearth_practice_example_row, ADW_TYPE_ACTION_ROW)

static void
hearth_practice_example_row_dispose (GObject *object)
{
  HearthPracticeExampleRow *self = HEARTH_PRACTICE_EXAMPLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_PRACTICE_EXAMPLE_ROW);
  g_clear_object (&self->example);

  G_OBJECT_CLASS (hearth_practice_example_row_parent_class)->dispose (object);
}

static void
hearth_practice_example_row_class_init (HearthPracticeExampleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_practice_example_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-practice-example-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeExampleRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeExampleRow, kind_label);
}

static void
hearth_practice_example_row_init (HearthPracticeExampleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows the example as it is now: the list updates its items in place. */
static void
update (HearthPracticeExampleRow *self)
{
  HearthPracticeExample *example = self->example;
  gboolean escalate = hearth_practice_example_get_kind (example) == HEARTH_PRACTICE_ESCALATE;
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *day = hearth_format_date (hearth_practice_example_get_happened_on (example));
  g_autofree char *subtitle = NULL;
  const char *case_title = hearth_practice_example_get_case_title (example);
  const char *escalated_to = hearth_practice_example_get_escalated_to (example);
  const char *outcome = hearth_practice_example_get_outcome (example);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 hearth_practice_example_get_text (example));

  g_strv_builder_add (parts, day);
  if (case_title[0] != '\0')
    g_strv_builder_add (parts, case_title);
  if (escalated_to[0] != '\0')
    g_strv_builder_take (parts, g_strdup_printf (_("escalated to %s"), escalated_to));
  if (escalate)
    g_strv_builder_take (parts, outcome[0] != '\0'
                                  ? g_strdup_printf (_("what came of it: %s"), outcome)
                                  : g_strdup (_("nothing has come of it yet")));
  if (!hearth_practice_example_get_shared (example))
    g_strv_builder_add (parts, _("not shared"));
  strv = g_strv_builder_end (parts);
  subtitle = g_strjoinv (" · ", strv);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_image_set_from_icon_name (self->kind_image,
                                escalate ? "dialog-warning-symbolic" : "starred-symbolic");
  gtk_label_set_label (self->kind_label, hearth_practice_example_get_kind_label (example));
  gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), escalate ? "success" : "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), escalate ? "warning" : "success");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "x",
                                    hearth_practice_example_get_id (example));
}

GtkWidget *
hearth_practice_example_row_new (HearthPracticeExample *example)
{
  HearthPracticeExampleRow *self;

  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (example), NULL);

  self = g_object_new (HEARTH_TYPE_PRACTICE_EXAMPLE_ROW, NULL);
  self->example = g_object_ref (example);
  g_signal_connect_object (example, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

HearthPracticeExample *
hearth_practice_example_row_get_example (HearthPracticeExampleRow *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE_ROW (self), NULL);

  return self->example;
}
