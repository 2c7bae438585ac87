/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-supervision-history.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROMISE_QUARTER_ITEM (hearth_promise_quarter_item_get_type ())
G_DECLARE_FINAL_TYPE (HearthPromiseQuarterItem, hearth_promise_quarter_item, HEARTH,
                      PROMISE_QUARTER_ITEM, GObject)

/* One row of the history of promises, for a table: the quarter's name and
 * each figure as text, and a sentence that says the whole row for a
 * screen reader. A quarter of 0 is the row of every quarter added up. */
HearthPromiseQuarterItem *hearth_promise_quarter_item_new          (const HearthPromiseQuarter *quarter);

/* "Q4 2026", or "All" for the total. */
const char *hearth_promise_quarter_item_get_label   (HearthPromiseQuarterItem *self);
/* "October to December 2026", or "All quarters". */
const char *hearth_promise_quarter_item_get_spoken  (HearthPromiseQuarterItem *self);
const char *hearth_promise_quarter_item_get_summary (HearthPromiseQuarterItem *self);
const HearthPromiseQuarter *
            hearth_promise_quarter_item_get_quarter (HearthPromiseQuarterItem *self);

G_END_DECLS
