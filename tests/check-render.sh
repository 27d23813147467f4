#!/bin/sh
# check-render.sh REPORT_SAMPLE SRCDIR: the sample table converts to PDF
# with LibreOffice without error, in both writing modes, on A4 pages.
# Skips (exit 77) where LibreOffice or poppler-utils are not installed.
# Look at the PNGs it leaves in $G_TEST_BUILDDIR/render (or a temporary
# folder) to judge the page by eye.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
sample=${1:?usage: check-render.sh REPORT_SAMPLE SRCDIR}
srcdir=${2:?usage: check-render.sh REPORT_SAMPLE SRCDIR}

for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed: skipped"; exit 77; }
done

out=${G_TEST_BUILDDIR:-$(mktemp -d)}/render
mkdir -p "$out"
status=0
for mode in "" --constant-memory --thai-digits; do
  name=sample${mode:+-${mode#--}}
  "$sample" "$out/$name.xlsx" $mode
  sh "$srcdir/build-aux/render-xlsx.sh" "$out/$name.xlsx" "$out"
  size=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Page size: *//p')
  case "$size" in
    *"(A4)"*) ;;
    *) echo "$name.pdf: page size $size, expected A4" >&2; status=1 ;;
  esac
  pages=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Pages: *//p')
  if [ "${pages:-0}" -lt 1 ]; then
    echo "$name.pdf has no pages" >&2
    status=1
  fi
done
exit $status
