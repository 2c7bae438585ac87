/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-update-row.h"
#include "hearth-barrier.h"
#include "hearth-ui-utils.h"

struct _HearthBarrierUpdateRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthBarrierUpdateRow, hearth_barrier_update_row, ADW_TYPE_ACTION_ROW)

static void
hearth_barrier_update_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_BARRIER_UPDATE_ROW);

  G_OBJECT_CLASS (hearth_barrier_update_row_parent_class)->dispose (object);
}

static void
hearth_barrier_update_row_class_init (HearthBarrierUpdateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_barrier_update_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-barrier-update-row.ui");
}

static void
hearth_barrier_update_row_init (HearthBarrierUpdateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_barrier_update_row_new (HearthBarrierUpdate *update)
{
  GtkWidget *self;
  const char *from, *to, *text, *author;
  g_autofree char *when = NULL;
  g_autofree char *change = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (HEARTH_IS_BARRIER_UPDATE (update), NULL);

  from = hearth_barrier_update_get_status_from (update);
  to = hearth_barrier_update_get_status_to (update);
  text = hearth_barrier_update_get_text (update);
  author = hearth_barrier_update_get_author_name (update);
  when = hearth_format_time (hearth_barrier_update_get_at (update));

  if (*to != '\0' && *from != '\0')
    /* Translators: a change of a barrier's status, such as "Raised → Understood". */
    change = g_strdup_printf (_("%s → %s"), hearth_barrier_status_label (from),
                              hearth_barrier_status_label (to));
  else if (*to != '\0')
    change = g_strdup (hearth_barrier_status_label (to));

  if (change != NULL && *text != '\0')
    /* Translators: a change of status, then what was said with it. */
    title = g_strdup_printf (_("%s: %s"), change, text);
  else
    title = g_strdup (change != NULL ? change : text);
  subtitle = *author != '\0' ? g_strdup_printf ("%s · %s", when, author) : g_strdup (when);

  self = g_object_new (HEARTH_TYPE_BARRIER_UPDATE_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
  return self;
}
