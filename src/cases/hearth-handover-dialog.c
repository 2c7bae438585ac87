/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-agreement-item.h"
#include "hearth-case-person.h"
#include "hearth-handover-dialog.h"
#include "hearth-resident.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

/* The latest entries a handover shows: enough to pick up the thread. */
#define LATEST_SHOWN 5

struct _HearthHandoverDialog
{
  AdwDialog            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *profiles_group;
  GtkBox              *profiles_box;
  AdwPreferencesGroup *open_group;
  AdwPreferencesGroup *people_group;
  AdwPreferencesGroup *latest_group;

  /* owned */
  HearthStore         *store;
  HearthCase          *item;
  GString             *text;   /* the same handover, for copying */
};

G_DEFINE_FINAL_TYPE (HearthHandoverDialog, hearth_handover_dialog, ADW_TYPE_DIALOG)

static void
text_heading (HearthHandoverDialog *self,
              const char           *heading)
{
  if (self->text->len > 0)
    g_string_append_c (self->text, '\n');
  g_string_append_printf (self->text, "%s\n", heading);
}

/* Starts @group, in the handover and in its text. */
static void
start_group (HearthHandoverDialog *self,
             AdwPreferencesGroup  *group,
             const char           *description)
{
  adw_preferences_group_set_description (group, description);
  text_heading (self, adw_preferences_group_get_title (group));
  if (description != NULL)
    g_string_append_printf (self->text, "%s\n", description);
}

/* A row that shows all of its text: handovers are read, not scanned.
 *
 * The rows are built here, from what the case holds: twenty at most on the
 * sample team's cases, read once and copied, where a list of each kind
 * would need its own row template and model for a handful of rows. */
static GtkWidget *
add_row (HearthHandoverDialog *self,
         AdwPreferencesGroup  *group,
         const char           *title,
         const char           *subtitle,
         const char           *icon_name,
         gboolean              warning)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_selectable (ADW_ACTION_ROW (row), TRUE);
  if (icon_name != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  if (warning)
    gtk_widget_add_css_class (row, "hearth-overdue");
  adw_preferences_group_add (group, row);

  g_string_append_printf (self->text, "- %s", title);
  if (subtitle != NULL && *subtitle != '\0')
    g_string_append_printf (self->text, ": %s", subtitle);
  g_string_append_c (self->text, '\n');
  return row;
}

static void
add_profile (HearthHandoverDialog *self)
{
  g_autoptr(HearthQueryModel) residents = hearth_resident_query_new (self->store);
  guint n;

  hearth_query_model_set_sort (residents, "name");
  hearth_resident_list_set_case (residents, hearth_case_get_id (self->item));
  n = g_list_model_get_n_items (G_LIST_MODEL (residents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthResident) resident = g_list_model_get_item (G_LIST_MODEL (residents), i);
      g_autofree char *title = NULL;
      g_autofree char *updated = NULL;
      const char *needs = hearth_resident_get_access_needs (resident);
      const char *contact = hearth_resident_get_contact_preference (resident);
      const char *pronouns = hearth_resident_get_pronouns (resident);
      struct { const char *heading; const char *text; } parts[] = {
        { _("What matters to them"), hearth_resident_get_what_matters (resident) },
        { _("Their strengths and gifts"), hearth_resident_get_strengths (resident) },
        { _("What a good life looks like to them"), hearth_resident_get_good_life (resident) },
        { _("What we can do together"), hearth_resident_get_together (resident) },
      };
      AdwPreferencesGroup *group;

      if (*pronouns != '\0')
        /* Translators: a resident's name and their pronouns. */
        title = g_strdup_printf (_("%s (%s)"), hearth_resident_get_display_name (resident), pronouns);
      else
        title = g_strdup (hearth_resident_get_display_name (resident));

      if (hearth_resident_get_profile_updated_at (resident) > 0)
        {
          g_autofree char *when = hearth_format_time (hearth_resident_get_profile_updated_at (resident));

          /* Translators: who last changed a resident's profile, and when. */
          updated = g_strdup_printf (_("In their own words, last updated by %s, %s"),
                                     hearth_resident_get_profile_updated_by_name (resident), when);
        }
      else
        updated = g_strdup (_("In their own words"));

      /* A group for each resident, which only they can have. */
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (group, title);
      gtk_box_append (self->profiles_box, GTK_WIDGET (group));
      start_group (self, group, updated);
      /* The resident's words stand out; the headings step back. */
      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        gtk_widget_add_css_class (add_row (self, group, parts[p].heading,
                                           *parts[p].text != '\0' ? parts[p].text : _("Not written yet"),
                                           NULL, FALSE),
                                  "property");
      if (*needs != '\0')
        gtk_widget_add_css_class (add_row (self, group, _("Access needs"), needs, NULL, FALSE), "property");
      if (*contact != '\0')
        gtk_widget_add_css_class (add_row (self, group, _("How they like to be contacted"), contact,
                                           NULL, FALSE),
                                  "property");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->profiles_group), n > 0);
}

static void
add_people (HearthHandoverDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = hearth_case_person_list_new (self->store, hearth_case_get_id (self->item),
                                                               &error);
  AdwPreferencesGroup *group = self->people_group;

  start_group (self, group, NULL);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(HearthCasePerson) person = g_list_model_get_item (people, i);
      guint n = hearth_case_person_get_n_entries (person);
      g_autofree char *entries = NULL;
      g_autofree char *subtitle = NULL;
      const char *role;

      switch (hearth_case_person_get_role (person))
        {
        case HEARTH_CASE_ROLE_LEAD:
          role = _("Leads the case");
          break;
        case HEARTH_CASE_ROLE_INVOLVED:
          role = _("Involved");
          break;
        case HEARTH_CASE_ROLE_WROTE:
        default:
          role = _("Wrote on the timeline");
          break;
        }

      if (n > 0)
        {
          g_autofree char *last = hearth_format_time (hearth_case_person_get_last_at (person));

          /* Translators: how many entries someone wrote, and when the latest was. */
          entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry, the latest %s",
                                                  "%u entries, the latest %s", n),
                                     n, last);
        }
      else
        entries = g_strdup (_("No entries yet"));
      subtitle = g_strjoin (" · ", role, entries, NULL);
      add_row (self, group, hearth_case_person_get_name (person), subtitle,
               "avatar-default-symbolic", FALSE);
    }
  if (error != NULL)
    add_row (self, group, error->message, NULL, NULL, TRUE);
}

static void
add_open_items (HearthHandoverDialog *self)
{
  g_autoptr(HearthQueryModel) items = hearth_agreement_item_query_new_open (self->store);
  AdwPreferencesGroup *group = self->open_group;
  guint n;

  hearth_agreement_item_list_set_case (items, hearth_case_get_id (self->item));
  n = g_list_model_get_n_items (G_LIST_MODEL (items));
  start_group (self, group, n == 0 ? _("Everything agreed has been done or dropped.") : NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthAgreementItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      const char *due = hearth_agreement_item_get_due_on (item);
      gboolean overdue = hearth_agreement_item_get_overdue (item);
      g_autofree char *subtitle = NULL;

      if (*due != '\0')
        {
          g_autofree char *date = hearth_format_date (due);

          subtitle = g_strdup_printf (overdue ? _("%s · was due %s, overdue") : _("%s · due %s"),
                                      hearth_agreement_item_get_owner_label (item), date);
        }
      else
        subtitle = g_strdup (hearth_agreement_item_get_owner_label (item));
      add_row (self, group, hearth_agreement_item_get_text (item), subtitle,
               overdue ? "dialog-warning-symbolic" : "checkbox-symbolic", overdue);
    }
}

static void
add_latest (HearthHandoverDialog *self)
{
  g_autoptr(HearthQueryModel) entries = hearth_timeline_entry_query_new (self->store);
  AdwPreferencesGroup *group = self->latest_group;
  guint n;

  start_group (self, group, NULL);
  hearth_query_model_set_sort (entries, "newest");
  hearth_timeline_entry_list_set_case (entries, hearth_case_get_id (self->item));
  n = MIN (g_list_model_get_n_items (G_LIST_MODEL (entries)), LATEST_SHOWN);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthTimelineEntry) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);
      g_autofree char *when = hearth_format_time (hearth_timeline_entry_get_occurred_at (entry));
      g_autofree char *subtitle = NULL;
      const char *author = hearth_timeline_entry_get_author_name (entry);

      subtitle = g_strjoin (" · ", hearth_timeline_entry_get_kind_label (entry), when,
                            *author != '\0' ? author : NULL, NULL);
      add_row (self, group, hearth_timeline_entry_get_summary (entry), subtitle,
               hearth_timeline_entry_get_icon_name (entry), FALSE);
    }
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthHandoverDialog *self = HEARTH_HANDOVER_DIALOG (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->text->str);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Handover copied")));
}

static void
hearth_handover_dialog_dispose (GObject *object)
{
  HearthHandoverDialog *self = HEARTH_HANDOVER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_HANDOVER_DIALOG);

  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_handover_dialog_parent_class)->dispose (object);
}

static void
hearth_handover_dialog_finalize (GObject *object)
{
  HearthHandoverDialog *self = HEARTH_HANDOVER_DIALOG (object);

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (hearth_handover_dialog_parent_class)->finalize (object);
}

static void
hearth_handover_dialog_class_init (HearthHandoverDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_handover_dialog_dispose;
  object_class->finalize = hearth_handover_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-handover-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, profiles_group);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, profiles_box);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, open_group);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, people_group);
  gtk_widget_class_bind_template_child (widget_class, HearthHandoverDialog, latest_group);

  gtk_widget_class_install_action (widget_class, "handover.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "handover.copy", NULL);
}

static void
hearth_handover_dialog_init (HearthHandoverDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->text = g_string_new (NULL);
}

static void
build (HearthHandoverDialog *self)
{
  g_autofree char *heading = NULL;

  adw_window_title_set_subtitle (self->window_title, hearth_case_get_title (self->item));

  /* Translators: the first line of a copied handover; %s is the case's title. */
  heading = g_strdup_printf (_("Handover: %s"), hearth_case_get_title (self->item));
  g_string_append_printf (self->text, "%s\n", heading);

  add_profile (self);
  add_open_items (self);
  add_people (self);
  add_latest (self);
}

AdwDialog *
hearth_handover_dialog_new (HearthStore *store,
                            HearthCase  *item)
{
  HearthHandoverDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_CASE (item), NULL);

  self = g_object_new (HEARTH_TYPE_HANDOVER_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);
  build (self);
  return ADW_DIALOG (self);
}

char *
hearth_handover_dialog_dup_text (HearthHandoverDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_HANDOVER_DIALOG (self), NULL);

  return g_strdup (self->text->str);
}
