#!/bin/sh
# check-translations.sh SRCDIR: every file with translatable strings is in
# po/POTFILES.in, and po/th.po translates every one of their strings, with
# nothing fuzzy. Exits non-zero, naming what is missing, otherwise.
set -eu
srcdir=${1:?usage: check-translations.sh SRCDIR}
cd "$srcdir"
status=0

listed=$(sed 's/#.*//; /^[[:space:]]*$/d' po/POTFILES.in)

# Files that mark strings but are not listed.
for f in $(grep -rlE '\b_\(|\bN_\(|\bC_\(|translatable="yes"' src ui data 2>/dev/null | sort); do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "po/POTFILES.in does not list $f, which has translatable strings: add it." >&2
    status=1
  fi
done

# Listed files that no longer exist.
for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist: remove it." >&2
    status=1
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same extraction as meson's i18n "glib" preset.
# shellcheck disable=SC2086
xgettext --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -o "$tmp/thanrak.pot" $listed

msgmerge --quiet --no-fuzzy-matching -o "$tmp/th.po" po/th.po "$tmp/thanrak.pot"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/th.po" 2>&1) || {
  echo "po/th.po does not compile: $stats" >&2
  exit 1
}
echo "po/th.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "po/th.po is not complete. Untranslated or fuzzy messages:" >&2
    msgattrib --untranslated --no-obsolete "$tmp/th.po" | grep -E '^msgid ' | sed 1d >&2 || true
    msgattrib --only-fuzzy --no-obsolete "$tmp/th.po" | grep -E '^msgid ' | sed 1d >&2 || true
    status=1
    ;;
esac
exit $status
