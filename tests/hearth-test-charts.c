/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "hearth-test-charts.h"
#include "hearth-test-widgets.h"

/* The font the chart's style gives it, small and twice as large. */
#define SMALL_TEXT "hearth-test-chart-small"
#define LARGE_TEXT "hearth-test-chart-large"

typedef struct
{
  guint            n_texts;
  double           smallest;   /* the text's font sizes, in pixels */
  double           largest;
  gsize            painted;    /* pixels not left transparent */
  graphene_rect_t  bounds;
} Drawing;

static void
add_css (void)
{
  static gboolean added;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (added)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_string (provider,
                                     "." SMALL_TEXT " { font-size: 10pt; }\n"
                                     "." LARGE_TEXT " { font-size: 20pt; }\n");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  added = TRUE;
}

/* The one node @node holds, for the nodes that hold one and no more. */
static GskRenderNode *
only_child (GskRenderNode *node)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_TRANSFORM_NODE)
    {
      /* A chart moves its labels, never scales them. */
      g_assert_cmpint (gsk_transform_get_category (gsk_transform_node_get_transform (node)), >=,
                       GSK_TRANSFORM_CATEGORY_2D_TRANSLATE);
      return gsk_transform_node_get_child (node);
    }
  if (type == GSK_CLIP_NODE)
    return gsk_clip_node_get_child (node);
  if (type == GSK_ROUNDED_CLIP_NODE)
    return gsk_rounded_clip_node_get_child (node);
  if (type == GSK_OPACITY_NODE)
    return gsk_opacity_node_get_child (node);
  if (type == GSK_DEBUG_NODE)
    return gsk_debug_node_get_child (node);
  return NULL;
}

/* Every text node below @node, whatever holds it. */
static void
collect_texts (GskRenderNode *node,
               Drawing       *drawing)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);
  GskRenderNode *child;

  if (type == GSK_CONTAINER_NODE)
    {
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_texts (gsk_container_node_get_child (node, i), drawing);
    }
  else if (type == GSK_TEXT_NODE)
    {
      PangoFontDescription *font = pango_font_describe_with_absolute_size (gsk_text_node_get_font (node));
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      drawing->smallest = drawing->n_texts == 0 ? size : MIN (drawing->smallest, size);
      drawing->largest = drawing->n_texts == 0 ? size : MAX (drawing->largest, size);
      drawing->n_texts++;
      pango_font_description_free (font);
    }
  else if ((child = only_child (node)) != NULL)
    {
      collect_texts (child, drawing);
    }
}

static gsize
count_painted (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  gsize painted = 0;

  gdk_texture_download (texture, (guchar *) pixels, width * sizeof (guint32));
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[i] != 0)
      painted++;
  return painted;
}

static void
draw (GtkWidget  *chart,
      int         width,
      const char *font,
      gboolean    dark,
      const char *name,
      Drawing    *drawing)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int height;

  adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                    : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_add_css_class (chart, font);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, width, -1);
  gtk_window_set_child (window, chart);
  hearth_test_present (window);
  HEARTH_TEST_ITERATE_UNTIL (gtk_widget_get_width (chart) == width);
  hearth_test_wait_drawn (chart);
  height = gtk_widget_get_height (chart);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (chart);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  *drawing = (Drawing) { 0, };
  collect_texts (node, drawing);
  gsk_render_node_get_bounds (node, &drawing->bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  drawing->painted = count_painted (texture);

  if (g_getenv ("HEARTH_TEST_CHART_DIR") != NULL)
    {
      g_autofree char *file = g_strdup_printf ("%s-%d-%s%s.png", name, width, font,
                                               dark ? "-dark" : "");
      g_autofree char *path = g_build_filename (g_getenv ("HEARTH_TEST_CHART_DIR"), file, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
    }

  gtk_window_set_child (window, NULL);
  gtk_widget_remove_css_class (chart, font);
  hearth_test_destroy (window);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

void
hearth_test_check_chart_drawing (GtkWidget  *chart,
                                 const char *name)
{
  static const int widths[] = { 360, 800 };

  g_return_if_fail (GTK_IS_WIDGET (chart));

  add_css ();
  g_object_ref_sink (chart);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        Drawing small, large;

        draw (chart, widths[w], SMALL_TEXT, dark, name, &small);
        draw (chart, widths[w], LARGE_TEXT, dark, name, &large);

        for (guint i = 0; i < 2; i++)
          {
            Drawing *drawing = i == 0 ? &small : &large;

            g_test_message ("%s at %d px%s: %u texts, %zu pixels painted, from %.1f to %.1f",
                            name, widths[w], dark ? ", dark" : "", drawing->n_texts,
                            drawing->painted, drawing->bounds.origin.x,
                            drawing->bounds.origin.x + drawing->bounds.size.width);
            g_assert_cmpuint (drawing->n_texts, >, 0);
            g_assert_cmpuint (drawing->painted, >, 0);
            /* A pixel either side for the edges of the glyphs. */
            g_assert_cmpfloat (drawing->bounds.origin.x, >=, -1);
            g_assert_cmpfloat (drawing->bounds.origin.x + drawing->bounds.size.width, <=,
                               widths[w] + 1);
          }

        /* Twice the font, twice the text: the largest labels are as large
         * again, and none is smaller than it was. */
        g_assert_cmpfloat_with_epsilon (large.largest / small.largest, 2.0, 0.02);
        g_assert_cmpfloat (large.smallest, >=, 2 * small.smallest * 0.99);
      }

  g_object_unref (chart);
}
