#!/usr/bin/env bash
# Baselines, variance, health, "why this date?" and the latest change through the API on 10,000- and
# 100,000-task linked projects (see insights.py), on the packaged server with embedded H2 in a fresh
# data directory. Loopback only.
# Usage: bench/server/insights.sh [sizes...]   (after mvn -B -DskipTests package -pl server -am)
# INSIGHTS_REPEAT=n times each call n times (10 by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${*:-10000 100000}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
base=http://127.0.0.1:$port
password=insights-admin-password
unset LINCHPIN_DATABASE_URL
# A copy of the jar: a build during the run must not pull classes from under the running server.
cp server/target/linchpin-server.jar "$dir/"
LINCHPIN_DATA_DIR="$dir/data" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
  java -Xmx6g -jar "$dir/linchpin-server.jar" >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server; wait $server || true; rm -rf "$dir"' EXIT
until curl -sf "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.5
done
echo "database: embedded H2; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/server/insights.py --base "$base" --password "$password" --tasks $sizes ${INSIGHTS_REPEAT:+--repeat $INSIGHTS_REPEAT}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
