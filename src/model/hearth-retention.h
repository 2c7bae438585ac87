/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The years a closed case is kept before it is reviewed, unless the team
 * sets another number (Preferences). */
#define HEARTH_RETENTION_DEFAULT_YEARS 6
#define HEARTH_RETENTION_MIN_YEARS     1
#define HEARTH_RETENTION_MAX_YEARS     20

#define HEARTH_TYPE_RETENTION_CASE (hearth_retention_case_get_type ())
G_DECLARE_FINAL_TYPE (HearthRetentionCase, hearth_retention_case, HEARTH, RETENTION_CASE, GObject)

gint64      hearth_retention_case_get_id        (HearthRetentionCase *self);
const char *hearth_retention_case_get_title     (HearthRetentionCase *self);
/* The residents' names, joined with commas. */
const char *hearth_retention_case_get_residents (HearthRetentionCase *self);
gint64      hearth_retention_case_get_closed_at (HearthRetentionCase *self);
/* The outcome's name, or "" when none was given. */
const char *hearth_retention_case_get_outcome   (HearthRetentionCase *self);

/* What erasing a closed case takes away, for its confirmation. */
typedef struct {
  guint entries;         /* timeline entries, with their earlier versions */
  guint agreements;      /* items of "what we agreed" */
  guint spends;          /* spends, of the entries above */
  guint money_outcomes;  /* money outcomes, of the entries above */
  guint links;           /* links from one-to-ones to the case */
  guint residents;       /* residents on no other case and with no other note */
} HearthCaseErasureCounts;

/* The closed cases due for review on the store's clock: closed more than
 * @years ago, and not kept, or kept until a time now past. Oldest closed
 * first. A GListModel of HearthRetentionCase. */
GListModel *hearth_retention_list_due (HearthStore              *store,
                                       guint                     years,
                                       GError                  **error);
/* Keeps the closed case @case_id for @years more, for @reason (required:
 * HEARTH_ERROR_INVALID when blank), recording who and when. */
gboolean    hearth_retention_keep     (HearthStore              *store,
                                       gint64                    case_id,
                                       guint                     years,
                                       const char               *reason,
                                       GError                  **error);
/* Counts what hearth_retention_erase() would remove. */
gboolean    hearth_retention_count    (HearthStore              *store,
                                       gint64                    case_id,
                                       HearthCaseErasureCounts  *counts,
                                       GError                  **error);
/* Erases the closed case @case_id and everything only it holds, and its
 * residents who are on no other case and have no note outside one, as
 * erasing a resident does (secure_delete, full-text indexes cleaned, the
 * log emptied, backups replaced). Cannot be undone. */
gboolean    hearth_retention_erase    (HearthStore              *store,
                                       gint64                    case_id,
                                       GError                  **error);

G_END_DECLS
