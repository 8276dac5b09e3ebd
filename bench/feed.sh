#!/usr/bin/env bash
# The feed load test (issue #4; figures in docs/feed.md and docs/performance.md).
#   bench/feed.sh [RATE [DURATION]]     defaults: 100 feed requests per second for 60 s
# Needs the database bench/run.sh filled (100k members, 1M connections, 5M posts). Boots Rapport
# on it, runs the Gatling simulation bench/gatling (open model: members arrive at RATE/2 per second,
# each opens /home and then its next page) once to warm up and once measured, prints its
# p50/p95/p99 and throughput per page, then the raw SQL of the same pages (bench/feed-explain.sql:
# page 1 and page 50 for a median member, a busy one and a hub), and stops the server.
# Beside latency it prints the Payara process's CPU time per request over the measured run.
# Environment: as bench/run.sh (BENCH_DB, BENCH_HTTP_PORT, PG*, BENCH_PROFILE=quick for the database
# of the quick profile), BENCH_SKIP_BUILD=1, BENCH_SESSIONS (100).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_PROFILE:-full}" == quick ]]; then db=${BENCH_DB:-rapport_bench_quick}; else db=${BENCH_DB:-rapport_bench}; fi
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_HTTP_PORT:-18080}
password='bench passphrase for rapport'
rate=${1:-100}
duration=${2:-60}
sessions=${BENCH_SESSIONS:-100}
out=bench/target
mkdir -p "$out"

[[ "$(psql -qtA -d "$db" -c "select exists (select 1 from post)" 2>/dev/null)" == t ]] \
  || { echo "no feed data in $db: run bench/run.sh first"; exit 1; }

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  echo "== build"
  ./mvnw -q -DskipTests package
fi
# the simulation signs in a pool of members from one address, faster than the production limit allows
export RAPPORT_SIGNIN_MAX_ATTEMPTS_PER_MINUTE=100000
source bench/boot.sh
boot_rapport

gatling() {
  ./mvnw -q -B -f bench/gatling/pom.xml gatling:test -Dbase="$base" -Dpassword="$password" \
    -Dsessions="$sessions" -Drate="$1" -Dduration="$2" 2>&1
}
echo "== warm-up: $((rate / 2)) feed requests/s for 30 s"
gatling "$((rate / 2))" 30 > "$out/gatling-warmup.log" || true
echo "== load: $rate feed requests/s for $duration s (machine: $(nproc) cores, $(uptime | sed "s/.*load/load/"))"
cpu_start=$(server_cpu_ms)
gatling "$rate" "$duration" > "$out/gatling.log" || true
cpu_ms=$(awk -v a="$cpu_start" -v b="$(server_cpu_ms)" 'BEGIN { print b - a }')
sed -n '/Global Information/,/^=\+$/p' "$out/gatling.log" | grep -v '^$' || tail -40 "$out/gatling.log"
grep -E "^feed page|^Global" "$out/gatling.log" | grep -E "percentile|mean requests|failed" || true
count=$(grep -m1 -E "^> request count" "$out/gatling.log" | awk '{ print $4 }')
[[ "$count" =~ ^[0-9]+$ && "$count" -gt 0 ]] \
  && awk -v ms="$cpu_ms" -v n="$count" 'BEGIN { printf "server CPU: %.1f s for %d requests = %.2f ms per request (all requests of the run, sign-ins included)\n", ms / 1000, n, ms / n }' \
  || echo "server CPU: ${cpu_ms} ms over the run (request count not found in $out/gatling.log)"

echo "== raw SQL of the same pages (bench/feed-explain.sql, full output: $out/feed-explain.txt)"
psql -q -d "$db" -f bench/feed-explain.sql > "$out/feed-explain.txt" 2>&1
tail -8 "$out/feed-explain.txt"
