/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* What erasing a resident takes away, for a confirmation that says exactly
 * what will go. */
typedef struct {
  guint cases;           /* cases only they are on, removed whole */
  guint shared_cases;    /* cases shared with others, kept without them */
  guint entries;         /* timeline entries removed (notes before a case too) */
  guint agreements;      /* items of "what we agreed" removed */
  guint spends;          /* spends removed, of the entries above */
  guint money_outcomes;  /* money outcomes removed, of the entries above */
  guint profile_fields;  /* details, profile fields and access needs that hold something */
  guint renamed;         /* entries of shared cases kept with their name taken out */
  guint links;           /* links from one-to-ones to the cases removed */
  guint one_to_ones;     /* one-to-ones about their cases kept with their name taken out */
  guint raters;          /* feedback raters of theirs whose name is taken out */
} HearthErasureCounts;

/* Counts what hearth_resident_erase() would remove; HEARTH_ERROR_NOT_FOUND
 * for a resident who is not there. */
gboolean hearth_resident_erasure_count (HearthStore          *store,
                                        gint64                resident_id,
                                        HearthErasureCounts  *counts,
                                        GError              **error);

/* Removes the resident and everything only they are in, in one
 * transaction, so that none of their words can be read back from the
 * database file or its log afterwards: see hearth-resident-erasure.c for
 * what is kept of a case shared with another resident. Cannot be undone. */
gboolean hearth_resident_erase         (HearthStore          *store,
                                        gint64                resident_id,
                                        GError              **error);

G_END_DECLS
