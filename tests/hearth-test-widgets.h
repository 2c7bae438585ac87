/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds. */
void       hearth_test_iterate       (guint       ms);

/* How long a test waits for work on other threads or idle callbacks before
 * it gives up. Generous: it bounds a wait, it does not time anything, and
 * the sanitizer builds on a loaded machine are many times slower. */
#define HEARTH_TEST_WAIT_USEC (20 * G_USEC_PER_SEC)

/* Runs the main loop until @done holds, for at most HEARTH_TEST_WAIT_USEC. */
#define HEARTH_TEST_ITERATE_UNTIL(done) \
  G_STMT_START { \
    gint64 until_ = g_get_monotonic_time () + HEARTH_TEST_WAIT_USEC; \
    while (!(done) && g_get_monotonic_time () < until_) \
      g_main_context_iteration (NULL, FALSE); \
    g_assert_true (done); \
  } G_STMT_END

/* The @n-th descendant of @widget of @type, depth first, or NULL. */
GtkWidget *hearth_test_find          (GtkWidget  *widget,
                                      GType       type,
                                      guint       n);
/* The first descendant of @widget whose label, title or accessible name
 * is @text, or NULL: rows, buttons and labels are found as people see them. */
GtkWidget *hearth_test_find_labelled (GtkWidget  *widget,
                                      const char *text);

G_END_DECLS
