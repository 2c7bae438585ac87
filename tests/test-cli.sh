#!/usr/bin/env bash
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line face of Hearth: version, help, sample data, refusal of
# files that are not Hearth databases, which must be left as they were, a
# case's summary as a PDF, a feedback report as PDF or CSV, a one-to-one's
# shared record as a PDF, and everything held about a resident as JSON and
# PDF.
set -u
hearth=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
n=0

check() {
  n=$((n + 1))
  if "$@"; then echo "ok $n - $desc"; else echo "not ok $n - $desc"; failures=$((failures + 1)); fi
}

desc="--version prints the version"
check bash -c "'$hearth' --version | grep -Eq '^hearth [0-9]+\.[0-9]+\.[0-9]+$'"

desc="--help names the options"
check bash -c "'$hearth' --help | grep -q -- '--sample-data' && '$hearth' --help | grep -q -- '--database'"

desc="--sample-data fills a new database, owner-only"
check bash -c "'$hearth' --database '$dir/team/hearth.db' --sample-data >/dev/null &&
  [ \"\$(stat -c %a '$dir/team/hearth.db')\" = 600 ] && [ \"\$(stat -c %a '$dir/team')\" = 700 ]"

desc="--sample-data refuses a database that already has records"
check bash -c "! '$hearth' --database '$dir/team/hearth.db' --sample-data 2>/dev/null"

desc="--sample-data=nonsense is refused with a message"
check bash -c "! '$hearth' --database '$dir/x.db' --sample-data=nonsense 2>'$dir/err' && grep -q nonsense '$dir/err'"

printf 'These are my notes, not a database.\n' > "$dir/notes.db"
cp "$dir/notes.db" "$dir/notes.orig"
desc="a file that is not a database is refused and left untouched"
check bash -c "! '$hearth' --database '$dir/notes.db' --sample-data 2>'$dir/err' &&
  grep -q 'not a Hearth database' '$dir/err' && cmp -s '$dir/notes.db' '$dir/notes.orig' &&
  [ ! -e '$dir/notes.db-wal' ]"

# The case summary as a PDF, read back with pdftotext. The case is the one
# with the most entries, and what the PDF must say comes from the database.
db="$dir/team/hearth.db"
case_id=$(sqlite3 "$db" "SELECT case_id FROM timeline_entries WHERE case_id IS NOT NULL
  GROUP BY case_id ORDER BY count (*) DESC, case_id LIMIT 1")
title=$(sqlite3 "$db" "SELECT title FROM cases WHERE id = $case_id")
oldest=$(sqlite3 "$db" "SELECT summary FROM timeline_entries WHERE case_id = $case_id
  AND deleted_at IS NULL ORDER BY occurred_at, id LIMIT 1")
newest=$(sqlite3 "$db" "SELECT summary FROM timeline_entries WHERE case_id = $case_id
  AND deleted_at IS NULL ORDER BY occurred_at DESC, id DESC LIMIT 1")
cp "$db" "$dir/before.db"

pdf_text() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\f' '   '; }

export_case() {
  "$hearth" --database "$db" --export-case-pdf="$case_id" --output "$dir/case.pdf" >"$dir/out" &&
    grep -q 'case.pdf' "$dir/out" && pdf_text "$dir/case.pdf" >"$dir/case.txt" &&
    grep -qF "$title" "$dir/case.txt" && grep -qF "$oldest" "$dir/case.txt" &&
    grep -qF "$newest" "$dir/case.txt"
}
desc="--export-case-pdf saves the case's summary with its timeline"
check export_case

desc="--export-case-pdf only reads the database"
check cmp -s "$db" "$dir/before.db"

desc="--help names --export-case-pdf and --output"
check bash -c "'$hearth' --help | grep -q -- '--export-case-pdf' &&
  '$hearth' --help | grep -q -- '--output'"

missing_case() {
  ! "$hearth" --database "$db" --export-case-pdf=999999 -o "$dir/none.pdf" 2>"$dir/err" &&
    grep -q 999999 "$dir/err" && [ ! -e "$dir/none.pdf" ]
}
desc="--export-case-pdf of a case that does not exist is refused, and saves nothing"
check missing_case

desc="--export-case-pdf without --output says what is missing"
check bash -c "! '$hearth' --database '$db' --export-case-pdf=$case_id 2>'$dir/err' &&
  grep -q -- '--output' '$dir/err'"

missing_folder() {
  ! "$hearth" --database "$db" --export-case-pdf="$case_id" -o "$dir/nowhere/case.pdf" \
    2>"$dir/err" && grep -q 'does not exist' "$dir/err" && [ ! -e "$dir/nowhere" ]
}
desc="--export-case-pdf into a folder that does not exist fails with a sentence"
check missing_folder

# The report of a 360° feedback cycle, from the command line: only a closed,
# released cycle's, as PDF or CSV by the file's extension.
released=$(sqlite3 "$db" "SELECT id FROM feedback_cycles WHERE closed_at IS NOT NULL
  AND released_at IS NOT NULL AND development_only = 0 LIMIT 1")
released_title=$(sqlite3 "$db" "SELECT title FROM feedback_cycles WHERE id = $released")
open_cycle=$(sqlite3 "$db" "SELECT id FROM feedback_cycles WHERE closed_at IS NULL LIMIT 1")
cp "$db" "$dir/before.db"

feedback_pdf() {
  "$hearth" --database "$db" --export-feedback-report="$released" -o "$dir/report.pdf" \
    >/dev/null && [ "$(stat -c %a "$dir/report.pdf")" = 600 ] &&
    pdf_text "$dir/report.pdf" | grep -qF "$released_title"
}
desc="--export-feedback-report saves a released report as a PDF, owner-only"
check feedback_pdf

feedback_csv() {
  "$hearth" --database "$db" --export-feedback-report="$released" -o "$dir/report.csv" \
    >/dev/null && [ "$(stat -c %a "$dir/report.csv")" = 600 ] &&
    head -1 "$dir/report.csv" | grep -q 'Section,Behaviour,Group,.*Mean' &&
    grep -q '^Rating,' "$dir/report.csv"
}
desc="--export-feedback-report saves a released report as CSV"
check feedback_csv

desc="--export-feedback-report only reads the database"
check cmp -s "$db" "$dir/before.db"

refused_report() {
  local database=$1 cycle=$2 output=$3 phrase=$4
  ! "$hearth" --database "$database" --export-feedback-report="$cycle" -o "$output" \
    2>"$dir/err" >/dev/null && grep -q "$phrase" "$dir/err" && [ ! -e "$output" ]
}
desc="--export-feedback-report refuses an open cycle, and saves nothing"
check refused_report "$db" "$open_cycle" "$dir/open.pdf" 'still open'

cp "$db" "$dir/unreleased.db"
sqlite3 "$dir/unreleased.db" "UPDATE feedback_cycles SET released_at = NULL WHERE id = $released"
desc="--export-feedback-report refuses a report not released yet, and saves nothing"
check refused_report "$dir/unreleased.db" "$released" "$dir/unreleased.csv" 'not been released'

desc="--export-feedback-report refuses a file that is neither .pdf nor .csv"
check refused_report "$db" "$released" "$dir/report.txt" '\.csv'

desc="--export-feedback-report of a cycle that does not exist is refused"
check refused_report "$db" 999999 "$dir/none.pdf" '.'

# A development-only cycle, closed and released in a copy: words, no numbers.
cp "$db" "$dir/development.db"
development=$(sqlite3 "$dir/development.db" "SELECT id FROM feedback_cycles
  WHERE development_only = 1 LIMIT 1")
sqlite3 "$dir/development.db" "UPDATE feedback_cycles SET closed_at = 1795000000,
  released_at = 1795000000 WHERE id = $development"
development_only() {
  "$hearth" --database "$dir/development.db" --export-feedback-report="$development" \
    -o "$dir/development.csv" >/dev/null &&
    "$hearth" --database "$dir/development.db" --export-feedback-report="$development" \
    -o "$dir/development.pdf" >/dev/null &&
    ! head -1 "$dir/development.csv" | grep -q 'Mean' &&
    ! grep -Eq '(^|,)[0-9.]+(,|\r?$)' "$dir/development.csv" &&
    ! pdf_text "$dir/development.pdf" | grep -Eq '[0-9]\.[0-9]'
}
desc="--export-feedback-report of a development-only cycle has no numbers"
check development_only

desc="--help names --export-feedback-report"
check bash -c "'$hearth' --help | grep -q -- '--export-feedback-report'"

# The shared record of a one-to-one, from the command line: the one with
# the most actions of those not locked yet (a locked record's note cannot
# change), read back with pdftotext; its private note, made
# unique in a copy, must not be in it.
one_to_one=$(sqlite3 "$db" "SELECT a.supervision_id FROM supervision_actions a
  JOIN supervisions v ON v.id = a.supervision_id WHERE v.locked_at IS NULL
  GROUP BY a.supervision_id ORDER BY count (*) DESC, a.supervision_id LIMIT 1")
one_to_one_staff=$(sqlite3 "$db" "SELECT s.name FROM staff s JOIN supervisions v
  ON v.staff_id = s.id WHERE v.id = $one_to_one")
one_to_one_action=$(sqlite3 "$db" "SELECT text FROM supervision_actions
  WHERE supervision_id = $one_to_one ORDER BY id LIMIT 1")
cp "$db" "$dir/private.db"
sqlite3 "$dir/private.db" "UPDATE supervisions SET private_note = 'Quincewood7c4f, between us'
  WHERE id = $one_to_one"
cp "$dir/private.db" "$dir/before.db"

export_one_to_one() {
  "$hearth" --database "$dir/private.db" --export-one-to-one="$one_to_one" \
    --output "$dir/one-to-one.pdf" >"$dir/out" && grep -q 'one-to-one.pdf' "$dir/out" &&
    [ "$(stat -c %a "$dir/one-to-one.pdf")" = 600 ] &&
    pdf_text "$dir/one-to-one.pdf" >"$dir/one-to-one.txt" &&
    grep -qF "$one_to_one_staff" "$dir/one-to-one.txt" &&
    grep -qF "$one_to_one_action" "$dir/one-to-one.txt" &&
    ! grep -q 'Quincewood7c4f' "$dir/one-to-one.txt" && ! grep -q 'Quincewood7c4f' "$dir/one-to-one.pdf"
}
desc="--export-one-to-one saves the shared record as a PDF, owner-only, without the private note"
check export_one_to_one

desc="--export-one-to-one only reads the database"
check cmp -s "$dir/private.db" "$dir/before.db"

refused_one_to_one() {
  local id=$1 output=$2 phrase=$3
  ! "$hearth" --database "$db" --export-one-to-one="$id" -o "$output" 2>"$dir/err" \
    >/dev/null && grep -q -- "$phrase" "$dir/err" && [ ! -e "$output" ]
}
desc="--export-one-to-one of a one-to-one that does not exist is refused, and saves nothing"
check refused_one_to_one 999999 "$dir/none-oto.pdf" 999999

desc="--export-one-to-one refuses a file that is not .pdf, and saves nothing"
check refused_one_to_one "$one_to_one" "$dir/one-to-one.csv" '\.pdf'

desc="--export-one-to-one without --output says what is missing"
check bash -c "! '$hearth' --database '$db' --export-one-to-one=$one_to_one 2>'$dir/err' &&
  grep -q -- '--output' '$dir/err'"

desc="--help names --export-one-to-one"
check bash -c "'$hearth' --help | grep -q -- '--export-one-to-one'"

# Everything held about a resident, as JSON in a folder: the resident on
# the most cases, and what the file must hold comes from the database.
resident=$(sqlite3 "$db" "SELECT resident_id FROM case_residents
  GROUP BY resident_id ORDER BY count (*) DESC, resident_id LIMIT 1")
resident_name=$(sqlite3 "$db" "SELECT name FROM residents WHERE id = $resident")
resident_entry=$(sqlite3 "$db" "SELECT summary FROM timeline_entries WHERE resident_id = $resident
  OR case_id IN (SELECT case_id FROM case_residents WHERE resident_id = $resident)
  ORDER BY occurred_at DESC, id DESC LIMIT 1")
cp "$db" "$dir/before.db"
mkdir "$dir/sar"

export_resident() {
  "$hearth" --database "$db" --export-resident="$resident" --output "$dir/sar" >"$dir/out" &&
    grep -q "resident-$resident.json" "$dir/out" &&
    [ "$(stat -c %a "$dir/sar/resident-$resident.json")" = 600 ] &&
    python3 -c 'import json, sys; json.load (open (sys.argv[1]))' \
      "$dir/sar/resident-$resident.json" &&
    grep -qF "$resident_name" "$dir/sar/resident-$resident.json" &&
    grep -qF "$resident_entry" "$dir/sar/resident-$resident.json" &&
    [ "$(stat -c %a "$dir/sar/resident-$resident.pdf")" = 600 ] &&
    pdf_text "$dir/sar/resident-$resident.pdf" >"$dir/sar.txt" &&
    grep -qF "$resident_name" "$dir/sar.txt" && grep -qF "$resident_entry" "$dir/sar.txt"
}
desc="--export-resident saves everything held about the resident as JSON and PDF, owner-only"
check export_resident

desc="--export-resident only reads the database"
check cmp -s "$db" "$dir/before.db"

missing_resident() {
  ! "$hearth" --database "$db" --export-resident=999999 -o "$dir/sar" 2>"$dir/err" &&
    [ -s "$dir/err" ] && [ ! -e "$dir/sar/resident-999999.json" ] &&
    [ ! -e "$dir/sar/resident-999999.pdf" ]
}
desc="--export-resident of a resident who is not there is refused, and saves nothing"
check missing_resident

desc="--export-resident without --output says what is missing"
check bash -c "! '$hearth' --database '$db' --export-resident=$resident 2>'$dir/err' &&
  grep -q -- '--output' '$dir/err'"

desc="--help names --export-resident"
check bash -c "'$hearth' --help | grep -q -- '--export-resident'"

echo "1..$n"
[ "$failures" -eq 0 ]
