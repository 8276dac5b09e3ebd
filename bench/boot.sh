# Sourced by the bench scripts: boots Rapport (the README's run command, already built) on the
# benchmark database and stops it when the calling script exits.
# Needs: db, port, out set by the caller; PGHOST, PGPORT, PGUSER (and PGPASSWORD) exported.
boot_rapport() {
  echo "== boot Rapport on port $port (log: $out/server.log)"
  RAPPORT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" RAPPORT_DB_USER="$PGUSER" RAPPORT_DB_PASSWORD="${PGPASSWORD:-}" \
    RAPPORT_HTTP_PORT="$port" java -jar server-config/target/rapport-server.jar > "$out/server.log" 2>&1 &
  server=$!
  trap stop_rapport EXIT
  for _ in $(seq 1 600); do
    grep -q "Rapport is ready" "$out/server.log" && break
    kill -0 "$server" 2>/dev/null || { echo "Rapport stopped; see $out/server.log"; exit 1; }
    sleep 1
  done
  grep -q "Rapport is ready" "$out/server.log" || { echo "Rapport not ready after 600 s"; exit 1; }
  base="http://localhost:$port/"
  # the run command is a launcher; the server is its child, the Payara Micro JVM
  payara=$(pgrep -P "$server" -f payara-micro.jar | head -1)
  export BENCH_SERVER_PID=$payara BENCH_CLK_TCK=$(getconf CLK_TCK)
  echo "Payara Micro is process $payara"
}

# CPU time (utime + stime, all threads) of the Payara process so far, in milliseconds.
server_cpu_ms() {
  awk -v hz="$BENCH_CLK_TCK" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$payara/stat"
}

stop_rapport() {
  echo "== stop Rapport"
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
}
