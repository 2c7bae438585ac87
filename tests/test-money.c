/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts as people type them, read into whole pence and written back.
 */

#include "config.h"

#include <gio/gio.h>

#include "hearth-money.h"

static void
test_money_parse_accepts (void)
{
  static const struct { const char *text; gint64 pence; } cases[] = {
    { "12", 1200 },
    { "12.5", 1250 },
    { "12.50", 1250 },
    { "£12.50", 1250 },
    { "  £ 3.20 ", 320 },
    { ".75", 75 },
    { "0", 0 },
    { "0.01", 1 },
    { "1,250", 125000 },
    { "£1,250.99", 125099 },
    { "12.", 1200 },
    { "1000000", 100000000 },
    { "0.10", 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = -1;

      g_test_message ("parsing \"%s\"", cases[i].text);
      g_assert_true (hearth_money_parse (cases[i].text, &pence, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pence, ==, cases[i].pence);
    }
}

static void
test_money_parse_refuses (void)
{
  static const char *const refused[] = {
    "", "   ", "-5", "−5", "(5)", "£-5", "twelve", "12.505", "1.2.3", "12p", "£",
    "1e3", "0x10", "12,50,", ",5", "1000000.01", "99999999999999999999999",
    "\xFF\xFE", "12 50", "nan", "inf",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = -7;

      g_test_message ("refusing \"%s\"", refused[i]);
      g_assert_false (hearth_money_parse (refused[i], &pence, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_nonnull (error->message);
      g_assert_cmpuint (strlen (error->message), >, 10);
      g_assert_cmpint (pence, ==, -7);
    }
}

static void
test_money_format (void)
{
  static const struct { gint64 pence; const char *text; } cases[] = {
    { 0, "£0.00" },
    { 5, "£0.05" },
    { 320, "£3.20" },
    { 28900, "£289.00" },
    { 125099, "£1,250.99" },
    { 100000000, "£1,000,000.00" },
    { -1250, "−£12.50" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hearth_money_format (cases[i].pence);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Every amount written and read back is the same number of pence: no
 * floating point anywhere to turn 0.10 + 0.20 into 0.30000000000000004. */
static void
test_money_round_trip (void)
{
  for (gint64 pence = 0; pence <= 200000; pence += 7)
    {
      g_autofree char *text = hearth_money_format (pence);
      gint64 back = -1;

      g_assert_true (hearth_money_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, pence);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse/accepts", test_money_parse_accepts);
  g_test_add_func ("/money/parse/refuses", test_money_parse_refuses);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/round-trip", test_money_round_trip);

  return g_test_run ();
}
