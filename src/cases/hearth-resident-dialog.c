/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-dialog.h"
#include "hearth-lookup-item.h"
#include "hearth-resident-erasure.h"
#include "hearth-resident-export.h"
#include "hearth-resident-changes.h"
#include "hearth-resident-dialog.h"
#include "hearth-text-field.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

struct _HearthResidentDialog
{
  HearthFormDialog  parent_instance;

  /* template widgets */
  GtkLabel         *updated_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *preferred_row;
  AdwEntryRow      *pronouns_row;
  AdwEntryRow      *household_row;
  AdwEntryRow      *tenancy_row;
  AdwEntryRow      *area_row;
  AdwEntryRow      *address_row;
  AdwEntryRow      *phone_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *contact_row;
  HearthTextField  *what_matters_field;
  HearthTextField  *strengths_field;
  HearthTextField  *good_life_field;
  HearthTextField  *together_field;
  GtkListBox       *needs_list;
  AdwPreferencesGroup *rights_group;

  /* owned */
  HearthStore      *store;
  GListModel       *needs;       /* HearthLookupItem, one row each in needs_list */

  gint64            resident_id;
  gboolean          locked;      /* could not be read, or the store is read-only */
};

G_DEFINE_FINAL_TYPE (HearthResidentDialog, hearth_resident_dialog, HEARTH_TYPE_FORM_DIALOG)

static char *
row_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
read_form (HearthResidentDialog  *self,
           HearthResidentDetails *details,
           HearthResidentProfile *profile)
{
  details->name = row_text (self->name_row);
  details->preferred_name = row_text (self->preferred_row);
  details->pronouns = row_text (self->pronouns_row);
  details->household = row_text (self->household_row);
  details->tenancy_ref = row_text (self->tenancy_row);
  details->area = row_text (self->area_row);
  details->address = row_text (self->address_row);
  details->phone = row_text (self->phone_row);
  details->email = row_text (self->email_row);
  details->contact_preference = row_text (self->contact_row);

  profile->what_matters = hearth_text_field_dup_text (self->what_matters_field);
  profile->strengths = hearth_text_field_dup_text (self->strengths_field);
  profile->good_life = hearth_text_field_dup_text (self->good_life_field);
  profile->together = hearth_text_field_dup_text (self->together_field);
}

/* Save is offered once there is a name and every text fits. */
static void
changed_cb (HearthResidentDialog *self)
{
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };
  gboolean fits;

  read_form (self, &details, &profile);
  fits = hearth_text_field_get_fits (self->what_matters_field) &&
         hearth_text_field_get_fits (self->strengths_field) &&
         hearth_text_field_get_fits (self->good_life_field) &&
         hearth_text_field_get_fits (self->together_field);

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   fits && !self->locked &&
                                   hearth_resident_details_validate (&details, NULL));
}

/* The switch of the access need at @position in self->needs. */
static AdwSwitchRow *
need_row (HearthResidentDialog *self,
          guint                 position)
{
  return ADW_SWITCH_ROW (gtk_list_box_get_row_at_index (self->needs_list, (int) position));
}

/* The rows are built here, from the team's list of access needs: a short
 * list (eight to start with), one switch each. */
static GtkWidget *
create_need_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = adw_switch_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hearth_lookup_item_get_name (HEARTH_LOOKUP_ITEM (item)));
  return row;
}

static gboolean
hearth_resident_dialog_save (HearthFormDialog  *dialog,
                             GError           **error)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (dialog);
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };
  g_autoptr(GArray) needs = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (self->needs);
  gint64 id;

  read_form (self, &details, &profile);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthLookupItem) need = g_list_model_get_item (self->needs, i);
      gint64 need_id = hearth_lookup_item_get_id (need);

      if (adw_switch_row_get_active (need_row (self, i)))
        g_array_append_val (needs, need_id);
    }

  id = hearth_resident_save (self->store, self->resident_id, &details, &profile,
                             (const gint64 *) needs->data, needs->len, error);
  if (id == 0)
    return FALSE;
  self->resident_id = id;
  return TRUE;
}

static void
hearth_resident_dialog_dispose (GObject *object)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RESIDENT_DIALOG);

  g_clear_object (&self->needs);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_resident_dialog_parent_class)->dispose (object);
}

/* --- Their rights ---------------------------------------------------------- */

static void
say (HearthResidentDialog *self,
     const char           *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (HEARTH_IS_WINDOW (root))
    hearth_window_show_toast (HEARTH_WINDOW (root), message);
}

static void
export_folder_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(HearthResidentDialog) self = data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_name = NULL;
  g_autofree char *pdf_name = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  folder = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (folder == NULL)
    return;

  /* The same names as the command line's --export-resident. */
  json_name = g_strdup_printf ("resident-%" G_GINT64_FORMAT ".json", self->resident_id);
  pdf_name = g_strdup_printf ("resident-%" G_GINT64_FORMAT ".pdf", self->resident_id);
  json = g_file_get_child (folder, json_name);
  pdf = g_file_get_child (folder, pdf_name);
  if (!hearth_resident_export_json (self->store, self->resident_id, json, &error) ||
      !hearth_resident_export_pdf (self->store, self->resident_id, pdf, &error))
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
      return;
    }

  where = g_file_get_parse_name (folder);
  /* Translators: the two files of a subject access request, then their folder. */
  message = g_strdup_printf (_("Saved %s and %s in %s"), pdf_name, json_name, where);
  say (self, message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_file_dialog_set_title (dialog, _("Choose a Folder for Everything About Them"));
  gtk_file_dialog_select_folder (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                                 export_folder_cb, g_object_ref (self));
}

static void
audit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (widget);

  adw_dialog_present (hearth_audit_dialog_new (self->store, self->resident_id), widget);
}

static void
erase_response_cb (AdwAlertDialog       *alert,
                   const char           *response,
                   HearthResidentDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "erase"))
    return;

  if (!hearth_resident_erase (self->store, self->resident_id, &error))
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
      return;
    }

  say (self, _("Erased: nothing they told the team is left in Hearth"));
  adw_dialog_force_close (ADW_DIALOG (self));
}

/* Says exactly what will go, and that it cannot be undone, before it goes. */
static char *
describe_erasure (const HearthErasureCounts *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Their record and %u detail of their profile, ",
                                       "Their record and %u details of their profile, ",
                                       counts->profile_fields),
                          counts->profile_fields);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u case only they are on, ",
                                       "%u cases only they are on, ", counts->cases),
                          counts->cases);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u timeline entry ",
                                       "%u timeline entries ", counts->entries),
                          counts->entries);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "(%u spend) ", "(%u spends) ", counts->spends),
                          counts->spends);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "and %u thing agreed will be erased. ",
                                       "and %u things agreed will be erased. ",
                                       counts->agreements),
                          counts->agreements);
  if (counts->shared_cases > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u case shared with others keeps their story, with "
                                         "this resident's name taken out. ",
                                         "%u cases shared with others keep their stories, with "
                                         "this resident's name taken out. ",
                                         counts->shared_cases),
                            counts->shared_cases);
  if (counts->links > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u link from a one-to-one to their cases goes. ",
                                         "%u links from one-to-ones to their cases go. ",
                                         counts->links),
                            counts->links);
  if (counts->one_to_ones > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u one-to-one about their cases keeps its record, with "
                                         "their name taken out. ",
                                         "%u one-to-ones about their cases keep their records, "
                                         "with their name taken out. ",
                                         counts->one_to_ones),
                            counts->one_to_ones);
  if (counts->raters > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u feedback rater named as them loses the name. ",
                                         "%u feedback raters named as them lose the name. ",
                                         counts->raters),
                            counts->raters);
  g_string_append (text, _("This cannot be undone."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthResidentDialog *self = HEARTH_RESIDENT_DIALOG (widget);
  HearthErasureCounts counts = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  AdwDialog *alert;

  if (!hearth_resident_erasure_count (self->store, self->resident_id, &counts, &error))
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
      return;
    }

  body = describe_erasure (&counts);
  alert = adw_alert_dialog_new (_("Erase This Resident?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Keep Them"),
                                  "erase", _("_Erase Everything"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "erase",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (erase_response_cb), self, 0);
  adw_dialog_present (alert, widget);
}

static void
hearth_resident_dialog_class_init (HearthResidentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_resident_dialog_dispose;
  form_class->save = hearth_resident_dialog_save;

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-resident-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, updated_label);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, preferred_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, household_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, tenancy_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, what_matters_field);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, strengths_field);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, good_life_field);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, together_field);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, needs_list);
  gtk_widget_class_bind_template_child (widget_class, HearthResidentDialog, rights_group);
  gtk_widget_class_install_action (widget_class, "resident.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "resident.audit", NULL, audit_action);
  gtk_widget_class_install_action (widget_class, "resident.erase", NULL, erase_action);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
}

static void
hearth_resident_dialog_init (HearthResidentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The limit is the schema's, kept in one place. */
  g_object_set (self->what_matters_field, "max-chars", (guint) HEARTH_PROFILE_TEXT_MAX, NULL);
  g_object_set (self->strengths_field, "max-chars", (guint) HEARTH_PROFILE_TEXT_MAX, NULL);
  g_object_set (self->good_life_field, "max-chars", (guint) HEARTH_PROFILE_TEXT_MAX, NULL);
  g_object_set (self->together_field, "max-chars", (guint) HEARTH_PROFILE_TEXT_MAX, NULL);
}

/* Shows the team's access needs, with those in @chosen (gint64 ids, or
 * NULL) switched on. */
static void
set_up_needs (HearthResidentDialog *self,
              GArray               *chosen)
{
  g_autoptr(GError) error = NULL;
  guint n;

  self->needs = hearth_lookup_item_list_new (self->store, HEARTH_LOOKUP_ACCESS_NEEDS, &error);
  if (self->needs == NULL)
    {
      self->needs = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_LOOKUP_ITEM));
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
    }
  gtk_list_box_bind_model (self->needs_list, self->needs, create_need_row, NULL, NULL);

  n = g_list_model_get_n_items (self->needs);
  gtk_widget_set_visible (GTK_WIDGET (self->needs_list), n > 0);
  for (guint i = 0; chosen != NULL && i < n; i++)
    {
      g_autoptr(HearthLookupItem) need = g_list_model_get_item (self->needs, i);
      gint64 id = hearth_lookup_item_get_id (need);

      for (guint c = 0; c < chosen->len; c++)
        if (g_array_index (chosen, gint64, c) == id)
          adw_switch_row_set_active (need_row (self, i), TRUE);
    }
}

static void
set_row (AdwEntryRow *row,
         const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* "Their own words were last updated by Priya Raman, Today, 14:05". */
static void
show_updated (HearthResidentDialog *self)
{
  g_autofree char *by = NULL;
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  gint64 at = 0;

  /* Said only when it is known. */
  if (!hearth_resident_read_profile_updated (self->store, self->resident_id, &at, &by, NULL) ||
      at <= 0)
    return;

  when = hearth_format_time (at);
  if (*by != '\0')
    /* Translators: who last changed a resident's profile, and when. */
    line = g_strdup_printf (_("Their own words were last updated by %s, %s"), by, when);
  else
    line = g_strdup_printf (_("Their own words were last updated %s"), when);
  gtk_label_set_label (self->updated_label, line);
  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), TRUE);
}

AdwDialog *
hearth_resident_dialog_new (HearthStore *store,
                            gint64       resident_id,
                            const char  *name)
{
  HearthResidentDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) needs = NULL;
  g_auto(HearthResidentDetails) details = { 0 };
  g_auto(HearthResidentProfile) profile = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_RESIDENT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->resident_id = resident_id;

  gtk_widget_set_visible (GTK_WIDGET (self->rights_group), resident_id > 0);
  if (resident_id > 0)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Resident"));
      if (hearth_resident_load (store, resident_id, &details, &profile, &needs, &error))
        {
          set_row (self->name_row, details.name);
          set_row (self->preferred_row, details.preferred_name);
          set_row (self->pronouns_row, details.pronouns);
          set_row (self->household_row, details.household);
          set_row (self->tenancy_row, details.tenancy_ref);
          set_row (self->area_row, details.area);
          set_row (self->address_row, details.address);
          set_row (self->phone_row, details.phone);
          set_row (self->email_row, details.email);
          set_row (self->contact_row, details.contact_preference);
          hearth_text_field_set_text (self->what_matters_field, profile.what_matters);
          hearth_text_field_set_text (self->strengths_field, profile.strengths);
          hearth_text_field_set_text (self->good_life_field, profile.good_life);
          hearth_text_field_set_text (self->together_field, profile.together);
          show_updated (self);
        }
      else
        {
          hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self), error->message);
          self->locked = TRUE;
        }
    }
  else
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("New Resident"));
      set_row (self->name_row, name);
    }

  set_up_needs (self, needs);

  if (hearth_store_is_read_only (store))
    {
      hearth_form_dialog_show_error (HEARTH_FORM_DIALOG (self),
                                     hearth_store_get_read_only_reason (store));
      self->locked = TRUE;
    }
  changed_cb (self);

  return ADW_DIALOG (self);
}

gint64
hearth_resident_dialog_get_resident_id (HearthResidentDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT_DIALOG (self), 0);

  return self->resident_id;
}
