/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hearth-test-search.h"
#include "hearth-test-utils.h"

void
hearth_test_search_set_up (HearthTestSearchFixture *f,
                           GType                    type,
                           const char              *sql)
{
  g_autoptr(GError) error = NULL;

  f->store = hearth_test_store_new (&f->dir, 0);
  if (sql != NULL)
    {
      g_assert_true (hearth_store_exec (f->store, sql, &error));
      g_assert_no_error (error);
    }
  f->search = g_object_new (type, "store", f->store, NULL);
}

void
hearth_test_search_tear_down (HearthTestSearchFixture *f,
                              gconstpointer            data)
{
  hearth_test_search_free (g_steal_pointer (&f->search));
  hearth_test_store_free (g_steal_pointer (&f->store), f->dir);
  g_clear_pointer (&f->dir, g_free);
}

void
hearth_test_search_free (gpointer search)
{
  g_assert_true (HEARTH_IS_LIVE_SEARCH (search));

  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (search), (gpointer *) &search);
  g_object_unref (search);
  while (search != NULL && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (search);
}

void
hearth_test_search_got_result_cb (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

char *
hearth_test_search_find (gpointer           search,
                         const char        *text,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) ids = NULL;
  GString *out;

  hearth_live_search_find_async (search, text, cancellable,
                                 hearth_test_search_got_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  ids = hearth_live_search_find_finish (search, result, error);
  if (ids == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (ids, gint64, i));
  return g_string_free (out, FALSE);
}

void
hearth_test_search_wait (gpointer search)
{
  g_assert_true (HEARTH_IS_LIVE_SEARCH (search));

  while (hearth_live_search_get_searching (search))
    g_main_context_iteration (NULL, TRUE);
  /* Anything still on its way would arrive now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
hearth_test_search_assert_no_words (gpointer    search,
                                    const char *word)
{
  hearth_live_search_set_text (search, word);
  hearth_live_search_set_text (search, " \"");
  g_assert_false (hearth_live_search_get_searching (search));
  g_assert_null (hearth_live_search_get_match_ids (search));
  hearth_test_search_wait (search);
  g_assert_null (hearth_live_search_get_match_ids (search));

  hearth_live_search_set_text (search, "qwertyuiop");
  hearth_test_search_wait (search);
  g_assert_cmpstr (hearth_live_search_get_match_ids (search), ==, "[]");
}

static void
match_ids_cb (HearthLiveSearch      *search,
              GParamSpec            *pspec,
              HearthTestSearchWatch *watch)
{
  const char *ids = hearth_live_search_get_match_ids (search);

  g_ptr_array_add (watch->seen, g_strdup (ids != NULL ? ids : "(null)"));
}

static void
searching_cb (HearthLiveSearch      *search,
              GParamSpec            *pspec,
              HearthTestSearchWatch *watch)
{
  if (!hearth_live_search_get_searching (search))
    watch->done++;
}

void
hearth_test_search_watch (HearthTestSearchWatch *watch,
                          gpointer               search)
{
  g_assert_true (HEARTH_IS_LIVE_SEARCH (search));

  watch->search = search;
  watch->seen = g_ptr_array_new_with_free_func (g_free);
  watch->done = 0;
  g_signal_connect (search, "notify::match-ids", G_CALLBACK (match_ids_cb), watch);
  g_signal_connect (search, "notify::searching", G_CALLBACK (searching_cb), watch);
}

void
hearth_test_search_unwatch (HearthTestSearchWatch *watch)
{
  g_signal_handlers_disconnect_by_data (watch->search, watch);
  g_clear_pointer (&watch->seen, g_ptr_array_unref);
}
