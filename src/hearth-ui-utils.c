/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "hearth-resources.h"
#include "hearth-ui-utils.h"
#include "hearth-money.h"

void
hearth_ui_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      hearth_register_resource ();
      g_once_init_leave (&done, 1);
    }
}

char *
hearth_format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = NULL;
  int days;

  if (unix_time <= 0)
    return g_strdup ("");

  then = g_date_time_new_from_unix_local (unix_time);
  if (then == NULL)
    return g_strdup ("");

  days = g_date_time_get_day_of_year (now) - g_date_time_get_day_of_year (then);
  if (g_date_time_get_year (now) != g_date_time_get_year (then))
    days = G_MAXINT;

  if (days == 0)
    /* Translators: a time today, in strftime format (see g_date_time_format). */
    return g_date_time_format (then, _("Today, %H:%M"));
  if (days == 1)
    /* Translators: a time yesterday, in strftime format. */
    return g_date_time_format (then, _("Yesterday, %H:%M"));
  if (days > 1 && days < 7)
    /* Translators: a time in the last week: weekday and time, in strftime format. */
    return g_date_time_format (then, _("%A, %H:%M"));

  /* Translators: a date in strftime format, e.g. 12 Nov 2026. */
  return g_date_time_format (then, _("%-d %b %Y"));
}

char *
hearth_format_clock (gint64 unix_time)
{
  g_autoptr(GDateTime) then = NULL;

  if (unix_time <= 0 || (then = g_date_time_new_from_unix_local (unix_time)) == NULL)
    return g_strdup ("");

  /* Translators: a time of day in strftime format, e.g. 14:05. */
  return g_date_time_format (then, _("%H:%M"));
}

char *
hearth_format_day (gint64 unix_time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) day = NULL;
  char *text;
  int days;

  if (unix_time <= 0 || (then = g_date_time_new_from_unix_local (unix_time)) == NULL)
    return g_strdup ("");

  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  day = g_date_time_new_local (g_date_time_get_year (then), g_date_time_get_month (then),
                               g_date_time_get_day_of_month (then), 0, 0, 0);
  /* Whole days between midnights; a clock change makes a day 23 or 25 hours. */
  days = (int) ((g_date_time_difference (today, day) + G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (g_date_time_get_year (now) == g_date_time_get_year (then))
    /* Translators: a day this year, in strftime format: Monday 16 November. */
    text = g_date_time_format (then, _("%A %-d %B"));
  else
    /* Translators: a day in another year, in strftime format: Monday 16 November 2025. */
    text = g_date_time_format (then, _("%A %-d %B %Y"));

  return text;
}

char *
hearth_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");

  iso = g_strconcat (iso_date, "T12:00:00Z", NULL);
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  if (dt == NULL)
    return g_strdup (iso_date);

  return g_date_time_format (dt, _("%-d %b %Y"));
}

char *
hearth_format_pence (gint64 pence)
{
  if (pence < 0)
    return g_strdup ("");

  return hearth_money_format (pence);
}

static void
update_empty_state (GtkStack   *stack,
                    GListModel *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (stack, empty ? "empty" : "list");
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkStack   *stack)
{
  update_empty_state (stack, model);
}

static void
n_items_cb (GListModel *model,
            GParamSpec *pspec,
            GtkStack   *stack)
{
  update_empty_state (stack, model);
}

void
hearth_bind_empty_state (GtkStack   *stack,
                         GListModel *model)
{
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (G_IS_LIST_MODEL (model));

  /* A model that says when its length changes is followed by that: a
   * query model announces a large replacement (a search's results) as a
   * removal and then an addition, and the list seen empty in between
   * switched the stack to its empty page and back, each switch measuring
   * and laying out the page within the same keystroke. */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (model), "n-items") != NULL)
    g_signal_connect_object (model, "notify::n-items", G_CALLBACK (n_items_cb), stack, 0);
  else
    g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), stack, 0);
  update_empty_state (stack, model);
}

static char *
format_time_closure (gpointer this_,
                     gint64   unix_time)
{
  return hearth_format_time (unix_time);
}

static char *
format_date_closure (gpointer    this_,
                     const char *iso_date)
{
  return hearth_format_date (iso_date);
}

static char *
format_pence_closure (gpointer this_,
                      gint64   pence)
{
  return hearth_format_pence (pence);
}

static gboolean
is_set_closure (gpointer    this_,
                const char *text)
{
  return text != NULL && *text != '\0';
}

static char *
responded_closure (gpointer this_,
                   guint    submitted,
                   guint    invited)
{
  /* Translators: how many of the people asked for feedback have given it. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u responded",
                                       "%u of %u responded", invited),
                          submitted, invited);
}

static char *
closes_closure (gpointer    this_,
                const char *iso_date)
{
  g_autofree char *date = hearth_format_date (iso_date);

  /* Translators: when a feedback cycle stops taking responses. */
  return g_strdup_printf (_("Closes %s"), date);
}

static char *
with_closure (gpointer    this_,
              const char *name,
              guint       open_actions)
{
  if (open_actions == 0)
    /* Translators: whom a one-to-one was with. */
    return g_strdup_printf (_("With %s"), name);

  /* Translators: whom a one-to-one was with, and the actions still open. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "With %s · %u action still open",
                                       "With %s · %u actions still open", open_actions),
                          name, open_actions);
}

GtkListItemFactory *
hearth_list_factory_new (const char *resource)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();

  g_return_val_if_fail (resource != NULL, NULL);

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_format_time",
                                          G_CALLBACK (format_time_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_format_date",
                                          G_CALLBACK (format_date_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_format_pence",
                                          G_CALLBACK (format_pence_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_is_set",
                                          G_CALLBACK (is_set_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_responded",
                                          G_CALLBACK (responded_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_closes",
                                          G_CALLBACK (closes_closure));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hearth_with",
                                          G_CALLBACK (with_closure));

  return gtk_builder_list_item_factory_new_from_resource (scope, resource);
}

char *
hearth_dup_save_error (GFile        *file,
                       const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return g_strdup_printf (_("Could not save “%s”: that folder cannot be written to. "
                              "Choose another folder."), name);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return g_strdup_printf (_("Could not save “%s”: the disk is full. Make some room, or "
                              "choose another place."), name);

  return g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
}







static void
unref_model (gpointer  model,
             GClosure *closure)
{
  g_object_unref (model);
}

static void
set_model_on_map_cb (GtkWidget         *view,
                     GtkSelectionModel *model)
{
  /* The view holds the model before the handler lets go of it. */
  g_object_set (view, "model", model, NULL);
  g_signal_handlers_disconnect_by_func (view, set_model_on_map_cb, model);
}

void
hearth_set_model_when_shown (GtkWidget         *view,
                             GtkSelectionModel *model)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (view) || GTK_IS_GRID_VIEW (view));
  g_return_if_fail (GTK_IS_SELECTION_MODEL (model));

  if (gtk_widget_get_mapped (view))
    g_object_set (view, "model", model, NULL);
  else
    /* Held until then; a view destroyed unshown lets go of it. */
    g_signal_connect_data (view, "map", G_CALLBACK (set_model_on_map_cb), g_object_ref (model),
                           unref_model, 0);
}

static void
size_to_content_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *content = g_object_get_data (G_OBJECT (widget), "hearth-content");

  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size,
                      minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL && content != NULL)
    {
      int content_minimum, content_natural;

      gtk_widget_measure (content, orientation, for_size, &content_minimum, &content_natural,
                          NULL, NULL);
      *minimum = MAX (*minimum, content_minimum);
      *natural = MAX (*natural, content_natural);
    }
}

static void
size_to_content_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

static gboolean
queue_resize_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

static void
setup_short_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_list_item_set_child (item, label);
}

static void
bind_short_label_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (string));
}

static void
drop_pending_work_cb (GtkWidget *split_view)
{
  GSource *source;

  while ((source = g_main_context_find_source_by_user_data (NULL, split_view)) != NULL)
    g_source_destroy (source);
}

void
hearth_split_view_show_content (AdwNavigationSplitView *split_view,
                                gboolean                show_content)
{
  g_return_if_fail (ADW_IS_NAVIGATION_SPLIT_VIEW (split_view));

  /* Work still queued for the split view when it goes holds no reference
   * to it, or it would not be going: it is dropped with it. */
  if (g_signal_handler_find (split_view, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, drop_pending_work_cb, NULL) == 0)
    g_signal_connect (split_view, "destroy", G_CALLBACK (drop_pending_work_cb), NULL);
  adw_navigation_split_view_set_show_content (split_view, show_content);
}

void
hearth_drop_down_shorten (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  g_signal_connect (button, "setup", G_CALLBACK (setup_short_label_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (bind_short_label_cb), NULL);
  /* The expression first: setting it puts back GTK's own factory, which
   * then stays for the list. */
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_list_factory (dropdown, gtk_drop_down_get_factory (dropdown));
  gtk_drop_down_set_factory (dropdown, button);
}

/* A breakpoint changes the shape while the bin is being laid out, too late
 * for the size asked for above it: it is measured again next frame. */
static void
breakpoint_changed_cb (GtkWidget *bin)
{
  gtk_widget_add_tick_callback (bin, queue_resize_cb, NULL, NULL);
}

void
hearth_size_to_content (AdwBin    *bin,
                        GtkWidget *content)
{
  GtkWidget *breakpoint_bin;

  g_return_if_fail (ADW_IS_BIN (bin));
  g_return_if_fail (GTK_IS_WIDGET (content));

  breakpoint_bin = adw_bin_get_child (bin);
  g_return_if_fail (ADW_IS_BREAKPOINT_BIN (breakpoint_bin));
  g_return_if_fail (gtk_widget_is_ancestor (content, breakpoint_bin));

  g_object_set_data (G_OBJECT (bin), "hearth-content", content);
  gtk_widget_set_layout_manager (GTK_WIDGET (bin),
                                 gtk_custom_layout_new (NULL, size_to_content_measure,
                                                        size_to_content_allocate));
  g_signal_connect_object (breakpoint_bin, "notify::current-breakpoint",
                           G_CALLBACK (breakpoint_changed_cb), bin, G_CONNECT_SWAPPED);
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_buttons (child, buttons);
    }
}

/**
 * hearth_name_calendar:
 * @calendar: a calendar
 *
 * GtkCalendar's four arrows (month back and on, year back and on, in that
 * order in its header) reach the accessibility bus with no name in GTK
 * 4.18; this names them. A calendar built otherwise is left as it is.
 */
void
hearth_name_calendar (GtkCalendar *calendar)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  const char *names[] = {
    N_("Previous month"), N_("Next month"), N_("Previous year"), N_("Next year"),
  };

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  collect_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (names))
    return;

  for (guint i = 0; i < buttons->len; i++)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (buttons, i)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[i]), -1);
      gtk_widget_set_tooltip_text (g_ptr_array_index (buttons, i), _(names[i]));
    }
}

AdwDialog *
hearth_confirm_new (const char            *heading,
                    const char            *body,
                    const char            *cancel_label,
                    const char            *action_id,
                    const char            *action_label,
                    AdwResponseAppearance  appearance)
{
  AdwDialog *alert;

  g_return_val_if_fail (heading != NULL && action_id != NULL, NULL);

  alert = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", cancel_label,
                                  action_id, action_label,
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), action_id, appearance);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert),
                                         appearance == ADW_RESPONSE_DESTRUCTIVE ? "cancel"
                                                                                : action_id);
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  return alert;
}
