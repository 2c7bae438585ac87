/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-feedback-changes.h"
#include "hearth-pdf-writer.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The file name extension and the MIME type of a response file. */
#define HEARTH_FEEDBACK_FILE_EXTENSION ".hearth-feedback"
#define HEARTH_FEEDBACK_FILE_MIME_TYPE "application/x-hearth-feedback"
/* The newest version of the format this Hearth reads and writes. */
#define HEARTH_FEEDBACK_FILE_VERSION   1

#define HEARTH_TYPE_FEEDBACK_FILE (hearth_feedback_file_get_type ())
G_DECLARE_FINAL_TYPE (HearthFeedbackFile, hearth_feedback_file, HEARTH, FEEDBACK_FILE, GObject)

/* A response file: the questions of one cycle for one rater, who answers
 * them without the team's database (partners, residents, staff on another
 * site) and sends the file back to be read in. It is JSON:
 *
 *   format      "hearth-feedback"
 *   version     1
 *   database    the id of the database that sent it
 *   cycle       {id, title, person, closes_on, development_only}
 *   rater       {relationship, name, alone}
 *   token       the one-time token, 32 hexadecimal digits
 *   framework   {name, scale [{value, label}], behaviours [{id, name,
 *               meaning, descriptors [...]}]}
 *   signature   HMAC-SHA256 (hex), keyed with the cycle's secret, of the
 *               canonical form of {database, cycle, rater, token,
 *               framework}: the part the rater cannot change
 *   answers     {ratings [{behaviour, rating or null, not_seen, example}],
 *               keep_doing, try}
 *   submitted   whether the rater has sent it
 *   checksum    SHA-256 (hex) of the canonical form of every other member,
 *               written on every save: a file cut short or changed by hand
 *               is found
 *
 * The canonical form of a JSON value, which the signature and checksum are
 * made over, does not depend on how the file is laid out: an object is
 * "{" its members sorted by the bytes of their names, each "name":value,
 * joined by "," then "}"; an array "[" its values joined by "," "]"; a
 * string its UTF-8 bytes in double quotes, with '"' and '\' preceded by a
 * '\' and each byte below 0x20 as \u00xx (lower-case hex); an integer in
 * decimal; true, false and null as themselves. No spaces anywhere.
 *
 * A development-only cycle's file has an empty scale and no ratings. */

/* Reads and checks a response file on its own (no database): UTF-8, JSON,
 * format, version, checksum. HEARTH_ERROR_INVALID with a message that says
 * which and why. */
HearthFeedbackFile *hearth_feedback_file_load (GFile      *file,
                                               GError    **error);

GFile      *hearth_feedback_file_get_file               (HearthFeedbackFile *self);
const char *hearth_feedback_file_get_cycle_title        (HearthFeedbackFile *self);
/* Who the feedback is about. */
const char *hearth_feedback_file_get_person             (HearthFeedbackFile *self);
/* "YYYY-MM-DD". */
const char *hearth_feedback_file_get_closes_on          (HearthFeedbackFile *self);
gboolean    hearth_feedback_file_get_development_only   (HearthFeedbackFile *self);
HearthRelationship hearth_feedback_file_get_relationship (HearthFeedbackFile *self);
const char *hearth_feedback_file_get_rater_name         (HearthFeedbackFile *self);
const char *hearth_feedback_file_get_framework_name     (HearthFeedbackFile *self);
/* The number of points on the scale; 0 in a development-only cycle. */
guint       hearth_feedback_file_get_scale_size         (HearthFeedbackFile *self);
/* The label of point @value, 1 to the scale's size. */
const char *hearth_feedback_file_get_scale_label        (HearthFeedbackFile *self,
                                                         guint               value);
guint       hearth_feedback_file_get_n_behaviours       (HearthFeedbackFile *self);
gint64      hearth_feedback_file_get_behaviour_id       (HearthFeedbackFile *self,
                                                         guint               index);
const char *hearth_feedback_file_get_behaviour_name     (HearthFeedbackFile *self,
                                                         guint               index);
const char *hearth_feedback_file_get_behaviour_meaning  (HearthFeedbackFile *self,
                                                         guint               index);
/* What the behaviour looks like in practice, one descriptor a line. */
const char *hearth_feedback_file_get_behaviour_descriptors (HearthFeedbackFile *self,
                                                            guint               index);
/* Whether the rater would be alone in their group when the file was sent. */
gboolean    hearth_feedback_file_get_alone              (HearthFeedbackFile *self);

/* The answers so far; hearth_feedback_answers_free() them. */
HearthFeedbackAnswers *hearth_feedback_file_dup_answers (HearthFeedbackFile          *self);
/* Replaces the answers held (not yet the file: see save()). Refused, as a
 * programming error, once the file is submitted: the pages lock. */
void        hearth_feedback_file_set_answers            (HearthFeedbackFile          *self,
                                                         const HearthFeedbackAnswers *answers);
gboolean    hearth_feedback_file_get_submitted          (HearthFeedbackFile          *self);

/* Writes the answers into the file, atomically (a temporary file beside
 * it, then a rename; readable by its owner only), with a new checksum.
 * Refuses answers the cycle could not take (HEARTH_ERROR_INVALID: a rating
 * off the scale or in a development-only cycle, a behaviour the form does
 * not ask about, a text over 10,000 characters or not UTF-8); a file that
 * cannot be written is a G_IO_ERROR with a sentence to show. */
gboolean    hearth_feedback_file_save                   (HearthFeedbackFile  *self,
                                                         GError             **error);
/* Marks it submitted and saves; afterwards set_answers is refused (the
 * pages lock). When the save fails the file stays as it was, not
 * submitted. Refused with HEARTH_ERROR_CONFLICT when it was submitted
 * already. */
gboolean    hearth_feedback_file_submit                 (HearthFeedbackFile  *self,
                                                         GError             **error);

/* In the team's database: writes @file for the rater of an open cycle,
 * with a fresh one-time token that makes any earlier file of theirs
 * unreadable. Nothing changes in the database if the file cannot be
 * written. Refused as hearth_feedback_issue_token() refuses (a rater who
 * has answered or declined, a closed cycle). */
gboolean    hearth_feedback_file_export  (HearthStore   *store,
                                          gint64         rater_id,
                                          GFile         *file,
                                          GError       **error);
/* Checks a returned file against this database (database id, cycle,
 * signature, token, late, submitted) and submits its answers as that
 * rater; refuses with a message saying which and why, writing nothing,
 * neither to the database nor to the file:
 *  - HEARTH_ERROR_INVALID: the file cannot be read (as load()), was sent
 *    by another database, or was tampered with (bad signature);
 *  - HEARTH_ERROR_NOT_FOUND: its cycle is not in this database, or its
 *    token was not given out by the cycle (a newer form was sent);
 *  - HEARTH_ERROR_CONFLICT: the cycle changed its questions since, the
 *    rater has not submitted the file yet, the file was read in already
 *    or the rater answered in Hearth, or the cycle closed (late). */
gboolean    hearth_feedback_file_import  (HearthStore   *store,
                                          GFile         *file,
                                          GError       **error);

/* The printable blank form for a rater who writes by hand: every
 * behaviour with its meaning, descriptors and boxes to tick on the scale
 * (none in a development-only cycle), a box for an example, then boxes
 * for what to keep doing and what to try. The supervisor types it in as
 * that rater. NULL with @error when the rater or cycle is gone. */
HearthPdfWriter *hearth_feedback_blank_form_new_pdf (HearthStore  *store,
                                                     gint64        rater_id,
                                                     GError      **error);

G_END_DECLS
