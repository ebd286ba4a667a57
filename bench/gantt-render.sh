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
. bench/start-server.sh
start_server gantt-bench-admin-password

echo "commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp bench/target/benchmarks.jar io.linchpin.bench.gantt.GanttRender --url "http://127.0.0.1:$port" \
  --sign-in "admin:$password" --runs 5 "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
