/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-error.h"
#include "hearth-feedback-cycle.h"
#include "hearth-feedback-report-view-dialog.h"
#include "hearth-feedback-report.h"
#include "hearth-one-to-one-dialog.h"
#include "hearth-one-to-one-pdf.h"
#include "hearth-practice-examples-group.h"
#include "hearth-reflection-group.h"
#include "hearth-save-as.h"
#include "hearth-supervision-action-row.h"
#include "hearth-supervision-action.h"
#include "hearth-supervision-addendum.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-drop-dialog.h"
#include "hearth-supervision.h"
#include "hearth-ui-utils.h"

/* How long typing pauses before a draft is saved. */
#define SAVE_DELAY_MS 700

struct _HearthOneToOneDialog
{
  AdwDialog            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwBanner           *banner;
  AdwPreferencesPage  *page;
  GtkFlowBox          *wellbeing_box;
  GtkToggleButton     *wellbeing1;
  GtkToggleButton     *wellbeing2;
  GtkToggleButton     *wellbeing3;
  GtkToggleButton     *wellbeing4;
  GtkToggleButton     *wellbeing5;
  GtkTextView         *wellbeing_note_view;
  GtkTextView         *going_well_view;
  GtkTextView         *been_hard_view;
  HearthReflectionGroup *reflection_group;
  GtkTextView         *learning_view;
  AdwPreferencesGroup *behaviours_group;
  GtkBox              *report_box;
  GtkLabel            *report_title_label;
  GtkLabel            *report_label;
  GtkTextView         *behaviours_view;
  AdwPreferencesGroup *actions_group;
  GtkListBox          *actions_list;
  GtkListBox          *add_action_list;
  AdwEntryRow         *action_entry;
  AdwComboRow         *owner_row;
  HearthDateRow       *due_row;
  GtkButton           *add_action_button;
  HearthPracticeExamplesGroup *examples_group;
  AdwPreferencesGroup *private_group;
  GtkTextView         *private_view;
  AdwPreferencesGroup *agree_group;
  GtkButton           *agree_button;
  AdwPreferencesGroup *addenda_group;
  GtkListBox          *addenda_list;
  AdwEntryRow         *addendum_entry;

  /* borrowed: the text view of each field, by HearthSupervisionField */
  GtkTextView         *views[HEARTH_SUPERVISION_N_FIELDS];

  /* owned */
  HearthStore         *store;
  HearthSupervision   *item;
  HearthQueryModel    *actions;
  HearthQueryModel    *addenda;
  HearthFeedbackReport *report;   /* the latest released 360° report, or NULL */
  gint64               version;
  gboolean             locked;    /* as the rows of the actions show it */
  gboolean             dirty[HEARTH_SUPERVISION_N_FIELDS];
  guint                save_source;
  gboolean             filling;   /* the views are being filled, not typed in */
};

G_DEFINE_FINAL_TYPE (HearthOneToOneDialog, hearth_one_to_one_dialog, ADW_TYPE_DIALOG)

static gboolean
is_supervisor (HearthOneToOneDialog *self)
{
  return hearth_store_get_actor (self->store) == hearth_supervision_get_supervisor_id (self->item);
}

static GtkToggleButton *
wellbeing_button (HearthOneToOneDialog *self,
                  int                   wellbeing)
{
  GtkToggleButton *buttons[] = { self->wellbeing1, self->wellbeing2, self->wellbeing3,
                                 self->wellbeing4, self->wellbeing5 };

  return wellbeing >= 1 && wellbeing <= 5 ? buttons[wellbeing - 1] : NULL;
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A few words on one behaviour: what everyone but the person said, or
 * the one group shown, or why nothing can be said. */
static char *
describe_behaviour (HearthFeedbackReport *report,
                    guint                 behaviour)
{
  const char *name = hearth_feedback_report_get_behaviour_name (report, behaviour);
  guint scale = hearth_feedback_report_get_scale_size (report);
  HearthFeedbackCombined combined;

  if (hearth_feedback_report_get_combined (report, behaviour, &combined) && combined.shown)
    /* Translators: a behaviour and its average rating from others, such as "Empathy: 4.2 of 5". */
    return g_strdup_printf (_("%s: %.1f of %u"), name, combined.mean, scale);

  for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
    {
      HearthRelationship group = hearth_feedback_report_get_group (report, g);
      HearthFeedbackFigures figures;

      if (group != HEARTH_RELATIONSHIP_SELF &&
          hearth_feedback_report_get_figures (report, behaviour, group, &figures) &&
          figures.shown == HEARTH_FEEDBACK_SHOWN)
        return g_strdup_printf (_("%s: %.1f of %u"), name, figures.mean, scale);
    }

  /* Translators: a behaviour that too few rated to show a figure. */
  return g_strdup_printf (_("%s: too few ratings to show"), name);
}

/* The member of staff's latest released 360° report beside the behaviours:
 * its title, when it was released, a figure per behaviour and the way to
 * it. Never one that is not released: with none, say so. */
static void
show_report_summary (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = NULL;
  g_autofree char *released_day = NULL;
  g_autofree char *heading = NULL;
  gint64 released_at = 0;
  gint64 cycle_id;

  g_clear_object (&self->report);
  cycle_id = hearth_feedback_cycle_find_latest_released (self->store,
                                                         hearth_supervision_get_staff_id (self->item),
                                                         &released_at, &error);
  if (cycle_id != 0)
    self->report = hearth_feedback_report_new (self->store, cycle_id,
                                               hearth_store_get_actor (self->store), &error);
  if (error != NULL)
    g_warning ("Could not read the 360° report: %s", error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->report_box), self->report != NULL);
  if (self->report == NULL)
    {
      g_autofree char *none = g_strdup_printf (_("No released 360° report for %s yet."),
                                               hearth_supervision_get_staff_name (self->item));

      adw_preferences_group_set_description (self->behaviours_group, none);
      return;
    }

  adw_preferences_group_set_description (self->behaviours_group, NULL);
  {
    g_autoptr(GDateTime) released = g_date_time_new_from_unix_local (released_at);
    g_autofree char *iso = g_date_time_format (released, "%F");

    released_day = hearth_format_date (iso);
  }
  gtk_label_set_label (self->report_title_label, hearth_feedback_report_get_title (self->report));
  /* Translators: when the 360° report was released. */
  heading = g_strdup_printf (_("Released %s."), released_day);
  summary = g_string_new (heading);
  if (hearth_feedback_report_get_development_only (self->report))
    g_string_append_printf (summary, " %s", _("Words only, no ratings: the report has what people wrote."));
  else
    {
      g_string_append_printf (summary, " %s", _("The average rating from others:"));
      for (guint b = 0; b < hearth_feedback_report_get_n_behaviours (self->report); b++)
        {
          g_autofree char *line = describe_behaviour (self->report, b);

          g_string_append_printf (summary, "\n%s", line);
        }
    }
  gtk_label_set_label (self->report_label, summary->str);
}

static void
show_report_cb (HearthOneToOneDialog *self)
{
  if (self->report != NULL)
    adw_dialog_present (hearth_feedback_report_view_dialog_new (self->store, self->report),
                        GTK_WIDGET (self));
}

/* A row per action, from its template: a one-to-one agrees a handful. */
static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  HearthOneToOneDialog *self = user_data;

  return hearth_supervision_action_row_new (HEARTH_SUPERVISION_ACTION (item), !self->locked);
}

/* Done and Drop go from the rows once the record shown locks: the rows
 * are built again, a handful of them. */
static void
show_actions (HearthOneToOneDialog *self,
              gboolean              locked)
{
  if (locked == self->locked)
    return;
  self->locked = locked;
  if (self->actions != NULL)
    gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions), create_action_row,
                             self, NULL);
}


/* Puts the record as it is now into every field. */
static void
fill (HearthOneToOneDialog *self)
{
  HearthSupervision *item = self->item;
  gboolean locked = hearth_supervision_get_locked (item);
  gboolean supervisor = is_supervisor (self);
  gint64 actor = hearth_store_get_actor (self->store);
  gint64 by_staff = hearth_supervision_get_agreed_by_staff_at (item);
  gint64 by_supervisor = hearth_supervision_get_agreed_by_supervisor_at (item);
  g_autofree char *title = NULL;
  g_autofree char *day = hearth_format_date (hearth_supervision_get_held_on (item));
  g_autofree char *agreement = NULL;
  GtkToggleButton *chosen;

  self->filling = TRUE;
  self->version = hearth_supervision_get_version (item);

  title = g_strdup_printf (_("One-to-one with %s, %s"), hearth_supervision_get_staff_name (item), day);
  adw_dialog_set_title (ADW_DIALOG (self), title);
  /* On a phone the whole of that did not fit in the header bar: the
   * person goes first, and when it was under them. */
  adw_window_title_set_title (self->window_title, hearth_supervision_get_staff_name (item));
  g_free (title);
  /* Translators: under a person's name in a one-to-one's header bar; %s is the day it was held. */
  title = g_strdup_printf (_("One-to-one, %s"), day);
  adw_window_title_set_subtitle (self->window_title, title);

  set_view_text (self->views[HEARTH_SUPERVISION_WELLBEING_NOTE], hearth_supervision_get_wellbeing_note (item));
  set_view_text (self->views[HEARTH_SUPERVISION_GOING_WELL], hearth_supervision_get_going_well (item));
  set_view_text (self->views[HEARTH_SUPERVISION_BEEN_HARD], hearth_supervision_get_been_hard (item));
  set_view_text (self->views[HEARTH_SUPERVISION_REFLECTION], hearth_supervision_get_reflection (item));
  hearth_reflection_group_set_record (self->reflection_group, item);
  set_view_text (self->views[HEARTH_SUPERVISION_LEARNING], hearth_supervision_get_learning (item));
  set_view_text (self->views[HEARTH_SUPERVISION_BEHAVIOURS_NOTE], hearth_supervision_get_behaviours_note (item));

  /* The private note is read only for the supervisor using Hearth: for
   * anyone else it is never loaded, so it cannot be shown. */
  gtk_widget_set_visible (GTK_WIDGET (self->private_group), supervisor);
  if (supervisor)
    {
      g_autofree char *note = hearth_supervision_dup_private_note (self->store,
                                                                   hearth_supervision_get_id (item),
                                                                   NULL);
      set_view_text (self->private_view, note);
    }
  else
    set_view_text (self->private_view, "");

  chosen = wellbeing_button (self, (int) hearth_supervision_get_wellbeing (item));
  if (chosen != NULL)
    gtk_toggle_button_set_active (chosen, TRUE);
  else
    for (int i = 1; i <= HEARTH_WELLBEING_MAX; i++)
      gtk_toggle_button_set_active (wellbeing_button (self, i), FALSE);

  show_report_summary (self);

  /* Once both agreed, the words never change: addenda follow. */
  for (guint f = 0; f < HEARTH_SUPERVISION_N_FIELDS; f++)
    if (self->views[f] != NULL)
      gtk_text_view_set_editable (self->views[f], !locked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->wellbeing_box), !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->add_action_list), !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->add_action_button), !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->addenda_group), locked);
  hearth_practice_examples_group_set_can_record (self->examples_group, !locked);
  show_actions (self, locked);

  if (locked)
    agreement = g_strdup (_("Both of you agreed this record, so it is locked. Later changes are addenda."));
  else if (by_staff != 0 && by_supervisor != 0)
    agreement = g_strdup (_("Both of you agreed."));
  else if (by_staff != 0)
    agreement = g_strdup_printf (_("%s agreed; waiting for the supervisor."),
                                 hearth_supervision_get_staff_name (item));
  else if (by_supervisor != 0)
    agreement = g_strdup_printf (_("%s agreed; waiting for %s."),
                                 hearth_supervision_get_supervisor_name (item),
                                 hearth_supervision_get_staff_name (item));
  else
    agreement = g_strdup (_("Each of you agrees the record when it says what you both mean."));
  adw_preferences_group_set_description (self->agree_group, agreement);
  gtk_widget_set_visible (GTK_WIDGET (self->agree_button),
                          !locked &&
                          !(actor == hearth_supervision_get_staff_id (item) && by_staff != 0) &&
                          !(supervisor && by_supervisor != 0));

  memset (self->dirty, 0, sizeof self->dirty);
  self->filling = FALSE;
}

static gboolean
reload (HearthOneToOneDialog *self,
        GError              **error)
{
  HearthSupervision *item = hearth_supervision_load (self->store,
                                                     hearth_supervision_get_id (self->item), error);

  if (item == NULL)
    return FALSE;
  g_set_object (&self->item, item);
  g_object_unref (item);
  fill (self);
  return TRUE;
}

static void
show_error (HearthOneToOneDialog *self,
            const GError         *error)
{
  adw_banner_set_title (self->banner, error->message);
  adw_banner_set_revealed (self->banner, TRUE);
}

/* Someone saved this one-to-one in another window since it was read: show
 * their words rather than overwrite them. */
static void
conflict (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    {
      show_error (self, error);
      return;
    }
  adw_banner_set_title (self->banner,
                        _("This one-to-one was changed in another window: it shows those changes now. "
                          "Type again anything of yours that is missing."));
  adw_banner_set_revealed (self->banner, TRUE);
}

static gboolean
handle_error (HearthOneToOneDialog *self,
              GError               *error)
{
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_CONFLICT))
    conflict (self);
  else
    show_error (self, error);
  return FALSE;
}

/* The record locked in another window, the other person having agreed
 * there: it is shown locked at once, as a save would find it. Other
 * changes made elsewhere are met on saving, as a conflict. */
static void
store_changed_cb (HearthOneToOneDialog *self,
                  GPtrArray            *changes)
{
  const char *supervisions = g_intern_static_string ("supervisions");
  gint64 id;

  if (self->item == NULL || self->locked)
    return;
  id = hearth_supervision_get_id (self->item);
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);
      g_autoptr(HearthSupervision) now = NULL;
      gboolean typed = FALSE;

      if (change->table != supervisions || change->rowid != id)
        continue;
      now = hearth_supervision_load (self->store, id, NULL);
      if (now == NULL || !hearth_supervision_get_locked (now))
        return;

      /* What was typed since the last save cannot be saved now. */
      for (guint f = 0; f < HEARTH_SUPERVISION_N_FIELDS; f++)
        typed = typed || self->dirty[f];
      g_clear_handle_id (&self->save_source, g_source_remove);
      if (typed)
        conflict (self);
      else
        {
          g_set_object (&self->item, now);
          fill (self);
        }
      return;
    }
}

void
hearth_one_to_one_dialog_flush (HearthOneToOneDialog *self)
{
  g_return_if_fail (HEARTH_IS_ONE_TO_ONE_DIALOG (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item == NULL)
    return;

  for (guint f = 0; f < HEARTH_SUPERVISION_N_FIELDS; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (!self->dirty[f])
        continue;
      self->dirty[f] = FALSE;
      text = dup_view_text (self->views[f]);
      if (!hearth_supervision_save_text (self->store, hearth_supervision_get_id (self->item),
                                         self->version, f, text, &self->version, &error))
        {
          handle_error (self, error);
          return;
        }
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  HearthOneToOneDialog *self = user_data;

  self->save_source = 0;
  hearth_one_to_one_dialog_flush (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (HearthOneToOneDialog *self,
                   GtkTextBuffer        *buffer)
{
  if (self->filling)
    return;
  for (guint f = 0; f < HEARTH_SUPERVISION_N_FIELDS; f++)
    if (self->views[f] != NULL && gtk_text_view_get_buffer (self->views[f]) == buffer)
      self->dirty[f] = TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
wellbeing_toggled_cb (HearthOneToOneDialog *self,
                      GtkToggleButton      *button)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || !gtk_toggle_button_get_active (button))
    return;

  hearth_one_to_one_dialog_flush (self);
  for (int i = 1; i <= HEARTH_WELLBEING_MAX; i++)
    if (wellbeing_button (self, i) == button &&
        !hearth_supervision_set_wellbeing (self->store, hearth_supervision_get_id (self->item),
                                           self->version, i, &self->version, &error))
      handle_error (self, error);
}

/* The case or its entries are about to change: what is typed is saved
 * first, with the version it was read at. */
static void
reflection_changing_cb (HearthOneToOneDialog *self)
{
  hearth_one_to_one_dialog_flush (self);
}

/* They changed (and with them the record's version): read it again. */
static void
reflection_saved_cb (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;

  hearth_one_to_one_dialog_flush (self);
  if (!reload (self, &error))
    handle_error (self, error);
}

static void
closed_cb (HearthOneToOneDialog *self)
{
  hearth_one_to_one_dialog_flush (self);
}

static void
action_entry_changed_cb (HearthOneToOneDialog *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->action_entry)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_action_button), g_strstrip (text)[0] != '\0');
}

static void
add_action_cb (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *due = hearth_date_row_get_date (self->due_row);
  gint64 owner_id;

  /* Who: the member of staff, or the supervisor. */
  owner_id = adw_combo_row_get_selected (self->owner_row) == 1
             ? hearth_supervision_get_supervisor_id (self->item)
             : hearth_supervision_get_staff_id (self->item);

  hearth_one_to_one_dialog_flush (self);
  if (hearth_supervision_add_action (self->store, hearth_supervision_get_id (self->item),
                                     gtk_editable_get_text (GTK_EDITABLE (self->action_entry)),
                                     owner_id, due[0] != '\0' ? due : NULL, &error) == 0)
    {
      handle_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->action_entry), "");
  hearth_date_row_set_date (self->due_row, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->action_entry));
}

static void
agree_cb (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;

  hearth_one_to_one_dialog_flush (self);
  if (!hearth_supervision_agree (self->store, hearth_supervision_get_id (self->item), self->version,
                                 &error) ||
      !reload (self, &error))
    handle_error (self, error);
}

static void
add_addendum_cb (HearthOneToOneDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (hearth_supervision_add_addendum (self->store, hearth_supervision_get_id (self->item),
                                       gtk_editable_get_text (GTK_EDITABLE (self->addendum_entry)),
                                       &error) == 0)
    {
      show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->addendum_entry), "");
}

static HearthSupervisionAction *
find_action (HearthOneToOneDialog *self,
             gint64                action_id)
{
  guint position = hearth_query_model_find_id (self->actions, action_id);

  return position != G_MAXUINT ? g_list_model_get_item (G_LIST_MODEL (self->actions), position) : NULL;
}

static void
action_done_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthOneToOneDialog *self = HEARTH_ONE_TO_ONE_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_supervision_action_done (self->store, g_variant_get_int64 (parameter),
                                       hearth_supervision_get_id (self->item), &error))
    show_error (self, error);
}

static void
action_drop_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthOneToOneDialog *self = HEARTH_ONE_TO_ONE_DIALOG (widget);
  g_autoptr(HearthSupervisionAction) action = find_action (self, g_variant_get_int64 (parameter));

  AdwDialog *dialog;

  if (action == NULL)
    return;
  dialog = hearth_supervision_drop_dialog_new (self->store, action, hearth_supervision_get_id (self->item));
  adw_dialog_present (dialog, widget);
}

/* Read when the file is chosen, from the record as saved: the drafts were
 * saved first. Laid out and written on another thread. */
static HearthPdfWriter *
make_pdf (gpointer   data,
          GError   **error)
{
  HearthOneToOneDialog *self = data;

  if (self->item == NULL || self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
      return NULL;
    }
  hearth_one_to_one_dialog_flush (self);
  return hearth_one_to_one_pdf_new (self->store, hearth_supervision_get_id (self->item), error);
}

static void
save_pdf_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthOneToOneDialog *self = HEARTH_ONE_TO_ONE_DIALOG (widget);
  g_autofree char *name = NULL;

  hearth_one_to_one_dialog_flush (self);
  name = hearth_one_to_one_pdf_dup_file_name (hearth_supervision_get_staff_name (self->item),
                                              hearth_supervision_get_held_on (self->item));
  hearth_pdf_save_as (widget, self->toast_overlay, _("Save One-to-one as PDF"), name, make_pdf,
                      g_object_ref (self), g_object_unref, NULL);
}

static GtkWidget *
create_addendum_row (gpointer item,
                     gpointer user_data)
{
  HearthSupervisionAddendum *addendum = item;
  g_autofree char *when = hearth_format_time (hearth_supervision_addendum_get_at (addendum));
  g_autofree char *subtitle = g_strdup_printf (_("%s, %s"),
                                               hearth_supervision_addendum_get_author_name (addendum),
                                               when);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_supervision_addendum_get_text (addendum));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
hearth_one_to_one_dialog_dispose (GObject *object)
{
  HearthOneToOneDialog *self = HEARTH_ONE_TO_ONE_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  hearth_one_to_one_dialog_flush (self);
  /* The lists let go of their models, and so of the store, even when
   * something still holds a list: the rows they would build read this
   * dialog, and a change in the store would build them. */
  if (self->actions_list != NULL)
    gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);
  if (self->addenda_list != NULL)
    gtk_list_box_bind_model (self->addenda_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ONE_TO_ONE_DIALOG);
  memset (self->views, 0, sizeof self->views);
  g_clear_object (&self->actions);
  g_clear_object (&self->addenda);
  g_clear_object (&self->report);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_one_to_one_dialog_parent_class)->dispose (object);
}

static void
hearth_one_to_one_dialog_class_init (HearthOneToOneDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_one_to_one_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  g_type_ensure (HEARTH_TYPE_PRACTICE_EXAMPLES_GROUP);
  g_type_ensure (HEARTH_TYPE_REFLECTION_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-one-to-one-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, banner);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, page);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing_box);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing1);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing2);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing3);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing4);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing5);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, wellbeing_note_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, going_well_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, been_hard_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, reflection_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, learning_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, behaviours_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, report_box);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, report_title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, report_label);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, behaviours_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, actions_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, actions_list);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, add_action_list);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, action_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, add_action_button);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, examples_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, private_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, private_view);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, agree_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, agree_button);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, addenda_group);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, addenda_list);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneDialog, addendum_entry);
  gtk_widget_class_bind_template_callback (widget_class, wellbeing_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reflection_changing_cb);
  gtk_widget_class_bind_template_callback (widget_class, reflection_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, action_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, agree_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_addendum_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_report_cb);

  gtk_widget_class_install_action (widget_class, "one-to-one.action-done", "x", action_done_cb);
  gtk_widget_class_install_action (widget_class, "one-to-one.action-drop", "x", action_drop_cb);
  gtk_widget_class_install_action (widget_class, "one-to-one.save-pdf", NULL, save_pdf_cb);
}

static void
hearth_one_to_one_dialog_init (HearthOneToOneDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->views[HEARTH_SUPERVISION_WELLBEING_NOTE] = self->wellbeing_note_view;
  self->views[HEARTH_SUPERVISION_GOING_WELL] = self->going_well_view;
  self->views[HEARTH_SUPERVISION_BEEN_HARD] = self->been_hard_view;
  self->views[HEARTH_SUPERVISION_REFLECTION] = hearth_reflection_group_get_text_view (self->reflection_group);
  self->views[HEARTH_SUPERVISION_LEARNING] = self->learning_view;
  self->views[HEARTH_SUPERVISION_BEHAVIOURS_NOTE] = self->behaviours_view;
  self->views[HEARTH_SUPERVISION_PRIVATE_NOTE] = self->private_view;

  for (guint f = 0; f < HEARTH_SUPERVISION_N_FIELDS; f++)
    if (self->views[f] != NULL)
      g_signal_connect_object (gtk_text_view_get_buffer (self->views[f]), "changed",
                               G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
}

AdwDialog *
hearth_one_to_one_dialog_new (HearthStore  *store,
                              gint64        supervision_id,
                              GError      **error)
{
  g_autoptr(HearthSupervision) item = NULL;
  g_autoptr(GtkStringList) owners = NULL;
  HearthOneToOneDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  item = hearth_supervision_load (store, supervision_id, error);
  if (item == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_ONE_TO_ONE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = g_steal_pointer (&item);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  hearth_reflection_group_set_store (self->reflection_group, store);

  owners = gtk_string_list_new (NULL);
  gtk_string_list_append (owners, hearth_supervision_get_staff_name (self->item));
  gtk_string_list_append (owners, hearth_supervision_get_supervisor_name (self->item));
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owners));

  hearth_practice_examples_group_show (self->examples_group, store,
                                       hearth_supervision_get_staff_id (self->item),
                                       hearth_supervision_get_staff_name (self->item),
                                       supervision_id);
  fill (self);

  self->actions = hearth_supervision_action_list_new (store);
  hearth_supervision_action_list_set_supervision (self->actions, supervision_id);
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions), create_action_row,
                           self, NULL);
  self->addenda = hearth_supervision_addendum_list_new (store, supervision_id);
  gtk_list_box_bind_model (self->addenda_list, G_LIST_MODEL (self->addenda), create_addendum_row,
                           self, NULL);

  return ADW_DIALOG (self);
}
