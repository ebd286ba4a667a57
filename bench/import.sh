#!/usr/bin/env bash
# Import times through the API of the packaged server: starts it (embedded H2 in a fresh data
# directory, or the PostgreSQL database of LINCHPIN_DATABASE_URL/_USER/_PASSWORD), then imports
# the largest oracle file (../shared/oracle/primavera/sp10-cost-loaded.xer) and a generated
# 10,000-task MSPDI file, 5 times each, one at a time, and prints each time and the median.
# Usage: bench/import.sh   (after mvn -B -DskipTests package -pl server,bench -am)
set -euo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
base=http://127.0.0.1:$port
password=import-bench-admin-password

LINCHPIN_DATA_DIR="$dir" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
  java -jar server/target/linchpin-server.jar >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.2
done

echo "database: ${LINCHPIN_DATABASE_URL:-embedded H2}"
files=()
oracle=../shared/oracle/primavera/sp10-cost-loaded.xer
if [ -f "$oracle" ]; then files+=(--file "$oracle"); else echo "$oracle is absent: only the generated file"; fi
java -cp bench/target/benchmarks.jar io.linchpin.bench.load.ImportTime --server "$base" --sign-in "admin:$password" \
  "${files[@]}" --generate 10000 --runs 5
