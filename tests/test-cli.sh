#!/usr/bin/env bash
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command line face of Hearth: version, help, sample data, and refusal of
# files that are not Hearth databases, which must be left as they were.
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

echo "1..$n"
[ "$failures" -eq 0 ]
