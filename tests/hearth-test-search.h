/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-live-search.h"

G_BEGIN_DECLS

/* A store of the test's own in a temporary folder, and a search over it. */
typedef struct
{
  char        *dir;
  HearthStore *store;
  gpointer     search;   /* a HearthLiveSearch */
} HearthTestSearchFixture;

/* Opens a new store, runs @sql on it unless that is NULL, and makes a
 * search of @type over it. */
void  hearth_test_search_set_up    (HearthTestSearchFixture *f,
                                    GType                    type,
                                    const char              *sql);
/* Frees the search, as hearth_test_search_free () does, and the store. */
void  hearth_test_search_tear_down (HearthTestSearchFixture *f,
                                    gconstpointer            data);

/* Drops the last reference to @search and waits until it is finalized: a
 * worker thread may hold it a moment after its result came. */
void  hearth_test_search_free (gpointer           search);

/* Runs one search of @text to its end: the ids as "4,1", in the order
 * found ("" for none), or NULL with @error set. */
char *hearth_test_search_find (gpointer           search,
                               const char        *text,
                               GCancellable      *cancellable,
                               GError           **error);

/* Runs the main loop until the search as you type has delivered, and
 * whatever else was on its way has come. */
void  hearth_test_search_wait (gpointer           search);

/* Text with no word to look for shows everything at once, with nothing
 * left running even just after a search of @word started; a word nobody
 * wrote shows nothing, not everything. */
void  hearth_test_search_assert_no_words (gpointer    search,
                                          const char *word);

/* Keeps the result of an asynchronous call in the GAsyncResult ** that
 * @user_data points to. */
void  hearth_test_search_got_result_cb (GObject      *object,
                                        GAsyncResult *result,
                                        gpointer      user_data);

/* What a search as you type showed: every value :match-ids took
 * ("(null)" for NULL) and how many times :searching went FALSE. */
typedef struct
{
  HearthLiveSearch *search;
  GPtrArray        *seen;
  guint             done;
} HearthTestSearchWatch;

void  hearth_test_search_watch   (HearthTestSearchWatch *watch,
                                  gpointer               search);
void  hearth_test_search_unwatch (HearthTestSearchWatch *watch);

G_END_DECLS
