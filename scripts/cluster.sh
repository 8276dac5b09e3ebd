#!/usr/bin/env bash
# Rapport on several instances on this machine, for trying a cluster: one PostgreSQL (the
# embedded one of the run command, or yours with RAPPORT_DB_URL), N Rapport instances clustered
# by their Hazelcast on loopback, and HAProxy (Debian: apt-get install haproxy) in front.
#
#   scripts/cluster.sh start [N]     start everything (N instances, default 2); build first with ./run.sh
#   scripts/cluster.sh stop          stop everything
#   scripts/cluster.sh status        what runs, and HAProxy's view of the instances
#   scripts/cluster.sh kill I        kill -9 instance I (1..N): a crash
#   scripts/cluster.sh start-one I   start instance I again
#   scripts/cluster.sh restart I     rolling restart of one instance: drain it in HAProxy, wait for
#                                    its requests to finish, stop it, start it, back in rotation
#   scripts/cluster.sh rolling       restart every instance that way, one after the other
#
# Ports (loopback): HAProxy RAPPORT_LB_PORT (8080); instance I HTTP 8080+I, Hazelcast 5900+I;
# embedded PostgreSQL RAPPORT_EMBEDDED_DB_PORT (54320). State, logs and data: RAPPORT_CLUSTER_DIR
# (./data/cluster). Other RAPPORT_* variables reach every instance.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/java.sh"
require_java cluster

dir=${RAPPORT_CLUSTER_DIR:-$PWD/data/cluster}
lb_port=${RAPPORT_LB_PORT:-8080}
jar="$root/server-config/target/rapport-server.jar"
mkdir -p "$dir"
sock="$dir/haproxy.sock"

die() { echo "cluster: $*" >&2; exit 1; }
count() { cat "$dir/instances" 2>/dev/null || echo 2; }
http_port() { echo $((lb_port + $1)); }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
lb() { echo "$1" | socat - "UNIX-CONNECT:$sock"; }

members() {
  local n=$1 list="" i
  for i in $(seq 1 "$n"); do list="$list${list:+,}127.0.0.1:$((5900 + i))"; done
  echo "$list"
}

database() {
  if [ -n "${RAPPORT_DB_URL:-}" ]; then
    return
  fi
  if ! alive "$dir/postgres.pid"; then
    RAPPORT_DATA_DIR="$dir" nohup "$JAVA" -jar "$jar" --database-only > "$dir/postgres.log" 2>&1 &
    echo $! > "$dir/postgres.pid"
  fi
  for _ in $(seq 1 120); do
    url=$(sed -n 's/^Rapport: PostgreSQL ready at //p' "$dir/postgres.log")
    [ -n "$url" ] && break
    alive "$dir/postgres.pid" || die "PostgreSQL did not start: $(tail -3 "$dir/postgres.log")"
    sleep 0.5
  done
  [ -n "$url" ] || die "PostgreSQL not ready after 60 s"
  export RAPPORT_DB_URL="$url" RAPPORT_DB_USER=postgres RAPPORT_DB_PASSWORD="$(cat "$dir/postgres.password")"
}

start_one() {
  local i=$1 n; n=$(count)
  alive "$dir/i$i.pid" && { echo "instance $i already runs"; return; }
  database
  mkdir -p "$dir/i$i"
  RAPPORT_HTTP_PORT=$(http_port "$i") RAPPORT_DATA_DIR="$dir/i$i" \
  RAPPORT_CLUSTER_NAME=${RAPPORT_CLUSTER_NAME:-rapport-local} RAPPORT_CLUSTER_MEMBERS=$(members "$n") \
  RAPPORT_CLUSTER_PORT=$((5900 + i)) RAPPORT_CLUSTER_INTERFACE=127.0.0.1 RAPPORT_CLUSTER_HOST_AWARE=false \
  RAPPORT_HTTP_TRUSTED_PROXIES=${RAPPORT_HTTP_TRUSTED_PROXIES:-127.0.0.1} \
    nohup "$JAVA" -jar "$jar" > "$dir/i$i.log" 2>&1 &
  echo $! > "$dir/i$i.pid"
  echo "instance $i: starting on port $(http_port "$i") (log $dir/i$i.log)"
}

await_ready() {
  local i=$1
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$(http_port "$i")/health/ready" && { echo "instance $i: ready"; return; }
    alive "$dir/i$i.pid" || die "instance $i stopped: $(tail -5 "$dir/i$i.log")"
    sleep 1
  done
  die "instance $i not ready after 5 minutes"
}

start_lb() {
  command -v haproxy > /dev/null || die "haproxy is missing (Debian: apt-get install haproxy)"
  local n; n=$(count)
  cp "$root/server-config/haproxy/haproxy.cfg" "$dir/haproxy.cfg"
  for i in $(seq 1 "$n"); do echo "    server i$i 127.0.0.1:$(http_port "$i") check" >> "$dir/haproxy.cfg"; done
  RAPPORT_LB_BIND="127.0.0.1:$lb_port" RAPPORT_LB_SOCKET="$sock" haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
  echo "HAProxy: http://127.0.0.1:$lb_port/"
}

stop_pid() { # the launcher stops Payara Micro (and the embedded PostgreSQL) on SIGTERM
  local file=$1
  if alive "$file"; then
    kill "$(cat "$file")"
    for _ in $(seq 1 60); do alive "$file" || break; sleep 0.5; done
  fi
  rm -f "$file"
}

# A Payara Micro process is the launcher's only child.
payara_of() { pgrep -P "$(cat "$dir/i$1.pid")" java; }

restart() {
  local i=$1
  lb "set server instances/i$i state drain" > /dev/null
  for _ in $(seq 1 30); do # in-flight requests finish (live sockets are not waited for: they reconnect)
    cur=$(lb "show stat" | awk -F, -v s="i$i" '$1=="instances" && $2==s {print $5}')
    [ "${cur:-0}" -le 0 ] && break
    sleep 0.5
  done
  stop_pid "$dir/i$i.pid"
  start_one "$i"
  await_ready "$i"
  lb "set server instances/i$i state ready" > /dev/null
}

case "${1:-}" in
  start)
    [ -f "$jar" ] || die "build Rapport first: ./run.sh (or ./mvnw -q -Dmaven.test.skip=true package)"
    n=${2:-2}
    echo "$n" > "$dir/instances"
    database
    start_one 1
    for _ in $(seq 1 120); do # instance 1's Hazelcast listens first; the others join it
      (echo > /dev/tcp/127.0.0.1/5901) 2> /dev/null && break
      sleep 0.5
    done
    for i in $(seq 2 "$n"); do start_one "$i"; done
    for i in $(seq 1 "$n"); do await_ready "$i"; done
    alive "$dir/haproxy.pid" || start_lb
    ;;
  stop)
    stop_pid "$dir/haproxy.pid"
    for i in $(seq 1 "$(count)"); do stop_pid "$dir/i$i.pid"; done
    stop_pid "$dir/postgres.pid"
    ;;
  status)
    for i in $(seq 1 "$(count)"); do alive "$dir/i$i.pid" && echo "instance $i: runs" || echo "instance $i: stopped"; done
    alive "$dir/haproxy.pid" && lb "show servers state instances" | awk 'NR>2 {print "HAProxy " $4 ": state " $6 " (2 = up)"}'
    ;;
  kill)
    [ -n "${2:-}" ] || die "which instance?"
    kill -9 "$(payara_of "$2")" "$(cat "$dir/i$2.pid")"
    rm -f "$dir/i$2.pid"
    echo "instance $2: killed"
    ;;
  start-one)
    start_one "$2"; await_ready "$2"
    ;;
  restart)
    restart "$2"
    ;;
  rolling)
    for i in $(seq 1 "$(count)"); do restart "$i"; done
    ;;
  *)
    sed -n '2,17p' "$0"; exit 2
    ;;
esac
