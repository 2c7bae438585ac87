/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits in characters, as the schema's CHECKs and the design have them. */
#define HEARTH_FRAMEWORK_NAME_MAX          200
#define HEARTH_FRAMEWORK_DESCRIPTION_MAX   10000
#define HEARTH_BEHAVIOUR_NAME_MAX          200
#define HEARTH_BEHAVIOUR_MEANING_MAX       200
#define HEARTH_BEHAVIOUR_DESCRIPTORS_MAX   10000
#define HEARTH_DESCRIPTOR_MAX              1000
#define HEARTH_SCALE_LABEL_MAX             100
#define HEARTH_SCALE_MIN_POINTS            2
#define HEARTH_SCALE_MAX_POINTS            10

/* What a framework holds: the team's behaviours, or its values. */
typedef enum {
  HEARTH_FRAMEWORK_BEHAVIOURS,
  HEARTH_FRAMEWORK_VALUES,
} HearthFrameworkKind;

/* Changes to the frameworks that feedback is given on. Each is one
 * transaction; refusals are HEARTH_ERROR_INVALID for what was typed or
 * chosen, HEARTH_ERROR_NOT_FOUND for a framework or behaviour that is gone
 * and HEARTH_ERROR_CONFLICT for a change that cycles using the framework do
 * not allow, each with a sentence to show.
 *
 * Names are compared without regard to case or surrounding space: a
 * framework cannot share its name with another, nor a behaviour with
 * another of its framework. Texts are stored as typed, with surrounding
 * space trimmed from names, meanings and each line of descriptors. */

/* Makes a framework with no behaviours yet, on the default scale (1 “Not
 * yet seen” to 5 “A role model”). Returns its id, or 0 with @error. */
gint64   hearth_framework_create             (HearthStore          *store,
                                              const char           *name,
                                              HearthFrameworkKind   kind,
                                              GError              **error);
gboolean hearth_framework_rename             (HearthStore          *store,
                                              gint64                framework_id,
                                              const char           *name,
                                              GError              **error);
gboolean hearth_framework_set_description    (HearthStore          *store,
                                              gint64                framework_id,
                                              const char           *description,
                                              GError              **error);
gboolean hearth_framework_set_kind           (HearthStore          *store,
                                              gint64                framework_id,
                                              HearthFrameworkKind   kind,
                                              GError              **error);
/* A copy with every behaviour (not the removed ones), its descriptors and
 * the scale, named “… (copy)”; returns its id, or 0 with @error. */
gint64   hearth_framework_duplicate          (HearthStore          *store,
                                              gint64                framework_id,
                                              GError              **error);
/* Removing hides the framework from the list, and restoring brings it
 * back; cycles that use it keep it either way. */
gboolean hearth_framework_remove             (HearthStore          *store,
                                              gint64                framework_id,
                                              GError              **error);
gboolean hearth_framework_restore            (HearthStore          *store,
                                              gint64                framework_id,
                                              GError              **error);

/* Adds a behaviour at the end of the framework. @descriptors holds one
 * descriptor a line; blank lines are left out. Returns its id, or 0 with
 * @error. */
gint64   hearth_framework_add_behaviour      (HearthStore          *store,
                                              gint64                framework_id,
                                              const char           *name,
                                              const char           *meaning,
                                              const char           *descriptors,
                                              GError              **error);
/* Renames and rewords a behaviour; allowed while cycles use it. */
gboolean hearth_framework_update_behaviour   (HearthStore          *store,
                                              gint64                behaviour_id,
                                              const char           *name,
                                              const char           *meaning,
                                              const char           *descriptors,
                                              GError              **error);
/* Removes a behaviour, kept hidden so that restoring puts it back where it
 * was. Refused with HEARTH_ERROR_CONFLICT while any cycle uses the
 * framework. */
gboolean hearth_framework_remove_behaviour   (HearthStore          *store,
                                              gint64                behaviour_id,
                                              GError              **error);
gboolean hearth_framework_restore_behaviour  (HearthStore          *store,
                                              gint64                behaviour_id,
                                              GError              **error);
/* Moves a behaviour to @position (from 0) among the framework's others;
 * a position past the end moves it to the end. Moving up and down by one,
 * and drag and drop, all come here. */
gboolean hearth_framework_move_behaviour     (HearthStore          *store,
                                              gint64                behaviour_id,
                                              guint                 position,
                                              GError              **error);

/* Sets the scale to @labels, a NULL-terminated array of the labels of
 * points 1, 2, … (2 to 10 of them). While any cycle uses the framework its
 * labels may be reworded but their number cannot change
 * (HEARTH_ERROR_CONFLICT). */
gboolean hearth_framework_set_scale          (HearthStore          *store,
                                              gint64                framework_id,
                                              const char * const   *labels,
                                              GError              **error);
/* The labels of points 1, 2, … of the framework's scale; g_strfreev() it. */
char   **hearth_framework_dup_scale          (HearthStore          *store,
                                              gint64                framework_id,
                                              GError              **error);

/* The cycles that use the framework, newest first, each as a phrase that
 * names its title and its person (“Spring feedback” for Priya Shah), for
 * the dialog that offers to duplicate the framework instead; empty when
 * none does. g_strfreev() it. */
char   **hearth_framework_dup_cycles_using   (HearthStore          *store,
                                              gint64                framework_id,
                                              GError              **error);

/* The kind as the database spells it, and back. */
const char *hearth_framework_kind_to_string  (HearthFrameworkKind   kind);
gboolean    hearth_framework_kind_from_string (const char          *text,
                                               HearthFrameworkKind  *kind);

G_END_DECLS
