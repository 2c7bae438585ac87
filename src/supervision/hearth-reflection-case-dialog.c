/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-reflection-case-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-supervision-link.h"

/* The member of staff's cases:
 *
 *   HearthReflectionCaseDialog  ->  GtkListBox
 *     ->  GtkFilterListModel (title or residents hold the words typed)
 *     ->  HearthQueryModel (cases they lead or work on)  ->  HearthStore
 */
struct _HearthReflectionCaseDialog
{
  HearthFormDialog     parent_instance;

  /* template widgets */
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkListBox          *case_list;
  AdwStatusPage       *empty_page;

  /* owned */
  HearthStore         *store;
  HearthSupervision   *record;
  HearthQueryModel    *cases;
  GtkFilterListModel  *found;
  GtkCustomFilter     *filter;
  char                *words;       /* casefolded, or NULL */
  gint64               chosen_id;
};

G_DEFINE_FINAL_TYPE (HearthReflectionCaseDialog, hearth_reflection_case_dialog,
                     HEARTH_TYPE_FORM_DIALOG)

static gboolean
holds (const char *text,
       const char *words)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  return strstr (folded, words) != NULL;
}

static gboolean
case_filter (gpointer item,
             gpointer user_data)
{
  HearthReflectionCaseDialog *self = user_data;

  return self->words == NULL ||
         holds (hearth_case_get_title (HEARTH_CASE (item)), self->words) ||
         holds (hearth_case_get_residents (HEARTH_CASE (item)), self->words);
}

static void
search_changed_cb (HearthReflectionCaseDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->words, g_free);
  if (text[0] != '\0')
    self->words = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
found_changed_cb (HearthReflectionCaseDialog *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->found)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
  adw_status_page_set_title (self->empty_page,
                             self->words != NULL ? _("No Matching Cases") : _("No Cases"));
}

static void
search_stop_cb (HearthReflectionCaseDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

/* Enter in the search goes to the first case found. */
static void
search_activate_cb (HearthReflectionCaseDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->case_list, 0);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
check_toggled_cb (HearthReflectionCaseDialog *self,
                  GtkCheckButton             *check)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(HearthCase) item = NULL;
  int index;

  if (!gtk_check_button_get_active (check) || row == NULL)
    return;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  item = index >= 0 ? g_list_model_get_item (G_LIST_MODEL (self->found), (guint) index) : NULL;
  self->chosen_id = item != NULL ? hearth_case_get_id (item) : 0;

  /* One case: the others' boxes empty. */
  for (GtkWidget *other = gtk_widget_get_first_child (GTK_WIDGET (self->case_list));
       other != NULL; other = gtk_widget_get_next_sibling (other))
    if (ADW_IS_ACTION_ROW (other) && other != row)
      {
        GtkWidget *box = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (other));

        if (GTK_IS_CHECK_BUTTON (box))
          gtk_check_button_set_active (GTK_CHECK_BUTTON (box), FALSE);
      }
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   self->chosen_id > 0 &&
                                   self->chosen_id != hearth_supervision_get_reflection_case_id (self->record));
}

/* Choosing a case is the whole form: Enter on a row chooses and saves. */
static void
row_activated_cb (HearthReflectionCaseDialog *self,
                  GtkListBoxRow              *row)
{
  GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  if (check != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  if (hearth_form_dialog_get_can_save (HEARTH_FORM_DIALOG (self)))
    hearth_form_dialog_save (HEARTH_FORM_DIALOG (self));
}

/* A row per case, built here: a member of staff works on tens of cases,
 * not thousands. */
static GtkWidget *
create_case_row (gpointer item,
                 gpointer user_data)
{
  HearthReflectionCaseDialog *self = user_data;
  HearthCase *kase = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *residents = hearth_case_get_residents (kase);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_case_get_title (kase));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), residents != NULL ? residents : "");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_case_get_title (kase), -1);
  if (hearth_case_get_id (kase) == self->chosen_id)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static gboolean
hearth_reflection_case_dialog_save (HearthFormDialog  *dialog,
                                    GError           **error)
{
  HearthReflectionCaseDialog *self = HEARTH_REFLECTION_CASE_DIALOG (dialog);
  gint64 supervision_id = hearth_supervision_get_id (self->record);
  gint64 previous = hearth_supervision_get_reflection_case_id (self->record);

  if (self->chosen_id <= 0)
    return TRUE;

  /* Another case: the first one's entries go with it. */
  if (previous > 0 && previous != self->chosen_id)
    {
      g_autoptr(HearthQueryModel) links = hearth_supervision_link_list_new (self->store, supervision_id);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (links));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HearthSupervisionLink) link = g_list_model_get_item (G_LIST_MODEL (links), i);

          if (hearth_supervision_link_get_case_id (link) == previous &&
              hearth_supervision_link_get_entry_id (link) == 0)
            {
              if (!hearth_supervision_unlink (self->store, hearth_supervision_link_get_id (link), error))
                return FALSE;
              break;
            }
        }
    }

  return hearth_supervision_link_case (self->store, supervision_id, self->chosen_id, error);
}

static void
hearth_reflection_case_dialog_dispose (GObject *object)
{
  HearthReflectionCaseDialog *self = HEARTH_REFLECTION_CASE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_REFLECTION_CASE_DIALOG);
  g_clear_object (&self->found);
  g_clear_object (&self->filter);
  g_clear_object (&self->cases);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_pointer (&self->words, g_free);

  G_OBJECT_CLASS (hearth_reflection_case_dialog_parent_class)->dispose (object);
}

static void
hearth_reflection_case_dialog_class_init (HearthReflectionCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_reflection_case_dialog_dispose;
  form_class->save = hearth_reflection_case_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-reflection-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionCaseDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionCaseDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionCaseDialog, case_list);
  gtk_widget_class_bind_template_child (widget_class, HearthReflectionCaseDialog, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
hearth_reflection_case_dialog_init (HearthReflectionCaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self), FALSE);
}

AdwDialog *
hearth_reflection_case_dialog_new (HearthStore       *store,
                                   HearthSupervision *record)
{
  HearthReflectionCaseDialog *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_SUPERVISION (record), NULL);

  self = g_object_new (HEARTH_TYPE_REFLECTION_CASE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->record = g_object_ref (record);
  self->chosen_id = hearth_supervision_get_reflection_case_id (record);

  self->cases = hearth_case_query_new (store);
  hearth_case_list_set_worker (self->cases, hearth_supervision_get_staff_id (record));
  self->filter = gtk_custom_filter_new (case_filter, self, NULL);
  self->found = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->cases)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->found, "items-changed", G_CALLBACK (found_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->case_list, G_LIST_MODEL (self->found), create_case_row, self, NULL);

  /* Translators: %s is the name of the member of staff. */
  description = g_strdup_printf (_("%s leads or works on none of the cases yet."),
                                 hearth_supervision_get_staff_name (record));
  adw_status_page_set_description (self->empty_page, description);
  found_changed_cb (self);

  return ADW_DIALOG (self);
}
