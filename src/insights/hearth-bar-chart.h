/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_BAR_CHART (hearth_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (HearthBarChart, hearth_bar_chart, HEARTH, BAR_CHART, GtkWidget)

/* A simple bar chart drawn in the style's own colours: columns side by side
 * for a series over time (GtkOrientable:orientation vertical, the default),
 * or one row per category (horizontal). Each bar has a label under or beside
 * it and its value written out; the accessible description states every
 * figure, since a screen reader cannot see the bars. A column chart may show
 * two series side by side. */
GtkWidget  *hearth_bar_chart_new             (GtkOrientation  orientation);

const char *hearth_bar_chart_get_title       (HearthBarChart *self);
void        hearth_bar_chart_set_title       (HearthBarChart *self,
                                              const char     *title);
/* The names of the series, for the legend; @second NULL for one series. */
void        hearth_bar_chart_set_series      (HearthBarChart *self,
                                              const char     *first,
                                              const char     *second);

void        hearth_bar_chart_clear           (HearthBarChart *self);
/* Adds a bar, or a pair of bars for two series. @value decides the length;
 * @text is how the value reads ("12", "£1,250.00"). */
void        hearth_bar_chart_add             (HearthBarChart *self,
                                              const char     *label,
                                              gint64          value,
                                              const char     *text);
/* @first_short and @second_short, when not NULL, are written over narrow
 * columns instead ("£1.2k"); the description keeps the full text. */
void        hearth_bar_chart_add_pair        (HearthBarChart *self,
                                              const char     *label,
                                              gint64          first,
                                              const char     *first_text,
                                              const char     *first_short,
                                              gint64          second,
                                              const char     *second_text,
                                              const char     *second_short);
/* What a screen reader hears for bar @index when its label is short
 * ("December 2025" for "Dec"). */
void        hearth_bar_chart_set_spoken_label (HearthBarChart *self,
                                               guint           index,
                                               const char     *spoken);
guint       hearth_bar_chart_get_n_bars      (HearthBarChart *self);
/* What a screen reader is told: the title and every figure. */
char       *hearth_bar_chart_dup_description (HearthBarChart *self);

G_END_DECLS
