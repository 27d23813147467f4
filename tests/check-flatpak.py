#!/usr/bin/python3
"""check-flatpak.py MANIFEST: the Flatpak manifest parses, names the GNOME 43
runtime (GTK 4.8, libadwaita 1.2), builds libxlsxwriter, libcsv and libgsf
before the app, and asks for no more than it needs. Flatpak runtimes cannot be downloaded here,
so the manifest is checked, not built."""
import json
import sys

path = sys.argv[1]
problems = []
try:
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    sys.exit(f"{path}: cannot be read as JSON: {e}")

def expect(key, value):
    if manifest.get(key) != value:
        problems.append(f"{key} is {manifest.get(key)!r}, expected {value!r}")

expect("id", "io.github.thanrak.Thanrak")
expect("runtime", "org.gnome.Platform")
expect("runtime-version", "43")
expect("sdk", "org.gnome.Sdk")
expect("command", "thanrak")

allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
args = set(manifest.get("finish-args", []))
if args != allowed:
    problems.append(f"finish-args are {sorted(args)}, expected exactly {sorted(allowed)}")

names = [m.get("name") if isinstance(m, dict) else m for m in manifest.get("modules", [])]
if names[-1:] != ["thanrak"]:
    problems.append(f"the last module must be thanrak, modules are {names}")
# Libraries the GNOME 43 runtime lacks, built before the app.
for library in ("libxlsxwriter", "libcsv", "libgsf"):
    if (library not in names or "thanrak" not in names
            or names.index(library) > names.index("thanrak")):
        problems.append(f"{library} must be built before thanrak, modules are {names}")
for m in manifest.get("modules", []):
    if isinstance(m, dict) and not m.get("sources"):
        problems.append(f"module {m.get('name')} has no sources")
    if isinstance(m, dict) and m.get("name") == "thanrak" and m.get("buildsystem") != "meson":
        problems.append("module thanrak must build with meson")

for p in problems:
    print(f"{path}: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
