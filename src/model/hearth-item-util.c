/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-item-util.h"

const char *
hearth_column_text (sqlite3_stmt *stmt,
                    int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text ? text : "";
}
