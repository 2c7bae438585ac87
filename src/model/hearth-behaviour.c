/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A behaviour of a framework, with its descriptors as one text:
 *
 *   behaviours, descriptors (store)
 *     → HearthQueryModel of HearthBehaviour (here)
 *       → the framework editor, the response pages
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-behaviour.h"

struct _HearthBehaviour
{
  HearthItem parent_instance;

  gint64  id;
  gint64  framework_id;
  guint   position;
  char   *name;
  char   *meaning;
  char   *descriptors;
};

G_DEFINE_FINAL_TYPE (HearthBehaviour, hearth_behaviour, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT b.id FROM behaviours b WHERE b.framework_id = :framework_id"
  " AND b.removed_at IS NULL ORDER BY {order}";

static const char row_sql[] =
  "SELECT b.id, b.framework_id, max (b.position, 0), b.name, b.meaning,"
  "  coalesce ((SELECT group_concat (text, char (10)) FROM (SELECT d.text FROM descriptors d"
  "    WHERE d.behaviour_id = b.id ORDER BY d.position, d.id)), '')"
  " FROM behaviours b WHERE b.id = :id";

static const char * const tables[] = { "behaviours", "descriptors", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthBehaviour, member) }

/* The columns of row_sql, in order. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("framework-id", INT64, 1, framework_id),
  FIELD ("position", UINT, 2, position),
  FIELD ("name", STRING, 3, name),
  FIELD ("meaning", STRING, 4, meaning),
  FIELD ("descriptors", STRING, 5, descriptors),
};

static void
hearth_behaviour_class_init (HearthBehaviourClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_behaviour_init (HearthBehaviour *self)
{
}

gint64
hearth_behaviour_get_id (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->id;
}

gint64
hearth_behaviour_get_framework_id (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->framework_id;
}

guint
hearth_behaviour_get_position (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), 0);

  return self->position;
}

const char *
hearth_behaviour_get_name (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->name;
}

const char *
hearth_behaviour_get_meaning (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->meaning;
}

const char *
hearth_behaviour_get_descriptors (HearthBehaviour *self)
{
  g_return_val_if_fail (HEARTH_IS_BEHAVIOUR (self), NULL);

  return self->descriptors;
}

HearthQueryModel *
hearth_behaviour_list_new (HearthStore *store,
                           gint64       framework_id)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_BEHAVIOUR, ids_sql, row_sql, hearth_item_fill,
                                  tables);
  hearth_query_model_add_sort (model, "position", "b.position, b.id");
  hearth_query_model_set_number (model, ":framework_id", framework_id);

  return model;
}
