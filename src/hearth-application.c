/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hearth-application.h"
#include "hearth-backups.h"
#include "hearth-case-pdf.h"
#include "hearth-feedback-report-csv.h"
#include "hearth-feedback-report-pdf.h"
#include "hearth-feedback-response-window.h"
#include "hearth-one-to-one-pdf.h"
#include "hearth-pdf-writer.h"
#include "hearth-preferences-dialog.h"
#include "hearth-renderer.h"
#include "hearth-resident-export.h"
#include "hearth-sample-data.h"
#include "hearth-screenshots.h"
#include "hearth-staff-chooser.h"
#include "hearth-staff-member.h"
#include "hearth-ui-utils.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication  parent_instance;

  /* owned */
  GSettings      *settings;
  HearthStore    *store;
  char           *database_path;
  char           *screenshots_dir;

  /* The daily backup. */
  GCancellable   *backup_cancellable;
  guint           backup_source;
  gboolean        backing_up;
};

/* The first look for a due backup waits until the window is in use; then
 * Hearth looks again every hour, for a window left open for days. */
#define BACKUP_FIRST_SECONDS 60
#define BACKUP_EVERY_SECONDS (60 * 60)

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

/* GApplication hands the options of the main group to a dictionary, but an
 * option whose value may be left out needs a callback. */
static char *sample_data_option;

static gboolean
sample_data_option_cb (const char  *option_name,
                       const char  *value,
                       gpointer     data,
                       GError     **error)
{
  if (value == NULL || g_str_equal (value, "team"))
    value = "team";
  else if (!g_str_equal (value, "scale"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unknown kind of sample data “%s”: use “team” or “scale”"), value);
      return FALSE;
    }

  g_free (sample_data_option);
  sample_data_option = g_strdup (value);
  return TRUE;
}

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the usual one"), N_("PATH") },
  { "sample-data", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, sample_data_option_cb,
    N_("Fill an empty database with sample data: “team” (the default) or “scale”, the size of a "
       "large council, and quit"), N_("KIND") },
  { "screenshots", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a screenshot of each area into DIR and quit"), N_("DIR") },
  { "export-case-pdf", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Save the summary of case NUMBER as a PDF file named by --output, and quit"),
    N_("NUMBER") },
  { "export-feedback-report", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Save the report of 360° feedback cycle NUMBER, once closed and released, as the PDF or "
       "CSV file named by --output, and quit"), N_("NUMBER") },
  { "export-resident", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Save everything held about resident NUMBER, for a subject access request, as "
       "resident-NUMBER.json and resident-NUMBER.pdf in the folder named by --output, and "
       "quit"), N_("NUMBER") },
  { "export-one-to-one", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Save the shared record of one-to-one NUMBER, as both people in it see it and never with "
       "the supervisor’s private note, as the PDF file named by --output, and quit"),
    N_("NUMBER") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file to save an export in (a folder for --export-resident)"), N_("FILE") },
  { NULL }
};

static HearthStore *
open_store (HearthApplication  *self,
            GError            **error)
{
  if (self->database_path == NULL)
    self->database_path = hearth_store_dup_default_path ();

  return hearth_store_open (self->database_path, HEARTH_STORE_OPEN_DEFAULT, error);
}

static void
print_progress_cb (const char *stage,
                   double      fraction,
                   gpointer    user_data)
{
  if (isatty (STDOUT_FILENO))
    g_print ("\r%-40s %3d%%", stage, (int) (fraction * 100));
}

static int
fill_sample_data (HearthApplication *self)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HearthSampleKind kind;
  gint64 started;

  kind = g_str_equal (sample_data_option, "scale") ? HEARTH_SAMPLE_SCALE : HEARTH_SAMPLE_TEAM;

  store = open_store (self, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  started = g_get_monotonic_time ();
  if (!hearth_sample_data_fill_full (store, kind, 20261122, print_progress_cb, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (isatty (STDOUT_FILENO))
    g_print ("\n");
  g_print (_("Filled “%s” with sample data in %.1f seconds.\n"),
           hearth_store_get_path (store),
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  return EXIT_SUCCESS;
}

/* The database an export reads, opened only to read: the one named with
 * --database, or the usual one. */
static HearthStore *
open_for_export (HearthApplication  *self,
                 GError            **error)
{
  if (self->database_path == NULL)
    self->database_path = hearth_store_dup_default_path ();
  return hearth_store_open (self->database_path, HEARTH_STORE_OPEN_READ_ONLY, error);
}

/* Reads the database without ever writing to it, so an export can run
 * beside the app, or on a copy kept somewhere read-only. */
static int
export_case_pdf (HearthApplication *self,
                 gint64             case_id,
                 const char        *output)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 started;

  if (output == NULL)
    {
      g_printerr ("%s\n", _("Say where to save the PDF with --output=FILE"));
      return EXIT_FAILURE;
    }

  store = open_for_export (self, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (output);
  started = g_get_monotonic_time ();
  if (!hearth_case_pdf_save (store, case_id, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  name = g_file_get_parse_name (file);
  g_print (_("Saved the summary of the case in “%s” in %.1f seconds.\n"), name,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}

/* As the cycle's supervisor would see it once released; refuses what its
 * person could not see yet, so that scripts can check the rules. */
static int
export_feedback_report (HearthApplication *self,
                        gint64             cycle_id,
                        const char        *output)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFeedbackReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean pdf;

  if (output == NULL)
    {
      g_printerr ("%s\n", _("Say where to save the report with --output=FILE"));
      return EXIT_FAILURE;
    }
  pdf = g_str_has_suffix (output, ".pdf") || g_str_has_suffix (output, ".PDF");
  if (!pdf && !g_str_has_suffix (output, ".csv") && !g_str_has_suffix (output, ".CSV"))
    {
      g_printerr ("%s\n", _("Name the report's file with .pdf or .csv at the end, for a PDF "
                             "or a spreadsheet"));
      return EXIT_FAILURE;
    }

  store = open_for_export (self, &error);
  if (store != NULL)
    report = hearth_feedback_report_new (store, cycle_id, 0, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!hearth_feedback_report_get_released (report))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cycle_id);

      g_printerr (_("The report of feedback cycle %s has not been released yet; release it in "
                    "Hearth first\n"), number);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (output);
  if (pdf)
    {
      g_autoptr(HearthPdfWriter) writer = hearth_feedback_report_new_pdf (report);

      if (!hearth_pdf_writer_save (writer, file, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }
  else
    {
      g_autoptr(HearthCsvWriter) writer = hearth_feedback_report_csv_new (report);

      if (!hearth_csv_writer_save (writer, file, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  name = g_file_get_parse_name (file);
  g_print (_("Saved the feedback report in “%s”.\n"), name);
  return EXIT_SUCCESS;
}

/* The shared record of a one-to-one, from a database opened only to read.
 *
 * The command line acts as nobody in particular, so it writes the record
 * as the two people in the one-to-one both see it: the wellbeing they
 * shared, the record, the actions, the agreement and the addenda, and
 * never the supervisor's private note, which hearth_one_to_one_pdf_new()
 * does not read for anyone. Whoever can read the database file can read
 * the record already; the PDF is written for its owner alone (0600). */
static int
export_one_to_one (HearthApplication *self,
                   gint64             supervision_id,
                   const char        *output)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (output == NULL)
    {
      g_printerr ("%s\n", _("Say where to save the PDF with --output=FILE"));
      return EXIT_FAILURE;
    }
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      g_printerr ("%s\n", _("Name the one-to-one’s file with .pdf at the end"));
      return EXIT_FAILURE;
    }

  store = open_for_export (self, &error);
  file = g_file_new_for_commandline_arg (output);
  if (store == NULL || !hearth_one_to_one_pdf_save (store, supervision_id, file, NULL, &error))
    {
      if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, supervision_id);

          g_printerr (_("There is no one-to-one number %s\n"), number);
          return EXIT_FAILURE;
        }
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  name = g_file_get_parse_name (file);
  g_print (_("Saved the one-to-one in “%s”.\n"), name);
  return EXIT_SUCCESS;
}

/* A resident's subject access files, JSON and PDF, read from the database
 * without writing to it, into the folder @output. */
static int
export_resident (HearthApplication *self,
                 gint64             resident_id,
                 const char        *output)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_basename = NULL;
  g_autofree char *pdf_basename = NULL;
  g_autofree char *json_name = NULL;
  g_autofree char *pdf_name = NULL;

  if (output == NULL)
    {
      g_printerr ("%s\n", _("Say which folder to save the resident’s files in with --output=DIR"));
      return EXIT_FAILURE;
    }

  store = open_for_export (self, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  folder = g_file_new_for_commandline_arg (output);
  json_basename = g_strdup_printf ("resident-%" G_GINT64_FORMAT ".json", resident_id);
  pdf_basename = g_strdup_printf ("resident-%" G_GINT64_FORMAT ".pdf", resident_id);
  json = g_file_get_child (folder, json_basename);
  pdf = g_file_get_child (folder, pdf_basename);
  if (!hearth_resident_export_json (store, resident_id, json, &error) ||
      !hearth_resident_export_pdf (store, resident_id, pdf, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  json_name = g_file_get_parse_name (json);
  pdf_name = g_file_get_parse_name (pdf);
  g_print (_("Saved everything held about the resident in “%s” and “%s”.\n"), json_name,
           pdf_name);
  return EXIT_SUCCESS;
}

/* Every PDF says the team wrote it, as named in Preferences. From the
 * command line, before the application starts, the settings are read once
 * if their schema is installed. */
static void
use_team_name_for_documents (GSettings *settings)
{
  g_autoptr(GSettings) own = NULL;
  g_autofree char *name = NULL;

  if (settings == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema == NULL)
        return;
      settings = own = g_settings_new (APPLICATION_ID);
    }

  name = g_settings_get_string (settings, "team-name");
  hearth_pdf_writer_set_default_author (name);
}

static void
team_name_changed_cb (HearthApplication *self)
{
  use_team_name_for_documents (self->settings);
}

static int
hearth_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  const char *path = NULL;
  gint64 case_id = 0;
  gint64 cycle_id = 0;
  gint64 resident_id = 0;
  gint64 supervision_id = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hearth %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    self->database_path = g_canonicalize_filename (path, NULL);

  if (sample_data_option != NULL)
    return fill_sample_data (self);

  use_team_name_for_documents (NULL);

  if (g_variant_dict_lookup (options, "export-case-pdf", "x", &case_id))
    {
      const char *output = NULL;

      g_variant_dict_lookup (options, "output", "^&ay", &output);
      return export_case_pdf (self, case_id, output);
    }
  if (g_variant_dict_lookup (options, "export-feedback-report", "x", &cycle_id))
    {
      const char *output = NULL;

      g_variant_dict_lookup (options, "output", "^&ay", &output);
      return export_feedback_report (self, cycle_id, output);
    }
  if (g_variant_dict_lookup (options, "export-one-to-one", "x", &supervision_id))
    {
      const char *output = NULL;

      g_variant_dict_lookup (options, "output", "^&ay", &output);
      return export_one_to_one (self, supervision_id, output);
    }
  if (g_variant_dict_lookup (options, "export-resident", "x", &resident_id))
    {
      const char *output = NULL;

      g_variant_dict_lookup (options, "output", "^&ay", &output);
      return export_resident (self, resident_id, output);
    }
  if (g_variant_dict_contains (options, "output"))
    {
      g_printerr ("%s\n", _("--output names the file of an export, such as --export-case-pdf"));
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "screenshots", "^&ay", &path))
    {
      /* Screenshots come from this process alone, never from a running Hearth. */
      self->screenshots_dir = g_canonicalize_filename (path, NULL);
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (hearth_application_parent_class)->handle_local_options (app, options);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  HearthApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window saves its state, as closing it by hand does. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (G_APPLICATION (self));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  HearthApplication *self = user_data;
  static const char *developers[] = { "The Hearth authors", NULL };
  AdwDialog *about;

  about = adw_about_dialog_new ();
  g_object_set (about,
                "application-name", _("Hearth"),
                "application-icon", APPLICATION_ID,
                "developer-name", _("The Hearth authors"),
                "version", PACKAGE_VERSION,
                "website", "https://github.com/hearthapp/hearth",
                "issue-url", "https://github.com/hearthapp/hearth/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                "copyright", "© 2026 The Hearth authors",
                "developers", developers,
                /* Translators: put your names here, one per line. */
                "translator-credits", _("translator-credits"),
                "comments", _("Cases, barriers and feedback for housing teams that work "
                              "relationally with residents."),
                NULL);
  adw_dialog_present (about, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = hearth_preferences_dialog_new (self->store, self->settings);
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb },
  { "about", about_action_cb },
  { "preferences", preferences_action_cb },
};

static void
color_scheme_changed_cb (HearthApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint value = (guint) g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (value, G_N_ELEMENTS (schemes) - 1)]);
}

static void
hearth_application_startup (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (app);
  hearth_choose_renderer (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  /* The window builds its shortcuts window when it is first asked for. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-shortcuts",
                                         shortcuts_accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::team-name",
                           G_CALLBACK (team_name_changed_cb), self, G_CONNECT_SWAPPED);
  team_name_changed_cb (self);
}

/* First run: who is using Hearth. Every write records this person. */
static void
staff_chosen_cb (HearthStaffChooser *chooser,
                 gint64              staff_id,
                 HearthApplication  *self)
{
  g_settings_set_int64 (self->settings, "staff-id", staff_id);
  hearth_store_set_actor (self->store, staff_id);
}

static void
ask_who_is_using (HearthApplication *self,
                  GtkWindow         *window)
{
  AdwDialog *chooser = hearth_staff_chooser_new (self->store);

  g_signal_connect_object (chooser, "staff-chosen", G_CALLBACK (staff_chosen_cb), self, 0);
  adw_dialog_present (chooser, GTK_WIDGET (window));
}

static gboolean
actor_is_known (HearthApplication *self)
{
  g_autoptr(HearthStaffMember) member = NULL;
  gint64 staff_id = g_settings_get_int64 (self->settings, "staff-id");

  if (staff_id <= 0)
    return FALSE;

  member = hearth_staff_member_load (self->store, staff_id, NULL);
  return member != NULL;
}

static void
welcome_response_cb (AdwAlertDialog    *dialog,
                     const char        *response,
                     HearthApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (g_str_equal (response, "sample"))
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_sample_data_fill (self->store, HEARTH_SAMPLE_TEAM, &error))
        hearth_window_show_error (HEARTH_WINDOW (window), error);
    }

  g_settings_set_boolean (self->settings, "first-run-done", TRUE);
  ask_who_is_using (self, window);
}

static void
welcome (HearthApplication *self,
         GtkWindow         *window)
{
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (_("Welcome to Hearth"),
                                 _("Hearth keeps the whole story of each resident, the barriers "
                                   "your team finds, and your feedback and one-to-ones. Would you "
                                   "like to look around a sample team first, or start with an "
                                   "empty record?"));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "empty", _("_Start Empty"),
                                  "sample", _("_Explore With Sample Data"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "sample",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "sample");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "empty");
  g_signal_connect_object (dialog, "response", G_CALLBACK (welcome_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (window));
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HearthApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hearth_backups_make_finish (HEARTH_STORE (source), result, &error);

  self->backing_up = FALSE;
  /* Only the reason: the path names no resident, but the log needs none. */
  if (path == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("The daily backup could not be made: %s", error->message);
  g_application_release (G_APPLICATION (self));
}

static gboolean
backup_if_due_cb (gpointer data)
{
  HearthApplication *self = data;

  if (self->store != NULL && !hearth_store_is_read_only (self->store) && !self->backing_up &&
      hearth_backups_is_due (self->store))
    {
      self->backing_up = TRUE;
      g_application_hold (G_APPLICATION (self));
      hearth_backups_make_async (self->store, self->backup_cancellable, backed_up_cb, self);
    }

  self->backup_source = g_timeout_add_seconds_full (G_PRIORITY_LOW, BACKUP_EVERY_SECONDS,
                                                    backup_if_due_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_backups (HearthApplication *self)
{
  if (self->backup_source != 0 || self->screenshots_dir != NULL)
    return;
  self->backup_cancellable = g_cancellable_new ();
  self->backup_source = g_timeout_add_seconds_full (G_PRIORITY_LOW, BACKUP_FIRST_SECONDS,
                                                    backup_if_due_cb, self, NULL);
}

static void
hearth_application_activate (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  gboolean empty = FALSE;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    self->store = open_store (self, &error);

  if (self->store == NULL)
    {
      window = GTK_WINDOW (hearth_window_new_for_error (self, error));
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (hearth_window_new (self, self->store));
  gtk_window_present (window);
  schedule_backups (self);

  if (self->screenshots_dir != NULL)
    {
      hearth_screenshots_run (HEARTH_WINDOW (window), self->screenshots_dir);
      return;
    }

  if (hearth_store_is_read_only (self->store))
    {
      hearth_store_set_actor (self->store, g_settings_get_int64 (self->settings, "staff-id"));
      return;
    }

  if (!g_settings_get_boolean (self->settings, "first-run-done") &&
      hearth_sample_data_is_empty (self->store, &empty, NULL) && empty)
    {
      welcome (self, window);
      return;
    }

  g_settings_set_boolean (self->settings, "first-run-done", TRUE);
  if (actor_is_known (self))
    hearth_store_set_actor (self->store, g_settings_get_int64 (self->settings, "staff-id"));
  else
    ask_who_is_using (self, window);
}

/* A response file opened from the file manager or named on the command
 * line: each in a window of its own, answered in the file itself, with no
 * team database needed (a partner or resident may have only the file). */
static void
hearth_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    gtk_window_present (hearth_feedback_response_window_new (GTK_APPLICATION (app), files[i]));
}

static void
hearth_application_shutdown (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);

  G_APPLICATION_CLASS (hearth_application_parent_class)->shutdown (app);

  /* A backup under way stops within one step and removes its part file. */
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_cancellable_cancel (self->backup_cancellable);
  while (self->backing_up)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&self->backup_cancellable);

  /* The last write is committed; closing the store checkpoints the WAL. */
  g_clear_object (&self->store);
}

static void
hearth_application_finalize (GObject *object)
{
  HearthApplication *self = HEARTH_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->screenshots_dir, g_free);

  G_OBJECT_CLASS (hearth_application_parent_class)->finalize (object);
}

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hearth_application_finalize;

  app_class->handle_local_options = hearth_application_handle_local_options;
  app_class->startup = hearth_application_startup;
  app_class->activate = hearth_application_activate;
  app_class->open = hearth_application_open;
  app_class->shutdown = hearth_application_shutdown;

  hearth_ui_init ();
}

static void
hearth_application_init (HearthApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Cases, barriers and feedback for housing teams."));
  /* Translators: what may follow the options: feedback forms to answer. */
  g_application_set_option_context_parameter_string (G_APPLICATION (self),
                                                     _("[FEEDBACK-FORM…]"));
}

HearthApplication *
hearth_application_new (void)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/hearthapp/Hearth",
                       NULL);
}

HearthStore *
hearth_application_get_store (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->store;
}

GSettings *
hearth_application_get_settings (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
hearth_application_get_database_path (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->database_path;
}
