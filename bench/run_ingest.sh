#!/usr/bin/env bash
# End-to-end ingest throughput of `dossier ingest` on synthetic news corpora,
# beside `wc -w` on the same files in the same run.
#
# Usage: bench/run_ingest.sh [SIZE...]      SIZE: 10M, 100M, 1G, ... (default: 10M 100M 1G)
#
# For each size: generates the corpus (dossier_make_corpus, seed 1), counts its
# words with `wc -w` (once to warm the page cache, then timed in the C.UTF-8
# and in the C locale), then times `dossier ingest --no-progress` into a
# fresh store under GNU time and records wall time, CPU time, MB/s, peak RSS
# and the size of the store. Prints a markdown table (also written to
# $DOSSIER_BENCH_DIR/results.md). MB means 2^20 bytes throughout.
#
# Environment:
#   DOSSIER_BENCH_DIR    scratch folder (default /tmp/dossier-bench); a 1G run
#                        needs about 4 GB free there
#   DOSSIER_BENCH_BUILD  build folder (default build/bench)
#   DOSSIER_BENCH_KEEP=1 keep corpora and stores (default: each size's data is
#                        deleted once measured)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench}"
build="${DOSSIER_BENCH_BUILD:-$root/build/bench}"
keep="${DOSSIER_BENCH_KEEP:-0}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10M 100M 1G)
for size in "${sizes[@]}"; do
  [[ "$size" =~ ^[0-9]+[KMG]?$ ]] || {
    echo "run_ingest.sh: not a size: '$size' (examples: 10M 100M 1G)" >&2
    exit 2
  }
done

"$root/scripts/setup-deps" bench
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON \
  -DDOSSIER_TESTS=OFF >/dev/null
cmake --build "$build" --target dossier dossier_make_corpus pipeline_benchmark -j"$(nproc)" \
  >/dev/null
dossier="$build/cli/dossier"
make_corpus="$build/bench/dossier_make_corpus"

mkdir -p "$scratch"
results="$scratch/results.md"
timing="$scratch/time.out"

# now_ns: a monotonic-enough wall clock in ns. seconds_since START_NS: elapsed, 3 decimals.
now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
# mb_per_s BYTES SECONDS: MB/s with one decimal. mib BYTES: MB with one decimal.
mb_per_s() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", b / 1048576 / s; else print "-" }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"\
  "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $(date -u +%F)" >&2

{
  echo "| corpus | files | MB | wc -w C.UTF-8 s (MB/s) | wc -w C s (MB/s) | words | dossier ingest s (MB/s) | CPU s (user+sys) | dossier time / wc C.UTF-8 time | peak RSS MB | store MB | failed files |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"

for size in "${sizes[@]}"; do
  corpus="$scratch/corpus-$size"
  db="$scratch/ingest-$size.db"
  list="$scratch/files-$size.list0"
  rm -rf "$corpus" "$db" "$db-wal" "$db-shm"
  echo "== $size: generating" >&2
  "$make_corpus" --out "$corpus" --bytes "$size" --seed 1 >&2
  find "$corpus" -type f -print0 | sort -z >"$list"
  files=$(tr -cd '\0' <"$list" | wc -c)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

  echo "== $size: wc -w" >&2
  LC_ALL=C wc -w --files0-from="$list" >/dev/null  # warms the page cache
  start=$(now_ns)
  words=$(LC_ALL=C.UTF-8 wc -w --files0-from="$list" | tail -n1 | awk '{ print $1 }')
  wc_utf8_s=$(seconds_since "$start")
  start=$(now_ns)
  LC_ALL=C wc -w --files0-from="$list" >/dev/null
  wc_c_s=$(seconds_since "$start")

  echo "== $size: dossier ingest" >&2
  status=0
  start=$(now_ns)
  /usr/bin/time -f '%U %S %M' -o "$timing" \
    "$dossier" ingest --db "$db" --no-progress "$corpus" >"$scratch/ingest.out" \
    2>"$scratch/ingest.err" || status=$?
  wall=$(seconds_since "$start")
  if [ "$status" -gt 1 ]; then
    echo "run_ingest.sh: dossier ingest exited with $status:" >&2
    cat "$scratch/ingest.err" >&2
    exit 1
  fi
  read -r user sys rss_kb < <(tail -n1 "$timing")
  # The last stderr line is the summary: "ingested N files: ... F failed; ...".
  summary=$(tail -n1 "$scratch/ingest.err")
  failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | cut -d' ' -f1)
  store_bytes=$(du -cb "$db"* | tail -n1 | cut -f1)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  ratio=$(awk -v w="$wall" -v c="$wc_utf8_s" 'BEGIN { if (c > 0) printf "%.1fx", w / c; else print "-" }')

  printf '| %s | %s | %s | %s (%s) | %s (%s) | %s | %s (%s) | %s | %s | %s | %s | %s |\n' \
    "$size" "$files" "$(mib "$bytes")" \
    "$wc_utf8_s" "$(mb_per_s "$bytes" "$wc_utf8_s")" "$wc_c_s" "$(mb_per_s "$bytes" "$wc_c_s")" \
    "$words" "$wall" "$(mb_per_s "$bytes" "$wall")" "$cpu" "$ratio" \
    "$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$(mib "$store_bytes")" \
    "$failed" >>"$results"
  echo "   $summary" >&2
  if [ "${failed:-0}" != 0 ]; then head -n3 "$scratch/ingest.err" >&2; fi

  if [ "$keep" != 1 ]; then rm -rf "$corpus" "$db" "$db-wal" "$db-shm" "$list"; fi
done
rm -f "$timing"

cat "$results"
