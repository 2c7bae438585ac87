/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hearth-case-search.h"
#include "hearth-case-view.h"
#include "hearth-resident-page.h"
#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CASE_LIST_PAGE (hearth_case_list_page_get_type ())
G_DECLARE_FINAL_TYPE (HearthCaseListPage, hearth_case_list_page, HEARTH, CASE_LIST_PAGE, AdwBin)

void        hearth_case_list_page_set_store    (HearthCaseListPage *self,
                                                HearthStore        *store);
void        hearth_case_list_page_focus_search (HearthCaseListPage *self);
/* Opens the case at @position of the list in the case view. */
void        hearth_case_list_page_open_case    (HearthCaseListPage *self,
                                                guint               position);
/* Opens the case with @case_id, showing every case unfiltered when the
 * current search or filter hides it. */
void        hearth_case_list_page_show_case    (HearthCaseListPage *self,
                                                gint64              case_id);
GListModel *hearth_case_list_page_get_model    (HearthCaseListPage *self);
/* The search behind the search box; NULL before the store is set. */
HearthCaseSearch *hearth_case_list_page_get_search (HearthCaseListPage *self);
HearthCaseView *hearth_case_list_page_get_case_view (HearthCaseListPage *self);

/* The Residents view: every resident, with a case or not, by name; the
 * search box narrows it. Opens the resident at @position of that list on
 * the resident page. */
void        hearth_case_list_page_open_resident (HearthCaseListPage *self,
                                                 guint               position);
/* Opens the Residents view on the resident with @resident_id, showing
 * every resident when the current search hides them. The "residents.show"
 * action (an int64) does the same from anywhere inside the page. */
void        hearth_case_list_page_show_resident (HearthCaseListPage *self,
                                                 gint64              resident_id);
HearthResidentPage *hearth_case_list_page_get_resident_page (HearthCaseListPage *self);

G_END_DECLS
