/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-error.h"

G_BEGIN_DECLS

/* Money is whole pence in a gint64, never a floating-point number. The
 * largest amount a spend or a money outcome may hold: one million pounds. */
#define HEARTH_MONEY_MAX_PENCE G_GINT64_CONSTANT (100000000)

/* Reads an amount as people type it: "£12.50", "12.5", "12", "1,250",
 * ".75". Negative amounts, more than two decimals, letters and amounts over
 * HEARTH_MONEY_MAX_PENCE are refused with a message that can be shown as
 * it is (HEARTH_ERROR_INVALID). */
gboolean hearth_money_parse  (const char  *text,
                              gint64      *pence,
                              GError     **error);

/* "£12.50", "£1,250.00", "£0.75". */
char    *hearth_money_format (gint64       pence);

G_END_DECLS
