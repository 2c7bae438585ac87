/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "hearth-case-csv.h"
#include "hearth-case-dialog.h"
#include "hearth-case-list-page.h"
#include "hearth-feedback-file-actions.h"
#include "hearth-feedback-page.h"
#include "hearth-feedback-report-view-dialog.h"
#include "hearth-feedback-response-dialog.h"
#include "hearth-insights-page.h"
#include "hearth-stopshop-page.h"
#include "hearth-supervision-page.h"
#include "hearth-ui-utils.h"
#include "hearth-save-as.h"
#include "hearth-window.h"

struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *stack;
  AdwBanner            *banner;
  GtkWidget            *header_bar;
  AdwViewSwitcher      *switcher;
  AdwViewSwitcher      *cases_switcher;
  AdwViewSwitcherBar   *switcher_bar;
  GtkWidget            *new_case_button;
  HearthCaseListPage   *cases_page;
  AdwBin               *stopshop_bin;
  AdwBin               *feedback_bin;
  AdwBin               *supervision_bin;
  GtkMenuButton        *menu_button;
  GtkMenuButton        *cases_menu_button;
  GMenuModel           *primary_menu;

  /* borrowed: the areas' pages, in their bins once built (see area_page) */
  HearthStopShopPage   *stopshop_page;
  HearthFeedbackPage   *feedback_page;
  HearthSupervisionPage *supervision_page;
  /* borrowed: in main_stack, for records Hearth cannot open (see add_error_page) */
  AdwStatusPage        *error_page;
  GtkWidget            *move_aside_button;

  /* owned */
  HearthStore          *store;
  GSettings            *settings;
  char                 *error_path;
  gint64                entry_to_show;  /* win.show-case-entry's, once its dialog has gone */
  GtkWindow            *shortcuts_window;  /* built when first shown */
};

G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An area reads its records when it is first shown, not when the window
 * opens: reading the Stop Shop's sessions and barrier log alone took 17 ms
 * of each start at the scale of DESIGN.md, for a page most starts never
 * show. The pages themselves are also built only then, in their bins:
 * building the Feedback and One-to-ones pages with the window cost 20 to
 * 30 ms of CPU at each start, the Stop Shop's 20 ms more (medians of 21
 * interleaved starts on a busy 2-core machine).
 * Cases, the area most starts show, gets its store at once. Returns the
 * page of an area other than Cases, or NULL. */
static GtkWidget *
area_page (HearthWindow *self,
           const char   *name)
{
  if (g_strcmp0 (name, "stopshop") == 0)
    {
      if (self->stopshop_page == NULL)
        {
          self->stopshop_page = g_object_new (HEARTH_TYPE_STOPSHOP_PAGE, NULL);
          adw_bin_set_child (self->stopshop_bin, GTK_WIDGET (self->stopshop_page));
          if (self->store != NULL)
            hearth_stopshop_page_set_store (self->stopshop_page, self->store);
        }
      return GTK_WIDGET (self->stopshop_page);
    }

  if (g_strcmp0 (name, "feedback") == 0)
    {
      if (self->feedback_page == NULL)
        {
          self->feedback_page = g_object_new (HEARTH_TYPE_FEEDBACK_PAGE, NULL);
          adw_bin_set_child (self->feedback_bin, GTK_WIDGET (self->feedback_page));
          if (self->store != NULL)
            hearth_feedback_page_set_store (self->feedback_page, self->store);
        }
      return GTK_WIDGET (self->feedback_page);
    }

  if (g_strcmp0 (name, "supervision") == 0)
    {
      if (self->supervision_page == NULL)
        {
          self->supervision_page = g_object_new (HEARTH_TYPE_SUPERVISION_PAGE, NULL);
          adw_bin_set_child (self->supervision_bin, GTK_WIDGET (self->supervision_page));
          if (self->store != NULL)
            hearth_supervision_page_set_store (self->supervision_page, self->store);
        }
      return GTK_WIDGET (self->supervision_page);
    }

  return NULL;
}

/* The area switchers of the window's own bar and of the bar at its foot
 * are given their stack when they are first shown: a switcher builds a
 * button for each area as soon as it has one, and the two that a start on
 * Cases in a wide window never shows took 3 ms of each start (perf, on a
 * busy 2-core machine), the bar's hidden buttons being measured besides. */
static void
ensure_switchers (HearthWindow *self)
{
  if (self->switcher == NULL || self->switcher_bar == NULL)
    return;
  if (adw_view_switcher_get_stack (self->switcher) == NULL &&
      gtk_widget_get_visible (self->header_bar))
    adw_view_switcher_set_stack (self->switcher, self->stack);
  if (adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL &&
      adw_view_switcher_bar_get_reveal (self->switcher_bar))
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

static void
area_changed_cb (HearthWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  area_page (self, name);
  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-area", name);
  /* One bar per pane: Cases brings its own, in its sidebar, so the
   * window's would stand above its content pane's as a second bar. */
  gtk_widget_set_visible (self->header_bar, g_strcmp0 (name, "cases") != 0);
  ensure_switchers (self);
  /* The + makes what the area is about, as Ctrl+N does. One-to-ones has
   * none: a one-to-one starts from its person's row (Start Now, Plan…). */
  {
    const char *label = NULL, *tooltip = NULL;

    if (g_strcmp0 (name, "cases") == 0)
      {
        label = _("New Case");
        tooltip = _("New Case (Ctrl+N)");
      }
    else if (g_strcmp0 (name, "stopshop") == 0)
      {
        label = _("New Session");
        tooltip = _("New Session (Ctrl+N)");
      }
    else if (g_strcmp0 (name, "feedback") == 0)
      {
        label = _("New Cycle");
        tooltip = _("New Cycle (Ctrl+N)");
      }

    gtk_widget_set_visible (self->new_case_button, label != NULL);
    if (label != NULL)
      {
        gtk_widget_set_tooltip_text (self->new_case_button, tooltip);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_case_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
  }
}

static void
area_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  hearth_window_set_area (self, g_variant_get_string (parameter, NULL));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  hearth_window_set_area (self, "cases");
  hearth_case_list_page_focus_search (self->cases_page);
}

/* Each main menu button built its popover with the window, 3 ms of every
 * start between the two (perf, on a busy 2-core machine): a menu is made
 * when it is first opened. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  HearthWindow *self = HEARTH_WINDOW (user_data);

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* GtkApplication would build the shortcuts window along with each window,
 * had it been in the resources as gtk/help-overlay.ui: 13 ms of every start
 * (perf, on a busy 2-core machine) for a window few starts open. */
static void
show_shortcuts_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = NULL;

      builder = gtk_builder_new_from_resource ("/io/github/hearthapp/Hearth/hearth-shortcuts-window.ui");
      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

static void
insights_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->store == NULL ||
      adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self)) != NULL)
    return;

  adw_dialog_present (hearth_insights_page_new_dialog (self->store), widget);
}

/* The dialog it was asked from gives the focus back as it goes: the
 * entry takes it again. */
static void
show_entry_after_dialog_cb (HearthWindow *self)
{
  if (self->entry_to_show > 0)
    hearth_case_view_show_entry (hearth_case_list_page_get_case_view (self->cases_page),
                                 self->entry_to_show);
  self->entry_to_show = 0;
}

/* A case at one of its entries ("(xx)": the case, the entry or 0 for the
 * case itself), from anywhere: a one-to-one's reflection among others. The
 * dialog it was asked from closes, saving what it holds. */
static void
show_case_entry_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));
  gint64 case_id, entry_id;

  g_variant_get (parameter, "(xx)", &case_id, &entry_id);
  if (self->store == NULL || case_id <= 0)
    return;

  self->entry_to_show = entry_id;
  if (dialog != NULL)
    {
      g_signal_connect_object (dialog, "closed", G_CALLBACK (show_entry_after_dialog_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      adw_dialog_close (dialog);
    }

  hearth_window_set_area (self, "cases");
  hearth_case_list_page_show_case (self->cases_page, case_id);
  if (entry_id > 0)
    hearth_case_view_show_entry (hearth_case_list_page_get_case_view (self->cases_page), entry_id);
  if (dialog == NULL)
    self->entry_to_show = 0;
}

/* The list as it is shown: its search, filter and order. */
static HearthCsvWriter *
case_csv_new (gpointer data)
{
  HearthWindow *self = data;

  return hearth_case_csv_new (hearth_case_list_page_get_model (self->cases_page));
}

static void
case_opened_cb (HearthWindow     *self,
                HearthCaseDialog *dialog)
{
  hearth_case_list_page_show_case (self->cases_page, hearth_case_dialog_get_case_id (dialog));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Case opened")));
}

static void
new_case_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  AdwDialog *dialog;

  if (self->store == NULL)
    return;

  hearth_window_set_area (self, "cases");
  dialog = hearth_case_dialog_new (self->store, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (case_opened_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

/* Ctrl+N makes what the area shown is about: a session in the Stop Shop,
 * a feedback cycle in Feedback, a one-to-one with the person chosen in
 * One-to-ones, a case anywhere else. */
static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "stopshop") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->stopshop_page), "stopshop.new-session", NULL);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "feedback") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->feedback_page), "feedback.new-cycle", NULL);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "supervision") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->supervision_page), "supervision.new", NULL);
  else
    gtk_widget_activate_action (widget, "win.new-case", NULL);
}

static void
export_cases_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  /* Translators: the file name offered for the exported case list; %s is a date. */
  name = g_strdup_printf (_("hearth-cases-%s.csv"), date);
  hearth_csv_save_as (widget, self->toast_overlay, _("Export Cases"), name, case_csv_new,
                      g_object_ref (self), g_object_unref);
}

/* Renames a file Hearth cannot use, with its WAL and shared-memory files, so
 * that nothing in it is lost and Hearth can start with a new one. */
static gboolean
move_aside (const char  *path,
            char       **new_path,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.unreadable-%s", path, stamp);

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not rename “%s”: %s. Move it elsewhere by hand and start Hearth again."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *suffix = i == 0 ? "-wal" : "-shm";
      g_autofree char *from = g_strconcat (path, suffix, NULL);
      g_autofree char *to = g_strconcat (target, suffix, NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  *new_path = g_steal_pointer (&target);
  return TRUE;
}

static void
move_aside_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (self->error_path == NULL)
    return;

  if (!move_aside (self->error_path, &kept, &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      return;
    }

  g_message ("Kept an unreadable database as %s", kept);

  /* Hold the application so it does not quit between the two windows. */
  g_application_hold (app);
  gtk_window_destroy (GTK_WINDOW (self));
  g_application_activate (app);
  g_application_release (app);
}

static gboolean
hearth_window_close_request (GtkWindow *window)
{
  HearthWindow *self = HEARTH_WINDOW (window);

  if (self->settings != NULL && !gtk_window_is_fullscreen (window))
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (hearth_window_parent_class)->close_request (window);
}

static void
hearth_window_constructed (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);
  G_OBJECT_CLASS (hearth_window_parent_class)->constructed (object);

  if (self->store == NULL)
    return;

  hearth_case_list_page_set_store (self->cases_page, self->store);
  area_page (self, adw_view_stack_get_visible_child_name (self->stack));

  if (hearth_store_is_read_only (self->store))
    {
      const char *reason = hearth_store_get_read_only_reason (self->store);

      adw_banner_set_title (self->banner, reason ? reason : _("These records are open for reading only."));
      adw_banner_set_revealed (self->banner, TRUE);
    }
}

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  /* The Cases sidebar's switcher lives inside the stack it switches and
   * holds it: let go, or neither is ever freed. */
  if (self->cases_switcher != NULL)
    adw_view_switcher_set_stack (self->cases_switcher, NULL);
  if (self->switcher != NULL)
    adw_view_switcher_set_stack (self->switcher, NULL);
  if (self->switcher_bar != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->switcher_bar, ensure_switchers, self);
      adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
    }
  /* The stack shows one area after another as its pages go: build none. */
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, area_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);
  self->stopshop_page = NULL;
  self->feedback_page = NULL;
  self->supervision_page = NULL;
  self->error_page = NULL;
  self->move_aside_button = NULL;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->error_path, g_free);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hearth_window_constructed;
  object_class->dispose = hearth_window_dispose;
  object_class->get_property = hearth_window_get_property;
  object_class->set_property = hearth_window_set_property;

  window_class->close_request = hearth_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  hearth_ui_init ();

  g_type_ensure (HEARTH_TYPE_CASE_LIST_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, cases_switcher);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, new_case_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, cases_page);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, stopshop_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, feedback_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, supervision_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, cases_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, area_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ensure_switchers);

  gtk_widget_class_install_action (widget_class, "win.area", "s", area_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.move-aside", NULL, move_aside_action_cb);
  gtk_widget_class_install_action (widget_class, "win.insights", NULL, insights_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL,
                                   show_shortcuts_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-cases", NULL, export_cases_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-case-entry", "(xx)",
                                   show_case_entry_action_cb);
  hearth_feedback_response_dialog_install_action (widget_class, "win.feedback-answer");
  hearth_feedback_report_view_dialog_install_action (widget_class, "win.feedback-report");
  /* The names the cycle page's buttons use. */
  hearth_feedback_response_dialog_install_action (widget_class, "feedback.answer");
  hearth_feedback_report_view_dialog_install_action (widget_class, "feedback.show-report");
  hearth_feedback_file_actions_install (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.area", "s", "cases");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.area", "s", "stopshop");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "win.area", "s", "feedback");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "win.area", "s", "supervision");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.insights", NULL);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hearth_window_init (HearthWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->cases_menu_button, create_menu_cb, self, NULL);
  /* The first area was shown before the template's handlers were connected. */
  area_changed_cb (self);
}

/* The window's size and area as they were last time. The application is
 * not yet set when the window is constructed, so this comes after. */
static void
restore_state (HearthWindow      *self,
               HearthApplication *application)
{
  g_autofree char *area = NULL;

  if (application == NULL)
    return;

  self->settings = g_object_ref (hearth_application_get_settings (application));
  area = g_settings_get_string (self->settings, "last-area");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->stack, area);
}

HearthWindow *
hearth_window_new (HearthApplication *application,
                   HearthStore       *store)
{
  HearthWindow *self;

  g_return_val_if_fail (application == NULL || HEARTH_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
  restore_state (self, application);
  return self;
}

/* The page for records Hearth cannot open is built only then: in the
 * window's template it cost 4 ms of the main thread at every start
 * (medians of 25 interleaved starts on a busy 2-core machine). */
static void
add_error_page (HearthWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  builder = gtk_builder_new_from_resource ("/io/github/hearthapp/Hearth/hearth-window-error.ui");
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (gtk_builder_get_object (builder, "error_view")),
                       "error");
  self->error_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "error_page"));
  self->move_aside_button = GTK_WIDGET (gtk_builder_get_object (builder, "move_aside_button"));
}

HearthWindow *
hearth_window_new_for_error (HearthApplication *application,
                             const GError      *error)
{
  HearthWindow *self;
  gboolean can_move_aside;

  g_return_val_if_fail (HEARTH_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_WINDOW, "application", application, NULL);
  restore_state (self, application);
  add_error_page (self);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  adw_status_page_set_description (self->error_page, error->message);

  /* A file that is damaged, not a database or from a newer Hearth can be kept
   * aside untouched; permissions and a full disk are for the person to mend. */
  can_move_aside = error->domain == HEARTH_ERROR &&
                   (error->code == HEARTH_ERROR_CORRUPT ||
                    error->code == HEARTH_ERROR_NOT_A_DATABASE ||
                    error->code == HEARTH_ERROR_SCHEMA_TOO_NEW);
  if (can_move_aside)
    self->error_path = g_strdup (hearth_application_get_database_path (application));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.insights", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-cases", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-aside",
                                 can_move_aside && self->error_path != NULL);
  gtk_widget_set_visible (self->move_aside_button, can_move_aside);

  return self;
}

void
hearth_window_show_error (HearthWindow *self,
                          const GError *error)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  hearth_window_show_toast (self, error->message);
}

void
hearth_window_show_toast (HearthWindow *self,
                          const char   *message)
{
  AdwToast *toast;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
hearth_window_set_area (HearthWindow *self,
                        const char   *area)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (area != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, area) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, area);
}

GtkWidget *
hearth_window_get_area (HearthWindow *self,
                        const char   *area)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (area != NULL, NULL);

  if (g_strcmp0 (area, "cases") == 0)
    return GTK_WIDGET (self->cases_page);
  return area_page (self, area);
}

HearthCaseListPage *
hearth_window_get_case_list_page (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->cases_page;
}
