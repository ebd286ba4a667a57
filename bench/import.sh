#!/usr/bin/env bash
# Import times through the API of the packaged server: starts it (embedded H2 in a fresh data
# directory, or the PostgreSQL database of LINCHPIN_DATABASE_URL/_USER/_PASSWORD), then imports
# the largest oracle file (../shared/oracle/primavera/sp10-cost-loaded.xer) and a generated
# 10,000-task MSPDI file, 5 times each, one at a time, and prints each time and the median.
# Usage: bench/import.sh   (after mvn -B -DskipTests package -pl server,bench -am)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-server.sh
start_server import-bench-admin-password

echo "database: ${LINCHPIN_DATABASE_URL:-embedded H2}"
files=()
oracle=../shared/oracle/primavera/sp10-cost-loaded.xer
if [ -f "$oracle" ]; then files+=(--file "$oracle"); else echo "$oracle is absent: only the generated file"; fi
java -cp bench/target/benchmarks.jar io.linchpin.bench.load.ImportTime --server "$base" --sign-in "admin:$password" \
  "${files[@]}" --generate 10000 --runs 5
