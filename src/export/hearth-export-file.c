/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include "hearth-export-file.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* Every export holds residents' records, so it is written the way the
 * database is kept: readable by its owner only, whatever the umask, and
 * never half there. The bytes go to a private temporary file beside the
 * target, are synced, and only then renamed into place; any failure (a full
 * disk, a folder that cannot be written, a cancelled save) removes the
 * temporary file and leaves the folder exactly as it was. */

#define CHUNK (64 * 1024)

/* Rewrites GIO's message so that it names the file and says what to do. */
static void
explain_error (GError **error,
               GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup (name);
  g_autofree char *message = NULL;
  GError *e = *error;

  if (g_error_matches (e, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (e, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    message = g_strdup_printf (_("Could not save “%s”: the folder “%s” cannot be written to. "
                                 "Choose another folder."), name, folder);
  else if (g_error_matches (e, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    message = g_strdup_printf (_("Could not save “%s”: there is not enough room on the disk. "
                                 "Make some room, or choose another place."), name);
  else if (g_error_matches (e, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
           parent != NULL && !g_file_query_exists (parent, NULL))
    message = g_strdup_printf (_("Could not save “%s”: the folder “%s” does not exist."),
                               name, folder);
  else if (g_error_matches (e, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    message = g_strdup_printf (_("Could not save “%s”: it is a folder. Choose a name for the "
                                 "file."), name);
  else if (!g_error_matches (e, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* Translators: the first %s is a file, the second the system's reason. */
    message = g_strdup_printf (_("Could not save “%s”: %s"), name, e->message);

  if (message != NULL)
    {
      g_free (e->message);
      e->message = g_steal_pointer (&message);
    }
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length,
           GCancellable  *cancellable,
           GError       **error)
{
  while (length > 0)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      n = write (fd, data, MIN (length, CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_errno_error (error, errno);

      data += n;
      length -= n;
    }

  return TRUE;
}

/* Writes through a local path: temporary file, fsync, rename. */
static gboolean
save_local (const char    *path,
            const void    *data,
            gsize          length,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = NULL;
  GStatBuf st;
  gboolean ok;
  int fd;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, g_strerror (EISDIR));
      return FALSE;
    }

  /* Hidden, and named after the file, in case a crash leaves it behind. */
  template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (error, errno);

  ok = write_all (fd, data, length, cancellable, error);
  if (ok && fsync (fd) != 0)
    ok = set_errno_error (error, errno);
  if (close (fd) != 0 && ok)
    ok = set_errno_error (error, errno);
  if (ok && g_rename (template, path) != 0)
    ok = set_errno_error (error, errno);

  if (!ok)
    g_unlink (template);

  return ok;
}

/* Writes through GIO where the file has no local path. */
static gboolean
save_remote (GFile         *file,
             const void    *data,
             gsize          length,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();

  out = g_file_replace (file, NULL, FALSE,
                        G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                        cancellable, error);
  if (out == NULL)
    return FALSE;

  /* A failed write closes with a cancelled cancellable, which throws the
   * temporary file away instead of renaming it over the old one. */
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, cancellable,
                                  error))
    {
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}

/**
 * hearth_export_file_save:
 * @file: where the export goes
 * @data: (array length=length): its bytes
 * @length: how many
 * @cancellable: (nullable): stops the save, leaving nothing
 * @error: a message for people, naming the file
 *
 * Saves an export privately (0600) and whole: either @file holds every
 * byte, or it is as it was before.
 */
gboolean
hearth_export_file_save (GFile         *file,
                         const void    *data,
                         gsize          length,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    ok = save_local (path, data, length, cancellable, &local_error);
  else
    ok = save_remote (file, data, length, cancellable, &local_error);

  if (!ok)
    {
      explain_error (&local_error, file);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return ok;
}
