/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_DAY_SECTIONS (hearth_day_sections_get_type ())
G_DECLARE_FINAL_TYPE (HearthDaySections, hearth_day_sections, HEARTH, DAY_SECTIONS, GObject)

/* Passes @model through unchanged and groups its rows into sections by
 * their local calendar day. The items must have an int64 "occurred-at"
 * property (Unix time) and @model must be sorted by it, either way. */
HearthDaySections *hearth_day_sections_new       (GListModel        *model);
GListModel        *hearth_day_sections_get_model (HearthDaySections *self);

/* The day of @unix_time in local time, as a number that sorts (20261122). */
int                hearth_day_sections_day_of    (gint64             unix_time);

G_END_DECLS
