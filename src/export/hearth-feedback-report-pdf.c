/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "hearth-date.h"
#include "hearth-feedback-report-csv.h"
#include "hearth-feedback-report-pdf.h"

/* Colours that print apart in grey too: the person's own rating dark and
 * warm, everyone else's lighter and cool. */
#define SELF_RGB    0.75, 0.32, 0.05
#define OTHERS_RGB  0.16, 0.42, 0.75
#define GRID_GREY   0.80
#define TEXT_GREY   0.35

#define BAR_ROW     17.0
#define RADAR_SIZE  250.0

/* --- Charts ------------------------------------------------------------------------ */

/* A chart keeps its own copy of what it draws: it is drawn when the
 * document is laid out, after the report may be gone. */
typedef struct
{
  guint      scale;       /* the number of points */
  GPtrArray *labels;      /* a bar's, or an axis's, label */
  GArray    *self;        /* double; NAN for none */
  GArray    *others;      /* double; NAN for none */
} Chart;

static Chart *
chart_new (guint scale)
{
  Chart *chart = g_new0 (Chart, 1);

  chart->scale = scale;
  chart->labels = g_ptr_array_new_with_free_func (g_free);
  chart->self = g_array_new (FALSE, FALSE, sizeof (double));
  chart->others = g_array_new (FALSE, FALSE, sizeof (double));
  return chart;
}

static void
chart_free (gpointer data)
{
  Chart *chart = data;

  g_ptr_array_unref (chart->labels);
  g_array_unref (chart->self);
  g_array_unref (chart->others);
  g_free (chart);
}

static void
chart_add (Chart      *chart,
           const char *label,
           double      self,
           double      others)
{
  g_ptr_array_add (chart->labels, g_strdup (label));
  g_array_append_val (chart->self, self);
  g_array_append_val (chart->others, others);
}

static PangoLayout *
small_layout (PangoContext *context,
              const char   *text,
              double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));

  pango_font_description_set_size (font, 8.5 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static void
show_text (cairo_t      *cr,
           PangoContext *context,
           const char   *text,
           double        x,
           double        y,
           double        width,
           double        align)   /* 0 left, 0.5 centred, 1 right of @x */
{
  g_autoptr(PangoLayout) layout = small_layout (context, text, width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - align * logical.width / (double) PANGO_SCALE,
                 y - logical.height / (2.0 * PANGO_SCALE));
  pango_cairo_show_layout (cr, layout);
}

/* One behaviour: a bar for each label (self, each group shown, everyone
 * but self), on the scale from 0 to its top point. */
static void
draw_bars (cairo_t      *cr,
           PangoContext *context,
           double        width,
           double        height,
           gpointer      user_data)
{
  const Chart *chart = user_data;
  double label_width = width * 0.3;
  double x0 = label_width + 8, x1 = width - 30;
  double bottom = chart->labels->len * BAR_ROW;

  cairo_set_line_width (cr, 0.5);
  for (guint v = 0; v <= chart->scale; v++)
    {
      double x = x0 + (x1 - x0) * v / chart->scale;
      char number[8];

      cairo_set_source_rgb (cr, GRID_GREY, GRID_GREY, GRID_GREY);
      cairo_move_to (cr, x, 0);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      g_snprintf (number, sizeof number, "%u", v);
      cairo_set_source_rgb (cr, TEXT_GREY, TEXT_GREY, TEXT_GREY);
      show_text (cr, context, number, x, bottom + 8, -1, 0.5);
    }

  for (guint i = 0; i < chart->labels->len; i++)
    {
      double self = g_array_index (chart->self, double, i);
      double value = isnan (self) ? g_array_index (chart->others, double, i) : self;
      double y = i * BAR_ROW;
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      cairo_set_source_rgb (cr, 0, 0, 0);
      show_text (cr, context, chart->labels->pdata[i], 0, y + BAR_ROW / 2, label_width, 0);

      if (isnan (value))
        continue;
      if (isnan (self))
        cairo_set_source_rgb (cr, OTHERS_RGB);
      else
        cairo_set_source_rgb (cr, SELF_RGB);
      cairo_rectangle (cr, x0, y + 3, (x1 - x0) * value / chart->scale, BAR_ROW - 6);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, 0, 0, 0);
      show_text (cr, context, g_ascii_formatd (number, sizeof number, "%.1f", value),
                 x0 + (x1 - x0) * value / chart->scale + 4, y + BAR_ROW / 2, -1, 0);
    }
}

static void
trace_polygon (cairo_t     *cr,
               const Chart *chart,
               GArray      *values,
               double       cx,
               double       cy,
               double       radius)
{
  guint n = chart->labels->len;
  gboolean started = FALSE;

  for (guint i = 0; i <= n; i++)
    {
      double value = g_array_index (values, double, i % n);
      double angle = -G_PI / 2 + 2 * G_PI * (i % n) / n;
      double r = isnan (value) ? 0 : radius * value / chart->scale;

      if (!started)
        cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      else
        cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      started = TRUE;
    }
  cairo_close_path (cr);
}

/* Every behaviour round a circle: self against everyone else. */
static void
draw_radar (cairo_t      *cr,
            PangoContext *context,
            double        width,
            double        height,
            gpointer      user_data)
{
  const Chart *chart = user_data;
  guint n = chart->labels->len;
  double cx = width / 2, cy = height / 2 + 6;
  double radius = MIN (height / 2 - 26, width / 2 - 130);

  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, GRID_GREY, GRID_GREY, GRID_GREY);
  for (guint v = 1; v <= chart->scale; v++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius * v / chart->scale, 0, 2 * G_PI);
    }
  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;

      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, cx + radius * cos (angle), cy + radius * sin (angle));
    }
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double c = cos (angle);
      double align = fabs (c) < 0.2 ? 0.5 : c > 0 ? 0 : 1;

      show_text (cr, context, chart->labels->pdata[i], cx + (radius + 8) * c,
                 cy + (radius + 10) * sin (angle), 120, align);
    }

  cairo_set_line_width (cr, 1.5);
  trace_polygon (cr, chart, chart->others, cx, cy, radius);
  cairo_set_source_rgba (cr, OTHERS_RGB, 0.18);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, OTHERS_RGB);
  cairo_stroke (cr);

  trace_polygon (cr, chart, chart->self, cx, cy, radius);
  cairo_set_source_rgb (cr, SELF_RGB);
  cairo_set_dash (cr, (double[]) { 4, 2 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The key. */
  cairo_set_source_rgb (cr, SELF_RGB);
  cairo_rectangle (cr, 0, 2, 10, 10);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (cr, context, C_("chart key", "Self"), 14, 7, -1, 0);
  cairo_set_source_rgb (cr, OTHERS_RGB);
  cairo_rectangle (cr, 0, 18, 10, 10);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (cr, context, C_("chart key", "Others"), 14, 23, -1, 0);
}

/* --- The document ------------------------------------------------------------------- */

static char *
format_mean (double value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (number, sizeof number, "%.1f", value));
}

/* What others said of behaviour @b, as one figure: everyone but self, or
 * the one group shown when there is no combined figure; NAN for none. */
static double
others_figure (HearthFeedbackReport *report,
               guint                 b)
{
  HearthFeedbackCombined combined;
  double value = NAN;
  guint shown = 0;

  if (hearth_feedback_report_get_combined (report, b, &combined) && combined.shown)
    return combined.mean;

  for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
    {
      HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
      HearthFeedbackFigures figures;

      if (relationship == HEARTH_RELATIONSHIP_SELF ||
          !hearth_feedback_report_get_figures (report, b, relationship, &figures) ||
          figures.shown != HEARTH_FEEDBACK_SHOWN)
        continue;
      value = figures.mean;
      shown++;
    }

  return shown == 1 ? value : NAN;
}

static void
add_behaviour_figures (HearthPdfWriter      *pdf,
                       HearthFeedbackReport *report,
                       guint                 b)
{
  Chart *chart = chart_new (hearth_feedback_report_get_scale_size (report));
  HearthFeedbackCombined combined;
  double self;

  if (hearth_feedback_report_get_self_rating (report, b, &self))
    {
      g_autofree char *text = format_mean (self);

      hearth_pdf_writer_add_detail (pdf, C_("rater group", "Self"), text);
      chart_add (chart, C_("rater group", "Self"), self, NAN);
    }

  for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
    {
      HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
      const char *label = hearth_relationship_get_group_label (relationship);
      g_autofree char *not_shown = NULL;
      g_autofree char *text = NULL;
      g_autofree char *mean = NULL;
      HearthFeedbackFigures figures;

      if (relationship == HEARTH_RELATIONSHIP_SELF ||
          !hearth_feedback_report_get_figures (report, b, relationship, &figures))
        continue;

      not_shown = hearth_feedback_figures_dup_not_shown (&figures);
      if (not_shown != NULL)
        {
          hearth_pdf_writer_add_detail (pdf, label, not_shown);
          continue;
        }

      mean = format_mean (figures.mean);
      if (figures.n_ratings > 1)
        /* Translators: a mean rating, the lowest and highest ratings, and how many. */
        text = g_strdup_printf (ngettext ("%s (lowest %d, highest %d; %u rating)",
                                          "%s (lowest %d, highest %d; %u ratings)",
                                          figures.n_ratings),
                                mean, figures.lowest, figures.highest, figures.n_ratings);
      else
        text = g_strdup (mean);
      hearth_pdf_writer_add_detail (pdf, label, text);
      chart_add (chart, label, NAN, figures.mean);
    }

  if (hearth_feedback_report_get_combined (report, b, &combined) && combined.shown)
    {
      g_autofree char *left_out = hearth_feedback_dup_groups_list (combined.left_out);
      g_autofree char *mean = format_mean (combined.mean);
      g_autofree char *text = NULL;

      if (left_out != NULL)
        /* Translators: a mean rating, then a list of groups, “Peers and Residents”. */
        text = g_strdup_printf (_("%s (leaves out %s: too few of them answered)"), mean,
                                left_out);
      hearth_pdf_writer_add_detail (pdf, _("Everyone but self"), text != NULL ? text : mean);
      chart_add (chart, _("Everyone but self"), NAN, combined.mean);
    }

  if (chart->labels->len > 0)
    hearth_pdf_writer_add_drawing (pdf, chart->labels->len * BAR_ROW + 16, draw_bars, chart,
                                   chart_free);
  else
    chart_free (chart);
}

static void
add_bullets (HearthPdfWriter    *pdf,
             const char * const *words)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    hearth_pdf_writer_add_bullet (pdf, words[i]);
}

static gboolean
has_words (const char * const *words)
{
  return words != NULL && words[0] != NULL;
}

HearthPdfWriter *
hearth_feedback_report_new_pdf (HearthFeedbackReport *report)
{
  g_autoptr(HearthPdfWriter) pdf = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *words_left_out = NULL;
  HearthFeedbackMinimums minimums;
  guint n_behaviours;
  gboolean numbers;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (report), NULL);

  numbers = !hearth_feedback_report_get_development_only (report);
  n_behaviours = hearth_feedback_report_get_n_behaviours (report);
  pdf = hearth_pdf_writer_new (hearth_feedback_report_get_title (report));
  hearth_pdf_writer_add_title (pdf, hearth_feedback_report_get_title (report));

  /* Translators: a date as in “22 November 2026”; see g_date_time_format(). */
  opens = hearth_date_format (hearth_feedback_report_get_opens_on (report), _("%-d %B %Y"));
  closes = hearth_date_format (hearth_feedback_report_get_closes_on (report), _("%-d %B %Y"));
  /* Translators: who the feedback is for, the framework, and two dates. */
  intro = g_strdup_printf (_("Feedback for %s on %s, from %s to %s"),
                           hearth_feedback_report_get_subject_name (report),
                           hearth_feedback_report_get_framework_name (report),
                           opens != NULL ? opens : hearth_feedback_report_get_opens_on (report),
                           closes != NULL ? closes : hearth_feedback_report_get_closes_on (report));
  hearth_pdf_writer_add_caption (pdf, intro);

  hearth_feedback_report_get_minimums (report, &minimums);
  if (numbers)
    {
      g_autofree char *rule = NULL;

      /* Translators: %u is the smallest number of raters shown as a group. */
      rule = g_strdup_printf (ngettext ("Ratings and words. Each group of raters other than "
                                        "self and the manager is shown only when at least %u "
                                        "of them answered, so that no one's answers can be "
                                        "picked out.",
                                        "Ratings and words. Each group of raters other than "
                                        "self and the manager is shown only when at least %u "
                                        "of them answered, so that no one's answers can be "
                                        "picked out.",
                                        minimums.other), minimums.other);
      hearth_pdf_writer_add_paragraph (pdf, rule);
    }
  else
    hearth_pdf_writer_add_paragraph (pdf, _("Development only: the raters' words, with no "
                                            "ratings."));

  if (numbers && n_behaviours >= 3)
    {
      Chart *chart = chart_new (hearth_feedback_report_get_scale_size (report));
      guint n_gaps = hearth_feedback_report_get_n_gaps (report);

      for (guint b = 0; b < n_behaviours; b++)
        {
          double self = NAN;

          hearth_feedback_report_get_self_rating (report, b, &self);
          chart_add (chart, hearth_feedback_report_get_behaviour_name (report, b), self,
                     others_figure (report, b));
        }

      hearth_pdf_writer_add_heading (pdf, _("Self and others"));
      hearth_pdf_writer_add_drawing (pdf, RADAR_SIZE, draw_radar, chart, chart_free);

      if (n_gaps > 0)
        {
          hearth_pdf_writer_add_heading (pdf, _("The biggest gaps"));
          hearth_pdf_writer_add_caption (pdf, _("Self minus others: above zero, they rated "
                                                "themselves higher than others did."));
          for (guint i = 0; i < MIN (n_gaps, 5); i++)
            {
              g_autofree char *text = NULL;
              guint b = 0;
              double gap = 0;
              char number[G_ASCII_DTOSTR_BUF_SIZE];

              if (!hearth_feedback_report_get_gap (report, i, &b, &gap))
                continue;
              text = g_strdup_printf ("%s: %s",
                                      hearth_feedback_report_get_behaviour_name (report, b),
                                      g_ascii_formatd (number, sizeof number, "%+.1f", gap));
              hearth_pdf_writer_add_bullet (pdf, text);
            }
        }
    }

  for (guint b = 0; b < n_behaviours; b++)
    {
      const char *meaning = hearth_feedback_report_get_behaviour_meaning (report, b);
      const char *self_example = hearth_feedback_report_get_self_example (report, b);
      const char * const *examples = hearth_feedback_report_get_examples (report, b);

      /* A behaviour's figures and their chart on one page, with its name. */
      hearth_pdf_writer_begin_kept (pdf);
      hearth_pdf_writer_add_heading (pdf, hearth_feedback_report_get_behaviour_name (report, b));
      if (meaning != NULL && *meaning != '\0')
        hearth_pdf_writer_add_paragraph (pdf, meaning);
      if (numbers)
        add_behaviour_figures (pdf, report, b);
      hearth_pdf_writer_end_kept (pdf);

      if (has_words (examples))
        {
          hearth_pdf_writer_add_subheading (pdf, _("Examples"));
          add_bullets (pdf, examples);
        }
      if (self_example != NULL && *self_example != '\0')
        {
          hearth_pdf_writer_add_subheading (pdf, _("Their own example"));
          hearth_pdf_writer_add_paragraph (pdf, self_example);
        }
    }

  hearth_pdf_writer_add_heading (pdf, _("Keep doing"));
  hearth_pdf_writer_add_caption (pdf, _("Strengths, in the raters' words"));
  if (has_words (hearth_feedback_report_get_keep_doing (report)))
    add_bullets (pdf, hearth_feedback_report_get_keep_doing (report));
  else
    hearth_pdf_writer_add_paragraph (pdf, _("No words to show."));

  hearth_pdf_writer_add_heading (pdf, _("Try"));
  hearth_pdf_writer_add_caption (pdf, _("Areas to develop, in the raters' words"));
  if (has_words (hearth_feedback_report_get_try (report)))
    add_bullets (pdf, hearth_feedback_report_get_try (report));
  else
    hearth_pdf_writer_add_paragraph (pdf, _("No words to show."));

  if (hearth_feedback_report_get_self_keep_doing (report) != NULL ||
      hearth_feedback_report_get_self_try (report) != NULL)
    {
      hearth_pdf_writer_add_heading (pdf, _("In their own words"));
      if (hearth_feedback_report_get_self_keep_doing (report) != NULL)
        hearth_pdf_writer_add_detail (pdf, _("Keep doing"),
                                      hearth_feedback_report_get_self_keep_doing (report));
      if (hearth_feedback_report_get_self_try (report) != NULL)
        hearth_pdf_writer_add_detail (pdf, _("Try"), hearth_feedback_report_get_self_try (report));
    }

  words_left_out = hearth_feedback_dup_groups_list (hearth_feedback_report_get_words_left_out (report));
  if (words_left_out != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a list of groups, “Peers and Residents”. */
      text = g_strdup_printf (_("The words of %s are not shown: too few of them answered."),
                              words_left_out);
      hearth_pdf_writer_add_caption (pdf, text);
    }

  return g_steal_pointer (&pdf);
}
