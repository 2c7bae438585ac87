/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-feedback-report-csv.h"

char *
hearth_feedback_figures_dup_not_shown (const HearthFeedbackFigures *figures)
{
  guint n;

  g_return_val_if_fail (figures != NULL, NULL);

  n = figures->minimum;
  if (figures->shown == HEARTH_FEEDBACK_SHOWN)
    return NULL;

  if (figures->shown == HEARTH_FEEDBACK_TOO_FEW_RATED)
    switch (figures->relationship)
      {
      case HEARTH_RELATIONSHIP_SELF:
        return g_strdup (_("Not shown: no rating of their own"));
      case HEARTH_RELATIONSHIP_MANAGER:
        return g_strdup (_("Not shown: the manager gave no rating"));
      case HEARTH_RELATIONSHIP_PEER:
        return g_strdup_printf (ngettext ("Not shown: fewer than %u peer rated this",
                                          "Not shown: fewer than %u peers rated this", n), n);
      case HEARTH_RELATIONSHIP_DIRECT_REPORT:
        return g_strdup_printf (ngettext ("Not shown: fewer than %u direct report rated this",
                                          "Not shown: fewer than %u direct reports rated this",
                                          n), n);
      case HEARTH_RELATIONSHIP_PARTNER:
        return g_strdup_printf (ngettext ("Not shown: fewer than %u partner rated this",
                                          "Not shown: fewer than %u partners rated this", n), n);
      case HEARTH_RELATIONSHIP_RESIDENT:
        return g_strdup_printf (ngettext ("Not shown: fewer than %u resident rated this",
                                          "Not shown: fewer than %u residents rated this", n),
                                n);
      default:
        g_return_val_if_reached (NULL);
      }

  switch (figures->relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
      return g_strdup (_("Not shown: they did not answer about themselves"));
    case HEARTH_RELATIONSHIP_MANAGER:
      return g_strdup (_("Not shown: the manager did not answer"));
    case HEARTH_RELATIONSHIP_PEER:
      return g_strdup_printf (ngettext ("Not shown: fewer than %u peer answered",
                                        "Not shown: fewer than %u peers answered", n), n);
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
      return g_strdup_printf (ngettext ("Not shown: fewer than %u direct report answered",
                                        "Not shown: fewer than %u direct reports answered", n),
                              n);
    case HEARTH_RELATIONSHIP_PARTNER:
      return g_strdup_printf (ngettext ("Not shown: fewer than %u partner answered",
                                        "Not shown: fewer than %u partners answered", n), n);
    case HEARTH_RELATIONSHIP_RESIDENT:
      return g_strdup_printf (ngettext ("Not shown: fewer than %u resident answered",
                                        "Not shown: fewer than %u residents answered", n), n);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_feedback_dup_groups_list (guint groups)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0, i = 0;

  for (HearthRelationship r = 0; r < HEARTH_N_RELATIONSHIPS; r++)
    if (groups & HEARTH_RELATIONSHIP_BIT (r))
      n++;
  if (n == 0)
    return NULL;

  for (HearthRelationship r = 0; r < HEARTH_N_RELATIONSHIPS; r++)
    {
      if (!(groups & HEARTH_RELATIONSHIP_BIT (r)))
        continue;
      if (i > 0 && i == n - 1)
        /* Translators: between the last two groups of a list. */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, _(", "));
      g_string_append (text, hearth_relationship_get_group_label (r));
      i++;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_mean (HearthCsvWriter *writer,
          double           mean)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A plain number with a full stop, as spreadsheets read it anywhere. */
  hearth_csv_writer_add_field (writer, g_ascii_formatd (buffer, sizeof buffer, "%.2f", mean));
}

static void
add_words (HearthCsvWriter    *writer,
           const char         *section,
           const char         *behaviour,
           const char         *group,
           const char * const *words,
           gboolean            numbers)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      hearth_csv_writer_add_field (writer, section);
      hearth_csv_writer_add_field (writer, behaviour);
      hearth_csv_writer_add_field (writer, group);
      if (numbers)
        for (guint c = 0; c < 5; c++)
          hearth_csv_writer_add_field (writer, "");
      hearth_csv_writer_add_field (writer, words[i]);
      hearth_csv_writer_end_row (writer);
    }
}

static void
add_figures (HearthCsvWriter      *writer,
             HearthFeedbackReport *report,
             guint                 b)
{
  const char *name = hearth_feedback_report_get_behaviour_name (report, b);
  HearthFeedbackCombined combined;
  double gap = 0;

  for (guint g = 0; g < hearth_feedback_report_get_n_groups (report); g++)
    {
      HearthRelationship relationship = hearth_feedback_report_get_group (report, g);
      g_autofree char *not_shown = NULL;
      HearthFeedbackFigures figures;

      if (!hearth_feedback_report_get_figures (report, b, relationship, &figures))
        continue;

      hearth_csv_writer_add_field (writer, C_("feedback csv section", "Rating"));
      hearth_csv_writer_add_field (writer, name);
      hearth_csv_writer_add_field (writer, hearth_relationship_get_group_label (relationship));
      not_shown = hearth_feedback_figures_dup_not_shown (&figures);
      if (not_shown == NULL)
        {
          hearth_csv_writer_add_int (writer, figures.n_responses);
          hearth_csv_writer_add_int (writer, figures.n_ratings);
          add_mean (writer, figures.mean);
          hearth_csv_writer_add_int (writer, figures.lowest);
          hearth_csv_writer_add_int (writer, figures.highest);
          hearth_csv_writer_add_field (writer, "");
        }
      else
        {
          /* A group not shown has no figure at all, not even how many of
           * it answered. */
          for (guint c = 0; c < 5; c++)
            hearth_csv_writer_add_field (writer, "");
          hearth_csv_writer_add_field (writer, not_shown);
        }
      hearth_csv_writer_end_row (writer);
    }

  if (hearth_feedback_report_get_combined (report, b, &combined) && combined.shown)
    {
      g_autofree char *left_out = hearth_feedback_dup_groups_list (combined.left_out);
      g_autofree char *note = NULL;

      if (left_out != NULL)
        /* Translators: %s is a list of groups, “Peers and Residents”. */
        note = g_strdup_printf (_("Leaves out %s: too few of them answered"), left_out);

      hearth_csv_writer_add_field (writer, C_("feedback csv section", "Everyone but self"));
      hearth_csv_writer_add_field (writer, name);
      hearth_csv_writer_add_field (writer, "");
      hearth_csv_writer_add_field (writer, "");
      hearth_csv_writer_add_int (writer, combined.n_ratings);
      add_mean (writer, combined.mean);
      hearth_csv_writer_add_field (writer, "");
      hearth_csv_writer_add_field (writer, "");
      hearth_csv_writer_add_field (writer, note != NULL ? note : "");
      hearth_csv_writer_end_row (writer);
    }

  for (guint i = 0; i < hearth_feedback_report_get_n_gaps (report); i++)
    {
      guint which = 0;

      if (hearth_feedback_report_get_gap (report, i, &which, &gap) && which == b)
        {
          hearth_csv_writer_add_field (writer, C_("feedback csv section", "Gap, self minus others"));
          hearth_csv_writer_add_field (writer, name);
          for (guint c = 0; c < 3; c++)
            hearth_csv_writer_add_field (writer, "");
          add_mean (writer, gap);
          for (guint c = 0; c < 3; c++)
            hearth_csv_writer_add_field (writer, "");
          hearth_csv_writer_end_row (writer);
        }
    }
}

HearthCsvWriter *
hearth_feedback_report_csv_new (HearthFeedbackReport *report)
{
  g_autoptr(HearthCsvWriter) writer = NULL;
  const char *self_label = hearth_relationship_get_group_label (HEARTH_RELATIONSHIP_SELF);
  gboolean numbers;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_REPORT (report), NULL);

  numbers = !hearth_feedback_report_get_development_only (report);
  writer = hearth_csv_writer_new ();

  /* Words only in a development-only cycle: not even an empty column for
   * figures. */
  hearth_csv_writer_add_field (writer, C_("csv column", "Section"));
  hearth_csv_writer_add_field (writer, C_("csv column", "Behaviour"));
  hearth_csv_writer_add_field (writer, C_("csv column", "Group"));
  if (numbers)
    {
      hearth_csv_writer_add_field (writer, C_("csv column", "Answered"));
      hearth_csv_writer_add_field (writer, C_("csv column", "Ratings"));
      hearth_csv_writer_add_field (writer, C_("csv column", "Mean"));
      hearth_csv_writer_add_field (writer, C_("csv column", "Lowest"));
      hearth_csv_writer_add_field (writer, C_("csv column", "Highest"));
    }
  hearth_csv_writer_add_field (writer, C_("csv column", "Text"));
  hearth_csv_writer_end_row (writer);

  for (guint b = 0; b < hearth_feedback_report_get_n_behaviours (report); b++)
    {
      const char *name = hearth_feedback_report_get_behaviour_name (report, b);
      const char *self_example = hearth_feedback_report_get_self_example (report, b);
      const char *self_words[] = { self_example, NULL };

      if (numbers)
        add_figures (writer, report, b);
      add_words (writer, C_("feedback csv section", "Example"), name, "",
                 hearth_feedback_report_get_examples (report, b), numbers);
      if (self_example != NULL && *self_example != '\0')
        add_words (writer, C_("feedback csv section", "Example"), name, self_label, self_words,
                   numbers);
    }

  {
    const char *keep = hearth_feedback_report_get_self_keep_doing (report);
    const char *try_doing = hearth_feedback_report_get_self_try (report);
    const char *self_keep[] = { keep, NULL };
    const char *self_try[] = { try_doing, NULL };

    add_words (writer, C_("feedback csv section", "Keep doing"), "", "",
               hearth_feedback_report_get_keep_doing (report), numbers);
    add_words (writer, C_("feedback csv section", "Try"), "", "",
               hearth_feedback_report_get_try (report), numbers);
    if (keep != NULL && *keep != '\0')
      add_words (writer, C_("feedback csv section", "Keep doing"), "", self_label, self_keep,
                 numbers);
    if (try_doing != NULL && *try_doing != '\0')
      add_words (writer, C_("feedback csv section", "Try"), "", self_label, self_try, numbers);
  }

  {
    g_autofree char *left_out =
      hearth_feedback_dup_groups_list (hearth_feedback_report_get_words_left_out (report));
    g_autofree char *note = NULL;
    const char *notes[] = { NULL, NULL };

    if (left_out != NULL)
      {
        /* Translators: %s is a list of groups, “Peers and Residents”. */
        notes[0] = note = g_strdup_printf (_("The words of %s are not shown: too few of them "
                                             "answered"), left_out);
        add_words (writer, C_("feedback csv section", "Not shown"), "", "", notes, numbers);
      }
  }

  return g_steal_pointer (&writer);
}
