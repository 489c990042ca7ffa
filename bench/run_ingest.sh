#!/usr/bin/env bash
# End-to-end ingest of `dossier ingest` (the whole pipeline, every extractor,
# entity linking) on synthetic news corpora, beside `wc -w` on the same files
# in the same run, with one job and with every core.
#
# Usage: bench/run_ingest.sh [SIZE...]      SIZE: 10M, 100M, 1G, ... (default: 10M 100M 1G)
#
# For each size: generates the corpus (dossier_make_corpus, seed 1), counts its
# words with `wc -w` (once to warm the page cache, then timed in the C.UTF-8
# and in the C locale), then, for each job count, ingests it into a fresh
# store in three runs of `dossier ingest --no-progress --jobs N` under GNU
# time: the first 10% of the files (in path order), the next 80%, the last
# 10%. It records wall time, CPU time, MB/s, peak RSS (the largest of the
# three runs) and the size of the store, and the rate of the last 10% beside
# the first 10% (flat cost: the last tenth goes into a store nine times
# fuller). With two sizes or more (10M 100M), it also ingests another corpus
# of the first size (seed 2) into a copy of each store of the last size and
# into an empty store: 10 MB more into a 100 MB store beside into nothing.
# Prints markdown tables (also written to $DOSSIER_BENCH_DIR/results.md). MB
# means 2^20 bytes throughout.
#
# Environment:
#   DOSSIER_BENCH_DIR    scratch folder (default /tmp/dossier-bench); a 1G run
#                        needs about 8 GB free there
#   DOSSIER_BENCH_BUILD  build folder (default build/bench)
#   DOSSIER_BENCH_JOBS   job counts to measure (default: "1 $(nproc)")
#   DOSSIER_BENCH_KEEP=1 keep corpora and stores (default: each size's data is
#                        deleted once measured)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench}"
build="${DOSSIER_BENCH_BUILD:-$root/build/bench}"
keep="${DOSSIER_BENCH_KEEP:-0}"
read -r -a job_counts <<<"${DOSSIER_BENCH_JOBS:-1 $(nproc)}"
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
# mb_per_s BYTES SECONDS: MB/s with two decimals. mib BYTES: MB with one decimal.
mb_per_s() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", b / 1048576 / s; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"\
  "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $(date -u +%F)" >&2

{
  echo "| corpus | files | MB | words | wc -w C.UTF-8 s (MB/s) | jobs | dossier ingest wall s (MB/s) | CPU s (user+sys) | CPU MB/s per core | first 10% MB/s wall, CPU | last 10% MB/s wall, CPU | last / first (wall, CPU) | peak RSS MB | store MB | store / input | failed files |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"
into_results="$scratch/into.md"
: >"$into_results"

# timed_ingest DB LABEL PATH...: one `dossier ingest` under GNU time; sets
# run_wall, run_cpu, run_rss_kb, run_failed. Stops the script on a crash.
timed_ingest() {
  local db="$1" label="$2"
  shift 2
  local status=0 start
  start=$(now_ns)
  /usr/bin/time -f '%U %S %M' -o "$timing" "$dossier" ingest --db "$db" --no-progress \
    --jobs "$jobs" "$@" >"$scratch/ingest.out" 2>"$scratch/ingest.err" || status=$?
  run_wall=$(seconds_since "$start")
  if [ "$status" -gt 1 ]; then
    echo "run_ingest.sh: dossier ingest ($label) exited with $status:" >&2
    cat "$scratch/ingest.err" >&2
    exit 1
  fi
  local user sys
  read -r user sys run_rss_kb < <(tail -n1 "$timing")
  run_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  # The last stderr line is the summary: "ingested N files: ... F failed; ...".
  local summary
  summary=$(tail -n1 "$scratch/ingest.err")
  run_failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | cut -d' ' -f1)
  echo "   $label: $summary (CPU $run_cpu s)" >&2
  if [ "${run_failed:-0}" != 0 ]; then head -n3 "$scratch/ingest.err" >&2; fi
}
# bytes_of FILE...: their total size.
bytes_of() { [ $# -eq 0 ] && echo 0 || du -cb --apparent-size "$@" | tail -n1 | cut -f1; }

for size in "${sizes[@]}"; do
  corpus="$scratch/corpus-$size"
  list="$scratch/files-$size.list0"
  rm -rf "$corpus"
  echo "== $size: generating" >&2
  "$make_corpus" --out "$corpus" --bytes "$size" --seed 1 >&2
  find "$corpus" -type f -print0 | sort -z >"$list"
  mapfile -d '' files <"$list"
  count=${#files[@]}
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  tenth=$(( (count + 9) / 10 ))
  first=("${files[@]:0:tenth}")
  middle=("${files[@]:tenth:count-2*tenth}")
  last=("${files[@]:count-tenth}")
  first_bytes=$(bytes_of "${first[@]}")
  last_bytes=$(bytes_of "${last[@]}")

  echo "== $size: wc -w" >&2
  LC_ALL=C wc -w --files0-from="$list" >/dev/null  # warms the page cache
  start=$(now_ns)
  words=$(LC_ALL=C.UTF-8 wc -w --files0-from="$list" | tail -n1 | awk '{ print $1 }')
  wc_utf8_s=$(seconds_since "$start")

  for jobs in "${job_counts[@]}"; do
    db="$scratch/ingest-$size-j$jobs.db"
    rm -f "$db" "$db-wal" "$db-shm"
    echo "== $size: dossier ingest --jobs $jobs (first 10%, next 80%, last 10%)" >&2
    wall=0 cpu=0 rss_kb=0 failed=0
    for part in first middle last; do
      declare -n part_files="$part"
      timed_ingest "$db" "$part" "${part_files[@]}"
      wall=$(awk -v a="$wall" -v b="$run_wall" 'BEGIN { printf "%.3f", a + b }')
      cpu=$(awk -v a="$cpu" -v b="$run_cpu" 'BEGIN { printf "%.2f", a + b }')
      [ "$run_rss_kb" -gt "$rss_kb" ] && rss_kb=$run_rss_kb
      failed=$((failed + ${run_failed:-0}))
      if [ "$part" = first ]; then
        first_rate=$(mb_per_s "$first_bytes" "$run_wall")
        first_cpu_rate=$(mb_per_s "$first_bytes" "$run_cpu")
      fi
      if [ "$part" = last ]; then
        last_rate=$(mb_per_s "$last_bytes" "$run_wall")
        last_cpu_rate=$(mb_per_s "$last_bytes" "$run_cpu")
      fi
    done
    store_bytes=$(du -cb "$db"* | tail -n1 | cut -f1)
    printf '| %s | %s | %s | %s | %s (%s) | %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
      "$size" "$count" "$(mib "$bytes")" "$words" "$wc_utf8_s" "$(mb_per_s "$bytes" "$wc_utf8_s")" \
      "$jobs" "$wall" "$(mb_per_s "$bytes" "$wall")" "$cpu" "$(mb_per_s "$bytes" "$cpu")" \
      "$first_rate, $first_cpu_rate" "$last_rate, $last_cpu_rate" \
      "$(ratio "$last_rate" "$first_rate"), $(ratio "$last_cpu_rate" "$first_cpu_rate")" \
      "$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')" "$(mib "$store_bytes")" \
      "$(awk -v s="$store_bytes" -v b="$bytes" 'BEGIN { printf "%.2f", s / b }')" "$failed" >>"$results"
  done
  if [ "$keep" != 1 ] && [ "$size" != "${sizes[-1]}" ]; then
    rm -rf "$corpus" "$list" "$scratch"/ingest-"$size"-j*.db*
  fi
done

# The first size more into a store of the last size, beside into an empty store.
small="${sizes[0]}" large="${sizes[-1]}"
if [ ${#sizes[@]} -ge 2 ]; then
  extra="$scratch/corpus-$small-seed2"
  rm -rf "$extra"
  "$make_corpus" --out "$extra" --bytes "$small" --seed 2 >&2
  extra_bytes=$(find "$extra" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  {
    echo "| jobs | $small (seed 2) into an empty store: wall s (MB/s), CPU s | into the $large store: wall s (MB/s), CPU s | full / empty rate (wall, CPU) |"
    echo "| ---: | ---: | ---: | ---: |"
  } >"$into_results"
  for jobs in "${job_counts[@]}"; do
    echo "== $small (seed 2) into an empty store and into the $large store, --jobs $jobs" >&2
    empty="$scratch/into-empty.db"
    full="$scratch/into-full.db"
    rm -f "$empty"* "$full"*
    timed_ingest "$empty" "into an empty store" "$extra"
    empty_wall=$run_wall empty_cpu=$run_cpu
    cp "$scratch/ingest-$large-j$jobs.db" "$full"
    if [ -f "$scratch/ingest-$large-j$jobs.db-wal" ]; then
      cp "$scratch/ingest-$large-j$jobs.db-wal" "$full-wal"
    fi
    timed_ingest "$full" "into the $large store" "$extra"
    printf '| %s | %s (%s), %s | %s (%s), %s | %s |\n' "$jobs" \
      "$empty_wall" "$(mb_per_s "$extra_bytes" "$empty_wall")" "$empty_cpu" \
      "$run_wall" "$(mb_per_s "$extra_bytes" "$run_wall")" "$run_cpu" \
      "$(ratio "$empty_wall" "$run_wall"), $(ratio "$empty_cpu" "$run_cpu")" \
      >>"$into_results"
    rm -f "$empty"* "$full"*
  done
  if [ "$keep" != 1 ]; then rm -rf "$extra"; fi
fi
if [ "$keep" != 1 ]; then
  rm -rf "$scratch/corpus-$large" "$scratch/files-$large.list0" "$scratch"/ingest-"$large"-j*.db*
fi
rm -f "$timing"

cat "$results"
echo
cat "$into_results"
