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
  gboolean found = FALSE;

  *taken_id = 0;
  return hearth_store_read_row (store, &found, error, sql, "sx>xi", name, except_id, taken_id,
                                active);
}

gint64
hearth_lookup_add (HearthStore        *store,
                   HearthLookupTable   table,
                   const char         *name,
                   GError            **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *sql = NULL;
  gint64 id = 0;
  gboolean active = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);

  if (!check_name (name, error))
    return 0;
  clean = hearth_dup_trimmed (name);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !name_taken (store, table, clean, 0, &id, &active, error))
    return 0;
  if (id > 0 && active)
    {
      hearth_refuse (error, _("That name is already on the list"));
      return 0;
    }

  if (id > 0)
    {
      sql = g_strdup_printf ("UPDATE %s SET active = 1, name = ?2,"
                             " position = (SELECT coalesce (max (position), 0) + 1 FROM %s)"
                             " WHERE id = ?1",
                             table_name (table), table_name (table));
      id = hearth_store_write (store, error, table_name (table), HEARTH_CHANGE_UPDATE, id, sql,
                               "xs", id, clean);
    }
  else
    {
      sql = g_strdup_printf ("INSERT INTO %s (name, position)"
                             " SELECT ?1, coalesce (max (position), 0) + 1 FROM %s",
                             table_name (table), table_name (table));
      id = hearth_store_write (store, error, table_name (table), HEARTH_CHANGE_INSERT, 0, sql,
                               "s", clean);
    }

  if (id == 0 || !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;
  return id;
}

gboolean
hearth_lookup_rename (HearthStore        *store,
                      HearthLookupTable   table,
                      gint64              id,
                      const char         *name,
                      GError            **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *sql = NULL;
  gint64 taken = 0;
  gboolean active = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  if (!check_name (name, error))
    return FALSE;
  clean = hearth_dup_trimmed (name);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !name_taken (store, table, clean, id, &taken, &active, error))
    return FALSE;
  if (taken > 0 && active)
    return hearth_refuse (error, _("That name is already on the list"));
  if (taken > 0)
    return hearth_refuse (error, _("That name was removed from the list; add it again instead"));

  sql = g_strdup_printf ("UPDATE %s SET name = ?2 WHERE id = ?1", table_name (table));
  if (hearth_store_write (store, error, table_name (table), HEARTH_CHANGE_UPDATE, id, sql, "xs",
                          id, clean) == 0)
    return FALSE;
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_lookup_remove (HearthStore        *store,
                      HearthLookupTable   table,
                      gint64              id,
                      GError            **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *count_sql = NULL;
  int left = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;

  /* Closing a case needs at least one outcome to choose from. */
  count_sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE active AND id <> ?1",
                               table_name (table));
  if (!hearth_store_read_row (store, NULL, error, count_sql, "x>i", id, &left))
    return FALSE;
  if (table == HEARTH_LOOKUP_OUTCOMES && left == 0)
    return hearth_refuse_with (error, HEARTH_ERROR_CONFLICT,
                               _("Keep at least one outcome, so that cases can be closed"));

  sql = g_strdup_printf ("UPDATE %s SET active = 0 WHERE id = ?1", table_name (table));
  if (hearth_store_write (store, error, table_name (table), HEARTH_CHANGE_UPDATE, id, sql, "x",
                          id) == 0)
    return FALSE;
  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}
