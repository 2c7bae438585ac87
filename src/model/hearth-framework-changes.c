/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing the frameworks that feedback is given on: their behaviours (each
 * with a one-line meaning and descriptors of what it looks like in
 * practice) and their rating scale. A framework that cycles use keeps what
 * their answers were given against: its behaviours can be reworded but not
 * removed, and its scale relabelled but not given another number of
 * points; the way to change those is a copy.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-framework-changes.h"

/* How many cycles a refusal names before it counts the rest. */
#define CYCLES_NAMED 3

static const char *const default_scale[] = {
  N_("Not yet seen"), N_("Sometimes"), N_("Often"), N_("Consistently"), N_("A role model"),
};

static const char *const kinds[] = { "behaviours", "values" };

static gboolean
refuse (GError      **error,
        HearthError   code,
        const char   *message)
{
  g_set_error_literal (error, HEARTH_ERROR, code, message);
  return FALSE;
}

/* @text trimmed, after checking that it is UTF-8, not blank (when @blank
 * says what to say then) and at most @max characters long; NULL with
 * @error when it is not. */
static char *
dup_checked (const char  *text,
             glong        max,
             const char  *blank,
             const char  *too_long,
             GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("The text holds characters that cannot be saved; type it again"));
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (text));
  if (blank != NULL && *trimmed == '\0')
    {
      refuse (error, HEARTH_ERROR_INVALID, blank);
      return NULL;
    }

  if (g_utf8_strlen (trimmed, -1) > max)
    {
      refuse (error, HEARTH_ERROR_INVALID, too_long);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

static char *
dup_framework_name (const char  *name,
                    GError     **error)
{
  return dup_checked (name, HEARTH_FRAMEWORK_NAME_MAX, _("Give the framework a name"),
                      _("The name is too long; keep it to 200 characters or fewer"), error);
}

static char *
dup_behaviour_name (const char  *name,
                    GError     **error)
{
  return dup_checked (name, HEARTH_BEHAVIOUR_NAME_MAX, _("Give the behaviour a name"),
                      _("The name is too long; keep it to 200 characters or fewer"), error);
}

static char *
dup_meaning (const char  *meaning,
             GError     **error)
{
  const char *too_long = _("Keep the meaning to one line of 200 characters or fewer");
  g_autofree char *checked = dup_checked (meaning, HEARTH_BEHAVIOUR_MEANING_MAX, NULL, too_long,
                                          error);

  if (checked != NULL && strpbrk (checked, "\r\n") != NULL)
    {
      refuse (error, HEARTH_ERROR_INVALID, too_long);
      return NULL;
    }

  return g_steal_pointer (&checked);
}

/* The descriptors of @text, one a line, trimmed, without blank lines. */
static GPtrArray *
parse_descriptors (const char  *text,
                   GError     **error)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) split = NULL;

  if (text == NULL)
    return g_steal_pointer (&lines);

  if (!g_utf8_validate (text, -1, NULL))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("The text holds characters that cannot be saved; type it again"));
      return NULL;
    }

  if (g_utf8_strlen (text, -1) > HEARTH_BEHAVIOUR_DESCRIPTORS_MAX)
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("The descriptors are too long; keep them to 10,000 characters in all"));
      return NULL;
    }

  split = g_strsplit (text, "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      char *line = g_strstrip (split[i]);

      if (*line == '\0')
        continue;

      if (g_utf8_strlen (line, -1) > HEARTH_DESCRIPTOR_MAX)
        {
          refuse (error, HEARTH_ERROR_INVALID,
                  _("A descriptor is too long; keep each one to a line of 1,000 characters or "
                    "fewer"));
          return NULL;
        }

      g_ptr_array_add (lines, g_strdup (line));
    }

  return g_steal_pointer (&lines);
}

/* What two names are compared by: without surrounding space, and without
 * regard to case or to how their characters are composed. */
static char *
name_key (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : trimmed, -1);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *key_a = name_key (a);
  g_autofree char *key_b = name_key (b);

  return g_str_equal (key_a, key_b);
}

const char *
hearth_framework_kind_to_string (HearthFrameworkKind kind)
{
  g_return_val_if_fail (kind <= HEARTH_FRAMEWORK_VALUES, NULL);

  return kinds[kind];
}

gboolean
hearth_framework_kind_from_string (const char          *text,
                                   HearthFrameworkKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (text, kinds[i]) == 0)
        {
          if (kind != NULL)
            *kind = (HearthFrameworkKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The framework's name and whether it was removed; NOT_FOUND when it is
 * gone. */
static gboolean
look_up_framework (HearthStore  *store,
                   gint64        framework_id,
                   char        **name,
                   gboolean     *archived,
                   GError      **error)
{
  g_autofree char *own_name = NULL;
  gboolean found = FALSE;
  int own_archived = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name, archived FROM frameworks WHERE id = ?1", "x>si",
                              framework_id, &own_name, &own_archived))
    return FALSE;

  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This framework no longer exists; it may have been removed in another "
                     "window"));

  if (name != NULL)
    *name = g_steal_pointer (&own_name);
  if (archived != NULL)
    *archived = own_archived != 0;

  return TRUE;
}

static gboolean
look_up_behaviour (HearthStore  *store,
                   gint64        behaviour_id,
                   gint64       *framework_id,
                   char        **name,
                   gboolean     *removed,
                   GError      **error)
{
  g_autofree char *own_name = NULL;
  gboolean found = FALSE;
  gint64 own_framework_id = 0;
  int own_removed = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT framework_id, name, removed_at IS NOT NULL FROM behaviours"
                              " WHERE id = ?1", "x>xsi",
                              behaviour_id, &own_framework_id, &own_name, &own_removed))
    return FALSE;

  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This behaviour no longer exists; it may have been removed in another "
                     "window"));

  if (framework_id != NULL)
    *framework_id = own_framework_id;
  if (name != NULL)
    *name = g_steal_pointer (&own_name);
  if (removed != NULL)
    *removed = own_removed != 0;

  return TRUE;
}

static gboolean
framework_is_used (HearthStore  *store,
                   gint64        framework_id,
                   gboolean     *used,
                   GError      **error)
{
  int exists = 0;

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT EXISTS (SELECT 1 FROM feedback_cycles"
                              " WHERE framework_id = ?1)",
                              "x>i", framework_id, &exists))
    return FALSE;

  *used = exists != 0;
  return TRUE;
}

static char **
dup_cycles_using (HearthStore  *store,
                  gint64        framework_id,
                  GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT c.title, coalesce (s.name, '') FROM feedback_cycles c"
                             " LEFT JOIN staff s ON s.id = c.subject_id WHERE c.framework_id = ?1"
                             " ORDER BY c.opens_on DESC, c.id DESC", "x", framework_id);
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 0);
      const char *person = (const char *) sqlite3_column_text (stmt, 1);

      if (title == NULL || *title == '\0')
        g_strv_builder_take (builder, g_strdup_printf (_("the cycle for %s"), person));
      else
        /* Translators: a feedback cycle's title and the person it is for. */
        g_strv_builder_take (builder, g_strdup_printf (_("“%s” for %s"), title, person));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/* Refuses a change the cycles using the framework do not allow, naming
 * them: @what says what cannot change. */
static gboolean
refuse_in_use (HearthStore  *store,
               gint64        framework_id,
               const char   *framework_name,
               const char   *what,
               GError      **error)
{
  g_auto(GStrv) cycles = dup_cycles_using (store, framework_id, error);
  g_autoptr(GString) named = g_string_new (NULL);
  guint n_cycles;

  if (cycles == NULL)
    return FALSE;

  n_cycles = g_strv_length (cycles);
  for (guint i = 0; i < n_cycles && i < CYCLES_NAMED; i++)
    {
      if (i > 0)
        g_string_append (named, i + 1 == n_cycles ? _(" and ") : _(", "));
      g_string_append (named, cycles[i]);
    }

  if (n_cycles > CYCLES_NAMED)
    {
      guint rest = n_cycles - CYCLES_NAMED;

      g_string_append_printf (named,
                              g_dngettext (GETTEXT_PACKAGE, " and %u more cycle",
                                           " and %u more cycles", rest),
                              rest);
    }

  /* Translators: the framework's name, what cannot change and the cycles
   * that use the framework. */
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT,
               _("“%s” is used by %s, so %s. Duplicate the framework and change the copy "
                 "instead."),
               framework_name, named->str, what);
  return FALSE;
}

/* @base followed by “ (copy)”, “ (copy 2)”, … (or the same with “removed”),
 * the first that no framework has, within the length of a name. */
static char *
dup_free_framework_name (HearthStore  *store,
                         const char   *base,
                         gboolean      removed,
                         GError      **error)
{
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *suffix = NULL;
      g_autofree char *start = NULL;
      g_autofree char *candidate = NULL;
      g_autoptr(GError) local_error = NULL;
      sqlite3_stmt *stmt;
      gboolean taken = FALSE;
      glong room;

      if (n == 1)
        suffix = g_strdup (removed ? _(" (removed)") : _(" (copy)"));
      else
        suffix = g_strdup_printf (removed ? _(" (removed %u)") : _(" (copy %u)"), n);

      room = HEARTH_FRAMEWORK_NAME_MAX - g_utf8_strlen (suffix, -1);
      start = g_utf8_substring (base, 0, MIN (room, g_utf8_strlen (base, -1)));
      candidate = g_strconcat (start, suffix, NULL);

      stmt = hearth_store_query (store, error, "SELECT name FROM frameworks", "");
      if (stmt == NULL)
        return NULL;
      while (!taken && hearth_store_next (store, stmt, &local_error))
        taken = same_name ((const char *) sqlite3_column_text (stmt, 0), candidate);
      if (taken)
        sqlite3_reset (stmt);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (!taken)
        return g_steal_pointer (&candidate);
    }

  refuse (error, HEARTH_ERROR_INVALID, _("Too many frameworks have this name; choose another"));
  return NULL;
}

/* Frees @name for the framework @framework_id (0 for a new one): refuses
 * it when a framework in the list has it already. A removed framework with
 * exactly that name is deleted for real when no cycle uses it, and renamed
 * “… (removed)” when one does. */
static gboolean
claim_framework_name (HearthStore  *store,
                      gint64        framework_id,
                      const char   *name,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 removed_id = 0;

  stmt = hearth_store_query (store, error,
                             "SELECT id, name, archived FROM frameworks WHERE id <> ?1", "x",
                             framework_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *other = (const char *) sqlite3_column_text (stmt, 1);

      if (!same_name (other, name))
        continue;

      if (sqlite3_column_int (stmt, 2) == 0)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("There is already a framework called “%s”; choose another name"),
                       other);
          sqlite3_reset (stmt);
          return FALSE;
        }

      if (g_str_equal (other, name))
        removed_id = sqlite3_column_int64 (stmt, 0);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (removed_id > 0)
    {
      gboolean used = FALSE;

      if (!framework_is_used (store, removed_id, &used, error))
        return FALSE;

      if (!used)
        return hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_DELETE, removed_id,
                                   "DELETE FROM frameworks WHERE id = ?1", "x", removed_id) > 0;
      else
        {
          g_autofree char *moved = dup_free_framework_name (store, name, TRUE, error);

          return moved != NULL &&
                 hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, removed_id,
                                     "UPDATE frameworks SET name = ?2 WHERE id = ?1", "xs",
                                     removed_id, moved) > 0;
        }
    }

  return TRUE;
}

/* The same for a behaviour's name within its framework. A removed
 * behaviour with exactly that name is deleted for real when nothing was
 * ever said about it, and renamed “… (removed)” when something was. */
static gboolean
claim_behaviour_name (HearthStore  *store,
                      gint64        framework_id,
                      gint64        behaviour_id,
                      const char   *name,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 removed_id = 0;
  int answered = 0;

  stmt = hearth_store_query (store, error,
                             "SELECT id, name, removed_at IS NOT NULL FROM behaviours"
                             " WHERE framework_id = ?1 AND id <> ?2", "xx",
                             framework_id, behaviour_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *other = (const char *) sqlite3_column_text (stmt, 1);

      if (!same_name (other, name))
        continue;

      if (sqlite3_column_int (stmt, 2) == 0)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("This framework already has a behaviour called “%s”; choose another "
                         "name"),
                       other);
          sqlite3_reset (stmt);
          return FALSE;
        }

      if (g_str_equal (other, name))
        removed_id = sqlite3_column_int64 (stmt, 0);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (removed_id == 0)
    return TRUE;

  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT EXISTS (SELECT 1 FROM feedback_ratings"
                              "  WHERE behaviour_id = ?1)"
                              " OR EXISTS (SELECT 1 FROM feedback_draft_ratings"
                              "  WHERE behaviour_id = ?1)", "x>i", removed_id, &answered))
    return FALSE;

  if (!answered)
    return hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_DELETE, removed_id,
                               "DELETE FROM behaviours WHERE id = ?1", "x", removed_id) > 0;

  /* Translators: the name a removed behaviour is given when its old name
   * is used again. */
  return hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_UPDATE, removed_id,
                             "UPDATE behaviours SET name = substr (name, 1, 150) || ?2 || id"
                             " WHERE id = ?1", "xs",
                             removed_id, _(" (removed) ")) > 0;
}

/* The framework's behaviours that are not removed, in order. */
static GArray *
dup_behaviour_ids (HearthStore  *store,
                   gint64        framework_id,
                   GError      **error)
{
  return hearth_store_read_ids (store, error,
                                "SELECT id FROM behaviours WHERE framework_id = ?1"
                                " AND removed_at IS NULL ORDER BY position, id", "x",
                                framework_id);
}

/* Numbers the behaviours of @ids 0, 1, … in that order, writing only the
 * ones whose position changes. */
static gboolean
write_positions (HearthStore  *store,
                 GArray       *ids,
                 GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      hearth_store_write (store, &local_error, "behaviours", HEARTH_CHANGE_UPDATE, id,
                          "UPDATE behaviours SET position = ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1 AND position IS NOT ?2", "xixo", id, (int) i,
                          hearth_store_now (store), hearth_store_get_actor (store));
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_descriptors (HearthStore  *store,
                   gint64        behaviour_id,
                   GPtrArray    *lines,
                   GError      **error)
{
  if (hearth_store_write (store, error, "descriptors", HEARTH_CHANGE_DELETE, behaviour_id,
                          "DELETE FROM descriptors WHERE behaviour_id = ?1", "x",
                          behaviour_id) == 0)
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      if (hearth_store_write (store, error, "descriptors", HEARTH_CHANGE_INSERT, 0,
                              "INSERT INTO descriptors (behaviour_id, position, text)"
                              " VALUES (?1, ?2, ?3)", "xis",
                              behaviour_id, (int) i, (const char *) lines->pdata[i]) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Marks the framework as changed now, by the store's actor. */
static gboolean
touch_framework (HearthStore  *store,
                 gint64        framework_id,
                 GError      **error)
{
  return hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, framework_id,
                             "UPDATE frameworks SET updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                             "xxo", framework_id, hearth_store_now (store),
                             hearth_store_get_actor (store)) > 0;
}

gint64
hearth_framework_create (HearthStore          *store,
                         const char           *name,
                         HearthFrameworkKind   kind,
                         GError              **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *checked = NULL;
  gint64 framework_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (kind <= HEARTH_FRAMEWORK_VALUES, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  checked = dup_framework_name (name, error);
  if (checked == NULL)
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !claim_framework_name (store, 0, checked, error))
    return 0;

  framework_id = hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_INSERT, 0,
                                     "INSERT INTO frameworks (name, kind, created_at, created_by,"
                                     " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?3, ?4)",
                                     "ssxo", checked, kinds[kind], hearth_store_now (store),
                                     hearth_store_get_actor (store));
  if (framework_id == 0)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (default_scale); i++)
    {
      if (hearth_store_write (store, error, "scale_points", HEARTH_CHANGE_INSERT, 0,
                              "INSERT INTO scale_points (framework_id, value, label)"
                              " VALUES (?1, ?2, ?3)", "xis",
                              framework_id, (int) i + 1, _(default_scale[i])) == 0)
        return 0;
    }

  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return framework_id;
}

gboolean
hearth_framework_rename (HearthStore  *store,
                         gint64        framework_id,
                         const char   *name,
                         GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *checked = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checked = dup_framework_name (name, error);
  if (checked == NULL)
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_framework (store, framework_id, NULL, NULL, error) ||
      !claim_framework_name (store, framework_id, checked, error))
    return FALSE;

  if (hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, framework_id,
                          "UPDATE frameworks SET name = ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1", "xsxo", framework_id, checked,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_set_description (HearthStore  *store,
                                  gint64        framework_id,
                                  const char   *description,
                                  GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *checked = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  checked = dup_checked (description, HEARTH_FRAMEWORK_DESCRIPTION_MAX, NULL,
                         _("The description is too long; keep it to 10,000 characters or fewer"),
                         error);
  if (checked == NULL)
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_framework (store, framework_id, NULL, NULL, error))
    return FALSE;

  if (hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, framework_id,
                          "UPDATE frameworks SET description = ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1", "xsxo", framework_id, checked,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_set_kind (HearthStore          *store,
                           gint64                framework_id,
                           HearthFrameworkKind   kind,
                           GError              **error)
{
  g_autoptr(HearthTransaction) tx = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind <= HEARTH_FRAMEWORK_VALUES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_framework (store, framework_id, NULL, NULL, error))
    return FALSE;

  if (hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, framework_id,
                          "UPDATE frameworks SET kind = ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1", "xsxo", framework_id, kinds[kind],
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gint64
hearth_framework_duplicate (HearthStore  *store,
                            gint64        framework_id,
                            GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) behaviour_ids = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *copy_name = NULL;
  gint64 now, actor, copy_id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_framework (store, framework_id, &name, NULL, error))
    return 0;

  copy_name = dup_free_framework_name (store, name, FALSE, error);
  if (copy_name == NULL)
    return 0;

  now = hearth_store_now (store);
  actor = hearth_store_get_actor (store);
  copy_id = hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_INSERT, 0,
                                "INSERT INTO frameworks (name, description, kind, created_at,"
                                " created_by, updated_at, updated_by)"
                                " SELECT ?2, description, kind, ?3, ?4, ?3, ?4 FROM frameworks"
                                " WHERE id = ?1", "xsxo", framework_id, copy_name, now, actor);
  if (copy_id == 0)
    return 0;

  hearth_store_write (store, &local_error, "scale_points", HEARTH_CHANGE_INSERT, 0,
                      "INSERT INTO scale_points (framework_id, value, label)"
                      " SELECT ?2, value, label FROM scale_points WHERE framework_id = ?1"
                      " ORDER BY value", "xx", framework_id, copy_id);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  behaviour_ids = dup_behaviour_ids (store, framework_id, error);
  if (behaviour_ids == NULL)
    return 0;

  for (guint i = 0; i < behaviour_ids->len; i++)
    {
      gint64 from = g_array_index (behaviour_ids, gint64, i);
      gint64 to;

      to = hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_INSERT, 0,
                               "INSERT INTO behaviours (framework_id, position, name, meaning,"
                               " created_at, created_by, updated_at, updated_by)"
                               " SELECT ?2, ?3, name, meaning, ?4, ?5, ?4, ?5 FROM behaviours"
                               " WHERE id = ?1", "xxixo", from, copy_id, (int) i, now, actor);
      if (to == 0)
        return 0;

      hearth_store_write (store, &local_error, "descriptors", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO descriptors (behaviour_id, position, text)"
                          " SELECT ?2, position, text FROM descriptors WHERE behaviour_id = ?1"
                          " ORDER BY position, id", "xx", from, to);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
    }

  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return copy_id;
}

static gboolean
set_archived (HearthStore  *store,
              gint64        framework_id,
              gboolean      archived,
              GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *name = NULL;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL || !look_up_framework (store, framework_id, &name, NULL, error))
    return FALSE;

  /* Another framework may have taken the name while this one was away. */
  if (!archived && !claim_framework_name (store, framework_id, name, error))
    return FALSE;

  if (hearth_store_write (store, error, "frameworks", HEARTH_CHANGE_UPDATE, framework_id,
                          "UPDATE frameworks SET archived = ?2, updated_at = ?3, updated_by = ?4"
                          " WHERE id = ?1", "xixo", framework_id, archived,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_remove (HearthStore  *store,
                         gint64        framework_id,
                         GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_archived (store, framework_id, TRUE, error);
}

gboolean
hearth_framework_restore (HearthStore  *store,
                          gint64        framework_id,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_archived (store, framework_id, FALSE, error);
}

gint64
hearth_framework_add_behaviour (HearthStore  *store,
                                gint64        framework_id,
                                const char   *name,
                                const char   *meaning,
                                const char   *descriptors,
                                GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *checked_name = NULL;
  g_autofree char *checked_meaning = NULL;
  gint64 behaviour_id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if ((checked_name = dup_behaviour_name (name, error)) == NULL ||
      (checked_meaning = dup_meaning (meaning, error)) == NULL ||
      (lines = parse_descriptors (descriptors, error)) == NULL)
    return 0;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_framework (store, framework_id, NULL, NULL, error) ||
      !claim_behaviour_name (store, framework_id, 0, checked_name, error) ||
      (ids = dup_behaviour_ids (store, framework_id, error)) == NULL ||
      !write_positions (store, ids, error))
    return 0;

  now = hearth_store_now (store);
  behaviour_id = hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_INSERT, 0,
                                     "INSERT INTO behaviours (framework_id, position, name,"
                                     " meaning, created_at, created_by, updated_at, updated_by)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)", "xissxo",
                                     framework_id, (int) ids->len, checked_name, checked_meaning,
                                     now, hearth_store_get_actor (store));
  if (behaviour_id == 0 ||
      !write_descriptors (store, behaviour_id, lines, error) ||
      !touch_framework (store, framework_id, error) ||
      !hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return behaviour_id;
}

gboolean
hearth_framework_update_behaviour (HearthStore  *store,
                                   gint64        behaviour_id,
                                   const char   *name,
                                   const char   *meaning,
                                   const char   *descriptors,
                                   GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *checked_name = NULL;
  g_autofree char *checked_meaning = NULL;
  gint64 framework_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((checked_name = dup_behaviour_name (name, error)) == NULL ||
      (checked_meaning = dup_meaning (meaning, error)) == NULL ||
      (lines = parse_descriptors (descriptors, error)) == NULL)
    return FALSE;

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_behaviour (store, behaviour_id, &framework_id, NULL, NULL, error) ||
      !claim_behaviour_name (store, framework_id, behaviour_id, checked_name, error))
    return FALSE;

  if (hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_UPDATE, behaviour_id,
                          "UPDATE behaviours SET name = ?2, meaning = ?3, updated_at = ?4,"
                          " updated_by = ?5 WHERE id = ?1", "xssxo", behaviour_id, checked_name,
                          checked_meaning, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0 ||
      !write_descriptors (store, behaviour_id, lines, error) ||
      !touch_framework (store, framework_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_remove_behaviour (HearthStore  *store,
                                   gint64        behaviour_id,
                                   GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autofree char *framework_name = NULL;
  gint64 framework_id = 0;
  gboolean removed = FALSE;
  gboolean used = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_behaviour (store, behaviour_id, &framework_id, NULL, &removed, error) ||
      !look_up_framework (store, framework_id, &framework_name, NULL, error) ||
      !framework_is_used (store, framework_id, &used, error))
    return FALSE;

  if (used)
    return refuse_in_use (store, framework_id, framework_name,
                          _("none of its behaviours can be removed"), error);

  /* Removed in another window already: nothing left to do. */
  if (removed)
    return TRUE;

  if (hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_UPDATE, behaviour_id,
                          "UPDATE behaviours SET removed_at = ?2, updated_at = ?2, updated_by = ?3"
                          " WHERE id = ?1", "xxo", behaviour_id, hearth_store_now (store),
                          hearth_store_get_actor (store)) == 0 ||
      !touch_framework (store, framework_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_restore_behaviour (HearthStore  *store,
                                    gint64        behaviour_id,
                                    GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *name = NULL;
  gint64 framework_id = 0;
  gboolean removed = FALSE;
  int position = 0;
  guint at;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_behaviour (store, behaviour_id, &framework_id, &name, &removed, error))
    return FALSE;

  if (!removed)
    return TRUE;

  if (!claim_behaviour_name (store, framework_id, behaviour_id, name, error) ||
      !hearth_store_read_row (store, NULL, error, "SELECT position FROM behaviours WHERE id = ?1",
                              "x>i", behaviour_id, &position) ||
      (ids = dup_behaviour_ids (store, framework_id, error)) == NULL)
    return FALSE;

  /* Back where it was among the others. */
  at = (guint) CLAMP (position, 0, (int) ids->len);
  g_array_insert_val (ids, at, behaviour_id);

  if (hearth_store_write (store, error, "behaviours", HEARTH_CHANGE_UPDATE, behaviour_id,
                          "UPDATE behaviours SET removed_at = NULL, position = -1, updated_at = ?2,"
                          " updated_by = ?3 WHERE id = ?1", "xxo", behaviour_id,
                          hearth_store_now (store), hearth_store_get_actor (store)) == 0 ||
      !write_positions (store, ids, error) ||
      !touch_framework (store, framework_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_move_behaviour (HearthStore  *store,
                                 gint64        behaviour_id,
                                 guint         position,
                                 GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 framework_id = 0;
  gboolean removed = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_behaviour (store, behaviour_id, &framework_id, NULL, &removed, error))
    return FALSE;

  if (removed)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("This behaviour was removed; restore it before moving it"));

  ids = dup_behaviour_ids (store, framework_id, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == behaviour_id)
        {
          g_array_remove_index (ids, i);
          break;
        }
    }
  g_array_insert_val (ids, MIN (position, ids->len), behaviour_id);

  if (!write_positions (store, ids, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_framework_set_scale (HearthStore         *store,
                            gint64               framework_id,
                            const char * const  *labels,
                            GError             **error)
{
  g_autoptr(HearthTransaction) tx = NULL;
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *framework_name = NULL;
  gboolean used = FALSE;
  int n_points = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    {
      char *label = dup_checked (labels[i], HEARTH_SCALE_LABEL_MAX,
                                 _("Give every point of the scale a label"),
                                 _("A label is too long; keep each one to 100 characters or "
                                   "fewer"), error);

      if (label == NULL)
        return FALSE;
      g_ptr_array_add (checked, label);
    }

  if (checked->len < HEARTH_SCALE_MIN_POINTS)
    return refuse (error, HEARTH_ERROR_INVALID, _("A rating scale needs at least 2 points"));
  if (checked->len > HEARTH_SCALE_MAX_POINTS)
    return refuse (error, HEARTH_ERROR_INVALID, _("A rating scale can have at most 10 points"));

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL ||
      !look_up_framework (store, framework_id, &framework_name, NULL, error) ||
      !framework_is_used (store, framework_id, &used, error) ||
      !hearth_store_read_row (store, NULL, error,
                              "SELECT count (*) FROM scale_points WHERE framework_id = ?1", "x>i",
                              framework_id, &n_points))
    return FALSE;

  /* Relabelling keeps the meaning of every answer given; another number
   * of points would not. */
  if (used && (guint) n_points != checked->len)
    return refuse_in_use (store, framework_id, framework_name,
                          _("the number of points on its scale cannot change"), error);

  if (hearth_store_write (store, error, "scale_points", HEARTH_CHANGE_DELETE, framework_id,
                          "DELETE FROM scale_points WHERE framework_id = ?1 AND value > ?2", "xi",
                          framework_id, (int) checked->len) == 0)
    return FALSE;

  for (guint i = 0; i < checked->len; i++)
    {
      hearth_store_write (store, &local_error, "scale_points", HEARTH_CHANGE_INSERT, 0,
                          "INSERT INTO scale_points (framework_id, value, label)"
                          " VALUES (?1, ?2, ?3) ON CONFLICT (framework_id, value)"
                          " DO UPDATE SET label = excluded.label"
                          " WHERE label IS NOT excluded.label", "xis",
                          framework_id, (int) i + 1, (const char *) checked->pdata[i]);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (!touch_framework (store, framework_id, error))
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

char **
hearth_framework_dup_scale (HearthStore  *store,
                            gint64        framework_id,
                            GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error,
                             "SELECT label FROM scale_points WHERE framework_id = ?1"
                             " ORDER BY value",
                             "x", framework_id);
  if (stmt == NULL)
    return NULL;

  while (hearth_store_next (store, stmt, &local_error))
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strv_builder_end (builder);
}

char **
hearth_framework_dup_cycles_using (HearthStore  *store,
                                   gint64        framework_id,
                                   GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return dup_cycles_using (store, framework_id, error);
}
