#!/usr/bin/env bash
# `dossier ingest` into one PostgreSQL store from 1, 2 and 4 worker processes
# at once, beside one SQLite ingest with every core, on the same synthetic
# news corpus (dossier_make_corpus, seed 1). Each worker is `dossier ingest
# --jobs 1` on its share of the files (every Nth in path order), as a worker
# per machine would be; the server is scripts/pg-scratch's with fsync and
# full_page_writes turned back on (the store's own default,
# synchronous_commit off, stays). Records wall time (all workers, their
# re-links included), the workers' CPU (user+sys, GNU time) and the server's
# CPU (its processes' utime+stime from /proc, reaped backends included).
#
# Usage: bench/run_ingest_pg.sh [SIZE]     SIZE: 10M (default), 100M, ...
#
# Environment: DOSSIER_BENCH_DIR (default /tmp/dossier-bench-pg),
# DOSSIER_BENCH_BUILD (default build/bench), DOSSIER_BENCH_WORKERS (default
# "1 2 4"). Prints a markdown table (also in $DOSSIER_BENCH_DIR/results.md).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench-pg}"
build="${DOSSIER_BENCH_BUILD:-$root/build/bench}"
read -r -a worker_counts <<<"${DOSSIER_BENCH_WORKERS:-1 2 4}"
size="${1:-10M}"
[[ "$size" =~ ^[0-9]+[KMG]?$ ]] || { echo "run_ingest_pg.sh: not a size: '$size'" >&2; exit 2; }

"$root/scripts/setup-deps" bench
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON >/dev/null
cmake --build "$build" --target dossier dossier_make_corpus -j"$(nproc)" >/dev/null
dossier="$build/cli/dossier"

rm -rf "$scratch"
mkdir -p "$scratch"
corpus="$scratch/corpus"
"$build/bench/dossier_make_corpus" --out "$corpus" --bytes "$size" --seed 1 >&2
mapfile -d '' files < <(find "$corpus" -type f -print0 | sort -z)
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
cat "${files[@]}" >/dev/null  # warms the page cache

uri=$("$root/scripts/pg-scratch" start "$scratch/pg")
trap '"$root/scripts/pg-scratch" stop "$scratch/pg"' EXIT
psql -q "$uri" -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET full_page_writes = on" \
  -c "SELECT pg_reload_conf()" >/dev/null
socket_dir=$(sed -E 's/.*host=([^&]*).*/\1/' <<<"$uri")
postmaster=$(head -n1 "$(psql -Atq "$uri" -c "SHOW data_directory")/postmaster.pid")

# server_cpu_ticks: CPU ticks of the server: the postmaster (with the
# children it reaped) and its living children.
server_cpu_ticks() {
  local total
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
  for child in $(pgrep -P "$postmaster"); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
ticks=$(getconf CLK_TCK)
now_ns() { date +%s%N; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //');" \
  "corpus $size: ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB" >&2
results="$scratch/results.md"
{
  echo "| store | workers (jobs each) | wall s | MB/s | workers' CPU s | server CPU s | stored | store MB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"

# run_workers LABEL DB N JOBS: N workers at once, worker i ingesting files i, i+N, ...
run_workers() {
  local label="$1" db="$2" n="$3" jobs="$4" start cpu_before cpu_after wall workers_cpu=0
  local pids=()
  cpu_before=$(server_cpu_ticks)
  start=$(now_ns)
  for ((i = 0; i < n; i++)); do
    local share=()
    for ((f = i; f < ${#files[@]}; f += n)); do share+=("${files[f]}"); done
    /usr/bin/time -f '%U %S' -o "$scratch/time.$i" "$dossier" ingest --db "$db" --no-progress \
      --jobs "$jobs" "${share[@]}" >/dev/null 2>"$scratch/err.$i" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || { cat "$scratch"/err.* >&2; exit 1; }; done
  wall=$(awk -v a="$start" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  cpu_after=$(server_cpu_ticks)
  for ((i = 0; i < n; i++)); do
    workers_cpu=$(awk -v a="$workers_cpu" -v l="$(tail -n1 "$scratch/time.$i")" \
      'BEGIN { split(l, t, " "); printf "%.2f", a + t[1] + t[2] }')
  done
  local stored server store_mb
  stored=$("$dossier" sources --db "$db" --json | wc -l)
  if [ "$label" = sqlite ]; then
    server="-"
    store_mb=$(du -cb "$db"* | tail -n1 | awk '{ printf "%.1f", $1 / 1048576 }')
  else
    server=$(awk -v a="$cpu_before" -v b="$cpu_after" -v t="$ticks" 'BEGIN { printf "%.2f", (b - a) / t }')
    store_mb=$(psql -Atq "$db" -c "SELECT round(pg_database_size(current_database()) / 1048576.0, 1)")
  fi
  echo "| $label | $n ($jobs) | $wall | $(awk -v b="$bytes" -v s="$wall" 'BEGIN { printf "%.2f", b / 1048576 / s }') | $workers_cpu | $server | $stored | $store_mb |" >>"$results"
  echo "   $label, $n workers: $wall s" >&2
}

run_workers sqlite "$scratch/sqlite.db" 1 "$(nproc)"
for n in "${worker_counts[@]}"; do
  psql -q "$uri" -c "CREATE DATABASE bench_$n" >/dev/null
  run_workers postgresql "postgresql:///bench_$n?host=$socket_dir&user=dossier" "$n" 1
done

# Reading: a search and a profile (of the person with the most sources) on
# the SQLite store and on the last PostgreSQL one, wall time of the command.
last="postgresql:///bench_${worker_counts[-1]}?host=$socket_dir&user=dossier"
entity=$("$dossier" entities --db "$scratch/sqlite.db" --type PERSON | awk 'NR == 1 { print $1 }')
{
  echo
  echo "| store | search \"budget*\" s | profile $entity s |"
  echo "| --- | ---: | ---: |"
  for db in "$scratch/sqlite.db" "$last"; do
    start=$(now_ns)
    "$dossier" search --db "$db" --limit 20 "budget*" >/dev/null
    search_s=$(awk -v a="$start" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    start=$(now_ns)
    "$dossier" profile --db "$db" "$entity" >/dev/null
    profile_s=$(awk -v a="$start" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    echo "| ${db%%\?*} | $search_s | $profile_s |"
  done
} >>"$results"
cat "$results"
