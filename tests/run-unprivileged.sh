#!/bin/sh
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test as an account without root's power to write anything, so that
# the tests of read-only files and folders run even where the suite runs as
# root (the build root, CI). As an ordinary user the test itself runs them,
# so this one is skipped.
#
#   run-unprivileged.sh TEST [ARGS...]

if [ "$(id -u)" != 0 ]; then
  echo "already unprivileged: the test runs these cases itself"
  exit 77
fi

if ! command -v setpriv >/dev/null 2>&1; then
  echo "setpriv is missing, so the read-only cases cannot run" >&2
  exit 1
fi

# nobody (65534) owns nothing here, and may write only where anyone may.
exec setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
