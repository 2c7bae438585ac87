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
#include "hearth-item-util.h"

struct _HearthFeedbackRater
{
  GObject parent_instance;

  gint64  id;
  gint64  cycle_id;
  gint64  staff_id;
  char   *name;
  guint   relationship;
  guint   status;
  char   *relationship_label;
  char   *status_label;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackRater, hearth_feedback_rater, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CYCLE_ID,
  PROP_STAFF_ID,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_STATUS,
  PROP_RELATIONSHIP_LABEL,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT r.id FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id"
  " WHERE r.cycle_id = :cycle_id ORDER BY {order}";

static const char row_sql[] =
  "SELECT r.id, r.cycle_id, coalesce (r.staff_id, 0), coalesce (nullif (s.name, ''), r.name),"
  "  r.relationship, r.status"
  " FROM feedback_raters r LEFT JOIN staff s ON s.id = r.staff_id WHERE r.id = :id";

static const char * const tables[] = { "feedback_raters", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthFeedbackRater *self = (HearthFeedbackRater *) object;
  HearthRelationship relationship = HEARTH_RELATIONSHIP_PEER;
  HearthRaterStatus status = HEARTH_RATER_INVITED;

  hearth_relationship_from_string (hearth_column_text (stmt, 4), &relationship);
  hearth_rater_status_from_string (hearth_column_text (stmt, 5), &status);

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->cycle_id, sqlite3_column_int64 (stmt, 1), properties[PROP_CYCLE_ID]);
  hearth_item_set_int64 (object, &self->staff_id, sqlite3_column_int64 (stmt, 2), properties[PROP_STAFF_ID]);
  hearth_item_set_string (object, &self->name, hearth_column_text (stmt, 3), properties[PROP_NAME]);
  hearth_item_set_uint (object, &self->relationship, relationship, properties[PROP_RELATIONSHIP]);
  hearth_item_set_uint (object, &self->status, status, properties[PROP_STATUS]);
  hearth_item_set_string (object, &self->relationship_label, hearth_relationship_get_label (relationship),
                          properties[PROP_RELATIONSHIP_LABEL]);
  hearth_item_set_string (object, &self->status_label, hearth_rater_status_get_label (status),
                          properties[PROP_STATUS_LABEL]);
  g_object_thaw_notify (object);
}

static void
hearth_feedback_rater_finalize (GObject *object)
{
  HearthFeedbackRater *self = (HearthFeedbackRater *) object;

  g_free (self->name);
  g_free (self->relationship_label);
  g_free (self->status_label);

  G_OBJECT_CLASS (hearth_feedback_rater_parent_class)->finalize (object);
}

static void
hearth_feedback_rater_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthFeedbackRater *self = (HearthFeedbackRater *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CYCLE_ID:
      g_value_set_int64 (value, self->cycle_id);
      break;

    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RELATIONSHIP:
      g_value_set_uint (value, self->relationship);
      break;

    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;

    case PROP_RELATIONSHIP_LABEL:
      g_value_set_string (value, self->relationship_label);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, self->status_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_rater_class_init (HearthFeedbackRaterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_feedback_rater_finalize;
  object_class->get_property = hearth_feedback_rater_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CYCLE_ID] =
    g_param_spec_int64 ("cycle-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAFF_ID] =
    g_param_spec_int64 ("staff-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A HearthRelationship. */
  properties[PROP_RELATIONSHIP] =
    g_param_spec_uint ("relationship", NULL, NULL, 0, HEARTH_N_RELATIONSHIPS - 1, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A HearthRaterStatus. */
  properties[PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL, 0, HEARTH_N_RATER_STATUSES - 1, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RELATIONSHIP_LABEL] =
    g_param_spec_string ("relationship-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_feedback_rater_init (HearthFeedbackRater *self)
{
  self->name = g_strdup ("");
  self->relationship_label = g_strdup ("");
  self->status_label = g_strdup ("");
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

  model = hearth_query_model_new (store, HEARTH_TYPE_FEEDBACK_RATER, ids_sql, row_sql, fill,
                                  tables);
  hearth_query_model_add_sort (model, "group",
                               "CASE r.relationship WHEN 'self' THEN 0 WHEN 'manager' THEN 1"
                               " WHEN 'peer' THEN 2 WHEN 'direct-report' THEN 3"
                               " WHEN 'partner' THEN 4 ELSE 5 END,"
                               " coalesce (nullif (s.name, ''), r.name) COLLATE NOCASE, r.id");
  hearth_query_model_set_param (model, ":cycle_id", g_variant_new_int64 (cycle_id));

  return model;
}
