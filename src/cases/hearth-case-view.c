/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-audit-trail.h"
#include "hearth-case-dialog.h"
#include "hearth-case-pdf.h"
#include "hearth-save-as.h"
#include "hearth-case-status-dialog.h"
#include "hearth-case-view.h"
#include "hearth-handover-dialog.h"
#include "hearth-query-model.h"
#include "hearth-resident-dialog.h"
#include "hearth-resident-story-dialog.h"
#include "hearth-resident.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

struct _HearthCaseView
{
  AdwBin            parent_instance;

  /* template children */
  GtkStack         *stack;
  AdwWindowTitle   *window_title;
  GtkLabel         *title_label;
  GtkLabel         *residents_label;
  GtkLabel         *meta_label;
  GtkLabel         *status_label;
  GtkFlowBox       *profile_box;
  GtkLabel         *profile_updated_label;
  GtkToggleButton  *profile_toggle;
  GtkImage         *profile_toggle_icon;
  GtkRevealer      *profile_revealer;
  GtkMenuButton    *menu_button;
  GtkWidget        *handover_button;
  GtkBox           *case_box;

  /* borrowed: built with the first case shown, held by case_box */
  HearthTimelineView *timeline_view;

  /* owned */
  HearthStore      *store;
  HearthCase       *item;
  HearthQueryModel *residents;
  HearthResident   *shown;       /* whose profile is shown, followed for edits */
  guint             profile_idle;
};

G_DEFINE_FINAL_TYPE (HearthCaseView, hearth_case_view, ADW_TYPE_BIN)

/* The timeline and its composer were a fifth of building the window
 * (24 ms of 114 ms per start, perf on a busy 2-core machine), and the first
 * frame shows no case: they are built when the first case is shown, or when
 * the timeline is asked for. */
static HearthTimelineView *
ensure_timeline (HearthCaseView *self)
{
  if (self->timeline_view != NULL)
    return self->timeline_view;

  self->timeline_view = g_object_new (HEARTH_TYPE_TIMELINE_VIEW, "vexpand", TRUE, NULL);
  gtk_box_append (self->case_box, GTK_WIDGET (self->timeline_view));
  if (self->store != NULL)
    hearth_timeline_view_set_store (self->timeline_view, self->store);
  return self->timeline_view;
}

static GtkWidget *
profile_card (const char *heading,
              const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body;
  gboolean written = text != NULL && *text != '\0';

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "hearth-profile-card");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  /* Wrapped labels ask for their whole text's width; a modest request lets
   * the cards sit side by side when there is room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 14);

  body = gtk_label_new (written ? text : _("Not written yet"));
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_yalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (body), 3);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 14);
  gtk_label_set_width_chars (GTK_LABEL (body), 10);
  gtk_label_set_ellipsize (GTK_LABEL (body), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_set_tooltip_text (body, written ? text : NULL);
  if (!written)
    gtk_widget_add_css_class (body, "dim-label");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  return box;
}

/* The case menu names each resident, so that the right person is edited. */
static void
update_menu (HearthCaseView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) case_section = g_menu_new ();
  g_autoptr(GMenu) people_section = g_menu_new ();
  guint n = self->residents != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->residents)) : 0;

  g_menu_append (case_section, _("_Edit Case…"), "case.edit");
  g_menu_append (case_section, _("C_lose Case…"), "case.close");
  g_menu_append (case_section, _("_Reopen Case…"), "case.reopen");
  g_menu_append (case_section, _("_Save Case Summary as PDF…"), "case.export-pdf");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (G_LIST_MODEL (self->residents), i);
      g_autofree char *edit = NULL;
      g_autofree char *story = NULL;
      g_autoptr(GMenuItem) edit_item = NULL;
      g_autoptr(GMenuItem) story_item = NULL;
      g_autoptr(GMenuItem) page_item = NULL;
      g_autofree char *page = NULL;
      gint64 id = hearth_resident_get_id (resident);

      /* Translators: %s is a resident's name. */
      edit = g_strdup_printf (_("Edit %s…"), hearth_resident_get_display_name (resident));
      /* Translators: %s is a resident's name: all their cases and notes. */
      story = g_strdup_printf (_("%s’s Whole Story"), hearth_resident_get_display_name (resident));
      edit_item = g_menu_item_new (edit, NULL);
      g_menu_item_set_action_and_target_value (edit_item, "case.edit-resident", g_variant_new_int64 (id));
      story_item = g_menu_item_new (story, NULL);
      g_menu_item_set_action_and_target_value (story_item, "case.story", g_variant_new_int64 (id));
      g_menu_append_item (people_section, edit_item);
      g_menu_append_item (people_section, story_item);
      /* Translators: %s is a resident's name: their page among the residents. */
      page = g_strdup_printf (_("Open %s’s Page"), hearth_resident_get_display_name (resident));
      page_item = g_menu_item_new (page, NULL);
      g_menu_item_set_action_and_target_value (page_item, "residents.show", g_variant_new_int64 (id));
      g_menu_append_item (people_section, page_item);
    }

  g_menu_append_section (menu, NULL, G_MENU_MODEL (case_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (people_section));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

static void update_profile (HearthCaseView *self);
static void update_resident_links (HearthCaseView *self);

/* Several properties change in one edit: draw once, when the main loop is idle. */
static gboolean
profile_idle_cb (gpointer data)
{
  HearthCaseView *self = data;

  self->profile_idle = 0;
  update_profile (self);
  return G_SOURCE_REMOVE;
}

static void
profile_changed_cb (HearthCaseView *self)
{
  if (self->profile_idle == 0)
    self->profile_idle = g_idle_add (profile_idle_cb, self);
}

/* On a phone the profile folds away under a button; it says whether it is
 * open as an expander would. */
static void
profile_toggled_cb (HearthCaseView *self)
{
  gboolean open = gtk_toggle_button_get_active (self->profile_toggle);

  gtk_image_set_from_icon_name (self->profile_toggle_icon,
                                open ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->profile_toggle),
                               GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
}

/* The profile comes first on a case: what matters to the person, in their words. */
static void
update_profile (HearthCaseView *self)
{
  g_autoptr(HearthResident) resident = NULL;
  g_autofree char *matters = NULL;
  g_autofree char *strengths = NULL;
  g_autofree char *good_life = NULL;
  g_autofree char *together = NULL;
  gboolean has_profile;
  const char *name;

  gtk_flow_box_remove_all (self->profile_box);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_updated_label), FALSE);
  /* The breakpoint shows the button on a phone; a case without a resident
   * has no words to fold, and the button stays out of sight and of Tab.
   * Set once, to what it ends as: hidden even for a moment, the button
   * would lose the focus on every edit of the profile. */
  has_profile = self->residents != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->residents)) > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->profile_revealer), has_profile);
  gtk_widget_set_child_visible (GTK_WIDGET (self->profile_toggle), has_profile);
  update_menu (self);
  update_resident_links (self);

  if (!has_profile)
    return;

  resident = g_list_model_get_item (G_LIST_MODEL (self->residents), 0);
  name = hearth_resident_get_display_name (resident);

  /* An edit refreshes the same item in place: follow it. */
  if (self->shown != resident)
    {
      if (self->shown != NULL)
        g_signal_handlers_disconnect_by_data (self->shown, self);
      g_set_object (&self->shown, resident);
      g_signal_connect_object (resident, "notify", G_CALLBACK (profile_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (hearth_resident_get_profile_updated_at (resident) > 0)
    {
      g_autofree char *when = hearth_format_time (hearth_resident_get_profile_updated_at (resident));
      g_autofree char *line = NULL;

      /* Translators: who last changed a resident's profile, and when. */
      line = g_strdup_printf (_("In their own words, last updated by %s, %s"),
                              hearth_resident_get_profile_updated_by_name (resident), when);
      gtk_label_set_label (self->profile_updated_label, line);
      gtk_widget_set_visible (GTK_WIDGET (self->profile_updated_label), TRUE);
    }

  /* Translators: %s is a resident's name; the heading of their own words. */
  matters = g_strdup_printf (_("What matters to %s"), name);
  strengths = g_strdup_printf (_("%s’s strengths and gifts"), name);
  good_life = g_strdup_printf (_("A good life, for %s"), name);
  together = g_strdup (_("What we can do together"));

  gtk_flow_box_append (self->profile_box,
                       profile_card (matters, hearth_resident_get_what_matters (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (strengths, hearth_resident_get_strengths (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (good_life, hearth_resident_get_good_life (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (together, hearth_resident_get_together (resident)));
}

/* The residents' names in the header open their pages. */
static void
update_resident_links (HearthCaseView *self)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  guint n = self->residents != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->residents)) : 0;

  if (self->item == NULL)
    return;
  if (n == 0)
    {
      gtk_label_set_label (self->residents_label, hearth_case_get_residents (self->item));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (G_LIST_MODEL (self->residents), i);
      g_autofree char *link = NULL;

      link = g_markup_printf_escaped ("<a href=\"resident:%" G_GINT64_FORMAT "\">%s</a>",
                                      hearth_resident_get_id (resident),
                                      hearth_resident_get_display_name (resident));
      if (i > 0)
        g_string_append (markup, ", ");
      g_string_append (markup, link);
    }
  gtk_label_set_markup (self->residents_label, markup->str);
}

static gboolean
resident_link_cb (HearthCaseView *self,
                  const char     *uri)
{
  gint64 id = 0;

  if (!g_str_has_prefix (uri, "resident:") ||
      !g_ascii_string_to_signed (uri + strlen ("resident:"), 10, 1, G_MAXINT64, &id, NULL))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "residents.show", "x", id);
  return TRUE;
}

static void
update_header (HearthCaseView *self)
{
  g_autofree char *opened = NULL;
  g_autofree char *meta = NULL;
  guint overdue;

  if (self->item == NULL)
    return;

  opened = hearth_format_time (hearth_case_get_opened_at (self->item));
  if (hearth_case_get_is_open (self->item))
    /* Translators: the lead worker's name and the date a case was opened. */
    meta = g_strdup_printf (_("Led by %s · opened %s"), hearth_case_get_lead_name (self->item), opened);
  else
    /* Translators: the lead worker, the date opened and the outcome at close. */
    meta = g_strdup_printf (_("Led by %s · opened %s · closed: %s"),
                            hearth_case_get_lead_name (self->item), opened,
                            hearth_case_get_outcome_name (self->item));

  gtk_label_set_label (self->title_label, hearth_case_get_title (self->item));
  adw_window_title_set_title (self->window_title, hearth_case_get_title (self->item));
  update_resident_links (self);
  gtk_label_set_label (self->meta_label, meta);

  overdue = hearth_case_get_overdue_agreements (self->item);
  if (overdue > 0)
    {
      g_autofree char *status = NULL;

      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u thing we agreed is overdue",
                                             "%u things we agreed are overdue", overdue),
                                overdue);
      gtk_label_set_label (self->status_label, status);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), overdue > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.close", hearth_case_get_is_open (self->item));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.reopen", !hearth_case_get_is_open (self->item));
}

/* --- Actions --------------------------------------------------------------- */

static void
show_toast (HearthCaseView *self,
            const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
edit_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);

  if (self->item != NULL)
    adw_dialog_present (hearth_case_dialog_new (self->store, self->item), widget);
}

static void
status_done_cb (HearthCaseView *self)
{
  show_toast (self, hearth_case_get_is_open (self->item) ? _("Case closed") : _("Case reopened"));
}

static void
close_case_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);
  AdwDialog *dialog;

  if (self->item == NULL)
    return;
  dialog = hearth_case_status_dialog_new (self->store, self->item);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (status_done_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

/* The resident an action names, or with 0 the case's first resident. */
static gint64
resident_for (HearthCaseView *self,
              GVariant       *parameter)
{
  g_autoptr(HearthResident) first = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (id > 0 || self->residents == NULL)
    return id;
  first = g_list_model_get_item (G_LIST_MODEL (self->residents), 0);
  return first != NULL ? hearth_resident_get_id (first) : 0;
}

static void
edit_resident_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);

  gint64 id = resident_for (self, parameter);

  if (id > 0)
    adw_dialog_present (hearth_resident_dialog_new (self->store, id, NULL), widget);
}

static void
story_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);

  gint64 id = resident_for (self, parameter);

  if (id > 0)
    adw_dialog_present (hearth_resident_story_dialog_new (self->store, id), widget);
}

/* Read when the file is chosen, laid out and written on another thread: a
 * long story takes a moment, and the window stays responsive. */
static HearthPdfWriter *
make_pdf (gpointer   data,
          GError   **error)
{
  HearthCaseView *self = data;

  if (self->item == NULL || self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
      return NULL;
    }
  return hearth_case_pdf_new (self->store, hearth_case_get_id (self->item), NULL, error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->item == NULL)
    return;
  name = hearth_case_pdf_dup_file_name (hearth_case_get_title (self->item));
  hearth_pdf_save_as (widget, NULL, _("Save Case Summary"), name, make_pdf,
                      g_object_ref (self), g_object_unref, NULL);
}

static void
handover_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);

  if (self->item != NULL)
    adw_dialog_present (hearth_handover_dialog_new (self->store, self->item), widget);
}

/* The window's keys for the case shown work wherever the focus is, not
 * only once it is inside the timeline (a dozen Tabs away); not while a
 * dialog is open over the window, whose keys are its own. */
static gboolean
run_case_key (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (widget);
  const char *action = user_data;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->item == NULL)
    return FALSE;
  if (ADW_IS_APPLICATION_WINDOW (root) &&
      adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (root)) != NULL)
    return FALSE;

  if (g_str_has_prefix (action, "timeline."))
    return gtk_widget_activate_action (GTK_WIDGET (ensure_timeline (self)), action, NULL);

  return gtk_widget_activate_action (widget, action, NULL);
}

static void
add_case_key (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_callback_action_new (run_case_key,
                                                                                   (gpointer) action,
                                                                                   NULL)));
}

static void
hearth_case_view_dispose (GObject *object)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  if (self->residents != NULL)
    g_signal_handlers_disconnect_by_data (self->residents, self);
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_handle_id (&self->profile_idle, g_source_remove);
  g_clear_object (&self->shown);
  g_clear_object (&self->item);
  g_clear_object (&self->residents);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_VIEW);
  self->timeline_view = NULL;

  G_OBJECT_CLASS (hearth_case_view_parent_class)->dispose (object);
}

static void
hearth_case_view_class_init (HearthCaseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, residents_label);
  gtk_widget_class_bind_template_callback (widget_class, resident_link_cb);
  gtk_widget_class_bind_template_callback (widget_class, profile_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, status_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_box);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_updated_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_toggle_icon);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_revealer);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, handover_button);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, case_box);

  gtk_widget_class_install_action (widget_class, "case.edit", NULL, edit_case_action);
  gtk_widget_class_install_action (widget_class, "case.close", NULL, close_case_action);
  gtk_widget_class_install_action (widget_class, "case.reopen", NULL, close_case_action);
  gtk_widget_class_install_action (widget_class, "case.edit-resident", "x", edit_resident_action);
  gtk_widget_class_install_action (widget_class, "case.story", "x", story_action);
  gtk_widget_class_install_action (widget_class, "case.handover", NULL, handover_action);
  gtk_widget_class_install_action (widget_class, "case.export-pdf", NULL, export_pdf_action);
}

static void
hearth_case_view_init (HearthCaseView *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  profile_toggled_cb (self);

  /* Global: the window runs them whenever this view is on screen. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_GLOBAL);
  add_case_key (GTK_SHORTCUT_CONTROLLER (keys), "<Control>l", "timeline.compose");
  add_case_key (GTK_SHORTCUT_CONTROLLER (keys), "<Control><Shift>f", "timeline.search");
  add_case_key (GTK_SHORTCUT_CONTROLLER (keys), "<Control><Shift>h", "case.handover");
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
hearth_case_view_set_store (HearthCaseView *self,
                            HearthStore    *store)
{
  g_return_if_fail (HEARTH_IS_CASE_VIEW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  if (self->timeline_view != NULL)
    hearth_timeline_view_set_store (self->timeline_view, store);

  /* The profile starts on no case at all and follows the case shown. */

  self->residents = hearth_resident_query_new (store);
  hearth_resident_list_set_case (self->residents, -1);
  g_signal_connect_object (self->residents, "items-changed",
                           G_CALLBACK (update_profile), self, G_CONNECT_SWAPPED);
}

void
hearth_case_view_set_case (HearthCaseView *self,
                           HearthCase     *item)
{
  g_return_if_fail (HEARTH_IS_CASE_VIEW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_CASE (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);

  if (item == NULL)
    {
      if (self->timeline_view != NULL)
        hearth_timeline_view_set_case_id (self->timeline_view, -1);
      gtk_stack_set_visible_child_name (self->stack, "none");
      adw_window_title_set_title (self->window_title, "");
      gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);
      gtk_widget_set_visible (self->handover_button, FALSE);
      return;
    }

  g_signal_connect_object (item, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  update_header (self);

  hearth_timeline_view_set_case_id (ensure_timeline (self), hearth_case_get_id (item));
  if (self->residents != NULL)
    {
      hearth_resident_list_set_case (self->residents, hearth_case_get_id (item));
      update_profile (self);
      hearth_audit_trail_note_case_opened (self->store, hearth_case_get_id (item));
    }

  gtk_stack_set_visible_child_name (self->stack, "case");
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), TRUE);
  gtk_widget_set_visible (self->handover_button, TRUE);
}

HearthCase *
hearth_case_view_get_case (HearthCaseView *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_VIEW (self), NULL);

  return self->item;
}

GListModel *
hearth_case_view_get_timeline (HearthCaseView *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_VIEW (self), NULL);

  return hearth_timeline_view_get_model (ensure_timeline (self));
}

gboolean
hearth_case_view_show_entry (HearthCaseView *self,
                             gint64          entry_id)
{
  g_return_val_if_fail (HEARTH_IS_CASE_VIEW (self), FALSE);

  return hearth_timeline_view_show_entry (ensure_timeline (self), entry_id);
}
