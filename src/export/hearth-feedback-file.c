/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "hearth-behaviour.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-export-file.h"
#include "hearth-feedback-file.h"
#include "hearth-feedback-form.h"
#include "hearth-framework-changes.h"

/* The format's own name, and the members the rater cannot change. */
#define FORMAT_NAME "hearth-feedback"
static const char *const fixed_members[] = { "database", "cycle", "rater", "token", "framework" };

typedef struct
{
  gint64  id;
  char   *name;
  char   *meaning;
  char   *descriptors;  /* one a line */
} Behaviour;

struct _HearthFeedbackFile
{
  GObject                parent_instance;

  GFile                 *file;
  /* The members as read, kept as they were so that the signature still
   * holds when the file is written again. */
  JsonObject            *fixed;

  char                  *database_id;
  gint64                 cycle_id;
  char                  *cycle_title;
  char                  *person;
  char                  *closes_on;
  gboolean               development_only;
  HearthRelationship     relationship;
  char                  *rater_name;
  gboolean               alone;
  char                  *token;
  char                  *signature;
  char                  *framework_name;
  GPtrArray             *scale;       /* of char *, point 1 first */
  GArray                *behaviours;  /* of Behaviour */

  HearthFeedbackAnswers *answers;
  gboolean               submitted;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackFile, hearth_feedback_file, G_TYPE_OBJECT)

static void
behaviour_clear (gpointer data)
{
  Behaviour *behaviour = data;

  g_free (behaviour->name);
  g_free (behaviour->meaning);
  g_free (behaviour->descriptors);
}

static void
hearth_feedback_file_finalize (GObject *object)
{
  HearthFeedbackFile *self = HEARTH_FEEDBACK_FILE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->fixed, json_object_unref);
  g_free (self->database_id);
  g_free (self->cycle_title);
  g_free (self->person);
  g_free (self->closes_on);
  g_free (self->rater_name);
  g_free (self->token);
  g_free (self->signature);
  g_free (self->framework_name);
  g_clear_pointer (&self->scale, g_ptr_array_unref);
  g_clear_pointer (&self->behaviours, g_array_unref);
  g_clear_pointer (&self->answers, hearth_feedback_answers_free);

  G_OBJECT_CLASS (hearth_feedback_file_parent_class)->finalize (object);
}

static void
hearth_feedback_file_class_init (HearthFeedbackFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_feedback_file_finalize;
}

static void
hearth_feedback_file_init (HearthFeedbackFile *self)
{
  self->scale = g_ptr_array_new_with_free_func (g_free);
  self->behaviours = g_array_new (FALSE, TRUE, sizeof (Behaviour));
  g_array_set_clear_func (self->behaviours, behaviour_clear);
  self->answers = hearth_feedback_answers_new ();
}

/* --- The canonical form ------------------------------------------------------- */

static void canonical_append (GString *out, JsonNode *node);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
canonical_append_string (GString    *out,
                         const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) *p);
        }
      else if (*p < 0x20)
        g_string_append_printf (out, "\\u%04x", *p);
      else
        g_string_append_c (out, (char) *p);
    }
  g_string_append_c (out, '"');
}

static void
canonical_append_object (GString    *out,
                         JsonObject *object,
                         const char *leave_out)
{
  g_autoptr(GList) members = json_object_get_members (object);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  gboolean first = TRUE;

  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (names, l->data);
  g_ptr_array_sort (names, compare_names);

  g_string_append_c (out, '{');
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (leave_out != NULL && g_str_equal (name, leave_out))
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      canonical_append_string (out, name);
      g_string_append_c (out, ':');
      canonical_append (out, json_object_get_member (object, name));
    }
  g_string_append_c (out, '}');
}

static void
canonical_append (GString  *out,
                  JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      canonical_append_object (out, json_node_get_object (node), NULL);
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            canonical_append (out, json_array_get_element (array, i));
          }
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer,
                                                  json_node_get_double (node)));
          }
          break;
        default:
          canonical_append_string (out, json_node_get_string (node));
          break;
        }
      break;
    }
}

/* The signature: over the fixed members only, keyed with the cycle's secret. */
static char *
compute_signature (JsonObject *fixed,
                   const char *secret)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonObject) part = json_object_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fixed_members); i++)
    if (json_object_has_member (fixed, fixed_members[i]))
      json_object_set_member (part, fixed_members[i],
                              json_node_copy (json_object_get_member (fixed, fixed_members[i])));
  canonical_append_object (text, part, NULL);

  return g_compute_hmac_for_data (G_CHECKSUM_SHA256, (const guchar *) secret, strlen (secret),
                                  (const guchar *) text->str, text->len);
}

static char *
compute_checksum (JsonObject *root)
{
  g_autoptr(GString) text = g_string_new (NULL);

  canonical_append_object (text, root, "checksum");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str, text->len);
}

/* --- Reading ------------------------------------------------------------------------ */

static gboolean
refuse (GError     **error,
        int          code,
        const char  *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError     **error,
        int          code,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_vprintf (format, args);
#pragma GCC diagnostic pop
  va_end (args);

  g_set_error_literal (error, HEARTH_ERROR, code, message);
  return FALSE;
}

static gboolean
refuse_damaged (GError **error,
                GFile   *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return refuse (error, HEARTH_ERROR_INVALID,
                 _("“%s” is damaged: it is not laid out as a Hearth feedback file should be. "
                   "Ask for a new form to be sent."), name);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_int (JsonObject *object,
         const char *name,
         gint64     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_bool (JsonObject *object,
          const char *name,
          gboolean   *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;
  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
is_hex (const char *text,
        gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static const Behaviour *
find_behaviour (HearthFeedbackFile *self,
                gint64              id)
{
  for (guint i = 0; i < self->behaviours->len; i++)
    if (g_array_index (self->behaviours, Behaviour, i).id == id)
      return &g_array_index (self->behaviours, Behaviour, i);
  return NULL;
}

/* The fixed part: who sent it, about whom, to whom, and the questions. */
static gboolean
read_fixed (HearthFeedbackFile *self,
            JsonObject         *root)
{
  JsonObject *cycle = get_object (root, "cycle");
  JsonObject *rater = get_object (root, "rater");
  JsonObject *framework = get_object (root, "framework");
  JsonArray *scale = get_array (framework, "scale");
  JsonArray *behaviours = get_array (framework, "behaviours");
  const char *text;

  self->fixed = json_object_new ();
  for (guint i = 0; i < G_N_ELEMENTS (fixed_members); i++)
    {
      JsonNode *node = json_object_get_member (root, fixed_members[i]);

      if (node == NULL)
        return FALSE;
      json_object_set_member (self->fixed, fixed_members[i], json_node_copy (node));
    }

  self->database_id = g_strdup (get_string (root, "database"));
  self->token = g_strdup (get_string (root, "token"));
  self->signature = g_strdup (get_string (root, "signature"));
  if (!is_hex (self->database_id, 32) || !is_hex (self->token, 32) ||
      !is_hex (self->signature, 64))
    return FALSE;

  self->cycle_title = g_strdup (get_string (cycle, "title"));
  self->person = g_strdup (get_string (cycle, "person"));
  self->closes_on = g_strdup (get_string (cycle, "closes_on"));
  if (!get_int (cycle, "id", &self->cycle_id) ||
      !get_bool (cycle, "development_only", &self->development_only) ||
      self->cycle_title == NULL || self->person == NULL || self->closes_on == NULL)
    return FALSE;

  text = get_string (rater, "relationship");
  self->rater_name = g_strdup (get_string (rater, "name"));
  if (text == NULL || !hearth_relationship_from_string (text, &self->relationship) ||
      self->rater_name == NULL || !get_bool (rater, "alone", &self->alone))
    return FALSE;

  self->framework_name = g_strdup (get_string (framework, "name"));
  if (self->framework_name == NULL || scale == NULL || behaviours == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (scale); i++)
    {
      JsonNode *node = json_array_get_element (scale, i);
      JsonObject *point = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *label = get_string (point, "label");
      gint64 value = 0;

      if (!get_int (point, "value", &value) || value != i + 1 || label == NULL)
        return FALSE;
      g_ptr_array_add (self->scale, g_strdup (label));
    }
  if (self->development_only ? self->scale->len != 0 : self->scale->len < 2)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (behaviours); i++)
    {
      JsonNode *node = json_array_get_element (behaviours, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonArray *descriptors = get_array (object, "descriptors");
      g_autoptr(GString) lines = g_string_new (NULL);
      Behaviour behaviour = { 0, };

      if (!get_int (object, "id", &behaviour.id) || behaviour.id <= 0 ||
          find_behaviour (self, behaviour.id) != NULL ||
          get_string (object, "name") == NULL || get_string (object, "meaning") == NULL ||
          descriptors == NULL)
        return FALSE;

      for (guint d = 0; d < json_array_get_length (descriptors); d++)
        {
          JsonNode *line = json_array_get_element (descriptors, d);

          if (!JSON_NODE_HOLDS_VALUE (line) || json_node_get_value_type (line) != G_TYPE_STRING)
            return FALSE;
          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          g_string_append (lines, json_node_get_string (line));
        }

      behaviour.name = g_strdup (get_string (object, "name"));
      behaviour.meaning = g_strdup (get_string (object, "meaning"));
      behaviour.descriptors = g_string_free (g_steal_pointer (&lines), FALSE);
      g_array_append_val (self->behaviours, behaviour);
    }

  return TRUE;
}

/* Whether @answers are ones this form can hold; @error says what is wrong. */
static gboolean
check_answers (HearthFeedbackFile          *self,
               const HearthFeedbackAnswers *answers,
               GError                     **error)
{
  const char *texts[2] = {
    hearth_feedback_answers_get_keep_doing (answers),
    hearth_feedback_answers_get_try (answers),
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!g_utf8_validate (texts[i], -1, NULL) ||
        g_utf8_strlen (texts[i], -1) > HEARTH_FEEDBACK_TEXT_MAX)
      return refuse (error, HEARTH_ERROR_INVALID,
                     _("What to keep doing and what to try may each have up to %d characters"),
                     HEARTH_FEEDBACK_TEXT_MAX);

  for (guint i = 0; i < hearth_feedback_answers_get_n_behaviours (answers); i++)
    {
      gint64 id = hearth_feedback_answers_get_behaviour_id (answers, i);
      int rating = hearth_feedback_answers_get_rating (answers, id);
      const char *example = hearth_feedback_answers_get_example (answers, id);

      if (find_behaviour (self, id) == NULL)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("An answer is about a behaviour this form does not ask about"));
      if (rating != 0 && self->development_only)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("This cycle asks for words only: there are no ratings to give"));
      if (rating < 0 || (guint) rating > self->scale->len)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("A rating must be a point on the scale, from 1 to %u"), self->scale->len);
      if (!g_utf8_validate (example, -1, NULL) ||
          g_utf8_strlen (example, -1) > HEARTH_FEEDBACK_TEXT_MAX)
        return refuse (error, HEARTH_ERROR_INVALID,
                       _("An example may have up to %d characters"), HEARTH_FEEDBACK_TEXT_MAX);
    }

  return TRUE;
}

static gboolean
read_answers (HearthFeedbackFile *self,
              JsonObject         *root)
{
  JsonObject *answers = get_object (root, "answers");
  JsonArray *ratings = get_array (answers, "ratings");
  const char *keep_doing = get_string (answers, "keep_doing");
  const char *try_doing = get_string (answers, "try");

  if (ratings == NULL || keep_doing == NULL || try_doing == NULL ||
      !get_bool (root, "submitted", &self->submitted))
    return FALSE;

  hearth_feedback_answers_set_keep_doing (self->answers, keep_doing);
  hearth_feedback_answers_set_try (self->answers, try_doing);

  for (guint i = 0; i < json_array_get_length (ratings); i++)
    {
      JsonNode *node = json_array_get_element (ratings, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *rating = object != NULL ? json_object_get_member (object, "rating") : NULL;
      const char *example = get_string (object, "example");
      gboolean not_seen = FALSE;
      gint64 id = 0, value = 0;

      if (!get_int (object, "behaviour", &id) || !get_bool (object, "not_seen", &not_seen) ||
          example == NULL || rating == NULL ||
          (!JSON_NODE_HOLDS_NULL (rating) && !get_int (object, "rating", &value)) ||
          value < 0 || value > G_MAXINT || (value != 0 && not_seen))
        return FALSE;

      if (not_seen)
        hearth_feedback_answers_set_not_seen (self->answers, id, TRUE);
      else
        hearth_feedback_answers_set_rating (self->answers, id, (int) value);
      hearth_feedback_answers_set_example (self->answers, id, example);
    }

  return check_answers (self, self->answers, NULL);
}

HearthFeedbackFile *
hearth_feedback_file_load (GFile   *file,
                           GError **error)
{
  g_autoptr(HearthFeedbackFile) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *checksum = NULL;
  JsonNode *node;
  JsonObject *root;
  const char *format;
  const char *stored;
  gint64 version = 0;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      refuse (error, HEARTH_ERROR_INVALID, _("“%s” cannot be read: %s"), name,
              local_error->message);
      return NULL;
    }

  if (!g_utf8_validate_len (contents, length, NULL))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("“%s” is not a Hearth feedback file: it is not text (UTF-8). It may be another "
                "kind of file, or damaged."), name);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (length == 0 || !json_parser_load_from_data (parser, contents, length, NULL))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("“%s” is incomplete or damaged: it is cut short or not a Hearth feedback file. "
                "Ask for it to be sent again."), name);
      return NULL;
    }

  node = json_parser_get_root (parser);
  root = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  format = get_string (root, "format");
  if (format == NULL || !g_str_equal (format, FORMAT_NAME))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("“%s” is not a Hearth feedback file."), name);
      return NULL;
    }

  if (!get_int (root, "version", &version) || version < 1)
    {
      refuse_damaged (error, file);
      return NULL;
    }
  if (version > HEARTH_FEEDBACK_FILE_VERSION)
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("“%s” was made by a newer version of Hearth. Update Hearth to open it."), name);
      return NULL;
    }

  stored = get_string (root, "checksum");
  checksum = compute_checksum (root);
  if (stored == NULL || !g_str_equal (stored, checksum))
    {
      refuse (error, HEARTH_ERROR_INVALID,
              _("“%s” was damaged or changed outside Hearth: its contents do not match its "
                "checksum. Ask for it to be sent again."), name);
      return NULL;
    }

  self = g_object_new (HEARTH_TYPE_FEEDBACK_FILE, NULL);
  self->file = g_object_ref (file);
  if (!read_fixed (self, root) || !read_answers (self, root))
    {
      refuse_damaged (error, file);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* --- Getters -------------------------------------------------------------------- */

GFile *
hearth_feedback_file_get_file (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->file;
}

const char *
hearth_feedback_file_get_cycle_title (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->cycle_title;
}

const char *
hearth_feedback_file_get_person (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->person;
}

const char *
hearth_feedback_file_get_closes_on (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->closes_on;
}

gboolean
hearth_feedback_file_get_development_only (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), FALSE);
  return self->development_only;
}

HearthRelationship
hearth_feedback_file_get_relationship (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), HEARTH_RELATIONSHIP_PEER);
  return self->relationship;
}

const char *
hearth_feedback_file_get_rater_name (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->rater_name;
}

const char *
hearth_feedback_file_get_framework_name (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return self->framework_name;
}

guint
hearth_feedback_file_get_scale_size (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), 0);
  return self->scale->len;
}

const char *
hearth_feedback_file_get_scale_label (HearthFeedbackFile *self,
                                      guint               value)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  g_return_val_if_fail (value >= 1 && value <= self->scale->len, NULL);
  return g_ptr_array_index (self->scale, value - 1);
}

guint
hearth_feedback_file_get_n_behaviours (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), 0);
  return self->behaviours->len;
}

static const Behaviour *
get_behaviour (HearthFeedbackFile *self,
               guint               index)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  g_return_val_if_fail (index < self->behaviours->len, NULL);
  return &g_array_index (self->behaviours, Behaviour, index);
}

gint64
hearth_feedback_file_get_behaviour_id (HearthFeedbackFile *self,
                                       guint               index)
{
  const Behaviour *behaviour = get_behaviour (self, index);

  return behaviour != NULL ? behaviour->id : 0;
}

const char *
hearth_feedback_file_get_behaviour_name (HearthFeedbackFile *self,
                                         guint               index)
{
  const Behaviour *behaviour = get_behaviour (self, index);

  return behaviour != NULL ? behaviour->name : NULL;
}

const char *
hearth_feedback_file_get_behaviour_meaning (HearthFeedbackFile *self,
                                            guint               index)
{
  const Behaviour *behaviour = get_behaviour (self, index);

  return behaviour != NULL ? behaviour->meaning : NULL;
}

const char *
hearth_feedback_file_get_behaviour_descriptors (HearthFeedbackFile *self,
                                                guint               index)
{
  const Behaviour *behaviour = get_behaviour (self, index);

  return behaviour != NULL ? behaviour->descriptors : NULL;
}

gboolean
hearth_feedback_file_get_alone (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), FALSE);
  return self->alone;
}

HearthFeedbackAnswers *
hearth_feedback_file_dup_answers (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), NULL);
  return hearth_feedback_answers_copy (self->answers);
}

void
hearth_feedback_file_set_answers (HearthFeedbackFile          *self,
                                  const HearthFeedbackAnswers *answers)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_FILE (self));
  g_return_if_fail (answers != NULL);
  g_return_if_fail (!self->submitted);

  hearth_feedback_answers_free (self->answers);
  self->answers = hearth_feedback_answers_copy (answers);
}

gboolean
hearth_feedback_file_get_submitted (HearthFeedbackFile *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), FALSE);
  return self->submitted;
}

/* --- Writing -------------------------------------------------------------------- */

static JsonNode *
answers_to_node (const HearthFeedbackAnswers *answers)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ratings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < hearth_feedback_answers_get_n_behaviours (answers); i++)
    {
      gint64 id = hearth_feedback_answers_get_behaviour_id (answers, i);
      int rating = hearth_feedback_answers_get_rating (answers, id);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "behaviour");
      json_builder_add_int_value (builder, id);
      json_builder_set_member_name (builder, "rating");
      if (rating > 0)
        json_builder_add_int_value (builder, rating);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "not_seen");
      json_builder_add_boolean_value (builder, hearth_feedback_answers_get_not_seen (answers, id));
      json_builder_set_member_name (builder, "example");
      json_builder_add_string_value (builder, hearth_feedback_answers_get_example (answers, id));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "keep_doing");
  json_builder_add_string_value (builder, hearth_feedback_answers_get_keep_doing (answers));
  json_builder_set_member_name (builder, "try");
  json_builder_add_string_value (builder, hearth_feedback_answers_get_try (answers));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* The whole file: the fixed part, the signature, the answers, whether
 * submitted, and the checksum over all of it. */
static char *
serialise (JsonObject                  *fixed,
           const char                  *signature,
           const HearthFeedbackAnswers *answers,
           gboolean                     submitted,
           gsize                       *length)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *checksum = NULL;

  json_object_set_string_member (root, "format", FORMAT_NAME);
  json_object_set_int_member (root, "version", HEARTH_FEEDBACK_FILE_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (fixed_members); i++)
    json_object_set_member (root, fixed_members[i],
                            json_node_copy (json_object_get_member (fixed, fixed_members[i])));
  json_object_set_string_member (root, "signature", signature);
  json_object_set_member (root, "answers", answers_to_node (answers));
  json_object_set_boolean_member (root, "submitted", submitted);
  checksum = compute_checksum (root);
  json_object_set_string_member (root, "checksum", checksum);

  json_node_set_object (node, root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

static gboolean
save_as (HearthFeedbackFile  *self,
         gboolean             submitted,
         GError             **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!check_answers (self, self->answers, error))
    return FALSE;

  data = serialise (self->fixed, self->signature, self->answers, submitted, &length);
  return hearth_export_file_save (self->file, data, length, NULL, error);
}

gboolean
hearth_feedback_file_save (HearthFeedbackFile  *self,
                           GError             **error)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_as (self, self->submitted, error);
}

gboolean
hearth_feedback_file_submit (HearthFeedbackFile  *self,
                             GError             **error)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_FILE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->submitted)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("These answers were sent already; they can no longer be changed"));

  if (!save_as (self, TRUE, error))
    return FALSE;

  self->submitted = TRUE;
  return TRUE;
}

/* --- In the team's database ---------------------------------------------------- */

/* The framework as a response file asks it: its name, scale and behaviours. */
static JsonNode *
framework_to_node (HearthStore              *store,
                   const HearthFeedbackForm *facts,
                   GError                  **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(HearthQueryModel) behaviours = NULL;
  g_auto(GStrv) scale = NULL;

  if (!facts->development_only)
    {
      scale = hearth_framework_dup_scale (store, facts->framework_id, error);
      if (scale == NULL)
        return NULL;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, facts->framework_name);
  json_builder_set_member_name (builder, "scale");
  json_builder_begin_array (builder);
  for (guint i = 0; scale != NULL && scale[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, scale[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "behaviours");
  json_builder_begin_array (builder);
  behaviours = hearth_behaviour_list_new (store, facts->framework_id);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (behaviours)); i++)
    {
      g_autoptr(HearthBehaviour) behaviour = g_list_model_get_item (G_LIST_MODEL (behaviours), i);
      g_auto(GStrv) lines = NULL;

      if (behaviour == NULL)
        continue;
      lines = g_strsplit (hearth_behaviour_get_descriptors (behaviour), "\n", -1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, hearth_behaviour_get_id (behaviour));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, hearth_behaviour_get_name (behaviour));
      json_builder_set_member_name (builder, "meaning");
      json_builder_add_string_value (builder, hearth_behaviour_get_meaning (behaviour));
      json_builder_set_member_name (builder, "descriptors");
      json_builder_begin_array (builder);
      for (guint l = 0; lines[l] != NULL; l++)
        if (*g_strstrip (lines[l]) != '\0')
          json_builder_add_string_value (builder, lines[l]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

typedef struct
{
  HearthStore *store;
  GFile    *file;
  gboolean  written;
} ExportTarget;

static gboolean
write_form (const HearthFeedbackForm  *form,
            const char                *token,
            gpointer                   user_data,
            GError                   **error)
{
  ExportTarget *target = user_data;
  g_autoptr(HearthFeedbackAnswers) answers = hearth_feedback_answers_new ();
  g_autoptr(JsonObject) fixed = json_object_new ();
  g_autoptr(JsonObject) cycle = json_object_new ();
  g_autoptr(JsonObject) rater = json_object_new ();
  g_autofree char *database_id = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *data = NULL;
  JsonNode *framework;
  gsize length = 0;

  database_id = hearth_feedback_dup_database_id (target->store, error);
  if (database_id == NULL)
    return FALSE;
  secret = hearth_feedback_dup_cycle_secret (target->store, form->cycle_id, error);
  if (secret == NULL)
    return FALSE;
  framework = framework_to_node (target->store, form, error);
  if (framework == NULL)
    return FALSE;

  json_object_set_int_member (cycle, "id", form->cycle_id);
  json_object_set_string_member (cycle, "title", form->title);
  json_object_set_string_member (cycle, "person", form->person);
  json_object_set_string_member (cycle, "closes_on", form->closes_on);
  json_object_set_boolean_member (cycle, "development_only", form->development_only);
  json_object_set_string_member (rater, "relationship",
                                 hearth_relationship_to_string (form->relationship));
  json_object_set_string_member (rater, "name", form->rater_name);
  json_object_set_boolean_member (rater, "alone", form->alone);

  json_object_set_string_member (fixed, "database", database_id);
  json_object_set_object_member (fixed, "cycle", json_object_ref (cycle));
  json_object_set_object_member (fixed, "rater", json_object_ref (rater));
  json_object_set_string_member (fixed, "token", token);
  json_object_set_member (fixed, "framework", framework);

  signature = compute_signature (fixed, secret);
  data = serialise (fixed, signature, answers, FALSE, &length);

  target->written = hearth_export_file_save (target->file, data, length, NULL, error);
  return target->written;
}

gboolean
hearth_feedback_file_export (HearthStore  *store,
                             gint64        rater_id,
                             GFile        *file,
                             GError      **error)
{
  ExportTarget target = { store, file, FALSE };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hearth_feedback_form_issue (store, rater_id, write_form, &target, error))
    return TRUE;

  /* A file whose token the database does not hold could never be read
   * back: do not leave it to be sent. */
  if (target.written)
    g_file_delete (file, NULL, NULL);
  return FALSE;
}

/* Whether the questions the file asks are still the cycle's. */
static gboolean
same_questions (HearthStore         *store,
                HearthFeedbackFile  *self,
                HearthFeedbackForm  *facts,
                gboolean            *same,
                GError             **error)
{
  g_autoptr(JsonNode) framework = framework_to_node (store, facts, error);
  g_autoptr(GString) now = g_string_new (NULL);
  g_autoptr(GString) then = g_string_new (NULL);
  JsonObject *object;

  if (framework == NULL)
    return FALSE;

  /* The framework's name may have been reworded since: that asks nothing
   * different. */
  object = json_node_get_object (framework);
  json_object_set_string_member (object, "name", self->framework_name);

  canonical_append (now, framework);
  canonical_append (then, json_object_get_member (self->fixed, "framework"));
  *same = g_str_equal (now->str, then->str) &&
          facts->development_only == self->development_only;
  return TRUE;
}

gboolean
hearth_feedback_file_import (HearthStore  *store,
                             GFile        *file,
                             GError      **error)
{
  g_autoptr(HearthFeedbackFile) self = NULL;
  g_auto(HearthFeedbackForm) facts = { 0, };
  g_autofree char *database_id = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean found = FALSE;
  gboolean same = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self = hearth_feedback_file_load (file, error);
  if (self == NULL)
    return FALSE;
  name = g_file_get_basename (file);

  database_id = hearth_feedback_dup_database_id (store, error);
  if (database_id == NULL)
    return FALSE;
  if (!g_str_equal (database_id, self->database_id))
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("“%s” was sent from another Hearth database, not this one. Read it in "
                     "where it was sent from."), name);

  if (!hearth_feedback_form_read_for_cycle (store, self->cycle_id, &found, &facts, error))
    return FALSE;
  if (!found)
    return refuse (error, HEARTH_ERROR_NOT_FOUND,
                   _("“%s” is for a feedback cycle that is no longer in this database; it may "
                     "have been removed."), name);

  secret = hearth_feedback_dup_cycle_secret (store, self->cycle_id, error);
  if (secret == NULL)
    return FALSE;
  signature = compute_signature (self->fixed, secret);
  if (!g_str_equal (signature, self->signature))
    return refuse (error, HEARTH_ERROR_INVALID,
                   _("“%s” was changed outside Hearth: who it is for, or its questions, are not "
                     "as they were sent. It cannot be read in."), name);

  if (!same_questions (store, self, &facts, &same, error))
    return FALSE;
  if (!same)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("The questions of “%s” have changed since “%s” was sent. Send the rater a "
                     "new form."), facts.title, name);

  if (!self->submitted)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("“%s” has not been sent by the rater yet: its answers may not be finished. "
                     "Ask them to choose Submit, then send it back."), name);

  if (!facts.open)
    return refuse (error, HEARTH_ERROR_CONFLICT,
                   _("“%s” came back too late: “%s” has closed. Reopen the cycle to read it in."),
                   name, facts.title);

  if (!hearth_feedback_submit_with_token (store, self->cycle_id, self->token, self->answers,
                                          &local_error))
    {
      if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        return refuse (error, HEARTH_ERROR_NOT_FOUND,
                       _("“%s” is not the rater’s latest form: a newer one was sent since. Read "
                         "in the newer one."), name);
      if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT))
        return refuse (error, HEARTH_ERROR_CONFLICT,
                       _("The answers in “%s” are in already: the file was read in before, or "
                         "the rater answered in Hearth."), name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* --- The blank form ------------------------------------------------------------- */

#define TICK_ROW_HEIGHT 58.0
#define WRITING_LINE    22.0

/* The boxes to tick, one a point of the scale and the last for “not seen
 * enough to say”; @user_data holds their labels. */
static void
draw_tick_boxes (cairo_t      *cr,
                 PangoContext *context,
                 double        width,
                 double        height,
                 gpointer      user_data)
{
  const char * const *labels = user_data;
  guint n = g_strv_length ((char **) labels);
  double column = width / n;
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));

  pango_font_description_set_size (font, 8.5 * PANGO_SCALE);
  cairo_set_line_width (cr, 0.8);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      g_autofree char *text = i + 1 < n ? g_strdup_printf ("%u\n%s", i + 1, labels[i])
                                        : g_strdup (labels[i]);
      double x = column * i + column / 2;

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, x - 6, 2, 12, 12);
      cairo_stroke (cr);

      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_width (layout, (int) ((column - 6) * PANGO_SCALE));
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, (int) ((height - 20) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, column * i + 3, 20);
      pango_cairo_show_layout (cr, layout);
    }

  pango_font_description_free (font);
}

/* A box to write in by hand, ruled. */
static void
draw_writing_box (cairo_t      *cr,
                  PangoContext *context,
                  double        width,
                  double        height,
                  gpointer      user_data)
{
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  for (double y = WRITING_LINE; y < height - 4; y += WRITING_LINE)
    {
      cairo_move_to (cr, 6, y);
      cairo_line_to (cr, width - 6, y);
    }
  cairo_stroke (cr);

  cairo_set_line_width (cr, 0.8);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_stroke (cr);
}

HearthPdfWriter *
hearth_feedback_blank_form_new_pdf (HearthStore  *store,
                                    gint64        rater_id,
                                    GError      **error)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autoptr(HearthQueryModel) behaviours = NULL;
  g_auto(HearthFeedbackForm) facts = { 0, };
  g_auto(GStrv) scale = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hearth_feedback_form_read_for_rater (store, rater_id, &facts, error))
    return NULL;

  if (!facts.development_only)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) points = hearth_framework_dup_scale (store, facts.framework_id, error);

      if (points == NULL)
        return NULL;
      g_strv_builder_addv (builder, (const char **) points);
      g_strv_builder_add (builder, _("Not seen enough to say"));
      scale = g_strv_builder_end (builder);
    }

  pdf = hearth_pdf_writer_new (facts.title);
  hearth_pdf_writer_add_title (pdf, facts.title);

  /* Translators: a date as in “22 November 2026”; see g_date_time_format(). */
  closes = hearth_date_format (facts.closes_on, _("%-d %B %Y"));
  /* Translators: the rater's name, their relationship (“Partner”) and a date. */
  caption = g_strdup_printf (_("For %s (%s). Please hand it back by %s."), facts.rater_name,
                             hearth_relationship_get_label (facts.relationship),
                             closes != NULL ? closes : facts.closes_on);
  hearth_pdf_writer_add_caption (pdf, caption);

  if (facts.development_only)
    /* Translators: the person the feedback is about, then the framework. */
    intro = g_strdup_printf (_("Feedback for %s on %s. For each behaviour, write what you have "
                               "seen them do, with an example if you can; then what they should "
                               "keep doing, and what they could try. Your answers are kept "
                               "without your name."), facts.person, facts.framework_name);
  else
    /* Translators: the person the feedback is about, then the framework. */
    intro = g_strdup_printf (_("Feedback for %s on %s. For each behaviour, tick the one box "
                               "that fits best, or “Not seen enough to say”, and add an example "
                               "if you can; then write what they should keep doing, and what "
                               "they could try. Your answers are kept without your name."),
                             facts.person, facts.framework_name);
  hearth_pdf_writer_add_paragraph (pdf, intro);
  if (facts.alone)
    hearth_pdf_writer_add_strong (pdf, _("You are the only one in your group asked so far, so "
                                         "the person may be able to tell which answers are "
                                         "yours."));

  behaviours = hearth_behaviour_list_new (store, facts.framework_id);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (behaviours)); i++)
    {
      g_autoptr(HearthBehaviour) behaviour = g_list_model_get_item (G_LIST_MODEL (behaviours), i);
      g_auto(GStrv) lines = NULL;
      const char *meaning;

      if (behaviour == NULL)
        continue;

      hearth_pdf_writer_add_heading (pdf, hearth_behaviour_get_name (behaviour));
      meaning = hearth_behaviour_get_meaning (behaviour);
      if (*meaning != '\0')
        hearth_pdf_writer_add_paragraph (pdf, meaning);
      lines = g_strsplit (hearth_behaviour_get_descriptors (behaviour), "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        if (*g_strstrip (lines[l]) != '\0')
          hearth_pdf_writer_add_bullet (pdf, lines[l]);

      if (scale != NULL)
        hearth_pdf_writer_add_drawing (pdf, TICK_ROW_HEIGHT, draw_tick_boxes,
                                       g_strdupv (scale), (GDestroyNotify) g_strfreev);
      hearth_pdf_writer_add_caption (pdf, facts.development_only
                                          ? _("What you have seen, with an example")
                                          : _("An example (optional)"));
      hearth_pdf_writer_add_drawing (pdf, facts.development_only ? 5 * WRITING_LINE
                                                                 : 3 * WRITING_LINE,
                                     draw_writing_box, NULL, NULL);
    }

  hearth_pdf_writer_add_heading (pdf, _("Keep doing"));
  hearth_pdf_writer_add_caption (pdf, _("What should they keep doing?"));
  hearth_pdf_writer_add_drawing (pdf, 7 * WRITING_LINE, draw_writing_box, NULL, NULL);
  hearth_pdf_writer_add_heading (pdf, _("Try"));
  hearth_pdf_writer_add_caption (pdf, _("What could they try?"));
  hearth_pdf_writer_add_drawing (pdf, 7 * WRITING_LINE, draw_writing_box, NULL, NULL);

  return g_steal_pointer (&pdf);
}
