#!/usr/bin/env bash
# Duration edits through the API on 10,000- and 100,000-task linked projects (see duration_edit.py),
# on the packaged server with embedded H2 (a fresh data directory) or PostgreSQL: the database of
# LINCHPIN_DATABASE_URL/_USER/_PASSWORD when set, else a throwaway PostgreSQL 15 cluster started
# here from /usr/lib/postgresql/15/bin (as the postgres user when run as root). Loopback only.
# Usage: bench/server/duration-edit.sh h2|postgres [sizes...]   (after mvn -B -DskipTests package -pl server -am)
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:?h2 or postgres}
shift
sizes=${*:-10000 100000}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
dir=$(mktemp -d)
chmod 755 "$dir"
base=http://127.0.0.1:$port
password=duration-edit-admin-password
cleanup=("rm -rf $dir")
trap 'for c in "${cleanup[@]}"; do eval "$c" || true; done' EXIT

if [ "$database" = postgres ] && [ -z "${LINCHPIN_DATABASE_URL:-}" ]; then
  bin=/usr/lib/postgresql/15/bin
  as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  pgport=$(free_port)
  mkdir "$dir/pg" && [ ${#as[@]} -gt 0 ] && chown postgres "$dir/pg" "$dir"
  "${as[@]}" "$bin/initdb" -D "$dir/pg" -A trust -U linchpin >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/pg" -o "-p $pgport -k $dir -c listen_addresses=127.0.0.1" -l "$dir/pg.log" start >/dev/null
  cleanup=("${as[*]} $bin/pg_ctl -D $dir/pg stop -m fast >/dev/null" "${cleanup[@]}")
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$pgport" -U linchpin linchpin
  export LINCHPIN_DATABASE_URL=jdbc:postgresql://127.0.0.1:$pgport/linchpin LINCHPIN_DATABASE_USER=linchpin
  export LINCHPIN_DATABASE_PASSWORD=unused
elif [ "$database" != postgres ]; then
  unset LINCHPIN_DATABASE_URL
fi

LINCHPIN_DATA_DIR="$dir/data" LINCHPIN_ADMIN_PASSWORD=$password SERVER_PORT=$port \
  java -Xmx6g -jar server/target/linchpin-server.jar >"$dir/server.log" 2>&1 &
server=$!
cleanup=("kill $server; wait $server" "${cleanup[@]}")
until curl -sf "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.5
done
echo "database: ${LINCHPIN_DATABASE_URL:-embedded H2}; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/server/duration_edit.py --base "$base" --password "$password" --tasks $sizes
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
