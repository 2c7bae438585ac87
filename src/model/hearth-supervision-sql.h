/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQL that the one-to-ones' items, lists and history share, so that
 * "carried over" and "due" mean the same on every screen and in every
 * figure. Private to src/model.
 */
#pragma once

/* Today, as the store's clock has it: the UTC date of hearth_now(). */
#define HEARTH_SQL_TODAY "date (hearth_now (), 'unixepoch', 'localtime')"

/* One-to-ones are ordered by the day they were held, then by id: one held
 * after another is later even on the same day. */
#define HEARTH_SQL_LATER(t, s) "(" t ".held_on, " t ".id) > (" s ".held_on, " s ".id)"

/* Whether the action @a, agreed in the one-to-one @s, was still open when
 * the later one-to-one @t of the same member of staff was held: it is open
 * now; or it was closed in @t or in a one-to-one after it; or, closed
 * outside any one-to-one, it was closed on or after the day of @t. */
#define HEARTH_SQL_OPEN_AT(a, t) \
  "(" a ".status = 'open'" \
  " OR (" a ".closed_in_id IS NOT NULL AND (" t ".held_on, " t ".id) <=" \
  "  (SELECT c.held_on, c.id FROM supervisions c WHERE c.id = " a ".closed_in_id))" \
  " OR (" a ".closed_in_id IS NULL AND " t ".held_on <=" \
  "  date (coalesce (" a ".done_at, " a ".dropped_at, " a ".updated_at), 'unixepoch', 'localtime')))"

/* How many later one-to-ones of the same member of staff the action @a,
 * agreed in the one-to-one @s, was carried over into. */
#define HEARTH_SQL_CARRIED_OVER(a, s) \
  "(SELECT count (*) FROM supervisions t WHERE t.staff_id = " s ".staff_id" \
  " AND " HEARTH_SQL_LATER ("t", s) " AND " HEARTH_SQL_OPEN_AT (a, "t") ")"

/* The day the pair @p's next one-to-one is due: the day planned, or one
 * rhythm after the last one-to-one, or the day the pair started. */
#define HEARTH_SQL_LAST_HELD(p) \
  "(SELECT max (v.held_on) FROM supervisions v" \
  " WHERE v.supervisor_id = " p ".supervisor_id AND v.staff_id = " p ".staff_id)"
#define HEARTH_SQL_NEXT_DUE(p) \
  "coalesce (" p ".next_on, date (" HEARTH_SQL_LAST_HELD (p) ", '+' || (" p ".rhythm_weeks * 7)" \
  " || ' days'), " p ".started_on)"
