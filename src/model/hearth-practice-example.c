/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An example of someone's practice, to celebrate or to escalate:
 *
 *   practice_examples, cases, staff (store)
 *     → HearthQueryModel of HearthPracticeExample (here)
 *       → the person's page, the one-to-one it was raised in
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-practice-example.h"

struct _HearthPracticeExample
{
  HearthItem parent_instance;

  gint64    id;
  gint64    staff_id;
  char     *staff_name;
  guint     kind;
  char     *happened_on;
  char     *text;
  gint64    case_id;
  char     *case_title;
  gint64    supervision_id;
  char     *escalated_to;
  char     *outcome;
  gboolean  shared;
  gint64    author_id;
  char     *author_name;
  char     *kind_label;
};

G_DEFINE_FINAL_TYPE (HearthPracticeExample, hearth_practice_example, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT x.id FROM practice_examples x"
  " WHERE (:staff_id IS NULL OR x.staff_id = :staff_id)"
  "   AND (:supervision_id IS NULL OR x.supervision_id = :supervision_id)"
  "   AND (:shared_only IS NULL OR x.shared)"
  " ORDER BY {order}";

/* The kind as a HearthPracticeKind. */
static const char row_sql[] =
  "SELECT x.id, x.staff_id, coalesce (st.name, ''), x.kind = 'escalate', x.happened_on, x.text,"
  "  coalesce (x.case_id, 0), coalesce (c.title, ''), coalesce (x.supervision_id, 0),"
  "  x.escalated_to, x.outcome, x.shared, coalesce (x.created_by, 0), coalesce (au.name, '')"
  " FROM practice_examples x LEFT JOIN staff st ON st.id = x.staff_id"
  "  LEFT JOIN cases c ON c.id = x.case_id LEFT JOIN staff au ON au.id = x.created_by"
  " WHERE x.id = :id";

static const char * const tables[] = { "practice_examples", "cases", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthPracticeExample, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("staff-id", INT64, 1, staff_id),
  FIELD ("staff-name", STRING, 2, staff_name),
  /* A HearthPracticeKind. */
  FIELD ("kind", UINT, 3, kind),
  FIELD ("happened-on", STRING, 4, happened_on),
  FIELD ("text", STRING, 5, text),
  FIELD ("case-id", INT64, 6, case_id),
  FIELD ("case-title", STRING, 7, case_title),
  FIELD ("supervision-id", INT64, 8, supervision_id),
  FIELD ("escalated-to", STRING, 9, escalated_to),
  FIELD ("outcome", STRING, 10, outcome),
  FIELD ("shared", BOOLEAN, 11, shared),
  FIELD ("author-id", INT64, 12, author_id),
  FIELD ("author-name", STRING, 13, author_name),
  FIELD ("kind-label", STRING, HEARTH_FIELD_COMPUTED, kind_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthPracticeExample *self = HEARTH_PRACTICE_EXAMPLE (item);

  hearth_item_set_string (item, &self->kind_label, hearth_practice_kind_get_label (self->kind));
}

static void
hearth_practice_example_class_init (HearthPracticeExampleClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_practice_example_init (HearthPracticeExample *self)
{
}

gint64
hearth_practice_example_get_id (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), 0);

  return self->id;
}

gint64
hearth_practice_example_get_staff_id (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), 0);

  return self->staff_id;
}

const char *
hearth_practice_example_get_staff_name (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->staff_name;
}

const char *
hearth_practice_example_get_kind_label (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->kind_label;
}

const char *
hearth_practice_example_get_happened_on (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->happened_on;
}

const char *
hearth_practice_example_get_text (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->text;
}

gint64
hearth_practice_example_get_case_id (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), 0);

  return self->case_id;
}

const char *
hearth_practice_example_get_case_title (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->case_title;
}

gint64
hearth_practice_example_get_supervision_id (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), 0);

  return self->supervision_id;
}

const char *
hearth_practice_example_get_escalated_to (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->escalated_to;
}

const char *
hearth_practice_example_get_outcome (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->outcome;
}

gboolean
hearth_practice_example_get_shared (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), FALSE);

  return self->shared;
}

gint64
hearth_practice_example_get_author_id (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), 0);

  return self->author_id;
}

const char *
hearth_practice_example_get_author_name (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), NULL);

  return self->author_name;
}

HearthPracticeKind
hearth_practice_example_get_kind (HearthPracticeExample *self)
{
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (self), HEARTH_PRACTICE_CELEBRATE);

  return (HearthPracticeKind) self->kind;
}

HearthQueryModel *
hearth_practice_example_list_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_PRACTICE_EXAMPLE, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "date", "x.happened_on DESC, x.id DESC");

  return model;
}

void
hearth_practice_example_list_set_staff (HearthQueryModel *examples,
                                        gint64            staff_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (examples));

  hearth_query_model_set_number (examples, ":staff_id", staff_id);
}

void
hearth_practice_example_list_set_supervision (HearthQueryModel *examples,
                                              gint64            supervision_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (examples));

  hearth_query_model_set_number (examples, ":supervision_id", supervision_id);
}

void
hearth_practice_example_list_set_shared_only (HearthQueryModel *examples,
                                              gboolean          shared_only)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (examples));

  hearth_query_model_set_flag (examples, ":shared_only", shared_only);
}
