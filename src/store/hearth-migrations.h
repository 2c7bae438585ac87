/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SQLite's application_id for Hearth's databases: "HRTH" in ASCII. */
#define HEARTH_APPLICATION_ID 1213355080

/* Forward-only schema migrations. Step N (1-based) takes a database from
 * user_version N-1 to N; the store runs each in its own BEGIN IMMEDIATE
 * transaction and sets user_version in the same transaction. */
guint        hearth_migrations_get_count (void);
const char  *hearth_migrations_get_sql   (guint version);

G_END_DECLS
