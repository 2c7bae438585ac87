/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-lookup-item.h"

G_BEGIN_DECLS

#define HEARTH_LOOKUP_NAME_MAX 100

/* Adds a name at the end of the list, or brings back one that was removed
 * with the same name. Returns its id, or 0 with @error. */
gint64   hearth_lookup_add     (HearthStore        *store,
                                HearthLookupTable   table,
                                const char         *name,
                                GError            **error);
gboolean hearth_lookup_rename  (HearthStore        *store,
                                HearthLookupTable   table,
                                gint64              id,
                                const char         *name,
                                GError            **error);
/* Takes a name off the list offered for new choices. What was already
 * chosen keeps it: closed cases keep their outcome, residents their needs. */
gboolean hearth_lookup_remove  (HearthStore        *store,
                                HearthLookupTable   table,
                                gint64              id,
                                GError            **error);

G_END_DECLS
