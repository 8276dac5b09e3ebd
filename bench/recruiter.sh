#!/usr/bin/env bash
# The recruiter plugin's benchmark (docs/recruiter.md, "Benchmark").
#   bench/recruiter.sh [REQUESTS [CONCURRENCY]]        defaults: 300 requests per endpoint, 4 at a time
# In its own database (rapport_bench_recruiter): boots Rapport (it migrates the core and the plugin),
# signs up one member for real, loads bench/generate.sql (100k members with profiles; connections
# only 100k, the recruiter pages do not read them) and bench/generate-recruiter.sql (500
# organisations, 50k jobs, 20k members open to opportunities, the bench recruiters), prints the
# EXPLAIN ANALYZE of the candidate search and the jobs list (bench/recruiter-explain.sql), runs
# `bench/Bench.java recruiter` (p50/p99 and the server's CPU time per request), and stops the server.
# Environment: as bench/run.sh (BENCH_DB, BENCH_HTTP_PORT, PG*), BENCH_SKIP_BUILD=1 to reuse the last
# build, BENCH_REUSE_DB=1 to keep the last run's database (the generators then do nothing), BENCH_JFR=1
# to record a JFR profile of the load and print its hottest top frames and recruiter frames.
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-rapport_bench_recruiter}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_HTTP_PORT:-18080}
password='bench passphrase for rapport'
owner=owner@bench.rapport.test
out=bench/target/recruiter
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

echo "== generate members (log: $out/generate.log)"
start=$(date +%s)
psql -q -d "$db" -v hash_from="$owner" -v connections=100000 -f bench/generate.sql > "$out/generate.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"
echo "== generate organisations, jobs, open to opportunities (log: $out/generate-recruiter.log)"
start=$(date +%s)
psql -q -d "$db" -v owner="$owner" -f bench/generate-recruiter.sql > "$out/generate-recruiter.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"
tail -12 "$out/generate-recruiter.log"

echo "== EXPLAIN ANALYZE (full output: $out/explain.txt)"
psql -q -d "$db" -f bench/recruiter-explain.sql > "$out/explain.txt" 2>&1
grep -E "^-- |Execution Time" "$out/explain.txt" || true

echo "== load (machine: $(nproc) cores, $(uptime | sed "s/.*load/load/"))"
driver=$(ls server-config/target/lib/postgresql-*.jar | head -1)
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.start name=recruiter settings=profile filename="$PWD/$out/recruiter.jfr" > /dev/null
fi
java -cp "$driver" bench/Bench.java recruiter "$base" "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$password" "${1:-300}" "${2:-4}" \
  | tee "$out/results.txt"
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.stop name=recruiter > /dev/null
  jfr print --events jdk.ExecutionSample "$out/recruiter.jfr" > "$out/samples.txt"
  echo "== JFR: $out/recruiter.jfr; hottest methods (top frames of the execution samples)"
  awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); n[$0]++; t++ }
    END { for (f in n) printf "%6.2f%%  %s\n", 100 * n[f] / t, f }' "$out/samples.txt" | sort -rn | head -25 || true
  echo "== hottest recruiter frames (first recruiter frame of each sample)"
  awk '
    /stackTrace = \[/ { t++; inside = 1; next }
    inside && /^[ \t]*\]/ { inside = 0; next }
    inside { line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line)
             if (line ~ /plugins\.recruiter/ && !(t in seen)) { seen[t] = 1; s++; n[line]++ } }
    END { printf "%6.2f%%  of all samples have a recruiter frame\n", 100 * s / t
          for (f in n) printf "%6.2f%%  %s\n", 100 * n[f] / t, f }' "$out/samples.txt" | sort -rn | head -20 || true
fi
echo "== after the load: $(uptime | sed "s/.*load/load/")"
