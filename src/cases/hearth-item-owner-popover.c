/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-item-owner-popover.h"
#include "hearth-change-util.h"
#include "hearth-query-model.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"

/* The choices in the order the drop-down shows them. */
enum {
  OWNER_FIRST,      /* "Me", or the colleague who has it now */
  OWNER_RESIDENT,
  OWNER_OTHER,
  OWNER_COLLEAGUE,
};

struct _HearthItemOwnerPopover
{
  GtkPopover        parent_instance;

  /* template widgets */
  GtkStringList    *choices;
  GtkDropDown      *owner;
  GtkDropDown      *colleague;
  GtkEntry         *other_name;
  GtkCheckButton   *dated;
  GtkCalendar      *calendar;
  GtkLabel         *message;
  GtkButton        *apply_button;

  /* owned */
  HearthStore      *store;
  /* The team, loaded the first time "A colleague" is chosen. */
  HearthQueryModel *staff;
  char             *first_label;
  gint64            first_staff_id;
  char             *due_on;
};

G_DEFINE_FINAL_TYPE (HearthItemOwnerPopover, hearth_item_owner_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_APPLY_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  APPLY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static HearthStaffMember *
chosen_colleague (HearthItemOwnerPopover *self)
{
  return gtk_drop_down_get_selected_item (self->colleague);
}

static void
load_staff (HearthItemOwnerPopover *self)
{
  if (self->staff != NULL || self->store == NULL)
    return;

  /* Those still on the team, by name; the list loads as it is shown. */
  self->staff = hearth_staff_member_query_new (self->store);
  hearth_staff_member_list_set_active_only (self->staff, TRUE);
  gtk_drop_down_set_model (self->colleague, G_LIST_MODEL (self->staff));
}

static void
changed_cb (HearthItemOwnerPopover *self)
{
  guint choice = gtk_drop_down_get_selected (self->owner);

  if (choice == OWNER_COLLEAGUE)
    load_staff (self);

  gtk_widget_set_visible (GTK_WIDGET (self->other_name), choice == OWNER_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->colleague), choice == OWNER_COLLEAGUE);
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
apply_cb (HearthItemOwnerPopover *self)
{
  if (hearth_item_owner_popover_check (self))
    g_signal_emit (self, signals[APPLY], 0);
}

static void
hearth_item_owner_popover_dispose (GObject *object)
{
  HearthItemOwnerPopover *self = HEARTH_ITEM_OWNER_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ITEM_OWNER_POPOVER);

  g_clear_object (&self->staff);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_item_owner_popover_parent_class)->dispose (object);
}

static void
hearth_item_owner_popover_finalize (GObject *object)
{
  HearthItemOwnerPopover *self = HEARTH_ITEM_OWNER_POPOVER (object);

  g_free (self->first_label);
  g_free (self->due_on);

  G_OBJECT_CLASS (hearth_item_owner_popover_parent_class)->finalize (object);
}

static void
hearth_item_owner_popover_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HearthItemOwnerPopover *self = HEARTH_ITEM_OWNER_POPOVER (object);

  switch (prop_id)
    {
    case PROP_APPLY_LABEL:
      g_value_set_string (value, hearth_item_owner_popover_get_apply_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_item_owner_popover_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HearthItemOwnerPopover *self = HEARTH_ITEM_OWNER_POPOVER (object);

  switch (prop_id)
    {
    case PROP_APPLY_LABEL:
      hearth_item_owner_popover_set_apply_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_item_owner_popover_class_init (HearthItemOwnerPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_item_owner_popover_dispose;
  object_class->finalize = hearth_item_owner_popover_finalize;
  object_class->get_property = hearth_item_owner_popover_get_property;
  object_class->set_property = hearth_item_owner_popover_set_property;

  properties[PROP_APPLY_LABEL] =
    g_param_spec_string ("apply-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-item-owner-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, choices);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, owner);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, colleague);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, other_name);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, dated);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, message);
  gtk_widget_class_bind_template_child (widget_class, HearthItemOwnerPopover, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);
}

static void
hearth_item_owner_popover_init (HearthItemOwnerPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_calendar (self->calendar);

  /* The first choice's name, as the template gives it, until an owner is set. */
  self->first_label = g_strdup (gtk_string_list_get_string (self->choices, OWNER_FIRST));
  gtk_entry_set_max_length (self->other_name, HEARTH_AGREEMENT_OWNER_MAX);
  changed_cb (self);
}

GtkWidget *
hearth_item_owner_popover_new (const char *apply_label)
{
  g_return_val_if_fail (apply_label != NULL, NULL);

  return g_object_new (HEARTH_TYPE_ITEM_OWNER_POPOVER, "apply-label", apply_label, NULL);
}

const char *
hearth_item_owner_popover_get_apply_label (HearthItemOwnerPopover *self)
{
  g_return_val_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self), NULL);

  return gtk_button_get_label (self->apply_button);
}

void
hearth_item_owner_popover_set_apply_label (HearthItemOwnerPopover *self,
                                           const char             *apply_label)
{
  g_return_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self));

  if (apply_label == NULL)
    apply_label = _("_Save");
  if (g_strcmp0 (apply_label, gtk_button_get_label (self->apply_button)) == 0)
    return;

  gtk_button_set_label (self->apply_button, apply_label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLY_LABEL]);
}

void
hearth_item_owner_popover_set_store (HearthItemOwnerPopover *self,
                                     HearthStore            *store)
{
  g_return_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->staff != NULL)
    {
      gtk_drop_down_set_model (self->colleague, NULL);
      g_clear_object (&self->staff);
    }
  if (gtk_drop_down_get_selected (self->owner) == OWNER_COLLEAGUE)
    load_staff (self);
}

void
hearth_item_owner_popover_set_owner (HearthItemOwnerPopover      *self,
                                     const HearthAgreementFields *fields,
                                     const char                  *staff_name)
{
  const char *kind;
  const char *due;

  g_return_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self));
  g_return_if_fail (fields != NULL);

  kind = fields->owner_kind != NULL ? fields->owner_kind : "staff";
  due = fields->due_on != NULL ? fields->due_on : "";

  /* Whoever has it now stays first, so saving a new date keeps them. */
  g_free (self->first_label);
  self->first_label = g_strdup (g_str_equal (kind, "staff") && staff_name != NULL && *staff_name != '\0'
                                ? staff_name : _("Me"));
  self->first_staff_id = g_str_equal (kind, "staff") ? fields->owner_staff_id : 0;
  gtk_string_list_splice (self->choices, OWNER_FIRST, 1, (const char *[]) { self->first_label, NULL });

  gtk_drop_down_set_selected (self->owner, g_str_equal (kind, "resident") ? OWNER_RESIDENT
                                           : g_str_equal (kind, "other") ? OWNER_OTHER : OWNER_FIRST);
  gtk_editable_set_text (GTK_EDITABLE (self->other_name),
                         g_str_equal (kind, "other") && fields->owner_name != NULL ? fields->owner_name : "");

  gtk_check_button_set_active (self->dated, *due != '\0');
  if (*due != '\0')
    {
      g_autofree char *iso = g_strconcat (due, "T12:00:00Z", NULL);
      g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, NULL);

      if (date != NULL)
        gtk_calendar_select_day (self->calendar, date);
    }
  changed_cb (self);
}

void
hearth_item_owner_popover_get_owner (HearthItemOwnerPopover *self,
                                     HearthAgreementFields  *fields)
{
  guint choice;

  g_return_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self));
  g_return_if_fail (fields != NULL);

  choice = gtk_drop_down_get_selected (self->owner);
  fields->owner_kind = "staff";
  fields->owner_staff_id = 0;
  fields->owner_name = NULL;
  fields->due_on = NULL;

  if (choice == OWNER_RESIDENT)
    fields->owner_kind = "resident";
  else if (choice == OWNER_OTHER)
    {
      fields->owner_kind = "other";
      fields->owner_name = gtk_editable_get_text (GTK_EDITABLE (self->other_name));
    }
  else if (choice == OWNER_COLLEAGUE)
    {
      HearthStaffMember *member = chosen_colleague (self);

      /* No one chosen yet is caught by _check(), never saved as "me". */
      fields->owner_staff_id = member != NULL ? hearth_staff_member_get_id (member) : -1;
    }
  else
    fields->owner_staff_id = self->first_staff_id;

  g_clear_pointer (&self->due_on, g_free);
  if (gtk_check_button_get_active (self->dated))
    {
      g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

      self->due_on = g_date_time_format (day, "%Y-%m-%d");
      fields->due_on = self->due_on;
    }
}

void
hearth_item_owner_popover_show_error (HearthItemOwnerPopover *self,
                                      const char             *message)
{
  g_return_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_label (self->message, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
  gtk_accessible_announce (GTK_ACCESSIBLE (self->message), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

gboolean
hearth_item_owner_popover_check (HearthItemOwnerPopover *self)
{
  g_autoptr(GError) error = NULL;
  HearthAgreementFields fields = { "-", NULL, 0, NULL, NULL };

  g_return_val_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self), FALSE);

  hearth_item_owner_popover_get_owner (self, &fields);
  if (fields.owner_staff_id < 0)
    {
      hearth_item_owner_popover_show_error (self, _("Choose which colleague will do it"));
      gtk_widget_grab_focus (GTK_WIDGET (self->colleague));
      return FALSE;
    }
  /* The model's own rules, so the popover refuses what a save would. */
  if (!hearth_agreement_fields_validate (&fields, &error))
    {
      hearth_item_owner_popover_show_error (self, error->message);
      if (g_str_equal (fields.owner_kind, "other"))
        gtk_widget_grab_focus (GTK_WIDGET (self->other_name));
      return FALSE;
    }
  return TRUE;
}

char *
hearth_item_owner_popover_dup_summary (HearthItemOwnerPopover *self)
{
  HearthAgreementFields fields = { NULL, NULL, 0, NULL, NULL };
  HearthStaffMember *member;
  const char *who;

  g_return_val_if_fail (HEARTH_IS_ITEM_OWNER_POPOVER (self), NULL);

  hearth_item_owner_popover_get_owner (self, &fields);
  switch (gtk_drop_down_get_selected (self->owner))
    {
    case OWNER_RESIDENT:
      who = _("The resident");
      break;

    case OWNER_OTHER:
      who = !hearth_text_is_blank (fields.owner_name) ? fields.owner_name : _("Someone else");
      break;

    case OWNER_COLLEAGUE:
      member = chosen_colleague (self);
      who = member != NULL ? hearth_staff_member_get_name (member) : _("A colleague");
      break;

    default:
      who = self->first_label;
      break;
    }

  if (fields.due_on != NULL)
    {
      g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
      /* Translators: a short due date in strftime format: "Fri 4 Dec". */
      g_autofree char *date = g_date_time_format (day, _("%a %-d %b"));

      /* Translators: who will do an agreed thing, and a short due date. */
      return g_strdup_printf (_("%s · by %s"), who, date);
    }
  return g_strdup (who);
}
