#!/bin/sh
# test.sh: install what is needed, build Thanrak as a development build
# (warnings are errors) and run every test: unit tests, file checks, and
# window tests under a virtual display and a private session bus. Extra
# arguments go to `meson test` (e.g. --suite core).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sh build-aux/setup.sh --tests

if [ ! -f _build/build.ninja ]; then
  meson setup _build -Ddevelopment=true
fi
meson compile -C _build

# Order matters: the session bus must live inside the display
# (shared/docs/platform.md), or window tests get no accessibility bus.
status=0
xvfb-run -a -s '-screen 0 1280x800x24' \
  dbus-run-session -- meson test -C _build --print-errorlogs "$@" || status=$?

# One closing line that any reader understands.
/usr/bin/python3 - _build/meson-logs/testlog.json <<'PY'
import json, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8"):
    result = json.loads(line)["result"]
    if result in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
