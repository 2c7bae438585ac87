/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-session-changes.h"
#include "hearth-session-dialog.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

struct _HearthSessionDialog
{
  AdwDialog              parent_instance;

  HearthStore           *store;
  HearthStopShopSession *item;
  HearthQueryModel      *staff;        /* active ambassadors */
  GArray                *ambassadors;  /* gint64 staff ids */
  char                  *shown_error;

  GtkWidget             *action_button;
  GtkLabel              *error_label;
  GtkWidget             *date_row;
  GtkWidget             *place_row;
  GtkWidget             *theme_row;
  GtkWidget             *ambassador_row;
  GtkListBox            *ambassador_list;
  GtkWidget             *teams_row;
  GtkWidget             *votes_row;
  GtkWidget             *voters_row;
  GtkWidget             *stall_row;
  GtkWidget             *minutes_row;
};

G_DEFINE_FINAL_TYPE (HearthSessionDialog, hearth_session_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

static guint
spin_value (GtkWidget *row)
{
  return (guint) adw_spin_row_get_value (ADW_SPIN_ROW (row));
}

/* @teams must outlive @fields. */
static void
get_fields (HearthSessionDialog *self,
            HearthSessionFields *fields,
            GStrv                teams)
{
  hearth_session_fields_init (fields);
  fields->held_on = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  fields->place = gtk_editable_get_text (GTK_EDITABLE (self->place_row));
  fields->theme = gtk_editable_get_text (GTK_EDITABLE (self->theme_row));
  fields->votes_per_person = spin_value (self->votes_row);
  fields->voters = spin_value (self->voters_row);
  fields->stall_weeks = spin_value (self->stall_row);
  fields->phase_minutes = spin_value (self->minutes_row);
  fields->ambassador_ids = (const gint64 *) self->ambassadors->data;
  fields->n_ambassadors = self->ambassadors->len;
  fields->teams = (const char * const *) teams;
}

static void
show_error (HearthSessionDialog *self,
            const char          *message)
{
  /* Said once, not at every key typed. */
  if (g_strcmp0 (message, self->shown_error) == 0)
    return;
  g_free (self->shown_error);
  self->shown_error = g_strdup (message);
  hearth_error_label_show (self->error_label, message);
}

/* The same checks as saving, as the person types: what is wrong shows at
 * once, and Save waits until it is right. */
static void
validate (HearthSessionDialog *self)
{
  g_auto(GStrv) teams = NULL;
  g_autoptr(GError) error = NULL;
  HearthSessionFields fields;
  gboolean ok;

  if (self->minutes_row == NULL)
    return;

  teams = dup_teams (self);
  get_fields (self, &fields, teams);
  ok = hearth_session_fields_validate (&fields, &error);
  show_error (self, ok ? NULL : error->message);
  /* The button follows its action. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
}

/* --- Ambassadors ---------------------------------------------------------- */

static void update_ambassadors (HearthSessionDialog *self);

static void
remove_ambassador_cb (GtkButton           *button,
                      HearthSessionDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < self->ambassadors->len)
    g_array_remove_index (self->ambassadors, index);
  update_ambassadors (self);
  gtk_widget_grab_focus (self->ambassador_row);
}

static void
update_ambassadors (HearthSessionDialog *self)
{
  gtk_list_box_remove_all (self->ambassador_list);
  gtk_widget_set_visible (GTK_WIDGET (self->ambassador_list), self->ambassadors->len > 0);

  for (guint i = 0; i < self->ambassadors->len; i++)
    {
      gint64 id = g_array_index (self->ambassadors, gint64, i);
      guint position = hearth_query_model_find_id (self->staff, id);
      g_autoptr(HearthStaffMember) member = NULL;
      g_autofree char *label = NULL;

      if (position == G_MAXUINT)
        continue;
      member = g_list_model_get_item (G_LIST_MODEL (self->staff), position);
      /* Translators: %s is an ambassador's name. */
      label = g_strdup_printf (_("Remove %s from the session"), hearth_staff_member_get_name (member));
      gtk_list_box_append (self->ambassador_list,
                           hearth_removable_row_new (hearth_staff_member_get_name (member),
                                                     hearth_staff_member_get_team (member),
                                                     label, i, G_CALLBACK (remove_ambassador_cb), self));
    }
  validate (self);
}

static void
add_ambassador_cb (HearthSessionDialog *self)
{
  g_autoptr(HearthStaffMember) member = NULL;
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->ambassador_row));
  gint64 id;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  member = g_list_model_get_item (G_LIST_MODEL (self->staff), position);
  id = hearth_staff_member_get_id (member);
  for (guint i = 0; i < self->ambassadors->len; i++)
    if (g_array_index (self->ambassadors, gint64, i) == id)
      return;
  g_array_append_val (self->ambassadors, id);
  update_ambassadors (self);
}

/* --- Saving --------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthSessionDialog *self = HEARTH_SESSION_DIALOG (widget);
  g_auto(GStrv) teams = dup_teams (self);
  g_autoptr(GError) error = NULL;
  HearthSessionFields fields;
  gint64 session_id;

  if (!gtk_widget_get_sensitive (self->action_button))
    return;

  get_fields (self, &fields, teams);
  if (self->item == NULL)
    session_id = hearth_session_create (self->store, &fields, &error);
  else if (hearth_session_update (self->store, hearth_stopshop_session_get_id (self->item), &fields,
                                  &error))
    session_id = hearth_stopshop_session_get_id (self->item);
  else
    session_id = 0;

  /* Everything typed stays, with why it was not saved. */
  if (session_id == 0)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, session_id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
hearth_session_dialog_dispose (GObject *object)
{
  HearthSessionDialog *self = HEARTH_SESSION_DIALOG (object);

  g_clear_object (&self->staff);
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->ambassadors, g_array_unref);
  g_clear_pointer (&self->shown_error, g_free);

  G_OBJECT_CLASS (hearth_session_dialog_parent_class)->dispose (object);
}

static void
hearth_session_dialog_class_init (HearthSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_session_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hearth_session_dialog_init (HearthSessionDialog *self)
{
  self->ambassadors = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static char *
staff_name (HearthStaffMember *member)
{
  return g_strdup (member != NULL ? hearth_staff_member_get_name (member) : "");
}

static GtkWidget *
entry_row (HearthSessionDialog *self,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_object (row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
spin_row (HearthSessionDialog *self,
          const char          *title,
          const char          *subtitle,
          guint                min,
          guint                max,
          guint                value)
{
  GtkWidget *row = adw_spin_row_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_spin_row_set_numeric (ADW_SPIN_ROW (row), TRUE);
  /* A number typed past the range becomes its nearest end, which shows. */
  adw_spin_row_set_update_policy (ADW_SPIN_ROW (row), GTK_UPDATE_ALWAYS);
  adw_spin_row_set_value (ADW_SPIN_ROW (row), value);
  g_signal_connect_object (row, "notify::value", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  return row;
}

static void
build (HearthSessionDialog *self,
       guint                stall_weeks)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *session_group = adw_preferences_group_new ();
  GtkWidget *people_group = adw_preferences_group_new ();
  GtkWidget *running_group = adw_preferences_group_new ();
  GtkWidget *error_label = hearth_error_label_new ();
  GtkWidget *add_button, *header;
  GtkExpression *expression;
  g_autofree char *today = NULL;
  g_autofree char *teams = NULL;
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
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      defaults.held_on = today;
    }

  header = hearth_dialog_header_new (self->item == NULL ? _("_Create") : _("_Save"),
                                     "suggested-action", &self->action_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  self->error_label = GTK_LABEL (error_label);

  /* The session. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (session_group), _("Session"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (session_group), error_label);
  self->date_row = entry_row (self, _("Day (YYYY-MM-DD)"), defaults.held_on);
  self->place_row = entry_row (self, _("Place"), defaults.place);
  self->theme_row = entry_row (self, _("Theme"), defaults.theme);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (session_group), self->date_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (session_group), self->place_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (session_group), self->theme_row);

  /* Who runs it and who comes. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (people_group), _("People"));
  self->ambassador_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ambassador_row), _("Facilitating ambassador"));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (staff_name), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self->ambassador_row), expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->ambassador_row), G_LIST_MODEL (self->staff));
  adw_combo_row_set_enable_search (ADW_COMBO_ROW (self->ambassador_row), TRUE);
  adw_combo_row_set_search_match_mode (ADW_COMBO_ROW (self->ambassador_row),
                                       GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->ambassador_row), GTK_INVALID_LIST_POSITION);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->staff)) == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->ambassador_row),
                                 _("No one is marked as a service ambassador yet"));
  add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add the ambassador to the session"), -1);
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (add_ambassador_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->ambassador_row), add_button);
  self->ambassador_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->ambassador_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->ambassador_list), "boxed-list");
  gtk_widget_set_visible (GTK_WIDGET (self->ambassador_list), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->ambassador_list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->ambassador_list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ambassador_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Facilitating ambassadors"), -1);
  self->teams_row = entry_row (self, _("Teams attending, separated by commas"), teams);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (people_group), self->ambassador_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (people_group), GTK_WIDGET (self->ambassador_list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (people_group), self->teams_row);

  /* How it runs. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (running_group), _("Running the Session"));
  self->votes_row = spin_row (self, _("Votes per person"), _("From 1 to 12, or 0 to skip voting"),
                              0, HEARTH_SESSION_VOTES_PER_PERSON_MAX, defaults.votes_per_person);
  self->voters_row = spin_row (self, _("People voting"), _("0 until the room is counted"),
                               0, HEARTH_SESSION_VOTERS_MAX, defaults.voters);
  self->stall_row = spin_row (self, _("Stalled after (weeks)"),
                              _("An open barrier with no news for this long is flagged"),
                              HEARTH_SESSION_STALL_WEEKS_MIN, HEARTH_SESSION_STALL_WEEKS_MAX,
                              defaults.stall_weeks);
  self->minutes_row = spin_row (self, _("Minutes per phase"), _("A countdown on the projector; 0 for none"),
                                0, HEARTH_SESSION_PHASE_MINUTES_MAX, defaults.phase_minutes);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (running_group), self->votes_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (running_group), self->voters_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (running_group), self->stall_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (running_group), self->minutes_row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (session_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (people_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (running_group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 680);
  adw_dialog_set_title (ADW_DIALOG (self), self->item == NULL ? _("New Session") : _("Edit Session"));

  if (self->item != NULL)
    {
      g_autofree gint64 *ids = NULL;
      guint n = 0;

      ids = hearth_session_dup_ambassador_ids (self->store, hearth_stopshop_session_get_id (self->item),
                                               &n, NULL);
      /* Only those still on the team and still ambassadors can stay. */
      for (guint i = 0; ids != NULL && i < n; i++)
        if (hearth_query_model_find_id (self->staff, ids[i]) != G_MAXUINT)
          g_array_append_val (self->ambassadors, ids[i]);
    }
  else
    {
      /* Whoever sets it up usually runs it, when they are an ambassador. */
      gint64 actor = hearth_store_get_actor (self->store);

      if (actor > 0 && hearth_query_model_find_id (self->staff, actor) != G_MAXUINT)
        g_array_append_val (self->ambassadors, actor);
    }
  update_ambassadors (self);
  adw_dialog_set_focus (ADW_DIALOG (self), self->item == NULL ? self->place_row : self->theme_row);
  validate (self);
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
  hearth_query_model_set_param (self->staff, ":active_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_param (self->staff, ":ambassadors_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_sort (self->staff, "name");

  build (self, stall_weeks);
  return ADW_DIALOG (self);
}
