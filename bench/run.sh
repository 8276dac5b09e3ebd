#!/usr/bin/env bash
# The performance benchmark (README, "Benchmark"; figures in docs/performance.md).
#   bench/run.sh [REQUESTS [CONCURRENCY]]        defaults: 300 requests per endpoint, 4 at a time
# Creates a fresh database on the local PostgreSQL, builds and boots Rapport against it (the
# README's run command), signs up one member for real, loads bench/generate.sql (100k members,
# 1M connections) and bench/generate-feed.sql (5M posts, comments, reactions), prints the EXPLAIN ANALYZE of the search query, runs bench/Bench.java, and
# stops the server. The database stays for inspection; the next run drops and recreates it.
# BENCH_PROFILE=quick loads a tenth of the members and a fiftieth of the posts (10k members, 100k
# connections, 100k posts, 4k conversations; a few minutes) into its own database rapport_bench_quick,
# for iterating; the default (full) profile is the size the figures in docs/performance.md are for.
# BENCH_PAGES=/home,/in/ times only those pages; BENCH_JFR=1 records a JFR profile of the load
# (settings=profile) to bench/target/rapport.jfr and prints its hottest methods.
# Environment: BENCH_DB (rapport_bench), BENCH_HTTP_PORT (18080), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres), PGPASSWORD, BENCH_SKIP_BUILD=1 to reuse the last build, BENCH_REUSE_DB=1 to
# keep the database of the last run (the generator then finds its data and does nothing).
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${BENCH_PROFILE:-full}
case "$profile" in
  full)  db=${BENCH_DB:-rapport_bench}; members=100000
         sizes=(); feed_sizes=() ;;
  quick) db=${BENCH_DB:-rapport_bench_quick}; members=10000
         sizes=(-v members=10000 -v connections=100000)
         feed_sizes=(-v posts=100000 -v comments=40000 -v reactions=200000 -v follows=6000) ;;
  *) echo "BENCH_PROFILE is full or quick, not $profile"; exit 2 ;;
esac
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_HTTP_PORT:-18080}
password='bench passphrase for rapport'
owner=owner@bench.rapport.test
out=bench/target
mkdir -p "$out"

if [[ -z "${BENCH_REUSE_DB:-}" ]]; then
  echo "== fresh database $db on $PGHOST:$PGPORT"
  psql -q -d postgres -c "drop database if exists $db" -c "create database $db"
fi

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  echo "== build"
  ./mvnw -q -DskipTests package
fi

source bench/boot.sh
boot_rapport

if [[ "$(psql -qtA -d "$db" -c "select count(*) from member where email = '$owner'")" == 0 ]]; then
  echo "== sign up $owner (its password hash goes to every bench member)"
  java bench/Bench.java signup "$base" "$owner" "$password"
fi

echo "== generate data (log: $out/generate.log)"
start=$(date +%s)
psql -q -d "$db" -v hash_from="$owner" "${sizes[@]}" -f bench/generate.sql > "$out/generate.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"
grep -A3 "degree_5_30" "$out/generate.log" || true

echo "== generate feed data (log: $out/generate-feed.log)"
start=$(date +%s)
psql -q -d "$db" "${feed_sizes[@]}" -f bench/generate-feed.sql > "$out/generate-feed.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"
grep -A3 "authors_under_10_posts" "$out/generate-feed.log" || true

if [[ "$profile" == quick ]]; then
  # the full profile's conversations live in bench/conversations.sh's own database (20M messages)
  echo "== generate conversations (log: $out/generate-messages.log)"
  psql -q -d "$db" -v direct_connected=1600 -v direct_others=1600 -v groups=800 -f bench/generate-messages.sql \
    > "$out/generate-messages.log" 2>&1
fi

echo "== EXPLAIN ANALYZE of the search query (full output: $out/explain.txt)"
psql -q -d "$db" -f bench/explain.sql > "$out/explain.txt" 2>&1
grep -E "Execution Time" "$out/explain.txt" || true

echo "== load, profile $profile (machine: $(nproc) cores, $(uptime | sed "s/.*load/load/"))"
export BENCH_MEMBERS=$members
driver=$(ls server-config/target/lib/postgresql-*.jar | head -1)
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.start name=bench settings=profile filename="$PWD/$out/rapport.jfr" > /dev/null
fi
java -cp "$driver" bench/Bench.java run "$base" "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$password" "${1:-300}" "${2:-4}" \
  | tee "$out/results.txt"
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.stop name=bench > /dev/null
  echo "== JFR: $out/rapport.jfr; hottest methods (top frames of the execution samples)"
  jfr print --events jdk.ExecutionSample "$out/rapport.jfr" | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); n[$0]++; t++ }
    END { for (f in n) printf "%6.2f%%  %s\n", 100 * n[f] / t, f }' | sort -rn | head -25 || true
fi
