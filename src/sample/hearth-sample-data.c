/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sample data: a small council housing team to explore Hearth with, and the
 * scale of a large council to measure it against. Both are deterministic: the
 * same seed and the same clock (hearth_store_now()) give the same database,
 * because every choice comes from a private generator and every time is
 * counted back from "now".
 *
 * The team is written through the model's writers, as each colleague would
 * have written it on the day (the store's actor and clock are set for each
 * write), so it meets the same rules and leaves the same audit trail as
 * anything a person writes. The few records the model has no writer for yet
 * go through hearth_store_write(), each said where it is. The scale is a
 * million rows written in bulk SQL, for speed, and noted once per table.
 */

#define G_LOG_DOMAIN "hearth-sample"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-barrier-changes.h"
#include "hearth-budget.h"
#include "hearth-case-changes.h"
#include "hearth-date.h"
#include "hearth-lookup-item.h"
#include "hearth-resident-changes.h"
#include "hearth-sample-data.h"
#include "hearth-session-changes.h"
#include "hearth-supervision-changes.h"
#include "hearth-timeline-changes.h"

#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)
#define DEFAULT_SEED 20261122

typedef void (*ProgressFunc) (const char *stage, double fraction, gpointer user_data);

typedef struct
{
  HearthStore  *store;
  guint64       rng;
  gint64        now;
  gboolean      announce;    /* the team: every write noted; the scale: once per table */
  GPtrArray    *filled;      /* interned names of the tables written without notices */
  ProgressFunc  progress;
  gpointer      progress_data;
  GArray       *staff;       /* gint64 ids, in the order of the tables below */
  GArray       *residents;   /* gint64 ids */
  GArray       *cases;       /* gint64 ids */
  GListModel   *outcomes;    /* the team's: HearthLookupItem */
  GListModel   *access_needs;
} Fill;

/* splitmix64: small, fast and the same on every machine, unlike g_random or
 * rand(), whose sequences may change between versions. */
static guint64
next_random (Fill *fill)
{
  guint64 z = (fill->rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A number from 0 to n - 1. */
static guint
pick (Fill  *fill,
      guint  n)
{
  return n > 0 ? (guint) (next_random (fill) % n) : 0;
}

/* A number from lo to hi, both included. */
static int
between (Fill *fill,
         int   lo,
         int   hi)
{
  g_assert (hi >= lo);
  return lo + (int) pick (fill, (guint) (hi - lo + 1));
}

#define PICK(fill, array) ((array)[pick ((fill), G_N_ELEMENTS (array))])

static char *
date_of (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (dt, "%Y-%m-%d");
}

/* The same day at a time between 9:00 and 17:00, as visits and calls are. */
static gint64
working_hours (gint64 unix_time)
{
  gint64 day = unix_time - unix_time % DAY;
  gint64 seconds = unix_time % DAY;

  return day + 9 * HOUR + seconds % (8 * HOUR);
}

/* Binds text, or NULL for a NULL pointer. */
static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds text that is never NULL in the schema: a NULL pointer becomes "". */
static void
bind_str (sqlite3_stmt *stmt,
          int           index,
          const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* Binds a row id, or NULL for none (0 or less). */
static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Runs an insert of the scale and returns its id: its table is announced,
 * and audited, once for all its rows when the fill ends. */
static gboolean
run (Fill          *fill,
     sqlite3_stmt  *stmt,
     const char    *table,
     gint64        *id,
     GError       **error)
{
  gint64 rowid;

  if (!hearth_store_run (fill->store, stmt, error))
    return FALSE;

  rowid = hearth_store_last_insert_id (fill->store);
  if (table != NULL && !g_ptr_array_find (fill->filled, g_intern_string (table), NULL))
    g_ptr_array_add (fill->filled, (gpointer) g_intern_string (table));
  if (id != NULL)
    *id = rowid;
  return TRUE;
}

static sqlite3_stmt *
prepare (Fill        *fill,
         const char  *sql,
         GError     **error)
{
  return hearth_store_prepare (fill->store, sql, error);
}

static void
report (Fill       *fill,
        const char *stage,
        double      fraction)
{
  if (fill->progress != NULL)
    fill->progress (stage, fraction, fill->progress_data);
}

static gint64
id_at (GArray *ids,
       int     index)
{
  if (index < 0 || (guint) index >= ids->len)
    return 0;
  return g_array_index (ids, gint64, index);
}

static gint64
staff_id (Fill *fill,
          int   index)
{
  return id_at (fill->staff, index);
}

static gint64
resident_id (Fill *fill,
             int   index)
{
  return id_at (fill->residents, index);
}

/* --- Shared inserts ----------------------------------------------------------- */

static const char insert_staff_sql[] =
  "INSERT INTO staff (name, role, team, email, supervisor_id, is_ambassador, supervision_weeks,"
  " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)";

static const char insert_resident_sql[] =
  "INSERT INTO residents (name, preferred_name, pronouns, household, tenancy_ref, area, address,"
  " phone, email, contact_preference, what_matters, strengths, good_life, together,"
  " profile_updated_at, profile_updated_by, created_at, created_by, updated_at, updated_by)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16,"
  " ?15, ?16)";

static const char insert_need_sql[] =
  "INSERT INTO resident_access_needs (resident_id, need_id)"
  " SELECT ?1, id FROM access_needs WHERE name = ?2";

static const char insert_case_sql[] =
  "INSERT INTO cases (title, status, lead_id, opened_at, closed_at, outcome_id, closing_note,"
  " last_activity_at, created_at, created_by, updated_at, updated_by)"
  " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM outcomes WHERE name = ?6), ?7, ?8, ?4, ?3, ?8, ?3)";

static const char insert_case_resident_sql[] =
  "INSERT INTO case_residents (case_id, resident_id, position) VALUES (?1, ?2, ?3)";

static const char insert_case_worker_sql[] =
  "INSERT INTO case_workers (case_id, staff_id) VALUES (?1, ?2)";

static const char insert_entry_sql[] =
  "INSERT INTO timeline_entries (case_id, resident_id, kind, occurred_at, author_id, summary, body,"
  " amount_pence, spend_for, money_kind, expert_name, expert_from, created_at, created_by,"
  " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?4, ?5,"
  " ?4, ?5)";

static const char insert_item_sql[] =
  "INSERT INTO agreement_items (entry_id, position, text, owner_kind, owner_staff_id, owner_name,"
  " due_on, status, dropped_reason, done_at, created_at, created_by, updated_at, updated_by)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)";

/* An entry of a timeline before it has a time and an author. */
typedef struct
{
  const char *kind;
  const char *summary;
  const char *body;
  gint64      pence;        /* spend or money outcome, or -1 */
  const char *spend_for;
  const char *money_kind;
  const char *expert_name;
  const char *expert_from;
} EntryText;

#define NO_MONEY -1, NULL, NULL, NULL, NULL
#define SPEND(pence, what) pence, what, NULL, NULL, NULL
#define MONEY(pence, kind) pence, NULL, kind, NULL, NULL
#define EXPERT(name, from) -1, NULL, NULL, name, from

/* One item of "what we agreed": due a number of days from the entry. */
typedef struct
{
  const char *text;
  const char *owner_kind;   /* "staff" or "resident" */
  int         owner;        /* staff index for a staff owner, or -1 for the author */
  int         due_in_days;  /* from now (scripted) or from the agreement (themes) */
  const char *status;       /* NULL: worked out from the due date */
  const char *dropped_reason;
} ItemText;

/* --- The team, written as a person would ---------------------------------------- */

/* The model's writers take who writes, and when, from the store: the team's
 * records are written by each colleague on the day, through the same
 * writers, rules and audit trail as anything a person writes in Hearth. */
static void
write_as (Fill   *fill,
          gint64  author,
          gint64  at)
{
  hearth_store_set_actor (fill->store, author);
  hearth_store_set_clock (fill->store, at);
}

/* The id of @name in one of the team's short lists, or 0. */
static gint64
lookup_id (GListModel *list,
           const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HearthLookupItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (hearth_lookup_item_get_name (item), name) == 0)
        return hearth_lookup_item_get_id (item);
    }

  return 0;
}

/* Returns the new entry's id, or 0 with @error set. */
static gint64
write_entry (Fill             *fill,
             gint64            case_id,
             gint64            resident,
             const EntryText  *e,
             gint64            at,
             gint64            author,
             GError          **error)
{
  HearthEntryFields fields;

  hearth_entry_fields_init (&fields);
  fields.kind = e->kind;
  fields.occurred_at = at;
  fields.summary = e->summary;
  fields.body = e->body;
  fields.amount_pence = e->pence;
  fields.spend_for = e->spend_for;
  fields.money_kind = e->money_kind;
  fields.expert_name = e->expert_name;
  fields.expert_from = e->expert_from;

  write_as (fill, author, at);
  return hearth_timeline_add_entry (fill->store, case_id, resident, &fields, NULL, 0, error);
}

/* Adds an item to "what we agreed" when it was agreed, then marks it done or
 * drops it on the day it was due, or earlier if that is still to come. */
static gboolean
write_item (Fill        *fill,
            gint64       entry_id,
            const char  *text,
            const char  *owner_kind,
            gint64       owner_staff,
            gint64       due,
            const char  *status,
            const char  *dropped_reason,
            gint64       agreed_at,
            gint64       author,
            GError     **error)
{
  g_autofree char *due_on = date_of (due);
  HearthAgreementFields fields = { text, owner_kind, owner_staff, "", due_on };
  gint64 settled_at = MAX (agreed_at, MIN (due, fill->now - HOUR));
  gint64 item_id;

  write_as (fill, author, agreed_at);
  item_id = hearth_agreement_add_item (fill->store, entry_id, &fields, error);
  if (item_id == 0)
    return FALSE;
  if (g_str_equal (status, "open"))
    return TRUE;

  write_as (fill, author, settled_at);
  if (g_str_equal (status, "done"))
    return hearth_agreement_set_done (fill->store, item_id, TRUE, error);
  return hearth_agreement_drop (fill->store, item_id, dropped_reason, error);
}

/* Opens a case with its first line in the team's words; @workers may hold
 * the lead, repeats and 0 for none, which the case leaves out. */
static gint64
open_case (Fill             *fill,
           const char       *title,
           const gint64     *residents,
           guint             n_residents,
           gint64            lead,
           const gint64     *workers,
           guint             n_workers,
           const EntryText  *opened,
           gint64            at,
           gint64            author,
           GError          **error)
{
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n_workers; i++)
    {
      gboolean seen = workers[i] <= 0 || workers[i] == lead;

      for (guint j = 0; j < others->len && !seen; j++)
        seen = g_array_index (others, gint64, j) == workers[i];
      if (!seen)
        g_array_append_val (others, workers[i]);
    }

  write_as (fill, author, at);
  return hearth_case_open_telling (fill->store, title, residents, n_residents, lead,
                                   (const gint64 *) (gpointer) others->data, others->len,
                                   opened->summary, opened->body, error);
}

static gboolean
close_case (Fill             *fill,
            gint64            case_id,
            const char       *outcome,
            const char       *note,
            const EntryText  *closed,
            gint64            at,
            gint64            author,
            GError          **error)
{
  write_as (fill, author, at);
  return hearth_case_close_telling (fill->store, case_id, lookup_id (fill->outcomes, outcome),
                                    note, closed->summary, error);
}

/* --- The team: people ------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *role;
  const char *team;
  int         supervisor;   /* index into team_staff, or -1 */
  gboolean    ambassador;
} StaffText;

enum {
  MARGARET, DANIEL, PRIYA, TOMASZ, HARJIT, CHLOE, KWAME, SIOBHAN, YUSUF, RUTH, LENA, GRACE,
  OWEN, FATIMA,
};

static const StaffText team_staff[] = {
  [MARGARET] = { "Margaret Okafor", "Head of Tenancy and Communities", "Tenancy Management", -1, FALSE },
  [DANIEL] = { "Daniel Whitfield", "Customer Services Manager", "Customer Services", MARGARET, FALSE },
  [PRIYA] = { "Priya Raman", "Housing Officer", "Tenancy Management", MARGARET, TRUE },
  [TOMASZ] = { "Tomasz Nowak", "Housing Officer", "Tenancy Management", MARGARET, FALSE },
  [HARJIT] = { "Harjit Sandhu", "Older People and Physical Disabilities Specialist",
               "Tenancy Management", MARGARET, TRUE },
  [CHLOE] = { "Chloe Bennett", "Customer Services Adviser", "Customer Services", DANIEL, FALSE },
  [KWAME] = { "Kwame Mensah", "Customer Services Adviser", "Customer Services", DANIEL, TRUE },
  [SIOBHAN] = { "Siobhan Doyle", "Local Area Coordinator", "Local Area Coordination", MARGARET, FALSE },
  [YUSUF] = { "Yusuf Demir", "Local Area Coordinator", "Local Area Coordination", MARGARET, FALSE },
  [RUTH] = { "Ruth Achterberg", "Money Adviser", "Income and Money", DANIEL, FALSE },
  [LENA] = { "Lena Fischer", "Income Officer", "Income and Money", DANIEL, FALSE },
  [GRACE] = { "Grace Adeyemi", "Housing Officer", "Tenancy Management", MARGARET, FALSE },
  [OWEN] = { "Owen Price", "Repairs Liaison Officer", "Customer Services", DANIEL, FALSE },
  [FATIMA] = { "Fatima Begum", "Tenancy Sustainment Officer", "Tenancy Management", MARGARET, FALSE },
};

typedef struct
{
  const char *name;
  const char *preferred;
  const char *pronouns;
  const char *household;
  const char *area;
  const char *contact;
  const char *needs;        /* names of access needs, separated by '|' */
  const char *what_matters;
  const char *strengths;
  const char *good_life;
  const char *together;
} ResidentText;

enum {
  DOT, NGOZI, BRENDAN, AMIRA, KEVIN, MARIA, JAMAL, SYLVIA, TARIQ, HELEN, ABDI, EILEEN, MICHAEL,
  RUKHSANA, LAN, ZEYNEP, PIOTR, AGNIESZKA, SEUN, WINSTON, ROISIN, DAWIT, PAT, SAMIR,
  N_SCRIPTED_RESIDENTS
};

static const ResidentText team_residents[] = {
  [DOT] = { "Dorothy Ellis", "Dot", "she/her", "Lives alone, aged 88; her son visits on Sundays",
    "Highbury", "Phone in the morning, and please let it ring", "Mobility|Aged 60 or over",
    "Staying in my own flat. My late husband and I moved here in 1971 and I know every neighbour on the landing.",
    "I have a good memory for faces and I bake for the whole corridor at Christmas.",
    "Being able to get to the market on a Saturday and have my son and grandchildren round for tea.",
    "Make the bathroom safe so I stop worrying about falling, and find me someone to walk to the market with." },
  [NGOZI] = { "Ngozi Adebayo", NULL, "she/her", "Lives with her two children, 7 and 12", "Archway",
    "Text first, then call after 3pm", NULL,
    "My children being settled at school and not having to move again.",
    "I am organised and I never give up. I used to run the accounts for a nail bar.",
    "A warm home, no letters I am scared to open, and a part-time job that fits school hours.",
    "Sort out the rent arrears plan so it is something I can actually pay, and help with my Universal Credit claim." },
  [BRENDAN] = { "Brendan Walsh", NULL, "he/him", "Lives alone with his dog, Bailey", "Holloway",
    "Knock on the door; he does not answer unknown numbers", "Mental health|Aged 60 or over",
    "Being left in peace, but not forgotten. My dog, Bailey.",
    "I was a carpenter for thirty years. I can fix most things.",
    "Getting out to the allotment and being useful to someone.",
    "Find a way for me to use my hands again, maybe at the community shed." },
  [AMIRA] = { "Amira Haddad", NULL, "she/her", "Lives with her husband and her mother, 81",
    "Finsbury Park", "E-mail, in English or Arabic; an Arabic interpreter for her mother",
    "Needs an interpreter",
    "My mother being comfortable. She cannot manage the stairs any more.",
    "We are a close family and we look after each other. I speak three languages.",
    "My mother able to sit in the garden again.",
    "Look at a move to a ground-floor flat and help with the forms." },
  [KEVIN] = { "Kevin Marsh", "Kev", "he/him", "Lives with his partner, Dean", "Caledonian",
    "Phone, any time", "Wheelchair user",
    "Being able to get in and out of my own front door without help.",
    "I coach the under-12s at the football club on Saturdays.",
    "Going back to work. I was a driving instructor before the accident.",
    "Get the ramp sorted and talk to someone about retraining." },
  [MARIA] = { "Maria Santos", NULL, "she/her", "Lives alone", "Canonbury",
    "Letter, large print", "Sight|Aged 60 or over",
    "My independence. I do not want people doing things for me that I can do.",
    "I sang in a choir for forty years and still know every hymn.",
    "Going to church on Sunday and to the lunch club on Wednesday.",
    "Help me read my post, and find a way to the lunch club I can manage." },
  [JAMAL] = { "Jamal Hussain", NULL, "he/him", "Lives with his mother and younger brother", "Archway",
    "WhatsApp message", "Learning disability",
    "Having my own money and my own room.",
    "I am good with computers and I am always on time.",
    "A job, and one day my own flat near my family.",
    "Help me open a bank account and look for work experience." },
  [SYLVIA] = { "Sylvia Clarke", NULL, "she/her", "Lives alone since her husband died in March",
    "Highbury", "Phone, afternoons", "Hearing|Aged 60 or over",
    "Not being lonely. The evenings are the worst.",
    "I am a good listener and I used to be a school dinner lady, so I can feed an army.",
    "Having people to talk to and something to look forward to each week.",
    "Find me a group to go to, and sort out the doorbell so I can hear it." },
  [TARIQ] = { "Tariq Rahman", NULL, "he/him", "Lives with his wife and three children", "Holloway",
    "Phone or text", NULL,
    "The damp in the children's bedroom. My youngest has asthma.",
    "I am patient and I work nights, so I am home in the day for visits.",
    "A dry, healthy home for my children.",
    "Get the damp fixed properly, not painted over again." },
  [HELEN] = { "Helen Brooks", NULL, "she/her", "Lives with her daughter, 19", "Finsbury Park",
    "E-mail", "Mental health",
    "Keeping my tenancy. I am frightened of losing it.",
    "I am honest and I ask for help when I need it, even when it is hard.",
    "Feeling safe and in control of my money.",
    "Help me with the court papers and come with me to the hearing." },
  [ABDI] = { "Abdi Warsame", NULL, "he/him", "Lives alone", "Caledonian",
    "Visit; his phone credit often runs out", NULL,
    "Having enough food until the end of the month.",
    "I can cook for a lot of people and I help at the mosque kitchen.",
    "A job in a kitchen, and money that lasts.",
    "Check I am getting everything I am entitled to, and help me get a cooker." },
  [EILEEN] = { "Eileen O'Connor", NULL, "she/her", "Lives with her husband Michael, who has dementia",
    "Canonbury", "Phone, mornings", "Aged 60 or over",
    "Looking after Michael at home for as long as I can.",
    "Fifty-two years married. I know him better than anyone.",
    "A few hours to myself each week without worrying.",
    "Find us some support that does not mean Michael going into a home." },
  [MICHAEL] = { "Michael O'Connor", "Mick", "he/him", "Lives with his wife Eileen", "Canonbury",
    "Through Eileen, by phone in the morning", "Aged 60 or over|Mental health",
    "Eileen, my records and the Arsenal.",
    "I played the trumpet in a dance band for twenty years, and I still remember all the tunes.",
    "Staying at home with Eileen, and a walk to the park when the weather is good.",
    "Help Eileen get a rest, and find somewhere I can hear some music with other people." },
  [RUKHSANA] = { "Rukhsana Hussain", NULL, "she/her", "Lives with her sons Jamal, 20, and Bilal, 15",
    "Archway", "Phone, in Urdu; Jamal can help with English", "Needs an interpreter",
    "My boys doing well and Jamal having a life of his own.",
    "I keep the family together and I am the one the whole street comes to for advice.",
    "Jamal in work and happy, and Bilal finishing school.",
    "Help Jamal find his feet, and explain the letters about his benefits to me." },
  [LAN] = { "Nguyễn Thị Lan", "Lan", "she/her", "Lives with her son, 16", "Holloway",
    "Text, in Vietnamese if possible; her son translates by phone", "Needs an interpreter",
    "A warm flat for my son to study in.",
    "I work hard and I waste nothing. I sew and mend for my neighbours.",
    "My son going to college, and no more cold winters.",
    "Help me understand the energy bills and talk to the energy company for me." },
  [ZEYNEP] = { "Zeynep Yıldız", NULL, "she/her", "Lives with her partner and their baby, 5 months",
    "Finsbury Park", "WhatsApp, any time", NULL,
    "A safe stairwell to carry the pram up.",
    "I am a qualified hairdresser and I know everyone in the block.",
    "Feeling safe at home, and going back to work part-time next year.",
    "Get the lights and the door on the stairwell fixed, and help me feel heard." },
  [PIOTR] = { "Piotr Wiśniewski", NULL, "he/him", "Lives with his wife Agnieszka and two children",
    "Caledonian", "Phone after 6pm", NULL,
    "Keeping up with the bills since the building site closed.",
    "I am a good electrician. I can turn my hand to anything.",
    "Steady work, and the children not noticing that money is tight.",
    "Check what help we can get while I look for work." },
  [AGNIESZKA] = { "Agnieszka Wiśniewska", "Aga", "she/her", "Lives with her husband Piotr and two children",
    "Caledonian", "Text", "Mental health",
    "My children, and not feeling so anxious all the time.",
    "I am a good cook and I help at the children's school on Fridays.",
    "A calm home, and a little money saved for emergencies.",
    "Go through the letters with us, and help me find someone to talk to about the anxiety." },
  [SEUN] = { "Oluwaseun Bakare", "Seun", "they/them", "Lives alone; their first tenancy after leaving care",
    "Highbury", "Text only, please do not call", "Mental health",
    "Having a place that is mine and that I can keep.",
    "I draw and I make music. I am good at helping younger people in care.",
    "A home that feels like home, and going to college for art.",
    "Help me set up the bills, and do not give up on me when I go quiet." },
  [WINSTON] = { "Winston Thomas", NULL, "he/him", "Lives alone since his wife died; came to London from Jamaica in 1962",
    "Holloway", "Phone, and speak up a little", "Sight|Mobility|Aged 60 or over",
    "Dominoes with my friends, and my church.",
    "I drove a number 19 bus for thirty-one years. I know every street in North London.",
    "Getting out of the flat to see my friends, even with my eyes going.",
    "Help me get out and about safely, and read my letters with me." },
  [ROISIN] = { "Róisín Gallagher", NULL, "she/her", "Lives with her three children, 4, 9 and 11",
    "Archway", "Text or e-mail; no visits without ringing first", "Mental health",
    "My children feeling safe and settled after a hard year.",
    "I am stubborn in a good way. I got us here and I will keep us here.",
    "No debts hanging over us, and the children doing well at school.",
    "Help me sort out the money and the Council Tax so I can stop worrying at night." },
  [DAWIT] = { "Dawit Tesfaye", NULL, "he/him", "Lives with his wife and their daughter, 3",
    "Finsbury Park", "Phone; a Tigrinya interpreter for long conversations", "Needs an interpreter",
    "Making this flat a home for my family after a long journey.",
    "I was a teacher in Asmara. I am patient and I learn fast.",
    "My daughter at nursery, English classes for me, and teaching again one day.",
    "Help us get beds and furniture, and show me where to go for English classes." },
  [PAT] = { "Patricia Doherty", "Pat", "she/her", "Lives alone, next door to Dot", "Highbury",
    "Phone, any time", "Aged 60 or over",
    "My neighbours. We look out for each other on our landing.",
    "I am a good walker and I still know the market traders by name.",
    "Being useful, and having company on the way to the market.",
    "Let me know if there is anything I can help with for the people on my landing." },
  [SAMIR] = { "Samir Benali", NULL, "he/him", "Lives alone", "Caledonian",
    "E-mail", "Wheelchair user",
    "Getting to work on time. I work in IT at the hospital.",
    "I am good with technology and I help my neighbours with their phones.",
    "A lift that works and a front door I can open myself.",
    "Make sure the lift is fixed quickly when it breaks, and tell me when it will be." },
};

/* Names and words for the rest of the team's residents, and for the scale. */
typedef struct
{
  const char *name;
  const char *pronouns;
} FirstName;

static const FirstName first_names[] = {
  { "Aisha", "she/her" }, { "Ben", "he/him" }, { "Chen", "he/him" }, { "Deborah", "she/her" },
  { "Emeka", "he/him" }, { "Fiona", "she/her" }, { "Gary", "he/him" }, { "Hannah", "she/her" },
  { "Ibrahim", "he/him" }, { "Joan", "she/her" }, { "Krzysztof", "he/him" }, { "Leah", "she/her" },
  { "Mohammed", "he/him" }, { "Nadia", "she/her" }, { "Olu", "he/him" }, { "Patrick", "he/him" },
  { "Rosa", "she/her" }, { "Samuel", "he/him" }, { "Tanya", "she/her" }, { "Usha", "she/her" },
  { "Victor", "he/him" }, { "Wendy", "she/her" }, { "Xavier", "he/him" }, { "Yasmin", "she/her" },
  { "Zoltán", "he/him" }, { "Efua", "she/her" }, { "Connor", "he/him" }, { "Alex", "they/them" },
  { "Bogdan", "he/him" }, { "Carmen", "she/her" }, { "Darius", "he/him" }, { "Esra", "she/her" },
  { "Farhan", "he/him" }, { "Gloria", "she/her" }, { "Hamza", "he/him" }, { "Irene", "she/her" },
  { "Jordan", "they/them" }, { "Kofi", "he/him" }, { "Liam", "he/him" }, { "Mei", "she/her" },
};

static const char *const surnames[] = {
  "Ahmed", "Baker", "Campbell", "Dimitriou", "Evans", "Fernandes", "Green", "Hughes", "Iqbal",
  "Jones", "Kowalski", "Lewis", "Murphy", "Nwosu", "O'Brien", "Patel", "Quinn", "Robinson",
  "Shah", "Thompson", "Uddin", "Vasquez", "Williams", "Yilmaz", "Zhang", "Boateng", "Costa",
  "Da Silva", "Ekwueme", "Forde", "Gonzalez", "Haque", "Ivanova", "Kaur", "Larkin", "McCarthy",
  "Nowicki", "Osei", "Popescu", "Rossi",
};

static const char *const areas[] = {
  "Highbury", "Archway", "Holloway", "Finsbury Park", "Caledonian", "Canonbury", "Barnsbury",
  "Tufnell Park", "Clerkenwell", "St Mary's",
};

static const char *const households[] = {
  "Lives alone", "Lives with a partner", "Lives with two children", "Lives with a grown-up son",
  "Lives with a partner and three children", "Lives with a sister",
};

static const char *const contacts[] = {
  "Phone, mornings", "Text first", "E-mail", "Letter", "WhatsApp", "Phone after 5pm",
};

static const char *const matters[] = {
  "Keeping my home warm without the bills getting out of hand.",
  "My grandchildren being able to visit and stay over.",
  "Getting back to work after my operation.",
  "Feeling safe on the estate at night.",
  "Being near my family and my church.",
  "Having a garden to grow vegetables in.",
};
static const char *const strengths[] = {
  "I am good at fixing bikes and I help the kids on the estate.",
  "I keep the residents' WhatsApp group going.",
  "I am patient and I am good with older people.",
  "I can sew, and I make clothes for my whole family.",
  "I know everyone on the block and what they need.",
};
static const char *const good_lives[] = {
  "A home that is dry and in good repair.",
  "Enough money at the end of the month and no debts hanging over me.",
  "Being part of something, not stuck indoors.",
  "My children doing well at school.",
};
static const char *const togethers[] = {
  "Look at my benefits with me and check nothing is missing.",
  "Help me get the repairs done that have been waiting since spring.",
  "Introduce me to the people who run the community garden.",
  "Help me write to the energy company.",
};

/* The model has no writer yet for a colleague's e-mail, supervisor and
 * ambassador role (hearth_staff_member_create() takes a name, a role and a
 * team), so the team's staff are written here, through hearth_store_write()
 * for the change notice and the audit row; their managers add them. */
static gboolean
insert_staff (Fill             *fill,
              const char       *name,
              const char       *role,
              const char       *team,
              gint64            supervisor,
              gboolean          ambassador,
              gint64            at,
              GError          **error)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_autofree char *email = NULL;
  gint64 id;

  g_strdelimit (lower, " '", '.');
  email = g_strdup_printf ("%s@council.example", lower);
  write_as (fill, supervisor, at);
  id = hearth_store_write (fill->store, error, "staff", HEARTH_CHANGE_INSERT, 0, insert_staff_sql,
                           "ssssoiix", name, role, team, email, supervisor, ambassador, 4, at);
  if (id == 0)
    return FALSE;

  g_array_append_val (fill->staff, id);
  return TRUE;
}

static gboolean
insert_resident (Fill                *fill,
                 const ResidentText  *r,
                 const char          *tenancy_ref,
                 const char          *address,
                 gint64               author,
                 gint64               at,
                 GError             **error)
{
  /* Numbers in the range Ofcom keeps for drama, so none is anyone's. */
  g_autofree char *phone = g_strdup_printf ("07700 900%03u", (guint) (fill->residents->len * 7 % 1000));
  g_autoptr(GArray) need_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  HearthResidentDetails details = {
    (char *) r->name, (char *) r->preferred, (char *) r->pronouns, (char *) r->household,
    (char *) tenancy_ref, (char *) r->area, (char *) address, phone, NULL, (char *) r->contact,
  };
  HearthResidentProfile profile = {
    (char *) r->what_matters, (char *) r->strengths, (char *) r->good_life, (char *) r->together,
  };
  gint64 id;

  if (r->needs != NULL)
    {
      g_auto(GStrv) needs = g_strsplit (r->needs, "|", -1);

      for (guint i = 0; needs[i] != NULL; i++)
        {
          gint64 need = lookup_id (fill->access_needs, needs[i]);

          g_assert (need > 0);
          g_array_append_val (need_ids, need);
        }
    }

  write_as (fill, author, at);
  id = hearth_resident_save (fill->store, 0, &details, &profile,
                             (const gint64 *) (gpointer) need_ids->data, need_ids->len, error);
  if (id == 0)
    return FALSE;

  g_array_append_val (fill->residents, id);
  return TRUE;
}

/* How many residents of the team are made from parts, after the scripted ones. */
#define N_MADE_RESIDENTS 12

static gboolean
fill_team_people (Fill    *fill,
                  GError **error)
{
  static const char *const streets[] = {
    "Calabria Road", "Hornsey Rise", "Mildmay Grove", "Elthorne Road", "Blackstock Road",
    "Copenhagen Street", "Canonbury Park North", "Hazellville Road", "Liverpool Road",
  };

  for (guint i = 0; i < G_N_ELEMENTS (team_staff); i++)
    if (!insert_staff (fill, team_staff[i].name, team_staff[i].role, team_staff[i].team,
                       staff_id (fill, team_staff[i].supervisor), team_staff[i].ambassador,
                       fill->now - (400 + 30 * (gint64) i) * DAY, error))
      return FALSE;

  /* The residents first met longest ago come first; the profile was written
   * by whoever met them. */
  for (guint i = 0; i < N_SCRIPTED_RESIDENTS; i++)
    {
      g_autofree char *ref = g_strdup_printf ("ISL-%05u", 4100 + i * 37);
      g_autofree char *address = g_strdup_printf ("Flat %u, %u %s", 1 + pick (fill, 40),
                                                  2 + pick (fill, 120), PICK (fill, streets));

      if (!insert_resident (fill, &team_residents[i], ref, address, staff_id (fill, 2 + i % 12),
                            working_hours (fill->now - (300 - (gint64) i) * DAY), error))
        return FALSE;
    }

  for (guint i = 0; i < N_MADE_RESIDENTS; i++)
    {
      const FirstName *first = &first_names[(i * 7 + 3) % G_N_ELEMENTS (first_names)];
      g_autofree char *name = g_strdup_printf ("%s %s", first->name, surnames[(i * 11 + 5) % G_N_ELEMENTS (surnames)]);
      g_autofree char *ref = g_strdup_printf ("ISL-%05u", 5000 + i * 53);
      g_autofree char *address = g_strdup_printf ("%u %s", 2 + pick (fill, 120), PICK (fill, streets));
      static const char *const needs[] = { NULL, NULL, "Aged 60 or over", "Mobility",
                                           "Mental health", "Hearing", "Sight|Aged 60 or over" };
      ResidentText r = {
        name, NULL, first->pronouns, PICK (fill, households), PICK (fill, areas), PICK (fill, contacts),
        PICK (fill, needs), PICK (fill, matters), PICK (fill, strengths), PICK (fill, good_lives),
        PICK (fill, togethers),
      };

      if (!insert_resident (fill, &r, ref, address, staff_id (fill, 2 + i % 12),
                            working_hours (fill->now - (270 - (gint64) i) * DAY), error))
        return FALSE;
    }

  return TRUE;
}

/* --- The team: cases and their stories --------------------------------------------- */

/* One entry of a scripted story: when, by whom, what. */
typedef struct
{
  int        days_ago;
  int        hour;
  int        author;        /* index into team_staff */
  EntryText  text;
  /* An entry corrected later: its first words, kept in its history. */
  const char *first_summary;
  const char *first_body;
} StoryEntry;

#define E(kind, summary, body) { kind, summary, body, NO_MONEY }

static const StoryEntry dot_story[] = {
  { 62, 10, HARJIT, E ("case-opened", "Case opened after Dot's son rang about a fall in the bathroom", "") },
  { 61, 15, HARJIT, E ("phone-call", "Spoke with Dot: shaken but not hurt; happy for us to visit",
    "She asked that we come in the morning and let the phone ring for a long time.") },
  { 55, 11, HARJIT, E ("home-visit", "Home visit: adaptation assessment, a small gift, tea and a chat",
    "Owen and I took a small gift. We sat with Dot over a cup of tea first; she told us about "
    "her late husband, her son and grandchildren, and the market she has been going to since "
    "1971. The bath is too high to step over safely and there is nothing to hold on to by the "
    "toilet or at the front step.") },
  { 55, 13, HARJIT, E ("agreement", "What we agreed at the visit", "") },
  { 55, 14, HARJIT, { "spend", "Small gift and biscuits for the visit", "", SPEND (640, "A gift for Dot and biscuits") } },
  { 48, 9, HARJIT, { "expertise", "Occupational therapist came to see the bathroom with us",
    "Agreed a level-access shower is the right answer; the order has gone in.",
    EXPERT ("Joanne Pike, occupational therapist", "Adult Social Care") } },
  { 40, 14, OWEN, E ("action", "Order placed for grab rails and a level-access shower", "") },
  { 33, 10, OWEN, E ("action", "Grab rails fitted by the toilet and at the front door", "") },
  { 30, 11, SIOBHAN, E ("conversation", "Introduced Dot to Pat next door about walking to the market",
    "Pat has offered to go with her on Saturdays.") },
  { 20, 12, HARJIT, E ("message", "Letter to Dot: the shower will be fitted in December", "") },
  { 4, 11, HARJIT, E ("phone-call", "Dot rang to say the rails make a real difference",
    "She has been to the market twice with Pat, and her grandchildren came for tea.") },
};

static const StoryEntry ngozi_story[] = {
  { 230, 10, PRIYA, E ("case-opened", "Case opened: Ngozi asked for help with rent arrears", "") },
  { 228, 14, PRIYA, E ("conversation", "What matters to Ngozi: the children staying at their schools",
    "Arrears of £1,840 built up while her Universal Credit was stopped for six weeks.") },
  { 220, 11, PRIYA, { "expertise", "Money adviser came to Ngozi's home to go through the letters",
    "Ruth went through every letter with her at the kitchen table.",
    EXPERT ("Ruth Achterberg", "Income and Money") } },
  { 220, 12, RUTH, E ("agreement", "What we agreed about the arrears", "") },
  { 200, 16, RUTH, { "money-outcome", "Backdated Universal Credit housing element paid", "",
    MONEY (124000, "income-gained") } },
  { 185, 10, LENA, { "money-outcome", "Remaining arrears written off under the hardship fund", "",
    MONEY (60000, "debt-resolved") } },
  { 150, 9, PRIYA, E ("message", "Ngozi: \"First month with no letters. Thank you.\"", "") },
  { 140, 10, PRIYA, E ("case-closed", "Case closed: on a longer journey, and looking for work", "") },
};

static const StoryEntry brendan_story[] = {
  { 238, 10, SIOBHAN, E ("case-opened", "Case opened: neighbours worried Brendan had not been seen", "") },
  { 237, 11, SIOBHAN, E ("home-visit", "Brendan was fine but low; talked about Bailey and carpentry", "") },
  { 225, 15, SIOBHAN, E ("conversation", "Went with Brendan to look round the community shed",
    "He met two other retired tradesmen and stayed for two hours.") },
  { 215, 10, SIOBHAN, { "spend", "Bus pass top-up so Brendan can get to the shed", "",
    SPEND (1500, "Bus fare top-up") } },
  { 160, 12, SIOBHAN, E ("note", "Brendan now opens the shed on Tuesdays", "") },
  { 130, 10, SIOBHAN, E ("case-closed", "Case closed: living a better life", "") },
};

static const StoryEntry abdi_story[] = {
  { 50, 10, CHLOE, E ("case-opened", "Case opened: Abdi came to the office without food for the week", "") },
  { 50, 11, CHLOE, E ("conversation", "Talked with Abdi over a coffee about what would help",
    "He has had no cooker since the old one was condemned, so he has been buying takeaways.") },
  { 50, 12, CHLOE, { "spend", "Coffee and a sandwich while we talked", "", SPEND (320, "Coffee and a sandwich") } },
  { 48, 10, RUTH, { "spend", "New cooker from the team budget", "Delivered and fitted the same week.",
    SPEND (28900, "A cooker") } },
  { 40, 14, RUTH, { "money-outcome", "Benefit check: Personal Independence Payment awarded", "",
    MONEY (368000, "income-gained") } },
  { 21, 10, CHLOE, E ("agreement", "What we agreed about work", "") },
  { 9, 15, CHLOE, E ("message", "Sent Abdi the details of the kitchen at the community centre", "") },
};

static const StoryEntry tariq_story[] = {
  { 95, 9, TOMASZ, E ("case-opened", "Case opened: damp in the children's bedroom", "") },
  { 94, 14, TOMASZ, E ("home-visit", "Visited with the surveyor: black mould behind the wardrobe",
    "The wall is cold to the touch and the window vents are painted shut."),
    "Visited with the surveyor: mould", "Mould behind the wardrobe." },
  { 80, 10, OWEN, E ("action", "Extractor fan fitted and wall treated", "") },
  { 20, 10, TOMASZ, E ("phone-call", "Mould is back in the corner; Tariq is worried about his son's asthma", "") },
  { 19, 10, TOMASZ, E ("agreement", "What we agreed about the damp", "") },
};

static const StoryEntry helen_story[] = {
  { 170, 10, FATIMA, E ("case-opened", "Case opened: possession hearing letter", "") },
  { 168, 11, FATIMA, E ("conversation", "Helen is frightened of losing her home; went through the papers",
    "Her daughter was there; we read the letter together slowly.") },
  { 165, 15, LENA, E ("phone-call", "Rang the rent team: no new action while we work on a plan", "") },
  { 160, 10, FATIMA, { "expertise", "Duty solicitor met Helen at home before the hearing", "",
    EXPERT ("A duty solicitor", "Shelter") } },
  { 152, 9, FATIMA, E ("note", "Went with Helen to the hearing: adjourned for six months", "") },
  { 150, 11, FATIMA, E ("agreement", "What we agreed after the hearing", "") },
  { 140, 16, LENA, { "money-outcome", "Discretionary Housing Payment towards the arrears", "",
    MONEY (45000, "debt-resolved") } },
  { 120, 10, FATIMA, E ("home-visit", "Home visit: Helen is sleeping better and paying the plan", "") },
  { 95, 14, FATIMA, E ("message", "Helen sent a photo of the payment plan on her fridge", "") },
  { 70, 11, FATIMA, E ("conversation", "Talked about the talking therapy Helen has started", "") },
  { 45, 10, LENA, E ("note", "Payments up to date for three months", "") },
  { 12, 10, FATIMA, E ("agreement", "What we agreed before the review hearing", "") },
  { 6, 15, FATIMA, E ("phone-call", "Helen asked for the letter to take to the court", "") },
};

static const StoryEntry amira_story[] = {
  { 150, 10, GRACE, E ("case-opened", "Case opened: Amira's mother can no longer manage the stairs", "") },
  { 148, 15, GRACE, E ("home-visit", "Visited with an Arabic interpreter; talked about a move",
    "Amira's mother told us about the garden she had in Aleppo.") },
  { 130, 12, HARJIT, E ("conversation", "Talked through what the family needs from a new home", "") },
  { 120, 10, GRACE, E ("action", "Medical priority for a ground-floor move agreed", "") },
  { 30, 11, GRACE, E ("note", "Ground-floor flat with a garden offered in Finsbury Park", "") },
  { 21, 10, GRACE, E ("case-closed", "Case closed: the family moved in last week", "") },
};

static const StoryEntry sylvia_story[] = {
  { 25, 14, SIOBHAN, E ("case-opened", "Case opened: Sylvia rang the office just to talk", "") },
  { 24, 15, SIOBHAN, E ("conversation", "Sylvia is lonely since her husband died", "") },
  { 18, 11, SIOBHAN, E ("home-visit", "Visited Sylvia; the doorbell cannot be heard from the kitchen", "") },
  { 18, 12, SIOBHAN, E ("agreement", "What we agreed with Sylvia", "") },
};

static const StoryEntry kevin_story[] = {
  { 75, 10, HARJIT, E ("case-opened", "Case opened: Kevin cannot get his wheelchair over the front step", "") },
  { 73, 14, HARJIT, E ("home-visit", "Measured up for a ramp; talked about football and work",
    "Kevin and Dean made us very welcome. Kevin would like to retrain.") },
  { 60, 11, YUSUF, { "expertise", "Careers adviser came to Kevin's home to talk about retraining", "",
    EXPERT ("a careers adviser", "the National Careers Service") } },
  { 60, 12, HARJIT, E ("agreement", "What we agreed about the ramp and retraining", "") },
  { 35, 9, HARJIT, E ("action", "Ramp approved by the adaptations panel", "") },
  { 14, 16, YUSUF, E ("message", "Sent Kevin the dates of the driving-theory tutor course", "") },
};

static const StoryEntry oconnor_story[] = {
  { 110, 10, YUSUF, E ("case-opened", "Case opened: Eileen asked for help caring for Michael at home", "") },
  { 108, 11, YUSUF, E ("home-visit", "Tea with Eileen and Mick: records, the Arsenal and fifty-two years",
    "Eileen has not had a full night's sleep for months. Mick played us a tune on the trumpet.") },
  { 95, 14, YUSUF, { "expertise", "Admiral nurse visited the O'Connors at home", "",
    EXPERT ("an Admiral nurse", "Dementia UK") } },
  { 95, 15, YUSUF, E ("agreement", "What we agreed with Eileen and Mick", "") },
  { 80, 10, HARJIT, E ("action", "Grab rail and door sensor fitted", "") },
  { 66, 11, YUSUF, E ("conversation", "Mick went to the singing group and loved it", "") },
  { 40, 15, YUSUF, { "money-outcome", "Carer's Allowance awarded to Eileen", "", MONEY (426000, "income-gained") } },
  { 10, 10, YUSUF, E ("phone-call", "Eileen rang: the sitting service starts on Thursday", "") },
};

static const StoryEntry hussain_story[] = {
  { 88, 10, KWAME, E ("case-opened", "Case opened: Rukhsana rang about Jamal's benefit letters", "") },
  { 86, 15, KWAME, E ("home-visit", "Visited the family with an Urdu interpreter",
    "Jamal showed us the computer he rebuilt. He wants a job and his own bank account.") },
  { 80, 11, KWAME, E ("action", "Went with Jamal to open a basic bank account", "") },
  { 70, 10, YUSUF, { "expertise", "Work coach came to the family home to meet Jamal", "",
    EXPERT ("a disability employment adviser", "Jobcentre Plus") } },
  { 70, 11, KWAME, E ("agreement", "What we agreed with Jamal and Rukhsana", "") },
  { 45, 14, KWAME, E ("message", "Jamal: the library has offered him work experience", "") },
  { 15, 10, YUSUF, E ("conversation", "Jamal talked about his first weeks at the library", "") },
};

static const StoryEntry lan_story[] = {
  { 200, 10, CHLOE, E ("case-opened", "Case opened: Lan's electricity was cut off on the prepayment meter", "") },
  { 200, 11, CHLOE, { "spend", "Emergency electricity top-up", "", SPEND (2000, "Electricity top-up") } },
  { 198, 14, CHLOE, E ("home-visit", "Visited with a Vietnamese interpreter; read the bills together", "") },
  { 190, 10, RUTH, E ("phone-call", "Rang the energy supplier with Lan on the line", "") },
  { 175, 11, RUTH, { "money-outcome", "Energy debt written off by the supplier's hardship fund", "",
    MONEY (61240, "debt-resolved") } },
  { 160, 9, RUTH, { "money-outcome", "Warm Home Discount awarded", "", MONEY (15000, "income-gained") } },
  { 150, 12, CHLOE, E ("case-closed", "Case closed: the meter is on credit and the flat is warm", "") },
};

static const StoryEntry roisin_story[] = {
  { 130, 10, KWAME, E ("case-opened", "Case opened: Róisín rang about a Council Tax bailiff letter", "") },
  { 129, 12, KWAME, E ("phone-call", "Talked for an hour: the bailiff letter, school and the last year", "") },
  { 120, 11, KWAME, { "expertise", "Benefits adviser from Citizens Advice came to Róisín's home",
    "We brought the adviser to her kitchen table rather than sending her to an office.",
    EXPERT ("a benefits adviser", "Citizens Advice Islington") } },
  { 120, 12, KWAME, E ("agreement", "What we agreed about the Council Tax and benefits", "") },
  { 110, 10, RUTH, E ("action", "Council Tax recovery put on hold while the claim is checked", "") },
  { 95, 16, RUTH, { "money-outcome", "Council Tax Support backdated", "", MONEY (38450, "income-gained") } },
  { 90, 10, RUTH, { "money-outcome", "Council Tax arrears written off", "", MONEY (84500, "debt-resolved") } },
  { 85, 13, KWAME, { "spend", "School uniform for the eldest, starting secondary school", "",
    SPEND (4850, "School uniform") } },
  { 30, 10, KWAME, E ("message", "Róisín: \"Slept through the night for the first time in months.\"", "") },
  { 7, 11, KWAME, E ("agreement", "What we agreed about the winter", "") },
};

static const StoryEntry winston_story[] = {
  { 60, 10, YUSUF, E ("case-opened", "Case opened: Winston has stopped going to his dominoes club", "") },
  { 58, 14, YUSUF, E ("home-visit", "Talked about the buses he drove and the friends he misses",
    "His sight has got worse and he no longer trusts the crossing on Holloway Road.") },
  { 50, 11, YUSUF, { "expertise", "Rehabilitation officer came to walk the route with Winston", "",
    EXPERT ("a rehabilitation officer", "the Sensory Team, Adult Social Care") } },
  { 50, 12, YUSUF, E ("agreement", "What we agreed with Winston", "") },
  { 40, 10, YUSUF, { "spend", "A talking clock and a large-button phone", "", SPEND (3499, "Talking clock and phone") } },
  { 11, 15, YUSUF, E ("phone-call", "Winston went to dominoes with a volunteer and won", "") },
};

static const StoryEntry seun_story[] = {
  { 210, 10, FATIMA, E ("case-opened", "Case opened: Seun's first tenancy after leaving care", "") },
  { 208, 15, FATIMA, E ("conversation", "Met Seun at the office; talked about art college and the flat", "") },
  { 205, 12, FATIMA, { "spend", "Curtains and a kettle for the new flat", "", SPEND (3650, "Curtains and a kettle") } },
  { 190, 11, FATIMA, E ("home-visit", "Visit: nobody in; left a card with a drawing of a kettle", "") },
  { 180, 10, FATIMA, E ("message", "Texted to rearrange; no reply", "") },
  { 160, 10, FATIMA, E ("message", "Texted again; let the leaving care team know we are here", "") },
  { 120, 10, FATIMA, E ("case-closed", "Case closed: Seun has not wanted contact; the door stays open", "") },
};

typedef struct
{
  const char       *title;
  int               residents[2];   /* indexes into team_residents; -1 for none */
  int               lead;
  int               workers[2];     /* others involved, or -1 */
  const char       *outcome;        /* NULL while open */
  const char       *closing_note;
  const StoryEntry *entries;
  guint             n_entries;
  ItemText          items[2][3];    /* for the first and second "what we agreed" */
} StoryCase;

#define STORY(s) s, G_N_ELEMENTS (s)
#define NO_ITEMS { { { NULL } } }

static const StoryCase team_stories[] = {
  { "Dot's bathroom, and getting to the market", { DOT, -1 }, HARJIT, { OWEN, SIOBHAN }, NULL, NULL,
    STORY (dot_story),
    { { { "Order a level-access shower", "staff", HARJIT, -30, "done", NULL },
        { "Ask Pat next door about walking to the market together", "resident", -1, -25, "done", NULL },
        { "Ring Dot once the shower date is fixed", "staff", OWEN, 3, "open", NULL } } } },
  { "Rent arrears plan and Universal Credit", { NGOZI, -1 }, PRIYA, { RUTH, LENA }, "On a longer journey",
    "Arrears cleared and income sorted; Ngozi is looking for part-time work next.",
    STORY (ngozi_story),
    { { { "Set up a repayment plan Ngozi can afford", "staff", RUTH, -205, "done", NULL },
        { "Bring the last three payslips", "resident", -1, -212, "done", NULL },
        { "Apply to the hardship fund", "staff", LENA, -190, "done", NULL } } } },
  { "Brendan: back to the workshop", { BRENDAN, -1 }, SIOBHAN, { -1, -1 }, "Living a better life",
    "Brendan opens the community shed on Tuesdays and Bailey comes too.",
    STORY (brendan_story), NO_ITEMS },
  { "A cooker, and money that lasts the month", { ABDI, -1 }, CHLOE, { RUTH, -1 }, NULL, NULL,
    STORY (abdi_story),
    { { { "Find two kitchens that offer work experience", "staff", CHLOE, -6, "open", NULL },
        { "Bring a CV to the next meeting", "resident", -1, 7, "open", NULL },
        { "Apply for a food hygiene course", "staff", RUTH, -12, "dropped",
          "Abdi already holds the certificate from his last job" } } } },
  { "Damp in the children's bedroom", { TARIQ, -1 }, TOMASZ, { OWEN, -1 }, NULL, NULL,
    STORY (tariq_story),
    { { { "Get the damp specialist in, not the painter", "staff", OWEN, -3, "open", NULL },
        { "Send a letter from the GP about the asthma", "resident", -1, 4, "open", NULL } } } },
  { "Keeping Helen's tenancy", { HELEN, -1 }, FATIMA, { LENA, -1 }, NULL, NULL,
    STORY (helen_story),
    { { { "Set up the payment plan the court asked for", "staff", LENA, -140, "done", NULL },
        { "Ring the GP about support for anxiety", "resident", -1, -135, "done", NULL } },
      { { "Write a letter for the review hearing", "staff", FATIMA, 2, "open", NULL },
        { "Keep the payment receipts in one folder", "resident", -1, 10, "open", NULL } } } },
  { "A ground-floor home for three generations", { AMIRA, -1 }, GRACE, { HARJIT, -1 },
    "Living a better life", "The family moved to a ground-floor flat with a garden.",
    STORY (amira_story), NO_ITEMS },
  { "Sylvia: company in the evenings", { SYLVIA, -1 }, SIOBHAN, { OWEN, -1 }, NULL, NULL,
    STORY (sylvia_story),
    { { { "Fit a flashing doorbell", "staff", OWEN, -2, "open", NULL },
        { "Introduce Sylvia to the Wednesday lunch club", "staff", SIOBHAN, 6, "open", NULL } } } },
  { "A ramp for Kevin, and a new career", { KEVIN, -1 }, HARJIT, { YUSUF, -1 }, NULL, NULL,
    STORY (kevin_story),
    { { { "Take the ramp to the adaptations panel", "staff", HARJIT, -40, "done", NULL },
        { "Look at the driving-theory tutor course", "resident", -1, -20, "done", NULL },
        { "Book the ramp installation", "staff", OWEN, -5, "open", NULL } } } },
  { "Caring for Mick at home", { EILEEN, MICHAEL }, YUSUF, { HARJIT, -1 }, NULL, NULL,
    STORY (oconnor_story),
    { { { "Find a singing group for people living with dementia", "staff", YUSUF, -70, "done", NULL },
        { "Fit a door sensor and a grab rail", "staff", HARJIT, -80, "done", NULL },
        { "Apply for Carer's Allowance", "resident", -1, -50, "done", NULL } } } },
  { "Jamal: his own money and his first job", { JAMAL, RUKHSANA }, KWAME, { YUSUF, -1 }, NULL, NULL,
    STORY (hussain_story),
    { { { "Ask the library about work experience", "staff", YUSUF, -50, "done", NULL },
        { "Explain the benefit letters to Rukhsana with an interpreter", "staff", KWAME, -60, "done", NULL },
        { "Keep a diary of the work experience", "resident", -1, 14, "open", NULL } } } },
  { "A warm flat for Lan and her son", { LAN, -1 }, CHLOE, { RUTH, -1 }, "Living a better life",
    "The meter is on credit, the debt is gone and the flat is warm.",
    STORY (lan_story), NO_ITEMS },
  { "Council Tax, benefits and a fresh start", { ROISIN, -1 }, KWAME, { RUTH, -1 }, NULL, NULL,
    STORY (roisin_story),
    { { { "Send the bank statements to the benefits adviser", "resident", -1, -110, "done", NULL },
        { "Ask Council Tax to hold recovery for 30 days", "staff", RUTH, -112, "done", NULL },
        { "Apply for free school meals", "resident", -1, -100, "done", NULL } },
      { { "Apply for the Household Support Fund for the winter", "staff", KWAME, 5, "open", NULL },
        { "Book the boiler service", "staff", OWEN, -1, "open", NULL } } } },
  { "Winston: back to dominoes", { WINSTON, -1 }, YUSUF, { -1, -1 }, NULL, NULL,
    STORY (winston_story),
    { { { "Find a volunteer to walk with Winston on Thursdays", "staff", YUSUF, -20, "done", NULL },
        { "Read the post together every fortnight", "staff", YUSUF, -4, "open", NULL } } } },
  { "Seun's first home", { SEUN, -1 }, FATIMA, { -1, -1 }, "Did not engage",
    "Seun has not wanted contact. The leaving care team know we are here whenever Seun is ready.",
    STORY (seun_story), NO_ITEMS },
};

/* Stories the team sees again and again, for the cases made from parts: each
 * case walks through its theme's entries in order, with check-ins between. */
typedef struct
{
  const char *title;
  const char *opened;
  EntryText   entries[7];
  ItemText    items[3];
} Theme;

enum { THEME_REPAIRS, THEME_ENERGY, THEME_LONELY, THEME_WORK, THEME_DEBT, THEME_SAFE, THEME_SETTLE };

static const Theme themes[] = {
  [THEME_REPAIRS] = { "Repairs waiting since the spring", "Case opened: repairs have waited for months",
    { E ("conversation", "Went through every repair that is still waiting", ""),
      E ("home-visit", "Home visit: saw the leak under the sink and the broken window catch", ""),
      E ("agreement", "What we agreed about the repairs", ""),
      { "expertise", "Repairs surveyor came round with us", "", EXPERT ("a surveyor", "Repairs and Maintenance") },
      E ("action", "Raised the repairs as one job with the repairs team", ""),
      E ("phone-call", "Repairs contractor gave a date for next week", ""),
      E ("note", "Window and sink repaired; checked the work with the resident", "") },
    { { "Book the window and sink repairs as one visit", "staff", -1, 10, NULL, NULL },
      { "Clear the space under the sink before the visit", "resident", -1, 9, NULL, NULL },
      { "Ring to check the work was done properly", "staff", -1, 21, NULL, NULL } } },
  [THEME_ENERGY] = { "Help with energy bills", "Case opened: worried about the energy bills",
    { E ("conversation", "Talked about the energy bills and the prepayment meter", ""),
      E ("home-visit", "Looked at the meter together and read the last bills", ""),
      { "expertise", "Energy adviser came to the home", "", EXPERT ("an energy adviser", "Islington SHINE") },
      E ("agreement", "What we agreed about the energy bills", ""),
      { "spend", "Emergency top-up for the meter", "", SPEND (2000, "Electricity top-up") },
      { "money-outcome", "Warm Home Discount awarded", "", MONEY (15000, "income-gained") },
      { "money-outcome", "Energy debt written off by the supplier", "", MONEY (41275, "debt-resolved") } },
    { { "Apply for the Warm Home Discount", "staff", -1, 14, NULL, NULL },
      { "Send meter readings every month", "resident", -1, 30, NULL, NULL },
      { "Check the supplier has moved the meter to credit", "staff", -1, 28, NULL, NULL } } },
  [THEME_LONELY] = { "Company, and something to look forward to", "Case opened: a neighbour worried about loneliness",
    { E ("home-visit", "Visited over a cup of tea; talked about family and old times", ""),
      E ("conversation", "Talked about the week and who comes round", ""),
      E ("agreement", "What we agreed about getting out and about", ""),
      E ("action", "Found a lunch club within walking distance", ""),
      { "spend", "Taxi to the first lunch club", "", SPEND (850, "Taxi to the lunch club") },
      E ("phone-call", "Rang after the first lunch club: it went well", ""),
      E ("note", "Now goes to the lunch club every Wednesday", "") },
    { { "Go to the Wednesday lunch club once, to try it", "resident", -1, 8, NULL, NULL },
      { "Introduce the resident to the lunch club organiser", "staff", -1, 7, NULL, NULL },
      { "Ring after the first visit", "staff", -1, 9, NULL, NULL } } },
  [THEME_WORK] = { "Getting back into work", "Case opened: wants to talk about work and money",
    { E ("conversation", "Talked about past jobs and what work would fit now", ""),
      { "expertise", "Work coach came to the community centre to meet us", "",
        EXPERT ("a work coach", "Jobcentre Plus") },
      E ("agreement", "What we agreed about work", ""),
      { "spend", "Monthly bus pass for the training course", "", SPEND (10200, "A bus pass") },
      E ("action", "Booked a place on a construction skills course", ""),
      { "money-outcome", "Better-off check: in-work Universal Credit", "", MONEY (42000, "income-gained") },
      E ("message", "Sent three job adverts that fit school hours", "") },
    { { "Update the CV with the volunteering", "resident", -1, 10, NULL, NULL },
      { "Ask the work coach about the training grant", "staff", -1, 7, NULL, NULL },
      { "Apply for two jobs", "resident", -1, 21, NULL, NULL } } },
  [THEME_DEBT] = { "Council Tax arrears and a payment plan", "Case opened: a bailiff letter about Council Tax",
    { E ("conversation", "Talked through the letters; the bailiff letter was the worry", ""),
      { "expertise", "Benefits adviser from Citizens Advice came to the home", "",
        EXPERT ("a benefits adviser", "Citizens Advice Islington") },
      E ("agreement", "What we agreed about the Council Tax", ""),
      E ("action", "Put the Council Tax recovery on hold while we sort it out", ""),
      { "money-outcome", "Council Tax Support backdated", "", MONEY (21730, "income-gained") },
      { "money-outcome", "Council Tax arrears written off", "", MONEY (52000, "debt-resolved") },
      E ("note", "Payment plan for the rest agreed with Council Tax", "") },
    { { "Send the bank statements to the benefits adviser", "resident", -1, 7, NULL, NULL },
      { "Ask Council Tax to hold recovery for 30 days", "staff", -1, 3, NULL, NULL },
      { "Set up a payment plan for what is left", "staff", -1, 30, NULL, NULL } } },
  [THEME_SAFE] = { "Feeling safe on the estate", "Case opened: frightened on the stairwell at night",
    { E ("conversation", "Talked about what happens on the stairwell at night", ""),
      E ("home-visit", "Walked round the block together at dusk", ""),
      E ("agreement", "What we agreed about the stairwell", ""),
      E ("action", "Reported the broken stairwell lights and the door entry", ""),
      { "expertise", "Ward police officer came to meet us at home", "",
        EXPERT ("the ward police officer", "Safer Neighbourhoods Team") },
      E ("note", "Lights fixed; door entry repair booked", ""),
      E ("phone-call", "Checked in: the door closes properly now", "") },
    { { "Fix the stairwell lights", "staff", -1, 5, NULL, NULL },
      { "Keep a note of what happens and when", "resident", -1, 14, NULL, NULL },
      { "Ask the caretaker to check the door each morning", "staff", -1, 7, NULL, NULL } } },
  [THEME_SETTLE] = { "Making a new flat a home", "Case opened: a new tenancy with no furniture",
    { E ("home-visit", "Visited the new flat: no beds, no table, no curtains", ""),
      E ("agreement", "What we agreed about the flat", ""),
      { "expertise", "Furniture project came to measure up with us", "",
        EXPERT ("a volunteer", "the community furniture project") },
      { "spend", "Beds and bedding from the community furniture project", "", SPEND (11500, "Beds and bedding") },
      E ("conversation", "Talked about English classes and the nursery", ""),
      { "money-outcome", "Local welfare grant for a fridge and a table", "", MONEY (32000, "income-gained") },
      E ("note", "Enrolled at the English class at the library", "") },
    { { "Apply to the local welfare scheme", "staff", -1, 5, NULL, NULL },
      { "Choose furniture at the project's warehouse", "resident", -1, 12, NULL, NULL },
      { "Find an English class near the nursery", "staff", -1, 14, NULL, NULL } } },
};

/* Check-ins that come between a theme's entries. */
static const EntryText check_ins[] = {
  E ("phone-call", "Checked in by phone; things are moving", ""),
  E ("message", "Sent a summary of what we agreed", ""),
  E ("note", "Talked the case through at the team huddle", ""),
  E ("conversation", "Popped in at the coffee morning for a catch-up", ""),
};

typedef struct
{
  int         residents[2];   /* index into the team's residents; -1 for none */
  int         theme;
  int         lead;
  int         worker;
  int         age_days;
  int         n_entries;
  const char *outcome;
} MadeCase;

#define MADE(i) (N_SCRIPTED_RESIDENTS + (i))

static const MadeCase made_cases[] = {
  { { DAWIT, -1 }, THEME_SETTLE, GRACE, SIOBHAN, 90, 12, NULL },
  { { ZEYNEP, -1 }, THEME_SAFE, PRIYA, -1, 45, 6, NULL },
  { { PIOTR, AGNIESZKA }, THEME_WORK, TOMASZ, RUTH, 160, 14, NULL },
  { { MADE (0), -1 }, THEME_REPAIRS, TOMASZ, OWEN, 240, 25, NULL },
  { { MADE (1), -1 }, THEME_ENERGY, CHLOE, RUTH, 200, 9, "Living a better life" },
  { { MADE (2), -1 }, THEME_LONELY, SIOBHAN, -1, 120, 8, NULL },
  { { MADE (3), -1 }, THEME_DEBT, LENA, RUTH, 180, 10, "On a longer journey" },
  { { MADE (4), -1 }, THEME_REPAIRS, GRACE, OWEN, 30, 4, NULL },
  { { MADE (5), -1 }, THEME_WORK, KWAME, YUSUF, 100, 11, NULL },
  { { MADE (6), -1 }, THEME_SAFE, PRIYA, -1, 220, 7, "Did not engage" },
  { { MADE (7), -1 }, THEME_LONELY, YUSUF, HARJIT, 70, 9, NULL },
  { { MADE (8), -1 }, THEME_ENERGY, CHLOE, -1, 15, 5, NULL },
  { { MADE (9), -1 }, THEME_DEBT, RUTH, KWAME, 140, 16, "Living a better life" },
  { { MADE (10), -1 }, THEME_SETTLE, FATIMA, -1, 55, 7, NULL },
  { { MADE (11), -1 }, THEME_REPAIRS, OWEN, TOMASZ, 190, 12, "Living a better life" },
};

/* When a scripted entry happened: days ago, at its hour, never in the future. */
static gint64
story_time (Fill             *fill,
            const StoryEntry *entry)
{
  gint64 midnight = fill->now - fill->now % DAY - (gint64) entry->days_ago * DAY;

  return MIN (midnight + (gint64) entry->hour * HOUR, fill->now - HOUR);
}

static gboolean
fill_story (Fill             *fill,
            const StoryCase  *story,
            GError          **error)
{
  gint64 residents[2], workers[2];
  guint n_residents = 0, n_agreements = 0;
  gint64 case_id;

  for (guint i = 0; i < 2; i++)
    {
      if (story->residents[i] >= 0)
        residents[n_residents++] = resident_id (fill, story->residents[i]);
      workers[i] = staff_id (fill, story->workers[i]);
    }

  g_assert (g_str_equal (story->entries[0].text.kind, "case-opened"));
  g_assert ((story->outcome != NULL) ==
            g_str_equal (story->entries[story->n_entries - 1].text.kind, "case-closed"));

  case_id = open_case (fill, story->title, residents, n_residents, staff_id (fill, story->lead),
                       workers, 2, &story->entries[0].text, story_time (fill, &story->entries[0]),
                       staff_id (fill, story->entries[0].author), error);
  if (case_id == 0)
    return FALSE;
  g_array_append_val (fill->cases, case_id);

  for (guint e = 1; e < story->n_entries; e++)
    {
      const StoryEntry *entry = &story->entries[e];
      gint64 at = story_time (fill, entry);
      gint64 author = staff_id (fill, entry->author);
      gint64 entry_id;

      if (g_str_equal (entry->text.kind, "case-closed"))
        {
          if (!close_case (fill, case_id, story->outcome, story->closing_note, &entry->text, at,
                           author, error))
            return FALSE;
          continue;
        }

      if (entry->first_summary != NULL)
        {
          /* Written first in a few words, and corrected two hours later. */
          EntryText first = entry->text;
          HearthEntryFields fields;

          first.summary = entry->first_summary;
          first.body = entry->first_body;
          entry_id = write_entry (fill, case_id, residents[0], &first, at, author, error);
          if (entry_id == 0)
            return FALSE;

          hearth_entry_fields_init (&fields);
          fields.kind = entry->text.kind;
          fields.occurred_at = at;
          fields.summary = entry->text.summary;
          fields.body = entry->text.body;
          write_as (fill, author, at + 2 * HOUR);
          if (!hearth_timeline_update_entry (fill->store, entry_id, &fields, error))
            return FALSE;
        }
      else
        {
          entry_id = write_entry (fill, case_id, residents[0], &entry->text, at, author, error);
          if (entry_id == 0)
            return FALSE;
        }

      if (!g_str_equal (entry->text.kind, "agreement"))
        continue;

      g_assert (n_agreements < 2);
      for (guint i = 0; i < 3 && story->items[n_agreements][i].text != NULL; i++)
        {
          const ItemText *item = &story->items[n_agreements][i];
          gint64 owner = item->owner >= 0 ? staff_id (fill, item->owner) : author;
          gint64 due = fill->now + (gint64) item->due_in_days * DAY;

          if (!write_item (fill, entry_id, item->text, item->owner_kind, owner, due, item->status,
                           item->dropped_reason, at, author, error))
            return FALSE;
        }
      n_agreements++;
    }

  return TRUE;
}

/* A case from a theme: the theme's entries in order, check-ins between, and a
 * close when the case has an outcome. */
static gboolean
fill_made_case (Fill           *fill,
                const MadeCase *made,
                GError        **error)
{
  const Theme *theme = &themes[made->theme];
  g_autofree char *closed_summary = NULL;
  gint64 residents[2];
  gint64 lead = staff_id (fill, made->lead);
  gint64 worker = staff_id (fill, made->worker);
  guint n_residents = 0;
  guint n = (guint) made->n_entries;
  gint64 opened_at = working_hours (fill->now - (gint64) made->age_days * DAY);
  /* Closed cases end a while ago; open ones run up to the last few days. */
  gint64 end = made->outcome != NULL ?
               working_hours (fill->now - (gint64) made->age_days * DAY / 3) :
               fill->now - (gint64) (1 + pick (fill, 4)) * DAY;
  gint64 step = (end - opened_at) / (gint64) (n - 1);
  gint64 case_id;
  guint next_theme = 0;
  gint64 *times = g_newa (gint64, n);

  g_assert (n >= 4 && step > HOUR);

  for (guint i = 0; i < 2; i++)
    if (made->residents[i] >= 0)
      residents[n_residents++] = resident_id (fill, made->residents[i]);

  /* Times first, so the case knows its last activity when it is written. */
  for (guint e = 0; e < n; e++)
    {
      /* Visits and calls happen in working hours, not at three in the morning. */
      gint64 at = e == 0 ? opened_at
                         : working_hours (opened_at + step * e - (gint64) pick (fill, (guint) (step / 2)));

      times[e] = MIN (MAX (at, e > 0 ? times[e - 1] + 60 : at), fill->now - HOUR);
    }

  {
    EntryText opened = E ("case-opened", theme->opened, "");

    case_id = open_case (fill, theme->title, residents, n_residents, lead, &worker, 1, &opened,
                         opened_at, lead, error);
    if (case_id == 0)
      return FALSE;
  }
  g_array_append_val (fill->cases, case_id);

  if (made->outcome != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (made->outcome, -1);

      closed_summary = g_strdup_printf ("Case closed: %s", lower);
    }

  for (guint e = 1; e < n; e++)
    {
      EntryText closed = E ("case-closed", closed_summary, "");
      const EntryText *text;
      gint64 author = e % 3 == 2 && worker > 0 ? worker : lead;
      gint64 entry_id;

      if (e == n - 1 && made->outcome != NULL)
        {
          if (!close_case (fill, case_id, made->outcome,
                           "We agreed together that this is a good place to stop; the door stays open.",
                           &closed, times[e], author, error))
            return FALSE;
          continue;
        }
      /* Check-ins fill the gaps once the theme has been told, and now and then before. */
      else if (next_theme >= G_N_ELEMENTS (theme->entries) || (e > 1 && pick (fill, 3) == 0))
        text = &PICK (fill, check_ins);
      else
        text = &theme->entries[next_theme++];

      entry_id = write_entry (fill, case_id, residents[0], text, times[e], author, error);
      if (entry_id == 0)
        return FALSE;

      if (!g_str_equal (text->kind, "agreement"))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (theme->items); i++)
        {
          const ItemText *item = &theme->items[i];
          gint64 due = times[e] + (gint64) item->due_in_days * DAY;
          const char *status = "open";
          const char *reason = NULL;

          /* Most of what fell due was done; now and then something was not,
           * and it is overdue now. */
          if (due < fill->now - 2 * DAY)
            {
              guint roll = pick (fill, 10);

              status = roll < 7 ? "done" : roll < 9 ? "open" : "dropped";
              if (g_str_equal (status, "dropped"))
                reason = "The resident sorted it out themselves before we got to it";
            }

          if (!write_item (fill, entry_id, item->text, item->owner_kind, author, due, status, reason,
                           times[e], author, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
fill_team_cases (Fill    *fill,
                 GError **error)
{
  for (guint c = 0; c < G_N_ELEMENTS (team_stories); c++)
    if (!fill_story (fill, &team_stories[c], error))
      return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (made_cases); c++)
    if (!fill_made_case (fill, &made_cases[c], error))
      return FALSE;

  /* Notes logged before a case existed, for residents the team has met. */
  {
    static const struct {
      int        resident;
      int        days_ago;
      int        author;
      EntryText  text;
    } early[] = {
      { MARIA, 5, KWAME, E ("note", "Met at the tenants' coffee morning: wants to talk about the lunch club",
                             "Maria asked for a large-print timetable of the Wednesday lunch club.") },
      { SAMIR, 12, OWEN, E ("phone-call", "Samir rang: the lift was out for three days again",
                             "He could not get to work. Asked to be told when the lift will be fixed.") },
      { SAMIR, 2, OWEN, E ("note", "Lift out again; told Samir by e-mail as he asked", "") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (early); i++)
      {
        gint64 at = working_hours (fill->now - (gint64) early[i].days_ago * DAY);

        if (write_entry (fill, 0, resident_id (fill, early[i].resident), &early[i].text,
                         MIN (at, fill->now - HOUR), staff_id (fill, early[i].author), error) == 0)
          return FALSE;
      }
  }

  return TRUE;
}

/* --- Feedback frameworks ---------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *description;
  const char *descriptors[3];
  const char *example;      /* what a rater saw, for the sample responses */
} BehaviourText;

static const BehaviourText high_performance[] = {
  { "Empathy", "Understands how things feel for residents and colleagues, and acts on it.",
    { "Listens to the whole story before offering an answer",
      "Notices when someone is struggling and asks how they are",
      "Puts themselves in the resident's shoes when a rule gets in the way" },
    "Sat with a resident who was crying at the counter until she was ready to talk." },
  { "Team work", "Works with others to get the right thing done for residents.",
    { "Shares what they know without being asked",
      "Picks up work for colleagues when they are stretched",
      "Brings in other teams instead of passing the resident on" },
    "Covered my visits when my son was ill without being asked." },
  { "Developing people", "Helps others learn and grow.",
    { "Gives honest, kind feedback",
      "Makes time to show a colleague how",
      "Talks about what went wrong without blame" },
    "Took me on two home visits so I could see how to start a conversation about debt." },
  { "Building confidence", "Helps residents and colleagues believe they can.",
    { "Starts from what people can do",
      "Celebrates small successes",
      "Lets people make their own decisions" },
    "Helped a resident phone the energy company herself instead of doing it for her." },
  { "Proactivity", "Acts early instead of waiting for things to go wrong.",
    { "Spots when someone is struggling and acts",
      "Follows up without being chased",
      "Removes a barrier instead of working round it" },
    "Raised the repairs system problem at the Stop Shop after it happened twice." },
  { "Customer focus", "Keeps what matters to the resident at the centre.",
    { "Asks what matters before what is the matter",
      "Does what they said they would",
      "Writes down what was agreed and sends it" },
    "Sends a summary of what we agreed after every visit, in plain words." },
};

static const BehaviourText values[] = {
  { "Ambitious", "Wants the best for residents and for the borough.",
    { "Sets a high bar for their own work", "Looks for a better way",
      "Is not satisfied with 'good enough' for residents" },
    "Would not accept that the damp could only be painted over." },
  { "Professional", "Knows their stuff and keeps their word.",
    { "Keeps records up to date", "Is on time and prepared", "Explains decisions clearly" },
    "Her notes mean anyone can pick up her cases without asking the resident again." },
  { "Human", "Treats everyone as a person first.",
    { "Uses people's names and remembers their story", "Shows warmth",
      "Is honest about what they cannot do" },
    "Remembered a resident's grandson's name and asked how his exams went." },
  { "Accountable", "Owns what they do and what they promised.",
    { "Delivers what they promised", "Owns up to mistakes", "Follows things through to the end" },
    "Rang back the same afternoon, as promised, even though the news was not good." },
  { "Empathic", "Feels with people, not for them.",
    { "Listens without judging", "Stays with difficult feelings", "Adapts to how each person is" },
    "Let a resident talk about her husband for half an hour before we got to the forms." },
};

/* Both frameworks ship in every database, with the default scale; the
 * sample team adopted them a year ago. */
static gboolean
find_framework (Fill                 *fill,
                const char           *name,
                const BehaviourText  *behaviours,
                guint                 n_behaviours,
                gint64               *framework_id,
                GArray               *behaviour_ids,
                GError              **error)
{
  gint64 at = fill->now - 365 * DAY;
  gint64 author = staff_id (fill, 0);

  /* No writer in the model says when a framework was adopted: the team's
   * go through hearth_store_write(), for the change notice and the audit
   * row; the scale's are noted once with the rest of its bulk rows. */
  if (!hearth_store_read_row (fill->store, NULL, error,
                              "SELECT id FROM frameworks WHERE name = ?1", "s>x",
                              name, framework_id))
    return FALSE;
  if (fill->announce)
    {
      write_as (fill, author, at);
      if (hearth_store_write (fill->store, error, "frameworks", HEARTH_CHANGE_UPDATE, *framework_id,
                              "UPDATE frameworks SET created_at = ?2, created_by = ?3,"
                              " updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                              "xxo", *framework_id, at, author) == 0)
        return FALSE;
    }
  else if (!hearth_store_run_sql (fill->store, error,
                                  "UPDATE frameworks SET created_at = ?2, created_by = ?3,"
                                  " updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                                  "xxo", *framework_id, at, author))
    return FALSE;

  for (guint b = 0; b < n_behaviours; b++)
    {
      gint64 behaviour_id = 0;

      if (!hearth_store_read_row (fill->store, NULL, error,
                                  "SELECT id FROM behaviours WHERE framework_id = ?1 AND name = ?2",
                                  "xs>x", *framework_id, behaviours[b].name, &behaviour_id))
        return FALSE;
      if (fill->announce)
        {
          if (hearth_store_write (fill->store, error, "behaviours", HEARTH_CHANGE_UPDATE, behaviour_id,
                                  "UPDATE behaviours SET created_at = ?2, created_by = ?3,"
                                  " updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                                  "xxo", behaviour_id, at, author) == 0)
            return FALSE;
        }
      else if (!hearth_store_run_sql (fill->store, error,
                                      "UPDATE behaviours SET created_at = ?2, created_by = ?3,"
                                      " updated_at = ?2, updated_by = ?3 WHERE id = ?1",
                                      "xxo", behaviour_id, at, author))
        return FALSE;
      if (behaviour_ids != NULL)
        g_array_append_val (behaviour_ids, behaviour_id);
    }

  for (guint t = 0; !fill->announce && t < 2; t++)
    {
      const char *table = g_intern_static_string (t == 0 ? "frameworks" : "behaviours");

      if (!g_ptr_array_find (fill->filled, table, NULL))
        g_ptr_array_add (fill->filled, (gpointer) table);
    }

  return TRUE;
}

typedef struct
{
  gint64  behaviours_id;
  gint64  values_id;
  GArray *behaviour_ids;    /* of the behaviours framework, in order */
  GArray *value_ids;        /* of the values framework, in order */
} Frameworks;

static void
frameworks_clear (Frameworks *f)
{
  g_clear_pointer (&f->behaviour_ids, g_array_unref);
  g_clear_pointer (&f->value_ids, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frameworks, frameworks_clear)

static gboolean
fill_frameworks (Fill        *fill,
                 Frameworks  *f,
                 GError     **error)
{
  f->behaviour_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return find_framework (fill, "High performance behaviours", high_performance,
                         G_N_ELEMENTS (high_performance), &f->behaviours_id, f->behaviour_ids,
                         error) &&
         find_framework (fill, "Our values", values, G_N_ELEMENTS (values), &f->values_id,
                         f->value_ids, error);
}

static gboolean
fill_feedback (Fill              *fill,
               const Frameworks  *f,
               GError           **error)
{
  static const struct {
    int         subject;
    gboolean    values;
    int         opens_days;
    int         closes_days;
    gboolean    development_only;
    const char *title;
  } cycles[] = {
    { PRIYA, FALSE, -75, -45, FALSE, "Priya's 360° feedback, autumn" },
    { SIOBHAN, TRUE, -10, 14, FALSE, "Siobhan's feedback on our values" },
    { CHLOE, FALSE, -5, 21, TRUE, "Chloe's development feedback" },
  };
  static const struct {
    const char *relationship;
    int         staff;      /* -1: the subject; -2: a partner from outside */
  } raters[] = {
    { "self", -1 }, { "manager", -3 }, { "peer", TOMASZ }, { "peer", GRACE }, { "peer", FATIMA },
    { "peer", KWAME }, { "direct-report", -4 }, { "partner", -2 },
  };
  static const char *const keep[] = {
    "Keep asking residents what matters to them first; it changes the conversation.",
    "Keep sharing what you know at the team huddle.",
    "Keep being the calm one when things go wrong.",
    "Keep writing up what we agreed straight after visits.",
  };
  static const char *const try[] = {
    "Try saying no sometimes; you take on too much.",
    "Try bringing the money adviser in earlier.",
    "Try leading a Stop Shop session.",
    "Try writing up what we agreed on the same day.",
  };
  static const char *const statuses[] = { "invited", "started", "submitted" };

  for (guint c = 0; c < G_N_ELEMENTS (cycles); c++)
    {
      g_autofree char *opens = date_of (fill->now + (gint64) cycles[c].opens_days * DAY);
      g_autofree char *closes = date_of (fill->now + (gint64) cycles[c].closes_days * DAY);
      g_autofree char *secret = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                               cycles[c].title, -1);
      gboolean finished = cycles[c].closes_days < 0;
      gint64 opened_at = fill->now + (gint64) cycles[c].opens_days * DAY;
      int subject = cycles[c].subject;
      const GArray *behaviour_ids = cycles[c].values ? f->value_ids : f->behaviour_ids;
      const BehaviourText *texts = cycles[c].values ? values : high_performance;
      guint n_rater = 0;
      gint64 released_at, closed_at, supervisor;
      gint64 cycle_id;

      /* A finished cycle closed the day after its closing date; the
       * supervisor who set the cycle up runs it. The cycle's whole life,
       * from invitations to release, is written as it stands now, through
       * hearth_store_write() for the change notices and the audit rows: the
       * model's feedback writers draw a random secret, shuffle seed and
       * response id, and the sample is the same every time it is made. */
      released_at = fill->now + (gint64) (cycles[c].closes_days + 3) * DAY;
      closed_at = fill->now + (gint64) (cycles[c].closes_days + 1) * DAY;
      supervisor = staff_id (fill, team_staff[subject].supervisor);
      write_as (fill, supervisor, opened_at - 2 * DAY);
      cycle_id = hearth_store_write (fill->store, error, "feedback_cycles", HEARTH_CHANGE_INSERT, 0,
                                     "INSERT INTO feedback_cycles (subject_id, framework_id, title, opens_on,"
                                     " closes_on, development_only, released_at, created_at, created_by,"
                                     " updated_at, updated_by, supervisor_id, closed_at, shuffle_seed, secret)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9, ?9, ?10, ?11, ?12)",
                                     "xxsssiXxoXxs", staff_id (fill, subject),
                                     cycles[c].values ? f->values_id : f->behaviours_id,
                                     cycles[c].title, opens, closes, cycles[c].development_only,
                                     finished ? &released_at : NULL, opened_at - 2 * DAY, supervisor,
                                     finished ? &closed_at : NULL,
                                     (gint64) (c + 1) * G_GINT64_CONSTANT (2654435761), secret);
      if (cycle_id == 0)
        return FALSE;

      for (guint r = 0; r < G_N_ELEMENTS (raters); r++)
        {
          const char *relationship = raters[r].relationship;
          int who = raters[r].staff;
          const char *status;
          g_autofree char *token = NULL;
          gint64 response_id;

          /* Who the subject's manager and direct reports are follows the team. */
          if (who == -1)
            who = subject;
          else if (who == -3)
            who = team_staff[subject].supervisor;
          else if (who == -4)
            continue;   /* nobody in the sample reports to a front-line officer */
          if (who == subject && !g_str_equal (relationship, "self"))
            continue;

          status = finished ? "submitted" : statuses[(n_rater + c) % 3];
          n_rater++;

          /* Raters without Hearth answer in a response file that carries a token. */
          if (who < 0)
            token = g_strdup_printf ("%016" G_GINT64_MODIFIER "x", (gint64) (next_random (fill) >> 1));
          if (hearth_store_write (fill->store, error, "feedback_raters", HEARTH_CHANGE_INSERT, 0,
                                  "INSERT INTO feedback_raters (cycle_id, staff_id, name, relationship,"
                                  " status, token, created_at, created_by, updated_at, updated_by)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8)",
                                  "xosssSxox", cycle_id, who >= 0 ? staff_id (fill, who) : 0,
                                  who >= 0 ? team_staff[who].name : "Jo Marsh, Age UK Islington",
                                  relationship, status, token, opened_at - 2 * DAY, supervisor,
                                  g_str_equal (status, "invited") ? opened_at - 2 * DAY :
                                  opened_at + (gint64) (1 + r) * DAY) == 0)
            return FALSE;

          if (!g_str_equal (status, "submitted"))
            continue;

          /* A response records the rater's group, never the rater: it is
           * written unattributed, as hearth_feedback_submit() writes it. */
          if (!hearth_store_read_row (fill->store, NULL, error,
                                      "SELECT coalesce (max (id), 0) + 1 FROM feedback_responses",
                                      ">x", &response_id) ||
              !hearth_store_write_unattributed (fill->store, error, "feedback_responses",
                                                "INSERT INTO feedback_responses (id, cycle_id, relationship,"
                                                " keep_doing, try_doing) VALUES (?1, ?2, ?3, ?4, ?5)",
                                                "xxsss", response_id, cycle_id, relationship,
                                                keep[(r + c) % G_N_ELEMENTS (keep)],
                                                try[(r + 2 * c) % G_N_ELEMENTS (try)]))
            return FALSE;

          for (guint b = 0; b < behaviour_ids->len; b++)
            {
              /* Development-only feedback is words without ratings. People
               * rate themselves a little lower than others do. */
              gint64 rating = 0;

              if (!cycles[c].development_only)
                rating = CLAMP (between (fill, 3, 5) - (g_str_equal (relationship, "self") ? 1 : 0), 1, 5);
              if (!hearth_store_write_unattributed (fill->store, error, "feedback_ratings",
                                                    "INSERT INTO feedback_ratings (response_id, behaviour_id,"
                                                    " rating, example) VALUES (?1, ?2, ?3, ?4)",
                                                    "xxXs", response_id,
                                                    g_array_index (behaviour_ids, gint64, b),
                                                    cycles[c].development_only ? NULL : &rating,
                                                    (b + r) % 2 == 0 || cycles[c].development_only ?
                                                    texts[b].example : ""))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* --- Stop Shop ---------------------------------------------------------------- */

typedef struct
{
  const char *title;
  const char *what_happens;
  const char *effect;
  const char *category;
  const char *teams;
  int         owner;            /* staff index; nobody owns a barrier that is only raised */
  const char *status;
  const char *parked_reason;
  const char *first_action;
  int         action_due_days;  /* from now */
  int         last_update_days; /* days ago */
  int         session;          /* 0: the earlier session, 1: today's */
  gboolean    raised_again;     /* raised again today: more weight */
  guint       votes;            /* at the session that raised it */
} BarrierText;

static const BarrierText team_barriers[] = {
  { "Repairs system will not take a job without a tenancy number",
    "Staff cannot log a repair for a leaseholder's neighbour, a lodger or a communal area.",
    "A resident waited three weeks for a leak from upstairs because nobody could log it.",
    "system", "Customer Services, Repairs", OWEN, "in-progress", NULL,
    "Ask the supplier for a 'no tenancy' job type", 10, 9, 0, TRUE, 9 },
  { "Three forms to ask for the same proof of income",
    "Housing, Council Tax and the hardship fund each ask for payslips on their own form.",
    "Ngozi brought the same payslips to the office three times in a month.",
    "process", "Income and Money", RUTH, "action-agreed", NULL,
    "Agree one shared form with Council Tax", 21, 20, 0, TRUE, 12 },
  { "Cannot buy a resident a coffee without a purchase order",
    "Small spends need a purchase order that takes two weeks to approve.",
    "We could not buy Abdi a sandwich when he had not eaten for two days.",
    "policy", "All teams", MARGARET, "removed", NULL,
    "Team purchasing cards with a £50 limit", -30, 25, 0, FALSE, 15 },
  { "Interpreter bookings need five days' notice",
    "Same-day interpreters are only available for emergencies.",
    "Amira's mother could not take part in the first visit about her own move.",
    "partner-agency", "Tenancy Management", GRACE, "understood", NULL, NULL, 0, 15, 0, FALSE, 6 },
  { "Laptops cannot open the photos residents send of repairs",
    "Photos arrive as HEIC files and the council laptops cannot show them.",
    "", "it", "Customer Services", DANIEL, "raised", NULL, NULL, 0, 0, 1, FALSE, 0 },
  { "Referral forms instead of bringing people in",
    "The habit is to fill in a referral form and pass the resident on.",
    "Brendan was referred to four services before anyone visited him.",
    "ways-of-working", "All teams", SIOBHAN, "in-progress", NULL,
    "Bring the adviser to the resident for a month and see what changes", -20, 60, 0, TRUE, 11 },
  { "Arrears letters written in legal language",
    "The first arrears letter quotes the tenancy agreement clause by clause.",
    "Helen thought she would be evicted the next day.", "process", "Income and Money", LENA,
    "action-agreed", NULL, "Rewrite the first arrears letter with residents", 14, 8, 0, FALSE, 8 },
  { "Out-of-hours calls go to a different system",
    "Notes taken at night are not in the case record in the morning.",
    "", "system", "Customer Services", DANIEL, "parked",
    "Waiting for the new contact centre contract in April", NULL, 0, 55, 0, FALSE, 3 },
  { "Home visits need two staff after 4pm",
    "The lone-working policy stops officers visiting after school hours.",
    "Working parents can only be seen while they are at work.", "policy", "Tenancy Management",
    MARGARET, "raised", NULL, NULL, 0, 0, 1, FALSE, 0 },
  { "No quiet room at the area office",
    "Conversations about debt happen at the front counter.",
    "Residents leave before telling us what is really going on.", "other", "Customer Services",
    DANIEL, "removed", NULL, "Turn the old post room into a quiet room", -40, 12, 0, FALSE, 10 },
  { "Adult Social Care and housing keep separate notes",
    "Nobody can see what the other team agreed with the resident.",
    "Dot was asked the same questions by three people.", "partner-agency",
    "Tenancy Management, Adult Social Care", HARJIT, "understood", NULL, NULL, 0, 50, 0, FALSE, 9 },
  { "Password resets take a day",
    "Staff locked out of their laptop wait a day for the service desk.", "", "it", "All teams",
    DANIEL, "in-progress", NULL, "Self-service password reset for all staff", 7, 12, 0, FALSE, 2 },
  { "Case reviews count calls, not what changed",
    "Managers ask how many calls were made, not what changed for the resident.",
    "", "ways-of-working", "All teams", MARGARET, "raised", NULL, NULL, 0, 0, 1, FALSE, 0 },
  { "Moving costs need three signatures",
    "Removal costs for residents who must move wait weeks for sign-off.",
    "A family slept on the floor of their new flat for a week.", "process", "Tenancy Management",
    MARGARET, "action-agreed", NULL, "One signature up to £500", -3, 25, 0, FALSE, 6 },
};

/* The path a barrier takes to its status, one update per step. */
static const char *const barrier_path[] = {
  "raised", "understood", "action-agreed", "in-progress", "removed",
};

static const char *
barrier_update_text (const char *status)
{
  if (g_str_equal (status, "understood"))
    return "Talked it through with the team that owns it; we understand why it happens.";
  if (g_str_equal (status, "action-agreed"))
    return "Owner and first action agreed at the Stop Shop.";
  if (g_str_equal (status, "in-progress"))
    return "Work has started; first conversations with the people who can change it.";
  if (g_str_equal (status, "removed"))
    return "Removed: staff have confirmed it no longer gets in the way.";
  return "Raised at the Stop Shop.";
}

static gboolean
insert_barrier_update (Fill        *fill,
                       gint64       barrier_id,
                       gint64       session_id,
                       gint64       at,
                       gint64       author,
                       const char  *from,
                       const char  *to,
                       const char  *text,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (fill, "INSERT INTO barrier_updates (barrier_id, session_id, at, author_id,"
                        " status_from, status_to, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, barrier_id);
  bind_id (stmt, 2, session_id);
  sqlite3_bind_int64 (stmt, 3, at);
  bind_id (stmt, 4, author);
  bind_text (stmt, 5, from);
  bind_text (stmt, 6, to);
  bind_str (stmt, 7, text);
  return run (fill, stmt, "barrier_updates", NULL, error);
}

/* The Stop Shops are written as they were run, through the model's writers:
 * each session set up two weeks before by its facilitator and taken through
 * its phases on the day; each barrier raised on the board, described, voted
 * for, moved along its statuses by its owner and raised again today. */
static gboolean
fill_stopshop (Fill    *fill,
               GError **error)
{
  static const struct {
    int         days_ago;
    const char *place;
    const char *theme;
    const char *phase;
    int         minutes;
    int         voters;   /* enough for the votes the earlier session cast, 3 each */
  } sessions[] = {
    { 63, "Town Hall, Committee Room 4", "What gets in the way on the phone", "closed", 0, 32 },
    { 0, "Highbury area office, first floor", "What stops us visiting residents", "stop", 10, 24 },
  };
  static const char *const teams[] = {
    "Customer Services", "Tenancy Management", "Income and Money", "Local Area Coordination",
    NULL,
  };
  gint64 session_ids[G_N_ELEMENTS (sessions)];
  gint64 session_times[G_N_ELEMENTS (sessions)];
  gint64 barrier_ids[G_N_ELEMENTS (team_barriers)];
  g_autoptr(GArray) ambassadors = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 facilitator = staff_id (fill, PRIYA);

  for (guint a = 0; a < G_N_ELEMENTS (team_staff); a++)
    if (team_staff[a].ambassador)
      {
        gint64 id = staff_id (fill, (int) a);

        g_array_append_val (ambassadors, id);
      }

  for (guint s = 0; s < G_N_ELEMENTS (sessions); s++)
    {
      g_autofree char *held = NULL;
      HearthSessionFields fields;

      /* Sessions start at ten in the morning; today's has just begun. */
      session_times[s] = MIN (fill->now - fill->now % DAY - (gint64) sessions[s].days_ago * DAY + 10 * HOUR,
                              fill->now - HOUR);
      held = date_of (session_times[s]);

      hearth_session_fields_init (&fields);
      fields.held_on = held;
      fields.place = sessions[s].place;
      fields.theme = sessions[s].theme;
      fields.voters = (guint) sessions[s].voters;
      fields.phase_minutes = (guint) sessions[s].minutes;
      fields.ambassador_ids = (const gint64 *) (gpointer) ambassadors->data;
      fields.n_ambassadors = ambassadors->len;
      fields.teams = &teams[s];

      write_as (fill, facilitator, session_times[s] - 14 * DAY);
      session_ids[s] = hearth_session_create (fill->store, &fields, error);
      if (session_ids[s] == 0)
        return FALSE;

      /* From the review of what is still open to gathering what gets in the way. */
      write_as (fill, facilitator, session_times[s]);
      if (!hearth_session_go_to_phase (fill->store, session_ids[s], "stop", error))
        return FALSE;
    }

  /* Barriers raised at each session, in the order they were raised; what
   * is still open from the earlier session is on today's board for review
   * in the same order. */
  for (guint b = 0; b < G_N_ELEMENTS (team_barriers); b++)
    {
      const BarrierText *t = &team_barriers[b];
      int first = t->session;
      HearthBarrierFields fields = { t->title, t->what_happens, t->effect, t->category, t->teams };

      write_as (fill, facilitator, session_times[first] + (gint64) (b + 1) * 5 * 60);
      barrier_ids[b] = hearth_barrier_raise (fill->store, session_ids[first], t->title, 0, error);
      if (barrier_ids[b] == 0 ||
          !hearth_barrier_set_details (fill->store, barrier_ids[b], &fields, error))
        return FALSE;

      if (first != 0 || g_str_equal (t->status, "removed"))
        continue;

      /* No writer in the model puts a barrier on a session's board for
       * review without raising it there: the link is written here, through
       * hearth_store_write() for the change notice and the audit row. */
      write_as (fill, facilitator, session_times[1]);
      if (hearth_store_write (fill->store, error, "stopshop_session_barriers", HEARTH_CHANGE_INSERT,
                              session_ids[1],
                              "INSERT INTO stopshop_session_barriers (session_id, barrier_id, position,"
                              " raised_here) VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0)"
                              " FROM stopshop_session_barriers WHERE session_id = ?1), 0)",
                              "xx", session_ids[1], barrier_ids[b]) == 0)
        return FALSE;
    }

  /* The earlier session is voted on, then closed. */
  {
    static const struct {
      const char *phase;
      int         minutes;   /* after the session began */
    } phases[] = {
      { "collaborate", 75 }, { "listen", 80 }, { "act", 100 }, { "closed", 120 },
    };

    for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
      {
        write_as (fill, facilitator, session_times[0] + (gint64) phases[p].minutes * 60);
        if (!hearth_session_go_to_phase (fill->store, session_ids[0], phases[p].phase, error))
          return FALSE;

        if (!g_str_equal (phases[p].phase, "listen"))
          continue;

        /* The dot votes, counted onto the board. */
        write_as (fill, facilitator, session_times[0] + 90 * 60);
        for (guint b = 0; b < G_N_ELEMENTS (team_barriers); b++)
          for (guint v = 0; team_barriers[b].session == 0 && v < team_barriers[b].votes; v++)
            if (!hearth_session_vote (fill->store, session_ids[0], barrier_ids[b], 1, error))
              return FALSE;
      }
  }

  /* Each barrier with an owner moves along its path, one status at a time,
   * spread between the raising and its last news. */
  for (guint b = 0; b < G_N_ELEMENTS (team_barriers); b++)
    {
      const BarrierText *t = &team_barriers[b];
      int first = t->session;
      gint64 raised_at = session_times[first] + (gint64) (b + 1) * 5 * 60;
      gint64 status_at = MAX (raised_at, fill->now - (gint64) t->last_update_days * DAY);
      gboolean parked = g_str_equal (t->status, "parked");
      g_autofree char *due = date_of (fill->now + (gint64) t->action_due_days * DAY);
      gint64 owner = staff_id (fill, t->owner);
      guint steps = 0;

      if (g_str_equal (t->status, "raised"))
        continue;

      if (parked)
        steps = 1;
      else
        for (guint p = 1; p < G_N_ELEMENTS (barrier_path); p++)
          if (g_str_equal (barrier_path[p], t->status))
            steps = p;

      for (guint p = 1; p <= steps; p++)
        {
          const char *to = parked && p == steps ? "parked" : barrier_path[p];
          gint64 at = raised_at + (status_at - raised_at) * (gint64) p / (gint64) steps;
          gint64 session = at <= session_times[first] + 3 * HOUR ? session_ids[first] : 0;

          write_as (fill, owner, at);
          if (!hearth_barrier_set_status (fill->store, barrier_ids[b], to,
                                          parked ? t->parked_reason : barrier_update_text (to),
                                          session, error))
            return FALSE;

          /* The owner takes it on at the first step, and its first action
           * once it is agreed. */
          if ((p == 1 || g_str_equal (to, "action-agreed")) &&
              !hearth_barrier_set_action (fill->store, barrier_ids[b], owner,
                                          g_str_equal (to, "action-agreed") ? t->first_action : NULL,
                                          g_str_equal (to, "action-agreed") ? due : NULL,
                                          session, error))
            return FALSE;
        }
    }

  /* Today some of it is raised again. */
  for (guint b = 0; b < G_N_ELEMENTS (team_barriers); b++)
    {
      if (!team_barriers[b].raised_again)
        continue;

      write_as (fill, facilitator, session_times[1] + 20 * 60);
      if (hearth_barrier_raise (fill->store, session_ids[1], NULL, barrier_ids[b], error) == 0 ||
          hearth_barrier_add_update (fill->store, barrier_ids[b],
                                     "Raised again today by Customer Services: it still happens every week.",
                                     session_ids[1], error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* --- One-to-ones ---------------------------------------------------------------- */

/* One-to-ones are written here, each row through hearth_store_write() as
 * its supervisor on the day, so they still leave change notices and audit
 * rows as a person's would: the model's writers start them today, not
 * months ago. Examples of practice go through the model's writer. */

static gboolean
fill_supervision (Fill    *fill,
                  GError **error)
{
  static const int people[] = { PRIYA, HARJIT, SIOBHAN, CHLOE, KWAME, FATIMA, DANIEL };
  static const char *const wellbeing_notes[] = {
    [1] = "Struggling: not sleeping, and the court cases are on my mind at home.",
    [2] = "Tired. A heavy few weeks with two colleagues off.",
    [3] = "Okay. Busy, but I feel on top of it.",
    [4] = "Good. Back from leave and enjoying the visits.",
    [5] = "Really well: the best month since I started.",
  };
  static const char *const going_well[] = {
    "Dot's shower is booked and she is getting out to the market again.",
    "The new arrears letter has had good feedback from residents.",
    "Brendan's case closed well: he opens the shed now.",
    "Bringing the Citizens Advice adviser to Róisín's home saved weeks.",
    "The team huddle on Monday mornings is working.",
    "Two residents came to the Stop Shop to tell their own story.",
  };
  static const char *const been_hard[] = {
    "Two difficult court hearings in one week.",
    "Covering a colleague's patch on top of my own.",
    "A resident shouted at me at the front counter and I took it home with me.",
    "Seun's case: it is hard to close a case when you know someone is struggling.",
    "The repairs system: I spend hours on jobs it will not take.",
    "Too many e-mails; no time to write up visits on the day.",
  };
  static const char *const reflections[] = {
    "What would have happened if we had visited sooner? We only went when the neighbours rang.",
    "We asked what mattered before we talked about the arrears, and the whole conversation changed.",
    "I did too much for the resident at first; this time I let her make the call herself.",
    "Bringing the adviser to the kitchen table rather than sending a referral: no lost weeks.",
  };
  static const char *const learning[] = {
    "Dementia Friends Champion training in the spring.",
    "Shadow Ruth on two money advice visits.",
    "Trauma-informed practice course.",
    "Read the Local Area Coordination reflective practice notes.",
  };
  static const char *const behaviours_notes[] = {
    "Empathy and customer focus are strong in the 360°; developing people is the next step.",
    "Proactivity: raised two barriers at the Stop Shop.",
    "Building confidence: let residents make the phone calls themselves.",
    "Team work: picked up Tomasz's visits while he was off.",
  };
  static const char *const private_notes[] = {
    "Watch the workload; check again next time.",
    "Talk to HR about a phased return if the sleep does not improve.",
    "",
    "Ready for the senior officer role when it comes up.",
  };
  static const struct {
    const char *text;
    const char *status;   /* by the session after it was agreed */
    const char *reason;
  } actions[][2] = {
    { { "Book the trauma-informed practice course", "done", NULL },
      { "Write up the damp case for the Stop Shop", "open", NULL } },
    { { "Shadow Ruth on two money advice visits", "done", NULL },
      { "Take a proper lunch break three days a week", "dropped",
        "We agreed a later start time on Tuesdays instead" } },
    { { "Lead the review part of the next Stop Shop", "open", NULL },
      { "Send what we agreed the same day after each visit", "done", NULL } },
  };
  /* Daniel's one-to-ones (the first of Margaret's people in Insights) tell
   * a story over half a year: on his four-week rhythm until a hard spell,
   * when one came three weeks late and he was finding it hard, then back
   * on rhythm and back to doing well. Days before his newest, and how he
   * was, oldest first. */
  static const int story_days[] = { 161, 133, 105, 56, 28, 0 };
  static const int story_wellbeing[] = { 4, 3, 3, 2, 3, 4 };
  /* Everyone else: three, four weeks apart. */
  static const int rhythm_days[] = { 56, 28, 0 };
  static const int rhythm_wellbeing[] = { 0, 0, 0 };

  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      int person = people[p];
      int supervisor = team_staff[person].supervisor;
      const int *days = person == DANIEL ? story_days : rhythm_days;
      const int *wellbeings = person == DANIEL ? story_wellbeing : rhythm_wellbeing;
      guint n_rounds = person == DANIEL ? G_N_ELEMENTS (story_days) : G_N_ELEMENTS (rhythm_days);
      gint64 case_id = 0;

      g_assert (supervisor >= 0);

      /* Reflection on a case the person leads, if there is one. */
      if (!hearth_store_read_row (fill->store, NULL, error,
                                  "SELECT coalesce (min (id), 0) FROM cases WHERE lead_id = ?1",
                                  "x>x", staff_id (fill, person), &case_id))
        return FALSE;

      /* The newest within the last fortnight. */
      for (guint round = 0; round < n_rounds; round++)
        {
          gint64 held_at = working_hours (fill->now - (gint64) (days[round] + 1 + p * 2) * DAY);
          g_autofree char *held = date_of (held_at);
          g_autofree char *due = date_of (held_at + 28 * DAY);
          gboolean locked = round + 1 < n_rounds;
          int wellbeing = wellbeings[round] > 0 ? wellbeings[round] : 2 + (int) ((p + round * 2) % 4);
          guint k = p + round;
          gint64 staff_agreed = 0, supervisor_agreed = 0;
          gint64 id;

          /* The record is agreed by both a day or two after the session and
           * then locked; the newest is agreed by the member of staff so far. */
          if (locked)
            {
              staff_agreed = held_at + DAY;
              supervisor_agreed = held_at + 2 * DAY;
            }
          else
            staff_agreed = MIN (held_at + DAY, fill->now - HOUR);
          write_as (fill, staff_id (fill, supervisor), held_at);
          id = hearth_store_write (fill->store, error, "supervisions", HEARTH_CHANGE_INSERT, 0,
                                   "INSERT INTO supervisions (supervisor_id, staff_id, held_on, wellbeing,"
                                   " wellbeing_note, going_well, been_hard, reflection_case_id, reflection,"
                                   " learning, behaviours_note, feedback_cycle_id, private_note,"
                                   " agreed_by_staff_at, agreed_by_supervisor_at, locked_at, created_at,"
                                   " created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                                   " ?8, ?9, ?10, ?11, (SELECT max (id) FROM feedback_cycles WHERE"
                                   " subject_id = ?2 AND closes_on <= ?3), ?12, ?13, ?14, ?15, ?16, ?1, ?17, ?1)",
                                   "xxsisssossssXXXxx", staff_id (fill, supervisor), staff_id (fill, person),
                                   held, wellbeing, wellbeing_notes[wellbeing],
                                   going_well[k % G_N_ELEMENTS (going_well)],
                                   been_hard[(k + 2) % G_N_ELEMENTS (been_hard)], case_id,
                                   case_id > 0 ? reflections[k % G_N_ELEMENTS (reflections)] : "",
                                   learning[k % G_N_ELEMENTS (learning)],
                                   behaviours_notes[k % G_N_ELEMENTS (behaviours_notes)],
                                   private_notes[k % G_N_ELEMENTS (private_notes)],
                                   locked || p % 2 == 0 ? &staff_agreed : NULL,
                                   locked ? &supervisor_agreed : NULL,
                                   locked ? &supervisor_agreed : NULL,
                                   held_at, locked ? held_at + 2 * DAY : held_at);
          if (id == 0)
            return FALSE;

          /* A locked record changes only by a dated addendum. */
          if (locked && (p + round) % 2 == 0)
            {
              write_as (fill, staff_id (fill, supervisor), held_at + 9 * DAY);
              if (hearth_store_write (fill->store, error, "supervision_addenda", HEARTH_CHANGE_INSERT, 0,
                                      "INSERT INTO supervision_addenda (supervision_id, at, author_id, text)"
                                      " VALUES (?1, ?2, ?3, ?4)",
                                      "xxxs", id, held_at + 9 * DAY, staff_id (fill, supervisor),
                                      "Addendum: the course date moved to next month, so the action stays open.") == 0)
                return FALSE;
            }

          /* Each session agrees two actions. By the next session one is done
           * and the other carries over; the newest session's are open. */
          for (guint a = 0; a < 2; a++)
            {
              const char *status = locked ? actions[(p + round) % 3][a].status : "open";
              const char *reason = actions[(p + round) % 3][a].reason;
              gint64 done_at = held_at + 21 * DAY;

              /* Only one action in the team is dropped. */
              if (g_str_equal (status, "dropped") && (p != 1 || round != 0))
                status = "open";

              write_as (fill, staff_id (fill, supervisor), held_at);
              if (hearth_store_write (fill->store, error, "supervision_actions", HEARTH_CHANGE_INSERT, 0,
                                      "INSERT INTO supervision_actions (supervision_id, text, owner_id,"
                                      " due_on, status, dropped_reason, done_at, dropped_at, created_at,"
                                      " created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                                      " ?7, ?8, ?9, ?10, ?11, ?10)",
                                      "xsxsssXXxxx", id, actions[(p + round) % 3][a].text,
                                      staff_id (fill, a == 0 ? person : supervisor), due, status,
                                      g_str_equal (status, "dropped") ? reason : "",
                                      g_str_equal (status, "done") ? &done_at : NULL,
                                      g_str_equal (status, "dropped") ? &done_at : NULL, held_at,
                                      staff_id (fill, supervisor),
                                      g_str_equal (status, "open") ? held_at : done_at) == 0)
                return FALSE;
            }
      }
    }

  /* Practice to celebrate, and practice to escalate: the one escalated was
   * raised in Priya's newest one-to-one, with what came of it. Written
   * through the model, as the person's supervisor on the day. */
  {
    static const struct {
      int                 staff;
      HearthPracticeKind  kind;
      int                 days_ago;
      int                 story;          /* index into team_stories, or -1 */
      gboolean            in_one_to_one;  /* raised in their newest one-to-one */
      const char         *text;
      const char         *escalated_to;
      const char         *outcome;
    } examples[] = {
      { HARJIT, HEARTH_PRACTICE_CELEBRATE, 55, 0, FALSE,
        "Harjit's visit to Dot: the tea, the gift and the time to talk mattered as much as the rails.",
        NULL, NULL },
      { KWAME, HEARTH_PRACTICE_CELEBRATE, 120, 12, FALSE,
        "Kwame brought the Citizens Advice adviser to Róisín's home instead of referring her on.",
        NULL, NULL },
      { PRIYA, HEARTH_PRACTICE_ESCALATE, 16, -1, TRUE,
        "A contractor left a resident without water over a weekend and did not tell anyone; "
        "Priya found out on the Monday visit and raised it the same morning.",
        "Head of Repairs",
        "The repairs contract now says the resident and their housing officer are told within the "
        "hour, and the contractor apologised to the resident in person." },
    };

    for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
      {
        gint64 at = working_hours (fill->now - (gint64) examples[i].days_ago * DAY);
        g_autofree char *day = date_of (at);
        gint64 written_at = MIN (at + DAY, fill->now - HOUR);
        gint64 supervisor = staff_id (fill, team_staff[examples[i].staff].supervisor);
        HearthPracticeExampleSpec spec = {
          .staff_id = staff_id (fill, examples[i].staff),
          .kind = examples[i].kind,
          .happened_on = day,
          .text = examples[i].text,
          .case_id = id_at (fill->cases, examples[i].story),
          .escalated_to = examples[i].escalated_to,
          .outcome = examples[i].outcome,
          .shared = TRUE,
        };

        /* Raised when the one-to-one was held. */
        if (examples[i].in_one_to_one &&
            !hearth_store_read_row (fill->store, NULL, error,
                                    "SELECT id, created_at FROM supervisions WHERE staff_id = ?1"
                                    " ORDER BY held_on DESC, id DESC LIMIT 1", "x>xx",
                                    spec.staff_id, &spec.supervision_id, &written_at))
          return FALSE;

        write_as (fill, supervisor, written_at);
        if (hearth_practice_example_create (fill->store, &spec, error) == 0)
          return FALSE;
      }
  }

  /* Everyone who holds one-to-ones with someone is their pair, on the
   * member of staff's rhythm, as the migration pairs them in a database
   * filled before pairs existed; otherwise nobody would have people. */
  {
    sqlite3_stmt *stmt = prepare (fill,
      "INSERT INTO supervision_pairs (supervisor_id, staff_id, rhythm_weeks, started_on,"
      "  created_at, created_by, updated_at, updated_by)"
      "  SELECT v.supervisor_id, v.staff_id,"
      "    coalesce ((SELECT s.supervision_weeks FROM staff s WHERE s.id = v.staff_id), 4),"
      "    min (v.held_on), min (v.created_at), v.supervisor_id, max (v.updated_at), v.supervisor_id"
      "  FROM supervisions v GROUP BY v.supervisor_id, v.staff_id"
      "  ORDER BY min (v.held_on), v.supervisor_id, v.staff_id", error);

    if (stmt == NULL || !run (fill, stmt, "supervision_pairs", NULL, error))
      return FALSE;
  }

  return TRUE;
}

/* --- The team: budgets -------------------------------------------------------- */

/* What each team has to spend a quarter, in pounds. */
static const struct
{
  const char *team;
  const char *amount;
} team_budgets[] = {
  { "Tenancy Management", "1500" },
  { "Customer Services", "600" },
  { "Local Area Coordination", "900" },
  { "Income and Money", "750" },
};

/* A budget for each team and each quarter of the financial year, from the
 * quarter a year ago to this one, set by the head of service on the first
 * day of each. */
static gboolean
fill_team_budgets (Fill    *fill,
                   GError **error)
{
  g_autofree char *today = hearth_budget_dup_local_day (fill->now);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (fill->now);
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (now, -1);
  g_autofree char *day = g_date_time_format (year_ago, "%Y-%m-%d");

  while (g_strcmp0 (day, today) <= 0)
    {
      g_autofree char *starts_on = NULL;
      g_autofree char *ends_on = NULL;
      g_autofree char *name = hearth_budget_dup_quarter (day, &starts_on, &ends_on);
      g_autoptr(GDateTime) first = NULL;
      GDate next;

      g_assert (name != NULL);
      first = hearth_date_to_local_noon (starts_on);
      write_as (fill, staff_id (fill, MARGARET), g_date_time_to_unix (first));
      for (guint i = 0; i < G_N_ELEMENTS (team_budgets); i++)
        {
          HearthBudgetFields fields = {
            team_budgets[i].team, name, team_budgets[i].amount, starts_on, ends_on,
          };

          if (hearth_budget_create (fill->store, &fields, error) == 0)
            return FALSE;
        }

      /* The day after this quarter's last. */
      hearth_date_parse (ends_on, &next, NULL);
      g_date_add_days (&next, 1);
      g_free (day);
      day = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&next), g_date_get_month (&next),
                             g_date_get_day (&next));
    }

  return TRUE;
}

static gboolean
fill_team (Fill    *fill,
           GError **error)
{
  g_auto(Frameworks) frameworks = { 0, };
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(GListModel) access_needs = NULL;
  gboolean ok;

  outcomes = hearth_lookup_item_list_new (fill->store, HEARTH_LOOKUP_OUTCOMES, error);
  if (outcomes == NULL)
    return FALSE;
  access_needs = hearth_lookup_item_list_new (fill->store, HEARTH_LOOKUP_ACCESS_NEEDS, error);
  if (access_needs == NULL)
    return FALSE;

  report (fill, _("People"), 0.1);
  fill->outcomes = outcomes;
  fill->access_needs = access_needs;
  ok = fill_team_people (fill, error);
  if (ok)
    report (fill, _("Cases and timelines"), 0.3);
  ok = ok && fill_team_cases (fill, error);
  ok = ok && fill_team_budgets (fill, error);
  fill->outcomes = NULL;
  fill->access_needs = NULL;
  if (!ok)
    return FALSE;
  /* What follows is written at the time the fill began. */
  write_as (fill, 0, fill->now);
  report (fill, _("Feedback"), 0.6);
  if (!fill_frameworks (fill, &frameworks, error) ||
      !fill_feedback (fill, &frameworks, error))
    return FALSE;
  report (fill, _("Stop Shops"), 0.8);
  if (!fill_stopshop (fill, error))
    return FALSE;
  report (fill, _("One-to-ones"), 0.9);
  return fill_supervision (fill, error);
}

/* --- The scale of a large council -------------------------------------------- */

/* Words for summaries and bodies. The first are the most common, as in real
 * notes, so that full-text search meets words in most rows and words in few. */
static const char *const scale_words[] = {
  "housing", "rent", "repairs", "visit", "benefits", "family", "letter", "council", "damp",
  "arrears", "children", "heating", "neighbour", "boiler", "money", "school", "doctor", "tax",
  "kitchen", "bathroom", "window", "payment", "plan", "energy", "meter", "debt", "income",
  "carer", "hospital", "lift", "garden", "shower", "rails", "form", "court", "hearing", "lunch",
  "club", "walk", "market", "bus", "pass", "fridge", "food", "bank", "job", "training", "course",
  "volunteer", "church", "mosque", "library", "park", "estate", "stairwell", "lights", "door",
  "mould", "leak", "ceiling", "flooring", "furniture", "beds", "curtains", "cooker", "washing",
  "machine", "universal", "credit", "pension", "allowance", "grant", "wheelchair", "ramp",
  "appointment", "sight", "interpreter", "nursery", "college", "anxiety", "bereavement", "loneliness",
};

/* Words that turn up rarely, each in a few hundred rows at most. */
static const char *const scale_rare_words[] = {
  "accordion", "allotment", "aquarium", "badminton", "bagpipes", "bonsai", "calligraphy",
  "canary", "chess", "crochet", "dominoes", "embroidery", "falconry", "harmonica", "kayak",
  "lacrosse", "mandolin", "origami", "pottery", "quilting", "saxophone", "snooker", "tortoise",
  "ukulele", "violin", "weaving", "xylophone", "yodelling", "zither",
};

typedef struct
{
  const char *kind;
  guint       weight;
  const char *lead;
} ScaleKind;

static const ScaleKind scale_kinds[] = {
  { "conversation", 20, "Talked about" },
  { "phone-call", 20, "Rang about" },
  { "message", 14, "Sent a message about" },
  { "note", 12, "Note on" },
  { "home-visit", 10, "Home visit: looked at" },
  { "action", 9, "Chased" },
  { "agreement", 6, "What we agreed about" },
  { "spend", 3, "Spent on" },
  { "expertise", 3, "Brought in help with" },
  { "money-outcome", 3, "Money sorted:" },
};

static const char *const spend_for[] = {
  "A coffee", "A bus pass", "A cooker", "Electricity top-up", "School uniform", "Bedding",
  "A kettle", "Taxi to an appointment", "Curtains", "A second-hand fridge",
};

static const struct {
  const char *name;
  const char *from;
} experts[] = {
  { "a benefits adviser", "Citizens Advice Islington" },
  { "an occupational therapist", "Adult Social Care" },
  { "an energy adviser", "Islington SHINE" },
  { "a work coach", "Jobcentre Plus" },
  { "an Admiral nurse", "Dementia UK" },
  { "a duty solicitor", "Shelter" },
  { "a surveyor", "Repairs and Maintenance" },
};

static const char *const scale_roles[] = {
  "Housing Officer", "Customer Services Adviser", "Local Area Coordinator", "Money Adviser",
  "Income Officer", "Tenancy Sustainment Officer", "Repairs Liaison Officer",
};

static const char *const scale_teams[] = {
  "Tenancy Management", "Customer Services", "Local Area Coordination", "Income and Money",
};

static const char *const need_names[] = {
  "Wheelchair user", "Mobility", "Sight", "Hearing", "Mental health", "Aged 60 or over",
  "Learning disability", "Needs an interpreter",
};

static const char *const outcome_names[] = {
  "Living a better life", "On a longer journey", "Did not engage",
};

/* Appends @n words, mostly common ones, now and then a rare one. */
static void
append_words (Fill    *fill,
              GString *text,
              guint    n)
{
  const char *previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      const char *word;

      if (pick (fill, 200) == 0)
        {
          word = PICK (fill, scale_rare_words);
        }
      else
        {
          /* Skewed towards the start of the list: the common words. */
          guint index = pick (fill, pick (fill, G_N_ELEMENTS (scale_words)) + 1);

          /* "boiler and boiler" reads like a fault, not a note. */
          if (scale_words[index] == previous)
            index = (index + 1) % G_N_ELEMENTS (scale_words);
          word = scale_words[index];
        }
      previous = word;

      if (i > 0)
        g_string_append (text, i == n - 1 ? " and " : ", ");
      g_string_append (text, word);
    }

  /* One text in a thousand has a word that is almost nowhere else. */
  if (pick (fill, 1000) == 0)
    g_string_append (text, ", zephyr");
}

static void
scale_sentence (Fill       *fill,
                GString    *text,
                const char *lead,
                guint       n_words)
{
  g_string_truncate (text, 0);
  g_string_append (text, lead);
  g_string_append_c (text, ' ');
  append_words (fill, text, n_words);
}

static void
scale_body_text (Fill    *fill,
                 GString *text)
{
  guint sentences = 1 + pick (fill, 4);

  g_string_truncate (text, 0);
  for (guint s = 0; s < sentences; s++)
    {
      static const char *const starts[] = {
        "We talked about", "The resident told us about", "Next time we will look at",
        "What matters most right now is", "Still waiting on",
      };

      if (s > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, PICK (fill, starts));
      g_string_append_c (text, ' ');
      append_words (fill, text, 3 + pick (fill, 6));
      g_string_append_c (text, '.');
    }
}

/* How many entries each case gets: one of exactly min (10,000, a quarter of
 * all) entries, a few more of half to all of that, and the rest spread
 * unevenly round the average (20 to 80 at full scale), at least 3 each. */
static guint *
scale_counts (Fill   *fill,
              guint   n_cases,
              guint   n_entries,
              guint   long_n)
{
  guint *counts = g_new0 (guint, n_cases);
  guint n_big = MAX (1, n_cases / 2000);
  gint64 left = (gint64) n_entries - long_n;
  guint rest = n_cases - n_big;
  gint64 sum = 0, diff;
  guint avg;

  counts[0] = long_n;
  for (guint b = 1; b < n_big; b++)
    {
      gint64 size = long_n / 2 + pick (fill, long_n / 2 + 1);

      size = MIN (size, left - 3 * (gint64) rest);
      counts[b * (n_cases / n_big)] = (guint) MAX (size, 3);
      left -= MAX (size, 3);
    }

  avg = rest > 0 ? (guint) (left / rest) : 0;
  for (guint i = 0; i < n_cases; i++)
    if (counts[i] == 0)
      {
        counts[i] = MAX (3, avg * 2 / 5 + pick (fill, avg * 6 / 5 + 1));
        sum += counts[i];
      }

  /* Make the total exact, a step at a time round the ordinary cases. */
  diff = left - sum;
  for (guint i = 0; diff != 0; i = (i + 1) % n_cases)
    {
      gboolean big = i == 0 || (n_big > 1 && i % (n_cases / n_big) == 0 && i / (n_cases / n_big) < n_big);

      if (big)
        continue;
      if (diff > 0)
        {
          counts[i]++;
          diff--;
        }
      else if (counts[i] > 3)
        {
          counts[i]--;
          diff++;
        }
    }

  return counts;
}

typedef struct
{
  guint staff, residents, cases, entries;
} ScaleSize;

static gboolean
fill_scale_people (Fill             *fill,
                   const ScaleSize  *size,
                   GString          *a,
                   GString          *b,
                   GError          **error)
{
  guint n_managers = MAX (1, size->staff / 12);
  sqlite3_stmt *stmt;

  report (fill, _("Staff"), 0.0);
  stmt = prepare (fill, insert_staff_sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < size->staff; i++)
    {
      const FirstName *first = &PICK (fill, first_names);
      const char *surname = PICK (fill, surnames);
      gint64 id;

      g_string_printf (a, "%s %s", first->name, surname);
      g_string_printf (b, "%s.%s.%u@council.example", first->name, surname, i);
      g_strdelimit (b->str, " '", '.');
      sqlite3_bind_text (stmt, 1, a->str, (int) a->len, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, i < n_managers ? "Team Leader" : PICK (fill, scale_roles), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, scale_teams[i % G_N_ELEMENTS (scale_teams)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, b->str, (int) b->len, SQLITE_STATIC);
      bind_id (stmt, 5, i == 0 ? 0 : i < n_managers ? staff_id (fill, 0) :
                        staff_id (fill, (int) pick (fill, n_managers)));
      sqlite3_bind_int (stmt, 6, pick (fill, 40) == 0);
      sqlite3_bind_int (stmt, 7, 4);
      sqlite3_bind_int64 (stmt, 8, fill->now - (gint64) (400 + pick (fill, 2000)) * DAY);
      if (!run (fill, stmt, NULL, &id, error))
        return FALSE;
      g_array_append_val (fill->staff, id);
    }

  report (fill, _("Residents"), 0.01);
  for (guint i = 0; i < size->residents; i++)
    {
      const FirstName *first = &PICK (fill, first_names);
      gint64 id;
      guint roll;

      stmt = prepare (fill, insert_resident_sql, error);
      if (stmt == NULL)
        return FALSE;
      g_string_printf (a, "%s %s", first->name, PICK (fill, surnames));
      g_string_printf (b, "ISL-%06u", 100000 + i);
      sqlite3_bind_text (stmt, 1, a->str, (int) a->len, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, "", 0, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, first->pronouns, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, PICK (fill, households), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, b->str, (int) b->len, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, PICK (fill, areas), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, "", 0, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, "", 0, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, "", 0, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 10, PICK (fill, contacts), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 11, PICK (fill, matters), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 12, PICK (fill, strengths), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 13, PICK (fill, good_lives), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 14, PICK (fill, togethers), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 15, fill->now - (gint64) (30 + pick (fill, 1500)) * DAY);
      sqlite3_bind_int64 (stmt, 16, staff_id (fill, (int) pick (fill, size->staff)));
      sqlite3_bind_int64 (stmt, 17, fill->now - (gint64) (1530 + pick (fill, 1000)) * DAY);
      if (!run (fill, stmt, NULL, &id, error))
        return FALSE;
      g_array_append_val (fill->residents, id);

      /* About one resident in four has an access need the team records. */
      roll = pick (fill, 8);
      if (roll < 2)
        {
          guint need = pick (fill, G_N_ELEMENTS (need_names));

          for (guint n = 0; n <= roll; n++)
            {
              stmt = prepare (fill, insert_need_sql, error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, id);
              sqlite3_bind_text (stmt, 2, need_names[(need + n * 3) % G_N_ELEMENTS (need_names)],
                                 -1, SQLITE_STATIC);
              if (!run (fill, stmt, NULL, NULL, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
fill_scale_cases (Fill             *fill,
                  const ScaleSize  *size,
                  GString          *summary,
                  GString          *body,
                  GError          **error)
{
  guint total_weight = 0;
  guint long_n = MIN (10000, size->entries / 4);
  g_autofree guint *counts = scale_counts (fill, size->cases, size->entries, long_n);
  sqlite3_stmt *case_stmt, *resident_stmt, *worker_stmt, *entry_stmt, *item_stmt;
  guint done = 0;

  for (guint k = 0; k < G_N_ELEMENTS (scale_kinds); k++)
    total_weight += scale_kinds[k].weight;

  /* Prepared once and reused for every row: the store's cache would find
   * them again by their text, but a million lookups are not free. */
  if ((case_stmt = prepare (fill, insert_case_sql, error)) == NULL ||
      (resident_stmt = prepare (fill, insert_case_resident_sql, error)) == NULL ||
      (worker_stmt = prepare (fill, insert_case_worker_sql, error)) == NULL ||
      (entry_stmt = prepare (fill, insert_entry_sql, error)) == NULL ||
      (item_stmt = prepare (fill, insert_item_sql, error)) == NULL)
    return FALSE;

  for (guint c = 0; c < size->cases; c++)
    {
      guint n = counts[c];
      gboolean closed = c > 0 && pick (fill, 3) == 0;
      gint64 opened = working_hours (fill->now - (gint64) (20 + pick (fill, 700)) * DAY);
      gint64 end = closed ? opened + (fill->now - opened) * between (fill, 30, 90) / 100 :
                            fill->now - HOUR - (gint64) pick (fill, 3 * DAY);
      gint64 step = (end - opened) / (gint64) (n - 1);
      gint64 lead = staff_id (fill, (int) pick (fill, size->staff));
      gint64 workers[2] = { 0, 0 };
      guint n_workers = pick (fill, 3);
      guint r0 = pick (fill, size->residents);
      guint n_residents = pick (fill, 5) == 0 ? 2 : 1;
      gint64 residents[2];
      const char *outcome = closed ? PICK (fill, outcome_names) : NULL;
      gint64 case_id;

      residents[0] = resident_id (fill, (int) r0);
      residents[1] = resident_id (fill, (int) ((r0 + 1 + pick (fill, size->residents - 1)) % size->residents));

      for (guint w = 0; w < n_workers; w++)
        workers[w] = staff_id (fill, (int) pick (fill, size->staff));

      if (c == 0)
        g_string_assign (summary, "Scale: the long case");
      else
        scale_sentence (fill, summary, "Help with", 2 + pick (fill, 3));

      /* insert_case_sql, bound in full: the statement keeps old bindings. */
      sqlite3_bind_text (case_stmt, 1, summary->str, (int) summary->len, SQLITE_STATIC);
      sqlite3_bind_text (case_stmt, 2, closed ? "closed" : "open", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (case_stmt, 3, lead);
      sqlite3_bind_int64 (case_stmt, 4, opened);
      if (closed)
        sqlite3_bind_int64 (case_stmt, 5, end);
      else
        sqlite3_bind_null (case_stmt, 5);
      bind_text (case_stmt, 6, outcome);
      sqlite3_bind_text (case_stmt, 7, closed ? "We agreed together that this is a good place to stop." : "",
                         -1, SQLITE_STATIC);
      sqlite3_bind_int64 (case_stmt, 8, end);
      if (!run (fill, case_stmt, NULL, &case_id, error))
        return FALSE;
      g_array_append_val (fill->cases, case_id);

      for (guint r = 0; r < n_residents; r++)
        {
          sqlite3_bind_int64 (resident_stmt, 1, case_id);
          sqlite3_bind_int64 (resident_stmt, 2, residents[r]);
          sqlite3_bind_int (resident_stmt, 3, (int) r);
          if (!run (fill, resident_stmt, NULL, NULL, error))
            return FALSE;
        }

      for (guint w = 0; w < n_workers; w++)
        {
          if (workers[w] == lead || (w == 1 && workers[1] == workers[0]))
            continue;
          sqlite3_bind_int64 (worker_stmt, 1, case_id);
          sqlite3_bind_int64 (worker_stmt, 2, workers[w]);
          if (!run (fill, worker_stmt, NULL, NULL, error))
            return FALSE;
        }

      /* The entries in time order: opened first, closed last, the newest at
       * exactly the case's last activity. */
      for (guint e = 0; e < n; e++)
        {
          const ScaleKind *kind = NULL;
          gint64 at = e == n - 1 ? end : opened + step * e - (e > 0 ? (gint64) pick (fill, (guint) (step / 2)) : 0);
          gint64 author = pick (fill, 5) < 3 || workers[0] == 0 ? lead : workers[pick (fill, n_workers)];
          const char *kind_name;
          gint64 entry_id;

          if (author == 0)
            author = lead;

          if (e == 0)
            {
              kind_name = "case-opened";
              g_string_printf (summary, "Case opened: %s", "first conversation at the office");
            }
          else if (e == n - 1 && closed)
            {
              kind_name = "case-closed";
              g_string_printf (summary, "Case closed: %s", outcome);
            }
          else
            {
              guint roll = pick (fill, total_weight);

              for (guint k = 0; kind == NULL; k++)
                {
                  if (roll < scale_kinds[k].weight)
                    kind = &scale_kinds[k];
                  else
                    roll -= scale_kinds[k].weight;
                }
              kind_name = kind->kind;
              scale_sentence (fill, summary, kind->lead, 2 + pick (fill, 5));
            }

          if (kind != NULL && pick (fill, 3) == 0)
            scale_body_text (fill, body);
          else
            g_string_truncate (body, 0);

          sqlite3_bind_int64 (entry_stmt, 1, case_id);
          sqlite3_bind_int64 (entry_stmt, 2, residents[0]);
          sqlite3_bind_text (entry_stmt, 3, kind_name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (entry_stmt, 4, at);
          sqlite3_bind_int64 (entry_stmt, 5, author);
          sqlite3_bind_text (entry_stmt, 6, summary->str, (int) MIN (summary->len, 200), SQLITE_STATIC);
          sqlite3_bind_text (entry_stmt, 7, body->str, (int) body->len, SQLITE_STATIC);
          sqlite3_bind_null (entry_stmt, 8);
          sqlite3_bind_text (entry_stmt, 9, "", 0, SQLITE_STATIC);
          sqlite3_bind_null (entry_stmt, 10);
          sqlite3_bind_text (entry_stmt, 11, "", 0, SQLITE_STATIC);
          sqlite3_bind_text (entry_stmt, 12, "", 0, SQLITE_STATIC);

          if (g_str_equal (kind_name, "spend"))
            {
              sqlite3_bind_int64 (entry_stmt, 8, 150 + pick (fill, 30000));
              sqlite3_bind_text (entry_stmt, 9, PICK (fill, spend_for), -1, SQLITE_STATIC);
            }
          else if (g_str_equal (kind_name, "money-outcome"))
            {
              sqlite3_bind_int64 (entry_stmt, 8, 1000 + pick (fill, 400000));
              sqlite3_bind_text (entry_stmt, 10, pick (fill, 2) ? "debt-resolved" : "income-gained", -1,
                                 SQLITE_STATIC);
            }
          else if (g_str_equal (kind_name, "expertise"))
            {
              guint x = pick (fill, G_N_ELEMENTS (experts));

              sqlite3_bind_text (entry_stmt, 11, experts[x].name, -1, SQLITE_STATIC);
              sqlite3_bind_text (entry_stmt, 12, experts[x].from, -1, SQLITE_STATIC);
            }

          if (!run (fill, entry_stmt, NULL, &entry_id, error))
            return FALSE;

          if (g_str_equal (kind_name, "agreement"))
            {
              guint n_items = 1 + pick (fill, 3);

              for (guint i = 0; i < n_items; i++)
                {
                  gint64 due = at + (gint64) (3 + pick (fill, 40)) * DAY;
                  g_autofree char *due_on = date_of (due);
                  gboolean resident_owns = pick (fill, 2) == 0;
                  const char *status = "open";
                  guint roll = pick (fill, 20);

                  /* What fell due was mostly done, sometimes not: overdue. */
                  if (due < fill->now)
                    status = roll < 15 ? "done" : roll < 19 ? "open" : "dropped";

                  scale_sentence (fill, summary, resident_owns ? "Bring the papers about" : "Sort out",
                                  1 + pick (fill, 3));
                  sqlite3_bind_int64 (item_stmt, 1, entry_id);
                  sqlite3_bind_int (item_stmt, 2, (int) i);
                  sqlite3_bind_text (item_stmt, 3, summary->str, (int) MIN (summary->len, 500), SQLITE_STATIC);
                  sqlite3_bind_text (item_stmt, 4, resident_owns ? "resident" : "staff", -1, SQLITE_STATIC);
                  bind_id (item_stmt, 5, resident_owns ? 0 : author);
                  sqlite3_bind_text (item_stmt, 6, "", 0, SQLITE_STATIC);
                  sqlite3_bind_text (item_stmt, 7, due_on, -1, SQLITE_STATIC);
                  sqlite3_bind_text (item_stmt, 8, status, -1, SQLITE_STATIC);
                  sqlite3_bind_text (item_stmt, 9, g_str_equal (status, "dropped") ?
                                     "No longer needed" : "", -1, SQLITE_STATIC);
                  if (g_str_equal (status, "done"))
                    sqlite3_bind_int64 (item_stmt, 10, due);
                  else
                    sqlite3_bind_null (item_stmt, 10);
                  sqlite3_bind_int64 (item_stmt, 11, at);
                  sqlite3_bind_int64 (item_stmt, 12, author);
                  sqlite3_bind_int64 (item_stmt, 13, g_str_equal (status, "open") ? at : due);
                  if (!run (fill, item_stmt, NULL, NULL, error))
                    return FALSE;
                }
            }
        }

      done += n;
      if (c % 200 == 0)
        report (fill, _("Cases and timelines"), 0.05 + 0.85 * done / (double) size->entries);
    }

  return TRUE;
}

/* A year of monthly Stop Shops and the barriers they raised. */
static gboolean
fill_scale_stopshop (Fill             *fill,
                     const ScaleSize  *size,
                     GString          *text,
                     GError          **error)
{
  static const char *const things[] = {
    "The repairs system", "The rent account screen", "The lone-working policy", "The hardship fund form",
    "Interpreter bookings", "The contact centre script", "Laptop updates", "The adaptations panel",
    "Purchase orders", "The housing register", "The out-of-hours service", "Council Tax letters",
  };
  static const char *const problems[] = {
    "takes three weeks", "needs a manager's signature", "asks for the same proof twice",
    "will not take a job without a tenancy number", "cannot be used on a home visit",
    "sends residents round in circles", "is written in legal language", "needs five days' notice",
  };
  static const char *const statuses[] = {
    "raised", "understood", "action-agreed", "in-progress", "removed", "parked",
  };
  static const char *const categories[] = {
    "system", "process", "policy", "ways-of-working", "it", "partner-agency", "other",
  };
  guint n_sessions = 12;
  guint n_barriers = MAX (10, size->staff * 3 / 10);
  g_autofree gint64 *session_ids = g_new0 (gint64, n_sessions);
  g_autofree gint64 *session_times = g_new0 (gint64, n_sessions);
  sqlite3_stmt *stmt;

  for (guint s = 0; s < n_sessions; s++)
    {
      g_autofree char *held = NULL;
      gboolean last = s == n_sessions - 1;

      session_times[s] = working_hours (fill->now - (gint64) (n_sessions - 1 - s) * 30 * DAY - (last ? 0 : DAY));
      session_times[s] = MIN (session_times[s], fill->now - HOUR);
      held = date_of (session_times[s]);
      stmt = prepare (fill, "INSERT INTO stopshop_sessions (held_on, place, theme, phase,"
                            " votes_per_person, closed_at, created_at, created_by, updated_at,"
                            " updated_by) VALUES (?1, ?2, ?3, ?4, 3, ?5, ?6, ?7, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, held);
      bind_text (stmt, 2, PICK (fill, areas));
      bind_text (stmt, 3, "What gets in the way");
      bind_text (stmt, 4, last ? "review" : "closed");
      if (!last)
        sqlite3_bind_int64 (stmt, 5, session_times[s] + 2 * HOUR);
      sqlite3_bind_int64 (stmt, 6, session_times[s] - 14 * DAY);
      sqlite3_bind_int64 (stmt, 7, staff_id (fill, (int) pick (fill, size->staff)));
      if (!run (fill, stmt, NULL, &session_ids[s], error))
        return FALSE;

      for (guint t = 0; t < G_N_ELEMENTS (scale_teams); t++)
        {
          stmt = prepare (fill, "INSERT INTO stopshop_session_teams (session_id, team) VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, session_ids[s]);
          bind_text (stmt, 2, scale_teams[t]);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }

      stmt = prepare (fill, "INSERT OR IGNORE INTO stopshop_session_ambassadors (session_id, staff_id)"
                            " SELECT ?1, id FROM staff WHERE is_ambassador = 1 ORDER BY id LIMIT 3", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, session_ids[s]);
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;
    }

  for (guint b = 0; b < n_barriers; b++)
    {
      guint s = pick (fill, n_sessions - 1);
      const char *status = statuses[b < G_N_ELEMENTS (statuses) ? b : pick (fill, G_N_ELEMENTS (statuses))];
      const char *category = categories[b < G_N_ELEMENTS (categories) ? b : pick (fill, G_N_ELEMENTS (categories))];
      gboolean raised = g_str_equal (status, "raised");
      gint64 created = session_times[s] + (gint64) b * 60;
      gint64 updated = created + (raised ? 0 : (gint64) pick (fill, (guint) (fill->now - created - HOUR)));
      gint64 owner = raised ? 0 : staff_id (fill, (int) pick (fill, size->staff));
      g_autofree char *due = date_of (updated + 30 * DAY);
      gint64 barrier_id;

      g_string_printf (text, "%s %s", PICK (fill, things), PICK (fill, problems));
      stmt = prepare (fill, "INSERT INTO barriers (title, what_happens, category, teams, owner_id, status,"
                            " parked_reason, first_action, action_due_on, weight, first_session_id,"
                            " last_update_at, removed_at, created_at, created_by, updated_at, updated_by)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?12, ?15)",
                      error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, text->str);
      scale_sentence (fill, text, "It gets in the way of", 3);
      bind_text (stmt, 2, text->str);
      bind_text (stmt, 3, category);
      bind_text (stmt, 4, scale_teams[b % G_N_ELEMENTS (scale_teams)]);
      bind_id (stmt, 5, owner);
      bind_text (stmt, 6, status);
      bind_str (stmt, 7, g_str_equal (status, "parked") ? "Waiting for the new contract" : "");
      bind_str (stmt, 8, raised || g_str_equal (status, "understood") ? "" : "Talk to the team that owns it");
      bind_text (stmt, 9, raised || g_str_equal (status, "understood") ? NULL : due);
      sqlite3_bind_int (stmt, 10, 1 + (int) pick (fill, 3));
      sqlite3_bind_int64 (stmt, 11, session_ids[s]);
      sqlite3_bind_int64 (stmt, 12, updated);
      if (g_str_equal (status, "removed"))
        sqlite3_bind_int64 (stmt, 13, updated);
      sqlite3_bind_int64 (stmt, 14, created);
      bind_id (stmt, 15, staff_id (fill, (int) pick (fill, size->staff)));
      if (!run (fill, stmt, NULL, &barrier_id, error))
        return FALSE;

      stmt = prepare (fill, "INSERT INTO stopshop_session_barriers (session_id, barrier_id, position,"
                            " raised_here, votes) VALUES (?1, ?2, ?3, 1, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, session_ids[s]);
      sqlite3_bind_int64 (stmt, 2, barrier_id);
      sqlite3_bind_int (stmt, 3, (int) b);
      sqlite3_bind_int (stmt, 4, (int) pick (fill, 15));
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;

      if (!raised && !insert_barrier_update (fill, barrier_id, 0, updated, owner, "raised", status,
                                             barrier_update_text (status), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_scale (Fill             *fill,
            const ScaleSize  *size,
            GError          **error)
{
  g_autoptr(GString) a = g_string_sized_new (256);
  g_autoptr(GString) b = g_string_sized_new (1024);
  g_auto(Frameworks) frameworks = { 0, };

  if (!fill_scale_people (fill, size, a, b, error))
    return FALSE;
  if (!fill_scale_cases (fill, size, a, b, error))
    return FALSE;
  report (fill, _("Feedback and Stop Shops"), 0.92);
  return fill_frameworks (fill, &frameworks, error) &&
         fill_scale_stopshop (fill, size, a, error);
}

/* --- Public API -------------------------------------------------------------------- */

/**
 * hearth_sample_data_is_empty:
 * @store: a store
 * @empty: (out): where to say whether the store holds no staff, residents or cases
 * @error: return location for an error
 *
 * Returns: %TRUE when @empty was set
 */
gboolean
hearth_sample_data_is_empty (HearthStore  *store,
                             gboolean     *empty,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = hearth_store_prepare (store,
                               "SELECT EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM residents)"
                               " OR EXISTS (SELECT 1 FROM cases)", error);
  if (stmt == NULL || !hearth_store_step (store, stmt, &has_row, error))
    return FALSE;

  *empty = has_row && sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);
  return TRUE;
}

typedef gboolean (*FillBody) (Fill *fill, gconstpointer data, GError **error);

static gboolean
fill_with (HearthStore   *store,
           guint32        seed,
           gboolean       announce,
           ProgressFunc   progress,
           gpointer       user_data,
           FillBody       body,
           gconstpointer  data,
           GError       **error)
{
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) residents = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) filled = g_ptr_array_new ();
  Fill fill = {
    store, seed, hearth_store_now (store), announce, filled, progress, user_data, staff,
    residents, cases, NULL, NULL,
  };
  /* The team is written as its colleagues wrote it, each at the time: the
   * store's own actor and clock come back afterwards. */
  gint64 actor = hearth_store_get_actor (store);
  gint64 clock = hearth_store_get_clock (store);
  gboolean empty = FALSE;
  gboolean ok;

  if (!hearth_sample_data_is_empty (store, &empty, error))
    return FALSE;

  if (!empty)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("“%s” already holds records, so no sample data was added. Sample data "
                     "goes into a new, empty database: choose another file with --database."),
                   hearth_store_get_path (store));
      return FALSE;
    }

  /* One transaction: all of it or nothing. */
  if (!hearth_store_begin (store, error))
    return FALSE;

  ok = body (&fill, data, error);
  hearth_store_set_actor (store, actor);
  hearth_store_set_clock (store, clock);
  if (!ok)
    {
      hearth_store_rollback (store);
      return FALSE;
    }

  /* Rows written in bulk are announced, and audited, once per table: row 0
   * stands for all of them. */
  for (guint i = 0; i < filled->len; i++)
    hearth_store_note_change (store, g_ptr_array_index (filled, i), 0, HEARTH_CHANGE_INSERT);

  report (&fill, _("Saving"), 0.99);
  if (!hearth_store_commit (store, error))
    return FALSE;

  report (&fill, _("Done"), 1.0);
  return TRUE;
}

static gboolean
team_body (Fill           *fill,
           gconstpointer   data,
           GError        **error)
{
  return fill_team (fill, error);
}

/* What the scale sets aside while its rows go in: the full-text triggers
 * (each row's words indexed as it is inserted) and the timeline's indexes
 * (each grown a row at a time). They are made again once the rows are in,
 * and the full-text indexes rebuilt from their tables in one pass. */
static const char set_aside_sql[] =
  "SELECT type, name, sql FROM sqlite_schema"
  " WHERE (type = 'trigger' AND name IN ('residents_fts_ai', 'cases_fts_ai', 'timeline_words_fts_ai'))"
  "    OR (type = 'index' AND tbl_name = 'timeline_entries' AND sql IS NOT NULL)"
  " ORDER BY type, name";

static const char rebuild_fts_sql[] =
  "INSERT INTO residents_fts (residents_fts) VALUES ('rebuild');"
  "INSERT INTO cases_fts (cases_fts) VALUES ('rebuild');"
  /* The timeline's word index holds no text to rebuild from: it is
   * emptied and filled from every entry not deleted (migration 8). */
  "INSERT INTO timeline_words_fts (timeline_words_fts) VALUES ('delete-all');"
  "INSERT INTO timeline_words_fts (rowid, summary, body)"
  "  SELECT (ifnull (case_id, 0) << 32) | id, summary, body FROM timeline_entries"
  "   WHERE deleted_at IS NULL;";

/* Drops what set_aside_sql finds and returns the statements that make it
 * again, or NULL on error. */
static GPtrArray *
set_aside (Fill    *fill,
           GError **error)
{
  g_autoptr(GPtrArray) remake = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = hearth_store_query (fill->store, error, set_aside_sql, "");
  if (stmt == NULL)
    return NULL;
  while (hearth_store_next (fill->store, stmt, &local_error))
    {
      char *drop = sqlite3_mprintf ("DROP %s \"%w\"", sqlite3_column_text (stmt, 0),
                                    sqlite3_column_text (stmt, 1));

      g_ptr_array_add (drops, g_strdup (drop));
      sqlite3_free (drop);
      g_ptr_array_add (remake, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; i < drops->len; i++)
    if (!hearth_store_exec (fill->store, g_ptr_array_index (drops, i), error))
      return NULL;

  return g_steal_pointer (&remake);
}

static gboolean
put_back (Fill       *fill,
          GPtrArray  *remake,
          GError    **error)
{
  for (guint i = 0; i < remake->len; i++)
    if (!hearth_store_exec (fill->store, g_ptr_array_index (remake, i), error))
      return FALSE;

  return hearth_store_exec (fill->store, rebuild_fts_sql, error);
}

static gboolean
scale_body (Fill           *fill,
            gconstpointer   data,
            GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;
  gboolean ok;
  gint64 cache_size = -2000;

  /* A larger page cache while the indexes grow, put back afterwards. */
  stmt = prepare (fill, "PRAGMA cache_size", error);
  if (stmt == NULL || !hearth_store_step (fill->store, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    cache_size = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!hearth_store_exec (fill->store, "PRAGMA cache_size = -262144", error))
    return FALSE;

  {
    g_autoptr(GPtrArray) remake = set_aside (fill, error);

    ok = remake != NULL && fill_scale (fill, data, error);
    if (ok)
      {
        report (fill, _("Indexing"), 0.95);
        ok = put_back (fill, remake, error);
      }
  }

  {
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);

    if (!hearth_store_exec (fill->store, restore, ok ? error : &local_error))
      return FALSE;
  }

  return ok;
}

/**
 * hearth_sample_data_fill_scale_sized:
 *
 * The scale kind at any size, for tests that cannot wait for the full one.
 * @n_entries counts every timeline entry, and must be at least four for each
 * case (one case holds a quarter of them, up to 10,000).
 */
gboolean
hearth_sample_data_fill_scale_sized (HearthStore  *store,
                                     guint         n_staff,
                                     guint         n_residents,
                                     guint         n_cases,
                                     guint         n_entries,
                                     guint32       seed,
                                     GError      **error)
{
  ScaleSize size = { n_staff, n_residents, n_cases, n_entries };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_staff > 0 && n_residents > 1 && n_cases > 0, FALSE);
  g_return_val_if_fail (n_entries >= 4 * (guint64) n_cases, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return fill_with (store, seed, FALSE, NULL, NULL, scale_body, &size, error);
}

gboolean
hearth_sample_data_fill_full (HearthStore       *store,
                              HearthSampleKind   kind,
                              guint32            seed,
                              void             (*progress) (const char *stage,
                                                            double      fraction,
                                                            gpointer    user_data),
                              gpointer           user_data,
                              GError           **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind == HEARTH_SAMPLE_TEAM || kind == HEARTH_SAMPLE_SCALE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kind == HEARTH_SAMPLE_SCALE)
    {
      /* DESIGN.md's scale. A million rows are not announced one by one (nor
       * written to the audit trail): callers reload after the fill. */
      static const ScaleSize size = { 1000, 40000, 20000, 1000000 };

      return fill_with (store, seed, FALSE, progress, user_data, scale_body, &size, error);
    }

  return fill_with (store, seed, TRUE, progress, user_data, team_body, NULL, error);
}

gboolean
hearth_sample_data_fill (HearthStore       *store,
                         HearthSampleKind   kind,
                         GError           **error)
{
  return hearth_sample_data_fill_full (store, kind, DEFAULT_SEED, NULL, NULL, error);
}
