/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store-job.h"

#include <glib/gi18n-lib.h>

/* The one way work reads the database off the main thread:
 *
 *   window's HearthStore --(path, clock, actor)--> Job --> worker thread:
 *                                                          a reader of its own,
 *                                                          func (reader, input)
 *   callback, in the main context of the call <-- result or error
 *
 * Only plain values cross to the worker: a HearthStore is not thread-safe,
 * so the worker never touches the window's, and the task holds no reference
 * to it or to whoever asked (a page may go away while the job runs). */
typedef struct
{
  char                *path;
  gint64               now;
  gint64               actor;
  HearthStoreReadFunc  func;
  gpointer             input;
  GDestroyNotify       input_free;
  GDestroyNotify       result_free;
} Job;

static void
job_free (Job *job)
{
  if (job->input_free != NULL)
    g_clear_pointer (&job->input, job->input_free);
  g_free (job->path);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(HearthStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  reader = hearth_store_open_reader (job->path, job->now, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  hearth_store_set_actor (reader, job->actor);

  if (g_task_return_error_if_cancelled (task))
    return;

  result = job->func (reader, job->input, &error);
  if (result != NULL)
    {
      g_warn_if_fail (error == NULL);
      g_task_return_pointer (task, result, job->result_free);
    }
  else if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    {
      /* A programming error in @func; whoever asked still hears of it. */
      g_critical ("%s: the work returned neither a result nor an error", G_STRFUNC);
      g_task_return_new_error (task, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                               _("Hearth could not read what was asked. Try again, "
                                 "and ask for help if it keeps happening."));
    }
}

void
hearth_store_read_async (HearthStore         *self,
                         HearthStoreReadFunc  func,
                         gpointer             input,
                         GDestroyNotify       input_free,
                         GDestroyNotify       result_free,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (HEARTH_IS_STORE (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_store_read_async);

  job = g_new0 (Job, 1);
  job->path = g_strdup (hearth_store_get_path (self));
  job->now = hearth_store_now (self);
  job->actor = hearth_store_get_actor (self);
  job->func = func;
  job->input = input;
  job->input_free = input_free;
  job->result_free = result_free;
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  g_task_run_in_thread (task, read_thread);
}

gpointer
hearth_store_read_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hearth_store_read_async, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
