/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-chart-drawing.h"
#include "hearth-line-chart.h"

/* A small chart of one series over time, drawn with GtkSnapshot:
 *
 *   HearthInsightsPage --> HearthOneToOneInsightsRow --> HearthLineChart (this)
 *
 * It knows nothing of what it draws: the levels' names and the points'
 * words come from whoever fills it. */
struct _HearthLineChart
{
  GtkWidget  parent_instance;

  /* owned */
  char      *title;
  GStrv      levels;
  GArray    *points;      /* of Point, in order of day */
};

typedef struct
{
  gint64  day;
  int     value;
  char   *label;
  char   *spoken;
} Point;

G_DEFINE_FINAL_TYPE (HearthLineChart, hearth_line_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Room between the levels' names and the line, and under the line for the
 * days; the radius of a point. */
#define GAP    6
#define RADIUS 3.5f
/* How far apart the levels are, besides a line of their names. */
#define LEVEL_SPACING 4
#define MIN_PLOT_WIDTH 96
/* Its labels a little smaller than the text around it. */
#define TEXT_SCALE 0.85

static void
clear_point (gpointer data)
{
  Point *point = data;

  g_free (point->label);
  g_free (point->spoken);
}

static guint
n_levels (HearthLineChart *self)
{
  return self->levels != NULL ? g_strv_length (self->levels) : 0;
}

static void
update_description (HearthLineChart *self)
{
  g_autofree char *description = hearth_line_chart_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
changed (HearthLineChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static PangoLayout *
new_layout (HearthLineChart *self,
            const char      *text)
{
  return hearth_chart_new_layout (GTK_WIDGET (self), text, TEXT_SCALE, FALSE);
}

/* The width of the widest level's name, and the gap after it. */
static int
gutter_width (HearthLineChart *self)
{
  int widest = hearth_chart_widest (GTK_WIDGET (self), (const char *const *) self->levels,
                                    n_levels (self), TEXT_SCALE);

  return widest > 0 ? widest + GAP : 0;
}

static void
hearth_line_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HearthLineChart *self = HEARTH_LINE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int lh = hearth_chart_line_height (widget, TEXT_SCALE);
  int gutter = gutter_width (self);
  guint levels = n_levels (self);
  HearthChartColors colors;
  GdkRGBA dim, line, rule;
  float top, bottom, left, right, last_right = -G_MAXFLOAT;
  g_autofree graphene_point_t *at = NULL;
  g_autofree PangoLayout **labels = NULL;
  g_autofree int *label_widths = NULL;
  gint64 first_day = 0, last_day = 0;

  if (levels < 2)
    return;

  /* The line in the accent colour, the scale in the text's, fainter unless
   * the contrast is to be high; both follow the dark style. */
  hearth_chart_get_colors (widget, &colors);
  line = colors.accent;
  dim = hearth_chart_fade (&colors.text, colors.high_contrast ? 1.f : 0.7f);
  rule = hearth_chart_fade (&colors.text, colors.high_contrast ? 0.5f : 0.15f);

  top = lh / 2.f;
  bottom = height - lh - GAP - lh / 2.f;
  left = gutter + RADIUS + 1;
  right = width - RADIUS - 1;
  if (bottom <= top || right <= left)
    return;

  /* The scale: each level's name beside a faint rule across the chart. */
  for (guint i = 0; i < levels; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, self->levels[i]);
      float y = bottom - (bottom - top) * i / (levels - 1);

      hearth_chart_draw_label (snapshot, layout, gutter - GAP, y - lh / 2.f, 1.f, 0, width, &dim);
      hearth_chart_draw_rule (snapshot, &rule, gutter, y, width - gutter);
    }

  if (self->points->len == 0)
    return;

  first_day = g_array_index (self->points, Point, 0).day;
  last_day = g_array_index (self->points, Point, self->points->len - 1).day;

  at = g_new0 (graphene_point_t, self->points->len);
  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      int value = CLAMP (point->value, 1, (int) levels);

      at[i].x = last_day > first_day
                ? left + (right - left) * (float) (point->day - first_day) / (last_day - first_day)
                : (left + right) / 2.f;
      at[i].y = bottom - (bottom - top) * (value - 1) / (levels - 1);
    }

  /* The line, then a dot on each point, so that a lone point shows too. */
  {
    g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
    g_autoptr(GskPath) path = NULL;
    g_autoptr(GskStroke) stroke = gsk_stroke_new (colors.high_contrast ? 3.f : 2.f);

    gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
    gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
    gsk_path_builder_move_to (builder, at[0].x, at[0].y);
    for (guint i = 1; i < self->points->len; i++)
      gsk_path_builder_line_to (builder, at[i].x, at[i].y);
    path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
    if (self->points->len > 1)
      gtk_snapshot_append_stroke (snapshot, path, stroke, &line);
  }
  {
    g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
    g_autoptr(GskPath) path = NULL;

    for (guint i = 0; i < self->points->len; i++)
      gsk_path_builder_add_circle (builder, &at[i], RADIUS + (colors.high_contrast ? 1 : 0));
    path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
    gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, &line);
  }

  /* The days under the points: the first and the last always, those
   * between where there is room for them. */
  labels = g_new0 (PangoLayout *, self->points->len);
  label_widths = g_new0 (int, self->points->len);
  for (guint i = 0; i < self->points->len; i++)
    {
      labels[i] = new_layout (self, g_array_index (self->points, Point, i).label);
      pango_layout_get_pixel_size (labels[i], &label_widths[i], NULL);
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      guint last = self->points->len - 1;
      float x = hearth_chart_label_x (at[i].x, label_widths[i], 0.5f, gutter, width);
      float last_x = hearth_chart_label_x (at[last].x, label_widths[last], 0.5f, gutter, width);

      if (x >= last_right + GAP && (i == last || i == 0 || x + label_widths[i] + GAP <= last_x))
        {
          hearth_chart_draw_layout (snapshot, labels[i], x, height - lh, &dim);
          last_right = x + label_widths[i];
        }
    }
  for (guint i = 0; i < self->points->len; i++)
    g_object_unref (labels[i]);
}

static void
hearth_line_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HearthLineChart *self = HEARTH_LINE_CHART (widget);
  int lh = hearth_chart_line_height (widget, TEXT_SCALE);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = gutter_width (self) + MIN_PLOT_WIDTH;
      *natural = gutter_width (self) + 3 * MIN_PLOT_WIDTH;
    }
  else
    {
      /* Each level a line of its own, and the days under them. */
      *minimum = *natural = (lh + LEVEL_SPACING) * MAX (n_levels (self), 2) + GAP + lh;
    }
}

static void
hearth_line_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hearth_line_chart_parent_class)->css_changed (widget, change);

  gtk_widget_queue_resize (widget);
}

static void
hearth_line_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hearth_line_chart_parent_class)->root (widget);

  hearth_chart_watch_style (widget);
}

static void
hearth_line_chart_unroot (GtkWidget *widget)
{
  hearth_chart_unwatch_style (widget);

  GTK_WIDGET_CLASS (hearth_line_chart_parent_class)->unroot (widget);
}

static void
hearth_line_chart_finalize (GObject *object)
{
  HearthLineChart *self = HEARTH_LINE_CHART (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->levels, g_strfreev);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (hearth_line_chart_parent_class)->finalize (object);
}

static void
hearth_line_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthLineChart *self = HEARTH_LINE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_line_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthLineChart *self = HEARTH_LINE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      hearth_line_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_line_chart_class_init (HearthLineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_line_chart_finalize;
  object_class->get_property = hearth_line_chart_get_property;
  object_class->set_property = hearth_line_chart_set_property;

  widget_class->snapshot = hearth_line_chart_snapshot;
  widget_class->measure = hearth_line_chart_measure;
  widget_class->css_changed = hearth_line_chart_css_changed;
  widget_class->root = hearth_line_chart_root;
  widget_class->unroot = hearth_line_chart_unroot;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "linechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_line_chart_init (HearthLineChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_array_set_clear_func (self->points, clear_point);
  update_description (self);
}

GtkWidget *
hearth_line_chart_new (void)
{
  return g_object_new (HEARTH_TYPE_LINE_CHART, NULL);
}

const char *
hearth_line_chart_get_title (HearthLineChart *self)
{
  g_return_val_if_fail (HEARTH_IS_LINE_CHART (self), NULL);
  return self->title;
}

void
hearth_line_chart_set_title (HearthLineChart *self,
                             const char      *title)
{
  g_return_if_fail (HEARTH_IS_LINE_CHART (self));

  if (!g_set_str (&self->title, title))
    return;

  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
hearth_line_chart_set_levels (HearthLineChart    *self,
                              const char * const *levels)
{
  g_return_if_fail (HEARTH_IS_LINE_CHART (self));

  g_strfreev (self->levels);
  self->levels = g_strdupv ((char **) levels);
  changed (self);
}

void
hearth_line_chart_clear (HearthLineChart *self)
{
  g_return_if_fail (HEARTH_IS_LINE_CHART (self));

  g_array_set_size (self->points, 0);
  changed (self);
}

void
hearth_line_chart_add (HearthLineChart *self,
                       gint64           day,
                       int              value,
                       const char      *label,
                       const char      *spoken)
{
  Point point;

  g_return_if_fail (HEARTH_IS_LINE_CHART (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (self->points->len == 0 ||
                    g_array_index (self->points, Point, self->points->len - 1).day <= day);

  point.day = day;
  point.value = value;
  point.label = g_strdup (label);
  point.spoken = g_strdup (spoken != NULL ? spoken : label);
  g_array_append_val (self->points, point);
  changed (self);
}

guint
hearth_line_chart_get_n_points (HearthLineChart *self)
{
  g_return_val_if_fail (HEARTH_IS_LINE_CHART (self), 0);
  return self->points->len;
}

char *
hearth_line_chart_dup_description (HearthLineChart *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (HEARTH_IS_LINE_CHART (self), NULL);

  for (guint i = 0; i < self->points->len; i++)
    {
      if (i > 0)
        /* Translators: between two points of a chart as a screen reader
         * reads them: "3 March: okay; 31 March: doing well". */
        g_string_append (text, C_("chart", "; "));
      g_string_append (text, g_array_index (self->points, Point, i).spoken);
    }

  return g_string_free (text, FALSE);
}
