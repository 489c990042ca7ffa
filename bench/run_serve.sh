#!/usr/bin/env bash
# The workbench under load (`dossier serve`, docs/api.md).
#
# Usage: bench/run_serve.sh [SIZE]       SIZE: the corpus, default 100M
#
# Builds dossier and dossier_make_corpus (release, $DOSSIER_BENCH_BUILD),
# generates a SIZE corpus (seed 1), ingests it into a fresh store with every
# core, and starts `dossier serve --port 0` on it. Then:
#  1. profile page: the person in most sources; one GET /entities/ID to warm
#     up (it loads the corpus), then 20 more, each timed from the request to
#     the last byte (Python's http.client on loopback); median and largest;
#  2. search: `wrk -t2 -c16 -d20s` on /api/search?q=WORD while
#     `dossier ingest` stores a second corpus (10M, seed 2; a reused store
#     gets a new seed) into the same
#     store; requests per second, non-2xx answers and socket errors.
# Prints a markdown table (also written to $DOSSIER_BENCH_DIR/serve.md).
#
# Environment: DOSSIER_BENCH_REUSE=1 measures the store of an earlier run
# again (no generation, no first ingest), DOSSIER_BENCH_DIR (default /tmp/dossier-bench-serve),
# DOSSIER_BENCH_BUILD (default build/bench), SEARCH_WORD (default "minister").
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-100M}"
dir="${DOSSIER_BENCH_DIR:-/tmp/dossier-bench-serve}"
build="${DOSSIER_BENCH_BUILD:-build/bench}"
word="${SEARCH_WORD:-minister}"
command -v wrk >/dev/null || { echo "run_serve: wrk is missing (scripts/setup-deps bench)" >&2; exit 1; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON -DDOSSIER_TESTS=OFF >/dev/null
cmake --build "$build" --target dossier dossier_make_corpus -j2 >/dev/null
dossier="$build/cli/dossier"
db="$dir/store.db"
ingest_s="(reused)"
if [ "${DOSSIER_BENCH_REUSE:-0}" != 1 ] || [ ! -f "$db" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  "$build/bench/dossier_make_corpus" --out "$dir/corpus" --bytes "$size" --seed 1 >/dev/null
  start=$(date +%s.%N)
  "$dossier" ingest --db "$db" --no-progress "$dir/corpus" 2>"$dir/ingest.log"
  ingest_s=$(echo "$(date +%s.%N) - $start" | bc)
fi

# The corpus stored during the search load: new to the store (a reused store
# gets another seed each run).
more_seed="${MORE_SEED:-2}"
[ "$ingest_s" = "(reused)" ] && more_seed=$(date +%s)
"$build/bench/dossier_make_corpus" --out "$dir/more-$more_seed" --bytes 10M --seed "$more_seed" >/dev/null

"$dossier" serve --db "$db" --port 0 >"$dir/serve.out" 2>"$dir/serve.err" &
server=$!
writer=""
trap 'kill $server $writer 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q http "$dir/serve.out" && break; sleep 0.1; done
port=$(grep -o ':[0-9][0-9]*/' "$dir/serve.out" | tr -d ':/')

profile=$(python3 - "$port" <<'PY'
import http.client, json, statistics, sys, time
port = int(sys.argv[1])
def get(path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    t = time.perf_counter()
    c.request("GET", path)
    r = c.getresponse()
    body = r.read()
    return r.status, body, time.perf_counter() - t
status, body, _ = get("/api/entities?type=PERSON")
person = json.loads(body)[0]
status, page, first = get("/entities/" + person["id"])
times = []
for _ in range(20):
    status, page, t = get("/entities/" + person["id"])
    assert status == 200, status
    times.append(t * 1000)
print(f'{person["name"]}|{person["sources"]}|{len(page)}|{first*1000:.0f}|'
      f'{statistics.median(times):.0f}|{max(times):.0f}')
PY
)

"$dossier" ingest --db "$db" --no-progress --jobs 1 "$dir/more-$more_seed" 2>"$dir/ingest-more.log" &
writer=$!
sleep 1
wrk -t2 -c16 -d20s "http://127.0.0.1:$port/api/search?q=$word" >"$dir/wrk.txt"
kill -0 $writer 2>/dev/null && ingest_during="yes" || ingest_during="no (finished first)"
kill $writer 2>/dev/null || true   # stored whole documents so far; not measured
wait $writer 2>/dev/null || true
rps=$(awk '/Requests\/sec/ {print $2}' "$dir/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$dir/wrk.txt"); non2xx=${non2xx:-0}
errors=$(awk '/Socket errors/ {print $0}' "$dir/wrk.txt"); errors=${errors:-none}
latency=$(awk '/Latency/ {print $2}' "$dir/wrk.txt")

IFS='|' read -r name sources bytes first median largest <<<"$profile"
{
  echo "| store | ingest s | person (sources) | page bytes | first page ms (loads the corpus) | page ms median / max of 20 | search req/s (wrk -t2 -c16 -d20s) | mean latency | non-2xx | socket errors | ingest running throughout |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  echo "| $size, $(du -m "$db" | cut -f1) MB | $ingest_s | $name ($sources) | $bytes | $first | $median / $largest | $rps | $latency | $non2xx | $errors | $ingest_during |"
} | tee "$dir/serve.md"
