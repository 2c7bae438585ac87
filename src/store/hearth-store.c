/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hearth-migrations.h"

/* A full check running in its own thread, on its own read-only connection
 * (in WAL mode a reader never holds up a writer). */
typedef struct
{
  char          *path;
  GMainContext  *context;
  GWeakRef      *done_ref;   /* the store, for check_done */
  GThread       *thread;
  gint           cancelled;  /* atomic: the store is closing */
  char          *problem;    /* what the check found, or NULL */
} CheckJob;

/* The one connection to a Hearth database. Everything above it (models,
 * pages) reads and writes through the statements it caches, and learns what
 * changed from ::changed once a transaction has committed. */
struct _HearthStore
{
  GObject     parent_instance;

  /* owned */
  sqlite3    *db;
  char       *path;
  char       *read_only_reason;
  GHashTable *statements;       /* SQL text -> sqlite3_stmt * */
  GPtrArray  *pending;          /* HearthStoreChange *, in the order noted */
  GHashTable *pending_set;      /* the same changes, to drop repeats */

  gint64      actor;
  gint64      fixed_now;
  int         schema_version;
  guint       depth;
  gint64      changes_at_begin; /* sqlite3_total_changes64() when the outermost began */
  guint       notes;            /* changes noted since the outermost began */
  gint64      last_changes;     /* rows the last hearth_store_write() changed */
  guint       read_only : 1;
  guint       doomed : 1;       /* an inner part rolled back */
  guint       truncate_wal : 1; /* the WAL is to be emptied after the next commit */

  /* The full check of a large file, when it needs one (see
   * needs_background_check). */
  CheckJob   *check;
  guint       check_source;
  guint       wal_had_content : 1; /* the last session did not close cleanly */
};

/* Files up to this size are checked in full before they open. A full check
 * of a file at the scale of DESIGN.md (300 MB) takes seconds, which no start
 * should pay for: a larger file is checked in a thread of the lowest
 * priority, once the window has started, and only when there is a reason to
 * think something is wrong — its last session ended without closing it, or
 * no check has passed for CHECK_INTERVAL. Writes never wait for the check;
 * if it finds damage, the store turns read-only from then on. */
#define FULL_CHECK_AT_OPEN_BYTES (32 * 1024 * 1024)
#define CHECK_INTERVAL (7 * G_TIME_SPAN_DAY / G_TIME_SPAN_SECOND)

static gboolean
check_in_background (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && st.st_size > FULL_CHECK_AT_OPEN_BYTES;
}

G_DEFINE_FINAL_TYPE (HearthStore, hearth_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_ACTOR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void note_change (HearthStore      *self,
                         const char       *table,
                         gint64            rowid,
                         HearthChangeKind  kind,
                         gint64            staff_id,
                         gint64            at);

/* The first 16 bytes of every SQLite 3 database. */
static const char sqlite_header[16] = "SQLite format 3";

/* What the first 100 bytes of an SQLite file say about it, read without
 * SQLite: nothing is opened, locked or created beside the file to find out. */
typedef struct
{
  guint64 page_size;
  guint32 n_pages;          /* in the header; only if n_pages_valid */
  guint32 user_version;
  guint32 application_id;
  gboolean n_pages_valid;
} Header;

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) |
         (guint32) bytes[3];
}

static void
parse_header (const guint8 *bytes,
              Header       *header)
{
  guint32 page_size = ((guint32) bytes[16] << 8) | bytes[17];

  /* The page size is stored as 1 for 65536. */
  header->page_size = page_size == 1 ? 65536 : page_size;
  header->n_pages = read_be32 (bytes + 28);
  /* The page count is only to be trusted when the change counter beside it
   * says it was written by the same version of SQLite that wrote last. */
  header->n_pages_valid = header->n_pages > 0 && read_be32 (bytes + 92) == read_be32 (bytes + 24);
  header->user_version = read_be32 (bytes + 60);
  header->application_id = read_be32 (bytes + 68);
}

#define AUDIT_SQL \
  "INSERT INTO audit_log (at, staff_id, table_name, row_id, action) VALUES (?1, ?2, ?3, ?4, ?5)"

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static guint
change_hash (gconstpointer data)
{
  const HearthStoreChange *change = data;

  return g_direct_hash (change->table) ^ g_int64_hash (&change->rowid) ^ (guint) change->kind;
}

static gboolean
change_equal (gconstpointer a,
              gconstpointer b)
{
  const HearthStoreChange *ca = a;
  const HearthStoreChange *cb = b;

  return ca->table == cb->table && ca->rowid == cb->rowid && ca->kind == cb->kind;
}

/* The SQLite message belongs with @rc only if it is the connection's latest
 * error; otherwise the generic text for the code is the honest one. */
static char *
dup_detail (sqlite3    *db,
            int         rc,
            const char *what)
{
  const char *msg;

  if (db != NULL && (sqlite3_errcode (db) & 0xff) == (rc & 0xff))
    msg = sqlite3_errmsg (db);
  else
    msg = sqlite3_errstr (rc);

  if (what != NULL && *what != '\0')
    return g_strdup_printf ("%s: %s", what, msg);

  return g_strdup (msg);
}

static void
set_sqlite_error (const char  *path,
                  sqlite3     *db,
                  GError     **error,
                  int          rc,
                  const char  *what)
{
  g_autofree char *detail = NULL;
  const char *file;

  g_assert (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE);

  if (error == NULL)
    return;

  file = path != NULL ? path : ":memory:";
  detail = dup_detail (db, rc, what);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CONSTRAINT,
                   _("The change was not saved to “%s” because some of it is missing or not "
                     "allowed. Check the details and try again. (%s)"),
                   file, detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY,
                   _("“%s” is busy in another program. Close other copies of Hearth, wait a "
                     "moment and try again. (%s)"),
                   file, detail);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CORRUPT,
                   _("“%s” is damaged. Restore it from a backup, or ask for help to recover "
                     "it. (%s)"),
                   file, detail);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Hearth database. Choose another file. (%s)"),
                   file, detail);
      break;

    case SQLITE_IOERR:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO,
                   _("The disk holding “%s” could not be read or written. Check the disk and "
                     "try again. (%s)"),
                   file, detail);
      break;

    case SQLITE_READONLY:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("“%s” is open for reading only, so nothing was changed. Copy it somewhere "
                     "you can write to, then open the copy. (%s)"),
                   file, detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FULL,
                   _("The disk holding “%s” is full. Free some space and try again. (%s)"),
                   file, detail);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth is not allowed to open “%s”. Check that you may read and write "
                     "the file and its folder. (%s)"),
                   file, detail);
      break;

    default:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("Hearth could not use “%s”. Try again; if it keeps happening, report "
                     "it. (%s)"),
                   file, detail);
      break;
    }
}

/* Errors found while only looking at a file: the person should know that
 * Hearth did not change it. */
static void
set_refusal_error (const char  *path,
                   sqlite3     *db,
                   GError     **error,
                   int          rc,
                   const char  *detail)
{
  g_autofree char *own_detail = NULL;

  if (detail == NULL)
    detail = own_detail = dup_detail (db, rc, NULL);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CORRUPT,
                   _("“%s” is damaged, so Hearth left it as it is. Restore it from a backup, "
                     "or move it away to start a new database. (%s)"),
                   path, detail);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Hearth database, so Hearth left it as it is. Choose "
                     "another file, or move this one away to start a new database. (%s)"),
                   path, detail);
      break;

    default:
      set_sqlite_error (path, db, error, rc, NULL);
      break;
    }
}

static void
set_read_only_error (HearthStore  *self,
                     GError      **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
               _("“%s” is open for reading only, so nothing was changed. Copy it somewhere "
                 "you can write to, then open the copy."),
               self->path);
}

/* Runs every statement in @sql to completion on @db. When @read_only, a
 * statement that would write is refused before SQLite runs it. */
static gboolean
exec_on (const char  *path,
         sqlite3     *db,
         gboolean     read_only,
         const char  *sql,
         GError     **error)
{
  const char *tail = sql;

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      const char *next = NULL;
      int rc;

      rc = sqlite3_prepare_v2 (db, tail, -1, &stmt, &next);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (path, db, error, rc, NULL);
          return FALSE;
        }

      /* Only white space or a comment was left. */
      if (stmt == NULL)
        break;

      tail = next;

      if (read_only && !sqlite3_stmt_readonly (stmt))
        {
          sqlite3_finalize (stmt);
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                       _("“%s” is open for reading only, so nothing was changed. Copy it "
                         "somewhere you can write to, then open the copy."),
                       path);
          return FALSE;
        }

      do
        rc = sqlite3_step (stmt);
      while (rc == SQLITE_ROW);

      if (rc != SQLITE_DONE)
        {
          set_sqlite_error (path, db, error, rc, NULL);
          sqlite3_finalize (stmt);
          return FALSE;
        }

      sqlite3_finalize (stmt);
    }

  return TRUE;
}

/* Reads a single integer, such as PRAGMA user_version. */
static gboolean
query_int (const char  *path,
           sqlite3     *db,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (path, db, error, rc == SQLITE_DONE ? SQLITE_ERROR : rc, NULL);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return TRUE;
}

static void
close_db (sqlite3 **db)
{
  if (*db != NULL)
    sqlite3_close_v2 (*db);
  *db = NULL;
}

static gboolean
wal_is_empty (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) != 0 || st.st_size == 0;
}

/* Opens @path for reading only. A database in WAL mode needs its -shm file,
 * which cannot be created in a folder nobody may write to; when every change
 * has already reached the main file (no -wal, or an empty one) that file can
 * be read as immutable instead. A file this account may not write is read
 * that way from the start, so that reading it leaves no -wal or -shm beside
 * it: nothing Hearth does could change it while it is open. */
static sqlite3 *
open_read_only (const char  *path,
                int         *out_rc,
                GError     **error)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  sqlite3 *db = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc;

  if (access (path, W_OK) != 0 && wal_is_empty (path) &&
      !g_file_test (journal, G_FILE_TEST_EXISTS))
    rc = SQLITE_READONLY;
  else
    rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc == SQLITE_OK)
    {
      /* Opening is lazy: the first read finds out whether it works. */
      rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        return db;
    }

  if (out_rc != NULL)
    *out_rc = rc;

  /* A hot journal needs rolling back, which immutable reading would skip. */
  if (((rc & 0xff) != SQLITE_CANTOPEN && (rc & 0xff) != SQLITE_READONLY) ||
      rc == SQLITE_READONLY_ROLLBACK || !wal_is_empty (path))
    {
      set_refusal_error (path, db, error, rc, NULL);
      close_db (&db);
      return NULL;
    }

  close_db (&db);

  g_debug ("Opening a database as immutable, as it or its folder is read-only");

  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, flags | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_autofree char *detail = dup_detail (db, rc, NULL);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth cannot read “%s” because its folder is read-only. Copy the file "
                     "somewhere you can write to, then open the copy. (%s)"),
                   path, detail);
      close_db (&db);
      return NULL;
    }

  return db;
}

static void
set_half_written_error (const char  *path,
                        GError     **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
               _("“%s” was left half written by a program that stopped, and Hearth may only "
                 "read it, so it cannot be repaired. Copy it together with the file ending in "
                 "“-journal” beside it somewhere you can write to, then open the copy."),
               path);
}

/* Looks at an existing file without changing a single byte of it: is it a
 * database, is it whole, and can this Hearth read its schema? Returns the
 * schema version in @user_version, 0 for a new (empty) file. */
/* Refuses a file another program made. */
static void
set_other_program_error (const char  *path,
                         GError     **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
               _("“%s” is a database that belongs to another program, so Hearth left it as it "
                 "is. Choose a Hearth database, or a new file name to start one."),
               path);
}

/* A connection for looking at a file before Hearth takes it on. When the
 * file has no write-ahead log or journal to take into account, it is read as
 * immutable, which creates nothing beside it: a file that is then refused
 * leaves its folder as it was. */
static sqlite3 *
open_for_inspection (const char  *path,
                     int         *out_rc,
                     GError     **error)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  GStatBuf st;
  sqlite3 *db = NULL;
  int rc;

  if (!wal_is_empty (path) || (g_stat (journal, &st) == 0 && st.st_size > 0))
    return open_read_only (path, out_rc, error);

  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
                        SQLITE_OPEN_URI,
                        NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      if (out_rc != NULL)
        *out_rc = rc;
      set_refusal_error (path, db, error, rc, NULL);
      close_db (&db);
      return NULL;
    }

  return db;
}

/* A file opened only to read must already be at this version: an empty
 * one holds nothing, and an older one would need the write that updates it. */
static gboolean
refuse_unreadable_version (const char  *path,
                           int          user_version,
                           GError     **error)
{
  if (user_version == 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("“%s” holds no Hearth records: it is empty. Choose the database that "
                     "holds your team's records."),
                   path);
      return FALSE;
    }

  if (user_version < HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("“%s” needs updating to this version of Hearth, but it can only be "
                     "read, not changed. Copy it somewhere you can write to, then open the "
                     "copy."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_too_new_error (const char  *path,
                   guint        version,
                   GError     **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_SCHEMA_TOO_NEW,
               _("“%s” was written by a newer version of Hearth (schema %u; this version "
                 "reads up to %d), so Hearth left it as it is. Update Hearth to open it."),
               path, version, HEARTH_STORE_SCHEMA_VERSION);
  return FALSE;
}

static gboolean
set_not_hearths_error (const char  *path,
                       GError     **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
               _("“%s” is not a Hearth database, so Hearth left it as it is. Choose another "
                 "file, or move this one away to start a new database."),
               path);
  return FALSE;
}

/* Reads the file's first 100 bytes into @fields and refuses what they
 * alone can tell: not SQLite, another program's, written by a newer
 * Hearth, or cut short. No connection is made for these, since even
 * reading a database in WAL mode leaves files beside it. */
static gboolean
check_header (const char  *path,
              Header      *fields,
              GError     **error)
{
  char header[100];
  GStatBuf st;
  gboolean sized;
  ssize_t n_read;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth is not allowed to read “%s”: %s. Check that you may read the "
                     "file."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  do
    n_read = read (fd, header, sizeof header);
  while (n_read < 0 && errno == EINTR);
  /* The size is taken after the header that gives the page count: another
   * connection may grow the file in between. */
  sized = fstat (fd, &st) == 0;
  close (fd);

  if (n_read != sizeof header || memcmp (header, sqlite_header, sizeof sqlite_header) != 0)
    return set_not_hearths_error (path, error);

  parse_header ((const guint8 *) header, fields);

  if (fields->application_id != 0 && fields->application_id != HEARTH_APPLICATION_ID)
    {
      set_other_program_error (path, error);
      return FALSE;
    }

  if (fields->user_version > HEARTH_STORE_SCHEMA_VERSION && wal_is_empty (path))
    return set_too_new_error (path, fields->user_version, error);

  /* A database another connection is writing to in WAL mode can be caught
   * half way through copying its log into the file, the header's page
   * count already written and the pages after it not yet: only a file with
   * no log waiting is judged cut short by its size. */
  if (sized && fields->n_pages_valid &&
      (guint64) st.st_size < (guint64) fields->n_pages * fields->page_size &&
      wal_is_empty (path))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CORRUPT,
                   _("“%s” is shorter than it should be: its end was cut off, perhaps while it "
                     "was being copied. Hearth left it as it is. Restore it from a backup, or "
                     "copy it again from where it came from."),
                   path);
      return FALSE;
    }

  return TRUE;
}

/* Reads the file through @db as far as needed to trust it: all of a small
 * file (quick_check), only the schema of a large one, which gets its full
 * check later (see needs_background_check). */
static gboolean
check_readable (const char  *path,
                sqlite3     *db,
                GError     **error)
{
  g_autofree char *check_result = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, check_in_background (path) ? "SELECT 'ok' FROM sqlite_schema"
                                                            " WHERE sql IS NULL OR sql IS NOT NULL"
                                                            " LIMIT 1"
                                                          : "PRAGMA quick_check",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  /* quick_check may find damage without SQLite itself failing; what it
   * reports names tables and pages, never their contents. */
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        {
          check_result = g_strdup_printf ("quick_check: %s", result != NULL ? result : "");
          g_strdelimit (check_result, "\n", ' ');
          rc = SQLITE_CORRUPT;
        }
    }

  if (rc != SQLITE_ROW)
    set_refusal_error (path, db, error, rc, check_result);

  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

/* Without Hearth's id, a file with tables must have Hearth's own to be
 * taken for one of Hearth's older databases; anything else belongs to
 * another program, and Hearth must not add its tables to it. */
static gboolean
check_is_hearths (const char    *path,
                  sqlite3       *db,
                  const Header  *fields,
                  int            user_version,
                  GError       **error)
{
  int n_tables = 0;
  int n_hearth = 0;

  if (fields->application_id != 0)
    return TRUE;

  if (!query_int (path, db,
                  "SELECT count (*) FROM sqlite_schema WHERE type = 'table'"
                  " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                  &n_tables, error) ||
      !query_int (path, db,
                  "SELECT count (*) FROM sqlite_schema WHERE type = 'table'"
                  " AND name IN ('staff', 'residents', 'cases', 'timeline_entries',"
                  " 'audit_log')",
                  &n_hearth, error))
    return FALSE;

  if (n_tables > 0 && (user_version < 1 || n_hearth < 5))
    {
      set_other_program_error (path, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_existing (const char  *path,
                int         *user_version,
                gboolean    *needs_recovery,
                GError     **error)
{
  Header fields;
  sqlite3 *db = NULL;
  GStatBuf st;
  gboolean ok;
  int rc;

  *user_version = 0;
  if (needs_recovery != NULL)
    *needs_recovery = FALSE;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth could not look at “%s”: %s. Check that you may read the file and "
                     "its folder."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a file but a folder or device. Choose a Hearth database "
                     "file instead."),
                   path);
      return FALSE;
    }

  /* An empty file is a new database, such as one made by a file chooser. */
  if (st.st_size == 0)
    return TRUE;

  if (!check_header (path, &fields, error))
    return FALSE;

  db = open_for_inspection (path, &rc, error);
  if (db == NULL && rc == SQLITE_READONLY_ROLLBACK && needs_recovery != NULL)
    {
      /* A program stopped half way through a change and left a journal to
       * undo it with. Undoing it is the only way to read the file, so the
       * caller does that first and then checks again. */
      g_clear_error (error);
      *needs_recovery = TRUE;
      return TRUE;
    }

  if (db == NULL && rc == SQLITE_READONLY_ROLLBACK)
    {
      g_clear_error (error);
      set_half_written_error (path, error);
      return FALSE;
    }

  if (db == NULL)
    return FALSE;

  ok = check_readable (path, db, error) &&
       query_int (path, db, "PRAGMA user_version", user_version, error) &&
       check_is_hearths (path, db, &fields, *user_version, error);
  close_db (&db);
  if (!ok)
    return FALSE;

  if (*user_version > HEARTH_STORE_SCHEMA_VERSION)
    return set_too_new_error (path, (guint) *user_version, error);

  if (*user_version < 0)
    return set_not_hearths_error (path, error);

  return TRUE;
}

/* Creates a missing database file as 0600, whatever the umask, so records
 * about residents are never readable by other accounts. SQLite gives its
 * -wal and -shm files the mode of the database file. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno == EEXIST)
    return TRUE;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth could not create “%s”: %s. Check that you may write to its "
                     "folder."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fchmod (fd, 0600) != 0)
    g_debug ("Could not set the mode of a new database: %s", g_strerror (errno));
  close (fd);

  return TRUE;
}

static gboolean
migrate (HearthStore  *self,
         GError      **error)
{
  guint count = hearth_migrations_get_count ();

  for (guint v = (guint) self->schema_version + 1; v <= count; v++)
    {
      g_autofree char *set_version = NULL;
      g_autoptr(GError) local_error = NULL;
      int current = 0;

      if (!exec_on (self->path, self->db, FALSE, "BEGIN IMMEDIATE", error))
        return FALSE;

      /* Another Hearth may have taken the file further while this one waited
       * for the lock. */
      if (!query_int (self->path, self->db, "PRAGMA user_version", &current, &local_error))
        goto failed;

      if ((guint) current >= v)
        {
          if (!exec_on (self->path, self->db, FALSE, "COMMIT", &local_error))
            goto failed;
          self->schema_version = current;
          v = (guint) current;
          continue;
        }

      g_debug ("Migrating the database to schema version %u", v);

      set_version = g_strdup_printf ("PRAGMA user_version = %u", v);
      if (!exec_on (self->path, self->db, FALSE, hearth_migrations_get_sql (v), &local_error) ||
          !exec_on (self->path, self->db, FALSE, set_version, &local_error) ||
          !exec_on (self->path, self->db, FALSE, "COMMIT", &local_error))
        goto failed;

      self->schema_version = (int) v;
      continue;

    failed:
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_debug ("Migrating to schema version %u failed and was rolled back", v);
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s ",
                                  _("Updating the database for this version of Hearth did "
                                    "not finish, and was undone."));
      return FALSE;
    }

  return TRUE;
}

/* hearth_now(): the store's clock in SQL, so that "overdue" and "due this
 * week" follow a clock that tests and sample data can pin. */
static void
sql_now (sqlite3_context  *context,
         int               argc,
         sqlite3_value   **argv)
{
  sqlite3_result_int64 (context, hearth_store_now (sqlite3_user_data (context)));
}

static gboolean
configure_connection (HearthStore  *self,
                      GError      **error)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "hearth_now", 0, SQLITE_UTF8, self, sql_now, NULL, NULL);

  if (!exec_on (self->path, self->db, FALSE, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (self->read_only)
    return TRUE;

  /* FULL syncs the WAL at every commit, so that a note someone has just
   * saved survives a power cut, not only a killed process (NORMAL's
   * promise). It costs one fsync a commit: 5–6 ms on this project's test
   * machines against 0.05 ms, where a person saves a few times a minute and
   * the bulk writes (the sample data, a migration) are one transaction. */
  return exec_on (self->path, self->db, FALSE, "PRAGMA journal_mode = WAL", error) &&
         exec_on (self->path, self->db, FALSE, "PRAGMA synchronous = FULL", error);
}

static void
set_read_only (HearthStore *self,
               const char  *reason)
{
  self->read_only = TRUE;
  g_free (self->read_only_reason);
  self->read_only_reason = reason != NULL ? g_strdup (reason) : NULL;
}

static char *
dup_read_only_reason (const char *path)
{
  return g_strdup_printf (_("“%s” is read-only: Hearth opened it for reading only. Copy it "
                            "somewhere you can write to, then open the copy to add or change "
                            "records."),
                          path);
}

static void
emit_changes (HearthStore *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  changes = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_remove_all (self->pending_set);

  if (changes->len > 0)
    g_signal_emit (self, signals[CHANGED], 0, changes);
}

static void
discard_changes (HearthStore *self)
{
  g_hash_table_remove_all (self->pending_set);
  g_ptr_array_set_size (self->pending, 0);
}

static int
check_progress (void *data)
{
  CheckJob *job = data;

  /* Non-zero stops the check at once: the store is closing. */
  return g_atomic_int_get (&job->cancelled);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
check_job_free (CheckJob *job)
{
  g_free (job->path);
  g_free (job->problem);
  g_main_context_unref (job->context);
  g_clear_pointer (&job->done_ref, weak_ref_free);
  g_free (job);
}

static gboolean check_done (gpointer data);

/* Runs PRAGMA quick_check on a connection of its own, at the lowest
 * priority, and hands what it found (tables and pages, never contents) to
 * the store's main context. */
static gpointer
check_thread (gpointer data)
{
  CheckJob *job = data;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  /* On Linux a thread's nice value is its own: the window that is starting
   * and the person using it come first. */
  if (setpriority (PRIO_PROCESS, 0, 19) != 0)
    g_debug ("Could not lower the check's priority: %s", g_strerror (errno));

  db = open_read_only (job->path, NULL, &error);
  if (db == NULL)
    {
      job->problem = g_strdup (error->message);
    }
  else
    {
      sqlite3_progress_handler (db, 1000, check_progress, job);
      rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);

      if (g_atomic_int_get (&job->cancelled))
        ;
      else if (rc != SQLITE_ROW)
        job->problem = g_strdup (sqlite3_errmsg (db));
      else if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        job->problem = g_strdup_printf ("quick_check: %s", sqlite3_column_text (stmt, 0));

      sqlite3_finalize (stmt);
      close_db (&db);
    }

  if (g_atomic_int_get (&job->cancelled))
    return NULL;

  /* The store may be gone by the time this runs: it gets a weak
   * reference, made on the store's thread. */
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT_IDLE, check_done,
                              g_steal_pointer (&job->done_ref), weak_ref_free);
  return NULL;
}

static void
mark_damaged (HearthStore *self,
              const char  *problem)
{
  g_autofree char *what = g_strdelimit (g_strdup (problem), "\n", ' ');

  g_warning ("The database failed its check: %s", what);
  set_read_only (self, NULL);
  self->read_only_reason =
    g_strdup_printf (_("“%s” is damaged, so Hearth opened it for reading only and will not "
                       "change it. Restore it from a backup, or copy what you need from it."),
                     self->path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/* Remembers that the file passed a full check, so that the next start
 * need not check it again. Skipped inside a transaction: the next start
 * checks once more, which is harmless. */
static void
record_clean_check (HearthStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->read_only || self->depth > 0)
    return;

  if (!exec_on (self->path, self->db, FALSE,
                "INSERT OR REPLACE INTO hearth_meta (key, value)"
                " VALUES ('checked-at', strftime ('%s', 'now'))",
                &error))
    g_debug ("Could not note the check: %s", error->message);
}

static gboolean
check_done (gpointer data)
{
  g_autoptr(HearthStore) self = g_weak_ref_get (data);
  g_autofree char *problem = NULL;
  CheckJob *job;

  if (self == NULL || self->check == NULL)
    return G_SOURCE_REMOVE;

  job = g_steal_pointer (&self->check);
  g_thread_join (job->thread);
  problem = g_steal_pointer (&job->problem);
  check_job_free (job);

  if (problem != NULL)
    mark_damaged (self, problem);
  else
    record_clean_check (self);

  return G_SOURCE_REMOVE;
}

static gboolean
start_check (gpointer data)
{
  HearthStore *self = data;
  CheckJob *job;

  self->check_source = 0;

  job = g_new0 (CheckJob, 1);
  job->path = g_strdup (self->path);
  job->context = g_main_context_ref_thread_default ();
  job->done_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (job->done_ref, self);
  self->check = job;
  job->thread = g_thread_new ("hearth-check", check_thread, job);

  return G_SOURCE_REMOVE;
}

/* A large file is checked in full only when there is a reason to: its last
 * session ended without closing it (SQLite removes the -wal of a file
 * closed cleanly), or no check has passed within CHECK_INTERVAL. */
static gboolean
needs_background_check (HearthStore *self)
{
  g_autoptr(GError) error = NULL;
  gint64 checked_at = 0;
  gint64 now;
  gboolean found = FALSE;

  if (self->read_only || !check_in_background (self->path))
    return FALSE;

  if (self->wal_had_content)
    return TRUE;

  if (!hearth_store_read_row (self, &found, &error,
                              "SELECT CAST (value AS INTEGER) FROM hearth_meta"
                              " WHERE key = 'checked-at'",
                              ">x", &checked_at))
    return TRUE;

  now = g_get_real_time () / G_USEC_PER_SEC;
  return !found || checked_at > now || now - checked_at > CHECK_INTERVAL;
}

static void
hearth_store_dispose (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  /* The check stops within a few thousand steps, so closing never waits
   * for it; its connection closes before this one, which then removes the
   * -wal and leaves the file closed cleanly. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->check != NULL)
    {
      CheckJob *job = g_steal_pointer (&self->check);

      g_atomic_int_set (&job->cancelled, 1);
      g_thread_join (job->thread);
      check_job_free (job);
    }

  /* Statements first: the connection closes only when none is left. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending_set, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  close_db (&self->db);

  G_OBJECT_CLASS (hearth_store_parent_class)->dispose (object);
}

static void
hearth_store_finalize (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);

  G_OBJECT_CLASS (hearth_store_parent_class)->finalize (object);
}

static void
hearth_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_ACTOR:
      g_value_set_int64 (value, self->actor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      hearth_store_set_actor (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_class_init (HearthStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* A schema version without a migration, or the other way round, would
   * leave databases half made. */
  g_assert (HEARTH_STORE_SCHEMA_VERSION == hearth_migrations_get_count ());

  object_class->dispose = hearth_store_dispose;
  object_class->finalize = hearth_store_finalize;
  object_class->get_property = hearth_store_get_property;
  object_class->set_property = hearth_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTOR] =
    g_param_spec_int64 ("actor", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthStore::changed:
   * @changes: (element-type HearthStoreChange): the rows a transaction
   *   changed, in the order they were noted; owned by the store and valid
   *   while the signal is emitted
   *
   * Emitted once after each committed transaction that noted changes.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__BOXED,
                  G_TYPE_NONE, 1,
                  G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
hearth_store_init (HearthStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_ptr_array_new_with_free_func (g_free);
  self->pending_set = g_hash_table_new (change_hash, change_equal);
}

char *
hearth_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);
}

/**
 * hearth_store_open:
 * @path: the database file; created if missing
 * @flags: how to open it
 * @error: return location for a #GError in %HEARTH_ERROR
 *
 * Opens (and, if needed, creates and migrates) the database at @path. A file
 * that is not a database, is damaged, or comes from a newer Hearth is refused
 * and left exactly as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
HearthStore *
hearth_store_open (const char            *path,
                   HearthStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(HearthStore) self = NULL;
  g_autofree char *dir = NULL;
  gboolean needs_recovery = FALSE;
  gboolean exists;
  int user_version = 0;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->wal_had_content = !wal_is_empty (path);
  dir = g_path_get_dirname (path);

  if ((flags & HEARTH_STORE_OPEN_READ_ONLY) != 0)
    set_read_only (self, NULL);

  if (!self->read_only && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("Hearth could not create the folder “%s”: %s. Check that you may write "
                     "there, or choose another place for the database."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!check_existing (path, &user_version, self->read_only ? NULL : &needs_recovery, error))
    return NULL;

  exists = g_file_test (path, G_FILE_TEST_EXISTS);

  /* A file or folder this account may not change is opened for reading
   * rather than refused, so records can still be looked up. */
  if (!self->read_only && exists && (access (path, W_OK) != 0 || access (dir, W_OK) != 0))
    {
      g_autofree char *reason = dup_read_only_reason (path);

      g_debug ("The database or its folder is not writable; opening it read-only");
      set_read_only (self, reason);
    }

  if (self->read_only && !exists)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_PERMISSION,
                   _("There is no Hearth database at “%s”. Choose an existing database to "
                     "open it for reading."),
                   path);
      return NULL;
    }

  if (!self->read_only)
    {
      if (!create_private_file (path, error))
        return NULL;

      /* A file Hearth fills is its owner's alone, whatever it started as
       * (an empty file from a file chooser may be readable by everyone);
       * SQLite gives its -wal and -shm files the same mode. */
      if (exists && user_version == 0 && !needs_recovery && g_chmod (path, 0600) != 0)
        g_debug ("Could not make a new database private: %s", g_strerror (errno));

      rc = sqlite3_open_v2 (path, &self->db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                            NULL);
      if (rc == SQLITE_OK && sqlite3_db_readonly (self->db, "main") == 1)
        rc = SQLITE_READONLY;

      if (rc != SQLITE_OK)
        {
          int primary = rc & 0xff;

          if (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN && primary != SQLITE_PERM)
            {
              set_sqlite_error (path, self->db, error, rc, NULL);
              return NULL;
            }

          g_autofree char *reason = dup_read_only_reason (path);

          g_debug ("SQLite could not open the database for writing; opening it read-only");
          close_db (&self->db);
          set_read_only (self, reason);
        }
    }

  if (self->read_only && needs_recovery)
    {
      set_half_written_error (path, error);
      return NULL;
    }

  /* Refused from what the inspection read, before a connection that, in
   * WAL mode, would leave files beside the database. */
  if (self->read_only && !refuse_unreadable_version (path, user_version, error))
    return NULL;

  if (self->read_only)
    {
      self->db = open_read_only (path, NULL, error);
      if (self->db == NULL)
        return NULL;
    }

  if (needs_recovery)
    {
      g_debug ("Rolling back a change another program left half done");

      /* The first read rolls the journal back; only then can the file be
       * checked like any other. */
      rc = sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          set_refusal_error (path, self->db, error, rc, NULL);
          return NULL;
        }

      if (!check_existing (path, &user_version, NULL, error))
        return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  if (!query_int (path, self->db, "PRAGMA user_version", &self->schema_version, error))
    return NULL;

  /* The file may have changed since it was checked, if another program
   * wrote to it in between. */
  if (self->schema_version > HEARTH_STORE_SCHEMA_VERSION)
    {
      set_too_new_error (path, (guint) self->schema_version, error);
      return NULL;
    }

  if (self->read_only && !refuse_unreadable_version (path, self->schema_version, error))
    return NULL;

  if (self->schema_version < HEARTH_STORE_SCHEMA_VERSION && !migrate (self, error))
    return NULL;

  if (needs_background_check (self))
    self->check_source = g_idle_add_full (G_PRIORITY_LOW, start_check, self, NULL);

  return g_steal_pointer (&self);
}

HearthStore *
hearth_store_open_reader (const char  *path,
                          gint64       now,
                          GError     **error)
{
  HearthStore *reader = hearth_store_open (path, HEARTH_STORE_OPEN_READ_ONLY, error);

  if (reader != NULL)
    hearth_store_set_clock (reader, now);
  return reader;
}

const char *
hearth_store_get_path (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->path;
}

gboolean
hearth_store_is_read_only (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), TRUE);

  return self->read_only;
}

const char *
hearth_store_get_read_only_reason (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->read_only_reason;
}

int
hearth_store_get_schema_version (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->schema_version;
}

sqlite3 *
hearth_store_get_db (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->db;
}

gint64
hearth_store_get_actor (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->actor;
}

void
hearth_store_set_actor (HearthStore *self,
                        gint64       staff_id)
{
  g_return_if_fail (HEARTH_IS_STORE (self));
  g_return_if_fail (staff_id >= 0);

  if (self->actor == staff_id)
    return;

  self->actor = staff_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
}

gint64
hearth_store_now (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), g_get_real_time () / G_USEC_PER_SEC);

  if (self->fixed_now > 0)
    return self->fixed_now;

  return g_get_real_time () / G_USEC_PER_SEC;
}

void
hearth_store_set_clock (HearthStore *self,
                        gint64       fixed_now)
{
  g_return_if_fail (HEARTH_IS_STORE (self));

  self->fixed_now = MAX (fixed_now, 0);
}

gint64
hearth_store_get_clock (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->fixed_now;
}

sqlite3_stmt *
hearth_store_prepare (HearthStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  const char *tail = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      /* The result of the last run was reported when it was stepped. */
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self->path, self->db, error, rc, NULL);
      return NULL;
    }

  while (tail != NULL && g_ascii_isspace (*tail))
    tail++;

  /* Anything after the first statement would be silently ignored. */
  if (stmt == NULL || (tail != NULL && *tail != '\0'))
    {
      sqlite3_finalize (stmt);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("Hearth could not use “%s”: a statement must hold exactly one SQL "
                     "command. Report this as a bug."),
                   self->path);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

gboolean
hearth_store_step (HearthStore   *self,
                   sqlite3_stmt  *stmt,
                   gboolean      *has_row,
                   GError       **error)
{
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (has_row != NULL)
    *has_row = FALSE;

  if (self->read_only && !sqlite3_stmt_readonly (stmt))
    {
      set_read_only_error (self, error);
      return FALSE;
    }

  rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      if (has_row != NULL)
        *has_row = TRUE;
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    {
      /* Done statements are reset so they hold no read snapshot open. */
      sqlite3_reset (stmt);
      return TRUE;
    }

  set_sqlite_error (self->path, self->db, error, rc, NULL);
  sqlite3_reset (stmt);

  return FALSE;
}

gboolean
hearth_store_run (HearthStore   *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  gboolean has_row = TRUE;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (has_row)
    {
      if (!hearth_store_step (self, stmt, &has_row, error))
        return FALSE;
    }

  return TRUE;
}

void
hearth_store_bind_text (sqlite3_stmt *stmt,
                        int           col,
                        const char   *text)
{
  sqlite3_bind_text (stmt, col, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
hearth_store_bind_optional_id (sqlite3_stmt *stmt,
                               int           col,
                               gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

static gboolean
types_are_valid (const char *types)
{
  return types[strspn (types, "xisSoXn")] == '\0';
}

static gboolean
columns_are_valid (const char *columns)
{
  return columns[strspn (columns, "xidsS")] == '\0';
}

/* Prepares @sql and binds the parameters in @args, one per letter of
 * @types (up to its end or a '>'); see hearth_store_run_sql(). */
static sqlite3_stmt *
prepare_and_bind (HearthStore  *self,
                  GError      **error,
                  const char   *sql,
                  const char   *types,
                  va_list      *args)
{
  sqlite3_stmt *stmt;
  size_t n_types = strcspn (types, ">");
  int col = 1;

  stmt = hearth_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (sqlite3_bind_parameter_count (stmt) != (int) n_types)
    {
      g_critical ("“%.*s” names %d parameters, the statement “%s” has %d",
                  (int) n_types, types, (int) n_types, sql, sqlite3_bind_parameter_count (stmt));
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("Hearth could not use “%s”: a statement was given the wrong values. "
                     "Report this as a bug."),
                   self->path);
      return NULL;
    }

  for (const char *type = types; *type != '\0' && *type != '>'; type++, col++)
    {
      switch (*type)
        {
        case 'x':
          sqlite3_bind_int64 (stmt, col, va_arg (*args, gint64));
          break;
        case 'i':
          sqlite3_bind_int (stmt, col, va_arg (*args, int));
          break;
        case 's':
          hearth_store_bind_text (stmt, col, va_arg (*args, const char *));
          break;
        case 'S':
          sqlite3_bind_text (stmt, col, va_arg (*args, const char *), -1, SQLITE_TRANSIENT);
          break;
        case 'o':
          hearth_store_bind_optional_id (stmt, col, va_arg (*args, gint64));
          break;
        case 'X':
          {
            const gint64 *value = va_arg (*args, const gint64 *);

            if (value != NULL)
              sqlite3_bind_int64 (stmt, col, *value);
            else
              sqlite3_bind_null (stmt, col);
          }
          break;
        case 'n':
          sqlite3_bind_null (stmt, col);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return stmt;
}

/* Stores the columns of @stmt's current row in the pointers of @args, one
 * per letter of @columns. */
static void
read_columns (sqlite3_stmt *stmt,
              const char   *columns,
              va_list      *args)
{
  int col = 0;

  if (sqlite3_column_count (stmt) < (int) strlen (columns))
    g_critical ("“%s” reads %d columns, the statement “%s” has %d", columns,
                (int) strlen (columns), sqlite3_sql (stmt), sqlite3_column_count (stmt));

  for (const char *type = columns; *type != '\0'; type++, col++)
    {
      switch (*type)
        {
        case 'x':
          *va_arg (*args, gint64 *) = sqlite3_column_int64 (stmt, col);
          break;
        case 'i':
          *va_arg (*args, int *) = sqlite3_column_int (stmt, col);
          break;
        case 'd':
          *va_arg (*args, double *) = sqlite3_column_double (stmt, col);
          break;
        case 's':
          {
            const char *text = (const char *) sqlite3_column_text (stmt, col);

            *va_arg (*args, char **) = g_strdup (text != NULL ? text : "");
          }
          break;
        case 'S':
          *va_arg (*args, char **) = g_strdup ((const char *) sqlite3_column_text (stmt, col));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gboolean
hearth_store_run_sql (HearthStore  *self,
                      GError      **error,
                      const char   *sql,
                      const char   *types,
                      ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (types != NULL, FALSE);
  g_return_val_if_fail (types_are_valid (types), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  va_end (args);

  return stmt != NULL && hearth_store_run (self, stmt, error);
}

gint64
hearth_store_write (HearthStore       *self,
                    GError           **error,
                    const char        *table,
                    HearthChangeKind   kind,
                    gint64             rowid,
                    const char        *sql,
                    const char        *types,
                    ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (kind <= HEARTH_CHANGE_DELETE, 0);
  g_return_val_if_fail (rowid > 0 || kind == HEARTH_CHANGE_INSERT, 0);
  g_return_val_if_fail (sql != NULL, 0);
  g_return_val_if_fail (types != NULL, 0);
  g_return_val_if_fail (types_are_valid (types), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  self->last_changes = 0;

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  va_end (args);

  if (stmt == NULL || !hearth_store_run (self, stmt, error))
    return 0;

  self->last_changes = sqlite3_changes64 (self->db);
  if (rowid <= 0)
    rowid = sqlite3_last_insert_rowid (self->db);

  /* A statement that matched nothing changed nothing to announce. */
  if (self->last_changes > 0)
    hearth_store_note_change (self, table, rowid, kind);

  return rowid;
}

/* The kind of change a writing statement makes, from its first word. */
static gboolean
kind_of_statement (sqlite3_stmt     *stmt,
                   HearthChangeKind *kind)
{
  static const struct {
    const char       *word;
    HearthChangeKind  kind;
  } words[] = {
    { "INSERT", HEARTH_CHANGE_INSERT },
    { "REPLACE", HEARTH_CHANGE_INSERT },
    { "UPDATE", HEARTH_CHANGE_UPDATE },
    { "DELETE", HEARTH_CHANGE_DELETE },
  };
  const char *sql = sqlite3_sql (stmt);

  while (g_ascii_isspace (*sql))
    sql++;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize length = strlen (words[i].word);

      if (g_ascii_strncasecmp (sql, words[i].word, length) == 0 &&
          !g_ascii_isalnum (sql[length]) && sql[length] != '_')
        {
          *kind = words[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
hearth_store_write_unattributed (HearthStore  *self,
                                 GError      **error,
                                 const char   *table,
                                 const char   *sql,
                                 const char   *types,
                                 ...)
{
  HearthChangeKind kind = HEARTH_CHANGE_INSERT;
  sqlite3_stmt *stmt;
  gint64 now;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (types != NULL, FALSE);
  g_return_val_if_fail (types_are_valid (types), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->last_changes = 0;

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  va_end (args);

  if (stmt == NULL)
    return FALSE;

  if (!kind_of_statement (stmt, &kind))
    {
      g_critical ("“%s” is not an INSERT, UPDATE or DELETE", sql);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("Hearth could not use “%s”: a write was not one it can record. Report "
                     "this as a bug."),
                   self->path);
      return FALSE;
    }

  if (!hearth_store_run (self, stmt, error))
    return FALSE;

  self->last_changes = sqlite3_changes64 (self->db);
  now = hearth_store_now (self);

  /* No one, no row and no time of day: nothing to match against the
   * audited writes around it. */
  if (self->last_changes > 0)
    note_change (self, table, 0, kind, 0, now - now % (24 * 60 * 60));

  return TRUE;
}

gboolean
hearth_store_truncate_wal (HearthStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean done = FALSE;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (self->read_only)
    return FALSE;

  /* Inside a transaction the log cannot be emptied; the commit will. */
  if (self->depth > 0)
    {
      self->truncate_wal = TRUE;
      return FALSE;
    }

  /* The result row says whether a reader kept the checkpoint from
   * finishing (busy = 1). */
  rc = sqlite3_prepare_v2 (self->db, "PRAGMA wal_checkpoint (TRUNCATE)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    done = sqlite3_column_int (stmt, 0) == 0;
  else
    g_debug ("Could not empty the write-ahead log: %s", sqlite3_errstr (rc));
  sqlite3_finalize (stmt);

  self->truncate_wal = !done;

  return done;
}

gint64
hearth_store_get_changes (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->last_changes;
}

gboolean
hearth_store_read_row (HearthStore  *self,
                       gboolean     *found,
                       GError      **error,
                       const char   *sql,
                       const char   *types,
                       ...)
{
  const char *columns;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (types != NULL, FALSE);
  g_return_val_if_fail (strchr (types, '>') != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  columns = strchr (types, '>') + 1;
  g_return_val_if_fail (columns_are_valid (columns), FALSE);
  g_return_val_if_fail (strspn (types, "xisSoXn") == (size_t) (columns - types - 1), FALSE);

  if (found != NULL)
    *found = FALSE;

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  if (stmt == NULL || !hearth_store_step (self, stmt, &has_row, error))
    {
      va_end (args);
      return FALSE;
    }

  if (has_row)
    {
      read_columns (stmt, columns, &args);
      /* Reset now: a statement left on a row keeps a read snapshot open. */
      sqlite3_reset (stmt);
    }
  va_end (args);

  if (found != NULL)
    {
      *found = has_row;
      return TRUE;
    }

  if (!has_row)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("That record is no longer there; it may have been removed in another "
                     "window."));
      return FALSE;
    }

  return TRUE;
}

GArray *
hearth_store_read_ids (HearthStore  *self,
                       GError      **error,
                       const char   *sql,
                       const char   *types,
                       ...)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (types != NULL, NULL);
  g_return_val_if_fail (types_are_valid (types), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  va_end (args);
  if (stmt == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (hearth_store_next (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

sqlite3_stmt *
hearth_store_query (HearthStore  *self,
                    GError      **error,
                    const char   *sql,
                    const char   *types,
                    ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (types != NULL, NULL);
  g_return_val_if_fail (types_are_valid (types), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  va_start (args, types);
  stmt = prepare_and_bind (self, error, sql, types, &args);
  va_end (args);

  return stmt;
}

gboolean
hearth_store_next (HearthStore   *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  return hearth_store_step (self, stmt, &has_row, error) && has_row;
}

gboolean
hearth_store_exec (HearthStore  *self,
                   const char   *sql,
                   GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return exec_on (self->path, self->db, self->read_only, sql, error);
}

gint64
hearth_store_last_insert_id (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);
  g_return_val_if_fail (self->db != NULL, 0);

  return sqlite3_last_insert_rowid (self->db);
}

gboolean
hearth_store_begin (HearthStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->read_only)
    {
      set_read_only_error (self, error);
      return FALSE;
    }

  if (self->depth == 0)
    {
      /* IMMEDIATE takes the write lock now, so a busy database fails here
       * rather than halfway through the changes. */
      if (!exec_on (self->path, self->db, FALSE, "BEGIN IMMEDIATE", error))
        return FALSE;

      self->doomed = FALSE;
      self->notes = 0;
      self->changes_at_begin = sqlite3_total_changes64 (self->db);
      discard_changes (self);
    }

  self->depth++;

  return TRUE;
}

gboolean
hearth_store_commit (HearthStore  *self,
                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return TRUE;
    }

  if (self->doomed)
    {
      hearth_store_rollback (self);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("Nothing was saved to “%s” because part of the change failed. Try "
                     "again."),
                   self->path);
      return FALSE;
    }

  /* Every write goes through hearth_store_write(), which announces it; a
   * transaction that changed rows and announced none has a write that
   * models and the audit trail will never learn of. */
  if (self->notes == 0 && sqlite3_total_changes64 (self->db) > self->changes_at_begin)
    g_critical ("A transaction on “%s” changed rows but noted no change", self->path);

  if (!exec_on (self->path, self->db, FALSE, "COMMIT", &local_error))
    {
      hearth_store_rollback (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->depth = 0;
  if (self->truncate_wal)
    hearth_store_truncate_wal (self);
  emit_changes (self);

  return TRUE;
}

void
hearth_store_rollback (HearthStore *self)
{
  g_return_if_fail (HEARTH_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  self->depth--;

  if (self->depth > 0)
    {
      self->doomed = TRUE;
      return;
    }

  self->doomed = FALSE;
  discard_changes (self);

  /* SQLite may already have rolled back by itself, after a full disk. */
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    {
      int rc = sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        g_warning ("Could not roll back a transaction: %s", sqlite3_errstr (rc));
    }
}

struct _HearthTransaction
{
  HearthStore *store;
};

HearthTransaction *
hearth_store_begin_transaction (HearthStore  *self,
                                GError      **error)
{
  HearthTransaction *tx;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hearth_store_begin (self, error))
    return NULL;

  tx = g_new0 (HearthTransaction, 1);
  tx->store = g_object_ref (self);
  return tx;
}

gboolean
hearth_transaction_commit (HearthTransaction  *tx,
                           GError            **error)
{
  g_autoptr(HearthStore) store = NULL;

  g_return_val_if_fail (tx != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = g_steal_pointer (&tx->store);
  g_free (tx);

  return hearth_store_commit (store, error);
}

void
hearth_transaction_rollback (HearthTransaction *tx)
{
  g_autoptr(HearthStore) store = NULL;

  if (tx == NULL)
    return;

  store = g_steal_pointer (&tx->store);
  g_free (tx);

  hearth_store_rollback (store);
}

gboolean
hearth_store_record_read (HearthStore  *self,
                          const char   *table,
                          gint64        rowid,
                          GError      **error)
{
  gboolean found = FALSE;
  gint64 now;
  gint64 recent = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->read_only || rowid <= 0)
    return TRUE;

  now = hearth_store_now (self);
  if (!hearth_store_read_row (self, &found, error,
                              "SELECT id FROM audit_log WHERE table_name = ?1 AND row_id = ?2"
                              " AND action = 'read' AND staff_id IS ?3 AND at > ?4 LIMIT 1",
                              "sxXx>x", table, rowid, self->actor > 0 ? &self->actor : NULL,
                              now - HEARTH_STORE_READ_WINDOW, &recent))
    return FALSE;
  if (found)
    return TRUE;

  if (!hearth_store_run_sql (self, error,
                             "INSERT INTO audit_log (at, staff_id, table_name, row_id, action)"
                             " VALUES (?1, ?2, ?3, ?4, 'read')",
                             "xosx", now, self->actor, table, rowid))
    return FALSE;

  /* A row of the trail, not a change of anyone's records: it is counted
   * as noted so that a transaction around it commits quietly. */
  self->notes++;
  return TRUE;
}

void
hearth_store_note_change (HearthStore      *self,
                          const char       *table,
                          gint64            rowid,
                          HearthChangeKind  kind)
{
  g_return_if_fail (HEARTH_IS_STORE (self));
  g_return_if_fail (table != NULL);
  g_return_if_fail (kind <= HEARTH_CHANGE_DELETE);

  note_change (self, table, rowid, kind, self->actor, hearth_store_now (self));
}

/* Records a change for ::changed, with its audit row naming @staff_id (none
 * when 0) at @at. */
static void
note_change (HearthStore      *self,
             const char       *table,
             gint64            rowid,
             HearthChangeKind  kind,
             gint64            staff_id,
             gint64            at)
{
  static const char *const actions[] = { "insert", "update", "delete" };
  g_autoptr(GError) error = NULL;
  HearthStoreChange *change;
  sqlite3_stmt *stmt;
  sqlite3_int64 last_insert_id;

  if (self->read_only)
    {
      g_critical ("A change was noted on a read-only store");
      return;
    }

  /* The audit row must not hide the id of the row the caller inserted. */
  last_insert_id = sqlite3_last_insert_rowid (self->db);

  stmt = hearth_store_prepare (self, AUDIT_SQL, &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, at);
      if (staff_id > 0)
        sqlite3_bind_int64 (stmt, 2, staff_id);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, table, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, rowid);
      sqlite3_bind_text (stmt, 5, actions[kind], -1, SQLITE_STATIC);
      hearth_store_run (self, stmt, &error);
    }

  sqlite3_set_last_insert_rowid (self->db, last_insert_id);

  if (error != NULL)
    {
      /* Without its audit row the change must not be kept. */
      if (self->depth > 0)
        {
          g_debug ("Could not write the audit trail; the transaction will roll back: %s",
                   error->message);
          self->doomed = TRUE;
          return;
        }

      g_warning ("Could not write the audit trail: %s", error->message);
    }

  self->notes++;
  change = g_new0 (HearthStoreChange, 1);
  change->table = g_intern_string (table);
  change->rowid = rowid;
  change->kind = kind;

  if (g_hash_table_contains (self->pending_set, change))
    {
      g_free (change);
    }
  else
    {
      g_ptr_array_add (self->pending, change);
      g_hash_table_add (self->pending_set, change);
    }

  if (self->depth == 0)
    emit_changes (self);
}

void
hearth_store_set_error (HearthStore  *self,
                        GError      **error,
                        int           rc,
                        const char   *what)
{
  g_return_if_fail (HEARTH_IS_STORE (self));
  g_return_if_fail (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE);

  set_sqlite_error (self->path, self->db, error, rc, what);
}
