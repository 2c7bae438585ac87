/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures Hearth on a database at the scale of DESIGN.md and prints each
 * figure beside the bare SQLite query that fetches the same rows. It prints;
 * it never fails because a machine is slow.
 *
 *   hearth-bench DATABASE [EMPTY-DATABASE [--start-up | --lists | --typing | --residents]]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "hearth-application.h"
#include "hearth-case-list-page.h"
#include "hearth-case-search.h"
#include "hearth-case-view.h"
#include "hearth-query-model.h"
#include "hearth-renderer.h"
#include "hearth-resident.h"
#include "hearth-case.h"
#include "hearth-search-text.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

/* One page of the model: the rows a screen of the case list shows, and more. */
#define PAGE 64
#define REPEATS 5
/* Measurements of a list against its floor, in pairs whose order
 * alternates (Hearth first, then the floor first), so that neither side
 * always runs on a warmer cache; odd, so that the median is one run. The
 * rows under a millisecond moved by a tenth of their ratio between runs
 * of 9 pairs on a busy machine; 21 pairs cost a few seconds more. */
#define PAIRS 21
/* Fresh-process start-ups, Hearth and the bare window in turn. */
#define START_PAIRS 9

/* The columns a case list row shows, as the list's row query reads them
 * (residents by preferred name in their order, the outcome, the agreements
 * open and overdue), with SQLite's own clock. */
#define BARE_CASE_COLUMNS \
  "SELECT c.id, c.title, c.status, c.status = 'open', c.lead_id, s.name," \
  "  (SELECT group_concat (name, ', ') FROM (SELECT CASE WHEN r.preferred_name <> ''" \
  "     THEN r.preferred_name ELSE r.name END AS name FROM case_residents cr" \
  "     JOIN residents r ON r.id = cr.resident_id WHERE cr.case_id = c.id ORDER BY cr.position))," \
  "  c.opened_at, c.closed_at, o.name, c.last_activity_at," \
  "  (SELECT count (*) FROM agreement_items a" \
  "     WHERE a.case_id = c.id AND a.status = 'open')," \
  "  (SELECT count (*) FROM agreement_items a" \
  "     WHERE a.case_id = c.id AND a.status = 'open'" \
  "       AND a.due_on < date ('now', 'localtime'))," \
  "  c.closing_note" \
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id LEFT JOIN outcomes o ON o.id = c.outcome_id"

/* The exact first page of the open cases: cases_by_status_activity walked
 * from its start, 64 entries read, no sort. */
static const char bare_case_page_sql[] =
  BARE_CASE_COLUMNS
  " WHERE c.status = 'open'"
  " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?1";

/* How many open cases there are: counted in cases_by_status_activity alone,
 * which holds the status, so no row of the table is read. */
static const char bare_case_count_sql[] =
  "SELECT count (*) FROM cases c WHERE c.status = 'open'";

/* The exact first page of open cases that hold one word anywhere (their
 * own text, a resident's, or a live entry's), with the case list's
 * columns: the fastest honest form found. Each index gives its case ids,
 * the timeline's word index without reading an entry (migration 8); the
 * UNION makes them one set, and the page is read in the list's order. */
static const char bare_search_sql[] =
  "SELECT c.id, c.title, c.status, c.lead_id, s.name,"
  "  (SELECT group_concat (r.name, ', ') FROM case_residents cr"
  "     JOIN residents r ON r.id = cr.resident_id WHERE cr.case_id = c.id),"
  "  c.opened_at, c.closed_at, c.last_activity_at,"
  "  (SELECT count (*) FROM agreement_items a"
  "     WHERE a.case_id = c.id AND a.status = 'open'),"
  "  (SELECT count (*) FROM agreement_items a"
  "     WHERE a.case_id = c.id AND a.status = 'open'"
  "       AND a.due_on < date ('now'))"
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id"
  " WHERE c.status = 'open' AND c.id IN ("
  "   SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?2"
  "   UNION SELECT cr.case_id FROM case_residents cr WHERE cr.resident_id IN"
  "     (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?2)"
  "   UNION SELECT rowid >> 32 FROM timeline_words_fts WHERE timeline_words_fts MATCH ?2)"
  " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?1";

static const char bare_all_cases_sql[] =
  "SELECT c.id, c.title, c.status, c.last_activity_at, s.name"
  " FROM cases c LEFT JOIN staff s ON s.id = c.lead_id"
  " WHERE c.status = 'open' ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?1";

/* A filter's first page, the case list's columns in its order; %s is the
 * filter's condition, ?1 the limit and ?3 an id some filters compare with. */
static const char bare_filtered_page_sql[] =
  BARE_CASE_COLUMNS
  " WHERE %s"
  " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?1";

/* How many cases a filter leaves: the list shows its length. */
static const char bare_filtered_count_sql[] =
  "SELECT count (*) FROM cases c WHERE %s";

/* How many entries a case's timeline has, from timeline_by_case and, since
 * that index does not hold deleted_at, the rows themselves. */
static const char bare_timeline_count_sql[] =
  "SELECT count (*) FROM timeline_entries e WHERE e.case_id = ?3 AND e.deleted_at IS NULL";

/* The case ids the off-thread search finds, in one statement: the
 * timeline's word index gives each match's case in its rowid's high bits
 * (migration 8), so no entry is read. */
static const char bare_match_ids_sql[] =
  "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?2"
  " UNION SELECT cr.case_id FROM case_residents cr WHERE cr.resident_id IN"
  "   (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?2)"
  " UNION SELECT rowid >> 32 FROM timeline_words_fts WHERE timeline_words_fts MATCH ?2";

/* What the design warns against: every match ranked. */
static const char bare_bm25_sql[] =
  "SELECT rowid FROM timeline_words_fts WHERE timeline_words_fts MATCH ?2"
  " ORDER BY bm25 (timeline_words_fts)";

/* The first rows of a case's timeline, with the columns its rows show:
 * timeline_by_case walked from the case's newest entry, no sort. */
static const char bare_timeline_page_sql[] =
  "SELECT e.id, e.case_id, e.resident_id, e.kind, e.occurred_at, e.author_id, s.name,"
  "  e.summary, e.body, e.amount_pence, e.spend_for, e.money_kind, e.expert_name,"
  "  e.expert_from, e.version,"
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open'),"
  "  (SELECT count (*) FROM agreement_items a WHERE a.entry_id = e.id AND a.status = 'open'"
  "     AND a.due_on < date ('now'))"
  " FROM timeline_entries e LEFT JOIN staff s ON s.id = e.author_id"
  " WHERE e.case_id = ?3 AND e.deleted_at IS NULL"
  " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?1";

/* With HEARTH_BENCH_TRACE set, every statement slower than 5 ms is named. */
static gint64 traced_ns;
static guint traced_statements;

static int
trace_cb (unsigned int  type,
          void         *data,
          void         *p,
          void         *x)
{
  gint64 ns = *(gint64 *) x;

  traced_ns += ns;
  traced_statements++;
  if (g_getenv ("HEARTH_BENCH_TRACE_ALL") != NULL)
    g_printerr ("  statement %.2f ms: %.60s\n", ns / 1e6, sqlite3_sql (p));

  if (ns > 5000000)
    g_printerr ("  slow statement (%.1f ms): %.100s\n", ns / 1e6, sqlite3_sql (p));
  return 0;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of the calling thread: what the main thread itself spent,
 * whatever else the machine is doing. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static void
print_row (const char *what,
           double      hearth_ms,
           double      bare_ms,
           const char *note)
{
  g_print ("%-38s %10.1f %10.1f %7.2f×  %s\n", what, hearth_ms, bare_ms,
           bare_ms > 0 ? hearth_ms / bare_ms : 0.0, note ? note : "");
}

/* Runs a bare query to its last row, on its own connection, and returns ms. */
static double
bare_query (sqlite3    *db,
            const char *sql,
            int         limit,
            const char *match,
            guint      *rows)
{
  sqlite3_stmt *stmt = NULL;
  double started = now_ms ();
  guint n = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bare query failed: %s\n", sqlite3_errmsg (db));
      return -1;
    }

  sqlite3_bind_int (stmt, 1, limit);
  if (match != NULL)
    sqlite3_bind_text (stmt, 2, match, -1, SQLITE_TRANSIENT);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* Read every column, as a model fills its items. */
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        (void) sqlite3_column_text (stmt, i);
      n++;
    }
  sqlite3_finalize (stmt);

  if (rows != NULL)
    *rows = n;
  return now_ms () - started;
}

/* As bare_query, with ?3 bound to @id. */
static double
bare_query_id (sqlite3    *db,
               const char *sql,
               int         limit,
               gint64      id,
               guint      *rows)
{
  sqlite3_stmt *stmt = NULL;
  double started = now_ms ();
  guint n = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bare query failed: %s\n", sqlite3_errmsg (db));
      return -1;
    }

  sqlite3_bind_int (stmt, 1, limit);
  sqlite3_bind_int64 (stmt, 3, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        (void) sqlite3_column_text (stmt, i);
      n++;
    }
  sqlite3_finalize (stmt);

  if (rows != NULL)
    *rows = n;
  return now_ms () - started;
}

static gint64
bare_int (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static sqlite3_stmt *
bare_prepare (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_error ("bare query failed: %s", sqlite3_errmsg (db));
  return stmt;
}

/* Runs a statement prepared beforehand, as Hearth's store keeps its
 * statements prepared, with ?1 bound to @limit and ?3 to @id where they
 * are; reads every column of every row and returns ms. */
static double
bare_run (sqlite3_stmt *stmt,
          int           limit,
          gint64        id,
          guint        *rows)
{
  double started = now_ms ();
  guint n = 0;

  sqlite3_reset (stmt);
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int (stmt, 1, limit);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        (void) sqlite3_column_text (stmt, i);
      n++;
    }
  sqlite3_reset (stmt);

  if (rows != NULL)
    *rows = n;
  return now_ms () - started;
}

/* A list's floor: what bare SQLite needs for the list's first screen. The
 * list shows how long it is, so the floor counts its rows, and reads the
 * exact first page (the same columns, in the same order, LIMIT 64). */
typedef struct
{
  sqlite3_stmt *count;
  sqlite3_stmt *page;
} Floor;

static void
floor_init (Floor      *floor,
            sqlite3    *db,
            const char *count_sql,
            const char *page_sql)
{
  floor->count = bare_prepare (db, count_sql);
  floor->page = bare_prepare (db, page_sql);
}

static double
floor_run (Floor  *floor,
           gint64  id,
           guint  *rows)
{
  return bare_run (floor->count, 0, id, NULL) + bare_run (floor->page, PAGE, id, rows);
}

static void
floor_clear (Floor *floor)
{
  g_clear_pointer (&floor->count, sqlite3_finalize);
  g_clear_pointer (&floor->page, sqlite3_finalize);
}

static void
fetch_items (GListModel *model,
             guint       n)
{
  n = MIN (n, g_list_model_get_n_items (model));
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

static void
iterate_until (gboolean *flag)
{
  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
}

static void
iterate_for (guint ms)
{
  double until = now_ms () + ms;

  while (now_ms () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gint64
vm_kb (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  return line ? g_ascii_strtoll (line + strlen (key) + 1, NULL, 10) : -1;
}

/* What one scroll of the case list saw, frame by frame. The frame clock
 * paints at most once a refresh interval (16.7 ms at 60 Hz), so the time
 * from one paint to the next is never much below that, however little
 * there was to do: what tells a stall is the main loop's work for each
 * frame, and the longest single dispatch in it. */
typedef struct
{
  GArray *intervals;  /* double, ms: from one paint to the next */
  GArray *work;       /* double, ms: the step and every dispatch until its paint */
  GArray *cpu;        /* double, ms: the main thread's CPU time for the same */
  GArray *layout;     /* double, ms: the frame's update and layout phases (ticks; rows
                       * bound, measured, placed): Hearth's own part of a frame (binding
                       * rows, reading the model, measuring its rows) is within these,
                       * with GTK's own layout; their 90th percentile should stay under
                       * 4 ms */
  GArray *drawing;    /* double, ms: its paint phases (snapshot, render, present) */
  double  longest;    /* ms: the longest single dispatch */
  double  total_ms;
  double  distance;   /* pixels scrolled */
  double  upper;      /* the list's height in pixels */
} ScrollRun;

static void
scroll_run_init (ScrollRun *run)
{
  memset (run, 0, sizeof *run);
  run->intervals = g_array_new (FALSE, FALSE, sizeof (double));
  run->work = g_array_new (FALSE, FALSE, sizeof (double));
  run->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  run->layout = g_array_new (FALSE, FALSE, sizeof (double));
  run->drawing = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
scroll_run_clear (ScrollRun *run)
{
  g_clear_pointer (&run->intervals, g_array_unref);
  g_clear_pointer (&run->work, g_array_unref);
  g_clear_pointer (&run->cpu, g_array_unref);
  g_clear_pointer (&run->layout, g_array_unref);
  g_clear_pointer (&run->drawing, g_array_unref);
}

/* When each phase of a frame ended, in ms; 0 for a phase the frame did
 * not run. Handlers connected after GTK's own run at each phase's end. */
typedef struct
{
  double   before;
  double   laid_out;
  double   painted_at;
  gboolean painted;
} FramePhases;

static void
phase_before_paint_cb (GdkFrameClock *clock,
                       FramePhases   *phases)
{
  phases->before = now_ms ();
}

static void
phase_layout_cb (GdkFrameClock *clock,
                 FramePhases   *phases)
{
  phases->laid_out = now_ms ();
}

static void
phase_after_paint_cb (GdkFrameClock *clock,
                      FramePhases   *phases)
{
  phases->painted_at = now_ms ();
  phases->painted = TRUE;
}

/* Runs the main loop until @flag holds, and returns the time it spent
 * dispatching, waiting left out; *longest grows to the longest dispatch. */
static double
iterate_until_busy (gboolean *flag,
                    double   *longest)
{
  GMainContext *context = g_main_context_default ();
  g_autofree GPollFD *fds = NULL;
  int allocated = 0;
  double busy = 0;

  g_main_context_acquire (context);
  while (!*flag)
    {
      int max_priority, timeout, n_fds;
      double started, took;

      g_main_context_prepare (context, &max_priority);
      while ((n_fds = g_main_context_query (context, max_priority, &timeout, fds,
                                            allocated)) > allocated)
        {
          g_free (fds);
          allocated = n_fds;
          fds = g_new (GPollFD, allocated);
        }
      g_poll (fds, n_fds, timeout);

      started = now_ms ();
      if (g_main_context_check (context, max_priority, fds, n_fds))
        g_main_context_dispatch (context);
      took = now_ms () - started;
      busy += took;
      *longest = MAX (*longest, took);
    }
  g_main_context_release (context);

  return busy;
}

/* Scrolls @adjustment of @list by @step pixels a frame, for at most
 * @max_frames frames or to the end of the list. */
static void
scroll_list (GtkWidget     *list,
             GtkAdjustment *adjustment,
             double         step,
             guint          max_frames,
             ScrollRun     *run)
{
  /* The window's clock: on an empty database the list is not shown. */
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (gtk_widget_get_root (list)));
  FramePhases phases = { 0, };
  double started, last, from = gtk_adjustment_get_value (adjustment);

  g_signal_connect (clock, "before-paint", G_CALLBACK (phase_before_paint_cb), &phases);
  g_signal_connect (clock, "layout", G_CALLBACK (phase_layout_cb), &phases);
  g_signal_connect (clock, "after-paint", G_CALLBACK (phase_after_paint_cb), &phases);

  started = last = now_ms ();
  for (guint i = 0; i < max_frames &&
       gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
       gtk_adjustment_get_upper (adjustment) - 1; i++)
    {
      double step_started = now_ms ();
      double cpu_started = thread_cpu_ms ();
      double work, cpu, interval, layout = 0, drawing = 0;

      /* What an input event does: move the view, then wait for the frame. */
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
      work = now_ms () - step_started;
      run->longest = MAX (run->longest, work);
      memset (&phases, 0, sizeof phases);
      gtk_widget_queue_draw (list);
      work += iterate_until_busy (&phases.painted, &run->longest);
      cpu = thread_cpu_ms () - cpu_started;
      interval = now_ms () - last;
      last = now_ms ();
      if (phases.before > 0 && phases.laid_out > 0)
        layout = phases.laid_out - phases.before;
      if (phases.laid_out > 0)
        drawing = phases.painted_at - phases.laid_out;

      g_array_append_val (run->intervals, interval);
      g_array_append_val (run->work, work);
      g_array_append_val (run->cpu, cpu);
      g_array_append_val (run->layout, layout);
      g_array_append_val (run->drawing, drawing);
    }
  run->total_ms = now_ms () - started;
  run->distance = gtk_adjustment_get_value (adjustment) - from;
  run->upper = gtk_adjustment_get_upper (adjustment);
  g_signal_handlers_disconnect_by_data (clock, &phases);
}

/* The value below which @share of @values lie; sorts @values. */
static double
percentile (GArray *values,
            double  share)
{
  if (values->len == 0)
    return 0;

  qsort (values->data, values->len, sizeof (double), compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (share * values->len)));
}

static guint
count_over (GArray *values,
            double  limit)
{
  guint n = 0;

  for (guint i = 0; i < values->len; i++)
    n += g_array_index (values, double, i) > limit;
  return n;
}

/* The figures of a scroll run, for the note of its row. */
static char *
scroll_run_describe (ScrollRun *run)
{
  guint over = count_over (run->work, 16.0);

  return g_strdup_printf ("%u frames; main loop per frame: median %.1f, p90 %.1f, worst %.1f ms,"
                          " %u over 16 ms; longest dispatch %.1f ms; main thread CPU per frame:"
                          " median %.1f, worst %.1f ms; layout: median %.1f, p90 %.1f, worst %.1f ms;"
                          " drawing: median %.1f, worst %.1f ms; paint to paint: median %.1f ms,"
                          " %u over 16 ms",
                          run->work->len, percentile (run->work, 0.5),
                          percentile (run->work, 0.9), percentile (run->work, 1.0), over,
                          run->longest, percentile (run->cpu, 0.5), percentile (run->cpu, 1.0),
                          percentile (run->layout, 0.5), percentile (run->layout, 0.9),
                          percentile (run->layout, 1.0),
                          percentile (run->drawing, 0.5), percentile (run->drawing, 1.0),
                          percentile (run->intervals, 0.5), count_over (run->intervals, 16.0));
}

/* The case list's scrolled window: the first one in the page. */
static GtkScrolledWindow *
find_case_list (HearthWindow *window)
{
  GtkWidget *list = GTK_WIDGET (hearth_window_get_case_list_page (window));

  while (list != NULL && !GTK_IS_SCROLLED_WINDOW (list))
    {
      GtkWidget *next = gtk_widget_get_first_child (list);

      while (next != NULL && !gtk_widget_get_visible (next))
        next = gtk_widget_get_next_sibling (next);
      list = next;
    }
  g_assert (list != NULL);

  return GTK_SCROLLED_WINDOW (list);
}

/* The scrolled window around the first @type below @widget with @css_class. */
static GtkScrolledWindow *
find_scrolled (GtkWidget  *widget,
               GType       type,
               const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_has_css_class (widget, css_class))
    return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child, type, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Opens the window on @path, waits for its first frame, then scrolls the
 * case list from top to bottom, a page a frame. Returns the window. */
static HearthWindow *
open_and_scroll (const char *path,
                 double     *first_frame_ms,
                 ScrollRun  *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  HearthWindow *window;
  GtkAdjustment *adjustment;
  GtkWidget *list;
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  double started = now_ms ();
  gulong handler;

  store = hearth_store_open (path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
    {
      g_printerr ("  store open: %.1f ms\n", now_ms () - started);
      sqlite3_trace_v2 (hearth_store_get_db (store), SQLITE_TRACE_PROFILE, trace_cb, NULL);
    }

  window = hearth_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  iterate_until (&painted);
  *first_frame_ms = now_ms () - started;
  g_signal_handler_disconnect (clock, handler);
  if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
    g_printerr ("  first frame: %.1f ms, of which %u statements took %.1f ms\n",
                *first_frame_ms, traced_statements, traced_ns / 1e6);

  /* The window's next few frames still settle its start; scrolling is
   * measured from a window at rest, as a person would find it. */
  iterate_for (500);

  if (run == NULL)
    return window;

  list = GTK_WIDGET (find_case_list (window));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (list));
  scroll_list (list, adjustment, gtk_adjustment_get_page_size (adjustment), G_MAXUINT, run);

  return window;
}

/* Waits for the next frame @widget's window paints. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (widget);
  iterate_until (&painted);
  g_signal_handler_disconnect (clock, handler);
}

/* One search as the case list runs it: typed, found off the main thread,
 * and each delivery put into the list with its first page read. */
typedef struct
{
  HearthQueryModel *cases;
  double            started;
  double            first_ms;  /* keystroke to the first results in the model */
  double            done_ms;   /* keystroke to every result in the model */
  double            main_ms;   /* main-thread time: typing and taking results */
  guint             deliveries;
  gboolean          done;
} SearchRun;

static void
search_match_ids_cb (HearthCaseSearch *search,
                     GParamSpec       *pspec,
                     SearchRun        *run)
{
  const char *ids = hearth_case_search_get_match_ids (search);
  double started = now_ms ();

  hearth_query_model_set_param (run->cases, ":match_ids", ids ? g_variant_new_string (ids) : NULL);
  fetch_items (G_LIST_MODEL (run->cases), PAGE);
  run->main_ms += now_ms () - started;
  if (run->deliveries++ == 0)
    run->first_ms = now_ms () - run->started;
}

static void
search_searching_cb (HearthCaseSearch *search,
                     GParamSpec       *pspec,
                     SearchRun        *run)
{
  if (!hearth_case_search_get_searching (search) && !run->done)
    {
      run->done = TRUE;
      run->done_ms = now_ms () - run->started;
    }
}

/* The case list's own search box in @widget, not a timeline's. */
static GtkEditable *
find_case_search_entry (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found;

      if (GTK_IS_SEARCH_ENTRY (child) &&
          g_strcmp0 (gtk_search_entry_get_placeholder_text (GTK_SEARCH_ENTRY (child)),
                     "Search residents, cases and timelines") == 0)
        return GTK_EDITABLE (child);
      if ((found = find_case_search_entry (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A search's results on their way into the case list. */
typedef struct
{
  HearthQueryModel *cases;
  gboolean          delivered;  /* the search has delivered them */
  gboolean          changed;    /* … and the list has them */
} Delivery;

/* Connected after the page's own handlers, to the search's results and to
 * the list's :loading: the list has the results once the search delivered
 * them and the list is not reading them on a worker any more. */
static void
results_in_list_cb (GObject    *object,
                    GParamSpec *pspec,
                    Delivery   *delivery)
{
  if (HEARTH_IS_CASE_SEARCH (object))
    delivery->delivered = TRUE;
  delivery->changed = delivery->delivered && !hearth_query_model_get_loading (delivery->cases);
}

/* The Residents view's first page for a search, exactly: the residents
 * the words match, by name, LIMIT 64, with the columns a row shows. One
 * statement, and SQLite picks the fastest honest way: the full-text
 * matches sorted, or residents_by_name (name COLLATE NOCASE, the list's
 * order) walked from its start, each row checked against the matches,
 * stopping after 64. Without a search it is the index walked alone. */
static const char bare_resident_page_sql[] =
  "SELECT r.id, r.name, r.preferred_name, r.pronouns, r.area, r.tenancy_ref FROM residents r"
  " WHERE r.id IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?2)"
  " ORDER BY r.name COLLATE NOCASE, r.id LIMIT ?1";
static const char bare_all_residents_page_sql[] =
  "SELECT r.id, r.name, r.preferred_name, r.pronouns, r.area, r.tenancy_ref FROM residents r"
  " ORDER BY r.name COLLATE NOCASE, r.id LIMIT ?1";

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *widget))
{
  if (match (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_residents_toggle (GtkWidget *widget)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Residents") == 0;
}

static gboolean
is_residents_grid (GtkWidget *widget)
{
  GtkSelectionModel *model;

  if (!GTK_IS_GRID_VIEW (widget))
    return FALSE;
  model = gtk_grid_view_get_model (GTK_GRID_VIEW (widget));
  return GTK_IS_SINGLE_SELECTION (model) &&
         g_list_model_get_item_type (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))) ==
         HEARTH_TYPE_RESIDENT;
}

static gboolean
is_residents_search (GtkWidget *widget)
{
  return GTK_IS_SEARCH_ENTRY (widget) &&
         g_strcmp0 (gtk_search_entry_get_placeholder_text (GTK_SEARCH_ENTRY (widget)),
                    "Search residents by name, area or reference") == 0;
}

/* The exact first page's ids for @fts (NULL: everyone), and how long the
 * floor's statement took. */
static GArray *
bare_resident_page (sqlite3    *db,
                    const char *fts,
                    double     *took_ms)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  double started = now_ms ();

  if (sqlite3_prepare_v2 (db, fts != NULL ? bare_resident_page_sql : bare_all_residents_page_sql,
                          -1, &stmt, NULL) != SQLITE_OK)
    g_error ("bare query failed: %s", sqlite3_errmsg (db));
  sqlite3_bind_int (stmt, 1, PAGE);
  if (fts != NULL)
    sqlite3_bind_text (stmt, 2, fts, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      for (int i = 1; i < sqlite3_column_count (stmt); i++)
        (void) sqlite3_column_text (stmt, i);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  *took_ms = now_ms () - started;

  return ids;
}

/* Whether the list's first page is @expected, row for row. */
static gboolean
shows_page (GListModel   *list,
            const GArray *expected)
{
  guint n = MIN (g_list_model_get_n_items (list), PAGE);

  if (n != expected->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (list, i);

      if (hearth_resident_get_id (resident) != g_array_index (expected, gint64, i))
        return FALSE;
    }
  return TRUE;
}

/* The longest dispatch in which the list changed length: the search's
 * results taken into the list, apart from the frames. */
static double longest_delivery;

/* Runs the main loop a dispatch at a time until @list shows @expected;
 * the longest dispatch goes into @longest. */
static void
iterate_until_page (GListModel   *list,
                    const GArray *expected,
                    double       *longest)
{
  GMainContext *context = g_main_context_default ();
  g_autofree GPollFD *fds = NULL;
  int allocated = 0;

  g_main_context_acquire (context);
  while (!shows_page (list, expected))
    {
      int max_priority, timeout, n_fds;
      double started;
      guint n_before;

      g_main_context_prepare (context, &max_priority);
      while ((n_fds = g_main_context_query (context, max_priority, &timeout, fds,
                                            allocated)) > allocated)
        {
          g_free (fds);
          allocated = n_fds;
          fds = g_new (GPollFD, allocated);
        }
      g_poll (fds, n_fds, timeout);

      n_before = g_list_model_get_n_items (list);
      started = now_ms ();
      if (g_main_context_check (context, max_priority, fds, n_fds))
        g_main_context_dispatch (context);
      *longest = MAX (*longest, now_ms () - started);
      if (g_list_model_get_n_items (list) != n_before)
        longest_delivery = MAX (longest_delivery, now_ms () - started);
    }
  g_main_context_release (context);
}

/* Typing the most common surname into the Residents view a key at a time,
 * as someone looks for a resident who rang: for each keystroke from the
 * second letter (one letter shows everyone), the time from the keystroke
 * to the frame that draws the correct first page (the page the finished
 * search shows), and the longest main-loop dispatch on the way, the
 * keystroke's own handling included. Against the exact first page in one
 * SQLite statement (bare_resident_page_sql). */
static void
bench_residents_typing (HearthWindow *window,
                        sqlite3      *bare)
{
  HearthCaseListPage *page = hearth_window_get_case_list_page (window);
  g_autofree char *surname = NULL;
  GtkWidget *toggle, *grid;
  GtkEditable *entry;
  GListModel *list;
  g_autoptr(GArray) everyone = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stalls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;
  double ignored, worst_time = 0, worst_stall = 0;
  sqlite3_stmt *stmt = NULL;
  glong length;

  if (sqlite3_prepare_v2 (bare,
                          "SELECT lower (substr (name, instr (name, ' ') + 1)) AS surname"
                          " FROM residents WHERE instr (name, ' ') > 0"
                          " GROUP BY surname ORDER BY count (*) DESC LIMIT 1",
                          -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    surname = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (surname == NULL)
    return;
  length = g_utf8_strlen (surname, -1);

  toggle = find_widget (GTK_WIDGET (page), is_residents_toggle);
  g_assert (toggle != NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  wait_for_frame (GTK_WIDGET (window));
  grid = find_widget (GTK_WIDGET (page), is_residents_grid);
  entry = GTK_EDITABLE (find_widget (GTK_WIDGET (page), is_residents_search));
  g_assert (grid != NULL);
  g_assert (entry != NULL);
  list = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (grid)));
  everyone = bare_resident_page (bare, NULL, &ignored);

  for (guint r = 0; r < REPEATS; r++)
    {
      gtk_editable_set_text (entry, "");
      iterate_until_page (list, everyone, &ignored);
      iterate_for (300);
      wait_for_frame (GTK_WIDGET (window));

      for (glong k = 1; k <= length; k++)
        {
          g_autofree char *typed = g_utf8_substring (surname, 0, k);
          g_autofree char *fts = k >= 2 ? hearth_search_text_to_fts (typed) : NULL;
          g_autoptr(GArray) expected = NULL;
          double floor_ms, started, longest, took;

          guint statements = traced_statements;
          gint64 ns = traced_ns;
          const char *key = g_utf8_offset_to_pointer (surname, k - 1);
          int position = -1;

          expected = bare_resident_page (bare, fts, &floor_ms);
          longest_delivery = 0;
          started = now_ms ();
          /* One key pressed: its letter added at the end, as typing does
           * (setting the whole text would empty the box first, and the
           * search box reacts to that at once). */
          position = strlen (gtk_editable_get_text (entry));
          gtk_editable_insert_text (entry, key, g_utf8_next_char (key) - key, &position);
          longest = now_ms () - started;
          iterate_until_page (list, expected, &longest);
          wait_for_frame (GTK_WIDGET (window));
          took = now_ms () - started;
          if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
            g_printerr ("  “%s”: drawn after %.1f ms, longest dispatch %.1f ms (%.1f ms"
                        " taking the results); %u statements on the window's connection"
                        " took %.1f ms\n",
                        typed, took, longest, longest_delivery,
                        traced_statements - statements, (traced_ns - ns) / 1e6);
          if (k < 2)
            continue;

          g_array_append_val (times, took);
          g_array_append_val (stalls, longest);
          g_array_append_val (floors, floor_ms);
          worst_time = MAX (worst_time, took);
          worst_stall = MAX (worst_stall, longest);
        }
    }

  gtk_editable_set_text (entry, "");
  iterate_until_page (list, everyone, &ignored);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  wait_for_frame (GTK_WIDGET (window));

  label = g_strdup_printf ("type “%s” in Residents, key by key", surname);
  note = g_strdup_printf ("keystroke to the correct first page drawn, median of %u keystrokes"
                          " (worst %.1f ms); longest main-loop dispatch median %.1f ms,"
                          " worst %.1f ms; SQLite: the exact first page",
                          times->len, worst_time,
                          median ((double *) stalls->data, stalls->len), worst_stall);
  print_row (label, median ((double *) times->data, times->len),
             median ((double *) floors->data, floors->len), note);
}

/* In a child process: peak memory with the window open and scrolled. */
static int
measure_memory (const char *path)
{
  double first;
  ScrollRun run;
  HearthWindow *window;

  scroll_run_init (&run);
  window = open_and_scroll (path, &first, &run);
  scroll_run_clear (&run);

  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %.1f\n", vm_kb ("VmHWM:"), vm_kb ("VmRSS:"),
           first);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

static gint64
child_memory (const char *self_path,
              const char *db,
              double     *first_frame_ms)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_path, "--memory", db, NULL };
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, NULL))
    return -1;

  {
    g_auto(GStrv) fields = g_strsplit (g_strstrip (out), " ", -1);

    if (g_strv_length (fields) < 3)
      return -1;
    *first_frame_ms = g_ascii_strtod (fields[2], NULL);
    return g_ascii_strtoll (fields[0], NULL, 10);
  }
}

/* In a child process: the first frame of the first window @app shows,
 * printed as milliseconds since the parent spawned this process (the
 * monotonic clock is the machine's, not the process's), then quits. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GApplication  *app)
{
  const char *spawned = g_object_get_data (G_OBJECT (app), "spawned-at");

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, app);
  g_print ("%.1f\n", (g_get_monotonic_time () - g_ascii_strtoll (spawned, NULL, 10)) / 1000.0);
  g_application_quit (app);
}

static void
first_window_realized_cb (GtkWidget    *window,
                          GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_painted_cb), app);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (first_window_realized_cb), app);
}

/* The floor for starting: a libadwaita application whose window holds a
 * header bar and nothing else. */
static void
bare_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *toolbar = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

static int
start_to_first_frame (const char *kind,
                      const char *path,
                      const char *spawned_at)
{
  g_autoptr(GApplication) app = NULL;
  int status;

  if (g_str_equal (kind, "hearth"))
    {
      /* Hearth as a person starts it: its own application, opening the file
       * read-write with every check it makes at start. */
      const char *app_argv[] = { "hearth", "--database", path, NULL };

      app = G_APPLICATION (hearth_application_new ());
      g_object_set_data_full (G_OBJECT (app), "spawned-at", g_strdup (spawned_at), g_free);
      g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
      status = g_application_run (app, 3, (char **) app_argv);
    }
  else
    {
      app = G_APPLICATION (adw_application_new ("io.github.hearthapp.Hearth.BareWindow",
                                                G_APPLICATION_DEFAULT_FLAGS));
      g_object_set_data_full (G_OBJECT (app), "spawned-at", g_strdup (spawned_at), g_free);
      g_signal_connect (app, "activate", G_CALLBACK (bare_activate_cb), NULL);
      g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
      status = g_application_run (app, 0, NULL);
    }

  return status;
}

/* Settings as they are once someone has said who they are: Hearth starts
 * on its window, not on the first-run questions. */
static char **
returning_user_environ (void)
{
  static char *config_home;
  char **env = g_get_environ ();

  if (config_home == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *keyfile = NULL;

      config_home = g_dir_make_tmp ("hearth-bench-XXXXXX", &error);
      g_assert_no_error (error);
      dir = g_build_filename (config_home, "glib-2.0", "settings", NULL);
      g_mkdir_with_parents (dir, 0700);
      keyfile = g_build_filename (dir, "keyfile", NULL);
      g_file_set_contents (keyfile,
                           "[io/github/hearthapp/Hearth]\n"
                           "first-run-done=true\n"
                           "staff-id=1\n",
                           -1, &error);
      g_assert_no_error (error);
    }

  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  return g_environ_setenv (env, "XDG_CONFIG_HOME", config_home, TRUE);
}

/* The renderer Hearth chose for this display (hearth_choose_renderer ()),
 * or NULL where GTK chooses. */
static const char *chosen_renderer;

/* Spawns one start-up and returns its milliseconds to first frame; with
 * @renderer, the child draws with that renderer (GSK_RENDERER). */
static double
child_first_frame (const char *self_path,
                   const char *kind,
                   const char *db,
                   const char *renderer)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) env = returning_user_environ ();
  g_autofree char *spawned_at = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self_path, "--first-frame", kind, db, NULL, NULL };
  int status;

  if (renderer != NULL)
    env = g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE);
  spawned_at = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
  argv[4] = spawned_at;
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("start-up of %s failed: %s\n", kind, error != NULL ? error->message : "");
      return -1;
    }

  return g_ascii_strtod (out, NULL);
}

/* Hearth's first frame against the bare window's, each in fresh processes
 * under the same display, in pairs whose order alternates so that neither
 * side always runs on a warmer machine. Hearth chooses its renderer as it
 * starts, and pays for asking; the bare window is handed the same renderer
 * for nothing, so the floor is the fastest a bare window starts here. Where
 * that is not GTK's own choice, a bare window left to GTK is timed after
 * each pair as well, for the note. */
static void
print_start_up (const char *self_path,
                const char *db,
                const char *what)
{
  double hearth_times[START_PAIRS], bare_times[START_PAIRS], gtk_times[START_PAIRS];
  g_autofree char *note = NULL;
  g_autofree char *gtk_note = NULL;

  for (guint i = 0; i < START_PAIRS; i++)
    {
      if (i % 2 == 0)
        {
          hearth_times[i] = child_first_frame (self_path, "hearth", db, NULL);
          bare_times[i] = child_first_frame (self_path, "bare", db, chosen_renderer);
        }
      else
        {
          bare_times[i] = child_first_frame (self_path, "bare", db, chosen_renderer);
          hearth_times[i] = child_first_frame (self_path, "hearth", db, NULL);
        }
      if (chosen_renderer != NULL)
        gtk_times[i] = child_first_frame (self_path, "bare", db, NULL);
    }

  if (chosen_renderer != NULL)
    gtk_note = g_strdup_printf ("; both drawn with %s, which Hearth chose (GL draws in software"
                                " here); the bare window left to GTK's own renderer: %.1f ms",
                                chosen_renderer, median (gtk_times, START_PAIRS));
  note = g_strdup_printf ("fresh processes, median of %d interleaved pairs; the floor is a bare"
                          " AdwApplicationWindow with a header bar%s (target ≤ 1.3×)",
                          START_PAIRS, gtk_note != NULL ? gtk_note : "");
  print_row (what, median (hearth_times, START_PAIRS), median (bare_times, START_PAIRS), note);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  sqlite3 *bare = NULL;
  const char *path;
  double hearth_times[REPEATS], bare_times[REPEATS];
  double first_frame;
  guint rows;
  ScrollRun page_run, wheel_run;
  g_autofree char *renderer = NULL;
  gint64 refresh_us = 0;
  HearthWindow *window = NULL;
  gboolean lists_only;
  gboolean typing_only;

  if (argc == 5 && g_str_equal (argv[1], "--first-frame"))
    return start_to_first_frame (argv[2], argv[3], argv[4]);

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_init ();
  adw_init ();
  hearth_ui_init ();
  /* Drawn as Hearth draws its windows. */
  chosen_renderer = hearth_choose_renderer (gdk_display_get_default ());

  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return measure_memory (argv[2]);

  if (argc < 2)
    {
      g_printerr ("usage: %s DATABASE [EMPTY-DATABASE [--start-up | --lists | --typing |"
                  " --residents]]\n", argv[0]);
      return 2;
    }
  path = argv[1];

  /* Only the rows of the lists and their filters, which need no window and
   * take seconds. */
  lists_only = argc >= 4 && g_str_equal (argv[3], "--lists");
  /* Only typing into the window's search box, for a profiler: no
   * scrolling, no start-up rows, nothing after it. */
  typing_only = argc >= 4 && g_str_equal (argv[3], "--typing");

  /* Only the Residents view's search, in the window. */
  if (argc >= 4 && g_str_equal (argv[3], "--residents"))
    {
      if (sqlite3_open_v2 (path, &bare, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return 1;
      window = open_and_scroll (path, &first_frame, NULL);
      g_print ("%-38s %10s %10s %8s\n", "what", "Hearth ms", "SQLite ms", "ratio");
      bench_residents_typing (window, bare);
      gtk_window_destroy (GTK_WINDOW (window));
      sqlite3_close (bare);
      return 0;
    }

  /* Only the start-up rows, which take a minute rather than ten. */
  if (argc >= 4 && g_str_equal (argv[3], "--start-up"))
    {
      g_print ("%-38s %10s %10s %8s\n", "what", "Hearth ms", "bare ms", "ratio");
      print_start_up (argv[0], path, "start to first frame (bare window)");
      print_start_up (argv[0], argv[2], "… on an empty database");
      return 0;
    }

  if (sqlite3_open_v2 (path, &bare, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_printerr ("cannot open %s\n", path);
      return 1;
    }

  g_print ("Hearth benchmark on %s\n\n", path);
  g_print ("%-38s %10s %10s %8s\n", "what", "Hearth ms", "SQLite ms", "ratio");

  if (!lists_only)
    {
      /* Start to first frame, against opening the file and reading the first page. */
      scroll_run_init (&page_run);
      scroll_run_init (&wheel_run);
      window = open_and_scroll (path, &first_frame, typing_only ? NULL : &page_run);

      /* The same list scrolled the way a mouse wheel does it, a notch a frame
       * (GTK moves a page^(2/3) a notch) for ten seconds from the top; then
       * back to the end of the list, where the rest of the benchmark expects
       * it. */
      if (!typing_only)
        {
          GtkScrolledWindow *list = find_case_list (window);
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (list);
          GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
          gint64 presentation = 0;

          renderer = g_strdup (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
          gdk_frame_clock_get_refresh_info (clock, g_get_monotonic_time (), &refresh_us, &presentation);

          gtk_adjustment_set_value (adjustment, 0);
          iterate_for (500);
          scroll_list (GTK_WIDGET (list), adjustment,
                       pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0), 600, &wheel_run);
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          wait_for_frame (GTK_WIDGET (window));
        }
      if (!typing_only)
        print_start_up (argv[0], path, "start to first frame (bare window)");
      if (argc >= 3 && !typing_only)
        print_start_up (argv[0], argv[2], "… on an empty database");
    }

  /* Opening the case list: a new model and its first screen of rows. */
  store = hearth_store_open (path, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
    sqlite3_trace_v2 (hearth_store_get_db (store), SQLITE_TRACE_PROFILE, trace_cb, NULL);
  /* Floor: the count of open cases and their exact first page, both from
   * cases_by_status_activity (the count from the index alone). */
  {
    double list_times[PAIRS], floor_times[PAIRS];
    g_autofree char *note = NULL;
    Floor floor;

    floor_init (&floor, bare, bare_case_count_sql, bare_case_page_sql);
    for (guint i = 0; i < PAIRS; i++)
      {
        double started;

        if (i % 2 == 1)
          floor_times[i] = floor_run (&floor, 0, &rows);

        started = now_ms ();
        {
          g_autoptr(HearthQueryModel) cases = hearth_case_query_new (store);

          hearth_query_model_set_param (cases, ":status", g_variant_new_string ("open"));
          fetch_items (G_LIST_MODEL (cases), PAGE);
          list_times[i] = now_ms () - started;
        }

        if (i % 2 == 0)
          floor_times[i] = floor_run (&floor, 0, &rows);
      }
    floor_clear (&floor);
    note = g_strdup_printf ("medians of %d interleaved pairs; SQLite: count + first page"
                            " (target ≤ 1.25×)", PAIRS);
    print_row ("open the case list (first 64 rows)", median (list_times, PAIRS),
               median (floor_times, PAIRS), note);
  }

  if (!lists_only)
    {
      /* Search as you type, off the main thread: the first results and all of
       * them, against the bare query that finds the same case ids. */
      if (!typing_only)
        {
          static const char *const typed[] = { "housing", "cooker", "accordion", "zephyr" };
          g_autoptr(HearthCaseSearch) search = hearth_case_search_new (store);
          g_autoptr(HearthQueryModel) cases = hearth_case_query_new (store);
          SearchRun run = { cases, 0, };
          double first_times[REPEATS], main_times[REPEATS];

          hearth_query_model_set_param (cases, ":status", g_variant_new_string ("open"));
          fetch_items (G_LIST_MODEL (cases), PAGE);
          g_signal_connect (search, "notify::match-ids", G_CALLBACK (search_match_ids_cb), &run);
          g_signal_connect (search, "notify::searching", G_CALLBACK (search_searching_cb), &run);

          for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
            {
              g_autofree char *fts = hearth_search_text_to_fts (typed[w]);
              g_autofree char *label = NULL;
              g_autofree char *note = NULL;
              guint found = 0;

              for (guint i = 0; i < REPEATS; i++)
                {
                  double started;

                  hearth_case_search_set_text (search, "");
                  run.deliveries = 0;
                  run.done = FALSE;
                  run.main_ms = 0;
                  run.started = started = now_ms ();
                  hearth_case_search_set_text (search, typed[w]);
                  run.main_ms += now_ms () - started;
                  iterate_until (&run.done);

                  first_times[i] = run.first_ms;
                  hearth_times[i] = run.done_ms;
                  main_times[i] = run.main_ms;
                  bare_times[i] = bare_query (bare, bare_match_ids_sql, 0, fts, &found);
                }

              label = g_strdup_printf ("type “%s”: first results", typed[w]);
              note = g_strdup_printf ("%u cases match, %u open; all in the model after %.1f ms;"
                                      " main thread %.1f ms", found,
                                      g_list_model_get_n_items (G_LIST_MODEL (cases)),
                                      median (hearth_times, REPEATS), median (main_times, REPEATS));
              print_row (label, median (first_times, REPEATS), median (bare_times, REPEATS), note);
            }

          {
            g_autofree char *fts = hearth_search_text_to_fts ("housing");
            guint ranked = 0;
            double bm25 = bare_query (bare, bare_bm25_sql, 0, fts, &ranked);

            g_print ("  (for comparison: ranking all %u timeline matches of “housing” with bm25"
                     " takes %.1f ms in bare SQLite)\n", ranked, bm25);
          }

          g_signal_handlers_disconnect_by_data (search, &run);
        }

      /* The same, typed into the window's search box: from the keystroke to
       * the first frame that shows results, search delay included. */
      {
        static const char *const typed[] = { "housing", "zephyr" };
        HearthCaseListPage *page = hearth_window_get_case_list_page (window);
        HearthCaseSearch *search = hearth_case_list_page_get_search (page);
        GtkEditable *entry = find_case_search_entry (GTK_WIDGET (page));
        double worst_stalls[REPEATS], cpu_times[REPEATS];
        Delivery delivery = { NULL, FALSE, FALSE };
        GtkWidget *grid = gtk_scrolled_window_get_child (find_case_list (window));
        gulong handler, loading_handler;

        g_assert (entry != NULL);
        g_assert (GTK_IS_GRID_VIEW (grid));
        /* The cases the list shows, under the selection and the slice
         * that holds the first frame's rows. */
        delivery.cases = HEARTH_QUERY_MODEL (hearth_case_list_page_get_model (page));
        handler = g_signal_connect (search, "notify::match-ids", G_CALLBACK (results_in_list_cb),
                                    &delivery);
        loading_handler = g_signal_connect (delivery.cases, "notify::loading",
                                            G_CALLBACK (results_in_list_cb), &delivery);
        for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
          {
            g_autofree char *fts = hearth_search_text_to_fts (typed[w]);
            g_autofree char *label = g_strdup_printf ("type “%s” in the window, drawn", typed[w]);
            g_autofree char *note = NULL;

            for (guint i = 0; i < REPEATS; i++)
              {
                guint statements;
                gint64 ns;
                double started, results_ms, cpu_started;

                /* Back to the whole list, drawn. */
                gtk_editable_set_text (entry, "");
                while (hearth_case_search_get_match_ids (search) != NULL ||
                       hearth_query_model_get_loading (delivery.cases))
                  g_main_context_iteration (NULL, TRUE);
                wait_for_frame (GTK_WIDGET (window));

                delivery.delivered = delivery.changed = FALSE;
                statements = traced_statements;
                ns = traced_ns;
                started = now_ms ();
                cpu_started = thread_cpu_ms ();
                gtk_editable_set_text (entry, typed[w]);
                worst_stalls[i] = 0;
                iterate_until_busy (&delivery.changed, &worst_stalls[i]);
                results_ms = now_ms () - started;
                wait_for_frame (GTK_WIDGET (window));
                hearth_times[i] = now_ms () - started;
                cpu_times[i] = thread_cpu_ms () - cpu_started;
                if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
                  g_printerr ("  results in the list after %.1f ms, drawn after %.1f ms;"
                              " %u statements took %.1f ms\n", results_ms, hearth_times[i],
                              traced_statements - statements, (traced_ns - ns) / 1e6);
                bare_times[i] = bare_query (bare, bare_search_sql, PAGE, fts, &rows);
              }

            /* Let the last search end before the next word. */
            iterate_for (500);
            note = g_strdup_printf ("keystroke to the first frame with results (%u ms search delay),"
                                    " SQLite: the exact first page;"
                                    " longest main-loop dispatch %.1f ms; main thread CPU %.1f ms",
                                    gtk_search_entry_get_search_delay (GTK_SEARCH_ENTRY (entry)),
                                    median (worst_stalls, REPEATS), median (cpu_times, REPEATS));
            print_row (label, median (hearth_times, REPEATS), median (bare_times, REPEATS), note);
          }
        gtk_editable_set_text (entry, "");
        iterate_for (200);
        g_signal_handler_disconnect (search, handler);
        g_signal_handler_disconnect (delivery.cases, loading_handler);
      }

      if (!typing_only)
        bench_residents_typing (window, bare);
    }

  if (typing_only)
    return 0;

  /* The case list's filters, each with its first page, against its floor:
   * the count of the cases it leaves and its exact first page. Each filter
   * has one or two honest ways to find its cases, and the floor is the
   * faster of them on this database:
   *
   * - "walk": cases_by_status_activity walked in the list's order, each
   *   case checked; the page stops after 64 cases that pass, the count
   *   reads the status's whole range. Best when most cases pass.
   * - "index": the filter's own index finds its few cases (a person's from
   *   cases_by_lead and case_workers_by_staff in a UNION, an outcome's from
   *   cases_by_outcome, follow-ups from agreement_items_open_by_due), which
   *   are then looked up and sorted; "+c.status" keeps the planner from
   *   walking the status index instead. Best when few cases pass.
   *
   * "closed" has only the walk: the status is the index's first column, so
   * the count reads the index alone and the page stops after 64 rows. */
  {
    gint64 busiest = bare_int (bare, "SELECT lead_id FROM cases WHERE lead_id IS NOT NULL"
                                     " GROUP BY lead_id ORDER BY count (*) DESC LIMIT 1");
    gint64 outcome = bare_int (bare, "SELECT outcome_id FROM cases WHERE outcome_id IS NOT NULL"
                                     " GROUP BY outcome_id ORDER BY count (*) DESC LIMIT 1");
    static const struct {
      const char *label;
      const char *status;
      const char *param;  /* bound to the id below, or TRUE */
      gboolean    by_outcome;
      const char *walk;
      const char *index;
    } filters[] = {
      { "filter: mine", "open", ":mine", FALSE,
        "c.status = 'open' AND (c.lead_id = ?3 OR EXISTS (SELECT 1 FROM case_workers w"
        " WHERE w.case_id = c.id AND w.staff_id = ?3))",
        "c.id IN (SELECT id FROM cases WHERE lead_id = ?3"
        " UNION SELECT case_id FROM case_workers WHERE staff_id = ?3) AND +c.status = 'open'" },
      { "filter: waiting on follow-up", "open", ":follow_up", FALSE,
        "c.status = 'open' AND EXISTS (SELECT 1 FROM agreement_items a WHERE a.case_id = c.id"
        " AND a.status = 'open' AND a.due_on <= date ('now', 'localtime', '+7 days'))",
        "c.id IN (SELECT case_id FROM agreement_items WHERE status = 'open'"
        " AND due_on <= date ('now', 'localtime', '+7 days')) AND +c.status = 'open'" },
      { "filter: closed", "closed", NULL, FALSE, "c.status = 'closed'", NULL },
      { "filter: closed, by outcome", "closed", ":outcome_id", TRUE,
        "c.status = 'closed' AND c.outcome_id = ?3",
        "c.outcome_id = ?3 AND +c.status = 'closed'" },
      { "filter: all, by worker", NULL, ":worker_id", FALSE,
        "c.status IN ('closed', 'open') AND (c.lead_id = ?3 OR EXISTS (SELECT 1"
        " FROM case_workers w WHERE w.case_id = c.id AND w.staff_id = ?3))",
        "c.id IN (SELECT id FROM cases WHERE lead_id = ?3"
        " UNION SELECT case_id FROM case_workers WHERE staff_id = ?3)" },
    };

    for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
      {
        const char *forms[2] = { filters[f].walk, filters[f].index };
        const char *form_names[2] = { "walk", "index" };
        Floor floors[2] = { { NULL, }, };
        double list_times[PAIRS], floor_times[2][PAIRS], floor_ms[2] = { G_MAXDOUBLE, G_MAXDOUBLE };
        g_autofree char *note = NULL;
        gint64 id = filters[f].by_outcome ? outcome : busiest;
        guint n_forms = forms[1] != NULL ? 2 : 1;
        guint best = 0;
        guint n = 0;

        for (guint k = 0; k < n_forms; k++)
          {
            g_autofree char *count_sql = g_strdup_printf (bare_filtered_count_sql, forms[k]);
            g_autofree char *page_sql = g_strdup_printf (bare_filtered_page_sql, forms[k]);

            floor_init (&floors[k], bare, count_sql, page_sql);
          }

        for (guint i = 0; i < PAIRS; i++)
          {
            double started;

            if (i % 2 == 1)
              for (guint k = 0; k < n_forms; k++)
                floor_times[k][i] = floor_run (&floors[k], id, &rows);

            started = now_ms ();
            {
              g_autoptr(HearthQueryModel) cases = hearth_case_query_new (store);

              hearth_query_model_freeze (cases);
              if (filters[f].status != NULL)
                hearth_query_model_set_param (cases, ":status",
                                              g_variant_new_string (filters[f].status));
              if (filters[f].param != NULL)
                hearth_query_model_set_param (cases, filters[f].param,
                                              g_str_equal (filters[f].param, ":follow_up")
                                              ? g_variant_new_boolean (TRUE)
                                              : g_variant_new_int64 (id));
              hearth_query_model_thaw (cases);
              fetch_items (G_LIST_MODEL (cases), PAGE);
              list_times[i] = now_ms () - started;
              n = g_list_model_get_n_items (G_LIST_MODEL (cases));
            }

            if (i % 2 == 0)
              for (guint k = 0; k < n_forms; k++)
                floor_times[k][i] = floor_run (&floors[k], id, &rows);
          }

        for (guint k = 0; k < n_forms; k++)
          {
            floor_ms[k] = median (floor_times[k], PAIRS);
            if (floor_ms[k] < floor_ms[best])
              best = k;
            floor_clear (&floors[k]);
          }

        if (n_forms == 2)
          note = g_strdup_printf ("%u cases; first %u rows; SQLite: count + first page by %s"
                                  " (%s: %.2f ms); medians of %d interleaved pairs", n, rows,
                                  form_names[best], form_names[1 - best], floor_ms[1 - best],
                                  PAIRS);
        else
          note = g_strdup_printf ("%u cases; first %u rows; SQLite: count + first page by %s;"
                                  " medians of %d interleaved pairs", n, rows, form_names[best],
                                  PAIRS);
        print_row (filters[f].label, median (list_times, PAIRS), floor_ms[best], note);
      }
  }

  /* The case with the longest timeline: its first page, and the window's
   * first frame with it open. */
  {
    gint64 longest_case = bare_int (bare, "SELECT case_id FROM timeline_entries"
                                     " WHERE case_id IS NOT NULL AND deleted_at IS NULL"
                                     " GROUP BY case_id ORDER BY count (*) DESC LIMIT 1");
    gint64 n_entries = bare_int (bare, "SELECT max (n) FROM (SELECT count (*) AS n"
                                       " FROM timeline_entries WHERE case_id IS NOT NULL"
                                       " AND deleted_at IS NULL GROUP BY case_id)");
    g_autofree char *match = g_strdup_printf ("[%" G_GINT64_FORMAT "]", longest_case);
    g_autoptr(HearthQueryModel) one = hearth_case_query_new (store);
    g_autoptr(HearthCase) item = NULL;
    HearthCaseView *view;
    g_autofree char *label = g_strdup_printf ("open the %" G_GINT64_FORMAT "-entry case",
                                              n_entries);
    g_autofree char *drawn_label = g_strdup_printf ("open the %" G_GINT64_FORMAT "-entry case,"
                                                    " drawn", n_entries);
    double frame_times[REPEATS], work_times[REPEATS], set_times[REPEATS];
    double layout_times[REPEATS], drawing_times[REPEATS];
    g_autofree char *note = NULL;

    /* Floor: the count of the case's entries and its exact first page. */
    {
      double list_times[PAIRS], floor_times[PAIRS];
      g_autofree char *timeline_note = NULL;
      Floor floor;

      floor_init (&floor, bare, bare_timeline_count_sql, bare_timeline_page_sql);
      for (guint i = 0; i < PAIRS; i++)
        {
          double started;

          if (i % 2 == 1)
            floor_times[i] = floor_run (&floor, longest_case, &rows);

          started = now_ms ();
          {
            g_autoptr(HearthQueryModel) entries = hearth_timeline_entry_query_new (store);

            hearth_query_model_set_param (entries, ":case_id", g_variant_new_int64 (longest_case));
            fetch_items (G_LIST_MODEL (entries), PAGE);
            list_times[i] = now_ms () - started;
          }

          if (i % 2 == 0)
            floor_times[i] = floor_run (&floor, longest_case, &rows);
        }
      floor_clear (&floor);
      timeline_note = g_strdup_printf ("timeline model, first 64 rows; SQLite: count + first page;"
                                       " medians of %d interleaved pairs (target ≤ 1.25×)", PAIRS);
      print_row (label, median (list_times, PAIRS), median (floor_times, PAIRS), timeline_note);
    }

    /* The rest needs the window. */
    if (lists_only)
      {
        sqlite3_close (bare);
        return 0;
      }
    view = hearth_case_list_page_get_case_view (hearth_window_get_case_list_page (window));

    hearth_query_model_set_param (one, ":match_ids", g_variant_new_string (match));
    item = g_list_model_get_item (G_LIST_MODEL (one), 0);
    g_assert (item != NULL);
    for (guint i = 0; i < REPEATS; i++)
      {
        GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
        FramePhases phases = { 0, };
        guint statements;
        gint64 ns;
        double started, longest_dispatch = 0;

        hearth_case_view_set_case (view, NULL);
        wait_for_frame (GTK_WIDGET (window));
        statements = traced_statements;
        ns = traced_ns;
        g_signal_connect (clock, "before-paint", G_CALLBACK (phase_before_paint_cb), &phases);
        g_signal_connect (clock, "layout", G_CALLBACK (phase_layout_cb), &phases);
        g_signal_connect (clock, "after-paint", G_CALLBACK (phase_after_paint_cb), &phases);
        started = now_ms ();
        hearth_case_view_set_case (view, item);
        set_times[i] = now_ms () - started;
        gtk_widget_queue_draw (GTK_WIDGET (window));
        work_times[i] = set_times[i] + iterate_until_busy (&phases.painted, &longest_dispatch);
        frame_times[i] = now_ms () - started;
        layout_times[i] = phases.laid_out - phases.before;
        drawing_times[i] = phases.painted_at - phases.laid_out;
        g_signal_handlers_disconnect_by_data (clock, &phases);
        if (g_getenv ("HEARTH_BENCH_TRACE") != NULL)
          g_printerr ("  case drawn in %.1f ms (set in %.1f ms, frame laid out in %.1f ms and drawn"
                      " in %.1f ms), of which %u statements took %.1f ms\n", frame_times[i],
                      set_times[i], layout_times[i], drawing_times[i],
                      traced_statements - statements, (traced_ns - ns) / 1e6);
        bare_times[i] = bare_query_id (bare, bare_timeline_count_sql, PAGE, longest_case, NULL) +
                        bare_query_id (bare, bare_timeline_page_sql, PAGE, longest_case, &rows);
      }
    note = g_strdup_printf ("set the case to the first frame painted with it; main-loop work %.1f ms:"
                            " setting the case %.1f ms, the frame's layout %.1f ms, drawing %.1f ms",
                            median (work_times, REPEATS), median (set_times, REPEATS),
                            median (layout_times, REPEATS), median (drawing_times, REPEATS));
    print_row (drawn_label, median (frame_times, REPEATS), median (bare_times, REPEATS), note);

    /* That case's timeline scrolled from its newest entry, a wheel notch a
     * frame for ten seconds and a page a frame for five, against reading
     * the rows it passed once. */
    {
      GtkScrolledWindow *timeline = find_scrolled (GTK_WIDGET (view), GTK_TYPE_GRID_VIEW,
                                                   "hearth-timeline");
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (timeline);
      double page_size = gtk_adjustment_get_page_size (adjustment);
      ScrollRun runs[2];
      const double steps[2] = { pow (page_size, 2.0 / 3.0), page_size };
      const guint frames[2] = { 600, 300 };
      const char *what[2] = { "wheel notches", "a page a frame" };

      for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
        {
          g_autofree char *run_label = NULL;
          g_autofree char *run_note = NULL;
          int passed;

          scroll_run_init (&runs[r]);
          gtk_adjustment_set_value (adjustment, 0);
          iterate_for (500);
          scroll_list (GTK_WIDGET (timeline), adjustment, steps[r], frames[r], &runs[r]);
          passed = runs[r].upper > 0
                   ? (int) ceil (n_entries * (runs[r].distance + page_size) / runs[r].upper) : 0;
          run_label = g_strdup_printf ("scroll the timeline by %s", what[r]);
          run_note = scroll_run_describe (&runs[r]);
          print_row (run_label, runs[r].total_ms,
                     bare_query_id (bare, bare_timeline_page_sql, passed, longest_case, &rows),
                     run_note);
          scroll_run_clear (&runs[r]);
        }
    }
  }

  /* Scrolling the case list, against reading the same rows once. */
  {
    g_autofree char *page_note = scroll_run_describe (&page_run);
    g_autofree char *wheel_note = scroll_run_describe (&wheel_run);
    guint n_cases = bare_int (bare, "SELECT count (*) FROM cases WHERE status = 'open'");
    int wheel_rows = wheel_run.upper > 0
                     ? (int) ceil (n_cases * (wheel_run.distance + 800) / wheel_run.upper) : 0;

    print_row ("scroll the case list top to bottom", page_run.total_ms,
               bare_query (bare, bare_all_cases_sql, G_MAXINT, NULL, &rows), page_note);
    print_row ("scroll the case list by wheel notches", wheel_run.total_ms,
               bare_query (bare, bare_all_cases_sql, wheel_rows, NULL, &rows), wheel_note);
    g_print ("  (drawn with %s; the frame clock paints at most every %.1f ms, so paint to paint"
             " is never much below that: the main loop's work per frame is what tells a stall)\n",
             renderer, refresh_us / 1000.0);
    scroll_run_clear (&page_run);
    scroll_run_clear (&wheel_run);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  sqlite3_close (bare);

  /* Peak memory, each in a fresh process. */
  if (argc >= 3)
    {
      g_autoptr(HearthStore) empty = hearth_store_open (argv[2], HEARTH_STORE_OPEN_DEFAULT, NULL);
      double scale_first = 0, empty_first = 0;
      gint64 scale_kb = child_memory (argv[0], path, &scale_first);
      gint64 empty_kb = child_memory (argv[0], argv[2], &empty_first);

      g_print ("\nstart to first frame in a fresh process: %.1f ms at scale, %.1f ms empty;"
               " the records add %.1f ms\n", scale_first, empty_first, scale_first - empty_first);
      g_print ("peak memory (VmHWM): %.1f MB at scale, %.1f MB empty, %+.1f MB (target: within 30 MB)\n",
               scale_kb / 1024.0, empty_kb / 1024.0, (scale_kb - empty_kb) / 1024.0);
    }

  return 0;
}
