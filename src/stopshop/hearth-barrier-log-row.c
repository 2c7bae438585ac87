/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-log-row.h"
#include "hearth-ui-utils.h"

struct _HearthBarrierLogRow
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkLabel  *title_label;
  GtkLabel  *details_label;
  GtkWidget *stalled_label;
  GtkLabel  *status_label;

  /* owned */
  char      *summary;
};

G_DEFINE_FINAL_TYPE (HearthBarrierLogRow, hearth_barrier_log_row, GTK_TYPE_WIDGET)

/* "Open 3 weeks", "Removed 12 Nov 2026", "Parked". */
static char *
dup_age (HearthBarrier *barrier,
         gint64         now)
{
  const char *status = hearth_barrier_get_status (barrier);
  gint64 days;

  if (g_str_equal (status, "removed"))
    {
      g_autofree char *when = hearth_format_day (hearth_barrier_get_removed_at (barrier));

      /* Translators: %s is a day, such as "Monday 16 November". */
      return g_strdup_printf (_("Removed %s"), when);
    }
  if (g_str_equal (status, "parked"))
    return g_strdup (_("Parked"));

  days = MAX (0, (now - hearth_barrier_get_created_at (barrier)) / 86400);
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Open %u day", "Open %u days", (gulong) days),
                            (guint) days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Open %u week", "Open %u weeks",
                                       (gulong) (days / 7)),
                          (guint) (days / 7));
}

static void
hearth_barrier_log_row_dispose (GObject *object)
{
  HearthBarrierLogRow *self = HEARTH_BARRIER_LOG_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_BARRIER_LOG_ROW);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (hearth_barrier_log_row_parent_class)->dispose (object);
}

static void
hearth_barrier_log_row_class_init (HearthBarrierLogRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_barrier_log_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-barrier-log-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierLogRow, box);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierLogRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierLogRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierLogRow, stalled_label);
  gtk_widget_class_bind_template_child (widget_class, HearthBarrierLogRow, status_label);
}

static void
hearth_barrier_log_row_init (HearthBarrierLogRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_barrier_log_row_new (void)
{
  return g_object_new (HEARTH_TYPE_BARRIER_LOG_ROW, NULL);
}

void
hearth_barrier_log_row_show (HearthBarrierLogRow *self,
                             HearthBarrier       *barrier,
                             gint64               now,
                             guint                stall_weeks)
{
  guint weight;
  const char *owner;
  gboolean stalled;
  g_autofree char *age = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *raised = NULL;
  g_autofree char *details = NULL;

  g_return_if_fail (HEARTH_IS_BARRIER_LOG_ROW (self));
  g_return_if_fail (HEARTH_IS_BARRIER (barrier));

  weight = hearth_barrier_get_weight (barrier);
  owner = hearth_barrier_get_owner_name (barrier);
  stalled = hearth_barrier_is_stalled (barrier, now, stall_weeks);
  age = dup_age (barrier, now);
  updated = hearth_format_time (hearth_barrier_get_last_update_at (barrier));
  raised = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "raised %u time", "raised %u times", weight),
                            weight);
  /* Translators: a barrier's line in the log: owner · category · "raised 3
   * times" · "Open 5 weeks" · when it was last updated. */
  details = g_strdup_printf (_("%s · %s · %s · %s · updated %s"),
                             *owner != '\0' ? owner : _("No owner"),
                             hearth_barrier_get_category_label (barrier), raised, age, updated);

  gtk_label_set_label (self->title_label, hearth_barrier_get_title (barrier));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->status_label, hearth_barrier_get_status_label (barrier));
  gtk_widget_set_visible (self->stalled_label, stalled);

  g_free (self->summary);
  self->summary = g_strdup_printf ("%s, %s%s, %s", hearth_barrier_get_title (barrier),
                                   hearth_barrier_get_status_label (barrier),
                                   stalled ? _(", stalled") : "", details);
}

const char *
hearth_barrier_log_row_get_summary (HearthBarrierLogRow *self)
{
  g_return_val_if_fail (HEARTH_IS_BARRIER_LOG_ROW (self), NULL);

  return self->summary;
}
