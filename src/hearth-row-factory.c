/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include "hearth-row-factory.h"

/* A search's new results are new items, and GTK gives a row widget only
 * to the item it was made for: the rows of the old results are taken down,
 * then a row is made for each new one, within the same dispatch. Rows
 * taken down are kept here instead and given to the next items. */
typedef struct
{
  HearthRowNewFunc  new_row;
  guint             n_spare;
  GHashTable       *rows;   /* GtkListItem (borrowed) → its row */
  GPtrArray        *spare;  /* rows, unparented */
} RowPool;

static void
row_pool_free (gpointer  data,
               GClosure *closure)
{
  RowPool *pool = data;

  g_hash_table_unref (pool->rows);
  g_ptr_array_unref (pool->spare);
  g_free (pool);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          RowPool                  *pool)
{
  g_autoptr(GtkWidget) row = NULL;

  if (pool->spare->len > 0)
    row = g_ptr_array_steal_index_fast (pool->spare, pool->spare->len - 1);
  else
    row = g_object_ref_sink (pool->new_row ());
  gtk_list_item_set_child (list_item, row);
  g_hash_table_insert (pool->rows, list_item, g_object_ref (row));
}

/* GTK has let go of the row by now (the list item no longer names it):
 * the pool's own reference keeps it. */
static void
teardown_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             RowPool                  *pool)
{
  g_autoptr(GtkWidget) row = NULL;

  if (!g_hash_table_steal_extended (pool->rows, list_item, NULL, (gpointer *) &row))
    return;
  if (pool->spare->len < pool->n_spare && gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (pool->spare, g_steal_pointer (&row));
}

GtkListItemFactory *
hearth_row_factory_new (HearthRowNewFunc new_row,
                        guint            n_spare)
{
  GtkListItemFactory *factory;
  RowPool *pool;

  g_return_val_if_fail (new_row != NULL, NULL);

  factory = gtk_signal_list_item_factory_new ();
  pool = g_new0 (RowPool, 1);
  pool->new_row = new_row;
  pool->n_spare = n_spare;
  pool->rows = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  pool->spare = g_ptr_array_new_with_free_func (g_object_unref);
  /* The pool goes with the factory. */
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cb), pool, row_pool_free, 0);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cb), pool);

  return factory;
}
