#!/usr/bin/env bash
# Copyright 2026 The Hearth authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two commands a newcomer needs:
#
#   build-aux/dev.sh run    build Hearth and start it (screenshots when there is no display)
#   build-aux/dev.sh test   build Hearth and run every test suite
#
# and a few the team uses:
#
#   build-aux/dev.sh test-sanitize   the test suite again with ASan and UBSan
#   build-aux/dev.sh bench [--start-up]  build the scale database and print the benchmark table
#   build-aux/dev.sh shell           a shell in the build environment
#   build-aux/dev.sh exec 'CMD'      run CMD in the build environment ($BUILD, $SRC set)
#
# On a host that has GTK >= 4.18 and libadwaita >= 1.7 everything builds natively.
# On an older host (Debian 12 among them) the script makes a Debian 13 build root
# once, with debootstrap, and builds and tests inside it; the host itself is never
# upgraded.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${1:-}
[ $# -gt 0 ] && shift

out=${HEARTH_OUT:-$top/_output}
root=${HEARTH_BUILDROOT:-/var/tmp/hearth-buildroot}
mirror=${HEARTH_MIRROR:-http://deb.debian.org/debian}
suite=trixie

# Everything the build, the tests and the screenshots need inside the build root.
packages=(
  gcc libc6-dev meson ninja-build pkgconf git
  libgtk-4-dev libadwaita-1-dev libegl-dev libsqlite3-dev libglib2.0-dev libglib2.0-bin libjson-glib-dev
  gettext libxml2-utils desktop-file-utils appstream shared-mime-info flatpak-builder
  xvfb xauth dbus dbus-daemon at-spi2-core
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme librsvg2-common
  poppler-utils sqlite3 time locales
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then
    sudo --preserve-env=HOST_X11,HOST_DATA,DISPLAY_IN,XAUTHORITY,ROOT_NO_NET,CI,TERM "$@"
  else die "this step needs root: $*"; fi
}

usage() {
  sed -n '4,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

# --- Native builds ------------------------------------------------------------

native_ok() {
  [ -z "${HEARTH_FORCE_BUILDROOT:-}" ] &&
    command -v pkg-config >/dev/null && command -v meson >/dev/null &&
    pkg-config --atleast-version=4.18 gtk4 2>/dev/null &&
    pkg-config --atleast-version=1.7 libadwaita-1 2>/dev/null &&
    pkg-config --atleast-version=3.40 sqlite3 2>/dev/null
}

# Installs the build dependencies through the host's package manager, but only
# where the host's own release carries new enough versions.
native_install() {
  if command -v apt-get >/dev/null; then
    local cand
    cand=$(apt-cache policy libadwaita-1-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [ -n "$cand" ] && dpkg --compare-versions "$cand" ge 1.7; then
      say "Installing build dependencies with apt-get"
      as_root apt-get install -y --no-install-recommends "${packages[@]}" </dev/null
    fi
  elif command -v dnf >/dev/null; then
    say "Installing build dependencies with dnf"
    as_root dnf install -y gcc meson ninja-build pkgconf gtk4-devel libadwaita-devel mesa-libEGL-devel \
      sqlite-devel json-glib-devel gettext libxml2 desktop-file-utils appstream \
      shared-mime-info xorg-x11-server-Xvfb dbus-daemon poppler-utils </dev/null || true
  fi
}

# --- The Debian 13 build root ----------------------------------------------------

root_stamp() {
  printf '%s\n' "$suite" "${packages[@]}" | sha256sum | cut -c1-16
}

ensure_root() {
  local want
  want=$(root_stamp)
  [ -f "$root/.hearth-stamp" ] && [ "$(cat "$root/.hearth-stamp")" = "$want" ] && return 0

  as_root mkdir -p "$(dirname "$root")"
  exec 9>"$root.lock"
  flock 9
  # Another run may have finished it while this one waited for the lock.
  if [ -f "$root/.hearth-stamp" ] && [ "$(cat "$root/.hearth-stamp")" = "$want" ]; then
    exec 9>&-; return 0
  fi
  # Checkouts of other branches share the build root and may list packages
  # that differ: when every package of this list is installed already,
  # there is nothing to fetch.
  if [ -f "$root/.hearth-base" ] && command -v dpkg-query >/dev/null &&
     [ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${db:Status-Abbrev}\n' \
          "${packages[@]}" 2>/dev/null | grep -c '^ii')" = "${#packages[@]}" ]; then
    echo "$want" | as_root tee "$root/.hearth-stamp" >/dev/null
    exec 9>&-; return 0
  fi

  if [ ! -f "$root/.hearth-base" ]; then
    say "Creating a Debian 13 build root in $root (once; about two minutes)"
    command -v debootstrap >/dev/null || {
      as_root apt-get update </dev/null
      as_root apt-get install -y --no-install-recommends debootstrap </dev/null
    }
    if [ ! -f /usr/share/keyrings/debian-archive-trixie-stable.gpg ]; then
      as_root apt-get update </dev/null
      as_root apt-get install -y debian-archive-keyring </dev/null
    fi
    as_root rm -rf "$root"
    as_root debootstrap --variant=minbase --components=main "$suite" "$root" "$mirror" </dev/null
    as_root tee "$root/etc/apt/sources.list" >/dev/null <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
EOF
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$root/usr/sbin/policy-rc.d" >/dev/null
    as_root chmod 755 "$root/usr/sbin/policy-rc.d"
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' |
      as_root tee "$root/etc/apt/apt.conf.d/90hearth" >/dev/null
    as_root touch "$root/.hearth-base"
  fi

  say "Installing build packages into the build root"
  as_root rm -f "$root/.hearth-stamp"
  in_root_raw /bin/sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages[*]} && apt-get clean"
  echo "$want" | as_root tee "$root/.hearth-stamp" >/dev/null
  exec 9>&-
}

# Runs a command inside the build root in private mount, PID and network
# namespaces: every mount, Xvfb and D-Bus daemon goes away with the command.
in_root_raw() {
  local net=()
  [ -n "${ROOT_NO_NET:-}" ] && net=(--net)
  mkdir -p "$out"
  as_root unshare --mount --propagation private --pid --fork --kill-child "${net[@]}" \
    /bin/bash -s -- "$root" "$top" "$out" "$@" <<'EOF'
set -e
root=$1 src=$2 out=$3; shift 3
mount -t proc proc "$root/proc"
mount --bind /sys "$root/sys"; mount -o remount,bind,ro "$root/sys" 2>/dev/null || true
mount --bind /dev "$root/dev"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs tmpfs "$root/dev/shm"
mount -t tmpfs tmpfs "$root/tmp"
mkdir -p "$root/src" "$root/out" "$root/work"
mount --bind "$src" "$root/src"; mount -o remount,bind,ro "$root/src"
mount --bind "$out" "$root/out"
[ -e /etc/resolv.conf ] && cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
if [ -n "${HOST_X11:-}" ] && [ -d /tmp/.X11-unix ]; then
  mkdir -p "$root/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
    touch "$root/tmp/.Xauthority"; mount --bind "$XAUTHORITY" "$root/tmp/.Xauthority"
  fi
fi
if [ -n "${HOST_DATA:-}" ]; then
  mkdir -p "$root/data"; mount --bind "$HOST_DATA" "$root/data"
fi
ip link set lo up 2>/dev/null || true
exec chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
  LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" DISPLAY="${DISPLAY_IN:-}" \
  XAUTHORITY="${XAUTHORITY:+/tmp/.Xauthority}" XDG_DATA_HOME="${HOST_DATA:+/data}" \
  HEARTH_SCREENSHOTS_ONLY="${HEARTH_SCREENSHOTS_ONLY:-}" "$@"
EOF
}

# The build directory lives inside the root, one per source checkout, so two
# clones never share one.
root_builddir() {
  echo "/work/$(printf '%s' "$top" | sha256sum | cut -c1-12)-$1${HEARTH_BUILD_TAG:+-$HEARTH_BUILD_TAG}"
}

in_root() {
  ensure_root
  ROOT_NO_NET=1 in_root_raw "$@"
}

# --- Steps, run the same way natively or inside the root ------------------------

# The steps themselves, as one shell script for either environment. Arguments:
# STEP SRC BUILDDIR OUT [ARGS...]
steps_script='
set -euo pipefail
step=$1 src=$2 build=$3 out=$4; shift 4
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
setup() {
  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$src" --buildtype=debugoptimized "$@"
  else
    meson setup --reconfigure "$build" "$src" "$@" >/dev/null
  fi
  meson compile -C "$build"
}
headless() {
  xvfb-run -a -e /dev/stderr -s "-screen 0 1280x1024x24 -nolisten tcp" dbus-run-session -- "$@"
}
# Runs the suites and closes with one plain line of totals.
run_tests() {
  local rc=0 log=$build/meson-logs/testlog.json
  headless meson test -C "$build" --print-errorlogs --num-processes 2 "$@" || rc=$?
  if [ -f "$log" ]; then
    printf "%d passed, %d failed, %d skipped\n" \
      "$(grep -c "\"result\": \"OK\"" "$log" || true)" \
      "$(grep -Ec "\"result\": \"(FAIL|TIMEOUT|ERROR|UNEXPECTEDPASS)\"" "$log" || true)" \
      "$(grep -c "\"result\": \"SKIP\"" "$log" || true)"
  fi
  return $rc
}
case $step in
  test)
    setup
    run_tests
    ;;
  test-sanitize)
    setup -Db_sanitize=address,undefined -Db_lundef=false
    # Stacks deep enough to reach the frames lsan.supp names, however deep the
    # widget tree a test draws.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=100
    # A copy anyone can read: a test that gives up root to meet a read-only
    # folder is still checked for leaks, and the source may be private.
    install -m 0644 "$src/tests/lsan.supp" "$build/lsan.supp"
    export LSAN_OPTIONS=suppressions=$build/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_tests --timeout-multiplier 4
    ;;
  screenshots)
    setup
    export GSETTINGS_SCHEMA_DIR=$build/data GSETTINGS_BACKEND=memory
    db=$(mktemp -d)/hearth.db
    "$build/src/hearth" --database "$db" --sample-data >/dev/null
    mkdir -p "$out/screenshots"
    # The paths it prints are inside the build root; those on the host follow.
    headless "$build/src/hearth" --database "$db" --screenshots "$out/screenshots" >/dev/null
    # The same screens in Welsh, from the translation in the build folder,
    # in a Welsh locale made for the purpose (gettext ignores LANGUAGE in C).
    mkdir -p "$out/screenshots/cy" "$build/locale"
    [ -d "$build/locale/cy_GB.UTF-8" ] ||
      localedef -f UTF-8 -i cy_GB "$build/locale/cy_GB.UTF-8" >/dev/null 2>&1 || true
    LOCPATH=$build/locale LANG=cy_GB.UTF-8 LC_ALL=cy_GB.UTF-8 LANGUAGE=cy HEARTH_LOCALEDIR=$build/po \
      headless "$build/src/hearth" --database "$db" --screenshots "$out/screenshots/cy" >/dev/null
    ;;
  run)
    setup
    export GSETTINGS_SCHEMA_DIR=$build/data GSETTINGS_BACKEND=${GSETTINGS_BACKEND:-keyfile}
    exec "$build/src/hearth" "$@"
    ;;
  bench)
    setup
    # The scale database is made once per version of the schema and the
    # sample data, in a folder named by that version: checkouts of different
    # versions never refill one another. Folders unused for two days go.
    stamp=$(cat "$src"/src/store/hearth-migrations.c "$src"/src/sample/hearth-sample-data.c | sha256sum | cut -c1-16)
    mkdir -p /work/bench/$stamp
    find /work/bench -mindepth 1 -maxdepth 1 -type d ! -name "$stamp" -atime +2 -exec rm -rf {} +
    db=/work/bench/$stamp/hearth-scale.db
    if [ "$(cat "$db.stamp" 2>/dev/null)" != "$stamp" ]; then
      rm -f "$db" "$db-wal" "$db-shm" /work/bench/$stamp/hearth-empty.db*
      echo "Filling the scale database (once)..."
      /usr/bin/time -f "filled in %e s, peak memory %M KB" \
        "$build/src/hearth" --database "$db" --sample-data=scale
      ls -l "$db"
      echo "$stamp" > "$db.stamp"
    fi
    # The start-up rows run Hearth itself, which reads its settings schema.
    GSETTINGS_SCHEMA_DIR=$build/data GSETTINGS_BACKEND=memory \
      headless "$build/tests/hearth-bench" "$db" /work/bench/$stamp/hearth-empty.db "$@"
    ;;
  shell)
    setup
    exec bash -i
    ;;
  exec)
    # Configure only, then run the command with $BUILD naming the build folder.
    if [ ! -f "$build/build.ninja" ]; then meson setup "$build" "$src" | tail -n 5; fi
    export BUILD=$build SRC=$src
    headless bash -c "$*"
    ;;
esac
'

run_step() {
  local step=$1; shift
  if native_ok || { native_install && native_ok; }; then
    bash -c "$steps_script" steps "$step" "$top" "$top/_build/$step" "$out" "$@"
  else
    local flavour=release
    [ "$step" = test-sanitize ] && flavour=sanitize
    in_root bash -c "$steps_script" steps "$step" /src "$(root_builddir $flavour)" /out "$@"
  fi
}

case $cmd in
  run)
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
      if native_ok || { native_install && native_ok; }; then
        run_step run "$@"
      else
        # Hearth runs in the build root but shows on this display, and keeps
        # its records in this machine's own data folder.
        data=${XDG_DATA_HOME:-$HOME/.local/share}
        mkdir -p "$data"
        ensure_root
        HOST_X11=1 HOST_DATA=$data DISPLAY_IN=${DISPLAY:-:0} \
          in_root_raw bash -c "$steps_script" steps run /src "$(root_builddir release)" /out "$@"
      fi
    else
      run_step screenshots
      say "No display here: Hearth ran on a virtual display with sample data. Screenshots:"
      ls -1 "$out"/screenshots/*.png
      say "The same screens in Welsh: $out/screenshots/cy/"
    fi
    ;;
  test)
    run_step test
    ;;
  test-sanitize)
    run_step test-sanitize
    ;;
  bench|shell|exec)
    run_step "$cmd" "$@"
    ;;
  prepare)
    native_ok || { native_install && native_ok; } || ensure_root
    ;;
  *)
    usage
    ;;
esac
