/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application.h"
#include "hearth-barrier.h"
#include "hearth-barrier-changes.h"
#include "hearth-barrier-csv.h"
#include "hearth-barrier-dialog.h"
#include "hearth-barrier-log-row.h"
#include "hearth-lookup-item.h"
#include "hearth-projector-window.h"
#include "hearth-query-model.h"
#include "hearth-session-changes.h"
#include "hearth-session-dialog.h"
#include "hearth-summary-dialog.h"
#include "hearth-save-as.h"
#include "hearth-stopshop-page.h"
#include "hearth-stopshop-session.h"
#include "hearth-stopshop-session-row.h"
#include "hearth-ui-utils.h"

/* When Hearth's settings cannot be read (tests, other front ends). */
#define DEFAULT_STALL_WEEKS 6

/* The first entries of the status drop-down; the statuses follow. */
enum {
  STATUS_OPEN,
  STATUS_ANY,
  STATUS_FIRST
};

struct _HearthStopShopPage
{
  AdwBin              parent_instance;

  /* template children */
  GtkStack           *stack;
  GtkListView        *sessions_view;
  GtkListView        *barriers_view;
  GtkStack           *log_stack;
  GtkLabel           *count_label;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *owner_dropdown;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *team_dropdown;
  GtkToggleButton    *stalled_toggle;
  GtkToggleButton    *removed_toggle;
  GtkDropDown        *sort_dropdown;

  /* owned */
  HearthQueryModel   *sessions;
  GtkSingleSelection *session_selection;
  HearthQueryModel   *barriers;
  GListModel         *owner_choices; /* HearthLookupItem: who owns barriers in the log */
  GListModel         *team_choices;  /* HearthLookupItem: how their teams are written */
  GArray             *owner_ids;     /* gint64, after "Anyone" */
  GPtrArray          *teams;         /* char *, after "All teams" */
  HearthStore        *store;
  gboolean            updating_choices;
};

G_DEFINE_FINAL_TYPE (HearthStopShopPage, hearth_stopshop_page, ADW_TYPE_BIN)

static void
toast (HearthStopShopPage *self,
       const char         *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

/* From Preferences, where there are any. */
static guint
stall_weeks (void)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings;
  int weeks;

  if (!HEARTH_IS_APPLICATION (app) ||
      (settings = hearth_application_get_settings (HEARTH_APPLICATION (app))) == NULL)
    return DEFAULT_STALL_WEEKS;
  weeks = g_settings_get_int (settings, "stall-weeks");
  return weeks >= HEARTH_SESSION_STALL_WEEKS_MIN && weeks <= HEARTH_SESSION_STALL_WEEKS_MAX
           ? (guint) weeks : DEFAULT_STALL_WEEKS;
}

static HearthStopShopSession *
dup_selected_session (HearthStopShopPage *self)
{
  gpointer item;

  if (self->session_selection == NULL ||
      (item = gtk_single_selection_get_selected_item (self->session_selection)) == NULL)
    return NULL;
  return g_object_ref (item);
}

/* The session with @session_id among those listed, or NULL. */
static HearthStopShopSession *
dup_session (HearthStopShopPage *self,
             gint64              session_id)
{
  guint position;

  if (self->sessions == NULL ||
      (position = hearth_query_model_find_id (self->sessions, session_id)) == G_MAXUINT)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->sessions), position);
}

/* Each session's own actions take its id and are there once the page has
 * its sessions; F5 projects the session selected. */
static void
update_session_actions (HearthStopShopPage *self)
{
  g_autoptr(HearthStopShopSession) session = dup_selected_session (self);
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean listed = self->sessions != NULL;

  gtk_widget_action_set_enabled (widget, "stopshop.project", listed);
  gtk_widget_action_set_enabled (widget, "stopshop.edit-session", listed);
  gtk_widget_action_set_enabled (widget, "stopshop.session-summary", listed);
  gtk_widget_action_set_enabled (widget, "stopshop.reopen-session", listed);
  gtk_widget_action_set_enabled (widget, "stopshop.project-selected", session != NULL);
}

/* --- The barrier log's filters ------------------------------------------- */

static void
update_count (HearthStopShopPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->barriers));
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u barrier", "%u barriers", n), n);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->log_stack, n > 0 ? "list" : "empty");
}

static void
apply_filters (HearthStopShopPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  guint team = gtk_drop_down_get_selected (self->team_dropdown);
  gboolean removed = gtk_toggle_button_get_active (self->removed_toggle);
  gboolean stalled = gtk_toggle_button_get_active (self->stalled_toggle);
  const char * const *statuses = hearth_barrier_statuses ();
  const char * const *categories = hearth_barrier_categories ();
  const char *sorts[] = { "weight", "age", "updated" };
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->barriers == NULL || self->updating_choices)
    return;

  /* Removed this quarter is a status of its own: the status drop-down
   * waits while it is on. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown), !removed);

  hearth_query_model_freeze (self->barriers);
  hearth_barrier_list_set_open_only (self->barriers, !removed && status == STATUS_OPEN);
  hearth_barrier_list_set_status (self->barriers,
                                  !removed && status >= STATUS_FIRST &&
                                  status - STATUS_FIRST < g_strv_length ((char **) statuses)
                                    ? statuses[status - STATUS_FIRST] : NULL);
  hearth_barrier_list_set_owner (self->barriers,
                                 owner >= 1 && owner - 1 < self->owner_ids->len
                                   ? g_array_index (self->owner_ids, gint64, owner - 1) : 0);
  hearth_barrier_list_set_category (self->barriers,
                                    category >= 1 &&
                                    category - 1 < g_strv_length ((char **) categories)
                                      ? categories[category - 1] : NULL);
  hearth_barrier_list_set_team (self->barriers,
                                team >= 1 && team - 1 < self->teams->len
                                  ? g_ptr_array_index (self->teams, team - 1) : NULL);
  hearth_barrier_list_set_removed_since (self->barriers,
                                         removed ? hearth_barrier_quarter_start (
                                                     hearth_store_now (self->store)) : 0);
  hearth_barrier_list_set_stall_weeks (self->barriers, stalled ? stall_weeks () : 0);
  hearth_query_model_set_sort (self->barriers, sorts[MIN (sort, G_N_ELEMENTS (sorts) - 1)]);
  hearth_query_model_thaw (self->barriers);
  update_count (self);
}

static void
removed_toggled_cb (HearthStopShopPage *self)
{
  /* Removed barriers are never stalled: one or the other. */
  if (gtk_toggle_button_get_active (self->removed_toggle))
    gtk_toggle_button_set_active (self->stalled_toggle, FALSE);
  apply_filters (self);
}

static void
stalled_toggled_cb (HearthStopShopPage *self)
{
  if (gtk_toggle_button_get_active (self->stalled_toggle))
    gtk_toggle_button_set_active (self->removed_toggle, FALSE);
  apply_filters (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The owners and teams to choose from are those in the log, kept as
 * chosen while the log changes. The log may be long: they are read as
 * choices, not from every barrier. */
static void
update_choices (HearthStopShopPage *self)
{
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  guint team = gtk_drop_down_get_selected (self->team_dropdown);
  gint64 owner_id = owner >= 1 && owner - 1 < self->owner_ids->len
                      ? g_array_index (self->owner_ids, gint64, owner - 1) : 0;
  g_autofree char *team_name = team >= 1 && team - 1 < self->teams->len
                                 ? g_strdup (g_ptr_array_index (self->teams, team - 1)) : NULL;
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) teams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) owner_names = g_ptr_array_new ();
  g_autoptr(GtkStringList) owner_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) team_list = gtk_string_list_new (NULL);
  guint new_owner = 0, new_team = 0;
  GHashTableIter iter;
  gpointer key, value;

  /* Choices that could not be read leave the filters as they were. */
  if (self->owner_choices == NULL || self->team_choices == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->owner_choices); i++)
    {
      g_autoptr(HearthLookupItem) owner_item = g_list_model_get_item (self->owner_choices, i);
      gint64 id = hearth_lookup_item_get_id (owner_item);

      if (id > 0 && !g_hash_table_contains (owners, &id))
        g_hash_table_insert (owners, g_memdup2 (&id, sizeof id),
                             g_strdup (hearth_lookup_item_get_name (owner_item)));
    }

  /* Teams match whatever their case; the first spelling shows. */
  for (guint i = 0; i < g_list_model_get_n_items (self->team_choices); i++)
    {
      g_autoptr(HearthLookupItem) teams_item = g_list_model_get_item (self->team_choices, i);
      g_auto(GStrv) parts = g_strsplit (hearth_lookup_item_get_name (teams_item), ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *name = g_strstrip (parts[j]);
          g_autofree char *folded = g_utf8_casefold (name, -1);

          if (*name != '\0' && !g_hash_table_contains (teams, folded))
            g_hash_table_insert (teams, g_steal_pointer (&folded), g_strdup (name));
        }
    }

  /* Names in order; ids follow their names. */
  g_hash_table_iter_init (&iter, owners);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (owner_names, value);
  g_ptr_array_sort (owner_names, compare_names);
  g_array_set_size (self->owner_ids, 0);
  gtk_string_list_append (owner_list, C_("barrier owner filter", "Anyone"));
  for (guint i = 0; i < owner_names->len; i++)
    {
      g_hash_table_iter_init (&iter, owners);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gint64 id = *(gint64 *) key;

          if (value != g_ptr_array_index (owner_names, i))
            continue;
          g_array_append_val (self->owner_ids, id);
          gtk_string_list_append (owner_list, value);
          if (id == owner_id)
            new_owner = self->owner_ids->len;
        }
    }

  g_ptr_array_set_size (self->teams, 0);
  g_hash_table_iter_init (&iter, teams);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (self->teams, g_strdup (value));
  g_ptr_array_sort (self->teams, compare_names);
  gtk_string_list_append (team_list, C_("barrier team filter", "All teams"));
  for (guint i = 0; i < self->teams->len; i++)
    {
      const char *name = g_ptr_array_index (self->teams, i);

      gtk_string_list_append (team_list, name);
      if (team_name != NULL && g_utf8_collate (name, team_name) == 0)
        new_team = i + 1;
    }

  self->updating_choices = TRUE;
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owner_list));
  gtk_drop_down_set_selected (self->owner_dropdown, new_owner);
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (team_list));
  gtk_drop_down_set_selected (self->team_dropdown, new_team);
  self->updating_choices = FALSE;

  /* A choice that is gone from the log shows everything again. */
  if ((owner_id != 0 && new_owner == 0) || (team_name != NULL && new_team == 0))
    apply_filters (self);
}

/* --- Session rows ---------------------------------------------------------- */

static void
setup_session_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  HearthStopShopPage       *self)
{
  gtk_list_item_set_child (list_item, hearth_stopshop_session_row_new ());
}

/* The row's menu acts on the session it shows; a screen reader names the
 * row by its theme. */
static void
bind_session_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HearthStopShopPage       *self)
{
  HearthStopShopSession *session = gtk_list_item_get_item (list_item);

  hearth_stopshop_session_row_set_session (HEARTH_STOPSHOP_SESSION_ROW (gtk_list_item_get_child (list_item)),
                                           session);
  gtk_list_item_set_accessible_label (list_item, hearth_stopshop_session_get_theme (session));
}

static void
unbind_session_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   HearthStopShopPage       *self)
{
  hearth_stopshop_session_row_set_session (HEARTH_STOPSHOP_SESSION_ROW (gtk_list_item_get_child (list_item)),
                                           NULL);
}

/* The row of the session list that holds the focus, or NULL. */
static HearthStopShopSessionRow *
focused_session_row (HearthStopShopPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sessions_view)))
    return NULL;
  /* The focus is on the list's row itself, or on something in it. */
  row = gtk_widget_get_ancestor (focus, HEARTH_TYPE_STOPSHOP_SESSION_ROW);
  if (row == NULL)
    for (row = gtk_widget_get_first_child (focus);
         row != NULL && !HEARTH_IS_STOPSHOP_SESSION_ROW (row);
         row = gtk_widget_get_next_sibling (row))
      ;
  return row != NULL ? HEARTH_STOPSHOP_SESSION_ROW (row) : NULL;
}

/* Shift+F10 and the Menu key open the focused session's menu, as they
 * open a context menu elsewhere. */
static gboolean
session_menu_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  HearthStopShopSessionRow *row = focused_session_row (HEARTH_STOPSHOP_PAGE (widget));

  if (row == NULL)
    return FALSE;
  hearth_stopshop_session_row_popup_menu (row);
  return TRUE;
}

/* --- Barrier rows ---------------------------------------------------------- */

static void
setup_barrier_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  HearthStopShopPage       *self)
{
  gtk_list_item_set_child (list_item, hearth_barrier_log_row_new ());
}

/* Rows show the barrier as it stands by the store's clock, which the
 * row's own template cannot reach. */
static void
bind_barrier_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HearthStopShopPage       *self)
{
  HearthBarrierLogRow *row = HEARTH_BARRIER_LOG_ROW (gtk_list_item_get_child (list_item));

  hearth_barrier_log_row_show (row, gtk_list_item_get_item (list_item), hearth_store_now (self->store),
                               stall_weeks ());
  gtk_list_item_set_accessible_label (list_item, hearth_barrier_log_row_get_summary (row));
}

/* --- Actions ---------------------------------------------------------------- */

/* A session goes on the projector, full screen. */
static void
project (HearthStopShopPage *self,
         gint64              session_id)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GApplication *app;
  GtkWidget *window;

  if (self->store == NULL || session_id <= 0)
    return;

  app = g_application_get_default ();
  window = hearth_projector_window_new (self->store,
                                        HEARTH_IS_APPLICATION (app)
                                        ? hearth_application_get_settings (HEARTH_APPLICATION (app)) : NULL,
                                        session_id);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  /* A projector's own size, where full screen is not to be had. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  project (HEARTH_STOPSHOP_PAGE (widget), g_variant_get_int64 (parameter));
}

/* F5: the session selected in the list. */
static void
project_selected_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);

  project (self, hearth_stopshop_page_get_selected_session (self));
}

static void
select_session (HearthStopShopPage *self,
                gint64              session_id)
{
  guint position = hearth_query_model_find_id (self->sessions, session_id);

  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->session_selection, position);
}

static void
session_created_cb (HearthStopShopPage  *self,
                    HearthSessionDialog *dialog)
{
  select_session (self, hearth_session_dialog_get_session_id (dialog));
  toast (self, _("Session created"));
}

static void
session_saved_cb (HearthStopShopPage  *self,
                  HearthSessionDialog *dialog)
{
  select_session (self, hearth_session_dialog_get_session_id (dialog));
  toast (self, _("Session saved"));
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  AdwDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = hearth_session_dialog_new (self->store, NULL, stall_weeks ());
  g_signal_connect_object (dialog, "saved", G_CALLBACK (session_created_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  g_autoptr(HearthStopShopSession) session = dup_session (self, g_variant_get_int64 (parameter));
  AdwDialog *dialog;

  if (session == NULL)
    return;
  dialog = hearth_session_dialog_new (self->store, session, stall_weeks ());
  g_signal_connect_object (dialog, "saved", G_CALLBACK (session_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
reopen_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  g_autoptr(HearthStopShopSession) session = dup_session (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;

  /* Only a closed session reopens; its menu offers no more. */
  if (session == NULL || hearth_stopshop_session_get_closed_at (session) == 0)
    return;
  if (!hearth_session_reopen (self->store, hearth_stopshop_session_get_id (session), &error))
    {
      toast (self, error->message);
      return;
    }
  toast (self, _("Session reopened at its Act phase"));
  update_session_actions (self);
}

static void
session_summary_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  g_autoptr(HearthStopShopSession) session = dup_session (self, g_variant_get_int64 (parameter));

  if (session == NULL)
    return;
  adw_dialog_present (hearth_summary_dialog_new_session (self->store,
                                                         hearth_stopshop_session_get_id (session)),
                      widget);
}

/* Enter on a session (or a double click) does what the session is there
 * for: an open one goes on the projector, as F5 would put it there; a
 * closed one has nothing left to run and shows what it gathered and
 * agreed. The rest is in the row's menu. */
static void
session_activated_cb (HearthStopShopPage *self,
                      guint               position)
{
  g_autoptr(HearthStopShopSession) session = NULL;
  gint64 id;

  if (self->sessions == NULL ||
      (session = g_list_model_get_item (G_LIST_MODEL (self->sessions), position)) == NULL)
    return;
  id = hearth_stopshop_session_get_id (session);
  gtk_widget_activate_action (GTK_WIDGET (self),
                              hearth_stopshop_session_get_closed_at (session) != 0
                                ? "stopshop.session-summary" : "stopshop.project",
                              "x", id);
}

static void
open_barrier (HearthStopShopPage *self,
              guint               position)
{
  g_autoptr(HearthBarrier) barrier = NULL;

  if (self->barriers == NULL ||
      (barrier = g_list_model_get_item (G_LIST_MODEL (self->barriers), position)) == NULL)
    return;
  adw_dialog_present (hearth_barrier_dialog_new (self->store, barrier), GTK_WIDGET (self));
}

/* The barrier at a position in the log as shown. */
static void
open_barrier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 position = g_variant_get_int64 (parameter);

  if (position >= 0 && position < G_MAXUINT)
    open_barrier (HEARTH_STOPSHOP_PAGE (widget), (guint) position);
}

static void
barrier_activated_cb (HearthStopShopPage *self,
                      guint               position)
{
  open_barrier (self, position);
}

/* The log as it is shown: its filters and its order. */
static HearthCsvWriter *
barrier_csv_new (gpointer data)
{
  HearthStopShopPage *self = data;

  return hearth_barrier_csv_new (G_LIST_MODEL (self->barriers));
}

gboolean
hearth_stopshop_page_export_barriers (HearthStopShopPage  *self,
                                      GFile               *file,
                                      GError             **error)
{
  g_autoptr(HearthCsvWriter) writer = NULL;

  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->barriers != NULL, FALSE);

  writer = barrier_csv_new (self);
  return hearth_csv_writer_save (writer, file, NULL, error);
}

static void
export_barriers_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (widget);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->barriers == NULL)
    return;

  /* Translators: the file name offered for the exported barrier log; %s is a date. */
  name = g_strdup_printf (_("hearth-barriers-%s.csv"), date);
  hearth_csv_save_as (widget, NULL, _("Export Barrier Log"), name, barrier_csv_new,
                      g_object_ref (self), g_object_unref);
}

/* --- The page --------------------------------------------------------------- */

static void
hearth_stopshop_page_dispose (GObject *object)
{
  HearthStopShopPage *self = HEARTH_STOPSHOP_PAGE (object);

  if (self->owner_choices != NULL)
    g_signal_handlers_disconnect_by_data (self->owner_choices, self);
  if (self->team_choices != NULL)
    g_signal_handlers_disconnect_by_data (self->team_choices, self);
  if (self->barriers != NULL)
    g_signal_handlers_disconnect_by_data (self->barriers, self);
  if (self->session_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->session_selection, self);
  /* The page's content is the bin's child: let the bin let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_STOPSHOP_PAGE);
  g_clear_object (&self->session_selection);
  g_clear_object (&self->sessions);
  g_clear_object (&self->barriers);
  g_clear_object (&self->owner_choices);
  g_clear_object (&self->team_choices);
  g_clear_object (&self->store);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  g_clear_pointer (&self->teams, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_stopshop_page_parent_class)->dispose (object);
}

static void
hearth_stopshop_page_class_init (HearthStopShopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_stopshop_page_dispose;

  g_type_ensure (HEARTH_TYPE_BARRIER);
  g_type_ensure (HEARTH_TYPE_STOPSHOP_SESSION);
  g_type_ensure (HEARTH_TYPE_STOPSHOP_SESSION_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-stopshop-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, barriers_view);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, log_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, stalled_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, removed_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthStopShopPage, sort_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, apply_filters);
  gtk_widget_class_bind_template_callback (widget_class, stalled_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, removed_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, barrier_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);

  /* A session's own actions: the parameter is its id. */
  gtk_widget_class_install_action (widget_class, "stopshop.project", "x", project_action);
  gtk_widget_class_install_action (widget_class, "stopshop.edit-session", "x", edit_session_action);
  gtk_widget_class_install_action (widget_class, "stopshop.reopen-session", "x", reopen_session_action);
  gtk_widget_class_install_action (widget_class, "stopshop.session-summary", "x", session_summary_action);
  gtk_widget_class_install_action (widget_class, "stopshop.project-selected", NULL, project_selected_action);
  gtk_widget_class_install_action (widget_class, "stopshop.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "stopshop.export-barriers", NULL, export_barriers_action);
  gtk_widget_class_install_action (widget_class, "stopshop.open-barrier", "x", open_barrier_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "stopshop.project-selected", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, session_menu_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, session_menu_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "stopshop.new-session", NULL);
}

static void
hearth_stopshop_page_init (HearthStopShopPage *self)
{
  g_autoptr(GtkListItemFactory) session_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) barrier_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A long name or team would push the filters past a phone's width. */
  hearth_drop_down_shorten (self->status_dropdown);
  hearth_drop_down_shorten (self->owner_dropdown);
  hearth_drop_down_shorten (self->category_dropdown);
  hearth_drop_down_shorten (self->team_dropdown);
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->teams = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (session_factory, "setup", G_CALLBACK (setup_session_cb), self);
  g_signal_connect (session_factory, "bind", G_CALLBACK (bind_session_cb), self);
  g_signal_connect (session_factory, "unbind", G_CALLBACK (unbind_session_cb), self);
  gtk_list_view_set_factory (self->sessions_view, session_factory);
  g_signal_connect (barrier_factory, "setup", G_CALLBACK (setup_barrier_cb), self);
  g_signal_connect (barrier_factory, "bind", G_CALLBACK (bind_barrier_cb), self);
  gtk_list_view_set_factory (self->barriers_view, barrier_factory);

  gtk_string_list_append (statuses, C_("barrier status filter", "Open"));
  gtk_string_list_append (statuses, C_("barrier status filter", "Any status"));
  for (const char * const *s = hearth_barrier_statuses (); *s != NULL; s++)
    gtk_string_list_append (statuses, hearth_barrier_status_label (*s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_string_list_append (categories, C_("barrier category filter", "All categories"));
  for (const char * const *c = hearth_barrier_categories (); *c != NULL; c++)
    gtk_string_list_append (categories, hearth_barrier_category_label (*c));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));

  update_session_actions (self);
}

void
hearth_stopshop_page_set_store (HearthStopShopPage *self,
                                HearthStore        *store)
{
  g_autoptr(GtkNoSelection) barriers = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_STOPSHOP_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->sessions == NULL);

  self->store = g_object_ref (store);
  self->sessions = hearth_stopshop_session_query_new (store);
  self->session_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sessions)));
  gtk_single_selection_set_can_unselect (self->session_selection, FALSE);
  gtk_list_view_set_model (self->sessions_view, GTK_SELECTION_MODEL (self->session_selection));
  g_signal_connect_object (self->session_selection, "notify::selected-item",
                           G_CALLBACK (update_session_actions), self, G_CONNECT_SWAPPED);
  /* A session closed or reopened elsewhere, such as on the projector. */
  g_signal_connect_object (self->sessions, "items-changed", G_CALLBACK (update_session_actions), self,
                           G_CONNECT_SWAPPED);

  self->barriers = hearth_barrier_query_new (store);
  barriers = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->barriers)));
  hearth_set_model_when_shown (GTK_WIDGET (self->barriers_view), GTK_SELECTION_MODEL (barriers));
  g_signal_connect_object (self->barriers, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  /* The choices follow the log: a barrier raised or given to someone else,
   * its teams written anew, or a colleague renamed changes them. */
  self->owner_choices = hearth_barrier_owner_list_new (store, &error);
  if (self->owner_choices != NULL)
    self->team_choices = hearth_barrier_team_list_new (store, &error);
  if (self->team_choices != NULL)
    {
      g_signal_connect_object (self->owner_choices, "items-changed", G_CALLBACK (update_choices), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->team_choices, "items-changed", G_CALLBACK (update_choices), self,
                               G_CONNECT_SWAPPED);
    }
  else
    g_warning ("Could not read the barrier log’s owners and teams: %s", error->message);
  update_choices (self);
  apply_filters (self);

  /* Until the first session there is nothing to show but what to do first. */
  hearth_bind_empty_state (self->stack, G_LIST_MODEL (self->sessions));
  update_session_actions (self);
}

GListModel *
hearth_stopshop_page_get_sessions (HearthStopShopPage *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

GListModel *
hearth_stopshop_page_get_barriers (HearthStopShopPage *self)
{
  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), NULL);

  return G_LIST_MODEL (self->barriers);
}

gint64
hearth_stopshop_page_get_selected_session (HearthStopShopPage *self)
{
  g_autoptr(HearthStopShopSession) session = NULL;

  g_return_val_if_fail (HEARTH_IS_STOPSHOP_PAGE (self), 0);

  session = dup_selected_session (self);
  return session != NULL ? hearth_stopshop_session_get_id (session) : 0;
}
