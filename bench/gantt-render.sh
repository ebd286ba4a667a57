#!/usr/bin/env bash
# The Gantt of a 10,000-task project in headless Chromium: starts the packaged server on a fresh
# embedded H2 data directory, builds the project through the API (100 summaries of 99 tasks, 10
# links chaining the first tasks of each), then 5 runs of: a fresh page load timed from navigation
# start to the bars drawn (the script's performance mark), and a full scroll top to bottom, 480 px
# per animation frame. Prints each run and the median. Loopback only.
# Usage: bench/gantt-render.sh [extra GanttRender options]
#   (after mvn -B -DskipTests package -pl server,bench -am; needs chromium and chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
password=gantt-bench-admin-password

LINCHPIN_DATA_DIR="$dir" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
  java -jar server/target/linchpin-server.jar >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.2
done

echo "commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp bench/target/benchmarks.jar io.linchpin.bench.gantt.GanttRender --url "http://127.0.0.1:$port" \
  --sign-in "admin:$password" --runs 5 "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
