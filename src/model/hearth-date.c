/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-date.h"
#include "hearth-error.h"

/* The number written by the @n ASCII digits at @text. */
static guint
read_digits (const char *text,
             guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

/* Whether @text is "DDDD-DD-DD", ASCII digits only: no signs, no spaces and
 * nothing after, which sscanf() would all let through. */
static gboolean
has_iso_shape (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      gboolean hyphen = i == 4 || i == 7;

      if (hyphen ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  return text[10] == '\0';
}

gboolean
hearth_date_parse (const char  *text,
                   GDate       *date,
                   GError     **error)
{
  guint year, month, day;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!has_iso_shape (text))
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           _("Write the date as year, month and day in digits, like 2026-12-04"));
      return FALSE;
    }

  year = read_digits (text, 4);
  month = read_digits (text + 5, 2);
  day = read_digits (text + 8, 2);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   /* Translators: %s is a date as it was typed, such as 2026-02-30. */
                   _("There is no day %s in the calendar; check the month and the day"), text);
      return FALSE;
    }

  if (date != NULL)
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

GDateTime *
hearth_date_to_local_noon (const char *text)
{
  GDate date;

  if (!hearth_date_parse (text, &date, NULL))
    return NULL;
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
}

char *
hearth_date_format (const char *text,
                    const char *format)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (format != NULL, NULL);

  noon = hearth_date_to_local_noon (text);
  return noon != NULL ? g_date_time_format (noon, format) : NULL;
}
