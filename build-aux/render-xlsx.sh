#!/bin/sh
# render-xlsx.sh FILE.xlsx OUTDIR: print an xlsx file to PDF with
# LibreOffice, as Calc would print it (page setup, fit to width, repeated
# headings), then make a PNG of the first page at 60 dpi to look at.
# Writes OUTDIR/NAME.pdf and OUTDIR/NAME-1.png (pdftoppm may pad the page
# number, e.g. NAME-01.png, for documents of 10 pages or more).
# Needs libreoffice-calc-nogui (or libreoffice-calc) and poppler-utils.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

file=${1:?usage: render-xlsx.sh FILE.xlsx OUTDIR}
outdir=${2:?usage: render-xlsx.sh FILE.xlsx OUTDIR}

for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-xlsx.sh: $tool is missing: install libreoffice-calc-nogui and poppler-utils" >&2
    exit 77
  fi
done

mkdir -p "$outdir"
name=$(basename "$file" .xlsx)

# A throwaway LibreOffice profile: no first-start dialogs, no lock on the
# user's own profile, nothing left behind.
profile=$(mktemp -d "${TMPDIR:-/tmp}/lo-profile-$$-XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM

soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$file" >"$profile/soffice.log" 2>&1 || {
  cat "$profile/soffice.log" >&2
  echo "render-xlsx.sh: soffice could not convert $file" >&2
  exit 1
}
if [ ! -s "$outdir/$name.pdf" ]; then
  cat "$profile/soffice.log" >&2
  echo "render-xlsx.sh: soffice wrote no $outdir/$name.pdf" >&2
  exit 1
fi

pdftoppm -png -r 60 -f 1 -l 1 "$outdir/$name.pdf" "$outdir/$name"
pages=$(pdfinfo "$outdir/$name.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
echo "$outdir/$name.pdf: ${pages:-?} page(s); first page: $(ls "$outdir/$name"-*1.png)"
