/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-bar-chart.h"
#include "hearth-chart-drawing.h"

#define MAX_COLUMN_WIDTH 44.f
#define ROW_SPACING      6.f
#define GAP              6.f

typedef struct
{
  char   *label;
  gint64  values[2];
  char   *texts[2];
  char   *shown[2];   /* over the column, or NULL for texts */
  char   *spoken;     /* the label for screen readers, or NULL for label */
} Bar;

struct _HearthBarChart
{
  GtkWidget       parent_instance;

  GtkOrientation  orientation;

  /* owned */
  char           *title;
  char           *series[2];
  GArray         *bars;      /* of Bar */
};

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthBarChart, hearth_bar_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ORIENTABLE, NULL))

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS,
  PROP_ORIENTATION = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
clear_bar (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->texts[0]);
  g_free (bar->texts[1]);
  g_free (bar->shown[0]);
  g_free (bar->shown[1]);
  g_free (bar->spoken);
}

static const char *
shown_text (Bar   *bar,
            guint  series)
{
  return bar->shown[series] != NULL ? bar->shown[series] : bar->texts[series];
}

static guint
n_series (HearthBarChart *self)
{
  return self->series[1] != NULL ? 2 : 1;
}

static gint64
max_value (HearthBarChart *self)
{
  gint64 max = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      max = MAX (max, MAX (bar->values[0], bar->values[1]));
    }

  return max;
}

static void
update_description (HearthBarChart *self)
{
  g_autofree char *description = hearth_bar_chart_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
changed (HearthBarChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* A layout in the widget's font, smaller for values and labels. */
static PangoLayout *
new_layout (HearthBarChart *self,
            const char     *text,
            double          scale)
{
  return hearth_chart_new_layout (GTK_WIDGET (self), text, scale, FALSE);
}

static int
line_height (HearthBarChart *self)
{
  return hearth_chart_line_height (GTK_WIDGET (self), 0.9);
}

/* The accent for the first series; the text colour, lighter, for the
 * second, so both follow dark and high-contrast styles. */
static void
get_colors (HearthBarChart *self,
            GdkRGBA        *text,
            GdkRGBA        *first,
            GdkRGBA        *second,
            GdkRGBA        *rule)
{
  HearthChartColors colors;

  hearth_chart_get_colors (GTK_WIDGET (self), &colors);
  *text = colors.text;
  *first = colors.accent;
  *second = hearth_chart_fade (&colors.text, colors.high_contrast ? 0.7f : 0.45f);
  *rule = hearth_chart_fade (&colors.text, 0.25f);
}

static void
snapshot_columns (HearthBarChart *self,
                  GtkSnapshot    *snapshot,
                  float           width,
                  float           height)
{
  GdkRGBA text, colors[2], rule;
  guint n = self->bars->len, ns = n_series (self), every = 1;
  float lh = line_height (self);
  float top = 0;
  float base = height - lh - 4;
  float plot;
  float group, bar_width, max_label = 0;
  gint64 max = max_value (self);
  gboolean show_values = TRUE;

  get_colors (self, &text, &colors[0], &colors[1], &rule);

  if (ns == 2)
    top = hearth_chart_draw_legend (snapshot, GTK_WIDGET (self), (const char *const *) self->series,
                                    colors, 2, &text, width);
  plot = base - top - lh - 2;

  hearth_chart_draw_rule (snapshot, &rule, 0, base, width);

  if (n == 0 || plot <= 0)
    return;

  group = width / n;
  bar_width = MIN (group * 0.7f / ns, MAX_COLUMN_WIDTH);

  /* Labels that would overlap show one in two, or one in three… */
  for (guint i = 0; i < n; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = new_layout (self, bar->label, 0.9);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      max_label = MAX (max_label, w);

      for (guint s = 0; s < ns; s++)
        {
          g_autoptr(PangoLayout) value = new_layout (self, shown_text (bar, s), 0.8);

          /* A value may reach into the gap beside its group, never over
           * the other series' bar. */
          pango_layout_get_pixel_size (value, &w, NULL);
          if (w > (ns == 1 ? group - 2 : bar_width + (group - ns * bar_width) / 2 - 1))
            show_values = FALSE;
        }
    }
  while (every < n && max_label + 6 > group * every)
    every++;

  for (guint i = 0; i < n; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      float center = group * i + group / 2;
      float x = center - bar_width * ns / 2;

      for (guint s = 0; s < ns; s++)
        {
          float h = max > 0 ? plot * (double) bar->values[s] / (double) max : 0;

          if (bar->values[s] > 0)
            h = MAX (h, 1);

          gtk_snapshot_append_color (snapshot, &colors[s],
                                     &GRAPHENE_RECT_INIT (x + s * bar_width, base - h,
                                                          bar_width - (ns == 2 ? 2 : 0), h));
          /* A zero reads from the missing bar, and the description says it. */
          if (show_values && bar->values[s] > 0)
            {
              g_autoptr(PangoLayout) value = new_layout (self, shown_text (bar, s), 0.8);
              int w, lvh;

              float between = x + bar_width;
              float tx;

              pango_layout_get_pixel_size (value, &w, &lvh);
              tx = x + s * bar_width + (bar_width - w) / 2;
              /* Two series: each value keeps to its own side of the pair. */
              if (ns == 2)
                tx = s == 0 ? MIN (tx, between - w - 1) : MAX (tx, between + 1);
              hearth_chart_draw_layout (snapshot, value, tx, base - h - lvh - 1, &text);
            }
        }

      if (i % every == 0)
        {
          g_autoptr(PangoLayout) label = new_layout (self, bar->label, 0.9);

          hearth_chart_draw_label (snapshot, label, center, base + 4, 0.5f, 0, width, &text);
        }
    }
}

static float
row_height (HearthBarChart *self)
{
  return line_height (self) + 10;
}

static void
snapshot_rows (HearthBarChart *self,
               GtkSnapshot    *snapshot,
               float           width,
               float           height)
{
  GdkRGBA text, colors[2], rule;
  float rh = row_height (self);
  float label_width = 0, value_width = 0, bar_left, bar_space;
  gint64 max = max_value (self);

  get_colors (self, &text, &colors[0], &colors[1], &rule);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = new_layout (self, bar->label, 1.0);
      g_autoptr(PangoLayout) value = new_layout (self, bar->texts[0], 0.9);
      int w;

      pango_layout_get_pixel_size (label, &w, NULL);
      label_width = MAX (label_width, w);
      pango_layout_get_pixel_size (value, &w, NULL);
      value_width = MAX (value_width, w);
    }

  label_width = MIN (label_width, width * 0.4f);
  bar_left = label_width + 12;
  bar_space = MAX (0, width - bar_left - value_width - GAP);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = new_layout (self, bar->label, 1.0);
      g_autoptr(PangoLayout) value = new_layout (self, bar->texts[0], 0.9);
      float y = i * rh;
      float w = max > 0 ? bar_space * (double) bar->values[0] / (double) max : 0;
      int lw, lh, vh;

      if (bar->values[0] > 0)
        w = MAX (w, 1);

      pango_layout_set_width (label, label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      pango_layout_get_pixel_size (label, &lw, &lh);
      hearth_chart_draw_layout (snapshot, label, 0, y + (rh - lh) / 2, &text);

      gtk_snapshot_append_color (snapshot, &rule,
                                 &GRAPHENE_RECT_INIT (bar_left - 1, y, 1, rh));
      gtk_snapshot_append_color (snapshot, &colors[0],
                                 &GRAPHENE_RECT_INIT (bar_left, y + ROW_SPACING / 2, w,
                                                      rh - ROW_SPACING));

      pango_layout_get_pixel_size (value, NULL, &vh);
      hearth_chart_draw_layout (snapshot, value, bar_left + w + GAP, y + (rh - vh) / 2, &text);
    }
}

static void
hearth_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HearthBarChart *self = HEARTH_BAR_CHART (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);

  if (self->orientation == GTK_ORIENTATION_VERTICAL)
    snapshot_columns (self, snapshot, width, height);
  else
    snapshot_rows (self, snapshot, width, height);
}

static void
hearth_bar_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HearthBarChart *self = HEARTH_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 360;
    }
  else if (self->orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = 140;
      *natural = 180;
    }
  else
    {
      *minimum = *natural = ceilf (row_height (self) * MAX (self->bars->len, 1));
    }
}

static void
hearth_bar_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hearth_bar_chart_parent_class)->css_changed (widget, change);

  gtk_widget_queue_resize (widget);
}

static void
hearth_bar_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hearth_bar_chart_parent_class)->root (widget);

  hearth_chart_watch_style (widget);
}

static void
hearth_bar_chart_unroot (GtkWidget *widget)
{
  hearth_chart_unwatch_style (widget);

  GTK_WIDGET_CLASS (hearth_bar_chart_parent_class)->unroot (widget);
}

static void
hearth_bar_chart_finalize (GObject *object)
{
  HearthBarChart *self = HEARTH_BAR_CHART (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->series[0], g_free);
  g_clear_pointer (&self->series[1], g_free);

  G_OBJECT_CLASS (hearth_bar_chart_parent_class)->finalize (object);
}

static void
hearth_bar_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthBarChart *self = HEARTH_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ORIENTATION:
      g_value_set_enum (value, self->orientation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_bar_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthBarChart *self = HEARTH_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      hearth_bar_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_ORIENTATION:
      if (self->orientation != (GtkOrientation) g_value_get_enum (value))
        {
          self->orientation = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_bar_chart_class_init (HearthBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_bar_chart_finalize;
  object_class->get_property = hearth_bar_chart_get_property;
  object_class->set_property = hearth_bar_chart_set_property;

  widget_class->snapshot = hearth_bar_chart_snapshot;
  widget_class->measure = hearth_bar_chart_measure;
  widget_class->css_changed = hearth_bar_chart_css_changed;
  widget_class->root = hearth_bar_chart_root;
  widget_class->unroot = hearth_bar_chart_unroot;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ORIENTATION, "orientation");

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_bar_chart_init (HearthBarChart *self)
{
  self->orientation = GTK_ORIENTATION_VERTICAL;
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, clear_bar);
  update_description (self);
}

GtkWidget *
hearth_bar_chart_new (GtkOrientation orientation)
{
  return g_object_new (HEARTH_TYPE_BAR_CHART, "orientation", orientation, NULL);
}

const char *
hearth_bar_chart_get_title (HearthBarChart *self)
{
  g_return_val_if_fail (HEARTH_IS_BAR_CHART (self), NULL);

  return self->title;
}

void
hearth_bar_chart_set_title (HearthBarChart *self,
                            const char     *title)
{
  g_return_if_fail (HEARTH_IS_BAR_CHART (self));

  if (g_set_str (&self->title, title))
    {
      update_description (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

void
hearth_bar_chart_set_series (HearthBarChart *self,
                             const char     *first,
                             const char     *second)
{
  g_return_if_fail (HEARTH_IS_BAR_CHART (self));
  g_return_if_fail (second == NULL || first != NULL);
  g_return_if_fail (second == NULL || self->orientation == GTK_ORIENTATION_VERTICAL);

  g_set_str (&self->series[0], first);
  g_set_str (&self->series[1], second);
  changed (self);
}

void
hearth_bar_chart_clear (HearthBarChart *self)
{
  g_return_if_fail (HEARTH_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  changed (self);
}

void
hearth_bar_chart_add (HearthBarChart *self,
                      const char     *label,
                      gint64          value,
                      const char     *text)
{
  Bar bar = { NULL, };

  g_return_if_fail (HEARTH_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL && text != NULL);

  bar.label = g_strdup (label);
  bar.values[0] = MAX (value, 0);
  bar.texts[0] = g_strdup (text);
  bar.texts[1] = g_strdup ("");
  g_array_append_val (self->bars, bar);
  changed (self);
}

void
hearth_bar_chart_add_pair (HearthBarChart *self,
                           const char     *label,
                           gint64          first,
                           const char     *first_text,
                           const char     *first_short,
                           gint64          second,
                           const char     *second_text,
                           const char     *second_short)
{
  Bar bar = { NULL, };

  g_return_if_fail (HEARTH_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL && first_text != NULL && second_text != NULL);
  g_return_if_fail (self->orientation == GTK_ORIENTATION_VERTICAL);

  bar.label = g_strdup (label);
  bar.values[0] = MAX (first, 0);
  bar.values[1] = MAX (second, 0);
  bar.texts[0] = g_strdup (first_text);
  bar.texts[1] = g_strdup (second_text);
  bar.shown[0] = g_strdup (first_short);
  bar.shown[1] = g_strdup (second_short);
  g_array_append_val (self->bars, bar);
  changed (self);
}

void
hearth_bar_chart_set_spoken_label (HearthBarChart *self,
                                   guint           index,
                                   const char     *spoken)
{
  g_return_if_fail (HEARTH_IS_BAR_CHART (self));
  g_return_if_fail (index < self->bars->len);

  if (g_set_str (&g_array_index (self->bars, Bar, index).spoken, spoken))
    update_description (self);
}

guint
hearth_bar_chart_get_n_bars (HearthBarChart *self)
{
  g_return_val_if_fail (HEARTH_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

char *
hearth_bar_chart_dup_description (HearthBarChart *self)
{
  GString *text;

  g_return_val_if_fail (HEARTH_IS_BAR_CHART (self), NULL);

  text = g_string_new (self->title);
  if (self->bars->len == 0)
    {
      if (text->len > 0)
        g_string_append (text, ". ");
      g_string_append (text, _("Nothing to show."));
      return g_string_free (text, FALSE);
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      const char *label = bar->spoken != NULL ? bar->spoken : bar->label;

      if (text->len > 0)
        g_string_append (text, i == 0 ? ". " : "; ");

      if (n_series (self) == 2)
        /* Translators: a month of a chart and its two figures, such as
         * "March: opened 4, closed 2". */
        g_string_append_printf (text, _("%s: %s %s, %s %s"), label,
                                self->series[0], bar->texts[0],
                                self->series[1], bar->texts[1]);
      else
        /* Translators: a bar of a chart and its figure, such as "Hearing: 12". */
        g_string_append_printf (text, _("%s: %s"), label, bar->texts[0]);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}
