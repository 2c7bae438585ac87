/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-chart.h"
#include "hearth-feedback-report-csv.h"
#include "hearth-feedback-report-pdf.h"
#include "hearth-feedback-report-view.h"
#include "hearth-save-as.h"
#include "hearth-ui-utils.h"

/* How many of the gaps between self and others the report names. */
#define N_GAPS_SHOWN 3

struct _HearthFeedbackReportView
{
  AdwBin                parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwBanner            *banner;
  GtkLabel             *title_label;
  GtkLabel             *about_label;
  GtkLabel             *status_label;
  GtkWidget            *release_button;
  GtkWidget            *words_only_label;
  GtkBox               *charts_box;
  HearthFeedbackChart  *radar_chart;
  HearthFeedbackChart  *bar_chart;
  AdwPreferencesGroup  *gaps_group;
  GtkBox               *behaviours_box;
  AdwPreferencesGroup  *strengths_group;
  AdwPreferencesGroup  *develop_group;
  GtkLabel             *left_out_label;

  /* owned */
  HearthStore          *store;
  HearthFeedbackReport *report;

  gboolean              released;
  gboolean              narrow;
};

G_DEFINE_FINAL_TYPE (HearthFeedbackReportView, hearth_feedback_report_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The report's rows are built here, from its figures and words: one
 * group a behaviour (5 to 8 in the team's frameworks), a row a group
 * asked (at most 6) and a row a comment. */
static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *figure)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (figure != NULL)
    {
      GtkWidget *label = gtk_label_new (figure);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "title-4");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
add_quote (AdwPreferencesGroup *group,
           const char          *text,
           const char          *subtitle)
{
  /* Translators: a rater's words, quoted. */
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), text);
  return add_row (group, quoted, subtitle, NULL);
}

static char *
format_figure (double value)
{
  return g_strdup_printf ("%.1f", value);
}

/* "Peers, Partners": the groups whose bits are set in @groups. */
static char *
dup_group_list (guint groups)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < HEARTH_N_RELATIONSHIPS; r++)
    {
      if (!(groups & HEARTH_RELATIONSHIP_BIT (r)))
        continue;
      if (text->len > 0)
        /* Translators: between the names of groups in a list. */
        g_string_append (text, _(", "));
      g_string_append (text, hearth_relationship_get_group_label (r));
    }
  return g_string_free (text, FALSE);
}

static void
update_status (HearthFeedbackReportView *self)
{
  const char *person = hearth_feedback_report_get_subject_name (self->report);
  g_autofree char *status = NULL;

  if (self->released)
    status = g_strdup_printf (_("Released: %s can read this report."), person);
  else
    status = g_strdup_printf (_("Not released yet: %s cannot read this report."), person);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_set_visible (self->release_button, !self->released && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.release",
                                 !self->released && self->store != NULL);
}

static void
add_figures (HearthFeedbackReportView *self,
             AdwPreferencesGroup      *group,
             guint                     behaviour)
{
  HearthFeedbackReport *report = self->report;
  HearthFeedbackCombined combined;
  double rating;

  for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
    {
      HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
      const char *label = hearth_relationship_get_group_label (relationship);
      HearthFeedbackFigures figures;

      if (relationship == HEARTH_RELATIONSHIP_SELF)
        {
          if (hearth_feedback_report_get_self_rating (report, behaviour, &rating))
            {
              g_autofree char *figure = format_figure (rating);

              add_row (group, label, _("Their own rating"), figure);
            }
          else
            add_row (group, label, _("Not shown: not rated"), NULL);
          continue;
        }

      if (!hearth_feedback_report_get_figures (report, behaviour, relationship, &figures))
        continue;
      if (figures.shown == HEARTH_FEEDBACK_SHOWN)
        {
          g_autofree char *figure = format_figure (figures.mean);
          g_autofree char *spread = NULL;

          /* Translators: the spread of a group's ratings and how many
           * there were, as in “From 3 to 5 · 4 ratings”. */
          spread = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %d to %d · %u rating",
                                                 "From %d to %d · %u ratings", figures.n_ratings),
                                    figures.lowest, figures.highest, figures.n_ratings);
          add_row (group, label, spread, figure);
        }
      else
        {
          g_autofree char *why = hearth_feedback_dup_not_shown (&figures);

          add_row (group, label, why, NULL);
        }
    }

  /* Everyone but self, only when it is more than one group's figure. */
  if (hearth_feedback_report_get_combined (report, behaviour, &combined) && combined.shown)
    {
      g_autofree char *figure = format_figure (combined.mean);
      g_autofree char *about = NULL;

      if (combined.left_out != 0)
        {
          g_autofree char *groups = dup_group_list (combined.left_out);

          about = g_strdup_printf (_("Everyone but self, leaving out groups not shown: %s"), groups);
        }
      else
        about = g_strdup (_("Everyone but self"));
      add_row (group, C_("feedback report", "Others"), about, figure);
    }
}

static void
add_behaviour (HearthFeedbackReportView *self,
               guint                     behaviour)
{
  HearthFeedbackReport *report = self->report;
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char * const *examples = hearth_feedback_report_get_examples (report, behaviour);
  const char *own = hearth_feedback_report_get_self_example (report, behaviour);
  gboolean any = FALSE;

  adw_preferences_group_set_title (group, hearth_feedback_report_get_behaviour_name (report, behaviour));
  adw_preferences_group_set_description (group,
                                         hearth_feedback_report_get_behaviour_meaning (report, behaviour));

  if (!hearth_feedback_report_get_development_only (report))
    {
      add_figures (self, group, behaviour);
      any = TRUE;
    }

  for (guint i = 0; examples != NULL && examples[i] != NULL; i++, any = TRUE)
    add_quote (group, examples[i], _("An example"));
  if (own != NULL)
    {
      g_autofree char *whose = g_strdup_printf (_("%s’s own example"),
                                                hearth_feedback_report_get_subject_name (report));

      add_quote (group, own, whose);
      any = TRUE;
    }
  if (!any)
    add_row (group, _("No examples to show"), NULL, NULL);

  gtk_box_append (self->behaviours_box, GTK_WIDGET (group));
}

static void
add_gaps (HearthFeedbackReportView *self)
{
  HearthFeedbackReport *report = self->report;
  guint n = MIN (hearth_feedback_report_get_n_gaps (report), N_GAPS_SHOWN);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *about = NULL;
      g_autofree char *figure = NULL;
      guint behaviour;
      double gap;

      if (!hearth_feedback_report_get_gap (report, i, &behaviour, &gap))
        continue;
      if (gap >= 0)
        about = g_strdup_printf (_("Rated themselves %.1f higher than others did"), gap);
      else
        about = g_strdup_printf (_("Rated themselves %.1f lower than others did"), -gap);
      /* Translators: a gap between self and others, with its sign: “+1.2”, “−0.8”. */
      figure = gap >= 0 ? g_strdup_printf (_("+%.1f"), gap) : g_strdup_printf (_("−%.1f"), -gap);
      add_row (self->gaps_group, hearth_feedback_report_get_behaviour_name (report, behaviour),
               about, figure);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->gaps_group), n > 0);
}

static void
add_words (HearthFeedbackReportView *self,
           AdwPreferencesGroup      *group,
           const char * const       *words,
           const char               *own)
{
  guint n = 0;

  for (; words != NULL && words[n] != NULL; n++)
    add_quote (group, words[n], NULL);
  if (own != NULL)
    {
      g_autofree char *whose = g_strdup_printf (_("In %s’s own words"),
                                                hearth_feedback_report_get_subject_name (self->report));

      add_quote (group, own, whose);
      n++;
    }
  if (n == 0)
    add_row (group, _("Nothing to show"), NULL, NULL);
}

static void
fill (HearthFeedbackReportView *self)
{
  HearthFeedbackReport *report = self->report;
  gboolean words_only = hearth_feedback_report_get_development_only (report);
  g_autofree char *opens = hearth_format_date (hearth_feedback_report_get_opens_on (report));
  g_autofree char *closes = hearth_format_date (hearth_feedback_report_get_closes_on (report));
  g_autofree char *about = NULL;
  guint left_out;

  gtk_label_set_label (self->title_label, hearth_feedback_report_get_title (report));
  /* Translators: who the report is about, on which framework, and when
   * the cycle ran: “Priya Shah · Our values · 1 Nov 2026 to 30 Nov 2026”. */
  about = g_strdup_printf (_("%s · %s · %s to %s"), hearth_feedback_report_get_subject_name (report),
                           hearth_feedback_report_get_framework_name (report), opens, closes);
  gtk_label_set_label (self->about_label, about);
  self->released = hearth_feedback_report_get_released (report);
  update_status (self);

  /* Development only: words, no numbers anywhere. */
  gtk_widget_set_visible (self->words_only_label, words_only);
  gtk_widget_set_visible (GTK_WIDGET (self->charts_box), !words_only);
  hearth_feedback_chart_set_report (self->radar_chart, report);
  hearth_feedback_chart_set_report (self->bar_chart, report);
  if (!words_only)
    add_gaps (self);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->gaps_group), FALSE);

  for (guint b = 0; b < hearth_feedback_report_get_n_behaviours (report); b++)
    add_behaviour (self, b);

  add_words (self, self->strengths_group, hearth_feedback_report_get_keep_doing (report),
             hearth_feedback_report_get_self_keep_doing (report));
  add_words (self, self->develop_group, hearth_feedback_report_get_try (report),
             hearth_feedback_report_get_self_try (report));

  left_out = hearth_feedback_report_get_words_left_out (report);
  if (left_out != 0)
    {
      g_autofree char *groups = dup_group_list (left_out);
      g_autofree char *text = g_strdup_printf (_("Not shown, as too few of them answered: the "
                                                 "words of %s."), groups);

      gtk_label_set_label (self->left_out_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->left_out_label), left_out != 0);
}

static void
release_response_cb (HearthFeedbackReportView *self,
                     const char               *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!g_str_equal (response, "release") || self->store == NULL || self->report == NULL)
    return;

  if (!hearth_feedback_release (self->store, hearth_feedback_report_get_cycle_id (self->report),
                                &error))
    {
      adw_banner_set_title (self->banner, error->message);
      adw_banner_set_revealed (self->banner, TRUE);
      gtk_accessible_announce (GTK_ACCESSIBLE (self), error->message,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
      return;
    }

  adw_banner_set_revealed (self->banner, FALSE);
  self->released = TRUE;
  update_status (self);
  done = g_strdup_printf (_("Report released to %s"), hearth_feedback_report_get_subject_name (self->report));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), done, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
release_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (widget);
  g_autofree char *body = NULL;
  AdwDialog *alert;

  if (self->report == NULL || self->store == NULL || self->released)
    return;

  body = g_strdup_printf (_("%s will be able to read it. Reopening the cycle takes the release "
                            "back."), hearth_feedback_report_get_subject_name (self->report));
  alert = hearth_confirm_new (_("Release the Report?"), body, _("_Cancel"), "release",
                              _("_Release"), ADW_RESPONSE_SUGGESTED);
  /* Releasing cannot be taken back without reopening: nothing by default. */
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (release_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (alert, widget);
}

static HearthPdfWriter *
make_pdf (gpointer   data,
          GError   **error)
{
  return hearth_feedback_report_new_pdf (data);
}

static HearthCsvWriter *
make_csv (gpointer data)
{
  return hearth_feedback_report_csv_new (data);
}

/* "feedback-Priya Shah-2026-11-30.pdf": whose, and when the cycle closed. */
static char *
dup_file_name (HearthFeedbackReportView *self,
               const char               *extension)
{
  /* Translators: the file name offered for a feedback report: the person
   * and the closing date. */
  g_autofree char *name = g_strdup_printf (_("feedback-%s-%s"),
                                           hearth_feedback_report_get_subject_name (self->report),
                                           hearth_feedback_report_get_closes_on (self->report));

  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, ".", extension, NULL);
}

static void
save_pdf_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;

  name = dup_file_name (self, "pdf");
  hearth_pdf_save_as (widget, self->toast_overlay, _("Save Report as PDF"), name, make_pdf,
                      g_object_ref (self->report), g_object_unref, NULL);
}

static void
export_csv_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;

  name = dup_file_name (self, "csv");
  hearth_csv_save_as (widget, self->toast_overlay, _("Export as CSV"), name, make_csv,
                      g_object_ref (self->report), g_object_unref);
}

static void
hearth_feedback_report_view_dispose (GObject *object)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_REPORT_VIEW);
  g_clear_object (&self->report);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_feedback_report_view_parent_class)->dispose (object);
}

static void
hearth_feedback_report_view_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_report_view_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HearthFeedbackReportView *self = HEARTH_FEEDBACK_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_NARROW:
      hearth_feedback_report_view_set_narrow (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_report_view_class_init (HearthFeedbackReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_report_view_dispose;
  object_class->get_property = hearth_feedback_report_view_get_property;
  object_class->set_property = hearth_feedback_report_view_set_property;

  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_FEEDBACK_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, banner);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, about_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, status_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, release_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, words_only_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, charts_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, radar_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, bar_chart);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, behaviours_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, strengths_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, develop_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackReportView, left_out_label);

  gtk_widget_class_install_action (widget_class, "report.release", NULL, release_action_cb);
  gtk_widget_class_install_action (widget_class, "report.save-pdf", NULL, save_pdf_action_cb);
  gtk_widget_class_install_action (widget_class, "report.export-csv", NULL, export_csv_action_cb);
}

static void
hearth_feedback_report_view_init (HearthFeedbackReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.release", FALSE);
}

GtkWidget *
hearth_feedback_report_view_new (void)
{
  return g_object_new (HEARTH_TYPE_FEEDBACK_REPORT_VIEW, NULL);
}

HearthFeedbackReport *
hearth_feedback_report_view_get_report (HearthFeedbackReportView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW (self), NULL);

  return self->report;
}

void
hearth_feedback_report_view_set_report (HearthFeedbackReportView *self,
                                        HearthStore              *store,
                                        HearthFeedbackReport     *report)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));
  g_return_if_fail (HEARTH_IS_FEEDBACK_REPORT (report));
  /* The rows are built once, for one report. */
  g_return_if_fail (self->report == NULL);

  g_set_object (&self->store, store);
  self->report = g_object_ref (report);
  fill (self);
}

GtkWidget *
hearth_feedback_report_view_get_first_focus (HearthFeedbackReportView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW (self), NULL);

  if (gtk_widget_get_visible (self->release_button))
    return self->release_button;
  if (gtk_widget_get_visible (GTK_WIDGET (self->charts_box)))
    return GTK_WIDGET (self->radar_chart);
  return NULL;
}

gboolean
hearth_feedback_report_view_get_narrow (HearthFeedbackReportView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW (self), FALSE);

  return self->narrow;
}

void
hearth_feedback_report_view_set_narrow (HearthFeedbackReportView *self,
                                        gboolean                  narrow)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_REPORT_VIEW (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->charts_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  /* One above the other, each is as tall as it needs. */
  gtk_box_set_homogeneous (self->charts_box, !narrow);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}
