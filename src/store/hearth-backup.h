/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Copies the Hearth database at @db_path, as it is at one moment, to
 * @dest_path with SQLite's online backup API on a connection of its own
 * (never a copy of the live files): safe on any thread while the window
 * goes on writing, since a reader of a WAL database never blocks a writer.
 * The copy is written 0600 beside @dest_path, synced, and renamed into
 * place, so a failure (a full disk) leaves nothing; it is a plain file
 * with no write-ahead log, whole in itself. */
gboolean hearth_backup_copy    (const char    *db_path,
                                const char    *dest_path,
                                GCancellable  *cancellable,
                                GError       **error);

/* Replaces @store's records with those of the backup at @backup_path. The
 * backup is checked first, on a copy, and never changed: it must be a
 * Hearth database this version reads, whole (SQLite's quick_check), and is
 * brought up to this version's schema if older. Then @store's own records
 * are copied to @aside_path, and only then replaced. Every table is
 * announced as changed (with its audit row) so that every list reloads.
 * A refused backup leaves @store as it was. */
gboolean hearth_backup_restore (HearthStore   *store,
                                const char    *backup_path,
                                const char    *aside_path,
                                GError       **error);

G_END_DECLS
