/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Fills @item from the current row of @stmt (the row query's columns) and
 * notifies only the properties whose value really changed. */
typedef void (*HearthRowFillFunc) (GObject      *item,
                                   sqlite3_stmt *stmt);

#define HEARTH_TYPE_QUERY_MODEL (hearth_query_model_get_type ())
G_DECLARE_FINAL_TYPE (HearthQueryModel, hearth_query_model, HEARTH, QUERY_MODEL, GObject)

/*
 * @ids_sql: selects the ids of the rows in the list, in order. It contains
 *   the literal text "{order}" where the ORDER BY clause of the current sort
 *   goes, and may use named parameters (":name") set with
 *   hearth_query_model_set_param(); unset parameters are bound as NULL.
 *   A clause written "{if :name}… AND x = :name{end}" is part of the query
 *   only while :name is set, so that a filter nobody set costs nothing.
 * @row_sql: selects one row's columns, the id first; its one parameter
 *   (":id") is the row's id. A row query that ends with its condition on the
 *   id ("… WHERE x.id = :id") lets the list read a page of rows with one
 *   statement, that condition made one on the page's ids; any other form is
 *   read one row at a time.
 * @tables: NULL-terminated list of the tables whose changes can affect the list.
 */
HearthQueryModel *hearth_query_model_new        (HearthStore        *store,
                                                 GType               item_type,
                                                 const char         *ids_sql,
                                                 const char         *row_sql,
                                                 HearthRowFillFunc   fill,
                                                 const char * const *tables);

HearthStore      *hearth_query_model_get_store  (HearthQueryModel   *self);

/* Sorts are fixed ORDER BY clauses chosen by name; the first added is the
 * default. Setting a sort reloads and emits items-changed. */
void              hearth_query_model_add_sort   (HearthQueryModel   *self,
                                                 const char         *name,
                                                 const char         *order_by);
void              hearth_query_model_set_sort   (HearthQueryModel   *self,
                                                 const char         *name);
const char       *hearth_query_model_get_sort   (HearthQueryModel   *self);

/* While the parameter @name is set, the ids come from @ids_sql instead of
 * the list's own query: the same rows, for every value of every parameter,
 * found from the index of the filter that is set (a person's cases from the
 * indexes that name them, say), where the list's own query would check its
 * rows one by one. The first variant added whose parameter is set is used.
 * @ids_sql has "{order}" as the list's own query does. */
void              hearth_query_model_add_variant (HearthQueryModel   *self,
                                                  const char         *name,
                                                  const char         *ids_sql);

/* Binds a parameter of @ids_sql (name with its ':' prefix). @value may be
 * floating; NULL binds SQL NULL. Supported: int32, int64, boolean, double,
 * string. Reloads unless frozen. A name that neither @ids_sql nor the ORDER
 * BY of a sort has is a g_critical(), and changes nothing.
 *
 * The lists' own typed setters, next to their SQL (such as
 * hearth_case_list_set_status()), are the way to filter a list from
 * outside the model. */
void              hearth_query_model_set_param  (HearthQueryModel   *self,
                                                 const char         *name,
                                                 GVariant           *value);
/* The same, for those setters: @value as an int64, 0 binding NULL; @text,
 * NULL binding NULL; a filter that is @on (TRUE) or not there (NULL). */
void              hearth_query_model_set_number (HearthQueryModel   *self,
                                                 const char         *name,
                                                 gint64              value);
void              hearth_query_model_set_text   (HearthQueryModel   *self,
                                                 const char         *name,
                                                 const char         *text);
void              hearth_query_model_set_flag   (HearthQueryModel   *self,
                                                 const char         *name,
                                                 gboolean            on);
void              hearth_query_model_freeze     (HearthQueryModel   *self);
void              hearth_query_model_thaw       (HearthQueryModel   *self);
/* As thaw (), but the ids of the reload it owes are read on a worker
 * thread, with a reader of their own, and the list becomes them in a later
 * dispatch (their difference announced as a reload does): the list shows
 * the rows it had until then, and :loading is TRUE. For a search's
 * results, whose ids can take milliseconds to sort and filter while the
 * person types on. A reload of the usual kind in between (a change to the
 * store, a parameter set) reads the ids at once and drops the ones being
 * read; so does a thaw (), even one with nothing new to read. */
void              hearth_query_model_thaw_in_thread (HearthQueryModel *self);
/* Whether ids are being read on a worker thread for the list. */
gboolean          hearth_query_model_get_loading    (HearthQueryModel *self);

/* Reloads the ids and emits the exact items-changed for the difference. */
void              hearth_query_model_refresh    (HearthQueryModel   *self);

/* Position of the row with @id, or G_MAXUINT. */
guint             hearth_query_model_find_id    (HearthQueryModel   *self,
                                                 gint64              id);
gint64            hearth_query_model_get_id     (HearthQueryModel   *self,
                                                 guint               position);

/* The error of the last load, if it failed (the list is then empty). */
const GError     *hearth_query_model_get_error  (HearthQueryModel   *self);

G_END_DECLS
