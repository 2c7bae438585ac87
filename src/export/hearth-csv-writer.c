/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <string.h>

#include "hearth-csv-writer.h"

#include "hearth-export-file.h"

struct _HearthCsvWriter
{
  GObject  parent_instance;

  GString *text;      /* every ended row, after the byte order mark */
  GString *row;       /* the row being built */
  guint    n_fields;  /* in the row being built */
  guint    n_rows;
};

G_DEFINE_FINAL_TYPE (HearthCsvWriter, hearth_csv_writer, G_TYPE_OBJECT)

#define BYTE_ORDER_MARK "\xEF\xBB\xBF"

static gboolean
is_plain_number (const char *text)
{
  char *end = NULL;

  if (*text == '\0' || g_ascii_isspace (*text))
    return FALSE;
  g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0';
}

static gboolean
needs_quotes (const char *text)
{
  gsize len = strlen (text);

  if (len == 0)
    return FALSE;
  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
    return TRUE;
  return strpbrk (text, ",\"\r\n;") != NULL;
}

static void
append_field (HearthCsvWriter *self,
              const char      *value,
              gboolean         is_number)
{
  g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);
  g_autoptr(GString) field = g_string_new (NULL);

  /* A spreadsheet runs "=HYPERLINK(…)" typed into a note as a formula. */
  if (!is_number && strchr ("=+-@\t\r", valid[0]) != NULL && valid[0] != '\0' &&
      !is_plain_number (valid))
    g_string_append_c (field, '\'');
  g_string_append (field, valid);

  if (self->n_fields > 0)
    g_string_append_c (self->row, ',');
  if (needs_quotes (field->str))
    {
      g_string_append_c (self->row, '"');
      for (const char *p = field->str; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (self->row, '"');
          g_string_append_c (self->row, *p);
        }
      g_string_append_c (self->row, '"');
    }
  else
    {
      g_string_append (self->row, field->str);
    }
  self->n_fields++;
}

static void
hearth_csv_writer_finalize (GObject *object)
{
  HearthCsvWriter *self = HEARTH_CSV_WRITER (object);

  g_string_free (self->text, TRUE);
  g_string_free (self->row, TRUE);

  G_OBJECT_CLASS (hearth_csv_writer_parent_class)->finalize (object);
}

static void
hearth_csv_writer_class_init (HearthCsvWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_csv_writer_finalize;
}

static void
hearth_csv_writer_init (HearthCsvWriter *self)
{
  self->text = g_string_new (BYTE_ORDER_MARK);
  self->row = g_string_new (NULL);
}

HearthCsvWriter *
hearth_csv_writer_new (void)
{
  return g_object_new (HEARTH_TYPE_CSV_WRITER, NULL);
}

void
hearth_csv_writer_add_field (HearthCsvWriter *self,
                             const char      *text)
{
  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  append_field (self, text, FALSE);
}

void
hearth_csv_writer_add_int (HearthCsvWriter *self,
                           gint64           value)
{
  char buf[32];

  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  append_field (self, buf, TRUE);
}

void
hearth_csv_writer_add_pence (HearthCsvWriter *self,
                             gint64           pence)
{
  char buf[48];
  guint64 magnitude;

  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  /* Integer arithmetic only: a double would turn 10 pence into 0.1000…01. */
  magnitude = pence < 0 ? (guint64) 0 - (guint64) pence : (guint64) pence;
  g_snprintf (buf, sizeof buf, "%s%" G_GUINT64_FORMAT ".%02u", pence < 0 ? "-" : "",
              magnitude / 100, (guint) (magnitude % 100));
  append_field (self, buf, TRUE);
}

static void
add_formatted_time (HearthCsvWriter *self,
                    gint64           unix_time,
                    const char      *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (unix_time != 0 && (utc = g_date_time_new_from_unix_utc (unix_time)) != NULL)
    {
      local = g_date_time_to_local (utc);
      text = g_date_time_format (local, format);
    }
  append_field (self, text != NULL ? text : "", TRUE);
}

void
hearth_csv_writer_add_time (HearthCsvWriter *self,
                            gint64           unix_time)
{
  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  add_formatted_time (self, unix_time, "%Y-%m-%d %H:%M");
}

void
hearth_csv_writer_add_date (HearthCsvWriter *self,
                            gint64           unix_time)
{
  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  add_formatted_time (self, unix_time, "%Y-%m-%d");
}

void
hearth_csv_writer_end_row (HearthCsvWriter *self)
{
  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  g_string_append_len (self->text, self->row->str, self->row->len);
  g_string_append (self->text, "\r\n");
  g_string_truncate (self->row, 0);
  self->n_fields = 0;
  self->n_rows++;
}

void
hearth_csv_writer_add_row (HearthCsvWriter *self,
                           const char      *first,
                           ...)
{
  va_list args;

  g_return_if_fail (HEARTH_IS_CSV_WRITER (self));

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    append_field (self, field, FALSE);
  va_end (args);
  hearth_csv_writer_end_row (self);
}

guint
hearth_csv_writer_get_n_rows (HearthCsvWriter *self)
{
  g_return_val_if_fail (HEARTH_IS_CSV_WRITER (self), 0);

  return self->n_rows;
}

GBytes *
hearth_csv_writer_dup_bytes (HearthCsvWriter *self)
{
  g_return_val_if_fail (HEARTH_IS_CSV_WRITER (self), NULL);

  return g_bytes_new (self->text->str, self->text->len);
}

gboolean
hearth_csv_writer_save (HearthCsvWriter  *self,
                        GFile            *file,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_return_val_if_fail (HEARTH_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return hearth_export_file_save (file, self->text->str, self->text->len, cancellable, error);
}
