/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include "hearth-colleague-list.h"
#include "hearth-staff-member.h"

struct _HearthColleagueList
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  AdwComboRow         *chooser_row;
  GtkButton           *add_button;
  GtkListBox          *chosen_list;

  /* owned */
  HearthQueryModel    *staff;
  GListStore          *chosen;          /* HearthStaffMember, in the order added */
  GtkExpression       *subtitle_expression;
  char                *add_label;
  char                *list_label;
  char                *remove_label;    /* %s stands for the name */
  char                *empty_subtitle;
};

G_DEFINE_FINAL_TYPE (HearthColleagueList, hearth_colleague_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_STAFF,
  PROP_CHOOSER_TITLE,
  PROP_ADD_LABEL,
  PROP_LIST_LABEL,
  PROP_REMOVE_LABEL,
  PROP_EMPTY_SUBTITLE,
  PROP_SUBTITLE_EXPRESSION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_chosen (HearthColleagueList *self,
           gint64               id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthStaffMember) member = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (hearth_staff_member_get_id (member) == id)
        return TRUE;
    }
  return FALSE;
}

static char *
dup_subtitle (HearthColleagueList *self,
              HearthStaffMember   *member)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->subtitle_expression == NULL ||
      !gtk_expression_evaluate (self->subtitle_expression, member, &value) ||
      !G_VALUE_HOLDS_STRING (&value))
    return NULL;
  return g_value_dup_string (&value);
}

/* "Remove Priya Raman from the case". */
static char *
dup_remove_label (HearthColleagueList *self,
                  const char          *name)
{
  g_autoptr(GString) label = g_string_new (self->remove_label);

  /* Not a printf format: the label comes from the template. */
  g_string_replace (label, "%s", name, 1);
  return g_string_free (g_steal_pointer (&label), FALSE);
}

static void
update_chosen_list (HearthColleagueList *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->chosen)) > 0);
}

static void
update_chooser_subtitle (HearthColleagueList *self)
{
  gboolean empty = self->staff == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->staff)) == 0;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->chooser_row),
                               empty && self->empty_subtitle != NULL ? self->empty_subtitle : "");
}

static void
remove_clicked_cb (HearthColleagueList *self,
                   GtkButton           *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  g_assert (row != NULL);

  g_list_store_remove (self->chosen, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  update_chosen_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->chooser_row));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The rows are built here, from the colleagues chosen: a handful at most
 * (on the sample team, two others on the busiest case and three ambassadors
 * at a session), each a name, what they do and a button. */
static GtkWidget *
create_chosen_row (gpointer item,
                   gpointer user_data)
{
  HearthColleagueList *self = user_data;
  HearthStaffMember *member = item;
  const char *name = hearth_staff_member_get_name (member);
  g_autofree char *subtitle = dup_subtitle (self, member);
  g_autofree char *label = dup_remove_label (self, name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
add_clicked_cb (HearthColleagueList *self)
{
  HearthStaffMember *member = adw_combo_row_get_selected_item (self->chooser_row);

  if (member == NULL || is_chosen (self, hearth_staff_member_get_id (member)))
    return;

  g_list_store_append (self->chosen, member);
  update_chosen_list (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
hearth_colleague_list_dispose (GObject *object)
{
  HearthColleagueList *self = HEARTH_COLLEAGUE_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_COLLEAGUE_LIST);

  g_clear_object (&self->chosen);
  g_clear_object (&self->staff);
  g_clear_pointer (&self->subtitle_expression, gtk_expression_unref);

  G_OBJECT_CLASS (hearth_colleague_list_parent_class)->dispose (object);
}

static void
hearth_colleague_list_finalize (GObject *object)
{
  HearthColleagueList *self = HEARTH_COLLEAGUE_LIST (object);

  g_free (self->add_label);
  g_free (self->list_label);
  g_free (self->remove_label);
  g_free (self->empty_subtitle);

  G_OBJECT_CLASS (hearth_colleague_list_parent_class)->finalize (object);
}

static void
hearth_colleague_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthColleagueList *self = HEARTH_COLLEAGUE_LIST (object);

  switch (prop_id)
    {
    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;
    case PROP_CHOOSER_TITLE:
      g_value_set_string (value, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->chooser_row)));
      break;
    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;
    case PROP_LIST_LABEL:
      g_value_set_string (value, self->list_label);
      break;
    case PROP_REMOVE_LABEL:
      g_value_set_string (value, self->remove_label);
      break;
    case PROP_EMPTY_SUBTITLE:
      g_value_set_string (value, self->empty_subtitle);
      break;
    case PROP_SUBTITLE_EXPRESSION:
      gtk_value_set_expression (value, self->subtitle_expression);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_colleague_list_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthColleagueList *self = HEARTH_COLLEAGUE_LIST (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_STAFF:
      hearth_colleague_list_set_staff (self, g_value_get_object (value));
      break;
    case PROP_CHOOSER_TITLE:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chooser_row), g_value_get_string (value));
      break;
    case PROP_ADD_LABEL:
      text = g_value_get_string (value);
      set_string (&self->add_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      break;
    case PROP_LIST_LABEL:
      text = g_value_get_string (value);
      set_string (&self->list_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->chosen_list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      break;
    case PROP_REMOVE_LABEL:
      set_string (&self->remove_label, g_value_get_string (value));
      break;
    case PROP_EMPTY_SUBTITLE:
      set_string (&self->empty_subtitle, g_value_get_string (value));
      update_chooser_subtitle (self);
      break;
    case PROP_SUBTITLE_EXPRESSION:
      g_clear_pointer (&self->subtitle_expression, gtk_expression_unref);
      self->subtitle_expression = gtk_value_dup_expression (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_colleague_list_class_init (HearthColleagueListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_colleague_list_dispose;
  object_class->finalize = hearth_colleague_list_finalize;
  object_class->get_property = hearth_colleague_list_get_property;
  object_class->set_property = hearth_colleague_list_set_property;

  properties[PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL, HEARTH_TYPE_QUERY_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The chooser's title. */
  properties[PROP_CHOOSER_TITLE] =
    g_param_spec_string ("chooser-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* The Add button's name for screen readers. */
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* The list of those chosen, named for screen readers. */
  properties[PROP_LIST_LABEL] =
    g_param_spec_string ("list-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* A remove button's tooltip and name, where %s stands for the name. */
  properties[PROP_REMOVE_LABEL] =
    g_param_spec_string ("remove-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Said under the chooser when there is no one to choose. */
  properties[PROP_EMPTY_SUBTITLE] =
    g_param_spec_string ("empty-subtitle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* What a chosen colleague's row says under their name: a string
   * expression on the HearthStaffMember. */
  properties[PROP_SUBTITLE_EXPRESSION] =
    gtk_param_spec_expression ("subtitle-expression", NULL, NULL,
                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthColleagueList::changed:
   *
   * Someone was added or removed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_STAFF_MEMBER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/hearth-colleague-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthColleagueList, chooser_row);
  gtk_widget_class_bind_template_child (widget_class, HearthColleagueList, add_button);
  gtk_widget_class_bind_template_child (widget_class, HearthColleagueList, chosen_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
hearth_colleague_list_init (HearthColleagueList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chosen = g_list_store_new (HEARTH_TYPE_STAFF_MEMBER);
  gtk_list_box_bind_model (self->chosen_list, G_LIST_MODEL (self->chosen), create_chosen_row,
                           self, NULL);
}

HearthQueryModel *
hearth_colleague_list_get_staff (HearthColleagueList *self)
{
  g_return_val_if_fail (HEARTH_IS_COLLEAGUE_LIST (self), NULL);

  return self->staff;
}

void
hearth_colleague_list_set_staff (HearthColleagueList *self,
                                 HearthQueryModel    *staff)
{
  g_return_if_fail (HEARTH_IS_COLLEAGUE_LIST (self));
  g_return_if_fail (staff == NULL || HEARTH_IS_QUERY_MODEL (staff));

  if (!g_set_object (&self->staff, staff))
    return;

  adw_combo_row_set_model (self->chooser_row, G_LIST_MODEL (staff));
  update_chooser_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF]);
}

GArray *
hearth_colleague_list_dup_ids (HearthColleagueList *self)
{
  GArray *ids;
  guint n;

  g_return_val_if_fail (HEARTH_IS_COLLEAGUE_LIST (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthStaffMember) member = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
      gint64 id = hearth_staff_member_get_id (member);

      g_array_append_val (ids, id);
    }
  return ids;
}

void
hearth_colleague_list_set_ids (HearthColleagueList *self,
                               const gint64        *ids,
                               guint                n_ids)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (HEARTH_IS_COLLEAGUE_LIST (self));
  g_return_if_fail (n_ids == 0 || ids != NULL);

  for (guint i = 0; self->staff != NULL && i < n_ids; i++)
    {
      guint position = hearth_query_model_find_id (self->staff, ids[i]);

      if (position != G_MAXUINT)
        g_ptr_array_add (members, g_list_model_get_item (G_LIST_MODEL (self->staff), position));
    }

  g_list_store_splice (self->chosen, 0, g_list_model_get_n_items (G_LIST_MODEL (self->chosen)),
                       members->pdata, members->len);
  update_chosen_list (self);
  g_signal_emit (self, signals[CHANGED], 0);
}
