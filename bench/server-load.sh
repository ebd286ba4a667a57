#!/usr/bin/env bash
# HTTP load on the packaged server: starts it (embedded H2 in a fresh data directory, or the
# PostgreSQL database of LINCHPIN_DATABASE_URL/_USER/_PASSWORD), creates a project of 200 tasks
# (20 summaries of 9 tasks each) through the API, then runs the load tool on its whole task list,
# GET /api/v1/projects/<id>/tasks?size=200, with an API token: 32 clients, 5 s warm-up + 20 s
# measured, 3 runs, median reported. Loopback only.
# Usage: bench/server-load.sh   (after mvn -B -DskipTests package -pl server,bench -am)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/start-server.sh
start_server load-test-admin-password

# Sign in as admin and issue a token, as a person would (form, then the tokens API with CSRF).
jar="$dir/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=admin --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
meta=$(curl -s -b "$jar" "$base/tokens" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p')
token=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $meta" -H 'Content-Type: application/json' \
  -d '{"name":"load test","expiresInDays":1}' "$base/api/v1/tokens" | sed -n 's/.*"token":"\(lp_[^"]*\)".*/\1/p')
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
project=$(api -d '{"code":"LOAD","name":"Load test","timeZone":"UTC","currency":"EUR"}' "$base/api/v1/projects" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
tasks=$(python3 -c '
import json
tasks = []
for s in range(20):
    tasks.append({"name": f"Work package {s + 1}"})
    parent = len(tasks) - 1
    tasks += [{"name": f"Task {s + 1}.{t + 1}", "durationMinutes": 480 * (t + 1), "parentIndex": parent} for t in range(9)]
print(json.dumps({"tasks": tasks}))')
api -o /dev/null -d "$tasks" "$base/api/v1/projects/$project/tasks/bulk"
path="/api/v1/projects/$project/tasks?size=200"
count=$(api "$base$path" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["items"]))')
[ "$count" = 200 ] || { echo "expected 200 tasks in the list, got $count" >&2; exit 1; }

echo "database: ${LINCHPIN_DATABASE_URL:-embedded H2}"
java -cp bench/target/benchmarks.jar io.linchpin.bench.load.LoadTest --url "$base$path" --token "$token" \
  --clients 32 --warm-up 5s --duration 20s --runs 3
