/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-entry-row.h"
#include "hearth-agreement-item.h"
#include "hearth-agreement-item-row.h"
#include "hearth-entry-version.h"
#include "hearth-money.h"
#include "hearth-query-model.h"
#include "hearth-timeline-changes.h"
#include "hearth-ui-utils.h"

/* Built in code, not from a template, for speed: the timeline makes its
 * rows anew for every case opened, some thirty of them. Made from a
 * template with the same widgets (the rarely shown parts below still made
 * when first needed), a row took 0.29 ms of CPU against 0.18 ms in code,
 * and opening the 10,000-entry case of the scale database to its first
 * frame took some 3 ms more of the main thread's 55 ms (CPU time, median
 * of nine openings: the wall-clock figure of `build-aux/dev.sh bench`,
 * "open the 10000-entry case, drawn", varied more than that between two
 * runs of the same build on a busy machine). The agreed things of an
 * opened entry are HearthAgreementItemRows, from their template: few
 * entries are opened at once. */

/* What the first line may say between the kind and the time, in order.
 * Most entries say none of it, and rows are made again for every case
 * opened, so these labels are made only for the rows that show them. */
enum {
  MARK_AMOUNT,
  MARK_OPEN,
  MARK_OVERDUE,
  MARK_EDITED,
  N_MARKS
};

struct _HearthEntryRow
{
  GtkWidget            parent_instance;

  /* children, made in init or when first needed */
  GtkWidget           *box;
  GtkLabel            *heading_label;
  GtkImage            *icon;
  GtkWidget           *line;
  GtkLabel            *kind_label;
  GtkLabel            *marks[N_MARKS];  /* made when first needed */
  GtkLabel            *time_label;
  GtkLabel            *summary_label;
  GtkLabel            *author_label;
  GtkToggleButton     *expand_button;
  GtkRevealer         *revealer;

  /* owned */
  HearthStore         *store;
  HearthTimelineEntry *entry;
  /* Only while the row is open: the lists of its details. */
  HearthQueryModel    *items;
  HearthQueryModel    *versions;
  char                *heading;

  gboolean             expanded;
};

G_DEFINE_FINAL_TYPE (HearthEntryRow, hearth_entry_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* --- What we agreed: one item a row ------------------------------------------ */

static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  HearthStore *store = user_data;

  return hearth_agreement_item_row_new_for_item (store, item);
}

/* --- Earlier versions ----------------------------------------------------- */

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  HearthEntryVersion *version = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *when = hearth_format_time (hearth_entry_version_get_written_at (version));
  g_autofree char *heading = NULL;
  const char *by = hearth_entry_version_get_written_by (version);

  /* Translators: an earlier version of an entry: its number, who wrote it and when. */
  heading = g_strdup_printf (_("Version %u, written by %s, %s"),
                             hearth_entry_version_get_version (version),
                             *by != '\0' ? by : _("someone no longer listed"), when);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), wrapped_label (heading, "caption-heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (hearth_entry_version_get_summary (version), NULL));
  if (*hearth_entry_version_get_body (version) != '\0')
    gtk_box_append (GTK_BOX (box),
                    wrapped_label (hearth_entry_version_get_body (version), "dim-label"));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* --- The row ---------------------------------------------------------------- */

static char *
detail_line (HearthTimelineEntry *entry)
{
  const char *kind = hearth_timeline_entry_get_kind (entry);
  g_autofree char *amount = NULL;

  if (hearth_timeline_entry_get_amount_pence (entry) >= 0)
    amount = hearth_money_format (hearth_timeline_entry_get_amount_pence (entry));

  if (g_str_equal (kind, "spend") && amount != NULL)
    {
      if (*hearth_timeline_entry_get_spend_for (entry) != '\0')
        /* Translators: money spent (%1$s) and what on (%2$s). */
        return g_strdup_printf (_("%s spent on %s"), amount, hearth_timeline_entry_get_spend_for (entry));
      /* Translators: money spent. */
      return g_strdup_printf (_("%s spent"), amount);
    }
  if (g_str_equal (kind, "money-outcome") && amount != NULL)
    {
      if (g_str_equal (hearth_timeline_entry_get_money_kind (entry), "debt-resolved"))
        /* Translators: an amount of debt that was resolved. */
        return g_strdup_printf (_("Debt resolved: %s"), amount);
      /* Translators: an amount of income gained. */
      return g_strdup_printf (_("Income gained: %s"), amount);
    }
  if (g_str_equal (kind, "expertise"))
    {
      const char *from = hearth_timeline_entry_get_expert_from (entry);

      if (*from != '\0')
        /* Translators: who came to the resident (%s) and from where (%s). */
        return g_strdup_printf (_("%s came, from %s"), hearth_timeline_entry_get_expert_name (entry), from);
      /* Translators: who came to the resident. */
      return g_strdup_printf (_("%s came"), hearth_timeline_entry_get_expert_name (entry));
    }
  return NULL;
}

static GtkWidget *
action_button (const char *mnemonic,
               const char *action,
               gint64      entry_id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (entry_id));
  return button;
}

static GtkWidget *
build_details (HearthEntryRow *self)
{
  HearthTimelineEntry *entry = self->entry;
  const char *kind = hearth_timeline_entry_get_kind (entry);
  gint64 id = hearth_timeline_entry_get_id (entry);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons;
  g_autofree char *detail = detail_line (entry);
  gboolean fixed = g_str_equal (kind, "case-opened") || g_str_equal (kind, "case-closed");

  /* In line with the text, past the kind's icon. */
  gtk_widget_set_margin_start (box, 44);
  gtk_widget_set_margin_top (box, 8);

  if (detail != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (detail, "heading"));
  if (*hearth_timeline_entry_get_body (entry) != '\0')
    gtk_box_append (GTK_BOX (box), wrapped_label (hearth_timeline_entry_get_body (entry), NULL));

  if (g_str_equal (kind, "agreement"))
    {
      GtkWidget *list = gtk_list_box_new ();

      self->items = hearth_agreement_item_query_new (self->store);
      hearth_agreement_item_list_set_entry (self->items, id);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("What each of us will do"), -1);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->items),
                               create_item_row, g_object_ref (self->store), g_object_unref);
      gtk_box_append (GTK_BOX (box), list);
    }

  if (hearth_timeline_entry_get_edited (entry))
    {
      GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Earlier Versions"));
      GtkWidget *list = gtk_list_box_new ();

      self->versions = hearth_entry_version_query_new (self->store);
      hearth_entry_version_list_set_entry (self->versions, id);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_widget_set_margin_top (list, 6);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->versions),
                               create_version_row, NULL, NULL);
      gtk_expander_set_child (GTK_EXPANDER (expander), list);
      gtk_box_append (GTK_BOX (box), expander);
    }

  if (!fixed)
    {
      GtkWidget *delete_button;

      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (buttons), action_button (_("_Edit…"), "timeline.edit-entry", id));
      if (g_str_equal (kind, "agreement"))
        gtk_box_append (GTK_BOX (buttons),
                        action_button (_("_For the Resident…"), "timeline.agreement-summary", id));
      delete_button = action_button (_("_Delete"), "timeline.delete-entry", id);
      gtk_widget_add_css_class (delete_button, "destructive-action");
      gtk_widget_set_hexpand (delete_button, TRUE);
      gtk_widget_set_halign (delete_button, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (buttons), delete_button);
      gtk_box_append (GTK_BOX (box), buttons);
    }

  return box;
}

static void
update_details (HearthEntryRow *self)
{
  gboolean show = self->expanded && self->entry != NULL;

  /* Rebuilt whenever the entry changes while open, so it shows the latest
   * text; dropped when closed, so closed rows hold no lists. */
  g_clear_object (&self->items);
  g_clear_object (&self->versions);
  if (show && self->revealer == NULL)
    {
      self->revealer = GTK_REVEALER (gtk_revealer_new ());
      gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
      gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->revealer));
    }
  if (self->revealer != NULL)
    {
      gtk_revealer_set_child (self->revealer, show ? build_details (self) : NULL);
      gtk_revealer_set_reveal_child (self->revealer, show);
    }

  /* Closed, the summary is one line and needs no wrapping, which spares
   * measuring it for every width: most rows on screen are closed. */
  gtk_label_set_wrap (self->summary_label, show);
  gtk_label_set_lines (self->summary_label, show ? -1 : 1);
  gtk_label_set_ellipsize (self->summary_label, show ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->expand_button),
                               show ? _("Hide Details") : _("Show Details"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expand_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  show ? _("Hide details") : _("Show details"), -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, show, -1);
}

static GtkWidget *styled_label (const char *first_class,
                                const char *second_class,
                                float       xalign);

/* Shows @text as the first line's @mark, or hides the mark for NULL. */
static void
show_mark (HearthEntryRow *self,
           guint           mark,
           const char     *text)
{
  static const struct {
    const char *first_class;
    const char *second_class;
    float       xalign;
    const char *tooltip;
  } looks[N_MARKS] = {
    [MARK_AMOUNT] = { "caption-heading", "numeric", 0, NULL },
    [MARK_OPEN] = { "hearth-pill", NULL, 0.5, N_("Things we agreed that are not done yet") },
    [MARK_OVERDUE] = { "hearth-pill", "hearth-overdue", 0.5,
                       N_("Things we agreed that are past their date") },
    [MARK_EDITED] = { "caption", "dim-label", 0.5,
                      N_("Changed after it was first written; open the entry to see earlier versions") },
  };
  GtkWidget *before = GTK_WIDGET (self->kind_label);

  if (self->marks[mark] == NULL)
    {
      if (text == NULL)
        return;

      self->marks[mark] = GTK_LABEL (styled_label (looks[mark].first_class,
                                                   looks[mark].second_class, looks[mark].xalign));
      if (looks[mark].tooltip != NULL)
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->marks[mark]), _(looks[mark].tooltip));
      for (guint i = 0; i < mark; i++)
        if (self->marks[i] != NULL)
          before = GTK_WIDGET (self->marks[i]);
      gtk_box_insert_child_after (GTK_BOX (self->line), GTK_WIDGET (self->marks[mark]), before);
    }

  gtk_label_set_label (self->marks[mark], text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->marks[mark]), text != NULL);
}

static void
update_entry (HearthEntryRow *self)
{
  HearthTimelineEntry *entry = self->entry;
  g_autofree char *amount = NULL;
  g_autofree char *when = NULL;
  g_autofree char *open = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *accessible = NULL;
  guint n_open, n_overdue;

  if (entry == NULL)
    return;

  n_open = hearth_timeline_entry_get_open_items (entry);
  n_overdue = hearth_timeline_entry_get_overdue_items (entry);
  if (hearth_timeline_entry_get_amount_pence (entry) >= 0)
    amount = hearth_money_format (hearth_timeline_entry_get_amount_pence (entry));
  when = hearth_format_clock (hearth_timeline_entry_get_occurred_at (entry));
  /* Translators: how many agreed things are still to do. */
  open = g_strdup_printf (g_dngettext (NULL, "%u open", "%u open", n_open), n_open);
  /* Translators: how many agreed things are past their date. */
  overdue = g_strdup_printf (g_dngettext (NULL, "%u overdue", "%u overdue", n_overdue), n_overdue);

  gtk_image_set_from_icon_name (self->icon, hearth_timeline_entry_get_icon_name (entry));
  gtk_label_set_label (self->kind_label, hearth_timeline_entry_get_kind_label (entry));
  show_mark (self, MARK_AMOUNT, amount);
  show_mark (self, MARK_OPEN, n_open > n_overdue ? open : NULL);
  show_mark (self, MARK_OVERDUE, n_overdue > 0 ? overdue : NULL);
  show_mark (self, MARK_EDITED, hearth_timeline_entry_get_edited (entry)
                                ? C_("timeline entry", "Edited") : NULL);
  gtk_label_set_label (self->time_label, when);
  gtk_label_set_label (self->summary_label, hearth_timeline_entry_get_summary (entry));
  gtk_label_set_label (self->author_label, hearth_timeline_entry_get_author_name (entry));

  /* Read out as one line: what, when, who; the day first where it starts. */
  if (self->heading != NULL)
    /* Translators: the first timeline entry of a day read by a screen reader:
     * day, kind, summary, time, author. */
    accessible = g_strdup_printf (_("%s. %s: %s. %s, %s"), self->heading,
                                  hearth_timeline_entry_get_kind_label (entry),
                                  hearth_timeline_entry_get_summary (entry), when,
                                  hearth_timeline_entry_get_author_name (entry));
  else
    /* Translators: a timeline entry read by a screen reader: kind, summary, time, author. */
    accessible = g_strdup_printf (_("%s: %s. %s, %s"), hearth_timeline_entry_get_kind_label (entry),
                                  hearth_timeline_entry_get_summary (entry), when,
                                  hearth_timeline_entry_get_author_name (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
entry_notify_cb (HearthEntryRow *self,
                 GParamSpec     *pspec)
{
  update_entry (self);

  /* Every edit raises the version: the open details show the new text. */
  if (self->expanded && g_str_equal (pspec->name, "version"))
    update_details (self);
}

static void
expand_toggled_cb (HearthEntryRow  *self,
                   GtkToggleButton *button)
{
  hearth_entry_row_set_expanded (self, gtk_toggle_button_get_active (button));
}

static void
hearth_entry_row_dispose (GObject *object)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (object);

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  g_clear_object (&self->entry);
  g_clear_object (&self->items);
  g_clear_object (&self->versions);
  g_clear_object (&self->store);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->heading_label, gtk_widget_unparent);
  g_clear_pointer (&self->heading, g_free);

  G_OBJECT_CLASS (hearth_entry_row_parent_class)->dispose (object);
}

static void
hearth_entry_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_entry_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      hearth_entry_row_set_entry (self, g_value_get_object (value));
      break;

    case PROP_EXPANDED:
      hearth_entry_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_entry_row_class_init (HearthEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_entry_row_dispose;
  object_class->get_property = hearth_entry_row_get_property;
  object_class->set_property = hearth_entry_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, HEARTH_TYPE_TIMELINE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "hearth-entry-row");
}

static GtkWidget *
styled_label (const char *first_class,
              const char *second_class,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (first_class != NULL)
    gtk_widget_add_css_class (label, first_class);
  if (second_class != NULL)
    gtk_widget_add_css_class (label, second_class);
  return label;
}

static void
hearth_entry_row_init (HearthEntryRow *self)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  /* The heading above the entry's box. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->box, "hearth-entry");


  /* The kind is said in words beside it. */
  self->icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_set_valign (GTK_WIDGET (self->icon), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "hearth-kind-icon");

  /* Kind, then amount, what is open or overdue and edited (see
   * show_mark()), and the time. */
  self->line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->kind_label = GTK_LABEL (styled_label ("caption-heading", "accent", 0));
  self->time_label = GTK_LABEL (styled_label ("caption", "dim-label", 1));
  gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "numeric");
  gtk_widget_set_hexpand (GTK_WIDGET (self->time_label), TRUE);

  self->summary_label = GTK_LABEL (styled_label (NULL, NULL, 0));
  gtk_label_set_wrap_mode (self->summary_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->summary_label, 1);
  gtk_label_set_ellipsize (self->summary_label, PANGO_ELLIPSIZE_END);
  self->author_label = GTK_LABEL (styled_label ("caption", "dim-label", 0));
  gtk_label_set_ellipsize (self->author_label, PANGO_ELLIPSIZE_END);

  self->expand_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->expand_button), "pan-down-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->expand_button), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->expand_button), _("Show Details"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expand_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show details"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->expand_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->expand_button), "circular");

  gtk_box_append (GTK_BOX (self->line), GTK_WIDGET (self->kind_label));
  gtk_box_append (GTK_BOX (self->line), GTK_WIDGET (self->time_label));
  gtk_box_append (GTK_BOX (texts), self->line);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->author_label));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->icon));
  gtk_box_append (GTK_BOX (top), texts);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->expand_button));
  gtk_box_append (GTK_BOX (self->box), top);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  g_signal_connect_swapped (self->expand_button, "toggled", G_CALLBACK (expand_toggled_cb), self);
}

GtkWidget *
hearth_entry_row_new (HearthStore *store)
{
  HearthEntryRow *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_ENTRY_ROW, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}

HearthTimelineEntry *
hearth_entry_row_get_entry (HearthEntryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_ROW (self), NULL);

  return self->entry;
}

void
hearth_entry_row_set_entry (HearthEntryRow      *self,
                            HearthTimelineEntry *entry)
{
  g_return_if_fail (HEARTH_IS_ENTRY_ROW (self));
  g_return_if_fail (entry == NULL || HEARTH_IS_TIMELINE_ENTRY (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  g_set_object (&self->entry, entry);
  if (entry != NULL)
    g_signal_connect_object (entry, "notify", G_CALLBACK (entry_notify_cb), self, G_CONNECT_SWAPPED);

  update_entry (self);
  if (self->expanded || entry == NULL)
    update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

const char *
hearth_entry_row_get_heading (HearthEntryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_ROW (self), NULL);

  return self->heading;
}

void
hearth_entry_row_set_heading (HearthEntryRow *self,
                              const char     *heading)
{
  g_return_if_fail (HEARTH_IS_ENTRY_ROW (self));

  if (heading != NULL && *heading == '\0')
    heading = NULL;
  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  g_free (self->heading);
  self->heading = g_strdup (heading);

  /* The day, above the first entry of each day: a heading of its own,
   * outside the entry's box, so that it does not look part of the entry.
   * Made for the first rows of days only. */
  if (heading != NULL && self->heading_label == NULL)
    {
      self->heading_label = GTK_LABEL (styled_label ("heading", "hearth-day-heading", 0));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading_label),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
      gtk_widget_insert_before (GTK_WIDGET (self->heading_label), GTK_WIDGET (self), self->box);
    }
  if (self->heading_label != NULL)
    {
      gtk_label_set_label (self->heading_label, heading != NULL ? heading : "");
      gtk_widget_set_visible (GTK_WIDGET (self->heading_label), heading != NULL);
    }
  update_entry (self);
}

gboolean
hearth_entry_row_get_expanded (HearthEntryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ENTRY_ROW (self), FALSE);

  return self->expanded;
}

void
hearth_entry_row_set_expanded (HearthEntryRow *self,
                               gboolean        expanded)
{
  g_return_if_fail (HEARTH_IS_ENTRY_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  gtk_toggle_button_set_active (self->expand_button, expanded);
  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}
