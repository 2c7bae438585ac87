/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Errors a caller can act on. The message always names the file and says what
 * the person can do next. */
#define HEARTH_STORE_ERROR (hearth_store_error_quark ())

typedef enum {
  HEARTH_STORE_ERROR_FAILED,          /* anything else; message has sqlite3_errmsg() */
  HEARTH_STORE_ERROR_CONSTRAINT,      /* a NOT NULL, CHECK, UNIQUE or foreign key failed */
  HEARTH_STORE_ERROR_BUSY,            /* another program holds a lock for too long */
  HEARTH_STORE_ERROR_CORRUPT,         /* damaged, or not a database at all */
  HEARTH_STORE_ERROR_NOT_A_DATABASE,  /* a file that is something else */
  HEARTH_STORE_ERROR_SCHEMA_TOO_NEW,  /* written by a newer Hearth */
  HEARTH_STORE_ERROR_IO,              /* the disk or the file system failed */
  HEARTH_STORE_ERROR_READ_ONLY,       /* a write to a store opened read-only */
  HEARTH_STORE_ERROR_FULL,            /* the disk is full */
  HEARTH_STORE_ERROR_PERMISSION,      /* the folder or file cannot be opened or created */
} HearthStoreError;

GQuark hearth_store_error_quark (void);

typedef enum {
  HEARTH_STORE_OPEN_DEFAULT   = 0,
  HEARTH_STORE_OPEN_READ_ONLY = 1 << 0, /* never write, never migrate */
} HearthStoreOpenFlags;

typedef enum {
  HEARTH_CHANGE_INSERT,
  HEARTH_CHANGE_UPDATE,
  HEARTH_CHANGE_DELETE,
} HearthChangeKind;

/* One row that a committed transaction changed. */
typedef struct {
  const char       *table;  /* interned string: compare with == against g_intern_static_string() */
  gint64            rowid;
  HearthChangeKind  kind;
} HearthStoreChange;

#define HEARTH_TYPE_STORE (hearth_store_get_type ())
G_DECLARE_FINAL_TYPE (HearthStore, hearth_store, HEARTH, STORE, GObject)

/* The schema version this build writes; migrations take older files up to it. */
#define HEARTH_STORE_SCHEMA_VERSION 2

char        *hearth_store_dup_default_path (void);

HearthStore *hearth_store_open            (const char            *path,
                                           HearthStoreOpenFlags   flags,
                                           GError               **error);
const char  *hearth_store_get_path        (HearthStore           *self);
gboolean     hearth_store_is_read_only    (HearthStore           *self);
/* Why the store is read-only when it was not asked to be, or NULL. */
const char  *hearth_store_get_read_only_reason (HearthStore      *self);
int          hearth_store_get_schema_version (HearthStore        *self);
sqlite3     *hearth_store_get_db          (HearthStore           *self);

/* The staff member whose writes these are; 0 before one is chosen. */
gint64       hearth_store_get_actor       (HearthStore           *self);
void         hearth_store_set_actor       (HearthStore           *self,
                                           gint64                 staff_id);
/* Seconds since the Unix epoch, UTC; tests and sample data may pin it. */
gint64       hearth_store_now             (HearthStore           *self);
void         hearth_store_set_clock       (HearthStore           *self,
                                           gint64                 fixed_now);

/* A cached statement for @sql, reset with its bindings cleared; borrowed, valid
 * until the store is finalized. Prepared once with SQLITE_PREPARE_PERSISTENT. */
sqlite3_stmt *hearth_store_prepare        (HearthStore           *self,
                                           const char            *sql,
                                           GError               **error);
/* Steps @stmt: returns TRUE with *has_row set for a row, TRUE with *has_row
 * FALSE when done, FALSE with @error set on failure (the statement is reset). */
gboolean     hearth_store_step            (HearthStore           *self,
                                           sqlite3_stmt          *stmt,
                                           gboolean              *has_row,
                                           GError               **error);
/* Runs a statement that returns no rows, to completion. */
gboolean     hearth_store_run             (HearthStore           *self,
                                           sqlite3_stmt          *stmt,
                                           GError               **error);
/* Prepares @sql (cached as by hearth_store_prepare()), binds the arguments
 * after @types and runs it to completion; for statements that return no rows.
 * @types holds one letter per parameter ?1, ?2, … in order, and must name
 * every parameter of @sql:
 *   'x'  gint64
 *   'i'  int (gboolean too)
 *   's'  const char * text; NULL binds "" (hearth_store_bind_text())
 *   'S'  const char * text; NULL binds NULL
 *   'o'  gint64 row id; 0 or less binds NULL (hearth_store_bind_optional_id())
 *   'X'  const gint64 *; NULL binds NULL (a number that may be missing)
 *   'n'  NULL; takes no argument
 * Pass gint64 for 'x' and 'o' (cast literals: (gint64) 0). A wrong letter or
 * count is a programming error. Returns FALSE with @error set when the
 * statement cannot be prepared or fails. */
gboolean     hearth_store_run_sql         (HearthStore           *self,
                                           GError               **error,
                                           const char            *sql,
                                           const char            *types,
                                           ...);
/* Binds @text, "" for NULL. */
void         hearth_store_bind_text       (sqlite3_stmt          *stmt,
                                           int                    col,
                                           const char            *text);
/* Binds @id, or NULL when it is not a row id (0 or less). */
void         hearth_store_bind_optional_id (sqlite3_stmt         *stmt,
                                            int                   col,
                                            gint64                id);
/* Runs SQL text with no parameters (schema, pragmas); not for data. */
gboolean     hearth_store_exec            (HearthStore           *self,
                                           const char            *sql,
                                           GError               **error);
gint64       hearth_store_last_insert_id  (HearthStore           *self);

/* Transactions nest: only the outermost one talks to SQLite. A failed inner
 * part makes the outermost commit fail and roll back. */
gboolean     hearth_store_begin           (HearthStore           *self,
                                           GError               **error);
gboolean     hearth_store_commit          (HearthStore           *self,
                                           GError               **error);
void         hearth_store_rollback        (HearthStore           *self);

/* Records that a row changed in the current transaction and writes the audit
 * trail (who, when, what); announced by ::changed after the commit, once per
 * transaction. Outside a transaction the change is announced at once. */
void         hearth_store_note_change     (HearthStore           *self,
                                           const char            *table,
                                           gint64                 rowid,
                                           HearthChangeKind       kind);

/* Turns a SQLite result code into a GError in HEARTH_STORE_ERROR. */
void         hearth_store_set_error       (HearthStore           *self,
                                           GError               **error,
                                           int                    rc,
                                           const char            *what);

G_END_DECLS
