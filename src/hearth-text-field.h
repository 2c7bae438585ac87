/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_TEXT_FIELD (hearth_text_field_get_type ())

G_DECLARE_FINAL_TYPE (HearthTextField, hearth_text_field, HEARTH, TEXT_FIELD, AdwBin)

/* A few lines of text a person writes, with a heading and a counter that
 * shows as the text nears its limit (in characters) and turns to an error
 * past it: nothing is cut off silently. */
GtkWidget  *hearth_text_field_new          (const char      *title,
                                            guint            max_chars);
const char *hearth_text_field_get_title    (HearthTextField *self);
/* Newly allocated. */
char       *hearth_text_field_dup_text     (HearthTextField *self);
void        hearth_text_field_set_text     (HearthTextField *self,
                                            const char      *text);
guint       hearth_text_field_get_max_chars (HearthTextField *self);
/* Within the limit. */
gboolean    hearth_text_field_get_fits     (HearthTextField *self);
GtkTextView *hearth_text_field_get_view    (HearthTextField *self);

G_END_DECLS
