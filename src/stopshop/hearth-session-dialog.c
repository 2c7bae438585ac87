/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-colleague-list.h"
#include "hearth-date-row.h"
#include "hearth-session-changes.h"
#include "hearth-session-dialog.h"
#include "hearth-staff-member.h"

struct _HearthSessionDialog
{
  HearthFormDialog       parent_instance;

  /* template widgets */
  HearthDateRow         *date_row;
  AdwEntryRow           *place_row;
  AdwEntryRow           *theme_row;
  HearthColleagueList   *ambassadors;
  AdwEntryRow           *teams_row;
  AdwSpinRow            *votes_row;
  AdwSpinRow            *voters_row;
  AdwSpinRow            *stall_row;
  AdwSpinRow            *minutes_row;

  /* owned */
  HearthStore           *store;
  HearthStopShopSession *item;
  HearthQueryModel      *staff;        /* active ambassadors */

  gint64                 session_id;
  gboolean               filling;      /* the form is being filled in, not typed into */
};

G_DEFINE_FINAL_TYPE (HearthSessionDialog, hearth_session_dialog, HEARTH_TYPE_FORM_DIALOG)

/* The teams typed, separated by commas, trimmed, without empty ones. */
static GStrv
dup_teams (HearthSessionDialog *self)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->teams_row)), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* @teams and @ambassadors must outlive @fields. */
static void
get_fields (HearthSessionDialog *self,
            HearthSessionFields *fields,
            GStrv                teams,
            GArray              *ambassadors)
{
  hearth_session_fields_init (fields);
  fields->held_on = hearth_date_row_get_date (self->date_row);
  fields->place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  fields->theme = gtk_editable_get_text (GTK_EDITABLE (self->theme_row));
  fields->votes_per_person = (guint) adw_spin_row_get_value (self->votes_row);
  fields->voters = (guint) adw_spin_row_get_value (self->voters_row);
  fields->stall_weeks = (guint) adw_spin_row_get_value (self->stall_row);
  fields->phase_minutes = (guint) adw_spin_row_get_value (self->minutes_row);
  fields->ambassador_ids = (const gint64 *) ambassadors->data;
  fields->n_ambassadors = ambassadors->len;
  fields->teams = (const char * const *) teams;
}

static void
show_error (HearthSessionDialog *self,
            const char          *message)
{
  /* Said once, not at every key typed. */
  if (g_strcmp0 (message, hearth_form_dialog_get_error (HEARTH_FORM_DIALOG (self))) == 0)
    return;
  hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), message);
}

/* The same checks as saving, as the person types: what is wrong shows at
 * once, and Save waits until it is right. */
static void
validate (HearthSessionDialog *self)
{
  g_auto(GStrv) teams = NULL;
  g_autoptr(GArray) ambassadors = NULL;
  g_autoptr(GError) error = NULL;
  HearthSessionFields fields;
  gboolean ok;

  if (self->filling)
    return;

  teams = dup_teams (self);
  ambassadors = hearth_colleague_list_dup_ids (self->ambassadors);
  get_fields (self, &fields, teams, ambassadors);
  ok = hearth_session_fields_validate (&fields, &error);
  show_error (self, ok ? NULL : error->message);
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), ok);
}

static gboolean
hearth_session_dialog_save (HearthFormDialog  *dialog,
                            GError           **error)
{
  HearthSessionDialog *self = HEARTH_SESSION_DIALOG (dialog);
  g_auto(GStrv) teams = dup_teams (self);
  g_autoptr(GArray) ambassadors = hearth_colleague_list_dup_ids (self->ambassadors);
  HearthSessionFields fields;
  gint64 session_id;

  get_fields (self, &fields, teams, ambassadors);
  if (self->item == NULL)
    session_id = hearth_session_create (self->store, &fields, error);
  else if (hearth_session_update (self->store, hearth_stopshop_session_get_id (self->item), &fields,
                                  error))
    session_id = hearth_stopshop_session_get_id (self->item);
  else
    session_id = 0;

  /* Everything typed stays, with why it was not saved. */
  if (session_id == 0)
    return FALSE;
  self->session_id = session_id;
  return TRUE;
}

static void
hearth_session_dialog_dispose (GObject *object)
{
  HearthSessionDialog *self = HEARTH_SESSION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SESSION_DIALOG);

  g_clear_object (&self->staff);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_session_dialog_parent_class)->dispose (object);
}

static void
hearth_session_dialog_class_init (HearthSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_session_dialog_dispose;
  form_class->save = hearth_session_dialog_save;

  g_type_ensure (HEARTH_TYPE_COLLEAGUE_LIST);
  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/stopshop/hearth-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, ambassadors);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, teams_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, votes_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, voters_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, stall_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSessionDialog, minutes_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hearth_session_dialog_init (HearthSessionDialog *self)
{
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The limits are the model's, kept in one place. */
  adw_spin_row_set_range (self->votes_row, 0, HEARTH_SESSION_VOTES_PER_PERSON_MAX);
  adw_spin_row_set_range (self->voters_row, 0, HEARTH_SESSION_VOTERS_MAX);
  adw_spin_row_set_range (self->stall_row, HEARTH_SESSION_STALL_WEEKS_MIN,
                          HEARTH_SESSION_STALL_WEEKS_MAX);
  adw_spin_row_set_range (self->minutes_row, 0, HEARTH_SESSION_PHASE_MINUTES_MAX);
}

static void
set_row (AdwEntryRow *row,
         const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Fills the form with @item's setup, or a new session's. */
static void
fill (HearthSessionDialog *self,
      guint                stall_weeks)
{
  g_autofree char *today = NULL;
  g_autofree char *teams = NULL;
  g_autofree gint64 *ids = NULL;
  guint n = 0;
  HearthSessionFields defaults;

  hearth_session_fields_init (&defaults);
  if (stall_weeks >= HEARTH_SESSION_STALL_WEEKS_MIN && stall_weeks <= HEARTH_SESSION_STALL_WEEKS_MAX)
    defaults.stall_weeks = stall_weeks;

  if (self->item != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (hearth_stopshop_session_get_teams (self->item), ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_strstrip (parts[i]);
      teams = g_strjoinv (", ", parts);
      defaults.held_on = hearth_stopshop_session_get_held_on (self->item);
      defaults.place = hearth_stopshop_session_get_place (self->item);
      defaults.theme = hearth_stopshop_session_get_theme (self->item);
      defaults.votes_per_person = hearth_stopshop_session_get_votes_per_person (self->item);
      defaults.voters = hearth_stopshop_session_get_voters (self->item);
      defaults.stall_weeks = hearth_stopshop_session_get_stall_weeks (self->item);
      defaults.phase_minutes = hearth_stopshop_session_get_phase_minutes (self->item);

      /* Only those still on the team and still ambassadors can stay. */
      ids = hearth_session_dup_ambassador_ids (self->store,
                                               hearth_stopshop_session_get_id (self->item), &n, NULL);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      gint64 actor = hearth_store_get_actor (self->store);

      today = g_date_time_format (now, "%Y-%m-%d");
      defaults.held_on = today;

      /* Whoever sets it up usually runs it, when they are an ambassador. */
      if (actor > 0)
        {
          ids = g_new (gint64, 1);
          ids[0] = actor;
          n = 1;
        }
    }

  hearth_date_row_set_date (self->date_row, defaults.held_on);
  set_row (self->place_row, defaults.place);
  set_row (self->theme_row, defaults.theme);
  set_row (self->teams_row, teams);
  adw_spin_row_set_value (self->votes_row, defaults.votes_per_person);
  adw_spin_row_set_value (self->voters_row, defaults.voters);
  adw_spin_row_set_value (self->stall_row, defaults.stall_weeks);
  adw_spin_row_set_value (self->minutes_row, defaults.phase_minutes);
  hearth_colleague_list_set_ids (self->ambassadors, ids, n);
}

AdwDialog *
hearth_session_dialog_new (HearthStore           *store,
                           HearthStopShopSession *session,
                           guint                  stall_weeks)
{
  HearthSessionDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (session == NULL || HEARTH_IS_STOPSHOP_SESSION (session), NULL);

  self = g_object_new (HEARTH_TYPE_SESSION_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = session != NULL ? g_object_ref (session) : NULL;

  self->staff = hearth_staff_member_query_new (store);
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  hearth_staff_member_list_set_ambassadors_only (self->staff, TRUE);
  hearth_query_model_set_sort (self->staff, "name");
  hearth_colleague_list_set_staff (self->ambassadors, self->staff);

  if (session != NULL)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Session"));
      hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Save"));
    }
  fill (self, stall_weeks);
  self->filling = FALSE;

  adw_dialog_set_focus (ADW_DIALOG (self),
                        GTK_WIDGET (session == NULL ? self->place_row : self->theme_row));
  validate (self);
  return ADW_DIALOG (self);
}

gint64
hearth_session_dialog_get_session_id (HearthSessionDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_SESSION_DIALOG (self), 0);

  return self->session_id;
}
