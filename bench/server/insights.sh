#!/usr/bin/env bash
# Baselines, variance, health, "why this date?" and the latest change through the API on 10,000- and
# 100,000-task linked projects (see insights.py), on the packaged server with embedded H2 in a fresh
# data directory. Loopback only.
# Usage: bench/server/insights.sh [sizes...]   (after mvn -B -DskipTests package -pl server -am)
# INSIGHTS_REPEAT=n times each call n times (10 by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${*:-10000 100000}
unset LINCHPIN_DATABASE_URL
. bench/start-server.sh
start_server insights-admin-password -Xmx6g
echo "database: embedded H2; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/server/insights.py --base "$base" --password "$password" --tasks $sizes ${INSIGHTS_REPEAT:+--repeat $INSIGHTS_REPEAT}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
