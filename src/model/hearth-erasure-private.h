/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps that every erasure shares, whether a resident asked for it or a
 * closed case was past the time the team keeps records (see
 * hearth-resident-erasure.c for what each one ensures).
 */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* Turns secure_delete on; @was keeps its value for hearth_erasure_end(). */
gboolean hearth_erasure_begin           (HearthStore  *store,
                                         int          *was,
                                         GError      **error);
/* Puts secure_delete back and, when the erasure was @done, empties the
 * write-ahead log and replaces every backup by one made now. */
void     hearth_erasure_end             (HearthStore  *store,
                                         int           was,
                                         gboolean      done);
/* Deletes the rows @ids of @table one by one with @sql (?1 the id), so
 * that each one's triggers clean the full-text index. */
gboolean hearth_erasure_delete_rows     (HearthStore  *store,
                                         GArray       *ids,
                                         const char   *table,
                                         const char   *sql,
                                         GError      **error);
/* Deletes the cases @cases whole: the one-to-ones' links to them, every
 * entry (with its versions and agreements), then the case. */
gboolean hearth_erasure_delete_cases    (HearthStore  *store,
                                         GArray       *cases,
                                         GError      **error);
/* Merges each full-text index, so that no old segment keeps a token. */
gboolean hearth_erasure_clean_indexes   (HearthStore  *store,
                                         GError      **error);
/* Erases a resident in a transaction of its own (nested in the caller's
 * when there is one); hearth_erasure_begin() must have run. */
gboolean hearth_erasure_erase_resident  (HearthStore  *store,
                                         gint64        resident_id,
                                         GError      **error);

G_END_DECLS
