/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hearth-chart-drawing.h"
#include "hearth-feedback-chart.h"

#define RADAR_HEIGHT 380
#define BAR_HEIGHT   14.f
#define ROW_GAP      4.f
#define GROUP_GAP    14.f

struct _HearthFeedbackChart
{
  GtkWidget                parent_instance;

  HearthFeedbackChartKind  kind;

  /* owned: what the chart draws, read from the report */
  guint                    scale_size;      /* 0: nothing to draw */
  GPtrArray               *behaviours;      /* of char *, the names */
  GPtrArray               *series;          /* of char *, the series' names */
  GArray                  *values;          /* of double, a row of series a behaviour; NAN: not shown */
  GPtrArray               *not_shown;       /* of char *, why a value is NAN, as values */
};

/* A drawing with no children, so no template: it draws from the figures. */
G_DEFINE_FINAL_TYPE (HearthFeedbackChart, hearth_feedback_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (HearthFeedbackChartKind, hearth_feedback_chart_kind,
                    G_DEFINE_ENUM_VALUE (HEARTH_FEEDBACK_CHART_RADAR, "radar"),
                    G_DEFINE_ENUM_VALUE (HEARTH_FEEDBACK_CHART_BARS, "bars"))

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- Reading the report -------------------------------------------------------- */

static double
value_at (HearthFeedbackChart *self,
          guint                behaviour,
          guint                series)
{
  return g_array_index (self->values, double, behaviour * self->series->len + series);
}

static const char *
not_shown_at (HearthFeedbackChart *self,
              guint                behaviour,
              guint                series)
{
  return g_ptr_array_index (self->not_shown, behaviour * self->series->len + series);
}

static void
clear_data (HearthFeedbackChart *self)
{
  self->scale_size = 0;
  g_ptr_array_set_size (self->behaviours, 0);
  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->values, 0);
  g_ptr_array_set_size (self->not_shown, 0);
}

static void
add_value (HearthFeedbackChart *self,
           double               value,
           char                *not_shown)
{
  g_array_append_val (self->values, value);
  g_ptr_array_add (self->not_shown, not_shown);
}

/* Self against others: the combined figure, or the one group shown when
 * there is no combined figure, as the report's gaps have it. */
static void
read_radar (HearthFeedbackChart  *self,
            HearthFeedbackReport *report)
{
  guint n = hearth_feedback_report_get_n_behaviours (report);
  guint n_groups = hearth_feedback_report_get_n_groups (report);

  g_ptr_array_add (self->series, g_strdup (hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_SELF)));
  g_ptr_array_add (self->series, g_strdup (C_("feedback chart", "Others")));

  for (guint b = 0; b < n; b++)
    {
      HearthFeedbackCombined combined;
      double rating;
      gboolean found = FALSE;

      if (hearth_feedback_report_get_self_rating (report, b, &rating))
        add_value (self, rating, NULL);
      else
        add_value (self, NAN, g_strdup (_("no rating")));

      if (hearth_feedback_report_get_combined (report, b, &combined) && combined.shown)
        {
          add_value (self, combined.mean, NULL);
          continue;
        }
      for (guint g = 0; g < n_groups && !found; g++)
        {
          HearthRelationship group = hearth_feedback_report_get_group (report, g);
          HearthFeedbackFigures figures;

          if (group == HEARTH_RELATIONSHIP_SELF ||
              !hearth_feedback_report_get_figures (report, b, group, &figures) ||
              figures.shown != HEARTH_FEEDBACK_SHOWN)
            continue;
          add_value (self, figures.mean, NULL);
          found = TRUE;
        }
      if (!found)
        add_value (self, NAN, g_strdup (_("not shown: too few answered")));
    }
}

static void
read_bars (HearthFeedbackChart  *self,
           HearthFeedbackReport *report)
{
  guint n = hearth_feedback_report_get_n_behaviours (report);
  guint n_groups = hearth_feedback_report_get_n_groups (report);

  for (guint g = 0; g < n_groups; g++)
    g_ptr_array_add (self->series,
                     g_strdup (hearth_relationship_get_group_label (hearth_feedback_report_get_group (report, g))));

  for (guint b = 0; b < n; b++)
    for (guint g = 0; g < n_groups; g++)
      {
        HearthFeedbackFigures figures;

        if (!hearth_feedback_report_get_figures (report, b, hearth_feedback_report_get_group (report, g),
                                                 &figures))
          add_value (self, NAN, g_strdup (_("not asked")));
        else if (figures.shown == HEARTH_FEEDBACK_SHOWN)
          add_value (self, figures.mean, NULL);
        else
          add_value (self, NAN, hearth_feedback_dup_not_shown (&figures));
      }
}

/* --- The text alternative -------------------------------------------------------- */

char *
hearth_feedback_chart_dup_description (HearthFeedbackChart *self)
{
  GString *text;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CHART (self), NULL);

  if (self->scale_size == 0 || self->behaviours->len == 0)
    return g_strdup (_("No figures to show."));

  text = g_string_new (NULL);
  if (self->kind == HEARTH_FEEDBACK_CHART_RADAR)
    g_string_append_printf (text, _("How the person rated themselves against how others rated "
                                    "them, on a scale of 1 to %u."), self->scale_size);
  else
    g_string_append_printf (text, _("The average rating of each group, on a scale of 1 to %u."),
                            self->scale_size);

  for (guint b = 0; b < self->behaviours->len; b++)
    {
      g_string_append_c (text, ' ');
      /* Translators: a behaviour in a chart's description, before its figures. */
      g_string_append_printf (text, _("%s:"), (const char *) g_ptr_array_index (self->behaviours, b));
      for (guint s = 0; s < self->series->len; s++)
        {
          double value = value_at (self, b, s);
          const char *series = g_ptr_array_index (self->series, s);

          g_string_append (text, s == 0 ? " " : "; ");
          if (isnan (value))
            /* Translators: a group and why it has no figure, as in “Peers not shown: …”. */
            g_string_append_printf (text, C_("feedback chart", "%s %s"), series, not_shown_at (self, b, s));
          else
            /* Translators: a group and its average rating, as in “Peers 3.7”. */
            g_string_append_printf (text, C_("feedback chart", "%s %.1f"), series, value);
        }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

static void
update_description (HearthFeedbackChart *self)
{
  g_autofree char *description = hearth_feedback_chart_dup_description (self);
  const char *label = self->kind == HEARTH_FEEDBACK_CHART_RADAR
                        ? _("Radar chart: self against others")
                        : _("Bar chart: each group’s average");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* --- Drawing ---------------------------------------------------------------------- */

typedef struct
{
  GdkRGBA  text;
  GdkRGBA  dim;
  GdkRGBA  rule;
  GdkRGBA  series[HEARTH_N_RELATIONSHIPS];
  gboolean high_contrast;
} Colors;

/* The style's own palette: the accent for the first series, then the
 * other accent colours, each in its shade for text on this background,
 * so that every series reads in light, dark and high-contrast styles. */
static void
get_colors (HearthFeedbackChart *self,
            Colors              *colors)
{
  static const AdwAccentColor palette[] = {
    ADW_ACCENT_COLOR_ORANGE, ADW_ACCENT_COLOR_PURPLE, ADW_ACCENT_COLOR_GREEN,
    ADW_ACCENT_COLOR_PINK, ADW_ACCENT_COLOR_TEAL, ADW_ACCENT_COLOR_BLUE, ADW_ACCENT_COLOR_RED,
  };
  HearthChartColors style;
  guint next = 0;

  hearth_chart_get_colors (GTK_WIDGET (self), &style);
  colors->high_contrast = style.high_contrast;
  colors->text = style.text;
  colors->dim = hearth_chart_fade (&style.text, style.high_contrast ? 0.9f : 0.65f);
  colors->rule = hearth_chart_fade (&style.text, style.high_contrast ? 0.5f : 0.18f);

  adw_accent_color_to_standalone_rgba (style.accent_color, style.dark, &colors->series[0]);
  for (guint s = 1; s < HEARTH_N_RELATIONSHIPS; s++)
    {
      if (palette[next] == style.accent_color)
        next++;
      adw_accent_color_to_standalone_rgba (palette[next++], style.dark, &colors->series[s]);
    }
}

/* The colour of series @s: in the radar, "others" is drawn in the text's
 * colour, so that it is neither mistaken for the manager's in the bars
 * beside it nor close to the accent in any style. */
static const GdkRGBA *
series_color (HearthFeedbackChart *self,
              const Colors        *colors,
              guint                s)
{
  if (self->kind == HEARTH_FEEDBACK_CHART_RADAR && s > 0)
    return &colors->text;
  return &colors->series[s];
}

static PangoLayout *
new_layout (HearthFeedbackChart *self,
            const char          *text,
            double               scale,
            gboolean             bold)
{
  return hearth_chart_new_layout (GTK_WIDGET (self), text, scale, bold);
}

static float
line_height (HearthFeedbackChart *self)
{
  return hearth_chart_line_height (GTK_WIDGET (self), 0.9);
}

/* The widest of @names in the labels' font. */
static float
widest (HearthFeedbackChart *self,
        GPtrArray           *names)
{
  return hearth_chart_widest (GTK_WIDGET (self), (const char *const *) names->pdata, names->len, 0.9);
}

static void
stroke (GtkSnapshot   *snapshot,
        GskPath       *path,
        float          width,
        const GdkRGBA *color)
{
  g_autoptr(GskStroke) line = gsk_stroke_new (width);

  gsk_stroke_set_line_join (line, GSK_LINE_JOIN_ROUND);
  gtk_snapshot_append_stroke (snapshot, path, line, color);
}

/* The series' names with their colours; returns the height it takes. */
static float
draw_legend (HearthFeedbackChart *self,
             GtkSnapshot         *snapshot,
             const Colors        *colors,
             float                width)
{
  GdkRGBA swatches[HEARTH_N_RELATIONSHIPS];

  g_assert (self->series->len <= G_N_ELEMENTS (swatches));
  for (guint s = 0; s < self->series->len; s++)
    swatches[s] = *series_color (self, colors, s);
  return hearth_chart_draw_legend (snapshot, GTK_WIDGET (self), (const char *const *) self->series->pdata,
                                   swatches, self->series->len, &colors->text, width);
}

static graphene_point_t
spoke_point (float cx,
             float cy,
             float radius,
             guint index,
             guint n)
{
  double angle = -G_PI / 2 + 2 * G_PI * index / n;

  return GRAPHENE_POINT_INIT (cx + radius * cos (angle), cy + radius * sin (angle));
}

static void
snapshot_radar (HearthFeedbackChart *self,
                GtkSnapshot         *snapshot,
                float                width,
                float                height,
                const Colors        *colors)
{
  guint n = self->behaviours->len;
  float top = draw_legend (self, snapshot, colors, width);
  float lh = line_height (self);
  /* A name wider than a quarter of the chart wraps. */
  float label_width = MIN (widest (self, self->behaviours), width / 4);
  float cx = width / 2, cy, radius;

  radius = MIN (width / 2 - label_width - 12, (height - top) / 2 - 2 * lh - 8);
  if (radius < 30)
    radius = MIN (width, height - top) / 2 - lh - 4;
  if (radius < 10)
    return;
  cy = top + (height - top) / 2;

  /* A ring for each point of the scale, a spoke for each behaviour. */
  for (guint v = 1; v <= self->scale_size; v++)
    {
      g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
      g_autoptr(GskPath) path = NULL;

      for (guint b = 0; b < n; b++)
        {
          graphene_point_t p = spoke_point (cx, cy, radius * v / self->scale_size, b, n);

          if (b == 0)
            gsk_path_builder_move_to (builder, p.x, p.y);
          else
            gsk_path_builder_line_to (builder, p.x, p.y);
        }
      gsk_path_builder_close (builder);
      path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
      stroke (snapshot, path, 1, &colors->rule);
    }
  for (guint b = 0; b < n; b++)
    {
      g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
      g_autoptr(GskPath) path = NULL;
      g_autoptr(PangoLayout) layout = new_layout (self, g_ptr_array_index (self->behaviours, b), 0.9, FALSE);
      graphene_point_t end = spoke_point (cx, cy, radius, b, n);
      graphene_point_t at = spoke_point (cx, cy, radius + 8, b, n);
      int w, h;
      float xalign;

      gsk_path_builder_move_to (builder, cx, cy);
      gsk_path_builder_line_to (builder, end.x, end.y);
      path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
      stroke (snapshot, path, 1, &colors->rule);

      /* Long names wrap onto a second line rather than shrink the chart. */
      pango_layout_set_width (layout, (int) (label_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &w, &h);
      /* Each name stands off the end of its spoke, away from the middle. */
      xalign = fabs (at.x - cx) < 2 ? 0.5f : at.x < cx ? 1.f : 0.f;
      if (fabs (at.y - cy) < 2)
        at.y -= h / 2.f;
      else if (at.y < cy)
        at.y -= h;
      hearth_chart_draw_label (snapshot, layout, at.x, CLAMP (at.y, 0, height - h), xalign, 0, width,
                               &colors->text);
    }

  /* Each series: a shape through the figures shown, a dot on each. */
  for (guint s = 0; s < self->series->len; s++)
    {
      g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
      g_autoptr(GskPath) path = NULL;
      GdkRGBA fill = *series_color (self, colors, s);
      guint drawn = 0;

      for (guint b = 0; b < n; b++)
        {
          double value = value_at (self, b, s);
          graphene_point_t p;

          if (isnan (value))
            continue;
          p = spoke_point (cx, cy, radius * value / self->scale_size, b, n);
          if (drawn++ == 0)
            gsk_path_builder_move_to (builder, p.x, p.y);
          else
            gsk_path_builder_line_to (builder, p.x, p.y);
        }
      if (drawn == 0)
        continue;
      if (drawn > 2)
        gsk_path_builder_close (builder);
      path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
      fill.alpha = colors->high_contrast ? 0.3f : 0.15f;
      if (drawn > 2)
        gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, &fill);
      stroke (snapshot, path, colors->high_contrast ? 3 : 2, series_color (self, colors, s));

      for (guint b = 0; b < n; b++)
        {
          double value = value_at (self, b, s);
          g_autoptr(GskPathBuilder) dot = NULL;
          g_autoptr(GskPath) dot_path = NULL;
          graphene_point_t p;

          if (isnan (value))
            continue;
          p = spoke_point (cx, cy, radius * value / self->scale_size, b, n);
          dot = gsk_path_builder_new ();
          gsk_path_builder_add_circle (dot, &p, 4);
          dot_path = gsk_path_builder_free_to_path (g_steal_pointer (&dot));
          gtk_snapshot_append_fill (snapshot, dot_path, GSK_FILL_RULE_WINDING,
                                    series_color (self, colors, s));
        }
    }
}

static float
bars_height (HearthFeedbackChart *self)
{
  float lh = line_height (self);
  float row = MAX (lh, BAR_HEIGHT) + ROW_GAP;

  return self->behaviours->len * (lh + 4 + self->series->len * row + GROUP_GAP);
}

static void
snapshot_bars (HearthFeedbackChart *self,
               GtkSnapshot         *snapshot,
               float                width,
               const Colors        *colors)
{
  float lh = line_height (self);
  float row = MAX (lh, BAR_HEIGHT) + ROW_GAP;
  float labels = MIN (widest (self, self->series) + 12, width / 3);
  float value_room = 0, plot, y = 0;

  {
    g_autofree char *widest = g_strdup_printf ("%.1f", (double) self->scale_size);
    g_autoptr(PangoLayout) layout = new_layout (self, widest, 0.9, FALSE);
    int w;

    pango_layout_get_pixel_size (layout, &w, NULL);
    value_room = w + 8;
  }
  plot = width - labels - value_room;
  if (plot < 20)
    return;

  for (guint b = 0; b < self->behaviours->len; b++)
    {
      g_autoptr(PangoLayout) name = new_layout (self, g_ptr_array_index (self->behaviours, b), 1.0, TRUE);

      pango_layout_set_width (name, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      hearth_chart_draw_layout (snapshot, name, 0, y, &colors->text);
      y += lh + 4;

      for (guint s = 0; s < self->series->len; s++)
        {
          g_autoptr(PangoLayout) series = new_layout (self, g_ptr_array_index (self->series, s), 0.9, FALSE);
          double value = value_at (self, b, s);
          float bar_y = y + (row - ROW_GAP - BAR_HEIGHT) / 2;

          pango_layout_set_width (series, (int) ((labels - 8) * PANGO_SCALE));
          pango_layout_set_ellipsize (series, PANGO_ELLIPSIZE_END);
          hearth_chart_draw_layout (snapshot, series, 0, y, &colors->dim);
          /* The whole scale, faint, so that a bar reads against it. */
          gtk_snapshot_append_color (snapshot, &colors->rule,
                                     &GRAPHENE_RECT_INIT (labels, bar_y, plot, BAR_HEIGHT));
          if (isnan (value))
            {
              g_autoptr(PangoLayout) why = new_layout (self, C_("feedback chart", "Not shown"), 0.9, FALSE);

              hearth_chart_draw_layout (snapshot, why, labels + 6, y, &colors->text);
            }
          else
            {
              g_autofree char *figure = g_strdup_printf ("%.1f", value);
              g_autoptr(PangoLayout) text = new_layout (self, figure, 0.9, FALSE);
              float w = MAX (1.f, plot * value / self->scale_size);

              gtk_snapshot_append_color (snapshot, &colors->series[s],
                                         &GRAPHENE_RECT_INIT (labels, bar_y, w, BAR_HEIGHT));
              hearth_chart_draw_layout (snapshot, text, labels + plot + 6, y, &colors->text);
            }
          y += row;
        }
      y += GROUP_GAP;
    }
}

static void
hearth_feedback_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  HearthFeedbackChart *self = HEARTH_FEEDBACK_CHART (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  Colors colors;

  if (self->scale_size == 0 || self->behaviours->len == 0)
    return;

  get_colors (self, &colors);
  if (self->kind == HEARTH_FEEDBACK_CHART_RADAR)
    snapshot_radar (self, snapshot, width, height, &colors);
  else
    snapshot_bars (self, snapshot, width, &colors);
}

static void
hearth_feedback_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  HearthFeedbackChart *self = HEARTH_FEEDBACK_CHART (widget);
  gboolean empty = self->scale_size == 0 || self->behaviours->len == 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = empty ? 0 : 200;
      *natural = empty ? 0 : 420;
    }
  else if (empty)
    *minimum = *natural = 0;
  else if (self->kind == HEARTH_FEEDBACK_CHART_RADAR)
    {
      /* As tall as it is wide, within reason. */
      *minimum = 240;
      *natural = for_size > 0 ? CLAMP (for_size, 240, RADAR_HEIGHT) : RADAR_HEIGHT;
    }
  else
    *minimum = *natural = (int) ceilf (bars_height (self));
}

static GtkSizeRequestMode
hearth_feedback_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hearth_feedback_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hearth_feedback_chart_parent_class)->root (widget);

  /* Redrawn in the new colours when the style changes. */
  hearth_chart_watch_style (widget);
}

static void
hearth_feedback_chart_unroot (GtkWidget *widget)
{
  hearth_chart_unwatch_style (widget);

  GTK_WIDGET_CLASS (hearth_feedback_chart_parent_class)->unroot (widget);
}

static void
hearth_feedback_chart_finalize (GObject *object)
{
  HearthFeedbackChart *self = HEARTH_FEEDBACK_CHART (object);

  g_clear_pointer (&self->behaviours, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->not_shown, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_feedback_chart_parent_class)->finalize (object);
}

static void
hearth_feedback_chart_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthFeedbackChart *self = HEARTH_FEEDBACK_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_chart_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthFeedbackChart *self = HEARTH_FEEDBACK_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      hearth_feedback_chart_set_kind (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_chart_class_init (HearthFeedbackChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_feedback_chart_finalize;
  object_class->get_property = hearth_feedback_chart_get_property;
  object_class->set_property = hearth_feedback_chart_set_property;

  widget_class->snapshot = hearth_feedback_chart_snapshot;
  widget_class->measure = hearth_feedback_chart_measure;
  widget_class->get_request_mode = hearth_feedback_chart_get_request_mode;
  widget_class->root = hearth_feedback_chart_root;
  widget_class->unroot = hearth_feedback_chart_unroot;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HEARTH_TYPE_FEEDBACK_CHART_KIND,
                       HEARTH_FEEDBACK_CHART_RADAR,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "feedback-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_feedback_chart_init (HearthFeedbackChart *self)
{
  self->behaviours = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  self->not_shown = g_ptr_array_new_with_free_func (g_free);
  /* Reached by Tab, so that a screen reader reads its figures in turn. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  update_description (self);
}

GtkWidget *
hearth_feedback_chart_new (HearthFeedbackChartKind kind)
{
  return g_object_new (HEARTH_TYPE_FEEDBACK_CHART, "kind", kind, NULL);
}

HearthFeedbackChartKind
hearth_feedback_chart_get_kind (HearthFeedbackChart *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_CHART (self), HEARTH_FEEDBACK_CHART_RADAR);

  return self->kind;
}

void
hearth_feedback_chart_set_kind (HearthFeedbackChart     *self,
                                HearthFeedbackChartKind  kind)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_CHART (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
hearth_feedback_chart_set_report (HearthFeedbackChart  *self,
                                  HearthFeedbackReport *report)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_CHART (self));
  g_return_if_fail (report == NULL || HEARTH_IS_FEEDBACK_REPORT (report));

  clear_data (self);

  /* Development only: words, no numbers, so nothing to draw. */
  if (report != NULL && !hearth_feedback_report_get_development_only (report) &&
      hearth_feedback_report_get_scale_size (report) > 0)
    {
      self->scale_size = hearth_feedback_report_get_scale_size (report);
      for (guint b = 0; b < hearth_feedback_report_get_n_behaviours (report); b++)
        g_ptr_array_add (self->behaviours, g_strdup (hearth_feedback_report_get_behaviour_name (report, b)));
      if (self->kind == HEARTH_FEEDBACK_CHART_RADAR)
        read_radar (self, report);
      else
        read_bars (self, report);
    }

  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* --- Shared with the report's words ------------------------------------------------ */

char *
hearth_feedback_dup_not_shown (const HearthFeedbackFigures *figures)
{
  guint min;

  g_return_val_if_fail (figures != NULL, NULL);

  min = figures->minimum;
  if (figures->shown == HEARTH_FEEDBACK_TOO_FEW_RATED)
    switch (figures->relationship)
      {
      case HEARTH_RELATIONSHIP_SELF:
      case HEARTH_RELATIONSHIP_MANAGER:
        return g_strdup (_("Not shown: not rated"));
      case HEARTH_RELATIONSHIP_PEER:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u peer rated it",
                                             "Not shown: fewer than %u peers rated it", min), min);
      case HEARTH_RELATIONSHIP_DIRECT_REPORT:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u direct report rated it",
                                             "Not shown: fewer than %u direct reports rated it", min), min);
      case HEARTH_RELATIONSHIP_PARTNER:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u partner rated it",
                                             "Not shown: fewer than %u partners rated it", min), min);
      case HEARTH_RELATIONSHIP_RESIDENT:
      default:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u resident rated it",
                                             "Not shown: fewer than %u residents rated it", min), min);
      }

  switch (figures->relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
    case HEARTH_RELATIONSHIP_MANAGER:
      return g_strdup (_("Not shown: no answer"));
    case HEARTH_RELATIONSHIP_PEER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u peer answered",
                                           "Not shown: fewer than %u peers answered", min), min);
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u direct report answered",
                                           "Not shown: fewer than %u direct reports answered", min), min);
    case HEARTH_RELATIONSHIP_PARTNER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u partner answered",
                                           "Not shown: fewer than %u partners answered", min), min);
    case HEARTH_RELATIONSHIP_RESIDENT:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: fewer than %u resident answered",
                                           "Not shown: fewer than %u residents answered", min), min);
    }
}
