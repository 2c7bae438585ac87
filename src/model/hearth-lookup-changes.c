/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the small lists the team keeps: outcomes at close and access needs.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-change-util.h"
#include "hearth-lookup-changes.h"

static const char *
table_name (HearthLookupTable table)
{
  return table == HEARTH_LOOKUP_OUTCOMES ? "outcomes" : "access_needs";
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (hearth_text_is_blank (name))
    return hearth_refuse (error, _("Write a name"));
  return hearth_check_text (name, HEARTH_LOOKUP_NAME_MAX, _("The name is too long"), error);
}

/* Whether another row of the table has @name, ignoring case. */
static gboolean
name_taken (HearthStore        *store,
            HearthLookupTable   table,
            const char         *name,
            gint64              except_id,
            gint64             *taken_id,
            gboolean           *active,
            GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, active FROM %s"
                                          " WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
                                          table_name (table));
  sqlite3_stmt *stmt = hearth_store_prepare (store, sql, error);
  gboolean has_row = FALSE;

  *taken_id = 0;
  if (stmt == NULL)
    return FALSE;
  hearth_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *taken_id = sqlite3_column_int64 (stmt, 0);
      *active = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
hearth_lookup_add (HearthStore        *store,
                   HearthLookupTable   table,
                   const char         *name,
                   GError            **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *sql = NULL;
  gint64 id = 0;
  gboolean active = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  if (!check_name (name, error))
    return 0;
  clean = hearth_dup_trimmed (name);

  if (!hearth_store_begin (store, error))
    return 0;
  if (!name_taken (store, table, clean, 0, &id, &active, error))
    goto fail;
  if (id > 0 && active)
    {
      hearth_refuse (error, _("That name is already on the list"));
      goto fail;
    }

  if (id > 0)
    {
      sql = g_strdup_printf ("UPDATE %s SET active = 1, name = ?2,"
                             " position = (SELECT coalesce (max (position), 0) + 1 FROM %s)"
                             " WHERE id = ?1",
                             table_name (table), table_name (table));
      if (!hearth_store_run_sql (store, error, sql, "xs", id, clean))
        goto fail;
      hearth_store_note_change (store, table_name (table), id, HEARTH_CHANGE_UPDATE);
    }
  else
    {
      sql = g_strdup_printf ("INSERT INTO %s (name, position)"
                             " SELECT ?2, coalesce (max (position), 0) + 1 FROM %s WHERE ?1 = ?1",
                             table_name (table), table_name (table));
      if (!hearth_store_run_sql (store, error, sql, "xs", (gint64) 0, clean))
        goto fail;
      id = hearth_store_last_insert_id (store);
      hearth_store_note_change (store, table_name (table), id, HEARTH_CHANGE_INSERT);
    }

  if (!hearth_store_commit (store, error))
    return 0;
  return id;

fail:
  hearth_store_rollback (store);
  return 0;
}

gboolean
hearth_lookup_rename (HearthStore        *store,
                      HearthLookupTable   table,
                      gint64              id,
                      const char         *name,
                      GError            **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *sql = NULL;
  gint64 taken = 0;
  gboolean active = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!check_name (name, error))
    return FALSE;
  clean = hearth_dup_trimmed (name);

  if (!hearth_store_begin (store, error))
    return FALSE;
  if (!name_taken (store, table, clean, id, &taken, &active, error))
    goto fail;
  if (taken > 0)
    {
      hearth_refuse (error, active ? _("That name is already on the list")
                                   : _("That name was removed from the list; add it again instead"));
      goto fail;
    }
  sql = g_strdup_printf ("UPDATE %s SET name = ?2 WHERE id = ?1", table_name (table));
  if (!hearth_store_run_sql (store, error, sql, "xs", id, clean))
    goto fail;
  hearth_store_note_change (store, table_name (table), id, HEARTH_CHANGE_UPDATE);
  return hearth_store_commit (store, error);

fail:
  hearth_store_rollback (store);
  return FALSE;
}

gboolean
hearth_lookup_remove (HearthStore        *store,
                      HearthLookupTable   table,
                      gint64              id,
                      GError            **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *count_sql = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  int left;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);

  if (!hearth_store_begin (store, error))
    return FALSE;

  /* Closing a case needs at least one outcome to choose from. */
  count_sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE active AND id <> ?1",
                               table_name (table));
  stmt = hearth_store_prepare (store, count_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!hearth_store_step (store, stmt, &has_row, error))
    goto fail;
  left = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (table == HEARTH_LOOKUP_OUTCOMES && left == 0)
    {
      hearth_refuse (error, _("Keep at least one outcome, so that cases can be closed"));
      goto fail;
    }

  sql = g_strdup_printf ("UPDATE %s SET active = 0 WHERE id = ?1", table_name (table));
  if (!hearth_store_run_sql (store, error, sql, "x", id))
    goto fail;
  hearth_store_note_change (store, table_name (table), id, HEARTH_CHANGE_UPDATE);
  return hearth_store_commit (store, error);

fail:
  hearth_store_rollback (store);
  return FALSE;
}
