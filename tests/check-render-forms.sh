#!/bin/sh
# check-render-forms.sh THANRAK_CLI SRCDIR [FORMS_RECORDS_SAMPLE]: every official form exported
# by `thanrak-cli export` from the fixtures converts to PDF with
# LibreOffice without error, on A4 pages; the seed tables (forms 4, 5
# and 7) print on one page, as the seeds do. Skips (exit 77) where
# LibreOffice or poppler-utils are not installed. Look at the PNGs of the
# first pages it leaves in $G_TEST_BUILDDIR/render-forms. With the sample
# tool, forms 3, 6 and 8 are exported from the small store it makes.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
cli=${1:?usage: check-render-forms.sh THANRAK_CLI SRCDIR}
srcdir=${2:?usage: check-render-forms.sh THANRAK_CLI SRCDIR}
sample=${3:-}
data=$srcdir/tests/data

for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed: skipped"; exit 77; }
done

out=${G_TEST_BUILDDIR:-$(mktemp -d)}/render-forms
rm -rf "$out"
mkdir -p "$out"

printf '%s\n' 'อำเภอ,ข้อที่ผ่าน' \
  'เมืองสระแก้ว,1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 2.6 2.7 3.1 3.2 3.3 3.4 4.1 4.2 5.1 5.2 6.1 6.2 9.3 10.3' \
  'คลองหาด,1.1 1.2 1.3 2.1 2.2 2.3 2.4 2.5 4.1 4.2 5.1 6.1 9.2 10.2' \
  'ตาพระยา,1.1 2.1 9.1' > "$out/centers.csv"

"$cli" export online-targets --input "$data/sakaeo-2564-round2.csv" --province สระแก้ว \
  --output "$out/form4-online-targets.xlsx" >/dev/null
"$cli" export revenue-targets --input "$data/sakaeo-2564-round2.csv" --province สระแก้ว \
  --output "$out/form5-revenue-targets.xlsx" >/dev/null
"$cli" export channel-targets --input "$data/nongkhai-2565.csv" --province หนองคาย \
  --thai-digits --output "$out/form7-channel-targets.xlsx" >/dev/null
"$cli" export channel-results --input "$data/nongkhai-2565.csv" --results "$data/nongkhai-2565-results.csv" \
  --province หนองคาย --office สำนักงานพัฒนาชุมชนจังหวัดหนองคาย --date 2565-09-23 \
  --output "$out/form7-channel-results.xlsx" >/dev/null
"$cli" export assessment --items 1.1,1.2,1.3,2.3,2.5,3.1,3.2,4.1,5.1,6.1,7.1,8.1 \
  --services 20 --satisfaction high --management 13 --advisory 5 --meetings 4 \
  --subdistrict สระแก้ว --district เมืองสระแก้ว --province สระแก้ว --fiscal-year 2565 \
  --output "$out/form1-assessment.xlsx" >/dev/null
"$cli" export assessment-summary --input "$out/centers.csv" --province สระแก้ว --fiscal-year 2565 \
  --office สำนักงานพัฒนาชุมชนจังหวัดสระแก้ว --date 2565-10-01 \
  --output "$out/form2-assessment-summary.xlsx" >/dev/null

# Forms 3, 6 and 8 from a small store (tests/forms-records-sample.c).
if [ -n "$sample" ]; then
  ids=$("$sample" "$out/records.db")
  center=${ids% *}
  proposal=${ids#* }
  "$cli" export online-report --database "$out/records.db" --province สระแก้ว --fiscal-year 2564 --round 2 \
    --output "$out/form6-online-report.xlsx" >/dev/null
  "$cli" export operations-report --database "$out/records.db" --center "$center" --fiscal-year 2567 \
    --date 2567-04-09 --output "$out/form3-operations-report.xlsx" >/dev/null
  "$cli" export project-proposal --database "$out/records.db" --proposal "$proposal" --thai-digits \
    --output "$out/form8-project-proposal.xlsx" >/dev/null 2>"$out/form8-warnings.txt"
fi

status=0
for file in "$out"/*.xlsx; do
  name=$(basename "$file" .xlsx)
  sh "$srcdir/build-aux/render-xlsx.sh" "$file" "$out"
  size=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Page size: *//p')
  pages=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Pages: *//p')
  case "$size" in
    *"(A4)"*) ;;
    *) echo "$name.pdf: page size $size, expected A4" >&2; status=1 ;;
  esac
  case "$name" in
    form4-*|form5-*|form7-channel-targets)
      if [ "${pages:-0}" -ne 1 ]; then
        echo "$name.pdf has $pages pages: the seed's table fits one" >&2
        status=1
      fi ;;
    *)
      if [ "${pages:-0}" -lt 1 ]; then
        echo "$name.pdf has no pages" >&2
        status=1
      fi ;;
  esac
done
exit $status
