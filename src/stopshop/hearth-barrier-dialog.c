/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-stopshop"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-barrier-changes.h"
#include "hearth-barrier-dialog.h"
#include "hearth-barrier-update.h"
#include "hearth-staff-member.h"
#include "hearth-text-field.h"
#include "hearth-ui-utils.h"

struct _HearthBarrierDialog
{
  AdwDialog         parent_instance;

  HearthStore      *store;
  HearthBarrier    *item;
  HearthQueryModel *staff;
  HearthQueryModel *updates;
  char             *shown_error;

  GtkWidget        *action_button;
  GtkLabel         *error_label;
  GtkWidget        *title_row;
  GtkWidget        *category_row;
  GtkWidget        *teams_row;
  GtkWidget        *what_field;
  GtkWidget        *effect_field;
  GtkWidget        *status_row;
  GtkWidget        *status_note;
  GtkWidget        *owner_row;
  GtkWidget        *first_action_row;
  GtkWidget        *due_row;
  GtkWidget        *update_field;
  GArray           *owner_ids;  /* gint64 for each owner offered, 0 first */
};

G_DEFINE_FINAL_TYPE (HearthBarrierDialog, hearth_barrier_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
chosen_status (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_row));
  const char * const *statuses = hearth_barrier_statuses ();

  return position < g_strv_length ((char **) statuses) ? statuses[position]
                                                       : hearth_barrier_get_status (self->item);
}

static const char *
chosen_category (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->category_row));
  const char * const *categories = hearth_barrier_categories ();

  return position < g_strv_length ((char **) categories) ? categories[position] : NULL;
}

/* 0 for "No owner". */
static gint64
chosen_owner (HearthBarrierDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->owner_row));

  return position < self->owner_ids->len ? g_array_index (self->owner_ids, gint64, position) : 0;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return *g_strstrip (copy) == '\0';
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static void
show_error (HearthBarrierDialog *self,
            const char          *message)
{
  /* Said once, not at every key typed. */
  if (g_strcmp0 (message, self->shown_error) == 0)
    return;
  g_free (self->shown_error);
  self->shown_error = g_strdup (message);
  hearth_error_label_show (self->error_label, message);
}

static void
validate (HearthBarrierDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  const char *status;
  gboolean parking;
  gboolean ok;

  if (self->update_field == NULL)
    return;

  status = chosen_status (self);
  parking = g_str_equal (status, "parked") && !g_str_equal (hearth_barrier_get_status (self->item), "parked");
  note = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->status_note));

  /* A note goes with a change of status. */
  gtk_widget_set_visible (self->status_note,
                          !g_str_equal (status, hearth_barrier_get_status (self->item)));

  ok = hearth_barrier_check_title (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), &error);
  if (ok && parking && is_blank (note))
    {
      g_set_error_literal (&error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           _("Say why the barrier is parked"));
      ok = FALSE;
    }
  show_error (self, ok ? NULL : error->message);

  ok = ok &&
       hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->what_field)) &&
       hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->effect_field)) &&
       hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->status_note)) &&
       hearth_text_field_get_fits (HEARTH_TEXT_FIELD (self->update_field));
  /* The button follows its action. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
}

/* --- Saving --------------------------------------------------------------- */

static gboolean
save_changes (HearthBarrierDialog  *self,
              GError              **error)
{
  gint64 id = hearth_barrier_get_id (self->item);
  g_autofree char *what = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->what_field));
  g_autofree char *effect = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->effect_field));
  g_autofree char *note = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->status_note));
  g_autofree char *update = hearth_text_field_dup_text (HEARTH_TEXT_FIELD (self->update_field));
  const char *status = chosen_status (self);
  const char *first_action = gtk_editable_get_text (GTK_EDITABLE (self->first_action_row));
  const char *due_on = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  gint64 owner = chosen_owner (self);
  HearthBarrierFields fields = {
    .title = gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
    .what_happens = what,
    .effect_on_residents = effect,
    .category = chosen_category (self),
    .teams = gtk_editable_get_text (GTK_EDITABLE (self->teams_row)),
  };

  if (!hearth_store_begin (self->store, error))
    return FALSE;

  /* Unchanged details write nothing. */
  if (!hearth_barrier_set_details (self->store, id, &fields, error))
    goto fail;

  /* The status before the action: agreeing an action on a barrier only
   * raised moves it on by itself. */
  if (!g_str_equal (status, hearth_barrier_get_status (self->item)) &&
      !hearth_barrier_set_status (self->store, id, status, is_blank (note) ? NULL : note, 0, error))
    goto fail;

  if (owner != hearth_barrier_get_owner_id (self->item) ||
      !same_text (first_action, hearth_barrier_get_first_action (self->item)) ||
      !same_text (due_on, hearth_barrier_get_action_due_on (self->item)))
    {
      if (!hearth_barrier_set_action (self->store, id, owner, first_action,
                                      *due_on != '\0' ? due_on : NULL, 0, error))
        goto fail;
    }

  if (!is_blank (update) && hearth_barrier_add_update (self->store, id, update, 0, error) == 0)
    goto fail;

  return hearth_store_commit (self->store, error);

fail:
  hearth_store_rollback (self->store);
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthBarrierDialog *self = HEARTH_BARRIER_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  /* Refused before anything is written: parked needs its reason. */
  validate (self);
  if (!gtk_widget_get_sensitive (self->action_button))
    return;

  /* Everything typed stays, with why it was not saved. */
  if (!save_changes (self, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
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
hearth_barrier_dialog_dispose (GObject *object)
{
  HearthBarrierDialog *self = HEARTH_BARRIER_DIALOG (object);

  g_clear_object (&self->updates);
  g_clear_object (&self->staff);
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->shown_error, g_free);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (hearth_barrier_dialog_parent_class)->dispose (object);
}

static void
hearth_barrier_dialog_class_init (HearthBarrierDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_barrier_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hearth_barrier_dialog_init (HearthBarrierDialog *self)
{
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* --- Building ------------------------------------------------------------- */

static GtkWidget *
entry_row (HearthBarrierDialog *self,
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
text_field (HearthBarrierDialog *self,
            const char          *title,
            guint                max_chars,
            const char          *text)
{
  GtkWidget *field = hearth_text_field_new (title, max_chars);

  hearth_text_field_set_text (HEARTH_TEXT_FIELD (field), text != NULL ? text : "");
  g_signal_connect_object (field, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  return field;
}

static GtkWidget *
labels_combo_row (HearthBarrierDialog *self,
                  const char          *title,
                  const char * const  *values,
                  const char        *(*label) (const char *),
                  const char          *current)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; values[i] != NULL; i++)
    {
      gtk_string_list_append (labels, label (values[i]));
      if (g_strcmp0 (values[i], current) == 0)
        selected = i;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  return row;
}

/* One line of the log: what changed or what was said, then when and who. */
static GtkWidget *
create_update_row (gpointer item,
                   gpointer user_data)
{
  HearthBarrierUpdate *update = item;
  const char *from = hearth_barrier_update_get_status_from (update);
  const char *to = hearth_barrier_update_get_status_to (update);
  const char *text = hearth_barrier_update_get_text (update);
  const char *author = hearth_barrier_update_get_author_name (update);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = hearth_format_time (hearth_barrier_update_get_at (update));
  g_autofree char *change = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (*to != '\0' && *from != '\0')
    /* Translators: a change of a barrier's status, such as "Raised → Understood". */
    change = g_strdup_printf (_("%s → %s"), hearth_barrier_status_label (from),
                              hearth_barrier_status_label (to));
  else if (*to != '\0')
    change = g_strdup (hearth_barrier_status_label (to));

  if (change != NULL && *text != '\0')
    /* Translators: a change of status, then what was said with it. */
    title = g_strdup_printf (_("%s: %s"), change, text);
  else
    title = g_strdup (change != NULL ? change : text);
  subtitle = *author != '\0' ? g_strdup_printf ("%s · %s", when, author) : g_strdup (when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
build (HearthBarrierDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *barrier_group = adw_preferences_group_new ();
  GtkWidget *story_group = adw_preferences_group_new ();
  GtkWidget *status_group = adw_preferences_group_new ();
  GtkWidget *action_group = adw_preferences_group_new ();
  GtkWidget *update_group = adw_preferences_group_new ();
  GtkWidget *log_group = adw_preferences_group_new ();
  GtkWidget *error_label = hearth_error_label_new ();
  GtkWidget *log_list = gtk_list_box_new ();
  GtkWidget *header;
  gint64 owner = hearth_barrier_get_owner_id (self->item);
  g_autofree char *weight = NULL;

  header = hearth_dialog_header_new (_("_Save"), "suggested-action", &self->action_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  adw_dialog_set_title (ADW_DIALOG (self), _("Barrier"));
  self->error_label = GTK_LABEL (error_label);

  /* What it is. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (barrier_group), _("What Gets in the Way"));
  weight = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Raised %u time", "Raised %u times",
                                         hearth_barrier_get_weight (self->item)),
                            hearth_barrier_get_weight (self->item));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (barrier_group), weight);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (barrier_group), error_label);
  self->title_row = entry_row (self, _("Title"), hearth_barrier_get_title (self->item));
  adw_entry_row_set_max_length (ADW_ENTRY_ROW (self->title_row), HEARTH_BARRIER_TITLE_MAX);
  self->category_row = labels_combo_row (self, _("Category"), hearth_barrier_categories (),
                                         hearth_barrier_category_label,
                                         hearth_barrier_get_category (self->item));
  self->teams_row = entry_row (self, _("Teams affected"), hearth_barrier_get_teams (self->item));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (barrier_group), self->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (barrier_group), self->category_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (barrier_group), self->teams_row);

  self->what_field = text_field (self, _("What happens"), HEARTH_BARRIER_TEXT_MAX,
                                 hearth_barrier_get_what_happens (self->item));
  self->effect_field = text_field (self, _("The effect on residents"), HEARTH_BARRIER_TEXT_MAX,
                                   hearth_barrier_get_effect_on_residents (self->item));
  gtk_widget_set_margin_top (self->effect_field, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (story_group), self->what_field);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (story_group), self->effect_field);

  /* Where it stands. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (status_group), _("Status"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (status_group),
                                         _("Raised, understood, action agreed, in progress, removed; "
                                           "or parked, with the reason."));
  self->status_row = labels_combo_row (self, _("Status"), hearth_barrier_statuses (),
                                       hearth_barrier_status_label,
                                       hearth_barrier_get_status (self->item));
  self->status_note = text_field (self, _("What changed, or why it is parked"), HEARTH_BARRIER_REASON_MAX,
                                  NULL);
  gtk_widget_set_margin_top (self->status_note, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group), self->status_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group), self->status_note);
  if (g_str_equal (hearth_barrier_get_status (self->item), "parked"))
    {
      /* Translators: %s is why a barrier was parked. */
      g_autofree char *reason = g_strdup_printf (_("Parked: %s"), hearth_barrier_get_parked_reason (self->item));
      GtkWidget *label = gtk_label_new (reason);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group), label);
    }

  /* Who acts, and when: anyone on the team, or no one for now. An owner
   * who has since left stays offered, so that saving keeps them. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (action_group), _("Action"));
  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
    g_autoptr(GtkExpression) name = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
    guint selected = 0;
    gint64 none = 0;

    gtk_string_list_append (names, _("No owner"));
    g_array_append_val (self->owner_ids, none);
    if (owner > 0 && hearth_query_model_find_id (self->staff, owner) == G_MAXUINT)
      {
        gtk_string_list_append (names, hearth_barrier_get_owner_name (self->item));
        g_array_append_val (self->owner_ids, owner);
        selected = 1;
      }
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->staff)); i++)
      {
        g_autoptr(HearthStaffMember) member = g_list_model_get_item (G_LIST_MODEL (self->staff), i);
        gint64 id = hearth_staff_member_get_id (member);

        if (id == owner)
          selected = self->owner_ids->len;
        gtk_string_list_append (names, hearth_staff_member_get_name (member));
        g_array_append_val (self->owner_ids, id);
      }
    self->owner_row = adw_combo_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Owner"));
    adw_combo_row_set_expression (ADW_COMBO_ROW (self->owner_row), name);
    adw_combo_row_set_model (ADW_COMBO_ROW (self->owner_row), G_LIST_MODEL (names));
    /* A council has a thousand staff: typing finds a name. */
    adw_combo_row_set_enable_search (ADW_COMBO_ROW (self->owner_row), TRUE);
    adw_combo_row_set_search_match_mode (ADW_COMBO_ROW (self->owner_row),
                                         GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner_row), selected);
  }
  self->first_action_row = entry_row (self, _("First action"), hearth_barrier_get_first_action (self->item));
  adw_entry_row_set_max_length (ADW_ENTRY_ROW (self->first_action_row), HEARTH_BARRIER_ACTION_MAX);
  self->due_row = entry_row (self, _("By (YYYY-MM-DD)"), hearth_barrier_get_action_due_on (self->item));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (action_group), self->owner_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (action_group), self->first_action_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (action_group), self->due_row);

  /* News, for the log. */
  self->update_field = text_field (self, _("Add an update: where it stands now"), HEARTH_BARRIER_UPDATE_MAX,
                                   NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (update_group), self->update_field);

  /* The log so far, latest first. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (log_group), _("Log of Updates"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (log_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (log_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (log_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Log of updates"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (log_list), G_LIST_MODEL (self->updates), create_update_row,
                           NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (log_group), log_list);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (barrier_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (story_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (status_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (action_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (update_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (log_group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 600);
  adw_dialog_set_content_height (ADW_DIALOG (self), 720);
  adw_dialog_set_focus (ADW_DIALOG (self), self->status_row);

  g_signal_connect_object (self->owner_row, "notify::selected", G_CALLBACK (validate), self,
                           G_CONNECT_SWAPPED);
  validate (self);
}

AdwDialog *
hearth_barrier_dialog_new (HearthStore   *store,
                           HearthBarrier *barrier)
{
  HearthBarrierDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_BARRIER (barrier), NULL);

  self = g_object_new (HEARTH_TYPE_BARRIER_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (barrier);

  self->staff = hearth_staff_member_query_new (store);
  hearth_query_model_set_param (self->staff, ":active_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_sort (self->staff, "name");

  self->updates = hearth_barrier_update_query_new (store);
  hearth_query_model_set_param (self->updates, ":barrier_id",
                                g_variant_new_int64 (hearth_barrier_get_id (barrier)));
  hearth_query_model_set_sort (self->updates, "newest");

  build (self);
  return ADW_DIALOG (self);
}
