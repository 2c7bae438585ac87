/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

typedef enum {
  HEARTH_SAMPLE_TEAM,
  HEARTH_SAMPLE_SCALE,
} HearthSampleKind;

gboolean hearth_sample_data_fill      (HearthStore       *store,
                                       HearthSampleKind   kind,
                                       GError           **error);
gboolean hearth_sample_data_fill_full (HearthStore       *store,
                                       HearthSampleKind   kind,
                                       guint32            seed,
                                       void             (*progress) (const char *stage,
                                                                     double      fraction,
                                                                     gpointer    user_data),
                                       gpointer           user_data,
                                       GError           **error);
/* The scale kind at any size, for tests that cannot wait for the full one. */
gboolean hearth_sample_data_fill_scale_sized (HearthStore  *store,
                                              guint         n_staff,
                                              guint         n_residents,
                                              guint         n_cases,
                                              guint         n_entries,
                                              guint32       seed,
                                              GError      **error);
gboolean hearth_sample_data_is_empty  (HearthStore       *store,
                                       gboolean          *empty,
                                       GError           **error);

G_END_DECLS
