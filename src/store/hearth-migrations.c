/* Copyright 2026 The Hearth authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conventions of the schema:
 *  - times are INTEGER seconds since the Unix epoch, UTC ("_at");
 *  - calendar dates are TEXT 'YYYY-MM-DD' ("_on", "due_on");
 *  - money is INTEGER pence, never floating point ("_pence");
 *  - every table people write to records who wrote it and when
 *    (created_by/created_at, updated_by/updated_at), and the store adds a row
 *    to audit_log for every change;
 *  - things people delete from a list are marked deleted_at, so the deletion
 *    can be undone and is recorded; only erasing a resident removes rows.
 */

#include "config.h"

#include "hearth-migrations.h"

#define AUDIT_COLUMNS \
  "  created_at INTEGER NOT NULL DEFAULT (unixepoch ())," \
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL," \
  "  updated_at INTEGER NOT NULL DEFAULT (unixepoch ())," \
  "  updated_by INTEGER REFERENCES staff (id) ON DELETE SET NULL"

static const char *const migrations[] = {
  /* Version 1: the data model of all four areas. */
  /* --- People ------------------------------------------------------------ */
  "CREATE TABLE staff ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),"
  "  role TEXT NOT NULL DEFAULT '' CHECK (length (role) <= 200),"
  "  team TEXT NOT NULL DEFAULT '' CHECK (length (team) <= 200),"
  "  email TEXT NOT NULL DEFAULT '' CHECK (length (email) <= 320),"
  "  supervisor_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  is_ambassador INTEGER NOT NULL DEFAULT 0 CHECK (is_ambassador IN (0, 1)),"
  "  supervision_weeks INTEGER NOT NULL DEFAULT 4 CHECK (supervision_weeks BETWEEN 1 AND 52),"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
  AUDIT_COLUMNS
  ");"
  "CREATE INDEX staff_by_name ON staff (name COLLATE NOCASE);"
  "CREATE INDEX staff_by_supervisor ON staff (supervisor_id);"

  "CREATE TABLE access_needs ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE CHECK (length (trim (name)) BETWEEN 1 AND 100),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ");"
  "INSERT INTO access_needs (name, position) VALUES"
  "  ('Wheelchair user', 1), ('Mobility', 2), ('Sight', 3), ('Hearing', 4),"
  "  ('Mental health', 5), ('Aged 60 or over', 6), ('Learning disability', 7),"
  "  ('Needs an interpreter', 8);"

  "CREATE TABLE residents ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),"
  "  preferred_name TEXT NOT NULL DEFAULT '' CHECK (length (preferred_name) <= 200),"
  "  pronouns TEXT NOT NULL DEFAULT '' CHECK (length (pronouns) <= 50),"
  "  household TEXT NOT NULL DEFAULT '' CHECK (length (household) <= 1000),"
  "  tenancy_ref TEXT NOT NULL DEFAULT '' CHECK (length (tenancy_ref) <= 50),"
  "  area TEXT NOT NULL DEFAULT '' CHECK (length (area) <= 100),"
  "  address TEXT NOT NULL DEFAULT '' CHECK (length (address) <= 500),"
  "  phone TEXT NOT NULL DEFAULT '' CHECK (length (phone) <= 50),"
  "  email TEXT NOT NULL DEFAULT '' CHECK (length (email) <= 320),"
  "  contact_preference TEXT NOT NULL DEFAULT '' CHECK (length (contact_preference) <= 500),"
  /* The person-centred profile, in the resident's own words. */
  "  what_matters TEXT NOT NULL DEFAULT '' CHECK (length (what_matters) <= 10000),"
  "  strengths TEXT NOT NULL DEFAULT '' CHECK (length (strengths) <= 10000),"
  "  good_life TEXT NOT NULL DEFAULT '' CHECK (length (good_life) <= 10000),"
  "  together TEXT NOT NULL DEFAULT '' CHECK (length (together) <= 10000),"
  "  profile_updated_at INTEGER,"
  "  profile_updated_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  AUDIT_COLUMNS
  ");"
  "CREATE INDEX residents_by_name ON residents (name COLLATE NOCASE);"
  "CREATE INDEX residents_by_area ON residents (area);"

  "CREATE TABLE resident_access_needs ("
  "  resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,"
  "  need_id INTEGER NOT NULL REFERENCES access_needs (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (resident_id, need_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX resident_access_needs_by_need ON resident_access_needs (need_id);"

  /* --- Cases and timelines ---------------------------------------------- */
  "CREATE TABLE outcomes ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE CHECK (length (trim (name)) BETWEEN 1 AND 100),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ");"
  "INSERT INTO outcomes (name, position) VALUES"
  "  ('Living a better life', 1), ('On a longer journey', 2), ('Did not engage', 3);"

  "CREATE TABLE cases ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK (length (trim (title)) BETWEEN 1 AND 200),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
  "  lead_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  opened_at INTEGER NOT NULL,"
  "  closed_at INTEGER,"
  "  outcome_id INTEGER REFERENCES outcomes (id) ON DELETE RESTRICT,"
  "  closing_note TEXT NOT NULL DEFAULT '' CHECK (length (closing_note) <= 10000),"
  /* Kept by the trigger below, so the list sorts by it through an index. */
  "  last_activity_at INTEGER NOT NULL,"
  AUDIT_COLUMNS ","
  "  CHECK ((status = 'closed') = (closed_at IS NOT NULL))"
  ");"
  "CREATE INDEX cases_by_activity ON cases (last_activity_at DESC, id DESC);"
  "CREATE INDEX cases_by_status_activity ON cases (status, last_activity_at DESC, id DESC);"
  "CREATE INDEX cases_by_lead ON cases (lead_id, last_activity_at DESC);"
  "CREATE INDEX cases_by_opened ON cases (opened_at DESC, id DESC);"
  "CREATE INDEX cases_by_title ON cases (title COLLATE NOCASE, id);"
  "CREATE INDEX cases_by_outcome ON cases (outcome_id);"

  "CREATE TABLE case_residents ("
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (case_id, resident_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX case_residents_by_resident ON case_residents (resident_id);"

  "CREATE TABLE case_workers ("
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (case_id, staff_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX case_workers_by_staff ON case_workers (staff_id);"

  "CREATE TABLE timeline_entries ("
  "  id INTEGER PRIMARY KEY,"
  /* NULL until the note is pulled into a case. */
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,"
  "  resident_id INTEGER REFERENCES residents (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('conversation', 'home-visit', 'phone-call', 'message',"
  "    'agreement', 'action', 'spend', 'expertise', 'money-outcome', 'note',"
  "    'case-opened', 'case-closed')),"
  "  occurred_at INTEGER NOT NULL,"
  "  author_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  summary TEXT NOT NULL CHECK (length (trim (summary)) BETWEEN 1 AND 200),"
  "  body TEXT NOT NULL DEFAULT '' CHECK (length (body) <= 100000),"
  /* Spend and money outcomes. */
  "  amount_pence INTEGER CHECK (amount_pence IS NULL OR amount_pence >= 0),"
  "  spend_for TEXT NOT NULL DEFAULT '' CHECK (length (spend_for) <= 200),"
  "  money_kind TEXT CHECK (money_kind IS NULL OR money_kind IN ('debt-resolved', 'income-gained')),"
  /* Expertise brought to the resident. */
  "  expert_name TEXT NOT NULL DEFAULT '' CHECK (length (expert_name) <= 200),"
  "  expert_from TEXT NOT NULL DEFAULT '' CHECK (length (expert_from) <= 200),"
  "  version INTEGER NOT NULL DEFAULT 1,"
  "  deleted_at INTEGER,"
  "  deleted_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  AUDIT_COLUMNS ","
  "  CHECK (case_id IS NOT NULL OR resident_id IS NOT NULL),"
  "  CHECK (kind NOT IN ('spend', 'money-outcome') OR amount_pence IS NOT NULL),"
  "  CHECK (kind <> 'money-outcome' OR money_kind IS NOT NULL)"
  ");"
  "CREATE INDEX timeline_by_case ON timeline_entries (case_id, occurred_at DESC, id DESC);"
  "CREATE INDEX timeline_by_resident ON timeline_entries (resident_id, occurred_at DESC);"
  "CREATE INDEX timeline_by_kind ON timeline_entries (kind, occurred_at);"
  "CREATE INDEX timeline_by_author ON timeline_entries (author_id, occurred_at);"

  /* A case's last activity follows its newest entry. */
  "CREATE TRIGGER timeline_touch_case AFTER INSERT ON timeline_entries"
  "  WHEN new.case_id IS NOT NULL BEGIN"
  "  UPDATE cases SET last_activity_at = new.occurred_at"
  "   WHERE id = new.case_id AND last_activity_at < new.occurred_at;"
  "END;"

  /* Earlier versions of an edited entry: the edit is history, never lost. */
  "CREATE TABLE timeline_entry_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  entry_id INTEGER NOT NULL REFERENCES timeline_entries (id) ON DELETE CASCADE,"
  "  version INTEGER NOT NULL,"
  "  occurred_at INTEGER NOT NULL,"
  "  summary TEXT NOT NULL,"
  "  body TEXT NOT NULL,"
  "  amount_pence INTEGER,"
  "  spend_for TEXT NOT NULL DEFAULT '',"
  "  money_kind TEXT,"
  "  expert_name TEXT NOT NULL DEFAULT '',"
  "  expert_from TEXT NOT NULL DEFAULT '',"
  "  written_at INTEGER NOT NULL,"
  "  written_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  UNIQUE (entry_id, version)"
  ");"

  /* The items of a "what we agreed" entry. */
  "CREATE TABLE agreement_items ("
  "  id INTEGER PRIMARY KEY,"
  "  entry_id INTEGER NOT NULL REFERENCES timeline_entries (id) ON DELETE CASCADE,"
  /* The case of the entry while the entry is not deleted, kept by the
   * triggers below, so that a case's open agreements are counted from an
   * index alone instead of from all its entries. */
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 500),"
  "  owner_kind TEXT NOT NULL DEFAULT 'staff' CHECK (owner_kind IN ('resident', 'staff', 'other')),"
  "  owner_staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  owner_name TEXT NOT NULL DEFAULT '' CHECK (length (owner_name) <= 200),"
  "  due_on TEXT CHECK (due_on IS NULL OR date (due_on) = due_on),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),"
  "  dropped_reason TEXT NOT NULL DEFAULT '' CHECK (length (dropped_reason) <= 1000),"
  "  done_at INTEGER,"
  AUDIT_COLUMNS ","
  "  CHECK (status <> 'dropped' OR length (trim (dropped_reason)) > 0)"
  ");"
  "CREATE INDEX agreement_items_by_entry ON agreement_items (entry_id);"
  "CREATE INDEX agreement_items_open_by_due ON agreement_items (due_on) WHERE status = 'open';"
  "CREATE INDEX agreement_items_open_by_case ON agreement_items (case_id, due_on)"
  "  WHERE status = 'open';"
  "CREATE TRIGGER agreement_items_case_ai AFTER INSERT ON agreement_items"
  "  WHEN new.case_id IS NOT (SELECT iif (deleted_at IS NULL, case_id, NULL)"
  "    FROM timeline_entries WHERE id = new.entry_id) BEGIN"
  "  UPDATE agreement_items SET case_id = (SELECT iif (deleted_at IS NULL, case_id, NULL)"
  "   FROM timeline_entries WHERE id = new.entry_id) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER timeline_entries_case_au AFTER UPDATE OF case_id, deleted_at"
  "  ON timeline_entries BEGIN"
  "  UPDATE agreement_items SET case_id = iif (new.deleted_at IS NULL, new.case_id, NULL)"
  "   WHERE entry_id = new.id;"
  "END;"

  /* Full-text search over residents, cases and timelines. External content
   * tables kept in step by triggers, so the text is stored once. */
  "CREATE VIRTUAL TABLE residents_fts USING fts5 ("
  "  name, preferred_name, tenancy_ref, area, what_matters, strengths, good_life, together,"
  "  content='residents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
  "CREATE TRIGGER residents_fts_ai AFTER INSERT ON residents BEGIN"
  "  INSERT INTO residents_fts (rowid, name, preferred_name, tenancy_ref, area, what_matters,"
  "    strengths, good_life, together) VALUES (new.id, new.name, new.preferred_name,"
  "    new.tenancy_ref, new.area, new.what_matters, new.strengths, new.good_life, new.together);"
  "END;"
  "CREATE TRIGGER residents_fts_ad AFTER DELETE ON residents BEGIN"
  "  INSERT INTO residents_fts (residents_fts, rowid, name, preferred_name, tenancy_ref, area,"
  "    what_matters, strengths, good_life, together) VALUES ('delete', old.id, old.name,"
  "    old.preferred_name, old.tenancy_ref, old.area, old.what_matters, old.strengths,"
  "    old.good_life, old.together);"
  "END;"
  "CREATE TRIGGER residents_fts_au AFTER UPDATE OF name, preferred_name, tenancy_ref, area,"
  "  what_matters, strengths, good_life, together ON residents BEGIN"
  "  INSERT INTO residents_fts (residents_fts, rowid, name, preferred_name, tenancy_ref, area,"
  "    what_matters, strengths, good_life, together) VALUES ('delete', old.id, old.name,"
  "    old.preferred_name, old.tenancy_ref, old.area, old.what_matters, old.strengths,"
  "    old.good_life, old.together);"
  "  INSERT INTO residents_fts (rowid, name, preferred_name, tenancy_ref, area, what_matters,"
  "    strengths, good_life, together) VALUES (new.id, new.name, new.preferred_name,"
  "    new.tenancy_ref, new.area, new.what_matters, new.strengths, new.good_life, new.together);"
  "END;"

  "CREATE VIRTUAL TABLE cases_fts USING fts5 ("
  "  title, closing_note, content='cases', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 2');"
  "CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN"
  "  INSERT INTO cases_fts (rowid, title, closing_note) VALUES (new.id, new.title, new.closing_note);"
  "END;"
  "CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN"
  "  INSERT INTO cases_fts (cases_fts, rowid, title, closing_note)"
  "    VALUES ('delete', old.id, old.title, old.closing_note);"
  "END;"
  "CREATE TRIGGER cases_fts_au AFTER UPDATE OF title, closing_note ON cases BEGIN"
  "  INSERT INTO cases_fts (cases_fts, rowid, title, closing_note)"
  "    VALUES ('delete', old.id, old.title, old.closing_note);"
  "  INSERT INTO cases_fts (rowid, title, closing_note) VALUES (new.id, new.title, new.closing_note);"
  "END;"

  "CREATE VIRTUAL TABLE timeline_fts USING fts5 ("
  "  summary, body, content='timeline_entries', content_rowid='id',"
  "  tokenize='unicode61 remove_diacritics 2');"
  "CREATE TRIGGER timeline_fts_ai AFTER INSERT ON timeline_entries BEGIN"
  "  INSERT INTO timeline_fts (rowid, summary, body) VALUES (new.id, new.summary, new.body);"
  "END;"
  "CREATE TRIGGER timeline_fts_ad AFTER DELETE ON timeline_entries BEGIN"
  "  INSERT INTO timeline_fts (timeline_fts, rowid, summary, body)"
  "    VALUES ('delete', old.id, old.summary, old.body);"
  "END;"
  "CREATE TRIGGER timeline_fts_au AFTER UPDATE OF summary, body ON timeline_entries BEGIN"
  "  INSERT INTO timeline_fts (timeline_fts, rowid, summary, body)"
  "    VALUES ('delete', old.id, old.summary, old.body);"
  "  INSERT INTO timeline_fts (rowid, summary, body) VALUES (new.id, new.summary, new.body);"
  "END;"

  /* --- 360° feedback ------------------------------------------------------ */
  "CREATE TABLE frameworks ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE CHECK (length (trim (name)) BETWEEN 1 AND 200),"
  "  description TEXT NOT NULL DEFAULT '' CHECK (length (description) <= 10000),"
  "  kind TEXT NOT NULL DEFAULT 'behaviours' CHECK (kind IN ('behaviours', 'values')),"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  AUDIT_COLUMNS
  ");"
  "CREATE TABLE behaviours ("
  "  id INTEGER PRIMARY KEY,"
  "  framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),"
  "  description TEXT NOT NULL DEFAULT '' CHECK (length (description) <= 10000),"
  AUDIT_COLUMNS ","
  "  UNIQUE (framework_id, name)"
  ");"
  "CREATE TABLE descriptors ("
  "  id INTEGER PRIMARY KEY,"
  "  behaviour_id INTEGER NOT NULL REFERENCES behaviours (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 1000)"
  ");"
  "CREATE INDEX descriptors_by_behaviour ON descriptors (behaviour_id, position);"
  "CREATE TABLE scale_points ("
  "  id INTEGER PRIMARY KEY,"
  "  framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,"
  "  value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),"
  "  label TEXT NOT NULL CHECK (length (trim (label)) BETWEEN 1 AND 100),"
  "  UNIQUE (framework_id, value)"
  ");"

  "CREATE TABLE feedback_cycles ("
  "  id INTEGER PRIMARY KEY,"
  "  subject_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE RESTRICT,"
  "  title TEXT NOT NULL DEFAULT '' CHECK (length (title) <= 200),"
  "  opens_on TEXT NOT NULL CHECK (date (opens_on) = opens_on),"
  "  closes_on TEXT NOT NULL CHECK (date (closes_on) = closes_on),"
  "  development_only INTEGER NOT NULL DEFAULT 0 CHECK (development_only IN (0, 1)),"
  "  released_at INTEGER,"
  /* Anonymity thresholds per rater group, and for free text. */
  "  min_self INTEGER NOT NULL DEFAULT 1 CHECK (min_self >= 1),"
  "  min_manager INTEGER NOT NULL DEFAULT 1 CHECK (min_manager >= 1),"
  "  min_other INTEGER NOT NULL DEFAULT 3 CHECK (min_other >= 1),"
  "  min_comments INTEGER NOT NULL DEFAULT 3 CHECK (min_comments >= 1),"
  AUDIT_COLUMNS ","
  "  CHECK (closes_on >= opens_on)"
  ");"
  "CREATE INDEX feedback_cycles_by_subject ON feedback_cycles (subject_id);"
  "CREATE TABLE feedback_raters ("
  "  id INTEGER PRIMARY KEY,"
  "  cycle_id INTEGER NOT NULL REFERENCES feedback_cycles (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL DEFAULT '' CHECK (length (name) <= 200),"
  "  relationship TEXT NOT NULL CHECK (relationship IN ('self', 'manager', 'peer',"
  "    'direct-report', 'partner', 'resident')),"
  "  status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'started', 'submitted')),"
  "  token TEXT UNIQUE,"
  AUDIT_COLUMNS
  ");"
  "CREATE INDEX feedback_raters_by_cycle ON feedback_raters (cycle_id);"
  /* A response records its group, never its rater, unless the rater is the
   * person themselves or their manager (groups of one by design). */
  "CREATE TABLE feedback_responses ("
  "  id INTEGER PRIMARY KEY,"
  "  cycle_id INTEGER NOT NULL REFERENCES feedback_cycles (id) ON DELETE CASCADE,"
  "  relationship TEXT NOT NULL CHECK (relationship IN ('self', 'manager', 'peer',"
  "    'direct-report', 'partner', 'resident')),"
  "  submitted_at INTEGER,"
  "  keep_doing TEXT NOT NULL DEFAULT '' CHECK (length (keep_doing) <= 10000),"
  "  try_doing TEXT NOT NULL DEFAULT '' CHECK (length (try_doing) <= 10000)"
  ");"
  "CREATE INDEX feedback_responses_by_cycle ON feedback_responses (cycle_id, relationship);"
  "CREATE TABLE feedback_ratings ("
  "  response_id INTEGER NOT NULL REFERENCES feedback_responses (id) ON DELETE CASCADE,"
  "  behaviour_id INTEGER NOT NULL REFERENCES behaviours (id) ON DELETE CASCADE,"
  "  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),"
  "  example TEXT NOT NULL DEFAULT '' CHECK (length (example) <= 10000),"
  "  PRIMARY KEY (response_id, behaviour_id)"
  ") WITHOUT ROWID;"

  /* --- Stop Shop ---------------------------------------------------------- */
  "CREATE TABLE stopshop_sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  held_on TEXT NOT NULL CHECK (date (held_on) = held_on),"
  "  place TEXT NOT NULL DEFAULT '' CHECK (length (place) <= 200),"
  "  theme TEXT NOT NULL DEFAULT '' CHECK (length (theme) <= 200),"
  "  phase TEXT NOT NULL DEFAULT 'review' CHECK (phase IN ('review', 'stop', 'collaborate',"
  "    'listen', 'act', 'closed')),"
  "  votes_per_person INTEGER NOT NULL DEFAULT 3 CHECK (votes_per_person BETWEEN 0 AND 12),"
  "  stall_weeks INTEGER NOT NULL DEFAULT 6 CHECK (stall_weeks BETWEEN 1 AND 52),"
  "  phase_minutes INTEGER NOT NULL DEFAULT 0 CHECK (phase_minutes BETWEEN 0 AND 240),"
  "  closed_at INTEGER,"
  AUDIT_COLUMNS
  ");"
  "CREATE INDEX stopshop_sessions_by_date ON stopshop_sessions (held_on DESC);"
  "CREATE TABLE stopshop_session_ambassadors ("
  "  session_id INTEGER NOT NULL REFERENCES stopshop_sessions (id) ON DELETE CASCADE,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (session_id, staff_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE stopshop_session_teams ("
  "  session_id INTEGER NOT NULL REFERENCES stopshop_sessions (id) ON DELETE CASCADE,"
  "  team TEXT NOT NULL CHECK (length (trim (team)) BETWEEN 1 AND 200),"
  "  PRIMARY KEY (session_id, team)"
  ") WITHOUT ROWID;"
  "CREATE TABLE barriers ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK (length (trim (title)) BETWEEN 1 AND 120),"
  "  what_happens TEXT NOT NULL DEFAULT '' CHECK (length (what_happens) <= 10000),"
  "  effect_on_residents TEXT NOT NULL DEFAULT '' CHECK (length (effect_on_residents) <= 10000),"
  "  category TEXT NOT NULL DEFAULT 'other' CHECK (category IN ('system', 'process', 'policy',"
  "    'ways-of-working', 'it', 'partner-agency', 'other')),"
  "  teams TEXT NOT NULL DEFAULT '' CHECK (length (teams) <= 1000),"
  "  owner_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'raised' CHECK (status IN ('raised', 'understood',"
  "    'action-agreed', 'in-progress', 'removed', 'parked')),"
  "  parked_reason TEXT NOT NULL DEFAULT '' CHECK (length (parked_reason) <= 1000),"
  "  first_action TEXT NOT NULL DEFAULT '' CHECK (length (first_action) <= 1000),"
  "  action_due_on TEXT CHECK (action_due_on IS NULL OR date (action_due_on) = action_due_on),"
  /* How many times the barrier has been raised, across sessions and merges. */
  "  weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),"
  "  merged_into_id INTEGER REFERENCES barriers (id) ON DELETE SET NULL,"
  "  first_session_id INTEGER REFERENCES stopshop_sessions (id) ON DELETE SET NULL,"
  "  last_update_at INTEGER NOT NULL DEFAULT (unixepoch ()),"
  "  removed_at INTEGER,"
  "  deleted_at INTEGER,"
  AUDIT_COLUMNS ","
  "  CHECK (status <> 'parked' OR length (trim (parked_reason)) > 0)"
  ");"
  "CREATE INDEX barriers_by_status ON barriers (status, last_update_at);"
  "CREATE INDEX barriers_by_owner ON barriers (owner_id);"
  "CREATE TABLE stopshop_session_barriers ("
  "  session_id INTEGER NOT NULL REFERENCES stopshop_sessions (id) ON DELETE CASCADE,"
  "  barrier_id INTEGER NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  raised_here INTEGER NOT NULL DEFAULT 1 CHECK (raised_here IN (0, 1)),"
  /* The dot votes as a total only: who voted for what is never stored. */
  "  votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),"
  "  PRIMARY KEY (session_id, barrier_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX stopshop_session_barriers_by_barrier ON stopshop_session_barriers (barrier_id);"
  "CREATE TABLE barrier_updates ("
  "  id INTEGER PRIMARY KEY,"
  "  barrier_id INTEGER NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,"
  "  session_id INTEGER REFERENCES stopshop_sessions (id) ON DELETE SET NULL,"
  "  at INTEGER NOT NULL,"
  "  author_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  status_from TEXT,"
  "  status_to TEXT,"
  "  text TEXT NOT NULL DEFAULT '' CHECK (length (text) <= 10000)"
  ");"
  "CREATE INDEX barrier_updates_by_barrier ON barrier_updates (barrier_id, at);"

  /* --- One-to-ones -------------------------------------------------------- */
  "CREATE TABLE supervisions ("
  "  id INTEGER PRIMARY KEY,"
  "  supervisor_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  held_on TEXT NOT NULL CHECK (date (held_on) = held_on),"
  /* How are you, really: 1 (struggling) to 5 (thriving), with words. */
  "  wellbeing INTEGER CHECK (wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5),"
  "  wellbeing_note TEXT NOT NULL DEFAULT '' CHECK (length (wellbeing_note) <= 10000),"
  "  going_well TEXT NOT NULL DEFAULT '' CHECK (length (going_well) <= 10000),"
  "  been_hard TEXT NOT NULL DEFAULT '' CHECK (length (been_hard) <= 10000),"
  "  reflection_case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,"
  "  reflection TEXT NOT NULL DEFAULT '' CHECK (length (reflection) <= 10000),"
  "  learning TEXT NOT NULL DEFAULT '' CHECK (length (learning) <= 10000),"
  "  behaviours_note TEXT NOT NULL DEFAULT '' CHECK (length (behaviours_note) <= 10000),"
  "  feedback_cycle_id INTEGER REFERENCES feedback_cycles (id) ON DELETE SET NULL,"
  /* Seen by the supervisor only. */
  "  private_note TEXT NOT NULL DEFAULT '' CHECK (length (private_note) <= 10000),"
  "  agreed_by_staff_at INTEGER,"
  "  agreed_by_supervisor_at INTEGER,"
  "  locked_at INTEGER,"
  AUDIT_COLUMNS ","
  "  CHECK (supervisor_id <> staff_id)"
  ");"
  "CREATE INDEX supervisions_by_staff ON supervisions (staff_id, held_on DESC);"
  "CREATE INDEX supervisions_by_supervisor ON supervisions (supervisor_id, held_on DESC);"
  "CREATE TABLE supervision_addenda ("
  "  id INTEGER PRIMARY KEY,"
  "  supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,"
  "  at INTEGER NOT NULL,"
  "  author_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 10000)"
  ");"
  /* An action belongs to the session that agreed it and carries over to the
   * next ones until it is done or dropped with a reason. */
  "CREATE TABLE supervision_actions ("
  "  id INTEGER PRIMARY KEY,"
  "  supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 1000),"
  "  owner_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  due_on TEXT CHECK (due_on IS NULL OR date (due_on) = due_on),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),"
  "  dropped_reason TEXT NOT NULL DEFAULT '' CHECK (length (dropped_reason) <= 1000),"
  "  done_at INTEGER,"
  AUDIT_COLUMNS ","
  "  CHECK (status <> 'dropped' OR length (trim (dropped_reason)) > 0)"
  ");"
  "CREATE INDEX supervision_actions_by_session ON supervision_actions (supervision_id);"
  "CREATE TABLE practice_examples ("
  "  id INTEGER PRIMARY KEY,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('celebrate', 'escalate')),"
  "  happened_on TEXT NOT NULL CHECK (date (happened_on) = happened_on),"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) BETWEEN 1 AND 10000),"
  AUDIT_COLUMNS
  ");"

  /* --- Audit trail --------------------------------------------------------- */
  /* Who changed what and when; no resident data is copied here. */
  "CREATE TABLE audit_log ("
  "  id INTEGER PRIMARY KEY,"
  "  at INTEGER NOT NULL,"
  "  staff_id INTEGER,"
  "  table_name TEXT NOT NULL,"
  "  row_id INTEGER NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete'))"
  ");"
  "CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);",

  /* Version 2: what a Stop Shop needs to run its phases. */
  /* How many people vote in a session: a session's dot votes add up to at
   * most votes_per_person × voters. Who voted for what is still never
   * stored. */
  "ALTER TABLE stopshop_sessions ADD COLUMN voters INTEGER NOT NULL DEFAULT 0"
  "  CHECK (voters BETWEEN 0 AND 500);"
  /* What merging one barrier into another moved, so that undoing the merge
   * puts back exactly what was there: the weight it added, and for each
   * session it was in, its place there and its votes. */
  "CREATE TABLE barrier_merges ("
  "  id INTEGER PRIMARY KEY,"
  "  barrier_id INTEGER NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,"
  "  into_id INTEGER NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,"
  "  weight INTEGER NOT NULL CHECK (weight >= 1),"
  "  at INTEGER NOT NULL,"
  "  author_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  CHECK (barrier_id <> into_id)"
  ");"
  "CREATE INDEX barrier_merges_by_barrier ON barrier_merges (barrier_id, id);"
  "CREATE TABLE barrier_merge_sessions ("
  "  merge_id INTEGER NOT NULL REFERENCES barrier_merges (id) ON DELETE CASCADE,"
  "  session_id INTEGER NOT NULL REFERENCES stopshop_sessions (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  raised_here INTEGER NOT NULL CHECK (raised_here IN (0, 1)),"
  "  votes INTEGER NOT NULL CHECK (votes >= 0),"
  /* Whether the barrier merged into was in the session already, and if so
   * whether it was raised there. */
  "  into_had_row INTEGER NOT NULL CHECK (into_had_row IN (0, 1)),"
  "  into_raised_here INTEGER NOT NULL DEFAULT 0 CHECK (into_raised_here IN (0, 1)),"
  "  PRIMARY KEY (merge_id, session_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX barrier_merge_sessions_by_session ON barrier_merge_sessions (session_id);",

  /* Version 3: 360° feedback that can be run, answered and reported without
   * any response being traced back to the person who wrote it. */
  /* Facts about the database itself. Response files name the database by
   * its id, so that a file is only ever read back into the one it came
   * from. */
  "CREATE TABLE hearth_meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ");"
  "INSERT INTO hearth_meta (key, value) VALUES ('database-id', lower (hex (randomblob (16))));"

  /* A behaviour has a one-line meaning, and a removed one is kept, hidden,
   * until its removal can no longer be undone. */
  "ALTER TABLE behaviours RENAME COLUMN description TO meaning;"
  "ALTER TABLE behaviours ADD COLUMN removed_at INTEGER;"

  /* Who runs a cycle and may see who has not answered; who may release its
   * report; when it closed (NULL while open) and who released it; the seed
   * its comments are shuffled with; whether the supervisor confirmed
   * minimums below the defaults; and the secret that signs its response
   * files. The model gives every new cycle its own seed and secret. */
  "ALTER TABLE feedback_cycles ADD COLUMN supervisor_id INTEGER"
  "  REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE feedback_cycles ADD COLUMN release_by TEXT NOT NULL DEFAULT 'supervisor'"
  "  CHECK (release_by IN ('supervisor', 'person'));"
  "ALTER TABLE feedback_cycles ADD COLUMN closed_at INTEGER;"
  "ALTER TABLE feedback_cycles ADD COLUMN released_by INTEGER"
  "  REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE feedback_cycles ADD COLUMN shuffle_seed INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE feedback_cycles ADD COLUMN min_confirmed INTEGER NOT NULL DEFAULT 0"
  "  CHECK (min_confirmed IN (0, 1));"
  "ALTER TABLE feedback_cycles ADD COLUMN secret TEXT NOT NULL DEFAULT '';"
  /* Until now a cycle ended on its closing date and had no supervisor of
   * its own: the person's supervisor runs it, and one past its closing
   * date, or already released, is closed. */
  "UPDATE feedback_cycles SET"
  "  shuffle_seed = random (),"
  "  secret = lower (hex (randomblob (32))),"
  "  supervisor_id = (SELECT s.supervisor_id FROM staff s WHERE s.id = feedback_cycles.subject_id),"
  "  closed_at = CASE"
  "    WHEN released_at IS NOT NULL THEN min (released_at, unixepoch (closes_on, '+1 day'))"
  "    WHEN closes_on < date ('now') THEN unixepoch (closes_on, '+1 day')"
  "  END;"

  /* The tables whose checks change are rebuilt. A renamed table takes the
   * REFERENCES of other tables with it, so the old ones are renamed out of
   * the way first, children before parents: dropping them at the end then
   * cascades into nothing. */
  "DROP INDEX feedback_raters_by_cycle;"
  "DROP INDEX feedback_responses_by_cycle;"
  "ALTER TABLE feedback_raters RENAME TO feedback_raters_v2;"
  "ALTER TABLE feedback_ratings RENAME TO feedback_ratings_v2;"
  "ALTER TABLE feedback_responses RENAME TO feedback_responses_v2;"

  /* A rater may decline. The token is the SHA-256 (hex) of the one-time
   * token in the rater's response file, never the token itself, and
   * token_used says it has been read back in. */
  "CREATE TABLE feedback_raters ("
  "  id INTEGER PRIMARY KEY,"
  "  cycle_id INTEGER NOT NULL REFERENCES feedback_cycles (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL DEFAULT '' CHECK (length (name) <= 200),"
  "  relationship TEXT NOT NULL CHECK (relationship IN ('self', 'manager', 'peer',"
  "    'direct-report', 'partner', 'resident')),"
  "  status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'started', 'submitted',"
  "    'declined')),"
  "  token TEXT UNIQUE,"
  "  token_used INTEGER NOT NULL DEFAULT 0 CHECK (token_used IN (0, 1)),"
  AUDIT_COLUMNS
  ");"
  "CREATE INDEX feedback_raters_by_cycle ON feedback_raters (cycle_id);"
  /* No response file was ever written before this version, so no token
   * can be waiting to come back. */
  "INSERT INTO feedback_raters (id, cycle_id, staff_id, name, relationship, status, token,"
  "  created_at, created_by, updated_at, updated_by)"
  "  SELECT id, cycle_id, staff_id, name, relationship, status, NULL,"
  "    created_at, created_by, updated_at, updated_by FROM feedback_raters_v2;"

  /* A response records its group, and neither its rater nor when it came
   * in. Its id is random, so that not even the order of the rows follows
   * the order in which responses were sent. */
  "CREATE TABLE feedback_responses ("
  "  id INTEGER PRIMARY KEY,"
  "  cycle_id INTEGER NOT NULL REFERENCES feedback_cycles (id) ON DELETE CASCADE,"
  "  relationship TEXT NOT NULL CHECK (relationship IN ('self', 'manager', 'peer',"
  "    'direct-report', 'partner', 'resident')),"
  "  keep_doing TEXT NOT NULL DEFAULT '' CHECK (length (keep_doing) <= 10000),"
  "  try_doing TEXT NOT NULL DEFAULT '' CHECK (length (try_doing) <= 10000)"
  ");"
  "CREATE INDEX feedback_responses_by_cycle ON feedback_responses (cycle_id, relationship);"
  /* Not seen enough to say is an answer, never a number. */
  "CREATE TABLE feedback_ratings ("
  "  response_id INTEGER NOT NULL REFERENCES feedback_responses (id) ON DELETE CASCADE,"
  "  behaviour_id INTEGER NOT NULL REFERENCES behaviours (id) ON DELETE CASCADE,"
  "  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),"
  "  not_seen INTEGER NOT NULL DEFAULT 0 CHECK (not_seen IN (0, 1)),"
  "  example TEXT NOT NULL DEFAULT '' CHECK (length (example) <= 10000),"
  "  PRIMARY KEY (response_id, behaviour_id),"
  "  CHECK (not_seen = 0 OR rating IS NULL)"
  ") WITHOUT ROWID;"
  "CREATE INDEX feedback_ratings_by_behaviour ON feedback_ratings (behaviour_id);"

  /* The responses already in get random ids too, and the audit rows that
   * named them lose their row, their author and their time of day. */
  "CREATE TEMP TABLE response_ids ("
  "  old_id INTEGER PRIMARY KEY,"
  "  new_id INTEGER NOT NULL UNIQUE"
  ");"
  "INSERT INTO temp.response_ids (old_id, new_id)"
  "  SELECT id, abs (random () % 9223372036854775807) + 1 FROM feedback_responses_v2;"
  "INSERT INTO feedback_responses (id, cycle_id, relationship, keep_doing, try_doing)"
  "  SELECT m.new_id, r.cycle_id, r.relationship, r.keep_doing, r.try_doing"
  "  FROM feedback_responses_v2 r JOIN temp.response_ids m ON m.old_id = r.id ORDER BY m.new_id;"
  "INSERT INTO feedback_ratings (response_id, behaviour_id, rating, example)"
  "  SELECT m.new_id, g.behaviour_id, g.rating, g.example"
  "  FROM feedback_ratings_v2 g JOIN temp.response_ids m ON m.old_id = g.response_id;"
  "DROP TABLE temp.response_ids;"
  "UPDATE audit_log SET row_id = 0, staff_id = NULL, at = at - at % 86400"
  "  WHERE table_name IN ('feedback_responses', 'feedback_ratings');"

  "DROP TABLE feedback_ratings_v2;"
  "DROP TABLE feedback_responses_v2;"
  "DROP TABLE feedback_raters_v2;"

  /* A rater's answers while they write them, linked to the rater until
   * they are sent; sending moves them into the tables above and deletes
   * these rows. */
  "CREATE TABLE feedback_drafts ("
  "  rater_id INTEGER PRIMARY KEY REFERENCES feedback_raters (id) ON DELETE CASCADE,"
  "  keep_doing TEXT NOT NULL DEFAULT '' CHECK (length (keep_doing) <= 10000),"
  "  try_doing TEXT NOT NULL DEFAULT '' CHECK (length (try_doing) <= 10000),"
  "  updated_at INTEGER"
  ");"
  "CREATE TABLE feedback_draft_ratings ("
  "  rater_id INTEGER NOT NULL REFERENCES feedback_raters (id) ON DELETE CASCADE,"
  "  behaviour_id INTEGER NOT NULL REFERENCES behaviours (id) ON DELETE CASCADE,"
  "  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),"
  "  not_seen INTEGER NOT NULL DEFAULT 0 CHECK (not_seen IN (0, 1)),"
  "  example TEXT NOT NULL DEFAULT '' CHECK (length (example) <= 10000),"
  "  PRIMARY KEY (rater_id, behaviour_id),"
  "  CHECK (not_seen = 0 OR rating IS NULL)"
  ") WITHOUT ROWID;"
  "CREATE INDEX feedback_draft_ratings_by_behaviour ON feedback_draft_ratings (behaviour_id);"

  /* The two frameworks the team works with ship in every database. One
   * that is already there by name (made by hand, or by the sample data) is
   * kept as it is. */
  "CREATE TEMP TABLE shipped_frameworks (name TEXT, kind TEXT, description TEXT);"
  "INSERT INTO temp.shipped_frameworks (name, kind, description) VALUES"
  "  ('High performance behaviours', 'behaviours',"
  "   'The behaviours that help us work relationally with residents, partners and each other.'),"
  "  ('Our values', 'values',"
  "   'Ambitious, professional, human and accountable are on our lanyards; the team added"
  " empathic. What each one looks like in practice.');"
  "CREATE TEMP TABLE shipped_behaviours (framework TEXT, position INTEGER, name TEXT,"
  "  meaning TEXT, d1 TEXT, d2 TEXT, d3 TEXT);"
  "INSERT INTO temp.shipped_behaviours VALUES"
  "  ('High performance behaviours', 0, 'Empathy',"
  "   'Sees the whole person and understands how things feel for them.',"
  "   'Listens to the whole story before offering an answer',"
  "   'Notices when a resident or a colleague is struggling, and asks how they are',"
  "   'Puts themselves in the resident’s shoes when a rule gets in the way'),"
  "  ('High performance behaviours', 1, 'Team work',"
  "   'Works with colleagues and partners to get the right thing done for residents.',"
  "   'Shares what they know without being asked',"
  "   'Picks up work when colleagues are stretched',"
  "   'Brings in the people who can help instead of passing the resident on'),"
  "  ('High performance behaviours', 2, 'Developing people',"
  "   'Helps colleagues learn and grow through their work.',"
  "   'Gives honest, kind feedback',"
  "   'Makes time to show a colleague how, on a real case',"
  "   'Talks about what went wrong without blame, so everyone learns from it'),"
  "  ('High performance behaviours', 3, 'Building confidence',"
  "   'Helps residents and colleagues believe they can, starting from their strengths.',"
  "   'Starts from what people can do, not from what they cannot',"
  "   'Celebrates small successes',"
  "   'Helps people do things for themselves instead of doing it for them'),"
  "  ('High performance behaviours', 4, 'Proactivity',"
  "   'Acts early to nip problems in the bud instead of waiting for a crisis.',"
  "   'Spots when someone is struggling and acts before it becomes a crisis',"
  "   'Follows things up without being chased',"
  "   'Raises a barrier and helps remove it instead of working round it'),"
  "  ('High performance behaviours', 5, 'Customer focus',"
  "   'Keeps what matters to the resident at the centre of the work.',"
  "   'Asks what matters to the resident before deciding what to do',"
  "   'Does what they said they would, when they said they would',"
  "   'Writes down what we agreed and sends it to the resident'),"
  "  ('Our values', 0, 'Ambitious',"
  "   'Wants the best for residents, and looks for a better way.',"
  "   'Sets a high bar for their own work',"
  "   'Looks for a better way instead of doing it as it has always been done',"
  "   'Is not satisfied with “good enough” for residents'),"
  "  ('Our values', 1, 'Professional',"
  "   'Knows their stuff, keeps their word and keeps good records.',"
  "   'Keeps records up to date, so anyone can pick up the story',"
  "   'Is on time and prepared',"
  "   'Explains decisions clearly and honestly'),"
  "  ('Our values', 2, 'Human',"
  "   'Treats everyone as a person first, with warmth and kindness.',"
  "   'Uses people’s names and remembers their story',"
  "   'Makes time for a conversation, not only a transaction',"
  "   'Is honest about what they cannot do'),"
  "  ('Our values', 3, 'Accountable',"
  "   'Owns what they do and what they promised.',"
  "   'Delivers what they promised, or says early when they cannot',"
  "   'Owns up to mistakes and puts them right',"
  "   'Follows things through to the end'),"
  "  ('Our values', 4, 'Empathic',"
  "   'Feels with people, not for them, and listens without judging.',"
  "   'Listens without judging',"
  "   'Stays with difficult feelings instead of rushing to fix them',"
  "   'Adapts to each person and to how they like to be contacted');"
  "CREATE TEMP TABLE shipped_frameworks_new (id INTEGER PRIMARY KEY);"
  "INSERT INTO frameworks (name, kind, description)"
  "  SELECT s.name, s.kind, s.description FROM temp.shipped_frameworks s"
  "  WHERE NOT EXISTS (SELECT 1 FROM frameworks f WHERE f.name = s.name);"
  "INSERT INTO temp.shipped_frameworks_new (id)"
  "  SELECT f.id FROM frameworks f JOIN temp.shipped_frameworks s ON s.name = f.name"
  "  WHERE NOT EXISTS (SELECT 1 FROM behaviours b WHERE b.framework_id = f.id)"
  "    AND NOT EXISTS (SELECT 1 FROM scale_points p WHERE p.framework_id = f.id);"
  "INSERT INTO scale_points (framework_id, value, label)"
  "  SELECT n.id, p.value, p.label FROM temp.shipped_frameworks_new n,"
  "  (SELECT 1 AS value, 'Not yet seen' AS label UNION ALL SELECT 2, 'Sometimes'"
  "   UNION ALL SELECT 3, 'Often' UNION ALL SELECT 4, 'Consistently'"
  "   UNION ALL SELECT 5, 'A role model') p;"
  "INSERT INTO behaviours (framework_id, position, name, meaning)"
  "  SELECT f.id, s.position, s.name, s.meaning FROM temp.shipped_behaviours s"
  "  JOIN frameworks f ON f.name = s.framework"
  "  JOIN temp.shipped_frameworks_new n ON n.id = f.id ORDER BY f.id, s.position;"
  "INSERT INTO descriptors (behaviour_id, position, text)"
  "  SELECT b.id, d.position, CASE d.position WHEN 0 THEN s.d1 WHEN 1 THEN s.d2 ELSE s.d3 END"
  "  FROM temp.shipped_behaviours s"
  "  JOIN frameworks f ON f.name = s.framework"
  "  JOIN temp.shipped_frameworks_new n ON n.id = f.id"
  "  JOIN behaviours b ON b.framework_id = f.id AND b.name = s.name"
  "  JOIN (SELECT 0 AS position UNION ALL SELECT 1 UNION ALL SELECT 2) d"
  "  ORDER BY b.id, d.position;"
  "DROP TABLE temp.shipped_frameworks_new;"
  "DROP TABLE temp.shipped_behaviours;"
  "DROP TABLE temp.shipped_frameworks;",

  /* Version 4: the file says it is Hearth's, so that Hearth can tell its own
   * databases from another program's SQLite file (hearth-store.c reads it
   * from the header before opening anything). */
  "PRAGMA application_id = " G_STRINGIFY (HEARTH_APPLICATION_ID) ";",

  /* Version 5: one-to-ones as a rhythm between two people, a record that
   * both agree and that then never changes, and actions that carry over
   * until they are done or dropped. */
  /* Who supervises whom, and how often: every N weeks, or on a planned
   * day. An ended pair is kept, with its one-to-ones. */
  "CREATE TABLE supervision_pairs ("
  "  id INTEGER PRIMARY KEY,"
  "  supervisor_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
  "  rhythm_weeks INTEGER NOT NULL DEFAULT 4 CHECK (rhythm_weeks BETWEEN 1 AND 52),"
  "  next_on TEXT CHECK (next_on IS NULL OR date (next_on) = next_on),"
  "  started_on TEXT NOT NULL CHECK (date (started_on) = started_on),"
  "  ended_on TEXT CHECK (ended_on IS NULL OR date (ended_on) = ended_on),"
  AUDIT_COLUMNS ","
  "  UNIQUE (supervisor_id, staff_id),"
  "  CHECK (supervisor_id <> staff_id)"
  ");"
  "CREATE INDEX supervision_pairs_by_staff ON supervision_pairs (staff_id);"
  /* Everyone who already holds one-to-ones with someone is their pair, on
   * the rhythm the team list gives the member of staff, since the first
   * one-to-one. */
  "INSERT INTO supervision_pairs (supervisor_id, staff_id, rhythm_weeks, started_on,"
  "  created_at, updated_at)"
  "  SELECT v.supervisor_id, v.staff_id,"
  "    coalesce ((SELECT s.supervision_weeks FROM staff s WHERE s.id = v.staff_id), 4),"
  "    min (v.held_on), min (v.created_at), max (v.updated_at)"
  "  FROM supervisions v GROUP BY v.supervisor_id, v.staff_id"
  "  ORDER BY min (v.held_on), v.supervisor_id, v.staff_id;"

  /* A save carries the version it read, so that two windows never
   * overwrite each other; started_at is when the conversation began. */
  "ALTER TABLE supervisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE supervisions ADD COLUMN started_at INTEGER;"
  /* The model refuses to change a locked record; this keeps even a
   * mistaken statement from doing it. The columns that keys set to NULL
   * when a case, a cycle or a person is erased are left out, so that
   * erasing still works. */
  "CREATE TRIGGER supervisions_locked_bu BEFORE UPDATE OF supervisor_id, staff_id, held_on,"
  "  wellbeing, wellbeing_note, going_well, been_hard, reflection, learning, behaviours_note,"
  "  private_note, agreed_by_staff_at, agreed_by_supervisor_at, locked_at, version, started_at"
  "  ON supervisions WHEN old.locked_at IS NOT NULL BEGIN"
  "  SELECT RAISE (ABORT, 'a locked one-to-one cannot change');"
  "END;"

  /* The case reflected on, and the entries of its timeline linked to it
   * (entry_id NULL for the case itself). */
  "CREATE TABLE supervision_case_links ("
  "  id INTEGER PRIMARY KEY,"
  "  supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  entry_id INTEGER REFERENCES timeline_entries (id) ON DELETE CASCADE,"
  "  created_at INTEGER NOT NULL DEFAULT (unixepoch ()),"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL"
  ");"
  "CREATE UNIQUE INDEX supervision_case_links_by_supervision ON supervision_case_links"
  "  (supervision_id, case_id, coalesce (entry_id, 0));"
  "CREATE INDEX supervision_case_links_by_case ON supervision_case_links (case_id);"
  "CREATE INDEX supervision_case_links_by_entry ON supervision_case_links (entry_id);"
  /* The case a record already reflects on is its first link. */
  "INSERT INTO supervision_case_links (supervision_id, case_id, created_at, created_by)"
  "  SELECT id, reflection_case_id, created_at, created_by FROM supervisions"
  "  WHERE reflection_case_id IS NOT NULL ORDER BY id;"

  /* Where an action was marked done or dropped, and when it was dropped.
   * How often it carried over is counted from the one-to-ones, never
   * stored. Actions dropped before now were dropped when last written. */
  "ALTER TABLE supervision_actions ADD COLUMN closed_in_id INTEGER"
  "  REFERENCES supervisions (id) ON DELETE SET NULL;"
  "ALTER TABLE supervision_actions ADD COLUMN dropped_at INTEGER;"
  "UPDATE supervision_actions SET dropped_at = updated_at WHERE status = 'dropped';"
  "CREATE INDEX supervision_actions_by_closed_in ON supervision_actions (closed_in_id);"
  "CREATE INDEX supervision_actions_open ON supervision_actions (supervision_id)"
  "  WHERE status = 'open';"

  /* Where an example of practice was raised, who it was escalated to and
   * what came of it, and whether the member of staff sees it. */
  "ALTER TABLE practice_examples ADD COLUMN supervision_id INTEGER"
  "  REFERENCES supervisions (id) ON DELETE SET NULL;"
  "ALTER TABLE practice_examples ADD COLUMN escalated_to TEXT NOT NULL DEFAULT ''"
  "  CHECK (length (escalated_to) <= 200);"
  "ALTER TABLE practice_examples ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"
  "  CHECK (length (outcome) <= 10000);"
  "ALTER TABLE practice_examples ADD COLUMN shared INTEGER NOT NULL DEFAULT 1"
  "  CHECK (shared IN (0, 1));"
  "CREATE INDEX practice_examples_by_staff ON practice_examples (staff_id, happened_on DESC);"
  "CREATE INDEX practice_examples_by_supervision ON practice_examples (supervision_id);",

  /* Version 6: the budget a team holds and spends from without asking, one
   * for each period (a quarter, a year). Spends are not linked to a budget:
   * the model counts those dated in its period against it, so a budget set
   * after the spends still adds them up. That the periods of one team do
   * not overlap is the model's to check, as it can say so in words. */
  "CREATE TABLE budgets ("
  "  id INTEGER PRIMARY KEY,"
  "  team TEXT NOT NULL CHECK (length (trim (team)) BETWEEN 1 AND 200),"
  "  name TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 100),"
  "  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),"
  "  starts_on TEXT NOT NULL CHECK (date (starts_on) IS starts_on),"
  "  ends_on TEXT NOT NULL CHECK (date (ends_on) IS ends_on),"
  "  deleted_at INTEGER,"
  "  deleted_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  AUDIT_COLUMNS ","
  "  CHECK (ends_on >= starts_on)"
  ");"
  "CREATE INDEX budgets_by_team ON budgets (team, starts_on) WHERE deleted_at IS NULL;",

  /* Version 7: residents' rights over their records. */
  /* The audit trail also records that someone looked at a resident's
   * record or a case ('read'), never what they saw. SQLite cannot change a
   * CHECK in place, so the table is made again with its rows. */
  "CREATE TABLE audit_log_v7 ("
  "  id INTEGER PRIMARY KEY,"
  "  at INTEGER NOT NULL,"
  "  staff_id INTEGER,"
  "  table_name TEXT NOT NULL,"
  "  row_id INTEGER NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'read'))"
  ");"
  "INSERT INTO audit_log_v7 (id, at, staff_id, table_name, row_id, action)"
  "  SELECT id, at, staff_id, table_name, row_id, action FROM audit_log ORDER BY id;"
  "DROP TABLE audit_log;"
  "ALTER TABLE audit_log_v7 RENAME TO audit_log;"
  "CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);"
  /* A closed case kept past the retention period, and why: the latest
   * decision about a case is the one that holds, until keep_until. The
   * reason is a member of staff's words about why, not the resident's. */
  "CREATE TABLE retention_decisions ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  kept_at INTEGER NOT NULL,"
  "  kept_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  reason TEXT NOT NULL CHECK (length (trim (reason)) BETWEEN 1 AND 1000),"
  "  keep_until INTEGER NOT NULL,"
  "  CHECK (keep_until > kept_at)"
  ");"
  "CREATE INDEX retention_decisions_by_case ON retention_decisions (case_id, kept_at DESC);"
  "CREATE INDEX cases_by_closed ON cases (closed_at) WHERE status = 'closed';"
  /* Erasing a resident takes their name out of the one-to-ones that
   * reflected on their cases, locked or not: the law asks it of the whole
   * database. The erasure marks itself in hearth_meta for the length of
   * its transaction; nothing else can change a locked record. */
  "DROP TRIGGER supervisions_locked_bu;"
  "CREATE TRIGGER supervisions_locked_bu BEFORE UPDATE OF supervisor_id, staff_id, held_on,"
  "  wellbeing, wellbeing_note, going_well, been_hard, reflection, learning, behaviours_note,"
  "  private_note, agreed_by_staff_at, agreed_by_supervisor_at, locked_at, version, started_at"
  "  ON supervisions WHEN old.locked_at IS NOT NULL"
  "  AND NOT EXISTS (SELECT 1 FROM hearth_meta WHERE key = 'erasing') BEGIN"
  "  SELECT RAISE (ABORT, 'a locked one-to-one cannot change');"
  "END;",

  /* Version 8: the timeline's words, found by case. A search for a common
   * word ("housing") matched hundreds of thousands of entries by id, each
   * then looked up to find its case. This index is keyed by case first:
   * its rowid is the entry's case id (0 for a note outside any case) in
   * the high 32 bits and the entry id in the low 32, so the matches come
   * grouped by case, in case order, without reading a row of the table.
   * It holds no copy of the text (contentless) and only entries not
   * deleted; the triggers keep it in step, and a deleted entry's words go
   * with it. It has no prefix indexes: they would treble its size for
   * searches of one or two letters, which match nearly every case. */
  "DROP TRIGGER timeline_fts_ai;"
  "DROP TRIGGER timeline_fts_ad;"
  "DROP TRIGGER timeline_fts_au;"
  "DROP TABLE timeline_fts;"
  "CREATE VIRTUAL TABLE timeline_words_fts USING fts5 ("
  "  summary, body, content='', contentless_delete=1,"
  "  tokenize='unicode61 remove_diacritics 2');"
  "INSERT INTO timeline_words_fts (rowid, summary, body)"
  "  SELECT (ifnull (case_id, 0) << 32) | id, summary, body FROM timeline_entries"
  "   WHERE deleted_at IS NULL;"
  "CREATE TRIGGER timeline_words_fts_ai AFTER INSERT ON timeline_entries"
  "  WHEN new.deleted_at IS NULL BEGIN"
  "  INSERT INTO timeline_words_fts (rowid, summary, body)"
  "    VALUES ((ifnull (new.case_id, 0) << 32) | new.id, new.summary, new.body);"
  "END;"
  "CREATE TRIGGER timeline_words_fts_ad AFTER DELETE ON timeline_entries"
  "  WHEN old.deleted_at IS NULL BEGIN"
  "  DELETE FROM timeline_words_fts WHERE rowid = (ifnull (old.case_id, 0) << 32) | old.id;"
  "END;"
  "CREATE TRIGGER timeline_words_fts_au AFTER UPDATE OF summary, body, case_id, deleted_at"
  "  ON timeline_entries BEGIN"
  "  DELETE FROM timeline_words_fts WHERE old.deleted_at IS NULL"
  "    AND rowid = (ifnull (old.case_id, 0) << 32) | old.id;"
  "  INSERT INTO timeline_words_fts (rowid, summary, body)"
  "    SELECT (ifnull (new.case_id, 0) << 32) | new.id, new.summary, new.body"
  "     WHERE new.deleted_at IS NULL;"
  "END;",
};

guint
hearth_migrations_get_count (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
hearth_migrations_get_sql (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), NULL);

  return migrations[version - 1];
}
