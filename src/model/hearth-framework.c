/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework of behaviours or values, as the framework editor lists it:
 *
 *   frameworks, behaviours, scale_points, feedback_cycles (store)
 *     → HearthQueryModel of HearthFramework (here)
 *       → the framework editor
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-framework.h"

struct _HearthFramework
{
  HearthItem parent_instance;

  gint64    id;
  char     *name;
  char     *description;
  guint     kind;
  gboolean  archived;
  guint     behaviour_count;
  guint     scale_size;
  guint     cycles_using;
  guint     open_cycles_using;
};

G_DEFINE_FINAL_TYPE (HearthFramework, hearth_framework, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT f.id FROM frameworks f WHERE f.archived = 0 ORDER BY {order}";

static const char row_sql[] =
  "SELECT f.id, f.name, f.description, CASE f.kind WHEN 'values' THEN 1 ELSE 0 END, f.archived,"
  "  (SELECT count (*) FROM behaviours b WHERE b.framework_id = f.id AND b.removed_at IS NULL),"
  "  (SELECT count (*) FROM scale_points p WHERE p.framework_id = f.id),"
  "  (SELECT count (*) FROM feedback_cycles c WHERE c.framework_id = f.id),"
  "  (SELECT count (*) FROM feedback_cycles c WHERE c.framework_id = f.id"
  "    AND c.closed_at IS NULL)"
  " FROM frameworks f WHERE f.id = :id";

static const char * const tables[] = {
  "frameworks", "behaviours", "scale_points", "feedback_cycles", NULL
};

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthFramework, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("name", STRING, 1, name),
  FIELD ("description", STRING, 2, description),
  /* A HearthFrameworkKind. */
  FIELD ("kind", UINT, 3, kind),
  FIELD ("archived", BOOLEAN, 4, archived),
  FIELD ("behaviour-count", UINT, 5, behaviour_count),
  FIELD ("scale-size", UINT, 6, scale_size),
  FIELD ("cycles-using", UINT, 7, cycles_using),
  FIELD ("open-cycles-using", UINT, 8, open_cycles_using),
};

static void
hearth_framework_class_init (HearthFrameworkClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_framework_init (HearthFramework *self)
{
}

gint64
hearth_framework_get_id (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->id;
}

const char *
hearth_framework_get_name (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), NULL);

  return self->name;
}

const char *
hearth_framework_get_description (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), NULL);

  return self->description;
}

HearthFrameworkKind
hearth_framework_get_kind (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), HEARTH_FRAMEWORK_BEHAVIOURS);

  return (HearthFrameworkKind) self->kind;
}

gboolean
hearth_framework_get_archived (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), FALSE);

  return self->archived;
}

guint
hearth_framework_get_behaviour_count (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->behaviour_count;
}

guint
hearth_framework_get_scale_size (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->scale_size;
}

guint
hearth_framework_get_cycles_using (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->cycles_using;
}

guint
hearth_framework_get_open_cycles_using (HearthFramework *self)
{
  g_return_val_if_fail (HEARTH_IS_FRAMEWORK (self), 0);

  return self->open_cycles_using;
}

HearthQueryModel *
hearth_framework_list_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_FRAMEWORK, ids_sql, row_sql, hearth_item_fill,
                                  tables);
  hearth_query_model_add_sort (model, "name", "f.name COLLATE NOCASE, f.id");

  return model;
}
