/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-resident.h"

struct _HearthResident
{
  HearthItem parent_instance;

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

G_DEFINE_FINAL_TYPE (HearthResident, hearth_resident, HEARTH_TYPE_ITEM)

/* Filters nobody set are left out of the query (see hearth_query_model_new ()). */
static const char ids_sql[] =
  "SELECT r.id FROM residents r"
  " WHERE 1"
  "{if :search}   AND r.id IN"
  "        (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :search){end}"
  "{if :area}   AND r.area = :area{end}"
  "{if :case_id}   AND r.id IN"
  "        (SELECT resident_id FROM case_residents WHERE case_id = :case_id){end}"
  " ORDER BY {order}";

/* The list's one order, by name. */
#define NAME_ORDER "r.name COLLATE NOCASE, r.id"

/* While :match_ids is set (a JSON array of ids in the list's order, from a
 * HearthResidentSearch that sorted them by NAME_ORDER on its own thread),
 * the ids are taken in that order, by key, with no sort and no row read:
 * joining each to its row took 10–23 ms on the main thread for the 3,131
 * residents "ro" finds at scale, json_each alone under 1 ms. The search
 * drops a resident erased since from its ids as the change is announced.
 * {order} is named in a comment only: the search used it. */
static const char match_ids_sql[] =
  "SELECT j.value FROM json_each (:match_ids) j"
  " WHERE 1"
  "{if :area}   AND j.value IN (SELECT id FROM residents WHERE area = :area){end}"
  "{if :case_id}   AND j.value IN"
  "        (SELECT resident_id FROM case_residents WHERE case_id = :case_id){end}"
  " ORDER BY j.key /* as the search sorted them: {order} */";

/* The residents the words match, in the list's order: what a search hands
 * to :match_ids. */
static const char find_sql[] =
  "SELECT r.id FROM residents r"
  " WHERE r.id IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?1)"
  " ORDER BY " NAME_ORDER;

/* The columns of an item, for one resident (row_sql) or for a list read
 * whole. */
#define ROW_COLUMNS \
  "SELECT r.id, r.name, r.preferred_name, r.pronouns, r.household, r.tenancy_ref, r.area," \
  "  r.contact_preference, r.what_matters, r.strengths, r.good_life, r.together," \
  "  coalesce (r.profile_updated_at, 0), coalesce (s.name, '')," \
  "  (SELECT group_concat (name, ', ') FROM (SELECT n.name FROM resident_access_needs ran" \
  "     JOIN access_needs n ON n.id = ran.need_id WHERE ran.resident_id = r.id ORDER BY n.position))," \
  "  CASE WHEN r.preferred_name <> '' THEN r.preferred_name ELSE r.name END" \
  " FROM residents r LEFT JOIN staff s ON s.id = r.profile_updated_by"

static const char row_sql[] =
  ROW_COLUMNS " WHERE r.id = :id";

/* A case's residents in the case's own order. */
static const char case_residents_sql[] =
  ROW_COLUMNS
  " JOIN case_residents cr ON cr.resident_id = r.id"
  " WHERE cr.case_id = ?1 ORDER BY cr.position, r.id";

/* Whom a "what we agreed" is for: the resident asked for (?2), or else the
 * resident the entry is about (?3), or else the first on its case (?1);
 * always one of the entry's own or its case's. */
static const char addressee_sql[] =
  ROW_COLUMNS
  " WHERE r.id = coalesce (nullif (?2, 0), nullif (?3, 0),"
  "   (SELECT cr.resident_id FROM case_residents cr"
  "     WHERE cr.case_id = ?1 ORDER BY cr.position, cr.resident_id LIMIT 1))"
  "   AND (r.id = ?3 OR r.id IN (SELECT cr.resident_id"
  "     FROM case_residents cr WHERE cr.case_id = ?1))";

static const char * const tables[] = { "residents", "resident_access_needs", "case_residents", "access_needs", "staff", NULL };

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthResident, member) }

/* The columns of row_sql, in order, then what is worked out from them. */
static const HearthItemField fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("name", STRING, 1, name),
  FIELD ("preferred-name", STRING, 2, preferred_name),
  FIELD ("pronouns", STRING, 3, pronouns),
  FIELD ("household", STRING, 4, household),
  FIELD ("tenancy-ref", STRING, 5, tenancy_ref),
  FIELD ("area", STRING, 6, area),
  FIELD ("contact-preference", STRING, 7, contact_preference),
  FIELD ("what-matters", STRING, 8, what_matters),
  FIELD ("strengths", STRING, 9, strengths),
  FIELD ("good-life", STRING, 10, good_life),
  FIELD ("together", STRING, 11, together),
  FIELD ("profile-updated-at", INT64, 12, profile_updated_at),
  FIELD ("profile-updated-by-name", STRING, 13, profile_updated_by_name),
  FIELD ("access-needs", STRING, 14, access_needs),
  FIELD ("display-name", STRING, 15, display_name),
};

static void
hearth_resident_class_init (HearthResidentClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
hearth_resident_init (HearthResident *self)
{
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

  model = hearth_query_model_new (store, HEARTH_TYPE_RESIDENT, ids_sql, row_sql,
                                  hearth_item_fill, tables);
  hearth_query_model_add_sort (model, "name", NAME_ORDER);
  hearth_query_model_add_variant (model, ":match_ids", match_ids_sql);

  return model;
}

void
hearth_resident_list_set_search (HearthQueryModel *residents,
                                 const char       *fts)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (residents));

  hearth_query_model_set_text (residents, ":search", fts);
}

void
hearth_resident_list_set_match_ids (HearthQueryModel *residents,
                                    const char       *match_ids)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (residents));

  hearth_query_model_set_text (residents, ":match_ids", match_ids);
}

GArray *
hearth_resident_find_ids (HearthStore  *store,
                          const char   *fts,
                          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (fts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, find_sql, "s", fts);
  if (stmt == NULL)
    return NULL;
  while (hearth_store_next (store, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

void
hearth_resident_list_set_area (HearthQueryModel *residents,
                               const char       *area)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (residents));

  hearth_query_model_set_text (residents, ":area", area);
}

void
hearth_resident_list_set_case (HearthQueryModel *residents,
                               gint64            case_id)
{
  g_return_if_fail (HEARTH_IS_QUERY_MODEL (residents));

  hearth_query_model_set_number (residents, ":case_id", case_id);
}

GListModel *
hearth_resident_list_new_for_case (HearthStore  *store,
                                   gint64        case_id,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, case_residents_sql, "x", case_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_RESIDENT, stmt, error);
}

HearthResident *
hearth_resident_load_addressee (HearthStore  *store,
                                gint64        case_id,
                                gint64        entry_resident_id,
                                gint64        resident_id,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = hearth_store_query (store, error, addressee_sql, "xxx", case_id, resident_id,
                             entry_resident_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_one (store, HEARTH_TYPE_RESIDENT, stmt, error);
}
