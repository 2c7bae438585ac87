/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-line-chart.h"
#include "hearth-one-to-one-insights-row.h"
#include "hearth-supervision-changes.h"

/* One person in the insights' one-to-ones:
 *
 *   HearthInsightsPage --> HearthOneToOneInsightsRow (this) --> HearthLineChart
 *        \--> HearthSupervisionInsights (a person's figures, copied in here)
 *
 * Their figures are written out in words, never compared with anyone's. */
struct _HearthOneToOneInsightsRow
{
  GtkListBoxRow    parent_instance;

  /* template widgets */
  GtkLabel        *name_label;
  GtkLabel        *rhythm_label;
  GtkLabel        *actions_label;
  HearthLineChart *wellbeing_chart;
  GtkLabel        *wellbeing_label;
};

G_DEFINE_FINAL_TYPE (HearthOneToOneInsightsRow, hearth_one_to_one_insights_row,
                     GTK_TYPE_LIST_BOX_ROW)

static char *
dup_rhythm_text (const HearthSupervisionInsightsPerson *person)
{
  if (person->held == 0)
    return g_strdup (_("No one-to-ones in this period"));

  /* Translators: one-to-ones held in the period, "4 of 5 held on rhythm, 1 late". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u held on rhythm, %u late",
                                       "%u of %u held on rhythm, %u late", person->held),
                          person->on_rhythm, person->held, person->late);
}

static char *
dup_actions_text (const HearthSupervisionInsightsPerson *person)
{
  /* Translators: actions of someone's one-to-ones closed in the period, and
   * those still open: "6 actions done, 1 dropped, 2 open". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action done, %u dropped, %u open",
                                       "%u actions done, %u dropped, %u open", person->done),
                          person->done, person->dropped, person->open);
}

/* "okay", to go inside a sentence. */
static char *
dup_level_word (int wellbeing)
{
  const char *label = hearth_wellbeing_get_label (wellbeing);

  return g_utf8_strdown (label != NULL ? label : "", -1);
}

static char *
dup_wellbeing_summary (GArray *points)
{
  const HearthWellbeingPoint *first, *last;
  g_autofree char *first_day = NULL, *last_day = NULL;
  g_autofree char *first_word = NULL, *last_word = NULL;

  if (points->len == 0)
    return g_strdup (_("How they are was not said in this period"));

  first = &g_array_index (points, HearthWellbeingPoint, 0);
  last = &g_array_index (points, HearthWellbeingPoint, points->len - 1);
  /* Translators: a day in a sentence about wellbeing, "26 January"; see strftime. */
  first_day = hearth_date_format (first->held_on, C_("wellbeing day", "%-d %B"));
  last_day = hearth_date_format (last->held_on, C_("wellbeing day", "%-d %B"));

  if (points->len == 1)
    /* Translators: how someone said they were, and when: "Okay on 26 January". */
    return g_strdup_printf (_("%s on %s"), hearth_wellbeing_get_label (first->wellbeing),
                            first_day);

  first_word = dup_level_word (first->wellbeing);
  last_word = dup_level_word (last->wellbeing);
  /* Translators: how someone was at the start of the chart and at its end:
   * "From okay on 26 January to thriving on 8 May". */
  return g_strdup_printf (_("From %s on %s to %s on %s"), first_word, first_day, last_word,
                          last_day);
}

static void
fill_chart (HearthOneToOneInsightsRow             *self,
            const HearthSupervisionInsightsPerson *person)
{
  const char *levels[6] = { NULL, };
  g_autofree char *title = NULL;

  for (int i = 1; i <= 5; i++)
    levels[i - 1] = hearth_wellbeing_get_label (i);
  hearth_line_chart_set_levels (self->wellbeing_chart, levels);

  /* Translators: what a screen reader calls the chart of someone's wellbeing. */
  title = g_strdup_printf (_("How %s said they were"), person->name);
  hearth_line_chart_set_title (self->wellbeing_chart, title);

  hearth_line_chart_clear (self->wellbeing_chart);
  for (guint i = 0; i < person->wellbeing->len; i++)
    {
      const HearthWellbeingPoint *point = &g_array_index (person->wellbeing,
                                                          HearthWellbeingPoint, i);
      GDate date;
      /* Translators: a day under a point of a chart, short: "26 Jan"; see strftime. */
      g_autofree char *label = hearth_date_format (point->held_on, C_("chart day", "%-d %b"));
      g_autofree char *day = hearth_date_format (point->held_on, C_("wellbeing day", "%-d %B"));
      g_autofree char *word = dup_level_word (point->wellbeing);
      /* Translators: a point of the chart of someone's wellbeing, as a
       * screen reader says it: "26 January: okay". */
      g_autofree char *spoken = g_strdup_printf (_("%s: %s"), day, word);

      if (label == NULL || !hearth_date_parse (point->held_on, &date, NULL))
        continue;
      hearth_line_chart_add (self->wellbeing_chart, g_date_get_julian (&date), point->wellbeing,
                             label, spoken);
    }
}

static void
hearth_one_to_one_insights_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_ONE_TO_ONE_INSIGHTS_ROW);

  G_OBJECT_CLASS (hearth_one_to_one_insights_row_parent_class)->dispose (object);
}

static void
hearth_one_to_one_insights_row_class_init (HearthOneToOneInsightsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_one_to_one_insights_row_dispose;

  g_type_ensure (HEARTH_TYPE_LINE_CHART);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/hearthapp/Hearth/insights/hearth-one-to-one-insights-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneInsightsRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneInsightsRow, rhythm_label);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneInsightsRow, actions_label);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneInsightsRow,
                                        wellbeing_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthOneToOneInsightsRow,
                                        wellbeing_label);
}

static void
hearth_one_to_one_insights_row_init (HearthOneToOneInsightsRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hearth_one_to_one_insights_row_new (const HearthSupervisionInsightsPerson *person)
{
  HearthOneToOneInsightsRow *self;
  g_autofree char *rhythm = NULL, *actions = NULL, *wellbeing = NULL, *description = NULL;

  g_return_val_if_fail (person != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_ONE_TO_ONE_INSIGHTS_ROW, NULL);
  rhythm = dup_rhythm_text (person);
  actions = dup_actions_text (person);
  wellbeing = dup_wellbeing_summary (person->wellbeing);

  gtk_label_set_label (self->name_label, person->name);
  gtk_label_set_label (self->rhythm_label, rhythm);
  gtk_label_set_label (self->actions_label, actions);
  gtk_label_set_label (self->wellbeing_label, wellbeing);
  fill_chart (self, person);

  /* A row is named by its person, and tells its figures in the order shown;
   * the chart, inside it, tells each point. */
  description = g_strjoin (". ", rhythm, actions, wellbeing, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, person->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return GTK_WIDGET (self);
}

const char *
hearth_one_to_one_insights_row_get_name (HearthOneToOneInsightsRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ONE_TO_ONE_INSIGHTS_ROW (self), NULL);

  return gtk_label_get_label (self->name_label);
}
