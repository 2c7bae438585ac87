/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-agreement-item.h"
#include "hearth-entry-row.h"
#include "hearth-entry-version.h"
#include "hearth-item-owner-popover.h"
#include "hearth-money.h"
#include "hearth-query-model.h"
#include "hearth-timeline-changes.h"
#include "hearth-ui-utils.h"

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

  /* template children */
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

static void
show_error (GtkWidget    *widget,
            const GError *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_warning ("Could not save a change to an agreement (%s)", g_quark_to_string (error->domain));
}

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

/* "due Friday 27 November", from "2026-11-27". */
static char *
format_due (const char *due_on,
            gboolean    overdue)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *day = NULL;

  if (due_on == NULL || *due_on == '\0')
    return g_strdup (_("no date set"));

  iso = g_strconcat (due_on, "T12:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);
  if (date == NULL)
    return g_strdup (due_on);

  /* Translators: a due date in strftime format: "Friday 27 November 2026". */
  day = g_date_time_format (date, _("%A %-d %B %Y"));
  /* Translators: %s is a date; said of something agreed that is not done. */
  return g_strdup_printf (overdue ? _("was due %s") : _("by %s"), day);
}

/* --- What we agreed: one item ------------------------------------------- */

static void
sync_item_row (GtkWidget *row)
{
  HearthAgreementItem *item = g_object_get_data (G_OBJECT (row), "item");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
  GtkLabel *text = g_object_get_data (G_OBJECT (row), "text");
  GtkLabel *meta = g_object_get_data (G_OBJECT (row), "meta");
  GtkWidget *drop = g_object_get_data (G_OBJECT (row), "drop");
  gulong toggled_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "toggled-id"));
  g_autofree char *due = NULL;
  g_autofree char *line = NULL;
  gboolean dropped = hearth_agreement_item_get_dropped (item);
  gboolean done = hearth_agreement_item_get_done (item);
  gboolean overdue = hearth_agreement_item_get_overdue (item);

  g_signal_handler_block (check, toggled_id);
  gtk_check_button_set_active (check, done);
  g_signal_handler_unblock (check, toggled_id);
  gtk_widget_set_sensitive (GTK_WIDGET (check), !dropped);
  gtk_widget_set_visible (drop, !done && !dropped);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "who"), !done && !dropped);

  gtk_label_set_label (text, hearth_agreement_item_get_text (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_agreement_item_get_text (item), -1);

  if (dropped)
    /* Translators: an agreed item that will not happen, and why. */
    line = g_strdup_printf (_("%s · not going ahead: %s"), hearth_agreement_item_get_owner_label (item),
                            hearth_agreement_item_get_dropped_reason (item));
  else if (done)
    /* Translators: an agreed item that was done, and who did it. */
    line = g_strdup_printf (_("%s · done"), hearth_agreement_item_get_owner_label (item));
  else
    {
      due = format_due (hearth_agreement_item_get_due_on (item), overdue);
      /* Translators: who will do an agreed item, and by when. */
      line = g_strdup_printf (_("%s · %s"), hearth_agreement_item_get_owner_label (item), due);
    }
  gtk_label_set_label (meta, line);

  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (meta), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (meta), "warning");
  if (dropped || done)
    gtk_widget_add_css_class (GTK_WIDGET (text), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (text), "dim-label");
}

static void
item_toggled_cb (GtkCheckButton *check,
                 GtkWidget      *row)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (gtk_widget_get_ancestor (row, HEARTH_TYPE_ENTRY_ROW));
  HearthAgreementItem *item = g_object_get_data (G_OBJECT (row), "item");
  g_autoptr(GError) error = NULL;

  if (!hearth_agreement_set_done (self->store, hearth_agreement_item_get_id (item),
                                  gtk_check_button_get_active (check), &error))
    {
      show_error (GTK_WIDGET (self), error);
      sync_item_row (row);
    }
}

static void
drop_confirmed_cb (GtkWidget *button,
                   GtkWidget *row)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (gtk_widget_get_ancestor (row, HEARTH_TYPE_ENTRY_ROW));
  HearthAgreementItem *item = g_object_get_data (G_OBJECT (row), "item");
  GtkEditable *reason = g_object_get_data (G_OBJECT (row), "reason");
  GtkLabel *message = g_object_get_data (G_OBJECT (row), "reason-message");
  GtkPopover *popover = g_object_get_data (G_OBJECT (row), "popover");
  g_autoptr(GError) error = NULL;

  if (!hearth_agreement_drop (self->store, hearth_agreement_item_get_id (item),
                              gtk_editable_get_text (reason), &error))
    {
      /* The reason stays as typed, with what is wrong under it. */
      gtk_label_set_label (message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (message), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (reason));
      return;
    }
  gtk_popover_popdown (popover);
}

static GtkWidget *
drop_popover (GtkWidget *row)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Why will this not happen?"));
  GtkWidget *reason = gtk_entry_new ();
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Not Going Ahead"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_entry_set_max_length (GTK_ENTRY (reason), HEARTH_AGREEMENT_REASON_MAX);
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  gtk_widget_set_size_request (reason, 280, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reason), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why will this not happen?"), -1);
  gtk_widget_add_css_class (message, "error");
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_set_visible (message, FALSE);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_halign (button, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_box_append (GTK_BOX (box), message);
  gtk_box_append (GTK_BOX (box), button);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), button);

  g_object_set_data (G_OBJECT (row), "reason", reason);
  g_object_set_data (G_OBJECT (row), "reason-message", message);
  g_object_set_data (G_OBJECT (row), "popover", popover);
  g_signal_connect (button, "clicked", G_CALLBACK (drop_confirmed_cb), row);
  return popover;
}

/* --- Who will do it, and by when ------------------------------------------------ */

/* The popover shows the item as it is now each time it opens. */
static void
owner_popover_show_cb (HearthItemOwnerPopover *popover,
                       GtkWidget              *row)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (gtk_widget_get_ancestor (row, HEARTH_TYPE_ENTRY_ROW));
  HearthAgreementItem *item = g_object_get_data (G_OBJECT (row), "item");
  HearthAgreementFields fields = {
    NULL, hearth_agreement_item_get_owner_kind (item), hearth_agreement_item_get_owner_staff_id (item),
    hearth_agreement_item_get_owner_label (item), hearth_agreement_item_get_due_on (item)
  };

  hearth_item_owner_popover_set_store (popover, self->store);
  hearth_item_owner_popover_set_owner (popover, &fields, hearth_agreement_item_get_owner_label (item));
}

static void
owner_apply_cb (HearthItemOwnerPopover *popover,
                GtkWidget              *row)
{
  HearthEntryRow *self = HEARTH_ENTRY_ROW (gtk_widget_get_ancestor (row, HEARTH_TYPE_ENTRY_ROW));
  HearthAgreementItem *item = g_object_get_data (G_OBJECT (row), "item");
  HearthAgreementFields fields = { NULL, "staff", 0, NULL, NULL };
  g_autoptr(GError) error = NULL;

  hearth_item_owner_popover_get_owner (popover, &fields);
  if (!hearth_agreement_set_owner (self->store, hearth_agreement_item_get_id (item), &fields, &error))
    {
      hearth_item_owner_popover_show_error (popover, error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
owner_popover (GtkWidget *row)
{
  GtkWidget *popover = hearth_item_owner_popover_new (_("_Save"));

  g_signal_connect (popover, "show", G_CALLBACK (owner_popover_show_cb), row);
  g_signal_connect (popover, "apply", G_CALLBACK (owner_apply_cb), row);
  return popover;
}

static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = wrapped_label (NULL, NULL);
  GtkWidget *meta = wrapped_label (NULL, "caption");
  GtkWidget *drop = gtk_menu_button_new ();
  GtkWidget *who = gtk_menu_button_new ();
  gulong toggled_id;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (drop), "edit-delete-symbolic");
  gtk_widget_set_tooltip_text (drop, _("Not Going Ahead…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Not going ahead"), -1);
  gtk_widget_add_css_class (drop, "flat");
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (who), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (who, _("Who and By When…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (who), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who will do it, and by when"), -1);
  gtk_widget_add_css_class (who, "flat");
  gtk_widget_set_valign (who, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), drop);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* The row holds its item, so the list keeps it up to date. */
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "meta", meta);
  g_object_set_data (G_OBJECT (row), "drop", drop);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (drop), drop_popover (row));
  g_object_set_data (G_OBJECT (row), "who", who);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (who), owner_popover (row));

  toggled_id = g_signal_connect (check, "toggled", G_CALLBACK (item_toggled_cb), row);
  g_object_set_data (G_OBJECT (row), "toggled-id", GSIZE_TO_POINTER (toggled_id));
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_item_row), row, G_CONNECT_SWAPPED);
  sync_item_row (row);
  return row;
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
                               create_item_row, NULL, NULL);
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

  /* Built in code, not from a template: a timeline shows some two hundred
   * rows at once, and a template costs six times as much to build. */

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
