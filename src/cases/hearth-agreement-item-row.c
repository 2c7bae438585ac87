/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-agreement-item-row.h"
#include "hearth-change-util.h"
#include "hearth-item-owner-popover.h"

/* A row to write in has no item; a row that shows one follows it. The two
 * share the template, the owner popover and who says what to a screen
 * reader; each shows its own parts of the template. */
struct _HearthAgreementItemRow
{
  GtkListBoxRow           parent_instance;

  /* template widgets */
  GtkCheckButton         *done_check;
  GtkEntry               *text_entry;
  GtkWidget              *texts;
  GtkLabel               *text_label;
  GtkLabel               *meta_label;
  GtkMenuButton          *who_button;
  GtkLabel               *who_label;
  HearthItemOwnerPopover *owner_popover;
  GtkMenuButton          *drop_button;
  GtkPopover             *drop_popover;
  GtkEntry               *reason_entry;
  GtkLabel               *reason_message;
  GtkButton              *remove_button;

  /* owned */
  HearthStore            *store;
  HearthAgreementItem    *item;

  /* While waiting for the row's place, to scroll to it. */
  guint                   scroll_tick;
  guint                   scroll_frames;
};

G_DEFINE_FINAL_TYPE (HearthAgreementItemRow, hearth_agreement_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  TEXT_ACTIVATED,
  PASTE_LINES,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* --- A row to write in ------------------------------------------------------- */

/* The button says who and by when in a few words: "Me · by Fri 4 Dec". */
static void
update_who (HearthAgreementItemRow *self)
{
  g_autofree char *summary = hearth_item_owner_popover_dup_summary (self->owner_popover);
  /* Translators: the name of a button; %s says who will do a thing and by when. */
  g_autofree char *accessible = g_strdup_printf (_("Who and by when: %s"), summary);

  gtk_label_set_label (self->who_label, summary);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->who_button), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->who_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static void
reset_owner (HearthAgreementItemRow *self)
{
  /* The writer's own, with no date, until said otherwise. */
  static const HearthAgreementFields mine = { NULL, "staff", 0, NULL, NULL };

  hearth_item_owner_popover_set_owner (self->owner_popover, &mine, NULL);
}

/* Scrolls the list so that all of the row shows; FALSE if it has no place yet. */
static gboolean
scroll_into_sight (HearthAgreementItemRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  if (scroller == NULL || !gtk_widget_compute_bounds (row, gtk_widget_get_parent (row), &bounds))
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (bounds.size.height <= 0 ||
      bounds.origin.y + bounds.size.height > gtk_adjustment_get_upper (adjustment))
    return FALSE;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page);
  return TRUE;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  HearthAgreementItemRow *self = HEARTH_AGREEMENT_ITEM_ROW (widget);

  /* Ticks come before layout: a new row has its place a frame or two on. */
  if (!scroll_into_sight (self) && self->scroll_frames < 10)
    {
      self->scroll_frames++;
      return G_SOURCE_CONTINUE;
    }
  self->scroll_frames = 0;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
text_activate_cb (HearthAgreementItemRow *self)
{
  g_signal_emit (self, signals[TEXT_ACTIVATED], 0);
}

static void
text_changed_cb (HearthAgreementItemRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A list pasted from elsewhere, one thing a line: the first line goes where
 * the cursor is, the others to whoever makes rows of them. */
static void
text_insert_cb (GtkEditable            *editable,
                const char             *text,
                int                     length,
                int                    *position,
                HearthAgreementItemRow *self)
{
  g_autofree char *pasted = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) others = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  pasted = length < 0 ? g_strdup (text) : g_strndup (text, (gsize) length);
  if (strchr (pasted, '\n') == NULL)
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");
  g_strdelimit (pasted, "\r", ' ');
  lines = g_strsplit (pasted, "\n", -1);
  g_signal_handlers_block_by_func (editable, text_insert_cb, self);
  gtk_editable_insert_text (editable, lines[0], -1, position);
  g_signal_handlers_unblock_by_func (editable, text_insert_cb, self);

  builder = g_strv_builder_new ();
  for (guint i = 1; lines[i] != NULL; i++)
    if (!hearth_text_is_blank (lines[i]))
      g_strv_builder_add (builder, g_strstrip (lines[i]));
  others = g_strv_builder_end (builder);
  if (others[0] != NULL)
    g_signal_emit (self, signals[PASTE_LINES], 0, others);
}

static void
remove_cb (HearthAgreementItemRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* --- A row that shows an item ------------------------------------------------ */

static void
show_toast (HearthAgreementItemRow *self,
            const GError           *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_warning ("Could not save a change to an agreement (%s)", g_quark_to_string (error->domain));
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

static void done_toggled_cb (HearthAgreementItemRow *self);

static void
sync_item (HearthAgreementItemRow *self)
{
  HearthAgreementItem *item = self->item;
  g_autofree char *due = NULL;
  g_autofree char *line = NULL;
  gboolean dropped = hearth_agreement_item_get_dropped (item);
  gboolean done = hearth_agreement_item_get_done (item);
  gboolean overdue = hearth_agreement_item_get_overdue (item);

  g_signal_handlers_block_by_func (self->done_check, done_toggled_cb, self);
  gtk_check_button_set_active (self->done_check, done);
  g_signal_handlers_unblock_by_func (self->done_check, done_toggled_cb, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), !dropped);
  gtk_widget_set_visible (GTK_WIDGET (self->drop_button), !done && !dropped);
  gtk_widget_set_visible (GTK_WIDGET (self->who_button), !done && !dropped);

  gtk_label_set_label (self->text_label, hearth_agreement_item_get_text (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_check), GTK_ACCESSIBLE_PROPERTY_LABEL,
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
  gtk_label_set_label (self->meta_label, line);

  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->meta_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->meta_label), "warning");
  if (dropped || done)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "dim-label");
}

static void
done_toggled_cb (HearthAgreementItemRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->item == NULL)
    return;

  if (!hearth_agreement_set_done (self->store, hearth_agreement_item_get_id (self->item),
                                  gtk_check_button_get_active (self->done_check), &error))
    {
      show_toast (self, error);
      sync_item (self);
    }
}

static void
drop_confirmed_cb (HearthAgreementItemRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->item == NULL)
    return;

  if (!hearth_agreement_drop (self->store, hearth_agreement_item_get_id (self->item),
                              gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), &error))
    {
      /* The reason stays as typed, with what is wrong under it. */
      gtk_label_set_label (self->reason_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->reason_message), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
      return;
    }
  gtk_popover_popdown (self->drop_popover);
}

/* --- Who will do it, and by when ---------------------------------------------- */

/* For an item, the popover shows it as it is now each time it opens. */
static void
owner_show_cb (HearthAgreementItemRow *self)
{
  HearthAgreementItem *item = self->item;
  HearthAgreementFields fields;

  if (item == NULL)
    return;

  fields = (HearthAgreementFields) {
    NULL, hearth_agreement_item_get_owner_kind (item), hearth_agreement_item_get_owner_staff_id (item),
    hearth_agreement_item_get_owner_label (item), hearth_agreement_item_get_due_on (item)
  };
  hearth_item_owner_popover_set_owner (self->owner_popover, &fields,
                                       hearth_agreement_item_get_owner_label (item));
}

static void
owner_changed_cb (HearthAgreementItemRow *self)
{
  if (self->item == NULL)
    update_who (self);
}

/* Written, the choice is kept for the save; shown, it is saved now. */
static void
owner_apply_cb (HearthAgreementItemRow *self)
{
  HearthAgreementFields fields = { NULL, "staff", 0, NULL, NULL };
  g_autoptr(GError) error = NULL;

  if (self->item != NULL)
    {
      hearth_item_owner_popover_get_owner (self->owner_popover, &fields);
      if (!hearth_agreement_set_owner (self->store, hearth_agreement_item_get_id (self->item),
                                       &fields, &error))
        {
          hearth_item_owner_popover_show_error (self->owner_popover, error->message);
          return;
        }
    }
  gtk_popover_popdown (GTK_POPOVER (self->owner_popover));
}

/* --- The class ------------------------------------------------------------------ */

static void
hearth_agreement_item_row_dispose (GObject *object)
{
  HearthAgreementItemRow *self = HEARTH_AGREEMENT_ITEM_ROW (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_AGREEMENT_ITEM_ROW);

  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_agreement_item_row_parent_class)->dispose (object);
}

static void
hearth_agreement_item_row_class_init (HearthAgreementItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_agreement_item_row_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TEXT_ACTIVATED] = g_signal_new ("text-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[PASTE_LINES] = g_signal_new ("paste-lines", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_ITEM_OWNER_POPOVER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-agreement-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, texts);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, who_button);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, who_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, owner_popover);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, drop_button);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, drop_popover);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, reason_message);
  gtk_widget_class_bind_template_child (widget_class, HearthAgreementItemRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, text_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_cb);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, drop_confirmed_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_apply_cb);
}

static void
hearth_agreement_item_row_init (HearthAgreementItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_entry_set_max_length (self->text_entry, HEARTH_AGREEMENT_TEXT_MAX);
  gtk_entry_set_max_length (self->reason_entry, HEARTH_AGREEMENT_REASON_MAX);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->text_entry)), "insert-text",
                    G_CALLBACK (text_insert_cb), self);
  update_who (self);
}

GtkWidget *
hearth_agreement_item_row_new_to_write (HearthStore *store)
{
  HearthAgreementItemRow *self;

  g_return_val_if_fail (store == NULL || HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_AGREEMENT_ITEM_ROW, NULL);
  if (store != NULL)
    hearth_agreement_item_row_set_store (self, store);
  return GTK_WIDGET (self);
}

GtkWidget *
hearth_agreement_item_row_new_for_item (HearthStore         *store,
                                        HearthAgreementItem *item)
{
  HearthAgreementItemRow *self;
  GtkWidget *box;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM (item), NULL);

  self = g_object_new (HEARTH_TYPE_AGREEMENT_ITEM_ROW, NULL);
  hearth_agreement_item_row_set_store (self, store);
  self->item = g_object_ref (item);

  /* A check box, the text and who and when under it; roomier than a row
   * being written, and reached by Tab as a whole. */
  box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_box_set_spacing (GTK_BOX (box), 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_visible (GTK_WIDGET (self->done_check), TRUE);
  gtk_widget_set_visible (self->texts, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->text_entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), FALSE);

  gtk_menu_button_set_always_show_arrow (self->who_button, FALSE);
  gtk_menu_button_set_icon_name (self->who_button, "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->who_button), _("Who and By When…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->who_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who will do it, and by when"), -1);
  hearth_item_owner_popover_set_apply_label (self->owner_popover, _("_Save"));

  /* The row holds its item, so the list keeps it up to date. */
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_item), self, G_CONNECT_SWAPPED);
  sync_item (self);
  return GTK_WIDGET (self);
}

HearthAgreementItem *
hearth_agreement_item_row_get_item (HearthAgreementItemRow *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self), NULL);

  return self->item;
}

void
hearth_agreement_item_row_set_store (HearthAgreementItemRow *self,
                                     HearthStore            *store)
{
  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  g_set_object (&self->store, store);
  hearth_item_owner_popover_set_store (self->owner_popover, store);
}

void
hearth_agreement_item_row_set_number (HearthAgreementItemRow *self,
                                      guint                   number)
{
  g_autofree char *text = NULL;
  g_autofree char *remove = NULL;

  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));

  /* Translators: the place of one thing in a list of things agreed. */
  text = g_strdup_printf (_("Agreed thing %d"), (int) number);
  /* Translators: a button that takes one thing out of a list of things agreed. */
  remove = g_strdup_printf (_("Remove agreed thing %d"), (int) number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove, -1);
}

const char *
hearth_agreement_item_row_get_text (HearthAgreementItemRow *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
}

void
hearth_agreement_item_row_set_text (HearthAgreementItemRow *self,
                                    const char             *text)
{
  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), text != NULL ? text : "");
}

void
hearth_agreement_item_row_clear (HearthAgreementItemRow *self)
{
  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  reset_owner (self);
}

gboolean
hearth_agreement_item_row_is_blank (HearthAgreementItemRow *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self), TRUE);

  return hearth_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->text_entry)));
}

void
hearth_agreement_item_row_focus (HearthAgreementItemRow *self)
{
  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

gboolean
hearth_agreement_item_row_check (HearthAgreementItemRow *self)
{
  g_return_val_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self), FALSE);

  /* The popover says what is wrong, where it can be put right. */
  if (hearth_item_owner_popover_check (self->owner_popover))
    return TRUE;
  scroll_into_sight (self);
  gtk_menu_button_popup (self->who_button);
  return FALSE;
}

void
hearth_agreement_item_row_get_fields (HearthAgreementItemRow *self,
                                      HearthAgreementFields  *fields)
{
  g_return_if_fail (HEARTH_IS_AGREEMENT_ITEM_ROW (self));
  g_return_if_fail (fields != NULL);

  *fields = (HearthAgreementFields) { gtk_editable_get_text (GTK_EDITABLE (self->text_entry)),
                                      "staff", 0, NULL, NULL };
  hearth_item_owner_popover_get_owner (self->owner_popover, fields);
}
