/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the charts share in drawing with GtkSnapshot: the style's colours,
 * text laid out in the chart widget's own font, rules, labels along an
 * axis and the legend. Each chart keeps its own measures and its own way
 * of placing its figures; these only draw. */

/* The colours a chart starts from, read afresh for each drawing so that
 * they follow the light, dark and high-contrast styles. */
typedef struct
{
  GdkRGBA         text;           /* the widget's own colour */
  GdkRGBA         accent;         /* the accent colour, as a background */
  AdwAccentColor  accent_color;   /* the same, by name */
  gboolean        dark;
  gboolean        high_contrast;
} HearthChartColors;

void         hearth_chart_get_colors      (GtkWidget         *widget,
                                           HearthChartColors *colors);
/* @color with its alpha multiplied by @alpha: dim labels, faint rules. */
GdkRGBA      hearth_chart_fade            (const GdkRGBA     *color,
                                           float              alpha);

/* Redraws @widget when the style's colours change; call from root, and
 * hearth_chart_unwatch_style () from unroot. */
void         hearth_chart_watch_style     (GtkWidget         *widget);
void         hearth_chart_unwatch_style   (GtkWidget         *widget);

/* A layout of @text in @widget's font, from its own Pango context, at
 * @scale of its size (charts label a little smaller), bold or not. */
PangoLayout *hearth_chart_new_layout      (GtkWidget         *widget,
                                           const char        *text,
                                           double             scale,
                                           gboolean           bold);
/* The height of a line of such text. */
int          hearth_chart_line_height     (GtkWidget         *widget,
                                           double             scale);
/* The width of the widest of @n @texts, or 0. */
int          hearth_chart_widest          (GtkWidget         *widget,
                                           const char *const *texts,
                                           guint              n,
                                           double             scale);

/* Draws @layout with its top left corner at @x, @y. */
void         hearth_chart_draw_layout     (GtkSnapshot       *snapshot,
                                           PangoLayout       *layout,
                                           float              x,
                                           float              y,
                                           const GdkRGBA     *color);
/* Where a label @width wide goes to stand at @x: its left edge there
 * (@xalign 0), its centre (0.5) or its right edge (1), kept between
 * @min_x and @max_x. */
float        hearth_chart_label_x         (float              x,
                                           int                width,
                                           float              xalign,
                                           float              min_x,
                                           float              max_x);
/* Draws @layout at @x, @y, placed as hearth_chart_label_x () says;
 * returns the left edge it was drawn at. */
float        hearth_chart_draw_label      (GtkSnapshot       *snapshot,
                                           PangoLayout       *layout,
                                           float              x,
                                           float              y,
                                           float              xalign,
                                           float              min_x,
                                           float              max_x,
                                           const GdkRGBA     *color);

/* A rule a pixel thick across the plot at @y, from @x for @width: a
 * gridline or a baseline, kept on a whole pixel so that it stays sharp. */
void         hearth_chart_draw_rule       (GtkSnapshot       *snapshot,
                                           const GdkRGBA     *color,
                                           float              x,
                                           float              y,
                                           float              width);

/* The names of @n series, each after a square of its colour, in a row
 * from the top left that wraps to fit @width. Returns the height it
 * takes, with the room to leave under it. */
float        hearth_chart_draw_legend     (GtkSnapshot       *snapshot,
                                           GtkWidget         *widget,
                                           const char *const *names,
                                           const GdkRGBA     *colors,
                                           guint              n,
                                           const GdkRGBA     *text,
                                           float              width);

G_END_DECLS
