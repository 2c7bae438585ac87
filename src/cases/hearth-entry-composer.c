/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-entry-composer.h"
#include "hearth-agreement-item-row.h"
#include "hearth-budget.h"
#include "hearth-change-util.h"
#include "hearth-money.h"
#include "hearth-resident-notes.h"
#include "hearth-timeline-changes.h"
#include "hearth-timeline-entry.h"
#include "hearth-ui-utils.h"

/* The counter shows from this many characters of the summary on. */
#define COUNTER_FROM (HEARTH_ENTRY_SUMMARY_MAX - 50)
/* Things agreed in one "what we agreed" entry, each a row of its own. */
#define MAX_ITEMS 20

struct _HearthEntryComposer
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkWidget       *content;
  GtkDropDown     *kind_dropdown;
  GtkEntry        *summary_entry;
  GtkLabel        *counter_label;
  GtkToggleButton *details_button;
  GtkWidget       *money_box;
  GtkEntry        *amount_entry;
  GtkDropDown     *money_kind_dropdown;
  GtkEntry        *detail_entry;
  GtkEntry        *from_entry;
  GtkLabel        *budget_label;
  GtkLabel        *details_label;
  GtkTextView     *body_view;
  GtkLabel        *error_label;
  GtkMenuButton   *when_button;
  GtkCalendar     *when_calendar;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
  GtkWidget       *items_box;
  GtkListBox      *items_list;   /* of HearthAgreementItemRow */

  /* owned */
  HearthStore     *store;
  gint64           case_id;
  /* With no case: the resident a note in no case is about. */
  gint64           resident_id;
  /* The kinds offered, in the kind menu's order: with no case, only those
   * a note in no case may be. */
  GStrv            kinds;
  /* 0 for "now", else the time chosen, Unix seconds. */
  gint64           when;
};

G_DEFINE_FINAL_TYPE (HearthEntryComposer, hearth_entry_composer, ADW_TYPE_BIN)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_RESIDENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
selected_kind (HearthEntryComposer *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  return selected < g_strv_length (self->kinds) ? self->kinds[selected] : self->kinds[0];
}

/* Offers every kind a timeline takes, or only those a note in no case may
 * be: a kind that needs a case is not offered where there is none. */
static void
offer_kinds (HearthEntryComposer *self,
             gboolean             loose)
{
  const char * const *writable = hearth_timeline_writable_kinds ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; writable[i] != NULL; i++)
    {
      if (loose && !hearth_resident_notes_allows_kind (writable[i]))
        continue;
      g_strv_builder_add (builder, writable[i]);
      gtk_string_list_append (labels, hearth_timeline_entry_kind_label (writable[i]));
    }
  g_clear_pointer (&self->kinds, g_strfreev);
  self->kinds = g_strv_builder_end (builder);
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

static void
show_error (HearthEntryComposer *self,
            const char          *message,
            GtkWidget           *at_fault)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
  if (at_fault != NULL)
    gtk_widget_grab_focus (at_fault);
}

static void
clear_error (HearthEntryComposer *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
text_changed_cb (HearthEntryComposer *self)
{
  guint length = gtk_entry_get_text_length (self->summary_entry);
  g_autofree char *counter = NULL;

  /* Translators: characters typed in a summary, and how many it may hold. */
  counter = g_strdup_printf (_("%u/%u"), length, HEARTH_ENTRY_SUMMARY_MAX);
  gtk_label_set_label (self->counter_label, counter);
  gtk_widget_set_visible (GTK_WIDGET (self->counter_label), length >= COUNTER_FROM);
  clear_error (self);
}

/* What is left of the budget the spend counts against, after the amount
 * typed so far: said plainly, in the error colour once it is below zero,
 * and never in the way of logging the spend. Read again as each character
 * is typed, so that a spend logged meanwhile in another window counts:
 * one budget, and one sum over the spends of its period, which the index
 * of entries by kind and time narrows to that period. */
static void
update_budget (HearthEntryComposer *self)
{
  g_autoptr(HearthBudget) budget = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  g_autofree char *day = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *text = NULL;
  gint64 left = 0, typed = 0;
  gboolean has_typed;

  gtk_widget_set_visible (GTK_WIDGET (self->budget_label), FALSE);
  if (self->store == NULL || self->case_id <= 0 || !g_str_equal (selected_kind (self), "spend"))
    return;

  team = hearth_budget_dup_spend_team (self->store, hearth_store_get_actor (self->store),
                                       self->case_id, &error);
  day = hearth_budget_dup_local_day (self->when > 0 ? self->when : hearth_store_now (self->store));
  if (team == NULL ||
      !hearth_budget_read_left (self->store, team, day, &budget, &left, &error))
    {
      g_warning ("Could not read what is left of the budget: %s", error->message);
      return;
    }
  if (budget == NULL)
    return;

  has_typed = hearth_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)),
                                  &typed, NULL) && typed > 0;
  left -= typed;
  sum = hearth_money_format (ABS (left));

  if (left < 0 && has_typed)
    /* Translators: the first %s is a sum of money, the second the budget's
     * name, such as "2026–27 Q3". */
    text = g_strdup_printf (_("%s over the %s budget with this spend"), sum,
                            hearth_budget_get_name (budget));
  else if (left < 0)
    /* Translators: the first %s is a sum of money, the second the budget's name. */
    text = g_strdup_printf (_("%s over the %s budget"), sum, hearth_budget_get_name (budget));
  else if (has_typed)
    /* Translators: the first %s is a sum of money, the second the budget's name. */
    text = g_strdup_printf (_("%s left of the %s budget after this spend"), sum,
                            hearth_budget_get_name (budget));
  else
    /* Translators: the first %s is a sum of money, the second the budget's name. */
    text = g_strdup_printf (_("%s left of the %s budget"), sum, hearth_budget_get_name (budget));

  gtk_label_set_label (self->budget_label, text);
  if (left < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->budget_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->budget_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->budget_label), TRUE);
}

static void
amount_changed_cb (HearthEntryComposer *self)
{
  update_budget (self);
}

static void
kind_changed_cb (HearthEntryComposer *self)
{
  const char *kind = selected_kind (self);
  gboolean spend = g_str_equal (kind, "spend");
  gboolean money = g_str_equal (kind, "money-outcome");
  gboolean expertise = g_str_equal (kind, "expertise");
  gboolean agreement = g_str_equal (kind, "agreement");

  gtk_widget_set_visible (self->money_box, spend || money || expertise);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_entry), spend || money);
  gtk_widget_set_visible (GTK_WIDGET (self->money_kind_dropdown), money);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_entry), spend || expertise);
  gtk_widget_set_visible (GTK_WIDGET (self->from_entry), expertise);
  gtk_widget_set_visible (self->items_box, agreement);

  gtk_entry_set_placeholder_text (self->detail_entry,
                                  expertise ? _("Who came to the resident") : _("What it was for"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->detail_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  expertise ? _("Who came to the resident") : _("What it was for"),
                                  -1);

  update_budget (self);
  clear_error (self);
}

static void
set_when (HearthEntryComposer *self,
          gint64               when)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *label = NULL;

  self->when = when;
  local = when > 0 ? g_date_time_new_from_unix_local (when) : g_date_time_ref (now);
  gtk_calendar_select_day (self->when_calendar, local);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));

  if (when == 0)
    label = g_strdup (C_("entry time", "Now"));
  else
    /* Translators: when an entry happened, in strftime format: 20 Nov, 14:05. */
    label = g_date_time_format (local, _("%-d %b, %H:%M"));
  gtk_menu_button_set_label (self->when_button, label);
  update_budget (self);
}

/* The popover closed: the day and time in it become the entry's, unless
 * they are still this minute. */
static void
when_changed_cb (HearthEntryComposer *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->when_calendar);
  g_autoptr(GDateTime) chosen = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 when;

  chosen = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                  g_date_time_get_day_of_month (day),
                                  gtk_spin_button_get_value_as_int (self->hour_spin),
                                  gtk_spin_button_get_value_as_int (self->minute_spin), 0);
  if (chosen == NULL)
    return;
  when = g_date_time_to_unix (chosen);
  if (when / 60 == g_date_time_to_unix (now) / 60 && self->when == 0)
    return;
  set_when (self, when);
  clear_error (self);
}

static void
now_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (widget);

  set_when (self, 0);
  gtk_menu_button_popdown (self->when_button);
}

/* --- What we agreed: a row for each thing ----------------------------------- */

static HearthAgreementItemRow *
item_at (HearthEntryComposer *self,
         int                  index)
{
  return HEARTH_AGREEMENT_ITEM_ROW (gtk_list_box_get_row_at_index (self->items_list, index));
}

static guint
count_items (HearthEntryComposer *self)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (self->items_list, (int) n) != NULL)
    n++;
  return n;
}

/* Each row's controls say which thing they belong to, for screen readers. */
static void
renumber_items (HearthEntryComposer *self)
{
  HearthAgreementItemRow *row;

  for (int i = 0; (row = item_at (self, i)) != NULL; i++)
    hearth_agreement_item_row_set_number (row, (guint) i + 1);
}

static void item_activated_cb   (HearthEntryComposer    *self,
                                 HearthAgreementItemRow *row);
static void item_paste_lines_cb (HearthEntryComposer    *self,
                                 char                  **lines,
                                 HearthAgreementItemRow *row);
static void item_remove_cb      (HearthEntryComposer    *self,
                                 HearthAgreementItemRow *row);

/* Adds an empty row at @position (-1 for the end), or says why not. */
static HearthAgreementItemRow *
insert_item (HearthEntryComposer *self,
             int                  position)
{
  GtkWidget *row;

  if (count_items (self) >= MAX_ITEMS)
    {
      HearthAgreementItemRow *last = item_at (self, MAX_ITEMS - 1);

      show_error (self, _("Twenty things at most in one agreement; log the rest as a second one"),
                  NULL);
      if (last != NULL)
        hearth_agreement_item_row_focus (last);
      return NULL;
    }

  row = hearth_agreement_item_row_new_to_write (self->store);
  g_signal_connect_object (row, "text-activated", G_CALLBACK (item_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "changed", G_CALLBACK (clear_error), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "paste-lines", G_CALLBACK (item_paste_lines_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_insert (self->items_list, row, position);
  renumber_items (self);
  return HEARTH_AGREEMENT_ITEM_ROW (row);
}

static HearthAgreementItemRow *
add_item (HearthEntryComposer *self)
{
  return insert_item (self, -1);
}

/* A list pasted into a row, one thing a line: the row keeps the first line,
 * and the others go in rows just below it. */
static void
item_paste_lines_cb (HearthEntryComposer     *self,
                     char                   **lines,
                     HearthAgreementItemRow  *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  HearthAgreementItemRow *last = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Past the twentieth, the message says why the rest did not fit. */
      HearthAgreementItemRow *added = insert_item (self, ++index);

      if (added == NULL)
        break;
      hearth_agreement_item_row_set_text (added, lines[i]);
      last = added;
    }
  if (last != NULL)
    hearth_agreement_item_row_focus (last);
}

/* Enter goes on to the next thing, and on the last one adds another. */
static void
item_activated_cb (HearthEntryComposer    *self,
                   HearthAgreementItemRow *row)
{
  HearthAgreementItemRow *next;

  next = item_at (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
  if (next == NULL && !hearth_agreement_item_row_is_blank (row))
    next = add_item (self);
  if (next != NULL)
    hearth_agreement_item_row_focus (next);
}

static void
item_remove_cb (HearthEntryComposer    *self,
                HearthAgreementItemRow *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  clear_error (self);
  /* The last one left is emptied rather than removed, to write in again. */
  if (count_items (self) == 1)
    {
      hearth_agreement_item_row_clear (row);
      hearth_agreement_item_row_focus (row);
      return;
    }

  /* The focus moves on first: removing the row that holds it leaves a
   * reference to the list behind (GTK 4.18), and the list is never freed. */
  hearth_agreement_item_row_focus (item_at (self, index > 0 ? index - 1 : index + 1));
  gtk_list_box_remove (self->items_list, GTK_WIDGET (row));
  renumber_items (self);
}

static void
clear_items (HearthEntryComposer *self)
{
  GtkListBoxRow *row;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* As in item_remove_cb(), the focus leaves the rows before they go. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->items_list)))
    gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
  while ((row = gtk_list_box_get_row_at_index (self->items_list, 1)) != NULL)
    gtk_list_box_remove (self->items_list, GTK_WIDGET (row));

  /* The first row is kept, emptied: it is cleared for every case opened,
   * and a row with its popover is costly to make. */
  if (item_at (self, 0) != NULL)
    {
      hearth_agreement_item_row_clear (item_at (self, 0));
      renumber_items (self);
    }
  else
    add_item (self);
}

static gboolean
items_are_blank (HearthEntryComposer *self)
{
  HearthAgreementItemRow *row;

  for (int i = 0; (row = item_at (self, i)) != NULL; i++)
    if (!hearth_agreement_item_row_is_blank (row))
      return FALSE;
  return TRUE;
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (widget);
  HearthAgreementItemRow *row = add_item (self);

  if (row != NULL)
    hearth_agreement_item_row_focus (row);
}

static char *
body_text (HearthEntryComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
clear (HearthEntryComposer *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->detail_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), "", 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_toggle_button_set_active (self->details_button, FALSE);
  clear_items (self);
  set_when (self, 0);
  clear_error (self);
}

static void
save (HearthEntryComposer *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = body_text (self);
  HearthAgreementFields items[MAX_ITEMS];
  HearthEntryFields fields;
  const char *kind = selected_kind (self);
  guint n_items = 0;
  gint64 id;

  if (self->store == NULL || (self->case_id <= 0 && self->resident_id <= 0))
    return;

  hearth_entry_fields_init (&fields);
  fields.kind = kind;
  fields.summary = gtk_editable_get_text (GTK_EDITABLE (self->summary_entry));
  fields.body = body;
  fields.occurred_at = self->when;

  if (g_str_equal (kind, "spend") || g_str_equal (kind, "money-outcome"))
    {
      if (!hearth_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)),
                               &fields.amount_pence, &error))
        {
          show_error (self, error->message, GTK_WIDGET (self->amount_entry));
          return;
        }
    }
  if (g_str_equal (kind, "spend"))
    fields.spend_for = gtk_editable_get_text (GTK_EDITABLE (self->detail_entry));
  if (g_str_equal (kind, "money-outcome"))
    fields.money_kind = gtk_drop_down_get_selected (self->money_kind_dropdown) == 0
                        ? "debt-resolved" : "income-gained";
  if (g_str_equal (kind, "expertise"))
    {
      fields.expert_name = gtk_editable_get_text (GTK_EDITABLE (self->detail_entry));
      fields.expert_from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
    }

  if (g_str_equal (kind, "agreement"))
    {
      HearthAgreementItemRow *row;

      for (int i = 0; (row = item_at (self, i)) != NULL; i++)
        {
          if (hearth_agreement_item_row_is_blank (row))
            continue;
          if (n_items == MAX_ITEMS)
            {
              show_error (self, _("Twenty things at most in one agreement; log the rest as a "
                                  "second one"), NULL);
              hearth_agreement_item_row_focus (row);
              return;
            }
          if (!hearth_agreement_item_row_check (row))
            {
              show_error (self, _("Say who will do each thing we agreed"), NULL);
              return;
            }
          hearth_agreement_item_row_get_fields (row, &items[n_items]);
          n_items++;
        }
      if (n_items == 0)
        {
          show_error (self, _("Write what each of us will do"), NULL);
          hearth_agreement_item_row_focus (item_at (self, 0));
          return;
        }
    }

  if (self->case_id > 0)
    id = hearth_timeline_add_entry (self->store, self->case_id, 0, &fields, items, n_items, &error);
  else
    id = hearth_resident_notes_add (self->store, self->resident_id, &fields, &error);
  if (id == 0)
    {
      /* Everything typed stays, with why it could not be saved. */
      show_error (self, error->message,
                  g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_INVALID)
                  ? GTK_WIDGET (self->summary_entry) : NULL);
      return;
    }

  clear (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
  /* The row appears where the eyes are not: say it was logged. */
  gtk_accessible_announce (GTK_ACCESSIBLE (self),
                           self->case_id > 0 ? _("Logged on the timeline")
                                             : _("Logged, in no case yet"),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  g_signal_emit (self, signals[SAVED], 0, id);
}

static void
summary_activate_cb (HearthEntryComposer *self)
{
  /* An agreement goes on to what was agreed before it can be logged. */
  if (g_str_equal (selected_kind (self), "agreement") && items_are_blank (self))
    {
      hearth_agreement_item_row_focus (item_at (self, 0));
      return;
    }
  save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (HEARTH_ENTRY_COMPOSER (widget));
}

static void
kind_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (widget);
  guint index = (guint) g_variant_get_int32 (parameter);

  if (index < g_strv_length (self->kinds))
    gtk_drop_down_set_selected (self->kind_dropdown, index);
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
}

static void
hearth_entry_composer_dispose (GObject *object)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ENTRY_COMPOSER);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_entry_composer_parent_class)->dispose (object);
}

static void
hearth_entry_composer_finalize (GObject *object)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (object);

  g_strfreev (self->kinds);

  G_OBJECT_CLASS (hearth_entry_composer_parent_class)->finalize (object);
}

static void
hearth_entry_composer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_RESIDENT_ID:
      g_value_set_int64 (value, self->resident_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_entry_composer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthEntryComposer *self = HEARTH_ENTRY_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_RESIDENT_ID:
      hearth_entry_composer_set_resident (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_entry_composer_class_init (HearthEntryComposerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint digits[] = {
    GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4, GDK_KEY_5,
    GDK_KEY_6, GDK_KEY_7, GDK_KEY_8, GDK_KEY_9, GDK_KEY_0,
  };

  object_class->dispose = hearth_entry_composer_dispose;
  object_class->finalize = hearth_entry_composer_finalize;
  object_class->get_property = hearth_entry_composer_get_property;
  object_class->set_property = hearth_entry_composer_set_property;

  /* Whom an entry is about when there is no case (case 0): a note about
   * a resident in no case. A case, when set, comes first. */
  properties[PROP_RESIDENT_ID] =
    g_param_spec_int64 ("resident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-entry-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, content);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, counter_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, details_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, money_box);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, money_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, detail_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, budget_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, details_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, body_view);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, when_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, when_calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, items_box);
  gtk_widget_class_bind_template_child (widget_class, HearthEntryComposer, items_list);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_activate_cb);

  gtk_widget_class_install_action (widget_class, "composer.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "composer.kind", "i", kind_action);
  gtk_widget_class_install_action (widget_class, "composer.now", NULL, now_action);
  gtk_widget_class_install_action (widget_class, "composer.add-item", NULL, add_item_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "composer.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "composer.save", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    gtk_widget_class_add_binding_action (widget_class, digits[i], GDK_ALT_MASK,
                                         "composer.kind", "i", (int) i);
}

static void
hearth_entry_composer_init (HearthEntryComposer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_calendar (self->when_calendar);
  /* "Beth gytunon ni" beside the time and Log is wider than a phone. */
  hearth_drop_down_shorten (self->kind_dropdown);
  /* Squeezed by a short window, it gives up no room it needs. */
  hearth_size_to_content (ADW_BIN (self), self->content);

  offer_kinds (self, FALSE);
  gtk_entry_set_max_length (self->summary_entry, HEARTH_ENTRY_SUMMARY_MAX);
  add_item (self);
  kind_changed_cb (self);
  set_when (self, 0);
}

void
hearth_entry_composer_set_store (HearthEntryComposer *self,
                                 HearthStore         *store)
{
  HearthAgreementItemRow *row;

  g_return_if_fail (HEARTH_IS_ENTRY_COMPOSER (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  g_set_object (&self->store, store);
  for (int i = 0; (row = item_at (self, i)) != NULL; i++)
    hearth_agreement_item_row_set_store (row, store);
  update_budget (self);
}

void
hearth_entry_composer_set_case (HearthEntryComposer *self,
                                gint64               case_id)
{
  g_return_if_fail (HEARTH_IS_ENTRY_COMPOSER (self));

  /* Half-written words belong to the case they were written for. */
  if (self->case_id != case_id)
    clear (self);
  self->case_id = case_id;
  update_budget (self);
}

void
hearth_entry_composer_set_resident (HearthEntryComposer *self,
                                    gint64               resident_id)
{
  g_return_if_fail (HEARTH_IS_ENTRY_COMPOSER (self));

  if (self->resident_id == resident_id)
    return;

  /* As for a case: words half-written about one person stay with them. */
  clear (self);
  self->resident_id = resident_id;
  offer_kinds (self, resident_id > 0 && self->case_id <= 0);
  kind_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDENT_ID]);
}

void
hearth_entry_composer_focus (HearthEntryComposer *self)
{
  g_return_if_fail (HEARTH_IS_ENTRY_COMPOSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
}

void
hearth_entry_composer_clear (HearthEntryComposer *self)
{
  g_return_if_fail (HEARTH_IS_ENTRY_COMPOSER (self));

  clear (self);
}
