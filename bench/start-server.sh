# Sourced by the benchmark scripts: start_server PASSWORD [JAVA OPTIONS...] starts a copy of the
# packaged server (a build during the run must not pull classes from under it) on a free loopback
# port and a fresh data directory (embedded H2, or the PostgreSQL database of
# LINCHPIN_DATABASE_URL/_USER/_PASSWORD when set), waits until /actuator/health answers, and stops
# it when the script exits. Sets dir, port, base, password and server.
start_server() {
  password=$1
  shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  dir=$(mktemp -d)
  base=http://127.0.0.1:$port
  cp server/target/linchpin-server.jar "$dir/"
  LINCHPIN_DATA_DIR="$dir/data" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
    java "$@" -jar "$dir/linchpin-server.jar" >"$dir/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$dir"' EXIT
  until curl -sf "$base/actuator/health" >/dev/null 2>&1; do
    kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    sleep 0.2
  done
}
