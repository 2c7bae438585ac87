/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Response files: the round trip from the team's database to a rater who
 * answers without it and back, and every file that must be refused —
 * not UTF-8, not JSON or cut short, not a feedback file, a newer format,
 * changed by hand, from another database, for a cycle that is gone or
 * changed, tampered with, not yet sent, read in twice, superseded, or
 * late — each with the database and the folder exactly as they were;
 * and the printable blank form for a rater who writes by hand.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-error.h"
#include "hearth-feedback-file.h"
#include "hearth-framework-changes.h"
#include "hearth-test-utils.h"

/* 2026-11-22 12:00 UTC. */
#define NOW G_GINT64_CONSTANT (1795348800)

#define SAM   1   /* the supervisor */
#define PRIYA 2   /* the person the feedback is for */

#define N_BEHAVIOURS 3

typedef struct {
  char        *dir;
  HearthStore *store;
  gint64       framework_id;
  gint64       behaviours[N_BEHAVIOURS];
  gint64       cycle_id;
  gint64       rater_id;   /* a partner, outside the team */
  char        *path;       /* their response file */
} Fixture;

static HearthStore *
open_team (const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  HearthStore *store = hearth_store_open (path, HEARTH_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  hearth_store_set_clock (store, NOW);
  g_assert_true (hearth_store_exec (store,
    "INSERT INTO staff (id, name) VALUES (1, 'Sam Okafor'), (2, 'Priya Shah');"
    "UPDATE staff SET supervisor_id = 1 WHERE id = 2;",
    &error));
  g_assert_no_error (error);
  hearth_store_set_actor (store, SAM);
  return store;
}

static gint64
make_cycle (HearthStore        *store,
            HearthFeedbackMode  mode,
            gint64             *framework_id,
            gint64             *behaviours)
{
  static const char *const names[N_BEHAVIOURS] = { "Listening", "Follow-through", "Kindness" };
  g_autoptr(GError) error = NULL;
  HearthFeedbackCycleSpec spec = {
    .subject_id = PRIYA,
    .title = "Priya’s feedback",
    .opens_on = "2026-11-01",
    .closes_on = "2026-11-30",
    .mode = mode,
    .release_by = HEARTH_RELEASE_BY_SUPERVISOR,
    .supervisor_id = SAM,
  };
  gint64 id;

  spec.framework_id = hearth_framework_create (store, "Test behaviours",
                                               HEARTH_FRAMEWORK_BEHAVIOURS, &error);
  g_assert_no_error (error);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      behaviours[b] = hearth_framework_add_behaviour (store, spec.framework_id, names[b],
                                                      "What it means, in a line",
                                                      "Looks up\nAsks again", &error);
      g_assert_no_error (error);
    }
  *framework_id = spec.framework_id;

  id = hearth_feedback_create_cycle (store, &spec, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_dir ();
  fixture->store = open_team (fixture->dir, "hearth.db");
  fixture->cycle_id = make_cycle (fixture->store, GPOINTER_TO_INT (data), &fixture->framework_id,
                                  fixture->behaviours);
  fixture->rater_id = hearth_feedback_add_rater (fixture->store, fixture->cycle_id, 0,
                                                 "Dana from the housing association",
                                                 HEARTH_RELATIONSHIP_PARTNER, &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "dana" HEARTH_FEEDBACK_FILE_EXTENSION, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_store_free (g_steal_pointer (&fixture->store), fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static HearthFeedbackFile *
export_and_load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  HearthFeedbackFile *form;

  g_assert_true (hearth_feedback_file_export (fixture->store, fixture->rater_id, file, &error));
  g_assert_no_error (error);
  form = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);
  return form;
}

/* The rater's answers: a rating, a “not seen”, words in several scripts. */
static HearthFeedbackAnswers *
some_answers (Fixture *fixture)
{
  HearthFeedbackAnswers *answers = hearth_feedback_answers_new ();

  hearth_feedback_answers_set_rating (answers, fixture->behaviours[0], 4);
  hearth_feedback_answers_set_example (answers, fixture->behaviours[0],
                                       "She listened to the whole story 🙂");
  hearth_feedback_answers_set_not_seen (answers, fixture->behaviours[1], TRUE);
  hearth_feedback_answers_set_rating (answers, fixture->behaviours[2], 5);
  hearth_feedback_answers_set_keep_doing (answers, "Calling back \"the same day\"\nEvery time");
  hearth_feedback_answers_set_try (answers, "شكرا — more notice of visits");
  return answers;
}

static void
answer_and_submit (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) form = export_and_load (fixture);
  g_autoptr(HearthFeedbackAnswers) answers = some_answers (fixture);

  hearth_feedback_file_set_answers (form, answers);
  g_assert_true (hearth_feedback_file_submit (form, &error));
  g_assert_no_error (error);
}

/* --- What must stay as it was ------------------------------------------------ */

/* Every file of the folder, by name, with what it holds: the database, its
 * write-ahead log and the response file. The shared-memory index of the
 * log is left out, as readers change it. */
static char *
snapshot (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc) strcmp);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names->pdata[i], NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;

      g_string_append_printf (text, "%s ", (char *) names->pdata[i]);
      if (g_str_has_suffix (names->pdata[i], "-shm"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
      g_string_append_printf (text, "%s\n", sum);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_import_refused (Fixture    *fixture,
                       int         code,
                       const char *phrase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;
  gint64 responses = hearth_test_query_int (fixture->store,
                                            "SELECT count (*) FROM feedback_responses");

  g_assert_false (hearth_feedback_file_import (fixture->store, file, &error));
  g_assert_error (error, HEARTH_ERROR, code);
  if (strstr (error->message, phrase) == NULL)
    g_error ("“%s” does not say “%s”", error->message, phrase);

  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM feedback_responses"),
                   ==, responses);
}

/* --- Changing a file by hand ------------------------------------------------------ */

/* The canonical form of the format, written again here from its
 * description, so that a changed file can be given a checksum that holds. */
static void
canonical (GString  *out,
           JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

      members = g_list_sort (members, (GCompareFunc) strcmp);
      g_string_append_c (out, '{');
      for (GList *l = members; l != NULL; l = l->next)
        {
          g_autoptr(JsonNode) name = json_node_new (JSON_NODE_VALUE);

          if (g_str_equal (l->data, "checksum"))
            continue;
          if (out->str[out->len - 1] != '{')
            g_string_append_c (out, ',');
          json_node_set_string (name, l->data);
          canonical (out, name);
          g_string_append_c (out, ':');
          canonical (out, json_object_get_member (json_node_get_object (node), l->data));
        }
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_string_append_c (out, '[');
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          canonical (out, json_array_get_element (array, i));
        }
      g_string_append_c (out, ']');
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    g_string_append (out, "null");
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    {
      g_string_append_c (out, '"');
      for (const guchar *p = (const guchar *) json_node_get_string (node); *p; p++)
        if (*p == '"' || *p == '\\')
          g_string_append_printf (out, "\\%c", *p);
        else if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, *p);
      g_string_append_c (out, '"');
    }
}

typedef void (*EditFunc) (JsonObject *root);

/* Reads the file, lets @edit change it, and writes it back with a
 * checksum that holds (when @checksum) or the old one. */
static void
edit_file (const char *path,
           EditFunc    edit,
           gboolean    checksum)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *sum = NULL;
  g_autofree char *data = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  edit (root);
  if (checksum)
    {
      canonical (text, json_parser_get_root (parser));
      sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);
      json_object_set_string_member (root, "checksum", sum);
    }
  data = json_to_string (json_parser_get_root (parser), TRUE);
  g_assert_true (g_file_set_contents (path, data, -1, &error));
  g_assert_no_error (error);
}

/* --- The round trip -------------------------------------------------------------- */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(HearthFeedbackFile) form = export_and_load (fixture);
  g_autoptr(HearthFeedbackFile) again = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = some_answers (fixture);
  g_autoptr(HearthFeedbackAnswers) read = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *token_hash = NULL;
  g_autofree char *try_doing = NULL;
  g_autofree char *label = NULL;
  GStatBuf st;

  /* What the form asks, and of whom. */
  g_assert_cmpstr (hearth_feedback_file_get_cycle_title (form), ==, "Priya’s feedback");
  g_assert_cmpstr (hearth_feedback_file_get_person (form), ==, "Priya Shah");
  g_assert_cmpstr (hearth_feedback_file_get_closes_on (form), ==, "2026-11-30");
  g_assert_false (hearth_feedback_file_get_development_only (form));
  g_assert_cmpint (hearth_feedback_file_get_relationship (form), ==, HEARTH_RELATIONSHIP_PARTNER);
  g_assert_cmpstr (hearth_feedback_file_get_rater_name (form), ==,
                   "Dana from the housing association");
  g_assert_true (hearth_feedback_file_get_alone (form));
  g_assert_cmpstr (hearth_feedback_file_get_framework_name (form), ==, "Test behaviours");
  g_assert_cmpuint (hearth_feedback_file_get_scale_size (form), ==, 5);
  label = hearth_test_query_textf (fixture->store,
                                   "SELECT label FROM scale_points WHERE framework_id ="
                                   " %" G_GINT64_FORMAT " AND value = 1", fixture->framework_id);
  g_assert_cmpstr (hearth_feedback_file_get_scale_label (form, 1), ==, label);
  g_assert_cmpuint (hearth_feedback_file_get_n_behaviours (form), ==, N_BEHAVIOURS);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    g_assert_cmpint (hearth_feedback_file_get_behaviour_id (form, b), ==, fixture->behaviours[b]);
  g_assert_cmpstr (hearth_feedback_file_get_behaviour_name (form, 1), ==, "Follow-through");
  g_assert_cmpstr (hearth_feedback_file_get_behaviour_meaning (form, 1), ==,
                   "What it means, in a line");
  g_assert_cmpstr (hearth_feedback_file_get_behaviour_descriptors (form, 1), ==,
                   "Looks up\nAsks again");
  g_assert_false (hearth_feedback_file_get_submitted (form));

  /* Private to its owner, and holds the token only the database's hash
   * of which is kept. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  token_hash = hearth_test_query_textf (fixture->store,
                                        "SELECT token FROM feedback_raters WHERE id = %"
                                        G_GINT64_FORMAT, fixture->rater_id);
  g_assert_null (strstr (contents, token_hash));

  /* Saved, read again, the same. */
  hearth_feedback_file_set_answers (form, answers);
  g_assert_true (hearth_feedback_file_save (form, &error));
  g_assert_no_error (error);
  again = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  read = hearth_feedback_file_dup_answers (again);
  for (guint b = 0; b < N_BEHAVIOURS; b++)
    {
      gint64 id = fixture->behaviours[b];

      g_assert_cmpint (hearth_feedback_answers_get_rating (read, id), ==,
                       hearth_feedback_answers_get_rating (answers, id));
      g_assert_cmpint (hearth_feedback_answers_get_not_seen (read, id), ==,
                       hearth_feedback_answers_get_not_seen (answers, id));
      g_assert_cmpstr (hearth_feedback_answers_get_example (read, id), ==,
                       hearth_feedback_answers_get_example (answers, id));
    }
  g_assert_cmpstr (hearth_feedback_answers_get_keep_doing (read), ==,
                   hearth_feedback_answers_get_keep_doing (answers));
  g_assert_cmpstr (hearth_feedback_answers_get_try (read), ==,
                   hearth_feedback_answers_get_try (answers));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Sent once; after that it is locked. */
  g_assert_true (hearth_feedback_file_submit (again, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_feedback_file_get_submitted (again));
  g_assert_false (hearth_feedback_file_submit (again, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Read in: the rater has answered, one response with their answers. */
  g_assert_true (hearth_feedback_file_import (fixture->store, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT status = 'submitted' AND token_used"
                                           " FROM feedback_raters WHERE id = %" G_GINT64_FORMAT,
                                           fixture->rater_id), ==, 1);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM feedback_responses"), ==, 1);
  try_doing = hearth_test_query_text (fixture->store, "SELECT try_doing FROM feedback_responses");
  g_assert_cmpstr (try_doing, ==, "شكرا — more notice of visits");
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT rating FROM feedback_ratings WHERE"
                                           " behaviour_id = %" G_GINT64_FORMAT,
                                           fixture->behaviours[2]), ==, 5);
  g_assert_cmpint (hearth_test_query_intf (fixture->store,
                                           "SELECT not_seen FROM feedback_ratings WHERE"
                                           " behaviour_id = %" G_GINT64_FORMAT,
                                           fixture->behaviours[1]), ==, 1);

  /* The same file again: one response, never two. */
  assert_import_refused (fixture, HEARTH_ERROR_CONFLICT, "read in before");
}

static void
test_development_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) form = export_and_load (fixture);
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (hearth_feedback_file_get_development_only (form));
  g_assert_cmpuint (hearth_feedback_file_get_scale_size (form), ==, 0);

  /* A rating has no place in it. */
  before = snapshot (fixture);
  hearth_feedback_answers_set_rating (answers, fixture->behaviours[0], 3);
  hearth_feedback_file_set_answers (form, answers);
  g_assert_false (hearth_feedback_file_save (form, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);

  g_clear_pointer (&answers, hearth_feedback_answers_free);
  answers = hearth_feedback_answers_new ();
  hearth_feedback_answers_set_example (answers, fixture->behaviours[0], "Words only");
  hearth_feedback_answers_set_keep_doing (answers, "Keep going");
  hearth_feedback_file_set_answers (form, answers);
  g_assert_true (hearth_feedback_file_submit (form, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_feedback_file_import (fixture->store, hearth_feedback_file_get_file (form),
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM feedback_ratings"
                                          " WHERE rating IS NOT NULL"), ==, 0);
}

static void
test_save_refuses_off_scale (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) form = export_and_load (fixture);
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;
  g_autofree char *long_text = NULL;

  hearth_feedback_answers_set_rating (answers, fixture->behaviours[0], 6);
  hearth_feedback_file_set_answers (form, answers);
  g_assert_false (hearth_feedback_file_save (form, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_pointer (&answers, hearth_feedback_answers_free);
  answers = hearth_feedback_answers_new ();
  hearth_feedback_answers_set_rating (answers, 999999, 2);
  hearth_feedback_file_set_answers (form, answers);
  g_assert_false (hearth_feedback_file_submit (form, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_feedback_file_get_submitted (form));

  g_clear_pointer (&answers, hearth_feedback_answers_free);
  answers = hearth_feedback_answers_new ();
  long_text = g_strnfill (HEARTH_FEEDBACK_TEXT_MAX + 1, 'x');
  hearth_feedback_answers_set_try (answers, long_text);
  hearth_feedback_file_set_answers (form, answers);
  g_assert_false (hearth_feedback_file_save (form, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);

  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* --- Refusals -------------------------------------------------------------------- */

static void
test_refuses_not_utf8 (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char bytes[] = "{\"format\": \"hearth-feedback\", \"x\": \"\xff\xfe\"}";

  g_assert_true (g_file_set_contents (fixture->path, bytes, sizeof bytes - 1, NULL));
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "UTF-8");
}

static void
test_refuses_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  answer_and_submit (fixture);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length / 2, NULL));
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "cut short");
}

static void
test_refuses_other_format (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_true (g_file_set_contents (fixture->path, "{\"format\": \"something-else\"}", -1,
                                      NULL));
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "not a Hearth feedback file");
}

static void
set_version_2 (JsonObject *root)
{
  json_object_set_int_member (root, "version", 2);
}

static void
test_refuses_newer_version (Fixture       *fixture,
                            gconstpointer  data)
{
  answer_and_submit (fixture);
  edit_file (fixture->path, set_version_2, TRUE);
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "newer version");
}

static void
change_keep_doing (JsonObject *root)
{
  json_object_set_string_member (json_object_get_object_member (root, "answers"), "keep_doing",
                                 "Changed by hand");
}

static void
test_refuses_changed_by_hand (Fixture       *fixture,
                              gconstpointer  data)
{
  answer_and_submit (fixture);
  edit_file (fixture->path, change_keep_doing, FALSE);
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "checksum");
}

static void
test_refuses_other_database (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(HearthFeedbackFile) form = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = some_answers (fixture);
  g_autofree char *other_dir = hearth_test_make_dir ();
  HearthStore *other = open_team (other_dir, "other.db");
  gint64 framework_id, behaviours[N_BEHAVIOURS], cycle, rater;

  /* The same cycle, rater and questions, row for row, in another team's
   * database. */
  cycle = make_cycle (other, HEARTH_FEEDBACK_RATINGS_AND_WORDS, &framework_id, behaviours);
  g_assert_cmpint (cycle, ==, fixture->cycle_id);
  rater = hearth_feedback_add_rater (other, cycle, 0, "Dana from the housing association",
                                     HEARTH_RELATIONSHIP_PARTNER, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_feedback_file_export (other, rater, file, &error));
  g_assert_no_error (error);
  form = hearth_feedback_file_load (file, &error);
  g_assert_no_error (error);
  hearth_feedback_file_set_answers (form, answers);
  g_assert_true (hearth_feedback_file_submit (form, &error));
  g_assert_no_error (error);

  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "another Hearth database");

  g_assert_finalize_object (other);
  hearth_test_remove_tree (other_dir);
}

static void
move_to_cycle_999 (JsonObject *root)
{
  json_object_set_int_member (json_object_get_object_member (root, "cycle"), "id", 999);
}

static void
test_refuses_unknown_cycle (Fixture       *fixture,
                            gconstpointer  data)
{
  answer_and_submit (fixture);
  edit_file (fixture->path, move_to_cycle_999, TRUE);
  assert_import_refused (fixture, HEARTH_ERROR_NOT_FOUND, "no longer in this database");
}

static void
rename_rater (JsonObject *root)
{
  json_object_set_string_member (json_object_get_object_member (root, "rater"), "relationship",
                                 "manager");
}

static void
test_refuses_tampered (Fixture       *fixture,
                       gconstpointer  data)
{
  answer_and_submit (fixture);
  edit_file (fixture->path, rename_rater, TRUE);
  assert_import_refused (fixture, HEARTH_ERROR_INVALID, "not as they were sent");
}

static void
test_refuses_changed_questions (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  answer_and_submit (fixture);
  hearth_framework_add_behaviour (fixture->store, fixture->framework_id, "Patience", "", "",
                                  &error);
  g_assert_no_error (error);
  assert_import_refused (fixture, HEARTH_ERROR_CONFLICT, "questions");
}

static void
test_refuses_not_submitted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackFile) form = export_and_load (fixture);
  g_autoptr(HearthFeedbackAnswers) answers = some_answers (fixture);

  hearth_feedback_file_set_answers (form, answers);
  g_assert_true (hearth_feedback_file_save (form, &error));
  g_assert_no_error (error);
  assert_import_refused (fixture, HEARTH_ERROR_CONFLICT, "not been sent");
}

static void
test_refuses_superseded (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = g_build_filename (fixture->dir, "newer" HEARTH_FEEDBACK_FILE_EXTENSION,
                                             NULL);
  g_autoptr(GFile) file = g_file_new_for_path (newer);

  answer_and_submit (fixture);
  g_assert_true (hearth_feedback_file_export (fixture->store, fixture->rater_id, file, &error));
  g_assert_no_error (error);
  assert_import_refused (fixture, HEARTH_ERROR_NOT_FOUND, "newer one");
}

static void
test_refuses_answered_in_hearth (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFeedbackAnswers) answers = some_answers (fixture);

  answer_and_submit (fixture);
  g_assert_true (hearth_feedback_submit (fixture->store, fixture->rater_id, answers, &error));
  g_assert_no_error (error);
  assert_import_refused (fixture, HEARTH_ERROR_CONFLICT, "answered in Hearth");
  g_assert_cmpint (hearth_test_query_int (fixture->store,
                                          "SELECT count (*) FROM feedback_responses"), ==, 1);
}

static void
test_refuses_late (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  answer_and_submit (fixture);
  g_assert_true (hearth_feedback_close_cycle (fixture->store, fixture->cycle_id, &error));
  g_assert_no_error (error);
  assert_import_refused (fixture, HEARTH_ERROR_CONFLICT, "too late");
}

/* An export that cannot be written changes nothing: the token the rater
 * holds from an earlier file still works. */
static void
test_export_failure_keeps_token (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nowhere = g_build_filename (fixture->dir, "missing", "x.hearth-feedback",
                                               NULL);
  g_autoptr(GFile) file = g_file_new_for_path (nowhere);
  g_autoptr(GFile) good = g_file_new_for_path (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  answer_and_submit (fixture);
  before = snapshot (fixture);
  g_assert_false (hearth_feedback_file_export (fixture->store, fixture->rater_id, file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (hearth_feedback_file_import (fixture->store, good, &error));
  g_assert_no_error (error);
}

/* --- The blank form -------------------------------------------------------------- */

static char *
blank_form_text (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "form.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GStatBuf st;

  pdf = hearth_feedback_blank_form_new_pdf (fixture->store, fixture->rater_id, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_pdf_writer_save (pdf, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  return hearth_test_pdf_to_text (path);
}

static void
test_blank_form (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = blank_form_text (fixture);
  g_auto(GStrv) scale = hearth_framework_dup_scale (fixture->store, fixture->framework_id, NULL);
  gboolean ratings = GPOINTER_TO_INT (data) == HEARTH_FEEDBACK_RATINGS_AND_WORDS;

  g_assert_nonnull (strstr (text, "Priya’s feedback"));
  g_assert_nonnull (strstr (text, "Priya Shah"));
  g_assert_nonnull (strstr (text, "Dana from the housing association"));
  g_assert_nonnull (strstr (text, "Follow-through"));
  g_assert_nonnull (strstr (text, "What it means, in a line"));
  g_assert_nonnull (strstr (text, "Asks again"));
  g_assert_nonnull (strstr (text, "Keep doing"));
  g_assert_nonnull (strstr (text, "Try"));
  /* Alone in their group, and told so. */
  g_assert_nonnull (strstr (text, "only one in your group"));

  g_assert_nonnull (scale);
  for (guint i = 0; scale[i] != NULL; i++)
    if (ratings)
      g_assert_nonnull (strstr (text, scale[i]));
    else
      g_assert_null (strstr (text, scale[i]));
  g_assert_true ((strstr (text, "Not seen enough to say") != NULL) == ratings);
}

static void
test_blank_form_rater_gone (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPdfWriter) pdf = NULL;

  g_assert_true (hearth_feedback_remove_rater (fixture->store, fixture->rater_id, &error));
  g_assert_no_error (error);
  pdf = hearth_feedback_blank_form_new_pdf (fixture->store, fixture->rater_id, &error);
  g_assert_null (pdf);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  gconstpointer words = GINT_TO_POINTER (HEARTH_FEEDBACK_RATINGS_AND_WORDS);
  gconstpointer dev = GINT_TO_POINTER (HEARTH_FEEDBACK_DEVELOPMENT_ONLY);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, mode) \
  g_test_add ("/feedback-file/" path, Fixture, mode, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip, words);
  ADD ("development-only", test_development_only, dev);
  ADD ("save-refuses-off-scale", test_save_refuses_off_scale, words);
  ADD ("export-failure-keeps-token", test_export_failure_keeps_token, words);
  ADD ("refuses/not-utf8", test_refuses_not_utf8, words);
  ADD ("refuses/truncated", test_refuses_truncated, words);
  ADD ("refuses/other-format", test_refuses_other_format, words);
  ADD ("refuses/newer-version", test_refuses_newer_version, words);
  ADD ("refuses/changed-by-hand", test_refuses_changed_by_hand, words);
  ADD ("refuses/other-database", test_refuses_other_database, words);
  ADD ("refuses/unknown-cycle", test_refuses_unknown_cycle, words);
  ADD ("refuses/tampered", test_refuses_tampered, words);
  ADD ("refuses/changed-questions", test_refuses_changed_questions, words);
  ADD ("refuses/not-submitted", test_refuses_not_submitted, words);
  ADD ("refuses/superseded", test_refuses_superseded, words);
  ADD ("refuses/answered-in-hearth", test_refuses_answered_in_hearth, words);
  ADD ("refuses/late", test_refuses_late, words);
  ADD ("blank-form", test_blank_form, words);
  ADD ("blank-form/development-only", test_blank_form, dev);
  ADD ("blank-form/rater-gone", test_blank_form_rater_gone, words);

  return g_test_run ();
}
