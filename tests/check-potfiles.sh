#!/usr/bin/env bash
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# when POTFILES.in names a file that does not exist, or when it is not sorted.
set -u
top=${1:?usage: check-potfiles.sh SOURCE-ROOT}
cd "$top" || exit 2
status=0

listed=$(grep -v '^\s*#' po/POTFILES.in | sed '/^\s*$/d')

found=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(|g_dngettext|ngettext' --include='*.c' src
  grep -rl 'translatable="yes"' --include='*.ui' ui
  grep -lE '<summary>|<description>|^Name=|^Comment=' data/*.in data/*.gschema.xml
} | LC_ALL=C sort -u)

missing=$(LC_ALL=C comm -23 <(echo "$found") <(echo "$listed" | LC_ALL=C sort -u))
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$missing"
  status=1
fi

while read -r file; do
  [ -z "$file" ] && continue
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in names a file that does not exist: $file"
    status=1
  fi
done <<< "$listed"

if [ "$listed" != "$(echo "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)."
  status=1
fi

[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(echo "$listed" | wc -l) files with translatable strings."
exit $status
