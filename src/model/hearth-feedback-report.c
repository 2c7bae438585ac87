/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report of a 360° feedback cycle, worked out once from the stored
 * responses:
 *
 *   feedback_responses, feedback_ratings (store)
 *     → HearthFeedbackReport (here: the rules of anonymity)
 *       → report page, PDF, CSV, command line (they only read it)
 *
 * Figures of a group below its minimum are never kept, so no view can
 * show them or work them out from the others.
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-feedback-report.h"

typedef struct {
  guint  count;
  gint64 sum;
  int    lowest;
  int    highest;
} Tally;

typedef struct {
  gint64                  id;
  char                   *name;
  char                   *meaning;
  HearthFeedbackFigures   figures[HEARTH_N_RELATIONSHIPS];
  HearthFeedbackCombined  combined;
  gboolean                has_self_rating;
  double                  self_rating;
  GPtrArray              *examples;       /* char *, NULL-terminated */
  char                   *self_example;
} Behaviour;

typedef struct {
  guint  behaviour;
  double gap;
} Gap;

/* A comment with the key it is shuffled by. */
typedef struct {
  guint64  key;
  char    *text;
} Comment;

struct _HearthFeedbackReport
{
  GObject                 parent_instance;

  /* owned */
  char                   *title;
  char                   *subject_name;
  char                   *framework_name;
  char                   *opens_on;
  char                   *closes_on;
  GPtrArray              *scale;           /* char *: labels of points 1, 2, … */
  GArray                 *groups;          /* HearthRelationship */
  GArray                 *behaviours;      /* Behaviour */
  GArray                 *gaps;            /* Gap, biggest first */
  GPtrArray              *keep_doing;      /* char *, NULL-terminated */
  GPtrArray              *try_doing;       /* char *, NULL-terminated */
  char                   *self_keep_doing;
  char                   *self_try;

  gint64                  cycle_id;
  HearthFeedbackMinimums  minimums;
  guint                   words_left_out;
  gboolean                development_only;
  gboolean                released;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackReport, hearth_feedback_report, G_TYPE_OBJECT)

/* Kinds of comment, mixed into their shuffle keys. */
enum {
  KEEP_DOING = 1,
  TRY_DOING,
  EXAMPLE,
};

static void
behaviour_clear (gpointer data)
{
  Behaviour *behaviour = data;

  g_clear_pointer (&behaviour->name, g_free);
  g_clear_pointer (&behaviour->meaning, g_free);
  g_clear_pointer (&behaviour->examples, g_ptr_array_unref);
  g_clear_pointer (&behaviour->self_example, g_free);
}

static void
comment_clear (gpointer data)
{
  Comment *comment = data;

  g_clear_pointer (&comment->text, g_free);
}

/* splitmix64's finaliser: every bit of @x reaches every bit of the result. */
static guint64
mix (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

/* The place of a comment in the shuffled order: the same for the same
 * seed, and another for another seed. */
static guint64
shuffle_key (gint64 seed,
             gint64 response_id,
             guint  kind,
             gint64 behaviour_id)
{
  guint64 key = mix ((guint64) seed + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  key = mix (key ^ (guint64) response_id);
  key = mix (key ^ ((guint64) kind << 56) ^ (guint64) behaviour_id);
  return key;
}

static int
compare_comments (gconstpointer a,
                  gconstpointer b)
{
  const Comment *ca = a;
  const Comment *cb = b;

  if (ca->key != cb->key)
    return ca->key < cb->key ? -1 : 1;
  return g_strcmp0 (ca->text, cb->text);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const Gap *ga = a;
  const Gap *gb = b;
  double da = ABS (ga->gap);
  double db = ABS (gb->gap);

  if (da != db)
    return da > db ? -1 : 1;
  return ga->behaviour < gb->behaviour ? -1 : ga->behaviour > gb->behaviour;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

/* @comments (Comment) in their shuffled order, as a NULL-terminated array
 * of the texts. */
static GPtrArray *
take_shuffled (GArray *comments)
{
  GPtrArray *texts = g_ptr_array_new_full (comments->len + 1, g_free);

  g_array_sort (comments, compare_comments);
  for (guint i = 0; i < comments->len; i++)
    g_ptr_array_add (texts, g_steal_pointer (&g_array_index (comments, Comment, i).text));
  g_ptr_array_add (texts, NULL);

  return texts;
}

static void
add_comment (GArray     *comments,
             guint64     key,
             const char *text)
{
  Comment comment = { key, g_strdup (text) };

  g_array_append_val (comments, comment);
}

static guint
minimum_for (HearthFeedbackReport *self,
             HearthRelationship    relationship)
{
  switch (relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
      return self->minimums.self;
    case HEARTH_RELATIONSHIP_MANAGER:
      return self->minimums.manager;
    case HEARTH_RELATIONSHIP_PEER:
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
    case HEARTH_RELATIONSHIP_PARTNER:
    case HEARTH_RELATIONSHIP_RESIDENT:
    default:
      return self->minimums.other;
    }
}

/* How many of a group must have answered for its words to be shown:
 * self and manager are groups of one by design and need their own
 * minimum; any other group needs the comment minimum, and its own. */
static guint
words_minimum_for (HearthFeedbackReport *self,
                   HearthRelationship    relationship)
{
  if (relationship == HEARTH_RELATIONSHIP_SELF || relationship == HEARTH_RELATIONSHIP_MANAGER)
    return minimum_for (self, relationship);

  return MAX (self->minimums.other, self->minimums.comments);
}

static Behaviour *
behaviour_at (HearthFeedbackReport *self,
              guint                 index)
{
  return &g_array_index (self->behaviours, Behaviour, index);
}

/* The index of the behaviour with @id, or G_MAXUINT for one not in the
 * framework any more. */
static guint
find_behaviour (HearthFeedbackReport *self,
                gint64                id)
{
  for (guint b = 0; b < self->behaviours->len; b++)
    {
      if (behaviour_at (self, b)->id == id)
        return b;
    }

  return G_MAXUINT;
}

static gboolean
relationship_of (sqlite3_stmt       *stmt,
                 int                 column,
                 HearthRelationship *relationship)
{
  return hearth_relationship_from_string ((const char *) sqlite3_column_text (stmt, column),
                                          relationship);
}

static gboolean
read_cycle (HearthFeedbackReport  *self,
            HearthStore           *store,
            gint64                 viewer_staff_id,
            gint64                *framework_id,
            gint64                *seed,
            GError               **error)
{
  gboolean found = FALSE;
  gint64 subject_id = 0;
  int open = 0, released = 0, development_only = 0;
  int min_self = 1, min_manager = 1, min_other = 3, min_comments = 3;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT c.title, coalesce (s.name, ''), f.id, f.name, c.opens_on,"
                              " c.closes_on, c.closed_at IS NULL, c.released_at IS NOT NULL,"
                              " c.development_only, c.subject_id, c.shuffle_seed, c.min_self,"
                              " c.min_manager, c.min_other, c.min_comments"
                              " FROM feedback_cycles c JOIN frameworks f ON f.id = c.framework_id"
                              " LEFT JOIN staff s ON s.id = c.subject_id WHERE c.id = ?1",
                              "x>ssxsssiiixxiiii", self->cycle_id, &self->title,
                              &self->subject_name, framework_id, &self->framework_name,
                              &self->opens_on, &self->closes_on, &open, &released,
                              &development_only, &subject_id, seed, &min_self, &min_manager,
                              &min_other, &min_comments))
    return FALSE;

  if (!found)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                           _("This feedback cycle no longer exists; it may have been removed in "
                             "another window"));
      return FALSE;
    }

  /* Figures while answers come in would show what the latest one did. */
  if (open)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT,
                           _("The cycle is still open. Its report is made once it closes, so "
                             "that no one can tell from the figures who answered last."));
      return FALSE;
    }

  if (viewer_staff_id > 0 && viewer_staff_id == subject_id && !released)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT,
                           _("This report has not been released to you yet"));
      return FALSE;
    }

  self->released = released != 0;
  self->development_only = development_only != 0;
  self->minimums.self = (guint) MAX (min_self, 1);
  self->minimums.manager = (guint) MAX (min_manager, 1);
  self->minimums.other = (guint) MAX (min_other, 1);
  self->minimums.comments = (guint) MAX (min_comments, 1);

  return TRUE;
}

static gboolean
read_framework (HearthFeedbackReport  *self,
                HearthStore           *store,
                gint64                 framework_id,
                GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT id, name, meaning FROM behaviours WHERE framework_id = ?1"
                             " AND removed_at IS NULL ORDER BY position, id", "x", framework_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      Behaviour behaviour = { 0, };

      behaviour.id = sqlite3_column_int64 (stmt, 0);
      behaviour.name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      behaviour.meaning = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_array_append_val (self->behaviours, behaviour);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->development_only)
    return TRUE;

  stmt = hearth_store_query (store, error,
                             "SELECT label FROM scale_points WHERE framework_id = ?1"
                             " ORDER BY value",
                             "x", framework_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    g_ptr_array_add (self->scale, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* The groups asked (any rater who has not declined, or any answer) and
 * how many of each answered. */
static gboolean
read_groups (HearthFeedbackReport  *self,
             HearthStore           *store,
             guint                 *n_responses,
             GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  guint present = 0;

  stmt = hearth_store_query (store, error,
                             "SELECT relationship, sum (answered) FROM ("
                             " SELECT relationship, 0 AS answered FROM feedback_raters"
                             "  WHERE cycle_id = ?1 AND status <> 'declined'"
                             " UNION ALL SELECT relationship, 1 FROM feedback_responses"
                             "  WHERE cycle_id = ?1)"
                             " GROUP BY relationship", "x", self->cycle_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthRelationship relationship;

      if (!relationship_of (stmt, 0, &relationship))
        continue;
      present |= HEARTH_RELATIONSHIP_BIT (relationship);
      n_responses[relationship] = (guint) sqlite3_column_int64 (stmt, 1);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint r = 0; r < HEARTH_N_RELATIONSHIPS; r++)
    {
      if (present & HEARTH_RELATIONSHIP_BIT (r))
        {
          HearthRelationship relationship = (HearthRelationship) r;

          g_array_append_val (self->groups, relationship);
        }
    }

  return TRUE;
}

/* Every rating given, by behaviour and group: counted, never kept. */
static gboolean
read_ratings (HearthFeedbackReport  *self,
              HearthStore           *store,
              Tally                 *tallies,
              GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "SELECT r.relationship, g.behaviour_id, g.rating"
                             " FROM feedback_ratings g JOIN feedback_responses r"
                             " ON r.id = g.response_id WHERE r.cycle_id = ?1"
                             " AND g.rating IS NOT NULL AND g.not_seen = 0", "x", self->cycle_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      HearthRelationship relationship;
      guint b = find_behaviour (self, sqlite3_column_int64 (stmt, 1));
      int rating = sqlite3_column_int (stmt, 2);
      Tally *tally;

      if (b == G_MAXUINT || !relationship_of (stmt, 0, &relationship))
        continue;

      tally = &tallies[b * HEARTH_N_RELATIONSHIPS + relationship];
      if (tally->count == 0 || rating < tally->lowest)
        tally->lowest = rating;
      if (tally->count == 0 || rating > tally->highest)
        tally->highest = rating;
      tally->count++;
      tally->sum += rating;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* The figures of each group for each behaviour, kept only where the group
 * is shown, and the combined figure over the groups shown. */
static void
work_out_figures (HearthFeedbackReport *self,
                  const Tally          *tallies,
                  const guint          *n_responses)
{
  for (guint b = 0; b < self->behaviours->len; b++)
    {
      Behaviour *behaviour = behaviour_at (self, b);
      gint64 others_sum = 0;
      guint others_count = 0;

      for (guint g = 0; g < self->groups->len; g++)
        {
          HearthRelationship relationship = g_array_index (self->groups, HearthRelationship, g);
          const Tally *tally = &tallies[b * HEARTH_N_RELATIONSHIPS + relationship];
          HearthFeedbackFigures *figures = &behaviour->figures[relationship];
          guint minimum = minimum_for (self, relationship);

          figures->relationship = relationship;
          figures->minimum = minimum;
          figures->n_responses = n_responses[relationship];

          if (n_responses[relationship] < minimum)
            figures->shown = HEARTH_FEEDBACK_TOO_FEW_ANSWERED;
          else if (tally->count < minimum)
            figures->shown = HEARTH_FEEDBACK_TOO_FEW_RATED;
          else
            {
              figures->shown = HEARTH_FEEDBACK_SHOWN;
              figures->n_ratings = tally->count;
              figures->mean = (double) tally->sum / tally->count;
              figures->lowest = tally->lowest;
              figures->highest = tally->highest;
            }

          if (relationship == HEARTH_RELATIONSHIP_SELF)
            {
              behaviour->has_self_rating = figures->shown == HEARTH_FEEDBACK_SHOWN;
              behaviour->self_rating = figures->mean;
              continue;
            }

          /* Everyone but self, from the groups shown only, saying whom
           * it leaves out. */
          if (figures->shown == HEARTH_FEEDBACK_SHOWN)
            {
              behaviour->combined.n_groups++;
              others_sum += tally->sum;
              others_count += tally->count;
            }
          else
            behaviour->combined.left_out |= HEARTH_RELATIONSHIP_BIT (relationship);
        }

      /* With one group shown the combined figure would be that group's;
       * with none, nobody's. */
      if (behaviour->combined.n_groups >= 2 && others_count > 0)
        {
          behaviour->combined.shown = TRUE;
          behaviour->combined.n_ratings = others_count;
          behaviour->combined.mean = (double) others_sum / others_count;
        }
    }
}

static void
work_out_gaps (HearthFeedbackReport *self)
{
  for (guint b = 0; b < self->behaviours->len; b++)
    {
      Behaviour *behaviour = behaviour_at (self, b);
      Gap gap = { b, 0 };
      double others = 0;
      guint n_shown = 0;

      if (!behaviour->has_self_rating)
        continue;

      if (behaviour->combined.shown)
        {
          others = behaviour->combined.mean;
          n_shown = 1;
        }
      else
        {
          for (guint g = 0; g < self->groups->len; g++)
            {
              HearthRelationship relationship = g_array_index (self->groups, HearthRelationship, g);

              if (relationship != HEARTH_RELATIONSHIP_SELF &&
                  behaviour->figures[relationship].shown == HEARTH_FEEDBACK_SHOWN)
                {
                  others = behaviour->figures[relationship].mean;
                  n_shown++;
                }
            }
        }

      if (n_shown != 1)
        continue;

      gap.gap = behaviour->self_rating - others;
      g_array_append_val (self->gaps, gap);
    }

  g_array_sort (self->gaps, compare_gaps);
}

/* The raters' words, from the groups with enough answers, shuffled. */
static gboolean
read_words (HearthFeedbackReport  *self,
            HearthStore           *store,
            gint64                 seed,
            const guint           *n_responses,
            GError               **error)
{
  g_autoptr(GArray) keep_doing = g_array_new (FALSE, FALSE, sizeof (Comment));
  g_autoptr(GArray) try_doing = g_array_new (FALSE, FALSE, sizeof (Comment));
  g_autoptr(GPtrArray) examples = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean words_shown[HEARTH_N_RELATIONSHIPS] = { FALSE, };

  g_array_set_clear_func (keep_doing, comment_clear);
  g_array_set_clear_func (try_doing, comment_clear);

  for (guint g = 0; g < self->groups->len; g++)
    {
      HearthRelationship relationship = g_array_index (self->groups, HearthRelationship, g);

      words_shown[relationship] = n_responses[relationship] >= words_minimum_for (self,
                                                                                  relationship);
      if (!words_shown[relationship] && relationship != HEARTH_RELATIONSHIP_SELF)
        self->words_left_out |= HEARTH_RELATIONSHIP_BIT (relationship);
    }

  stmt = hearth_store_query (store, error,
                             "SELECT id, relationship, keep_doing, try_doing"
                             " FROM feedback_responses WHERE cycle_id = ?1", "x", self->cycle_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      gint64 response_id = sqlite3_column_int64 (stmt, 0);
      const char *keep = (const char *) sqlite3_column_text (stmt, 2);
      const char *try = (const char *) sqlite3_column_text (stmt, 3);
      HearthRelationship relationship;

      if (!relationship_of (stmt, 1, &relationship) || !words_shown[relationship])
        continue;

      if (relationship == HEARTH_RELATIONSHIP_SELF)
        {
          if (!is_blank (keep))
            g_set_str (&self->self_keep_doing, keep);
          if (!is_blank (try))
            g_set_str (&self->self_try, try);
          continue;
        }

      if (!is_blank (keep))
        add_comment (keep_doing, shuffle_key (seed, response_id, KEEP_DOING, 0), keep);
      if (!is_blank (try))
        add_comment (try_doing, shuffle_key (seed, response_id, TRY_DOING, 0), try);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint b = 0; b < self->behaviours->len; b++)
    {
      GArray *list = g_array_new (FALSE, FALSE, sizeof (Comment));

      g_array_set_clear_func (list, comment_clear);
      g_ptr_array_add (examples, list);
    }

  stmt = hearth_store_query (store, error,
                             "SELECT g.response_id, r.relationship, g.behaviour_id, g.example"
                             " FROM feedback_ratings g JOIN feedback_responses r"
                             " ON r.id = g.response_id WHERE r.cycle_id = ?1 AND g.example <> ''",
                             "x", self->cycle_id);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      gint64 response_id = sqlite3_column_int64 (stmt, 0);
      gint64 behaviour_id = sqlite3_column_int64 (stmt, 2);
      const char *example = (const char *) sqlite3_column_text (stmt, 3);
      guint b = find_behaviour (self, behaviour_id);
      HearthRelationship relationship;

      if (b == G_MAXUINT || is_blank (example) || !relationship_of (stmt, 1, &relationship) ||
          !words_shown[relationship])
        continue;

      if (relationship == HEARTH_RELATIONSHIP_SELF)
        {
          g_set_str (&behaviour_at (self, b)->self_example, example);
          continue;
        }

      /* A group hidden for the behaviour shows no example of it either. */
      if (!self->development_only &&
          behaviour_at (self, b)->figures[relationship].shown != HEARTH_FEEDBACK_SHOWN)
        continue;

      add_comment (g_ptr_array_index (examples, b),
                   shuffle_key (seed, response_id, EXAMPLE, behaviour_id), example);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->keep_doing = take_shuffled (keep_doing);
  self->try_doing = take_shuffled (try_doing);
  for (guint b = 0; b < self->behaviours->len; b++)
    behaviour_at (self, b)->examples = take_shuffled (g_ptr_array_index (examples, b));

  return TRUE;
}

static void
hearth_feedback_report_finalize (GObject *object)
{
  HearthFeedbackReport *self = (HearthFeedbackReport *) object;

  g_free (self->title);
  g_free (self->subject_name);
  g_free (self->framework_name);
  g_free (self->opens_on);
  g_free (self->closes_on);
  g_clear_pointer (&self->scale, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->behaviours, g_array_unref);
  g_clear_pointer (&self->gaps, g_array_unref);
  g_clear_pointer (&self->keep_doing, g_ptr_array_unref);
  g_clear_pointer (&self->try_doing, g_ptr_array_unref);
  g_free (self->self_keep_doing);
  g_free (self->self_try);

  G_OBJECT_CLASS (hearth_feedback_report_parent_class)->finalize (object);
}

static void
hearth_feedback_report_class_init (HearthFeedbackReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_feedback_report_finalize;
}

static void
hearth_feedback_report_init (HearthFeedbackReport *self)
{
  self->scale = g_ptr_array_new_with_free_func (g_free);
  self->groups = g_array_new (FALSE, FALSE, sizeof (HearthRelationship));
  self->behaviours = g_array_new (FALSE, TRUE, sizeof (Behaviour));
  g_array_set_clear_func (self->behaviours, behaviour_clear);
  self->gaps = g_array_new (FALSE, FALSE, sizeof (Gap));
}

HearthFeedbackReport *
hearth_feedback_report_new (HearthStore  *store,
                            gint64        cycle_id,
                            gint64        viewer_staff_id,
                            GError      **error)
{
  g_autoptr(HearthFeedbackReport) self = NULL;
  g_autofree Tally *tallies = NULL;
  guint n_responses[HEARTH_N_RELATIONSHIPS] = { 0, };
  gint64 framework_id = 0;
  gint64 seed = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_FEEDBACK_REPORT, NULL);
  self->cycle_id = cycle_id;

  if (!read_cycle (self, store, viewer_staff_id, &framework_id, &seed, error) ||
      !read_framework (self, store, framework_id, error) ||
      !read_groups (self, store, n_responses, error))
    return NULL;

  /* A development-only report has words and nothing else. */
  if (!self->development_only)
    {
      tallies = g_new0 (Tally, MAX (self->behaviours->len, 1) * HEARTH_N_RELATIONSHIPS);
      if (!read_ratings (self, store, tallies, error))
        return NULL;
      work_out_figures (self, tallies, n_responses);
      work_out_gaps (self);
    }

  if (!read_words (self, store, seed, n_responses, error))
    return NULL;

  return g_steal_pointer (&self);
}

gint64
hearth_feedback_report_get_cycle_id (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->cycle_id;
}

const char *
hearth_feedback_report_get_title (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->title;
}

const char *
hearth_feedback_report_get_subject_name (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->subject_name;
}

const char *
hearth_feedback_report_get_framework_name (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->framework_name;
}

const char *
hearth_feedback_report_get_opens_on (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->opens_on;
}

const char *
hearth_feedback_report_get_closes_on (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->closes_on;
}

gboolean
hearth_feedback_report_get_development_only (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);

  return self->development_only;
}

gboolean
hearth_feedback_report_get_released (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);

  return self->released;
}

void
hearth_feedback_report_get_minimums (HearthFeedbackReport   *self,
                                     HearthFeedbackMinimums *minimums)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_REPORT (self));
  g_return_if_fail (minimums != NULL);

  *minimums = self->minimums;
}

guint
hearth_feedback_report_get_scale_size (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->scale->len;
}

const char *
hearth_feedback_report_get_scale_label (HearthFeedbackReport *self,
                                        guint                 value)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);
  g_return_val_if_fail (value >= 1 && value <= self->scale->len, NULL);

  return g_ptr_array_index (self->scale, value - 1);
}

guint
hearth_feedback_report_get_n_groups (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->groups->len;
}

HearthRelationship
hearth_feedback_report_get_group (HearthFeedbackReport *self,
                                  guint                 index)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), HEARTH_RELATIONSHIP_SELF);
  g_return_val_if_fail (index < self->groups->len, HEARTH_RELATIONSHIP_SELF);

  return g_array_index (self->groups, HearthRelationship, index);
}

guint
hearth_feedback_report_get_n_behaviours (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->behaviours->len;
}

gint64
hearth_feedback_report_get_behaviour_id (HearthFeedbackReport *self,
                                         guint                 behaviour)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);
  g_return_val_if_fail (behaviour < self->behaviours->len, 0);

  return behaviour_at (self, behaviour)->id;
}

const char *
hearth_feedback_report_get_behaviour_name (HearthFeedbackReport *self,
                                           guint                 behaviour)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);
  g_return_val_if_fail (behaviour < self->behaviours->len, NULL);

  return behaviour_at (self, behaviour)->name;
}

const char *
hearth_feedback_report_get_behaviour_meaning (HearthFeedbackReport *self,
                                              guint                 behaviour)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);
  g_return_val_if_fail (behaviour < self->behaviours->len, NULL);

  return behaviour_at (self, behaviour)->meaning;
}

gboolean
hearth_feedback_report_get_self_rating (HearthFeedbackReport *self,
                                        guint                 behaviour,
                                        double               *rating)
{
  Behaviour *b;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);
  g_return_val_if_fail (behaviour < self->behaviours->len, FALSE);

  b = behaviour_at (self, behaviour);
  if (self->development_only || !b->has_self_rating)
    return FALSE;

  if (rating != NULL)
    *rating = b->self_rating;
  return TRUE;
}

gboolean
hearth_feedback_report_get_figures (HearthFeedbackReport  *self,
                                    guint                  behaviour,
                                    HearthRelationship     relationship,
                                    HearthFeedbackFigures *figures)
{
  const HearthFeedbackFigures *found;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);
  g_return_val_if_fail (behaviour < self->behaviours->len, FALSE);
  g_return_val_if_fail (relationship < HEARTH_N_RELATIONSHIPS, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  if (self->development_only)
    return FALSE;

  found = &behaviour_at (self, behaviour)->figures[relationship];
  if (found->minimum == 0)
    return FALSE;

  *figures = *found;
  return TRUE;
}

gboolean
hearth_feedback_report_get_combined (HearthFeedbackReport   *self,
                                     guint                   behaviour,
                                     HearthFeedbackCombined *combined)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);
  g_return_val_if_fail (behaviour < self->behaviours->len, FALSE);
  g_return_val_if_fail (combined != NULL, FALSE);

  if (self->development_only)
    return FALSE;

  *combined = behaviour_at (self, behaviour)->combined;
  return TRUE;
}

guint
hearth_feedback_report_get_n_gaps (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->gaps->len;
}

gboolean
hearth_feedback_report_get_gap (HearthFeedbackReport *self,
                                guint                 index,
                                guint                *behaviour,
                                double               *gap)
{
  const Gap *found;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), FALSE);

  if (index >= self->gaps->len)
    return FALSE;

  found = &g_array_index (self->gaps, Gap, index);
  if (behaviour != NULL)
    *behaviour = found->behaviour;
  if (gap != NULL)
    *gap = found->gap;
  return TRUE;
}

const char * const *
hearth_feedback_report_get_keep_doing (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return (const char * const *) self->keep_doing->pdata;
}

const char * const *
hearth_feedback_report_get_try (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return (const char * const *) self->try_doing->pdata;
}

const char * const *
hearth_feedback_report_get_examples (HearthFeedbackReport *self,
                                     guint                 behaviour)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);
  g_return_val_if_fail (behaviour < self->behaviours->len, NULL);

  return (const char * const *) behaviour_at (self, behaviour)->examples->pdata;
}

guint
hearth_feedback_report_get_words_left_out (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), 0);

  return self->words_left_out;
}

const char *
hearth_feedback_report_get_self_keep_doing (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->self_keep_doing;
}

const char *
hearth_feedback_report_get_self_try (HearthFeedbackReport *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);

  return self->self_try;
}

const char *
hearth_feedback_report_get_self_example (HearthFeedbackReport *self,
                                         guint                 behaviour)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (self), NULL);
  g_return_val_if_fail (behaviour < self->behaviours->len, NULL);

  return behaviour_at (self, behaviour)->self_example;
}
