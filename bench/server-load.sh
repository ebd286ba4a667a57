#!/usr/bin/env bash
# HTTP load on the packaged server: starts it (embedded H2 in a fresh data directory, or the
# PostgreSQL database of LINCHPIN_DATABASE_URL/_USER/_PASSWORD), adds 50 people through the API,
# then runs the load tool on GET /api/v1/users?size=50 (one page of 50 people) with an API token:
# 32 clients, 5 s warm-up + 20 s measured, 3 runs, median reported. Loopback only.
# Usage: bench/server-load.sh [path?query]   (after mvn -B -DskipTests package -pl server,bench -am)
set -euo pipefail
cd "$(dirname "$0")/.."
path=${1:-/api/v1/users?size=50}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dir=$(mktemp -d)
base=http://127.0.0.1:$port
password=load-test-admin-password

LINCHPIN_DATA_DIR="$dir" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
  java -jar server/target/linchpin-server.jar >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.2
done

# Sign in as admin and issue a token, as a person would (form, then the tokens API with CSRF).
jar="$dir/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=admin --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf" "$base/login"
meta=$(curl -s -b "$jar" "$base/tokens" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p')
token=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $meta" -H 'Content-Type: application/json' \
  -d '{"name":"load test","expiresInDays":1}' "$base/api/v1/tokens" | sed -n 's/.*"token":"\(lp_[^"]*\)".*/\1/p')
for i in $(seq 50); do
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"person-$i\",\"displayName\":\"Person $i\",\"email\":\"person-$i@example.org\"}" \
    "$base/api/v1/users"
done

echo "database: ${LINCHPIN_DATABASE_URL:-embedded H2}"
java -cp bench/target/benchmarks.jar io.linchpin.bench.load.LoadTest --url "$base$path" --token "$token" \
  --clients 32 --warm-up 5s --duration 20s --runs 3
