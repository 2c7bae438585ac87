/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-item.h"
#include "hearth-item-util.h"

/*
 * An item of a list is one row of its row query, each column in a field of
 * its own. A class says which field each column goes to in one table
 *
 *   { "title", HEARTH_FIELD_STRING, 1, G_STRUCT_OFFSET (HearthCase, title) },
 *
 * and this class does the rest from it: the read-only properties, reading a
 * row into the fields with a notification for each one that changed (the
 * model fills the same object again when its row changes), and letting go
 * of the strings. The typed getters stay in each class and read their
 * fields directly.
 */

G_DEFINE_ABSTRACT_TYPE (HearthItem, hearth_item, G_TYPE_OBJECT)

/* Every string field starts as this, and holds it for "": many columns are
 * empty, and an item costs no allocation for them. Never freed. */
static char empty_string[] = "";

static GParamSpec *
field_pspec_new (const HearthItemField *field)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  switch (field->type)
    {
    case HEARTH_FIELD_INT64:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case HEARTH_FIELD_UINT:
      return g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXUINT, 0, flags);
    case HEARTH_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
    case HEARTH_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case HEARTH_FIELD_STRING:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    default:
      g_return_val_if_reached (NULL);
    }
}

static gsize
field_size (HearthFieldType type)
{
  switch (type)
    {
    case HEARTH_FIELD_INT64:
      return sizeof (gint64);
    case HEARTH_FIELD_UINT:
      return sizeof (guint);
    case HEARTH_FIELD_INT:
      return sizeof (int);
    case HEARTH_FIELD_BOOLEAN:
      return sizeof (gboolean);
    case HEARTH_FIELD_STRING:
      return sizeof (char *);
    default:
      g_return_val_if_reached (0);
    }
}

/* Stores @value ("" for NULL) in @member; TRUE if that changed it. */
static gboolean
store_string (char       **member,
              const char  *value)
{
  if (value == NULL)
    value = "";

  if (strcmp (*member, value) == 0)
    return FALSE;

  if (*member != empty_string)
    g_free (*member);
  *member = *value != '\0' ? g_strdup (value) : empty_string;

  return TRUE;
}

/* The field of @self's class whose member is at @member, of @type. */
static guint
find_field (HearthItem      *self,
            gconstpointer    member,
            HearthFieldType  type)
{
  HearthItemClass *klass = HEARTH_ITEM_GET_CLASS (self);
  gsize offset = (gsize) ((const guint8 *) member - (const guint8 *) self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].offset == offset && klass->fields[i].type == type)
      return i;

  return G_MAXUINT;
}

static void
hearth_item_constructed (GObject *object)
{
  HearthItemClass *klass = HEARTH_ITEM_GET_CLASS (object);

  G_OBJECT_CLASS (hearth_item_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].type == HEARTH_FIELD_STRING)
      G_STRUCT_MEMBER (char *, object, klass->fields[i].offset) = empty_string;
}

static void
hearth_item_finalize (GObject *object)
{
  HearthItemClass *klass = HEARTH_ITEM_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      char *text;

      if (klass->fields[i].type != HEARTH_FIELD_STRING)
        continue;

      text = G_STRUCT_MEMBER (char *, object, klass->fields[i].offset);
      if (text != empty_string)
        g_free (text);
    }

  G_OBJECT_CLASS (hearth_item_parent_class)->finalize (object);
}

static void
hearth_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  /* The class that installed the property, which holds its table. */
  HearthItemClass *klass = g_type_class_peek (pspec->owner_type);
  const HearthItemField *field;
  gpointer member;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &klass->fields[prop_id - 1];
  member = G_STRUCT_MEMBER_P (object, field->offset);

  switch (field->type)
    {
    case HEARTH_FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) member);
      break;

    case HEARTH_FIELD_UINT:
      g_value_set_uint (value, *(guint *) member);
      break;

    case HEARTH_FIELD_INT:
      g_value_set_int (value, *(int *) member);
      break;

    case HEARTH_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) member);
      break;

    case HEARTH_FIELD_STRING:
      g_value_set_string (value, *(char **) member);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
hearth_item_class_init (HearthItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_item_constructed;
  object_class->finalize = hearth_item_finalize;
}

static void
hearth_item_init (HearthItem *self)
{
}

void
hearth_item_class_install_fields (HearthItemClass       *klass,
                                  const HearthItemField *fields,
                                  guint                  n_fields)
{
  g_autofree guint *readers = NULL;
  GTypeQuery query;
  guint n_columns = 0;

  g_return_if_fail (HEARTH_IS_ITEM_CLASS (klass));
  g_return_if_fail (fields != NULL && n_fields > 0);
  g_return_if_fail (klass->fields == NULL);

  g_type_query (G_TYPE_FROM_CLASS (klass), &query);

  /* A wrong table would read columns into the wrong fields, or past the
   * struct: it is refused here, where the mistake is, and not at a row. */
  readers = g_new0 (guint, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const HearthItemField *field = &fields[i];

      if (field->name == NULL || field->offset < sizeof (HearthItem) ||
          field->offset + field_size (field->type) > query.instance_size)
        {
          g_critical ("%s: the field “%s” is not in the instance struct",
                      query.type_name, field->name ? field->name : "(no name)");
          return;
        }
      if (field->column == HEARTH_FIELD_COMPUTED)
        continue;
      if (field->column < 0 || (guint) field->column >= n_fields)
        {
          g_critical ("%s: the field “%s” reads column %d, which no row query of its table has",
                      query.type_name, field->name, field->column);
          return;
        }
      readers[field->column]++;
      n_columns++;
    }
  for (guint column = 0; column < n_columns; column++)
    {
      if (readers[column] != 1)
        {
          g_critical ("%s: column %u is read by %u fields, where each column of the row"
                      " query must be read once", query.type_name, column, readers[column]);
          return;
        }
    }

  /* GObject gives every class its own get_property, never its parent's. */
  G_OBJECT_CLASS (klass)->get_property = hearth_item_get_property;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->n_columns = n_columns;
  klass->pspecs = g_new0 (GParamSpec *, n_fields + 1);
  for (guint i = 0; i < n_fields; i++)
    klass->pspecs[i + 1] = field_pspec_new (&fields[i]);

  g_object_class_install_properties (G_OBJECT_CLASS (klass), n_fields + 1, klass->pspecs);
}

void
hearth_item_fill (GObject      *item,
                  sqlite3_stmt *stmt)
{
  HearthItemClass *klass;
  gboolean heard;
  int n_columns;

  g_return_if_fail (HEARTH_IS_ITEM (item));
  g_return_if_fail (stmt != NULL);

  klass = HEARTH_ITEM_GET_CLASS (item);
  n_columns = sqlite3_column_count (stmt);
  if (n_columns != (int) klass->n_columns)
    {
      g_critical ("%s reads %u columns from each row, but its row query has %d: %s",
                  G_OBJECT_TYPE_NAME (item), klass->n_columns, n_columns, sqlite3_sql (stmt));
      return;
    }

  /* A listener hears of the changes once the whole row is in. Nobody
   * listens to most items (those of a page just read): nothing to tell. */
  heard = hearth_object_has_listeners (item);
  if (heard)
    g_object_freeze_notify (item);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const HearthItemField *field = &klass->fields[i];
      gpointer member = G_STRUCT_MEMBER_P (item, field->offset);
      int column = field->column;
      gboolean changed = FALSE;

      if (column == HEARTH_FIELD_COMPUTED)
        continue;

      switch (field->type)
        {
        case HEARTH_FIELD_INT64:
          {
            gint64 value = sqlite3_column_int64 (stmt, column);

            changed = *(gint64 *) member != value;
            *(gint64 *) member = value;
          }
          break;

        case HEARTH_FIELD_UINT:
          {
            guint value = (guint) sqlite3_column_int64 (stmt, column);

            changed = *(guint *) member != value;
            *(guint *) member = value;
          }
          break;

        case HEARTH_FIELD_INT:
          {
            int value = sqlite3_column_int (stmt, column);

            changed = *(int *) member != value;
            *(int *) member = value;
          }
          break;

        case HEARTH_FIELD_BOOLEAN:
          {
            gboolean value = sqlite3_column_int64 (stmt, column) != 0;

            changed = *(gboolean *) member != value;
            *(gboolean *) member = value;
          }
          break;

        case HEARTH_FIELD_STRING:
          changed = store_string (member, (const char *) sqlite3_column_text (stmt, column));
          break;

        default:
          g_assert_not_reached ();
        }

      if (changed && heard)
        g_object_notify_by_pspec (item, klass->pspecs[i + 1]);
    }

  if (klass->fill_computed != NULL)
    klass->fill_computed (HEARTH_ITEM (item));

  if (heard)
    g_object_thaw_notify (item);
}

GListModel *
hearth_item_read_list (HearthStore   *store,
                       GType          item_type,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, HEARTH_TYPE_ITEM), NULL);
  g_return_val_if_fail (stmt != NULL, NULL);

  list = g_list_store_new (item_type);
  for (;;)
    {
      g_autoptr(GObject) item = NULL;
      gboolean has_row = FALSE;

      if (!hearth_store_step (store, stmt, &has_row, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      if (!has_row)
        break;

      item = g_object_new (item_type, NULL);
      hearth_item_fill (item, stmt);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (g_steal_pointer (&list));
}

gpointer
hearth_item_read_one (HearthStore   *store,
                      GType          item_type,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GObject) item = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, HEARTH_TYPE_ITEM), NULL);
  g_return_val_if_fail (stmt != NULL, NULL);

  if (!hearth_store_step (store, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("That record is no longer there; it may have been removed in "
                             "another window."));
      return NULL;
    }

  item = g_object_new (item_type, NULL);
  hearth_item_fill (item, stmt);
  /* A statement left on a row keeps a read snapshot open. */
  sqlite3_reset (stmt);

  return g_steal_pointer (&item);
}

void
hearth_item_set_string (HearthItem  *self,
                        char       **field,
                        const char  *value)
{
  guint i;

  g_return_if_fail (HEARTH_IS_ITEM (self));

  i = find_field (self, field, HEARTH_FIELD_STRING);
  g_return_if_fail (i != G_MAXUINT);

  if (store_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), HEARTH_ITEM_GET_CLASS (self)->pspecs[i + 1]);
}

void
hearth_item_set_boolean (HearthItem *self,
                         gboolean   *field,
                         gboolean    value)
{
  guint i;

  g_return_if_fail (HEARTH_IS_ITEM (self));

  i = find_field (self, field, HEARTH_FIELD_BOOLEAN);
  g_return_if_fail (i != G_MAXUINT);

  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), HEARTH_ITEM_GET_CLASS (self)->pspecs[i + 1]);
}
