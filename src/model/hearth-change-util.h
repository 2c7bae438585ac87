/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Helpers of the functions that write what people type: checking it the way
 * the schema would before anything is written. Refusals are in HEARTH_ERROR
 * with a sentence to show: HEARTH_ERROR_INVALID for what was typed or
 * chosen, _NOT_FOUND for a record that is gone, _CONFLICT for a record
 * whose state does not allow the change. */

/* Sets @error to @message with HEARTH_ERROR_INVALID and returns FALSE. */
gboolean    hearth_refuse             (GError      **error,
                                       const char   *message);
/* Sets @error to @message with @code and returns FALSE. */
gboolean    hearth_refuse_with        (GError      **error,
                                       HearthError   code,
                                       const char   *message);
/* NULL, empty or only white space. */
gboolean    hearth_text_is_blank      (const char   *text);
/* Valid UTF-8 and at most @max characters; else refuses with @too_long. */
gboolean    hearth_check_text         (const char   *text,
                                       glong         max,
                                       const char   *too_long,
                                       GError      **error);
/* @text with white space trimmed at both ends, newly allocated; "" for NULL. */
char       *hearth_dup_trimmed        (const char   *text);
/* Whether @staff_id is someone on the team now; else refuses with @gone. */
gboolean    hearth_check_staff        (HearthStore  *store,
                                       gint64        staff_id,
                                       const char   *gone,
                                       GError      **error);

G_END_DECLS
