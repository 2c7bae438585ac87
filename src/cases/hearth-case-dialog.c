/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case-changes.h"
#include "hearth-case-dialog.h"
#include "hearth-resident-changes.h"
#include "hearth-resident.h"
#include "hearth-search-text.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

/* How many residents a search offers at once: enough to tell two people of
 * the same name apart, few enough to read. */
#define MATCHES_SHOWN 6

/* A resident the case is for: one already in Hearth (id), or a new one
 * added by name when the case opens. */
typedef struct {
  gint64  id;
  char   *name;
} Chosen;

struct _HearthCaseDialog
{
  AdwDialog         parent_instance;

  HearthStore      *store;
  HearthCase       *item;
  HearthQueryModel *staff;
  HearthQueryModel *matches;
  GArray           *chosen;      /* Chosen */
  GArray           *others;      /* gint64 staff ids */

  GtkWidget        *action_button;
  GtkLabel         *error_label;
  GtkWidget        *search_entry;
  GtkListBox       *match_list;
  GtkListBox       *chosen_list;
  GtkWidget        *title_row;
  GtkWidget        *lead_row;
  GtkWidget        *colleague_row;
  GtkListBox       *others_list;
};

G_DEFINE_FINAL_TYPE (HearthCaseDialog, hearth_case_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
chosen_clear (Chosen *chosen)
{
  g_free (chosen->name);
}

static void
validate (HearthCaseDialog *self)
{
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  gboolean ok;

  ok = g_utf8_strlen (title, -1) <= HEARTH_CASE_TITLE_MAX && *g_strstrip (title) != '\0';
  if (self->item == NULL)
    ok = ok && self->chosen->len > 0;
  ok = ok && adw_combo_row_get_selected (ADW_COMBO_ROW (self->lead_row)) != GTK_INVALID_LIST_POSITION;

  /* The button follows its action. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
}

/* --- Residents ------------------------------------------------------------ */

static void update_chosen (HearthCaseDialog *self);

static void
remove_chosen_cb (GtkButton        *button,
                  HearthCaseDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < self->chosen->len)
    g_array_remove_index (self->chosen, index);
  update_chosen (self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
update_chosen (HearthCaseDialog *self)
{
  gtk_list_box_remove_all (self->chosen_list);
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list), self->chosen->len > 0);

  for (guint i = 0; i < self->chosen->len; i++)
    {
      Chosen *chosen = &g_array_index (self->chosen, Chosen, i);
      g_autofree char *label = NULL;

      /* Translators: %s is a resident's name. */
      label = g_strdup_printf (_("Remove %s from the case"), chosen->name);
      gtk_list_box_append (self->chosen_list,
                           hearth_removable_row_new (chosen->name,
                                                     chosen->id == 0 ? _("New to Hearth: added when the case opens") : NULL,
                                                     label, i, G_CALLBACK (remove_chosen_cb), self));
    }

  /* A first resident suggests the title. */
  if (self->chosen->len > 0 &&
      *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) == '\0')
    {
      g_autofree char *title = NULL;

      /* Translators: the suggested title of a new case; %s is a name. */
      title = g_strdup_printf (_("%s: what matters now"), g_array_index (self->chosen, Chosen, 0).name);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
    }
  validate (self);
}

static void
choose (HearthCaseDialog *self,
        gint64            id,
        const char       *name)
{
  Chosen chosen = { id, g_strdup (name) };

  for (guint i = 0; id > 0 && i < self->chosen->len; i++)
    {
      if (g_array_index (self->chosen, Chosen, i).id == id)
        {
          g_free (chosen.name);
          return;
        }
    }

  g_array_append_val (self->chosen, chosen);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_chosen (self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
match_activated_cb (GtkListBox       *list,
                    GtkListBoxRow    *row,
                    HearthCaseDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "resident-id"));
  const char *name = g_object_get_data (G_OBJECT (row), "name");

  choose (self, id, name);
}

static void
update_matches (HearthCaseDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *typed = g_strstrip (g_strdup (text));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));

  if (self->match_list == NULL)
    return;
  gtk_list_box_remove_all (self->match_list);

  for (guint i = 0; *typed != '\0' && i < MIN (n, MATCHES_SHOWN); i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (G_LIST_MODEL (self->matches), i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      const char *area = hearth_resident_get_area (resident);
      const char *ref = hearth_resident_get_tenancy_ref (resident);

      subtitle = g_strjoin (" · ", *area ? area : ref, *area && *ref ? ref : NULL, NULL);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_resident_get_name (resident));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
      g_object_set_data (G_OBJECT (row), "resident-id", GSIZE_TO_POINTER ((gsize) hearth_resident_get_id (resident)));
      g_object_set_data_full (G_OBJECT (row), "name", g_strdup (hearth_resident_get_name (resident)), g_free);
      gtk_list_box_append (self->match_list, row);
    }

  if (*typed != '\0' && g_utf8_strlen (typed, -1) <= HEARTH_RESIDENT_NAME_MAX)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;

      /* Translators: %s is the name just typed. */
      title = g_strdup_printf (_("Add “%s” as a new resident"), typed);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("contact-new-symbolic"));
      g_object_set_data (G_OBJECT (row), "resident-id", GSIZE_TO_POINTER (0));
      g_object_set_data_full (G_OBJECT (row), "name", g_strdup (typed), g_free);
      gtk_list_box_append (self->match_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->match_list), *typed != '\0');
}

static void
search_changed_cb (HearthCaseDialog *self)
{
  g_autofree char *fts = hearth_search_text_to_fts (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  /* No words, no residents: the list is for finding someone, not browsing. */
  hearth_query_model_freeze (self->matches);
  hearth_query_model_set_param (self->matches, ":search", fts != NULL ? g_variant_new_string (fts) : NULL);
  hearth_query_model_set_param (self->matches, ":case_id", fts != NULL ? NULL : g_variant_new_int64 (-1));
  hearth_query_model_thaw (self->matches);
  update_matches (self);
}

/* Enter in the search takes the first match. */
static void
search_activate_cb (HearthCaseDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->match_list, 0);

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->match_list)))
    match_activated_cb (self->match_list, first, self);
}

/* --- Others involved ---------------------------------------------------------- */

static void update_others (HearthCaseDialog *self);

static void
remove_other_cb (GtkButton        *button,
                 HearthCaseDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < self->others->len)
    g_array_remove_index (self->others, index);
  update_others (self);
  gtk_widget_grab_focus (self->colleague_row);
}

static void
update_others (HearthCaseDialog *self)
{
  gtk_list_box_remove_all (self->others_list);
  gtk_widget_set_visible (GTK_WIDGET (self->others_list), self->others->len > 0);

  for (guint i = 0; i < self->others->len; i++)
    {
      gint64 id = g_array_index (self->others, gint64, i);
      guint position = hearth_query_model_find_id (self->staff, id);
      g_autoptr(HearthStaffMember) member = NULL;
      g_autofree char *label = NULL;

      if (position == G_MAXUINT)
        continue;
      member = g_list_model_get_item (G_LIST_MODEL (self->staff), position);
      /* Translators: %s is a colleague's name. */
      label = g_strdup_printf (_("Remove %s from the case"), hearth_staff_member_get_name (member));
      gtk_list_box_append (self->others_list,
                           hearth_removable_row_new (hearth_staff_member_get_name (member),
                                                     hearth_staff_member_get_role (member),
                                                     label, i, G_CALLBACK (remove_other_cb), self));
    }
}

static void
add_colleague_cb (HearthCaseDialog *self)
{
  g_autoptr(HearthStaffMember) member = NULL;
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->colleague_row));
  gint64 id;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  member = g_list_model_get_item (G_LIST_MODEL (self->staff), position);
  id = hearth_staff_member_get_id (member);
  for (guint i = 0; i < self->others->len; i++)
    if (g_array_index (self->others, gint64, i) == id)
      return;
  g_array_append_val (self->others, id);
  update_others (self);
}

/* --- Saving ------------------------------------------------------------------- */

static gint64
selected_lead (HearthCaseDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->lead_row));
  g_autoptr(HearthStaffMember) member = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return 0;
  member = g_list_model_get_item (G_LIST_MODEL (self->staff), position);
  return member != NULL ? hearth_staff_member_get_id (member) : 0;
}

/* New residents and the case are written together, or not at all. */
static gint64
open_case (HearthCaseDialog  *self,
           GError           **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 case_id;

  if (!hearth_store_begin (self->store, error))
    return 0;

  for (guint i = 0; i < self->chosen->len; i++)
    {
      Chosen *chosen = &g_array_index (self->chosen, Chosen, i);
      gint64 id = chosen->id;

      if (id == 0)
        {
          HearthResidentDetails details = { .name = chosen->name };

          id = hearth_resident_create (self->store, &details, error);
          if (id == 0)
            goto fail;
        }
      g_array_append_val (ids, id);
    }

  case_id = hearth_case_open (self->store, gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                              (const gint64 *) ids->data, ids->len, selected_lead (self),
                              (const gint64 *) self->others->data, self->others->len, error);
  if (case_id == 0)
    goto fail;
  if (!hearth_store_commit (self->store, error))
    return 0;
  return case_id;

fail:
  hearth_store_rollback (self->store);
  return 0;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthCaseDialog *self = HEARTH_CASE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 case_id;

  if (!gtk_widget_get_sensitive (self->action_button))
    return;

  if (self->item == NULL)
    case_id = open_case (self, &error);
  else if (hearth_case_set_team (self->store, hearth_case_get_id (self->item),
                                 gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                 selected_lead (self), (const gint64 *) self->others->data,
                                 self->others->len, &error))
    case_id = hearth_case_get_id (self->item);
  else
    case_id = 0;

  if (case_id == 0)
    {
      hearth_error_label_show (self->error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, case_id);
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
hearth_case_dialog_dispose (GObject *object)
{
  HearthCaseDialog *self = HEARTH_CASE_DIALOG (object);

  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  g_clear_object (&self->matches);
  g_clear_object (&self->staff);
  g_clear_object (&self->item);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen, g_array_unref);
  g_clear_pointer (&self->others, g_array_unref);

  G_OBJECT_CLASS (hearth_case_dialog_parent_class)->dispose (object);
}

static void
hearth_case_dialog_class_init (HearthCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
hearth_case_dialog_init (HearthCaseDialog *self)
{
  self->chosen = g_array_new (FALSE, TRUE, sizeof (Chosen));
  g_array_set_clear_func (self->chosen, (GDestroyNotify) chosen_clear);
  self->others = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static char *
staff_name (HearthStaffMember *member)
{
  return g_strdup (member != NULL ? hearth_staff_member_get_name (member) : "");
}

static GtkWidget *
staff_combo_row (HearthCaseDialog *self,
                 const char       *title)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkExpression *expression;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (staff_name), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
  gtk_expression_unref (expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->staff));
  /* A council has a thousand staff: typing finds a name. */
  adw_combo_row_set_enable_search (ADW_COMBO_ROW (row), TRUE);
  adw_combo_row_set_search_match_mode (ADW_COMBO_ROW (row), GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  return row;
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_visible (list, FALSE);
  return list;
}

static void
build (HearthCaseDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *residents_group = adw_preferences_group_new ();
  GtkWidget *case_group = adw_preferences_group_new ();
  GtkWidget *others_group = adw_preferences_group_new ();
  GtkWidget *error_label = hearth_error_label_new ();
  GtkWidget *add_button, *header;
  gint64 lead;

  header = hearth_dialog_header_new (self->item == NULL ? _("_Open Case") : _("_Save"),
                                     "suggested-action", &self->action_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  self->error_label = GTK_LABEL (error_label);

  /* Who the case is for. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (residents_group), _("Residents"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (residents_group),
                                         _("Find residents already in Hearth by name, area or "
                                           "reference, or type a new resident’s name."));
  self->search_entry = gtk_search_entry_new ();
  gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (self->search_entry), _("Find or add a resident"));
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (self->search_entry), 100);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find or add a resident"), -1);
  gtk_widget_set_margin_bottom (self->search_entry, 6);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  self->match_list = GTK_LIST_BOX (boxed_list ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->match_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Residents found"), -1);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->match_list), 12);
  g_signal_connect_object (self->match_list, "row-activated", G_CALLBACK (match_activated_cb), self, 0);
  self->chosen_list = GTK_LIST_BOX (boxed_list ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chosen_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Residents the case is for"), -1);

  /* The case. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (case_group), _("Case"));
  self->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  self->lead_row = staff_combo_row (self, _("Led by"));
  g_signal_connect_object (self->lead_row, "notify::selected", G_CALLBACK (validate), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (case_group), self->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (case_group), self->lead_row);

  /* Others involved. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (others_group), _("Others Involved"));
  self->colleague_row = staff_combo_row (self, _("Colleague"));
  add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add the colleague to the case"), -1);
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (add_colleague_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->colleague_row), add_button);
  self->others_list = GTK_LIST_BOX (boxed_list ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->others_list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->others_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Others involved"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (others_group), self->colleague_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (others_group), GTK_WIDGET (self->others_list));

  /* Why a save failed shows at the top, above what was typed. */
  if (self->item == NULL)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (residents_group), error_label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (residents_group), self->search_entry);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (residents_group), GTK_WIDGET (self->match_list));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (residents_group), GTK_WIDGET (self->chosen_list));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (residents_group));
    }
  else
    {
      g_object_unref (g_object_ref_sink (residents_group));
      g_object_unref (g_object_ref_sink (self->search_entry));
      g_object_unref (g_object_ref_sink (self->match_list));
      g_object_unref (g_object_ref_sink (self->chosen_list));
      self->search_entry = NULL;
      self->match_list = NULL;
      self->chosen_list = NULL;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (case_group), error_label);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (case_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (others_group));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 640);

  /* Led by whoever opens it, unless they choose someone else. */
  lead = self->item != NULL ? hearth_case_get_lead_id (self->item) : hearth_store_get_actor (self->store);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->lead_row),
                              lead > 0 ? hearth_query_model_find_id (self->staff, lead) : GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->colleague_row), GTK_INVALID_LIST_POSITION);

  if (self->item != NULL)
    {
      g_autofree gint64 *workers = NULL;
      guint n = 0;

      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Case"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), hearth_case_get_title (self->item));
      workers = hearth_case_dup_worker_ids (self->store, hearth_case_get_id (self->item), &n, NULL);
      if (workers != NULL)
        g_array_append_vals (self->others, workers, n);
      update_others (self);
      adw_dialog_set_focus (ADW_DIALOG (self), self->title_row);
    }
  else
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("New Case"));
      adw_dialog_set_focus (ADW_DIALOG (self), self->search_entry);
    }
  validate (self);
}

AdwDialog *
hearth_case_dialog_new (HearthStore *store,
                        HearthCase  *item)
{
  HearthCaseDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (item == NULL || HEARTH_IS_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_CASE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = item != NULL ? g_object_ref (item) : NULL;

  self->staff = hearth_staff_member_query_new (store);
  hearth_query_model_set_param (self->staff, ":active_only", g_variant_new_boolean (TRUE));
  hearth_query_model_set_sort (self->staff, "name");

  self->matches = hearth_resident_query_new (store);
  hearth_query_model_set_sort (self->matches, "name");
  hearth_query_model_set_param (self->matches, ":case_id", g_variant_new_int64 (-1));
  g_signal_connect_object (self->matches, "items-changed", G_CALLBACK (update_matches), self,
                           G_CONNECT_SWAPPED);

  build (self);
  return ADW_DIALOG (self);
}
