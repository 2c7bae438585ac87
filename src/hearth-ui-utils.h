/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Registers Hearth's resources (templates, style); safe to call repeatedly. */
void  hearth_ui_init            (void);

/* Names the month and year arrows of @calendar, which GTK 4.18 leaves
 * unnamed for screen readers. */
void  hearth_name_calendar      (GtkCalendar *calendar);

/* "Today, 14:05", "Yesterday, 09:30", "Monday, 11:00", "12 Nov 2026". */
char *hearth_format_time        (gint64      unix_time);
/* "14:05". */
char *hearth_format_clock       (gint64      unix_time);
/* "Today", "Yesterday", "Monday 16 November", "Sunday 12 October 2025". */
char *hearth_format_day         (gint64      unix_time);
/* "12 Nov 2026" from "2026-11-12"; the input back when it is not a date. */
char *hearth_format_date        (const char *iso_date);
/* "£1,234.56" from pence; empty for a negative (unset) amount. */
char *hearth_format_pence       (gint64      pence);

/* Shows @stack's "list" child while @model has items and its "empty" child
 * when it has none, following the model's changes. */
void  hearth_bind_empty_state   (GtkStack   *stack,
                                 GListModel *model);

/* For @bin, whose child is an AdwBreakpointBin around @content: asks for
 * the height @content needs at the width it is given. A breakpoint bin asks
 * only for its height-request, so that its child may change shape with the
 * width, and a short window would cut the child off; the areas around @bin
 * give way instead. */
void  hearth_size_to_content     (AdwBin     *bin,
                                  GtkWidget  *content);

/* Gives @view (a GtkListView or GtkGridView) @model once it is first shown.
 * A list view builds and binds its first two hundred rows as soon as it has
 * a model, shown or not: a list on a page nobody has opened yet would
 * otherwise be read and built as the window starts. */
void  hearth_set_model_when_shown (GtkWidget         *view,
                                   GtkSelectionModel *model);

/* Lets the choice shown in @dropdown, over a GtkStringList, end in "…"
 * when the row it sits in has no room for it (a long name or a Welsh word
 * on a phone); the list it opens shows every choice whole, the chosen one
 * with its check mark. */
void  hearth_drop_down_shorten    (GtkDropDown       *dropdown);

/* Shows the content pane of @split_view (or the sidebar, when @show_content
 * is FALSE). Use it instead of adw_navigation_split_view_set_show_content ():
 * libadwaita 1.7 marks a collapsed split view as "changing page" and clears
 * the mark in an idle callback that holds no reference, so a window closed
 * before that idle runs has it write into freed memory, seen as crashes
 * much later in whichever object was given that memory. The idle goes when
 * @split_view does. */
void  hearth_split_view_show_content (AdwNavigationSplitView *split_view,
                                      gboolean                show_content);

/* A list item factory for the row template at @resource, whose expressions
 * may call the closures above by name (hearth_format_time, hearth_format_date,
 * hearth_format_pence) and hearth_is_set (TRUE for a non-empty string). */
GtkListItemFactory *hearth_list_factory_new (const char *resource);

/* An alert that asks before a step: @cancel_label (response "cancel",
 * also what closing it answers) and @action_label (response @action_id),
 * drawn with @appearance. The default response is the safe one when the
 * step is destructive, the step itself otherwise. */
AdwDialog *hearth_confirm_new (const char            *heading,
                               const char            *body,
                               const char            *cancel_label,
                               const char            *action_id,
                               const char            *action_label,
                               AdwResponseAppearance  appearance);

/* What to tell a person when saving @file failed with @error: a full disk and
 * a folder that cannot be written to are said in plain words. */
char *hearth_dup_save_error (GFile        *file,
                             const GError *error);

G_END_DECLS
