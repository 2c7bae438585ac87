/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The teams' budgets: set, changed and removed here, and what is left of
 * them and what they were spent on, read here.
 *
 *   HearthEntryComposer, HearthInsightsPage, HearthBudgetDialog (UI)
 *     --> HearthBudget, HearthBudgetReport (this) --> HearthStore
 */

#define G_LOG_DOMAIN "hearth-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-budget.h"
#include "hearth-change-util.h"
#include "hearth-date.h"
#include "hearth-lookup-item.h"
#include "hearth-money.h"
#include "hearth-store-job.h"

/* --- The budget ----------------------------------------------------------------- */

struct _HearthBudget
{
  HearthItem parent_instance;

  gint64  id;
  char   *team;
  char   *name;
  gint64  amount_pence;
  char   *starts_on;
  char   *ends_on;
};

G_DEFINE_FINAL_TYPE (HearthBudget, hearth_budget, HEARTH_TYPE_ITEM)

#define FIELD(name, type, column, member) \
  { name, HEARTH_FIELD_##type, column, G_STRUCT_OFFSET (HearthBudget, member) }

/* The columns of BUDGET_COLUMNS, in order. */
static const HearthItemField budget_fields[] = {
  FIELD ("id", INT64, 0, id),
  FIELD ("team", STRING, 1, team),
  FIELD ("name", STRING, 2, name),
  FIELD ("amount-pence", INT64, 3, amount_pence),
  FIELD ("starts-on", STRING, 4, starts_on),
  FIELD ("ends-on", STRING, 5, ends_on),
};

#define BUDGET_COLUMNS "b.id, b.team, b.name, b.amount_pence, b.starts_on, b.ends_on"

static void
hearth_budget_class_init (HearthBudgetClass *klass)
{
  hearth_item_class_install_fields (HEARTH_ITEM_CLASS (klass), budget_fields,
                                    G_N_ELEMENTS (budget_fields));
}

static void
hearth_budget_init (HearthBudget *self)
{
}

gint64
hearth_budget_get_id (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), 0);

  return self->id;
}

const char *
hearth_budget_get_team (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), NULL);

  return self->team;
}

const char *
hearth_budget_get_name (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), NULL);

  return self->name;
}

gint64
hearth_budget_get_amount_pence (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), 0);

  return self->amount_pence;
}

const char *
hearth_budget_get_starts_on (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), NULL);

  return self->starts_on;
}

const char *
hearth_budget_get_ends_on (HearthBudget *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET (self), NULL);

  return self->ends_on;
}

/* --- Which spends count ------------------------------------------------------------ */

/* The spends that count against the budget of team ?1 over the days ?2 to
 * ?3 (both included), as the table "spends": see hearth-budget.h for the
 * rule. The first two lines of the WHERE let the index on (kind,
 * occurred_at) narrow the rows; the day itself is then taken exactly, as
 * the local day the spend is dated. */
#define TEAM_SPENDS \
  "spends AS (SELECT e.id, e.case_id, e.resident_id, e.amount_pence, e.spend_for," \
  "                  e.occurred_at" \
  "  FROM timeline_entries e" \
  "  LEFT JOIN staff a ON a.id = e.author_id" \
  "  LEFT JOIN cases c ON c.id = e.case_id" \
  "  LEFT JOIN staff l ON l.id = c.lead_id" \
  " WHERE e.kind = 'spend' AND e.occurred_at >= unixepoch (?2, 'utc') - 86400" \
  "   AND e.occurred_at < unixepoch (?3, 'utc') + 2 * 86400" \
  "   AND date (e.occurred_at, 'unixepoch', 'localtime') BETWEEN ?2 AND ?3" \
  "   AND e.deleted_at IS NULL" \
  "   AND coalesce (nullif (trim (a.team), ''), trim (l.team)) = trim (?1) COLLATE NOCASE)"

char *
hearth_budget_dup_local_day (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time);

  return g_date_time_format (dt, "%Y-%m-%d");
}

char *
hearth_budget_dup_quarter (const char  *day,
                           char       **starts_on,
                           char       **ends_on)
{
  GDate date, first, last;
  char text[16];
  int year, month, fy, quarter;

  g_return_val_if_fail (starts_on != NULL && ends_on != NULL, NULL);

  if (!hearth_date_parse (day, &date, NULL))
    return NULL;

  year = g_date_get_year (&date);
  month = g_date_get_month (&date);
  month -= (month - 1) % 3;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (GDateMonth) month, (GDateYear) year);
  last = first;
  g_date_add_months (&last, 3);
  g_date_subtract_days (&last, 1);

  g_date_strftime (text, sizeof text, "%Y-%m-%d", &first);
  *starts_on = g_strdup (text);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &last);
  *ends_on = g_strdup (text);

  /* January to March is the fourth quarter of the year that began the
   * April before. */
  fy = month >= 4 ? year : year - 1;
  quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
  /* Translators: a budget's name: the financial year, then its quarter,
   * such as "2026–27 Q3". */
  return g_strdup_printf (_("%d–%02d Q%d"), fy, (fy + 1) % 100, quarter);
}

static gboolean
read_spent (HearthStore   *store,
            HearthBudget  *budget,
            gint64        *spent,
            guint         *n_spends,
            GError       **error)
{
  gint64 n = 0;

  *spent = 0;
  if (!hearth_store_read_row (store, NULL, error,
                              "WITH " TEAM_SPENDS
                              " SELECT coalesce (sum (amount_pence), 0), count (*) FROM spends",
                              "sss>xx", budget->team, budget->starts_on, budget->ends_on,
                              spent, &n))
    return FALSE;

  if (n_spends != NULL)
    *n_spends = (guint) n;
  return TRUE;
}

/* --- Writing ---------------------------------------------------------------------- */

typedef struct
{
  char   *team;
  char   *name;
  gint64  amount_pence;
  char   *starts_on;
  char   *ends_on;
} Checked;

static void
checked_clear (Checked *checked)
{
  g_clear_pointer (&checked->team, g_free);
  g_clear_pointer (&checked->name, g_free);
  g_clear_pointer (&checked->starts_on, g_free);
  g_clear_pointer (&checked->ends_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Checked, checked_clear)

/* What was typed, checked as the schema would and more: the amount, the
 * days and the period, and that no other budget of the team (@budget_id
 * aside) shares a day with it. */
static gboolean
check_fields (HearthStore               *store,
              gint64                     budget_id,
              const HearthBudgetFields  *fields,
              Checked                   *checked,
              GError                   **error)
{
  GDate starts, ends;
  gboolean found = FALSE;
  g_autofree char *other_name = NULL;

  checked->team = hearth_dup_trimmed (fields->team);
  if (*checked->team == '\0')
    return hearth_refuse (error, _("Choose the team whose budget this is"));
  if (!hearth_check_text (checked->team, 200, _("A team’s name can be up to 200 characters"),
                          error))
    return FALSE;

  checked->name = hearth_dup_trimmed (fields->name);
  if (*checked->name == '\0')
    return hearth_refuse (error, _("Give the budget a name, such as the quarter it is for"));
  if (!hearth_check_text (checked->name, 100, _("A budget’s name can be up to 100 characters"),
                          error))
    return FALSE;

  if (hearth_text_is_blank (fields->amount))
    return hearth_refuse (error, _("Write how much the team has to spend, such as £3,000"));
  if (!hearth_money_parse (fields->amount, &checked->amount_pence, error))
    return FALSE;
  if (checked->amount_pence <= 0)
    return hearth_refuse (error, _("A budget needs an amount above £0.00"));

  checked->starts_on = hearth_dup_trimmed (fields->starts_on);
  checked->ends_on = hearth_dup_trimmed (fields->ends_on);
  if (!hearth_date_parse (checked->starts_on, &starts, error) ||
      !hearth_date_parse (checked->ends_on, &ends, error))
    return FALSE;
  if (g_date_compare (&ends, &starts) < 0)
    return hearth_refuse (error, _("The budget ends before it starts; check the two days"));

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT name FROM budgets"
                              " WHERE deleted_at IS NULL AND id <> ?1"
                              "   AND team = ?2 COLLATE NOCASE"
                              "   AND starts_on <= ?4 AND ends_on >= ?3"
                              " ORDER BY starts_on LIMIT 1",
                              "xsss>s", budget_id, checked->team, checked->starts_on,
                              checked->ends_on, &other_name))
    return FALSE;
  if (found)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("These days overlap the team’s budget “%s”; a team has one budget at a "
                     "time, so change the days of one of them"),
                   other_name);
      return FALSE;
    }

  return TRUE;
}

gint64
hearth_budget_create (HearthStore               *store,
                      const HearthBudgetFields  *fields,
                      GError                   **error)
{
  g_auto(Checked) checked = { NULL, };
  g_autoptr(HearthTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return 0;

  if (!check_fields (store, 0, fields, &checked, error))
    return 0;

  id = hearth_store_write (store, error, "budgets", HEARTH_CHANGE_INSERT, 0,
                           "INSERT INTO budgets (team, name, amount_pence, starts_on, ends_on,"
                           "  created_at, created_by, updated_at, updated_by)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, hearth_now (), ?6, hearth_now (), ?6)",
                           "ssxsso", checked.team, checked.name, checked.amount_pence,
                           checked.starts_on, checked.ends_on, hearth_store_get_actor (store));
  if (id == 0)
    return 0;

  if (!hearth_transaction_commit (g_steal_pointer (&tx), error))
    return 0;

  return id;
}

static gboolean
check_exists (HearthStore  *store,
              gint64        budget_id,
              GError      **error)
{
  gboolean found = FALSE;
  gint64 id = 0;

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT id FROM budgets WHERE id = ?1 AND deleted_at IS NULL",
                              "x>x", budget_id, &id))
    return FALSE;
  if (!found)
    return hearth_refuse_with (error, HEARTH_ERROR_NOT_FOUND,
                               _("This budget has been removed, perhaps in another window"));

  return TRUE;
}

gboolean
hearth_budget_update (HearthStore               *store,
                      gint64                     budget_id,
                      const HearthBudgetFields  *fields,
                      GError                   **error)
{
  g_auto(Checked) checked = { NULL, };
  g_autoptr(HearthTransaction) tx = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;

  if (!check_exists (store, budget_id, error) ||
      !check_fields (store, budget_id, fields, &checked, error))
    return FALSE;

  /* Saving what is there already changes nothing and notes nothing. */
  if (hearth_store_write (store, error, "budgets", HEARTH_CHANGE_UPDATE, budget_id,
                          "UPDATE budgets SET team = ?2, name = ?3, amount_pence = ?4,"
                          "  starts_on = ?5, ends_on = ?6, updated_at = hearth_now (),"
                          "  updated_by = ?7"
                          " WHERE id = ?1 AND (team IS NOT ?2 OR name IS NOT ?3"
                          "   OR amount_pence IS NOT ?4 OR starts_on IS NOT ?5"
                          "   OR ends_on IS NOT ?6)",
                          "xssxsso", budget_id, checked.team, checked.name,
                          checked.amount_pence, checked.starts_on, checked.ends_on,
                          hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

gboolean
hearth_budget_remove (HearthStore  *store,
                      gint64        budget_id,
                      GError      **error)
{
  g_autoptr(HearthTransaction) tx = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tx = hearth_store_begin_transaction (store, error);
  if (tx == NULL)
    return FALSE;

  if (!check_exists (store, budget_id, error))
    return FALSE;

  if (hearth_store_write (store, error, "budgets", HEARTH_CHANGE_DELETE, budget_id,
                          "UPDATE budgets SET deleted_at = hearth_now (), deleted_by = ?2"
                          " WHERE id = ?1 AND deleted_at IS NULL",
                          "xo", budget_id, hearth_store_get_actor (store)) == 0)
    return FALSE;

  return hearth_transaction_commit (g_steal_pointer (&tx), error);
}

/* --- Reading ---------------------------------------------------------------------- */

HearthBudget *
hearth_budget_read (HearthStore  *store,
                    gint64        budget_id,
                    GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  stmt = hearth_store_query (store, error,
                             "SELECT " BUDGET_COLUMNS " FROM budgets b"
                             " WHERE b.id = ?1 AND b.deleted_at IS NULL",
                             "x", budget_id);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_one (store, HEARTH_TYPE_BUDGET, stmt, error);
}

GListModel *
hearth_budget_list_read (HearthStore  *store,
                         const char   *team,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  stmt = hearth_store_query (store, error,
                             "SELECT " BUDGET_COLUMNS " FROM budgets b"
                             " WHERE b.deleted_at IS NULL"
                             "   AND (?1 IS NULL OR b.team = trim (?1) COLLATE NOCASE)"
                             " ORDER BY b.team COLLATE NOCASE, b.starts_on, b.id",
                             "S", team);
  if (stmt == NULL)
    return NULL;

  return hearth_item_read_list (store, HEARTH_TYPE_BUDGET, stmt, error);
}

static const char * const team_tables[] = { "staff", "budgets", NULL };

GListModel *
hearth_budget_team_list_new (HearthStore  *store,
                             GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  /* The teams of the people on the list, and those that hold a budget
   * though nobody is on them now; each once, however it is capitalised. */
  return hearth_lookup_item_list_new_from_query (
    store,
    "SELECT min (id), name, 0 FROM"
    " (SELECT id, trim (team) AS name FROM staff WHERE active = 1 AND trim (team) <> ''"
    "  UNION ALL SELECT -id, team FROM budgets WHERE deleted_at IS NULL)"
    " GROUP BY lower (name) ORDER BY name COLLATE NOCASE",
    team_tables, error);
}

char *
hearth_budget_dup_staff_team (HearthStore  *store,
                              gint64        staff_id,
                              GError      **error)
{
  g_autofree char *team = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  if (!hearth_store_read_row (store, &found, error,
                              "SELECT trim (team) FROM staff WHERE id = ?1",
                              "x>s", staff_id, &team))
    return NULL;

  return found ? g_steal_pointer (&team) : g_strdup ("");
}

char *
hearth_budget_dup_spend_team (HearthStore  *store,
                              gint64        staff_id,
                              gint64        case_id,
                              GError      **error)
{
  g_autofree char *team = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  /* As TEAM_SPENDS has it. */
  if (!hearth_store_read_row (store, NULL, error,
                              "SELECT coalesce ((SELECT nullif (trim (team), '') FROM staff"
                              "                   WHERE id = ?1),"
                              "                 (SELECT trim (l.team) FROM cases c"
                              "                    JOIN staff l ON l.id = c.lead_id"
                              "                   WHERE c.id = ?2), '')",
                              "xx>s", staff_id, case_id, &team))
    return NULL;

  return g_steal_pointer (&team);
}

gboolean
hearth_budget_read_left (HearthStore   *store,
                         const char    *team,
                         const char    *day,
                         HearthBudget **budget,
                         gint64        *left_pence,
                         GError       **error)
{
  g_autoptr(HearthBudget) found = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 spent = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (budget != NULL && left_pence != NULL, FALSE);

  *budget = NULL;
  *left_pence = 0;
  if (hearth_text_is_blank (team) || !hearth_date_parse (day, NULL, NULL))
    return TRUE;

  stmt = hearth_store_query (store, error,
                             "SELECT " BUDGET_COLUMNS " FROM budgets b"
                             " WHERE b.deleted_at IS NULL AND b.team = trim (?1) COLLATE NOCASE"
                             "   AND b.starts_on <= ?2 AND b.ends_on >= ?2"
                             " ORDER BY b.starts_on LIMIT 1",
                             "ss", team, day);
  if (stmt == NULL)
    return FALSE;

  found = hearth_item_read_one (store, HEARTH_TYPE_BUDGET, stmt, &local_error);
  if (found == NULL)
    {
      if (g_error_matches (local_error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!read_spent (store, found, &spent, NULL, error))
    return FALSE;

  *left_pence = found->amount_pence - spent;
  *budget = g_steal_pointer (&found);
  return TRUE;
}

/* --- The report ------------------------------------------------------------------- */

struct _HearthBudgetReport
{
  GObject       parent_instance;

  gint64        spent_pence;
  guint         n_spends;

  /* owned */
  HearthBudget *budget;
  GArray       *months;     /* of HearthInsightsCount */
  GArray       *spend_for;  /* of HearthInsightsCount */
  GArray       *outcomes;   /* of HearthInsightsCount */
};

G_DEFINE_FINAL_TYPE (HearthBudgetReport, hearth_budget_report, G_TYPE_OBJECT)

#define MAX_SPEND_FOR 10

static void
clear_count (gpointer data)
{
  HearthInsightsCount *count = data;

  g_free (count->label);
}

static GArray *
new_counts (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (HearthInsightsCount));

  g_array_set_clear_func (array, clear_count);
  return array;
}

static HearthInsightsCount *
add_count (GArray     *array,
           const char *label,
           gint64      value,
           guint       count)
{
  HearthInsightsCount item = { g_strdup (label), value, count };

  g_array_append_val (array, item);
  return &g_array_index (array, HearthInsightsCount, array->len - 1);
}

/* Each month the period touches, with nothing spent yet. */
static void
fill_months (HearthBudgetReport *self)
{
  GDate day, last;

  hearth_date_parse (self->budget->starts_on, &day, NULL);
  hearth_date_parse (self->budget->ends_on, &last, NULL);
  g_date_set_day (&day, 1);

  while (g_date_compare (&day, &last) <= 0)
    {
      g_autofree char *key = g_strdup_printf ("%04d-%02d", g_date_get_year (&day),
                                              g_date_get_month (&day));

      add_count (self->months, key, 0, 0);
      g_date_add_months (&day, 1);
    }
}

static gboolean
read_months (HearthStore         *store,
             HearthBudgetReport  *self,
             GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  fill_months (self);

  stmt = hearth_store_query (store, error,
                             "WITH " TEAM_SPENDS
                             " SELECT strftime ('%Y-%m', occurred_at, 'unixepoch', 'localtime'),"
                             "        sum (amount_pence), count (*)"
                             "   FROM spends GROUP BY 1",
                             "sss", self->budget->team, self->budget->starts_on,
                             self->budget->ends_on);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);

      for (guint i = 0; i < self->months->len; i++)
        {
          HearthInsightsCount *month = &g_array_index (self->months, HearthInsightsCount, i);

          if (g_strcmp0 (month->label, key) == 0)
            {
              month->value = sqlite3_column_int64 (stmt, 1);
              month->count = sqlite3_column_int (stmt, 2);
            }
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static int
compare_spend (gconstpointer a,
               gconstpointer b)
{
  const HearthInsightsCount *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;

  return g_utf8_collate (x->label, y->label);
}

static gboolean
read_spend_for (HearthStore         *store,
                HearthBudgetReport  *self,
                GError             **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) all = new_counts ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "WITH " TEAM_SPENDS
                             " SELECT trim (s.spend_for), s.amount_pence,"
                             "        (SELECT group_concat (r.name || ' ' || r.preferred_name, ' ')"
                             "           FROM residents r"
                             "          WHERE r.id = s.resident_id"
                             "             OR r.id IN (SELECT resident_id FROM case_residents"
                             "                          WHERE case_id = s.case_id))"
                             "   FROM spends s",
                             "sss", self->budget->team, self->budget->starts_on,
                             self->budget->ends_on);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      const char *what = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *key = g_utf8_casefold (what != NULL ? what : "", -1);
      HearthInsightsCount *item;
      gpointer found;

      /* Words that may name the resident are never shown. */
      if (hearth_insights_text_names_someone (key, (const char *) sqlite3_column_text (stmt, 2)))
        {
          g_free (key);
          key = g_strdup ("");
          what = "";
        }

      if (g_hash_table_lookup_extended (index, key, NULL, &found))
        item = &g_array_index (all, HearthInsightsCount, GPOINTER_TO_UINT (found));
      else
        {
          g_hash_table_insert (index, g_steal_pointer (&key), GUINT_TO_POINTER (all->len));
          item = add_count (all, what != NULL ? what : "", 0, 0);
        }

      item->value += sqlite3_column_int64 (stmt, 1);
      item->count++;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_array_sort (all, compare_spend);
  for (guint i = 0; i < all->len && i < MAX_SPEND_FOR; i++)
    {
      HearthInsightsCount *item = &g_array_index (all, HearthInsightsCount, i);

      add_count (self->spend_for, item->label, item->value, item->count);
    }

  return TRUE;
}

static gboolean
read_outcomes (HearthStore         *store,
               HearthBudgetReport  *self,
               GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (store, error,
                             "WITH " TEAM_SPENDS ","
                             " by_case AS (SELECT case_id, sum (amount_pence) AS spent"
                             "               FROM spends WHERE case_id IS NOT NULL"
                             "              GROUP BY case_id)"
                             " SELECT c.status = 'open', coalesce (o.name, ''), sum (b.spent),"
                             "        count (*)"
                             "   FROM by_case b JOIN cases c ON c.id = b.case_id"
                             "   LEFT JOIN outcomes o ON o.id = c.outcome_id"
                             "  GROUP BY iif (c.status = 'open', -1, coalesce (o.id, 0))"
                             "  ORDER BY c.status = 'open', o.id IS NULL, o.position, o.id",
                             "sss", self->budget->team, self->budget->starts_on,
                             self->budget->ends_on);
  if (stmt == NULL)
    return FALSE;

  while (hearth_store_next (store, stmt, &local_error))
    {
      gboolean open = sqlite3_column_int (stmt, 0) != 0;

      add_count (self->outcomes, open ? NULL : (const char *) sqlite3_column_text (stmt, 1),
                 sqlite3_column_int64 (stmt, 2), sqlite3_column_int (stmt, 3));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
hearth_budget_report_finalize (GObject *object)
{
  HearthBudgetReport *self = HEARTH_BUDGET_REPORT (object);

  g_clear_object (&self->budget);
  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->spend_for, g_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);

  G_OBJECT_CLASS (hearth_budget_report_parent_class)->finalize (object);
}

static void
hearth_budget_report_class_init (HearthBudgetReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_budget_report_finalize;
}

static void
hearth_budget_report_init (HearthBudgetReport *self)
{
  self->months = new_counts ();
  self->spend_for = new_counts ();
  self->outcomes = new_counts ();
}

HearthBudgetReport *
hearth_budget_report_read (HearthStore  *store,
                           gint64        budget_id,
                           GError      **error)
{
  g_autoptr(HearthBudgetReport) self = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_BUDGET_REPORT, NULL);
  self->budget = hearth_budget_read (store, budget_id, error);
  if (self->budget == NULL ||
      !read_spent (store, self->budget, &self->spent_pence, &self->n_spends, error) ||
      !read_months (store, self, error) ||
      !read_spend_for (store, self, error) ||
      !read_outcomes (store, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static gpointer
read_on_reader (HearthStore  *reader,
                gpointer      input,
                GError      **error)
{
  const gint64 *budget_id = input;

  return hearth_budget_report_read (reader, *budget_id, error);
}

void
hearth_budget_report_read_async (HearthStore         *store,
                                 gint64               budget_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (HEARTH_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  hearth_store_read_async (store, read_on_reader, g_memdup2 (&budget_id, sizeof budget_id),
                           g_free, g_object_unref, cancellable, callback, user_data);
}

HearthBudgetReport *
hearth_budget_report_read_finish (GAsyncResult  *result,
                                  GError       **error)
{
  return hearth_store_read_finish (result, error);
}

HearthBudget *
hearth_budget_report_get_budget (HearthBudgetReport *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), NULL);

  return self->budget;
}

gint64
hearth_budget_report_get_spent_pence (HearthBudgetReport *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), 0);

  return self->spent_pence;
}

gint64
hearth_budget_report_get_left_pence (HearthBudgetReport *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), 0);

  return self->budget->amount_pence - self->spent_pence;
}

guint
hearth_budget_report_get_n_spends (HearthBudgetReport *self)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), 0);

  return self->n_spends;
}

static const HearthInsightsCount *
counts (GArray *array,
        guint  *n)
{
  if (n != NULL)
    *n = array->len;

  return (const HearthInsightsCount *) (gpointer) array->data;
}

const HearthInsightsCount *
hearth_budget_report_get_months (HearthBudgetReport *self,
                                 guint              *n_months)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), NULL);

  return counts (self->months, n_months);
}

const HearthInsightsCount *
hearth_budget_report_get_spend_for (HearthBudgetReport *self,
                                    guint              *n_items)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), NULL);

  return counts (self->spend_for, n_items);
}

const HearthInsightsCount *
hearth_budget_report_get_outcomes (HearthBudgetReport *self,
                                   guint              *n_outcomes)
{
  g_return_val_if_fail (HEARTH_IS_BUDGET_REPORT (self), NULL);

  return counts (self->outcomes, n_outcomes);
}
