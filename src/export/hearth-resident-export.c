/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A resident's subject access export, as JSON and as a PDF, both made
 * from the one tree the model reads (hearth_resident_record_read ()).
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "hearth-export-file.h"
#include "hearth-money.h"
#include "hearth-resident-export.h"
#include "hearth-resident-record.h"
#include "hearth-timeline-entry.h"

/* --- The PDF ----------------------------------------------------------------- */

static const char *
member_text (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return "";

  return json_node_get_string (node);
}

static gint64
member_int (JsonObject *object,
            const char *name,
            gint64      missing)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return missing;

  return json_node_get_int (node);
}

/* A time of the tree ("_at", ISO 8601 in UTC) as people read it, in local
 * time; "" when there is none. */
static char *
dup_time (JsonObject *object,
          const char *name)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  const char *text = member_text (object, name);

  if (*text == '\0')
    return g_strdup ("");

  utc = g_date_time_new_from_iso8601 (text, NULL);
  if (utc == NULL)
    return g_strdup (text);

  local = g_date_time_to_local (utc);
  /* Translators: a date and time, as in "19 November 2026, 15:00"; see
   * g_date_time_format(). */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static void
add_detail (HearthPdfWriter *writer,
            const char      *label,
            const char      *value)
{
  if (value != NULL && *value != '\0')
    hearth_pdf_writer_add_detail (writer, label, value);
}

static void
add_time_detail (HearthPdfWriter *writer,
                 const char      *label,
                 JsonObject      *object,
                 const char      *name)
{
  g_autofree char *text = dup_time (object, name);

  add_detail (writer, label, text);
}

static void
add_money_detail (HearthPdfWriter *writer,
                  const char      *label,
                  JsonObject      *object)
{
  gint64 pence = member_int (object, "amount_pence", -1);
  g_autofree char *money = pence >= 0 ? hearth_money_format (pence) : NULL;

  add_detail (writer, label, money);
}

static void
add_text_or_missing (HearthPdfWriter *writer,
                     const char      *text)
{
  if (*text != '\0')
    hearth_pdf_writer_add_paragraph (writer, text);
  else
    hearth_pdf_writer_add_caption (writer, _("Not written yet"));
}

static void
write_record (HearthPdfWriter *writer,
              JsonObject      *root)
{
  JsonObject *resident = json_object_get_object_member (root, "resident");
  JsonObject *profile = json_object_get_object_member (root, "profile");
  JsonArray *needs = json_object_get_array_member (resident, "access_needs");
  g_autoptr(GString) need_list = g_string_new ("");
  g_autofree char *updated_at = dup_time (profile, "profile_updated_at");
  g_autofree char *exported = dup_time (root, "exported_at");
  g_autofree char *title = g_strdup_printf (_("Everything Hearth holds about %s"),
                                            member_text (resident, "name"));
  g_autofree char *caption = g_strdup_printf (_("Written on %s for a subject access request"),
                                              exported);

  hearth_pdf_writer_add_title (writer, title);
  hearth_pdf_writer_add_caption (writer, caption);

  hearth_pdf_writer_add_heading (writer, _("Their record"));
  add_detail (writer, _("Name"), member_text (resident, "name"));
  add_detail (writer, _("Known as"), member_text (resident, "preferred_name"));
  add_detail (writer, _("Pronouns"), member_text (resident, "pronouns"));
  add_detail (writer, _("Household"), member_text (resident, "household"));
  add_detail (writer, _("Tenancy reference"), member_text (resident, "tenancy_ref"));
  add_detail (writer, _("Area"), member_text (resident, "area"));
  add_detail (writer, _("Address"), member_text (resident, "address"));
  add_detail (writer, _("Phone"), member_text (resident, "phone"));
  add_detail (writer, _("Email"), member_text (resident, "email"));
  add_detail (writer, _("How they like to be contacted"),
              member_text (resident, "contact_preference"));
  for (guint i = 0; i < json_array_get_length (needs); i++)
    {
      if (i > 0)
        g_string_append (need_list, ", ");
      g_string_append (need_list, json_array_get_string_element (needs, i));
    }
  add_detail (writer, _("Access needs"), need_list->str);
  add_time_detail (writer, _("Record made"), resident, "created_at");
  add_time_detail (writer, _("Last changed"), resident, "updated_at");

  hearth_pdf_writer_add_heading (writer, _("Their profile, in their own words"));
  hearth_pdf_writer_add_subheading (writer, _("What matters to me"));
  add_text_or_missing (writer, member_text (profile, "what_matters"));
  hearth_pdf_writer_add_subheading (writer, _("My strengths and gifts"));
  add_text_or_missing (writer, member_text (profile, "strengths"));
  hearth_pdf_writer_add_subheading (writer, _("What a good life looks like to me"));
  add_text_or_missing (writer, member_text (profile, "good_life"));
  hearth_pdf_writer_add_subheading (writer, _("What we can do together"));
  add_text_or_missing (writer, member_text (profile, "together"));
  if (*updated_at != '\0')
    {
      g_autofree char *last = g_strdup_printf (_("Last written on %s by %s"), updated_at,
                                               *member_text (profile, "profile_updated_by") != '\0'
                                               ? member_text (profile, "profile_updated_by")
                                               : _("someone no longer on the team list"));

      hearth_pdf_writer_add_caption (writer, last);
    }
}

static void
write_cases (HearthPdfWriter *writer,
             JsonObject      *root)
{
  JsonArray *cases = json_object_get_array_member (root, "cases");

  hearth_pdf_writer_add_heading (writer, _("Their cases"));
  if (json_array_get_length (cases) == 0)
    hearth_pdf_writer_add_caption (writer, _("None"));

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *item = json_array_get_object_element (cases, i);
      JsonArray *workers = json_object_get_array_member (item, "workers");
      g_autoptr(GString) names = g_string_new ("");

      for (guint j = 0; j < json_array_get_length (workers); j++)
        {
          if (j > 0)
            g_string_append (names, ", ");
          g_string_append (names, json_array_get_string_element (workers, j));
        }

      hearth_pdf_writer_add_subheading (writer, member_text (item, "title"));
      add_detail (writer, _("Status"), g_strcmp0 (member_text (item, "status"), "closed") == 0
                                       ? _("Closed") : _("Open"));
      add_detail (writer, _("Lead worker"), member_text (item, "lead"));
      add_detail (writer, _("Workers"), names->str);
      add_time_detail (writer, _("Opened"), item, "opened_at");
      add_time_detail (writer, _("Closed"), item, "closed_at");
      add_detail (writer, _("Outcome"), member_text (item, "outcome"));
      add_detail (writer, _("Closing note"), member_text (item, "closing_note"));
      if (member_int (item, "shared_with_other_residents", 0) != 0)
        hearth_pdf_writer_add_caption (writer,
                                       _("Shared with another resident: what was written about "
                                         "them alone is not part of this record"));
    }
}

static const char *
case_title (JsonObject *root,
            gint64      case_id)
{
  JsonArray *cases = json_object_get_array_member (root, "cases");

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *item = json_array_get_object_element (cases, i);

      if (member_int (item, "id", 0) == case_id)
        return member_text (item, "title");
    }

  return "";
}

static void
write_entries (HearthPdfWriter *writer,
               JsonObject      *root)
{
  JsonArray *entries = json_object_get_array_member (root, "entries");
  JsonArray *items = json_object_get_array_member (root, "agreements");

  hearth_pdf_writer_add_heading (writer, _("What was written about them"));
  if (json_array_get_length (entries) == 0)
    hearth_pdf_writer_add_caption (writer, _("None"));

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      JsonArray *versions = json_object_get_array_member (entry, "earlier_versions");
      gint64 entry_id = member_int (entry, "id", 0);
      g_autofree char *when = dup_time (entry, "occurred_at");
      g_autofree char *heading = g_strdup_printf ("%s — %s", when, member_text (entry, "summary"));
      g_autofree char *deleted = dup_time (entry, "deleted_at");

      hearth_pdf_writer_add_subheading (writer, heading);
      add_detail (writer, _("Kind"), hearth_timeline_entry_kind_label (member_text (entry, "kind")));
      add_detail (writer, _("Case"), case_title (root, member_int (entry, "case_id", 0)));
      add_detail (writer, _("Written by"), member_text (entry, "author"));
      add_money_detail (writer, _("Amount"), entry);
      add_detail (writer, _("Spent on"), member_text (entry, "spend_for"));
      add_detail (writer, _("Brought by"), member_text (entry, "expert_name"));
      add_detail (writer, _("From"), member_text (entry, "expert_from"));
      if (*member_text (entry, "body") != '\0')
        hearth_pdf_writer_add_paragraph (writer, member_text (entry, "body"));

      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          JsonObject *item = json_array_get_object_element (items, j);

          if (member_int (item, "entry_id", 0) == entry_id)
            hearth_pdf_writer_add_bullet (writer, member_text (item, "text"));
        }

      for (guint j = 0; j < json_array_get_length (versions); j++)
        {
          JsonObject *version = json_array_get_object_element (versions, j);
          g_autofree char *written = dup_time (version, "written_at");
          g_autofree char *caption = g_strdup_printf (_("Before an edit, as written on %s: %s"),
                                                      written, member_text (version, "summary"));

          hearth_pdf_writer_add_caption (writer, caption);
          if (*member_text (version, "body") != '\0')
            hearth_pdf_writer_add_paragraph (writer, member_text (version, "body"));
        }

      if (*deleted != '\0')
        {
          g_autofree char *caption = g_strdup_printf (_("Deleted on %s"), deleted);

          hearth_pdf_writer_add_caption (writer, caption);
        }
    }
}

static void
write_money (HearthPdfWriter *writer,
             JsonObject      *root)
{
  JsonArray *spends = json_object_get_array_member (root, "spends");
  JsonArray *outcomes = json_object_get_array_member (root, "money_outcomes");

  hearth_pdf_writer_add_heading (writer, _("Money"));
  if (json_array_get_length (spends) + json_array_get_length (outcomes) == 0)
    hearth_pdf_writer_add_caption (writer, _("None"));

  for (guint i = 0; i < json_array_get_length (spends); i++)
    {
      JsonObject *spend = json_array_get_object_element (spends, i);
      g_autofree char *money = hearth_money_format (member_int (spend, "amount_pence", 0));
      g_autofree char *when = dup_time (spend, "occurred_at");
      g_autofree char *line = g_strdup_printf (_("Spent %s on %s, %s"), money,
                                               member_text (spend, "spend_for"), when);

      hearth_pdf_writer_add_bullet (writer, line);
    }

  for (guint i = 0; i < json_array_get_length (outcomes); i++)
    {
      JsonObject *outcome = json_array_get_object_element (outcomes, i);
      g_autofree char *money = hearth_money_format (member_int (outcome, "amount_pence", 0));
      g_autofree char *when = dup_time (outcome, "occurred_at");
      g_autofree char *line = NULL;

      if (g_strcmp0 (member_text (outcome, "money_kind"), "income-gained") == 0)
        line = g_strdup_printf (_("Income gained: %s, %s"), money, when);
      else
        line = g_strdup_printf (_("Debt resolved: %s, %s"), money, when);
      hearth_pdf_writer_add_bullet (writer, line);
    }
}

gboolean
hearth_resident_export_json (HearthStore  *store,
                             gint64        resident_id,
                             GFile        *file,
                             GError      **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = hearth_resident_record_read (store, resident_id, error);
  if (root == NULL)
    return FALSE;

  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);

  return hearth_export_file_save (file, data, length, NULL, error);
}

HearthPdfWriter *
hearth_resident_export_new_pdf (HearthStore  *store,
                                gint64        resident_id,
                                GError      **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(HearthPdfWriter) writer = NULL;
  JsonObject *root;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  node = hearth_resident_record_read (store, resident_id, error);
  if (node == NULL)
    return NULL;

  root = json_node_get_object (node);
  writer = hearth_pdf_writer_new (_("Subject access record"));
  write_record (writer, root);
  write_cases (writer, root);
  write_entries (writer, root);
  write_money (writer, root);

  return g_steal_pointer (&writer);
}

gboolean
hearth_resident_export_pdf (HearthStore  *store,
                            gint64        resident_id,
                            GFile        *file,
                            GError      **error)
{
  g_autoptr(HearthPdfWriter) writer = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  writer = hearth_resident_export_new_pdf (store, resident_id, error);

  return writer != NULL && hearth_pdf_writer_save (writer, file, NULL, error);
}
