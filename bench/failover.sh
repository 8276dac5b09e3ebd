#!/usr/bin/env bash
# The failover drill (docs/operations.md, "Failover drill"): two instances behind HAProxy on
# loopback (scripts/cluster.sh), signed-in members reading and messaging at a steady pace
# (bench/Failover.java: home, inbox, messages, posts, comments), then: kill -9 of instance 2, its restart, a rolling restart of both.
# Reports per phase requests, failures (and when), p50/p99; acknowledged messages missing in
# PostgreSQL (messages, posts, comments; goal 0) and members still signed in (goal >= 99 %).
#
#   bench/failover.sh [MEMBERS [PHASE_SECONDS]]      (default 20 members, 20 s per phase)
# Needs a build (./run.sh once), haproxy and psql. Uses RAPPORT_CLUSTER_DIR (default
# bench/target/cluster): its embedded PostgreSQL and instances are its own.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
members=${1:-20}
phase_s=${2:-20}
out="$root/bench/target/failover"
export RAPPORT_CLUSTER_DIR=${RAPPORT_CLUSTER_DIR:-$root/bench/target/cluster}
export RAPPORT_LB_PORT=${RAPPORT_LB_PORT:-18180}
export RAPPORT_EMBEDDED_DB_PORT=${RAPPORT_EMBEDDED_DB_PORT:-54340}
# the drill sends far more than a person would: lift the per-member limits for it
export RAPPORT_LIMITS_MESSAGE_PER_HOUR=1000000 RAPPORT_LIMITS_POST_PER_HOUR=1000000 RAPPORT_LIMITS_COMMENT_PER_HOUR=1000000 RAPPORT_LIMITS_SIGN_UP_PER_HOUR=100000 RAPPORT_SIGNIN_MAX_ATTEMPTS_PER_MINUTE=100000
rm -rf "$out"; mkdir -p "$out"
cluster="$root/scripts/cluster.sh"
base="http://127.0.0.1:$RAPPORT_LB_PORT/"
trap '"$cluster" stop > /dev/null 2>&1 || true' EXIT

"$cluster" start 2
db=$(sed -n 's/^Rapport: PostgreSQL ready at //p' "$RAPPORT_CLUSTER_DIR/postgres.log")
db=${db#jdbc:postgresql://}; host=${db%%:*}; rest=${db#*:}; port=${rest%%/*}; name=${rest#*/}
export PGPASSWORD=$(cat "$RAPPORT_CLUSTER_DIR/postgres.password")
sql() { psql -qtA -h "$host" -p "$port" -U postgres "$name" -c "$1"; }

java "$root/bench/Failover.java" signup "$base" "$members" "drill passphrase long enough" "$out/emails"
# verified, and connected in pairs, so that they may write to each other
sql "update member set email_verified_at = now() where email like 'drill-%' and email_verified_at is null"
sql "select email || ' ' || id from member where email like 'drill-%'" > "$out/emails.ids"
sql "insert into connection_edge (member_id, other_id, how_met) select a.id, b.id, 'OTHER' from member a, member b
     where a.email like 'drill-%' and b.email like 'drill-%' and a.id <> b.id on conflict do nothing"

echo before > "$out/phase"
java "$root/bench/Failover.java" run "$base" "$out/emails" "drill passphrase long enough" "$out/phase" "$out/stop" "$out/acked" \
  > "$out/report.txt" 2>&1 &
client=$!
# the phases start once every member is signed in (20 password hashes take a while on a busy machine)
while [ ! -f "$out/stop.ready" ]; do
  kill -0 "$client" 2> /dev/null || { cat "$out/report.txt"; echo "the load client stopped before signing everyone in"; exit 1; }
  sleep 1
done
# a step that fails (an instance not ready in time on a busy machine) ends the drill early, but the
# client still stops and reports what it measured until then
failed=""
step() { "$@" || { failed="$failed; '$*' failed"; return 1; }; }
sleep "$phase_s"
{ echo kill > "$out/phase"; step "$cluster" kill 2 && sleep "$phase_s" \
  && echo restarted > "$out/phase" && step "$cluster" start-one 2 && sleep "$phase_s" \
  && echo rolling > "$out/phase" && step "$cluster" rolling \
  && echo after > "$out/phase" && sleep "$phase_s"; } || true
touch "$out/stop"; wait "$client" || true
[ -z "$failed" ] || echo "drill ended early${failed}"

cat "$out/report.txt"
# every acknowledged write looked up at once: "kind<TAB>marker" rows copied into a temporary table
awk '{ kind = $1; $1 = ""; sub(/^ /, ""); print kind "\t" $0 }' "$out/acked" > "$out/acked.tsv"
psql -qtA -h "$host" -p "$port" -U postgres "$name" <<SQL
create temporary table acked (kind text, marker text);
\copy acked from '$out/acked.tsv'
select 'acknowledged writes missing in PostgreSQL: ' || count(*) filter (where not found) || ' of ' || count(*)
       || coalesce(' (' || string_agg(kind || ' ' || marker, ', ') filter (where not found) || ')', '')
from (select a.kind, a.marker, case a.kind
        when 'message' then exists (select 1 from message m where m.body = a.marker)
        when 'post' then exists (select 1 from post p where p.body = a.marker)
        else exists (select 1 from post_comment c where c.body = a.marker) end as found
      from acked a) checked;
SQL
