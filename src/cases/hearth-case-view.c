/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case-view.h"
#include "hearth-query-model.h"
#include "hearth-resident.h"
#include "hearth-timeline-view.h"
#include "hearth-ui-utils.h"

struct _HearthCaseView
{
  AdwBin            parent_instance;

  /* template children */
  GtkStack         *stack;
  GtkLabel         *title_label;
  GtkLabel         *residents_label;
  GtkLabel         *meta_label;
  GtkFlowBox       *profile_box;
  HearthTimelineView *timeline_view;

  /* owned */
  HearthStore      *store;
  HearthCase       *item;
  HearthQueryModel *residents;
};

G_DEFINE_FINAL_TYPE (HearthCaseView, hearth_case_view, ADW_TYPE_BIN)

static GtkWidget *
profile_card (const char *heading,
              const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body;
  gboolean written = text != NULL && *text != '\0';

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "hearth-profile-card");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  /* Wrapped labels ask for their whole text's width; a modest request lets
   * the cards sit side by side when there is room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);

  body = gtk_label_new (written ? text : _("Not written yet"));
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_yalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (body), 4);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 24);
  gtk_label_set_width_chars (GTK_LABEL (body), 16);
  gtk_label_set_ellipsize (GTK_LABEL (body), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_set_tooltip_text (body, written ? text : NULL);
  if (!written)
    gtk_widget_add_css_class (body, "dim-label");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  return box;
}

/* The profile comes first on a case: what matters to the person, in their words. */
static void
update_profile (HearthCaseView *self)
{
  g_autoptr(HearthResident) resident = NULL;
  g_autofree char *matters = NULL;
  g_autofree char *strengths = NULL;
  g_autofree char *good_life = NULL;
  g_autofree char *together = NULL;
  const char *name;

  gtk_flow_box_remove_all (self->profile_box);

  if (self->residents == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->residents)) == 0)
    return;

  resident = g_list_model_get_item (G_LIST_MODEL (self->residents), 0);
  name = hearth_resident_get_display_name (resident);

  /* Translators: %s is a resident's name; the heading of their own words. */
  matters = g_strdup_printf (_("What matters to %s"), name);
  strengths = g_strdup_printf (_("%s’s strengths and gifts"), name);
  good_life = g_strdup_printf (_("A good life, for %s"), name);
  together = g_strdup (_("What we can do together"));

  gtk_flow_box_append (self->profile_box,
                       profile_card (matters, hearth_resident_get_what_matters (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (strengths, hearth_resident_get_strengths (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (good_life, hearth_resident_get_good_life (resident)));
  gtk_flow_box_append (self->profile_box,
                       profile_card (together, hearth_resident_get_together (resident)));
}

static void
update_header (HearthCaseView *self)
{
  g_autofree char *opened = NULL;
  g_autofree char *meta = NULL;

  if (self->item == NULL)
    return;

  opened = hearth_format_time (hearth_case_get_opened_at (self->item));
  if (hearth_case_get_is_open (self->item))
    /* Translators: the lead worker's name and the date a case was opened. */
    meta = g_strdup_printf (_("Led by %s · opened %s"), hearth_case_get_lead_name (self->item), opened);
  else
    /* Translators: the lead worker, the date opened and the outcome at close. */
    meta = g_strdup_printf (_("Led by %s · opened %s · closed: %s"),
                            hearth_case_get_lead_name (self->item), opened,
                            hearth_case_get_outcome_name (self->item));

  gtk_label_set_label (self->title_label, hearth_case_get_title (self->item));
  gtk_label_set_label (self->residents_label, hearth_case_get_residents (self->item));
  gtk_label_set_label (self->meta_label, meta);
}

static void
hearth_case_view_dispose (GObject *object)
{
  HearthCaseView *self = HEARTH_CASE_VIEW (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  if (self->residents != NULL)
    g_signal_handlers_disconnect_by_data (self->residents, self);
  g_clear_object (&self->item);
  g_clear_object (&self->residents);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_case_view_parent_class)->dispose (object);
}

static void
hearth_case_view_class_init (HearthCaseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_case_view_dispose;

  g_type_ensure (HEARTH_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-case-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, residents_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, profile_box);
  gtk_widget_class_bind_template_child (widget_class, HearthCaseView, timeline_view);
}

static void
hearth_case_view_init (HearthCaseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hearth_case_view_set_store (HearthCaseView *self,
                            HearthStore    *store)
{
  g_return_if_fail (HEARTH_IS_CASE_VIEW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  hearth_timeline_view_set_store (self->timeline_view, store);

  /* The profile starts on no case at all and follows the case shown. */

  self->residents = hearth_resident_query_new (store);
  hearth_query_model_set_param (self->residents, ":case_id", g_variant_new_int64 (-1));
  g_signal_connect_object (self->residents, "items-changed",
                           G_CALLBACK (update_profile), self, G_CONNECT_SWAPPED);
}

void
hearth_case_view_set_case (HearthCaseView *self,
                           HearthCase     *item)
{
  g_return_if_fail (HEARTH_IS_CASE_VIEW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_CASE (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);

  if (item == NULL)
    {
      hearth_timeline_view_set_case_id (self->timeline_view, -1);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  g_signal_connect_object (item, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  update_header (self);

  hearth_timeline_view_set_case_id (self->timeline_view, hearth_case_get_id (item));
  if (self->residents != NULL)
    {
      hearth_query_model_set_param (self->residents, ":case_id",
                                    g_variant_new_int64 (hearth_case_get_id (item)));
      update_profile (self);
    }

  gtk_stack_set_visible_child_name (self->stack, "case");
}

HearthCase *
hearth_case_view_get_case (HearthCaseView *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_VIEW (self), NULL);

  return self->item;
}

GListModel *
hearth_case_view_get_timeline (HearthCaseView *self)
{
  g_return_val_if_fail (HEARTH_IS_CASE_VIEW (self), NULL);

  return hearth_timeline_view_get_model (self->timeline_view);
}
