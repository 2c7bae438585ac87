/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BEHAVIOUR (hearth_behaviour_get_type ())
G_DECLARE_FINAL_TYPE (HearthBehaviour, hearth_behaviour, HEARTH, BEHAVIOUR, HearthItem)

gint64      hearth_behaviour_get_id           (HearthBehaviour *self);
gint64      hearth_behaviour_get_framework_id (HearthBehaviour *self);
guint       hearth_behaviour_get_position     (HearthBehaviour *self);
const char *hearth_behaviour_get_name         (HearthBehaviour *self);
const char *hearth_behaviour_get_meaning      (HearthBehaviour *self);
/* What it looks like in practice: one descriptor a line, in order. */
const char *hearth_behaviour_get_descriptors  (HearthBehaviour *self);

/* The framework's behaviours that are not removed, in order. */
HearthQueryModel *hearth_behaviour_list_new   (HearthStore     *store,
                                               gint64           framework_id);

G_END_DECLS
