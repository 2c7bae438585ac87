/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-feedback-response-page.h"
#include "hearth-feedback-response-view.h"
#include "hearth-text-field.h"
#include "hearth-ui-utils.h"

/* How long the rater pauses before what they wrote is kept. */
#define SAVE_DELAY_MS 600

struct _HearthFeedbackResponseView
{
  AdwBin                        parent_instance;

  /* template widgets */
  AdwBanner                    *banner;
  GtkStack                     *stack;
  GtkLabel                     *person_label;
  GtkLabel                     *cycle_label;
  GtkLabel                     *rater_label;
  GtkLabel                     *alone_label;
  GtkLabel                     *kept_label;
  GtkLabel                     *pages_label;
  GtkLabel                     *closes_label;
  GtkWidget                    *words_box;
  HearthTextField              *keep_field;
  HearthTextField              *try_field;
  AdwStatusPage                *submit_page;
  GtkWidget                    *submit_button;
  GtkLabel                     *position_label;
  GtkWidget                    *next_button;

  /* borrowed: the stack's pages in order, and the behaviours' among them */
  GPtrArray                    *pages;
  GPtrArray                    *behaviour_pages;

  /* owned */
  HearthFeedbackResponseSource *source;

  guint                         save_id;
  gboolean                      dirty;      /* answered since last kept */
  gboolean                      locked;
  gboolean                      narrow;
  gboolean                      filling;    /* showing what was kept */
};

G_DEFINE_FINAL_TYPE (HearthFeedbackResponseView, hearth_feedback_response_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOCKED,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SUBMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthFeedbackAnswers *
collect_answers (HearthFeedbackResponseView *self)
{
  HearthFeedbackAnswers *answers = hearth_feedback_answers_new ();
  g_autofree char *keep = hearth_text_field_dup_text (self->keep_field);
  g_autofree char *try = hearth_text_field_dup_text (self->try_field);

  for (guint i = 0; i < self->behaviour_pages->len; i++)
    hearth_feedback_response_page_get_answers (g_ptr_array_index (self->behaviour_pages, i),
                                               answers);
  hearth_feedback_answers_set_keep_doing (answers, keep);
  hearth_feedback_answers_set_try (answers, try);
  return answers;
}

static void
show_problem (HearthFeedbackResponseView *self,
              const char                 *message,
              gboolean                    can_retry)
{
  adw_banner_set_title (self->banner, message);
  adw_banner_set_button_label (self->banner, can_retry ? _("_Try Again") : NULL);
  adw_banner_set_revealed (self->banner, TRUE);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
save_now_cb (HearthFeedbackResponseView *self)
{
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->source == NULL || self->locked)
    return;

  answers = collect_answers (self);
  if (!hearth_feedback_response_source_save (self->source, answers, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Your last answers are not kept yet: %s"),
                                                  error->message);

      show_problem (self, message, TRUE);
      return;
    }
  self->dirty = FALSE;
  adw_banner_set_revealed (self->banner, FALSE);
}

static gboolean
save_timeout_cb (gpointer data)
{
  HearthFeedbackResponseView *self = data;

  self->save_id = 0;
  save_now_cb (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (HearthFeedbackResponseView *self)
{
  if (self->locked || self->filling || self->source == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static guint
current_page (HearthFeedbackResponseView *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);
  guint index = 0;

  if (visible != NULL && g_ptr_array_find (self->pages, visible, &index))
    return index;
  return 0;
}

static void
update_actions (HearthFeedbackResponseView *self)
{
  guint page = current_page (self);
  gboolean sent_before = self->locked && self->behaviour_pages->len == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "response.previous", page > 0 && !sent_before);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "response.next",
                                 page + 1 < self->pages->len && !sent_before);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "response.submit",
                                 self->source != NULL && !self->locked);
}

static void
update_submit_page (HearthFeedbackResponseView *self)
{
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autofree char *description = NULL;
  guint n = self->behaviour_pages->len, answered = 0;

  if (self->locked)
    {
      adw_status_page_set_icon_name (self->submit_page, "object-select-symbolic");
      adw_status_page_set_title (self->submit_page, _("Answers Sent"));
      adw_status_page_set_description (self->submit_page,
                                       _("Thank you. These answers have been sent and can no "
                                         "longer be changed."));
      gtk_widget_set_visible (self->submit_button, FALSE);
      return;
    }

  answers = collect_answers (self);
  for (guint i = 0; i < n; i++)
    {
      HearthFeedbackResponsePage *page = g_ptr_array_index (self->behaviour_pages, i);
      gint64 id = hearth_feedback_response_page_get_behaviour_id (page);

      if (hearth_feedback_answers_get_rating (answers, id) > 0 ||
          hearth_feedback_answers_get_not_seen (answers, id) ||
          hearth_feedback_answers_get_example (answers, id)[0] != '\0')
        answered++;
    }
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "You answered %u of %u behaviour. Once you submit "
                                              "your answers, they cannot be changed.",
                                              "You answered %u of %u behaviours. Once you submit "
                                              "your answers, they cannot be changed.",
                                              n),
                                 answered, n);
  adw_status_page_set_description (self->submit_page, description);
}

static void
page_changed_cb (HearthFeedbackResponseView *self)
{
  g_autofree char *position = NULL;

  if (self->pages == NULL || self->pages->len == 0)
    return;

  /* Translators: where the rater is in the response: page 2 of 9. */
  position = g_strdup_printf (_("%u of %u"), current_page (self) + 1, self->pages->len);
  gtk_label_set_label (self->position_label, position);
  if (gtk_stack_get_visible_child (self->stack) == g_ptr_array_index (self->pages, self->pages->len - 1))
    update_submit_page (self);
  update_actions (self);
}

/* Shows page @index and puts the focus where the rater answers on it. */
static void
go_to (HearthFeedbackResponseView *self,
       guint                       index)
{
  GtkWidget *page;

  if (index >= self->pages->len)
    return;

  page = g_ptr_array_index (self->pages, index);
  gtk_stack_set_visible_child (self->stack, page);

  if (HEARTH_IS_FEEDBACK_RESPONSE_PAGE (page))
    hearth_feedback_response_page_focus (HEARTH_FEEDBACK_RESPONSE_PAGE (page));
  else if (gtk_stack_get_visible_child_name (self->stack) != NULL &&
           g_str_equal (gtk_stack_get_visible_child_name (self->stack), "words"))
    gtk_widget_grab_focus (GTK_WIDGET (hearth_text_field_get_view (self->keep_field)));
  else if (gtk_widget_get_visible (self->submit_button) &&
           page == g_ptr_array_index (self->pages, self->pages->len - 1))
    gtk_widget_grab_focus (self->submit_button);
  else
    gtk_widget_grab_focus (self->next_button);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (widget);

  go_to (self, current_page (self) + 1);
}

static void
previous_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (widget);
  guint page = current_page (self);

  if (page > 0)
    go_to (self, page - 1);
}

static void
lock (HearthFeedbackResponseView *self)
{
  self->locked = TRUE;
  for (guint i = 0; i < self->behaviour_pages->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->behaviour_pages, i), FALSE);
  gtk_widget_set_sensitive (self->words_box, FALSE);
  update_submit_page (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

static void
submit_response_cb (HearthFeedbackResponseView *self,
                    const char                 *response)
{
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "submit") || self->locked || self->source == NULL)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  answers = collect_answers (self);
  if (!hearth_feedback_response_source_submit (self->source, answers, &error))
    {
      show_problem (self, error->message, FALSE);
      return;
    }

  self->dirty = FALSE;
  adw_banner_set_revealed (self->banner, FALSE);
  lock (self);
  gtk_widget_grab_focus (self->next_button);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), _("Answers sent. Thank you."),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  g_signal_emit (self, signals[SUBMITTED], 0);
}

static void
submit_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (widget);
  AdwDialog *alert;

  if (self->locked || self->source == NULL)
    return;

  alert = hearth_confirm_new (_("Send Your Answers?"),
                              _("Once they are sent, your answers cannot be changed or taken "
                                "back."),
                              _("_Keep Writing"), "submit", _("_Send Answers"),
                              ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (alert, "response", G_CALLBACK (submit_response_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (alert, widget);
}

static void
hearth_feedback_response_view_dispose (GObject *object)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (object);

  /* Closing loses nothing: keep what waits, while the pages still hold it. */
  if (self->save_id != 0)
    save_now_cb (self);
  g_clear_handle_id (&self->save_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->behaviour_pages, g_ptr_array_unref);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (hearth_feedback_response_view_parent_class)->dispose (object);
}

static void
hearth_feedback_response_view_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_response_view_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  HearthFeedbackResponseView *self = HEARTH_FEEDBACK_RESPONSE_VIEW (object);

  switch (prop_id)
    {
    case PROP_NARROW:
      hearth_feedback_response_view_set_narrow (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_feedback_response_view_class_init (HearthFeedbackResponseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_feedback_response_view_dispose;
  object_class->get_property = hearth_feedback_response_view_get_property;
  object_class->set_property = hearth_feedback_response_view_set_property;

  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The answers were sent. */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/feedback/hearth-feedback-response-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, banner);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, person_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, cycle_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, rater_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, alone_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, kept_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, pages_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, closes_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, words_box);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, keep_field);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, try_field);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, submit_page);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, submit_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, position_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFeedbackResponseView, next_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_now_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  gtk_widget_class_install_action (widget_class, "response.next", NULL, next_action_cb);
  gtk_widget_class_install_action (widget_class, "response.previous", NULL, previous_action_cb);
  gtk_widget_class_install_action (widget_class, "response.submit", NULL, submit_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "response.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "response.previous", NULL);
}

static void
hearth_feedback_response_view_init (HearthFeedbackResponseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = g_ptr_array_new ();
  self->behaviour_pages = g_ptr_array_new ();
  g_object_set (self->keep_field, "max-chars", (guint) HEARTH_FEEDBACK_TEXT_MAX, NULL);
  g_object_set (self->try_field, "max-chars", (guint) HEARTH_FEEDBACK_TEXT_MAX, NULL);
  update_actions (self);
}

GtkWidget *
hearth_feedback_response_view_new (void)
{
  return g_object_new (HEARTH_TYPE_FEEDBACK_RESPONSE_VIEW, NULL);
}

HearthFeedbackResponseSource *
hearth_feedback_response_view_get_source (HearthFeedbackResponseView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self), NULL);

  return self->source;
}

/* How the answers are kept, in the words that fit the rater's group. */
static const char *
kept_text (HearthRelationship relationship)
{
  switch (relationship)
    {
    case HEARTH_RELATIONSHIP_SELF:
      return _("These are your own answers about yourself. The report shows them as yours, "
               "beside what others said.");
    case HEARTH_RELATIONSHIP_MANAGER:
      return _("As their manager, your answers are shown in the report as the manager’s: "
               "they are not anonymous.");
    case HEARTH_RELATIONSHIP_PEER:
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
    case HEARTH_RELATIONSHIP_PARTNER:
    case HEARTH_RELATIONSHIP_RESIDENT:
    default:
      return _("Your answers are kept without your name. The report shows them only together "
               "with those of others in your group, and only once enough of them have "
               "answered.");
    }
}

static const char *
alone_text (HearthRelationship relationship)
{
  switch (relationship)
    {
    case HEARTH_RELATIONSHIP_DIRECT_REPORT:
      return _("You are the only direct report asked. What you write cannot be mixed with "
               "anyone else’s: it may be left out of the report, and anything that is shown "
               "could be recognised as yours.");
    case HEARTH_RELATIONSHIP_PARTNER:
      return _("You are the only partner asked. What you write cannot be mixed with anyone "
               "else’s: it may be left out of the report, and anything that is shown could be "
               "recognised as yours.");
    case HEARTH_RELATIONSHIP_RESIDENT:
      return _("You are the only resident asked. What you write cannot be mixed with anyone "
               "else’s: it may be left out of the report, and anything that is shown could be "
               "recognised as yours.");
    case HEARTH_RELATIONSHIP_SELF:
    case HEARTH_RELATIONSHIP_MANAGER:
    case HEARTH_RELATIONSHIP_PEER:
    default:
      return _("You are the only peer asked. What you write cannot be mixed with anyone "
               "else’s: it may be left out of the report, and anything that is shown could be "
               "recognised as yours.");
    }
}

static void
fill_intro (HearthFeedbackResponseView *self)
{
  HearthFeedbackResponseSource *source = self->source;
  HearthRelationship relationship = hearth_feedback_response_source_get_relationship (source);
  guint n = hearth_feedback_response_source_get_n_behaviours (source);
  const char *closes_on = hearth_feedback_response_source_get_closes_on (source);
  g_autofree char *person = NULL;
  g_autofree char *rater = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *pages = NULL;

  person = g_strdup_printf (_("Feedback for %s"), hearth_feedback_response_source_get_person (source));
  gtk_label_set_label (self->person_label, person);
  gtk_label_set_label (self->cycle_label, hearth_feedback_response_source_get_cycle_title (source));

  /* Translators: the rater's name and their relationship to the person,
   * as in “Answering as Tomasz Nowak · Peer”. */
  rater = g_strdup_printf (_("Answering as %s · %s"),
                           hearth_feedback_response_source_get_rater_name (source),
                           hearth_relationship_get_label (relationship));
  gtk_label_set_label (self->rater_label, rater);

  gtk_widget_set_visible (GTK_WIDGET (self->alone_label),
                          hearth_feedback_response_source_get_alone (source));
  gtk_label_set_label (self->alone_label, alone_text (relationship));

  kept = g_strconcat (kept_text (relationship), " ",
                      _("They are kept as you write, so you can stop and come back to them. "
                        "Once you submit them, they cannot be changed."),
                      NULL);
  gtk_label_set_label (self->kept_label, kept);

  if (hearth_feedback_response_source_get_development_only (source))
    pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "There is %u behaviour to think about, in words "
                                          "only: this feedback has no ratings. Then a few "
                                          "words of your own.",
                                          "There are %u behaviours to think about, in words "
                                          "only: this feedback has no ratings. Then a few "
                                          "words of your own.", n), n);
  else
    pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "There is %u behaviour to rate, with an example if "
                                          "you have one. Then a few words of your own.",
                                          "There are %u behaviours to rate, each with an "
                                          "example if you have one. Then a few words of your "
                                          "own.", n), n);
  gtk_label_set_label (self->pages_label, pages);

  if (closes_on[0] != '\0')
    {
      g_autofree char *date = hearth_format_date (closes_on);
      g_autofree char *closes = g_strdup_printf (_("Answers can be given until %s."), date);

      gtk_label_set_label (self->closes_label, closes);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->closes_label), closes_on[0] != '\0');
}

static void
clear_pages (HearthFeedbackResponseView *self)
{
  for (guint i = 0; i < self->behaviour_pages->len; i++)
    gtk_stack_remove (self->stack, g_ptr_array_index (self->behaviour_pages, i));
  g_ptr_array_set_size (self->behaviour_pages, 0);
  g_ptr_array_set_size (self->pages, 0);
}

/* Intro, the behaviours, words, submit: the stack keeps them in that
 * order too, so that the pages slide the way the rater goes. */
static void
build_pages (HearthFeedbackResponseView *self,
             gboolean                    with_behaviours)
{
  GtkWidget *intro = gtk_stack_get_child_by_name (self->stack, "intro");
  g_autoptr(GtkWidget) words = g_object_ref (gtk_stack_get_child_by_name (self->stack, "words"));
  g_autoptr(GtkWidget) submit = g_object_ref (gtk_stack_get_child_by_name (self->stack, "submit"));
  guint n = with_behaviours ? hearth_feedback_response_source_get_n_behaviours (self->source) : 0;

  gtk_stack_remove (self->stack, words);
  gtk_stack_remove (self->stack, submit);
  g_ptr_array_add (self->pages, intro);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = hearth_feedback_response_page_new (self->source, i);
      GtkStackPage *stack_page = gtk_stack_add_child (self->stack, page);

      gtk_stack_page_set_title (stack_page,
                                hearth_feedback_response_source_get_behaviour_name (self->source, i));
      hearth_feedback_response_page_set_narrow (HEARTH_FEEDBACK_RESPONSE_PAGE (page), self->narrow);
      g_signal_connect_object (page, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->behaviour_pages, page);
      g_ptr_array_add (self->pages, page);
    }
  gtk_stack_add_named (self->stack, words, "words");
  gtk_stack_add_named (self->stack, submit, "submit");
  if (with_behaviours)
    g_ptr_array_add (self->pages, words);
  g_ptr_array_add (self->pages, submit);
}

gboolean
hearth_feedback_response_view_set_source (HearthFeedbackResponseView    *self,
                                          HearthFeedbackResponseSource  *source,
                                          GError                       **error)
{
  g_autoptr(HearthFeedbackAnswers) answers = NULL;
  gboolean submitted;

  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_SOURCE (source), FALSE);

  hearth_feedback_response_view_flush (self);
  clear_pages (self);
  g_set_object (&self->source, source);
  self->locked = FALSE;
  self->dirty = FALSE;
  gtk_widget_set_sensitive (self->words_box, TRUE);
  gtk_widget_set_visible (self->submit_button, TRUE);

  fill_intro (self);
  submitted = hearth_feedback_response_source_get_submitted (source);
  answers = hearth_feedback_response_source_dup_answers (source, error);

  /* Answers sent from Hearth are no longer linked to the rater: there are
   * none to show again, only that they were sent. */
  build_pages (self, answers != NULL &&
                     (!submitted || hearth_feedback_answers_get_n_behaviours (answers) > 0));
  gtk_stack_set_visible_child (self->stack, g_ptr_array_index (self->pages, 0));

  if (answers != NULL)
    {
      self->filling = TRUE;
      for (guint i = 0; i < self->behaviour_pages->len; i++)
        hearth_feedback_response_page_set_answers (g_ptr_array_index (self->behaviour_pages, i),
                                                   answers);
      hearth_text_field_set_text (self->keep_field, hearth_feedback_answers_get_keep_doing (answers));
      hearth_text_field_set_text (self->try_field, hearth_feedback_answers_get_try (answers));
      self->filling = FALSE;
    }

  if (submitted)
    {
      lock (self);
      if (self->behaviour_pages->len == 0)
        {
          gtk_label_set_label (self->kept_label,
                               _("These answers have been sent. Thank you: there is nothing "
                                 "more to do."));
          gtk_widget_set_visible (GTK_WIDGET (self->alone_label), FALSE);
          gtk_widget_set_visible (GTK_WIDGET (self->pages_label), FALSE);
        }
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->pages_label), TRUE);

  page_changed_cb (self);
  if (answers == NULL)
    {
      self->locked = TRUE;
      update_actions (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_feedback_response_view_flush (HearthFeedbackResponseView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self), FALSE);

  if (self->dirty)
    save_now_cb (self);
  return !self->dirty;
}

gboolean
hearth_feedback_response_view_get_locked (HearthFeedbackResponseView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self), FALSE);

  return self->locked;
}

gboolean
hearth_feedback_response_view_get_narrow (HearthFeedbackResponseView *self)
{
  g_return_val_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self), FALSE);

  return self->narrow;
}

void
hearth_feedback_response_view_set_narrow (HearthFeedbackResponseView *self,
                                          gboolean                    narrow)
{
  g_return_if_fail (HEARTH_IS_FEEDBACK_RESPONSE_VIEW (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  for (guint i = 0; i < self->behaviour_pages->len; i++)
    hearth_feedback_response_page_set_narrow (g_ptr_array_index (self->behaviour_pages, i), narrow);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}
