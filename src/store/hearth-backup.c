/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-error.h"

/* Pages copied per step: small enough that a writer waits at most a few
 * milliseconds for a step, large enough that a copy is quick. */
#define PAGES_PER_STEP 512

static gboolean
set_copy_error (GError     **error,
                sqlite3     *db,
                int          rc,
                const char  *dest_path)
{
  int code = (rc & 0xff) == SQLITE_FULL ? HEARTH_ERROR_FULL
           : (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? HEARTH_ERROR_BUSY
           : (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY ? HEARTH_ERROR_PERMISSION
           : HEARTH_ERROR_IO;

  g_set_error (error, HEARTH_ERROR, code,
               /* Translators: a file name, then SQLite's own reason. */
               _("The backup “%s” could not be written: %s"), dest_path,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

/* Copies every page of @source into @dest in steps, waiting briefly when a
 * writer holds the source, until done, cancelled or failed. */
static int
copy_pages (sqlite3      *dest,
            sqlite3      *source,
            GCancellable *cancellable)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (dest);

  do
    {
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (5 * 1000);
      if (g_cancellable_is_cancelled (cancellable))
        break;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (dest);
  return rc;
}

gboolean
hearth_backup_copy (const char    *db_path,
                    const char    *dest_path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *part = NULL;
  sqlite3 *source = NULL;
  sqlite3 *dest = NULL;
  gboolean ok = FALSE;
  int rc, fd;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Private from its first byte, whatever the umask. */
  part = g_strconcat (dest_path, ".part", NULL);
  g_unlink (part);
  fd = g_open (part, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("The backup “%s” could not be written: %s"), dest_path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = copy_pages (dest, source, cancellable);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ;
  else if (rc != SQLITE_DONE)
    set_copy_error (error, dest != NULL ? dest : source, rc, dest_path);
  else
    {
      /* A backup stands alone: no write-ahead log beside it, synced. */
      rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                               " PRAGMA user_version", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        set_copy_error (error, dest, rc, dest_path);
      else
        ok = TRUE;
    }

  sqlite3_close_v2 (source);
  if (dest != NULL && sqlite3_close (dest) != SQLITE_OK && ok)
    ok = set_copy_error (error, NULL, SQLITE_IOERR, dest_path);

  if (ok)
    {
      fd = g_open (part, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0 || fsync (fd) != 0)
        ok = set_copy_error (error, NULL, SQLITE_IOERR, dest_path);
      if (fd >= 0)
        close (fd);
    }

  if (ok && g_rename (part, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO,
                   _("The backup “%s” could not be written: %s"), dest_path,
                   g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    {
      g_autofree char *journal = g_strconcat (part, "-journal", NULL);

      g_unlink (part);
      g_unlink (journal);
    }
  return ok;
}

/* Announces every table as changed, with their audit rows: every list of
 * every window reads its rows again. */
static gboolean
announce_every_table (HearthStore  *store,
                      GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT name FROM sqlite_schema WHERE type = 'table'"
                             " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                             " AND name NOT LIKE '%\\_fts%' ESCAPE '\\'", "");
  if (stmt == NULL)
    return FALSE;
  while (hearth_store_next (store, stmt, &local_error))
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;
  for (guint i = 0; i < tables->len; i++)
    hearth_store_note_change (store, g_ptr_array_index (tables, i), 0, HEARTH_CHANGE_UPDATE);
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* Removes a copy made for checking, with what SQLite left beside it. */
static void
remove_copy (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

gboolean
hearth_backup_restore (HearthStore  *store,
                       const char   *backup_path,
                       const char   *aside_path,
                       GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(HearthStore) checked = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *result = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (backup_path != NULL && aside_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hearth_store_is_read_only (store))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                           _("These records are open for reading only, so a backup cannot "
                             "replace them."));
      return FALSE;
    }

  /* Checked and brought up to date on a copy beside the records, so the
   * backup itself is never changed. The copy is taken as a database file:
   * opening it refuses what is not Hearth's, newer, cut short or damaged. */
  dir = g_path_get_dirname (hearth_store_get_path (store));
  name = g_strdup_printf (".restore-%d-%" G_GINT64_FORMAT ".db", getpid (), g_get_real_time ());
  copy = g_build_filename (dir, name, NULL);
  if (!hearth_backup_copy (backup_path, copy, NULL, &local_error))
    {
      remove_copy (copy);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
                   _("“%s” cannot be restored: it is not a database Hearth can read."),
                   backup_path);
      return FALSE;
    }

  checked = hearth_store_open (copy, HEARTH_STORE_OPEN_DEFAULT, &local_error);
  if (checked != NULL &&
      !hearth_store_read_row (checked, NULL, &local_error, "PRAGMA quick_check", ">s", &result))
    g_clear_object (&checked);
  if (checked != NULL && g_strcmp0 (result, "ok") != 0)
    {
      g_clear_object (&checked);
      g_set_error_literal (&local_error, HEARTH_ERROR, HEARTH_ERROR_CORRUPT,
                           _("It is damaged."));
    }
  if (checked == NULL)
    {
      remove_copy (copy);
      /* Translators: a file name, then the reason, a sentence. */
      g_set_error (error, HEARTH_ERROR,
                   local_error->domain == HEARTH_ERROR ? local_error->code : HEARTH_ERROR_FAILED,
                   _("“%s” cannot be restored, and nothing was changed. %s"), backup_path,
                   local_error->message);
      return FALSE;
    }

  /* The records as they are now, kept aside before anything is replaced. */
  if (!hearth_backup_copy (hearth_store_get_path (store), aside_path, NULL, error))
    {
      g_clear_object (&checked);
      remove_copy (copy);
      return FALSE;
    }

  rc = copy_pages (hearth_store_get_db (store), hearth_store_get_db (checked), NULL);
  g_clear_object (&checked);
  remove_copy (copy);
  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (store, error, rc, "restore");
      return FALSE;
    }

  return announce_every_table (store, error);
}
