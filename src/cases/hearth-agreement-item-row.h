/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-agreement-item.h"
#include "hearth-store.h"
#include "hearth-timeline-changes.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AGREEMENT_ITEM_ROW (hearth_agreement_item_row_get_type ())
G_DECLARE_FINAL_TYPE (HearthAgreementItemRow, hearth_agreement_item_row, HEARTH, AGREEMENT_ITEM_ROW,
                      GtkListBoxRow)

/* One thing we agreed, in a list of them: what will be done, and who will
 * do it by when, chosen in a HearthItemOwnerPopover. It comes in two forms.
 *
 * To write one (hearth_agreement_item_row_new_to_write(), in the composer):
 * the text in an entry, who and by when on a button that says so in a few
 * words ("Me · by Fri 4 Dec"), and a remove button. The row keeps what is
 * written until it is saved by whoever holds the list: Enter in the text
 * emits ::text-activated, a list pasted into it (several lines) keeps its
 * first line and gives the others, stripped and without blank ones, to
 * ::paste-lines (a string array), the remove button emits ::remove, and
 * any change to the text or the owner emits ::changed.
 *
 * To show one saved (hearth_agreement_item_row_new_for_item(), on a
 * timeline entry): a check box to mark it done, its text, who will do it
 * and by when, and buttons to change who and when or to say it is not
 * going ahead and why. Each change is saved at once; the row follows its
 * item, and says in a toast (or the popover) when a change could not be
 * saved. */
GtkWidget           *hearth_agreement_item_row_new_to_write (HearthStore            *store);
GtkWidget           *hearth_agreement_item_row_new_for_item (HearthStore            *store,
                                                             HearthAgreementItem    *item);

/* The item shown, or NULL for a row to write in. */
HearthAgreementItem *hearth_agreement_item_row_get_item     (HearthAgreementItemRow *self);

/* --- Rows to write in --- */

/* The team for "A colleague", once there is a store. */
void                 hearth_agreement_item_row_set_store    (HearthAgreementItemRow *self,
                                                             HearthStore            *store);
/* The row's place in its list, from 1, which its controls' accessible names
 * say: "Agreed thing 2", "Remove agreed thing 2". */
void                 hearth_agreement_item_row_set_number   (HearthAgreementItemRow *self,
                                                             guint                   number);
const char          *hearth_agreement_item_row_get_text     (HearthAgreementItemRow *self);
void                 hearth_agreement_item_row_set_text     (HearthAgreementItemRow *self,
                                                             const char             *text);
/* No text, and the writer's own with no date, as a new row. */
void                 hearth_agreement_item_row_clear        (HearthAgreementItemRow *self);
/* Whether the text is empty or only spaces. */
gboolean             hearth_agreement_item_row_is_blank     (HearthAgreementItemRow *self);
/* Puts the cursor in the text, and scrolls the row into sight once it has
 * its place (a row just added has none until the next frame). */
void                 hearth_agreement_item_row_focus        (HearthAgreementItemRow *self);
/* Whether who and by when can be saved; if not, the row is scrolled into
 * sight and its popover opens with the reason, where it can be put right. */
gboolean             hearth_agreement_item_row_check        (HearthAgreementItemRow *self);
/* Fills @fields with the text, owner and due date; the strings belong to
 * @self and hold until the next change. */
void                 hearth_agreement_item_row_get_fields   (HearthAgreementItemRow *self,
                                                             HearthAgreementFields  *fields);

G_END_DECLS
