/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hearth-store.h"
#include "hearth-supervision-page.h"

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

/* Focuses @widget, as Tab would, waits until it is its window's focus and
 * drawn so, and presses it, as Enter or Space would. */
void        hearth_test_press            (GtkWidget  *widget);
/* Closes every dialog over @window, the top one first (one left under
 * another would keep what it holds), then destroys @window as
 * hearth_test_destroy () does. */
void        hearth_test_destroy_with_dialogs (GtkWindow *window);

/* The team of the one-to-one tests: Margaret Okoye supervises Priya Raman,
 * every four weeks, and Kwame Mensah works beside them. */
enum
{
  HEARTH_TEST_MARGARET = 1,
  HEARTH_TEST_PRIYA,
  HEARTH_TEST_KWAME,
};

/* A new store as hearth_test_store_new () makes, holding the team, with
 * Margaret using Hearth; the id of her pairing with Priya in @priya_pair. */
HearthStore *hearth_test_team_new        (char       **dir,
                                          gint64       now,
                                          gint64      *priya_pair);
/* The One-to-ones page over @store, alone in a window of 1280×800 that is
 * on screen; the window in @window, for hearth_test_destroy_with_dialogs (). */
HearthSupervisionPage *hearth_test_supervision_page_new (HearthStore  *store,
                                                         AdwWindow   **window);
/* Opens the one-to-one @supervision_id over @parent as @actor would, who
 * stays the store's actor, and waits until it is drawn. Returns: (transfer
 * none): the dialog. */
AdwDialog  *hearth_test_open_one_to_one  (HearthStore *store,
                                          gint64       actor,
                                          gint64       supervision_id,
                                          GtkWidget   *parent);

/* What the application last asked screen readers to announce, or NULL.
 * GTK's test accessibility backend cannot announce: the display tests
 * record announcements instead (see hearth-test-widgets.c). */
const char *hearth_test_get_announcement (void);

G_END_DECLS
