#!/usr/bin/env bash
# The conversations benchmark (docs/conversations.md, "Benchmark").
#   bench/conversations.sh [REQUESTS [CONCURRENCY [OPEN_PAGES]]]   defaults: 300, 4, 200
# In its own database (BENCH_DB, default rapport_bench_conv, so that it never disturbs
# bench/run.sh's rapport_bench): builds and boots Rapport (which migrates it), signs up one member,
# loads bench/generate.sql (100k members, 1M connections) and bench/generate-messages.sql (2M
# conversations, 20M messages; timed), then runs bench/ConversationBench.java: p50/p99 of the
# conversation list and of opening a conversation (HTTP and raw SQL), and the delivery latency
# from send to the other open page with OPEN_PAGES open conversations. Stops the server at the end.
# Environment: as bench/run.sh (BENCH_HTTP_PORT default 18081 here, PGHOST, PGPORT, PGUSER,
# PGPASSWORD, BENCH_SKIP_BUILD=1, BENCH_REUSE_DB=1 to keep the data of the last run).
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-rapport_bench_conv}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_HTTP_PORT:-18081}
password='bench passphrase for rapport'
owner=owner@bench.rapport.test
out=bench/target/conversations
mkdir -p "$out"

if [[ -z "${BENCH_REUSE_DB:-}" ]]; then
  echo "== fresh database $db on $PGHOST:$PGPORT"
  psql -q -d postgres -c "drop database if exists $db" -c "create database $db"
fi

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  echo "== build"
  ./mvnw -q -DskipTests package
fi

echo "== boot Rapport on port $port (log: $out/server.log)"
# the delivery test signs in 400 members from one address: lift the per-address sign-in rate for the run
RAPPORT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" RAPPORT_DB_USER="$PGUSER" RAPPORT_DB_PASSWORD="${PGPASSWORD:-}" \
  RAPPORT_HTTP_PORT="$port" RAPPORT_SIGNIN_MAX_ATTEMPTS_PER_MINUTE=100000 \
  java -jar server-config/target/rapport-server.jar > "$out/server.log" 2>&1 &
server=$!
stop() {
  echo "== stop Rapport"
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 300); do
  grep -q "Rapport is ready" "$out/server.log" && break
  kill -0 "$server" 2>/dev/null || { echo "Rapport stopped; see $out/server.log"; exit 1; }
  sleep 1
done
grep -q "Rapport is ready" "$out/server.log" || { echo "Rapport not ready after 300 s"; exit 1; }
base="http://localhost:$port/"
# the run command is a launcher; the Payara Micro JVM is its child (ConversationBench reads its CPU time)
export BENCH_SERVER_PID=$(pgrep -P "$server" -f payara-micro.jar | head -1) BENCH_CLK_TCK=$(getconf CLK_TCK)

if [[ "$(psql -qtA -d "$db" -c "select count(*) from member where email = '$owner'")" == 0 ]]; then
  echo "== sign up $owner"
  java bench/Bench.java signup "$base" "$owner" "$password"
fi

echo "== generate members and connections (log: $out/generate.log)"
start=$(date +%s)
psql -q -d "$db" -v hash_from="$owner" -f bench/generate.sql > "$out/generate.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"

echo "== generate conversations and messages (log: $out/generate-messages.log)"
start=$(date +%s)
psql -q -d "$db" -f bench/generate-messages.sql > "$out/generate-messages.log" 2>&1
echo "generated in $(( $(date +%s) - start )) s"
grep -E "^ *[0-9]+ *\|? *[0-9]* *$|conversations|messages|memberships" "$out/generate-messages.log" | tail -8 || true

echo "== load (machine: $(nproc) cores, $(uptime | sed "s/.*load/load/"))"
driver=$(ls server-config/target/lib/postgresql-*.jar | head -1)
java -cp "$driver" bench/ConversationBench.java "$base" "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$password" \
  "${1:-300}" "${2:-4}" "${3:-200}" | tee "$out/results.txt"
