#!/usr/bin/env bash
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-potfiles.sh SOURCE-ROOT   check SOURCE-ROOT/po/POTFILES.in
#   check-potfiles.sh --self-test   check the checker on small trees it makes
#
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# when POTFILES.in names a file that does not exist, names one twice, or is not
# sorted with LC_ALL=C sort. A file left out is a string nobody can translate,
# and nothing else would notice. The script only reads the tree it checks, since
# the source tree is read-only during builds.
set -u
export LC_ALL=C

# Prints the files under src/, ui/ and data/ that hold translatable strings.
translatable_files() {
  local dir
  for dir in src ui; do
    [ -d "$dir" ] || continue
    grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(|g_d?c?p?gettext2?|ngettext' \
      --include='*.c' --include='*.h' "$dir"
    grep -rl 'translatable="yes"' --include='*.ui' "$dir"
  done
  if [ -d data ]; then
    find data -maxdepth 1 -type f \( -name '*.in' -o -name '*.gschema.xml' \) -print0 |
      xargs -0 -r grep -lE '<summary>|<description>|^(Name|GenericName|Comment|Keywords)='
  fi
}

check() {
  cd "$1" || return 2
  if [ ! -f po/POTFILES.in ]; then
    echo "po/POTFILES.in is missing."
    return 1
  fi

  local status=0 listed found missing file
  listed=$(grep -v '^[[:space:]]*#' po/POTFILES.in | sed -e 's/[[:space:]]*$//' -e '/^$/d')
  found=$(translatable_files | sort -u)

  missing=$(comm -23 <(printf '%s\n' "$found" | sed '/^$/d') <(printf '%s\n' "$listed" | sort -u))
  if [ -n "$missing" ]; then
    echo "Files with translatable strings missing from po/POTFILES.in:"
    printf '%s\n' "$missing" | sed 's/^/  /'
    status=1
  fi

  while read -r file; do
    [ -z "$file" ] && continue
    if [ ! -f "$file" ]; then
      echo "po/POTFILES.in names a file that does not exist: $file"
      status=1
    fi
  done <<< "$listed"

  if [ "$listed" != "$(printf '%s\n' "$listed" | sort -u)" ]; then
    echo "po/POTFILES.in is not sorted (LC_ALL=C sort) or names a file twice:"
    diff <(printf '%s\n' "$listed") <(printf '%s\n' "$listed" | sort -u) | sed -n 's/^/  /p'
    status=1
  fi

  if [ $status -eq 0 ]; then
    echo "po/POTFILES.in lists all $(printf '%s\n' "$listed" | wc -l) files with translatable strings."
  fi
  return $status
}

# Each case makes a tree that differs from a good one in one way and expects
# the check to fail on it, so a checker that always passed would fail here.
self_test() {
  local failures=0 out
  tmp=$(mktemp -d) || return 2
  trap 'rm -rf "$tmp"' EXIT

  make_tree() {
    rm -rf "$tmp/tree"
    mkdir -p "$tmp/tree/po" "$tmp/tree/src/store" "$tmp/tree/ui" "$tmp/tree/data"
    cd "$tmp/tree" || return 2
    printf 'Name=Demo\n' > data/demo.desktop.in
    printf '<key><summary>Size</summary></key>\n' > data/demo.gschema.xml
    printf 'int x = 1;\n' > data/not-translated.in
    printf 'const char *s = _("Hello");\n' > src/a.c
    printf 'const char *s = N_("Hello");\n' > src/store/b.c
    printf 'n = g_dngettext (NULL, "one", "many", n);\n' > src/c.c
    printf 'g_debug ("only for developers");\n' > src/plain.c
    printf '<property name="label" translatable="yes">Hi</property>\n' > ui/w.ui
    printf '<property name="label">Untranslated</property>\n' > ui/plain.ui
    { printf '# A comment.\n\n'
      printf '%s\n' data/demo.desktop.in data/demo.gschema.xml src/a.c src/c.c src/store/b.c ui/w.ui
    } > po/POTFILES.in
    cd - > /dev/null || return 2
  }

  expect() {
    local want=$1 name=$2 got=0
    out=$(check "$tmp/tree" 2>&1) || got=$?
    if { [ "$want" = pass ] && [ $got -ne 0 ]; } || { [ "$want" = fail ] && [ $got -eq 0 ]; }; then
      echo "not ok: $name (expected the check to $want)"
      printf '%s\n' "$out" | sed 's/^/    /'
      failures=$((failures + 1))
    else
      echo "ok: $name"
    fi
  }

  make_tree; expect pass "a complete, sorted list"
  make_tree; printf 'x = C_("context", "Hi");\n' > "$tmp/tree/src/d.c"
  expect fail "a C file with C_() left out"
  make_tree; printf '<p translatable="yes">x</p>\n' > "$tmp/tree/ui/new.ui"
  expect fail "a .ui file left out"
  make_tree; printf '<description>x</description>\n' > "$tmp/tree/data/new.metainfo.xml.in"
  expect fail "a metainfo template left out"
  make_tree; rm "$tmp/tree/src/c.c"; printf 'g_debug ("none");\n' > "$tmp/tree/src/c.c"
  expect pass "a listed file whose strings are gone is still allowed"
  make_tree; rm "$tmp/tree/src/a.c"
  expect fail "a listed file that does not exist"
  make_tree; printf '%s\n' data/demo.desktop.in data/demo.gschema.xml src/c.c src/a.c \
    src/store/b.c ui/w.ui > "$tmp/tree/po/POTFILES.in"
  expect fail "an unsorted list"
  make_tree; sed -i 's|^src/a.c$|src/a.c\nsrc/a.c|' "$tmp/tree/po/POTFILES.in"
  expect fail "a file named twice"
  make_tree; rm "$tmp/tree/po/POTFILES.in"
  expect fail "no POTFILES.in at all"

  [ $failures -eq 0 ]
}

case "${1:-}" in
  --self-test) self_test ;;
  ''|-*) echo "usage: $0 SOURCE-ROOT | --self-test" >&2; exit 2 ;;
  *) check "$1" ;;
esac
