/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-date-row.h"
#include "hearth-practice-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-text-field.h"

struct _HearthPracticeDialog
{
  HearthFormDialog       parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *kind_group;
  GtkCheckButton        *celebrate_check;
  GtkCheckButton        *escalate_check;
  HearthTextField       *text_field;
  HearthDateRow         *date_row;
  AdwComboRow           *case_row;
  AdwSwitchRow          *shared_row;
  AdwPreferencesGroup   *escalate_group;
  AdwEntryRow           *escalated_entry;
  HearthTextField       *outcome_field;

  /* owned */
  HearthStore           *store;
  GArray                *case_ids;      /* gint64 per row of case_row: 0 for none */
  gint64                 example_id;    /* 0 for a new one */
  gint64                 staff_id;
  gint64                 supervision_id;
};

G_DEFINE_FINAL_TYPE (HearthPracticeDialog, hearth_practice_dialog, HEARTH_TYPE_FORM_DIALOG)

/* The kind is chosen on purpose, never left at a default. What is typed
 * is the model's to judge: its refusal says what is missing. */
static void
validate (HearthPracticeDialog *self)
{
  gboolean chosen = gtk_check_button_get_active (self->celebrate_check) ||
                    gtk_check_button_get_active (self->escalate_check);

  hearth_form_dialog_set_can_save (HEARTH_FORM_DIALOG (self),
                                   chosen &&
                                   hearth_text_field_get_fits (self->text_field) &&
                                   hearth_text_field_get_fits (self->outcome_field));
}

static void
kind_toggled_cb (HearthPracticeDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->escalate_group),
                          gtk_check_button_get_active (self->escalate_check));
  validate (self);
}

static gboolean
hearth_practice_dialog_save (HearthFormDialog  *dialog,
                             GError           **error)
{
  HearthPracticeDialog *self = HEARTH_PRACTICE_DIALOG (dialog);
  gboolean escalate = gtk_check_button_get_active (self->escalate_check);
  g_autofree char *text = hearth_text_field_dup_text (self->text_field);
  g_autofree char *outcome = hearth_text_field_dup_text (self->outcome_field);
  const char *day = hearth_date_row_get_date (self->date_row);
  guint position = adw_combo_row_get_selected (self->case_row);
  HearthPracticeExampleSpec spec = {
    .staff_id = self->staff_id,
    .kind = escalate ? HEARTH_PRACTICE_ESCALATE : HEARTH_PRACTICE_CELEBRATE,
    .happened_on = day[0] != '\0' ? day : NULL,
    .text = text,
    .case_id = position < self->case_ids->len ? g_array_index (self->case_ids, gint64, position) : 0,
    .supervision_id = self->supervision_id,
    /* What was typed for escalating stays out of one to celebrate. */
    .escalated_to = escalate ? gtk_editable_get_text (GTK_EDITABLE (self->escalated_entry)) : NULL,
    .outcome = escalate ? outcome : NULL,
    .shared = adw_switch_row_get_active (self->shared_row),
  };

  if (self->example_id != 0)
    return hearth_practice_example_update (self->store, self->example_id, &spec, error);
  return hearth_practice_example_create (self->store, &spec, error) != 0;
}

static void
hearth_practice_dialog_dispose (GObject *object)
{
  HearthPracticeDialog *self = HEARTH_PRACTICE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PRACTICE_DIALOG);
  g_clear_pointer (&self->case_ids, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_practice_dialog_parent_class)->dispose (object);
}

static void
hearth_practice_dialog_class_init (HearthPracticeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthFormDialogClass *form_class = HEARTH_FORM_DIALOG_CLASS (klass);

  object_class->dispose = hearth_practice_dialog_dispose;
  form_class->save = hearth_practice_dialog_save;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/supervision/hearth-practice-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, celebrate_check);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, escalate_check);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, text_field);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, case_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, shared_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, escalate_group);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, escalated_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthPracticeDialog, outcome_field);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled_cb);
}

static void
hearth_practice_dialog_init (HearthPracticeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->case_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_object_set (self->text_field, "max-chars", (guint) HEARTH_SUPERVISION_TEXT_MAX, NULL);
  g_object_set (self->outcome_field, "max-chars", (guint) HEARTH_SUPERVISION_TEXT_MAX, NULL);
}

/* The person's cases, those they lead or work on, open or closed: "No
 * case" first, and the one chosen before even if they have left it. */
static void
fill_cases (HearthPracticeDialog *self,
            gint64                chosen_id,
            const char           *chosen_title)
{
  g_autoptr(HearthQueryModel) cases = hearth_case_query_new (self->store);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;

  hearth_query_model_set_sort (cases, "name");
  hearth_case_list_set_worker (cases, self->staff_id);

  gtk_string_list_append (titles, C_("example of practice", "No case"));
  g_array_append_val (self->case_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cases)); i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (G_LIST_MODEL (cases), i);
      gint64 id = hearth_case_get_id (item);

      if (id == chosen_id)
        selected = self->case_ids->len;
      gtk_string_list_append (titles, hearth_case_get_title (item));
      g_array_append_val (self->case_ids, id);
    }
  if (chosen_id != 0 && selected == 0)
    {
      selected = self->case_ids->len;
      gtk_string_list_append (titles, chosen_title);
      g_array_append_val (self->case_ids, chosen_id);
    }

  adw_combo_row_set_model (self->case_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->case_row, selected);
}

static HearthPracticeDialog *
create (HearthStore *store,
        gint64       staff_id,
        const char  *staff_name,
        gint64       supervision_id)
{
  HearthPracticeDialog *self = g_object_new (HEARTH_TYPE_PRACTICE_DIALOG, NULL);
  g_autofree char *shared = NULL;
  g_autofree char *about = NULL;

  self->store = g_object_ref (store);
  self->staff_id = staff_id;
  self->supervision_id = supervision_id;

  about = g_strdup_printf (_("An example of %s’s practice."), staff_name);
  adw_preferences_group_set_description (self->kind_group, about);
  shared = g_strdup_printf (_("Shared with %s"), staff_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->shared_row), shared);

  return self;
}

AdwDialog *
hearth_practice_dialog_new (HearthStore *store,
                            gint64       staff_id,
                            const char  *staff_name,
                            gint64       supervision_id)
{
  HearthPracticeDialog *self;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (staff_name != NULL, NULL);

  self = create (store, staff_id, staff_name, supervision_id);
  fill_cases (self, 0, NULL);

  /* Today, by the store's clock. */
  now = g_date_time_new_from_unix_local (hearth_store_now (store));
  today = g_date_time_format (now, "%F");
  hearth_date_row_set_date (self->date_row, today);

  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->celebrate_check));
  validate (self);

  return ADW_DIALOG (self);
}

AdwDialog *
hearth_practice_dialog_new_for_example (HearthStore           *store,
                                        HearthPracticeExample *example)
{
  HearthPracticeDialog *self;
  gboolean escalate;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PRACTICE_EXAMPLE (example), NULL);

  self = create (store, hearth_practice_example_get_staff_id (example),
                 hearth_practice_example_get_staff_name (example),
                 hearth_practice_example_get_supervision_id (example));
  self->example_id = hearth_practice_example_get_id (example);
  escalate = hearth_practice_example_get_kind (example) == HEARTH_PRACTICE_ESCALATE;

  adw_dialog_set_title (ADW_DIALOG (self), _("Example of Practice"));
  hearth_form_dialog_set_save_label (HEARTH_FORM_DIALOG (self), _("_Save"));

  fill_cases (self, hearth_practice_example_get_case_id (example),
              hearth_practice_example_get_case_title (example));
  gtk_check_button_set_active (escalate ? self->escalate_check : self->celebrate_check, TRUE);
  hearth_text_field_set_text (self->text_field, hearth_practice_example_get_text (example));
  hearth_date_row_set_date (self->date_row, hearth_practice_example_get_happened_on (example));
  adw_switch_row_set_active (self->shared_row, hearth_practice_example_get_shared (example));
  gtk_editable_set_text (GTK_EDITABLE (self->escalated_entry),
                         hearth_practice_example_get_escalated_to (example));
  hearth_text_field_set_text (self->outcome_field, hearth_practice_example_get_outcome (example));

  /* What came of it is what is most often added later. */
  adw_dialog_set_focus (ADW_DIALOG (self),
                        escalate ? GTK_WIDGET (hearth_text_field_get_view (self->outcome_field))
                                 : GTK_WIDGET (hearth_text_field_get_view (self->text_field)));
  validate (self);

  return ADW_DIALOG (self);
}
