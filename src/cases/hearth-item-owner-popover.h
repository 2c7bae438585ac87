/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-store.h"
#include "hearth-timeline-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ITEM_OWNER_POPOVER (hearth_item_owner_popover_get_type ())
G_DECLARE_FINAL_TYPE (HearthItemOwnerPopover, hearth_item_owner_popover, HEARTH, ITEM_OWNER_POPOVER, GtkPopover)

/* Asks who will do one agreed thing, and by when: the first choice (me, or
 * the colleague who has it now), the resident, someone else by name, or a
 * colleague from the team, and an optional due date. Used wherever an item
 * is written or changed, so it reads the same everywhere.
 *
 * Every change emits ::changed. The button (its "apply-label" has a
 * mnemonic, such as "_Save", the default) and Enter in the name emit ::apply
 * once the choice is valid; a choice that is not (someone else with no
 * name) is refused in the popover with a message, and ::apply is not
 * emitted. Whoever handles ::apply may refuse it too, with
 * hearth_item_owner_popover_show_error(). */
GtkWidget  *hearth_item_owner_popover_new             (const char                  *apply_label);
const char *hearth_item_owner_popover_get_apply_label (HearthItemOwnerPopover      *self);
void        hearth_item_owner_popover_set_apply_label (HearthItemOwnerPopover      *self,
                                                       const char                  *apply_label);

/* The team for "A colleague"; without a store only the other choices show. */
void        hearth_item_owner_popover_set_store       (HearthItemOwnerPopover      *self,
                                                       HearthStore                 *store);

/* Shows @fields' owner and due date (@fields->text is not used). For
 * "staff", @staff_name names the first choice; NULL or empty shows "Me". */
void        hearth_item_owner_popover_set_owner       (HearthItemOwnerPopover      *self,
                                                       const HearthAgreementFields *fields,
                                                       const char                  *staff_name);
/* Fills the owner and due date of @fields with what is chosen; the strings
 * belong to @self and hold until the next change. @fields->text is kept. */
void        hearth_item_owner_popover_get_owner       (HearthItemOwnerPopover      *self,
                                                       HearthAgreementFields       *fields);

/* Whether what is chosen can be saved; if not, the reason is shown in the
 * popover and announced. */
gboolean    hearth_item_owner_popover_check           (HearthItemOwnerPopover      *self);
void        hearth_item_owner_popover_show_error      (HearthItemOwnerPopover      *self,
                                                       const char                  *message);

/* A short line for a button: "Me · by Fri 4 Dec", "The resident". */
char       *hearth_item_owner_popover_dup_summary     (HearthItemOwnerPopover      *self);

G_END_DECLS
