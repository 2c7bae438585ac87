/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-item.h"
#include "hearth-query-model.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUPERVISION_ADDENDUM (hearth_supervision_addendum_get_type ())
G_DECLARE_FINAL_TYPE (HearthSupervisionAddendum, hearth_supervision_addendum, HEARTH,
                      SUPERVISION_ADDENDUM, HearthItem)

gint64      hearth_supervision_addendum_get_id             (HearthSupervisionAddendum *self);
gint64      hearth_supervision_addendum_get_supervision_id (HearthSupervisionAddendum *self);
/* When it was written, in seconds since the epoch. */
gint64      hearth_supervision_addendum_get_at             (HearthSupervisionAddendum *self);
/* Who wrote it: 0 and "" for someone no longer on the team list. */
gint64      hearth_supervision_addendum_get_author_id      (HearthSupervisionAddendum *self);
const char *hearth_supervision_addendum_get_author_name    (HearthSupervisionAddendum *self);
const char *hearth_supervision_addendum_get_text           (HearthSupervisionAddendum *self);

/* The addenda of a locked one-to-one, oldest first, to show under the
 * record. */
HearthQueryModel *hearth_supervision_addendum_list_new (HearthStore *store,
                                                        gint64       supervision_id);

G_END_DECLS
