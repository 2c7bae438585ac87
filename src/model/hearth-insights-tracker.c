/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include "hearth-insights-tracker.h"

/* When the insights are out of date:
 *
 *   HearthInsightsPage (UI) --> HearthInsightsTracker (this) --> HearthStore::changed
 *
 * The figures take a while to work out on a large database, so a burst of
 * changes (a case closed with its entry, a sample filled) asks for them
 * once, a moment after the last. */
struct _HearthInsightsTracker
{
  GObject      parent_instance;

  /* owned */
  HearthStore *store;
  guint        timeout_id;
};

G_DEFINE_FINAL_TYPE (HearthInsightsTracker, hearth_insights_tracker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The tables that hearth_insights_compute (), the budget's report and
 * hearth_supervision_insights_compute () read.
 * Whose team a spend counts for follows the team's list too, but a move
 * between teams is rare and shows at the next change. */
static const char * const tables[] = {
  "cases", "case_residents", "timeline_entries", "agreement_items", "outcomes", "residents",
  "resident_access_needs", "access_needs", "budgets", "supervisions", "supervision_pairs",
  "supervision_actions", NULL
};

static gboolean
timeout_cb (gpointer data)
{
  HearthInsightsTracker *self = data;

  self->timeout_id = 0;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static gboolean
concerns_insights (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const HearthStoreChange *change = g_ptr_array_index (changes, i);

      for (guint t = 0; tables[t] != NULL; t++)
        if (g_str_equal (change->table, tables[t]))
          return TRUE;
    }

  return FALSE;
}

static void
store_changed_cb (HearthInsightsTracker *self,
                  GPtrArray             *changes)
{
  if (!concerns_insights (changes))
    return;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (HEARTH_INSIGHTS_TRACKER_DELAY_MS, timeout_cb, self);
}

static void
hearth_insights_tracker_constructed (GObject *object)
{
  HearthInsightsTracker *self = HEARTH_INSIGHTS_TRACKER (object);

  G_OBJECT_CLASS (hearth_insights_tracker_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
hearth_insights_tracker_dispose (GObject *object)
{
  HearthInsightsTracker *self = HEARTH_INSIGHTS_TRACKER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_insights_tracker_parent_class)->dispose (object);
}

static void
hearth_insights_tracker_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HearthInsightsTracker *self = HEARTH_INSIGHTS_TRACKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_insights_tracker_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HearthInsightsTracker *self = HEARTH_INSIGHTS_TRACKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_insights_tracker_class_init (HearthInsightsTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_insights_tracker_constructed;
  object_class->dispose = hearth_insights_tracker_dispose;
  object_class->get_property = hearth_insights_tracker_get_property;
  object_class->set_property = hearth_insights_tracker_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthInsightsTracker::changed:
   *
   * The figures may have changed: work them out again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hearth_insights_tracker_init (HearthInsightsTracker *self)
{
}

HearthInsightsTracker *
hearth_insights_tracker_new (HearthStore *store)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_INSIGHTS_TRACKER, "store", store, NULL);
}

HearthStore *
hearth_insights_tracker_get_store (HearthInsightsTracker *self)
{
  g_return_val_if_fail (HEARTH_IS_INSIGHTS_TRACKER (self), NULL);

  return self->store;
}
