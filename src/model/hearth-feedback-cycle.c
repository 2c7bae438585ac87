/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-feedback-cycle.h"
#include "hearth-item-util.h"

struct _HearthFeedbackCycle
{
  GObject parent_instance;

  gint64    id;
  gint64    subject_id;
  char     *subject_name;
  gint64    framework_id;
  char     *framework_name;
  char     *title;
  char     *opens_on;
  char     *closes_on;
  gboolean  development_only;
  gboolean  released;
  guint     rater_count;
  guint     submitted_count;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackCycle, hearth_feedback_cycle, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SUBJECT_ID,
  PROP_SUBJECT_NAME,
  PROP_FRAMEWORK_ID,
  PROP_FRAMEWORK_NAME,
  PROP_TITLE,
  PROP_OPENS_ON,
  PROP_CLOSES_ON,
  PROP_DEVELOPMENT_ONLY,
  PROP_RELEASED,
  PROP_RATER_COUNT,
  PROP_SUBMITTED_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT f.id FROM feedback_cycles f"
  " WHERE (:subject_id IS NULL OR f.subject_id = :subject_id)"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT f.id, f.subject_id, coalesce (s.name, ''), f.framework_id, coalesce (fw.name, ''),"
  "  f.title, f.opens_on, f.closes_on, f.development_only, f.released_at IS NOT NULL,"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id),"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id AND r.status = 'submitted')"
  " FROM feedback_cycles f LEFT JOIN staff s ON s.id = f.subject_id"
  "  LEFT JOIN frameworks fw ON fw.id = f.framework_id WHERE f.id = :id";

static const char * const tables[] = { "feedback_cycles", "feedback_raters", "frameworks", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthFeedbackCycle *self = (HearthFeedbackCycle *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_int64 (object, &self->subject_id, sqlite3_column_int64 (stmt, 1), properties[PROP_SUBJECT_ID]);
  hearth_item_set_string (object, &self->subject_name, hearth_column_text (stmt, 2), properties[PROP_SUBJECT_NAME]);
  hearth_item_set_int64 (object, &self->framework_id, sqlite3_column_int64 (stmt, 3), properties[PROP_FRAMEWORK_ID]);
  hearth_item_set_string (object, &self->framework_name, hearth_column_text (stmt, 4), properties[PROP_FRAMEWORK_NAME]);
  hearth_item_set_string (object, &self->title, hearth_column_text (stmt, 5), properties[PROP_TITLE]);
  hearth_item_set_string (object, &self->opens_on, hearth_column_text (stmt, 6), properties[PROP_OPENS_ON]);
  hearth_item_set_string (object, &self->closes_on, hearth_column_text (stmt, 7), properties[PROP_CLOSES_ON]);
  hearth_item_set_bool (object, &self->development_only, sqlite3_column_int (stmt, 8) != 0, properties[PROP_DEVELOPMENT_ONLY]);
  hearth_item_set_bool (object, &self->released, sqlite3_column_int (stmt, 9) != 0, properties[PROP_RELEASED]);
  hearth_item_set_uint (object, &self->rater_count, (guint) sqlite3_column_int64 (stmt, 10), properties[PROP_RATER_COUNT]);
  hearth_item_set_uint (object, &self->submitted_count, (guint) sqlite3_column_int64 (stmt, 11), properties[PROP_SUBMITTED_COUNT]);
  g_object_thaw_notify (object);
}

static void
hearth_feedback_cycle_finalize (GObject *object)
{
  HearthFeedbackCycle *self = (HearthFeedbackCycle *) object;

  g_free (self->subject_name);
  g_free (self->framework_name);
  g_free (self->title);
  g_free (self->opens_on);
  g_free (self->closes_on);

  G_OBJECT_CLASS (hearth_feedback_cycle_parent_class)->finalize (object);
}

static void
hearth_feedback_cycle_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthFeedbackCycle *self = (HearthFeedbackCycle *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SUBJECT_ID:
      g_value_set_int64 (value, self->subject_id);
      break;

    case PROP_SUBJECT_NAME:
      g_value_set_string (value, self->subject_name);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;

    case PROP_FRAMEWORK_NAME:
      g_value_set_string (value, self->framework_name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OPENS_ON:
      g_value_set_string (value, self->opens_on);
      break;

    case PROP_CLOSES_ON:
      g_value_set_string (value, self->closes_on);
      break;

    case PROP_DEVELOPMENT_ONLY:
      g_value_set_boolean (value, self->development_only);
      break;

    case PROP_RELEASED:
      g_value_set_boolean (value, self->released);
      break;

    case PROP_RATER_COUNT:
      g_value_set_uint (value, self->rater_count);
      break;

    case PROP_SUBMITTED_COUNT:
      g_value_set_uint (value, self->submitted_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_cycle_class_init (HearthFeedbackCycleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_feedback_cycle_finalize;
  object_class->get_property = hearth_feedback_cycle_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUBJECT_ID] =
    g_param_spec_int64 ("subject-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUBJECT_NAME] =
    g_param_spec_string ("subject-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRAMEWORK_NAME] =
    g_param_spec_string ("framework-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OPENS_ON] =
    g_param_spec_string ("opens-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CLOSES_ON] =
    g_param_spec_string ("closes-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DEVELOPMENT_ONLY] =
    g_param_spec_boolean ("development-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RELEASED] =
    g_param_spec_boolean ("released", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RATER_COUNT] =
    g_param_spec_uint ("rater-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUBMITTED_COUNT] =
    g_param_spec_uint ("submitted-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_feedback_cycle_init (HearthFeedbackCycle *self)
{
  self->subject_name = g_strdup ("");
  self->framework_name = g_strdup ("");
  self->title = g_strdup ("");
  self->opens_on = g_strdup ("");
  self->closes_on = g_strdup ("");
}

gint64
hearth_feedback_cycle_get_id (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->id;
}

gint64
hearth_feedback_cycle_get_subject_id (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->subject_id;
}

const char *
hearth_feedback_cycle_get_subject_name (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->subject_name;
}

gint64
hearth_feedback_cycle_get_framework_id (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->framework_id;
}

const char *
hearth_feedback_cycle_get_framework_name (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->framework_name;
}

const char *
hearth_feedback_cycle_get_title (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->title;
}

const char *
hearth_feedback_cycle_get_opens_on (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->opens_on;
}

const char *
hearth_feedback_cycle_get_closes_on (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->closes_on;
}

gboolean
hearth_feedback_cycle_get_development_only (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), FALSE);

  return self->development_only;
}

gboolean
hearth_feedback_cycle_get_released (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), FALSE);

  return self->released;
}

guint
hearth_feedback_cycle_get_rater_count (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->rater_count;
}

guint
hearth_feedback_cycle_get_submitted_count (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->submitted_count;
}

HearthQueryModel *
hearth_feedback_cycle_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_FEEDBACK_CYCLE, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "closes", "f.closes_on DESC, f.id DESC");

  return model;
}
