/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-resident.h"
#include "hearth-item-util.h"

struct _HearthResident
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  char     *preferred_name;
  char     *pronouns;
  char     *household;
  char     *tenancy_ref;
  char     *area;
  char     *contact_preference;
  char     *what_matters;
  char     *strengths;
  char     *good_life;
  char     *together;
  gint64    profile_updated_at;
  char     *profile_updated_by_name;
  char     *access_needs;
  char     *display_name;
};

G_DEFINE_FINAL_TYPE (HearthResident, hearth_resident, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PREFERRED_NAME,
  PROP_PRONOUNS,
  PROP_HOUSEHOLD,
  PROP_TENANCY_REF,
  PROP_AREA,
  PROP_CONTACT_PREFERENCE,
  PROP_WHAT_MATTERS,
  PROP_STRENGTHS,
  PROP_GOOD_LIFE,
  PROP_TOGETHER,
  PROP_PROFILE_UPDATED_AT,
  PROP_PROFILE_UPDATED_BY_NAME,
  PROP_ACCESS_NEEDS,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char ids_sql[] =
  "SELECT r.id FROM residents r"
  " WHERE (:search IS NULL OR r.id IN"
  "        (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :search))"
  "   AND (:area IS NULL OR r.area = :area)"
  "   AND (:case_id IS NULL OR r.id IN"
  "        (SELECT resident_id FROM case_residents WHERE case_id = :case_id))"
  " ORDER BY {order}";

static const char row_sql[] =
  "SELECT r.id, r.name, r.preferred_name, r.pronouns, r.household, r.tenancy_ref, r.area,"
  "  r.contact_preference, r.what_matters, r.strengths, r.good_life, r.together,"
  "  coalesce (r.profile_updated_at, 0), coalesce (s.name, ''),"
  "  (SELECT group_concat (name, ', ') FROM (SELECT n.name FROM resident_access_needs ran"
  "     JOIN access_needs n ON n.id = ran.need_id WHERE ran.resident_id = r.id ORDER BY n.position)),"
  "  CASE WHEN r.preferred_name <> '' THEN r.preferred_name ELSE r.name END"
  " FROM residents r LEFT JOIN staff s ON s.id = r.profile_updated_by WHERE r.id = :id";

static const char * const tables[] = { "residents", "resident_access_needs", "case_residents", "access_needs", "staff", NULL };

static void
fill (GObject      *object,
      sqlite3_stmt *stmt)
{
  HearthResident *self = (HearthResident *) object;

  g_object_freeze_notify (object);
  hearth_item_set_int64 (object, &self->id, sqlite3_column_int64 (stmt, 0), properties[PROP_ID]);
  hearth_item_set_string (object, &self->name, hearth_column_text (stmt, 1), properties[PROP_NAME]);
  hearth_item_set_string (object, &self->preferred_name, hearth_column_text (stmt, 2), properties[PROP_PREFERRED_NAME]);
  hearth_item_set_string (object, &self->pronouns, hearth_column_text (stmt, 3), properties[PROP_PRONOUNS]);
  hearth_item_set_string (object, &self->household, hearth_column_text (stmt, 4), properties[PROP_HOUSEHOLD]);
  hearth_item_set_string (object, &self->tenancy_ref, hearth_column_text (stmt, 5), properties[PROP_TENANCY_REF]);
  hearth_item_set_string (object, &self->area, hearth_column_text (stmt, 6), properties[PROP_AREA]);
  hearth_item_set_string (object, &self->contact_preference, hearth_column_text (stmt, 7), properties[PROP_CONTACT_PREFERENCE]);
  hearth_item_set_string (object, &self->what_matters, hearth_column_text (stmt, 8), properties[PROP_WHAT_MATTERS]);
  hearth_item_set_string (object, &self->strengths, hearth_column_text (stmt, 9), properties[PROP_STRENGTHS]);
  hearth_item_set_string (object, &self->good_life, hearth_column_text (stmt, 10), properties[PROP_GOOD_LIFE]);
  hearth_item_set_string (object, &self->together, hearth_column_text (stmt, 11), properties[PROP_TOGETHER]);
  hearth_item_set_int64 (object, &self->profile_updated_at, sqlite3_column_int64 (stmt, 12), properties[PROP_PROFILE_UPDATED_AT]);
  hearth_item_set_string (object, &self->profile_updated_by_name, hearth_column_text (stmt, 13), properties[PROP_PROFILE_UPDATED_BY_NAME]);
  hearth_item_set_string (object, &self->access_needs, hearth_column_text (stmt, 14), properties[PROP_ACCESS_NEEDS]);
  hearth_item_set_string (object, &self->display_name, hearth_column_text (stmt, 15), properties[PROP_DISPLAY_NAME]);
  g_object_thaw_notify (object);
}

static void
hearth_resident_finalize (GObject *object)
{
  HearthResident *self = (HearthResident *) object;

  g_free (self->name);
  g_free (self->preferred_name);
  g_free (self->pronouns);
  g_free (self->household);
  g_free (self->tenancy_ref);
  g_free (self->area);
  g_free (self->contact_preference);
  g_free (self->what_matters);
  g_free (self->strengths);
  g_free (self->good_life);
  g_free (self->together);
  g_free (self->profile_updated_by_name);
  g_free (self->access_needs);
  g_free (self->display_name);

  G_OBJECT_CLASS (hearth_resident_parent_class)->finalize (object);
}

static void
hearth_resident_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthResident *self = (HearthResident *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;

    case PROP_PRONOUNS:
      g_value_set_string (value, self->pronouns);
      break;

    case PROP_HOUSEHOLD:
      g_value_set_string (value, self->household);
      break;

    case PROP_TENANCY_REF:
      g_value_set_string (value, self->tenancy_ref);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_CONTACT_PREFERENCE:
      g_value_set_string (value, self->contact_preference);
      break;

    case PROP_WHAT_MATTERS:
      g_value_set_string (value, self->what_matters);
      break;

    case PROP_STRENGTHS:
      g_value_set_string (value, self->strengths);
      break;

    case PROP_GOOD_LIFE:
      g_value_set_string (value, self->good_life);
      break;

    case PROP_TOGETHER:
      g_value_set_string (value, self->together);
      break;

    case PROP_PROFILE_UPDATED_AT:
      g_value_set_int64 (value, self->profile_updated_at);
      break;

    case PROP_PROFILE_UPDATED_BY_NAME:
      g_value_set_string (value, self->profile_updated_by_name);
      break;

    case PROP_ACCESS_NEEDS:
      g_value_set_string (value, self->access_needs);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_resident_class_init (HearthResidentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_resident_finalize;
  object_class->get_property = hearth_resident_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PRONOUNS] =
    g_param_spec_string ("pronouns", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HOUSEHOLD] =
    g_param_spec_string ("household", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TENANCY_REF] =
    g_param_spec_string ("tenancy-ref", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONTACT_PREFERENCE] =
    g_param_spec_string ("contact-preference", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WHAT_MATTERS] =
    g_param_spec_string ("what-matters", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STRENGTHS] =
    g_param_spec_string ("strengths", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_GOOD_LIFE] =
    g_param_spec_string ("good-life", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TOGETHER] =
    g_param_spec_string ("together", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROFILE_UPDATED_AT] =
    g_param_spec_int64 ("profile-updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROFILE_UPDATED_BY_NAME] =
    g_param_spec_string ("profile-updated-by-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACCESS_NEEDS] =
    g_param_spec_string ("access-needs", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_resident_init (HearthResident *self)
{
  self->name = g_strdup ("");
  self->preferred_name = g_strdup ("");
  self->pronouns = g_strdup ("");
  self->household = g_strdup ("");
  self->tenancy_ref = g_strdup ("");
  self->area = g_strdup ("");
  self->contact_preference = g_strdup ("");
  self->what_matters = g_strdup ("");
  self->strengths = g_strdup ("");
  self->good_life = g_strdup ("");
  self->together = g_strdup ("");
  self->profile_updated_by_name = g_strdup ("");
  self->access_needs = g_strdup ("");
  self->display_name = g_strdup ("");
}

gint64
hearth_resident_get_id (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), 0);

  return self->id;
}

const char *
hearth_resident_get_name (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->name;
}

const char *
hearth_resident_get_preferred_name (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->preferred_name;
}

const char *
hearth_resident_get_pronouns (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->pronouns;
}

const char *
hearth_resident_get_household (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->household;
}

const char *
hearth_resident_get_tenancy_ref (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->tenancy_ref;
}

const char *
hearth_resident_get_area (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->area;
}

const char *
hearth_resident_get_contact_preference (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->contact_preference;
}

const char *
hearth_resident_get_what_matters (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->what_matters;
}

const char *
hearth_resident_get_strengths (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->strengths;
}

const char *
hearth_resident_get_good_life (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->good_life;
}

const char *
hearth_resident_get_together (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->together;
}

gint64
hearth_resident_get_profile_updated_at (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), 0);

  return self->profile_updated_at;
}

const char *
hearth_resident_get_profile_updated_by_name (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->profile_updated_by_name;
}

const char *
hearth_resident_get_access_needs (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->access_needs;
}

const char *
hearth_resident_get_display_name (HearthResident *self)
{
  g_return_val_if_fail (HEARTH_IS_RESIDENT (self), NULL);

  return self->display_name;
}

HearthQueryModel *
hearth_resident_query_new (HearthStore *store)
{
  HearthQueryModel *model;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  model = hearth_query_model_new (store, HEARTH_TYPE_RESIDENT, ids_sql, row_sql, fill, tables);
  hearth_query_model_add_sort (model, "name", "r.name COLLATE NOCASE, r.id");

  return model;
}
