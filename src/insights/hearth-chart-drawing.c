/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <math.h>

#include "hearth-chart-drawing.h"

/* A legend: the side of each series' square, from the square to its
 * name, from a name to the next square, between its lines, and under it. */
#define SWATCH          10
#define SWATCH_ROOM     16
#define ENTRY_GAP       18
#define LEGEND_LEADING   4
#define LEGEND_MARGIN    8

void
hearth_chart_get_colors (GtkWidget         *widget,
                         HearthChartColors *colors)
{
  AdwStyleManager *manager;
  g_autoptr(GdkRGBA) accent = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (colors != NULL);

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  accent = adw_style_manager_get_accent_color_rgba (manager);

  gtk_widget_get_color (widget, &colors->text);
  colors->accent = *accent;
  colors->accent_color = adw_style_manager_get_accent_color (manager);
  colors->dark = adw_style_manager_get_dark (manager);
  colors->high_contrast = adw_style_manager_get_high_contrast (manager);
}

GdkRGBA
hearth_chart_fade (const GdkRGBA *color,
                   float          alpha)
{
  GdkRGBA faded = *color;

  faded.alpha *= alpha;
  return faded;
}

void
hearth_chart_watch_style (GtkWidget *widget)
{
  static const char *const changes[] = {
    "notify::dark", "notify::high-contrast", "notify::accent-color", "notify::accent-color-rgba",
  };
  AdwStyleManager *manager;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_signal_connect_object (manager, changes[i], G_CALLBACK (gtk_widget_queue_draw), widget,
                             G_CONNECT_SWAPPED);
}

void
hearth_chart_unwatch_style (GtkWidget *widget)
{
  AdwStyleManager *manager;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  g_signal_handlers_disconnect_by_func (manager, gtk_widget_queue_draw, widget);
}

PangoLayout *
hearth_chart_new_layout (GtkWidget  *widget,
                         const char *text,
                         double      scale,
                         gboolean    bold)
{
  PangoLayout *layout;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  layout = gtk_widget_create_pango_layout (widget, text);
  if (scale != 1.0 || bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      if (scale != 1.0)
        pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
      if (bold)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

int
hearth_chart_line_height (GtkWidget *widget,
                          double     scale)
{
  g_autoptr(PangoLayout) layout = hearth_chart_new_layout (widget, "Xg", scale, FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

int
hearth_chart_widest (GtkWidget         *widget,
                     const char *const *texts,
                     guint              n,
                     double             scale)
{
  int widest = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (n == 0 || texts != NULL, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = hearth_chart_new_layout (widget, texts[i], scale, FALSE);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

void
hearth_chart_draw_layout (GtkSnapshot   *snapshot,
                          PangoLayout   *layout,
                          float          x,
                          float          y,
                          const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

float
hearth_chart_label_x (float x,
                      int   width,
                      float xalign,
                      float min_x,
                      float max_x)
{
  return CLAMP (x - width * xalign, min_x, max_x - width);
}

float
hearth_chart_draw_label (GtkSnapshot   *snapshot,
                         PangoLayout   *layout,
                         float          x,
                         float          y,
                         float          xalign,
                         float          min_x,
                         float          max_x,
                         const GdkRGBA *color)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  x = hearth_chart_label_x (x, width, xalign, min_x, max_x);
  hearth_chart_draw_layout (snapshot, layout, x, y, color);
  return x;
}

void
hearth_chart_draw_rule (GtkSnapshot   *snapshot,
                        const GdkRGBA *color,
                        float          x,
                        float          y,
                        float          width)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, roundf (y), width, 1));
}

float
hearth_chart_draw_legend (GtkSnapshot       *snapshot,
                          GtkWidget         *widget,
                          const char *const *names,
                          const GdkRGBA     *colors,
                          guint              n,
                          const GdkRGBA     *text,
                          float              width)
{
  float lh = hearth_chart_line_height (widget, 0.9);
  float x = 0, y = 0;

  for (guint s = 0; s < n; s++)
    {
      g_autoptr(PangoLayout) layout = hearth_chart_new_layout (widget, names[s], 0.9, FALSE);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      if (x > 0 && x + SWATCH_ROOM + w > width)
        {
          x = 0;
          y += lh + LEGEND_LEADING;
        }
      gtk_snapshot_append_color (snapshot, &colors[s],
                                 &GRAPHENE_RECT_INIT (x, y + lh / 2 - SWATCH / 2, SWATCH, SWATCH));
      hearth_chart_draw_layout (snapshot, layout, x + SWATCH_ROOM, y, text);
      x += SWATCH_ROOM + w + ENTRY_GAP;
    }

  return y + lh + LEGEND_MARGIN;
}
