/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hearth-backup.h"
#include "hearth-backups.h"
#include "hearth-error.h"

#define DAY_SECONDS (24 * 60 * 60)
#define REPLACED_KEPT 3

/* The database's file name without ".db": what its backups are named by. */
static char *
dup_stem (HearthStore *store)
{
  g_autofree char *base = g_path_get_basename (hearth_store_get_path (store));

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

char *
hearth_backups_dup_folder (HearthStore *store)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  dir = g_path_get_dirname (hearth_store_get_path (store));
  return g_build_filename (dir, "backups", NULL);
}

/* "-YYYY-MM-DD-HHMMSS.db" after @prefix: the time it names, or 0. */
static gint64
time_in_name (const char *name,
              const char *prefix)
{
  g_autoptr(GDateTime) when = NULL;
  int y, mo, d, h, mi, s;
  char tail[4] = "";

  if (!g_str_has_prefix (name, prefix) ||
      sscanf (name + strlen (prefix), "-%4d-%2d-%2d-%2d%2d%2d%3s", &y, &mo, &d, &h, &mi, &s,
              tail) != 7 ||
      !g_str_equal (tail, ".db") ||
      strlen (name + strlen (prefix)) != strlen ("-2026-12-05-031500.db"))
    return 0;
  when = g_date_time_new_local (y, mo, d, h, mi, s);
  return when != NULL ? g_date_time_to_unix (when) : 0;
}

typedef struct
{
  char   *path;
  gint64  made;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->path);
  g_free (found);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const Found *x = *(const Found * const *) a;
  const Found *y = *(const Found * const *) b;

  return (x->made < y->made) - (x->made > y->made);
}

/* The files in the backups folder named @prefix-<time>.db, newest first. */
static GPtrArray *
find (HearthStore *store,
      const char  *prefix)
{
  g_autofree char *folder = hearth_backups_dup_folder (store);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (found_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gint64 made = time_in_name (name, prefix);

      if (made > 0)
        {
          Found *f = g_new0 (Found, 1);

          f->path = g_build_filename (folder, name, NULL);
          f->made = made;
          g_ptr_array_add (found, f);
        }
    }
  g_ptr_array_sort (found, newest_first);
  return found;
}

static GPtrArray *
find_backups (HearthStore *store)
{
  g_autofree char *stem = dup_stem (store);

  return find (store, stem);
}

static GPtrArray *
find_replaced (HearthStore *store)
{
  g_autofree char *stem = dup_stem (store);
  g_autofree char *prefix = g_strconcat (stem, "-replaced", NULL);

  return find (store, prefix);
}

GPtrArray *
hearth_backups_list (HearthStore *store)
{
  g_autoptr(GPtrArray) found = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (HEARTH_IS_STORE (store), paths);

  found = find_backups (store);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (paths, g_strdup (((Found *) g_ptr_array_index (found, i))->path));
  return paths;
}

gint64
hearth_backups_get_newest (HearthStore *store)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  found = find_backups (store);
  return found->len > 0 ? ((Found *) g_ptr_array_index (found, 0))->made : 0;
}

gboolean
hearth_backups_is_due (HearthStore *store)
{
  gint64 newest;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  newest = hearth_backups_get_newest (store);
  return newest == 0 || hearth_store_now (store) - newest >= DAY_SECONDS;
}

/* A new file name in the backups folder for @kind ("" or "-replaced"),
 * made with the folder if need be; NULL with @error. */
static char *
dup_new_path (HearthStore  *store,
              const char   *kind,
              GError      **error)
{
  g_autofree char *folder = hearth_backups_dup_folder (store);
  g_autofree char *stem = dup_stem (store);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (hearth_store_now (store));
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *name = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("The folder for backups, “%s”, could not be made: %s"), folder,
                   g_strerror (saved_errno));
      return NULL;
    }
  g_chmod (folder, 0700);

  name = g_strdup_printf ("%s%s-%s.db", stem, kind, stamp);
  return g_build_filename (folder, name, NULL);
}

/* Removes all but the newest @kept of @found. */
static void
prune (GPtrArray *found,
       guint      kept)
{
  for (guint i = kept; i < found->len; i++)
    {
      const char *path = ((Found *) g_ptr_array_index (found, i))->path;

      if (g_unlink (path) != 0)
        g_debug ("Could not remove an old backup: %s", g_strerror (errno));
    }
}

static void
prune_backups (HearthStore *store)
{
  g_autoptr(GPtrArray) backups = find_backups (store);

  prune (backups, HEARTH_BACKUPS_KEPT);
}

char *
hearth_backups_make (HearthStore  *store,
                     GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = dup_new_path (store, "", error);
  if (path == NULL || !hearth_backup_copy (hearth_store_get_path (store), path, NULL, error))
    return NULL;
  prune_backups (store);
  return g_steal_pointer (&path);
}

static void
make_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *const *paths = task_data;
  GError *error = NULL;

  if (hearth_backup_copy (paths[0], paths[1], cancellable, &error))
    g_task_return_pointer (task, g_strdup (paths[1]), g_free);
  else
    g_task_return_error (task, error);
}

void
hearth_backups_make_async (HearthStore         *store,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  char *path;

  g_return_if_fail (HEARTH_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_backups_make_async);
  path = dup_new_path (store, "", &error);
  if (path == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, g_strdupv ((char *[]) { (char *) hearth_store_get_path (store), path, NULL }),
                        (GDestroyNotify) g_strfreev);
  g_free (path);
  g_task_run_in_thread (task, make_thread);
}

char *
hearth_backups_make_finish (HearthStore   *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  char *path;

  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  path = g_task_propagate_pointer (G_TASK (result), error);
  if (path != NULL)
    prune_backups (store);
  return path;
}

char *
hearth_backups_restore (HearthStore  *store,
                        const char   *path,
                        GError      **error)
{
  g_autofree char *aside = NULL;
  g_autoptr(GPtrArray) replaced = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  aside = dup_new_path (store, "-replaced", error);
  if (aside == NULL || !hearth_backup_restore (store, path, aside, error))
    return NULL;

  replaced = find_replaced (store);
  prune (replaced, REPLACED_KEPT);
  return g_steal_pointer (&aside);
}

gboolean
hearth_backups_replace_all (HearthStore  *store,
                            GError      **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) replaced = NULL;
  g_autofree char *made = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backups = find_backups (store);
  replaced = find_replaced (store);
  if (backups->len == 0 && replaced->len == 0)
    return TRUE;

  prune (backups, 0);
  prune (replaced, 0);
  made = hearth_backups_make (store, error);
  return made != NULL;
}
