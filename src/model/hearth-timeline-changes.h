/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Limits of what a person types, in characters (not bytes), the same as the
 * schema's CHECKs, so a form can show a counter and refuse before saving. */
#define HEARTH_ENTRY_SUMMARY_MAX     200
#define HEARTH_ENTRY_BODY_MAX        10000
#define HEARTH_ENTRY_DETAIL_MAX      200   /* spend_for, expert_name, expert_from */
#define HEARTH_AGREEMENT_TEXT_MAX    500
#define HEARTH_AGREEMENT_OWNER_MAX   200
#define HEARTH_AGREEMENT_REASON_MAX  1000
/* An entry may be timed a few minutes ahead of the clock (two computers'
 * clocks differ), never more: it records what has happened. */
#define HEARTH_ENTRY_FUTURE_GRACE    (5 * 60)

/* What a person writes in one timeline entry. Strings may be NULL for empty.
 * Kinds: "conversation", "home-visit", "phone-call", "message", "agreement",
 * "action", "spend", "expertise", "money-outcome", "note"; the kinds
 * "case-opened" and "case-closed" are written by opening and closing a case. */
typedef struct {
  const char *kind;
  gint64      occurred_at;   /* Unix time, UTC; 0 means now */
  const char *summary;       /* required, one line */
  const char *body;
  gint64      amount_pence;  /* spend and money-outcome only; -1 for none */
  const char *spend_for;     /* spend: what for (a coffee, a cooker) */
  const char *money_kind;    /* money-outcome: "debt-resolved" or "income-gained" */
  const char *expert_name;   /* expertise: who came to the resident */
  const char *expert_from;   /* expertise: from where */
} HearthEntryFields;

/* One item of a "what we agreed" entry. */
typedef struct {
  const char *text;            /* required */
  const char *owner_kind;      /* "resident", "staff" or "other" */
  gint64      owner_staff_id;  /* staff: who; 0 for none */
  const char *owner_name;      /* other: who, in words */
  const char *due_on;          /* "YYYY-MM-DD", or NULL for no date */
} HearthAgreementFields;

void     hearth_entry_fields_init      (HearthEntryFields            *fields);

/* Checks @fields as the save would, with a sentence to show on failure
 * (HEARTH_ERROR_INVALID): a summary is needed, texts fit their limits,
 * the time is not in the future, spends and money outcomes have an amount,
 * expertise says who came. @now is the store's clock. */
gboolean hearth_entry_fields_validate  (const HearthEntryFields      *fields,
                                        gint64                        now,
                                        GError                      **error);
/* Due dates may be in the future; a date that is not a real date is not. */
gboolean hearth_agreement_fields_validate (const HearthAgreementFields *fields,
                                        GError                      **error);

/* Adds an entry to a case (or, with @case_id 0, a note about a resident
 * before any case exists), with its agreement items (@items may be NULL),
 * in one transaction. The author is the store's actor. Returns the new id,
 * or 0 with @error set; nothing is written on failure. */
gint64   hearth_timeline_add_entry     (HearthStore                  *store,
                                        gint64                        case_id,
                                        gint64                        resident_id,
                                        const HearthEntryFields      *fields,
                                        const HearthAgreementFields  *items,
                                        guint                         n_items,
                                        GError                      **error);

/* Saves a new version of an entry. The version it replaces is kept in the
 * entry's history, never lost; an edit that changes nothing writes nothing.
 * The kind cannot change. */
gboolean hearth_timeline_update_entry  (HearthStore                  *store,
                                        gint64                        entry_id,
                                        const HearthEntryFields      *fields,
                                        GError                      **error);

/* Deleting hides an entry (and takes its agreements off the case's open
 * ones) and records who and when; restoring brings it back as it was. The
 * entries that opening and closing a case write cannot be deleted. */
gboolean hearth_timeline_delete_entry  (HearthStore                  *store,
                                        gint64                        entry_id,
                                        GError                      **error);
gboolean hearth_timeline_restore_entry (HearthStore                  *store,
                                        gint64                        entry_id,
                                        GError                      **error);

/* Moves an entry written about a resident before any case existed into one
 * of that resident's open cases, where it joins the case's timeline. */
gboolean hearth_timeline_move_to_case  (HearthStore                  *store,
                                        gint64                        entry_id,
                                        gint64                        case_id,
                                        GError                      **error);

/* Adds an item to an existing "what we agreed" entry; returns its id. */
gint64   hearth_agreement_add_item     (HearthStore                  *store,
                                        gint64                        entry_id,
                                        const HearthAgreementFields  *fields,
                                        GError                      **error);
/* Marks an item done or open again. */
gboolean hearth_agreement_set_done     (HearthStore                  *store,
                                        gint64                        item_id,
                                        gboolean                      done,
                                        GError                      **error);
/* Drops an item that will not happen, with the reason in words (required). */
gboolean hearth_agreement_drop         (HearthStore                  *store,
                                        gint64                        item_id,
                                        const char                   *reason,
                                        GError                      **error);

/* Changes who will do an item and by when (@fields' text is not used):
 * "staff" with no one named is the person changing it. */
gboolean hearth_agreement_set_owner    (HearthStore                  *store,
                                        gint64                        item_id,
                                        const HearthAgreementFields  *fields,
                                        GError                      **error);

/* Entries that a person can write by hand, in the composer's order. */
const char * const *hearth_timeline_writable_kinds (void);

G_END_DECLS
