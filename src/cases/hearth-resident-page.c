/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-trail.h"
#include "hearth-case.h"
#include "hearth-case-dialog.h"
#include "hearth-entry-composer.h"
#include "hearth-resident-dialog.h"
#include "hearth-resident-notes.h"
#include "hearth-resident-page.h"
#include "hearth-story-row.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

struct _HearthResidentPage
{
  AdwBin               parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkWidget           *edit_button;
  AdwWindowTitle      *window_title;
  GtkLabel            *name_label;
  GtkLabel            *full_name_label;
  AdwActionRow        *pronouns_row;
  AdwActionRow        *area_row;
  AdwActionRow        *reference_row;
  AdwActionRow        *contact_row;
  AdwActionRow        *needs_row;
  AdwActionRow        *matters_row;
  AdwPreferencesGroup *facts_group;
  HearthEntryComposer *composer;
  GtkStack            *notes_stack;
  GtkListBox          *notes_list;
  GtkStack            *cases_stack;
  GtkListBox          *cases_list;

  /* owned */
  HearthStore         *store;
  HearthResident      *resident;
  HearthQueryModel    *notes;   /* HearthTimelineEntry: theirs in no case */
  HearthQueryModel    *cases;   /* HearthCase: theirs, open or closed */
};

G_DEFINE_FINAL_TYPE (HearthResidentPage, hearth_resident_page, ADW_TYPE_BIN)

enum {
  OPEN_CASE,
  ERASED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A fact is shown only when it is known. */
static gboolean
show_fact (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), known);
  return known;
}

static void
update_facts (HearthResidentPage *self)
{
  HearthResident *resident = self->resident;
  const char *name, *display_name;
  gboolean any = FALSE;

  /* No one: nothing of the last one shown is left behind, even hidden. */
  if (resident == NULL)
    {
      adw_window_title_set_title (self->window_title, "");
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->full_name_label, "");
      show_fact (self->pronouns_row, NULL);
      show_fact (self->area_row, NULL);
      show_fact (self->reference_row, NULL);
      show_fact (self->contact_row, NULL);
      show_fact (self->needs_row, NULL);
      show_fact (self->matters_row, NULL);
      return;
    }

  name = hearth_resident_get_name (resident);
  display_name = hearth_resident_get_display_name (resident);
  gtk_label_set_label (self->name_label, display_name);
  adw_window_title_set_title (self->window_title, display_name);
  /* The name they go by first; their full name under it when it differs. */
  gtk_label_set_label (self->full_name_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->full_name_label), g_strcmp0 (name, display_name) != 0);

  any |= show_fact (self->pronouns_row, hearth_resident_get_pronouns (resident));
  any |= show_fact (self->area_row, hearth_resident_get_area (resident));
  any |= show_fact (self->reference_row, hearth_resident_get_tenancy_ref (resident));
  any |= show_fact (self->contact_row, hearth_resident_get_contact_preference (resident));
  any |= show_fact (self->needs_row, hearth_resident_get_access_needs (resident));
  any |= show_fact (self->matters_row, hearth_resident_get_what_matters (resident));
  adw_preferences_group_set_description (self->facts_group,
                                         any ? NULL : _("Nothing written about them yet: "
                                                        "Edit… adds what they tell you."));
}

/* A resident has a handful of notes in no case and of cases: the page
 * shows them all, in boxed lists inside its one scroller, so a list box
 * (whose rows C makes from the model) rather than a list view, which
 * would need a scroller of its own. */
static GtkWidget *
create_note_row_cb (gpointer item,
                    gpointer user_data)
{
  HearthResidentPage *self = user_data;
  HearthTimelineEntry *entry = item;
  GtkWidget *story = hearth_story_row_new (self->cases);
  GtkWidget *row = gtk_list_box_row_new ();

  hearth_story_row_set_entry (HEARTH_STORY_ROW (story), entry);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), story);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Nothing to do on the row itself: Tab goes to its Move into Case. */
  gtk_widget_set_focusable (row, FALSE);
  /* List rows are named only by their content unless they are given a name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_timeline_entry_get_summary (entry), -1);
  return row;
}

static GtkWidget *
create_case_row_cb (gpointer item,
                    gpointer user_data)
{
  HearthCase *a_case = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = hearth_format_time (hearth_case_get_last_activity_at (a_case));
  g_autofree char *subtitle = NULL;

  subtitle = hearth_case_get_is_open (a_case)
             /* Translators: a case in a resident's list of cases, and when it last moved. */
             ? g_strdup_printf (_("Open · last activity %s"), when)
             : g_strdup_printf (_("Closed · last activity %s"), when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_case_get_title (a_case));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
case_activated_cb (HearthResidentPage *self,
                   GtkListBoxRow      *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (self->cases == NULL || index < 0)
    return;

  g_signal_emit (self, signals[OPEN_CASE], 0, hearth_query_model_get_id (self->cases, (guint) index));
}

static void
note_saved_cb (HearthResidentPage *self,
               gint64              entry_id)
{
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Logged; it is listed under Notes in No Case")));
}

static void
toast (HearthResidentPage *self,
       const char         *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthResidentPage *self = HEARTH_RESIDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 entry_id, case_id;

  g_variant_get (parameter, "(xx)", &entry_id, &case_id);
  if (hearth_timeline_move_to_case (self->store, entry_id, case_id, &error))
    toast (self, _("Note moved into the case"));
  else
    toast (self, error->message);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthResidentPage *self = HEARTH_RESIDENT_PAGE (widget);

  if (self->store == NULL || self->resident == NULL)
    return;

  adw_dialog_present (hearth_resident_dialog_new (self->store,
                                                  hearth_resident_get_id (self->resident), NULL),
                      widget);
}

static void
compose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hearth_entry_composer_focus (HEARTH_RESIDENT_PAGE (widget)->composer);
}

static void
case_opened_cb (HearthResidentPage *self,
                HearthCaseDialog   *dialog)
{
  g_signal_emit (self, signals[OPEN_CASE], 0, hearth_case_dialog_get_case_id (dialog));
}

/* A new case for the resident shown: they are in it from the start. */
static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthResidentPage *self = HEARTH_RESIDENT_PAGE (widget);
  AdwDialog *dialog;

  if (self->store == NULL || self->resident == NULL)
    return;

  dialog = hearth_case_dialog_new (self->store, NULL);
  hearth_case_dialog_add_resident (HEARTH_CASE_DIALOG (dialog), self->resident);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (case_opened_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

/* Once the resident shown is erased there is nothing left to show: the
 * page empties itself and says so, rather than show what is gone. */
static void
store_changed_cb (HearthResidentPage *self,
                  GPtrArray          *changes)
{
  const char *residents = g_intern_static_string ("residents");
  gint64 id;

  if (self->resident == NULL)
    return;

  id = hearth_resident_get_id (self->resident);
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      if (change->table == residents && change->rowid == id && change->kind == HEARTH_CHANGE_DELETE)
        {
          hearth_resident_page_set_resident (self, NULL);
          g_signal_emit (self, signals[ERASED], 0, id);
          return;
        }
    }
}

static void
hearth_resident_page_dispose (GObject *object)
{
  HearthResidentPage *self = HEARTH_RESIDENT_PAGE (object);

  if (self->resident != NULL)
    g_signal_handlers_disconnect_by_data (self->resident, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RESIDENT_PAGE);

  g_clear_object (&self->resident);
  g_clear_object (&self->notes);
  g_clear_object (&self->cases);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_resident_page_parent_class)->dispose (object);
}

static void
hearth_resident_page_class_init (HearthResidentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_resident_page_dispose;

  signals[OPEN_CASE] = g_signal_new ("open-case", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The resident shown was erased; the page is empty now. */
  signals[ERASED] = g_signal_new ("erased", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HEARTH_TYPE_ENTRY_COMPOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-resident-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, full_name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, area_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, reference_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, needs_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, matters_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, composer);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, notes_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, notes_list);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, cases_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentPage, cases_list);
  gtk_widget_class_bind_template_callback (widget_class, case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_saved_cb);

  gtk_widget_class_install_action (widget_class, "story.move", "(xx)", move_action);
  gtk_widget_class_install_action (widget_class, "resident.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "resident.new-case", NULL, new_case_action);
  /* As on a case's timeline. */
  gtk_widget_class_install_action (widget_class, "resident.compose", NULL, compose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "resident.compose", NULL);
}

static void
hearth_resident_page_init (HearthResidentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.new-case", FALSE);
}

void
hearth_resident_page_set_store (HearthResidentPage *self,
                                HearthStore        *store)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_PAGE (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  hearth_entry_composer_set_store (self->composer, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* No one yet: both lists are empty until a resident is chosen. */
  self->cases = hearth_case_query_new (store);
  hearth_case_list_set_resident (self->cases, -1);
  self->notes = hearth_resident_notes_query_new (store);

  gtk_list_box_bind_model (self->notes_list, G_LIST_MODEL (self->notes), create_note_row_cb,
                           self, NULL);
  gtk_list_box_bind_model (self->cases_list, G_LIST_MODEL (self->cases), create_case_row_cb,
                           self, NULL);
  hearth_bind_empty_state (self->notes_stack, G_LIST_MODEL (self->notes));
  hearth_bind_empty_state (self->cases_stack, G_LIST_MODEL (self->cases));
}

void
hearth_resident_page_set_resident (HearthResidentPage *self,
                                   HearthResident     *resident)
{
  gint64 id;

  g_return_if_fail (HEARTH_IS_RESIDENT_PAGE (self));
  g_return_if_fail (resident == NULL || HEARTH_IS_RESIDENT (resident));

  if (self->resident == resident)
    return;

  if (self->resident != NULL)
    g_signal_handlers_disconnect_by_data (self->resident, self);
  g_set_object (&self->resident, resident);
  id = resident != NULL ? hearth_resident_get_id (resident) : 0;

  if (resident != NULL)
    g_signal_connect_object (resident, "notify", G_CALLBACK (update_facts), self,
                             G_CONNECT_SWAPPED);
  update_facts (self);

  gtk_stack_set_visible_child_name (self->stack, resident != NULL ? "resident" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.edit", resident != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "resident.new-case", resident != NULL);
  gtk_widget_set_visible (self->edit_button, resident != NULL);
  hearth_entry_composer_set_resident (self->composer, id);

  if (self->store != NULL)
    {
      hearth_case_list_set_resident (self->cases, id > 0 ? id : -1);
      hearth_resident_notes_set_resident (self->notes, id);
      if (id > 0)
        hearth_audit_trail_note_resident_opened (self->store, id);
    }
}

HearthResident *
hearth_resident_page_get_resident (HearthResidentPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_PAGE (self), NULL);

  return self->resident;
}

void
hearth_resident_page_focus_composer (HearthResidentPage *self)
{
  g_return_if_fail (HEARTH_IS_RESIDENT_PAGE (self));

  hearth_entry_composer_focus (self->composer);
}
