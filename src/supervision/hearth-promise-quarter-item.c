/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-promise-quarter-item.h"

struct _HearthPromiseQuarterItem
{
  GObject              parent_instance;

  /* owned */
  HearthPromiseQuarter quarter;
  char                *label;
  char                *spoken;
  char                *summary;
  char                *texts[5];   /* agreed, done on time, done late, dropped, open */
};

G_DEFINE_FINAL_TYPE (HearthPromiseQuarterItem, hearth_promise_quarter_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_SPOKEN,
  PROP_SUMMARY,
  PROP_AGREED,
  PROP_DONE_ON_TIME,
  PROP_DONE_LATE,
  PROP_DROPPED,
  PROP_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_promise_quarter_item_finalize (GObject *object)
{
  HearthPromiseQuarterItem *self = HEARTH_PROMISE_QUARTER_ITEM (object);

  g_free (self->label);
  g_free (self->spoken);
  g_free (self->summary);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (hearth_promise_quarter_item_parent_class)->finalize (object);
}

static void
hearth_promise_quarter_item_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthPromiseQuarterItem *self = HEARTH_PROMISE_QUARTER_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SPOKEN:
      g_value_set_string (value, self->spoken);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_AGREED:
    case PROP_DONE_ON_TIME:
    case PROP_DONE_LATE:
    case PROP_DROPPED:
    case PROP_OPEN:
      g_value_set_string (value, self->texts[prop_id - PROP_AGREED]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_promise_quarter_item_class_init (HearthPromiseQuarterItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[] = { "agreed", "done-on-time", "done-late", "dropped", "open" };

  object_class->finalize = hearth_promise_quarter_item_finalize;
  object_class->get_property = hearth_promise_quarter_item_get_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPOKEN] = g_param_spec_string ("spoken", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The figures as text, for the table's labels. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_AGREED + i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_promise_quarter_item_init (HearthPromiseQuarterItem *self)
{
}

static char *
dup_spoken (const HearthPromiseQuarter *quarter)
{
  /* Translators: the quarters of a year, then the year, as in “October to
   * December 2026”. */
  switch (quarter->quarter)
    {
    case 1:
      return g_strdup_printf (_("January to March %d"), quarter->year);
    case 2:
      return g_strdup_printf (_("April to June %d"), quarter->year);
    case 3:
      return g_strdup_printf (_("July to September %d"), quarter->year);
    case 4:
      return g_strdup_printf (_("October to December %d"), quarter->year);
    default:
      return g_strdup (_("All quarters"));
    }
}

HearthPromiseQuarterItem *
hearth_promise_quarter_item_new (const HearthPromiseQuarter *quarter)
{
  HearthPromiseQuarterItem *self;
  guint figures[5];

  g_return_val_if_fail (quarter != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_PROMISE_QUARTER_ITEM, NULL);
  self->quarter = *quarter;
  if (quarter->quarter >= 1 && quarter->quarter <= 4)
    /* Translators: a quarter of a year in short, as in “Q4 2026”. */
    self->label = g_strdup_printf (_("Q%d %d"), quarter->quarter, quarter->year);
  else
    self->label = g_strdup (C_("quarters", "All"));
  self->spoken = dup_spoken (quarter);

  figures[0] = quarter->agreed;
  figures[1] = quarter->done_on_time;
  figures[2] = quarter->done_late;
  figures[3] = quarter->dropped;
  figures[4] = quarter->open;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    self->texts[i] = g_strdup_printf ("%u", figures[i]);

  /* Translators: one row of the history of promises, read out whole: a
   * quarter, then how many actions were agreed in it and what became of
   * them. */
  self->summary = g_strdup_printf (ngettext ("%s: %u action agreed; %u done on time, %u done late, "
                                             "%u dropped, %u still open",
                                             "%s: %u actions agreed; %u done on time, %u done late, "
                                             "%u dropped, %u still open", quarter->agreed),
                                   self->spoken, quarter->agreed, quarter->done_on_time,
                                   quarter->done_late, quarter->dropped, quarter->open);
  return self;
}

const char *
hearth_promise_quarter_item_get_label (HearthPromiseQuarterItem *self)
{
  g_return_val_if_fail (HEARTH_IS_PROMISE_QUARTER_ITEM (self), NULL);

  return self->label;
}

const char *
hearth_promise_quarter_item_get_spoken (HearthPromiseQuarterItem *self)
{
  g_return_val_if_fail (HEARTH_IS_PROMISE_QUARTER_ITEM (self), NULL);

  return self->spoken;
}

const char *
hearth_promise_quarter_item_get_summary (HearthPromiseQuarterItem *self)
{
  g_return_val_if_fail (HEARTH_IS_PROMISE_QUARTER_ITEM (self), NULL);

  return self->summary;
}

const HearthPromiseQuarter *
hearth_promise_quarter_item_get_quarter (HearthPromiseQuarterItem *self)
{
  g_return_val_if_fail (HEARTH_IS_PROMISE_QUARTER_ITEM (self), NULL);

  return &self->quarter;
}
