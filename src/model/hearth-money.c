/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-change-util.h"
#include "hearth-money.h"

#define POUND_SIGN "\xC2\xA3"

gboolean
hearth_money_parse (const char  *text,
                    gint64      *pence,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  const char *p;
  gint64 pounds = 0;
  gint64 fraction = 0;
  guint n_digits = 0;
  guint n_decimals = 0;
  gboolean seen_point = FALSE;

  g_return_val_if_fail (pence != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return hearth_refuse (error, _("Type an amount in pounds and pence, like 12.50"));

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;
  if (*p == '\0')
    return hearth_refuse (error, _("Type an amount in pounds and pence, like 12.50"));
  if (*p == '-' || g_str_has_prefix (p, "\xE2\x88\x92") || *p == '(')
    return hearth_refuse (error, _("The amount cannot be less than nothing"));

  if (g_str_has_prefix (p, POUND_SIGN))
    p += strlen (POUND_SIGN);
  while (*p == ' ')
    p++;
  if (*p == '-')
    return hearth_refuse (error, _("The amount cannot be less than nothing"));

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          int digit = *p - '0';

          n_digits++;
          if (seen_point)
            {
              if (++n_decimals > 2)
                return hearth_refuse (error, _("Pence have two digits at most, like 12.50"));
              fraction = fraction * 10 + digit;
            }
          else
            {
              pounds = pounds * 10 + digit;
              if (pounds > HEARTH_MONEY_MAX_PENCE / 100)
                return hearth_refuse (error, _("That is more than one million pounds; check the amount"));
            }
        }
      else if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
        }
      else if (*p == ',' && !seen_point && n_digits > 0 && g_ascii_isdigit (p[1]))
        {
          /* A thousands separator, "1,250". */
        }
      else
        {
          return hearth_refuse (error, _("Type an amount in pounds and pence, like 12.50"));
        }
    }

  if (n_digits == 0)
    return hearth_refuse (error, _("Type an amount in pounds and pence, like 12.50"));
  if (n_decimals == 1)
    fraction *= 10;

  if (pounds * 100 + fraction > HEARTH_MONEY_MAX_PENCE)
    return hearth_refuse (error, _("That is more than one million pounds; check the amount"));

  *pence = pounds * 100 + fraction;
  return TRUE;
}

char *
hearth_money_format (gint64 pence)
{
  g_autoptr(GString) pounds = g_string_new (NULL);
  g_autofree char *digits = NULL;
  g_autofree char *amount = NULL;
  guint64 magnitude = pence < 0 ? (guint64) 0 - (guint64) pence : (guint64) pence;
  gsize len;

  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (pounds, ',');
      g_string_append_c (pounds, digits[i]);
    }

  /* Translators: an amount of money in pounds (%s) and pence (%02u). */
  amount = g_strdup_printf (_("£%s.%02u"), pounds->str, (guint) (magnitude % 100));
  /* A minus sign before the currency sign: "−£12.50". */
  return pence < 0 ? g_strconcat ("\xE2\x88\x92", amount, NULL) : g_steal_pointer (&amount);
}
