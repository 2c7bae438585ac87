/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Someone asked for feedback in a cycle, for the cycle page:
 *
 *   feedback_raters, staff (store)
 *     → HearthQueryModel of HearthFeedbackRater (here)
 *       → the cycle page
 *
 * A rater's answers are not here: once sent they are no longer linked to
 * the rater at all.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-feedback-rater.h"

struct _HearthFeedbackRater
{
  HearthItem parent_instance;

  gint64  id;
  gint64  cycle_id;
  gint64  staff_id;
  char   *name;
  guint   relationship;
  guint   status;
  char   *relationship_label;
  char   *status_label;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackRater, hearth_feedback_rater, HEARTH_TYPE_ITEM)

/* The relationship and the status as HearthRelationship and
 * HearthRaterStatus, in their order. */
#define RELATIONSHIP_NUMBER(column) \
  "CASE " column " WHEN 'self' THEN 0 WHEN 'manager' THEN 1 WHEN 'peer' THEN 2" \
  " WHEN 'direct-report' THEN 3 WHEN 'partner' THEN 4 ELSE 5 END"
#define STATUS_NUMBER(column) \
  "CASE " column " WHEN 'invited' THEN 0 WHEN 'started' THEN 1 WHEN 'submitted' THEN 2" \
  " ELSE 3 END"

static const char ids_sql[] =
  "SELECT r.id FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id"
  " WHERE r.cycle_id = :cycle_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT r.id, r.cycle_id, coalesce (r.staff_id, 0), coalesce (nullif (s.name, ''), r.name),"
  "  " RELATIONSHIP_NUMBER ("r.relationship") ", " STATUS_NUMBER ("r.status")
  " FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id WHERE r.id = :id";

static const char * const tables[] = { "feedback_raters", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthFeedbackRater, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("cycle-id", INT64, 1, cycle_id),
  FIELD ("staff-id", INT64, 2, staff_id),
  FIELD ("name", STRING, 3, name),
  /* A HearthRelationship. */
  FIELD ("relationship", UINT, 4, relationship),
  /* A HearthRaterStatus. */
  FIELD ("status", UINT, 5, status),
  FIELD ("relationship-label", STRING, HEARTH_FIELD_COMPUTED, relationship_label),
  FIELD ("status-label", STRING, HEARTH_FIELD_COMPUTED, status_label),
};

static void
fill_computed (HearthItem *item)
{
  HearthFeedbackRater *self = HEARTH_FEEDBACK_RATER (item);

  hearth_item_set_string (item, &self->relationship_label,
                          hearth_relationship_get_label (self->relationship));
  hearth_item_set_string (item, &self->status_label, hearth_rater_status_get_label (self->status));
}

static void
hearth_feedback_rater_class_init (HearthFeedbackRaterClass *klass)
{
  HEARTH_ITEM_CLASS (klass)->fill_computed = fill_computed;
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_feedback_rater_init (HearthFeedbackRater *self)
{
}

gint64
hearth_feedback_rater_get_id (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), 0);

  return self->id;
}

gint64
hearth_feedback_rater_get_cycle_id (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), 0);

  return self->cycle_id;
}

gint64
hearth_feedback_rater_get_staff_id (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), 0);

  return self->staff_id;
}

const char *
hearth_feedback_rater_get_name (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), NULL);

  return self->name;
}

HearthRelationship
hearth_feedback_rater_get_relationship (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), HEARTH_RELATIONSHIP_PEER);

  return (HearthRelationship) self->relationship;
}

HearthRaterStatus
hearth_feedback_rater_get_status (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), HEARTH_RATER_INVITED);

  return (HearthRaterStatus) self->status;
}

const char *
hearth_feedback_rater_get_relationship_label (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), NULL);

  return self->relationship_label;
}

const char *
hearth_feedback_rater_get_status_label (HearthFeedbackRater *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RATER (self), NULL);

  return self->status_label;
}

HearthQueryModel *
hearth_feedback_rater_list_new (HearthStore *store,
                                gint64       cycle_id)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_FEEDBACK_RATER, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "group",
                               RELATIONSHIP_NUMBER ("r.relationship") ","
                               " coalesce (nullif (s.name, ''), r.name) COLLATE NOCASE, r.id");
  hearth_query_model_set_number (model, ":cycle_id", cycle_id);

  return model;
}
