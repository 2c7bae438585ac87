/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits in characters, the same as the schema's CHECKs. */
#define HEARTH_CASE_TITLE_MAX  200
#define HEARTH_CASE_NOTE_MAX   10000

/* Opens a case for one or more residents, led by @lead_id (0: the store's
 * actor) with @worker_ids involved too, and writes "case opened" on its
 * timeline, in one transaction. Returns the case id, or 0 with @error (a
 * sentence to show, HEARTH_ERROR_INVALID for what was typed). */
gint64   hearth_case_open      (HearthStore   *store,
                                const char    *title,
                                const gint64  *resident_ids,
                                guint          n_residents,
                                gint64         lead_id,
                                const gint64  *worker_ids,
                                guint          n_workers,
                                GError       **error);

/* Opens a case as hearth_case_open() does, with the first line of its
 * timeline in the words of whoever opened it: @summary (NULL or blank for
 * “Case opened: <title>”) and @body (may be NULL), such as what brought the
 * case about. */
gint64   hearth_case_open_telling (HearthStore   *store,
                                   const char    *title,
                                   const gint64  *resident_ids,
                                   guint          n_residents,
                                   gint64         lead_id,
                                   const gint64  *worker_ids,
                                   guint          n_workers,
                                   const char    *summary,
                                   const char    *body,
                                   GError       **error);

/* Closes an open case with an outcome from the team's list and a closing
 * note (may be empty), and writes "case closed" on its timeline. Open
 * agreements stay as they are, for whoever reopens the case. */
gboolean hearth_case_close     (HearthStore   *store,
                                gint64         case_id,
                                gint64         outcome_id,
                                const char    *note,
                                GError       **error);

/* Closes a case as hearth_case_close() does, with the closing line in the
 * words of whoever closed it (@summary; NULL or blank for “Case closed:
 * <outcome>”). */
gboolean hearth_case_close_telling (HearthStore *store,
                                    gint64       case_id,
                                    gint64       outcome_id,
                                    const char  *note,
                                    const char  *summary,
                                    GError     **error);

/* Reopens a closed case, saying why (required), on its timeline. The
 * outcome it closed with stays in the timeline's history. */
gboolean hearth_case_reopen    (HearthStore   *store,
                                gint64         case_id,
                                const char    *reason,
                                GError       **error);

/* Renames the case and sets who leads it and who else is involved. */
gboolean hearth_case_set_team  (HearthStore   *store,
                                gint64         case_id,
                                const char    *title,
                                gint64         lead_id,
                                const gint64  *worker_ids,
                                guint          n_workers,
                                GError       **error);

/* The staff involved besides the lead, in name order; g_free() the array. */
gint64  *hearth_case_dup_worker_ids (HearthStore *store,
                                     gint64       case_id,
                                     guint       *n_workers,
                                     GError     **error);

/* A resident a new case is for: one already in Hearth (@id), or one new to
 * Hearth (@id 0), added by @name as the case opens. */
typedef struct {
  gint64      id;
  const char *name;
} HearthCaseResident;

/* Opens a case as hearth_case_open() does, for @residents in that order,
 * adding first those new to Hearth: the new residents and the case are
 * written together or not at all. Returns the case id, or 0 with @error. */
gint64   hearth_case_open_with_residents (HearthStore               *store,
                                          const char                *title,
                                          const HearthCaseResident  *residents,
                                          guint                      n_residents,
                                          gint64                     lead_id,
                                          const gint64              *worker_ids,
                                          guint                      n_workers,
                                          GError                   **error);

G_END_DECLS
