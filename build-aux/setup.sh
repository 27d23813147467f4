#!/bin/sh
# setup.sh [--tests]: install the Debian 12 packages Thanrak needs to build
# and run (with --tests, also to run its test suite), only those missing,
# and generate the Thai locale. Uses sudo when not run as root.
set -eu

packages="
  gcc libc6-dev meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libxlsxwriter-dev libgsf-1-dev libxml2-dev libcsv-dev
  desktop-file-utils appstream
  locales fonts-thai-tlwg fonts-tlwg-laksaman adwaita-icon-theme librsvg2-common
"
test_packages="
  xvfb xauth dbus at-spi2-core python3 python3-openpyxl python3-pyatspi
  libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito
"

with_tests=no
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=yes ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
  esac
done
[ "$with_tests" = yes ] && packages="$packages $test_packages"

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "setup.sh: not root and no sudo: install these packages by hand: $packages" >&2
  exit 1
fi

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $p" ;;
  esac
done

if [ -n "$missing" ]; then
  echo "setup.sh: installing$missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi

# Thanrak speaks Thai first: make sure the Thai locale exists.
if ! locale -a 2>/dev/null | grep -qiE '^th_TH\.utf-?8$'; then
  echo "setup.sh: generating the th_TH.UTF-8 locale"
  $sudo localedef -i th_TH -f UTF-8 th_TH.UTF-8
fi
