/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_LINE_CHART (hearth_line_chart_get_type ())
G_DECLARE_FINAL_TYPE (HearthLineChart, hearth_line_chart, HEARTH, LINE_CHART, GtkWidget)

/* A small line chart drawn in the style's own colours: points over time on
 * a scale of named levels (from "Struggling" at the bottom to "Thriving" at
 * the top), joined by a line, the levels' names up the side and the days
 * along the bottom. Its accessible description states every point in
 * words, since a screen reader cannot see the line. */
GtkWidget  *hearth_line_chart_new             (void);

const char *hearth_line_chart_get_title       (HearthLineChart    *self);
void        hearth_line_chart_set_title       (HearthLineChart    *self,
                                               const char         *title);
/* The names of the levels, lowest first; a point's value is 1 to
 * @n_levels. */
void        hearth_line_chart_set_levels      (HearthLineChart    *self,
                                               const char * const *levels);

void        hearth_line_chart_clear           (HearthLineChart    *self);
/* Adds a point at @day (days on any count, later further right) on level
 * @value, with @label under it ("3 Mar") and @spoken, what a screen reader
 * says of it ("3 March: okay"). Points come in order of @day. */
void        hearth_line_chart_add             (HearthLineChart    *self,
                                               gint64              day,
                                               int                 value,
                                               const char         *label,
                                               const char         *spoken);
guint       hearth_line_chart_get_n_points    (HearthLineChart    *self);
/* What a screen reader is told besides the title: every point in words. */
char       *hearth_line_chart_dup_description (HearthLineChart    *self);

G_END_DECLS
