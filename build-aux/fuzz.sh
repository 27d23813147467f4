#!/bin/sh
# fuzz.sh [SECONDS] [TARGET...]: build the fuzz targets of fuzz/ with clang,
# libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, and run each
# TARGET (csv, xlsx; default both) for SECONDS (default 600) on one core.
#
# Work goes to _fuzz/ in the source folder (not committed): the binaries,
# the growing corpus (seeded from tests/data/ and fuzz/seeds/), and any
# crashing input as _fuzz/crash-TARGET-*. Re-run one input with
#   _fuzz/fuzz-TARGET _fuzz/crash-TARGET-...
# Extra libFuzzer options can be given in FUZZ_ARGS, e.g.
#   FUZZ_ARGS="-jobs=2 -workers=2" build-aux/fuzz.sh 3600 xlsx
# Needs Debian 12's clang 14 and libclang-rt-14-dev (libFuzzer and the
# sanitizer runtimes), installed here if missing, plus the build packages
# of build-aux/setup.sh.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-csv xlsx}
out="$srcdir/_fuzz"

packages="clang libclang-rt-14-dev unzip"
missing=""
for p in $packages; do
  case "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" in
    *" installed") ;;
    *) missing="$missing $p" ;;
  esac
done
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "fuzz.sh: installing$missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

mkdir -p "$out"
cd "$out"
cat > "$out/config.h" <<EOH
#define GETTEXT_PACKAGE "thanrak"
EOH

cflags="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=undefined -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 \
  -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 -DTHANRAK_FUZZING=1 \
  -I$out -I$srcdir/src/io $(pkg-config --cflags glib-2.0 gio-2.0 libgsf-1 libxml-2.0)"
libs="$(pkg-config --libs glib-2.0 gio-2.0 libgsf-1 libxml-2.0) -lcsv"
# the readers only: the rest of src/io (import, sample data) needs the store
io_sources=""
for f in thanrak-table thanrak-table-reader thanrak-csv-reader thanrak-xlsx-reader thanrak-io-error; do
  io_sources="$io_sources $srcdir/src/io/$f.c"
done

for t in $targets; do
  echo "fuzz.sh: building fuzz-$t"
  # shellcheck disable=SC2086
  clang $cflags -o "$out/fuzz-$t" "$srcdir/fuzz/fuzz-$t.c" $io_sources $libs

  corpus="$out/corpus-$t"
  mkdir -p "$corpus"
  case $t in
    csv) cp "$srcdir"/tests/data/*.csv "$corpus"/ ;;
    xlsx)
      cp "$srcdir"/tests/data/*.xlsx "$corpus"/
      # Seeds for the XML part parsers: the parts of the test workbooks,
      # behind the byte that selects the parser (see fuzz/fuzz-xlsx.c).
      for x in "$srcdir"/tests/data/*.xlsx; do
        b=$(basename "$x" .xlsx)
        for part in $(unzip -Z1 "$x"); do
          case $part in
            *.rels) sel='\000' ;;
            *workbook.xml) sel='\001' ;;
            *haredStrings.xml|*strings.xml) sel='\002' ;;
            *worksheets/*) sel='\003' ;;
            *) continue ;;
          esac
          { printf "$sel"; unzip -p "$x" "$part"; } > "$corpus/part-$b-$(echo "$part" | tr '/[]' '___')"
        done
      done
      ;;
  esac
  if [ -d "$srcdir/fuzz/seeds-$t" ]; then
    cp "$srcdir/fuzz/seeds-$t"/* "$corpus"/
  fi
  dict=""
  [ -f "$srcdir/fuzz/$t.dict" ] && dict="-dict=$srcdir/fuzz/$t.dict"

  echo "fuzz.sh: running fuzz-$t for $seconds s"
  # shellcheck disable=SC2086
  LSAN_OPTIONS="suppressions=$srcdir/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
  "$out/fuzz-$t" -max_total_time="$seconds" -jobs=1 -workers=1 \
    -max_len=65536 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$out/crash-$t-" $dict ${FUZZ_ARGS:-} "$corpus" || status=1
  # With -jobs, libFuzzer logs to fuzz-N.log: keep it under the target's name.
  if [ -f fuzz-0.log ]; then
    mv fuzz-0.log "fuzz-$t.log"
    grep -E '^(#[0-9]+.*(INITED|DONE|cov:)|stat::|Done|==[0-9]+==ERROR|SUMMARY)' "fuzz-$t.log" | tail -n 9
  fi
done
exit ${status:-0}
