/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one error domain of Hearth's store, models and exports. The code says
 * what a caller can do about it; the message is always written for the
 * person, says what happened and what they can do next, and never holds a
 * resident's words. Cancelled work stays G_IO_ERROR_CANCELLED, and the errors
 * of GIO's own file operations keep their G_IO_ERROR codes. */
#define HEARTH_ERROR (hearth_error_quark ())

typedef enum {
  HEARTH_ERROR_FAILED,          /* anything else; the message has SQLite's own words */
  HEARTH_ERROR_INVALID,         /* what was typed or chosen cannot be saved as it is */
  HEARTH_ERROR_NOT_FOUND,       /* the record is gone, perhaps removed in another window */
  HEARTH_ERROR_CONFLICT,        /* the record is in a state that does not allow this change */
  HEARTH_ERROR_CONSTRAINT,      /* the database refused it: a NOT NULL, CHECK, UNIQUE or key */
  HEARTH_ERROR_BUSY,            /* another program holds a lock for too long */
  HEARTH_ERROR_CORRUPT,         /* damaged, or not a database at all */
  HEARTH_ERROR_NOT_A_DATABASE,  /* a file that is something else */
  HEARTH_ERROR_SCHEMA_TOO_NEW,  /* written by a newer Hearth */
  HEARTH_ERROR_IO,              /* the disk or the file system failed */
  HEARTH_ERROR_READ_ONLY,       /* a write to a store, file or folder that is read-only */
  HEARTH_ERROR_FULL,            /* the disk is full */
  HEARTH_ERROR_PERMISSION,      /* the folder or file cannot be opened or created */
} HearthError;

GQuark hearth_error_quark (void);

G_END_DECLS
