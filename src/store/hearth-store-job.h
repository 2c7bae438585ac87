/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Works something out from the database on @reader, a read-only connection
 * of its own, in a worker thread, from @input. Returns the result, or NULL
 * with @error set. */
typedef gpointer (*HearthStoreReadFunc) (HearthStore  *reader,
                                         gpointer      input,
                                         GError      **error);

/* Runs @func in a worker thread on a reader of its own opened on @self's
 * database, with @self's clock and actor at the time of the call, so that a
 * large database does not hold up the window. @func must read only @input
 * and @reader: nothing of the window's. @input_free frees @input once the
 * work is done (on whichever thread drops it last); @result_free frees a
 * result that nobody took, as when the work was cancelled meanwhile.
 *
 * The task holds no reference to @self, and the callback runs in the
 * thread-default main context of the call; a job cancelled by the time it
 * is finished reports G_IO_ERROR_CANCELLED, whatever @func returned. */
void     hearth_store_read_async  (HearthStore          *self,
                                   HearthStoreReadFunc   func,
                                   gpointer              input,
                                   GDestroyNotify        input_free,
                                   GDestroyNotify        result_free,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
/* Returns: (transfer full): what @func returned, or NULL with @error set. */
gpointer hearth_store_read_finish (GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
