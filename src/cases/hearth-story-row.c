/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-cases"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-case.h"
#include "hearth-story-row.h"
#include "hearth-ui-utils.h"

struct _HearthStoryRow
{
  GtkBox               parent_instance;

  /* template widgets */
  GtkLabel            *where_label;
  GtkMenuButton       *move_button;

  /* owned */
  HearthQueryModel    *cases;
  HearthTimelineEntry *entry;
};

G_DEFINE_FINAL_TYPE (HearthStoryRow, hearth_story_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CASES,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Note · Today, 14:05 · Priya Raman". */
static char *
meta_text (HearthStoryRow *self,
           const char     *kind_label,
           gint64          occurred_at,
           const char     *author)
{
  g_autofree char *when = hearth_format_time (occurred_at);

  if (kind_label == NULL)
    return g_strdup ("");
  return g_strjoin (" · ", kind_label, when, author != NULL && *author != '\0' ? author : NULL, NULL);
}

/* "Move into Case" offers the resident's open cases. */
static GMenuModel *
dup_move_menu (HearthStoryRow *self)
{
  GMenu *menu = g_menu_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cases));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthCase) item = g_list_model_get_item (G_LIST_MODEL (self->cases), i);
      g_autoptr(GMenuItem) menu_item = NULL;

      if (!hearth_case_get_is_open (item))
        continue;
      menu_item = g_menu_item_new (hearth_case_get_title (item), NULL);
      g_menu_item_set_action_and_target_value (menu_item, "story.move",
                                               g_variant_new ("(xx)",
                                                              hearth_timeline_entry_get_id (self->entry),
                                                              hearth_case_get_id (item)));
      g_menu_append_item (menu, menu_item);
    }
  return G_MENU_MODEL (menu);
}

/* Which case the entry is in, and the way to move a note into one: both
 * follow the entry and the resident's cases. */
static void
update_case (HearthStoryRow *self)
{
  g_autoptr(HearthCase) item = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  g_autofree char *where = NULL;
  gboolean can_move;
  gint64 case_id;
  guint position;

  if (self->entry == NULL || self->cases == NULL)
    return;

  case_id = hearth_timeline_entry_get_case_id (self->entry);
  position = case_id > 0 ? hearth_query_model_find_id (self->cases, case_id) : G_MAXUINT;
  if (position != G_MAXUINT)
    item = g_list_model_get_item (G_LIST_MODEL (self->cases), position);

  if (item != NULL)
    /* Translators: which case a timeline entry belongs to. */
    where = g_strdup_printf (_("Case: %s"), hearth_case_get_title (item));
  else
    where = g_strdup (_("Not in a case yet"));
  gtk_label_set_label (self->where_label, where);

  gtk_widget_set_visible (GTK_WIDGET (self->move_button), case_id == 0);
  if (case_id != 0)
    return;

  menu = dup_move_menu (self);
  can_move = g_menu_model_get_n_items (menu) > 0;
  gtk_menu_button_set_menu_model (self->move_button, menu);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), can_move);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->move_button),
                               can_move ? _("This note was written before a case was opened")
                                        : _("Open a case for this resident to move the note into it"));
}

static void
set_cases (HearthStoryRow   *self,
           HearthQueryModel *cases)
{
  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_func (self->cases, update_case, self);
  g_set_object (&self->cases, cases);
  /* A case renamed, opened or closed. */
  if (cases != NULL)
    g_signal_connect_object (cases, "items-changed", G_CALLBACK (update_case), self,
                             G_CONNECT_SWAPPED);
  update_case (self);
}

static void
hearth_story_row_dispose (GObject *object)
{
  HearthStoryRow *self = HEARTH_STORY_ROW (object);

  hearth_story_row_set_entry (self, NULL);
  set_cases (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_STORY_ROW);

  G_OBJECT_CLASS (hearth_story_row_parent_class)->dispose (object);
}

static void
hearth_story_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthStoryRow *self = HEARTH_STORY_ROW (object);

  switch (prop_id)
    {
    case PROP_CASES:
      g_value_set_object (value, self->cases);
      break;
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_story_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthStoryRow *self = HEARTH_STORY_ROW (object);

  switch (prop_id)
    {
    case PROP_CASES:
      set_cases (self, g_value_get_object (value));
      break;
    case PROP_ENTRY:
      hearth_story_row_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_story_row_class_init (HearthStoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_story_row_dispose;
  object_class->get_property = hearth_story_row_get_property;
  object_class->set_property = hearth_story_row_set_property;

  properties[PROP_CASES] =
    g_param_spec_object ("cases", NULL, NULL, HEARTH_TYPE_QUERY_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, HEARTH_TYPE_TIMELINE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_TIMELINE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/cases/hearth-story-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStoryRow, where_label);
  gtk_widget_class_bind_template_child (widget_class, HearthStoryRow, move_button);
  gtk_widget_class_bind_template_callback (widget_class, meta_text);
}

static void
hearth_story_row_init (HearthStoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_story_row_new (HearthQueryModel *cases)
{
  g_return_val_if_fail (HEARTH_IS_QUERY_MODEL (cases), NULL);

  return g_object_new (HEARTH_TYPE_STORY_ROW, "cases", cases, NULL);
}

HearthTimelineEntry *
hearth_story_row_get_entry (HearthStoryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_STORY_ROW (self), NULL);

  return self->entry;
}

void
hearth_story_row_set_entry (HearthStoryRow      *self,
                            HearthTimelineEntry *entry)
{
  g_return_if_fail (HEARTH_IS_STORY_ROW (self));
  g_return_if_fail (entry == NULL || HEARTH_IS_TIMELINE_ENTRY (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, update_case, self);
  g_set_object (&self->entry, entry);
  /* A note moved into a case stays the same item: the row follows it. */
  if (entry != NULL)
    g_signal_connect_object (entry, "notify::case-id", G_CALLBACK (update_case), self,
                             G_CONNECT_SWAPPED);
  update_case (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
