/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-retention-dialog.h"
#include "hearth-retention-keep-dialog.h"
#include "hearth-retention.h"
#include "hearth-ui-utils.h"

struct _HearthRetentionDialog
{
  AdwDialog         parent_instance;

  /* template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  AdwStatusPage    *empty_page;
  GtkLabel         *intro_label;
  GtkListView      *list_view;

  /* owned */
  HearthStore      *store;
  GListModel       *due;
  guint             years;
  gint64            erasing_id;   /* the case the open confirmation is about */
};

G_DEFINE_FINAL_TYPE (HearthRetentionDialog, hearth_retention_dialog, ADW_TYPE_DIALOG)

static void
toast (HearthRetentionDialog *self,
       const char            *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
reload (HearthRetentionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  guint n;

  g_clear_object (&self->due);
  self->due = hearth_retention_list_due (self->store, self->years, &error);
  if (self->due == NULL)
    {
      self->due = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_RETENTION_CASE));
      toast (self, error->message);
    }

  selection = gtk_no_selection_new (g_object_ref (self->due));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  n = g_list_model_get_n_items (self->due);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static HearthRetentionCase *
find_case (HearthRetentionDialog *self,
           gint64                 case_id)
{
  guint n = g_list_model_get_n_items (self->due);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthRetentionCase) item = g_list_model_get_item (self->due, i);

      if (hearth_retention_case_get_id (item) == case_id)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
kept_cb (HearthRetentionDialog *self)
{
  reload (self);
  toast (self, _("Kept, with the reason"));
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthRetentionDialog *self = HEARTH_RETENTION_DIALOG (widget);
  g_autoptr(HearthRetentionCase) item = find_case (self, g_variant_get_int64 (parameter));
  AdwDialog *dialog;

  if (item == NULL)
    return;

  dialog = hearth_retention_keep_dialog_new (self->store, item, self->years);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (kept_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

static void
erase_response_cb (AdwAlertDialog        *alert,
                   const char            *response,
                   HearthRetentionDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = self->erasing_id;

  self->erasing_id = 0;
  if (!g_str_equal (response, "erase") || case_id <= 0)
    return;

  if (!hearth_retention_erase (self->store, case_id, &error))
    {
      toast (self, error->message);
      return;
    }

  reload (self);
  toast (self, _("Erased: nothing of the case is left in Hearth"));
}

/* Says exactly what will go, and that it cannot be undone, before it goes. */
static char *
describe_erasure (HearthRetentionCase           *item,
                  const HearthCaseErasureCounts *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the case's title, then what erasing it removes. */
  g_string_append_printf (text, _("“%s”: "), hearth_retention_case_get_title (item));
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u timeline entry ", "%u timeline entries ",
                                       counts->entries),
                          counts->entries);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "(%u spend, ", "(%u spends, ",
                                       counts->spends),
                          counts->spends);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u money outcome) ",
                                       "%u money outcomes) ", counts->money_outcomes),
                          counts->money_outcomes);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "and %u thing agreed will be erased. ",
                                       "and %u things agreed will be erased. ",
                                       counts->agreements),
                          counts->agreements);
  if (counts->links > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u one-to-one loses its link to it. ",
                                         "%u one-to-ones lose their links to it. ",
                                         counts->links),
                            counts->links);
  if (counts->residents > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u resident on no other case is erased with it. ",
                                         "%u residents on no other case are erased with it. ",
                                         counts->residents),
                            counts->residents);
  g_string_append (text, _("This cannot be undone."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HearthRetentionDialog *self = HEARTH_RETENTION_DIALOG (widget);
  g_autoptr(HearthRetentionCase) item = find_case (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  HearthCaseErasureCounts counts;
  AdwDialog *alert;

  if (item == NULL)
    return;

  if (!hearth_retention_count (self->store, hearth_retention_case_get_id (item), &counts,
                               &error))
    {
      toast (self, error->message);
      return;
    }

  body = describe_erasure (item, &counts);
  alert = hearth_confirm_new (_("Erase Case?"), body, _("_Keep It"), "erase", _("_Erase Case"),
                              ADW_RESPONSE_DESTRUCTIVE);
  self->erasing_id = hearth_retention_case_get_id (item);
  g_signal_connect_object (alert, "response", G_CALLBACK (erase_response_cb), self, 0);
  adw_dialog_present (alert, widget);
}

static void
hearth_retention_dialog_dispose (GObject *object)
{
  HearthRetentionDialog *self = HEARTH_RETENTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RETENTION_DIALOG);
  g_clear_object (&self->due);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_retention_dialog_parent_class)->dispose (object);
}

static void
hearth_retention_dialog_class_init (HearthRetentionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_retention_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_RETENTION_CASE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-retention-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRetentionDialog, list_view);
  gtk_widget_class_install_action (widget_class, "retention.keep", "x", keep_action);
  gtk_widget_class_install_action (widget_class, "retention.erase", "x", erase_action);
}

static void
hearth_retention_dialog_init (HearthRetentionDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = hearth_list_factory_new ("/io/github/hearthapp/Hearth/cases/hearth-retention-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

AdwDialog *
hearth_retention_dialog_new (HearthStore *store,
                             guint        years)
{
  HearthRetentionDialog *self;
  g_autofree char *intro = NULL;
  g_autofree char *empty = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_RETENTION_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->years = years;

  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "These cases closed more than %u year ago. Erase "
                                        "each one, or keep it with a reason.",
                                        "These cases closed more than %u years ago. Erase "
                                        "each one, or keep it with a reason.",
                                        years),
                           years);
  gtk_label_set_label (self->intro_label, intro);
  empty = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "A closed case is listed here once it closed more "
                                        "than %u year ago, unless it was kept for longer.",
                                        "A closed case is listed here once it closed more "
                                        "than %u years ago, unless it was kept for longer.",
                                        years),
                           years);
  adw_status_page_set_description (self->empty_page, empty);

  reload (self);
  return ADW_DIALOG (self);
}
