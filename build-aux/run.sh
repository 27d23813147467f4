#!/bin/sh
# run.sh: install what is needed, build Thanrak, install it into _install/
# inside the checkout, and start it in Thai on its embedded SQLite database
# (a file in the user's data folder). Arguments are passed to thanrak.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sh build-aux/setup.sh

if [ ! -f _build-app/build.ninja ]; then
  meson setup _build-app --prefix="$top/_install" --buildtype=release
fi
meson compile -C _build-app
meson install -C _build-app --quiet

export XDG_DATA_DIRS="$top/_install/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export LANG=th_TH.UTF-8 LANGUAGE=th
unset LC_ALL
exec "$top/_install/bin/thanrak" "$@"
