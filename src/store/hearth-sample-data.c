/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sample data: a small council housing team to explore Hearth with, and the
 * scale of a large council to measure it against. Both are deterministic: the
 * same seed and the same clock give the same database.
 */

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-sample-data.h"

#define DAY (24 * 60 * 60)

typedef void (*ProgressFunc) (const char *stage, double fraction, gpointer user_data);

typedef struct
{
  HearthStore  *store;
  guint64       rng;
  gint64        now;
  gboolean      announce;
  ProgressFunc  progress;
  gpointer      progress_data;
  GArray       *staff;       /* gint64 ids, in the order of the tables below */
  GArray       *residents;   /* gint64 ids */
} Fill;

/* splitmix64: small, fast and the same everywhere. */
static guint64
next_random (Fill *fill)
{
  guint64 z = (fill->rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
pick (Fill  *fill,
      guint  n)
{
  return n > 0 ? (guint) (next_random (fill) % n) : 0;
}

#define PICK(fill, array) ((array)[pick ((fill), G_N_ELEMENTS (array))])

static char *
date_of (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (dt, "%Y-%m-%d");
}

/* Binds a value, or NULL for an empty string or a negative number. */
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
  if (fill->announce && table != NULL)
    hearth_store_note_change (fill->store, table, rowid, HEARTH_CHANGE_INSERT);
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

/* --- The team -------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *role;
  const char *team;
  int         supervisor;   /* index into team_staff, or -1 */
  gboolean    ambassador;
} StaffSample;

static const StaffSample team_staff[] = {
  { "Margaret Okafor", "Head of Tenancy and Communities", "Tenancy Management", -1, FALSE },
  { "Daniel Whitfield", "Customer Services Manager", "Customer Services", 0, FALSE },
  { "Priya Raman", "Housing Officer", "Tenancy Management", 0, TRUE },
  { "Tomasz Nowak", "Housing Officer", "Tenancy Management", 0, FALSE },
  { "Harjit Sandhu", "Older People and Physical Disabilities Specialist", "Tenancy Management", 0, TRUE },
  { "Chloe Bennett", "Customer Services Adviser", "Customer Services", 1, FALSE },
  { "Kwame Mensah", "Customer Services Adviser", "Customer Services", 1, TRUE },
  { "Siobhan Doyle", "Local Area Coordinator", "Local Area Coordination", 0, FALSE },
  { "Yusuf Demir", "Local Area Coordinator", "Local Area Coordination", 0, FALSE },
  { "Ruth Achterberg", "Money Adviser", "Income and Money", 1, FALSE },
  { "Lena Fischer", "Income Officer", "Income and Money", 1, FALSE },
  { "Grace Adeyemi", "Housing Officer", "Tenancy Management", 0, FALSE },
  { "Owen Price", "Repairs Liaison Officer", "Customer Services", 1, FALSE },
  { "Fatima Begum", "Tenancy Sustainment Officer", "Tenancy Management", 0, FALSE },
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
} ResidentSample;

static const ResidentSample team_residents[] = {
  { "Dorothy Ellis", "Dot", "she/her", "Lives alone; her son visits on Sundays", "Highbury",
    "Phone in the morning, and please let it ring", "Mobility|Aged 60 or over",
    "Staying in my own flat. My late husband and I moved here in 1971 and I know every neighbour on the landing.",
    "I have a good memory for faces and I bake for the whole corridor at Christmas.",
    "Being able to get to the market on a Saturday and have my son and grandchildren round for tea.",
    "Make the bathroom safe so I stop worrying about falling, and find me someone to walk to the market with." },
  { "Ngozi Adebayo", NULL, "she/her", "Lives with her two children, 7 and 12", "Archway",
    "Text first, then call after 3pm", NULL,
    "My children being settled at school and not having to move again.",
    "I am organised and I never give up. I used to run the accounts for a nail bar.",
    "A warm home, no letters I am scared to open, and a part-time job that fits school hours.",
    "Sort out the rent arrears plan so it is something I can actually pay, and help with my Universal Credit claim." },
  { "Brendan Walsh", NULL, "he/him", "Lives alone", "Holloway",
    "Knock on the door; he does not answer unknown numbers", "Mental health|Aged 60 or over",
    "Being left in peace, but not forgotten. My dog, Bailey.",
    "I was a carpenter for thirty years. I can fix most things.",
    "Getting out to the allotment and being useful to someone.",
    "Find a way for me to use my hands again, maybe at the community shed." },
  { "Amira Haddad", NULL, "she/her", "Lives with her husband and elderly mother", "Finsbury Park",
    "E-mail, in English or Arabic", "Needs an interpreter",
    "My mother being comfortable. She cannot manage the stairs any more.",
    "We are a close family and we look after each other. I speak three languages.",
    "My mother able to sit in the garden again.",
    "Look at a move to a ground-floor flat and help with the forms." },
  { "Kevin Marsh", "Kev", "he/him", "Lives with his partner", "Caledonian",
    "Phone, any time", "Wheelchair user",
    "Being able to get in and out of my own front door without help.",
    "I coach the under-12s at the football club on Saturdays.",
    "Going back to work. I was a driving instructor before the accident.",
    "Get the ramp sorted and talk to someone about retraining." },
  { "Maria Santos", NULL, "she/her", "Lives alone", "Canonbury",
    "Letter, large print", "Sight|Aged 60 or over",
    "My independence. I do not want people doing things for me that I can do.",
    "I sang in a choir for forty years and still know every hymn.",
    "Going to church on Sunday and to the lunch club on Wednesday.",
    "Help me read my post, and find a way to the lunch club I can manage." },
  { "Jamal Hussain", NULL, "he/him", "Lives with his parents and younger brother", "Archway",
    "WhatsApp message", "Learning disability",
    "Having my own money and my own room.",
    "I am good with computers and I am always on time.",
    "A job, and one day my own flat near my family.",
    "Help me open a bank account and look for work experience." },
  { "Sylvia Clarke", NULL, "she/her", "Lives alone since her husband died in March", "Highbury",
    "Phone, afternoons", "Hearing|Aged 60 or over",
    "Not being lonely. The evenings are the worst.",
    "I am a good listener and I used to be a school dinner lady, so I can feed an army.",
    "Having people to talk to and something to look forward to each week.",
    "Find me a group to go to, and sort out the doorbell so I can hear it." },
  { "Tariq Rahman", NULL, "he/him", "Lives with his wife and three children", "Holloway",
    "Phone or text", NULL,
    "The damp in the children's bedroom. My youngest has asthma.",
    "I am patient and I work nights, so I am home in the day for visits.",
    "A dry, healthy home for my children.",
    "Get the damp fixed properly, not painted over again." },
  { "Helen Brooks", NULL, "she/her", "Lives with her daughter, 19", "Finsbury Park",
    "E-mail", "Mental health",
    "Keeping my tenancy. I am frightened of losing it.",
    "I am honest and I ask for help when I need it, even when it is hard.",
    "Feeling safe and in control of my money.",
    "Help me with the court papers and come with me to the hearing." },
  { "Abdi Warsame", NULL, "he/him", "Lives alone", "Caledonian",
    "Visit; phone credit often runs out", NULL,
    "Having enough food until the end of the month.",
    "I can cook for a lot of people and I help at the mosque kitchen.",
    "A job in a kitchen, and money that lasts.",
    "Check I am getting everything I am entitled to, and help me get a cooker." },
  { "Eileen O'Connor", NULL, "she/her", "Lives with her husband, who has dementia", "Canonbury",
    "Phone, mornings", "Aged 60 or over",
    "Looking after Michael at home for as long as I can.",
    "Fifty-two years married. I know him better than anyone.",
    "A few hours to myself each week without worrying.",
    "Find us some support that does not mean Michael going into a home." },
};

/* Names for the rest of the team's residents, made from these parts. */
static const char *const first_names[] = {
  "Aisha", "Ben", "Chen", "Deborah", "Emeka", "Fiona", "Gary", "Hannah", "Ibrahim", "Joan",
  "Krzysztof", "Leah", "Mohammed", "Nadia", "Oluwaseun", "Patrick", "Rosa", "Samuel", "Tanya",
  "Usha", "Victor", "Wendy", "Xavier", "Yasmin", "Zoltan", "Agnieszka", "Connor", "Efua",
};
static const char *const surnames[] = {
  "Ahmed", "Baker", "Campbell", "Dimitriou", "Evans", "Fernandes", "Green", "Hughes", "Iqbal",
  "Jones", "Kowalski", "Lewis", "Murphy", "Nwosu", "O'Brien", "Patel", "Quinn", "Robinson",
  "Shah", "Thompson", "Uddin", "Vasquez", "Williams", "Yilmaz", "Zhang", "Mensah", "Costa",
};
static const char *const areas[] = {
  "Highbury", "Archway", "Holloway", "Finsbury Park", "Caledonian", "Canonbury", "Barnsbury",
  "Tufnell Park",
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

/* One entry of a case's story: days before now, kind, words. */
typedef struct
{
  int         days_ago;
  int         hour;
  const char *kind;
  int         author;       /* index into team_staff */
  const char *summary;
  const char *body;
  gint64      pence;        /* spend or money outcome, or -1 */
  const char *spend_for;
  const char *money_kind;
  const char *expert_name;
  const char *expert_from;
} EntrySample;

typedef struct
{
  const char        *title;
  int                residents[2];   /* indexes into team_residents; -1 for none */
  int                lead;
  int                worker;         /* another worker involved, or -1 */
  const char        *outcome;        /* NULL while open */
  const char        *closing_note;
  const EntrySample *entries;
  guint              n_entries;
} CaseSample;

#define NO_MONEY -1, NULL, NULL, NULL, NULL

static const EntrySample dot_entries[] = {
  { 40, 10, "case-opened", 4, "Case opened after Dot's son rang about a fall in the bathroom", "", NO_MONEY },
  { 39, 15, "phone-call", 4, "Spoke with Dot: shaken but not hurt; happy for us to visit",
    "She asked that we come in the morning and let the phone ring for a long time.", NO_MONEY },
  { 34, 11, "home-visit", 4, "Home visit: adaptation assessment, a small gift, tea and a chat",
    "Harjit and Owen took a small gift. We sat with Dot over a cup of tea; she told us about "
    "her late husband, her son and the market. The bath is too high to step over safely and "
    "there is nothing to hold on to by the toilet.", NO_MONEY },
  { 34, 13, "agreement", 4, "What we agreed at the visit", "", NO_MONEY },
  { 34, 14, "spend", 4, "Small gift and biscuits for the visit", "",
    640, "A gift for Dot and biscuits for the visit", NULL, NULL, NULL },
  { 27, 9, "expertise", 4, "Occupational therapist came to see the bathroom with us",
    "Agreed a level-access shower is the right answer; the order has gone in.",
    -1, NULL, NULL, "Joanne Pike, occupational therapist", "Adult Social Care" },
  { 12, 10, "action", 12, "Grab rails fitted by the toilet and front door", "", NO_MONEY },
  { 3, 11, "phone-call", 4, "Dot rang to say the rails make a real difference",
    "She has been to the market twice with her neighbour Pat.", NO_MONEY },
};

static const EntrySample ngozi_entries[] = {
  { 120, 10, "case-opened", 2, "Case opened: Ngozi asked for help with rent arrears", "", NO_MONEY },
  { 118, 14, "conversation", 2, "What matters to Ngozi: the children staying at their schools",
    "Arrears of £1,840 built up while her Universal Credit was stopped for six weeks.", NO_MONEY },
  { 110, 11, "expertise", 9, "Money adviser came to Ngozi's home to go through the letters",
    "Ruth went through every letter with her at the kitchen table.",
    -1, NULL, NULL, "Ruth Achterberg", "Income and Money" },
  { 110, 12, "agreement", 9, "What we agreed about the arrears", "", NO_MONEY },
  { 90, 16, "money-outcome", 9, "Backdated Universal Credit housing element paid",
    "", 124000, NULL, "income-gained", NULL, NULL },
  { 75, 10, "money-outcome", 10, "Remaining arrears written off under the hardship fund",
    "", 60000, NULL, "debt-resolved", NULL, NULL },
  { 30, 9, "message", 2, "Ngozi: \"First month with no letters. Thank you.\"", "", NO_MONEY },
  { 28, 10, "case-closed", 2, "Case closed: on a longer journey, and looking for work", "", NO_MONEY },
};

static const EntrySample brendan_entries[] = {
  { 200, 10, "case-opened", 7, "Case opened: neighbours worried Brendan had not been seen", "", NO_MONEY },
  { 198, 11, "home-visit", 7, "Brendan was fine but low; talked about Bailey and carpentry", "", NO_MONEY },
  { 180, 15, "conversation", 7, "Went with Brendan to look round the community shed",
    "He met two other retired tradesmen and stayed for two hours.", NO_MONEY },
  { 170, 10, "spend", 7, "Bus pass top-up so Brendan can get to the shed", "",
    1500, "Bus fare top-up", NULL, NULL, NULL },
  { 60, 12, "note", 7, "Brendan now runs the shed on Tuesdays", "", NO_MONEY },
  { 45, 10, "case-closed", 7, "Case closed: living a better life", "", NO_MONEY },
};

static const EntrySample abdi_entries[] = {
  { 50, 10, "case-opened", 5, "Case opened: Abdi came to the office without food for the week", "", NO_MONEY },
  { 50, 11, "conversation", 5, "Talked with Abdi over a coffee about what would help",
    "He has no cooker since the old one was condemned, so he has been buying takeaways.", NO_MONEY },
  { 50, 12, "spend", 5, "Coffee and a sandwich while we talked", "", 320, "Coffee and a sandwich",
    NULL, NULL, NULL },
  { 48, 10, "spend", 9, "New cooker from the team budget", "", 28900, "A cooker", NULL, NULL, NULL },
  { 40, 14, "money-outcome", 9, "Benefit check: Personal Independence Payment awarded",
    "", 368000, NULL, "income-gained", NULL, NULL },
  { 20, 10, "agreement", 5, "What we agreed about work", "", NO_MONEY },
};

static const EntrySample tariq_entries[] = {
  { 95, 9, "case-opened", 3, "Case opened: damp in the children's bedroom", "", NO_MONEY },
  { 94, 14, "home-visit", 3, "Visited with the surveyor: black mould behind the wardrobe", "", NO_MONEY },
  { 80, 10, "action", 12, "Extractor fan fitted and wall treated", "", NO_MONEY },
  { 20, 10, "phone-call", 3, "Mould is back in the corner; Tariq is worried about his son's asthma", "", NO_MONEY },
  { 19, 10, "agreement", 3, "What we agreed about the damp", "", NO_MONEY },
};

static const EntrySample helen_entries[] = {
  { 70, 10, "case-opened", 13, "Case opened: possession hearing letter", "", NO_MONEY },
  { 68, 11, "conversation", 13, "Helen is frightened of losing her home; went through the papers",
    "Her daughter was there; we read the letter together slowly.", NO_MONEY },
  { 60, 10, "expertise", 13, "Duty solicitor met Helen at home before the hearing", "",
    -1, NULL, NULL, "A duty solicitor", "Shelter" },
  { 52, 9, "note", 13, "Went with Helen to the hearing: adjourned for six months", "", NO_MONEY },
  { 10, 10, "agreement", 13, "What we agreed after the hearing", "", NO_MONEY },
};

static const EntrySample amira_entries[] = {
  { 150, 10, "case-opened", 11, "Case opened: Amira's mother can no longer manage the stairs", "", NO_MONEY },
  { 148, 15, "home-visit", 11, "Visited with an Arabic interpreter; talked about a move", "", NO_MONEY },
  { 120, 10, "action", 11, "Medical priority for a ground-floor move agreed", "", NO_MONEY },
  { 30, 11, "note", 11, "Ground-floor flat with a garden offered in Finsbury Park", "", NO_MONEY },
  { 21, 10, "case-closed", 11, "Case closed: the family moved in last week", "", NO_MONEY },
};

static const EntrySample sylvia_entries[] = {
  { 25, 14, "case-opened", 8, "Case opened: Sylvia rang the office just to talk", "", NO_MONEY },
  { 24, 15, "conversation", 8, "Sylvia is lonely since her husband died", "", NO_MONEY },
  { 18, 11, "home-visit", 8, "Visited Sylvia; the doorbell cannot be heard from the kitchen", "", NO_MONEY },
  { 18, 12, "agreement", 8, "What we agreed with Sylvia", "", NO_MONEY },
};

static const CaseSample team_cases[] = {
  { "Dot's bathroom and getting to the market", { 0, -1 }, 4, 12, NULL, NULL,
    dot_entries, G_N_ELEMENTS (dot_entries) },
  { "Rent arrears plan and Universal Credit", { 1, -1 }, 2, 9, "On a longer journey",
    "Arrears cleared and income sorted; Ngozi is looking for part-time work next.",
    ngozi_entries, G_N_ELEMENTS (ngozi_entries) },
  { "Brendan: back to the workshop", { 2, -1 }, 7, -1, "Living a better life",
    "Brendan runs the community shed on Tuesdays and Bailey comes too.",
    brendan_entries, G_N_ELEMENTS (brendan_entries) },
  { "A cooker, and money that lasts the month", { 10, -1 }, 5, 9, NULL, NULL,
    abdi_entries, G_N_ELEMENTS (abdi_entries) },
  { "Damp in the children's bedroom", { 8, -1 }, 3, 12, NULL, NULL,
    tariq_entries, G_N_ELEMENTS (tariq_entries) },
  { "Keeping Helen's tenancy", { 9, -1 }, 13, -1, NULL, NULL,
    helen_entries, G_N_ELEMENTS (helen_entries) },
  { "A ground-floor home for three generations", { 3, -1 }, 11, 4, "Living a better life",
    "The family moved to a ground-floor flat with a garden.",
    amira_entries, G_N_ELEMENTS (amira_entries) },
  { "Sylvia: company in the evenings", { 7, 11 }, 8, -1, NULL, NULL,
    sylvia_entries, G_N_ELEMENTS (sylvia_entries) },
};

/* Items of each "what we agreed" entry: text, owner, days from now (due). */
typedef struct
{
  const char *text;
  const char *owner_kind;
  int         owner;        /* staff index when owner_kind is staff */
  int         due_in_days;
  const char *status;
  const char *dropped_reason;
} AgreementSample;

static const AgreementSample agreements_by_case[][3] = {
  { { "Order a level-access shower", "staff", 4, -20, "done", NULL },
    { "Ask Pat next door about walking to the market together", "resident", -1, -10, "done", NULL },
    { "Ring Dot once the shower date is fixed", "staff", 12, 5, "open", NULL } },
  { { "Set up a repayment plan Ngozi can afford", "staff", 9, -100, "done", NULL },
    { "Bring the last three payslips", "resident", -1, -104, "done", NULL },
    { "Apply to the hardship fund", "staff", 10, -80, "done", NULL } },
  { { NULL } },
  { { "Find two kitchens that offer work experience", "staff", 5, -6, "open", NULL },
    { "Bring a CV to the next meeting", "resident", -1, 7, "open", NULL },
    { "Apply for a food hygiene course", "staff", 9, -30, "dropped",
      "Abdi already holds the certificate from his last job" } },
  { { "Get the damp specialist in, not the painter", "staff", 12, -3, "open", NULL },
    { "Send a letter from the GP about the asthma", "resident", -1, 4, "open", NULL } },
  { { "Set up the payment plan the court asked for", "staff", 10, 12, "open", NULL },
    { "Ring the GP about support for anxiety", "resident", -1, 3, "open", NULL } },
  { { NULL } },
  { { "Fit a flashing doorbell", "staff", 12, -2, "open", NULL },
    { "Introduce Sylvia to the Wednesday lunch club", "staff", 8, 6, "open", NULL } },
};

static gboolean
insert_staff (Fill                *fill,
              const StaffSample   *sample,
              gint64               supervisor,
              GError             **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = prepare (fill,
                  "INSERT INTO staff (name, role, team, email, supervisor_id, is_ambassador,"
                  " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)", error);
  if (stmt == NULL)
    return FALSE;

  {
    g_autofree char *lower = g_ascii_strdown (sample->name, -1);
    g_autofree char *email = NULL;

    g_strdelimit (lower, " '", '.');
    email = g_strdup_printf ("%s@council.example", lower);
    bind_text (stmt, 1, sample->name);
    bind_text (stmt, 2, sample->role);
    bind_text (stmt, 3, sample->team);
    bind_text (stmt, 4, email);
    bind_id (stmt, 5, supervisor);
    sqlite3_bind_int (stmt, 6, sample->ambassador);
    sqlite3_bind_int64 (stmt, 7, fill->now - 400 * DAY);
    if (!run (fill, stmt, "staff", &id, error))
      return FALSE;
  }

  g_array_append_val (fill->staff, id);
  return TRUE;
}

static gint64
staff_id (Fill *fill,
          int   index)
{
  if (index < 0 || (guint) index >= fill->staff->len)
    return 0;
  return g_array_index (fill->staff, gint64, index);
}

static gboolean
insert_resident (Fill                  *fill,
                 const ResidentSample  *sample,
                 const char            *tenancy_ref,
                 gint64                 updated_by,
                 gint64                 updated_at,
                 GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = prepare (fill,
                  "INSERT INTO residents (name, preferred_name, pronouns, household, tenancy_ref,"
                  " area, contact_preference, what_matters, strengths, good_life, together,"
                  " profile_updated_at, profile_updated_by, created_at, created_by, updated_at,"
                  " updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                  " ?12, ?13, ?12, ?13)", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, sample->name);
  bind_text (stmt, 2, sample->preferred ? sample->preferred : "");
  bind_text (stmt, 3, sample->pronouns ? sample->pronouns : "");
  bind_text (stmt, 4, sample->household ? sample->household : "");
  bind_text (stmt, 5, tenancy_ref);
  bind_text (stmt, 6, sample->area);
  bind_text (stmt, 7, sample->contact ? sample->contact : "");
  bind_text (stmt, 8, sample->what_matters);
  bind_text (stmt, 9, sample->strengths);
  bind_text (stmt, 10, sample->good_life);
  bind_text (stmt, 11, sample->together);
  sqlite3_bind_int64 (stmt, 12, updated_at);
  bind_id (stmt, 13, updated_by);
  if (!run (fill, stmt, "residents", &id, error))
    return FALSE;

  if (sample->needs != NULL)
    {
      g_auto(GStrv) needs = g_strsplit (sample->needs, "|", -1);

      for (guint i = 0; needs[i] != NULL; i++)
        {
          stmt = prepare (fill,
                          "INSERT INTO resident_access_needs (resident_id, need_id)"
                          " SELECT ?1, id FROM access_needs WHERE name = ?2", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          bind_text (stmt, 2, needs[i]);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
          if (fill->announce)
            hearth_store_note_change (fill->store, "resident_access_needs", id,
                                      HEARTH_CHANGE_INSERT);
        }
    }

  g_array_append_val (fill->residents, id);
  return TRUE;
}

static gboolean
insert_entry (Fill               *fill,
              gint64              case_id,
              gint64              resident_id,
              const EntrySample  *e,
              gint64              at,
              gint64             *entry_id,
              GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (fill,
                  "INSERT INTO timeline_entries (case_id, resident_id, kind, occurred_at,"
                  " author_id, summary, body, amount_pence, spend_for, money_kind, expert_name,"
                  " expert_from, created_at, created_by, updated_at, updated_by)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?4, ?5, ?4, ?5)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_id (stmt, 1, case_id);
  bind_id (stmt, 2, resident_id);
  bind_text (stmt, 3, e->kind);
  sqlite3_bind_int64 (stmt, 4, at);
  bind_id (stmt, 5, staff_id (fill, e->author));
  bind_text (stmt, 6, e->summary);
  bind_text (stmt, 7, e->body ? e->body : "");
  if (e->pence >= 0)
    sqlite3_bind_int64 (stmt, 8, e->pence);
  bind_text (stmt, 9, e->spend_for ? e->spend_for : "");
  bind_text (stmt, 10, e->money_kind);
  bind_text (stmt, 11, e->expert_name ? e->expert_name : "");
  bind_text (stmt, 12, e->expert_from ? e->expert_from : "");

  return run (fill, stmt, "timeline_entries", entry_id, error);
}

static gboolean
insert_agreements (Fill                   *fill,
                   gint64                  entry_id,
                   gint64                  agreed_at,
                   const AgreementSample  *items,
                   GError                **error)
{
  for (guint i = 0; i < 3 && items[i].text != NULL; i++)
    {
      const AgreementSample *item = &items[i];
      g_autofree char *due = date_of (fill->now + item->due_in_days * DAY);
      sqlite3_stmt *stmt;

      stmt = prepare (fill,
                      "INSERT INTO agreement_items (entry_id, position, text, owner_kind,"
                      " owner_staff_id, due_on, status, dropped_reason, done_at, created_at,"
                      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      bind_text (stmt, 3, item->text);
      bind_text (stmt, 4, item->owner_kind);
      bind_id (stmt, 5, staff_id (fill, item->owner));
      bind_text (stmt, 6, due);
      bind_text (stmt, 7, item->status);
      bind_text (stmt, 8, item->dropped_reason ? item->dropped_reason : "");
      if (g_str_equal (item->status, "done"))
        sqlite3_bind_int64 (stmt, 9, MIN (fill->now, fill->now + item->due_in_days * DAY));
      sqlite3_bind_int64 (stmt, 10, agreed_at);
      if (!run (fill, stmt, "agreement_items", NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_case (Fill              *fill,
             const char        *title,
             const gint64      *residents,
             guint              n_residents,
             gint64             lead,
             gint64             worker,
             gint64             opened_at,
             gint64             last_activity,
             const char        *outcome,
             const char        *closing_note,
             gint64             closed_at,
             gint64            *case_id,
             GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (fill,
                  "INSERT INTO cases (title, status, lead_id, opened_at, closed_at, outcome_id,"
                  " closing_note, last_activity_at, created_at, created_by, updated_at, updated_by)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM outcomes WHERE name = ?6), ?7, ?8,"
                  " ?4, ?3, ?8, ?3)", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, title);
  bind_text (stmt, 2, outcome ? "closed" : "open");
  bind_id (stmt, 3, lead);
  sqlite3_bind_int64 (stmt, 4, opened_at);
  if (outcome != NULL)
    sqlite3_bind_int64 (stmt, 5, closed_at);
  bind_text (stmt, 6, outcome);
  bind_text (stmt, 7, closing_note ? closing_note : "");
  sqlite3_bind_int64 (stmt, 8, last_activity);
  if (!run (fill, stmt, "cases", case_id, error))
    return FALSE;

  for (guint i = 0; i < n_residents; i++)
    {
      stmt = prepare (fill,
                      "INSERT INTO case_residents (case_id, resident_id, position)"
                      " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *case_id);
      sqlite3_bind_int64 (stmt, 2, residents[i]);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;
    }

  if (worker > 0 && worker != lead)
    {
      stmt = prepare (fill, "INSERT INTO case_workers (case_id, staff_id) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *case_id);
      sqlite3_bind_int64 (stmt, 2, worker);
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_team_people (Fill    *fill,
                  GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (team_staff); i++)
    if (!insert_staff (fill, &team_staff[i], staff_id (fill, team_staff[i].supervisor), error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (team_residents); i++)
    {
      g_autofree char *ref = g_strdup_printf ("ISL-%05u", 4100 + i * 37);

      if (!insert_resident (fill, &team_residents[i], ref, staff_id (fill, 2 + i % 10),
                            fill->now - (30 + i * 9) * DAY, error))
        return FALSE;
    }

  /* The rest of the residents the team knows, made from parts. */
  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", PICK (fill, first_names), PICK (fill, surnames));
      g_autofree char *ref = g_strdup_printf ("ISL-%05u", 5000 + i * 53);
      static const char *const needs[] = { NULL, NULL, "Aged 60 or over", "Mobility",
                                           "Mental health", "Hearing", "Sight|Aged 60 or over" };
      ResidentSample sample = {
        name, NULL, "", "", PICK (fill, areas), "Phone", PICK (fill, needs),
        PICK (fill, matters), PICK (fill, strengths), PICK (fill, good_lives), PICK (fill, togethers),
      };

      if (!insert_resident (fill, &sample, ref, staff_id (fill, 2 + i % 12),
                            fill->now - (10 + i * 11) * DAY, error))
        return FALSE;
    }

  return TRUE;
}

/* The same day at a time between 9:00 and 17:00, as visits and calls are. */
static gint64
working_hours (gint64 unix_time)
{
  gint64 day = unix_time - unix_time % DAY;
  gint64 seconds = unix_time % DAY;

  return day + 9 * 3600 + seconds % (8 * 3600);
}

/* When a scripted entry happened: days ago, at its hour, never in the future. */
static gint64
entry_time (Fill              *fill,
            const EntrySample *entry)
{
  return MIN (fill->now - entry->days_ago * DAY + (entry->hour - 12) * 3600, fill->now - 3600);
}

static gboolean
fill_team_cases (Fill    *fill,
                 GError **error)
{
  static const char *const generated_titles[] = {
    "Repairs waiting since the spring", "Help with energy bills", "Back to work after an operation",
    "Feeling safe on the estate", "A garden to grow vegetables", "Sorting out the Council Tax",
  };
  static const EntrySample generated[] = {
    { 0, 10, "conversation", 2, "Talked about what matters most right now", "", NO_MONEY },
    { 0, 14, "phone-call", 3, "Checked in by phone; things are moving", "", NO_MONEY },
    { 0, 11, "home-visit", 7, "Home visit: met the family and saw the repairs needed", "", NO_MONEY },
    { 0, 9, "message", 5, "Sent the details of the Wednesday lunch club", "", NO_MONEY },
    { 0, 15, "note", 11, "Repairs team booked for next week", "", NO_MONEY },
    { 0, 12, "action", 12, "Chased the repairs contractor for a date", "", NO_MONEY },
  };

  for (guint c = 0; c < G_N_ELEMENTS (team_cases); c++)
    {
      const CaseSample *sample = &team_cases[c];
      gint64 residents[2];
      guint n_residents = 0;
      gint64 case_id;
      gint64 opened_at = entry_time (fill, &sample->entries[0]);
      gint64 last = opened_at;

      for (guint i = 0; i < 2; i++)
        if (sample->residents[i] >= 0)
          residents[n_residents++] = g_array_index (fill->residents, gint64, sample->residents[i]);

      for (guint e = 0; e < sample->n_entries; e++)
        last = MAX (last, entry_time (fill, &sample->entries[e]));

      if (!insert_case (fill, sample->title, residents, n_residents, staff_id (fill, sample->lead),
                        staff_id (fill, sample->worker), opened_at, last, sample->outcome,
                        sample->closing_note, last, &case_id, error))
        return FALSE;

      for (guint e = 0; e < sample->n_entries; e++)
        {
          const EntrySample *entry = &sample->entries[e];
          gint64 at = entry_time (fill, entry);
          gint64 entry_id;

          if (!insert_entry (fill, case_id, residents[0], entry, at, &entry_id, error))
            return FALSE;
          if (g_str_equal (entry->kind, "agreement") &&
              !insert_agreements (fill, entry_id, at, agreements_by_case[c], error))
            return FALSE;
        }
    }

  /* A note logged before a case existed, for a resident the team has met. */
  {
    static const EntrySample early = { 5, 10, "note", 6,
      "Met at the tenants' coffee morning: wants to talk about the lifts", "", NO_MONEY };
    gint64 resident = g_array_index (fill->residents, gint64, 5);

    if (!insert_entry (fill, 0, resident, &early, fill->now - 5 * DAY, NULL, error))
      return FALSE;
  }

  /* More cases for the residents made from parts, each a short story. */
  for (guint c = 0; c < 22; c++)
    {
      gint64 resident = g_array_index (fill->residents, gint64, G_N_ELEMENTS (team_residents) + c);
      guint lead_index = 2 + pick (fill, 12);
      int age = 5 + (int) pick (fill, 200);
      guint n = 3 + pick (fill, 8);
      gboolean closed = c % 4 == 3;
      static const char *const outcomes[] = {
        "Living a better life", "On a longer journey", "Did not engage",
      };
      gint64 opened_at = working_hours (fill->now - (age + 4) * DAY);
      gint64 last = working_hours (opened_at + (n - 1) * (age * DAY / (gint64) (n + 1)));
      gint64 case_id;
      EntrySample opened = { 0, 0, "case-opened", (int) lead_index,
                             "Case opened after a conversation at the office", "", NO_MONEY };

      if (!insert_case (fill, PICK (fill, generated_titles), &resident, 1, staff_id (fill, lead_index),
                        0, opened_at, last, closed ? outcomes[c % 3] : NULL,
                        closed ? "We agreed together that this is a good place to stop." : NULL,
                        last, &case_id, error))
        return FALSE;

      if (!insert_entry (fill, case_id, resident, &opened, opened_at, NULL, error))
        return FALSE;

      for (guint e = 1; e < n; e++)
        {
          EntrySample entry = generated[pick (fill, G_N_ELEMENTS (generated))];
          gint64 at = working_hours (opened_at + e * (age * DAY / (gint64) (n + 1)));

          if (closed && e == n - 1)
            {
              entry.kind = "case-closed";
              entry.summary = "Case closed";
            }
          if (!insert_entry (fill, case_id, resident, &entry, MIN (at, last), NULL, error))
            return FALSE;
        }
    }

  /* One entry was corrected after it was written: its first words are kept. */
  {
    sqlite3_stmt *stmt = prepare (fill,
      "INSERT INTO timeline_entry_versions (entry_id, version, occurred_at, summary, body,"
      " written_at, written_by) SELECT id, 1, occurred_at, 'Visited with the surveyor: mould',"
      " body, occurred_at, author_id FROM timeline_entries"
      " WHERE summary LIKE 'Visited with the surveyor%'", error);

    if (stmt == NULL || !run (fill, stmt, NULL, NULL, error))
      return FALSE;

    stmt = prepare (fill, "UPDATE timeline_entries SET version = 2"
                          " WHERE summary LIKE 'Visited with the surveyor%'", error);
    if (stmt == NULL || !run (fill, stmt, NULL, NULL, error))
      return FALSE;
  }

  return TRUE;
}

/* --- Feedback frameworks ---------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *description;
  const char *descriptors[3];
} BehaviourSample;

static const BehaviourSample high_performance[] = {
  { "Empathy", "Understands how things feel for residents and colleagues.",
    { "Listens to the whole story before offering an answer",
      "Notices when someone is struggling and asks how they are",
      "Puts themselves in the resident's shoes when a rule gets in the way" } },
  { "Team work", "Works with others to get the right thing done for residents.",
    { "Shares what they know without being asked",
      "Picks up work for colleagues when they are stretched",
      "Brings in other teams instead of passing the resident on" } },
  { "Developing people", "Helps others learn and grow.",
    { "Gives honest, kind feedback", "Makes time to show a colleague how",
      "Talks about what went wrong without blame" } },
  { "Building confidence", "Helps residents and colleagues believe they can.",
    { "Starts from what people can do", "Celebrates small successes",
      "Lets people make their own decisions" } },
  { "Proactivity", "Acts early instead of waiting for things to go wrong.",
    { "Spots when someone is struggling and acts", "Follows up without being chased",
      "Removes a barrier instead of working round it" } },
  { "Customer focus", "Keeps what matters to the resident at the centre.",
    { "Asks what matters before what is the matter", "Does what they said they would",
      "Writes down what was agreed and sends it" } },
};

static const BehaviourSample values[] = {
  { "Ambitious", "Wants the best for residents and for Islington.",
    { "Sets a high bar for their own work", "Looks for a better way", "Is not satisfied with 'good enough'" } },
  { "Professional", "Knows their stuff and keeps their word.",
    { "Keeps records up to date", "Is on time and prepared", "Explains decisions clearly" } },
  { "Human", "Treats everyone as a person first.",
    { "Uses people's names and remembers their story", "Shows warmth", "Is honest about what they cannot do" } },
  { "Accountable", "Owns what they do and what they promised.",
    { "Delivers what they promised", "Owns up to mistakes", "Follows things through to the end" } },
  { "Empathic", "Feels with people, not for them.",
    { "Listens without judging", "Stays with difficult feelings", "Adapts to how each person is" } },
};

static const char *const scale_labels[] = {
  "Not yet", "Sometimes", "Often", "Consistently", "Role model",
};

static gboolean
insert_framework (Fill                   *fill,
                  const char             *name,
                  const char             *kind,
                  const char             *description,
                  const BehaviourSample  *behaviours,
                  guint                   n_behaviours,
                  gint64                 *framework_id,
                  GError                **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (fill, "INSERT INTO frameworks (name, kind, description, created_at, updated_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, name);
  bind_text (stmt, 2, kind);
  bind_text (stmt, 3, description);
  sqlite3_bind_int64 (stmt, 4, fill->now - 365 * DAY);
  if (!run (fill, stmt, "frameworks", framework_id, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (scale_labels); i++)
    {
      stmt = prepare (fill, "INSERT INTO scale_points (framework_id, value, label)"
                            " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *framework_id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      bind_text (stmt, 3, scale_labels[i]);
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;
    }

  for (guint b = 0; b < n_behaviours; b++)
    {
      gint64 behaviour_id;

      stmt = prepare (fill, "INSERT INTO behaviours (framework_id, position, name, description,"
                            " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *framework_id);
      sqlite3_bind_int (stmt, 2, (int) b);
      bind_text (stmt, 3, behaviours[b].name);
      bind_text (stmt, 4, behaviours[b].description);
      sqlite3_bind_int64 (stmt, 5, fill->now - 365 * DAY);
      if (!run (fill, stmt, "behaviours", &behaviour_id, error))
        return FALSE;

      for (guint d = 0; d < 3; d++)
        {
          stmt = prepare (fill, "INSERT INTO descriptors (behaviour_id, position, text)"
                                " VALUES (?1, ?2, ?3)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, behaviour_id);
          sqlite3_bind_int (stmt, 2, (int) d);
          bind_text (stmt, 3, behaviours[b].descriptors[d]);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
fill_frameworks (Fill    *fill,
                 gint64  *behaviours_id,
                 gint64  *values_id,
                 GError **error)
{
  return insert_framework (fill, "High performance behaviours", "behaviours",
                           "The behaviours that help us work relationally with residents and each other.",
                           high_performance, G_N_ELEMENTS (high_performance), behaviours_id, error) &&
         insert_framework (fill, "Our values", "values",
                           "What we stand for, and what it looks like in practice.",
                           values, G_N_ELEMENTS (values), values_id, error);
}

static gboolean
fill_feedback (Fill    *fill,
               gint64   behaviours_id,
               gint64   values_id,
               GError **error)
{
  static const struct {
    int         subject;
    gboolean    values;
    int         opens_days;
    int         closes_days;
    gboolean    development_only;
    const char *title;
  } cycles[] = {
    { 2, FALSE, -60, -30, FALSE, "Priya's 360° feedback, autumn" },
    { 7, TRUE, -10, 14, FALSE, "Siobhan's feedback on our values" },
    { 5, FALSE, -5, 21, TRUE, "Chloe's development feedback" },
  };
  static const struct { const char *relationship; int staff; } raters[] = {
    { "self", -1 }, { "manager", 0 }, { "peer", 3 }, { "peer", 11 }, { "peer", 13 },
    { "direct-report", 6 }, { "partner", -2 },
  };
  static const char *const statuses[] = { "invited", "started", "submitted" };

  for (guint c = 0; c < G_N_ELEMENTS (cycles); c++)
    {
      g_autofree char *opens = date_of (fill->now + cycles[c].opens_days * DAY);
      g_autofree char *closes = date_of (fill->now + cycles[c].closes_days * DAY);
      gboolean finished = cycles[c].closes_days < 0;
      sqlite3_stmt *stmt;
      gint64 cycle_id;
      gint64 subject = staff_id (fill, cycles[c].subject);

      stmt = prepare (fill, "INSERT INTO feedback_cycles (subject_id, framework_id, title, opens_on,"
                            " closes_on, development_only, released_at, created_at, created_by,"
                            " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, subject);
      sqlite3_bind_int64 (stmt, 2, cycles[c].values ? values_id : behaviours_id);
      bind_text (stmt, 3, cycles[c].title);
      bind_text (stmt, 4, opens);
      bind_text (stmt, 5, closes);
      sqlite3_bind_int (stmt, 6, cycles[c].development_only);
      if (finished)
        sqlite3_bind_int64 (stmt, 7, fill->now + (cycles[c].closes_days + 3) * DAY);
      sqlite3_bind_int64 (stmt, 8, fill->now + (cycles[c].opens_days - 2) * DAY);
      bind_id (stmt, 9, staff_id (fill, 0));
      if (!run (fill, stmt, "feedback_cycles", &cycle_id, error))
        return FALSE;

      for (guint r = 0; r < G_N_ELEMENTS (raters); r++)
        {
          const char *status = finished ? "submitted" : statuses[(r + c) % 3];
          int who = raters[r].staff == -1 ? cycles[c].subject : raters[r].staff;
          gint64 response_id;

          stmt = prepare (fill, "INSERT INTO feedback_raters (cycle_id, staff_id, name, relationship,"
                                " status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, cycle_id);
          bind_id (stmt, 2, who >= 0 ? staff_id (fill, who) : 0);
          bind_text (stmt, 3, who >= 0 ? team_staff[who].name : "Jo Marsh, Age UK Islington");
          bind_text (stmt, 4, raters[r].relationship);
          bind_text (stmt, 5, status);
          sqlite3_bind_int64 (stmt, 6, fill->now + cycles[c].opens_days * DAY);
          if (!run (fill, stmt, "feedback_raters", NULL, error))
            return FALSE;

          if (!g_str_equal (status, "submitted"))
            continue;

          /* A response records the rater's group, never the rater. */
          stmt = prepare (fill, "INSERT INTO feedback_responses (cycle_id, relationship,"
                                " submitted_at, keep_doing, try_doing) VALUES (?1, ?2, ?3, ?4, ?5)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, cycle_id);
          bind_text (stmt, 2, raters[r].relationship);
          sqlite3_bind_int64 (stmt, 3, fill->now + (cycles[c].opens_days + 2 + (int) r) * DAY);
          bind_text (stmt, 4, "Keep asking residents what matters to them first; it changes the conversation.");
          bind_text (stmt, 5, "Try writing up what we agreed straight after the visit.");
          if (!run (fill, stmt, "feedback_responses", &response_id, error))
            return FALSE;

          stmt = prepare (fill, "INSERT INTO feedback_ratings (response_id, behaviour_id, rating, example)"
                                " SELECT ?1, id, CASE WHEN ?2 = 0 THEN NULL ELSE ?2 + (position % 2) END, ?3"
                                " FROM behaviours"
                                " WHERE framework_id = ?4", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, response_id);
          sqlite3_bind_int (stmt, 2, cycles[c].development_only ? 0 : 3 + (int) (r % 2));
          bind_text (stmt, 3, "Stayed late to make sure Mr Walsh's boiler was fixed before the weekend.");
          sqlite3_bind_int64 (stmt, 4, cycles[c].values ? values_id : behaviours_id);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
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
  int         owner;
  const char *status;
  const char *parked_reason;
  const char *first_action;
  int         update_days_ago;
  gboolean    raised_again;
  guint       votes;
} BarrierSample;

static const BarrierSample barriers[] = {
  { "Repairs system will not take a job without a tenancy number",
    "Staff cannot log a repair for a leaseholder's neighbour or a lodger.",
    "A resident waited three weeks for a leak from upstairs because nobody could log it.",
    "system", "Customer Services, Repairs", 12, "in-progress", NULL,
    "Ask the supplier for a 'no tenancy' job type", 10, TRUE, 9 },
  { "Three forms to ask for the same proof of income",
    "Housing, Council Tax and the hardship fund each ask for payslips on their own form.",
    "Ngozi brought the same payslips to the office three times in a month.",
    "process", "Income and Money", 9, "action-agreed", NULL,
    "Agree one shared form with Council Tax", 20, TRUE, 12 },
  { "Cannot buy a resident a coffee without a purchase order",
    "Small spends need a purchase order that takes two weeks.",
    "We could not buy Abdi a sandwich when he had not eaten for two days.",
    "policy", "All teams", 0, "removed", NULL,
    "Team purchasing cards with a £50 limit", 40, FALSE, 15 },
  { "Interpreter bookings need five days' notice",
    "Same-day interpreters are only available for emergencies.",
    "Amira's mother could not take part in the first visit about her own move.",
    "partner-agency", "Tenancy Management", 11, "understood", NULL, NULL, 15, FALSE, 6 },
  { "Laptops cannot open the repairs photos residents send",
    "Photos arrive as HEIC files and the laptops cannot show them.",
    NULL, "it", "Customer Services", 1, "raised", NULL, NULL, 3, FALSE, 4 },
  { "Referral forms instead of bringing people in",
    "The habit is to fill in a referral form and pass the resident on.",
    "Brendan was referred to four services before anyone visited him.",
    "ways-of-working", "All teams", 7, "in-progress", NULL,
    "Try bringing the adviser to the resident for a month", 60, TRUE, 11 },
  { "Letters written in legal language",
    "Arrears letters quote the tenancy agreement clause by clause.",
    "Helen thought she would be evicted the next day.", "process", "Income and Money", 10,
    "action-agreed", NULL, "Rewrite the first arrears letter with residents", 8, FALSE, 8 },
  { "Out-of-hours calls go to a different system",
    "Notes taken at night are not in the case record in the morning.",
    NULL, "system", "Customer Services", 1, "parked",
    "Waiting for the new contact centre contract in April", NULL, 70, FALSE, 3 },
  { "Home visits need two staff after 4pm",
    "The lone-working policy stops officers visiting after school hours.",
    "Working parents can only be seen when they are at work.", "policy", "Tenancy Management", 0,
    "raised", NULL, NULL, 5, FALSE, 7 },
  { "No quiet room at the area office",
    "Conversations about debt happen at the front counter.",
    "Residents leave before telling us what is really going on.", "other", "Customer Services", 1,
    "removed", NULL, "Turn the old post room into a quiet room", 30, FALSE, 10 },
  { "Adult Social Care and housing keep separate notes",
    "Nobody can see what the other team agreed with the resident.",
    "Dot was asked the same questions by three people.", "partner-agency",
    "Tenancy Management, Adult Social Care", 4, "understood", NULL, NULL, 50, FALSE, 9 },
  { "Password resets take a day",
    "Locked-out staff wait a day for the service desk.", NULL, "it", "All teams", 1,
    "in-progress", NULL, "Self-service reset for all staff", 12, FALSE, 2 },
  { "Case reviews count contacts, not outcomes",
    "Managers ask how many calls were made, not what changed.",
    NULL, "ways-of-working", "All teams", 0, "raised", NULL, NULL, 2, FALSE, 5 },
  { "Decant payments need three signatures",
    "Moving costs for residents wait weeks for sign-off.", NULL, "process", "Tenancy Management", 0,
    "action-agreed", NULL, "One signature up to £500", 25, FALSE, 6 },
};

static gboolean
fill_stopshop (Fill    *fill,
               GError **error)
{
  static const struct {
    int days_ago;
    const char *place;
    const char *theme;
    const char *phase;
  } sessions[] = {
    { 90, "Islington Town Hall, Committee Room 4", "What gets in the way on the phone", "closed" },
    { 0, "Highbury area office, first floor", "What stops us visiting residents", "stop" },
  };
  static const char *const teams[] = { "Customer Services", "Tenancy Management", "Income and Money" };
  gint64 session_ids[2];
  sqlite3_stmt *stmt;

  for (guint s = 0; s < G_N_ELEMENTS (sessions); s++)
    {
      g_autofree char *held = date_of (fill->now - sessions[s].days_ago * DAY);

      stmt = prepare (fill, "INSERT INTO stopshop_sessions (held_on, place, theme, phase,"
                            " votes_per_person, closed_at, created_at, created_by, updated_at,"
                            " updated_by) VALUES (?1, ?2, ?3, ?4, 3, ?5, ?6, ?7, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, held);
      bind_text (stmt, 2, sessions[s].place);
      bind_text (stmt, 3, sessions[s].theme);
      bind_text (stmt, 4, sessions[s].phase);
      if (g_str_equal (sessions[s].phase, "closed"))
        sqlite3_bind_int64 (stmt, 5, fill->now - sessions[s].days_ago * DAY + 3 * 3600);
      sqlite3_bind_int64 (stmt, 6, fill->now - (sessions[s].days_ago + 14) * DAY);
      bind_id (stmt, 7, staff_id (fill, 2));
      if (!run (fill, stmt, "stopshop_sessions", &session_ids[s], error))
        return FALSE;

      for (guint a = 0; a < G_N_ELEMENTS (team_staff); a++)
        {
          if (!team_staff[a].ambassador)
            continue;
          stmt = prepare (fill, "INSERT INTO stopshop_session_ambassadors (session_id, staff_id)"
                                " VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, session_ids[s]);
          sqlite3_bind_int64 (stmt, 2, staff_id (fill, (int) a));
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }

      for (guint t = 0; t < G_N_ELEMENTS (teams); t++)
        {
          stmt = prepare (fill, "INSERT INTO stopshop_session_teams (session_id, team)"
                                " VALUES (?1, ?2)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, session_ids[s]);
          bind_text (stmt, 2, teams[t]);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }
    }

  for (guint b = 0; b < G_N_ELEMENTS (barriers); b++)
    {
      const BarrierSample *sample = &barriers[b];
      gboolean first_session = b < 9;
      gint64 session = session_ids[first_session ? 0 : 1];
      gint64 created = fill->now - (first_session ? 90 : 0) * DAY;
      gint64 updated = MAX (created, fill->now - sample->update_days_ago * DAY);
      gboolean removed = g_str_equal (sample->status, "removed");
      g_autofree char *due = date_of (fill->now + (int) (b * 5 % 40) * DAY);
      gint64 barrier_id;

      stmt = prepare (fill, "INSERT INTO barriers (title, what_happens, effect_on_residents, category,"
                            " teams, owner_id, status, parked_reason, first_action, action_due_on, weight,"
                            " first_session_id, last_update_at, removed_at, created_at, created_by,"
                            " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                            " ?11, ?12, ?13, ?14, ?15, ?16, ?13, ?16)", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, sample->title);
      bind_text (stmt, 2, sample->what_happens);
      bind_text (stmt, 3, sample->effect ? sample->effect : "");
      bind_text (stmt, 4, sample->category);
      bind_text (stmt, 5, sample->teams);
      bind_id (stmt, 6, g_str_equal (sample->status, "raised") ? 0 : staff_id (fill, sample->owner));
      bind_text (stmt, 7, sample->status);
      bind_text (stmt, 8, sample->parked_reason ? sample->parked_reason : "");
      bind_text (stmt, 9, sample->first_action ? sample->first_action : "");
      bind_text (stmt, 10, sample->first_action ? due : NULL);
      sqlite3_bind_int (stmt, 11, sample->raised_again ? 2 : 1);
      sqlite3_bind_int64 (stmt, 12, session);
      sqlite3_bind_int64 (stmt, 13, updated);
      if (removed)
        sqlite3_bind_int64 (stmt, 14, updated);
      sqlite3_bind_int64 (stmt, 15, created);
      bind_id (stmt, 16, staff_id (fill, 2));
      if (!run (fill, stmt, "barriers", &barrier_id, error))
        return FALSE;

      for (guint s = first_session ? 0 : 1; s < 2; s++)
        {
          if (s == 1 && first_session && !sample->raised_again)
            continue;
          stmt = prepare (fill, "INSERT INTO stopshop_session_barriers (session_id, barrier_id,"
                                " position, raised_here, votes) VALUES (?1, ?2, ?3, 1, ?4)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, session_ids[s]);
          sqlite3_bind_int64 (stmt, 2, barrier_id);
          sqlite3_bind_int (stmt, 3, (int) b);
          sqlite3_bind_int (stmt, 4, s == 0 ? (int) sample->votes : 0);
          if (!run (fill, stmt, "stopshop_session_barriers", NULL, error))
            return FALSE;
        }

      if (!g_str_equal (sample->status, "raised"))
        {
          stmt = prepare (fill, "INSERT INTO barrier_updates (barrier_id, session_id, at, author_id,"
                                " status_from, status_to, text) VALUES (?1, ?2, ?3, ?4, 'raised', ?5, ?6)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, barrier_id);
          sqlite3_bind_int64 (stmt, 2, session);
          sqlite3_bind_int64 (stmt, 3, updated);
          bind_id (stmt, 4, staff_id (fill, sample->owner));
          bind_text (stmt, 5, sample->status);
          bind_text (stmt, 6, sample->first_action ? sample->first_action :
                              sample->parked_reason ? sample->parked_reason :
                              "Talked it through with the team that owns it.");
          if (!run (fill, stmt, "barrier_updates", NULL, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* --- One-to-ones ---------------------------------------------------------------- */

static gboolean
fill_supervision (Fill    *fill,
                  GError **error)
{
  static const char *const going_well[] = {
    "Dot's shower is booked and she is getting out to the market again.",
    "The new arrears letter has had good feedback from residents.",
    "Brendan's case closed well: he runs the shed now.",
  };
  static const char *const been_hard[] = {
    "Two difficult court hearings in one week.",
    "Covering for a colleague on leave on top of my own patch.",
    "A resident shouted at me at the front counter.",
  };
  static const char *const actions[][2] = {
    { "Book the trauma-informed practice course", "done" },
    { "Shadow Ruth on two money advice visits", "open" },
    { "Write up the damp case for the Stop Shop", "open" },
    { "Take a proper lunch break three days a week", "dropped" },
  };
  guint made = 0;

  for (guint s = 2; s < G_N_ELEMENTS (team_staff); s++)
    {
      int supervisor = team_staff[s].supervisor;

      if (supervisor < 0 || made >= 18)
        continue;

      for (int round = 0; round < 2; round++, made++)
        {
          g_autofree char *held = date_of (fill->now - (int) ((1 - round) * 28 + s) * DAY);
          gboolean locked = round == 0;
          sqlite3_stmt *stmt;
          gint64 supervision_id;

          stmt = prepare (fill, "INSERT INTO supervisions (supervisor_id, staff_id, held_on, wellbeing,"
                                " wellbeing_note, going_well, been_hard, reflection_case_id, reflection,"
                                " learning, private_note, agreed_by_staff_at, agreed_by_supervisor_at,"
                                " locked_at, created_at, created_by, updated_at, updated_by)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT min (id) FROM cases"
                                " WHERE lead_id = ?2), ?8, ?9, ?10, ?11, ?11, ?11, ?12, ?1, ?12, ?1)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, staff_id (fill, supervisor));
          sqlite3_bind_int64 (stmt, 2, staff_id (fill, (int) s));
          bind_text (stmt, 3, held);
          sqlite3_bind_int (stmt, 4, 2 + (int) ((s + round) % 4));
          bind_text (stmt, 5, round ? "Better than last month; sleeping again." : "Tired, a heavy few weeks.");
          bind_text (stmt, 6, going_well[(s + round) % G_N_ELEMENTS (going_well)]);
          bind_text (stmt, 7, been_hard[(s + round) % G_N_ELEMENTS (been_hard)]);
          bind_text (stmt, 8, "What would have happened if we had visited sooner?");
          bind_text (stmt, 9, "Bringing the adviser to the resident saved weeks.");
          bind_text (stmt, 10, "Check in about workload again next time.");
          if (locked)
            sqlite3_bind_int64 (stmt, 11, fill->now - (int) (28 + s - 1) * DAY);
          sqlite3_bind_int64 (stmt, 12, fill->now - (int) ((1 - round) * 28 + s) * DAY);
          if (!run (fill, stmt, "supervisions", &supervision_id, error))
            return FALSE;

          if (locked)
            {
              stmt = prepare (fill, "INSERT INTO supervision_addenda (supervision_id, at, author_id, text)"
                                    " VALUES (?1, ?2, ?3, ?4)", error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, supervision_id);
              sqlite3_bind_int64 (stmt, 2, fill->now - (int) (20 + s) * DAY);
              sqlite3_bind_int64 (stmt, 3, staff_id (fill, supervisor));
              bind_text (stmt, 4, "The course date moved to next month.");
              if (!run (fill, stmt, NULL, NULL, error))
                return FALSE;
            }

          for (guint a = (guint) round * 2; a < (guint) round * 2 + 2; a++)
            {
              const char *status = actions[a][1];

              stmt = prepare (fill, "INSERT INTO supervision_actions (supervision_id, text, owner_id,"
                                    " due_on, status, dropped_reason, done_at, created_at, updated_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error);
              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, supervision_id);
              bind_text (stmt, 2, actions[a][0]);
              sqlite3_bind_int64 (stmt, 3, staff_id (fill, (int) s));
              bind_text (stmt, 4, held);
              bind_text (stmt, 5, status);
              bind_text (stmt, 6, g_str_equal (status, "dropped") ?
                                  "We agreed a later start time instead" : "");
              if (g_str_equal (status, "done"))
                sqlite3_bind_int64 (stmt, 7, fill->now - 10 * DAY);
              sqlite3_bind_int64 (stmt, 8, fill->now - (int) ((1 - round) * 28 + s) * DAY);
              if (!run (fill, stmt, "supervision_actions", NULL, error))
                return FALSE;
            }
        }
    }

  {
    sqlite3_stmt *stmt = prepare (fill,
      "INSERT INTO practice_examples (staff_id, kind, happened_on, case_id, text, created_at,"
      " updated_at) VALUES (?1, 'celebrate', ?2, (SELECT min (id) FROM cases), ?3, ?4, ?4),"
      " (?5, 'escalate', ?2, NULL, ?6, ?4, ?4)", error);
    g_autofree char *day = date_of (fill->now - 12 * DAY);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, staff_id (fill, 4));
    bind_text (stmt, 2, day);
    bind_text (stmt, 3, "Harjit's visit to Dot: the tea and the gift mattered as much as the rails.");
    sqlite3_bind_int64 (stmt, 4, fill->now - 12 * DAY);
    sqlite3_bind_int64 (stmt, 5, staff_id (fill, 1));
    bind_text (stmt, 6, "A contractor left a resident without water over a weekend and did not tell us.");
    if (!run (fill, stmt, "practice_examples", NULL, error))
      return FALSE;
  }

  return TRUE;
}

static gboolean
fill_team (Fill    *fill,
           GError **error)
{
  gint64 behaviours_id, values_id;

  report (fill, _("People"), 0.1);
  if (!fill_team_people (fill, error))
    return FALSE;
  report (fill, _("Cases and timelines"), 0.3);
  if (!fill_team_cases (fill, error))
    return FALSE;
  report (fill, _("Feedback"), 0.6);
  if (!fill_frameworks (fill, &behaviours_id, &values_id, error) ||
      !fill_feedback (fill, behaviours_id, values_id, error))
    return FALSE;
  report (fill, _("Stop Shops"), 0.8);
  if (!fill_stopshop (fill, error))
    return FALSE;
  report (fill, _("One-to-ones"), 0.9);
  return fill_supervision (fill, error);
}

/* --- The scale of a large council -------------------------------------------- */

static const char *const scale_words[] = {
  "rent", "repairs", "damp", "boiler", "benefits", "arrears", "visit", "neighbour", "lift",
  "heating", "window", "council", "tax", "housing", "officer", "family", "children", "school",
  "doctor", "hospital", "carer", "garden", "kitchen", "bathroom", "shower", "rails", "letter",
  "form", "payment", "plan", "court", "hearing", "lunch", "club", "walk", "market", "bus",
  "pass", "cooker", "fridge", "food", "bank", "energy", "meter", "debt", "income", "job",
  "training", "course", "volunteer", "church", "mosque", "library", "park", "estate",
};

static char *
scale_sentence (Fill  *fill,
                guint  words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, PICK (fill, scale_words));
    }

  /* A few rare words, so that searches for them find few rows. */
  if (pick (fill, 1000) == 0)
    g_string_append (text, " zephyr");

  return g_string_free (text, FALSE);
}

static gboolean
fill_scale (Fill    *fill,
            guint    n_staff,
            guint    n_residents,
            guint    n_cases,
            guint    n_entries,
            GError **error)
{
  static const char *const kinds[] = {
    "conversation", "home-visit", "phone-call", "message", "agreement", "action", "note",
    "conversation", "phone-call", "note",
  };
  sqlite3_stmt *stmt;
  gint64 first_staff = 0, first_resident = 0, first_case = 0;
  guint long_case_entries = MIN (n_entries / 4, 10000);
  guint entries_left;

  report (fill, _("Staff"), 0.0);
  for (guint i = 0; i < n_staff; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s %u", PICK (fill, first_names), PICK (fill, surnames), i);
      gint64 id;

      stmt = prepare (fill, "INSERT INTO staff (name, role, team, supervisor_id, is_ambassador,"
                            " created_at, updated_at) VALUES (?1, 'Housing Officer', ?2, ?3, ?4, ?5, ?5)",
                      error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, name);
      bind_text (stmt, 2, i % 3 == 0 ? "Tenancy Management" : i % 3 == 1 ? "Customer Services" : "Income and Money");
      bind_id (stmt, 3, i >= 10 ? first_staff + i % 10 : 0);
      sqlite3_bind_int (stmt, 4, i % 25 == 0);
      sqlite3_bind_int64 (stmt, 5, fill->now - 800 * DAY);
      if (!run (fill, stmt, NULL, &id, error))
        return FALSE;
      if (i == 0)
        first_staff = id;
    }

  report (fill, _("Residents"), 0.02);
  for (guint i = 0; i < n_residents; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", PICK (fill, first_names), PICK (fill, surnames));
      g_autofree char *ref = g_strdup_printf ("ISL-%06u", i);
      g_autofree char *matters_text = scale_sentence (fill, 8);
      gint64 id;

      stmt = prepare (fill, "INSERT INTO residents (name, tenancy_ref, area, what_matters, strengths,"
                            " good_life, together, created_at, updated_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, name);
      bind_text (stmt, 2, ref);
      bind_text (stmt, 3, PICK (fill, areas));
      bind_text (stmt, 4, matters_text);
      bind_text (stmt, 5, PICK (fill, strengths));
      bind_text (stmt, 6, PICK (fill, good_lives));
      bind_text (stmt, 7, PICK (fill, togethers));
      sqlite3_bind_int64 (stmt, 8, fill->now - 700 * DAY);
      if (!run (fill, stmt, NULL, &id, error))
        return FALSE;
      if (i == 0)
        first_resident = id;

      if (pick (fill, 4) == 0)
        {
          stmt = prepare (fill, "INSERT INTO resident_access_needs (resident_id, need_id)"
                                " SELECT ?1, id FROM access_needs WHERE position = ?2", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, 1 + (int) pick (fill, 8));
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }
    }

  report (fill, _("Cases"), 0.05);
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *title = NULL;
      gint64 residents[2];
      guint n_res = 1 + (pick (fill, 5) == 0);
      gint64 opened = fill->now - (gint64) (30 + pick (fill, 600)) * DAY;
      gboolean closed = pick (fill, 3) == 0;
      gint64 id;

      title = i == 0 ? g_strdup ("Scale: the long case") : scale_sentence (fill, 4);
      residents[0] = first_resident + pick (fill, n_residents);
      residents[1] = first_resident + (residents[0] - first_resident + 1) % n_residents;
      if (!insert_case (fill, title, residents, n_res, first_staff + pick (fill, n_staff), 0, opened,
                        opened, closed ? "On a longer journey" : NULL, NULL, opened + 20 * DAY,
                        &id, error))
        return FALSE;
      if (i == 0)
        first_case = id;
    }

  /* Entries: one long case of its own, the rest spread unevenly. */
  entries_left = n_entries;
  for (guint i = 0; i < n_entries; i++, entries_left--)
    {
      gint64 case_id = i < long_case_entries ? first_case :
                       first_case + 1 + (pick (fill, 8) == 0 ? pick (fill, 50) : pick (fill, n_cases - 1));
      g_autofree char *summary = scale_sentence (fill, 6);
      g_autofree char *body = pick (fill, 3) == 0 ? scale_sentence (fill, 20) : g_strdup ("");
      EntrySample entry = { 0, 0, PICK (fill, kinds), 0, summary, body, NO_MONEY };
      gint64 at = fill->now - (gint64) pick (fill, 600 * DAY);

      if (pick (fill, 50) == 0)
        {
          entry.kind = "spend";
          entry.pence = 100 + pick (fill, 30000);
          entry.spend_for = "Bus pass";
        }

      stmt = prepare (fill,
                      "INSERT INTO timeline_entries (case_id, kind, occurred_at, author_id, summary,"
                      " body, amount_pence, spend_for, created_at, updated_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?3, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, case_id);
      bind_text (stmt, 2, entry.kind);
      sqlite3_bind_int64 (stmt, 3, at);
      sqlite3_bind_int64 (stmt, 4, first_staff + pick (fill, n_staff));
      bind_text (stmt, 5, entry.summary);
      bind_text (stmt, 6, entry.body);
      if (entry.pence >= 0)
        sqlite3_bind_int64 (stmt, 7, entry.pence);
      bind_text (stmt, 8, entry.spend_for ? entry.spend_for : "");
      if (!run (fill, stmt, NULL, NULL, error))
        return FALSE;

      if (g_str_equal (entry.kind, "agreement"))
        {
          g_autofree char *due = date_of (at + (gint64) pick (fill, 60) * DAY);

          stmt = prepare (fill, "INSERT INTO agreement_items (entry_id, text, owner_kind, due_on,"
                                " status, created_at, updated_at)"
                                " VALUES (last_insert_rowid (), ?1, 'resident', ?2, ?3, ?4, ?4)", error);
          if (stmt == NULL)
            return FALSE;
          bind_text (stmt, 1, "Bring the letters to the next visit");
          bind_text (stmt, 2, due);
          bind_text (stmt, 3, pick (fill, 3) == 0 ? "open" : "done");
          sqlite3_bind_int64 (stmt, 4, at);
          if (!run (fill, stmt, NULL, NULL, error))
            return FALSE;
        }

      if (i % 20000 == 0)
        report (fill, _("Timeline entries"), 0.1 + 0.85 * i / (double) n_entries);
    }

  /* Each case's last activity follows its newest entry (the trigger only
   * moves it forward, and entries arrived in no order). */
  report (fill, _("Last activity"), 0.96);
  return hearth_store_exec (fill->store,
                            "UPDATE cases SET last_activity_at = coalesce ((SELECT max (occurred_at)"
                            " FROM timeline_entries e WHERE e.case_id = cases.id), opened_at)",
                            error);
}

/* --- Public API -------------------------------------------------------------------- */

gboolean
hearth_sample_data_is_empty (HearthStore  *store,
                             gboolean     *empty,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row = FALSE;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);

  stmt = hearth_store_prepare (store,
                               "SELECT EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM residents)"
                               " OR EXISTS (SELECT 1 FROM cases)", error);
  if (stmt == NULL || !hearth_store_step (store, stmt, &has_row, error))
    return FALSE;

  *empty = has_row && sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
fill_with (HearthStore  *store,
           guint32       seed,
           gboolean      announce,
           ProgressFunc  progress,
           gpointer      user_data,
           gboolean    (*body) (Fill *fill, gpointer data, GError **error),
           gpointer      data,
           GError      **error)
{
  g_autoptr(GArray) staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) residents = g_array_new (FALSE, FALSE, sizeof (gint64));
  Fill fill = { store, seed, hearth_store_now (store), announce, progress, user_data, staff, residents };
  gboolean empty = FALSE;

  if (!hearth_sample_data_is_empty (store, &empty, error))
    return FALSE;

  if (!empty)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("“%s” already holds records, so no sample data was added. Sample data "
                     "goes into a new, empty database: choose another file with --database."),
                   hearth_store_get_path (store));
      return FALSE;
    }

  if (!hearth_store_begin (store, error))
    return FALSE;

  if (!body (&fill, data, error))
    {
      hearth_store_rollback (store);
      return FALSE;
    }

  report (&fill, _("Saving"), 0.99);
  if (!hearth_store_commit (store, error))
    return FALSE;

  report (&fill, _("Done"), 1.0);
  return TRUE;
}

static gboolean
team_body (Fill     *fill,
           gpointer  data,
           GError  **error)
{
  return fill_team (fill, error);
}

typedef struct
{
  guint staff, residents, cases, entries;
} ScaleSize;

static gboolean
scale_body (Fill     *fill,
            gpointer  data,
            GError  **error)
{
  ScaleSize *size = data;
  gint64 behaviours_id, values_id;

  return fill_scale (fill, size->staff, size->residents, size->cases, size->entries, error) &&
         fill_frameworks (fill, &behaviours_id, &values_id, error);
}

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
  g_return_val_if_fail (n_staff > 0 && n_residents > 1 && n_cases > 1, FALSE);

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

  if (kind == HEARTH_SAMPLE_SCALE)
    {
      ScaleSize size = { 1000, 40000, 20000, 1000000 };

      return fill_with (store, seed, FALSE, progress, user_data, scale_body, &size, error);
    }

  return fill_with (store, seed, TRUE, progress, user_data, team_body, NULL, error);
}

gboolean
hearth_sample_data_fill (HearthStore       *store,
                         HearthSampleKind   kind,
                         GError           **error)
{
  return hearth_sample_data_fill_full (store, kind, 20261122, NULL, NULL, error);
}
