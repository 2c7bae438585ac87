/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-feedback-changes.h"
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
  gint64    supervisor_id;
  char     *supervisor_name;
  guint     release_by;
  gboolean  is_open;
  guint     mode;
  guint     min_self;
  guint     min_manager;
  guint     min_other;
  guint     min_comments;
  gboolean  min_confirmed;
  guint     declined_count;
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
  PROP_SUPERVISOR_ID,
  PROP_SUPERVISOR_NAME,
  PROP_RELEASE_BY,
  PROP_IS_OPEN,
  PROP_MODE,
  PROP_MIN_SELF,
  PROP_MIN_MANAGER,
  PROP_MIN_OTHER,
  PROP_MIN_COMMENTS,
  PROP_MIN_CONFIRMED,
  PROP_DECLINED_COUNT,
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
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id AND r.status = 'submitted'),"
  "  coalesce (f.supervisor_id, 0), coalesce (sv.name, ''), f.release_by = 'person',"
  "  f.closed_at IS NULL, f.min_self, f.min_manager, f.min_other, f.min_comments,"
  "  f.min_confirmed,"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id AND r.status = 'declined')"
  " FROM feedback_cycles f LEFT JOIN staff s ON s.id = f.subject_id"
  "  LEFT JOIN frameworks fw ON fw.id = f.framework_id"
  "  LEFT JOIN staff sv ON sv.id = f.supervisor_id WHERE f.id = :id";

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
  hearth_item_set_int64 (object, &self->supervisor_id, sqlite3_column_int64 (stmt, 12), properties[PROP_SUPERVISOR_ID]);
  hearth_item_set_string (object, &self->supervisor_name, hearth_column_text (stmt, 13), properties[PROP_SUPERVISOR_NAME]);
  hearth_item_set_uint (object, &self->release_by,
                        sqlite3_column_int (stmt, 14) ? HEARTH_RELEASE_BY_PERSON : HEARTH_RELEASE_BY_SUPERVISOR,
                        properties[PROP_RELEASE_BY]);
  hearth_item_set_bool (object, &self->is_open, sqlite3_column_int (stmt, 15) != 0, properties[PROP_IS_OPEN]);
  hearth_item_set_uint (object, &self->mode,
                        self->development_only ? HEARTH_FEEDBACK_DEVELOPMENT_ONLY : HEARTH_FEEDBACK_RATINGS_AND_WORDS,
                        properties[PROP_MODE]);
  hearth_item_set_uint (object, &self->min_self, (guint) sqlite3_column_int (stmt, 16), properties[PROP_MIN_SELF]);
  hearth_item_set_uint (object, &self->min_manager, (guint) sqlite3_column_int (stmt, 17), properties[PROP_MIN_MANAGER]);
  hearth_item_set_uint (object, &self->min_other, (guint) sqlite3_column_int (stmt, 18), properties[PROP_MIN_OTHER]);
  hearth_item_set_uint (object, &self->min_comments, (guint) sqlite3_column_int (stmt, 19), properties[PROP_MIN_COMMENTS]);
  hearth_item_set_bool (object, &self->min_confirmed, sqlite3_column_int (stmt, 20) != 0, properties[PROP_MIN_CONFIRMED]);
  hearth_item_set_uint (object, &self->declined_count, (guint) sqlite3_column_int64 (stmt, 21), properties[PROP_DECLINED_COUNT]);
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
  g_free (self->supervisor_name);

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

    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, self->supervisor_id);
      break;

    case PROP_SUPERVISOR_NAME:
      g_value_set_string (value, self->supervisor_name);
      break;

    case PROP_RELEASE_BY:
      g_value_set_uint (value, self->release_by);
      break;

    case PROP_IS_OPEN:
      g_value_set_boolean (value, self->is_open);
      break;

    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;

    case PROP_MIN_SELF:
      g_value_set_uint (value, self->min_self);
      break;

    case PROP_MIN_MANAGER:
      g_value_set_uint (value, self->min_manager);
      break;

    case PROP_MIN_OTHER:
      g_value_set_uint (value, self->min_other);
      break;

    case PROP_MIN_COMMENTS:
      g_value_set_uint (value, self->min_comments);
      break;

    case PROP_MIN_CONFIRMED:
      g_value_set_boolean (value, self->min_confirmed);
      break;

    case PROP_DECLINED_COUNT:
      g_value_set_uint (value, self->declined_count);
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
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUPERVISOR_NAME] =
    g_param_spec_string ("supervisor-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A HearthReleaseBy. */
  properties[PROP_RELEASE_BY] =
    g_param_spec_uint ("release-by", NULL, NULL, 0, HEARTH_RELEASE_BY_PERSON, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_IS_OPEN] =
    g_param_spec_boolean ("is-open", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A HearthFeedbackMode. */
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL, 0, HEARTH_FEEDBACK_DEVELOPMENT_ONLY, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_SELF] =
    g_param_spec_uint ("min-self", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_MANAGER] =
    g_param_spec_uint ("min-manager", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_OTHER] =
    g_param_spec_uint ("min-other", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_COMMENTS] =
    g_param_spec_uint ("min-comments", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_CONFIRMED] =
    g_param_spec_boolean ("min-confirmed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DECLINED_COUNT] =
    g_param_spec_uint ("declined-count", NULL, NULL, 0, G_MAXUINT, 0,
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
  self->supervisor_name = g_strdup ("");
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

gint64
hearth_feedback_cycle_get_supervisor_id (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->supervisor_id;
}

const char *
hearth_feedback_cycle_get_supervisor_name (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), NULL);

  return self->supervisor_name;
}

HearthReleaseBy
hearth_feedback_cycle_get_release_by (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), HEARTH_RELEASE_BY_SUPERVISOR);

  return (HearthReleaseBy) self->release_by;
}

gboolean
hearth_feedback_cycle_get_is_open (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), FALSE);

  return self->is_open;
}

HearthFeedbackMode
hearth_feedback_cycle_get_mode (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), HEARTH_FEEDBACK_RATINGS_AND_WORDS);

  return (HearthFeedbackMode) self->mode;
}

void
hearth_feedback_cycle_get_minimums (HearthFeedbackCycle    *self,
                                    HearthFeedbackMinimums *minimums)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self));
  g_return_if_fail (minimums != NULL);

  minimums->self = self->min_self;
  minimums->manager = self->min_manager;
  minimums->other = self->min_other;
  minimums->comments = self->min_comments;
}

gboolean
hearth_feedback_cycle_get_min_confirmed (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), FALSE);

  return self->min_confirmed;
}

guint
hearth_feedback_cycle_get_declined_count (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->declined_count;
}

void
hearth_feedback_cycle_query_set_subject (HearthQueryModel *model,
                                         gint64            subject_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (model));

  hearth_query_model_set_param (model, ":subject_id",
                                subject_id > 0 ? g_variant_new_int64 (subject_id) : NULL);
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
