/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-case.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_VIEW (hearth_case_view_get_type ())
G_DECLARE_FINAL_TYPE (HearthCaseView, hearth_case_view, HEARTH, CASE_VIEW, AdwBin)

void        hearth_case_view_set_store    (HearthCaseView *self,
                                           HearthStore    *store);
/* Shows @item's profile and timeline; NULL shows the "choose a case" page. */
void        hearth_case_view_set_case     (HearthCaseView *self,
                                           HearthCase     *item);
HearthCase *hearth_case_view_get_case     (HearthCaseView *self);
GListModel *hearth_case_view_get_timeline (HearthCaseView *self);
/* Shows the case's timeline at the entry, focused. */
gboolean    hearth_case_view_show_entry   (HearthCaseView *self,
                                           gint64          entry_id);

G_END_DECLS
