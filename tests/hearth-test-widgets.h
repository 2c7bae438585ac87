/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How long a test waits for work on other threads, idle callbacks or the
 * next frame before it gives up. Generous: it bounds a wait, it does not
 * time anything, and the sanitizer builds on a loaded machine are many
 * times slower. */
#define HEARTH_TEST_WAIT_USEC (60 * G_USEC_PER_SEC)

/* Runs the main loop until @done holds, for at most HEARTH_TEST_WAIT_USEC,
 * and fails the test if it never does. */
#define HEARTH_TEST_ITERATE_UNTIL(done) \
  G_STMT_START { \
    gint64 until_ = g_get_monotonic_time () + HEARTH_TEST_WAIT_USEC; \
    while (!(done) && g_get_monotonic_time () < until_) \
      g_main_context_iteration (NULL, FALSE); \
    if (!(done)) \
      g_error ("%s:%d: waited %d s in vain for %s", __FILE__, __LINE__, \
               (int) (HEARTH_TEST_WAIT_USEC / G_USEC_PER_SEC), #done); \
  } G_STMT_END

/* Presents @window and waits until it is on screen: mapped, at its size,
 * and drawn once. */
void        hearth_test_present          (GtkWindow  *window);
/* Waits until @widget has been drawn in a frame that began after the call. */
void        hearth_test_wait_drawn       (GtkWidget  *widget);
/* Destroys @window, which the caller does not hold, and waits until it has
 * been finalized. */
void        hearth_test_destroy          (GtkWindow  *window);
/* Closes @dialog at once and waits until it has been finalized. */
void        hearth_test_close_dialog     (AdwDialog  *dialog);

/* The @n-th descendant of @widget of @type, depth first, or NULL. For
 * parts that nobody hears by name: the list inside a view, a row's
 * check box. */
GtkWidget  *hearth_test_find             (GtkWidget  *widget,
                                          GType       type,
                                          guint       n);
/* The first descendant of @widget, depth first, whose accessible name is
 * @name, as a screen reader says it: its accessible label, the text of the
 * widgets that label it (a row's title, a button's label, without the
 * mnemonic's underscore), the text it holds (a label's, or a button's
 * made of an icon and a label), or for a control with none of these, its
 * tooltip. NULL if there is none. */
GtkWidget  *hearth_test_find_labelled    (GtkWidget  *widget,
                                          const char *name);
/* The same, of @type only, or NULL. */
GtkWidget  *hearth_test_find_named       (GtkWidget  *widget,
                                          GType       type,
                                          const char *name);

/* What the application last asked screen readers to announce, or NULL.
 * GTK's test accessibility backend cannot announce: the display tests
 * record announcements instead (see hearth-test-widgets.c). */
const char *hearth_test_get_announcement (void);

G_END_DECLS
