/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-case-list-page.h"
#include "hearth-case-row.h"
#include "hearth-case-search.h"
#include "hearth-case-view.h"
#include "hearth-lookup-item.h"
#include "hearth-query-model.h"
#include "hearth-resident.h"
#include "hearth-resident-dialog.h"
#include "hearth-resident-page.h"
#include "hearth-resident-row.h"
#include "hearth-resident-search.h"
#include "hearth-row-factory.h"
#include "hearth-search-text.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

/* What the filter drop-down offers, in its order. */
typedef enum {
  FILTER_OPEN,
  FILTER_MINE,
  FILTER_FOLLOW_UP,
  FILTER_CLOSED,
  FILTER_ALL,
} CaseFilter;

static const char *const sorts[] = { "activity", "name", "opened" };

/* A search that takes longer than this shows that it is still looking. */
#define SPINNER_AFTER_MS 250
/* Rows of results that went, kept for the next results: about two
 * screenfuls of the tallest window. */
#define SPARE_ROWS 64

struct _HearthCaseListPage
{
  AdwBin               parent_instance;

  /* template children */
  AdwNavigationSplitView *split_view;
  AdwHeaderBar        *header_bar;
  GtkToggleButton     *cases_button;
  GtkToggleButton     *residents_button;
  GtkSearchEntry      *search_entry;
  GtkWidget           *filter_row;
  GtkWidget           *outcome_row;
  GtkWidget           *new_resident_button;
  GtkStack            *mode_stack;
  GtkDropDown         *filter_dropdown;
  GtkDropDown         *sort_dropdown;
  GtkDropDown         *outcome_dropdown;
  GtkDropDown         *worker_dropdown;
  AdwSpinner          *search_spinner;
  GtkStack            *list_stack;
  GtkGridView         *list_view;
  AdwStatusPage       *empty_page;
  GtkWidget           *empty_new_button;
  HearthCaseView      *case_view;
  GtkStack            *residents_stack;
  GtkGridView         *residents_view;
  AdwStatusPage       *residents_empty_page;
  AdwNavigationPage   *content_page;
  GtkStack            *content_stack;

  /* made when first shown, then a child of content_stack */
  HearthResidentPage  *resident_page;

  /* owned */
  HearthStore         *store;
  HearthQueryModel    *cases;
  HearthCaseSearch    *search;
  HearthQueryModel    *staff;
  GListStore          *worker_parts;    /* "Any worker", then the names */
  GListModel          *outcomes;      /* HearthLookupItem: follows the table */
  GArray              *outcome_ids;   /* gint64, parallel to the outcome drop-down */
  GtkSliceListModel   *shown_cases;   /* the first screenful, then all: see show_all_rows () */
  GtkSingleSelection  *selection;
  HearthQueryModel    *residents;          /* made when the Residents view first opens */
  GtkSingleSelection  *residents_selection;
  HearthResidentSearch *resident_search;   /* made with residents */

  guint                spinner_id;
  guint                all_rows_id;
  gboolean             updating_outcomes;
  gboolean             open_when_found;  /* Enter was pressed while searching */
  gboolean             open_resident_when_found;
};

G_DEFINE_FINAL_TYPE (HearthCaseListPage, hearth_case_list_page, ADW_TYPE_BIN)

static gboolean
filter_allows_outcome (CaseFilter filter)
{
  return filter == FILTER_CLOSED || filter == FILTER_ALL;
}

/* The outcome chosen, or 0 for any. */
static gint64
chosen_outcome (HearthCaseListPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->outcome_dropdown);

  if (!filter_allows_outcome (gtk_drop_down_get_selected (self->filter_dropdown)) ||
      selected == 0 || selected >= self->outcome_ids->len)
    return 0;

  return g_array_index (self->outcome_ids, gint64, selected);
}

/* The worker chosen, or 0 for anyone: the first row is "Any worker", then
 * the staff in the order of the staff list. */
static gint64
chosen_worker (HearthCaseListPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->worker_dropdown);

  if (self->staff == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;

  return hearth_query_model_get_id (self->staff, selected - 1);
}

static void
update_empty_page (HearthCaseListPage *self)
{
  const GError *error = self->search != NULL ? hearth_case_search_get_error (self->search) : NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean filtered = (text != NULL && *text != '\0') ||
                      gtk_drop_down_get_selected (self->filter_dropdown) != FILTER_OPEN ||
                      chosen_outcome (self) != 0 || chosen_worker (self) != 0;

  /* Starting a case is what an empty list asks for, not a search that
   * found nothing. */
  gtk_widget_set_visible (self->empty_new_button, error == NULL && !filtered);

  if (error != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("Could Not Search"));
      adw_status_page_set_description (self->empty_page, error->message);
    }
  else if (filtered)
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Cases"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try other words, or show all cases."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Cases Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("A case holds the whole story of a resident: start one "
                                         "when you first talk with someone about what matters "
                                         "to them."));
    }
}

/* Turns the page's controls into the list's query parameters, in one reload.
 * The words typed are matched off the main thread (see match_ids_cb); the
 * list then keeps only the cases found. With @in_thread, the list reads its
 * ids off the main thread too, and shows them a dispatch later. */
static void
set_filters (HearthCaseListPage *self,
             gboolean            in_thread)
{
  CaseFilter filter = gtk_drop_down_get_selected (self->filter_dropdown);
  const char *match_ids;
  gint64 actor, outcome, worker;

  if (self->cases == NULL)
    return;

  actor = hearth_store_get_actor (self->store);
  outcome = chosen_outcome (self);
  worker = chosen_worker (self);
  match_ids = hearth_case_search_get_match_ids (self->search);

  hearth_query_model_freeze (self->cases);
  hearth_case_list_set_match_ids (self->cases, match_ids);
  hearth_case_list_set_outcome (self->cases, outcome);
  hearth_case_list_set_worker (self->cases, worker);
  hearth_case_list_set_status (self->cases,
                               filter == FILTER_OPEN || filter == FILTER_FOLLOW_UP ||
                               filter == FILTER_MINE ? "open" :
                               filter == FILTER_CLOSED ? "closed" : NULL);
  hearth_case_list_set_mine (self->cases, filter == FILTER_MINE ? actor : 0);
  hearth_case_list_set_follow_up (self->cases, filter == FILTER_FOLLOW_UP);
  if (in_thread)
    hearth_query_model_thaw_in_thread (self->cases);
  else
    hearth_query_model_thaw (self->cases);

  update_empty_page (self);
}

static void
apply_filters (HearthCaseListPage *self)
{
  set_filters (self, FALSE);
}

static gboolean
showing_residents (HearthCaseListPage *self)
{
  return gtk_toggle_button_get_active (self->residents_button);
}

/* Whether the search or the list is still working out what to show. */
static gboolean
finding (HearthCaseListPage *self)
{
  return hearth_case_search_get_searching (self->search) ||
         hearth_query_model_get_loading (self->cases);
}

/* One letter matches nearly everyone: over 40,000 residents (made-up
 * names) the search found and sorted them all in 200–340 ms, and the list
 * would then take every id on the main thread, for a list no narrower than
 * all of them. So the list narrows from the second letter typed. */
#define RESIDENT_SEARCH_FROM 2

/* The words typed, for the residents' search; "" for everyone. */
static char *
dup_resident_search (HearthCaseListPage *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (g_utf8_strlen (g_strstrip (text), -1) < RESIDENT_SEARCH_FROM)
    return g_strdup ("");
  return g_steal_pointer (&text);
}

static void
update_residents_empty_page (HearthCaseListPage *self)
{
  if (self->resident_search != NULL &&
      hearth_resident_search_get_match_ids (self->resident_search) != NULL)
    {
      adw_status_page_set_title (self->residents_empty_page, _("No Matching Residents"));
      adw_status_page_set_description (self->residents_empty_page,
                                       _("No one in Hearth matches these words. Try other words, "
                                         "or add them as a new resident."));
    }
  else
    {
      adw_status_page_set_title (self->residents_empty_page, _("No Residents Yet"));
      adw_status_page_set_description (self->residents_empty_page,
                                       _("Add a resident the first time they get in touch; you "
                                         "can log the call at once, with no case."));
    }
}

/* The residents whose record holds every word typed, found off the main
 * thread; the list keeps showing the last results until the new ones come
 * (resident_matches_cb). Text with no word to look for shows everyone at
 * once. */
static void
apply_resident_search (HearthCaseListPage *self)
{
  g_autofree char *text = NULL;

  if (self->resident_search == NULL)
    return;

  text = dup_resident_search (self);
  hearth_resident_search_set_text (self->resident_search, text);
}

/* The residents found are taken in on a worker, as the cases are (see
 * match_ids_cb): every resident again, once a search is cleared, took
 * 5 ms to read. */
static void
resident_matches_cb (HearthCaseListPage *self)
{
  hearth_query_model_freeze (self->residents);
  hearth_resident_list_set_match_ids (self->residents,
                                      hearth_resident_search_get_match_ids (self->resident_search));
  hearth_query_model_thaw_in_thread (self->residents);
  update_residents_empty_page (self);
}

static gboolean
finding_residents (HearthCaseListPage *self)
{
  return hearth_resident_search_get_searching (self->resident_search) ||
         hearth_query_model_get_loading (self->residents);
}

/* Once the search has finished and the list shows what it found. */
static void
resident_searching_cb (HearthCaseListPage *self)
{
  if (finding_residents (self) || !self->open_resident_when_found)
    return;

  self->open_resident_when_found = FALSE;
  if (showing_residents (self) && g_list_model_get_n_items (G_LIST_MODEL (self->residents)) > 0)
    hearth_case_list_page_open_resident (self, 0);
}

static void
search_changed_cb (HearthCaseListPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *words = hearth_search_text_to_fts (text);
  gboolean residents = showing_residents (self);

  if (self->search == NULL)
    return;

  /* Enter pressed for other words opens nothing for these. */
  if (g_strcmp0 (text, hearth_case_search_get_text (self->search)) != 0)
    self->open_when_found = FALSE;
  if (self->resident_search != NULL)
    {
      g_autofree char *typed = dup_resident_search (self);

      if (g_strcmp0 (typed, hearth_resident_search_get_text (self->resident_search)) != 0)
        self->open_resident_when_found = FALSE;
    }

  /* Only the list shown searches as the words are typed: the other one's
   * results, taken on the main thread when they come, would cost every
   * keystroke a frame or more for a list nobody sees. It catches up when
   * it is shown (view_changed_cb). No word at all costs no search, and
   * whoever clears the box expects everyone back in both lists at once.
   * Each list keeps showing its last results until the new ones come. */
  if (residents || words == NULL)
    apply_resident_search (self);
  if (!residents || words == NULL)
    hearth_case_search_set_text (self->search, text);
}

static void
search_activate_cb (HearthCaseListPage *self)
{
  if (self->cases == NULL)
    return;

  if (showing_residents (self))
    {
      /* The first resident found for what was typed, once it is found. */
      search_changed_cb (self);
      if (self->resident_search != NULL && finding_residents (self))
        self->open_resident_when_found = TRUE;
      else if (g_list_model_get_n_items (G_LIST_MODEL (self->residents)) > 0)
        hearth_case_list_page_open_resident (self, 0);
      return;
    }

  /* Enter opens the first case found for what was typed, not the first of
   * the results still shown from before. */
  search_changed_cb (self);
  if (finding (self))
    {
      self->open_when_found = TRUE;
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->cases)) > 0)
    hearth_case_list_page_open_case (self, 0);
}

/* Down from the search box goes into the results, to the first case. */
static gboolean
search_key_pressed_cb (HearthCaseListPage *self,
                       guint               keyval,
                       guint               keycode,
                       GdkModifierType     state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  if (showing_residents (self))
    {
      if (self->residents_selection == NULL ||
          g_list_model_get_n_items (G_LIST_MODEL (self->residents_selection)) == 0)
        return GDK_EVENT_PROPAGATE;

      gtk_grid_view_scroll_to (self->residents_view, 0, GTK_LIST_SCROLL_NONE, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->residents_view));
      return GDK_EVENT_STOP;
    }

  if (self->selection == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return GDK_EVENT_PROPAGATE;

  gtk_grid_view_scroll_to (self->list_view, 0, GTK_LIST_SCROLL_NONE, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return GDK_EVENT_STOP;
}

static void
match_ids_cb (HearthCaseListPage *self)
{
  /* Filtering and sorting the cases found took 4–10 ms of the dispatch
   * that delivered them at scale ("zephyr", "housing"), on top of the rows
   * made for them: the list reads them on a worker (see results_shown). */
  set_filters (self, TRUE);
}

/* A one-column grid view builds, binds and measures thirty-three rows
 * whatever its height (GTK_GRID_VIEW_MAX_VISIBLE_ROWS, 30, and three), four
 * times what a window of 800 pixels shows: the rows below it took 16 ms of
 * each start at the scale of DESIGN.md (perf, medians of interleaved
 * starts on a busy 2-core machine). The list holds the screenful the
 * window can show until its first frame is drawn, then every case; opening
 * a case makes it whole at once. A case row is never shorter than this,
 * nor the sidebar's bars and filters above the list, with text at 70 % of
 * its default size (they are 70 and 220 pixels at the default). */
#define CASE_ROW_MIN_HEIGHT 48
#define CASE_LIST_MIN_TOP 160

static void
show_all_rows (HearthCaseListPage *self)
{
  g_clear_handle_id (&self->all_rows_id, g_source_remove);
  if (self->shown_cases != NULL && gtk_slice_list_model_get_size (self->shown_cases) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->shown_cases, G_MAXUINT);
}

static gboolean
show_all_rows_cb (gpointer data)
{
  HearthCaseListPage *self = data;

  self->all_rows_id = 0;
  show_all_rows (self);
  return G_SOURCE_REMOVE;
}

/* The rest of the rows are built once nothing else waits. */
static void
first_frame_drawn_cb (GdkFrameClock      *clock,
                      HearthCaseListPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_drawn_cb, self);
  if (self->all_rows_id == 0)
    self->all_rows_id = g_idle_add (show_all_rows_cb, self);
}

/* As many rows as the window can show now; before it has a size, as many
 * as one of the size it opens at the first time. */
static guint
rows_to_fill (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkNative *native = gtk_widget_get_native (widget);
  int height = 0;

  if (GTK_IS_WINDOW (root) && !gtk_window_is_maximized (GTK_WINDOW (root)) &&
      !gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_get_default_size (GTK_WINDOW (root), NULL, &height);
  if (height <= 0 && native != NULL && gtk_native_get_surface (native) != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (native);
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                                surface);
      GdkRectangle area = { 0, };

      if (monitor != NULL)
        gdk_monitor_get_geometry (monitor, &area);
      height = area.height;
    }

  if (height <= 0)
    height = 800;
  return (guint) MAX (height - CASE_LIST_MIN_TOP, 0) / CASE_ROW_MIN_HEIGHT + 1;
}

static void
list_mapped_cb (HearthCaseListPage *self)
{
  if (self->shown_cases == NULL || gtk_slice_list_model_get_size (self->shown_cases) == G_MAXUINT)
    return;

  gtk_slice_list_model_set_size (self->shown_cases, rows_to_fill (GTK_WIDGET (self->list_view)));
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view)), "after-paint",
                           G_CALLBACK (first_frame_drawn_cb), self, 0);
}

/* The open case stays highlighted while it is in the list, even when the
 * list announced a large change as a removal and an addition. */
static void
cases_changed_cb (HearthCaseListPage *self)
{
  HearthCase *open = hearth_case_view_get_case (self->case_view);
  guint position;

  if (open == NULL || self->selection == NULL)
    return;

  show_all_rows (self);

  position = hearth_query_model_find_id (self->cases, hearth_case_get_id (open));
  if (position != G_MAXUINT && gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
}

static gboolean
show_spinner_cb (gpointer data)
{
  HearthCaseListPage *self = data;

  self->spinner_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), TRUE);

  return G_SOURCE_REMOVE;
}

/* A search's results arrive in a list the eyes may not be on: say how
 * many there are once it has finished. */
static void
announce_found (HearthCaseListPage *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cases));
  g_autofree char *message = NULL;

  if (*g_strstrip (text) == '\0')
    return;
  message = n == 0 ? g_strdup (_("No cases found"))
                   : g_strdup_printf (ngettext ("%u case found", "%u cases found", n), n);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* Once the search has finished and the list shows what it found. */
static void
results_shown (HearthCaseListPage *self)
{
  if (finding (self))
    return;

  update_empty_page (self);
  announce_found (self);

  if (self->open_when_found)
    {
      self->open_when_found = FALSE;
      if (g_list_model_get_n_items (G_LIST_MODEL (self->cases)) > 0)
        hearth_case_list_page_open_case (self, 0);
    }
}

static void
searching_cb (HearthCaseListPage *self)
{
  gboolean searching = hearth_case_search_get_searching (self->search);

  /* Most searches end before anyone could see a spinner. */
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  if (searching)
    self->spinner_id = g_timeout_add (SPINNER_AFTER_MS, show_spinner_cb, self);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->search_spinner), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->list_view),
                               GTK_ACCESSIBLE_STATE_BUSY, searching, -1);

  results_shown (self);
}

static void
filter_changed_cb (HearthCaseListPage *self)
{
  CaseFilter filter = gtk_drop_down_get_selected (self->filter_dropdown);
  gboolean allows_outcome = filter_allows_outcome (filter);

  /* Only closed cases have an outcome. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_dropdown), allows_outcome);
  if (!allows_outcome && gtk_drop_down_get_selected (self->outcome_dropdown) != 0)
    {
      self->updating_outcomes = TRUE;
      gtk_drop_down_set_selected (self->outcome_dropdown, 0);
      self->updating_outcomes = FALSE;
    }

  apply_filters (self);
}

static void
outcome_changed_cb (HearthCaseListPage *self)
{
  if (!self->updating_outcomes)
    apply_filters (self);
}

static void
worker_changed_cb (HearthCaseListPage *self)
{
  apply_filters (self);
}

/* The team's outcomes, which it may edit, for the outcome drop-down; the
 * one chosen stays chosen while it is there. */
static void
update_outcomes (HearthCaseListPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *outcomes = self->outcomes;
  gint64 chosen = 0, none = 0;
  guint selected = gtk_drop_down_get_selected (self->outcome_dropdown);
  guint new_selected = 0;

  if (selected > 0 && selected < self->outcome_ids->len)
    chosen = g_array_index (self->outcome_ids, gint64, selected);

  g_array_set_size (self->outcome_ids, 0);
  g_array_append_val (self->outcome_ids, none);
  gtk_string_list_append (names, _("Any outcome"));

  for (guint i = 0; outcomes != NULL && i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(HearthLookupItem) outcome = g_list_model_get_item (outcomes, i);
      gint64 id = hearth_lookup_item_get_id (outcome);

      g_array_append_val (self->outcome_ids, id);
      gtk_string_list_append (names, hearth_lookup_item_get_name (outcome));
      if (id == chosen)
        new_selected = self->outcome_ids->len - 1;
    }

  self->updating_outcomes = TRUE;
  gtk_drop_down_set_model (self->outcome_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->outcome_dropdown, new_selected);
  self->updating_outcomes = FALSE;

  if (new_selected == 0 && chosen != 0)
    apply_filters (self);
}

static gpointer
staff_name (gpointer item,
            gpointer user_data)
{
  g_autoptr(HearthStaffMember) member = item;

  return gtk_string_object_new (hearth_staff_member_get_name (member));
}

/* "Any worker", then the whole team by name (see add_worker_names()). */
static GListModel *
worker_choices_new (GListStore **parts)
{
  g_autoptr(GtkStringList) any = gtk_string_list_new (NULL);

  gtk_string_list_append (any, _("Any worker"));
  *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (*parts, any);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (*parts))));
}

/* The team's names join "Any worker" when the list is first opened: a
 * drop-down's list builds its rows as soon as it has them, and a team of a
 * thousand is two hundred rows to read and build as the window starts. The
 * names are read as the list shows them. */
static void
add_worker_names (HearthCaseListPage *self)
{
  g_autoptr(GtkMapListModel) names = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->worker_parts)) > 1)
    return;

  names = gtk_map_list_model_new (g_object_ref (G_LIST_MODEL (self->staff)), staff_name, NULL, NULL);
  g_list_store_append (self->worker_parts, names);
}

static void
sort_changed_cb (HearthCaseListPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->cases != NULL && selected < G_N_ELEMENTS (sorts))
    hearth_query_model_set_sort (self->cases, sorts[selected]);
}

static void
case_activated_cb (HearthCaseListPage *self,
                   guint               position)
{
  hearth_case_list_page_open_case (self, position);
}

/* The residents' list is read the first time someone opens it. */
static void
ensure_residents (HearthCaseListPage *self)
{
  if (self->residents != NULL || self->store == NULL)
    return;

  /* The search first: its handler of the store's changes then runs before
   * the list's, so that a resident erased has left the ids the list reads
   * again. */
  self->resident_search = hearth_resident_search_new (self->store);
  self->residents = hearth_resident_query_new (self->store);
  g_signal_connect_swapped (self->resident_search, "notify::match-ids",
                            G_CALLBACK (resident_matches_cb), self);
  g_signal_connect_swapped (self->resident_search, "notify::searching",
                            G_CALLBACK (resident_searching_cb), self);
  g_signal_connect_swapped (self->residents, "notify::loading",
                            G_CALLBACK (resident_searching_cb), self);
  apply_resident_search (self);
  update_residents_empty_page (self);
  self->residents_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->residents)));
  gtk_single_selection_set_autoselect (self->residents_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->residents_selection, TRUE);
  gtk_single_selection_set_selected (self->residents_selection, GTK_INVALID_LIST_POSITION);
  gtk_grid_view_set_model (self->residents_view, GTK_SELECTION_MODEL (self->residents_selection));
  hearth_bind_empty_state (self->residents_stack, G_LIST_MODEL (self->residents));
}

static void resident_open_case_cb (HearthCaseListPage *self,
                                   gint64              case_id);
static void resident_erased_cb    (HearthCaseListPage *self,
                                   gint64              resident_id);

/* The resident page is made when the Residents view is first shown: built
 * with the window, it and its composer took 11 ms of every start (and
 * reading its store 5 ms more), for a page most starts never show. */
static HearthResidentPage *
ensure_resident_page (HearthCaseListPage *self)
{
  if (self->resident_page != NULL)
    return self->resident_page;

  self->resident_page = g_object_new (HEARTH_TYPE_RESIDENT_PAGE, NULL);
  g_signal_connect_object (self->resident_page, "open-case", G_CALLBACK (resident_open_case_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->resident_page, "erased", G_CALLBACK (resident_erased_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->resident_page), "resident");
  if (self->store != NULL)
    hearth_resident_page_set_store (self->resident_page, self->store);

  return self->resident_page;
}

/* The content pane follows the view: the case or the resident last opened
 * in it. */
static void
show_content (HearthCaseListPage *self,
              gboolean            resident)
{
  if (resident)
    ensure_resident_page (self);
  gtk_stack_set_visible_child_name (self->content_stack, resident ? "resident" : "case");
  adw_navigation_page_set_title (self->content_page, resident ? _("Resident") : _("Case"));
}

/* On a phone the content pane slides in with the keyboard focus on its
 * first control, the case's title, which a selectable label takes by
 * selecting all its text: a screen reader starts from the title, but
 * nobody meant to select it. */
static void
content_shown_cb (HearthCaseListPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (GTK_IS_LABEL (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_page)))
    gtk_label_select_region (GTK_LABEL (focus), 0, 0);
}

static void
view_changed_cb (HearthCaseListPage *self)
{
  gboolean residents = showing_residents (self);

  if (residents)
    ensure_residents (self);
  /* The list now shown catches up with the words typed. */
  search_changed_cb (self);

  gtk_widget_set_visible (self->filter_row, !residents);
  gtk_widget_set_visible (self->outcome_row, !residents);
  gtk_widget_set_visible (self->new_resident_button, residents);
  gtk_stack_set_visible_child_name (self->mode_stack, residents ? "residents" : "cases");
  g_object_set (self->search_entry, "placeholder-text",
                residents ? _("Search residents by name, area or reference")
                          : _("Search residents, cases and timelines"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  residents ? _("Search residents") : _("Search cases"), -1);
  show_content (self, residents);
}

static void
resident_activated_cb (HearthCaseListPage *self,
                       guint               position)
{
  hearth_case_list_page_open_resident (self, position);
}

static void
resident_open_case_cb (HearthCaseListPage *self,
                       gint64              case_id)
{
  gtk_toggle_button_set_active (self->cases_button, TRUE);
  hearth_case_list_page_show_case (self, case_id);
}

static void
erased_dialog_gone_cb (HearthCaseListPage *self,
                       GParamSpec         *pspec,
                       GObject            *root)
{
  g_autoptr(AdwDialog) dialog = NULL;

  g_object_get (root, "visible-dialog", &dialog, NULL);
  if (dialog != NULL)
    return;

  g_signal_handlers_disconnect_by_func (root, erased_dialog_gone_cb, self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Their page has emptied itself: back to the list they were chosen from,
 * which no longer holds them, and say so where the eyes may not be. The
 * keyboard goes to the search once the dialogs that erased them close,
 * as they give the focus back to where it was. */
static void
resident_erased_cb (HearthCaseListPage *self,
                    gint64              resident_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(AdwDialog) dialog = NULL;

  gtk_toggle_button_set_active (self->residents_button, TRUE);
  if (self->residents_selection != NULL)
    gtk_single_selection_set_selected (self->residents_selection, GTK_INVALID_LIST_POSITION);
  hearth_split_view_show_content (self->split_view, FALSE);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), _("Resident erased; back to the residents list"),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);

  if (ADW_IS_WINDOW (root) || ADW_IS_APPLICATION_WINDOW (root))
    g_object_get (root, "visible-dialog", &dialog, NULL);
  if (dialog != NULL)
    g_signal_connect_object (root, "notify::visible-dialog", G_CALLBACK (erased_dialog_gone_cb),
                             self, G_CONNECT_SWAPPED);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
resident_added_cb (HearthCaseListPage   *self,
                   HearthResidentDialog *dialog)
{
  /* A first-time caller: their page opens ready to log the call, once
   * the dialog has closed and given the focus back. */
  hearth_case_list_page_show_resident (self, hearth_resident_dialog_get_resident_id (dialog));
  g_signal_connect_object (dialog, "closed", G_CALLBACK (hearth_resident_page_focus_composer),
                           ensure_resident_page (self), G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
new_resident_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthCaseListPage *self = HEARTH_CASE_LIST_PAGE (widget);
  g_autofree char *name = NULL;
  AdwDialog *dialog;

  if (self->store == NULL)
    return;

  /* The name looked for and not found is the name to add. */
  if (showing_residents (self))
    name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  dialog = hearth_resident_dialog_new (self->store, 0, name);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (resident_added_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
show_resident_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hearth_case_list_page_show_resident (HEARTH_CASE_LIST_PAGE (widget),
                                       g_variant_get_int64 (parameter));
}

/* Collapsed or side by side. The focus leaves the panes while they move:
 * collapsing the split view with the focus in its sidebar (its main menu,
 * say) kept the split view alive after the window had gone, and with it
 * the case shown and the store. */
static void
set_collapsed (HearthCaseListPage *self,
               gboolean            collapsed)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkWidget) focus = NULL;

  if (root != NULL && gtk_root_get_focus (root) != NULL &&
      gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (self->split_view)))
    {
      focus = g_object_ref (gtk_root_get_focus (root));
      gtk_root_set_focus (root, NULL);
    }

  adw_navigation_split_view_set_collapsed (self->split_view, collapsed);

  if (focus != NULL && gtk_widget_get_root (focus) == root)
    gtk_widget_grab_focus (focus);
}

static void
collapse_cb (HearthCaseListPage *self)
{
  set_collapsed (self, TRUE);
}

static void
expand_cb (HearthCaseListPage *self)
{
  set_collapsed (self, FALSE);
}

/* The case list's rows: a HearthCaseRow each, named for screen readers by
 * the case's title, as the list item's own label. The factory is C rather
 * than a GtkBuilderListItemFactory, which parses its template and sets up
 * an expression per label for every row it makes, so that rows can be
 * kept and handed on (hearth-row-factory.c). Typing a rare word on the scale database
 * (13,306 open cases replaced by 33 rows drawn) took 42.6 ms of
 * main-thread CPU with the builder factory, 37.6 ms with the row class
 * and about 28 ms with its rows handed on (bench --typing, medians of
 * interleaved runs). */
static void
case_title_cb (GtkListItem *list_item,
               GParamSpec  *pspec,
               HearthCase  *item)
{
  gtk_list_item_set_accessible_label (list_item, hearth_case_get_title (item));
}

static void
case_row_bind_cb (HearthCaseListPage *self,
                  GtkListItem        *list_item)
{
  HearthCase *item = gtk_list_item_get_item (list_item);

  hearth_case_row_set_case (HEARTH_CASE_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_accessible_label (list_item, hearth_case_get_title (item));
  g_signal_connect_object (item, "notify::title", G_CALLBACK (case_title_cb), list_item,
                           G_CONNECT_SWAPPED);
}

static void
case_row_unbind_cb (HearthCaseListPage *self,
                    GtkListItem        *list_item)
{
  HearthCase *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, case_title_cb, list_item);
  hearth_case_row_set_case (HEARTH_CASE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static GtkListItemFactory *
case_row_factory_new (HearthCaseListPage *self)
{
  GtkListItemFactory *factory = hearth_row_factory_new (hearth_case_row_new, SPARE_ROWS);

  g_signal_connect_object (factory, "bind", G_CALLBACK (case_row_bind_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (case_row_unbind_cb), self,
                           G_CONNECT_SWAPPED);

  return factory;
}

/* The Residents view's rows, named by the resident's name, as the case
 * rows are by the case's title. */
static void
resident_name_cb (GtkListItem    *list_item,
                  GParamSpec     *pspec,
                  HearthResident *resident)
{
  gtk_list_item_set_accessible_label (list_item, hearth_resident_get_display_name (resident));
}

static void
resident_row_bind_cb (HearthCaseListPage *self,
                      GtkListItem        *list_item)
{
  HearthResident *resident = gtk_list_item_get_item (list_item);

  hearth_resident_row_set_resident (HEARTH_RESIDENT_ROW (gtk_list_item_get_child (list_item)),
                                    resident);
  gtk_list_item_set_accessible_label (list_item, hearth_resident_get_display_name (resident));
  g_signal_connect_object (resident, "notify::display-name", G_CALLBACK (resident_name_cb),
                           list_item, G_CONNECT_SWAPPED);
}

static void
resident_row_unbind_cb (HearthCaseListPage *self,
                        GtkListItem        *list_item)
{
  HearthResident *resident = gtk_list_item_get_item (list_item);

  if (resident != NULL)
    g_signal_handlers_disconnect_by_func (resident, resident_name_cb, list_item);
  hearth_resident_row_set_resident (HEARTH_RESIDENT_ROW (gtk_list_item_get_child (list_item)),
                                    NULL);
}

static GtkListItemFactory *
resident_row_factory_new (HearthCaseListPage *self)
{
  GtkListItemFactory *factory = hearth_row_factory_new (hearth_resident_row_new, SPARE_ROWS);

  g_signal_connect_object (factory, "bind", G_CALLBACK (resident_row_bind_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (resident_row_unbind_cb), self,
                           G_CONNECT_SWAPPED);

  return factory;
}

static void
hearth_case_list_page_dispose (GObject *object)
{
  HearthCaseListPage *self = HEARTH_CASE_LIST_PAGE (object);

  g_clear_handle_id (&self->spinner_id, g_source_remove);
  g_clear_handle_id (&self->all_rows_id, g_source_remove);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  if (self->resident_search != NULL)
    g_signal_handlers_disconnect_by_data (self->resident_search, self);
  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_data (self->cases, self);
  if (self->residents != NULL)
    g_signal_handlers_disconnect_by_data (self->residents, self);
  if (self->outcomes != NULL)
    g_signal_handlers_disconnect_by_data (self->outcomes, self);
  /* The page's content is the bin's child: let the bin let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_LIST_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown_cases);
  g_clear_object (&self->residents_selection);
  g_clear_object (&self->residents);
  g_clear_object (&self->resident_search);
  g_clear_object (&self->cases);
  g_clear_object (&self->search);
  g_clear_object (&self->worker_parts);
  g_clear_object (&self->staff);
  g_clear_object (&self->outcomes);
  g_clear_object (&self->store);
  g_clear_pointer (&self->outcome_ids, g_array_unref);

  G_OBJECT_CLASS (hearth_case_list_page_parent_class)->dispose (object);
}

static void
hearth_case_list_page_class_init (HearthCaseListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_list_page_dispose;

  g_type_ensure (HEARTH_TYPE_CASE);
  g_type_ensure (HEARTH_TYPE_CASE_VIEW);
  g_type_ensure (HEARTH_TYPE_RESIDENT);
  g_type_ensure (HEARTH_TYPE_RESIDENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, split_view);
  /* Internal, so that the window fills the sidebar's bar from its own
   * template: the area switcher, New and the main menu are the window's. */
  gtk_widget_class_bind_template_child_internal (widget_class, HearthCaseListPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, cases_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, residents_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, filter_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, new_resident_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, residents_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, residents_view);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, residents_empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, content_page);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, worker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, search_spinner);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseListPage, case_view);
  gtk_widget_class_bind_template_callback (widget_class, content_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, collapse_cb);
  gtk_widget_class_bind_template_callback (widget_class, expand_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, outcome_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, worker_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, resident_activated_cb);

  gtk_widget_class_install_action (widget_class, "residents.new", NULL, new_resident_action);
  gtk_widget_class_install_action (widget_class, "residents.show", "x", show_resident_action);
}

static void
hearth_case_list_page_init (HearthCaseListPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = case_row_factory_new (self);
  gtk_grid_view_set_factory (self->list_view, factory);
  g_clear_object (&factory);
  factory = resident_row_factory_new (self);
  gtk_grid_view_set_factory (self->residents_view, factory);

  self->outcome_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Half a 300-pixel sidebar is narrow: names shorten in the buttons. */
  hearth_drop_down_shorten (self->filter_dropdown);
  hearth_drop_down_shorten (self->sort_dropdown);
  hearth_drop_down_shorten (self->outcome_dropdown);
  hearth_drop_down_shorten (self->worker_dropdown);
  update_outcomes (self);
}

void
hearth_case_list_page_set_store (HearthCaseListPage *self,
                                 HearthStore        *store)
{
  g_autoptr(GListModel) workers = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->cases = hearth_case_query_new (store);
  self->search = hearth_case_search_new (store);
  g_signal_connect_swapped (self->search, "notify::match-ids", G_CALLBACK (match_ids_cb), self);
  g_signal_connect_swapped (self->search, "notify::searching", G_CALLBACK (searching_cb), self);

  self->staff = hearth_staff_member_query_new (store);
  workers = worker_choices_new (&self->worker_parts);
  gtk_drop_down_set_model (self->worker_dropdown, workers);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->worker_dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      g_signal_connect_object (child, "show", G_CALLBACK (add_worker_names), self,
                               G_CONNECT_SWAPPED);
  self->outcomes = hearth_lookup_item_list_new (store, HEARTH_LOOKUP_OUTCOMES, &error);
  if (self->outcomes == NULL)
    g_warning ("Could not read the outcomes: %s", error->message);
  else
    g_signal_connect_swapped (self->outcomes, "items-changed", G_CALLBACK (update_outcomes), self);
  update_outcomes (self);

  search_changed_cb (self);
  apply_filters (self);

  self->shown_cases = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->cases)), 0,
                                                rows_to_fill (GTK_WIDGET (self->list_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown_cases)));
  g_signal_connect_object (self->cases, "items-changed", G_CALLBACK (cases_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->cases, "notify::loading", G_CALLBACK (results_shown), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    list_mapped_cb (self);
  else
    g_signal_connect_object (self->list_view, "map", G_CALLBACK (list_mapped_cb), self,
                             G_CONNECT_SWAPPED);

  hearth_case_view_set_store (self->case_view, store);
  if (self->resident_page != NULL)
    hearth_resident_page_set_store (self->resident_page, store);
  hearth_bind_empty_state (self->list_stack, G_LIST_MODEL (self->cases));
}

void
hearth_case_list_page_focus_search (HearthCaseListPage *self)
{
  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  hearth_split_view_show_content (self->split_view, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
hearth_case_list_page_open_case (HearthCaseListPage *self,
                                 guint               position)
{
  g_autoptr(HearthCase) item = NULL;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->cases == NULL)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->cases), position);
  if (item == NULL)
    return;

  show_all_rows (self);
  /* A case opens in the Cases view, whichever view was shown. */
  gtk_toggle_button_set_active (self->cases_button, TRUE);

  gtk_single_selection_set_selected (self->selection, position);
  hearth_case_view_set_case (self->case_view, item);
  show_content (self, FALSE);
  hearth_split_view_show_content (self->split_view, TRUE);
}

void
hearth_case_list_page_show_case (HearthCaseListPage *self,
                                 gint64              case_id)
{
  guint position;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->cases == NULL)
    return;

  position = hearth_query_model_find_id (self->cases, case_id);
  if (position == G_MAXUINT)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->filter_dropdown, FILTER_ALL);
      apply_filters (self);
      position = hearth_query_model_find_id (self->cases, case_id);
    }
  if (position != G_MAXUINT)
    hearth_case_list_page_open_case (self, position);
}

GListModel *
hearth_case_list_page_get_model (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return G_LIST_MODEL (self->cases);
}

HearthCaseSearch *
hearth_case_list_page_get_search (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return self->search;
}

HearthCaseView *
hearth_case_list_page_get_case_view (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return self->case_view;
}

void
hearth_case_list_page_open_resident (HearthCaseListPage *self,
                                     guint               position)
{
  g_autoptr(HearthResident) item = NULL;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->residents == NULL)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->residents), position);
  if (item == NULL)
    return;

  gtk_single_selection_set_selected (self->residents_selection, position);
  hearth_resident_page_set_resident (ensure_resident_page (self), item);
  show_content (self, TRUE);
  hearth_split_view_show_content (self->split_view, TRUE);
  /* Chosen while they are on the phone: the keyboard goes where the
   * call is logged. */
  hearth_resident_page_focus_composer (self->resident_page);
}

void
hearth_case_list_page_show_resident (HearthCaseListPage *self,
                                     gint64              resident_id)
{
  guint position;

  g_return_if_fail (HEARTH_IS_CASE_LIST_PAGE (self));

  if (self->store == NULL)
    return;

  gtk_toggle_button_set_active (self->residents_button, TRUE);
  ensure_residents (self);

  position = hearth_query_model_find_id (self->residents, resident_id);
  if (position == G_MAXUINT)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      apply_resident_search (self);
      /* Everyone now, not a dispatch later (see resident_matches_cb). */
      if (hearth_query_model_get_loading (self->residents))
        hearth_query_model_refresh (self->residents);
      position = hearth_query_model_find_id (self->residents, resident_id);
    }
  if (position != G_MAXUINT)
    {
      gtk_grid_view_scroll_to (self->residents_view, position, GTK_LIST_SCROLL_NONE, NULL);
      hearth_case_list_page_open_resident (self, position);
    }
}

HearthResidentPage *
hearth_case_list_page_get_resident_page (HearthCaseListPage *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_LIST_PAGE (self), NULL);

  return ensure_resident_page (self);
}
