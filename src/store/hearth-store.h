/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

#include "hearth-error.h"

G_BEGIN_DECLS

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
#define HEARTH_STORE_SCHEMA_VERSION 8

char        *hearth_store_dup_default_path (void);

HearthStore *hearth_store_open            (const char            *path,
                                           HearthStoreOpenFlags   flags,
                                           GError               **error);
/* A connection of a worker thread's own to the database at @path that
 * never writes (in WAL mode it reads beside the window's connection
 * without blocking it), its clock at @now as the window's store has it. */
HearthStore *hearth_store_open_reader     (const char            *path,
                                           gint64                 now,
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
/* The time the clock is pinned at, or 0 when it runs. */
gint64       hearth_store_get_clock       (HearthStore           *self);

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

/* Writes: each runs through hearth_store_write(), which prepares @sql,
 * binds the arguments after @types as hearth_store_run_sql() does, runs it
 * and records the change: a notice for ::changed once the transaction
 * commits, and the audit row of who changed what and when. @rowid names the
 * row changed (for a statement that changes the rows of a parent, such as
 * "DELETE FROM case_workers WHERE case_id = ?1", the parent's id); for an
 * insert, 0 names the new row. A statement that matched no row notes
 * nothing. Returns the row id noted, or 0 with @error set.
 *
 * A transaction that changes rows without noting any change is a
 * programming error, reported when it commits. */
gint64       hearth_store_write           (HearthStore           *self,
                                           GError               **error,
                                           const char            *table,
                                           HearthChangeKind       kind,
                                           gint64                 rowid,
                                           const char            *sql,
                                           const char            *types,
                                           ...);
/* The number of rows the last hearth_store_write() or
 * hearth_store_write_unattributed() changed. */
gint64       hearth_store_get_changes     (HearthStore           *self);

/* A write that must not be traced to whoever made it, such as an anonymous
 * feedback response: runs @sql as hearth_store_write() does, announces a
 * change of @table with row id 0 (not the row's), and writes an audit row
 * with no staff member, row id 0 and the time rounded down to the day.
 * The kind of change recorded follows the statement's first word (INSERT,
 * REPLACE, UPDATE or DELETE). A statement that matched no row notes
 * nothing. Returns FALSE with @error set on failure. */
gboolean     hearth_store_write_unattributed (HearthStore        *self,
                                              GError            **error,
                                              const char         *table,
                                              const char         *sql,
                                              const char         *types,
                                              ...);

/* How long a read of a record by one member of staff stands for any
 * further reads of it by them: within it, looking again records nothing,
 * so that going back and forth between records does not flood the trail. */
#define HEARTH_STORE_READ_WINDOW (10 * 60)

/* Records in the audit trail that the current actor looked at the row
 * @rowid of @table (a resident, a case): who and when, never what was
 * seen. Once per HEARTH_STORE_READ_WINDOW for each person and row. A
 * read-only store records nothing and succeeds. Sends no change notice.
 * Returns FALSE with @error set when the row could not be written. */
gboolean     hearth_store_record_read     (HearthStore           *self,
                                           const char            *table,
                                           gint64                 rowid,
                                           GError               **error);
/* Copies every change in the write-ahead log into the database file and
 * empties the log, so that no earlier copy of a page (such as one that held
 * a row since deleted with secure_delete on) is left in either file. Inside
 * a transaction, or when another connection is reading, it cannot be done
 * now: it is then tried again after each commit until it is. Returns
 * whether it was done now. */
gboolean     hearth_store_truncate_wal    (HearthStore           *self);

/* Reads: hearth_store_read_row() reads the first row of @sql into the
 * pointers after the parameters. @types holds the parameters' letters (as
 * for hearth_store_run_sql()), a '>', then one letter per column read:
 *   'x'  gint64 *
 *   'i'  int * (gboolean * too)
 *   'd'  double *
 *   's'  char **, newly allocated; "" for NULL
 *   'S'  char **, newly allocated; NULL for NULL
 * for example "x>is" for one number in, a number and a text out. With
 * @found, returns TRUE and sets *found to whether there was a row (the
 * outputs are untouched when there was none); without it, a missing row is a
 * HEARTH_ERROR_NOT_FOUND error. Returns FALSE with @error set on failure. */
gboolean     hearth_store_read_row        (HearthStore           *self,
                                           gboolean              *found,
                                           GError               **error,
                                           const char            *sql,
                                           const char            *types,
                                           ...);
/* The first column of every row of @sql, as gint64 (row ids); NULL with
 * @error set on failure. */
GArray      *hearth_store_read_ids        (HearthStore           *self,
                                           GError               **error,
                                           const char            *sql,
                                           const char            *types,
                                           ...);
/* Prepares @sql and binds the arguments after @types, for a reader that
 * steps its rows with hearth_store_next():
 *
 *   stmt = hearth_store_query (store, error, sql, "x", id);
 *   if (stmt == NULL)
 *     return FALSE;
 *   while (hearth_store_next (store, stmt, &local_error))
 *     …read the columns…
 *   if (local_error != NULL)
 *     …
 *
 * A reader that stops before the last row calls sqlite3_reset(). */
sqlite3_stmt *hearth_store_query          (HearthStore           *self,
                                           GError               **error,
                                           const char            *sql,
                                           const char            *types,
                                           ...);
/* TRUE on a row; FALSE when the rows are done (the statement is reset) or
 * on failure, with @error set. */
gboolean     hearth_store_next            (HearthStore           *self,
                                           sqlite3_stmt          *stmt,
                                           GError               **error);

/* A transaction: every write of one change happens together or not at all.
 *
 *   g_autoptr(HearthTransaction) tx = hearth_store_begin_transaction (store, error);
 *   if (tx == NULL)
 *     return FALSE;
 *   if (!…write…)
 *     return FALSE;                 (rolled back as tx goes out of scope)
 *   return hearth_transaction_commit (g_steal_pointer (&tx), error);
 *
 * Transactions nest: only the outermost one talks to SQLite, and a failed
 * inner one makes the outermost commit fail and roll back. Committing or
 * rolling back frees @tx. */
typedef struct _HearthTransaction HearthTransaction;

HearthTransaction *hearth_store_begin_transaction (HearthStore        *self,
                                                   GError            **error);
gboolean     hearth_transaction_commit    (HearthTransaction     *tx,
                                           GError               **error);
void         hearth_transaction_rollback  (HearthTransaction     *tx);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTransaction, hearth_transaction_rollback)

/* The calls beneath HearthTransaction, for the store's own use. */
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

/* Turns a SQLite result code into a GError in HEARTH_ERROR. */
void         hearth_store_set_error       (HearthStore           *self,
                                           GError               **error,
                                           int                    rc,
                                           const char            *what);

G_END_DECLS
