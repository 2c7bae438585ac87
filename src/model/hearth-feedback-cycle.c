/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-feedback-changes.h"
#include "hearth-feedback-cycle.h"

struct _HearthFeedbackCycle
{
  HearthItem parent_instance;

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
  gint64    released_at;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackCycle, hearth_feedback_cycle, HEARTH_TYPE_ITEM)

static const char ids_sql[] =
  "SELECT f.id FROM feedback_cycles f"
  " WHERE (:subject_id IS NULL OR f.subject_id = :subject_id)"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT f.id, f.subject_id, coalesce (s.name, ''), f.framework_id, coalesce (fw.name, ''),"
  "  f.title, f.opens_on, f.closes_on, f.development_only, f.released_at IS NOT NULL,"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id),"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id AND r.status = 'submitted'),"
  "  coalesce (f.supervisor_id, 0), coalesce (sv.name, ''),"
  "  CASE f.release_by WHEN 'person' THEN 1 ELSE 0 END, f.closed_at IS NULL,"
  "  CASE WHEN f.development_only THEN 1 ELSE 0 END, f.min_self, f.min_manager, f.min_other,"
  "  f.min_comments, f.min_confirmed,"
  "  (SELECT count (*) FROM feedback_raters r WHERE r.cycle_id = f.id AND r.status = 'declined'),"
  "  coalesce (f.released_at, 0)"
  " FROM feedback_cycles f LEFT JOIN staff s ON s.id = f.subject_id"
  "  LEFT JOIN frameworks fw ON fw.id = f.framework_id"
  "  LEFT JOIN staff sv ON sv.id = f.supervisor_id WHERE f.id = :id";

static const char * const tables[] = { "feedback_cycles", "feedback_raters", "frameworks", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthFeedbackCycle, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("subject-id", INT64, 1, subject_id),
  FIELD ("subject-name", STRING, 2, subject_name),
  FIELD ("framework-id", INT64, 3, framework_id),
  FIELD ("framework-name", STRING, 4, framework_name),
  FIELD ("title", STRING, 5, title),
  FIELD ("opens-on", STRING, 6, opens_on),
  FIELD ("closes-on", STRING, 7, closes_on),
  FIELD ("development-only", BOOLEAN, 8, development_only),
  FIELD ("released", BOOLEAN, 9, released),
  FIELD ("rater-count", UINT, 10, rater_count),
  FIELD ("submitted-count", UINT, 11, submitted_count),
  FIELD ("supervisor-id", INT64, 12, supervisor_id),
  FIELD ("supervisor-name", STRING, 13, supervisor_name),
  /* A HearthReleaseBy. */
  FIELD ("release-by", UINT, 14, release_by),
  FIELD ("is-open", BOOLEAN, 15, is_open),
  /* A HearthFeedbackMode. */
  FIELD ("mode", UINT, 16, mode),
  FIELD ("min-self", UINT, 17, min_self),
  FIELD ("min-manager", UINT, 18, min_manager),
  FIELD ("min-other", UINT, 19, min_other),
  FIELD ("min-comments", UINT, 20, min_comments),
  FIELD ("min-confirmed", BOOLEAN, 21, min_confirmed),
  FIELD ("declined-count", UINT, 22, declined_count),
  FIELD ("released-at", INT64, 23, released_at),
};

static void
hearth_feedback_cycle_class_init (HearthFeedbackCycleClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_feedback_cycle_init (HearthFeedbackCycle *self)
{
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

gint64
hearth_feedback_cycle_get_released_at (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->released_at;
}

HearthFeedbackCycle *
hearth_feedback_cycle_load (HearthStore  *store,
                            gint64        cycle_id,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, row_sql, "x", cycle_id);
  if (stmt == NULL)
    return NULL;
  return hearth_item_read_one (store, HEARTH_TYPE_FEEDBACK_CYCLE, stmt, error);
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

guint
hearth_feedback_cycle_get_declined_count (HearthFeedbackCycle *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CYCLE (self), 0);

  return self->declined_count;
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

HearthQueryModel *
hearth_feedback_cycle_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_FEEDBACK_CYCLE, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "closes", "f.closes_on DESC, f.id DESC");

  return model;
}

void
hearth_feedback_cycle_list_set_subject (HearthQueryModel *cycles,
                                        gint64            subject_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (cycles));

  hearth_query_model_set_number (cycles, ":subject_id", subject_id);
}

gint64
hearth_feedback_cycle_find_latest_released (HearthStore  *store,
                                            gint64        staff_id,
                                            gint64       *released_at,
                                            GError      **error)
{
  gboolean found = FALSE;
  gint64 cycle_id = 0, at = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT id, released_at FROM feedback_cycles"
                              " WHERE subject_id = ?1 AND released_at IS NOT NULL"
                              " ORDER BY released_at DESC, id DESC LIMIT 1", "x>xx",
                              staff_id, &cycle_id, &at))
    return 0;

  if (released_at != NULL)
    *released_at = at;

  return cycle_id;
}
