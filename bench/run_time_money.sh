#!/usr/bin/env bash
# Time and money extraction throughput beside chrono-node on the same English
# text, and on the corpus's Russian text, in one run.
# Usage: bench/run_time_money.sh [SIZE]   (default 10M)
#
# Builds Release into build/bench (or $DOSSIER_BENCH_BUILD), generates the
# synthetic corpus (dossier_make_corpus, seed 1) and keeps its English files
# (valid UTF-8 without the lead bytes of Cyrillic letters), joined into one text; then runs
# time_money_benchmark and bench/peers/chrono/run.js on that text (npm installs
# chrono-node into bench/peers/chrono/node_modules, never into the product).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-10M}"
[[ "$size" =~ ^[0-9]+[KMG]?$ ]] || { echo "run_time_money.sh: not a size: '$size'" >&2; exit 2; }
scratch="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench}/time-money-$size"
build="${DOSSIER_BENCH_BUILD:-$root/build/bench}"

"$root/scripts/setup-deps" bench
command -v npm >/dev/null || { echo "run_time_money.sh: npm is needed for the chrono-node peer" >&2; exit 1; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON \
  -DDOSSIER_TESTS=OFF >/dev/null
cmake --build "$build" --target dossier_make_corpus time_money_benchmark -j"$(nproc)" >/dev/null
(cd "$root/bench/peers/chrono" && npm ci --no-audit --no-fund --silent)

rm -rf "$scratch"
mkdir -p "$scratch"
"$build/bench/dossier_make_corpus" --out "$scratch/corpus" --bytes "$size" --seed 1 >/dev/null
text="$scratch/english.txt"
find "$scratch/corpus" -type f -name '*.txt' | sort | while read -r file; do
  if iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1 && ! LC_ALL=C grep -q $'[\xD0\xD1]' "$file"; then
    cat "$file"
  fi
done >"$text"
echo "text: $(wc -c <"$text") bytes of English from the $size corpus"
# The Russian articles written in UTF-8 (the windows-1251 ones are not valid UTF-8).
text_ru="$scratch/russian.txt"
find "$scratch/corpus" -type f -name '*.txt' | sort | while read -r file; do
  if iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1 && LC_ALL=C grep -q $'[\xD0\xD1]' "$file"; then
    cat "$file"
  fi
done >"$text_ru"
echo "text: $(wc -c <"$text_ru") bytes of Russian from the $size corpus"

DOSSIER_TIME_TEXT="$text" DOSSIER_TIME_TEXT_RU="$text_ru" "$build/bench/time_money_benchmark" \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
node "$root/bench/peers/chrono/run.js" "$text"
rm -rf "$scratch"
