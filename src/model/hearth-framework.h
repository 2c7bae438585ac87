/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-framework-changes.h"
#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FRAMEWORK (hearth_framework_get_type ())
G_DECLARE_FINAL_TYPE (HearthFramework, hearth_framework, HEARTH, FRAMEWORK, HearthItem)

gint64              hearth_framework_get_id                (HearthFramework *self);
const char         *hearth_framework_get_name              (HearthFramework *self);
const char         *hearth_framework_get_description       (HearthFramework *self);
HearthFrameworkKind hearth_framework_get_kind              (HearthFramework *self);
gboolean            hearth_framework_get_archived          (HearthFramework *self);
guint               hearth_framework_get_behaviour_count   (HearthFramework *self);
guint               hearth_framework_get_scale_size        (HearthFramework *self);
/* How many cycles use the framework, and how many of them are open. */
guint               hearth_framework_get_cycles_using      (HearthFramework *self);
guint               hearth_framework_get_open_cycles_using (HearthFramework *self);

/* The frameworks that are not removed, by name. */
HearthQueryModel   *hearth_framework_list_new              (HearthStore     *store);

G_END_DECLS
