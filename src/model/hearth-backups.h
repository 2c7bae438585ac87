/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* How many backups are kept: a week of daily ones. */
#define HEARTH_BACKUPS_KEPT 7

/* Backups of a database live in a "backups" folder beside it (0700), one
 * file each, named after the database and the local time they were made:
 * hearth-2026-12-05-031500.db. Replaced records kept aside by a restore
 * are named hearth-replaced-….db there. */
char      *hearth_backups_dup_folder   (HearthStore          *store);
/* This database's backups, newest first, as paths; never NULL. */
GPtrArray *hearth_backups_list         (HearthStore          *store);
/* When the newest backup was made (Unix time), 0 when there is none. */
gint64     hearth_backups_get_newest   (HearthStore          *store);
/* Whether a day has gone since the newest backup, or there is none. */
gboolean   hearth_backups_is_due       (HearthStore          *store);

/* Makes a backup now and keeps only the newest HEARTH_BACKUPS_KEPT;
 * returns its path (g_free() it) or NULL with @error. The copy itself runs
 * on a thread of its own in the async form, so the window never waits. */
char      *hearth_backups_make         (HearthStore          *store,
                                        GError              **error);
void       hearth_backups_make_async   (HearthStore          *store,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
char      *hearth_backups_make_finish  (HearthStore          *store,
                                        GAsyncResult         *result,
                                        GError              **error);

/* Replaces the records with the backup at @path, after checking it, and
 * keeps the records as they were in a "replaced" file in the backups
 * folder, whose path is returned (g_free() it); NULL with @error, and the
 * records unchanged, when the backup is refused. */
char      *hearth_backups_restore      (HearthStore          *store,
                                        const char           *path,
                                        GError              **error);

/* After an erasure: every backup and every replaced file Hearth made of
 * this database still holds what was erased, so all are removed and, if
 * there were any, one new backup is made of the records as they are now. */
gboolean   hearth_backups_replace_all  (HearthStore          *store,
                                        GError              **error);

G_END_DECLS
