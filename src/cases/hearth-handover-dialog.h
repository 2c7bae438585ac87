/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-case.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HANDOVER_DIALOG (hearth_handover_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthHandoverDialog, hearth_handover_dialog, HEARTH, HANDOVER_DIALOG, AdwDialog)

/* What a colleague covering a case needs, without asking the resident the
 * same questions again: the person in their own words, who has worked on
 * the case, what is still open, and the latest entries. It can be copied
 * as text. */
AdwDialog *hearth_handover_dialog_new      (HearthStore          *store,
                                            HearthCase           *item);
/* The handover as plain text, as copied. */
char      *hearth_handover_dialog_dup_text (HearthHandoverDialog *self);

G_END_DECLS
