/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case-changes.h"
#include "hearth-case-dialog.h"
#include "hearth-colleague-list.h"
#include "hearth-resident-changes.h"
#include "hearth-resident-search.h"
#include "hearth-resident.h"
#include "hearth-staff-member.h"

/* How many residents a search offers at once: enough to tell two people of
 * the same name apart, few enough to read. */
#define MATCHES_SHOWN 6

struct _HearthCaseDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *residents_group;
  GtkSearchEntry       *search_entry;
  GtkListBox           *match_list;
  GtkListBox           *chosen_list;
  AdwEntryRow          *title_row;
  AdwComboRow          *lead_row;
  HearthColleagueList  *others_list;

  /* owned */
  HearthStore          *store;
  HearthCase           *item;
  HearthQueryModel     *staff;
  /* The residents found for the words typed, off the main thread, and
   * the list that shows them. */
  HearthResidentSearch *search;
  HearthQueryModel     *matches;
  /* The name typed, as a GtkStringObject, while it could be a new
   * resident's; offered after the first matches. */
  GListStore           *typed_name;
  GListModel           *offered;
  /* The residents the case is for: a HearthResident, or a GtkStringObject
   * naming someone new to Hearth. */
  GListStore           *chosen;

  gint64                case_id;
  /* Enter was pressed while the search for the words typed still ran. */
  gboolean              choose_when_found;
};

G_DEFINE_FINAL_TYPE (HearthCaseDialog, hearth_case_dialog, HEARTH_TYPE_FORM_DIALOG)

static const char *
chosen_name (gpointer item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return gtk_string_object_get_string (item);
  return hearth_resident_get_name (HEARTH_RESIDENT (item));
}

static gint64
selected_lead (HearthCaseDialog *self)
{
  HearthStaffMember *member = adw_combo_row_get_selected_item (self->lead_row);

  return member != NULL ? hearth_staff_member_get_id (member) : 0;
}

static void
validate (HearthCaseDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  gboolean ok;

  ok = g_utf8_strlen (title, -1) <= HEARTH_CASE_TITLE_MAX && *g_strstrip (title) != '\0';
  if (self->item == NULL)
    ok = ok && g_list_model_get_n_items (G_LIST_MODEL (self->chosen)) > 0;
  ok = ok && selected_lead (self) > 0;
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), ok);
}

/* --- Residents ------------------------------------------------------------ */

static void
update_chosen (HearthCaseDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list), n > 0);

  /* A first resident suggests the title. */
  if (n > 0 && *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) == '\0')
    {
      g_autoptr(GObject) first = g_list_model_get_item (G_LIST_MODEL (self->chosen), 0);
      g_autofree char *title = NULL;

      /* Translators: the suggested title of a new case; %s is a name. */
      title = g_strdup_printf (_("%s: what matters now"), chosen_name (first));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
    }
  validate (self);
}

static void
remove_chosen_cb (HearthCaseDialog *self,
                  GtkButton        *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  g_assert (row != NULL);

  g_list_store_remove (self->chosen, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  update_chosen (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The rows are built here, from the residents chosen: one or two (two at
 * most on the sample team's cases), rarely more. */
static GtkWidget *
create_chosen_row (gpointer item,
                   gpointer user_data)
{
  HearthCaseDialog *self = user_data;
  const char *name = chosen_name (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (GTK_IS_STRING_OBJECT (item))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("New to Hearth: added when the case opens"));

  /* Translators: %s is a resident's name. */
  label = g_strdup_printf (_("Remove %s from the case"), name);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_chosen_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static gboolean
is_chosen (HearthCaseDialog *self,
           gint64            resident_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (HEARTH_IS_RESIDENT (item) && hearth_resident_get_id (HEARTH_RESIDENT (item)) == resident_id)
        return TRUE;
    }
  return FALSE;
}

static void
choose (HearthCaseDialog *self,
        GObject          *offered)
{
  if (GTK_IS_STRING_OBJECT (offered))
    {
      g_autoptr(GtkStringObject) name = gtk_string_object_new (chosen_name (offered));

      g_list_store_append (self->chosen, name);
    }
  else if (!is_chosen (self, hearth_resident_get_id (HEARTH_RESIDENT (offered))))
    g_list_store_append (self->chosen, offered);
  else
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_chosen (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
match_activated_cb (HearthCaseDialog *self,
                    GtkListBoxRow    *row)
{
  g_autoptr(GObject) offered = NULL;

  offered = g_list_model_get_item (self->offered, (guint) gtk_list_box_row_get_index (row));
  if (offered != NULL)
    choose (self, offered);
}

/* The rows are built here, from the residents found: six at most, and the
 * name typed. */
static GtkWidget *
create_match_row (gpointer item,
                  gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (GTK_IS_STRING_OBJECT (item))
    {
      g_autofree char *title = NULL;

      /* Translators: %s is the name just typed. */
      title = g_strdup_printf (_("Add “%s” as a new resident"), chosen_name (item));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("contact-new-symbolic"));
    }
  else
    {
      HearthResident *resident = item;
      const char *area = hearth_resident_get_area (resident);
      const char *ref = hearth_resident_get_tenancy_ref (resident);
      g_autofree char *subtitle = NULL;

      subtitle = g_strjoin (" · ", *area ? area : ref, *area && *ref ? ref : NULL, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_resident_get_name (resident));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("list-add-symbolic"));
    }
  return row;
}

/* The first match offered, the name typed when nobody matches. */
static void
choose_first (HearthCaseDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->match_list, 0);

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->match_list)))
    match_activated_cb (self, first);
}

/* The residents found for the words typed. No words, no residents: the
 * list is for finding someone, not browsing. */
static void
matches_found_cb (HearthCaseDialog *self)
{
  const char *match_ids = hearth_resident_search_get_match_ids (self->search);

  hearth_query_model_freeze (self->matches);
  hearth_resident_list_set_match_ids (self->matches, match_ids);
  hearth_resident_list_set_case (self->matches, match_ids != NULL ? 0 : -1);
  hearth_query_model_thaw (self->matches);
}

static void
searching_cb (HearthCaseDialog *self)
{
  if (hearth_resident_search_get_searching (self->search) || !self->choose_when_found)
    return;

  self->choose_when_found = FALSE;
  choose_first (self);
}

static void
search_changed_cb (HearthCaseDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autoptr(GtkStringObject) name = NULL;

  /* A case being edited keeps its residents: there is no search. */
  if (self->search == NULL)
    return;

  /* Enter pressed for other words chooses nothing for these. The matches
   * shown stay until the search for these words has found theirs. */
  if (g_strcmp0 (text, hearth_resident_search_get_text (self->search)) != 0)
    self->choose_when_found = FALSE;
  hearth_resident_search_set_text (self->search, text);

  if (*typed != '\0' && g_utf8_strlen (typed, -1) <= HEARTH_RESIDENT_NAME_MAX)
    name = gtk_string_object_new (typed);
  g_list_store_splice (self->typed_name, 0, g_list_model_get_n_items (G_LIST_MODEL (self->typed_name)),
                       (gpointer *) &name, name != NULL ? 1 : 0);

  gtk_widget_set_visible (GTK_WIDGET (self->match_list), *typed != '\0');
}

/* Enter in the search takes the first match for the words typed: once
 * they are found, not the first of the matches still shown from before.
 * Words typed faster than the entry's search delay are searched now. */
static void
search_activate_cb (HearthCaseDialog *self)
{
  search_changed_cb (self);
  if (self->search != NULL && hearth_resident_search_get_searching (self->search))
    self->choose_when_found = TRUE;
  else
    choose_first (self);
}

/* --- Saving --------------------------------------------------------------- */

/* New residents and the case are written together, or not at all. */
static gint64
open_case (HearthCaseDialog  *self,
           GArray            *others,
           GError           **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  g_autofree HearthCaseResident *residents = g_new0 (HearthCaseResident, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      /* The list holds its items, and with them their names. */
      if (HEARTH_IS_RESIDENT (item))
        residents[i].id = hearth_resident_get_id (HEARTH_RESIDENT (item));
      else
        residents[i].name = chosen_name (item);
    }

  return hearth_case_open_with_residents (self->store,
                                          gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                          residents, n, selected_lead (self),
                                          (const gint64 *) others->data, others->len, error);
}

static gboolean
hearth_case_dialog_save (HearthFormDialog  *dialog,
                         GError           **error)
{
  HearthCaseDialog *self = HEARTH_CASE_DIALOG (dialog);
  g_autoptr(GArray) others = hearth_colleague_list_dup_ids (self->others_list);
  gint64 case_id;

  if (self->item == NULL)
    case_id = open_case (self, others, error);
  else if (hearth_case_set_team (self->store, hearth_case_get_id (self->item),
                                 gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                 selected_lead (self), (const gint64 *) others->data, others->len,
                                 error))
    case_id = hearth_case_get_id (self->item);
  else
    case_id = 0;

  if (case_id == 0)
    return FALSE;
  self->case_id = case_id;
  return TRUE;
}

static void
hearth_case_dialog_dispose (GObject *object)
{
  HearthCaseDialog *self = HEARTH_CASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CASE_DIALOG);

  g_clear_object (&self->offered);
  g_clear_object (&self->typed_name);
  g_clear_object (&self->chosen);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);
  g_clear_object (&self->matches);
  g_clear_object (&self->staff);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_case_dialog_parent_class)->dispose (object);
}

static void
hearth_case_dialog_class_init (HearthCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_case_dialog_dispose;
  form_class->save = hearth_case_dialog_save;

  g_type_ensure (HEARTH_TYPE_COLLEAGUE_LIST);
  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, residents_group);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, match_list);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, chosen_list);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, lead_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseDialog, others_list);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
}

static void
hearth_case_dialog_init (HearthCaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chosen = g_list_store_new (G_TYPE_OBJECT);
  gtk_list_box_bind_model (self->chosen_list, G_LIST_MODEL (self->chosen), create_chosen_row,
                           self, NULL);
  self->typed_name = g_list_store_new (GTK_TYPE_STRING_OBJECT);
}

/* Sets up the search for residents: the first matches, then the name typed
 * as someone new. */
static void
set_up_search (HearthCaseDialog *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkSliceListModel) first = NULL;

  /* The search hands over no more residents than are shown. */
  self->search = hearth_resident_search_new (self->store);
  hearth_live_search_set_limit (HEARTH_LIVE_SEARCH (self->search), MATCHES_SHOWN);
  g_signal_connect_swapped (self->search, "notify::match-ids", G_CALLBACK (matches_found_cb), self);
  g_signal_connect_swapped (self->search, "notify::searching", G_CALLBACK (searching_cb), self);

  self->matches = hearth_resident_query_new (self->store);
  hearth_query_model_set_sort (self->matches, "name");
  hearth_resident_list_set_case (self->matches, -1);

  first = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->matches)), 0, MATCHES_SHOWN);
  g_list_store_append (parts, first);
  g_list_store_append (parts, self->typed_name);
  self->offered = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
  gtk_list_box_bind_model (self->match_list, self->offered, create_match_row, self, NULL);
}

AdwDialog *
hearth_case_dialog_new (HearthStore *store,
                        HearthCase  *item)
{
  HearthCaseDialog *self;
  gint64 lead;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (item == NULL || HEARTH_IS_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_CASE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = item != NULL ? g_object_ref (item) : NULL;

  self->staff = hearth_staff_member_query_new (store);
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  hearth_query_model_set_sort (self->staff, "name");
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (self->staff));
  hearth_colleague_list_set_staff (self->others_list, self->staff);

  /* Led by whoever opens it, unless they choose someone else. */
  lead = item != NULL ? hearth_case_get_lead_id (item) : hearth_store_get_actor (store);
  adw_combo_row_set_selected (self->lead_row,
                              lead > 0 ? hearth_query_model_find_id (self->staff, lead)
                                       : GTK_INVALID_LIST_POSITION);

  if (item != NULL)
    {
      g_autofree gint64 *workers = NULL;
      guint n = 0;

      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Case"));
      hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->residents_group), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), hearth_case_get_title (item));
      workers = hearth_case_dup_worker_ids (store, hearth_case_get_id (item), &n, NULL);
      hearth_colleague_list_set_ids (self->others_list, workers, n);
      adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->title_row));
    }
  else
    {
      set_up_search (self);
      adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->search_entry));
    }

  validate (self);
  return ADW_DIALOG (self);
}

void
hearth_case_dialog_add_resident (HearthCaseDialog *self,
                                 HearthResident   *resident)
{
  g_return_if_fail (HEARTH_IS_CASE_DIALOG (self));
  g_return_if_fail (HEARTH_IS_RESIDENT (resident));
  g_return_if_fail (self->item == NULL);

  choose (self, G_OBJECT (resident));
  /* Who it is for is known: what it is about comes next. */
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->title_row));
}

gint64
hearth_case_dialog_get_case_id (HearthCaseDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_DIALOG (self), 0);

  return self->case_id;
}
