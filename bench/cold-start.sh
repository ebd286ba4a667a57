#!/usr/bin/env bash
# Cold start of the packaged server to /actuator/health UP on H2: a new JVM each run, timed from
# launch until health answers UP. "fresh": an empty data directory (first start: migrations and
# the first admin); "existing": a data directory a previous start already migrated.
# Usage: bench/cold-start.sh [runs=5] [fresh|existing]   (after mvn -B -DskipTests package -pl server -am)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mode=${2:-existing}
jar=server/target/linchpin-server.jar
[ -f "$jar" ] || { echo "Build first: mvn -B -DskipTests package -pl server -am" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

start_and_time() {
  local dir=$1 begin end pid
  begin=$(date +%s%N)
  LINCHPIN_DATA_DIR="$dir" LINCHPIN_ADMIN_PASSWORD=cold-start-password SERVER_PORT="$port" \
    java -jar "$jar" >"$dir/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "The server stopped; see $dir/server.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - begin) / 1000000 ))
}

times=()
for run in $(seq "$runs"); do
  dir=$(mktemp -d)
  if [ "$mode" = existing ]; then start_and_time "$dir" >/dev/null; fi
  ms=$(start_and_time "$dir")
  times+=("$ms")
  echo "run $run: $ms ms"
  rm -rf "$dir"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs ($mode data directory): ${sorted[$(( runs / 2 ))]} ms"
