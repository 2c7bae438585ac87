/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include "hearth-day-sections.h"

/* Day headers over a lazy list:
 *
 *   GtkListView (header factory)  ->  GtkNoSelection  ->  HearthDaySections
 *     ->  HearthQueryModel (sorted by time)
 *
 * A section's bounds are found from the row asked about by galloping away
 * from it and then bisecting, so a day of a few entries costs a few row
 * reads, and a day of thousands costs a few dozen, never a walk of the list.
 */
struct _HearthDaySections
{
  GObject     parent_instance;

  GListModel *model;

  /* The last section found, since GTK asks about neighbours in turn. */
  guint       cached_start;
  guint       cached_end;
};

static void list_model_iface_init    (GListModelInterface    *iface);
static void section_model_iface_init (GtkSectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthDaySections, hearth_day_sections, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SECTION_MODEL,
                                                      section_model_iface_init))

int
hearth_day_sections_day_of (gint64 unix_time)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_time);

  if (local == NULL)
    return 0;
  return g_date_time_get_year (local) * 10000 + g_date_time_get_month (local) * 100 +
         g_date_time_get_day_of_month (local);
}

static int
day_at (HearthDaySections *self,
        guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->model, position);
  gint64 occurred_at = 0;

  if (item == NULL)
    return -1;
  g_object_get (item, "occurred-at", &occurred_at, NULL);
  return hearth_day_sections_day_of (occurred_at);
}

/* The first position in [0, position] on the same day as @position. */
static guint
find_start (HearthDaySections *self,
            guint              position,
            int                day)
{
  guint lo, hi, step = 1;

  /* Gallop back until a different day (or the start) is passed. */
  hi = position;
  while (hi > 0)
    {
      guint probe = hi >= step ? hi - step : 0;

      if (day_at (self, probe) != day)
        {
          lo = probe;
          goto bisect;
        }
      hi = probe;
      step *= 2;
    }
  return 0;

bisect:
  /* lo is another day, hi is this day: the start is in (lo, hi]. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (day_at (self, mid) == day)
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

/* One past the last position from @position on the same day. */
static guint
find_end (HearthDaySections *self,
          guint              position,
          int                day)
{
  guint n = g_list_model_get_n_items (self->model);
  guint lo = position, hi, step = 1;

  while (lo + 1 < n)
    {
      guint probe = MIN (lo + step, n - 1);

      if (day_at (self, probe) != day)
        {
          hi = probe;
          goto bisect;
        }
      lo = probe;
      step *= 2;
    }
  return n;

bisect:
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (day_at (self, mid) == day)
        lo = mid;
      else
        hi = mid;
    }
  return hi;
}

static void
hearth_day_sections_get_section (GtkSectionModel *model,
                                 guint            position,
                                 guint           *out_start,
                                 guint           *out_end)
{
  HearthDaySections *self = HEARTH_DAY_SECTIONS (model);
  guint n = g_list_model_get_n_items (self->model);
  int day;

  if (position >= n)
    {
      *out_start = n;
      *out_end = G_MAXUINT;
      return;
    }

  if (position >= self->cached_start && position < self->cached_end)
    {
      *out_start = self->cached_start;
      *out_end = self->cached_end;
      return;
    }

  day = day_at (self, position);
  self->cached_start = find_start (self, position, day);
  self->cached_end = find_end (self, position, day);
  *out_start = self->cached_start;
  *out_end = self->cached_end;
}

static void
section_model_iface_init (GtkSectionModelInterface *iface)
{
  iface->get_section = hearth_day_sections_get_section;
}

static GType
hearth_day_sections_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (HEARTH_DAY_SECTIONS (model)->model);
}

static guint
hearth_day_sections_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (HEARTH_DAY_SECTIONS (model)->model);
}

static gpointer
hearth_day_sections_get_item (GListModel *model,
                              guint       position)
{
  return g_list_model_get_item (HEARTH_DAY_SECTIONS (model)->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_day_sections_get_item_type;
  iface->get_n_items = hearth_day_sections_get_n_items;
  iface->get_item = hearth_day_sections_get_item;
}

static void
items_changed_cb (HearthDaySections *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  guint n = g_list_model_get_n_items (model);
  guint from, to;

  self->cached_start = self->cached_end = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  /* A row that arrives or leaves can join or split the days around it. */
  from = position > 0 ? position - 1 : 0;
  to = MIN (position + added + 1, n);
  if (from < to)
    gtk_section_model_sections_changed (GTK_SECTION_MODEL (self), from, to - from);
}

static void
hearth_day_sections_dispose (GObject *object)
{
  HearthDaySections *self = HEARTH_DAY_SECTIONS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (hearth_day_sections_parent_class)->dispose (object);
}

static void
hearth_day_sections_class_init (HearthDaySectionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_day_sections_dispose;
}

static void
hearth_day_sections_init (HearthDaySections *self)
{
}

HearthDaySections *
hearth_day_sections_new (GListModel *model)
{
  HearthDaySections *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (HEARTH_TYPE_DAY_SECTIONS, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

GListModel *
hearth_day_sections_get_model (HearthDaySections *self)
{
  g_return_val_if_fail (HEARTH_IS_DAY_SECTIONS (self), NULL);

  return self->model;
}
