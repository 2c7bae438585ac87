/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A day of the calendar as Hearth keeps it: "YYYY-MM-DD", with no time of
 * day and no time zone (the day of a session, the date an action is due). */

/* Reads @text into @date (which may be NULL, to check only). Only four
 * digits, a hyphen, two digits, a hyphen and two digits naming a day that
 * exists are taken: "2024-02-29", but not "2026-02-30", "26-01-01",
 * "2026- 1- 1" or "2026-01-01 and after". Anything else is refused with
 * HEARTH_ERROR_INVALID and a message that says what to write instead. */
gboolean   hearth_date_parse          (const char   *text,
                                       GDate        *date,
                                       GError      **error);

/* The day of @text at noon local time, so that no time zone can move it to
 * another day; NULL when @text is not a date hearth_date_parse() takes. */
GDateTime *hearth_date_to_local_noon  (const char   *text);

/* The day of @text written with g_date_time_format() and @format, as in
 * "%A %-d %B %Y"; NULL when @text is not a date hearth_date_parse() takes. */
char      *hearth_date_format         (const char   *text,
                                       const char   *format);

G_END_DECLS
