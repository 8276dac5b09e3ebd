#!/usr/bin/env bash
# The sponsored content benchmark (issue #11; figures in docs/sponsored.md and docs/performance.md).
#   bench/sponsored.sh [REQUESTS [CONCURRENCY [ROUNDS]]]    defaults: 200 requests per pass, 4 at a time, 3 rounds
# Needs the database bench/run.sh filled (members, connections, feed data). Boots Rapport on it,
# loads bench/generate-sponsored.sql once (300 approved advertisers, 1,000 running campaigns targeted
# over the members' facts, 60 % of members with the targeting purpose on, 1M impressions of history),
# then runs bench/SponsoredBench.java: the feed page /home with the sponsored plugin off and on, in
# alternating rounds on the same server and data, p50/p99 and the server's CPU time per request of
# each mode and the difference. The plugin is left as it was found. Stops the server.
# Environment: as bench/run.sh (BENCH_DB, BENCH_PROFILE=quick for the quick profile's database,
# BENCH_HTTP_PORT, PG*, BENCH_SKIP_BUILD=1, BENCH_JFR=1 for a JFR profile of the load with its
# hottest methods), BENCH_VIEWERS (48 members signed in), BENCH_WARM_UP (300 pages per mode).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_PROFILE:-full}" == quick ]]; then db=${BENCH_DB:-rapport_bench_quick}; else db=${BENCH_DB:-rapport_bench}; fi
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_HTTP_PORT:-18080}
password='bench passphrase for rapport'
out=bench/target
mkdir -p "$out"

[[ "$(psql -qtA -d "$db" -c "select exists (select 1 from post)" 2>/dev/null)" == t ]] \
  || { echo "no feed data in $db: run bench/run.sh first"; exit 1; }

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  echo "== build"
  ./mvnw -q -DskipTests package
fi
# the client signs in BENCH_VIEWERS members from one address, faster than the production limit allows
export RAPPORT_SIGNIN_MAX_ATTEMPTS_PER_MINUTE=100000
source bench/boot.sh
boot_rapport

echo "== generate sponsored data (log: $out/generate-sponsored.log)"
start=$(date +%s)
psql -q -1 -d "$db" -f bench/generate-sponsored.sql > "$out/generate-sponsored.log" 2>&1 \
  || { tail -20 "$out/generate-sponsored.log"; exit 1; }
echo "generated in $(( $(date +%s) - start )) s"
grep -B2 -A3 "only_untargeted" "$out/generate-sponsored.log" || true
echo "data: $(psql -qtA -d "$db" -c "select (select count(*) from member) || ' members, ' || (select count(*) from post) || ' posts, '
  || (select count(*) from sponsored_campaign where status = 'RUNNING') || ' running campaigns'")"

echo "== load (machine: $(nproc) cores, $(uptime | sed "s/.*load/load/"))"
driver=$(ls server-config/target/lib/postgresql-*.jar | head -1)
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.start name=sponsored settings=profile filename="$PWD/$out/sponsored.jfr" > /dev/null
fi
java -cp "$driver" bench/SponsoredBench.java "$base" "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$password" "${1:-200}" "${2:-4}" "${3:-3}" \
  | tee "$out/sponsored-results.txt"
echo "== done ($(uptime | sed "s/.*load/load/"))"
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$payara" JFR.stop name=sponsored > /dev/null
  echo "== JFR: $out/sponsored.jfr; hottest sponsored methods (execution samples with a sponsored frame)"
  jfr print --events jdk.ExecutionSample "$out/sponsored.jfr" | awk '
    /stackTrace = \[/ { t++; top = ""; inside = 1; first = 1; next }
    inside && /^[ \t]*\]/ { inside = 0; next }
    inside { line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line)
             if (first) { top = line; first = 0 }
             if (line ~ /plugins\.sponsored/ && !(t in seen)) { seen[t] = 1; s++; n[line]++ } }
    END { printf "%6.2f%%  of all samples have a sponsored frame\n", 100 * s / t
          for (f in n) printf "%6.2f%%  %s\n", 100 * n[f] / t, f }' | sort -rn | head -20 || true
fi
