/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding and driving widgets under GTK's test accessibility backend
 * (GTK_A11Y=test): it keeps every widget's accessible properties and
 * relations where gtk_test_accessible_check_property () and its kin can
 * read them, so the tests find controls by the names people hear.
 */

#include "config.h"

#include <string.h>

#include "hearth-test-widgets.h"

#include "hearth-one-to-one-dialog.h"
#include "hearth-supervision-changes.h"
#include "hearth-test-utils.h"

/* --- Waiting for what is on screen -------------------------------------------- */


static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *drawn)
{
  *drawn = TRUE;
}

void
hearth_test_wait_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean drawn = FALSE;
  gulong handler;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (widget) &&
                             (clock = gtk_widget_get_frame_clock (widget)) != NULL);
  /* A frame asked for now is painted with whatever changed before it. */
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &drawn);
  gtk_widget_queue_draw (widget);
  HEARTH_TEST_ITERATE_UNTIL (drawn);
  g_signal_handler_disconnect (clock, handler);
}

void
hearth_test_present (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_window_present (window);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)) &&
                             gtk_widget_get_width (GTK_WIDGET (window)) > 0 &&
                             gtk_widget_get_height (GTK_WIDGET (window)) > 0);
  hearth_test_wait_drawn (GTK_WIDGET (window));
}

void
hearth_test_destroy (GtkWindow *window)
{
  GtkWindow *weak = window;

  g_return_if_fail (GTK_IS_WINDOW (window));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_destroy (window);
  /* Threads and idle callbacks may hold it a moment longer. */
  HEARTH_TEST_ITERATE_UNTIL (weak == NULL);
}

void
hearth_test_close_dialog (AdwDialog *dialog)
{
  AdwDialog *weak = dialog;

  g_return_if_fail (ADW_IS_DIALOG (dialog));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);
  adw_dialog_force_close (dialog);
  HEARTH_TEST_ITERATE_UNTIL (weak == NULL);
}

/* --- Finding widgets ------------------------------------------------------------ */

static GtkWidget *
find_nth (GtkWidget *widget,
          GType      type,
          guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*n)-- == 0)
        return child;
      if ((found = find_nth (child, type, n)) != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
hearth_test_find (GtkWidget *widget,
                  GType      type,
                  guint      n)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return find_nth (widget, type, &n);
}

/* @text without the underscores that mark mnemonics ("By a _date"). */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Whether @widget's accessible label is @name. Check buttons give theirs
 * with the mnemonic's underscore, which nobody hears. */
static gboolean
has_label (GtkWidget  *widget,
           const char *name)
{
  g_autofree char *differs = NULL;
  g_autofree char *heard = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  /* Where the label is not @name, the check gives the label instead. */
  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  if (differs == NULL)
    return TRUE;
  heard = strip_mnemonic (differs);
  return g_str_equal (heard, name);
}

/* Adds to @labels every widget at and below @widget whose accessible label
 * is @name: those that may label others. */
static void
collect_labels (GtkWidget  *widget,
                const char *name,
                GPtrArray  *labels)
{
  if (has_label (widget, name))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, name, labels);
}

/* Whether one of the widgets that label @widget is in @labels. The test
 * backend gives a relation only as text, each widget it refers to by its
 * type and address ("GtkLabel<0x…>"): the labels are looked for in it. */
static gboolean
labelled_by (GtkWidget *widget,
             GPtrArray *labels)
{
  g_autofree char *refs = NULL;

  if (labels->len == 0 ||
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  /* Checked against no widget at all, the check gives what it is instead. */
  refs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (guint i = 0; refs != NULL && i < labels->len; i++)
    {
      g_autofree char *ref = g_strdup_printf ("<%p>", labels->pdata[i]);

      if (strstr (refs, ref) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The roles whose name, when nobody gave them one, is the text inside
 * them, as GTK computes names (after WAI-ARIA's accname). */
static gboolean
named_by_content (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_OPTION:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether the text inside @widget, its shown parts' labels in order, is
 * @name. */
static void
add_content (GtkWidget *widget,
             GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        {
          const char *shown = gtk_label_get_text (GTK_LABEL (child));

          if (*shown != '\0')
            g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", shown);
        }
      else
        add_content (child, text);
    }
}

static gboolean
is_named (GtkWidget  *widget,
          const char *name,
          GPtrArray  *labels)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  gboolean labelled;

  if (has_label (widget, name) || labelled_by (widget, labels))
    return TRUE;

  labelled = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
             gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  if (!labelled && named_by_content (widget))
    {
      g_autoptr(GString) content = g_string_new (NULL);

      add_content (widget, content);
      if (content->len > 0)
        return g_str_equal (content->str, name);
    }
  /* An icon button with only a tooltip is named by it. */
  return !labelled && g_strcmp0 (gtk_widget_get_tooltip_text (widget), name) == 0;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *name,
            GPtrArray  *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && is_named (child, name, labels))
        return child;
      if ((found = find_named (child, type, name, labels)) != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
hearth_test_find_named (GtkWidget  *widget,
                        GType       type,
                        const char *name)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *top = widget;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* What labels a widget may stand anywhere in its window. */
  while (gtk_widget_get_parent (top) != NULL)
    top = gtk_widget_get_parent (top);
  collect_labels (top, name, labels);

  return find_named (widget, type, name, labels);
}

GtkWidget *
hearth_test_find_labelled (GtkWidget  *widget,
                           const char *name)
{
  return hearth_test_find_named (widget, GTK_TYPE_WIDGET, name);
}

/* --- Driving them by keyboard --------------------------------------------------- */

void
hearth_test_press (GtkWidget *widget)
{
  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_focusable (widget));
  g_assert_true (gtk_widget_is_sensitive (widget));
  g_assert_true (gtk_widget_grab_focus (widget));
  /* As a person would: the key goes to the control once it is its window's
   * focus and is drawn with it. (Not has_focus: the display tests share one
   * X server, and another test's window may hold the server's focus.) */
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_is_focus (widget));
  hearth_test_wait_drawn (widget);
  g_assert_true (gtk_widget_activate (widget));
}

static AdwDialog *
visible_dialog (GtkWindow *window)
{
  if (ADW_IS_APPLICATION_WINDOW (window))
    return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_WINDOW (window))
    return adw_window_get_visible_dialog (ADW_WINDOW (window));
  return NULL;
}

void
hearth_test_destroy_with_dialogs (GtkWindow *window)
{
  AdwDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));

  while ((dialog = visible_dialog (window)) != NULL)
    hearth_test_close_dialog (dialog);
  hearth_test_destroy (window);
}

/* --- One-to-ones ---------------------------------------------------------------- */

HearthStore *
hearth_test_team_new (char   **dir,
                      gint64   now,
                      gint64  *priya_pair)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (priya_pair != NULL, NULL);

  store = hearth_test_store_new (dir, now);
  g_assert_true (hearth_store_exec (store,
                                    "INSERT INTO staff (id, name) VALUES (1, 'Margaret Okoye'),"
                                    "  (2, 'Priya Raman'), (3, 'Kwame Mensah')", &error));
  g_assert_no_error (error);
  hearth_store_set_actor (store, HEARTH_TEST_MARGARET);
  *priya_pair = hearth_supervision_pair_create (store, HEARTH_TEST_MARGARET, HEARTH_TEST_PRIYA, 4,
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (*priya_pair, >, 0);

  return store;
}

HearthSupervisionPage *
hearth_test_supervision_page_new (HearthStore  *store,
                                  AdwWindow   **window)
{
  HearthSupervisionPage *page;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (window != NULL, NULL);

  /* GTK holds a window until it is destroyed. */
  *window = ADW_WINDOW (adw_window_new ());
  gtk_window_set_default_size (GTK_WINDOW (*window), 1280, 800);
  page = g_object_new (HEARTH_TYPE_SUPERVISION_PAGE, NULL);
  adw_window_set_content (*window, GTK_WIDGET (page));
  hearth_supervision_page_set_store (page, store);
  hearth_test_present (GTK_WINDOW (*window));

  return page;
}

AdwDialog *
hearth_test_open_one_to_one (HearthStore *store,
                             gint64       actor,
                             gint64       supervision_id,
                             GtkWidget   *parent)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  hearth_store_set_actor (store, actor);
  dialog = hearth_one_to_one_dialog_new (store, supervision_id, &error);
  g_assert_no_error (error);
  g_assert_true (ADW_IS_DIALOG (dialog));
  adw_dialog_present (dialog, parent);
  hearth_test_wait_drawn (GTK_WIDGET (dialog));

  return dialog;
}

/* --- Announcements -------------------------------------------------------------- */

static char *announcement;

/* GTK 4.18's test accessibility backend does not implement announcing, and
 * gtk_accessible_announce () there calls a function that is not set, which
 * crashes. The display tests link this file whole, so this definition
 * stands in for GTK's, for Hearth's own calls and libadwaita's: it keeps
 * the message for hearth_test_get_announcement (). */
void
gtk_accessible_announce (GtkAccessible                     *self,
                         const char                        *message,
                         GtkAccessibleAnnouncementPriority  priority)
{
  g_return_if_fail (GTK_IS_ACCESSIBLE (self));
  g_return_if_fail (message != NULL);

  g_free (announcement);
  announcement = g_strdup (message);
}

const char *
hearth_test_get_announcement (void)
{
  return announcement;
}
