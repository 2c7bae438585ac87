/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "hearth-audit-dialog.h"
#include "hearth-entry-composer.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-page.h"
#include "hearth-feedback-rater.h"
#include "hearth-feedback-file.h"
#include "hearth-feedback-response-view.h"
#include "hearth-feedback-response-window.h"
#include "hearth-item-owner-popover.h"
#include "hearth-practice-dialog.h"
#include "hearth-practice-example.h"
#include "hearth-projector-window.h"
#include "hearth-resident.h"
#include "hearth-resident-notes.h"
#include "hearth-resident-dialog.h"
#include "hearth-retention-dialog.h"
#include "hearth-screenshots.h"
#include "hearth-stopshop-page.h"
#include "hearth-stopshop-session-row.h"
#include "hearth-case.h"
#include "hearth-reflection-group.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-page.h"
#include "hearth-supervision-pair.h"
#include "hearth-timeline-entry.h"
#include "hearth-timeline-view.h"

/* How long each screen settles (lists fill, fonts load) before its picture. */
#define SETTLE_MS 900

/* How a shot shows the dialog its action opens. */
typedef enum {
  VIEW_TOP,
  VIEW_MIDDLE,          /* scrolled to its middle sections */
  VIEW_END,             /* scrolled to its last sections */
  VIEW_DARK,            /* in the dark style */
  VIEW_EXPANDED,        /* the case's first entries opened in place */
  VIEW_AGREEING,        /* "what we agreed" being written in the composer */
  VIEW_NEXT_PAGE,       /* a page on: the first behaviour of a response */
  VIEW_SPENDING,        /* a spend being logged in the composer, with what is left */
  VIEW_BUDGET,          /* scrolled to the team's budget in Insights */
  VIEW_BUDGET_DARK,     /* the same, in the dark style */
  VIEW_NEEDS,           /* scrolled to the table of access needs by area */
  VIEW_PRACTICE,        /* a one-to-one scrolled to its behaviours and the 360° report */
  VIEW_EXAMPLES,        /* a one-to-one scrolled to its examples of practice */
  VIEW_REFLECTION,      /* a one-to-one scrolled to its reflection, entries linked */
  VIEW_ENTRY_PICKER,    /* the entries of the case reflected on, to link */
  VIEW_ONE_TO_ONES,     /* scrolled to a supervisor's one-to-ones in Insights */
  VIEW_ONE_TO_ONES_DARK, /* the same, in the dark style */
  VIEW_SESSION_MENU,    /* the Stop Shop with a closed session's menu open */
  VIEW_RESIDENT_SEARCH, /* a surname typed in the New Case dialog, its residents found */
  VIEW_PROFILE_OPEN,    /* a case's profile, folded on a phone, opened */
  VIEW_FILTERS_OPEN,    /* a timeline's filters, folded on a phone, opened */
} ShotView;

typedef struct
{
  const char *file;
  const char *area;
  gboolean    open_case;
  int         width;
  int         height;
  /* An action that opens a dialog: "win." ones on the window, "case." ones
   * on the case shown, "feedback." ones on the Feedback page; @target is
   * its parameter in GVariant text, "open-cycle" for the first cycle
   * still open, "current-one-to-one" for the one-to-one that goes on
   * with the first of My people, or "selected-session" for the Stop Shop
   * session selected. */
  const char *action;
  const char *target;
  ShotView    view;
} Shot;

static const Shot shots[] = {
  { "cases.png", "cases", FALSE, 1280, 800 },
  /* The case list's rows, as narrow as a phone and in the dark style. */
  { "cases-narrow.png", "cases", FALSE, 360, 720 },
  { "cases-dark.png", "cases", FALSE, 1280, 800, NULL, NULL, VIEW_DARK },
  { "timeline.png", "cases", TRUE, 1280, 800 },
  { "timeline-expanded.png", "cases", TRUE, 1280, 800, NULL, NULL, VIEW_EXPANDED },
  { "composer-agreement.png", "cases", TRUE, 1280, 800, NULL, NULL, VIEW_AGREEING },
  { "stopshop.png", "stopshop", FALSE, 1280, 800 },
  { "barrier-log.png", "stopshop", FALSE, 1280, 800 },
  { "barrier-details.png", "stopshop", FALSE, 1280, 800, "stopshop.open-barrier", "int64 0" },
  { "barrier-details-log.png", "stopshop", FALSE, 1280, 800, "stopshop.open-barrier", "int64 0", VIEW_END },
  { "new-session.png", "stopshop", FALSE, 1280, 800, "stopshop.new-session" },
  { "session-summary.png", "stopshop", FALSE, 1280, 800, "stopshop.session-summary", "selected-session" },
  /* The Stop Shop as narrow as a phone and in the dark style, and a
   * session's own menu, open. */
  { "stopshop-narrow.png", "stopshop", FALSE, 360, 720 },
  { "stopshop-dark.png", "stopshop", FALSE, 1280, 800, NULL, NULL, VIEW_DARK },
  { "session-menu.png", "stopshop", FALSE, 1280, 800, NULL, NULL, VIEW_SESSION_MENU },
  { "session-menu-narrow.png", "stopshop", FALSE, 360, 720, NULL, NULL, VIEW_SESSION_MENU },
  { "feedback.png", "feedback", FALSE, 1280, 800 },
  { "feedback-dark.png", "feedback", FALSE, 1280, 800, NULL, NULL, VIEW_DARK },
  { "framework-editor.png", "feedback", FALSE, 1280, 800, "feedback.frameworks" },
  { "framework-editor-dark.png", "feedback", FALSE, 1280, 800, "feedback.frameworks", NULL, VIEW_DARK },
  { "framework-editor-scale.png", "feedback", FALSE, 1280, 800, "feedback.frameworks", NULL, VIEW_END },
  { "feedback-cycle.png", "feedback", FALSE, 1280, 800, "feedback.open-cycle", "open-cycle" },
  { "feedback-cycle-dark.png", "feedback", FALSE, 1280, 800, "feedback.open-cycle", "open-cycle", VIEW_DARK },
  { "new-cycle.png", "feedback", FALSE, 1280, 800, "feedback.new-cycle" },
  { "supervision.png", "supervision", FALSE, 1280, 800 },
  { "one-to-one.png", "supervision", FALSE, 1280, 800, "supervision.open", "current-one-to-one" },
  { "promises.png", "supervision", FALSE, 1280, 800, "supervision.promises" },
  { "insights.png", "cases", FALSE, 1280, 800, "win.insights" },
  { "insights-middle.png", "cases", FALSE, 1280, 800, "win.insights", NULL, VIEW_MIDDLE },
  { "insights-dark.png", "cases", FALSE, 1280, 800, "win.insights", NULL, VIEW_DARK },
  { "insights-budget.png", "cases", FALSE, 1280, 800, "win.insights", NULL, VIEW_BUDGET },
  { "insights-budget-dark.png", "cases", FALSE, 1280, 800, "win.insights", NULL, VIEW_BUDGET_DARK },
  { "insights-needs.png", "cases", FALSE, 1280, 800, "win.insights", NULL, VIEW_NEEDS },
  { "composer-spend.png", "cases", TRUE, 1280, 800, NULL, NULL, VIEW_SPENDING },
  { "handover.png", "cases", TRUE, 1280, 800, "case.handover" },
  { "new-case.png", "cases", FALSE, 1280, 800, "win.new-case" },
  { "preferences.png", "cases", FALSE, 1280, 800, "app.preferences" },
  { "preferences-backups.png", "cases", FALSE, 1280, 800, "app.preferences", NULL, VIEW_END },
  { "about.png", "cases", FALSE, 1280, 800, "app.about" },
  { "resident.png", "cases", TRUE, 1280, 800, "case.edit-resident", "int64 0" },
  { "resident-profile.png", "cases", TRUE, 1280, 800, "case.edit-resident", "int64 0", VIEW_MIDDLE },
  { "close-case.png", "cases", TRUE, 1280, 800, "case.close" },
  { "story.png", "cases", TRUE, 1280, 800, "case.story", "int64 0" },
  { "what-we-agreed.png", "cases", TRUE, 1280, 800, "timeline.agreement-summary", "agreement" },
  /* 360° feedback: a rater answering, and a closed cycle's report. */
  { "feedback-response-intro.png", "feedback", FALSE, 1280, 800, "win.feedback-answer", "rater" },
  { "feedback-response.png", "feedback", FALSE, 1280, 800, "win.feedback-answer", "rater", VIEW_NEXT_PAGE },
  { "feedback-response-window.png", "feedback", FALSE, 1280, 800, "response-file", "rater" },
  { "feedback-report.png", "feedback", FALSE, 1280, 800, "win.feedback-report", "closed-cycle" },
  { "feedback-report-middle.png", "feedback", FALSE, 1280, 800, "win.feedback-report", "closed-cycle", VIEW_MIDDLE },
  { "feedback-report-dark.png", "feedback", FALSE, 1280, 800, "win.feedback-report", "closed-cycle", VIEW_DARK },
  /* The same window on a projector, and as narrow as a phone. */
  { "timeline-1024x768.png", "cases", TRUE, 1024, 768 },
  { "composer-agreement-1024x768.png", "cases", TRUE, 1024, 768, NULL, NULL, VIEW_AGREEING },
  /* A Stop Shop on the projector, phase by phase (each a step forward). */
  { "projector-review-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "review" },
  { "projector-stop-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "stop" },
  { "projector-collaborate-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "collaborate" },
  { "projector-listen-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "listen" },
  { "projector-act-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "act" },
  { "projector-act-dark-1024x768.png", "stopshop", FALSE, 1024, 768, "stopshop.project-selected", "act", VIEW_DARK },
  { "handover-1024x768.png", "cases", TRUE, 1024, 768, "case.handover" },
  { "insights-1024x768.png", "cases", FALSE, 1024, 768, "win.insights" },
  { "insights-end-1024x768.png", "cases", FALSE, 1024, 768, "win.insights", NULL, VIEW_END },
  { "timeline-narrow.png", "cases", TRUE, 360, 720 },
  { "composer-agreement-narrow.png", "cases", TRUE, 360, 720, NULL, NULL, VIEW_AGREEING },
  { "composer-spend-narrow.png", "cases", TRUE, 360, 720, NULL, NULL, VIEW_SPENDING },
  { "insights-budget-narrow.png", "cases", FALSE, 360, 720, "win.insights", NULL, VIEW_BUDGET },
  { "insights-needs-narrow.png", "cases", FALSE, 360, 720, "win.insights", NULL, VIEW_NEEDS },
  { "feedback-narrow.png", "feedback", FALSE, 360, 720 },
  { "framework-editor-narrow.png", "feedback", FALSE, 360, 720, "feedback.frameworks" },
  { "feedback-cycle-narrow.png", "feedback", FALSE, 360, 720, "feedback.open-cycle", "open-cycle" },
  { "feedback-response-narrow.png", "feedback", FALSE, 360, 720, "win.feedback-answer", "rater", VIEW_NEXT_PAGE },
  { "feedback-response-window-narrow.png", "feedback", FALSE, 360, 720, "response-file", "rater", VIEW_NEXT_PAGE },
  { "feedback-report-narrow.png", "feedback", FALSE, 360, 720, "win.feedback-report", "closed-cycle" },
  { "feedback-report-dark-narrow.png", "feedback", FALSE, 360, 720, "win.feedback-report", "closed-cycle", VIEW_DARK },
  { "one-to-one-narrow.png", "supervision", FALSE, 360, 720, "supervision.open", "current-one-to-one" },
  /* A resident's own page, from the Residents view: notes in no case. */
  { "resident-page-narrow.png", "cases", FALSE, 360, 720, "residents.show", "resident-with-notes" },
  { "resident-page.png", "cases", FALSE, 1280, 800, "residents.show", "resident-with-notes" },
  { "resident-page-dark.png", "cases", FALSE, 1280, 800, "residents.show", "resident-with-notes", VIEW_DARK },
  { "promises-narrow.png", "supervision", FALSE, 360, 720, "supervision.promises" },
  /* One-to-ones: the 360° report beside behaviours, examples of practice,
   * and one of my people's own page. */
  { "one-to-one-practice-narrow.png", "supervision", FALSE, 360, 720, "supervision.open", "one-to-one-with-report", VIEW_PRACTICE },
  { "one-to-one-examples-narrow.png", "supervision", FALSE, 360, 720, "supervision.open", "one-to-one-with-report", VIEW_EXAMPLES },
  { "one-to-one-practice.png", "supervision", FALSE, 1280, 800, "supervision.open", "one-to-one-with-report", VIEW_PRACTICE },
  { "one-to-one-examples.png", "supervision", FALSE, 1280, 800, "supervision.open", "one-to-one-with-report", VIEW_EXAMPLES },
  { "practice-dialog.png", "supervision", FALSE, 1280, 800, "practice-dialog" },
  { "supervision-person.png", "supervision", FALSE, 1280, 800, "supervision.person", "person-with-report" },
  /* A case's two panes, each under its own bar: wide, dark, and at 360 px
   * with the back button in the content pane's bar. */
  { "timeline-dark.png", "cases", TRUE, 1280, 800, NULL, NULL, VIEW_DARK },
  { "timeline-dark-narrow.png", "cases", TRUE, 360, 720, NULL, NULL, VIEW_DARK },
  /* The resident's own words, folded above the timeline on a phone, opened. */
  { "profile-open-narrow.png", "cases", TRUE, 360, 720, NULL, NULL, VIEW_PROFILE_OPEN },
  /* The timeline's filters, folded beside its search on a phone, opened. */
  { "timeline-filters-narrow.png", "cases", TRUE, 360, 720, NULL, NULL, VIEW_FILTERS_OPEN },
  /* Residents' rights: closed cases due for review (as they will be years
   * on: the sample team's cases closed recently), and who has seen a
   * resident's record. */
  { "review-old-cases.png", "cases", FALSE, 1280, 800, "rights.review", NULL },
  { "review-old-cases-narrow.png", "cases", FALSE, 360, 720, "rights.review", NULL },
  { "audit.png", "cases", FALSE, 1280, 800, "rights.audit", "resident-with-notes" },
  { "audit-narrow.png", "cases", FALSE, 360, 720, "rights.audit", "resident-with-notes" },
  /* What erasing a resident will take, before anything goes. */
  { "erase-resident.png", "cases", FALSE, 1280, 800, "rights.erase", "resident-with-notes" },
  { "erase-resident-narrow.png", "cases", FALSE, 360, 720, "rights.erase", "resident-with-notes" },
  /* A one-to-one's reflection on a case, and the entries to link from it. */
  { "one-to-one-reflection.png", "supervision", FALSE, 1280, 800, "supervision.open", "current-one-to-one", VIEW_REFLECTION },
  { "one-to-one-reflection-narrow.png", "supervision", FALSE, 360, 720, "supervision.open", "current-one-to-one", VIEW_REFLECTION },
  { "reflection-entries.png", "supervision", FALSE, 1280, 800, "supervision.open", "current-one-to-one", VIEW_ENTRY_PICKER },
  { "reflection-entries-narrow.png", "supervision", FALSE, 360, 720, "supervision.open", "current-one-to-one", VIEW_ENTRY_PICKER },
  /* Insights for a supervisor: their people's one-to-ones (from the
   * One-to-ones area, so that the one using Hearth has people). */
  { "insights-one-to-ones.png", "supervision", FALSE, 1280, 800, "win.insights", NULL, VIEW_ONE_TO_ONES },
  { "insights-one-to-ones-narrow.png", "supervision", FALSE, 360, 720, "win.insights", NULL, VIEW_ONE_TO_ONES },
  { "insights-one-to-ones-dark.png", "supervision", FALSE, 1280, 800, "win.insights", NULL, VIEW_ONE_TO_ONES_DARK },
  /* Insights' charts as narrow as a phone: the cases by month with their
   * legend, and the money's. */
  { "insights-narrow.png", "cases", FALSE, 360, 720, "win.insights" },
  { "insights-middle-narrow.png", "cases", FALSE, 360, 720, "win.insights", NULL, VIEW_MIDDLE },
  { "insights-dark-narrow.png", "cases", FALSE, 360, 720, "win.insights", NULL, VIEW_DARK },
  /* The New Case dialog finding residents as a surname is typed. */
  { "new-case-search.png", "cases", FALSE, 1280, 800, "win.new-case", NULL, VIEW_RESIDENT_SEARCH },
  { "new-case-search-narrow.png", "cases", FALSE, 360, 720, "win.new-case", NULL, VIEW_RESIDENT_SEARCH },
};

typedef struct
{
  HearthWindow *window;
  char         *directory;
  guint         next;
  int           status;
  gboolean      scrolled;
  guint         waits;     /* for a section still loading */
  GPtrArray    *only;      /* GPatternSpec: HEARTH_SCREENSHOTS_ONLY's globs, or NULL for all */
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->window);
  g_free (run->directory);
  g_clear_pointer (&run->only, g_ptr_array_unref);
  g_free (run);
}

/* Popover menus are surfaces of their own, which the window's picture
 * leaves out: each open one is drawn over it where it shows. */
static void
add_open_menus (GtkSnapshot *snapshot,
                GtkWidget   *window,
                GtkWidget   *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER_MENU (child) && gtk_widget_get_mapped (child))
        {
          GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (child));
          g_autoptr(GdkPaintable) menu = gtk_widget_paintable_new (child);
          double window_x, window_y, menu_x, menu_y;

          gtk_native_get_surface_transform (gtk_widget_get_native (window), &window_x, &window_y);
          gtk_native_get_surface_transform (GTK_NATIVE (child), &menu_x, &menu_y);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot,
                                  &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) +
                                                          menu_x - window_x,
                                                        gdk_popup_get_position_y (GDK_POPUP (surface)) +
                                                          menu_y - window_y));
          gdk_paintable_snapshot (menu, GDK_SNAPSHOT (snapshot),
                                  gtk_widget_get_width (child), gtk_widget_get_height (child));
          gtk_snapshot_restore (snapshot);
        }
      add_open_menus (snapshot, window, child);
    }
}

gboolean
hearth_screenshots_save (GtkWidget   *widget,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window is not on screen yet, so it cannot be saved as a picture."));
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  add_open_menus (snapshot, widget, widget);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window drew nothing."));
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”."), path);
      return FALSE;
    }

  return TRUE;
}

static void prepare_next (Run *run);
static void take_next (Run *run);

static gboolean
resized_cb (gpointer data)
{
  take_next (data);
  return G_SOURCE_REMOVE;
}

static gboolean
prepare_next_cb (gpointer data)
{
  prepare_next (data);
  return G_SOURCE_REMOVE;
}

/* The first scrolled window shown that has something to scroll: a split
 * view's sidebar may come first with a short list. */
static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

      if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment))
        return GTK_SCROLLED_WINDOW (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled_window (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_timeline_list (GtkWidget *widget)
{
  if (GTK_IS_GRID_VIEW (widget) && gtk_widget_has_css_class (widget, "hearth-timeline"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_timeline_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The button that folds a case's profile on a phone: just before what it
 * folds, the first revealer of the case view's content (the timeline's
 * filters come after it). */
static GtkToggleButton *
profile_toggle (HearthWindow *window)
{
  HearthCaseView *view = hearth_case_list_page_get_case_view (hearth_window_get_case_list_page (window));
  GtkWidget *revealer = find_of_type (GTK_WIDGET (view), GTK_TYPE_REVEALER);
  GtkWidget *toggle = revealer != NULL ? gtk_widget_get_prev_sibling (revealer) : NULL;

  return GTK_IS_TOGGLE_BUTTON (toggle) ? GTK_TOGGLE_BUTTON (toggle) : NULL;
}

/* The button that folds a timeline's filters on a phone: the first toggle
 * of the timeline, beside its search. */
static GtkToggleButton *
filters_toggle (HearthWindow *window)
{
  HearthCaseView *view = hearth_case_list_page_get_case_view (hearth_window_get_case_list_page (window));
  GtkWidget *timeline = find_of_type (GTK_WIDGET (view), HEARTH_TYPE_TIMELINE_VIEW);
  GtkWidget *toggle = timeline != NULL ? find_of_type (timeline, GTK_TYPE_TOGGLE_BUTTON) : NULL;

  return toggle != NULL ? GTK_TOGGLE_BUTTON (toggle) : NULL;
}

/* Opens the menu of the first closed session of the Stop Shop (all its
 * items show), or of the first session. */
static void
open_session_menu (GtkWidget *window)
{
  GtkWidget *page = find_of_type (window, HEARTH_TYPE_STOPSHOP_PAGE);
  GListModel *sessions = page != NULL ? hearth_stopshop_page_get_sessions (HEARTH_STOPSHOP_PAGE (page)) : NULL;
  GtkWidget *list = page != NULL ? find_of_type (page, GTK_TYPE_LIST_VIEW) : NULL;
  GtkWidget *first = NULL;

  if (sessions == NULL || list == NULL)
    return;
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = find_of_type (item, HEARTH_TYPE_STOPSHOP_SESSION_ROW);
      HearthStopShopSession *session = row != NULL
        ? hearth_stopshop_session_row_get_session (HEARTH_STOPSHOP_SESSION_ROW (row)) : NULL;

      if (session == NULL)
        continue;
      if (first == NULL)
        first = row;
      if (hearth_stopshop_session_get_closed_at (session) != 0)
        {
          first = row;
          break;
        }
    }
  if (first != NULL)
    hearth_stopshop_session_row_popup_menu (HEARTH_STOPSHOP_SESSION_ROW (first));
}

static void
close_open_menus (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER_MENU (child) && gtk_widget_get_mapped (child))
        gtk_popover_popdown (GTK_POPOVER (child));
      close_open_menus (child);
    }
}

static GtkWidget *
find_projector (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (HEARTH_IS_PROJECTOR_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* A window of its own that a shot shows instead of the main one: the
 * projector, or a response file opened by itself. */
static GtkWidget *
find_own_window (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (HEARTH_IS_PROJECTOR_WINDOW (l->data) || HEARTH_IS_FEEDBACK_RESPONSE_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* A response form for @rater_id, written to a temporary file and opened
 * as a rater without the database opens it: by itself. */
static void
open_response_file (HearthWindow *window,
                    gint64        rater_id,
                    int           width,
                    int           height)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-screenshots-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWindow *own;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return;
    }
  g_object_get (window, "store", &store, NULL);
  /* Translators: the name of a response file in the screenshots. */
  path = g_build_filename (dir, _("feedback.hearth-feedback"), NULL);
  file = g_file_new_for_path (path);
  if (!hearth_feedback_file_export (store, rater_id, file, &error))
    {
      g_printerr ("%s\n", error->message);
      return;
    }
  own = hearth_feedback_response_window_new (gtk_window_get_application (GTK_WINDOW (window)), file);
  gtk_window_set_default_size (own, width, height);
  gtk_window_present (own);
  /* The window has read the file: the folder can go. */
  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

/* Writes what a worker and a resident agreed, as a person would type it:
 * mine by a date three days on, the resident's, and Age UK's on the 12th. */
static void
compose_agreement (GtkWidget *composer)
{
  static const struct {
    const char *text;
    const char *owner_kind;
    const char *owner_name;
    int         due_in_days;
  } things[] = {
    { "Ring the GP about the repeat prescription", "staff", NULL, 3 },
    { "Find the tenancy letter from the council", "resident", NULL, -1 },
    { "Call to arrange the benefits check", "other", "Age UK", 12 },
  };
  GtkWidget *summary = find_of_type (composer, GTK_TYPE_ENTRY);
  GtkWidget *list = find_of_type (composer, GTK_TYPE_LIST_BOX);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  gtk_widget_activate_action (composer, "composer.kind", "i", 4);
  gtk_editable_set_text (GTK_EDITABLE (summary), "What we agreed after the home visit");
  for (int i = 0; i < (int) G_N_ELEMENTS (things); i++)
    {
      GtkListBoxRow *row;
      g_autoptr(GDateTime) due = g_date_time_add_days (today, things[i].due_in_days);
      g_autofree char *due_on = g_date_time_format (due, "%Y-%m-%d");
      HearthAgreementFields fields = {
        NULL, things[i].owner_kind, 0, things[i].owner_name,
        things[i].due_in_days >= 0 ? due_on : NULL
      };

      if (i > 0)
        gtk_widget_activate_action (composer, "composer.add-item", NULL);
      row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      gtk_editable_set_text (GTK_EDITABLE (find_of_type (GTK_WIDGET (row), GTK_TYPE_ENTRY)),
                             things[i].text);
      hearth_item_owner_popover_set_owner (HEARTH_ITEM_OWNER_POPOVER (
                                             find_of_type (GTK_WIDGET (row), HEARTH_TYPE_ITEM_OWNER_POPOVER)),
                                           &fields, NULL);
    }
}

static gint64
newest_agreement (GListModel *entries)
{
  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (hearth_timeline_entry_get_kind (entry), "agreement"))
        return hearth_timeline_entry_get_id (entry);
    }
  return 0;
}

/* The first cycle still taking answers: its page has the most to show. */
static gint64
first_open_cycle (GListModel *cycles)
{
  for (guint i = 0; cycles != NULL && i < g_list_model_get_n_items (cycles); i++)
    {
      g_autoptr(HearthFeedbackCycle) cycle = g_list_model_get_item (cycles, i);

      if (hearth_feedback_cycle_get_is_open (cycle))
        return hearth_feedback_cycle_get_id (cycle);
    }
  return 0;
}

/* "closed-cycle": the first closed cycle; "rater": someone still to
 * answer in an open cycle with ratings, a peer when there is one. */
static gint64
feedback_target (HearthWindow *window,
                 const char   *which)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthQueryModel) cycles = NULL;
  gint64 found = 0;

  g_object_get (window, "store", &store, NULL);
  cycles = hearth_feedback_cycle_query_new (store);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cycles)); i++)
    {
      g_autoptr(HearthFeedbackCycle) cycle = g_list_model_get_item (G_LIST_MODEL (cycles), i);
      g_autoptr(HearthQueryModel) raters = NULL;

      if (g_str_equal (which, "closed-cycle"))
        {
          if (!hearth_feedback_cycle_get_is_open (cycle))
            return hearth_feedback_cycle_get_id (cycle);
          continue;
        }
      if (!hearth_feedback_cycle_get_is_open (cycle) || hearth_feedback_cycle_get_development_only (cycle))
        continue;
      raters = hearth_feedback_rater_list_new (store, hearth_feedback_cycle_get_id (cycle));
      for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (raters)); r++)
        {
          g_autoptr(HearthFeedbackRater) rater = g_list_model_get_item (G_LIST_MODEL (raters), r);
          HearthRaterStatus status = hearth_feedback_rater_get_status (rater);

          if (status == HEARTH_RATER_SUBMITTED || status == HEARTH_RATER_DECLINED)
            continue;
          if (found == 0 || hearth_feedback_rater_get_relationship (rater) == HEARTH_RELATIONSHIP_PEER)
            found = hearth_feedback_rater_get_id (rater);
          if (hearth_feedback_rater_get_relationship (rater) == HEARTH_RELATIONSHIP_PEER)
            return found;
        }
    }
  return found;
}

/* The preferences group of @widget titled @title, or NULL. */
static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_entries (GtkWidget *widget,
                 GPtrArray *entries)
{
  if (GTK_IS_ENTRY (widget))
    g_ptr_array_add (entries, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_entries (child, entries);
}

/* Logs a spend as a person would type it, amount and all. */
static void
compose_spend (GtkWidget *composer)
{
  GtkWidget *summary = find_of_type (composer, GTK_TYPE_ENTRY);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  gtk_widget_activate_action (composer, "composer.kind", "i", 6);
  gtk_editable_set_text (GTK_EDITABLE (summary), "A winter coat and boots");
  collect_entries (composer, entries);
  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *entry = entries->pdata[i];

      if (g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), _("£0.00")) == 0)
        gtk_editable_set_text (GTK_EDITABLE (entry), "64.99");
      else if (g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)),
                          _("What it was for")) == 0)
        gtk_editable_set_text (GTK_EDITABLE (entry), "Winter clothes");
    }
}

static gboolean
take_cb (gpointer data)
{
  Run *run = data;
  const Shot *shot = &shots[run->next];
  g_autofree char *path = g_build_filename (run->directory, shot->file, NULL);
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog =
    adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (run->window));
  GtkWidget *projector = NULL;

  if ((shot->view == VIEW_BUDGET || shot->view == VIEW_BUDGET_DARK || shot->view == VIEW_NEEDS ||
       shot->view == VIEW_PRACTICE || shot->view == VIEW_EXAMPLES ||
       shot->view == VIEW_REFLECTION ||
       shot->view == VIEW_ONE_TO_ONES || shot->view == VIEW_ONE_TO_ONES_DARK) &&
      !run->scrolled && dialog != NULL)
    {
      GtkScrolledWindow *scrolled = find_scrolled_window (GTK_WIDGET (dialog));
      GtkWidget *group = find_group (GTK_WIDGET (dialog), shot->view == VIEW_NEEDS
                                                            ? _("Access Needs by Area")
                                                            : shot->view == VIEW_PRACTICE
                                                            ? _("Behaviours")
                                                            : shot->view == VIEW_EXAMPLES
                                                            ? _("Examples of Practice")
                                                            : shot->view == VIEW_REFLECTION
                                                            ? _("Reflection on a Case")
                                                            : shot->view == VIEW_ONE_TO_ONES ||
                                                              shot->view == VIEW_ONE_TO_ONES_DARK
                                                            ? _("One-to-ones")
                                                            : _("Team Budget"));
      graphene_point_t top;

      /* The figures may still be on their way: their section comes later. */
      if ((group == NULL || !gtk_widget_get_mapped (group)) && run->waits++ < 10)
        {
          g_timeout_add (SETTLE_MS, take_cb, run);
          return G_SOURCE_REMOVE;
        }
      run->waits = 0;
      if (scrolled != NULL && group != NULL &&
          gtk_widget_compute_point (group, gtk_scrolled_window_get_child (scrolled),
                                    &GRAPHENE_POINT_INIT (0, 0), &top))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), top.y - 12);
      run->scrolled = TRUE;
      g_timeout_add (SETTLE_MS, take_cb, run);
      return G_SOURCE_REMOVE;
    }
  if ((shot->view == VIEW_MIDDLE || shot->view == VIEW_END) &&
      !run->scrolled && dialog != NULL)
    {
      GtkScrolledWindow *scrolled = find_scrolled_window (GTK_WIDGET (dialog));

      if (scrolled != NULL)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) *
                                                (shot->view == VIEW_END ? 1.0 : 0.3));
        }
      run->scrolled = TRUE;
      g_timeout_add (SETTLE_MS, take_cb, run);
      return G_SOURCE_REMOVE;
    }
  if (shot->view == VIEW_RESIDENT_SEARCH && dialog != NULL)
    {
      GtkWidget *entry = find_of_type (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
      GtkWidget *found = entry != NULL ? gtk_widget_get_next_sibling (entry) : NULL;

      /* A surname two of the team's residents share, half typed. */
      if (!run->scrolled && entry != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), "Hussa");
          run->scrolled = TRUE;
          g_timeout_add (SETTLE_MS, take_cb, run);
          return G_SOURCE_REMOVE;
        }
      /* They are found off the main thread: more than the row that adds
       * the name as someone new. */
      if ((!GTK_IS_LIST_BOX (found) ||
           gtk_list_box_get_row_at_index (GTK_LIST_BOX (found), 1) == NULL) &&
          run->waits++ < 10)
        {
          g_timeout_add (SETTLE_MS, take_cb, run);
          return G_SOURCE_REMOVE;
        }
      run->waits = 0;
    }
  if (shot->view == VIEW_SESSION_MENU && !run->scrolled)
    {
      open_session_menu (GTK_WIDGET (run->window));
      run->scrolled = TRUE;
      g_timeout_add (SETTLE_MS, take_cb, run);
      return G_SOURCE_REMOVE;
    }
  run->scrolled = FALSE;

  /* The projector's own window, at the projector's size, or a response
   * file's, when one is open. */
  projector = find_own_window ();

  if (hearth_screenshots_save (projector != NULL ? projector : GTK_WIDGET (run->window), path, &error))
    g_print ("%s\n", path);
  else
    {
      g_printerr ("%s\n", error->message);
      run->status = EXIT_FAILURE;
    }

  run->next++;

  if (shot->view == VIEW_AGREEING)
    hearth_entry_composer_clear (HEARTH_ENTRY_COMPOSER (
      find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_ENTRY_COMPOSER)));
  /* Closed again with the same key, for the pictures after it. */
  if (shot->view == VIEW_EXPANDED)
    {
      GtkWidget *list = find_timeline_list (GTK_WIDGET (run->window));

      for (guint position = 0; list != NULL && position < 3; position++)
        g_signal_emit_by_name (list, "activate", position);
    }

  if (projector != NULL)
    gtk_window_destroy (GTK_WINDOW (projector));

  /* Back to My people, for the pictures after it. */
  if (g_strcmp0 (shot->action, "supervision.person") == 0)
    gtk_widget_activate_action (find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_SUPERVISION_PAGE),
                                "supervision.back", NULL);

  if (shot->view == VIEW_DARK || shot->view == VIEW_BUDGET_DARK ||
      shot->view == VIEW_ONE_TO_ONES_DARK)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_DEFAULT);
  if (shot->view == VIEW_SESSION_MENU)
    close_open_menus (GTK_WIDGET (run->window));
  if (shot->view == VIEW_SPENDING)
    hearth_entry_composer_clear (HEARTH_ENTRY_COMPOSER (
      find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_ENTRY_COMPOSER)));
  /* Folded again, as the phone's width leaves it. */
  if (shot->view == VIEW_PROFILE_OPEN && profile_toggle (run->window) != NULL)
    gtk_toggle_button_set_active (profile_toggle (run->window), FALSE);
  if (shot->view == VIEW_FILTERS_OPEN && filters_toggle (run->window) != NULL)
    gtk_toggle_button_set_active (filters_toggle (run->window), FALSE);

  if (shot->action != NULL)
    {
      /* The next shot may resize the window: let the dialog go first,
       * and the one under it (the entry picker's one-to-one), or the
       * window would not close after the last shot. */
      if (dialog != NULL)
        {
          for (guint i = 0; i < 4 && dialog != NULL; i++)
            {
              adw_dialog_force_close (dialog);
              dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (run->window));
            }
          g_timeout_add (SETTLE_MS, prepare_next_cb, run);
          return G_SOURCE_REMOVE;
        }
    }

  prepare_next (run);
  return G_SOURCE_REMOVE;
}

static gboolean
is_wanted (Run        *run,
           const char *file)
{
  for (guint i = 0; i < run->only->len; i++)
    if (g_pattern_spec_match_string (g_ptr_array_index (run->only, i), file))
      return TRUE;

  return FALSE;
}

static void
prepare_next (Run *run)
{
  const Shot *shot;

  while (run->only != NULL && run->next < G_N_ELEMENTS (shots) &&
         !is_wanted (run, shots[run->next].file))
    run->next++;

  if (run->next >= G_N_ELEMENTS (shots))
    {
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (run->window)));

      if (run->status != EXIT_SUCCESS)
        g_application_quit (app);
      gtk_window_close (GTK_WINDOW (run->window));
      run_free (run);
      return;
    }

  shot = &shots[run->next];
  /* With shots left out, the one before may not have been taken. */
  if (run->next > 0 && (run->only != NULL || shots[run->next - 1].width != shot->width))
    {
      /* A new size: let the window settle into it before the next step. */
      gtk_window_set_default_size (GTK_WINDOW (run->window), shot->width, shot->height);
      g_timeout_add (SETTLE_MS, resized_cb, run);
      return;
    }
  gtk_window_set_default_size (GTK_WINDOW (run->window), shot->width, shot->height);
  hearth_window_set_area (run->window, shot->area);
  take_next (run);
}

/* One-to-ones show the people of whoever uses Hearth: the screenshots
 * use it as the supervisor of the most people. */
static void
choose_supervisor (Run *run)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthQueryModel) pairs = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *ids = NULL;
  gint64 best = 0;
  guint best_count = 0, n;

  g_object_get (run->window, "store", &store, NULL);
  if (store == NULL || hearth_store_get_actor (store) != 0)
    return;

  pairs = hearth_supervision_pair_list_new (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (pairs));
  ids = g_new0 (gint64, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthSupervisionPair) pair = g_list_model_get_item (G_LIST_MODEL (pairs), i);
      guint count;

      ids[i] = hearth_supervision_pair_get_supervisor_id (pair);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &ids[i])) + 1;
      g_hash_table_insert (counts, &ids[i], GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = ids[i];
          best_count = count;
        }
    }
  if (best != 0)
    hearth_store_set_actor (store, best);
}

/* Opens the review of old cases ("rights.review") as it will look seven
 * years on, when the sample team's closed cases are due, who has seen
 * resident @resident_id's record ("rights.audit"), or the confirmation
 * that says what erasing them would take ("rights.erase"; nothing is
 * erased: the shot closes it unanswered). */
static void
open_rights_dialog (HearthWindow *window,
                    const char   *action,
                    gint64        resident_id)
{
  g_autoptr(HearthStore) store = NULL;
  AdwDialog *dialog;

  g_object_get (window, "store", &store, NULL);
  if (g_str_equal (action, "rights.review"))
    {
      gint64 pinned = hearth_store_get_clock (store);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) later = g_date_time_add_years (now, 7);

      hearth_store_set_clock (store, g_date_time_to_unix (later));
      dialog = hearth_retention_dialog_new (store, 6);
      hearth_store_set_clock (store, pinned);
    }
  else if (g_str_equal (action, "rights.erase"))
    {
      dialog = hearth_resident_dialog_new (store, resident_id, NULL);
      adw_dialog_present (dialog, GTK_WIDGET (window));
      gtk_widget_activate_action (GTK_WIDGET (dialog), "resident.erase", NULL);
      return;
    }
  else
    dialog = hearth_audit_dialog_new (store, resident_id);

  adw_dialog_present (dialog, GTK_WIDGET (window));
}

/* The resident with the most notes in no case. */
static gint64
resident_with_notes (HearthCaseListPage *cases)
{
  HearthStore *store = hearth_query_model_get_store (HEARTH_QUERY_MODEL (hearth_case_list_page_get_model (cases)));
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (store);
  gint64 best = 0, best_count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (residents)); i++)
    {
      gint64 id = hearth_query_model_get_id (residents, i);
      gint64 count = hearth_resident_notes_count (store, id, NULL);

      if (count > best_count)
        {
          best = id;
          best_count = count;
        }
    }
  return best;
}

/* The first of my people with a released 360° report: their pair, or
 * NULL. */
static HearthSupervisionPair *
person_with_report (GListModel *people)
{
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HearthSupervisionPair) pair = g_list_model_get_item (people, i);
      HearthStore *store = hearth_query_model_get_store (HEARTH_QUERY_MODEL (people));

      if (hearth_feedback_cycle_find_latest_released (store, hearth_supervision_pair_get_staff_id (pair),
                                                      NULL, NULL) != 0)
        return g_steal_pointer (&pair);
    }
  return NULL;
}

/* Opens the sample's example to escalate, all written in, over the window. */
static void
open_practice_dialog (HearthWindow *window)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthQueryModel) examples = NULL;

  g_object_get (window, "store", &store, NULL);
  if (store == NULL)
    return;
  examples = hearth_practice_example_list_new (store);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (examples)); i++)
    {
      g_autoptr(HearthPracticeExample) example = g_list_model_get_item (G_LIST_MODEL (examples), i);

      if (hearth_practice_example_get_kind (example) == HEARTH_PRACTICE_ESCALATE)
        {
          adw_dialog_present (hearth_practice_dialog_new_for_example (store, example), GTK_WIDGET (window));
          return;
        }
    }
}

static gint64
current_one_to_one (GListModel *people)
{
  g_autoptr(HearthSupervisionPair) pair = g_list_model_get_item (people, 0);

  return pair != NULL ? hearth_supervision_pair_get_current_id (pair) : 0;
}

/* The cases @staff_id leads or works on. */
static HearthQueryModel *
cases_of (HearthStore *store,
          gint64       staff_id)
{
  HearthQueryModel *cases = hearth_case_query_new (store);

  hearth_case_list_set_worker (cases, staff_id);
  return cases;
}

/* The one-to-one going on with the first of My people who works on a
 * case, its reflection with a case and two of its entries linked, as the
 * supervisor would have chosen them: the person's first case when it
 * reflects on none yet. */
static gint64
reflection_one_to_one (GListModel *people)
{
  HearthStore *store = hearth_query_model_get_store (HEARTH_QUERY_MODEL (people));
  g_autoptr(HearthSupervision) record = NULL;
  g_autoptr(HearthQueryModel) entries = NULL;
  gint64 id = 0, case_id;

  for (guint i = 0; id == 0 && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HearthSupervisionPair) pair = g_list_model_get_item (people, i);
      g_autoptr(HearthQueryModel) cases = cases_of (store, hearth_supervision_pair_get_staff_id (pair));

      if (hearth_supervision_pair_get_current_id (pair) > 0 &&
          g_list_model_get_n_items (G_LIST_MODEL (cases)) > 0)
        id = hearth_supervision_pair_get_current_id (pair);
    }
  if (id == 0)
    return current_one_to_one (people);

  record = hearth_supervision_load (store, id, NULL);
  if (record == NULL || hearth_supervision_get_locked (record))
    return id;
  case_id = hearth_supervision_get_reflection_case_id (record);
  if (case_id <= 0)
    {
      g_autoptr(HearthQueryModel) cases = cases_of (store, hearth_supervision_get_staff_id (record));

      case_id = hearth_query_model_get_id (cases, 0);
      if (!hearth_supervision_link_case (store, id, case_id, NULL))
        return id;
    }
  entries = hearth_timeline_entry_query_new (store);
  hearth_timeline_entry_list_set_case (entries, case_id);
  for (guint i = 0; i < 2 && i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    hearth_supervision_link_entry (store, id, hearth_query_model_get_id (entries, i), NULL);
  return id;
}

static void
take_next (Run *run)
{
  const Shot *shot = &shots[run->next];

  if (g_str_equal (shot->area, "supervision"))
    choose_supervisor (run);
  hearth_window_set_area (run->window, shot->area);
  if (shot->open_case)
    hearth_case_list_page_open_case (hearth_window_get_case_list_page (run->window), 0);
  if (shot->view == VIEW_DARK || shot->view == VIEW_BUDGET_DARK ||
      shot->view == VIEW_ONE_TO_ONES_DARK)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  if (shot->view == VIEW_EXPANDED)
    {
      GtkWidget *list = find_timeline_list (GTK_WIDGET (run->window));

      /* Enter on a row opens it, as a person would. */
      for (guint position = 0; list != NULL && position < 3; position++)
        g_signal_emit_by_name (list, "activate", position);
    }
  if (shot->view == VIEW_AGREEING)
    compose_agreement (find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_ENTRY_COMPOSER));
  if (shot->view == VIEW_SPENDING)
    compose_spend (find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_ENTRY_COMPOSER));
  if (shot->view == VIEW_PROFILE_OPEN && profile_toggle (run->window) != NULL)
    gtk_toggle_button_set_active (profile_toggle (run->window), TRUE);
  if (shot->view == VIEW_FILTERS_OPEN && filters_toggle (run->window) != NULL)
    gtk_toggle_button_set_active (filters_toggle (run->window), TRUE);
  if (shot->action != NULL)
    {
      HearthCaseListPage *cases = hearth_window_get_case_list_page (run->window);
      HearthCaseView *view = hearth_case_list_page_get_case_view (cases);
      GtkWidget *on = GTK_WIDGET (run->window);
      g_autoptr(GVariant) target = NULL;

      if (g_str_has_prefix (shot->action, "case."))
        on = GTK_WIDGET (view);
      else if (g_str_has_prefix (shot->action, "stopshop."))
        on = find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_STOPSHOP_PAGE);
      else if (g_str_has_prefix (shot->action, "timeline."))
        on = find_of_type (GTK_WIDGET (view), HEARTH_TYPE_TIMELINE_VIEW);
      else if (g_str_has_prefix (shot->action, "feedback."))
        on = find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_FEEDBACK_PAGE);
      else if (g_str_has_prefix (shot->action, "residents."))
        on = GTK_WIDGET (cases);
      else if (g_str_has_prefix (shot->action, "supervision."))
        on = find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_SUPERVISION_PAGE);

      /* "agreement": the newest "what we agreed" on the case shown. */
      if (g_str_equal (shot->action, "stopshop.project-selected"))
        target = NULL;
      else if (g_strcmp0 (shot->target, "selected-session") == 0)
        target = g_variant_ref_sink (g_variant_new_int64 (
          hearth_stopshop_page_get_selected_session (HEARTH_STOPSHOP_PAGE (on))));
      else if (g_strcmp0 (shot->target, "open-cycle") == 0)
        target = g_variant_ref_sink (g_variant_new_int64 (first_open_cycle (
          hearth_feedback_page_get_model (HEARTH_FEEDBACK_PAGE (on)))));
      else if (g_strcmp0 (shot->target, "current-one-to-one") == 0)
        {
          GListModel *people = hearth_supervision_page_get_model (HEARTH_SUPERVISION_PAGE (on));
          gboolean reflection = shot->view == VIEW_REFLECTION || shot->view == VIEW_ENTRY_PICKER;

          target = g_variant_ref_sink (g_variant_new_int64 (reflection ? reflection_one_to_one (people)
                                                                       : current_one_to_one (people)));
        }
      else if (g_strcmp0 (shot->target, "one-to-one-with-report") == 0 ||
               g_strcmp0 (shot->target, "person-with-report") == 0)
        {
          g_autoptr(HearthSupervisionPair) pair = person_with_report (
            hearth_supervision_page_get_model (HEARTH_SUPERVISION_PAGE (on)));
          gint64 id = 0;

          if (pair != NULL)
            id = g_str_equal (shot->target, "person-with-report")
                 ? hearth_supervision_pair_get_id (pair)
                 : hearth_supervision_pair_get_current_id (pair);
          target = g_variant_ref_sink (g_variant_new_int64 (id));
        }
      else if (g_strcmp0 (shot->target, "resident-with-notes") == 0)
        target = g_variant_ref_sink (g_variant_new_int64 (resident_with_notes (cases)));
      else if (g_strcmp0 (shot->target, "agreement") == 0)
        target = g_variant_ref_sink (g_variant_new_int64 (newest_agreement (hearth_case_view_get_timeline (view))));
      else if (g_strcmp0 (shot->target, "rater") == 0 || g_strcmp0 (shot->target, "closed-cycle") == 0)
        target = g_variant_ref_sink (g_variant_new_int64 (feedback_target (run->window, shot->target)));
      else if (shot->target != NULL)
        target = g_variant_parse (NULL, shot->target, NULL, NULL, NULL);

      if (g_str_equal (shot->action, "response-file"))
        open_response_file (run->window, g_variant_get_int64 (target), shot->width, shot->height);
      else if (g_str_equal (shot->action, "practice-dialog"))
        open_practice_dialog (run->window);
      else if (g_str_has_prefix (shot->action, "rights."))
        open_rights_dialog (run->window, shot->action,
                            target != NULL ? g_variant_get_int64 (target) : 0);
      else
        gtk_widget_activate_action_variant (on, shot->action, target);

      /* Link Entries… in the one-to-one just opened. */
      if (shot->view == VIEW_ENTRY_PICKER)
        {
          GtkWidget *reflection = find_of_type (GTK_WIDGET (run->window), HEARTH_TYPE_REFLECTION_GROUP);

          if (reflection != NULL)
            gtk_widget_activate_action (reflection, "reflection.link-entries", NULL);
        }

      /* Past the first page, as Alt+Right goes. */
      if (shot->view == VIEW_NEXT_PAGE)
        {
          GtkWidget *own = find_own_window ();
          GtkWidget *response = find_of_type (own != NULL ? own : GTK_WIDGET (run->window),
                                              HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW);

          if (response != NULL)
            gtk_widget_activate_action (response, "response.next", NULL);
        }

      /* On the projector, @target is the phase to show. */
      if (g_str_equal (shot->action, "stopshop.project-selected") && shot->target != NULL && find_projector () != NULL)
        {
          GtkWidget *projector = find_projector ();

          gtk_widget_activate_action (projector, "projector.phase", "s", shot->target);
          /* The room votes: a few dots on the first barriers, as totals. */
          if (g_str_equal (shot->target, "listen"))
            for (int row = 0, dots = 9; row < 3; row++, dots -= 3)
              {
                for (int i = 0; i < dots; i++)
                  gtk_widget_activate_action (projector, "projector.vote", "i", 1);
                gtk_widget_activate_action (projector, "projector.move", "i", 1);
              }
        }
    }

  g_timeout_add (SETTLE_MS, take_cb, run);
}

void
hearth_screenshots_run (HearthWindow *window,
                        const char   *directory)
{
  Run *run;

  g_return_if_fail (HEARTH_IS_WINDOW (window));
  g_return_if_fail (directory != NULL);

  if (g_mkdir_with_parents (directory, 0755) != 0)
    {
      g_printerr (_("Could not create the folder “%s”: %s\n"), directory, g_strerror (errno));
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
      return;
    }

  run = g_new0 (Run, 1);
  run->window = g_object_ref (window);
  run->directory = g_strdup (directory);
  run->status = EXIT_SUCCESS;
  /* For whoever works on a few screens: globs such as "one-to-one*,cases*". */
  if (g_getenv ("HEARTH_SCREENSHOTS_ONLY") != NULL && *g_getenv ("HEARTH_SCREENSHOTS_ONLY") != '\0')
    {
      g_auto(GStrv) globs = g_strsplit (g_getenv ("HEARTH_SCREENSHOTS_ONLY"), ",", -1);

      run->only = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
      for (guint i = 0; globs[i] != NULL; i++)
        g_ptr_array_add (run->only, g_pattern_spec_new (g_strstrip (globs[i])));
    }

  /* A virtual display has no settings daemon to name GNOME's font. */
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);

  gtk_window_unmaximize (GTK_WINDOW (window));
  prepare_next (run);
}
